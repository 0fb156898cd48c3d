//! Course suggestions on the fixture catalogue.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use skillmatch::engine::dataset::Dataset;
use skillmatch::engine::profile::{Profile, Resolved};
use skillmatch::engine::suggest::{courses_for, net_cost, suggest, suggest_with, CourseFilters};
use skillmatch::engine::view::Filters;

fn worker(ds: &Dataset, json: &str) -> Resolved {
    Profile::from_json(json).0.resolve(ds.catalog()).0
}

fn course_ids(ds: &Dataset, w: &Resolved) -> Vec<(String, usize)> {
    suggest(ds, w, &Filters::default(), today(), 10)
        .into_iter()
        .map(|s| (ds.catalog().courses[s.course as usize].id.clone(), s.unlocks))
        .collect()
}

#[test]
fn a_welder_below_the_level_is_shown_the_course_that_unlocks_the_job() {
    let ds = load(&[]);
    let w = worker(&ds, r#"{"skills":[{"name":"焊工","level":1}],"city":"成都市"}"#);
    let got = suggest(&ds, &w, &Filters::default(), today(), 10);
    let first = &got[0];
    assert_eq!(&*ds.catalog().courses[first.course as usize].id, "C2");
    assert_eq!(first.unlocks, 1, "J2 asks 焊工 level 3; C2 teaches it to 3");
    assert_eq!(first.closes, vec![ds.catalog().skill_by_id("s-weld").unwrap()]);
    assert_eq!(first.cost, 0.0, "voucher-eligible: free with the voucher");
    // Before: only J4 (no requirements, 4,700 midpoint). After: J4 and J2 (6,307.5).
    let uplift = first.uplift.unwrap();
    assert!((uplift - ((4700.0 + 6307.5) / 2.0 - 4700.0)).abs() < 1.0, "{uplift}");
}

#[test]
fn a_course_that_teaches_a_level_too_low_unlocks_nothing() {
    let ds = load(&[&with_base_jobs(
        r#"{"courses":[{"id":"LOW","title":"焊工入门","teaches":[{"skill":"s-weld","level":1}],"mode":"online"}]}"#,
    )]);
    let w = worker(&ds, r#"{}"#);
    assert_eq!(course_ids(&ds, &w), [("LOW".to_string(), 0)], "still suggested for demand, but unlocks 0");
}

#[test]
fn an_empty_profile_gets_starter_courses_for_demanded_skills() {
    let ds = load(&[]);
    let got = course_ids(&ds, &Resolved::default());
    assert!(!got.is_empty());
    assert_eq!(got[0].0, "C2", "welding unlocks a job outright: {got:?}");
    assert!(got.iter().any(|(id, _)| id == "C1"), "electrician training: 电工 is asked for by J1");
}

#[test]
fn women_returner_courses_surface_when_the_profile_says_so() {
    let feed = r#"{"courses":[
        {"id":"A","title":"电工班","teaches":[{"skill":"s-elec","level":2}],"mode":"offline","city":"自贡市","days":30,"cost":0,"voucher":true},
        {"id":"B","title":"产后再就业电工班","teaches":[{"skill":"s-elec","level":2}],"mode":"offline","city":"自贡市","days":30,"cost":0,"voucher":true,"audience":["women-returners"]}]}"#;
    let ds = load(&[&with_base_jobs(feed)]);
    let plain = worker(&ds, r#"{"city":"自贡市"}"#);
    let returner = worker(&ds, r#"{"city":"自贡市","needs":["womenReturner"]}"#);
    assert_eq!(course_ids(&ds, &plain)[0].0, "A", "equal courses tie by id");
    assert_eq!(course_ids(&ds, &returner)[0].0, "B");
}

#[test]
fn courses_for_a_gap_and_what_they_cost() {
    let ds = load(&[]);
    let elec = ds.catalog().skill_by_id("s-elec").unwrap();
    let ids: Vec<&str> = courses_for(&ds, elec, None).iter().map(|c| &*ds.catalog().courses[*c as usize].id).collect();
    assert_eq!(ids, ["C1"]);
    assert!(courses_for(&ds, elec, skillmatch::engine::model::Level::new(4)).is_empty());
    let c2 = &ds.catalog().courses[1];
    assert_eq!(net_cost(c2), 0.0);
    let mut paid = c2.clone();
    paid.voucher = false;
    assert_eq!(net_cost(&paid), 600.0, "1,800 less the 1,200 subsidy");
}

#[test]
fn suggestions_are_worded_in_both_languages() {
    use skillmatch::i18n::Lang;
    assert_eq!(Lang::Zh.texts().suggestion_reason(12, Some(800.0)), "完成后可多匹配 12 个职位，月薪中位数 +800 元");
    assert_eq!(Lang::Zh.texts().suggestion_reason(3, None), "完成后可多匹配 3 个职位");
    assert_eq!(
        Lang::En.texts().suggestion_reason(1, Some(1250.0)),
        "Qualifies you for 1 more job; median monthly wage +¥1,250"
    );
}

#[test]
fn course_filters_choose_among_every_course_not_the_first_few() {
    // Thirty paid offline courses rank first; the one free online course is among them all.
    let mut courses: Vec<String> = (0..30)
        .map(|i| format!(r#"{{"id":"P{i:02}","title":"焊工班{i}","teaches":[{{"skill":"s-weld","level":3}}],"mode":"offline","city":"成都市","days":5,"cost":100}}"#))
        .collect();
    courses.push(r#"{"id":"FREE","title":"线上焊工入门","teaches":[{"skill":"s-weld","level":1}],"mode":"online","days":60,"cost":0,"voucher":true}"#.into());
    let ds = load(&[&with_base_jobs(&format!(r#"{{"courses":[{}]}}"#, courses.join(",")))]);
    let w = worker(&ds, r#"{"city":"成都市"}"#);
    let top = |f: CourseFilters| -> Vec<String> {
        suggest_with(&ds, &w, &Filters::default(), today(), 5, f)
            .into_iter()
            .map(|s| ds.catalog().courses[s.course as usize].id.clone())
            .collect()
    };
    assert!(!top(CourseFilters::default()).contains(&"FREE".to_string()), "not among the best five");
    assert_eq!(top(CourseFilters { free: true, online: false }), ["FREE"]);
    assert_eq!(top(CourseFilters { free: false, online: true }), ["FREE"]);
}
