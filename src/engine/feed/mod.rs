//! Feed bytes in, records and problems out. Loading never stops at the first bad record and
//! never panics: whatever is readable is kept, everything else becomes a [`Problem`]; a feed
//! that gives nothing at all says why with a [`FeedError`].

mod html;
mod jobposting;
pub(crate) mod native;
/// The reader as it was with `serde_json::Value`: the tests' oracle.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod oracle;
pub mod problem;
pub mod raw;
mod reader;
mod salary;

pub use jobposting::Origin;
pub use problem::{FeedError, List, Problem, ProblemKind, Problems};
pub use raw::RawFeed;
pub use salary::Salary;
// A native feed's top level is read shallowly; its lists then one record at a time.
use crate::engine::json::{self, Json};

/// Feeds above this size are refused whole: a phone should not try to parse them.
pub const DEFAULT_MAX_BYTES: usize = 16 * 1024 * 1024;

#[derive(Clone, Copy, Debug)]
pub struct LoadOptions {
    pub max_bytes: usize,
    /// What is done with schema.org JobPosting data: [`read_postings`] (the default), or
    /// [`recognise_postings`] where the reader is left out of the download.
    pub postings: PostingReader,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions { max_bytes: DEFAULT_MAX_BYTES, postings: read_postings }
    }
}

/// Reads a document of linked data (a JSON-LD value, or a page's JSON-LD blocks as one
/// array): `Ok(None)` when it holds no JobPosting at all. A function, not a flag, so a
/// build that never names [`read_postings`] leaves the JobPosting reader out of its wasm.
pub type PostingReader = fn(&Json, usize, Origin, &mut Problems) -> Result<Option<RawFeed>, FeedError>;

/// The JobPosting reader.
pub fn read_postings(
    value: &Json,
    feed: usize,
    origin: Origin,
    problems: &mut Problems,
) -> Result<Option<RawFeed>, FeedError> {
    Ok(jobposting::parse(value, feed, origin, problems))
}

/// Tells JobPosting data apart without reading it: [`FeedError::JobPostingNotSupported`]
/// when there are postings, by the same search for them the reader makes (so a document
/// the reader would read is never called empty here). The default wasm's reader: its page
/// then hands the feed over to the full build (ui::app).
pub fn recognise_postings(
    value: &Json,
    _feed: usize,
    _origin: Origin,
    _problems: &mut Problems,
) -> Result<Option<RawFeed>, FeedError> {
    if jobposting::has_postings(value) {
        Err(FeedError::JobPostingNotSupported)
    } else {
        Ok(None)
    }
}

/// Which format a document turned out to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Native,
    /// schema.org JobPosting linked data (a JSON document, or a web page's JSON-LD).
    JobPosting,
}

/// Reads one feed (native or schema.org JobPosting); `feed` is its position in the load
/// order. A feed that gives nothing yields an empty [`RawFeed`] and its [`FeedError`].
pub fn read(bytes: &[u8], feed: usize, opts: LoadOptions) -> (RawFeed, Problems, Option<FeedError>) {
    let mut problems = Problems::default();
    match read_into(bytes, feed, opts, Origin::default(), &mut problems) {
        Ok((raw, _)) => (raw, problems, None),
        Err(e) => (RawFeed::default(), problems, Some(e)),
    }
}

/// Like [`read`], also telling the format; record problems go into `problems`.
pub fn read_into(
    bytes: &[u8],
    feed: usize,
    opts: LoadOptions,
    origin: Origin,
    problems: &mut Problems,
) -> Result<(RawFeed, Format), FeedError> {
    open(bytes, feed, opts, origin, problems).map(|opened| opened.finish(problems))
}

/// A feed whose format is known: a native feed's records are still to be read, a step at a
/// time ([`Opened::step`]); anything else was read whole on opening (linked data is small).
pub enum Opened<'a> {
    Native(native::NativeReader<'a>),
    Read(RawFeed, Format),
}

impl Opened<'_> {
    /// Reads about `budget` more bytes of records; true once the feed is read.
    pub fn step(&mut self, budget: usize, problems: &mut Problems) -> bool {
        match self {
            Opened::Native(reader) => reader.step(budget, problems),
            Opened::Read(..) => true,
        }
    }

    /// What was read, reading whatever is left first.
    pub fn finish(self, problems: &mut Problems) -> (RawFeed, Format) {
        match self {
            Opened::Native(reader) => (reader.finish(problems), Format::Native),
            Opened::Read(raw, format) => (raw, format),
        }
    }
}

/// Checks a feed's size and encoding and tells its format; a native feed is left to be read
/// in steps, anything else is read here. Problems found so far go into `problems`.
pub fn open<'a>(
    bytes: &'a [u8],
    feed: usize,
    opts: LoadOptions,
    origin: Origin<'a>,
    problems: &mut Problems,
) -> Result<Opened<'a>, FeedError> {
    start(bytes, feed, opts, origin)?.finish(problems)
}

/// [`open`] in steps: checks a feed's size and encoding, and leaves the rest to [`Opening`].
pub fn start<'a>(
    bytes: &'a [u8],
    feed: usize,
    opts: LoadOptions,
    origin: Origin<'a>,
) -> Result<Opening<'a>, FeedError> {
    if bytes.len() > opts.max_bytes {
        return Err(FeedError::TooLarge { bytes: bytes.len(), limit: opts.max_bytes });
    }
    // A UTF-8 byte-order mark is common in files saved on Windows.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| FeedError::NotUtf8 { offset: e.valid_up_to() })?;
    let body = text.trim_start();
    if body.is_empty() {
        return Err(FeedError::Empty);
    }
    // A web page has no top level to read: its JSON-LD blocks are read when it is opened.
    let top = (!body.starts_with('<')).then(|| json::split_reader(text));
    Ok(Opening { text, feed, opts, origin, top })
}

/// A feed being opened, a step at a time: a JSON text's top level is read in steps (the
/// default feed's was the start-up's longest task when read whole), then its format told.
/// A native feed's lists are then read in steps too ([`Opened`]); anything else is parsed
/// whole (linked data is small).
pub struct Opening<'a> {
    text: &'a str,
    feed: usize,
    opts: LoadOptions,
    origin: Origin<'a>,
    /// `None` for a web page.
    top: Option<json::ShallowReader<'a>>,
}

impl<'a> Opening<'a> {
    /// Reads about `budget` more bytes of the top level; true once it is read.
    pub fn step(&mut self, budget: usize) -> bool {
        self.top.as_mut().is_none_or(|top| top.step(budget))
    }

    /// Tells the feed's format, reading whatever is left of the top level first; reads it
    /// unless it is native.
    pub fn finish(self, problems: &mut Problems) -> Result<Opened<'a>, FeedError> {
        let Opening { text, feed, opts, origin, top } = self;
        let Some(top) = top else {
            // A web page: its JSON-LD is the feed (a job page, a portal's list page); anything
            // else (an error page served with status 200) gives no jobs.
            let blocks: Vec<Json> = html::json_ld(text).filter_map(|b| json::parse(b).ok()).collect();
            return postings(opts, &Json::Array(blocks), feed, origin, problems, FeedError::Html);
        };
        if let Some(root) = top.into_split() {
            if is_native(|k| root.contains_key(k)) {
                return Ok(Opened::Native(native::NativeReader::new(root, feed)));
            }
        }
        // Linked data (small, inside a page) and anything unreadable: one whole parse, whose
        // error names the line and column.
        let value = match json::parse(text) {
            Ok(v) => v,
            Err(_) if nests_deeper_than(text, MAX_DEPTH) => return Err(FeedError::TooDeep),
            Err(e) => {
                let (line, column) = e.line_column(text);
                // Real pages sometimes leave text after a complete JSON value (a template's stray
                // line): the value is read, the rest reported.
                match json::parse_first(text) {
                    Some((v, end)) if end < text.len() => {
                        problems.push(Problem {
                            feed,
                            list: List::Feed,
                            record: None,
                            id: None,
                            path: "$".into(),
                            kind: ProblemKind::TrailingText { line, column },
                            skipped: false,
                        });
                        v
                    }
                    _ => return Err(FeedError::NotJson { line, column }),
                }
            }
        };
        postings(opts, &value, feed, origin, problems, FeedError::NoPostings)
    }
}

/// Linked data read by `opts`' posting reader; `none` is the error when it has no postings.
fn postings<'a>(
    opts: LoadOptions,
    value: &Json,
    feed: usize,
    origin: Origin,
    problems: &mut Problems,
    none: FeedError,
) -> Result<Opened<'a>, FeedError> {
    match (opts.postings)(value, feed, origin, problems)? {
        Some(raw) => Ok(Opened::Read(raw, Format::JobPosting)),
        None => Err(none),
    }
}

pub(crate) use crate::engine::json::MAX_DEPTH;

/// Whether `text` opens more than `max` brackets at once (outside strings): how a parse
/// error is told apart as "nested too deeply" (the reader's errors carry only a position).
pub(crate) fn nests_deeper_than(text: &str, max: usize) -> bool {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for b in text.bytes() {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > max {
                    return true;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    false
}

fn is_native(has: impl Fn(&str) -> bool) -> bool {
    // JSON-LD marks itself with @-keys; a JobPosting's own "skills" field is not a list.
    let linked_data = ["@type", "@graph", "@context"].into_iter().any(&has);
    has("skillmatch") || (!linked_data && ["skills", "brands", "jobs", "courses", "places"].into_iter().any(&has))
}
