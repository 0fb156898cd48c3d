//! The reader against the oracle over generated feeds written as JSON text (text, not a
//! `Value`, so that a key can repeat, differ in case or be written with escapes, and a number
//! can be one no float holds): native feeds and JobPosting documents with fields of the wrong
//! type, missing, nested oddly, repeated and nested past the parser's limit.

use super::super::{read_into, LoadOptions, Origin, Problems};
use crate::engine::json::{Json, Number};
use proptest::prelude::*;
use serde_json::Value;

/// Numbers as feeds write them, including ones no integer type holds, `-0`, exponents and
/// ones past any float (`1e999`: a parse error, so the record is skipped).
fn number() -> BoxedStrategy<String> {
    prop_oneof![
        250 => (-3i64..8).prop_map(|n| n.to_string()),
        50 => any::<i64>().prop_map(|n| n.to_string()),
        25 => any::<u64>().prop_map(|n| n.to_string()),
        75 => any::<f64>().prop_filter("JSON has no NaN or infinity", |x| x.is_finite()).prop_map(|x| format!("{x:?}")),
        95 => prop::sample::select(vec![
            "-0",
            "0.0",
            "1.5",
            "6000",
            "8000.00",
            "1e3",
            "2E-3",
            "1e308",
            "0.1e-400",
            "18446744073709551616",
            "-9223372036854775809",
            "123456789012345678901234567890",
        ])
        .prop_map(str::to_string),
        // Past any float: the whole record is skipped, so rare enough to leave most records.
        1 => prop::sample::select(vec!["1e999", "-1e999"]).prop_map(str::to_string),
    ]
    .boxed()
}

/// Texts the readers give meaning to (units, dates, links, types, salaries…), and others.
const WORDS: [&str; 60] = [
    "",
    " ",
    "J1",
    "s-elec",
    "电工",
    "水电工",
    "b-zg",
    "month",
    "MONTH",
    "hour",
    "day",
    "piece",
    "year",
    "monthly",
    "daily",
    "weekly",
    "contract",
    "insurance",
    "wageAccount",
    "women-returners",
    "online",
    "hybrid",
    "CNY",
    "EUR",
    "USD",
    "JPY",
    "2026-11-20",
    "2026-13-45",
    "1970-01-01",
    "2026-11-20T08:00:00+08:00",
    "https://example.com/j/1",
    "tel:+86 813 123",
    "javascript:alert(1)",
    "true",
    "false",
    "6000",
    "6,000",
    "5000-8000元/月",
    "1-1.5万/月",
    "面议",
    "TELECOMMUTE",
    "FULL_TIME",
    "Part-time, 兼职",
    "PERDIEM",
    "自贡市",
    "自流井区",
    "CN",
    "JobPosting",
    "schema:JobPosting",
    "http://schema.org/JobPosting",
    "ItemList",
    "MonetaryAmount",
    "QuantitativeValue",
    "HUR",
    "P1M",
    "高级技师",
    "电工证（中级）, 焊工",
    "R&amp;D <b>Engineer</b>",
    "3",
    "s-lantern",
];

fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// Strings: meaningful words, any text, text past the length limits, and escapes (one that
/// is no character among them).
fn string() -> BoxedStrategy<String> {
    prop_oneof![
        256 => prop::sample::select(WORDS.to_vec()).prop_map(quoted),
        128 => "[\\PC]{0,24}".prop_map(|s| quoted(&s)),
        64 => "[a-z电 ]{190,230}".prop_map(|s| quoted(&s)),
        // No character: the whole record is skipped, so rare.
        1 => Just(r#""\ud800""#.to_string()),
        64 => prop::sample::select(vec![
            r#""\u00e9lectricien""#,
            r#""a\"b\\c""#,
            r#""\n 电工 \t""#,
            r#""\uD83D\uDE00""#,
            r#""\u0031\u0032""#,
        ])
        .prop_map(str::to_string),
    ]
    .boxed()
}

/// A key from `vocab`, sometimes in another case, written with an escape, or unknown.
fn key(vocab: &'static [&'static str]) -> BoxedStrategy<String> {
    (prop::sample::select(vocab), 0..10u8)
        .prop_map(|(k, how)| match how {
            0 => quoted(&k.to_ascii_uppercase()),
            1 => {
                let mut c = k.chars();
                quoted(&c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default())
            }
            2 => match k.chars().next() {
                Some(f) => format!("\"\\u{:04x}{}", f as u32, &quoted(k)[1 + f.len_utf8()..]),
                None => quoted(k),
            },
            3 => quoted("other"),
            _ => quoted(k),
        })
        .boxed()
}

fn object(fields: Vec<(String, String)>) -> String {
    let fields: Vec<String> = fields.into_iter().map(|(k, v)| format!("{k}:{v}")).collect();
    format!("{{{}}}", fields.join(","))
}

/// Any value, its objects' keys from `vocab`, or nesting around the parser's limit of 127.
fn value(vocab: &'static [&'static str]) -> BoxedStrategy<String> {
    let leaf =
        prop_oneof![Just("null".to_string()), Just("true".to_string()), Just("false".to_string()), number(), string()];
    let tree = leaf.prop_recursive(3, 24, 5, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(|v| format!("[{}]", v.join(","))),
            prop::collection::vec((key(vocab), inner), 0..5).prop_map(object),
        ]
    });
    // Too deep: the whole record is skipped, so rare enough to leave most records.
    prop_oneof![
        400 => tree,
        1 => (120usize..132).prop_map(|d| format!("{}1{}", "[".repeat(d), "]".repeat(d))),
        1 => (120usize..132).prop_map(|d| format!("{}1{}", "{\"value\":".repeat(d), "}".repeat(d))),
    ]
    .boxed()
}

/// A record: mostly an object with an id and a title (so that many are kept and their
/// fields compared), fields of the right shape, and fields from `vocab` with any values,
/// some repeated; sometimes no object.
fn record(vocab: &'static [&'static str], head: &'static str) -> BoxedStrategy<String> {
    let fields =
        (shaped(vocab), prop::collection::vec((key(vocab), value(vocab)), 0..8)).prop_map(|(mut shaped, mut any)| {
            shaped.append(&mut any);
            shaped
        });
    let named = (prop::option::weighted(0.85, string()), prop::option::weighted(0.85, string()), fields).prop_map(
        move |(id, title, mut fields)| {
            let at = |k: &str| format!("\"{k}\"");
            if let Some(t) = title {
                fields.insert(0, (at("title"), t.clone()));
                fields.insert(0, (at("name"), t));
            }
            if let Some(id) = id {
                fields.insert(0, (at("id"), id));
            }
            if !head.is_empty() {
                fields.insert(0, (at("@type"), quoted(head)));
            }
            object(fields)
        },
    );
    prop_oneof![12 => named, 1 => value(vocab)].boxed()
}

/// A number, mostly; sometimes text (which the readers take when it reads as a number).
fn amount() -> BoxedStrategy<String> {
    prop_oneof![4 => number(), 1 => string()].boxed()
}

/// An object of some of `fields`, each with a value of its own strategy.
fn some_of(fields: Vec<(&'static str, BoxedStrategy<String>)>) -> BoxedStrategy<String> {
    let fields: Vec<_> = fields
        .into_iter()
        .map(|(k, v)| prop::option::weighted(0.7, v).prop_map(move |v| v.map(|v| (quoted(k), v))))
        .collect();
    fields.prop_map(|f| object(f.into_iter().flatten().collect())).boxed()
}

/// A list of 0 to 4 of `item`, or the item alone (read as a list of one).
fn list_of(item: BoxedStrategy<String>) -> BoxedStrategy<String> {
    prop_oneof![
        4 => prop::collection::vec(item.clone(), 0..5).prop_map(|v| format!("[{}]", v.join(","))),
        1 => item,
    ]
    .boxed()
}

/// Fields of the right shape for records with keys from `vocab` (wages, places,
/// references, salaries, locations), so that many records get as far as reading them.
fn shaped(vocab: &'static [&'static str]) -> BoxedStrategy<Vec<(String, String)>> {
    let reference = || {
        prop_oneof![
            2 => string(),
            2 => some_of(vec![("skill", string()), ("level", amount())]),
            1 => value(vocab),
        ]
        .boxed()
    };
    let fields: Vec<(&'static str, BoxedStrategy<String>)> = if vocab == POSTING {
        let quantity = some_of(vec![
            ("value", amount()),
            ("minValue", amount()),
            ("maxValue", amount()),
            ("unitText", string()),
            ("unitCode", string()),
        ]);
        let salary = || {
            prop_oneof![
                3 => some_of(vec![
                    ("currency", string()),
                    ("value", prop_oneof![amount(), quantity.clone()].boxed()),
                    ("minValue", amount()),
                    ("maxValue", amount()),
                    ("unitText", string()),
                    ("duration", string()),
                    ("median", amount()),
                ]),
                1 => amount(),
            ]
            .boxed()
        };
        let address = prop_oneof![
            1 => string(),
            3 => some_of(vec![("addressLocality", string()), ("addressRegion", string()), ("addressCountry", string())]),
        ];
        let place = some_of(vec![
            ("address", address.boxed()),
            ("geo", some_of(vec![("latitude", amount()), ("longitude", amount())])),
        ]);
        vec![
            ("baseSalary", salary()),
            ("estimatedSalary", salary()),
            ("salaryCurrency", string()),
            ("jobLocation", list_of(place)),
            ("identifier", prop_oneof![string(), some_of(vec![("name", string()), ("value", string())])].boxed()),
            ("hiringOrganization", prop_oneof![string(), some_of(vec![("name", string())])].boxed()),
            ("applicationContact", some_of(vec![("url", string()), ("telephone", amount())])),
            ("skills", list_of(string())),
            ("employmentType", list_of(string())),
            ("datePosted", string()),
        ]
    } else {
        vec![
            (
                "wage",
                some_of(vec![
                    ("min", amount()),
                    ("max", amount()),
                    ("unit", string()),
                    ("currency", string()),
                    ("monthlyEstimate", amount()),
                ]),
            ),
            ("geo", some_of(vec![("lat", amount()), ("lon", amount())])),
            ("lat", amount()),
            ("lon", amount()),
            ("requires", list_of(reference())),
            ("teaches", list_of(reference())),
            ("skills", list_of(reference())),
            (
                "counties",
                list_of(some_of(vec![("name", string()), ("code", string()), ("lat", amount()), ("lon", amount())])),
            ),
            ("aliases", list_of(string())),
            ("safeguards", list_of(string())),
        ]
    };
    fields
        .into_iter()
        .map(|(k, v)| prop::option::weighted(0.35, v).prop_map(move |v| v.map(|v| (quoted(k), v))))
        .collect::<Vec<_>>()
        .prop_map(|f| f.into_iter().flatten().collect())
        .boxed()
}

const TOP: &[&str] = &["skillmatch", "@context", "places", "skills", "brands", "jobs", "courses", "generated"];
const PLACE: &[&str] = &["name", "code", "en", "lat", "lon", "counties"];
const SKILL: &[&str] = &["id", "name", "en", "aliases", "category", "occupation"];
const BRAND: &[&str] = &["id", "name", "en", "city", "sample", "skills", "skill", "level"];
const JOB: &[&str] = &[
    "id",
    "title",
    "employer",
    "category",
    "city",
    "county",
    "geo",
    "lat",
    "lon",
    "remote",
    "remoteArea",
    "wage",
    "min",
    "max",
    "unit",
    "currency",
    "monthlyEstimate",
    "settlement",
    "requires",
    "skill",
    "level",
    "prefersBrands",
    "safeguards",
    "housing",
    "meals",
    "flexibleHours",
    "womenFriendly",
    "headcount",
    "hours",
    "posted",
    "validThrough",
    "apply",
    "description",
];
const COURSE: &[&str] = &[
    "id",
    "title",
    "provider",
    "teaches",
    "skill",
    "level",
    "mode",
    "city",
    "days",
    "cost",
    "voucher",
    "subsidy",
    "audience",
    "starts",
    "description",
];
const POSTING: &[&str] = &[
    "@type",
    "title",
    "name",
    "identifier",
    "value",
    "url",
    "description",
    "hiringOrganization",
    "jobLocation",
    "address",
    "addressLocality",
    "addressRegion",
    "addressCountry",
    "geo",
    "latitude",
    "longitude",
    "jobLocationType",
    "applicantLocationRequirements",
    "employmentType",
    "baseSalary",
    "estimatedSalary",
    "salaryCurrency",
    "currency",
    "minValue",
    "maxValue",
    "unitText",
    "unitCode",
    "duration",
    "median",
    "percentile10",
    "percentile90",
    "datePosted",
    "validThrough",
    "applicationContact",
    "telephone",
    "occupationalCategory",
    "skills",
    "qualifications",
    "totalJobOpenings",
    "credentialCategory",
    "codeValue",
    "@id",
];

/// A native feed: any of the lists (or something that is not a list in its place).
fn native_feed() -> impl Strategy<Value = String> {
    let list = |vocab: &'static [&'static str]| {
        prop_oneof![
            8 => prop::collection::vec(record(vocab, ""), 0..6).prop_map(|r| format!("[{}]", r.join(","))),
            1 => value(vocab),
        ]
    };
    let lists = [("places", PLACE), ("skills", SKILL), ("brands", BRAND), ("jobs", JOB), ("courses", COURSE)]
        .map(|(name, vocab)| prop::option::weighted(0.6, list(vocab)).prop_map(move |l| l.map(|l| (quoted(name), l))));
    // Besides: top-level fields of any value, a list's key again among them.
    let others = prop::collection::vec((key(TOP), value(TOP)), 0..3);
    (any::<bool>(), lists, others).prop_map(|(marked, lists, mut others)| {
        let mut fields: Vec<(String, String)> = lists.into_iter().flatten().collect();
        if marked || fields.is_empty() {
            fields.insert(0, (quoted("skillmatch"), "1".into()));
        }
        fields.append(&mut others);
        object(fields)
    })
}

/// A JobPosting document in one of the published shapes, maybe in a web page, maybe with
/// text after it or cut short.
fn posting_document() -> impl Strategy<Value = String> {
    let posting = prop_oneof![
        6 => record(POSTING, "JobPosting"),
        1 => record(POSTING, "schema:JobPosting"),
        1 => record(POSTING, "Organization"),
    ];
    let shaped = (prop::collection::vec(posting, 1..5), 0..5u8).prop_map(|(postings, shape)| {
        let list = format!("[{}]", postings.join(","));
        match shape {
            0 => postings[0].clone(),
            1 => list,
            2 => format!(r#"{{"@context":"https://schema.org","@graph":{list}}}"#),
            3 => {
                let items: Vec<String> =
                    postings.iter().map(|p| format!(r#"{{"@type":"ListItem","item":{p}}}"#)).collect();
                format!(r#"{{"@type":"ItemList","itemListElement":[{}]}}"#, items.join(","))
            }
            _ => format!(r#"{{"@type":"WebPage","mainEntity":{}}}"#, postings[0]),
        }
    });
    (shaped, 0..8u8, any::<prop::sample::Index>()).prop_map(|(doc, how, at)| match how {
        0 => format!(r#"<html><script type="application/ld+json">{doc}</script></html>"#),
        1 => format!("{doc}\n}}"),
        2 => doc.char_indices().nth(at.index(doc.chars().count().max(1))).map_or(doc.clone(), |(i, _)| doc[..i].into()),
        _ => doc,
    })
}

/// Both readers on `text`: the same records (or error) and the same problems.
fn same(text: &str, page: Option<&str>) -> Result<(), TestCaseError> {
    let opts = LoadOptions::default();
    let (mut new_problems, mut old_problems) = (Problems::default(), Problems::default());
    let new = read_into(text.as_bytes(), 1, opts, Origin { page }, &mut new_problems);
    let old = super::read(text.as_bytes(), 1, opts, page, &mut old_problems);
    prop_assert_eq!(new, old, "{}", text);
    prop_assert_eq!(new_problems, old_problems, "{}", text);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn native_feeds_read_as_the_old_reader_read_them(feed in native_feed()) {
        same(&feed, None)?;
    }

    #[test]
    fn jobposting_documents_read_as_the_old_reader_read_them(
        doc in posting_document(),
        page in prop::option::of(Just("https://portal.example/jobs")),
    ) {
        same(&doc, page)?;
    }

    /// The tree itself: it parses exactly what `Value` parses, and holds the same values once
    /// its fields are put into a map in order (a repeated key's last value kept).
    #[test]
    fn json_holds_what_value_holds(text in value(JOB)) {
        let old = serde_json::from_str::<Value>(&text);
        let new = crate::engine::json::parse(&text);
        prop_assert_eq!(old.is_ok(), new.is_ok(), "{}", text);
        if let (Ok(old), Ok(new)) = (old, new) {
            prop_assert_eq!(as_value(&new), old);
        }
    }
}

/// `json` as a `Value` (fields inserted in order, as `Value`'s own reader does).
fn as_value(json: &Json) -> Value {
    match json {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Bool(*b),
        Json::Number(n) => match *n {
            Number::PosInt(n) => Value::from(n),
            Number::NegInt(n) => Value::from(n),
            Number::Float(x) => Value::from(x),
        },
        Json::Str(s) => Value::String(s.to_string()),
        Json::Array(items) => Value::Array(items.iter().map(as_value).collect()),
        Json::Object(fields) => {
            let mut map = serde_json::Map::new();
            for (k, v) in fields.iter() {
                map.insert(k.to_string(), as_value(v));
            }
            Value::Object(map)
        }
    }
}

/// Looking a key up ignoring case finds what a walk of `Value`'s sorted map found first,
/// with a repeated key's last value.
#[test]
fn a_key_in_another_case_is_found_as_in_a_sorted_map() {
    let text = r#"{"unittext":"a","UnitText":"b","UNITTEXT":"c","UnitText":"d","other":1}"#;
    let json = crate::engine::json::parse(text).unwrap();
    let value: Value = serde_json::from_str(text).unwrap();
    let fields = json.as_object().unwrap();
    let map = value.as_object().unwrap();
    let found = fields.find_ignoring_case("unitText").map(|(k, v)| (k.to_string(), as_value(v)));
    let want = map.iter().find(|(k, _)| k.eq_ignore_ascii_case("unitText")).map(|(k, v)| (k.clone(), v.clone()));
    assert_eq!(found, want);
    assert_eq!(found, Some(("UNITTEXT".to_string(), Value::String("c".into()))));
    assert_eq!(fields.get("UnitText").and_then(Json::as_str), Some("d"), "a repeated key's last value");
}

/// The one difference, on purpose: `Value` (with serde_json's `raw_value` feature) took an
/// object whose first key is serde_json's private token for a wrapped value and read the
/// string under it as JSON in the object's place. No feed means that; it is a key like any.
#[test]
fn serde_jsons_private_token_is_an_ordinary_key() {
    let text = r#"{"$serde_json::private::RawValue":"[1]"}"#;
    assert!(serde_json::from_str::<Value>(text).unwrap().is_array(), "Value's reading");
    let json = crate::engine::json::parse(text).unwrap();
    assert_eq!(json.get("$serde_json::private::RawValue").and_then(Json::as_str), Some("[1]"));
}
