//! A forgiving reader over one JSON record: every accessor either yields a clean value or
//! records a [`Problem`] with the field's JSON path, and never panics.

use super::problem::{List, Problem, ProblemKind, Problems};
use crate::engine::json::{Fields, Json};

/// Longest text kept for short fields (titles, names); longer text is cut and reported.
pub const MAX_SHORT: usize = 200;
/// Longest description kept.
pub const MAX_LONG: usize = 4000;
/// Longest skill or brand reference kept: references are names, and matching a long one
/// against every skill name costs in proportion to its length.
pub const MAX_REF: usize = 60;
/// Most skill or brand references read from one record; the rest are reported and left out.
pub const MAX_REFS: usize = 24;

/// Where the current record sits, for problem reports.
#[derive(Clone, Debug)]
pub struct Ctx {
    pub feed: usize,
    pub list: List,
    pub record: usize,
    pub path: String,
}

pub struct Rec<'a, 'p> {
    obj: &'a Fields<'a>,
    ctx: Ctx,
    id: Option<String>,
    problems: &'p mut Problems,
    /// Set once a problem means the record cannot be used.
    pub skip: bool,
}

impl<'a, 'p> Rec<'a, 'p> {
    /// Opens record `index` of `list`; a non-object is reported and yields `None`.
    pub fn open(value: &'a Json<'a>, ctx: Ctx, problems: &'p mut Problems) -> Option<Rec<'a, 'p>> {
        match value.as_object() {
            Some(obj) => Some(Rec { obj, ctx, id: None, problems, skip: false }),
            None => {
                problems.push(Problem {
                    feed: ctx.feed,
                    list: ctx.list,
                    record: Some(ctx.record),
                    id: None,
                    path: ctx.path.clone(),
                    kind: ProblemKind::WrongType { expected: "object" },
                    skipped: true,
                });
                None
            }
        }
    }

    /// The value of `key`, or of a key that differs only in ASCII case (live sites write
    /// `Value`, `unitText` as `UnitText`); `null` counts as absent.
    pub fn raw(&self, key: &str) -> Option<&'a Json<'a>> {
        get(self.obj, key)
    }

    pub fn path_of(&self, key: &str) -> String {
        format!("{}.{}", self.ctx.path, key)
    }

    pub fn ctx(&self) -> &Ctx {
        &self.ctx
    }

    /// Reports a problem at `path`; `skip` drops the whole record.
    pub fn report(&mut self, path: String, kind: ProblemKind, skip: bool) {
        self.skip |= skip;
        self.problems.push(Problem {
            feed: self.ctx.feed,
            list: self.ctx.list,
            record: Some(self.ctx.record),
            id: self.id.clone(),
            path,
            kind,
            skipped: skip,
        });
    }

    /// Reads the record's id (a string or an integer); missing ids skip the record.
    pub fn id(&mut self, key: &str) -> String {
        let id = match self.raw(key) {
            Some(Json::Str(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
            Some(Json::Number(n)) => Some(n.to_string()),
            Some(_) => {
                self.report(self.path_of(key), ProblemKind::WrongType { expected: "string" }, true);
                None
            }
            None => {
                self.report(self.path_of(key), ProblemKind::Missing, true);
                None
            }
        };
        let id = id.map(|s| cut(&s, MAX_SHORT).0).unwrap_or_default();
        if !id.is_empty() {
            self.id = Some(id.clone());
        }
        id
    }

    /// Optional text: strings (and numbers, which messy feeds send for text) are accepted.
    pub fn text(&mut self, key: &str, max: usize) -> Option<String> {
        let raw = self.raw(key)?;
        let s = match raw {
            Json::Str(s) => s.trim().to_string(),
            Json::Number(n) => n.to_string(),
            _ => {
                self.report(self.path_of(key), ProblemKind::WrongType { expected: "string" }, false);
                return None;
            }
        };
        Some(self.truncated(key, s, max))
    }

    /// Text cut to `max` characters, reporting the cut.
    pub fn truncated(&mut self, key: &str, s: String, max: usize) -> String {
        // At most `max` bytes is at most `max` characters, and most texts are short: keep
        // them as they are, without counting or copying.
        if s.len() <= max {
            return s;
        }
        let Some((end, _)) = s.char_indices().nth(max) else {
            return s;
        };
        let chars = max + s[end..].chars().count();
        self.report(self.path_of(key), ProblemKind::Truncated { chars, max }, false);
        let mut s = s;
        s.truncate(end);
        s
    }

    /// Required text: absent, empty or anything but a JSON string skips the record. A
    /// title of `12345` is a broken record, not a job called "12345".
    pub fn required_text(&mut self, key: &str, max: usize) -> String {
        match self.raw(key) {
            Some(Json::Str(s)) if !s.trim().is_empty() => {
                let s = s.trim().to_string();
                self.truncated(key, s, max)
            }
            Some(Json::Str(_)) | None => {
                self.report(self.path_of(key), ProblemKind::Missing, true);
                String::new()
            }
            Some(_) => {
                self.report(self.path_of(key), ProblemKind::WrongType { expected: "string" }, true);
                String::new()
            }
        }
    }

    /// Optional number; numeric strings ("6000") are accepted.
    pub fn number(&mut self, key: &str) -> Option<f64> {
        number_at(self.raw(key)?, |rec| rec.path_of(key), self)
    }

    pub fn flag(&mut self, key: &str) -> bool {
        match self.raw(key) {
            None => false,
            Some(Json::Bool(b)) => *b,
            Some(Json::Str(s)) if s == "true" => true,
            Some(Json::Str(s)) if s == "false" => false,
            Some(_) => {
                self.report(self.path_of(key), ProblemKind::WrongType { expected: "boolean" }, false);
                false
            }
        }
    }

    /// An optional array; a lone value where a list was expected is read as a list of one.
    pub fn list(&mut self, key: &str) -> &'a [Json<'a>] {
        match self.raw(key) {
            None => &[],
            Some(Json::Array(a)) => a,
            Some(v) => std::slice::from_ref(v),
        }
    }

    pub fn object(&mut self, key: &str) -> Option<&'a Fields<'a>> {
        match self.raw(key)? {
            Json::Object(m) => Some(m),
            _ => {
                self.report(self.path_of(key), ProblemKind::WrongType { expected: "object" }, false);
                None
            }
        }
    }

    /// A list of strings; ill-typed items are reported and left out.
    pub fn strings(&mut self, key: &str, max: usize) -> Vec<String> {
        let items = self.list(key);
        let mut out = Vec::with_capacity(items.len());
        for (i, v) in items.iter().enumerate() {
            match v {
                Json::Str(s) if !s.trim().is_empty() => out.push(cut(s.trim(), max).0),
                Json::Str(_) => {}
                _ => self.report(
                    format!("{}.{}[{}]", self.ctx.path, key, i),
                    ProblemKind::WrongType { expected: "string" },
                    false,
                ),
            }
        }
        out
    }
}

/// `obj[key]`, else the first key equal to it but for ASCII case; `null` counts as absent.
pub fn get<'a>(obj: &'a Fields<'a>, key: &str) -> Option<&'a Json<'a>> {
    obj.get(key).or_else(|| obj.find_ignoring_case(key).map(|(_, v)| v)).filter(|v| !v.is_null())
}

/// Reads a number from a JSON value at `path`, reporting ill-typed values.
pub fn number_at(v: &Json, path: impl FnOnce(&Rec) -> String, rec: &mut Rec) -> Option<f64> {
    let n = match v {
        Json::Number(n) => Some(n.as_f64()),
        Json::Str(s) => crate::engine::text::parse_decimal(&s.trim().replace(',', "")),
        _ => None,
    };
    match n {
        Some(n) if n.is_finite() => Some(n),
        _ => {
            // The path is written only for a report: most numbers are fine.
            let path = path(rec);
            rec.report(path, ProblemKind::WrongType { expected: "number" }, false);
            None
        }
    }
}

/// Cuts `s` to at most `max` characters; returns the text and its original length in chars.
pub fn cut(s: &str, max: usize) -> (String, usize) {
    match s.char_indices().nth(max) {
        None => (s.to_string(), s.chars().count()),
        Some((byte, _)) => (s[..byte].to_string(), s.chars().count()),
    }
}
