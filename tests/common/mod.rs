//! Helpers shared by the host test files.
#![allow(dead_code)]

use skillmatch::engine::dataset::Dataset;
use skillmatch::engine::feed::{LoadOptions, Problem, ProblemKind};
use skillmatch::engine::model::Date;
use skillmatch::engine::text::query::Query;
use skillmatch::engine::view::{Filters, Request, Sort};

pub const BASE: &str = include_str!("../fixtures/base.json");

/// 2026-12-01, the day the fixtures are written against.
pub fn today() -> i64 {
    Date::parse("2026-12-01").unwrap().day_number()
}

/// The fixture catalogue with `feeds` loaded over it.
pub fn load(feeds: &[&str]) -> Dataset {
    let bytes: Vec<&[u8]> = feeds.iter().map(|f| f.as_bytes()).collect();
    Dataset::load_over(BASE.as_bytes(), &bytes, LoadOptions::default())
}

/// `feed` (native JSON) with the fixture catalogue's jobs added: jobs only ever come from
/// named feeds, so a feed of courses alone would have none to suggest courses for.
pub fn with_base_jobs(feed: &str) -> String {
    let base: serde_json::Value = serde_json::from_str(BASE).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(feed).unwrap();
    v["jobs"] = base["jobs"].clone();
    v.to_string()
}

/// A ranking request as of [`today`].
pub fn request(filters: &Filters, query: &str, sort: Sort, limit: usize) -> Request {
    Request { filters: filters.clone(), query: Query::parse(query), sort, today: today(), limit }
}

pub fn job_ids(ds: &Dataset) -> Vec<&str> {
    ds.catalog().jobs.iter().map(|j| &*j.id).collect()
}

/// The problems' (path, kind) pairs, for compact assertions.
pub fn kinds(problems: &[Problem]) -> Vec<(String, ProblemKind)> {
    problems.iter().map(|p| (p.path.clone(), p.kind.clone())).collect()
}
