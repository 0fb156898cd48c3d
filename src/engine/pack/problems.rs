//! The pack's problems inside the catalogue shard, so a pack shows the same problems a
//! direct load of its feeds would: `{"total": n, "skipped": n, "kept": [problem…]}`, each
//! problem `[feed, list, record, id, path, kind, a, b, skipped]` with `record` and `id`
//! possibly `null`, `kind` an index into [`KINDS`] and `a`/`b` its values (or `null`).

use crate::engine::feed::{FeedError, List, Problem, ProblemKind, Problems};
use crate::engine::json::Json;
#[cfg(not(target_arch = "wasm32"))]
use serde_json::Value;

/// The kinds by their index in the format. Only ever add at the end.
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
const KINDS: [&str; 15] = [
    "tooDeep",
    "badValue",
    "wrongType",
    "missing",
    "duplicateId",
    "unknownValue",
    "outOfRange",
    "wageSwapped",
    "unknownSkill",
    "unknownBrand",
    "badDate",
    "unsafeLink",
    "truncated",
    "trailingText",
    "tooMany",
];

/// The JSON types a `wrongType` problem can expect (the reader's only ones).
const TYPES: [&str; 5] = ["array", "boolean", "number", "object", "string"];

const LISTS: [List; 6] = [List::Feed, List::Places, List::Skills, List::Brands, List::Jobs, List::Courses];

/// A problem as the format's array.
#[cfg(not(target_arch = "wasm32"))]
pub fn encode(p: &Problem) -> Value {
    use serde_json::json;
    let (kind, a, b) = match &p.kind {
        ProblemKind::TooDeep => (0, Value::Null, Value::Null),
        ProblemKind::BadValue => (1, Value::Null, Value::Null),
        ProblemKind::WrongType { expected } => (2, json!(expected), Value::Null),
        ProblemKind::Missing => (3, Value::Null, Value::Null),
        ProblemKind::DuplicateId => (4, Value::Null, Value::Null),
        ProblemKind::UnknownValue { value } => (5, json!(value), Value::Null),
        ProblemKind::OutOfRange => (6, Value::Null, Value::Null),
        ProblemKind::WageSwapped => (7, Value::Null, Value::Null),
        ProblemKind::UnknownSkill { reference } => (8, json!(reference), Value::Null),
        ProblemKind::UnknownBrand { reference } => (9, json!(reference), Value::Null),
        ProblemKind::BadDate { value } => (10, json!(value), Value::Null),
        ProblemKind::UnsafeLink => (11, Value::Null, Value::Null),
        ProblemKind::Truncated { chars, max } => (12, json!(chars), json!(max)),
        ProblemKind::TrailingText { line, column } => (13, json!(line), json!(column)),
        ProblemKind::TooMany { max } => (14, json!(max), Value::Null),
    };
    let list = LISTS.iter().position(|l| *l == p.list).unwrap_or(0);
    json!([p.feed, list, p.record, p.id, p.path, kind, a, b, p.skipped])
}

/// The whole set, kept problems and counts.
#[cfg(not(target_arch = "wasm32"))]
pub fn encode_all(problems: &Problems) -> Value {
    serde_json::json!({
        "total": problems.total(),
        "skipped": problems.skipped(),
        "kept": problems.iter().map(encode).collect::<Vec<_>>(),
    })
}

/// Reads the set back; anything that is not exactly what [`encode_all`] writes is damage.
pub fn decode(text: &str) -> Result<Problems, FeedError> {
    let v = crate::engine::json::parse(text).map_err(|_| FeedError::Damaged)?;
    let count = |k: &str| v.get(k).and_then(Json::as_u64).map(|n| n as usize).ok_or(FeedError::Damaged);
    let (total, skipped) = (count("total")?, count("skipped")?);
    let items = v.get("kept").and_then(Json::as_array).ok_or(FeedError::Damaged)?;
    let kept = items.iter().map(decode_one).collect::<Option<Vec<_>>>().ok_or(FeedError::Damaged)?;
    Problems::from_parts(kept, total, skipped).ok_or(FeedError::Damaged)
}

fn decode_one(v: &Json) -> Option<Problem> {
    let [feed, list, record, id, path, kind, a, b, skipped] = v.as_array()? else { return None };
    let num = |v: &Json| v.as_u64().map(|n| n as usize);
    let text = |v: &Json| v.as_str().map(str::to_string);
    let kind = match kind.as_u64()? {
        0 => ProblemKind::TooDeep,
        1 => ProblemKind::BadValue,
        2 => ProblemKind::WrongType { expected: TYPES.into_iter().find(|t| Some(*t) == a.as_str())? },
        3 => ProblemKind::Missing,
        4 => ProblemKind::DuplicateId,
        5 => ProblemKind::UnknownValue { value: text(a)? },
        6 => ProblemKind::OutOfRange,
        7 => ProblemKind::WageSwapped,
        8 => ProblemKind::UnknownSkill { reference: text(a)? },
        9 => ProblemKind::UnknownBrand { reference: text(a)? },
        10 => ProblemKind::BadDate { value: text(a)? },
        11 => ProblemKind::UnsafeLink,
        12 => ProblemKind::Truncated { chars: num(a)?, max: num(b)? },
        13 => ProblemKind::TrailingText { line: num(a)?, column: num(b)? },
        14 => ProblemKind::TooMany { max: num(a)? },
        _ => return None,
    };
    Some(Problem {
        feed: num(feed)?,
        list: *LISTS.get(num(list)?)?,
        record: if record.is_null() { None } else { Some(num(record)?) },
        id: if id.is_null() { None } else { Some(text(id)?) },
        path: text(path)?,
        kind,
        skipped: skipped.as_bool()?,
    })
}

/// A kind's name in the format's documentation and in `problems.json`.
#[cfg(not(target_arch = "wasm32"))]
pub fn kind_name(kind: &ProblemKind) -> &'static str {
    match encode(&Problem {
        feed: 0,
        list: List::Feed,
        record: None,
        id: None,
        path: String::new(),
        kind: kind.clone(),
        skipped: false,
    })[5]
        .as_u64()
    {
        Some(i) => KINDS[i as usize],
        None => "",
    }
}
