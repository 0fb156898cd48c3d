//! Feed loading: good feeds, each kind of bad record reported and skipped (or repaired),
//! feed-level refusals, and schema.org JobPosting in all its published shapes.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use skillmatch::engine::dataset::{Dataset, FeedStatus, Source};
use skillmatch::engine::feed::{self, FeedError, LoadOptions, Origin, ProblemKind, Problems};
use skillmatch::engine::model::*;

/// Loads one user feed over the fixtures and checks which jobs survive and which problems
/// (path, kind) are reported — the data-driven core of these tests.
fn check(feed: &str, jobs: &[&str], problems: &[(&str, ProblemKind)]) {
    let ds = load(&[feed]);
    assert_eq!(job_ids(&ds), jobs, "jobs kept");
    let want: Vec<(String, ProblemKind)> = problems.iter().map(|(p, k)| (p.to_string(), k.clone())).collect();
    assert_eq!(kinds(ds.problems()), want, "problems reported");
}

#[test]
fn the_fixture_feed_loads_cleanly() {
    let ds = load(&[]);
    assert!(ds.problems().is_empty(), "{:?}", ds.problems());
    assert_eq!(job_ids(&ds), ["J1", "J2", "J3", "J4"]);
    assert_eq!(ds.catalog().skills.len(), 4);
    assert_eq!(ds.catalog().courses.len(), 2);
    let j1 = &ds.catalog().jobs[0];
    let elec = ds.catalog().skill_by_id("s-elec").unwrap();
    assert_eq!(j1.requires[0], Requirement { skill: SkillRef::Known(elec), level: Level::new(2) });
    assert_eq!(&*j1.prefers_brands, [0]);
    assert_eq!(j1.apply, Some(ApplyLink::Tel("tel:+86-813-5550-0001".into())));
    assert_eq!(j1.wage.unwrap().monthly(), Some((6000.0, 8000.0)));
    let brand = &ds.catalog().brands[0];
    assert_eq!(brand.attests[1], Attest { skill: elec, level: Level::new(2) });
}

#[test]
fn a_user_feed_with_jobs_replaces_the_default_jobs_but_keeps_its_skills() {
    check(r#"{"skillmatch":1,"jobs":[{"id":"X1","title":"电工","requires":[{"skill":"s-elec"}]}]}"#, &["X1"], &[]);
    let ds = load(&[r#"{"skillmatch":1,"jobs":[{"id":"X1","title":"电工","requires":[{"skill":"水电工"}]}]}"#]);
    let elec = ds.catalog().skill_by_id("s-elec").unwrap();
    assert_eq!(ds.catalog().jobs[0].requires[0].skill, SkillRef::Known(elec), "resolved by alias");
    assert_eq!(ds.catalog().courses.len(), 2, "courses still come from the default");
}

#[test]
fn several_feeds_merge_in_order_and_later_duplicates_are_reported() {
    let a = r#"{"jobs":[{"id":"A","title":"甲"},{"id":"B","title":"乙"}]}"#;
    let b = r#"{"jobs":[{"id":"B","title":"乙2"},{"id":"C","title":"丙"}]}"#;
    let ds = load(&[a, b]);
    assert_eq!(job_ids(&ds), ["A", "B", "C"]);
    assert_eq!(&*ds.catalog().jobs[1].title, "乙", "the first feed's record wins");
    assert_eq!(ds.problems().len(), 1);
    assert_eq!((ds.problems()[0].feed, &ds.problems()[0].kind), (2, &ProblemKind::DuplicateId));
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
    let a = ds.catalog().jobs[0].wage.unwrap();
    assert_eq!((a.min, a.max), (6000.0, 8000.0));
    assert!(ds.catalog().jobs[1].wage.is_none());
    assert!(ds.catalog().jobs[2].wage.is_none());
    assert_eq!(
        kinds(ds.problems()),
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
    let job = &ds.catalog().jobs[0];
    assert_eq!(job.requires[0].skill, SkillRef::Text("s-nope".into()));
    let elec = ds.catalog().skill_by_id("s-elec").unwrap();
    assert_eq!(job.requires[1].skill, SkillRef::Known(elec), "pinyin resolves");
    assert!(job.prefers_brands.is_empty());
    assert_eq!(
        kinds(ds.problems()),
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
    assert_eq!(ds.catalog().jobs[0].requires.iter().map(|r| r.level).collect::<Vec<_>>(), [None, None]);
    assert_eq!(ds.problems().iter().filter(|p| p.kind == ProblemKind::OutOfRange).count(), 2);
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
    assert_eq!(ds.catalog().jobs[0].title.chars().count(), 200);
    assert_eq!(kinds(ds.problems()), vec![("$.jobs[0].title".into(), ProblemKind::Truncated { chars: 250, max: 200 })]);
}

#[test]
fn the_limit_is_in_characters_not_bytes() {
    // 200 hanzi are 600 bytes: at the limit, kept whole; one more is cut and reported.
    for (n, cut) in [(199, false), (200, false), (201, true)] {
        let title = "长".repeat(n);
        let feed = format!(r#"{{"jobs":[{{"id":"A","title":"{title}"}}]}}"#);
        let ds = load(&[&feed]);
        assert_eq!(ds.catalog().jobs[0].title.chars().count(), n.min(200), "{n}");
        let want = cut.then(|| ("$.jobs[0].title".to_string(), ProblemKind::Truncated { chars: n, max: 200 }));
        assert_eq!(kinds(ds.problems()), want.into_iter().collect::<Vec<_>>(), "{n}");
    }
}

#[test]
fn only_http_and_tel_links_survive() {
    let ds = load(&[r#"{"jobs":[
        {"id":"A","title":"甲","apply":"javascript:alert(1)"},
        {"id":"B","title":"乙","apply":"data:text/html,<script>x</script>"},
        {"id":"C","title":"丙","apply":"HTTPS://example.com/a"},
        {"id":"D","title":"丁","apply":"tel:028 5550 0000"}]}"#]);
    let links: Vec<Option<&str>> = ds.catalog().jobs.iter().map(|j| j.apply.as_ref().map(ApplyLink::href)).collect();
    assert_eq!(links, [None, None, Some("HTTPS://example.com/a"), Some("tel:028 5550 0000")]);
    assert_eq!(ds.problems().iter().filter(|p| p.kind == ProblemKind::UnsafeLink).count(), 2);
}

#[test]
fn feeds_that_cannot_be_read_are_refused_with_a_reason() {
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    // "招聘" in GBK: not UTF-8.
    let gbk: &[u8] = b"{\"jobs\":[{\"id\":\"1\",\"title\":\"\xd5\xd0\xc6\xb8\"}]}";
    let cases: [(&[u8], FeedError); 10] = [
        (b"{\"jobs\": [", FeedError::NotJson { line: 1, column: 10 }),
        (deep.as_bytes(), FeedError::TooDeep),
        (b"{\"hello\": 1}", FeedError::NoPostings),
        (b"[1, 2, 3]", FeedError::NoPostings),
        (b"null", FeedError::NoPostings),
        (b"", FeedError::Empty),
        (b"  \n ", FeedError::Empty),
        (b"{\"jobs\": [{\"id\": 1, \"title\": NaN}]}", FeedError::NotJson { line: 1, column: 30 }),
        (gbk, FeedError::NotUtf8 { offset: 28 }),
        (b"<!doctype html><title>Error</title><h1>500</h1>", FeedError::Html),
    ];
    for (bytes, error) in cases {
        let (raw, problems, got) = feed::read(bytes, 1, LoadOptions::default());
        assert_eq!(raw, Default::default());
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(got, Some(error), "{}", String::from_utf8_lossy(bytes));
    }
}

#[test]
fn a_named_feed_that_gives_no_jobs_never_shows_the_default_jobs() {
    let cases: [(&str, FeedError); 5] = [
        ("<html><body>Server error</body></html>", FeedError::Html),
        ("{\"jobs\": [", FeedError::NotJson { line: 1, column: 10 }),
        (
            r#"{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"Organization","name":"x"}]}"#,
            FeedError::NoPostings,
        ),
        (r#"{"@type":"ItemList","itemListElement":[]}"#, FeedError::NoPostings),
        (r#"{"jobs":[{"id":"A","title":12345},{"id":"B"}]}"#, FeedError::OnlyBrokenRecords { records: 2 }),
    ];
    for (body, error) in cases {
        let ds = load(&[body]);
        assert_eq!(job_ids(&ds), Vec::<&str>::new(), "{body}");
        assert_eq!(ds.feeds(), [FeedStatus::Failed(error)], "{body}");
        assert_eq!(ds.catalog().skills.len(), 4, "the default's skills still serve");
    }
    // No feed named: the default's (sample) jobs.
    assert_eq!(job_ids(&load(&[])), ["J1", "J2", "J3", "J4"]);
}

#[test]
fn with_several_feeds_the_good_ones_load_and_the_broken_ones_are_reported() {
    let good = r#"{"jobs":[{"id":"A","title":"甲"}]}"#;
    let sources = [
        Source::bytes(good.as_bytes()),
        Source { bytes: Err(FeedError::Http { status: 404 }), origin: Default::default() },
        Source::bytes(b"<p>oops</p>"),
    ];
    let ds = Dataset::load_sources(BASE.as_bytes(), &sources, LoadOptions::default());
    assert_eq!(job_ids(&ds), ["A"]);
    assert_eq!(
        ds.feeds(),
        [
            FeedStatus::Loaded { jobs: 1 },
            FeedStatus::Failed(FeedError::Http { status: 404 }),
            FeedStatus::Failed(FeedError::Html)
        ]
    );
    assert_eq!(ds.failed_feeds().map(|(i, _)| i).collect::<Vec<_>>(), [1, 2]);
    // A catalogue-only feed beside a jobs feed is fine; alone, it is reported.
    let skills_only = r#"{"skills":[{"id":"s-x","name":"新技能"}]}"#;
    assert_eq!(load(&[skills_only, good]).feeds(), [FeedStatus::Loaded { jobs: 0 }, FeedStatus::Loaded { jobs: 1 }]);
    assert_eq!(load(&[skills_only]).feeds(), [FeedStatus::Failed(FeedError::NoPostings)]);
}

#[test]
fn a_web_page_with_json_ld_is_a_feed() {
    let page = format!(
        r#"<!doctype html><html><head><script type="application/ld+json">{{"@type":"BreadcrumbList"}}</script>
        <script type="application/ld+json">{}</script></head><body>…</body></html>"#,
        r#"{"@type":"JobPosting","title":"焊工","identifier":"W1"}"#
    );
    let ds = load(&[&page]);
    assert_eq!(job_ids(&ds), ["W1"]);
}

#[test]
fn a_feed_over_the_size_limit_is_refused_whole() {
    let big = format!(r#"{{"jobs":[{}]}}"#, vec![r#"{"id":"x","title":"y"}"#; 100].join(","));
    let opts = LoadOptions { max_bytes: 1000, ..LoadOptions::default() };
    let bytes: &[u8] = big.as_bytes();
    let ds = Dataset::load_over(BASE.as_bytes(), &[bytes], opts);
    assert_eq!(job_ids(&ds), Vec::<&str>::new(), "never the default's jobs instead");
    assert_eq!(ds.feeds(), [FeedStatus::Failed(FeedError::TooLarge { bytes: big.len(), limit: 1000 })]);
}

#[test]
fn a_byte_order_mark_is_fine() {
    let (raw, problems, error) = feed::read(b"\xEF\xBB\xBF{\"jobs\":[]}", 1, LoadOptions::default());
    assert!(problems.is_empty() && error.is_none());
    assert_eq!(raw.jobs, Some(vec![]));
}

#[test]
fn problems_are_capped_and_counted() {
    let feed = format!(r#"{{"jobs":[{}]}}"#, vec!["{}"; 5000].join(","));
    let ds = load(&[&feed]);
    assert_eq!(ds.problems().total(), 10_000, "a missing id and a missing title per record");
    assert_eq!(ds.problems().len(), Problems::KEPT);
    assert_eq!(ds.problems().not_kept(), 10_000 - Problems::KEPT);
    assert_eq!(ds.problems().skipped(), 10_000);
    assert_eq!(ds.feeds(), [FeedStatus::Failed(FeedError::OnlyBrokenRecords { records: 5000 })]);
}

#[test]
fn references_are_capped_in_length_and_count() {
    let many: Vec<String> = (0..40).map(|i| format!(r#"{{"skill":"技能{i}"}}"#)).collect();
    let long = "电".repeat(5000);
    let feed = format!(
        r#"{{"jobs":[{{"id":"A","title":"甲","requires":[{}]}},{{"id":"B","title":"乙","requires":["{long}"]}}]}}"#,
        many.join(",")
    );
    let ds = load(&[&feed]);
    assert_eq!(ds.catalog().jobs[0].requires.len(), 24);
    let SkillRef::Text(t) = &ds.catalog().jobs[1].requires[0].skill else { panic!("kept as text") };
    assert_eq!(t.chars().count(), 60);
    assert!(ds.problems().iter().any(|p| p.kind == ProblemKind::TooMany { max: 24 }));
    assert!(ds.problems().iter().any(|p| p.kind == ProblemKind::Truncated { chars: 5000, max: 60 }));
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
    assert!(ds.problems().is_empty(), "{:?}", ds.problems());
    let job = &ds.catalog().jobs[0];
    assert_eq!(&*job.id, "P-1");
    assert_eq!(&*job.title, "水电工（持证）");
    assert_eq!(&*job.employer, "建工集团（示例）");
    assert_eq!((&*job.city, &*job.county), ("自贡市", "自流井区"), "county given as locality");
    assert!(job.geo.is_some(), "coordinates from the gazetteer");
    assert_eq!(&*job.description, "负责工地水电安装&维修。\n包住");
    let w = job.wage.unwrap();
    assert_eq!((w.min, w.max, w.unit, w.currency), (300.0, 400.0, Some(WageUnit::Day), Currency::parse("CNY")));
    assert_eq!(job.settlement, Some(Settlement::Daily));
    assert_eq!(job.headcount, Some(5));
    assert_eq!(job.posted, Date::parse("2026-11-28"));
    assert_eq!(job.apply, Some(ApplyLink::Web("https://example.com/p/1".into())));
    let elec = ds.catalog().skill_by_id("s-elec").unwrap();
    let lantern = ds.catalog().skill_by_id("s-lantern").unwrap();
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
fn salaries_keep_their_published_unit_and_currency() {
    let post = |salary: &str| format!(r#"{{"@type":"JobPosting","title":"工","baseSalary":{salary}}}"#);
    type Want = Option<(f64, f64, Option<WageUnit>, Option<&'static str>)>;
    let cases: [(&str, Want); 8] = [
        (r#"{"value":{"value":1000,"unitText":"WEEK"}}"#, Some((1000.0, 1000.0, Some(WageUnit::Week), None))),
        (
            r#"{"currency":"AUD","value":{"minValue":130000,"maxValue":160000,"unitText":"YEAR"}}"#,
            Some((130000.0, 160000.0, Some(WageUnit::Year), Some("AUD"))),
        ),
        (r#"{"value":"25","unitText":"HOUR","currency":"usd"}"#, Some((25.0, 25.0, Some(WageUnit::Hour), Some("USD")))),
        (r#"{"value":{"minValue":5000}}"#, Some((5000.0, 5000.0, None, None))),
        (r#"{"value":{"unitText":"MONTH"}}"#, None),
        (
            r#"{"currency":"PLN","minValue":16800,"maxValue":0,"value":{"unitText":"Month"}}"#,
            Some((16800.0, 16800.0, Some(WageUnit::Month), Some("PLN"))),
        ),
        (
            r#"{"currency":"EUR","Value":{"MinValue":36000,"MaxValue":"50,000","UnitText":"YEARLY"}}"#,
            Some((36000.0, 50000.0, Some(WageUnit::Year), Some("EUR"))),
        ),
        (
            r#"{"currency":"USD","value":{"value":40,"unitCode":"HUR"}}"#,
            Some((40.0, 40.0, Some(WageUnit::Hour), Some("USD"))),
        ),
    ];
    for (salary, want) in cases {
        let ds = load(&[&post(salary)]);
        let got = ds.catalog().jobs[0].wage.map(|w| (w.min, w.max, w.unit, w.currency.map(|c| c.as_str().to_string())));
        let want = want.map(|(a, b, u, c)| (a, b, u, c.map(String::from)));
        assert_eq!(got, want, "{salary}");
        assert!(ds.catalog().jobs[0].id.starts_with("jsonld-"), "a posting without identifier gets an id");
    }
    // The posting's salaryCurrency, and estimatedSalary when there is no baseSalary.
    let ds = load(&[
        r#"{"@type":"JobPosting","title":"工","salaryCurrency":"JPY","estimatedSalary":{"@type":"MonetaryAmountDistribution","percentile10":250000,"percentile90":320000,"duration":"P1M"}}"#,
    ]);
    let w = ds.catalog().jobs[0].wage.unwrap();
    assert_eq!(
        (w.min, w.max, w.unit, w.currency.unwrap().as_str()),
        (250000.0, 320000.0, Some(WageUnit::Month), "JPY")
    );
    // Text that gives no unambiguous amount is kept as text.
    let ds = load(&[r#"{"@type":"JobPosting","title":"工","baseSalary":"8-10 triệu"}"#]);
    assert_eq!((ds.catalog().jobs[0].wage, &*ds.catalog().jobs[0].wage_text), (None, "8-10 triệu"));
}

#[test]
fn real_world_posting_shapes() {
    let ds = load(&[r#"[
      {"@type":"JobPosting","name":"Electrician","identifier":7,"hiringOrganization":"ACME Pty",
       "jobLocationType":"TELECOMMUTE","applicantLocationRequirements":{"@type":"Country","name":"Australia"},
       "employmentType":"Part-time","datePosted":"2026.09.15 23:59:00","validThrough":"2027-8-24 15:09 UTC",
       "skills":[{"@type":"DefinedTerm","name":"电工"}],"occupationalCategory":{"@type":"CategoryCode","codeValue":"6-31-01-03","name":"电工"}},
      {"@type":"https://schema.org/JobPosting","title":12345},
      {"@type":"JobPosting","title":"R&amp;D 工程师","jobLocation":[null,{"@type":"Place","address":{"addressLocality":"成都","addressCountry":"CN"}}],
       "datePosted":"1970-01-01","description":"\u003Cp\u003E负责研发\u003C/p\u003E"}]"#]);
    assert_eq!(job_ids(&ds), ["7", "jsonld-1-2"]);
    let a = &ds.catalog().jobs[0];
    assert_eq!((&*a.title, &*a.employer, a.remote, &*a.remote_area), ("Electrician", "ACME Pty", true, "Australia"));
    assert!(a.flexible_hours, "Part-time");
    assert_eq!((a.posted, a.valid_through), (Date::parse("2026-09-15"), Date::parse("2027-08-24")));
    assert_eq!(a.requires.len(), 1);
    assert_eq!(&*a.category, "电工");
    let b = &ds.catalog().jobs[1];
    assert_eq!((&*b.title, &*b.city, &*b.description), ("R&D 工程师", "成都市", "负责研发"));
    assert_eq!(b.posted, None, "1970-01-01 is a placeholder");
    let kinds = kinds(ds.problems());
    assert!(kinds.contains(&("$[1].title".into(), ProblemKind::WrongType { expected: "string" })), "{kinds:?}");
    assert!(kinds.contains(&("$[2].datePosted".into(), ProblemKind::BadDate { value: "1970-01-01".into() })));
}

#[test]
fn a_posting_without_url_from_a_host_page_applies_on_that_page() {
    let page = Origin { page: Some("https://portal.example/jobs?id=3") };
    let posting = r#"{"@type":"JobPosting","title":"工"}"#;
    let sources = [Source { bytes: Ok(posting.as_bytes()), origin: page }];
    let ds = Dataset::load_sources(BASE.as_bytes(), &sources, LoadOptions::default());
    assert_eq!(ds.catalog().jobs[0].apply, Some(ApplyLink::Web("https://portal.example/jobs?id=3".into())));
    assert!(ds.catalog().jobs[0].id.starts_with("jsonld-"), "the page is not the posting's id");
    let contact = r#"{"@type":"JobPosting","title":"工","applicationContact":{"@type":"ContactPoint","telephone":"028-5550 1234"}}"#;
    assert_eq!(load(&[contact]).catalog().jobs[0].apply, Some(ApplyLink::Tel("tel:028-5550 1234".into())));
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
    let (raw, problems, _) = feed::read(feed.as_bytes(), 1, LoadOptions::default());
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
    let (a, b) = (&ds.catalog().jobs[ds.job_by_id("A").unwrap()], &ds.catalog().jobs[ds.job_by_id("B").unwrap()]);
    assert!(std::rc::Rc::ptr_eq(&a.employer, &b.employer));
    assert!(std::rc::Rc::ptr_eq(&a.description, &b.description));
    assert!(std::rc::Rc::ptr_eq(&a.title, &b.title));
}

#[test]
fn coordinates_are_range_checked_for_places_as_for_jobs() {
    let ds = load(&[r#"{"places":[{"name":"测试市","lat":95,"lon":104},{"name":"好市","lat":30,"lon":104}],
        "jobs":[{"id":"A","title":"甲","geo":{"lat":30,"lon":200}}]}"#]);
    assert_eq!(ds.catalog().places[0].geo, None);
    assert!(ds.catalog().places[1].geo.is_some());
    assert_eq!(ds.catalog().jobs[0].geo, None);
    assert_eq!(
        kinds(ds.problems()),
        vec![("$.places[0]".into(), ProblemKind::OutOfRange), ("$.jobs[0].geo".into(), ProblemKind::OutOfRange)]
    );
}

/// A job without coordinates takes its county's, and the county is the one in the job's own
/// city: 市中区 is a county of 内江 and of 乐山 (the gazetteer lists 内江 first).
#[test]
fn a_job_without_coordinates_takes_its_own_citys_county() {
    // Over the default feed, whose gazetteer is Sichuan's (the test catalogue's is smaller).
    let feed = r#"{"jobs":[{"id":"L","title":"甲","city":"乐山","county":"市中区"},
        {"id":"N","title":"乙","city":"内江市","county":"市中区"},
        {"id":"C","title":"丙","city":"峨眉山市"}]}"#;
    let ds = skillmatch::engine::dataset::Dataset::load(&[feed.as_bytes()], Default::default());
    let geo = |id: &str| {
        let g = ds.catalog().jobs[ds.job_by_id(id).unwrap()].geo.unwrap();
        (g.lat, g.lon)
    };
    let county = |city: &str, county: &str| {
        let c = ds.catalog().city(city).unwrap().counties.iter().find(|c| *c.name == *county)?;
        c.geo.map(|g| (g.lat, g.lon))
    };
    assert_eq!(Some(geo("L")), county("乐山市", "市中区"), "乐山's 市中区, not 内江's");
    assert_eq!(Some(geo("N")), county("内江市", "市中区"));
    assert_eq!(ds.catalog().jobs[ds.job_by_id("C").unwrap()].county.as_ref(), "峨眉山市", "a county given as the city");
    assert_eq!(Some(geo("C")), county("乐山市", "峨眉山市"));
}
