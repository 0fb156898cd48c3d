//! Browser benchmarks: the wasm build in headless Chromium, timed in the page with
//! `performance.now()`. Not part of the test suite (each case is `#[ignore]`); run with
//! `scripts/bench-browser`, which prints the figures recorded in docs/PERFORMANCE.md.
#![cfg(target_arch = "wasm32")]

use skillmatch::engine::dataset::{course_index, job_index, Dataset};
use skillmatch::engine::feed::LoadOptions;
use skillmatch::engine::model::Date;
use skillmatch::engine::profile::Profile;
use skillmatch::engine::score::job_facts;
use skillmatch::engine::text::index::Scratch;
use skillmatch::engine::text::query::Query;
use skillmatch::engine::view::{rank_scored, score_all, Sort};
use wasm_bindgen_test::*;

#[path = "../benches/synthetic.rs"]
mod synthetic;

wasm_bindgen_test_configure!(run_in_browser);

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// Median milliseconds of `runs` calls.
fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> f64 {
    let mut t: Vec<f64> = (0..runs)
        .map(|_| {
            let s = now();
            std::hint::black_box(f());
            now() - s
        })
        .collect();
    t.sort_by(f64::total_cmp);
    t[runs / 2]
}

fn bench(n: usize) {
    let feed = synthetic::feed(n, false);
    let start = now();
    let ds = Dataset::load_over(
        synthetic::DEFAULT_FEED.as_bytes(),
        &[feed.as_bytes()],
        LoadOptions { max_bytes: usize::MAX, ..LoadOptions::default() },
    );
    let load = now() - start;
    let cat = ds.catalog();
    let runs = if n >= 100_000 { 3 } else { 7 };
    let index = time(runs, || (job_facts(cat, ds.currency()), job_index(cat), course_index(cat)));
    let parse = time(1, || {
        skillmatch::engine::feed::read(
            feed.as_bytes(),
            1,
            LoadOptions { max_bytes: usize::MAX, ..LoadOptions::default() },
        )
    });
    let today = Date::parse("2026-12-01").unwrap().day_number();
    let (w, _) = Profile::from_json(r#"{"skills":[{"name":"电工","level":2}],"brands":["b-zg"],"city":"自贡市"}"#)
        .0
        .resolve(cat);
    let rerank = time(runs, || score_all(&ds, &w, &Default::default(), today));
    let scores = score_all(&ds, &w, &Default::default(), today);
    console_log!(
        "browser n={n}: load (parse+resolve+index) {load:.0} ms, of which parse {parse:.0} ms, index build {index:.1} ms, re-rank {rerank:.2} ms"
    );
    let mut s = Scratch::default();
    for q in ["电工", "dg", "diangong", "电gong", "jzg", "electrician", "elektrician"] {
        let query = Query::parse(q);
        let t = time(21, || rank_scored(&ds, &w, &scores, &query, Sort::Best, 30, &mut s));
        console_log!("browser n={n}: keystroke {q:>12} {t:.2} ms");
    }
}

#[wasm_bindgen_test]
#[ignore]
fn bench_10k() {
    bench(10_000);
}

#[wasm_bindgen_test]
#[ignore]
fn bench_100k() {
    bench(100_000);
}
