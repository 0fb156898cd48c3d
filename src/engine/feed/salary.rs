//! A JobPosting's pay, as live sites publish it: `baseSalary` (else `estimatedSalary`) as a
//! MonetaryAmount whose `value` is a number, a QuantitativeValue or text; `minValue` and
//! `maxValue` on the amount itself; a MonetaryAmountDistribution's percentiles; `maxValue: 0`
//! for "no upper bound"; the currency on the amount or as the posting's `salaryCurrency`;
//! the period as `unitText` in any spelling, a UN/CEFACT `unitCode` or an ISO 8601 duration.
//! Text is parsed only where it is unambiguous (plain amounts, a currency that is named);
//! otherwise it is kept for display ("8-10 triệu", "面议", "¥5,000").

use super::jobposting::loose_number;
use super::problem::ProblemKind;
use super::reader::{get, Rec};
use crate::engine::json::{Fields, Json};
use crate::engine::model::{Currency, Wage, WageUnit};
use crate::engine::text::is_separator;

/// What a posting says about pay.
#[derive(Clone, Debug, PartialEq)]
pub enum Salary {
    None,
    Amount(Wage),
    /// Text with no unambiguous amount: shown as published.
    Text(String),
}

pub fn read(rec: &mut Rec, in_china: bool) -> Salary {
    let currency = rec.raw("salaryCurrency").and_then(Json::as_str).and_then(Currency::parse);
    let fallback = currency.or(in_china.then_some(Currency::CNY));
    for key in ["baseSalary", "estimatedSalary"] {
        let base = match rec.raw(key) {
            Some(Json::Array(a)) => a.iter().find(|v| !v.is_null()),
            other => other,
        };
        let Some(base) = base else { continue };
        let path = rec.path_of(key);
        let salary = match base {
            Json::Object(o) => amount(rec, o, fallback, &path),
            Json::Number(n) => checked(rec, Some(n.as_f64()), None, None, fallback, &path),
            Json::Str(s) => from_text(s, fallback, None),
            _ => Salary::None,
        };
        if salary != Salary::None {
            return salary;
        }
    }
    Salary::None
}

/// UN/CEFACT common codes schema.org suggests for `unitCode`.
pub(super) fn unit_code(code: &str) -> Option<WageUnit> {
    Some(match code.trim().to_ascii_uppercase().as_str() {
        "HUR" => WageUnit::Hour,
        "DAY" => WageUnit::Day,
        "WEE" => WageUnit::Week,
        "MON" => WageUnit::Month,
        "ANN" => WageUnit::Year,
        _ => return None,
    })
}

/// A MonetaryAmount (or MonetaryAmountDistribution).
fn amount(rec: &mut Rec, o: &Fields, fallback: Option<Currency>, path: &str) -> Salary {
    let currency = ["currency", "salaryCurrency"]
        .iter()
        .find_map(|k| get(o, k).and_then(Json::as_str).and_then(Currency::parse))
        .or(fallback);
    let value = match get(o, "value") {
        Some(Json::Array(a)) => a.first(),
        v => v,
    };
    let inner = value.and_then(Json::as_object);
    // The period: on the QuantitativeValue, on the amount, as a unit code, or a duration.
    let unit_text = [inner, Some(o)].into_iter().flatten().find_map(|m| get(m, "unitText").and_then(Json::as_str));
    let unit = match unit_text {
        Some(t) => {
            let u = WageUnit::parse_loose(t);
            if u.is_none() {
                let value = super::reader::cut(t, 40).0;
                rec.report(format!("{path}.unitText"), ProblemKind::UnknownValue { value }, false);
            }
            u
        }
        None => [inner, Some(o)]
            .into_iter()
            .flatten()
            .find_map(|m| get(m, "unitCode").and_then(Json::as_str).and_then(unit_code))
            .or_else(|| get(o, "duration").and_then(Json::as_str).and_then(WageUnit::parse_loose)),
    };
    if let Some(Json::Str(s)) = value {
        if loose_number(value).is_none() {
            return from_text(s, currency, unit);
        }
    }
    // Amounts: on the QuantitativeValue, else on the MonetaryAmount itself, else the
    // percentiles of a distribution.
    let from = |m: &Fields, keys: &[&str]| keys.iter().find_map(|k| loose_number(get(m, k)));
    let (mut min, mut max) = (None, None);
    if let Some(q) = inner {
        (min, max) = (from(q, &["minValue"]), from(q, &["maxValue"]));
        if min.is_none() && max.is_none() {
            let v = from(q, &["value"]);
            (min, max) = (v, v);
        }
    }
    if min.is_none() && max.is_none() {
        min = from(o, &["minValue", "percentile10", "percentile25"]);
        max = from(o, &["maxValue", "percentile90", "percentile75"]);
    }
    if min.is_none() && max.is_none() {
        let v = from(o, &["median"]).or_else(|| if inner.is_none() { loose_number(value) } else { None });
        (min, max) = (v, v);
    }
    if min.is_none() && max.is_none() {
        // No number anywhere: the amount may be text on the QuantitativeValue ("7-20 triệu").
        let text = inner.and_then(|q| ["value", "minValue"].iter().find_map(|k| get(q, k).and_then(Json::as_str)));
        if let Some(text) = text {
            return from_text(text, currency, unit);
        }
    }
    checked(rec, min, max, unit, currency, path)
}

/// Amounts checked: `maxValue: 0` means no upper bound, negatives are dropped, a swapped
/// range is put right (each reported).
fn checked(
    rec: &mut Rec,
    min: Option<f64>,
    max: Option<f64>,
    unit: Option<WageUnit>,
    currency: Option<Currency>,
    path: &str,
) -> Salary {
    let max = max.filter(|m| *m != 0.0 || min.is_none_or(|n| n == 0.0));
    let (mut min, mut max) = match (min, max) {
        (Some(a), Some(b)) => (a, b),
        (Some(a), None) | (None, Some(a)) => (a, a),
        (None, None) => return Salary::None,
    };
    if min < 0.0 || max < 0.0 {
        rec.report(path.to_string(), ProblemKind::OutOfRange, false);
        return Salary::None;
    }
    if min > max {
        rec.report(path.to_string(), ProblemKind::WageSwapped, false);
        std::mem::swap(&mut min, &mut max);
    }
    if min == 0.0 && max == 0.0 {
        return Salary::None; // "0" stands for "not given" on many sites
    }
    Salary::Amount(Wage { min, max, unit, currency, monthly_estimate: None })
}

/// Salary text: amounts only when nothing in it is left unexplained and the currency is
/// known (named in the text or by the posting); else the text itself.
pub fn from_text(text: &str, currency: Option<Currency>, unit: Option<WageUnit>) -> Salary {
    let text = text.trim();
    if text.is_empty() {
        return Salary::None;
    }
    match parse_text(text, currency, unit) {
        Some(w) => Salary::Amount(w),
        None => Salary::Text(text.to_string()),
    }
}

/// Words that may stand around amounts without making them ambiguous.
const CURRENCY_WORDS: [(&str, &str); 8] = [
    ("人民币", "CNY"),
    ("元", "CNY"),
    ("rmb", "CNY"),
    ("cny", "CNY"),
    ("€", "EUR"),
    ("eur", "EUR"),
    ("£", "GBP"),
    ("gbp", "GBP"),
];

fn parse_text(text: &str, mut currency: Option<Currency>, mut unit: Option<WageUnit>) -> Option<Wage> {
    let lower = text.to_ascii_lowercase();
    let mut rest = lower.as_str();
    // Each amount with its multiplier (k, 千, 万), if it had one.
    let mut amounts: Vec<(f64, f64)> = Vec::new();
    // `¥` names renminbi or yen: it is read only when the posting says which.
    let yen_ok = currency.is_some();
    while !rest.is_empty() {
        let c = rest.chars().next()?;
        if c.is_ascii_digit() {
            let len = rest.find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.')).unwrap_or(rest.len());
            let number = crate::engine::text::parse_decimal(&rest[..len].replace(',', ""))?;
            rest = &rest[len..];
            let (factor, after) = match rest.chars().next() {
                Some('k') => (1e3, &rest[1..]),
                Some('千') => (1e3, &rest['千'.len_utf8()..]),
                Some('w') => (1e4, &rest[1..]),
                Some('万') => (1e4, &rest['万'.len_utf8()..]),
                _ => (1.0, rest),
            };
            rest = after;
            amounts.push((number, factor));
            if amounts.len() > 2 {
                return None;
            }
            continue;
        }
        if c.is_whitespace() || "-–—~〜～/+".contains(c) {
            rest = &rest[c.len_utf8()..];
            continue;
        }
        if let Some(r) = ["至", "到", "to", "per", "每", "a "].iter().find_map(|w| rest.strip_prefix(*w)) {
            rest = r;
            continue;
        }
        if let Some((w, code)) = CURRENCY_WORDS.iter().find(|(w, _)| rest.starts_with(*w)) {
            let named = Currency::parse(code);
            if currency.is_some_and(|c| Some(c) != named) {
                return None; // the text contradicts the posting
            }
            currency = named;
            rest = &rest[w.len()..];
            continue;
        }
        if (c == '¥' || c == '￥') && yen_ok {
            rest = &rest[c.len_utf8()..];
            continue;
        }
        // A period word: the longest that reads as one.
        let word: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphabetic() || !(c.is_ascii() || is_separator(*c)))
            .take(8)
            .collect();
        let found = (1..=word.chars().count()).rev().find_map(|n| {
            let w: String = word.chars().take(n).collect();
            WageUnit::parse_loose(&w).map(|u| (u, w.len()))
        });
        match found {
            Some((u, len)) if unit.is_none_or(|x| x == u) => {
                unit = Some(u);
                rest = &rest[len..];
            }
            _ => return None,
        }
    }
    let currency = Some(currency?);
    // "8-12K", "1-1.5万": a multiplier written once covers the whole range.
    let (min, max) = match amounts[..] {
        [(a, f)] => (a * f, a * f),
        [(a, 1.0), (b, f)] => (a * f, b * f),
        [(a, f), (b, g)] => (a * f, b * g),
        _ => return None,
    };
    if min > max {
        return None;
    }
    (min > 0.0).then_some(Wage { min, max, unit, currency, monthly_estimate: None })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(text: &str, currency: Option<&str>) -> Option<(f64, f64, Option<&'static str>, String)> {
        match from_text(text, currency.and_then(Currency::parse), None) {
            Salary::Amount(w) => {
                Some((w.min, w.max, w.unit.map(WageUnit::as_str), w.currency.unwrap().as_str().into()))
            }
            _ => None,
        }
    }

    #[test]
    fn text_salaries_are_read_only_when_unambiguous() {
        assert_eq!(parsed("5000-8000元/月", None), Some((5000.0, 8000.0, Some("month"), "CNY".into())));
        assert_eq!(parsed("月薪 6千-8千 元", None), Some((6000.0, 8000.0, Some("month"), "CNY".into())));
        assert_eq!(parsed("1-1.5万/月", Some("CNY")), Some((10000.0, 15000.0, Some("month"), "CNY".into())));
        assert_eq!(parsed("€36,000 - €50,000 per year", None), Some((36000.0, 50000.0, Some("year"), "EUR".into())));
        assert_eq!(parsed("200元/天", None), Some((200.0, 200.0, Some("day"), "CNY".into())));
        assert_eq!(parsed("¥5,000", Some("JPY")), Some((5000.0, 5000.0, None, "JPY".into())));
        for text in ["8-10 triệu", "¥5,000", "面议", "Competitive salary", "5000-8000", "3000起", "1 2 3"] {
            assert_eq!(parsed(text, None), None, "{text}");
        }
        assert_eq!(from_text("8-10 triệu", None, None), Salary::Text("8-10 triệu".into()));
        assert_eq!(parsed("5000元", Some("USD")), None, "text that contradicts the posting's currency");
    }
}
