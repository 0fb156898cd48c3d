//! Hostile feeds at the engine's level: every kind of feed that cannot give jobs says why
//! (and never lets the default's sample jobs stand in), and any input at all — random bytes,
//! or JSON built from the feed formats' own vocabulary and then cut or corrupted — is read
//! without panicking, within a time proportional to its size, with at most the problem cap
//! kept.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use proptest::prelude::*;
use serde_json::{json, Value};
use skillmatch::engine::dataset::{Assembly, Dataset, FeedStatus, Source};
use skillmatch::engine::feed::{self, FeedError, LoadOptions, Problems};
use std::time::{Duration, Instant};

/// (what, feed, what must become of it).
fn cases() -> Vec<(&'static str, Vec<u8>, FeedStatus)> {
    let failed = FeedStatus::Failed;
    vec![
        ("an HTML error page served with status 200", b"<!DOCTYPE html><h1>502 Bad Gateway</h1>".to_vec(), failed(FeedError::Html)),
        ("truncated JSON", br#"{"jobs":[{"id":"a","title":"x"},{"id":"#.to_vec(), failed(FeedError::NotJson { line: 1, column: 38 })),
        ("an empty body", Vec::new(), failed(FeedError::Empty)),
        ("null", b"null".to_vec(), failed(FeedError::NoPostings)),
        ("JSON with NaN", br#"{"jobs":[{"id":"a","title":"x","headcount":NaN}]}"#.to_vec(), failed(FeedError::NotJson { line: 1, column: 44 })),
        ("a GBK-encoded file", b"{\"jobs\":[{\"id\":\"1\",\"title\":\"\xb5\xe7\xb9\xa4\"}]}".to_vec(), failed(FeedError::NotUtf8 { offset: 28 })),
        ("UTF-16 with a byte-order mark", b"\xff\xfe{\x00}\x00".to_vec(), failed(FeedError::NotUtf8 { offset: 0 })),
        ("a JSON array of numbers", b"[1,2,3]".to_vec(), failed(FeedError::NoPostings)),
        ("a string", br#""jobs""#.to_vec(), failed(FeedError::NoPostings)),
        (
            "a page's @graph of WebPage and Organization only",
            br#"{"@context":"https://schema.org","@graph":[{"@type":["WebPage","CollectionPage"]},{"@type":"Organization"}]}"#.to_vec(),
            failed(FeedError::NoPostings),
        ),
        ("an empty ItemList", br#"{"@type":"ItemList","itemListElement":[]}"#.to_vec(), failed(FeedError::NoPostings)),
        (
            "JobPostings whose titles are not text",
            br#"[{"@type":"JobPosting","title":12345},{"@type":"JobPosting","name":["a"]},{"@type":"JobPosting"}]"#.to_vec(),
            failed(FeedError::OnlyBrokenRecords { records: 3 }),
        ),
        ("a native feed of empty records", format!(r#"{{"jobs":[{}]}}"#, vec!["{}"; 1000].join(",")).into_bytes(), failed(FeedError::OnlyBrokenRecords { records: 1000 })),
        ("a jobs list that is not a list", br#"{"jobs":"none"}"#.to_vec(), failed(FeedError::NoPostings)),
        ("nesting past the parser's limit", format!("{}{}", "[".repeat(5000), "]".repeat(5000)).into_bytes(), failed(FeedError::TooDeep)),
        ("a number too large for any float", br#"{"jobs":[{"id":"a","title":"x","headcount":1e999}]}"#.to_vec(), failed(FeedError::OnlyBrokenRecords { records: 1 })),
        ("a lone surrogate escape", br#"{"jobs":[{"id":"a","title":"\ud800"}]}"#.to_vec(), failed(FeedError::OnlyBrokenRecords { records: 1 })),
    ]
}

#[test]
fn every_kind_of_unusable_feed_says_why_and_never_shows_sample_jobs() {
    for (what, bytes, want) in cases() {
        let ds = Dataset::load_over(BASE.as_bytes(), &[&bytes], LoadOptions::default());
        assert_eq!(ds.feeds(), [want], "{what}");
        assert!(ds.catalog().jobs.is_empty(), "{what}: no jobs, and not the default's");
    }
}

#[test]
fn a_feed_over_the_limit_is_refused_before_it_is_parsed() {
    let big = vec![b' '; 2048];
    let (_, problems, error) = feed::read(&big, 1, LoadOptions { max_bytes: 1024, ..LoadOptions::default() });
    assert_eq!(error, Some(FeedError::TooLarge { bytes: 2048, limit: 1024 }));
    assert!(problems.is_empty());
}

/// JSON built from the words feeds are made of, so random documents reach deep into the
/// readers rather than failing at the first byte.
fn json_strategy() -> impl Strategy<Value = Value> {
    let key = prop::sample::select(vec![
        "@type",
        "@graph",
        "@context",
        "itemListElement",
        "item",
        "mainEntity",
        "title",
        "name",
        "id",
        "identifier",
        "jobs",
        "skills",
        "brands",
        "courses",
        "places",
        "counties",
        "requires",
        "skill",
        "level",
        "wage",
        "min",
        "max",
        "unit",
        "currency",
        "baseSalary",
        "estimatedSalary",
        "value",
        "minValue",
        "maxValue",
        "unitText",
        "jobLocation",
        "address",
        "addressLocality",
        "geo",
        "latitude",
        "lat",
        "lon",
        "validThrough",
        "datePosted",
        "posted",
        "description",
        "hiringOrganization",
        "employmentType",
        "jobLocationType",
        "url",
        "apply",
        "skillmatch",
        "teaches",
        "prefersBrands",
        "safeguards",
        "Value",
        "TITLE",
    ]);
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        (-1e12f64..1e12).prop_map(|n| json!(n)),
        prop::sample::select(vec![
            "JobPosting",
            "ItemList",
            "ListItem",
            "MonetaryAmount",
            "TELECOMMUTE",
            "YEAR",
            "Month",
            "hour",
            "piece",
            "s-elec",
            "电工",
            "自贡市",
            "2026-8-24 15:09 UTC",
            "1970-01-01",
            "javascript:alert(1)",
            "tel:123",
            "https://x.example/",
            "<p>a&amp;b</p>",
            "8-10 triệu",
            "5000-8000元/月",
            "¥5,000",
            "",
            " ",
            "NaN",
        ])
        .prop_map(|s| json!(s)),
        "[\\PC]{0,40}".prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 200, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..8)
                .prop_map(|kv| Value::Object(kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect())),
        ]
    })
}

/// A generous bound, proportional to the input: what "bounded work" means here. (Debug
/// builds; the figures that matter for speed are in docs/PERFORMANCE.md.)
fn bound(len: usize) -> Duration {
    Duration::from_millis(200) + Duration::from_micros(100 * len as u64)
}

fn read_within_bounds(bytes: &[u8]) -> Result<(), TestCaseError> {
    let start = Instant::now();
    let (_, problems, _) = feed::read(bytes, 1, LoadOptions::default());
    prop_assert!(problems.len() <= Problems::KEPT);
    prop_assert!(problems.total() >= problems.len());
    prop_assert!(start.elapsed() < bound(bytes.len()), "{:?} for {} bytes", start.elapsed(), bytes.len());
    // The whole load (catalogue, facts, indexes) too.
    let ds = Dataset::load_over(BASE.as_bytes(), &[bytes], LoadOptions::default());
    prop_assert!(ds.problems().len() <= Problems::KEPT);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_bytes_are_read_without_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        read_within_bounds(&bytes)?;
    }

    #[test]
    fn any_feed_shaped_json_is_read_without_panic(doc in json_strategy(), cut in any::<prop::sample::Index>(), flip in any::<Option<(prop::sample::Index, u8)>>()) {
        let mut bytes = doc.to_string().into_bytes();
        read_within_bounds(&bytes)?;
        // The same document cut short, and with one byte changed.
        bytes.truncate(cut.index(bytes.len() + 1));
        read_within_bounds(&bytes)?;
        if let (Some((at, b)), false) = (flip, bytes.is_empty()) {
            let i = at.index(bytes.len());
            bytes[i] = b;
            read_within_bounds(&bytes)?;
        }
    }
}

/// A load read `budget` bytes of a feed at a time, as the browser reads it between yields,
/// and indexed a part at a time; with the number of reading steps.
fn load_in_slices(default: &[u8], sources: &[Source], budget: usize) -> (Dataset, usize) {
    let mut assembly = Assembly::new(default, sources, LoadOptions::default());
    let mut steps = 1;
    while !assembly.step(budget) {
        steps += 1;
    }
    let mut indexing = assembly.finish().indexing();
    while !indexing.step() {}
    (indexing.finish(), steps)
}

fn same_load(a: &Dataset, b: &Dataset) -> Result<(), TestCaseError> {
    prop_assert_eq!(a.jobs(), b.jobs());
    prop_assert_eq!(a.problems(), b.problems());
    prop_assert_eq!(a.feeds(), b.feeds());
    prop_assert_eq!(&a.catalog().skills, &b.catalog().skills);
    prop_assert_eq!(&a.catalog().courses, &b.catalog().courses);
    prop_assert_eq!(&a.catalog().brands, &b.catalog().brands);
    prop_assert_eq!(&a.catalog().places, &b.catalog().places);
    Ok(())
}

/// A native feed with good, broken and repeated records in every list.
const MIXED: &str = r#"{"skillmatch":1,
  "skills":[{"id":"s-x","name":"焊工"},{"id":"s-x","name":"又一个"},{"name":"无编号"},{"id":"s-y","name":"叉车工"}],
  "jobs":[{"id":"a","title":"焊工","requires":[{"skill":"s-x","level":3}]},{"id":"a","title":"重复"},{"title":7},
          {"id":"b","title":"叉车司机","requires":["叉车工"],"wage":{"min":5000,"max":"x"}},[],{"id":"c","title":"电工","city":"自贡市"}],
  "courses":{"not":"a list"}}"#;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Reading in slices (what lets the browser paint while a feed loads) changes nothing:
    /// whatever the slice size, the same jobs, problems, statuses and catalogue as one read.
    #[test]
    fn a_load_read_in_slices_of_any_size_is_the_load_read_whole(
        doc in json_strategy(),
        budget in 1usize..400,
        failed_first in any::<bool>(),
    ) {
        let doc = doc.to_string();
        let mut sources = vec![Source::bytes(MIXED.as_bytes()), Source::bytes(doc.as_bytes())];
        let failed = Source { bytes: Err(FeedError::Timeout), ..Source::bytes(b"") };
        if failed_first { sources.insert(0, failed) } else { sources.push(failed) }
        let whole = Dataset::load_sources(BASE.as_bytes(), &sources, LoadOptions::default());
        let (sliced, steps) = load_in_slices(BASE.as_bytes(), &sources, budget);
        same_load(&sliced, &whole)?;
        // And it was read in slices: more steps than feeds (a step never spans two), as
        // the fixture base and MIXED are each longer than the largest budget.
        prop_assert!(steps > sources.len() + 1, "{} steps", steps);
    }
}

#[test]
fn the_default_feed_read_a_record_at_a_time_is_the_default_feed() {
    let default = skillmatch::engine::dataset::DEFAULT_FEED.as_bytes();
    let whole = Dataset::load_sources(default, &[], LoadOptions::default());
    let (sliced, steps) = load_in_slices(default, &[], 1);
    same_load(&sliced, &whole).unwrap();
    let records = whole.jobs().len() + whole.catalog().skills.len() + whole.catalog().courses.len();
    assert!(steps > records, "{steps} steps for {records} records");
}

#[test]
fn too_deep_means_what_the_parser_refuses() {
    for depth in [126, 127, 128, 129, 130] {
        let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        let parses = serde_json::from_str::<Value>(&text).is_ok();
        let (_, _, error) = feed::read(text.as_bytes(), 1, LoadOptions::default());
        let want = if parses { FeedError::NoPostings } else { FeedError::TooDeep };
        assert_eq!(error, Some(want), "depth {depth}");
    }
}
