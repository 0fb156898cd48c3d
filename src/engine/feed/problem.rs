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
    /// A record nested deeper than the parser allows; only that record is skipped.
    TooDeep,
    /// A record holding a number no float can hold (`1e999`) or an escape that is no
    /// character (`\ud800`); only that record is skipped.
    BadValue,
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
    /// Text after the end of a complete JSON document (at this line and column): the
    /// document was read, the text ignored.
    TrailingText {
        line: usize,
        column: usize,
    },
    /// A list longer than a record may have (skill references…); the rest was left out.
    TooMany {
        max: usize,
    },
}

/// Why a whole feed gave no jobs (or nothing at all). The loader finds the first three
/// (fetching); the engine the rest (reading the bytes).
#[derive(Clone, Debug, PartialEq)]
pub enum FeedError {
    /// The server answered with an HTTP error status.
    Http { status: u16 },
    /// No answer: offline, refused, blocked.
    Network,
    /// No complete answer within the loader's time limit.
    Timeout,
    /// The body is empty (or only white space).
    Empty,
    /// Larger than the loader accepts; nothing of it was read.
    TooLarge { bytes: usize, limit: usize },
    /// Not UTF-8 text (a GBK file, a binary), with the byte offset where decoding failed.
    NotUtf8 { offset: usize },
    /// Not JSON (with the parser's line and column).
    NotJson { line: usize, column: usize },
    /// An HTML page (an error page, a web page) that carries no JobPosting data.
    Html,
    /// Nested deeper than the parser allows.
    TooDeep,
    /// JSON, but neither a SkillMatch feed nor one with schema.org JobPosting data
    /// (`null`, `[1, 2]`, a page's `@graph` of WebPage and Organization only).
    NoPostings,
    /// It has job records, and every one of them was broken (each is in the problems).
    OnlyBrokenRecords { records: usize },
    /// A pack file (manifest or shard) written by a newer version of the packer.
    NewerFormat { version: u64 },
    /// A pack file that is cut short, altered or not a pack file at all.
    Damaged,
    /// Named beside a pack, which is loaded on its own: not read.
    BesidePack,
    /// A pack's manifest where the widget loads no packs: its default build, which a page
    /// gets when the pack's address does not end in `manifest.json` (ARCHITECTURE, "Build").
    PackNotSupported,
    /// schema.org JobPosting data where the widget does not read it: its default build.
    /// The page hands such a feed to the full build (ui::app), so a user sees this only
    /// where that cannot happen (a page without SkillMatch's loaders).
    JobPostingNotSupported,
}

impl FeedError {
    /// Whether fetching and reading again could give another answer: not for a feed named
    /// where it cannot be read at all (beside a pack, or a pack where no pack is read), which
    /// only the page's author can fix.
    pub fn retry_may_help(&self) -> bool {
        !matches!(self, FeedError::BesidePack | FeedError::PackNotSupported | FeedError::JobPostingNotSupported)
    }
}

/// One problem; `skipped` tells whether the record was dropped or kept with a repair.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// Position of the feed in the load order (0 = the default, 1… the named feeds).
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

/// The problems of one load, bounded: the first [`Problems::KEPT`] are kept for display,
/// the rest only counted. A hostile 16 MB feed of `{}` records has ten million problems;
/// nobody reads past the first page of them, and keeping them all would take gigabytes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Problems {
    kept: Vec<Problem>,
    total: usize,
    skipped: usize,
}

impl Problems {
    pub const KEPT: usize = 300;

    pub fn push(&mut self, p: Problem) {
        self.total += 1;
        self.skipped += p.skipped as usize;
        if self.kept.len() < Self::KEPT {
            self.kept.push(p);
        }
    }

    /// Every problem found, kept or only counted.
    pub fn total(&self) -> usize {
        self.total
    }

    /// How many records were skipped.
    pub fn skipped(&self) -> usize {
        self.skipped
    }

    /// Found but not kept (past [`Problems::KEPT`]).
    pub fn not_kept(&self) -> usize {
        self.total - self.kept.len()
    }

    /// Problems as counted elsewhere (a pack's, read back from its catalogue shard); `None`
    /// when the counts cannot be right.
    pub fn from_parts(kept: Vec<Problem>, total: usize, skipped: usize) -> Option<Problems> {
        let kept_skipped = kept.iter().filter(|p| p.skipped).count();
        let fits = kept.len() <= Self::KEPT && kept.len() <= total && kept_skipped <= skipped && skipped <= total;
        (fits && skipped - kept_skipped <= total - kept.len()).then_some(Problems { kept, total, skipped })
    }

    pub fn extend(&mut self, other: Problems) {
        self.total += other.total - other.kept.len();
        self.skipped += other.skipped - other.kept.iter().filter(|p| p.skipped).count();
        for p in other.kept {
            self.push(p);
        }
    }
}

/// The kept problems, in the order found.
impl std::ops::Deref for Problems {
    type Target = [Problem];
    fn deref(&self) -> &[Problem] {
        &self.kept
    }
}
