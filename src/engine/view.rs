//! Filters, sort and search turned into the ranked list of jobs the UI shows.

use crate::engine::dataset::Dataset;
use crate::engine::model::*;
use crate::engine::profile::Resolved;
use crate::engine::score::{score, uses_held_skill};
use crate::engine::text::index::Scratch;
use crate::engine::text::query::Query;

/// Hard filters the user sets; a job failing any of them never appears.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filters {
    pub city: Option<String>,
    pub county: Option<String>,
    /// Minimum wage; compared in monthly terms so 元/天 and 元/月 filter alike.
    pub min_wage: Option<(f64, WageUnit)>,
    /// Any of these settlement modes (empty: any).
    pub settlement: Vec<Settlement>,
    /// All of these safeguards.
    pub safeguards: Safeguards,
    pub housing: bool,
    pub meals: bool,
    pub flexible_hours: bool,
    pub category: Option<String>,
    /// Only jobs within this distance of home (needs coordinates on both sides).
    pub max_km: Option<f64>,
    /// Only jobs that use one of the worker's skills ([`uses_held_skill`]); no effect for a
    /// worker who has named no skill.
    pub fits: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    #[default]
    Best,
    Wage,
    Newest,
    Nearest,
}

impl Sort {
    pub const ALL: [Sort; 4] = [Sort::Best, Sort::Wage, Sort::Newest, Sort::Nearest];
    pub fn parse(s: &str) -> Option<Sort> {
        Some(match s {
            "best" => Sort::Best,
            "wage" => Sort::Wage,
            "newest" => Sort::Newest,
            "nearest" => Sort::Nearest,
            _ => return None,
        })
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Best => "best",
            Sort::Wage => "wage",
            Sort::Newest => "newest",
            Sort::Nearest => "nearest",
        }
    }
}

/// One job in the ranked list.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ranked {
    pub job: u32,
    /// Profile match, 0–1 (what `data-match` shows as a percentage).
    pub score: f32,
    /// Text relevance, 0–1 (0 without a query).
    pub relevance: f32,
    key: f32,
}

/// The ranked view: how many jobs match, and the first `items.len()` of them in order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct View {
    pub total: usize,
    /// Postings past their closing date, hidden (the list says how many).
    pub expired: usize,
    pub items: Vec<Ranked>,
}

/// With a query, text relevance leads but the profile still orders similar matches.
const QUERY_WEIGHT: f32 = 0.6;

/// The order without a profile (nothing to match on): newest first, then more wage
/// safeguards, then better pay, as one key. Days are counted back from `today`, so the key
/// stays a whole number well inside f32's exact range.
fn default_order_key(f: &crate::engine::score::JobFacts, today: i64) -> f32 {
    let age = f.posted_day().map_or(9_999, |d| (today - d).clamp(0, 9_999));
    ((9_999 - age) * 1_000 + f.safeguards.count() as i64 * 100) as f32 + f.wage_rank() as f32 * 99.0
}

impl Filters {
    /// How many filters are set (the collapsed filter bar says so).
    pub fn active_count(&self) -> usize {
        // 包吃住 is one choice setting both flags, but a link may set either alone.
        [
            self.city.is_some(),
            self.county.is_some(),
            self.category.is_some(),
            self.min_wage.is_some(),
            self.max_km.is_some(),
            !self.settlement.is_empty(),
            self.housing || self.meals,
            self.flexible_hours,
            self.fits,
        ]
        .iter()
        .filter(|b| **b)
        .count()
            + self.safeguards.count() as usize
    }

    /// The filters with place names in the catalogue's spelling (`自贡` → `自贡市`, codes
    /// → names), so they compare with jobs' normalised places.
    pub fn canonical(mut self, cat: &crate::engine::catalog::Catalog) -> Filters {
        if let Some(c) = self.city.as_deref().and_then(|c| cat.city(c)) {
            self.city = Some(c.name.clone());
        }
        if let Some((_, county)) = self.county.as_deref().and_then(|c| cat.county(c)) {
            self.county = Some(county.name.clone());
        }
        self
    }

    /// The same filters in another city (`None`: any). The county is cleared, as the filter
    /// bar does when a city is chosen: a county belongs to one city.
    pub fn with_city(self, city: Option<String>) -> Filters {
        Filters { city, county: None, ..self }
    }

    pub fn admits(&self, ds: &Dataset, ix: usize, worker: &Resolved, today: i64) -> bool {
        !is_expired(ds, ix, today) && self.admits_open(ds, ix, worker)
    }

    /// Every filter but the city and the county (expired jobs never pass): what the job list
    /// would show in some city. The work map counts these by [`filter_city`].
    pub fn admits_anywhere(&self, ds: &Dataset, ix: usize, worker: &Resolved, today: i64) -> bool {
        !is_expired(ds, ix, today) && self.admits_open_anywhere(ds, ix, worker)
    }

    /// [`Filters::admits`] for a job known not to have expired.
    fn admits_open(&self, ds: &Dataset, ix: usize, worker: &Resolved) -> bool {
        let city_ok = match (&self.city, filter_city(ds, ix)) {
            (None, _) | (_, FilterCity::Every) => true,
            (Some(want), FilterCity::Only(have)) => **want == *have,
        };
        // Remote work passes a county filter for the same reason it passes a city filter.
        let county_ok =
            ds.facts(ix).remote || self.county.as_ref().is_none_or(|c| **c == *ds.catalog().jobs[ix].county);
        city_ok && county_ok && self.admits_open_anywhere(ds, ix, worker)
    }

    /// [`Filters::admits_anywhere`] for a job known not to have expired.
    fn admits_open_anywhere(&self, ds: &Dataset, ix: usize, worker: &Resolved) -> bool {
        let job = &ds.catalog().jobs[ix];
        let facts = ds.facts(ix);
        if self.category.as_ref().is_some_and(|c| **c != *job.category) {
            return false;
        }
        // A piece-rate floor has no monthly equivalent: it filters nothing.
        if let Some((amount, Some(factor))) = self.min_wage.map(|(a, u)| (a, u.per_month())) {
            match facts.monthly() {
                Some((_, max)) if max >= amount * factor => {}
                _ => return false,
            }
        }
        if !self.settlement.is_empty() && !job.settlement.is_some_and(|s| self.settlement.contains(&s)) {
            return false;
        }
        if !facts.safeguards.contains_all(self.safeguards) {
            return false;
        }
        if (self.housing && !job.housing) || (self.meals && !job.meals) || (self.flexible_hours && !job.flexible_hours)
        {
            return false;
        }
        if self.fits && worker.has_skills() && !uses_held_skill(job, facts, worker) {
            return false;
        }
        if let Some(max) = self.max_km.filter(|_| !facts.remote) {
            match (worker.geo, facts.geo) {
                (Some(a), Some(b)) if a.km_to(b) <= max => {}
                _ => return false,
            }
        }
        true
    }
}

/// Which city filters keep a job.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilterCity<'a> {
    /// A remote job can be done from the city asked for: every city filter keeps it (the
    /// card says "remote"), rather than hiding it for having no city.
    Every,
    /// Only a filter for this city (the job's, in the catalogue's spelling; possibly empty
    /// or outside the gazetteer) keeps it.
    Only(&'a str),
}

/// The city rule of [`Filters`], for anything that must count jobs per city the way the job
/// list filters them (the work map).
pub fn filter_city(ds: &Dataset, ix: usize) -> FilterCity<'_> {
    if ds.facts(ix).remote {
        FilterCity::Every
    } else {
        FilterCity::Only(&ds.catalog().jobs[ix].city)
    }
}

/// Every job `query` matches, with its text relevance, in job order; every job (relevance 0)
/// for an empty query. The one search rule the job list and the work map share.
pub fn for_each_match(ds: &Dataset, query: &Query, scratch: &mut Scratch, mut f: impl FnMut(u32, f32)) {
    if query.is_empty() {
        for job in 0..ds.catalog().jobs.len() as u32 {
            f(job, 0.0);
        }
    } else {
        ds.job_index().for_each_hit(query, scratch, |h| f(h.doc, h.relevance));
    }
}

/// A posting past its `validThrough`: never shown, only counted.
pub fn is_expired(ds: &Dataset, ix: usize, today: i64) -> bool {
    ds.facts(ix).valid_day().is_some_and(|d| d < today)
}

/// What the user asks of the job list: everything but the profile.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Request {
    pub filters: Filters,
    pub query: Query,
    pub sort: Sort,
    /// Today as a day number (the engine has no clock).
    pub today: i64,
    /// How many ranked jobs to return; `View::total` still counts them all.
    pub limit: usize,
}

/// Every job's profile score under the current filters: computed once when the profile,
/// the filters or the day change, and reused by every keystroke.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scores {
    /// Per job: its score (0–1), or a negative value when a filter excludes it.
    score: Vec<f32>,
    admitted: usize,
    expired: usize,
    /// The day the scores were computed for.
    today: i64,
}

const EXCLUDED: f32 = -1.0;

impl Scores {
    pub fn get(&self, job: usize) -> Option<f32> {
        self.score.get(job).copied().filter(|s| *s >= 0.0)
    }
    /// How many jobs pass the filters.
    pub fn admitted(&self) -> usize {
        self.admitted
    }
    /// How many postings are past their closing date (hidden whatever the filters).
    pub fn expired(&self) -> usize {
        self.expired
    }
}

pub fn score_all(ds: &Dataset, worker: &Resolved, filters: &Filters, today: i64) -> Scores {
    let (mut admitted, mut expired) = (0, 0);
    let score = (0..ds.catalog().jobs.len())
        .map(|i| {
            if is_expired(ds, i, today) {
                expired += 1;
                EXCLUDED
            } else if filters.admits_open(ds, i, worker) {
                admitted += 1;
                score(&ds.catalog().jobs[i], ds.facts(i), worker, today) as f32
            } else {
                EXCLUDED
            }
        })
        .collect();
    Scores { score, admitted, expired, today }
}

/// Ranks the jobs that pass the filters and match the query, returning the first `limit`.
pub fn rank(ds: &Dataset, worker: &Resolved, req: &Request, scratch: &mut Scratch) -> View {
    let scores = score_all(ds, worker, &req.filters, req.today);
    rank_scored(ds, worker, &scores, &req.query, req.sort, req.limit, scratch)
}

/// [`rank`] with the scores already computed: what a keystroke costs.
pub fn rank_scored(
    ds: &Dataset,
    worker: &Resolved,
    scores: &Scores,
    query: &Query,
    sort: Sort,
    limit: usize,
    scratch: &mut Scratch,
) -> View {
    let no_profile = worker.is_empty();
    let key = |job: usize, s: f32, relevance: f32| match sort {
        Sort::Best if relevance > 0.0 => QUERY_WEIGHT * relevance + (1.0 - QUERY_WEIGHT) * s,
        Sort::Best if no_profile => default_order_key(ds.facts(job), scores.today),
        Sort::Best => s,
        Sort::Wage => ds.facts(job).monthly().map_or(-1.0, |(_, max)| max as f32),
        Sort::Newest => ds.facts(job).posted_day().map_or(f32::MIN, |d| d as f32),
        Sort::Nearest => match (worker.geo, ds.catalog().jobs[job].geo) {
            (Some(a), Some(b)) => -(a.km_to(b) as f32),
            _ => f32::MIN,
        },
    };
    // Ties break by the feed's id so equal inputs always give equal rankings.
    let order = |a: &Ranked, b: &Ranked| {
        b.key
            .total_cmp(&a.key)
            .then_with(|| b.score.total_cmp(&a.score))
            .then_with(|| ds.id_rank(a.job as usize).cmp(&ds.id_rank(b.job as usize)))
    };
    let mut top = TopK::new(limit);
    let mut offer = |job: u32, s: f32, relevance: f32| {
        if s >= 0.0 {
            top.offer(Ranked { job, score: s, relevance, key: key(job as usize, s, relevance) }, order);
        }
    };
    // Scores from another load (or none yet) exclude what they do not cover.
    for_each_match(ds, query, scratch, |job, relevance| {
        offer(job, scores.score.get(job as usize).copied().unwrap_or(EXCLUDED), relevance)
    });
    let total = top.seen;
    View { total, expired: scores.expired(), items: top.finish(order, limit) }
}

/// The best `limit` of a stream under an order, in O(1) per rejected item: a page is 30 of
/// up to 100k jobs, and nearly all of them lose to the current worst kept on the first compare.
/// Replacing the worst costs O(limit), so past [`TopK::KEPT`] (many pages shown) it keeps
/// everything and selects at the end instead.
struct TopK {
    items: Vec<Ranked>,
    limit: usize,
    /// Position of the worst kept item, once `items` is full.
    worst: usize,
    /// The worst kept key once full: anything below it is rejected on one compare.
    floor: f32,
    seen: usize,
}

impl TopK {
    const KEPT: usize = 256;

    fn new(limit: usize) -> TopK {
        let keep = if limit <= Self::KEPT { limit } else { usize::MAX };
        TopK { items: Vec::with_capacity(limit.min(1024)), limit: keep, worst: 0, floor: f32::MIN, seen: 0 }
    }

    fn finish(mut self, order: impl Fn(&Ranked, &Ranked) -> std::cmp::Ordering, limit: usize) -> Vec<Ranked> {
        if limit < self.items.len() {
            let items = &self.items;
            let best = crate::engine::order::select_positions(items.len(), limit, &|a, b| order(&items[a], &items[b]));
            self.items = best[..limit].iter().map(|&i| self.items[i as usize]).collect();
        }
        crate::engine::order::sort_by(&mut self.items, order);
        self.items
    }

    #[inline]
    fn offer(&mut self, r: Ranked, order: impl Fn(&Ranked, &Ranked) -> std::cmp::Ordering) {
        self.seen += 1;
        if r.key < self.floor {
            return;
        }
        if self.items.len() < self.limit {
            self.items.push(r);
            if self.items.len() == self.limit {
                self.find_worst(&order);
            }
            return;
        }
        let Some(worst) = self.items.get(self.worst) else { return };
        if order(&r, worst) != std::cmp::Ordering::Less {
            return;
        }
        self.items[self.worst] = r;
        self.find_worst(&order);
    }

    #[cold]
    fn find_worst(&mut self, order: impl Fn(&Ranked, &Ranked) -> std::cmp::Ordering) {
        self.worst = (0..self.items.len())
            .reduce(|w, i| if order(&self.items[i], &self.items[w]).is_gt() { i } else { w })
            .unwrap_or(0);
        self.floor = self.items.get(self.worst).map_or(f32::MIN, |r| r.key);
    }
}

/// Skills for an autocomplete: the best `limit` matches of `text` (hanzi, pinyin, initials,
/// English, aliases), most relevant first, ties by the catalogue's order.
pub fn search_skills(ds: &Dataset, text: &str, limit: usize, scratch: &mut Scratch) -> Vec<u32> {
    let mut hits: Vec<(u32, f32)> =
        ds.skill_index().search(&Query::parse(text), scratch).iter().map(|h| (h.doc, h.relevance)).collect();
    crate::engine::order::sort_by(&mut hits, |a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    hits.truncate(limit);
    hits.into_iter().map(|(s, _)| s).collect()
}

/// Courses matching `query`, most relevant first (ties by id): the query box also finds
/// course titles, providers and taught skills.
pub fn search_courses(ds: &Dataset, query: &Query, scratch: &mut Scratch) -> Vec<u32> {
    let mut hits: Vec<(u32, f32)> =
        ds.course_index().search(query, scratch).iter().map(|h| (h.doc, h.relevance)).collect();
    let courses = &ds.catalog().courses;
    crate::engine::order::sort_by(&mut hits, |a, b| {
        b.1.total_cmp(&a.1).then_with(|| courses[a.0 as usize].id.cmp(&courses[b.0 as usize].id))
    });
    hits.into_iter().map(|(c, _)| c).collect()
}
