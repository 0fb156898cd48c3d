//! Real schema.org JobPosting documents, as live job sites and schema.org publish them
//! (tests/fixtures/jobposting/real/, provenance in its SOURCES.md), read by the engine and
//! checked against what a careful reader finds in each (expected.json, written from the
//! documents, not from this reader's output): how many postings, and for each its title,
//! pay (amount, currency, period, or the text as published), remote flag, employer, and
//! whether it has expired.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use skillmatch::engine::dataset::{Dataset, FeedStatus};
use skillmatch::engine::feed::{self, FeedError, Format, LoadOptions, Origin, Problems};
use skillmatch::engine::model::{Date, Job};
use std::path::Path;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/jobposting/real");

/// The day the expectations' `expired` flags were written for.
fn today() -> i64 {
    Date::parse("2026-12-02").unwrap().day_number()
}

/// One posting's mismatches with its expectation, as readable lines.
fn compare(job: &Job, want: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut check = |what: &str, got: String, want: String| {
        if got != want {
            out.push(format!("{what}: got {got:?}, want {want:?}"));
        }
    };
    check("title", job.title.to_string(), want["title"].as_str().unwrap_or_default().to_string());
    let salary = &want["salary"];
    let got = match (&job.wage, job.wage_text.is_empty()) {
        (Some(w), _) => format!(
            "{} {} {} {}",
            w.min,
            w.max,
            w.currency.map_or("null".to_string(), |c| c.as_str().to_string()),
            w.unit.map_or("null", |u| u.as_str())
        ),
        (None, false) => format!("text {}", job.wage_text),
        (None, true) => "none".into(),
    };
    let expected = if salary.is_null() {
        "none".to_string()
    } else if let Some(t) = salary["text"].as_str() {
        format!("text {t}")
    } else {
        format!(
            "{} {} {} {}",
            salary["min"].as_f64().unwrap_or(f64::NAN),
            salary["max"].as_f64().unwrap_or(f64::NAN),
            salary["currency"].as_str().unwrap_or("null"),
            salary["unit"].as_str().unwrap_or("null")
        )
    };
    check("salary", got, expected);
    check("remote", job.remote.to_string(), want["remote"].as_bool().unwrap_or(false).to_string());
    if let Some(employer) = want["employer"].as_str() {
        check("employer", job.employer.to_string(), employer.trim().to_string());
    }
    let expired = job.valid_through.is_some_and(|d| d.day_number() < today());
    check("expired", expired.to_string(), want["expired"].as_bool().unwrap_or(false).to_string());
    out
}

#[test]
fn real_job_postings_read_as_a_careful_reader_reads_them() {
    let expected: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(Path::new(DIR).join("expected.json")).unwrap()).unwrap();
    assert!(expected.len() >= 30, "the corpus keeps at least 30 documents");
    let mut failures = Vec::new();
    let mut postings = 0;
    for case in &expected {
        let file = case["file"].as_str().unwrap();
        let bytes = std::fs::read(Path::new(DIR).join(file)).unwrap();
        let ds = Dataset::load(&[&bytes], LoadOptions::default());
        let want_jobs = case["jobs"].as_u64().unwrap() as usize;
        if ds.catalog().jobs.len() != want_jobs {
            failures.push(format!("{file}: {} jobs, want {want_jobs} ({:?})", ds.catalog().jobs.len(), ds.feeds()));
            continue;
        }
        if want_jobs == 0 {
            assert!(matches!(ds.feeds()[..], [FeedStatus::Failed(_)]), "{file}: reported, not silently empty");
        }
        for (job, want) in ds.catalog().jobs.iter().zip(case["postings"].as_array().unwrap()) {
            postings += 1;
            for m in compare(job, want) {
                failures.push(format!("{file}: {m}"));
            }
        }
    }
    assert!(failures.is_empty(), "{} mismatches over {postings} postings:\n{}", failures.len(), failures.join("\n"));
}

/// The default wasm leaves the JobPosting reader out and only recognises postings
/// (`feed::recognise_postings`), and its page then hands the feed to the full build. So every
/// document the reader reads as JobPosting data must be recognised, and any other must come
/// out as it does with the reader (never handed over for nothing). Over the real documents
/// and the hostile feeds, which we did not write, and a native feed.
#[test]
fn the_default_build_recognises_every_document_the_reader_reads_postings_from() {
    let recognise = LoadOptions { postings: feed::recognise_postings, ..LoadOptions::default() };
    let hostile = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/e2e/fixtures/hostile");
    let mut files: Vec<_> = [DIR, hostile]
        .iter()
        .flat_map(|d| std::fs::read_dir(d).unwrap().map(|e| e.unwrap().path()))
        .filter(|p| p.file_name().is_some_and(|n| n != "expected.json" && n != "SOURCES.md"))
        .collect();
    files.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/base.json"));
    let (mut handed_over, mut kept) = (0, 0);
    for path in &files {
        let bytes = std::fs::read(path).unwrap();
        let read = |opts| feed::read_into(&bytes, 1, opts, Origin::default(), &mut Problems::default());
        match (read(LoadOptions::default()), read(recognise)) {
            (Ok((_, Format::JobPosting)), seen) => {
                handed_over += 1;
                assert_eq!(seen.err(), Some(FeedError::JobPostingNotSupported), "{}", path.display());
            }
            (full, seen) => {
                kept += 1;
                assert_eq!(full.map(|(_, f)| f), seen.map(|(_, f)| f), "{}", path.display());
            }
        }
    }
    assert!(handed_over >= 29 && kept >= 10, "{handed_over} handed over, {kept} kept");
}
