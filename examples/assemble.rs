//! The feed reader timed on the documents every start-up and every portal page read: the
//! default feed assembled (read and merged, `Dataset::assemble`, the browser's first step)
//! and the real JobPosting documents of `tests/fixtures/jobposting/real/` read. Built the
//! same way at two commits, it compares the reader side by side; under callgrind it counts
//! instructions (`--toggle-collect` on the two `round_*` functions).
//! Run: `cargo run --profile bench --example assemble [rounds]` (default 200).

use skillmatch::engine::dataset::{Dataset, DEFAULT_FEED};
use skillmatch::engine::feed::{self, LoadOptions};
use std::hint::black_box;
use std::time::Instant;

#[inline(never)]
fn round_default() -> usize {
    black_box(Dataset::assemble(black_box(DEFAULT_FEED.as_bytes()), &[], LoadOptions::default()));
    1
}

#[inline(never)]
fn round_postings(docs: &[Vec<u8>]) -> usize {
    docs.iter().map(|d| feed::read(black_box(d), 1, LoadOptions::default()).0.jobs.map_or(0, |j| j.len())).sum()
}

/// Median of `rounds` timings of `f`, in milliseconds.
fn median_ms(rounds: usize, mut f: impl FnMut() -> usize) -> f64 {
    let mut t: Vec<f64> = (0..rounds)
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    t.sort_by(f64::total_cmp);
    t[rounds / 2]
}

fn main() {
    let rounds: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(200).max(1);
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/jobposting/real");
    let mut docs: Vec<Vec<u8>> = std::fs::read_dir(dir)
        .expect("the real JobPosting fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| std::fs::read(p).expect("a fixture"))
        .collect();
    docs.sort();
    let jobs = feed::read(DEFAULT_FEED.as_bytes(), 0, LoadOptions::default()).0.jobs.map_or(0, |j| j.len());
    let postings = round_postings(&docs);
    let default_ms = median_ms(rounds, round_default);
    let postings_ms = median_ms(rounds, || round_postings(&docs));
    println!("default feed assembled ({jobs} jobs): {default_ms:.3} ms median of {rounds}");
    println!("{} JobPosting documents read ({postings} jobs): {postings_ms:.3} ms median of {rounds}", docs.len());
}
