//! Feed bytes in, records and problems out. Loading never stops at the first error and
//! never panics: whatever is readable is kept, everything else becomes a [`Problem`].

mod jobposting;
mod native;
pub mod problem;
pub mod raw;
mod reader;

pub use problem::{List, Problem, ProblemKind};
pub use raw::RawFeed;
use serde_json::Value;

/// Feeds above this size are refused whole: a phone should not try to parse them.
pub const DEFAULT_MAX_BYTES: usize = 16 * 1024 * 1024;

#[derive(Clone, Copy, Debug)]
pub struct LoadOptions {
    pub max_bytes: usize,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions { max_bytes: DEFAULT_MAX_BYTES }
    }
}

/// Which format a document turned out to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Native,
    JobPosting,
}

/// Reads one feed (native or schema.org JobPosting); `feed` is its position in the load order.
pub fn read(bytes: &[u8], feed: usize, opts: LoadOptions) -> (RawFeed, Vec<Problem>) {
    let mut problems = Vec::new();
    let raw = read_into(bytes, feed, opts, &mut problems).map(|(raw, _)| raw).unwrap_or_default();
    (raw, problems)
}

/// Like [`read`], also telling the format; `None` when nothing of the feed was usable.
pub fn read_into(
    bytes: &[u8],
    feed: usize,
    opts: LoadOptions,
    problems: &mut Vec<Problem>,
) -> Option<(RawFeed, Format)> {
    if bytes.len() > opts.max_bytes {
        let kind = ProblemKind::TooLarge { bytes: bytes.len(), limit: opts.max_bytes };
        problems.push(Problem::feed_level(feed, kind));
        return None;
    }
    // A UTF-8 byte-order mark is common in files saved on Windows.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let value: Value = match serde_json::from_slice(bytes) {
        Ok(v) => v,
        Err(e) => {
            let kind = if e.to_string().contains("recursion limit") {
                ProblemKind::TooDeep
            } else {
                ProblemKind::NotJson { line: e.line(), column: e.column() }
            };
            problems.push(Problem::feed_level(feed, kind));
            return None;
        }
    };
    if let Some(root) = value.as_object().filter(|o| is_native(o)) {
        return Some((native::parse(root, feed, problems), Format::Native));
    }
    match jobposting::parse(&value, feed, problems) {
        Some(raw) => Some((raw, Format::JobPosting)),
        None => {
            problems.push(Problem::feed_level(feed, ProblemKind::NotAFeed));
            None
        }
    }
}

fn is_native(o: &serde_json::Map<String, Value>) -> bool {
    // JSON-LD marks itself with @-keys; a JobPosting's own "skills" field is not a list.
    let linked_data = ["@type", "@graph", "@context"].iter().any(|k| o.contains_key(*k));
    o.contains_key("skillmatch")
        || (!linked_data && ["skills", "brands", "jobs", "courses", "places"].iter().any(|k| o.contains_key(*k)))
}
