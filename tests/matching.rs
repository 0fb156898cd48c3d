//! Scoring, explanations, filters and ranking on the fixture catalogue.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use skillmatch::engine::dataset::Dataset;
use skillmatch::engine::model::*;
use skillmatch::engine::profile::{Profile, Resolved};
use skillmatch::engine::score::{explain, PlaceFit, SkillFit, WageFit};
use skillmatch::engine::text::index::Scratch;
use skillmatch::engine::view::{rank, Filters, Sort, View};

fn worker(ds: &Dataset, json: &str) -> Resolved {
    let (p, problems) = Profile::from_json(json);
    assert!(problems.is_empty(), "{problems:?}");
    p.resolve(ds.catalog()).0
}

fn ranked(ds: &Dataset, w: &Resolved, filters: &Filters, q: &str, sort: Sort) -> View {
    rank(ds, w, &request(filters, q, sort, 100), &mut Scratch::default())
}

fn ids(ds: &Dataset, v: &View) -> Vec<String> {
    v.items.iter().map(|r| ds.catalog().jobs[r.job as usize].id.to_string()).collect()
}

#[test]
fn an_electrician_with_the_lantern_brand_sees_the_lantern_job_first_and_why() {
    let ds = load(&[]);
    let w =
        worker(&ds, r#"{"skills":[{"name":"电工","level":2}],"brands":["b-zg"],"city":"自贡市","county":"自流井区"}"#);
    let v = ranked(&ds, &w, &Filters::default(), "", Sort::Best);
    assert_eq!(ids(&ds, &v)[0], "J1");
    let j1 = ds.job_by_id("J1").unwrap();
    let why = explain(&ds.catalog().jobs[j1], ds.facts(j1), &w, today());
    let elec = ds.catalog().skill_by_id("s-elec").unwrap();
    let lantern = ds.catalog().skill_by_id("s-lantern").unwrap();
    assert_eq!(
        why.skills,
        vec![
            SkillFit::Met { skill: elec, held: Level::new(2), required: Level::new(2) },
            // The brand certificate attests 彩灯制作 without a level.
            SkillFit::Met { skill: lantern, held: None, required: None },
        ]
    );
    assert_eq!(why.brand, Some(0));
    assert_eq!(why.place, PlaceFit::SameCounty);
    assert_eq!(why.wage, WageFit::NoWish { rank: why_rank(&ds, j1) });
    assert_eq!(why.percent(), (v.items[0].score * 100.0).round() as u8);
}

fn why_rank(ds: &Dataset, ix: usize) -> f64 {
    ds.facts(ix).wage_rank()
}

#[test]
fn skills_below_the_required_level_get_partial_credit() {
    let ds = load(&[]);
    let low = worker(&ds, r#"{"skills":[{"name":"焊工","level":1}]}"#);
    let met = worker(&ds, r#"{"skills":[{"name":"焊工","level":3}]}"#);
    let none = worker(&ds, r#"{}"#);
    let j2 = ds.job_by_id("J2").unwrap();
    let score = |w: &Resolved| explain(&ds.catalog().jobs[j2], ds.facts(j2), w, today());
    let (a, b, c) = (score(&none), score(&low), score(&met));
    assert!(matches!(b.skills[0], SkillFit::Below { .. }));
    assert!(a.score < b.score && b.score < c.score, "{} < {} < {}", a.score, b.score, c.score);
}

#[test]
fn an_empty_profile_still_ranks_every_open_job() {
    let ds = load(&[]);
    let v = ranked(&ds, &Resolved::default(), &Filters::default(), "", Sort::Best);
    assert_eq!(v.total, 4);
    // The job with no requirements fits anyone best.
    assert_eq!(ids(&ds, &v)[0], "J4");
}

#[test]
fn expired_jobs_never_appear() {
    let ds = load(&[
        r#"{"jobs":[{"id":"OLD","title":"旧","validThrough":"2026-11-30"},{"id":"NEW","title":"新","validThrough":"2026-12-01"}]}"#,
    ]);
    let v = ranked(&ds, &Resolved::default(), &Filters::default(), "", Sort::Best);
    assert_eq!(ids(&ds, &v), ["NEW"]);
}

#[test]
fn expired_jobs_are_counted() {
    let ds = load(&[
        r#"{"jobs":[{"id":"OLD","title":"旧","validThrough":"2026-11-30"},{"id":"OLD2","title":"旧","validThrough":"2025-01-01"},{"id":"NEW","title":"新"}]}"#,
    ]);
    let v = ranked(
        &ds,
        &Resolved::default(),
        &Filters { city: Some("成都市".into()), ..Filters::default() },
        "",
        Sort::Best,
    );
    assert_eq!((v.total, v.expired), (0, 2), "expired whatever the filters");
}

#[test]
fn wages_compare_only_within_the_feeds_currency() {
    let ds = load(&[r#"{"jobs":[
        {"id":"CNY","title":"甲","wage":{"min":6000,"max":8000,"unit":"month"}},
        {"id":"AUD","title":"乙","wage":{"min":130000,"max":160000,"unit":"year","currency":"AUD"}},
        {"id":"CNY2","title":"丙","wage":{"min":300,"max":300,"unit":"day","currency":"cny"}}]}"#]);
    assert_eq!(ds.currency().as_str(), "CNY");
    let aud = ds.job_by_id("AUD").unwrap();
    assert_eq!(ds.facts(aud).monthly(), None, "not converted into a comparison it cannot bear");
    let w = worker(&ds, r#"{"wage":{"min":5000,"unit":"month"}}"#);
    assert_eq!(explain(&ds.catalog().jobs[aud], ds.facts(aud), &w, today()).wage, WageFit::NotComparable);
    let floor = Filters { min_wage: Some((5000.0, WageUnit::Month)), ..Filters::default() };
    let mut got = ids(&ds, &ranked(&ds, &w, &floor, "", Sort::Best));
    got.sort();
    assert_eq!(got, ["CNY", "CNY2"]);
    assert_eq!(ids(&ds, &ranked(&ds, &w, &Filters::default(), "", Sort::Wage)), ["CNY", "CNY2", "AUD"]);
    // A feed of Australian jobs compares in dollars.
    let ds = load(&[r#"{"jobs":[
        {"id":"A","title":"甲","wage":{"min":30,"max":40,"unit":"hour","currency":"AUD"}},
        {"id":"B","title":"乙","wage":{"min":90000,"max":90000,"unit":"year","currency":"AUD"}},
        {"id":"C","title":"丙","wage":{"min":6000,"max":8000,"unit":"month"}}]}"#]);
    assert_eq!(ds.currency().as_str(), "AUD");
    // 40 AUD an hour is 6,960 a month, under 90,000 a year (7,500 a month).
    assert_eq!(ids(&ds, &ranked(&ds, &Resolved::default(), &Filters::default(), "", Sort::Wage)), ["B", "A", "C"]);
}

#[test]
fn remote_jobs_pass_place_filters() {
    let ds = load(&[r#"{"jobs":[{"id":"R","title":"客服","remote":true},{"id":"Z","title":"电工","city":"自贡市"}]}"#]);
    let w = worker(&ds, r#"{"city":"成都市"}"#);
    let f = Filters { city: Some("成都市".into()), max_km: Some(20.0), ..Filters::default() };
    assert_eq!(ids(&ds, &ranked(&ds, &w, &f, "", Sort::Best)), ["R"]);
    let r = ds.job_by_id("R").unwrap();
    assert_eq!(explain(&ds.catalog().jobs[r], ds.facts(r), &w, today()).place, PlaceFit::Remote);
}

#[test]
fn filters_exclude_jobs() {
    let ds = load(&[]);
    let w = Resolved::default();
    let cases: Vec<(Filters, Vec<&str>)> = vec![
        (Filters { city: Some("成都市".into()), ..Filters::default() }, vec!["J2", "J3"]),
        (Filters { settlement: vec![Settlement::Daily], ..Filters::default() }, vec!["J2"]),
        // 260–320 元/天 is 5,655–6,960 a month: it passes a 6,000 元/月 floor.
        (Filters { min_wage: Some((6000.0, WageUnit::Month)), ..Filters::default() }, vec!["J1", "J2", "J3"]),
        (Filters { min_wage: Some((300.0, WageUnit::Day)), ..Filters::default() }, vec!["J1", "J2", "J3"]),
        (Filters { min_wage: Some((7500.0, WageUnit::Month)), ..Filters::default() }, vec!["J1"]),
        (Filters { safeguards: Safeguards::default().with(Safeguard::WageAccount), ..Filters::default() }, vec!["J2"]),
        (Filters { housing: true, meals: true, ..Filters::default() }, vec!["J3"]),
        (Filters { category: Some("制造".into()), ..Filters::default() }, vec!["J2", "J4"]),
    ];
    for (f, want) in cases {
        let mut got = ids(&ds, &ranked(&ds, &w, &f, "", Sort::Best));
        got.sort();
        assert_eq!(got, want, "{f:?}");
    }
}

#[test]
fn sorts_by_wage_and_by_date() {
    let ds = load(&[]);
    let w = Resolved::default();
    assert_eq!(ids(&ds, &ranked(&ds, &w, &Filters::default(), "", Sort::Wage)), ["J1", "J3", "J2", "J4"]);
    assert_eq!(ids(&ds, &ranked(&ds, &w, &Filters::default(), "", Sort::Newest)), ["J4", "J2", "J1", "J3"]);
}

#[test]
fn nearest_sorts_by_distance_from_home() {
    let ds = load(&[]);
    let w = worker(&ds, r#"{"city":"成都市","county":"武侯区"}"#);
    let order = ids(&ds, &ranked(&ds, &w, &Filters::default(), "", Sort::Nearest));
    assert_eq!(&order[..2], ["J2", "J3"], "Chengdu jobs first: {order:?}");
}

#[test]
fn a_fee_asking_posting_is_flagged() {
    let ds = load(&[]);
    let j4 = ds.job_by_id("J4").unwrap();
    assert!(ds.facts(j4).asks_fee);
    assert!(!ds.facts(ds.job_by_id("J1").unwrap()).asks_fee);
    assert!(
        !skillmatch::engine::fees::asks_fee("项目设立工资保证金，按月足额发放"),
        "the employer's wage deposit is a safeguard"
    );
    assert!(skillmatch::engine::fees::asks_fee("入职交保证金 500 元"));
    for text in
        ["需交培训费300元", "收取服装费", "体检费自理", "报名费50", "介绍费", "中介费", "工装费", "押金200", "先交钱"]
    {
        assert!(skillmatch::engine::fees::asks_fee(text), "{text}");
    }
    for text in ["费用全免", "培训免费", "工资保证金专户", "包吃住，不收任何费用"] {
        assert!(!skillmatch::engine::fees::asks_fee(text), "{text}");
    }
}

#[test]
fn a_profile_reports_what_it_cannot_use_and_keeps_the_rest() {
    let ds = load(&[]);
    let (p, problems) = Profile::from_json(
        r#"{"skills":[{"name":"chushi","level":9},{"name":"不存在的技能"},42],"brands":["川厨师","b-x"],"city":"自贡","wage":{"min":"5000","unit":"month"},"extra":true}"#,
    );
    assert_eq!(problems.len(), 2, "level 9 and the number: {problems:?}");
    let (w, unresolved) = p.resolve(ds.catalog());
    let cook = ds.catalog().skill_by_id("s-cook").unwrap();
    assert_eq!(w.held(cook), Some(None), "chushi resolves by pinyin of the alias 厨师; the bad level is dropped");
    assert_eq!(w.city.as_deref(), Some("自贡市"));
    assert_eq!(w.wage_monthly, Some(5000.0));
    assert_eq!(unresolved.len(), 2, "{unresolved:?}");
    let (_, bad) = Profile::from_json("{not json");
    assert_eq!(bad.len(), 1);
}

#[test]
fn a_profile_round_trips_through_its_json() {
    let json = r#"{"skills":[{"id":"s-elec","level":3},{"name":"彩灯制作"}],"brands":["b-zg"],"city":"自贡市","county":"自流井区","wage":{"min":5000.0,"unit":"month"},"needs":["housing"]}"#;
    let (p, problems) = Profile::from_json(json);
    assert!(problems.is_empty());
    assert_eq!(Profile::from_json(&p.to_json()).0, p);
}

#[test]
fn distance_limits_and_willingness_to_move_shape_the_place_credit() {
    let ds = load(&[]);
    let j2 = ds.job_by_id("J2").unwrap(); // 成都武侯, ~160 km from 自贡
    let place = |json: &str| {
        let w = worker(&ds, json);
        explain(&ds.catalog().jobs[j2], ds.facts(j2), &w, today()).score
    };
    let home = place(r#"{"city":"自贡市","county":"自流井区"}"#);
    let limited = place(r#"{"city":"自贡市","county":"自流井区","maxKm":30}"#);
    let mover = place(r#"{"city":"自贡市","county":"自流井区","willingToMove":true}"#);
    assert!(limited < home && home < mover, "{limited} < {home} < {mover}");
    let km = skillmatch::engine::model::Geo { lat: 29.34, lon: 104.77 }
        .km_to(skillmatch::engine::model::Geo { lat: 30.64, lon: 104.04 });
    assert!((km - 161.0).abs() < 5.0, "{km}");
}

#[test]
fn a_stated_need_lowers_jobs_that_do_not_meet_it() {
    let ds = load(&[]);
    let j3 = ds.job_by_id("J3").unwrap(); // housing and meals
    let j2 = ds.job_by_id("J2").unwrap(); // no housing
    let plain = worker(&ds, r#"{"city":"成都市"}"#);
    let housing = worker(&ds, r#"{"city":"成都市","needs":["housing"]}"#);
    let s = |ix: usize, w: &Resolved| explain(&ds.catalog().jobs[ix], ds.facts(ix), w, today());
    assert_eq!(s(j3, &plain).score, s(j3, &housing).score, "a job with housing keeps its score");
    assert!(s(j2, &housing).score < s(j2, &plain).score, "one without loses some");
    assert_eq!(s(j2, &housing).needs, vec![(skillmatch::engine::profile::Need::Housing, false)]);
    let score = |ix: usize| skillmatch::engine::score::score(&ds.catalog().jobs[ix], ds.facts(ix), &housing, today());
    assert!((score(j2) - s(j2, &housing).score).abs() < 1e-12, "score() and explain() agree");
}

#[test]
fn a_piece_rate_wage_floor_does_not_switch_off_the_other_filters() {
    let ds = load(&[]);
    let f = Filters { min_wage: Some((1.0, WageUnit::Piece)), housing: true, ..Filters::default() };
    assert_eq!(ids(&ds, &ranked(&ds, &Resolved::default(), &f, "", Sort::Best)), ["J3"]);
}

#[test]
fn the_compact_score_agrees_with_the_explanation_for_every_job() {
    let many = r#"{"jobs":[{"id":"M","title":"多技能","requires":[{"skill":"s-elec","level":2},{"skill":"s-weld"},{"skill":"s-cook","level":1},{"skill":"s-lantern"},{"skill":"不存在"}],"prefersBrands":["b-zg"]}]}"#;
    for ds in [Dataset::load(&[], Default::default()), load(&[]), load(&[many])] {
        for json in [
            "{}",
            r#"{"skills":[{"name":"电工","level":2}],"brands":["b-zg"],"city":"自贡市","county":"自流井区"}"#,
            r#"{"skills":[{"name":"焊工","level":1},{"name":"厨师"}],"city":"成都市","wage":{"min":300,"unit":"day"},"needs":["housing","flexibleHours"]}"#,
            r#"{"skills":[{"name":"电工","level":5}],"willingToMove":true,"maxKm":50,"city":"自贡市"}"#,
        ] {
            let (p, _) = Profile::from_json(json);
            let (w, _) = p.resolve(ds.catalog());
            for (i, job) in ds.catalog().jobs.iter().enumerate() {
                let fast = skillmatch::engine::score::score(job, ds.facts(i), &w, today());
                let full = explain(job, ds.facts(i), &w, today()).score;
                assert!((fast - full).abs() < 1e-12, "{}: {fast} vs {full} for {json}", job.id);
            }
        }
    }
}

#[test]
fn every_page_size_ranks_the_same_jobs_in_the_same_order() {
    // The default feed's 450 jobs: small pages keep a running top list, long ones (many
    // "show more" clicks) select at the end; both must agree with one full ranking.
    let ds = Dataset::load(&[], Default::default());
    let w = worker(&ds, r#"{"skills":[{"name":"电工","level":2}],"city":"自贡市"}"#);
    for (q, sort) in [("", Sort::Best), ("电工", Sort::Best), ("", Sort::Wage), ("gong", Sort::Newest)] {
        let all = rank(&ds, &w, &request(&Filters::default(), q, sort, 10_000), &mut Scratch::default());
        for limit in [1, 30, 256, 257, 400] {
            let page = rank(&ds, &w, &request(&Filters::default(), q, sort, limit), &mut Scratch::default());
            assert_eq!(page.total, all.total, "{q:?} {limit}");
            let n = limit.min(all.items.len());
            assert_eq!(
                ids(&ds, &page),
                ids(&ds, &View { items: all.items[..n].to_vec(), ..all.clone() }),
                "{q:?} {limit}"
            );
        }
    }
}

#[test]
fn a_job_using_the_workers_skill_ranks_above_one_that_asks_for_none() {
    // As a portal publishes them: structured skills on one posting, none on the other.
    let ds = load(&[r#"[
      {"@type":"JobPosting","identifier":"LOAD","title":"装卸工（日结）","baseSalary":{"currency":"CNY","value":{"value":300,"unitText":"DAY"}},
       "jobLocation":{"address":{"addressLocality":"自贡市"}},"datePosted":"2026-11-30"},
      {"@type":"JobPosting","identifier":"LAMP","title":"彩灯安装电工","skills":"电工, 彩灯制作","baseSalary":{"currency":"CNY","value":{"value":6000,"unitText":"MONTH"}},
       "jobLocation":{"address":{"addressLocality":"自贡市"}},"datePosted":"2026-11-20"},
      {"@type":"JobPosting","identifier":"SAYS","title":"招聘电工","jobLocation":{"address":{"addressLocality":"自贡市"}},"datePosted":"2026-11-20"}
    ]"#]);
    let w = worker(&ds, r#"{"skills":[{"name":"电工","level":3}],"city":"自贡市"}"#);
    let order = ids(&ds, &ranked(&ds, &w, &Filters::default(), "", Sort::Best));
    // The electrician job that also asks for lantern-making (which this worker lacks) comes
    // after the one that is simply an electrician's job; both before the unskilled one.
    assert_eq!(order, ["SAYS", "LAMP", "LOAD"]);
    let why = |id: &str| {
        let ix = ds.job_by_id(id).unwrap();
        explain(ds.job(ix), ds.facts(ix), &w, today())
    };
    let elec = ds.catalog().skill_by_id("s-elec").unwrap();
    assert_eq!(why("SAYS").mentioned(), Some((elec, true)), "the title names the skill: evidence");
    assert_eq!((why("LOAD").judged_count(), why("LOAD").mentioned()), (0, None), "no skills listed");
}

#[test]
fn without_a_profile_the_list_is_newest_first_then_safeguards_then_pay() {
    let ds = load(&[r#"{"jobs":[
        {"id":"OLD","title":"甲","posted":"2026-10-01","safeguards":["contract","insurance"]},
        {"id":"NEW-BARE","title":"乙","posted":"2026-11-30"},
        {"id":"NEW-SAFE","title":"丙","posted":"2026-11-30","safeguards":["contract"]},
        {"id":"NEW-SAFE-PAID","title":"丁","posted":"2026-11-30","safeguards":["insurance"],"wage":{"min":9000,"max":9000,"unit":"month"}},
        {"id":"UNDATED","title":"戊","safeguards":["contract","insurance","wageAccount"]}]}"#]);
    let order = ids(&ds, &ranked(&ds, &Resolved::default(), &Filters::default(), "", Sort::Best));
    assert_eq!(order, ["NEW-SAFE-PAID", "NEW-SAFE", "NEW-BARE", "OLD", "UNDATED"]);
}

#[test]
fn the_latitude_cosine_is_exact_enough_everywhere() {
    for i in -900..=900 {
        let lat = i as f64 / 10.0;
        let g = Geo { lat, lon: 0.0 };
        assert!((g.cos_lat() - lat.to_radians().cos()).abs() < 1e-6, "{lat}");
    }
}

#[test]
fn the_fit_filter_keeps_the_jobs_that_use_the_workers_skills() {
    // Kept: a skill asked at or below the level held (J1 asks 电工 2 and also 彩灯制作 this
    // worker lacks: one used skill is enough), a posting that names the skill without listing
    // any. Dropped: a level above the one held, another trade, no skill at all.
    let more = r#"{"jobs":[
        {"id":"HIGH","title":"高级电工","city":"自贡市","requires":[{"skill":"s-elec","level":4}]},
        {"id":"SAYS","title":"招聘电工","city":"自贡市"}
    ]}"#;
    let ds = load(&[&with_base_jobs("{}"), more]);
    let fits = Filters { fits: true, ..Filters::default() };
    let w = worker(&ds, r#"{"skills":[{"name":"电工","level":3}]}"#);
    let mut kept = ids(&ds, &ranked(&ds, &w, &fits, "", Sort::Best));
    kept.sort();
    assert_eq!(kept, ["J1", "SAYS"]);
    // A worker who named no skill: the filter keeps everything (nothing to fit yet).
    let nobody = worker(&ds, "{}");
    let all = ranked(&ds, &nobody, &Filters::default(), "", Sort::Best).total;
    assert_eq!(ranked(&ds, &nobody, &fits, "", Sort::Best).total, all);
    assert_eq!(fits.active_count(), 1);
}
