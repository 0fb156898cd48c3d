//! The packer (host only; `scripts/pack` runs it through `tools/src/bin/pack.rs`): feeds of
//! any size in, a manifest and shards out, with memory that does not grow with the jobs.
//!
//! Each feed is read twice. The first pass keeps everything but the jobs (places, skills,
//! brands, courses: small) and skips the jobs while checking the JSON, so the catalogue is
//! complete before any job is resolved (a job in feed 1 may name a skill from feed 2). The
//! second pass streams the jobs one record at a time through the engine's own reader
//! (`native::read_job`) and resolver (`Catalog::resolve_job`) into per-city shard writers;
//! a full shard goes to the sink at once. What is kept per job is its id (for duplicates
//! across feeds). JobPosting documents and web pages are read whole (they come from
//! pages, and are small).

use super::jobs::JobsWriter;
use super::write;
use crate::engine::catalog::{Catalog, JobResolver};
use crate::engine::dataset::{tally_currency, CurrencyTally};
use crate::engine::feed::raw::{Pending, RawFeed};
use crate::engine::feed::{self, FeedError, List, LoadOptions, Origin, Problem, ProblemKind, Problems};
use crate::engine::hash::{FastMap, FastSet};
use crate::engine::model::Job;
use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::{json, Value};
use std::io::{self, BufRead, BufReader, Read};

/// Jobs per shard before a city is split: about 1–2 MB of shard, a few seconds on a slow
/// phone connection.
pub const PART_JOBS: usize = 25_000;

#[derive(Clone, Copy, Debug)]
pub struct Options {
    pub part_jobs: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options { part_jobs: PART_JOBS }
    }
}

/// Where the packer's files go (a folder, or memory in tests).
pub trait Sink {
    fn write(&mut self, name: &str, bytes: &[u8]) -> io::Result<()>;
}

impl Sink for FastMap<String, Vec<u8>> {
    fn write(&mut self, name: &str, bytes: &[u8]) -> io::Result<()> {
        self.insert(name.to_string(), bytes.to_vec());
        Ok(())
    }
}

/// What a pack run found.
#[derive(Debug)]
pub struct Summary {
    pub jobs: usize,
    pub shards: usize,
    pub problems: Problems,
    /// Feeds that gave no jobs, with why (the pack still holds the others').
    pub failed: Vec<(usize, FeedError)>,
}

#[derive(Debug)]
pub enum PackError {
    Io(io::Error),
    /// No feed gave a job: there is nothing to pack.
    NoJobs(Vec<(usize, FeedError)>),
}

impl From<io::Error> for PackError {
    fn from(e: io::Error) -> Self {
        PackError::Io(e)
    }
}

/// What the caller sees while packing: every problem as it is found (for `problems.json`),
/// and the number of jobs packed so far.
pub trait Progress {
    fn problem(&mut self, p: &Problem);
    fn jobs(&mut self, _done: usize) {}
}

impl Progress for () {
    fn problem(&mut self, _: &Problem) {}
}

/// A feed the packer can open (twice).
pub type Open<'a> = dyn Fn(usize) -> io::Result<Box<dyn Read + 'a>> + 'a;

/// Packs feeds `0..feeds` (opened with `open`) over the default feed `default`; writes the
/// shards, then `manifest.json` last (a half-written pack has no manifest).
pub fn pack(
    default: &[u8],
    feeds: usize,
    open: &Open,
    opts: Options,
    sink: &mut dyn Sink,
    progress: &mut dyn Progress,
) -> Result<Summary, PackError> {
    let mut all = Problems::default();
    let mut found = Problems::default();
    let unlimited = LoadOptions { max_bytes: usize::MAX, ..LoadOptions::default() };
    let base =
        feed::read_into(default, 0, unlimited, Origin::default(), &mut found).map(|(r, _)| r).unwrap_or_default();
    // Pass 1: every feed's catalogue lists (and whole JobPosting documents).
    let mut firsts = Vec::with_capacity(feeds);
    let mut raws = Vec::with_capacity(feeds);
    let mut failed = Vec::new();
    for f in 0..feeds {
        match first_pass(&mut *open(f)?, f + 1, &mut found)? {
            Ok((mut raw, first)) => {
                let jobs = raw.jobs.take();
                raws.push(raw);
                firsts.push(Some((first, jobs)));
            }
            Err(e) => {
                failed.push((f, e));
                firsts.push(None);
            }
        }
    }
    let cat = Catalog::assemble(base, raws, false, &mut found);
    report(found, &mut all, progress);

    // Pass 2: the jobs, one at a time, into per-city shards.
    let mut out = Shards::new(&cat, opts);
    let mut jobs = Jobs {
        cat: &cat,
        seen: FastMap::default(),
        crossed: FastSet::default(),
        resolver: JobResolver::without_sharing(),
        currencies: CurrencyTally::default(),
        feed: 0,
        kept: 0,
    };
    for (f, first) in firsts.into_iter().enumerate() {
        let Some((first, pending)) = first else { continue };
        jobs.start(f + 1);
        let records = match first {
            First::Native { jobs: JobsList::Array(records) } => {
                let mut reader = open(f)?;
                let mut i = 0;
                stream_jobs(&mut *reader, &mut |item: &RawValue| {
                    let mut found = Problems::default();
                    if let Some(p) = feed::native::read_job(item.get(), f + 1, i, &mut found, |id| jobs.is_new(id)) {
                        jobs.take(p, &mut found, &mut out, sink)?;
                    }
                    i += 1;
                    report(found, &mut all, progress);
                    progress.jobs(out.jobs);
                    Ok(())
                })?;
                records
            }
            First::Native { jobs: JobsList::NotArray } => {
                let mut found = Problems::default();
                found.push(Problem {
                    feed: f + 1,
                    list: List::Jobs,
                    record: None,
                    id: None,
                    path: "$.jobs".into(),
                    kind: ProblemKind::WrongType { expected: "array" },
                    skipped: true,
                });
                report(found, &mut all, progress);
                0
            }
            First::Native { jobs: JobsList::Absent } => 0,
            First::Whole { records } => {
                for p in pending.unwrap_or_default() {
                    let mut found = Problems::default();
                    jobs.take(p, &mut found, &mut out, sink)?;
                    report(found, &mut all, progress);
                }
                records
            }
        };
        if jobs.kept == 0 {
            failed
                .push((f, if records > 0 { FeedError::OnlyBrokenRecords { records } } else { FeedError::NoPostings }));
        }
    }
    let currency = crate::engine::dataset::pick_currency(&jobs.currencies);
    failed.sort_by_key(|(f, _)| *f);
    let jobs = out.jobs;
    if jobs == 0 {
        return Err(PackError::NoJobs(failed));
    }
    let shards = out.finish(sink)?;
    let catalogue = write::catalogue(&cat, &all);
    let catalogue_name = format!("catalogue-{}.smpk", write::checksum_hex(&catalogue));
    sink.write(&catalogue_name, &catalogue)?;
    let manifest = json!({
        "skillmatchPack": super::VERSION,
        "jobs": jobs,
        "currency": currency.as_str(),
        "catalogue": {"file": catalogue_name, "bytes": catalogue.len()},
        "shards": shards,
        "problems": {"total": all.total(), "skipped": all.skipped()},
    });
    sink.write("manifest.json", serde_json::to_string_pretty(&manifest).unwrap_or_default().as_bytes())?;
    Ok(Summary { jobs, shards: shards.len(), problems: all, failed })
}

/// The second pass's memory between jobs: ids seen (duplicates across feeds are reported
/// as a direct load's merge reports them), the resolver's caches, the currency tally.
struct Jobs<'c> {
    cat: &'c Catalog,
    seen: FastMap<Box<str>, u32>,
    /// Ids the current feed repeated from an earlier feed: a later copy in the same feed
    /// is then a repeat within the feed, as a direct load reports it.
    crossed: FastSet<Box<str>>,
    resolver: JobResolver,
    currencies: CurrencyTally,
    feed: usize,
    /// Records of the current feed the reader kept (before duplicates across feeds).
    kept: usize,
}

impl Jobs<'_> {
    fn start(&mut self, feed: usize) {
        (self.feed, self.kept) = (feed, 0);
        self.crossed.clear();
    }

    /// Whether `id` is new within the current feed.
    fn is_new(&self, id: &str) -> bool {
        self.seen.get(id).is_none_or(|f| *f as usize != self.feed) && !self.crossed.contains(id)
    }

    fn take(&mut self, p: Pending<Job>, found: &mut Problems, out: &mut Shards, sink: &mut dyn Sink) -> io::Result<()> {
        let record = self.kept;
        self.kept += 1;
        let id: &str = &p.record.id;
        if self.seen.get(id).is_some_and(|f| *f as usize != self.feed) || self.crossed.contains(id) {
            self.crossed.insert(id.into());
            found.push(Problem {
                feed: self.feed,
                list: List::Jobs,
                record: Some(record),
                id: Some(id.to_string()),
                path: format!("$.jobs[{record}].id"),
                kind: ProblemKind::DuplicateId,
                skipped: true,
            });
            return Ok(());
        }
        self.seen.insert(id.into(), self.feed as u32);
        let job = self.cat.resolve_job(self.feed, p, &mut self.resolver, found);
        tally_currency(&mut self.currencies, &job);
        out.push(job, sink)
    }
}

fn report(found: Problems, all: &mut Problems, progress: &mut dyn Progress) {
    found.iter().for_each(|p| progress.problem(p));
    all.extend(found);
}

/// The open shard writers, one per city (a city's jobs split every `part_jobs`).
struct Shards<'c> {
    cat: &'c Catalog,
    opts: Options,
    open: FastMap<usize, (usize, JobsWriter)>,
    /// Finished shards: (city order, part, manifest entry).
    done: Vec<(usize, usize, Value)>,
    jobs: usize,
}

impl<'c> Shards<'c> {
    fn new(cat: &'c Catalog, opts: Options) -> Self {
        Shards { cat, opts, open: FastMap::default(), done: Vec::new(), jobs: 0 }
    }

    /// The city's position in the gazetteer; jobs in no known city come last.
    fn city_of(&self, job: &Job) -> usize {
        self.cat.places.iter().position(|p| *p.name == *job.city).unwrap_or(self.cat.places.len())
    }

    fn push(&mut self, job: Job, sink: &mut dyn Sink) -> io::Result<()> {
        let city = self.city_of(&job);
        let (_, w) = self.open.entry(city).or_insert_with(|| (1, JobsWriter::default()));
        w.push(&job);
        self.jobs += 1;
        if w.count >= self.opts.part_jobs.max(1) {
            let (part, w) = self.open.remove(&city).unwrap_or_default();
            self.write(city, part, w, sink)?;
            self.open.insert(city, (part + 1, JobsWriter::default()));
        }
        Ok(())
    }

    fn write(&mut self, city: usize, part: usize, w: JobsWriter, sink: &mut dyn Sink) -> io::Result<()> {
        if w.is_empty() {
            return Ok(());
        }
        let jobs = w.count;
        let bytes = w.finish();
        let place = self.cat.places.get(city);
        let code =
            place.map_or("other".to_string(), |p| if p.code.is_empty() { city.to_string() } else { p.code.clone() });
        let name = format!("jobs-{code}-{part}-{}.smpk", write::checksum_hex(&bytes));
        sink.write(&name, &bytes)?;
        let city_name = place.map_or("", |p| p.name.as_str());
        self.done.push((city, part, json!({"file": name, "city": city_name, "jobs": jobs, "bytes": bytes.len()})));
        Ok(())
    }

    /// Writes the partly filled shards; the manifest's shard list in city order.
    fn finish(mut self, sink: &mut dyn Sink) -> io::Result<Vec<Value>> {
        let mut open: Vec<_> = std::mem::take(&mut self.open).into_iter().collect();
        open.sort_by_key(|(city, _)| *city);
        for (city, (part, w)) in open {
            self.write(city, part, w, sink)?;
        }
        self.done.sort_by_key(|(city, part, _)| (*city, *part));
        Ok(self.done.into_iter().map(|(_, _, v)| v).collect())
    }
}

/// What the first pass learnt of a feed's jobs.
enum JobsList {
    Absent,
    NotArray,
    /// An array of this many records.
    Array(usize),
}

enum First {
    /// A native feed: its jobs are streamed in the second pass.
    Native { jobs: JobsList },
    /// Read whole (JobPosting, a web page): its jobs are in hand.
    Whole { records: usize },
}

/// The first pass over one feed: its catalogue lists, or why it gives nothing (`Ok(Err)`);
/// `Err` only when the file cannot be read.
fn first_pass(
    r: &mut dyn Read,
    feed_no: usize,
    found: &mut Problems,
) -> io::Result<Result<(RawFeed, First), FeedError>> {
    let mut r = BufReader::with_capacity(1 << 16, r);
    let head = r.fill_buf()?;
    let head = head.strip_prefix(b"\xEF\xBB\xBF").map_or(head, |h| h);
    let starts_object = head.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
    let unlimited = LoadOptions { max_bytes: usize::MAX, ..LoadOptions::default() };
    if starts_object {
        let mut top =
            Top { lists: Vec::new(), jobs: JobsList::Absent, has_marker: false, linked: false, has_jobs: false };
        let bom = r.fill_buf()?.starts_with(b"\xEF\xBB\xBF");
        if bom {
            r.consume(3);
        }
        let mut de = serde_json::Deserializer::from_reader(&mut r);
        if (&mut top).deserialize(&mut de).is_ok() && de.end().is_ok() {
            let native = top.has_marker
                || (!top.linked && (top.lists.iter().any(|(k, _)| LISTS.contains(&k.as_str())) || top.has_jobs));
            if native {
                let mut text = String::from("{\"skillmatch\":1");
                for (k, v) in &top.lists {
                    if k != "skillmatch" {
                        text.push(',');
                        text.push_str(&Value::String(k.clone()).to_string());
                        text.push(':');
                        text.push_str(v.get());
                    }
                }
                text.push('}');
                return Ok(feed::read_into(text.as_bytes(), feed_no, unlimited, Origin::default(), found)
                    .map(|(raw, _)| (raw, First::Native { jobs: top.jobs })));
            }
        }
        // Not a native feed (or not JSON): read whole below, which says why.
    }
    let mut bytes = Vec::new();
    // What was already buffered, then the rest.
    bytes.extend_from_slice(r.buffer());
    let len = bytes.len();
    r.consume(len);
    r.read_to_end(&mut bytes)?;
    Ok(feed::read_into(&bytes, feed_no, unlimited, Origin::default(), found).map(|(raw, _)| {
        let records = raw.job_records.max(raw.jobs.as_ref().map_or(0, Vec::len));
        (raw, First::Whole { records })
    }))
}

const LISTS: [&str; 5] = ["places", "skills", "brands", "jobs", "courses"];

/// A native feed's top level in the first pass: lists other than `jobs` kept as raw text.
struct Top {
    lists: Vec<(String, Box<RawValue>)>,
    jobs: JobsList,
    has_marker: bool,
    linked: bool,
    has_jobs: bool,
}

impl<'de> DeserializeSeed<'de> for &mut Top {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for &mut Top {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a feed object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "jobs" => {
                    self.has_jobs = true;
                    self.jobs = map.next_value_seed(CountJobs)?;
                }
                k => {
                    self.has_marker |= k == "skillmatch";
                    self.linked |= ["@type", "@graph", "@context"].contains(&k);
                    if LISTS.contains(&k) || k == "skillmatch" {
                        self.lists.push((key, map.next_value()?));
                    } else {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
            }
        }
        Ok(())
    }
}

/// Skips the `jobs` value, telling whether it is an array and of how many records.
struct CountJobs;

impl<'de> DeserializeSeed<'de> for CountJobs {
    type Value = JobsList;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<JobsList, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for CountJobs {
    type Value = JobsList;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("jobs")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<JobsList, A::Error> {
        let mut n = 0;
        while seq.next_element::<IgnoredAny>()?.is_some() {
            n += 1;
        }
        Ok(JobsList::Array(n))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<JobsList, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(JobsList::NotArray)
    }
    fn visit_unit<E>(self) -> Result<JobsList, E> {
        Ok(JobsList::NotArray)
    }
    fn visit_bool<E>(self, _: bool) -> Result<JobsList, E> {
        Ok(JobsList::NotArray)
    }
    fn visit_i64<E>(self, _: i64) -> Result<JobsList, E> {
        Ok(JobsList::NotArray)
    }
    fn visit_u64<E>(self, _: u64) -> Result<JobsList, E> {
        Ok(JobsList::NotArray)
    }
    fn visit_f64<E>(self, _: f64) -> Result<JobsList, E> {
        Ok(JobsList::NotArray)
    }
    fn visit_str<E>(self, _: &str) -> Result<JobsList, E> {
        Ok(JobsList::NotArray)
    }
}

/// The second pass over a native feed: each record of `jobs`, in order, as raw JSON text.
fn stream_jobs(r: &mut dyn Read, each: &mut dyn FnMut(&RawValue) -> io::Result<()>) -> io::Result<()> {
    let mut r = BufReader::with_capacity(1 << 16, r);
    if r.fill_buf()?.starts_with(b"\xEF\xBB\xBF") {
        r.consume(3);
    }
    let mut de = serde_json::Deserializer::from_reader(r);
    let mut failure = None;
    let seed = Stream { each, failure: &mut failure };
    let result = seed.deserialize(&mut de);
    if let Some(e) = failure {
        return Err(e);
    }
    result.map_err(io::Error::other)
}

struct Stream<'a, 'f> {
    each: &'a mut dyn FnMut(&RawValue) -> io::Result<()>,
    failure: &'f mut Option<io::Error>,
}

impl<'de> DeserializeSeed<'de> for Stream<'_, '_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Stream<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a feed object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let Stream { each, failure } = self;
        while let Some(key) = map.next_key::<String>()? {
            if key == "jobs" && failure.is_none() {
                map.next_value_seed(Records { each: &mut *each, failure: &mut *failure })?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

struct Records<'a, 'f> {
    each: &'a mut dyn FnMut(&RawValue) -> io::Result<()>,
    failure: &'f mut Option<io::Error>,
}

impl<'de> DeserializeSeed<'de> for Records<'_, '_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Records<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an array of jobs")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(item) = seq.next_element::<Box<RawValue>>()? {
            if let Err(e) = (self.each)(&item) {
                *self.failure = Some(e);
                // Skip the rest: the error is returned once the document is read.
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                break;
            }
        }
        Ok(())
    }
}
