//! One-shot measurements at 100k synthetic jobs that criterion does not give: heap memory
//! (via a counting allocator), index shape, and the split of a keystroke into search and
//! ranking. Run: `cargo run --profile bench --example measure [n] [--unique] [--unique-descriptions]`.

use skillmatch::engine::dataset::{Dataset, DatasetParts};
use skillmatch::engine::feed::LoadOptions;
use skillmatch::engine::model::Date;
use skillmatch::engine::profile::Profile;
use skillmatch::engine::text::index::Scratch;
use skillmatch::engine::text::query::Query;
use skillmatch::engine::view::{rank, rank_scored, score_all, Request, Sort};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

#[path = "../benches/synthetic.rs"]
mod synthetic;

struct Counting;
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let now = LIVE.fetch_add(l.size(), Ordering::Relaxed) + l.size();
        PEAK.fetch_max(now, Ordering::Relaxed);
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        LIVE.fetch_sub(l.size(), Ordering::Relaxed);
        unsafe { System.dealloc(p, l) }
    }
}

#[global_allocator]
static A: Counting = Counting;

fn mb(b: usize) -> String {
    format!("{:.1} MB", b as f64 / 1_048_576.0)
}

/// Median of `runs` timings of `f`, in milliseconds.
fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> f64 {
    let mut t: Vec<f64> = (0..runs)
        .map(|_| {
            let s = Instant::now();
            std::hint::black_box(f());
            s.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    t.sort_by(f64::total_cmp);
    t[runs / 2]
}

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let unique = std::env::args().any(|a| a == "--unique");
    let unique_descriptions = std::env::args().any(|a| a == "--unique-descriptions");
    let feed = synthetic::feed_with(n, unique, unique_descriptions);
    let before = LIVE.load(Ordering::Relaxed);
    // The peak counts from here: building the synthetic feed is not part of loading it.
    PEAK.store(before, Ordering::Relaxed);
    let start = Instant::now();
    let ds = Dataset::load(&[feed.as_bytes()], LoadOptions { max_bytes: usize::MAX, ..LoadOptions::default() });
    let load_ms = start.elapsed().as_secs_f64() * 1e3;
    let held = LIVE.load(Ordering::Relaxed) - before;
    println!("jobs: {}  feed: {}  load (parse+index): {load_ms:.0} ms", ds.catalog().jobs.len(), mb(feed.len()));
    println!(
        "dataset heap: {}  (job index {}, peak during load {})",
        mb(held),
        mb(ds.job_index().heap_bytes()),
        mb(PEAK.load(Ordering::Relaxed) - before)
    );
    println!("job index: {}", ds.job_index().describe());
    // Where the heap goes: the parts of a copy, dropped one by one.
    {
        let DatasetParts { mut catalog, facts, job_index, other_indexes, rest } = ds.clone().into_parts();
        let mut last = LIVE.load(Ordering::Relaxed);
        let mut part = |name: &str| {
            let now = LIVE.load(Ordering::Relaxed);
            println!("  {name}: {}", mb(last - now));
            last = now;
        };
        drop(facts);
        part("job facts");
        drop(job_index);
        part("job index");
        drop((other_indexes, rest));
        part("other indexes");
        drop(std::mem::take(&mut catalog.jobs));
        part("jobs (with their shared texts)");
        drop(catalog);
        part("rest of the catalogue");
    }
    let cat = ds.catalog();
    println!(
        "index build: job facts {:.0} ms, job index {:.0} ms, course index {:.1} ms",
        time(3, || skillmatch::engine::score::job_facts(cat, ds.currency())),
        time(3, || skillmatch::engine::dataset::job_index(cat)),
        time(3, || skillmatch::engine::dataset::course_index(cat))
    );
    let today = Date::parse("2026-12-01").unwrap().day_number();
    let (w, _) = Profile::from_json(r#"{"skills":[{"name":"电工","level":2}],"brands":["b-zg"],"city":"自贡市"}"#)
        .0
        .resolve(ds.catalog());
    let mut s = Scratch::default();
    let req = Request { today, limit: 30, ..Request::default() };
    println!("re-rank (no query): {:.2} ms", time(15, || rank(&ds, &w, &req, &mut s)));
    for q in ["电", "电工", "d", "dg", "diangong", "电gong", "jzg", "electrician", "elektrician"] {
        let query = Query::parse(q);
        let search = time(15, || ds.job_index().search(&query, &mut s).len());
        let hits = ds.job_index().search(&query, &mut s).len();
        let scores = score_all(&ds, &w, &Default::default(), today);
        let full = time(15, || rank_scored(&ds, &w, &scores, &query, Sort::Best, 30, &mut s));
        println!("{q:>12}: {hits:>6} hits  search {search:>6.2} ms  keystroke (search + rank with cached scores) {full:>6.2} ms");
    }
}
