//! What went wrong while reading a feed, as data: which feed, which record, which field,
//! and what kind of trouble. The words for it live in the translation catalogue.

/// The list a record came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    Feed,
    Places,
    Skills,
    Brands,
    Jobs,
    Courses,
}

impl List {
    pub fn key(self) -> &'static str {
        match self {
            List::Feed => "",
            List::Places => "places",
            List::Skills => "skills",
            List::Brands => "brands",
            List::Jobs => "jobs",
            List::Courses => "courses",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    /// The feed is larger than the loader accepts; nothing of it was read.
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    /// Not JSON at all (with the parser's line and column).
    NotJson {
        line: usize,
        column: usize,
    },
    /// Nested deeper than the parser allows.
    TooDeep,
    /// JSON, but neither a native feed nor schema.org JobPosting data.
    NotAFeed,
    /// A field has the wrong JSON type.
    WrongType {
        expected: &'static str,
    },
    /// A required field is absent or empty.
    Missing,
    /// A second record with an id already seen; the later one is skipped.
    DuplicateId,
    /// A value outside its allowed set (unit, settlement, mode, safeguard…).
    UnknownValue {
        value: String,
    },
    /// A number out of range (negative wage, level outside 1–5…).
    OutOfRange,
    /// Wage minimum above maximum; the two were swapped.
    WageSwapped,
    /// A skill reference that matches no skill id, name, alias or pinyin.
    UnknownSkill {
        reference: String,
    },
    UnknownBrand {
        reference: String,
    },
    BadDate {
        value: String,
    },
    /// A link that is not http(s) or tel:, dropped.
    UnsafeLink,
    /// Text longer than allowed; it was cut.
    Truncated {
        chars: usize,
        max: usize,
    },
    /// A network or file error before any parsing (filled in by the UI's loader).
    Fetch {
        detail: String,
    },
}

/// One problem; `skipped` tells whether the record was dropped or kept with a repair.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// Position of the feed in the load order (0 = first).
    pub feed: usize,
    pub list: List,
    /// Index of the record within its list.
    pub record: Option<usize>,
    /// The record's id when it had a readable one.
    pub id: Option<String>,
    /// JSON path of the offending value, e.g. `$.jobs[3].wage.min`.
    pub path: String,
    pub kind: ProblemKind,
    pub skipped: bool,
}

impl Problem {
    /// A problem with the feed as a whole (nothing of it could be used).
    pub fn feed_level(feed: usize, kind: ProblemKind) -> Problem {
        Problem { feed, list: List::Feed, record: None, id: None, path: "$".into(), kind, skipped: true }
    }
}
