//! Course suggestions: which courses close the gaps between a worker and the jobs they
//! nearly qualify for, ranked by what completing them unlocks — more fully qualified jobs
//! and a better median wage — weighed against cost (free with a training voucher),
//! duration, mode and place.

use crate::engine::dataset::Dataset;
use crate::engine::model::*;
use crate::engine::profile::{Need, Resolved};
use crate::engine::stats::median;
use crate::engine::view::Filters;

/// A job is "nearly" qualified when at most this many requirements are unmet.
pub const NEAR_GAP: usize = 2;

/// Unlocked jobs matter most: the point of training is work.
const W_UNLOCKS: f64 = 0.45;
/// A better median wage among the jobs in reach.
const W_UPLIFT: f64 = 0.15;
/// Demand for the taught skills nearby: what an empty profile is guided by.
const W_DEMAND: f64 = 0.10;
/// Cost after vouchers and subsidies; free courses lose nothing here.
const W_COST: f64 = 0.12;
/// Short courses get people to work sooner.
const W_DURATION: f64 = 0.06;
/// Reachable: online, or offline in the worker's city.
const W_PLACE: f64 = 0.07;
/// Meant for this worker (women returning after childbirth, rural youth).
const W_AUDIENCE: f64 = 0.05;

/// Why a course is suggested, as data the UI words.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    pub course: u32,
    /// Jobs that become fully qualified after the course.
    pub unlocks: usize,
    /// Change in the median monthly wage of the jobs the worker qualifies for (yuan); `None`
    /// when the worker qualifies for none before the course.
    pub uplift: Option<f64>,
    /// The median wage of the jobs the worker qualifies for, before and after the course
    /// (the courses screen draws them as two bars).
    pub wages: CourseWages,
    /// What the worker pays: 0 when a voucher covers it, else cost less subsidy.
    pub cost: f64,
    /// Skills among the worker's gaps that the course closes.
    pub closes: Vec<SkillIx>,
    pub score: f64,
}

/// The worker's gap to one job: requirements not met (skill, level asked).
type Gap = Vec<(SkillIx, Option<Level>)>;

fn gap(job: &Job, worker: &Resolved) -> Option<Gap> {
    let mut out = Vec::new();
    for r in &job.requires {
        match r.skill {
            // A requirement no course can teach (unresolved text) keeps the job out of reach.
            SkillRef::Text(_) => return None,
            SkillRef::Known(ix) => {
                let met = worker.held(ix).is_some_and(|h| r.level.is_none_or(|l| h >= Some(l)));
                if !met {
                    out.push((ix, r.level));
                }
            }
        }
    }
    Some(out)
}

/// What the worker pays for a course.
pub fn net_cost(c: &Course) -> f64 {
    if c.voucher {
        0.0
    } else {
        (c.cost - c.subsidy.unwrap_or(0.0)).max(0.0)
    }
}

/// The worker's reach among the open jobs that pass the filters: the jobs they qualify for,
/// and those one or two courses away, indexed by missing skill.
struct Reach {
    /// Monthly midpoints of the qualified jobs with a comparable wage, and their median.
    qualified_wages: Vec<f64>,
    before: Option<f64>,
    near: Vec<(usize, Gap)>,
    /// By skill index (lists, not hash maps: the indexes are dense, and each map type puts
    /// its own copy of the hash table's code into the wasm).
    by_skill: Vec<Vec<usize>>,
    /// Requirements per skill among the jobs in the worker's city (all jobs without one).
    demand: Vec<usize>,
}

/// `list`'s entry for skill `ix`, grown to hold it.
fn slot<T: Default>(list: &mut Vec<T>, ix: SkillIx) -> &mut T {
    let ix = ix as usize;
    if list.len() <= ix {
        list.resize_with(ix + 1, T::default);
    }
    &mut list[ix]
}

impl Reach {
    fn new(ds: &Dataset, worker: &Resolved, filters: &Filters, today: i64) -> Reach {
        let cat = &ds.catalog();
        let mut reach = Reach {
            qualified_wages: Vec::new(),
            before: None,
            near: Vec::new(),
            by_skill: Vec::new(),
            demand: Vec::new(),
        };
        for i in (0..cat.jobs.len()).filter(|&i| filters.admits(ds, i, worker, today)) {
            let job = &cat.jobs[i];
            let local = worker.city.as_ref().is_none_or(|c| **c == *job.city);
            for r in &job.requires {
                if let (SkillRef::Known(ix), true) = (&r.skill, local) {
                    *slot(&mut reach.demand, *ix) += 1;
                }
            }
            match gap(job, worker) {
                Some(g) if g.is_empty() => reach.qualified_wages.extend(ds.facts(i).monthly_mid()),
                Some(g) if g.len() <= NEAR_GAP => {
                    for (s, _) in &g {
                        slot(&mut reach.by_skill, *s).push(reach.near.len());
                    }
                    reach.near.push((i, g));
                }
                _ => {}
            }
        }
        reach.before = median(&reach.qualified_wages);
        reach
    }

    /// What completing `course` changes: the jobs it fully qualifies the worker for, the
    /// gaps it closes, and the wages before and after.
    fn complete(&self, ds: &Dataset, course: &Course) -> (CourseWages, Vec<SkillIx>) {
        let teaches = |s: SkillIx, level: Option<Level>| {
            course.teaches.iter().any(|t| t.skill == s && level.is_none_or(|l| t.level.is_some_and(|tl| tl >= l)))
        };
        let mut candidates: Vec<usize> = course
            .teaches
            .iter()
            .flat_map(|t| self.by_skill.get(t.skill as usize).into_iter().flatten().copied())
            .collect();
        crate::engine::order::sort_by(&mut candidates, usize::cmp);
        candidates.dedup();
        let mut after = self.qualified_wages.clone();
        let mut unlocks = 0;
        let mut closes = Vec::new();
        for n in candidates {
            let (job, g) = &self.near[n];
            if g.iter().all(|(s, l)| teaches(*s, *l)) {
                unlocks += 1;
                after.extend(ds.facts(*job).monthly_mid());
                for (s, _) in g {
                    if !closes.contains(s) {
                        closes.push(*s);
                    }
                }
            }
        }
        let wages = CourseWages { unlocks, before: self.before, after: median(&after) };
        (wages, closes)
    }
}

/// A course's wage picture: the median monthly wage (the dataset's comparison currency) of
/// the open jobs that pass the filters and that the worker qualifies for, before and after
/// completing the course. Jobs without a comparable wage count as unlocked but not in the
/// medians.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CourseWages {
    /// Jobs that become fully qualified.
    pub unlocks: usize,
    /// `None`: no qualified job with a comparable wage.
    pub before: Option<f64>,
    /// Equal to `before` when the course unlocks nothing.
    pub after: Option<f64>,
}

impl CourseWages {
    /// The change in the median; an uplift needs a before and something unlocked, so a
    /// worker who qualifies for nothing yet gets no figure.
    pub fn uplift(&self) -> Option<f64> {
        match (self.before, self.after) {
            (Some(b), Some(a)) if self.unlocks > 0 => Some(a - b),
            _ => None,
        }
    }
}

/// [`CourseWages`] of one course for this worker under these filters; `None` for a course
/// index out of range.
pub fn course_wages(
    ds: &Dataset,
    worker: &Resolved,
    filters: &Filters,
    today: i64,
    course: usize,
) -> Option<CourseWages> {
    let course = ds.catalog().courses.get(course)?;
    Some(Reach::new(ds, worker, filters, today).complete(ds, course).0)
}

/// Ranked suggestions (best first, ties by course id), at most `limit`.
/// Which courses the worker wants to see: only those free with the training voucher (or
/// otherwise free), only online ones. Applied before ranking and the cut to `limit`, so the
/// choice is among every course, not among the first few suggestions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CourseFilters {
    pub free: bool,
    pub online: bool,
}

impl CourseFilters {
    pub fn admits(&self, c: &Course) -> bool {
        (!self.free || net_cost(c) == 0.0) && (!self.online || c.mode == Mode::Online)
    }
}

pub fn suggest(ds: &Dataset, worker: &Resolved, filters: &Filters, today: i64, limit: usize) -> Vec<Suggestion> {
    suggest_with(ds, worker, filters, today, limit, CourseFilters::default())
}

/// [`suggest`], among the courses `courses` admits.
pub fn suggest_with(
    ds: &Dataset,
    worker: &Resolved,
    filters: &Filters,
    today: i64,
    limit: usize,
    courses: CourseFilters,
) -> Vec<Suggestion> {
    let cat = &ds.catalog();
    let reach = Reach::new(ds, worker, filters, today);
    let max_demand = reach.demand.iter().copied().max().unwrap_or(0).max(1) as f64;

    let mut scored: Vec<Suggestion> = Vec::new();
    let mut max_unlocks = 1usize;
    for (ci, course) in cat.courses.iter().enumerate() {
        if course.starts.is_some_and(|d| d.day_number() < today - 30) || !courses.admits(course) {
            continue; // long started (not joinable), or not what the worker asked for
        }
        let (wages, closes) = reach.complete(ds, course);
        let unlocks = wages.unlocks;
        let skill_demand: f64 = course
            .teaches
            .iter()
            .filter(|t| worker.held(t.skill).is_none_or(|h| t.level.is_some_and(|l| h < Some(l))))
            .map(|t| reach.demand.get(t.skill as usize).copied().unwrap_or(0) as f64 / max_demand)
            .fold(0.0, f64::max);
        let uplift = wages.uplift();
        max_unlocks = max_unlocks.max(unlocks);
        let cost = net_cost(course);
        let place = match (course.mode, &worker.city) {
            (Mode::Online, _) => 0.8,
            (_, None) => 0.6,
            (Mode::Offline | Mode::Hybrid, Some(c)) if course.city.is_empty() || *c == course.city => 1.0,
            (Mode::Hybrid, Some(_)) => 0.5,
            (Mode::Offline, Some(_)) => 0.2,
        };
        let audience = [(Need::WomenReturner, Audience::WomenReturners), (Need::RuralYouth, Audience::RuralYouth)]
            .iter()
            .any(|(n, a)| worker.needs(*n) && course.audience.contains(a)) as u8 as f64;
        let partial = W_UPLIFT * uplift.map_or(0.0, |u| (u / 2000.0).clamp(-1.0, 1.0) * 0.5 + 0.5)
            + W_DEMAND * skill_demand
            + W_COST * (1.0 / (1.0 + cost / 1000.0))
            + W_DURATION * (1.0 / (1.0 + course.days.unwrap_or(30) as f64 / 30.0))
            + W_PLACE * place
            + W_AUDIENCE * audience;
        if unlocks == 0 && skill_demand == 0.0 && audience == 0.0 {
            continue; // teaches nothing anyone nearby asks for
        }
        scored.push(Suggestion { course: ci as u32, unlocks, uplift, wages, cost, closes, score: partial });
    }
    for s in &mut scored {
        s.score += W_UNLOCKS * (s.unlocks as f64 / max_unlocks as f64);
    }
    crate::engine::order::sort_by(&mut scored, |a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| cat.courses[a.course as usize].id.cmp(&cat.courses[b.course as usize].id))
    });
    scored.truncate(limit);
    scored
}

/// Courses that teach `skill` to at least `level` (a job detail's "close this gap").
pub fn courses_for(ds: &Dataset, skill: SkillIx, level: Option<Level>) -> Vec<u32> {
    let mut out: Vec<u32> = (0..ds.catalog().courses.len() as u32)
        .filter(|&c| {
            ds.catalog().courses[c as usize]
                .teaches
                .iter()
                .any(|t| t.skill == skill && level.is_none_or(|l| t.level.is_some_and(|tl| tl >= l)))
        })
        .collect();
    crate::engine::order::sort_by(&mut out, |a, b| {
        let (ca, cb) = (&ds.catalog().courses[*a as usize], &ds.catalog().courses[*b as usize]);
        net_cost(ca).total_cmp(&net_cost(cb)).then_with(|| ca.id.cmp(&cb.id))
    });
    out
}
