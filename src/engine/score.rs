//! How well a job fits a worker: weights, per-job facts precomputed once per catalogue,
//! the score, and the explanation behind it.
//!
//! Every component is in 0..=1 and the weights sum to 1, so a score reads as a percentage.

use crate::engine::catalog::Catalog;
use crate::engine::fees::asks_fee;
use crate::engine::hash::{slot, FastMap, NumMap};
use crate::engine::mentions::SkillNames;
use crate::engine::model::*;
use crate::engine::order;
use crate::engine::profile::{Need, Resolved};

/// Skills decide most: a worker who cannot do the job should not see it first.
pub const W_SKILLS: f64 = 0.45;
/// Place matters next: migrant workers weigh travel and living costs heavily.
pub const W_PLACE: f64 = 0.15;
/// Wage fit: meeting the worker's wish, or else a good wage for the feed.
pub const W_WAGE: f64 = 0.12;
/// A held 川字号 brand certificate the employer asks for; the brand is the plan's lever.
pub const W_BRAND: f64 = 0.10;
/// Wage-payment safeguards (contract, insurance, wage account/deposit) protect against
/// unpaid wages, the most common harm; they lift a job but never outrank skills.
pub const W_SAFEGUARDS: f64 = 0.10;
/// Fresh postings are more likely still open.
pub const W_RECENCY: f64 = 0.08;

/// A posting that asks the worker to pay up front (a known scam pattern) keeps only this
/// share of its score: still listed, with a warning, but never near the top by default.
pub const FEE_PENALTY: f64 = 0.6;

/// Each stated need a job does not meet (housing, flexible hours, a women-returner-friendly
/// job) keeps this share of its score: the job stays listed, below those that fit the need.
pub const UNMET_NEED: f64 = 0.85;

/// Skill credit of a job that lists no skill we can judge: below a job that uses one of the
/// worker's skills, above one that asks for skills they lack.
pub const NO_SKILLS_LISTED: f64 = 0.25;
/// Skill credit of such a job whose title or description names one of the worker's skills:
/// evidence it uses it, a little below a stated requirement met at the worker's level.
pub const MENTIONED: f64 = 0.9;

/// Credit for a skill held below the required level: between these, rising with the level,
/// so a near-miss ranks above a missing skill but below a met one.
const BELOW_LEVEL_FLOOR: f64 = 0.3;
const BELOW_LEVEL_SPAN: f64 = 0.4;
/// Postings older than this many days get no recency credit.
const RECENCY_DAYS: f64 = 90.0;
/// Distance at which place credit reaches its floor, when coordinates are known.
const FAR_KM: f64 = 300.0;

/// Place tiers when no distance is known.
const PLACE_SAME_COUNTY: f64 = 1.0;
const PLACE_SAME_CITY: f64 = 0.75;
const PLACE_IN_PROVINCE: f64 = 0.4;
const PLACE_ELSEWHERE: f64 = 0.1;
/// No home place given: every job is equally near.
const PLACE_UNKNOWN: f64 = 0.5;
/// Wage credit without a wish: from this floor, rising over this span with the wage's rank.
const NO_WISH_FLOOR: f64 = 0.3;
const NO_WISH_SPAN: f64 = 0.4;
/// A job with no wage stated gets little wage credit.
const WAGE_UNSTATED: f64 = 0.3;

/// Facts about one job that do not depend on the worker, computed once per catalogue.
#[derive(Clone, Debug)]
pub struct JobFacts {
    /// Monthly wage range, when comparable across units (see [`JobFacts::monthly`]).
    /// Rows are stored narrow (f32 wages, i32 days): at 100k jobs the facts are a tenth
    /// of the engine's memory, and a re-rank reads all of them.
    monthly: Option<(f32, f32)>,
    /// Where the job's monthly midpoint sits among all jobs' (0 lowest … 1 highest).
    wage_rank: f32,
    posted_day: Option<i32>,
    valid_day: Option<i32>,
    /// Text asks the worker to pay up front (押金, 培训费…), a known scam pattern.
    pub asks_fee: bool,
    pub in_province: bool,
    /// Hashes of the city and county names, so place tiers compare integers.
    pub city_key: u64,
    pub county_key: u64,
    /// What scoring reads of the job, kept here so a re-rank walks compact rows instead
    /// of whole `Job`s (the re-rank is bound by memory traffic, not arithmetic).
    pub geo: Option<Geo>,
    pub safeguards: Safeguards,
    pub housing: bool,
    pub flexible_hours: bool,
    pub women_friendly: bool,
    /// The job says what it pays, but not in a way that compares with the others: another
    /// currency than the feed's, no period, or text ("面议", "8-10 triệu").
    pub wage_not_comparable: bool,
    /// Work from anywhere: place filters keep it.
    pub remote: bool,
    /// For a job that lists no skill we can judge: the catalogue skills its title (first)
    /// and description name, packed `skill << 1 | in_title`.
    mentions: Inline,
    /// Up to [`INLINE`] requirements, each packed as `skill << 4 | level` (level 0–5;
    /// [`UNRESOLVED`] for free text), and preferred brands; when a job has more, the
    /// lists are not inline and scoring reads the job.
    reqs: Inline,
    brands: Inline,
}

/// A requirement given as text that names no skill: it never counts as held.
const UNRESOLVED: u32 = u32::MAX >> 4;

impl JobFacts {
    pub fn monthly(&self) -> Option<(f64, f64)> {
        self.monthly.map(|(a, b)| (a as f64, b as f64))
    }
    /// The middle of the monthly range: the one figure by which a job's wage is compared
    /// with others' (medians, wage pictures, course uplift). `None` when the wage does not
    /// compare (see [`JobFacts::monthly`]).
    pub fn monthly_mid(&self) -> Option<f64> {
        self.monthly().map(|(a, b)| (a + b) / 2.0)
    }
    pub fn wage_rank(&self) -> f64 {
        self.wage_rank as f64
    }
    pub fn posted_day(&self) -> Option<i64> {
        self.posted_day.map(i64::from)
    }
    pub fn valid_day(&self) -> Option<i64> {
        self.valid_day.map(i64::from)
    }
}

/// How many requirements or brands fit inline in [`JobFacts`].
pub const INLINE: usize = 4;

/// A short list of u32 stored in place, or a note that it did not fit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Inline {
    items: [u32; INLINE],
    /// `u8::MAX`: the list is longer than [`INLINE`] and not stored.
    len: u8,
}

impl Inline {
    fn from_iter(items: impl ExactSizeIterator<Item = u32>) -> Self {
        let mut out = Inline { items: [0; INLINE], len: u8::MAX };
        if items.len() <= INLINE {
            out.len = items.len() as u8;
            for (slot, x) in out.items.iter_mut().zip(items) {
                *slot = x;
            }
        }
        out
    }
    pub fn get(&self) -> Option<&[u32]> {
        self.items.get(..self.len as usize)
    }
}

/// A place name's key (0 for none), comparable with [`Resolved::city_key`].
pub fn place_key(name: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    if name.is_empty() {
        return 0;
    }
    let mut h = crate::engine::hash::FastHasher::default();
    name.hash(&mut h);
    h.finish() | 1
}

/// Facts for every job; wages compare only in `currency` (the dataset's).
pub fn job_facts(cat: &Catalog, currency: Currency) -> Vec<JobFacts> {
    let monthly: Vec<Option<(f32, f32)>> = cat
        .jobs
        .iter()
        .map(|j| {
            let w = j.wage.filter(|w| w.currency == Some(currency))?;
            w.monthly().map(|(a, b)| (a as f32, b as f32))
        })
        .collect();
    // Sorted by the engine's radix sort over every job (linear, and no second sort in the wasm).
    let mut mids: Vec<u32> = monthly.iter().flatten().map(|(a, b)| order::f32_key((a + b) / 2.0)).collect();
    order::sort_u32(&mut mids);
    let mids: Vec<f32> = mids.into_iter().map(order::key_f32).collect();
    // Jobs share a few dozen place names and, being shared texts, often their
    // descriptions: look each up once (texts by address, since equal ones are one copy).
    // Cities and counties share one memo: (whether a city of the gazetteer, the place key),
    // an index into `place_facts` (`&str → u32` is a map shape the index has already).
    let mut places: FastMap<&str, u32> = FastMap::default();
    let mut place_facts: Vec<(bool, u64)> = Vec::new();
    let mut place = |text| {
        let at = slot(&mut places, text, &mut place_facts, || (cat.city(text).is_some(), place_key(text)));
        place_facts[at]
    };
    let mut fees = NumMap::default();
    let mut fee = |text: &str| *fees.entry(text.as_ptr() as usize).or_insert_with(|| asks_fee(text).into()) != 0;
    let names = SkillNames::new(cat);
    // Each distinct text's skills, found through its address (`named`, into `found_in`).
    let mut named = NumMap::default();
    let mut found_in: Vec<Vec<SkillIx>> = Vec::new();
    let mut mentions = |job: &Job| {
        if job.requires.iter().any(|r| matches!(r.skill, SkillRef::Known(_))) {
            return Inline::from_iter(std::iter::empty());
        }
        let mut found: Vec<u32> = Vec::with_capacity(INLINE);
        for (text, in_title) in [(&job.title, 1), (&job.description, 0)] {
            let at = slot(&mut named, text.as_ptr() as usize, &mut found_in, || names.find(text, INLINE));
            for s in found_in[at].iter() {
                if found.len() < INLINE && !found.iter().any(|f| f >> 1 == *s) {
                    found.push(s << 1 | in_title);
                }
            }
        }
        Inline::from_iter(found.into_iter())
    };
    cat.jobs
        .iter()
        .zip(&monthly)
        .map(|(job, m)| {
            let wage_rank = match m {
                Some((a, b)) if mids.len() > 1 => {
                    let mid = (a + b) / 2.0;
                    mids.partition_point(|x| *x < mid) as f32 / (mids.len() - 1) as f32
                }
                Some(_) => 0.5,
                None => 0.0,
            };
            let (in_province, city_key) = place(&job.city);
            JobFacts {
                monthly: *m,
                wage_rank: wage_rank.min(1.0),
                posted_day: job.posted.map(|d| d.day_number() as i32),
                valid_day: job.valid_through.map(|d| d.day_number() as i32),
                asks_fee: fee(&job.description) || fee(&job.title),
                in_province,
                city_key,
                county_key: place(&job.county).1,
                geo: job.geo,
                safeguards: job.safeguards,
                housing: job.housing,
                flexible_hours: job.flexible_hours,
                women_friendly: job.women_friendly,
                wage_not_comparable: m.is_none() && (job.wage.is_some() || !job.wage_text.is_empty()),
                remote: job.remote,
                mentions: mentions(job),
                reqs: Inline::from_iter(job.requires.iter().map(|r| {
                    let skill = match r.skill {
                        SkillRef::Known(ix) => ix.min(UNRESOLVED - 1),
                        SkillRef::Text(_) => UNRESOLVED,
                    };
                    skill << 4 | r.level.map_or(0, Level::get) as u32
                })),
                brands: Inline::from_iter(job.prefers_brands.iter().copied()),
            }
        })
        .collect()
}

/// How a required skill stands for this worker.
#[derive(Clone, Debug, PartialEq)]
pub enum SkillFit {
    /// Held at or above the level asked (or no level asked).
    Met {
        skill: SkillIx,
        held: Held,
        required: Option<Level>,
    },
    /// Held, but below the level asked.
    Below {
        skill: SkillIx,
        held: Held,
        required: Level,
    },
    Missing {
        skill: SkillIx,
        required: Option<Level>,
    },
    /// A requirement given as text that names no catalogue skill: shown, not judged.
    Listed {
        text: String,
    },
    /// The job lists no skill we can judge, but its title (or description) names this one,
    /// which the worker holds.
    Mentioned {
        skill: SkillIx,
        in_title: bool,
    },
}

impl SkillFit {
    fn credit(&self) -> f64 {
        match self {
            SkillFit::Met { held, required, .. } => requirement_credit(Some(*held), *required),
            SkillFit::Below { held, required, .. } => requirement_credit(Some(*held), Some(*required)),
            SkillFit::Missing { .. } => 0.0,
            SkillFit::Listed { .. } | SkillFit::Mentioned { .. } => 0.0,
        }
    }
}

/// The one rule for the skill part of a score: the mean credit of the requirements naming a
/// catalogue skill; when there are none, `MENTIONED` if the posting's own words name a skill
/// the worker holds, else `NO_SKILLS_LISTED`. Text requirements naming no skill are not
/// judged (we cannot tell whether the worker meets them).
fn skills_credit(known: impl Iterator<Item = f64>, mentions: impl Iterator<Item = SkillIx>, worker: &Resolved) -> f64 {
    let (mut sum, mut n) = (0.0, 0);
    for credit in known {
        sum += credit;
        n += 1;
    }
    if n > 0 {
        sum / n as f64
    } else if mentions.into_iter().any(|s| worker.held(s).is_some()) {
        MENTIONED
    } else {
        NO_SKILLS_LISTED
    }
}

/// The one rule for how much a requirement counts: 1 when the skill is held at the level
/// asked (or none is asked), partial credit rising with the level when held below it, 0
/// when not held. `held` is `None` when the worker does not have the skill at all.
fn requirement_credit(held: Option<Held>, required: Option<Level>) -> f64 {
    match (held, required) {
        (None, _) => 0.0,
        (Some(_), None) => 1.0,
        (Some(h), Some(r)) if h >= Some(r) => 1.0,
        (Some(h), Some(r)) => BELOW_LEVEL_FLOOR + BELOW_LEVEL_SPAN * h.map_or(0.0, |l| l.get() as f64) / r.get() as f64,
    }
}

pub fn skill_fit(req: &Requirement, worker: &Resolved) -> SkillFit {
    let ix = match &req.skill {
        SkillRef::Known(ix) => *ix,
        SkillRef::Text(text) => return SkillFit::Listed { text: text.clone() },
    };
    match (worker.held(ix), req.level) {
        (None, _) => SkillFit::Missing { skill: ix, required: req.level },
        (Some(held), None) => SkillFit::Met { skill: ix, held, required: None },
        (Some(held), Some(required)) if held >= Some(required) => {
            SkillFit::Met { skill: ix, held, required: Some(required) }
        }
        (Some(held), Some(required)) => SkillFit::Below { skill: ix, held, required },
    }
}

/// Where the job is relative to the worker's home.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PlaceFit {
    Unknown,
    /// Work from anywhere (a remote posting), as good as a job in the worker's city.
    Remote,
    SameCounty,
    SameCity,
    InProvince,
    Elsewhere,
}

/// The job's wage against the worker's wish.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum WageFit {
    Unstated,
    /// Stated, but in another currency or without a period: not compared.
    NotComparable,
    /// No wish given; `rank` is where the wage sits in this feed (0–1).
    NoWish {
        rank: f64,
    },
    Meets,
    /// Below the wish by this share (0.1 = 10 % short).
    Short {
        by: f64,
    },
}

/// Everything behind one job's score, as data the UI words in either language.
#[derive(Clone, Debug, PartialEq)]
pub struct Explanation {
    pub skills: Vec<SkillFit>,
    pub brand: Option<BrandIx>,
    pub place: PlaceFit,
    pub km: Option<f64>,
    pub wage: WageFit,
    pub safeguards: Safeguards,
    pub asks_fee: bool,
    /// The worker's job-related needs and whether this job meets each.
    pub needs: Vec<(Need, bool)>,
    pub score: f64,
}

impl Explanation {
    pub fn met_count(&self) -> usize {
        self.skills.iter().filter(|s| matches!(s, SkillFit::Met { .. })).count()
    }
    /// Requirements naming a catalogue skill (met, below or missing).
    pub fn judged_count(&self) -> usize {
        self.skills
            .iter()
            .filter(|s| matches!(s, SkillFit::Met { .. } | SkillFit::Below { .. } | SkillFit::Missing { .. }))
            .count()
    }
    /// The worker's skill the posting names in its own words, when it lists none we judge.
    pub fn mentioned(&self) -> Option<(SkillIx, bool)> {
        self.skills.iter().find_map(|s| match s {
            SkillFit::Mentioned { skill, in_title } => Some((*skill, *in_title)),
            _ => None,
        })
    }
    pub fn percent(&self) -> u8 {
        percent(self.score)
    }
}

pub fn percent(score: f64) -> u8 {
    (score * 100.0).round().clamp(0.0, 100.0) as u8
}

/// The score alone (the ranking hot path: no allocation).
/// Reads only `facts` unless the job has more requirements or brands than fit inline.
pub fn score(job: &Job, facts: &JobFacts, worker: &Resolved, today: i64) -> f64 {
    let mentions = facts.mentions.get().unwrap_or_default().iter().map(|m| m >> 1);
    let skills = match facts.reqs.get() {
        Some(reqs) => {
            let known = reqs.iter().filter(|p| *p >> 4 != UNRESOLVED);
            let credit =
                |&packed: &u32| requirement_credit(worker.held(packed >> 4), Level::new((packed & 0xF) as i64));
            skills_credit(known.map(credit), mentions, worker)
        }
        None => {
            let known = job.requires.iter().filter_map(|r| match r.skill {
                SkillRef::Known(ix) => Some(requirement_credit(worker.held(ix), r.level)),
                SkillRef::Text(_) => None,
            });
            skills_credit(known, mentions, worker)
        }
    };
    let brand = match facts.brands.get() {
        Some(b) => b.iter().any(|b| worker.brands.contains(b)),
        None => brand_bonus(job, worker).is_some(),
    } as u8 as f64;
    let (place, km) = place_fit(facts, worker);
    let place = place_credit(place, km, worker);
    let wage = wage_credit(wage_fit(facts, worker));
    let unmet = worker.needs.iter().filter(|n| need_met(facts, **n) == Some(false)).count();
    combine(skills, brand, place, wage, facts.safeguards, facts, today) * UNMET_NEED.powi(unmet as i32)
}

/// Whether the job uses one of the worker's skills: one it asks for is held at the level
/// asked (full credit by [`requirement_credit`]), or it asks for none and names a held one.
/// What "jobs that fit me" counts (the work map, the `fit` filter); the explanation's
/// `Met` and `Mentioned` fits are the same thing said in words (a property test holds it).
pub fn uses_held_skill(job: &Job, facts: &JobFacts, worker: &Resolved) -> bool {
    let full = |held, level| requirement_credit(held, level) >= 1.0;
    let (any_known, met) = match facts.reqs.get() {
        Some(reqs) => {
            let known = reqs.iter().filter(|p| *p >> 4 != UNRESOLVED);
            let n = known.clone().count();
            (n > 0, known.into_iter().any(|&p| full(worker.held(p >> 4), Level::new((p & 0xF) as i64))))
        }
        None => {
            let known = job.requires.iter().filter_map(|r| match r.skill {
                SkillRef::Known(ix) => Some((ix, r.level)),
                SkillRef::Text(_) => None,
            });
            (known.clone().next().is_some(), known.into_iter().any(|(ix, level)| full(worker.held(ix), level)))
        }
    };
    met || (!any_known && facts.mentions.get().unwrap_or_default().iter().any(|m| worker.held(m >> 1).is_some()))
}

/// Whether a job meets a need; `None` for needs no job decides (rural youth: courses do).
pub fn need_met(job: &JobFacts, need: Need) -> Option<bool> {
    match need {
        Need::Housing => Some(job.housing),
        Need::FlexibleHours => Some(job.flexible_hours),
        Need::WomenReturner => Some(job.women_friendly || job.flexible_hours),
        Need::RuralYouth => None,
    }
}

fn combine(
    skills: f64,
    brand: f64,
    place: f64,
    wage: f64,
    safeguards: Safeguards,
    facts: &JobFacts,
    today: i64,
) -> f64 {
    let guards = safeguard_credit(safeguards);
    let recency = facts.posted_day().map_or(0.3, |d| (1.0 - (today - d).max(0) as f64 / RECENCY_DAYS).clamp(0.0, 1.0));
    let sum = W_SKILLS * skills
        + W_BRAND * brand
        + W_PLACE * place
        + W_WAGE * wage
        + W_SAFEGUARDS * guards
        + W_RECENCY * recency;
    if facts.asks_fee {
        sum * FEE_PENALTY
    } else {
        sum
    }
}

/// Contract and insurance count one each; a wage account or deposit one more.
fn safeguard_credit(s: Safeguards) -> f64 {
    let wage_protection = s.has(Safeguard::WageAccount) || s.has(Safeguard::WageDeposit);
    (s.has(Safeguard::Contract) as u8 + s.has(Safeguard::Insurance) as u8 + wage_protection as u8) as f64 / 3.0
}

fn brand_bonus(job: &Job, worker: &Resolved) -> Option<BrandIx> {
    job.prefers_brands.iter().copied().find(|b| worker.brands.contains(b))
}

fn place_fit(facts: &JobFacts, worker: &Resolved) -> (PlaceFit, Option<f64>) {
    if worker.city_key == 0 {
        return (PlaceFit::Unknown, None);
    }
    let km = match (worker.geo, facts.geo) {
        (Some(a), Some(b)) => Some(a.km_to_with(worker.geo_cos, b)),
        _ => None,
    };
    let fit = if facts.remote && worker.city_key != facts.city_key {
        PlaceFit::Remote
    } else if worker.city_key == facts.city_key {
        if worker.county_key != 0 && worker.county_key == facts.county_key {
            PlaceFit::SameCounty
        } else {
            PlaceFit::SameCity
        }
    } else if facts.in_province {
        PlaceFit::InProvince
    } else {
        PlaceFit::Elsewhere
    };
    (fit, km)
}

/// The tier sets the band; distance, when known, moves the job within its band so that a
/// nearby job in the next county is not ranked like one across the province.
fn place_credit(fit: PlaceFit, km: Option<f64>, worker: &Resolved) -> f64 {
    let credit = place_band_credit(fit, km);
    // A worker ready to move does not lose much on distance; one with a daily limit gets
    // no place credit beyond it.
    if worker.willing_to_move {
        credit.max(PLACE_SAME_CITY)
    } else if worker.max_km.is_some_and(|max| km.is_some_and(|d| d > max)) {
        0.0
    } else {
        credit
    }
}

fn place_band_credit(fit: PlaceFit, km: Option<f64>) -> f64 {
    let (hi, lo) = match fit {
        PlaceFit::Unknown => return PLACE_UNKNOWN,
        PlaceFit::Remote => return PLACE_SAME_CITY,
        PlaceFit::SameCounty => (PLACE_SAME_COUNTY, PLACE_SAME_COUNTY),
        PlaceFit::SameCity => (PLACE_SAME_CITY, PLACE_IN_PROVINCE),
        PlaceFit::InProvince => (PLACE_IN_PROVINCE, PLACE_ELSEWHERE),
        PlaceFit::Elsewhere => (PLACE_ELSEWHERE, 0.0),
    };
    match km {
        Some(d) => hi - (hi - lo) * (d / FAR_KM).clamp(0.0, 1.0),
        None => hi,
    }
}

fn wage_fit(facts: &JobFacts, worker: &Resolved) -> WageFit {
    match (facts.monthly(), worker.wage_monthly) {
        (None, _) if facts.wage_not_comparable => WageFit::NotComparable,
        (None, _) => WageFit::Unstated,
        (Some(_), None) => WageFit::NoWish { rank: facts.wage_rank() },
        (Some((_, max)), Some(wish)) if max >= wish => WageFit::Meets,
        (Some((_, max)), Some(wish)) => WageFit::Short { by: if wish > 0.0 { 1.0 - max / wish } else { 0.0 } },
    }
}

fn wage_credit(fit: WageFit) -> f64 {
    match fit {
        WageFit::Unstated | WageFit::NotComparable => WAGE_UNSTATED,
        // Without a wish, pay only nudges: in a small feed the ranks are extremes (0 and 1),
        // and a job's pay among its neighbours says less than whether it fits the worker.
        WageFit::NoWish { rank } => NO_WISH_FLOOR + NO_WISH_SPAN * rank,
        WageFit::Meets => 1.0,
        WageFit::Short { by } => (1.0 - by).clamp(0.0, 1.0).powi(2),
    }
}

/// The full explanation for one job (detail view, visible cards).
pub fn explain(job: &Job, facts: &JobFacts, worker: &Resolved, today: i64) -> Explanation {
    let mut skills: Vec<SkillFit> = job.requires.iter().map(|r| skill_fit(r, worker)).collect();
    let judged = skills.iter().filter(|f| !matches!(f, SkillFit::Listed { .. }));
    let mentioned = facts.mentions.get().unwrap_or_default().iter().map(|m| m >> 1);
    let skill_credit = skills_credit(judged.map(SkillFit::credit), mentioned, worker);
    if skills.iter().all(|f| matches!(f, SkillFit::Listed { .. })) {
        for m in facts.mentions.get().unwrap_or_default() {
            if worker.held(m >> 1).is_some() {
                skills.push(SkillFit::Mentioned { skill: m >> 1, in_title: m & 1 == 1 });
            }
        }
    }
    let brand = brand_bonus(job, worker);
    let (place, km) = place_fit(facts, worker);
    let wage = wage_fit(facts, worker);
    let needs: Vec<(Need, bool)> = worker.needs.iter().filter_map(|n| need_met(facts, *n).map(|m| (*n, m))).collect();
    let unmet = needs.iter().filter(|(_, met)| !met).count();
    let score = combine(
        skill_credit,
        brand.is_some() as u8 as f64,
        place_credit(place, km, worker),
        wage_credit(wage),
        job.safeguards,
        facts,
        today,
    ) * UNMET_NEED.powi(unmet as i32);
    Explanation { skills, brand, place, km, wage, safeguards: job.safeguards, asks_fee: facts.asks_fee, needs, score }
}
