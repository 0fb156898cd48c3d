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
pub use crate::engine::feed::salary::Salary;
use crate::engine::feed::salary::{from_text, unit_code};
use crate::engine::model::{Currency, Wage, WageUnit};
use serde_json::{Map, Value};

pub fn read(rec: &mut Rec, in_china: bool) -> Salary {
    let currency = rec.raw("salaryCurrency").and_then(Value::as_str).and_then(Currency::parse);
    let fallback = currency.or(in_china.then_some(Currency::CNY));
    for key in ["baseSalary", "estimatedSalary"] {
        let base = match rec.raw(key) {
            Some(Value::Array(a)) => a.iter().find(|v| !v.is_null()),
            other => other,
        };
        let Some(base) = base else { continue };
        let path = rec.path_of(key);
        let salary = match base {
            Value::Object(o) => amount(rec, o, fallback, &path),
            Value::Number(n) => n.as_f64().map_or(Salary::None, |v| checked(rec, Some(v), None, None, fallback, &path)),
            Value::String(s) => from_text(s, fallback, None),
            _ => Salary::None,
        };
        if salary != Salary::None {
            return salary;
        }
    }
    Salary::None
}

/// A MonetaryAmount (or MonetaryAmountDistribution).
fn amount(rec: &mut Rec, o: &Map<String, Value>, fallback: Option<Currency>, path: &str) -> Salary {
    let currency = ["currency", "salaryCurrency"]
        .iter()
        .find_map(|k| get(o, k).and_then(Value::as_str).and_then(Currency::parse))
        .or(fallback);
    let value = match get(o, "value") {
        Some(Value::Array(a)) => a.first(),
        v => v,
    };
    let inner = value.and_then(Value::as_object);
    // The period: on the QuantitativeValue, on the amount, as a unit code, or a duration.
    let unit_text = [inner, Some(o)].into_iter().flatten().find_map(|m| get(m, "unitText").and_then(Value::as_str));
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
            .find_map(|m| get(m, "unitCode").and_then(Value::as_str).and_then(unit_code))
            .or_else(|| get(o, "duration").and_then(Value::as_str).and_then(WageUnit::parse_loose)),
    };
    if let Some(Value::String(s)) = value {
        if loose_number(value).is_none() {
            return from_text(s, currency, unit);
        }
    }
    // Amounts: on the QuantitativeValue, else on the MonetaryAmount itself, else the
    // percentiles of a distribution.
    let from = |m: &Map<String, Value>, keys: &[&str]| keys.iter().find_map(|k| loose_number(get(m, k)));
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
        let text = inner.and_then(|q| ["value", "minValue"].iter().find_map(|k| get(q, k).and_then(Value::as_str)));
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
