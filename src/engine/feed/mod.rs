//! Feed bytes in, records and problems out. Loading never stops at the first error and
//! never panics: whatever is readable is kept, everything else becomes a [`Problem`].

mod jobposting;
mod native;
pub mod problem;
pub mod raw;
mod reader;

pub use problem::{List, Problem, ProblemKind};
pub use raw::RawFeed;
use serde_json::value::RawValue;
use serde_json::Value;
use std::collections::HashMap;

/// A native feed's top level with every value left as raw JSON text. Its lists are then read
/// one record at a time, so a 100k-job feed never exists as a single `Value` tree (that
/// tree took 14 times the feed's size while loading).
pub(crate) type Shallow<'a> = HashMap<String, &'a RawValue>;

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
    if let Ok(root) = serde_json::from_slice::<Shallow>(bytes) {
        if is_native(|k| root.contains_key(k)) {
            return Some((native::parse(&root, feed, problems), Format::Native));
        }
    }
    // Linked data (small, inside a page) and anything unreadable: one whole parse, whose
    // error names the line and column.
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
    match jobposting::parse(&value, feed, problems) {
        Some(raw) => Some((raw, Format::JobPosting)),
        None => {
            problems.push(Problem::feed_level(feed, ProblemKind::NotAFeed));
            None
        }
    }
}

fn is_native(has: impl Fn(&str) -> bool) -> bool {
    // JSON-LD marks itself with @-keys; a JobPosting's own "skills" field is not a list.
    let linked_data = ["@type", "@graph", "@context"].into_iter().any(&has);
    has("skillmatch") || (!linked_data && ["skills", "brands", "jobs", "courses", "places"].into_iter().any(&has))
}
