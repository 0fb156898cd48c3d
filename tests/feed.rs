//! Feed loading: good feeds, each kind of bad record reported and skipped (or repaired),
//! feed-level refusals, and schema.org JobPosting in all its published shapes.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use skillmatch::engine::dataset::Dataset;
use skillmatch::engine::feed::{self, List, LoadOptions, ProblemKind};
use skillmatch::engine::model::*;

/// Loads one user feed over the fixtures and checks which jobs survive and which problems
/// (path, kind) are reported — the data-driven core of these tests.
fn check(feed: &str, jobs: &[&str], problems: &[(&str, ProblemKind)]) {
    let ds = load(&[feed]);
    assert_eq!(job_ids(&ds), jobs, "jobs kept");
    let want: Vec<(String, ProblemKind)> = problems.iter().map(|(p, k)| (p.to_string(), k.clone())).collect();
    assert_eq!(kinds(&ds.problems), want, "problems reported");
}

#[test]
fn the_fixture_feed_loads_cleanly() {
    let ds = load(&[]);
    assert!(ds.problems.is_empty(), "{:?}", ds.problems);
    assert_eq!(job_ids(&ds), ["J1", "J2", "J3", "J4"]);
    assert_eq!(ds.catalog.skills.len(), 4);
    assert_eq!(ds.catalog.courses.len(), 2);
    let j1 = &ds.catalog.jobs[0];
    let elec = ds.catalog.skill_by_id("s-elec").unwrap();
    assert_eq!(j1.requires[0], Requirement { skill: SkillRef::Known(elec), level: Level::new(2) });
    assert_eq!(&*j1.prefers_brands, [0]);
    assert_eq!(j1.apply, Some(ApplyLink::Tel("tel:+86-813-5550-0001".into())));
    assert_eq!(j1.wage.unwrap().monthly(), Some((6000.0, 8000.0)));
    let brand = &ds.catalog.brands[0];
    assert_eq!(brand.attests[1], Attest { skill: elec, level: Level::new(2) });
}

#[test]
fn a_user_feed_with_jobs_replaces_the_default_jobs_but_keeps_its_skills() {
    check(r#"{"skillmatch":1,"jobs":[{"id":"X1","title":"电工","requires":[{"skill":"s-elec"}]}]}"#, &["X1"], &[]);
    let ds = load(&[r#"{"skillmatch":1,"jobs":[{"id":"X1","title":"电工","requires":[{"skill":"水电工"}]}]}"#]);
    let elec = ds.catalog.skill_by_id("s-elec").unwrap();
    assert_eq!(ds.catalog.jobs[0].requires[0].skill, SkillRef::Known(elec), "resolved by alias");
    assert_eq!(ds.catalog.courses.len(), 2, "courses still come from the default");
}

#[test]
fn several_feeds_merge_in_order_and_later_duplicates_are_reported() {
    let a = r#"{"jobs":[{"id":"A","title":"甲"},{"id":"B","title":"乙"}]}"#;
    let b = r#"{"jobs":[{"id":"B","title":"乙2"},{"id":"C","title":"丙"}]}"#;
    let ds = load(&[a, b]);
    assert_eq!(job_ids(&ds), ["A", "B", "C"]);
    assert_eq!(&*ds.catalog.jobs[1].title, "乙", "the first feed's record wins");
    assert_eq!(ds.problems.len(), 1);
    assert_eq!((ds.problems[0].feed, &ds.problems[0].kind), (2, &ProblemKind::DuplicateId));
}

#[test]
fn wrong_types_skip_only_their_record() {
    check(
        r#"{"jobs":[{"id":"A","title":{"zh":"x"}},"not a record",{"id":"B","title":"好","housing":"yes"}]}"#,
        &["B"],
        &[
            ("$.jobs[0].title", ProblemKind::WrongType { expected: "string" }),
            ("$.jobs[1]", ProblemKind::WrongType { expected: "object" }),
            ("$.jobs[2].housing", ProblemKind::WrongType { expected: "boolean" }),
        ],
    );
}

#[test]
fn a_list_that_is_not_an_array_is_reported() {
    check(r#"{"jobs":{"id":"A"}}"#, &[], &[("$.jobs", ProblemKind::WrongType { expected: "array" })]);
}

#[test]
fn missing_and_duplicate_ids_are_skipped() {
    check(
        r#"{"jobs":[{"title":"无编号"},{"id":"A","title":"甲"},{"id":"A","title":"又是甲"},{"id":"  ","title":"空"}]}"#,
        &["A"],
        &[
            ("$.jobs[0].id", ProblemKind::Missing),
            ("$.jobs[2].id", ProblemKind::DuplicateId),
            ("$.jobs[3].id", ProblemKind::WrongType { expected: "string" }),
        ],
    );
}

#[test]
fn swapped_wages_are_repaired_and_negative_wages_dropped() {
    let ds = load(&[r#"{"jobs":[
        {"id":"A","title":"甲","wage":{"min":8000,"max":6000,"unit":"month"}},
        {"id":"B","title":"乙","wage":{"min":-5,"max":300,"unit":"day"}},
        {"id":"C","title":"丙","wage":{"min":"6,000","max":"7000","unit":"fortnight"}}]}"#]);
    assert_eq!(job_ids(&ds), ["A", "B", "C"], "wage trouble never loses the job");
    let a = ds.catalog.jobs[0].wage.unwrap();
    assert_eq!((a.min, a.max), (6000.0, 8000.0));
    assert!(ds.catalog.jobs[1].wage.is_none());
    assert!(ds.catalog.jobs[2].wage.is_none());
    assert_eq!(
        kinds(&ds.problems),
        vec![
            ("$.jobs[0].wage".into(), ProblemKind::WageSwapped),
            ("$.jobs[1].wage".into(), ProblemKind::OutOfRange),
            ("$.jobs[2].wage.unit".into(), ProblemKind::UnknownValue { value: "fortnight".into() }),
        ]
    );
}

#[test]
fn unknown_skill_and_brand_references_are_reported_and_kept_as_text() {
    let ds = load(&[
        r#"{"jobs":[{"id":"A","title":"甲","requires":[{"skill":"s-nope","level":2},{"skill":"diangong"}],"prefersBrands":["b-nope"]}]}"#,
    ]);
    let job = &ds.catalog.jobs[0];
    assert_eq!(job.requires[0].skill, SkillRef::Text("s-nope".into()));
    let elec = ds.catalog.skill_by_id("s-elec").unwrap();
    assert_eq!(job.requires[1].skill, SkillRef::Known(elec), "pinyin resolves");
    assert!(job.prefers_brands.is_empty());
    assert_eq!(
        kinds(&ds.problems),
        vec![
            ("$.jobs[0].requires[0]".into(), ProblemKind::UnknownSkill { reference: "s-nope".into() }),
            ("$.jobs[0].prefersBrands[0]".into(), ProblemKind::UnknownBrand { reference: "b-nope".into() }),
        ]
    );
}

#[test]
fn levels_outside_one_to_five_are_reported() {
    let ds = load(&[
        r#"{"jobs":[{"id":"A","title":"甲","requires":[{"skill":"s-elec","level":7},{"skill":"s-weld","level":2.5}]}]}"#,
    ]);
    assert_eq!(ds.catalog.jobs[0].requires.iter().map(|r| r.level).collect::<Vec<_>>(), [None, None]);
    assert_eq!(ds.problems.iter().filter(|p| p.kind == ProblemKind::OutOfRange).count(), 2);
}

#[test]
fn unparseable_dates_are_reported_and_the_job_kept() {
    check(
        r#"{"jobs":[{"id":"A","title":"甲","posted":"2026-02-30","validThrough":"下个月"}]}"#,
        &["A"],
        &[
            ("$.jobs[0].posted", ProblemKind::BadDate { value: "2026-02-30".into() }),
            ("$.jobs[0].validThrough", ProblemKind::BadDate { value: "下个月".into() }),
        ],
    );
}

#[test]
fn over_long_text_is_truncated_and_reported() {
    let title = "长".repeat(250);
    let feed = format!(r#"{{"jobs":[{{"id":"A","title":"{title}"}}]}}"#);
    let ds = load(&[&feed]);
    assert_eq!(ds.catalog.jobs[0].title.chars().count(), 200);
    assert_eq!(kinds(&ds.problems), vec![("$.jobs[0].title".into(), ProblemKind::Truncated { chars: 250, max: 200 })]);
}

#[test]
fn only_http_and_tel_links_survive() {
    let ds = load(&[r#"{"jobs":[
        {"id":"A","title":"甲","apply":"javascript:alert(1)"},
        {"id":"B","title":"乙","apply":"data:text/html,<script>x</script>"},
        {"id":"C","title":"丙","apply":"HTTPS://example.com/a"},
        {"id":"D","title":"丁","apply":"tel:028 5550 0000"}]}"#]);
    let links: Vec<Option<&str>> = ds.catalog.jobs.iter().map(|j| j.apply.as_ref().map(ApplyLink::href)).collect();
    assert_eq!(links, [None, None, Some("HTTPS://example.com/a"), Some("tel:028 5550 0000")]);
    assert_eq!(ds.problems.iter().filter(|p| p.kind == ProblemKind::UnsafeLink).count(), 2);
}

#[test]
fn feeds_that_cannot_be_read_are_refused_with_a_reason() {
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    let cases: [(&[u8], ProblemKind); 4] = [
        (b"{\"jobs\": [", ProblemKind::NotJson { line: 1, column: 10 }),
        (deep.as_bytes(), ProblemKind::TooDeep),
        (b"{\"hello\": 1}", ProblemKind::NotAFeed),
        (b"[1, 2, 3]", ProblemKind::NotAFeed),
    ];
    for (bytes, kind) in cases {
        let (raw, problems) = feed::read(bytes, 1, LoadOptions::default());
        assert_eq!(raw, Default::default());
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].kind, kind);
        assert_eq!(problems[0].list, List::Feed);
    }
}

#[test]
fn a_feed_over_the_size_limit_is_refused_whole() {
    let big = format!(r#"{{"jobs":[{}]}}"#, vec![r#"{"id":"x","title":"y"}"#; 100].join(","));
    let opts = LoadOptions { max_bytes: 1000 };
    let bytes: &[u8] = big.as_bytes();
    let ds = Dataset::load_over(BASE.as_bytes(), &[bytes], opts);
    assert_eq!(job_ids(&ds), ["J1", "J2", "J3", "J4"], "the default stays");
    assert_eq!(ds.problems[0].kind, ProblemKind::TooLarge { bytes: big.len(), limit: 1000 });
}

#[test]
fn a_byte_order_mark_is_fine() {
    let (raw, problems) = feed::read(b"\xEF\xBB\xBF{\"jobs\":[]}", 1, LoadOptions::default());
    assert!(problems.is_empty());
    assert_eq!(raw.jobs, Some(vec![]));
}

const POSTING: &str = r#"{"@context":"https://schema.org","@type":"JobPosting",
  "identifier":{"@type":"PropertyValue","value":"P-1"},
  "title":"水电工（持证）","datePosted":"2026-11-28T08:00:00+08:00","validThrough":"2027-01-31",
  "description":"<p>负责<b>工地</b>水电安装&amp;维修。</p><ul><li>包住</li></ul><script>alert(1)</script>",
  "hiringOrganization":{"@type":"Organization","name":"建工集团（示例）"},
  "jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"自流井区","addressRegion":"四川省"}},
  "baseSalary":{"@type":"MonetaryAmount","currency":"CNY","value":{"@type":"QuantitativeValue","minValue":"300","maxValue":400,"unitText":"DAY"}},
  "employmentType":["FULL_TIME","PER_DIEM"],
  "skills":"电工证（四级）, 彩灯制作, 会开叉车",
  "url":"https://example.com/p/1","totalJobOpenings":"5"}"#;

#[test]
fn a_single_job_posting_becomes_a_job() {
    let ds = load(&[POSTING]);
    assert!(ds.problems.is_empty(), "{:?}", ds.problems);
    let job = &ds.catalog.jobs[0];
    assert_eq!(&*job.id, "P-1");
    assert_eq!(&*job.title, "水电工（持证）");
    assert_eq!(&*job.employer, "建工集团（示例）");
    assert_eq!((&*job.city, &*job.county), ("自贡市", "自流井区"), "county given as locality");
    assert!(job.geo.is_some(), "coordinates from the gazetteer");
    assert_eq!(&*job.description, "负责工地水电安装&维修。\n包住");
    let w = job.wage.unwrap();
    assert_eq!((w.min, w.max, w.unit), (300.0, 400.0, WageUnit::Day));
    assert_eq!(job.settlement, Some(Settlement::Daily));
    assert_eq!(job.headcount, Some(5));
    assert_eq!(job.posted, Date::parse("2026-11-28"));
    assert_eq!(job.apply, Some(ApplyLink::Web("https://example.com/p/1".into())));
    let elec = ds.catalog.skill_by_id("s-elec").unwrap();
    let lantern = ds.catalog.skill_by_id("s-lantern").unwrap();
    assert_eq!(
        job.requires.to_vec(),
        vec![
            Requirement { skill: SkillRef::Known(elec), level: Level::new(2) },
            Requirement { skill: SkillRef::Known(lantern), level: None },
            Requirement { skill: SkillRef::Text("会开叉车".into()), level: None },
        ]
    );
}

#[test]
fn job_postings_in_every_published_shape() {
    let one = |id: &str| POSTING.replace("P-1", id);
    let shapes = [
        format!("[{}, {}]", one("A"), one("B")),
        format!(
            r#"{{"@type":"ItemList","itemListElement":[{{"@type":"ListItem","position":1,"item":{}}},{{"@type":"ListItem","position":2,"item":{}}}]}}"#,
            one("A"),
            one("B")
        ),
        format!(r#"{{"@context":"https://schema.org","@graph":[{{"@type":"WebPage"}},{},{}]}}"#, one("A"), one("B")),
    ];
    for shape in &shapes {
        let ds = load(&[shape]);
        assert_eq!(job_ids(&ds), ["A", "B"], "{shape}");
    }
}

#[test]
fn salary_units_normalise_and_messy_postings_still_load() {
    let post = |salary: &str| format!(r#"{{"@type":"JobPosting","title":"工","baseSalary":{salary}}}"#);
    let cases = [
        (r#"{"value":{"value":1000,"unitText":"WEEK"}}"#, Some((4333.33, WageUnit::Month))),
        (r#"{"value":{"minValue":60000,"maxValue":84000,"unitText":"YEAR"}}"#, Some((5000.0, WageUnit::Month))),
        (r#"{"value":"25","unitText":"HOUR"}"#, Some((25.0, WageUnit::Hour))),
        (r#"{"value":{"minValue":5000}}"#, Some((5000.0, WageUnit::Month))),
        (r#"{"value":{"unitText":"MONTH"}}"#, None),
    ];
    for (salary, want) in cases {
        let ds = load(&[&post(salary)]);
        let got = ds.catalog.jobs[0].wage.map(|w| ((w.min * 100.0).round() / 100.0, w.unit));
        assert_eq!(got, want, "{salary}");
        assert!(ds.catalog.jobs[0].id.starts_with("jsonld-"), "a posting without identifier gets an id");
    }
}

#[test]
fn html_to_text_keeps_text_only() {
    use skillmatch::engine::text::html_to_text;
    assert_eq!(html_to_text("a<br>b&lt;c&gt; &#x4E2D;&#25991; &bogus; &"), "a\nb<c> 中文 &bogus; &");
    assert_eq!(html_to_text("<style>p{}</style><p>x</p>"), "x");
    assert_eq!(html_to_text("<img src=x onerror=alert(1)>ok"), "ok");
}

#[test]
fn a_lone_angle_bracket_in_html_is_text_and_property_value_ids_are_the_value() {
    use skillmatch::engine::text::html_to_text;
    assert_eq!(html_to_text("月薪<8000元"), "月薪<8000元");
    assert_eq!(html_to_text("年龄<45岁"), "年龄<45岁");
    let posting = |n: u32| {
        format!(
            r#"{{"@type":"JobPosting","title":"工","identifier":{{"@type":"PropertyValue","name":"某公司","value":"{n}"}}}}"#
        )
    };
    let ds = load(&[&format!("[{},{}]", posting(1), posting(2))]);
    assert_eq!(job_ids(&ds), ["1", "2"], "two postings of one employer stay two");
}

#[test]
fn a_record_nested_too_deeply_is_skipped_and_the_rest_kept() {
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    let feed = format!(
        r#"{{"skillmatch": 1, "jobs": [{{"id": "A", "title": "普工"}}, {{"id": "B", "title": "深", "x": {deep}}}, {{"id": "C", "title": "电工"}}]}}"#
    );
    let (raw, problems) = feed::read(feed.as_bytes(), 1, LoadOptions::default());
    let ids: Vec<String> = raw.jobs.unwrap().iter().map(|j| j.record.id.to_string()).collect();
    assert_eq!(ids, ["A", "C"]);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(
        (problems[0].kind.clone(), problems[0].record, problems[0].skipped),
        (ProblemKind::TooDeep, Some(1), true)
    );
    assert_eq!(problems[0].path, "$.jobs[1]");
}

#[test]
fn repeated_job_texts_are_stored_once() {
    let feed = r#"{"skillmatch": 1, "jobs": [
        {"id": "A", "title": "普工", "employer": "示例厂（示例）", "description": "流水线作业"},
        {"id": "B", "title": "普工", "employer": "示例厂（示例）", "description": "流水线作业"}]}"#;
    let ds = load(&[feed]);
    let (a, b) = (&ds.catalog.jobs[ds.job_by_id("A").unwrap()], &ds.catalog.jobs[ds.job_by_id("B").unwrap()]);
    assert!(std::rc::Rc::ptr_eq(&a.employer, &b.employer));
    assert!(std::rc::Rc::ptr_eq(&a.description, &b.description));
    assert!(std::rc::Rc::ptr_eq(&a.title, &b.title));
}
