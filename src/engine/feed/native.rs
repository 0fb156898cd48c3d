//! The native feed format (`{"skillmatch": 1, …}`), documented in docs/FEED.md and
//! docs/feed.schema.json. Each record is read on its own: a bad one is reported and skipped,
//! the rest are kept.

use super::problem::{List, ProblemKind, Problems};
use super::raw::{Pending, RawFeed, RawRef};
use super::reader::{number_at, Ctx, Rec, MAX_LONG, MAX_REF, MAX_REFS, MAX_SHORT};
use super::Problem;
use crate::engine::hash::FastSet;
use crate::engine::json::{self, Json, Split};
use crate::engine::model::*;

/// A native feed read whole.
pub fn parse(root: Split, feed: usize, problems: &mut Problems) -> RawFeed {
    NativeReader::new(root, feed).finish(problems)
}

/// The top-level lists, in the order they are read.
const LISTS: [List; 5] = [List::Places, List::Skills, List::Brands, List::Jobs, List::Courses];

/// A native feed read some records at a time, so that the browser can paint and take input
/// between the slices of a large feed; [`parse`] is the same reader run to the end. Bad
/// records are reported and skipped, and so are records whose id was already seen in their
/// list. A slice is measured in bytes of record text, which tracks the work better than a
/// count of records (a job is forty times a place).
pub struct NativeReader<'a> {
    root: Split<'a>,
    feed: usize,
    raw: RawFeed,
    /// Which of [`LISTS`] is being read, its records (once opened) and the next one to read.
    list: usize,
    items: Option<Vec<&'a str>>,
    next: usize,
    seen: FastSet<String>,
}

impl<'a> NativeReader<'a> {
    pub fn new(root: Split<'a>, feed: usize) -> Self {
        NativeReader { root, feed, raw: RawFeed::default(), list: 0, items: None, next: 0, seen: FastSet::default() }
    }

    /// Reads records until about `budget` bytes of them are read (at least one record);
    /// true once every list is read.
    pub fn step(&mut self, budget: usize, problems: &mut Problems) -> bool {
        let mut left = budget.max(1);
        while let Some(&list) = LISTS.get(self.list) {
            if left == 0 {
                return false;
            }
            if self.items.is_none() {
                let Some(items) = self.open(list, problems) else {
                    self.list += 1;
                    continue;
                };
                self.seen = FastSet::with_capacity_and_hasher(items.len(), Default::default());
                self.next = 0;
                self.items = Some(items);
            }
            let NativeReader { raw, items, next, seen, feed, .. } = self;
            let slice = Slice { items: items.as_deref().unwrap_or_default(), feed: *feed, list, next, left: &mut left };
            let done = match list {
                List::Places => slice.read(&mut raw.places, place, seen, problems),
                List::Skills => slice.read(&mut raw.skills, skill, seen, problems),
                List::Brands => slice.read(&mut raw.brands, brand, seen, problems),
                List::Jobs => slice.read(&mut raw.jobs, job, seen, problems),
                // The last of LISTS.
                _ => slice.read(&mut raw.courses, course, seen, problems),
            };
            if !done {
                return false;
            }
            self.items = None;
            self.list += 1;
        }
        true
    }

    /// The feed's records, reading whatever is left first.
    pub fn finish(mut self, problems: &mut Problems) -> RawFeed {
        while !self.step(usize::MAX, problems) {}
        self.raw
    }

    /// The records of `list`, `None` when the feed has no such list (the default's then fills
    /// in); a value that is not an array is reported and read as an empty list.
    fn open(&mut self, list: List, problems: &mut Problems) -> Option<Vec<&'a str>> {
        let (_, items) = self.root.get_mut(list.key())?;
        let items = items.take().unwrap_or_else(|| {
            problems.push(Problem {
                feed: self.feed,
                list,
                record: None,
                id: None,
                path: format!("$.{}", list.key()),
                kind: ProblemKind::WrongType { expected: "array" },
                skipped: true,
            });
            Vec::new()
        });
        if list == List::Jobs {
            self.raw.job_records = items.len();
        }
        Some(items)
    }
}

/// Where a slice of one list's reading starts and how many bytes of records it may read.
struct Slice<'s, 'a> {
    items: &'s [&'a str],
    feed: usize,
    list: List,
    next: &'s mut usize,
    left: &'s mut usize,
}

impl Slice<'_, '_> {
    /// Reads records into `out` until the list ends (true) or the budget does (false).
    fn read<T: HasId>(
        self,
        out: &mut Option<Vec<T>>,
        read: fn(&mut Rec) -> T,
        seen: &mut FastSet<String>,
        problems: &mut Problems,
    ) -> bool {
        let out = out.get_or_insert_with(|| Vec::with_capacity(self.items.len()));
        while let Some(item) = self.items.get(*self.next) {
            if *self.left == 0 {
                return false;
            }
            let i = *self.next;
            *self.next += 1;
            *self.left = self.left.saturating_sub(item.len());
            if let Some(record) =
                read_record(item, self.feed, self.list, i, problems, read, |id| seen.insert(id.to_string()))
            {
                out.push(record);
            }
        }
        true
    }
}

/// Reads record `i` of `list` from its JSON text: the record, or `None` when it had to be
/// skipped (reported). `is_new` is asked whether the record's id is new in its feed; a
/// repeated id is reported and skipped. The packer (`engine::pack`) reads streamed records
/// through this same function, so a pack holds exactly what a direct load keeps.
pub fn read_record<T: HasId>(
    item: &str,
    feed: usize,
    list: List,
    i: usize,
    problems: &mut Problems,
    read: fn(&mut Rec) -> T,
    is_new: impl FnOnce(&str) -> bool,
) -> Option<T> {
    let ctx = Ctx { feed, list, record: i, path: format!("$.{}[{}]", list.key(), i) };
    // The text is well-formed JSON already; what fails here is nesting past the reader's
    // limit, a number no float can hold, or an escape that is no character.
    let item = match json::parse(item) {
        Ok(item) => item,
        Err(_) => {
            let kind = if super::nests_deeper_than(item, super::MAX_DEPTH) {
                ProblemKind::TooDeep
            } else {
                ProblemKind::BadValue
            };
            problems.push(Problem { feed, list, record: Some(i), id: None, path: ctx.path, kind, skipped: true });
            return None;
        }
    };
    let mut rec = Rec::open(&item, ctx, problems)?;
    let record = read(&mut rec);
    if rec.skip {
        return None;
    }
    if !is_new(record.id()) {
        let path = rec.path_of("id");
        rec.report(path, ProblemKind::DuplicateId, true);
        return None;
    }
    Some(record)
}

/// Job record `i` of feed `feed`, read like a job in a native feed's `jobs` list.
#[cfg(not(target_arch = "wasm32"))]
pub fn read_job(
    item: &str,
    feed: usize,
    i: usize,
    problems: &mut Problems,
    is_new: impl FnOnce(&str) -> bool,
) -> Option<Pending<Job>> {
    read_record(item, feed, List::Jobs, i, problems, job, is_new)
}

pub trait HasId {
    fn id(&self) -> &str;
}
impl HasId for Place {
    fn id(&self) -> &str {
        &self.name
    }
}
impl HasId for Skill {
    fn id(&self) -> &str {
        &self.id
    }
}
impl<T: HasId> HasId for Pending<T> {
    fn id(&self) -> &str {
        self.record.id()
    }
}
impl HasId for Brand {
    fn id(&self) -> &str {
        &self.id
    }
}
impl HasId for Job {
    fn id(&self) -> &str {
        &self.id
    }
}
impl HasId for Course {
    fn id(&self) -> &str {
        &self.id
    }
}

fn geo(rec: &mut Rec, key: &str) -> Option<Geo> {
    let obj = rec.object(key)?;
    let base = rec.path_of(key);
    let lat = obj.get("lat").and_then(|v| number_at(v, |_| format!("{base}.lat"), rec));
    let lon = obj.get("lon").and_then(|v| number_at(v, |_| format!("{base}.lon"), rec));
    checked_geo(rec, lat, lon, base)
}

/// Geo given as top-level `lat`/`lon` (places) rather than a `geo` object.
fn flat_geo(rec: &mut Rec) -> Option<Geo> {
    let (lat, lon) = (rec.number("lat"), rec.number("lon"));
    let base = rec.ctx().path.clone();
    checked_geo(rec, lat, lon, base)
}

/// The one range check for coordinates, for jobs and places alike: both or neither, and
/// on the globe; anything else is reported and dropped.
fn checked_geo(rec: &mut Rec, lat: Option<f64>, lon: Option<f64>, path: String) -> Option<Geo> {
    match (lat, lon) {
        (Some(lat), Some(lon)) if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) => {
            Some(Geo { lat, lon })
        }
        (None, None) => None,
        _ => {
            rec.report(path, ProblemKind::OutOfRange, false);
            None
        }
    }
}

fn place(rec: &mut Rec) -> Place {
    let name = rec.required_text("name", MAX_SHORT);
    let code = rec.text("code", 12).unwrap_or_default();
    let en = rec.text("en", MAX_SHORT).unwrap_or_default();
    let geo = flat_geo(rec);
    let mut counties = Vec::new();
    for (i, v) in rec.list("counties").iter().enumerate() {
        let ctx = Ctx { path: format!("{}.counties[{}]", rec.ctx().path, i), ..rec.ctx().clone() };
        // Counties are small; read them with the same reader but report into the place.
        let mut sub = Problems::default();
        if let Some(mut c) = Rec::open(v, ctx, &mut sub) {
            let county = County {
                name: c.required_text("name", MAX_SHORT),
                code: c.text("code", 12).unwrap_or_default(),
                en: c.text("en", MAX_SHORT).unwrap_or_default(),
                geo: flat_geo(&mut c),
            };
            if !c.skip {
                counties.push(county);
            }
        }
        for p in sub.iter() {
            rec.report(p.path.clone(), p.kind.clone(), false);
        }
    }
    Place { code, name, en, geo, counties }
}

fn skill(rec: &mut Rec) -> Skill {
    Skill {
        id: rec.id("id"),
        name: rec.required_text("name", MAX_SHORT),
        en: rec.text("en", MAX_SHORT).unwrap_or_default(),
        aliases: rec.strings("aliases", MAX_SHORT),
        category: rec.text("category", MAX_SHORT).unwrap_or_default(),
        occupation: rec.text("occupation", 20),
    }
}

/// Reads `[{"skill": id, "level": n}]` or `["id"]` items as unresolved references.
fn skill_refs(rec: &mut Rec, key: &str, item_key: &str) -> Vec<RawRef> {
    let items = rec.list(key);
    if items.len() > MAX_REFS {
        rec.report(rec.path_of(key), ProblemKind::TooMany { max: MAX_REFS }, false);
    }
    let items = &items[..items.len().min(MAX_REFS)];
    let mut out = Vec::with_capacity(items.len());
    for (i, v) in items.iter().enumerate() {
        let path = format!("{}.{}[{}]", rec.ctx().path, key, i);
        match v {
            Json::Str(s) if !s.trim().is_empty() => {
                let text = rec.truncated(&format!("{key}[{i}]"), s.trim().to_string(), MAX_REF);
                out.push(RawRef { text, level: None, path, free: false })
            }
            Json::Object(o) => {
                let text = o.get(item_key).and_then(Json::as_str).map(str::trim).unwrap_or("");
                if text.is_empty() {
                    rec.report(format!("{path}.{item_key}"), ProblemKind::Missing, false);
                    continue;
                }
                let text = rec.truncated(&format!("{key}[{i}].{item_key}"), text.to_string(), MAX_REF);
                let level = match o.get("level") {
                    None | Some(Json::Null) => None,
                    Some(l) => match number_at(l, |_| format!("{path}.level"), rec) {
                        Some(n) if n.fract() == 0.0 && Level::new(n as i64).is_some() => Level::new(n as i64),
                        Some(_) => {
                            rec.report(format!("{path}.level"), ProblemKind::OutOfRange, false);
                            None
                        }
                        None => None,
                    },
                };
                out.push(RawRef { text, level, path, free: false });
            }
            _ => rec.report(path, ProblemKind::WrongType { expected: "object" }, false),
        }
    }
    out
}

fn brand_refs(rec: &mut Rec, key: &str) -> Vec<RawRef> {
    let base = rec.ctx().path.clone();
    let mut names = rec.strings(key, MAX_REF);
    if names.len() > MAX_REFS {
        rec.report(rec.path_of(key), ProblemKind::TooMany { max: MAX_REFS }, false);
        names.truncate(MAX_REFS);
    }
    names
        .into_iter()
        .enumerate()
        .map(|(i, text)| RawRef { text, level: None, path: format!("{base}.{key}[{i}]"), free: false })
        .collect()
}

fn brand(rec: &mut Rec) -> Pending<Brand> {
    let record = Brand {
        id: rec.id("id"),
        name: rec.required_text("name", MAX_SHORT),
        en: rec.text("en", MAX_SHORT).unwrap_or_default(),
        city: rec.text("city", MAX_SHORT).unwrap_or_default(),
        attests: Vec::new(),
        sample: rec.flag("sample"),
    };
    let skills = skill_refs(rec, "skills", "skill");
    Pending { record, index: rec.ctx().record, skills, brands: Vec::new() }
}

fn date(rec: &mut Rec, key: &str) -> Option<Date> {
    let s = rec.text(key, 40)?;
    let d = Date::parse(&s);
    if d.is_none() {
        rec.report(rec.path_of(key), ProblemKind::BadDate { value: s }, false);
    }
    d
}

fn enum_field<T>(rec: &mut Rec, key: &str, parse: fn(&str) -> Option<T>) -> Option<T> {
    let s = rec.text(key, 40)?;
    let v = parse(&s);
    if v.is_none() {
        rec.report(rec.path_of(key), ProblemKind::UnknownValue { value: s }, false);
    }
    v
}

fn wage(rec: &mut Rec) -> Option<Wage> {
    let obj = rec.object("wage")?;
    let base = rec.path_of("wage");
    let read = |k: &str, rec: &mut Rec| obj.get(k).and_then(|v| number_at(v, |_| format!("{base}.{k}"), rec));
    let min = read("min", rec);
    let max = read("max", rec);
    let monthly_estimate = read("monthlyEstimate", rec);
    // Native feeds are in renminbi unless they name another currency.
    let currency = match obj.get("currency").and_then(Json::as_str) {
        None => Currency::CNY,
        Some(c) => match Currency::parse(c) {
            Some(c) => c,
            None => {
                rec.report(format!("{base}.currency"), ProblemKind::UnknownValue { value: c.into() }, false);
                return None;
            }
        },
    };
    let unit = match obj.get("unit").and_then(Json::as_str) {
        Some(u) => match WageUnit::parse(u) {
            Some(u) => u,
            None => {
                rec.report(format!("{base}.unit"), ProblemKind::UnknownValue { value: u.into() }, false);
                return None;
            }
        },
        None => {
            rec.report(format!("{base}.unit"), ProblemKind::Missing, false);
            return None;
        }
    };
    let (mut min, mut max) = match (min, max) {
        (Some(a), Some(b)) => (a, b),
        (Some(a), None) | (None, Some(a)) => (a, a),
        (None, None) => {
            rec.report(format!("{base}.min"), ProblemKind::Missing, false);
            return None;
        }
    };
    if min < 0.0 || max < 0.0 {
        rec.report(base, ProblemKind::OutOfRange, false);
        return None;
    }
    if min > max {
        rec.report(base, ProblemKind::WageSwapped, false);
        std::mem::swap(&mut min, &mut max);
    }
    Some(Wage {
        min,
        max,
        unit: Some(unit),
        currency: Some(currency),
        monthly_estimate: monthly_estimate.filter(|m| *m > 0.0),
    })
}

fn apply_link(rec: &mut Rec) -> Option<ApplyLink> {
    let s = rec.text("apply", 500)?;
    let link = ApplyLink::parse(&s);
    if link.is_none() {
        rec.report(rec.path_of("apply"), ProblemKind::UnsafeLink, false);
    }
    link
}

fn job(rec: &mut Rec) -> Pending<Job> {
    let id = rec.id("id");
    let title = rec.required_text("title", MAX_SHORT);
    let mut safeguards = Safeguards::default();
    for s in rec.strings("safeguards", 40) {
        match Safeguard::parse(&s) {
            Some(g) => safeguards = safeguards.with(g),
            None => {
                let path = rec.path_of("safeguards");
                rec.report(path, ProblemKind::UnknownValue { value: s }, false)
            }
        }
    }
    let headcount = rec.number("headcount").filter(|n| *n >= 0.0).map(|n| n.min(1e6) as u32);
    let record = Job {
        id: id.into(),
        title: title.into(),
        employer: rec.text("employer", MAX_SHORT).unwrap_or_default().into(),
        category: rec.text("category", MAX_SHORT).unwrap_or_default().into(),
        city: rec.text("city", MAX_SHORT).unwrap_or_default().into(),
        county: rec.text("county", MAX_SHORT).unwrap_or_default().into(),
        geo: geo(rec, "geo"),
        remote: rec.flag("remote"),
        remote_area: rec.text("remoteArea", MAX_SHORT).unwrap_or_default().into(),
        wage: wage(rec),
        wage_text: SharedText::default(),
        settlement: enum_field(rec, "settlement", Settlement::parse),
        requires: Box::default(),
        prefers_brands: Box::default(),
        safeguards,
        housing: rec.flag("housing"),
        meals: rec.flag("meals"),
        flexible_hours: rec.flag("flexibleHours"),
        women_friendly: rec.flag("womenFriendly"),
        headcount,
        hours: rec.text("hours", MAX_SHORT).unwrap_or_default().into(),
        posted: date(rec, "posted"),
        valid_through: date(rec, "validThrough"),
        apply: apply_link(rec),
        description: rec.text("description", MAX_LONG).unwrap_or_default().into(),
    };
    let skills = skill_refs(rec, "requires", "skill");
    let brands = brand_refs(rec, "prefersBrands");
    Pending { record, index: rec.ctx().record, skills, brands }
}

fn course(rec: &mut Rec) -> Pending<Course> {
    let id = rec.id("id");
    let title = rec.required_text("title", MAX_SHORT);
    let mut audience = Vec::new();
    for a in rec.strings("audience", 40) {
        match Audience::parse(&a) {
            Some(x) => audience.push(x),
            None => {
                let path = rec.path_of("audience");
                rec.report(path, ProblemKind::UnknownValue { value: a }, false)
            }
        }
    }
    let cost = match rec.number("cost") {
        Some(c) if c < 0.0 => {
            rec.report(rec.path_of("cost"), ProblemKind::OutOfRange, false);
            0.0
        }
        Some(c) => c,
        None => 0.0,
    };
    let record = Course {
        id,
        title,
        provider: rec.text("provider", MAX_SHORT).unwrap_or_default(),
        teaches: Vec::new(),
        mode: enum_field(rec, "mode", Mode::parse).unwrap_or(Mode::Offline),
        city: rec.text("city", MAX_SHORT).unwrap_or_default(),
        days: rec.number("days").filter(|d| *d >= 0.0).map(|d| d.min(3650.0) as u32),
        cost,
        voucher: rec.flag("voucher"),
        subsidy: rec.number("subsidy").filter(|s| *s > 0.0),
        audience,
        starts: date(rec, "starts"),
        description: rec.text("description", MAX_LONG).unwrap_or_default(),
    };
    let skills = skill_refs(rec, "teaches", "skill");
    Pending { record, index: rec.ctx().record, skills, brands: Vec::new() }
}
