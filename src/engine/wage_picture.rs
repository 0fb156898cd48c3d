//! Wage pictures: where one job's pay sits among comparable jobs ("高于自贡市 12 个电工职位中的
//! 9 个"), and what a course does to the pay of the jobs a worker qualifies for. Workers read
//! slowly; a row of dots with one highlighted says more than a percentile.
//!
//! Comparable jobs are the open postings in the same city asking for the same main skill —
//! the first requirement that names a known skill, since feeds list the trade first (彩灯电工:
//! 电工, then 彩灯制作). A job with no known skill is compared with the jobs of its category
//! in its city instead (a 普工 among 制造 jobs). Only wages that compare count: in the
//! dataset's currency with a known period, by their monthly midpoint.
//!
//! A course's picture is [`course_wages`], computed by the course suggestions' own rule.

use crate::engine::dataset::Dataset;
use crate::engine::model::{Job, SharedText, SkillIx, SkillRef};
use crate::engine::view::is_expired;

pub use crate::engine::suggest::{course_wages, CourseWages};

/// At most this many dots: enough to show a spread on a phone, few enough to draw at once.
pub const DOTS: usize = 200;

/// What a job is compared by.
#[derive(Clone, Debug, PartialEq)]
pub enum Peers {
    /// Jobs whose main skill is this one.
    Skill(SkillIx),
    /// Jobs of this category (the job names no known skill).
    Category(SharedText),
}

/// This job's place among its peers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Standing {
    /// This job's monthly midpoint.
    pub wage: f64,
    /// Peers paying less: "above 9" of [`WagePicture::others`].
    pub above: usize,
    /// Peers paying the same.
    pub equal: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WagePicture {
    pub peers: Peers,
    /// The city compared in (the catalogue's spelling).
    pub city: SharedText,
    /// The other jobs' monthly midpoints, ascending; with more than [`DOTS`] others, an even
    /// sample that keeps the lowest and the highest.
    pub dots: Vec<f64>,
    /// How many other open jobs with a comparable wage there are (the "12"; the job itself is
    /// not among them).
    pub others: usize,
    /// `None` when this job's own wage does not compare (no wage, text, another currency):
    /// the others can still be shown.
    pub standing: Option<Standing>,
}

/// The job's main skill: its first requirement that resolved to a known skill.
pub fn main_skill(job: &Job) -> Option<SkillIx> {
    job.requires.iter().find_map(|r| match r.skill {
        SkillRef::Known(ix) => Some(ix),
        SkillRef::Text(_) => None,
    })
}

/// The wage picture of job `job` as of `today` (expired postings are never peers). `None` for
/// an index out of range, a job with no city, or one with neither a known skill nor a
/// category to compare by.
pub fn wage_picture(ds: &Dataset, job: usize, today: i64) -> Option<WagePicture> {
    let this = ds.catalog().jobs.get(job)?;
    if this.city.is_empty() {
        return None;
    }
    let peers = match main_skill(this) {
        Some(s) => Peers::Skill(s),
        None if !this.category.is_empty() => Peers::Category(this.category.clone()),
        None => return None,
    };
    let is_peer = |other: &Job| match &peers {
        Peers::Skill(s) => main_skill(other) == Some(*s),
        Peers::Category(c) => other.category == *c,
    };
    let mut wages: Vec<f64> = ds
        .catalog()
        .jobs
        .iter()
        .enumerate()
        .filter(|&(i, other)| i != job && other.city == this.city && !is_expired(ds, i, today) && is_peer(other))
        .filter_map(|(i, _)| ds.facts(i).monthly_mid())
        .collect();
    crate::engine::order::sort_by(&mut wages, f64::total_cmp);
    let standing = ds.facts(job).monthly_mid().map(|wage| Standing {
        wage,
        above: wages.partition_point(|w| *w < wage),
        equal: wages.iter().filter(|w| **w == wage).count(),
    });
    let others = wages.len();
    Some(WagePicture { peers, city: this.city.clone(), dots: sample(wages), others, standing })
}

/// At most [`DOTS`] of an ascending list, evenly spaced by rank, first and last kept.
fn sample(sorted: Vec<f64>) -> Vec<f64> {
    let n = sorted.len();
    if n <= DOTS {
        return sorted;
    }
    (0..DOTS).map(|i| sorted[i * (n - 1) / (DOTS - 1)]).collect()
}
