//! Everything derived from the loaded feeds, built once per load: the merged catalogue,
//! per-job facts, the search indexes and the load's problems. Keystrokes and profile
//! changes only read it.
//!
//! The search indexes are built on first use rather than with the rest: the first results
//! (no query, or a profile's ranking) need none of them, and building them is most of a
//! start-up's work. The widget builds them after the first results are painted
//! ([`Dataset::build_next_index`]), one a task; a search before then builds what it needs.
//! A pack's rebuild, which replaces a dataset being searched, builds the job index as one of
//! its parts instead ([`Indexing::with_job_index`]).

use crate::engine::catalog::Catalog;
use crate::engine::feed::{self, FeedError, LoadOptions, Origin, Problems, RawFeed};
use crate::engine::hash::{slot, FastMap, NumMap};
use crate::engine::model::{Currency, Job, SharedText, SkillRef};
use crate::engine::score::{job_facts, JobFacts};
use crate::engine::text::index::{Builder, Field, Group, Index};
use std::cell::OnceCell;

/// The default feed, for host-side tests, benchmarks and tools. The browser build does
/// not compile it in: it ships beside the app as `data/default-feed.json` and is fetched at
/// start, so it stays out of the wasm (and out of the code-size budget).
#[cfg(not(target_arch = "wasm32"))]
pub const DEFAULT_FEED: &str = include_str!("../../data/default-feed.json");

/// One named feed of a load: its bytes, or why the loader could not fetch them, and where
/// they came from.
#[derive(Clone, Debug)]
pub struct Source<'a> {
    pub bytes: Result<&'a [u8], FeedError>,
    pub origin: Origin<'a>,
}

impl<'a> Source<'a> {
    pub fn bytes(bytes: &'a [u8]) -> Source<'a> {
        Source { bytes: Ok(bytes), origin: Origin::default() }
    }
}

/// What became of one named feed.
#[derive(Clone, Debug, PartialEq)]
pub enum FeedStatus {
    /// Read; `jobs` job records kept (before merging with the other feeds).
    Loaded { jobs: usize },
    /// Nothing of it could be used, or it had job records and all were broken.
    Failed(FeedError),
}

/// The feeds of a load read and merged, before anything is derived from them.
pub struct Assembled {
    catalog: Catalog,
    problems: Problems,
    feeds: Vec<FeedStatus>,
}

impl Assembled {
    /// The second half of a load: facts and indexes.
    pub fn index(self) -> Dataset {
        self.indexing().finish()
    }

    /// [`Assembled::index`] in steps.
    pub fn indexing(self) -> Indexing {
        let currency = main_currency(&self.catalog);
        let mut indexing = Indexing::new(self.catalog, self.problems, currency);
        indexing.ds.feeds = self.feeds;
        indexing
    }
}

/// What is derived from a catalogue, a part per step — the facts, then the rest — so that
/// the browser can paint and take input between them. (The search indexes come later, on
/// first use: see the module's comment.)
pub struct Indexing {
    ds: Dataset,
    /// The next part to derive.
    part: u8,
    /// The job index is a part too (see [`Indexing::with_job_index`]).
    job_index: bool,
}

impl Indexing {
    /// The parts of a dataset over `catalog`, comparing wages in `currency`.
    pub fn new(catalog: Catalog, problems: Problems, currency: Currency) -> Self {
        Indexing { ds: Dataset { catalog, problems, currency, ..Dataset::default() }, part: 0, job_index: false }
    }

    /// Builds the job index as a part of its own, before the dataset is handed over: for a
    /// dataset that replaces one the worker may be searching (a pack's next shards), where
    /// a keystroke would otherwise build it for 1M jobs.
    pub fn with_job_index(mut self) -> Self {
        self.job_index = true;
        self
    }

    /// Derives the next part; true once all are.
    pub fn step(&mut self) -> bool {
        let ds = &mut self.ds;
        match self.part {
            0 => ds.facts = job_facts(&ds.catalog, ds.currency),
            1 => {
                ds.id_rank = id_ranks(&ds.catalog.jobs);
                ds.categories = categories(&ds.catalog.jobs);
            }
            2 if self.job_index => {
                ds.job_index();
            }
            _ => return true,
        }
        self.part += 1;
        self.part == if self.job_index { 3 } else { 2 }
    }

    pub fn finish(mut self) -> Dataset {
        while !self.step() {}
        self.ds
    }
}

/// About how many bytes of a feed's top level are read in the time a byte of its records is
/// (the default feed's, in Chromium at 4× CPU: 15–28 KB/ms against 4.0–4.8 KB/ms; ten times
/// on this machine's host build), so that a step's budget takes about as long in either and
/// the caller's slices, each sized by how long the last took, stay short when the reading
/// passes from one to the other.
const TOP_LEVEL_PER_RECORD_BYTE: usize = 4;

/// The feeds of a load being read, a step at a time: the default feed first, then each
/// named feed in order. [`Dataset::assemble`] is this run to the end in one step, so a load
/// read in steps is the same load (`tests/hostile_feeds.rs` holds them equal).
pub struct Assembly<'a> {
    default: &'a [u8],
    feeds: &'a [Source<'a>],
    opts: LoadOptions,
    problems: Problems,
    /// The feed being read: 0 is the default, `n` is `feeds[n - 1]`; its top level while
    /// that is read, then its records.
    at: usize,
    opening: Option<feed::Opening<'a>>,
    reading: Option<feed::Opened<'a>>,
    base: RawFeed,
    raws: Vec<RawFeed>,
    status: Vec<FeedStatus>,
}

impl<'a> Assembly<'a> {
    pub fn new(default: &'a [u8], feeds: &'a [Source<'a>], opts: LoadOptions) -> Self {
        Assembly {
            default,
            feeds,
            opts,
            problems: Problems::default(),
            at: 0,
            opening: None,
            reading: None,
            base: RawFeed::default(),
            raws: Vec::with_capacity(feeds.len()),
            status: Vec::with_capacity(feeds.len()),
        }
    }

    /// Reads about `budget` more bytes of a feed's records, or as long's worth of its top level
    /// ([`TOP_LEVEL_PER_RECORD_BYTE`]), at least a record or a field; true once every feed is
    /// read. A step ends at the end of a feed's top level and at the end of a feed, so a step
    /// never reads two of them.
    pub fn step(&mut self, budget: usize) -> bool {
        loop {
            if let Some(reading) = &mut self.reading {
                if !reading.step(budget, &mut self.problems) {
                    return false;
                }
                if let Some(reading) = self.reading.take() {
                    let (raw, _) = reading.finish(&mut self.problems);
                    self.keep(raw);
                }
                self.at += 1;
                return self.at > self.feeds.len();
            }
            if let Some(opening) = &mut self.opening {
                if !opening.step(budget.saturating_mul(TOP_LEVEL_PER_RECORD_BYTE)) {
                    return false;
                }
                if let Some(opening) = self.opening.take() {
                    match opening.finish(&mut self.problems) {
                        Ok(opened) => self.reading = Some(opened),
                        Err(e) => self.failed(e),
                    }
                }
                return false;
            }
            if self.at > self.feeds.len() {
                return true;
            }
            match self.start() {
                Ok(opening) => self.opening = Some(opening),
                Err(e) => self.failed(e),
            }
        }
    }

    fn start(&self) -> Result<feed::Opening<'a>, FeedError> {
        if self.at == 0 {
            // The default has no size limit: it is ours.
            let unlimited = LoadOptions { max_bytes: usize::MAX, ..self.opts };
            return feed::start(self.default, 0, unlimited, Origin::default());
        }
        let source = &self.feeds[self.at - 1];
        let bytes = source.bytes.clone()?;
        feed::start(bytes, self.at, self.opts, source.origin)
    }

    /// Passes over a feed that gave nothing.
    fn failed(&mut self, e: FeedError) {
        // The default is ours and has no failure to report: without it the catalogue is
        // whatever the named feeds give.
        if self.at > 0 {
            self.status.push(FeedStatus::Failed(e));
        }
        self.at += 1;
    }

    /// Files a feed that was read: the default's lists, or a named feed's with its status.
    fn keep(&mut self, raw: RawFeed) {
        if self.at == 0 {
            self.base = raw;
            return;
        }
        let jobs = raw.jobs.as_ref().map_or(0, Vec::len);
        self.status.push(if jobs == 0 && raw.job_records > 0 {
            FeedStatus::Failed(FeedError::OnlyBrokenRecords { records: raw.job_records })
        } else {
            FeedStatus::Loaded { jobs }
        });
        self.raws.push(raw);
    }

    /// The feeds merged into one catalogue (reading whatever is left first).
    pub fn finish(mut self) -> Assembled {
        while !self.step(usize::MAX) {}
        let Assembly { feeds, mut problems, base, raws, mut status, .. } = self;
        // Named feeds that read fine but, together, gave no jobs: say so of each.
        if status.iter().all(|s| matches!(s, FeedStatus::Loaded { jobs: 0 } | FeedStatus::Failed(_))) {
            for s in &mut status {
                if *s == (FeedStatus::Loaded { jobs: 0 }) {
                    *s = FeedStatus::Failed(FeedError::NoPostings);
                }
            }
        }
        let catalog = Catalog::assemble(base, raws, feeds.is_empty(), &mut problems);
        Assembled { catalog, problems, feeds: status }
    }
}

/// Everything one load produced. **API boundary:** read only through the accessors below;
/// the fields are private so that what is derived from what (facts from jobs, indexes from
/// texts) stays this module's business.
#[derive(Clone, Debug, Default)]
pub struct Dataset {
    catalog: Catalog,
    facts: Vec<JobFacts>,
    /// The search indexes, each built on first use (see the module's comment).
    job_index: OnceCell<Index>,
    course_index: OnceCell<Index>,
    /// Skills by name, English name and alias: the profile editor's autocomplete.
    skill_index: OnceCell<Index>,
    /// Each job's position in id order, for deterministic tie-breaks.
    id_rank: Vec<u32>,
    problems: Problems,
    /// The named feeds (`data=`, a host page's JSON-LD) in load order; feed `n` of the
    /// problems is `feeds[n - 1]`. Empty when the default feed is the only one.
    feeds: Vec<FeedStatus>,
    /// The currency wages are compared in: the one most jobs with a comparable wage are
    /// paid in (renminbi when none is).
    currency: Currency,
    /// The jobs' distinct industry categories, sorted: the filter's options.
    categories: Vec<SharedText>,
}

/// A dataset taken apart, for memory measurements that drop one part at a time.
pub struct DatasetParts {
    pub catalog: Catalog,
    pub facts: Vec<JobFacts>,
    pub job_index: Index,
    pub other_indexes: (Index, Index),
    pub rest: (Vec<u32>, Problems, Vec<SharedText>),
}

impl Dataset {
    /// Loads `feeds` (in order) over the default feed.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn load(feeds: &[&[u8]], opts: LoadOptions) -> Dataset {
        Dataset::load_over(DEFAULT_FEED.as_bytes(), feeds, opts)
    }

    /// Loads `feeds` over a given default (tests and benchmarks use their own).
    pub fn load_over(default: &[u8], feeds: &[&[u8]], opts: LoadOptions) -> Dataset {
        let sources: Vec<Source> = feeds.iter().map(|b| Source::bytes(b)).collect();
        Dataset::load_sources(default, &sources, opts)
    }

    /// Loads the named `feeds` over `default`. Jobs come only from the named feeds when
    /// there are any: the default's sample jobs never stand in for a feed that failed.
    pub fn load_sources(default: &[u8], feeds: &[Source], opts: LoadOptions) -> Dataset {
        Dataset::assemble(default, feeds, opts).index()
    }

    /// The first half of [`Dataset::load_sources`]: the feeds read and merged into one
    /// catalogue. The browser reads in steps instead ([`Assembly`]), yielding between them.
    pub fn assemble(default: &[u8], feeds: &[Source], opts: LoadOptions) -> Assembled {
        Assembly::new(default, feeds, opts).finish()
    }

    pub fn from_catalog(catalog: Catalog, problems: Problems) -> Dataset {
        let currency = main_currency(&catalog);
        Dataset::from_catalog_in(catalog, problems, currency)
    }

    /// [`Dataset::from_catalog`] comparing wages in `currency` (a pack decides it over all
    /// its jobs, so a partly loaded pack compares like the whole one).
    pub fn from_catalog_in(catalog: Catalog, problems: Problems, currency: Currency) -> Dataset {
        Indexing::new(catalog, problems, currency).finish()
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }
    pub fn jobs(&self) -> &[Job] {
        &self.catalog.jobs
    }
    pub fn job(&self, ix: usize) -> &Job {
        &self.catalog.jobs[ix]
    }
    /// What scoring reads of job `ix` (`facts(ix)` describes `job(ix)`).
    pub fn facts(&self, ix: usize) -> &JobFacts {
        &self.facts[ix]
    }
    pub fn job_facts(&self) -> &[JobFacts] {
        &self.facts
    }
    pub fn job_index(&self) -> &Index {
        self.job_index.get_or_init(|| job_index(&self.catalog))
    }
    pub fn course_index(&self) -> &Index {
        self.course_index.get_or_init(|| course_index(&self.catalog))
    }
    pub fn skill_index(&self) -> &Index {
        self.skill_index.get_or_init(|| skill_index(&self.catalog))
    }

    /// Builds the next search index not built yet (jobs first, the one typing needs);
    /// false once there was none left. A step is one index: the widget runs one per task.
    pub fn build_next_index(&self) -> bool {
        if self.job_index.get().is_none() {
            self.job_index();
        } else if self.skill_index.get().is_none() {
            self.skill_index();
        } else if self.course_index.get().is_none() {
            self.course_index();
        } else {
            return false;
        }
        true
    }
    /// Job `ix`'s position in id order (ties in a ranking break by it).
    pub fn id_rank(&self, ix: usize) -> u32 {
        self.id_rank[ix]
    }
    pub fn problems(&self) -> &Problems {
        &self.problems
    }
    /// What became of each named feed, in load order.
    pub fn feeds(&self) -> &[FeedStatus] {
        &self.feeds
    }
    pub fn currency(&self) -> Currency {
        self.currency
    }
    /// The jobs' distinct categories, sorted (derived once per load, not per render).
    pub fn categories(&self) -> &[SharedText] {
        &self.categories
    }

    pub fn into_parts(mut self) -> DatasetParts {
        let cat = &self.catalog;
        let job_index = self.job_index.take().unwrap_or_else(|| job_index(cat));
        let course_index = self.course_index.take().unwrap_or_else(|| course_index(cat));
        let skill_index = self.skill_index.take().unwrap_or_else(|| skill_index(cat));
        DatasetParts {
            catalog: self.catalog,
            facts: self.facts,
            job_index,
            other_indexes: (course_index, skill_index),
            rest: (self.id_rank, self.problems, self.categories),
        }
    }

    /// A job's position by its feed id.
    pub fn job_by_id(&self, id: &str) -> Option<usize> {
        self.catalog.jobs.iter().position(|j| &*j.id == id)
    }

    /// Named feeds that gave nothing: their position in the load order (0-based) and why.
    pub fn failed_feeds(&self) -> impl Iterator<Item = (usize, &FeedError)> {
        self.feeds.iter().enumerate().filter_map(|(i, s)| match s {
            FeedStatus::Failed(e) => Some((i, e)),
            FeedStatus::Loaded { .. } => None,
        })
    }
}

/// Each job's position in id order (equal ids in feed order), for deterministic tie-breaks.
fn id_ranks(jobs: &[Job]) -> Vec<u32> {
    // The ids side by side first: each compare then reads two texts, not two jobs as well.
    let ids: Vec<&str> = jobs.iter().map(|j| &*j.id).collect();
    let by_id = crate::engine::order::sorted_positions(ids.len(), &|a, b| ids[a].cmp(ids[b]));
    let mut id_rank = vec![0; by_id.len()];
    for (rank, job) in by_id.into_iter().enumerate() {
        id_rank[job as usize] = rank as u32;
    }
    id_rank
}

/// The jobs' distinct categories, sorted.
fn categories(jobs: &[Job]) -> Vec<SharedText> {
    // Equal texts are mostly one shared copy: drop repeats by address before sorting the
    // few dozen that remain.
    let mut seen = NumMap::default();
    let mut categories: Vec<SharedText> = jobs
        .iter()
        .map(|j| &j.category)
        .filter(|c| !c.is_empty() && seen.insert(c.as_ptr() as usize, 0).is_none())
        .cloned()
        .collect();
    crate::engine::order::sort_by(&mut categories, |a, b| a.cmp(b));
    categories.dedup();
    categories
}

/// How many jobs with a comparable wage (a known period) are paid in each currency. A list,
/// not a hash map: feeds name a handful of currencies, and each map type puts its own copy
/// of the hash table's code into the wasm.
#[derive(Clone, Debug, Default)]
pub struct CurrencyTally(Vec<(Currency, usize)>);

impl CurrencyTally {
    fn add(&mut self, c: Currency) {
        match self.0.iter_mut().find(|(k, _)| *k == c) {
            Some((_, n)) => *n += 1,
            None => self.0.push((c, 1)),
        }
    }
}

/// Counts `job` into the tally (the packer counts a streamed pack's jobs one at a time).
pub fn tally_currency(counts: &mut CurrencyTally, job: &Job) {
    if let Some(w) = job.wage {
        if let (Some(c), Some(_)) = (w.currency, w.monthly()) {
            counts.add(c);
        }
    }
}

/// The currency most jobs with a comparable wage are paid in; renminbi on a tie or when no
/// job states one.
pub fn pick_currency(counts: &CurrencyTally) -> Currency {
    let cny = counts.0.iter().find(|(c, _)| *c == Currency::CNY).map_or(0, |(_, n)| *n);
    counts
        .0
        .iter()
        .filter(|(_, n)| *n > cny)
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        .map_or(Currency::CNY, |(c, _)| *c)
}

fn main_currency(cat: &Catalog) -> Currency {
    let mut counts = CurrencyTally::default();
    cat.jobs.iter().for_each(|j| tally_currency(&mut counts, j));
    pick_currency(&counts)
}

fn skill_texts(cat: &Catalog, ix: u32) -> impl Iterator<Item = &str> {
    let s = &cat.skills[ix as usize];
    [s.name.as_str(), s.en.as_str()].into_iter().chain(s.aliases.iter().map(String::as_str))
}

/// Groups for texts many jobs share (a skill's names, a brand, a place, a category): each
/// text is stored once and reaches its jobs through the group.
struct SharedGroups<'a> {
    skills: Vec<Option<Group>>,
    brands: Vec<Option<Group>>,
    /// A category's ([0]) or a place's ([1]) group: an index into `groups`, by text
    /// (`&str → u32` is a map shape the index builder has already; see `NumMap`).
    named: [FastMap<&'a str, u32>; 2],
    groups: Vec<Group>,
}

impl<'a> SharedGroups<'a> {
    fn new(cat: &Catalog) -> Self {
        SharedGroups {
            skills: vec![None; cat.skills.len()],
            brands: vec![None; cat.brands.len()],
            named: Default::default(),
            groups: Vec::new(),
        }
    }

    fn skill(&mut self, b: &mut Builder<'a>, cat: &'a Catalog, ix: u32) -> Group {
        *self.skills[ix as usize].get_or_insert_with(|| {
            let g = b.group();
            skill_texts(cat, ix).for_each(|t| b.add_to_group(g, Field::Skill, t));
            g
        })
    }

    fn brand(&mut self, b: &mut Builder<'a>, cat: &'a Catalog, ix: u32) -> Group {
        *self.brands[ix as usize].get_or_insert_with(|| {
            let g = b.group();
            let br = &cat.brands[ix as usize];
            b.add_to_group(g, Field::Brand, &br.name);
            b.add_to_group(g, Field::Brand, &br.en);
            g
        })
    }

    fn named(&mut self, b: &mut Builder<'a>, field: Field, text: &'a str) -> Group {
        let at = slot(&mut self.named[usize::from(field == Field::Place)], text, &mut self.groups, || {
            let g = b.group();
            b.add_to_group(g, field, text);
            g
        });
        self.groups[at]
    }
}

/// The job search index: titles and employers per job; skills, brands, places and
/// categories through shared groups.
pub fn job_index(cat: &Catalog) -> Index {
    let mut b = Index::builder();
    let mut shared = SharedGroups::new(cat);
    for (i, job) in cat.jobs.iter().enumerate() {
        let doc = i as u32;
        b.add(doc, Field::Title, &job.title);
        b.add(doc, Field::Employer, &job.employer);
        for (field, text) in [(Field::Category, &job.category), (Field::Place, &job.city), (Field::Place, &job.county)]
        {
            if !text.is_empty() {
                let g = shared.named(&mut b, field, text);
                b.join(g, doc);
            }
        }
        for r in &job.requires {
            match &r.skill {
                SkillRef::Known(ix) => {
                    let g = shared.skill(&mut b, cat, *ix);
                    b.join(g, doc);
                }
                SkillRef::Text(t) => b.add(doc, Field::Skill, t),
            }
        }
        for brand in &job.prefers_brands {
            let g = shared.brand(&mut b, cat, *brand);
            b.join(g, doc);
        }
    }
    b.docs(cat.jobs.len());
    b.finish()
}

/// The skill index: one document per skill. The autocomplete shows the name (or the
/// English name), so aliases are found by what is typed in full, not by initials.
pub fn skill_index(cat: &Catalog) -> Index {
    let mut b = Index::builder();
    for i in 0..cat.skills.len() as u32 {
        let s = &cat.skills[i as usize];
        b.add(i, Field::Title, &s.name);
        b.add(i, Field::Title, &s.en);
        s.aliases.iter().for_each(|t| b.add(i, Field::Alias, t));
        b.add(i, Field::Category, &cat.skills[i as usize].category);
    }
    b.docs(cat.skills.len());
    b.finish()
}

/// The course search index: titles, providers, places, taught skills.
pub fn course_index(cat: &Catalog) -> Index {
    let mut b = Index::builder();
    let mut shared = SharedGroups::new(cat);
    for (i, c) in cat.courses.iter().enumerate() {
        let doc = i as u32;
        b.add(doc, Field::Title, &c.title);
        b.add(doc, Field::Employer, &c.provider);
        b.add(doc, Field::Place, &c.city);
        for t in &c.teaches {
            let g = shared.skill(&mut b, cat, t.skill);
            b.join(g, doc);
        }
    }
    b.docs(cat.courses.len());
    b.finish()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::{pick_currency, Currency, CurrencyTally};
    use crate::engine::hash::FastMap;
    use proptest::prelude::*;

    /// The tally as first written, a hash map (the oracle for the list).
    fn pick_from_map(currencies: &[Currency]) -> Currency {
        let mut counts: FastMap<Currency, usize> = FastMap::default();
        currencies.iter().for_each(|c| *counts.entry(*c).or_default() += 1);
        let cny = counts.get(&Currency::CNY).copied().unwrap_or(0);
        counts
            .iter()
            .filter(|(_, n)| **n > cny)
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map_or(Currency::CNY, |(c, _)| *c)
    }

    proptest! {
        #[test]
        fn the_list_picks_what_the_map_picked(codes in proptest::collection::vec("(CNY|EUR|USD|AUD|GBP)", 0..40)) {
            let currencies: Vec<Currency> = codes.iter().filter_map(|c| Currency::parse(c)).collect();
            let mut tally = CurrencyTally::default();
            currencies.iter().for_each(|c| tally.add(*c));
            prop_assert_eq!(pick_currency(&tally), pick_from_map(&currencies));
        }
    }
}
