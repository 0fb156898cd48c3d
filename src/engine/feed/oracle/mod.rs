//! The feed reader as it was before records were read into [`Json`](crate::engine::json::Json):
//! every record parsed into a `serde_json::Value`. Host-only, kept as the oracle the property
//! tests below hold the reader to (same records, same problems, same errors). `reader.rs`,
//! `native.rs`, `jobposting.rs` and `salary.rs` are those files as of commit 2a05cf3, less
//! what reads no JSON (salary text, `@type` names, levels in text, the length limits, ids),
//! which they take from the reader; [`read`] is that commit's `feed::open` run to the end.

mod jobposting;
mod native;
mod reader;
mod salary;

// What the copied files reach through `super::`: the reader's types, which did not change.
use super::{html, is_native, nests_deeper_than, problem, raw, Format, LoadOptions, MAX_DEPTH};
/// A top-level object's fields as serde_json read them shallowly (the reader's own is now
/// [`crate::engine::json::object`]).
type Shallow<'a> = crate::engine::hash::FastMap<String, &'a serde_json::value::RawValue>;
use problem::{FeedError, List, Problem, ProblemKind, Problems};
use raw::RawFeed;
use serde_json::Value;

/// One feed read whole, as the old reader read it.
pub fn read(
    bytes: &[u8],
    feed: usize,
    opts: LoadOptions,
    page: Option<&str>,
    problems: &mut Problems,
) -> Result<(RawFeed, Format), FeedError> {
    let origin = super::Origin { page };
    if bytes.len() > opts.max_bytes {
        return Err(FeedError::TooLarge { bytes: bytes.len(), limit: opts.max_bytes });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| FeedError::NotUtf8 { offset: e.valid_up_to() })?;
    let body = text.trim_start();
    if body.is_empty() {
        return Err(FeedError::Empty);
    }
    if body.starts_with('<') {
        let blocks: Vec<Value> = html::json_ld(body).filter_map(|b| serde_json::from_str(b).ok()).collect();
        return jobposting::parse(&Value::Array(blocks), feed, origin, problems)
            .map(|raw| (raw, Format::JobPosting))
            .ok_or(FeedError::Html);
    }
    if let Ok(root) = serde_json::from_str::<Shallow>(text) {
        if is_native(|k| root.contains_key(k)) {
            return Ok((native::NativeReader::new(root, feed).finish(problems), Format::Native));
        }
    }
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(_) if nests_deeper_than(text, MAX_DEPTH) => return Err(FeedError::TooDeep),
        Err(e) => {
            let mut values = serde_json::Deserializer::from_str(text).into_iter::<Value>();
            match (values.next(), values.byte_offset()) {
                (Some(Ok(v)), end) if end < text.len() => {
                    problems.push(Problem {
                        feed,
                        list: List::Feed,
                        record: None,
                        id: None,
                        path: "$".into(),
                        kind: ProblemKind::TrailingText { line: e.line(), column: e.column() },
                        skipped: false,
                    });
                    v
                }
                _ => return Err(FeedError::NotJson { line: e.line(), column: e.column() }),
            }
        }
    };
    jobposting::parse(&value, feed, origin, problems).map(|raw| (raw, Format::JobPosting)).ok_or(FeedError::NoPostings)
}

#[cfg(test)]
mod tests;
