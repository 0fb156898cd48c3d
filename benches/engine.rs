//! Engine benchmarks at 1k, 10k and 100k synthetic jobs: feed parse, index build, full
//! re-rank for a profile, one search keystroke, the work map's figures, and course suggestions.
//! Run: `cargo bench --bench engine` (figures in docs/PERFORMANCE.md).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use skillmatch::engine::dataset::{course_index, job_index, Dataset};
use skillmatch::engine::feed::{self, LoadOptions};
use skillmatch::engine::model::Date;
use skillmatch::engine::profile::Profile;
use skillmatch::engine::score::job_facts;
use skillmatch::engine::suggest::suggest;
use skillmatch::engine::text::index::Scratch;
use skillmatch::engine::text::query::Query;
use skillmatch::engine::view::{rank, rank_scored, score_all, Request, Sort};
use skillmatch::engine::work_map::work_map;
use std::hint::black_box;

#[path = "synthetic.rs"]
mod synthetic;

const SIZES: [usize; 3] = [1_000, 10_000, 100_000];
const BIG: LoadOptions = LoadOptions { max_bytes: usize::MAX, postings: skillmatch::engine::feed::read_postings };
const PROFILE: &str = r#"{"skills":[{"name":"电工","level":2},{"name":"焊工"}],"brands":["b-zg"],"city":"自贡市","wage":{"min":5000,"unit":"month"}}"#;

fn today() -> i64 {
    Date::parse("2026-12-01").unwrap().day_number()
}

fn load(feed: &str) -> Dataset {
    Dataset::load(&[feed.as_bytes()], BIG)
}

fn benches(c: &mut Criterion) {
    for n in SIZES {
        let feed = synthetic::feed(n, false);
        let ds = load(&feed);
        let (worker, _) = Profile::from_json(PROFILE).0.resolve(ds.catalog());
        let sample = if n >= 100_000 { 10 } else { 30 };

        let mut g = c.benchmark_group("parse");
        g.sample_size(sample).throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::from_parameter(n), &feed, |b, f| {
            b.iter(|| feed::read(black_box(f.as_bytes()), 1, BIG))
        });
        g.finish();

        // Everything derived per load: job facts and both search indexes.
        let mut g = c.benchmark_group("index_build");
        g.sample_size(sample).throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::from_parameter(n), ds.catalog(), |b, cat| {
            b.iter(|| (job_facts(black_box(cat), ds.currency()), job_index(cat), course_index(cat)))
        });
        g.finish();

        // A profile or filter change: every job scored again, then the first page ranked.
        let mut g = c.benchmark_group("rerank");
        g.sample_size(sample).throughput(Throughput::Elements(n as u64));
        let req = Request { today: today(), limit: 30, ..Request::default() };
        let mut scratch = Scratch::default();
        g.bench_function(BenchmarkId::from_parameter(n), |b| {
            b.iter(|| rank(&ds, &worker, black_box(&req), &mut scratch))
        });
        g.finish();

        // A keystroke: search, then rank the hits with the profile scores already computed
        // (what the widget does: scores change only with the profile or the filters).
        let mut g = c.benchmark_group("keystroke");
        g.sample_size(sample.max(20));
        let scores = score_all(&ds, &worker, &Default::default(), today());
        for q in ["电工", "dg", "diangong", "电gong", "jzg", "electrician", "elektrician"] {
            let query = Query::parse(q);
            g.bench_function(BenchmarkId::new(q, n), |b| {
                b.iter(|| rank_scored(&ds, &worker, &scores, black_box(&query), Sort::Best, 30, &mut scratch))
            });
        }
        g.finish();

        // The work map: per-city counts and medians after a profile, filter or query change.
        let mut g = c.benchmark_group("work_map");
        g.sample_size(sample);
        for q in ["", "电工"] {
            let query = Query::parse(q);
            g.bench_function(BenchmarkId::new(if q.is_empty() { "all" } else { q }, n), |b| {
                b.iter(|| work_map(&ds, &worker, &Default::default(), black_box(&query), today(), &mut scratch))
            });
        }
        g.finish();

        let mut g = c.benchmark_group("suggest");
        g.sample_size(sample);
        g.bench_function(BenchmarkId::from_parameter(n), |b| {
            b.iter(|| suggest(&ds, &worker, &Default::default(), today(), 10))
        });
        g.finish();
    }

    // The worst case for the index: every title distinct.
    let feed = synthetic::feed(100_000, true);
    let ds = load(&feed);
    let (worker, _) = Profile::from_json(PROFILE).0.resolve(ds.catalog());
    let mut g = c.benchmark_group("unique_titles");
    g.sample_size(10);
    g.bench_function("index_build/100000", |b| {
        b.iter(|| Dataset::from_catalog(black_box(ds.catalog().clone()), Default::default()))
    });
    let mut scratch = Scratch::default();
    let scores = score_all(&ds, &worker, &Default::default(), today());
    for q in ["电工", "dg", "电gong"] {
        let query = Query::parse(q);
        g.bench_function(BenchmarkId::new(format!("keystroke/{q}"), 100_000), |b| {
            b.iter(|| rank_scored(&ds, &worker, &scores, black_box(&query), Sort::Best, 30, &mut scratch))
        });
    }
    g.finish();
}

criterion_group!(engine, benches);
criterion_main!(engine);
