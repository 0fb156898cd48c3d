//! Records as read from one feed, before their skill and brand references are resolved
//! against the merged catalogue (a job in feed 2 may name a skill defined in feed 1).

use crate::engine::model::{Brand, Course, Job, Level, Place, Skill};

/// A reference by id or free text, with where it was found.
#[derive(Clone, Debug, PartialEq)]
pub struct RawRef {
    pub text: String,
    pub level: Option<Level>,
    pub path: String,
    /// Free text from a JobPosting: not resolving is expected there, so it is not a problem.
    pub free: bool,
}

/// A record plus the references it still has to resolve.
#[derive(Clone, Debug, PartialEq)]
pub struct Pending<T> {
    pub record: T,
    /// Position in its feed's list, for problem reports.
    pub index: usize,
    pub skills: Vec<RawRef>,
    pub brands: Vec<RawRef>,
}

/// One feed's lists; `None` where the feed does not have that list at all, so the embedded
/// default fills in (an empty list given on purpose stays empty).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawFeed {
    pub places: Option<Vec<Place>>,
    pub skills: Option<Vec<Skill>>,
    pub brands: Option<Vec<Pending<Brand>>>,
    pub jobs: Option<Vec<Pending<Job>>>,
    pub courses: Option<Vec<Pending<Course>>>,
    /// How many job records the feed had, good or broken: a feed whose every job record
    /// was broken is reported as such, not as a feed without jobs.
    pub job_records: usize,
}
