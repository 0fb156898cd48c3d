//! The embedded default feed, validated by the engine's own loader.
#![cfg(not(target_arch = "wasm32"))]

use skillmatch::engine::dataset::Dataset;
use skillmatch::engine::feed::LoadOptions;
use skillmatch::engine::model::SkillRef;
use skillmatch::engine::text::pinyin;
use std::collections::HashSet;

fn default() -> Dataset {
    Dataset::load(&[], LoadOptions::default())
}

#[test]
fn loads_without_a_single_problem() {
    let ds = default();
    assert!(ds.problems().is_empty(), "{:#?}", &ds.problems()[..ds.problems().len().min(10)]);
}

#[test]
fn covers_what_the_demo_promises() {
    let ds = default();
    let cat = ds.catalog();
    assert_eq!(cat.places.len(), 21, "all 21 cities and prefectures");
    for big in
        ["成都市", "自贡市", "绵阳市", "德阳市", "南充市", "宜宾市", "泸州市", "乐山市", "达州市", "凉山彝族自治州"]
    {
        let p = cat.city(big).unwrap_or_else(|| panic!("{big}"));
        assert!(p.counties.len() >= 3, "{big} has counties");
    }
    assert!(cat.brands.len() >= 12);
    assert!(cat.skills.len() >= 150);
    assert!(cat.jobs.len() >= 400);
    assert!(cat.courses.len() >= 80);
    let categories: HashSet<&str> = cat.jobs.iter().map(|j| &*j.category).collect();
    for c in ["建筑", "餐饮", "家政", "养老", "彩灯", "制造", "物流", "电商直播", "安保", "刺绣"]
    {
        assert!(categories.contains(c), "jobs in {c}");
    }
    let cities: HashSet<&str> = cat.jobs.iter().map(|j| &*j.city).collect();
    assert_eq!(cities.len(), 21, "jobs in every city");
}

#[test]
fn every_reference_resolves_and_every_job_has_a_place_and_coordinates() {
    let ds = default();
    for job in &ds.catalog().jobs {
        assert!(ds.catalog().city(&job.city).is_some(), "{} city {}", job.id, job.city);
        assert!(job.geo.is_some(), "{} has coordinates", job.id);
        for r in &job.requires {
            assert!(matches!(r.skill, SkillRef::Known(_)), "{} requires {:?}", job.id, r.skill);
        }
    }
}

#[test]
fn sample_data_is_visibly_fictitious() {
    let ds = default();
    let cat = ds.catalog();
    for job in &cat.jobs {
        assert!(job.employer.contains("示例"), "{}: {}", job.id, job.employer);
        if let Some(link) = &job.apply {
            let href = link.href();
            assert!(href.starts_with("https://example.com/") || href.contains("5550"), "{}: {href}", job.id);
        }
    }
    for c in &cat.courses {
        assert!(c.provider.contains("示例"), "{}: {}", c.id, c.provider);
    }
}

#[test]
fn every_hanzi_in_the_default_feed_has_pinyin() {
    let text = skillmatch::engine::dataset::DEFAULT_FEED;
    let missing: HashSet<char> =
        text.chars().filter(|c| ('\u{4E00}'..='\u{9FFF}').contains(c) && !pinyin::has_readings(*c)).collect();
    assert!(missing.is_empty(), "no pinyin for {missing:?}: re-run gen-pinyin");
}

#[test]
fn the_zigong_electrician_demo_works() {
    use skillmatch::engine::profile::Profile;
    use skillmatch::engine::text::index::Scratch;
    use skillmatch::engine::view::{rank, Request};
    let ds = default();
    let (p, problems) =
        Profile::from_json(r#"{"skills":[{"name":"电工","level":2}],"brands":["b-zg"],"city":"自贡市"}"#);
    assert!(problems.is_empty());
    let (w, unresolved) = p.resolve(ds.catalog());
    assert!(unresolved.is_empty());
    let today = skillmatch::engine::model::Date::parse("2026-12-01").unwrap().day_number();
    let view = rank(&ds, &w, &Request { today, limit: 5, ..Request::default() }, &mut Scratch::default());
    let b_zg = ds.catalog().find_brand("b-zg").unwrap();
    for r in &view.items {
        let job = &ds.catalog().jobs[r.job as usize];
        assert_eq!(&*job.city, "自贡市", "{} {}", job.id, job.title);
        assert!(job.prefers_brands.contains(&b_zg), "{} {}", job.id, job.title);
    }
}
