//! The work map's per-city figures and the wage pictures, on the fixture catalogue and small
//! feeds: counts and medians under filters, queries and profiles; the contract that a city's
//! count is the job list's count with that city chosen (a proptest); where one job's wage
//! sits among its peers; a course's before/after medians.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use proptest::prelude::*;
use skillmatch::engine::dataset::Dataset;
use skillmatch::engine::feed::LoadOptions;
use skillmatch::engine::map_outline;
use skillmatch::engine::model::*;
use skillmatch::engine::profile::{Profile, Resolved};
use skillmatch::engine::stats::median;
use skillmatch::engine::suggest::suggest;
use skillmatch::engine::text::index::Scratch;
use skillmatch::engine::text::query::Query;
use skillmatch::engine::view::{rank, Filters, Sort};
use skillmatch::engine::wage_picture::{course_wages, wage_picture, Peers, Standing, DOTS};
use skillmatch::engine::work_map::{shade, work_map, CityFigures, WorkMap, SHADES};

fn worker(ds: &Dataset, json: &str) -> Resolved {
    let (p, problems) = Profile::from_json(json);
    assert!(problems.is_empty(), "{problems:?}");
    p.resolve(ds.catalog()).0
}

fn figures(ds: &Dataset, w: &Resolved, filters: &Filters, q: &str) -> WorkMap {
    work_map(ds, w, filters, &Query::parse(q), today(), &mut Scratch::default())
}

/// One city's expected figures: GB/T 2260 code, jobs, median monthly wage.
type City = (&'static str, usize, Option<f64>);

/// Checks every city named and that the others have no jobs beyond the remote ones.
fn check(map: &WorkMap, ds: &Dataset, cities: &[City], remote: usize, elsewhere: usize) {
    assert_eq!((map.remote, map.elsewhere), (remote, elsewhere), "remote, elsewhere");
    for c in &map.cities {
        let code = &ds.catalog().places[c.place as usize].code;
        let want = cities.iter().find(|w| w.0 == code).map_or((remote, None), |w| (w.1, w.2));
        assert_eq!((c.jobs, c.median_wage), want, "city {code}");
    }
}

/// The job list's count and its jobs' median wage with `city` chosen (`None`: any city).
fn list(ds: &Dataset, w: &Resolved, filters: &Filters, q: &str, city: Option<&str>) -> (usize, Option<f64>) {
    let filters = filters.clone().with_city(city.map(str::to_string));
    let view = rank(ds, w, &request(&filters, q, Sort::Best, usize::MAX), &mut Scratch::default());
    let wages: Vec<f64> = view.items.iter().filter_map(|r| ds.facts(r.job as usize).monthly_mid()).collect();
    (view.total, median(&wages))
}

const ZIGONG: &str = "510300";
const CHENGDU: &str = "510100";

#[test]
fn medians_take_the_middle_or_the_mean_of_the_middle_two() {
    assert_eq!(median(&[]), None);
    assert_eq!(median(&[4.0, 1.0, 3.0]), Some(3.0));
    assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), Some(2.5));
    assert_eq!(median(&[7.0]), Some(7.0));
    assert_eq!(median(&[9.0, 2.0, 5.0, 5.0, 1.0, 3.0]), Some(4.0));
}

#[test]
fn the_fixture_catalogue_per_city() {
    let ds = load(&[]);
    let map = figures(&ds, &Resolved::default(), &Filters::default(), "");
    // 自贡: J1 6,000–8,000 and J4 4,200–5,200 a month. 成都: J2 260–320 a day (×21.75:
    // midpoint 6,307.5) and J3 5,000–7,000 a month.
    check(&map, &ds, &[(ZIGONG, 2, Some((7000.0 + 4700.0) / 2.0)), (CHENGDU, 2, Some((6307.5 + 6000.0) / 2.0))], 0, 0);
    assert_eq!(map.total(), 4);
    assert_eq!(map.by_code(&ds, ZIGONG).map(|c| c.with_wage), Some(2));
    assert_eq!(map.by_code(&ds, "513400"), None, "not in this gazetteer");
}

#[test]
fn filters_apply_but_the_place_filters_are_the_maps_to_choose() {
    let ds = load(&[]);
    let none = Resolved::default();
    let cases: Vec<(Filters, Vec<City>)> = vec![
        (Filters { housing: true, ..Filters::default() }, vec![(CHENGDU, 1, Some(6000.0))]),
        (
            Filters { category: Some("制造".into()), ..Filters::default() },
            vec![(ZIGONG, 1, Some(4700.0)), (CHENGDU, 1, Some(6307.5))],
        ),
        // A 6,000 floor keeps jobs whose top reaches it: J1 (8,000), J2 (6,960), J3 (7,000).
        (
            Filters { min_wage: Some((6000.0, WageUnit::Month)), ..Filters::default() },
            vec![(ZIGONG, 1, Some(7000.0)), (CHENGDU, 2, Some(6153.75))],
        ),
        (
            Filters { settlement: vec![Settlement::Daily], ..Filters::default() },
            vec![(ZIGONG, 0, None), (CHENGDU, 1, Some(6307.5))],
        ),
        // The list's own city and county are ignored: the map is where one is chosen.
        (
            Filters { city: Some("自贡市".into()), county: Some("沿滩区".into()), ..Filters::default() },
            vec![(ZIGONG, 2, Some(5850.0)), (CHENGDU, 2, Some(6153.75))],
        ),
    ];
    for (filters, cities) in cases {
        let map = figures(&ds, &none, &filters, "");
        check(&map, &ds, &cities, 0, 0);
        for c in &map.cities {
            let name = &ds.catalog().places[c.place as usize].name;
            assert_eq!(list(&ds, &none, &filters, "", Some(name)), (c.jobs, c.median_wage), "{filters:?} in {name}");
        }
    }
}

#[test]
fn queries_count_what_the_search_finds() {
    let ds = load(&[]);
    let none = Resolved::default();
    let cases: [(&str, Vec<City>); 4] = [
        ("电工", vec![(ZIGONG, 1, Some(7000.0)), (CHENGDU, 0, None)]),
        ("厨师", vec![(ZIGONG, 0, None), (CHENGDU, 1, Some(6000.0))]),
        ("chengdu", vec![(ZIGONG, 0, None), (CHENGDU, 2, Some(6153.75))]),
        ("没有这种活", vec![(ZIGONG, 0, None), (CHENGDU, 0, None)]),
    ];
    for (q, cities) in cases {
        let map = figures(&ds, &none, &Filters::default(), q);
        check(&map, &ds, &cities, 0, 0);
        assert_eq!(list(&ds, &none, &Filters::default(), q, None).0, map.total(), "{q}");
    }
}

#[test]
fn a_distance_limit_counts_from_the_workers_home() {
    let ds = load(&[]);
    let near = Filters { max_km: Some(50.0), ..Filters::default() };
    let zigong = worker(&ds, r#"{"city":"自贡市","county":"自流井区"}"#);
    check(&figures(&ds, &zigong, &near, ""), &ds, &[(ZIGONG, 2, Some(5850.0)), (CHENGDU, 0, None)], 0, 0);
    let chengdu = worker(&ds, r#"{"city":"成都市","county":"武侯区"}"#);
    check(&figures(&ds, &chengdu, &near, ""), &ds, &[(ZIGONG, 0, None), (CHENGDU, 2, Some(6153.75))], 0, 0);
    // Without a home there is no distance: the limit keeps nothing that has a place.
    check(&figures(&ds, &Resolved::default(), &near, ""), &ds, &[(ZIGONG, 0, None), (CHENGDU, 0, None)], 0, 0);
}

/// Remote jobs count in every city, out-of-province and unknown places apart, expired jobs
/// nowhere, and wages in another currency in the counts but not the medians.
const MIXED: &str = r#"{"jobs":[
    {"id":"Z1","title":"电工","city":"自贡市","wage":{"min":5000,"max":5000,"unit":"month"}},
    {"id":"Z2","title":"电工","city":"自贡","wage":{"min":7000,"max":7000,"unit":"month"}},
    {"id":"Z3","title":"电工","city":"自贡市","wage":{"min":3000,"max":3000,"unit":"month","currency":"AUD"}},
    {"id":"ZX","title":"电工","city":"自贡市","wage":{"min":1000,"max":1000,"unit":"month"},"validThrough":"2026-11-30"},
    {"id":"C1","title":"厨师","city":"510100","wage":{"min":6000,"max":6000,"unit":"month"}},
    {"id":"R1","title":"客服","remote":true,"wage":{"min":9000,"max":9000,"unit":"month","currency":"CNY"}},
    {"id":"R2","title":"客服","city":"成都市","remote":true,"wage":{"min":50,"unit":"piece"}},
    {"id":"O1","title":"电工","city":"深圳市","wage":{"min":8000,"max":10000,"unit":"month","currency":"CNY"}},
    {"id":"O2","title":"普工","city":"重庆市","wage":{"min":5000,"max":6000,"unit":"month"}},
    {"id":"O3","title":"普工"}]}"#;

#[test]
fn remote_elsewhere_expired_and_other_currencies() {
    let ds = load(&[MIXED]);
    assert!(ds.problems().is_empty(), "{:?}", ds.problems());
    let map = figures(&ds, &Resolved::default(), &Filters::default(), "");
    // 自贡: Z1, Z2, Z3 (AUD: counted, not in the median) and the two remote jobs, of which
    // R1's 9,000 compares (R2 pays by the piece): median of 5,000, 7,000, 9,000.
    check(&map, &ds, &[(ZIGONG, 5, Some(7000.0)), (CHENGDU, 3, Some(7500.0))], 2, 3);
    let zigong = map.by_code(&ds, ZIGONG).unwrap();
    assert_eq!((zigong.with_wage, map.local(zigong)), (3, 3));
    // O1 and O2 pay renminbi (a native feed's default); O3 has neither place nor wage.
    assert_eq!((map.elsewhere_with_wage, map.elsewhere_median_wage), (2, Some((9000.0 + 5500.0) / 2.0)));
    assert_eq!(map.total(), 3 + 1 + 2 + 3);
    for c in &map.cities {
        let name = &ds.catalog().places[c.place as usize].name;
        assert_eq!(list(&ds, &Resolved::default(), &Filters::default(), "", Some(name)), (c.jobs, c.median_wage));
    }
    assert_eq!(list(&ds, &Resolved::default(), &Filters::default(), "", None).0, map.total());
}

// ---- The contract, over generated feeds and filters -------------------------------------

const CITIES: [&str; 4] = ["自贡市", "成都市", "重庆市", ""];
const SKILLS: [&str; 3] = ["s-elec", "s-weld", "s-cook"];
const QUERIES: [&str; 6] = ["", "岗位", "电工", "zigong", "成都", "gw"];

#[derive(Clone, Debug)]
struct GenJob {
    city: usize,
    remote: bool,
    expired: bool,
    /// (lowest, extra, daily, paid in AUD)
    wage: Option<(u32, u32, bool, bool)>,
    housing: bool,
    category: bool,
    skill: Option<usize>,
}

fn job_strategy() -> impl Strategy<Value = GenJob> {
    (
        0..CITIES.len(),
        prop::bool::weighted(0.15),
        prop::bool::weighted(0.15),
        prop::option::weighted(0.8, (100u32..400, 0u32..100, any::<bool>(), prop::bool::weighted(0.2))),
        any::<bool>(),
        any::<bool>(),
        prop::option::of(0..SKILLS.len()),
    )
        .prop_map(|(city, remote, expired, wage, housing, category, skill)| GenJob {
            city,
            remote,
            expired,
            wage,
            housing,
            category,
            skill,
        })
}

fn job_json(i: usize, j: &GenJob) -> String {
    let wage = j.wage.map_or(String::new(), |(lo, extra, daily, aud)| {
        let (lo, hi) = if daily { (lo, lo + extra) } else { (lo * 25, (lo + extra) * 25) };
        let unit = if daily { "day" } else { "month" };
        let currency = if aud { r#","currency":"AUD""# } else { "" };
        format!(r#","wage":{{"min":{lo},"max":{hi},"unit":"{unit}"{currency}}}"#)
    });
    let requires = j.skill.map_or(String::new(), |s| format!(r#","requires":[{{"skill":"{}"}}]"#, SKILLS[s]));
    format!(
        r#"{{"id":"G{i:03}","title":"岗位{i}","city":"{}","remote":{},"validThrough":"{}","housing":{},"category":"{}"{wage}{requires}}}"#,
        CITIES[j.city],
        j.remote,
        if j.expired { "2026-11-01" } else { "2027-06-30" },
        j.housing,
        if j.category { "建筑" } else { "制造" },
    )
}

#[derive(Clone, Debug)]
struct GenFilters {
    category: Option<bool>,
    min_month: Option<u32>,
    housing: bool,
    km: Option<f64>,
    /// A city already chosen in the list (the map ignores it).
    chosen: Option<usize>,
}

fn filters_strategy() -> impl Strategy<Value = GenFilters> {
    (
        prop::option::of(any::<bool>()),
        prop::option::of(2000u32..9000),
        any::<bool>(),
        prop::option::weighted(0.2, prop_oneof![Just(30.0), Just(300.0)]),
        prop::option::of(0..CITIES.len() - 1),
    )
        .prop_map(|(category, min_month, housing, km, chosen)| GenFilters {
            category,
            min_month,
            housing,
            km,
            chosen,
        })
}

impl GenFilters {
    fn filters(&self) -> Filters {
        Filters {
            city: self.chosen.map(|c| CITIES[c].to_string()),
            category: self.category.map(|b| if b { "建筑" } else { "制造" }.to_string()),
            min_wage: self.min_month.map(|m| (m as f64, WageUnit::Month)),
            housing: self.housing,
            max_km: self.km,
            ..Filters::default()
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// Every city's count is the job list's count with that city chosen, its median the
    /// median of that list's comparable wages, and the total the list's count with none.
    #[test]
    fn each_city_counts_what_the_list_shows_there(
        jobs in prop::collection::vec(job_strategy(), 0..24),
        gen in filters_strategy(),
        q in 0..QUERIES.len(),
        home in prop::option::of(0..2usize),
        held in prop::option::of(0..SKILLS.len()),
    ) {
        let list_json: Vec<String> = jobs.iter().enumerate().map(|(i, j)| job_json(i, j)).collect();
        let ds = load(&[&format!(r#"{{"jobs":[{}]}}"#, list_json.join(","))]);
        let profile = format!(
            r#"{{"city":"{}","skills":[{}]}}"#,
            home.map_or("", |h| CITIES[h]),
            held.map_or(String::new(), |s| format!(r#"{{"id":"{}"}}"#, SKILLS[s]))
        );
        let w = worker(&ds, &profile);
        let filters = gen.filters();
        let map = figures(&ds, &w, &filters, QUERIES[q]);
        prop_assert_eq!(map.cities.len(), ds.catalog().places.len());
        for c in &map.cities {
            let name = &ds.catalog().places[c.place as usize].name;
            prop_assert_eq!(list(&ds, &w, &filters, QUERIES[q], Some(name)), (c.jobs, c.median_wage), "{}", name);
            prop_assert!(c.jobs >= map.remote && c.with_wage <= c.jobs);
        }
        prop_assert_eq!(list(&ds, &w, &filters, QUERIES[q], None).0, map.total());
    }
}

// ---- Wage pictures -----------------------------------------------------------------------

fn picture_of(ds: &Dataset, id: &str) -> Option<skillmatch::engine::wage_picture::WagePicture> {
    wage_picture(ds, ds.job_by_id(id).unwrap(), today())
}

fn elec_job(id: &str, city: &str, wage: &str) -> String {
    format!(r#"{{"id":"{id}","title":"电工","city":"{city}","requires":[{{"skill":"s-elec"}}]{wage}}}"#)
}

fn month(amount: u32) -> String {
    format!(r#","wage":{{"min":{amount},"max":{amount},"unit":"month"}}"#)
}

fn feed(jobs: &[String]) -> String {
    format!(r#"{{"jobs":[{}]}}"#, jobs.join(","))
}

#[test]
fn a_job_alone_in_its_trade_and_city() {
    let ds = load(&[&feed(&[elec_job("A", "自贡市", &month(6000)), elec_job("B", "成都市", &month(9000))])]);
    let p = picture_of(&ds, "A").unwrap();
    assert_eq!(p.peers, Peers::Skill(ds.catalog().skill_by_id("s-elec").unwrap()));
    assert_eq!(&*p.city, "自贡市");
    assert_eq!((p.others, p.dots.len()), (0, 0), "成都's electrician is not a peer");
    assert_eq!(p.standing, Some(Standing { wage: 6000.0, above: 0, equal: 0 }));
}

#[test]
fn above_nine_of_twelve_electricians_in_zigong() {
    let mut jobs: Vec<String> =
        (0..12).map(|i| elec_job(&format!("P{i:02}"), "自贡市", &month(4000 + 250 * i))).collect();
    // 6,100 is above 4,000, 4,250 … 6,000 (nine of them) and below the other three.
    jobs.push(elec_job("ME", "自贡市", &month(6100)));
    // Not peers: expired, 电工 as a second skill, another city, no comparable wage.
    jobs.push(r#"{"id":"X1","title":"电工","city":"自贡市","requires":[{"skill":"s-elec"}],"wage":{"min":1000,"max":1000,"unit":"month"},"validThrough":"2026-11-30"}"#.into());
    jobs.push(r#"{"id":"X2","title":"彩灯","city":"自贡市","requires":[{"skill":"s-lantern"},{"skill":"s-elec"}],"wage":{"min":1000,"max":1000,"unit":"month"}}"#.into());
    jobs.push(elec_job("X3", "成都市", &month(1000)));
    jobs.push(elec_job("X4", "自贡市", r#","wage":{"min":40,"unit":"piece"}"#));
    let ds = load(&[&feed(&jobs)]);
    let p = picture_of(&ds, "ME").unwrap();
    assert_eq!(p.others, 12);
    assert_eq!(p.standing, Some(Standing { wage: 6100.0, above: 9, equal: 0 }));
    assert_eq!(p.dots.first(), Some(&4000.0));
    assert_eq!(p.dots.last(), Some(&6750.0));
    assert!(p.dots.windows(2).all(|w| w[0] <= w[1]), "ascending");
}

#[test]
fn ties_are_neither_above_nor_below() {
    let jobs = [
        elec_job("A", "自贡市", &month(6000)),
        elec_job("B", "自贡市", &month(6000)),
        elec_job("C", "自贡市", &month(7000)),
        elec_job("D", "自贡市", &month(5000)),
    ];
    let ds = load(&[&feed(&jobs)]);
    let p = picture_of(&ds, "A").unwrap();
    assert_eq!((p.others, p.dots.clone()), (3, vec![5000.0, 6000.0, 7000.0]));
    assert_eq!(p.standing, Some(Standing { wage: 6000.0, above: 1, equal: 1 }));
}

#[test]
fn other_currencies_and_unstated_wages_do_not_compare() {
    let aud = r#","wage":{"min":6000,"max":6000,"unit":"month","currency":"AUD"}"#;
    let jobs = [
        elec_job("CNY1", "自贡市", &month(5000)),
        elec_job("CNY2", "自贡市", &month(7000)),
        elec_job("AUD", "自贡市", aud),
        elec_job("PIECE", "自贡市", r#","wage":{"min":40,"unit":"piece"}"#),
        elec_job("NONE", "自贡市", ""),
    ];
    let ds = load(&[&feed(&jobs)]);
    let p = picture_of(&ds, "CNY1").unwrap();
    assert_eq!((p.others, p.standing.map(|s| s.above)), (1, Some(0)), "only CNY2 compares");
    for id in ["AUD", "PIECE", "NONE"] {
        let p = picture_of(&ds, id).unwrap();
        assert_eq!(p.standing, None, "{id}: its own wage does not compare");
        assert_eq!(p.dots, vec![5000.0, 7000.0], "{id}: the others are still shown");
    }
}

#[test]
fn a_job_without_a_known_skill_is_compared_within_its_category() {
    let ds = load(&[]);
    // J4 (普工, 制造, 自贡) asks for no skill; 自贡 has no other 制造 job, 成都's J2 is elsewhere.
    let p = picture_of(&ds, "J4").unwrap();
    assert_eq!((p.peers.clone(), p.others), (Peers::Category("制造".into()), 0));
    let ds = load(&[&feed(&[
        r#"{"id":"A","title":"普工","category":"制造","city":"自贡市","wage":{"min":4000,"max":4000,"unit":"month"}}"#.into(),
        r#"{"id":"B","title":"焊工","category":"制造","city":"自贡市","requires":[{"skill":"s-weld"}],"wage":{"min":6000,"max":6000,"unit":"month"}}"#.into(),
        r#"{"id":"C","title":"杂工","category":"制造","city":"自贡市","requires":[{"skill":"搬运"}],"wage":{"min":3000,"max":3000,"unit":"month"}}"#.into(),
        r#"{"id":"D","title":"厨工","category":"餐饮","city":"自贡市","wage":{"min":3500,"max":3500,"unit":"month"}}"#.into(),
        r#"{"id":"E","title":"无类","city":"自贡市","wage":{"min":3500,"max":3500,"unit":"month"}}"#.into(),
        r#"{"id":"F","title":"无处","category":"制造","wage":{"min":3500,"max":3500,"unit":"month"}}"#.into(),
    ])]);
    let p = picture_of(&ds, "A").unwrap();
    assert_eq!(p.peers, Peers::Category("制造".into()));
    assert_eq!((p.dots.clone(), p.standing.map(|s| s.above)), (vec![3000.0, 6000.0], Some(1)));
    // C's only requirement names no known skill: it too is compared by category.
    assert_eq!(picture_of(&ds, "C").unwrap().peers, Peers::Category("制造".into()));
    assert_eq!(picture_of(&ds, "E"), None, "neither a skill nor a category");
    assert_eq!(picture_of(&ds, "F"), None, "no city to compare in");
    assert_eq!(wage_picture(&ds, 999, today()), None);
}

#[test]
fn many_peers_are_shown_as_a_sample_of_dots() {
    let jobs: Vec<String> = (0..250).map(|i| elec_job(&format!("P{i:03}"), "自贡市", &month(3000 + 10 * i))).collect();
    let ds = load(&[&feed(&jobs)]);
    let p = picture_of(&ds, "P100").unwrap();
    assert_eq!((p.others, p.dots.len()), (249, DOTS));
    assert_eq!((p.dots[0], p.dots[DOTS - 1]), (3000.0, 5490.0), "lowest and highest kept");
    assert_eq!(p.standing.map(|s| s.above), Some(100));
}

#[test]
fn a_courses_medians_before_and_after() {
    let ds = load(&[]);
    let welder = worker(&ds, r#"{"skills":[{"name":"焊工","level":1}],"city":"成都市"}"#);
    let c2 = ds.catalog().courses.iter().position(|c| c.id == "C2").unwrap();
    let got = course_wages(&ds, &welder, &Filters::default(), today(), c2).unwrap();
    // Before: only J4 (no requirements, 4,700). After C2 (焊工 to level 3): J4 and J2 (6,307.5).
    assert_eq!((got.unlocks, got.before, got.after), (1, Some(4700.0), Some((4700.0 + 6307.5) / 2.0)));
    // The suggestion's uplift is the same rule.
    let s = suggest(&ds, &welder, &Filters::default(), today(), 10);
    let c2s = s.iter().find(|s| s.course as usize == c2).unwrap();
    assert_eq!(c2s.uplift, got.uplift());
    assert_eq!(c2s.wages, got, "the courses screen's bars are the same figures");
    // C1 teaches 电工 to level 3; J1 asks 电工 2 and 彩灯制作, which no course teaches.
    let c1 = ds.catalog().courses.iter().position(|c| c.id == "C1").unwrap();
    let got = course_wages(&ds, &welder, &Filters::default(), today(), c1).unwrap();
    assert_eq!((got.unlocks, got.before, got.after, got.uplift()), (0, Some(4700.0), Some(4700.0), None));
    // Filters apply: with housing required only J3 is open, and the welder qualifies for none.
    let housing = Filters { housing: true, ..Filters::default() };
    let got = course_wages(&ds, &welder, &housing, today(), c2).unwrap();
    assert_eq!((got.unlocks, got.before, got.after), (0, None, None));
    assert_eq!(course_wages(&ds, &welder, &Filters::default(), today(), 99), None);
}

#[test]
fn shades_are_quantised_against_the_busiest_city() {
    // (jobs, busiest) → shade, on a square-root scale: ⌈5·√(n/max)⌉.
    let cases = [
        (0, 0, 0),
        (0, 10, 0),
        (1, 130, 1),
        (4, 100, 1),
        (5, 100, 2),
        (14, 130, 2),
        (22, 130, 3),
        (47, 130, 4),
        (64, 100, 4),
        (65, 100, 5),
        (130, 130, SHADES),
        (7, 7, 5),
        (1, 2, 4),
    ];
    for (n, max, want) in cases {
        assert_eq!(shade(n, max), want, "shade({n}, {max})");
    }
}

fn city(place: u32, jobs: usize) -> CityFigures {
    CityFigures { place, jobs, with_wage: 0, median_wage: None }
}

#[test]
fn the_table_puts_most_jobs_first_and_remote_jobs_do_not_shade() {
    // Two remote jobs count in every city; place 2 has none of its own.
    let map =
        WorkMap { cities: vec![city(0, 12), city(1, 22), city(2, 2), city(3, 12)], remote: 2, ..WorkMap::default() };
    let order: Vec<u32> = map.by_jobs().iter().map(|c| c.place).collect();
    assert_eq!(order, [1, 0, 3, 2], "most first, ties in gazetteer order");
    let shades: Vec<u8> = map.cities.iter().map(|c| map.shade(c)).collect();
    // Own jobs 10, 20, 0, 10 against 20: ⌈5·√0.5⌉ = 4.
    assert_eq!(shades, [4, 5, 0, 4]);
}

#[test]
fn the_map_file_joins_the_gazetteer_and_marks_the_crowded_labels() {
    let file = map_outline::read(include_bytes!("../data/sichuan-map.json")).expect("the committed map file reads");
    assert_eq!(file.size(), (1008, 863));
    assert_eq!(file.outlines.len(), 21);
    let ds = Dataset::load(&[], LoadOptions::default());
    let map = figures(&ds, &Resolved::default(), &Filters::default(), "");
    for o in &file.outlines {
        let c = map.by_code(&ds, &o.code).unwrap_or_else(|| panic!("{} joins the gazetteer", o.code));
        assert_eq!(ds.catalog().places[c.place as usize].name, o.name);
        assert!(o.path.starts_with('M') && o.label.0 < 1008 && o.label.1 < 863, "{}", o.code);
    }
    let crowded: Vec<&str> = file.outlines.iter().filter(|o| o.crowded).map(|o| o.code.as_str()).collect();
    // Chengdu and its small neighbours; Zigong and Neijiang.
    assert_eq!(crowded, ["510100", "510300", "510600", "510900", "511000", "511400", "512000"]);
}

#[test]
fn a_map_file_that_is_not_one_reads_as_none() {
    let ok = r#"{"viewBox":"0 0 10 10","prefectures":[{"code":"510100","name":"成都市","path":"M0 0h5v5z","label":[2,2]},{"code":"x","path":"M0 0"}]}"#;
    let file = map_outline::read(ok.as_bytes()).unwrap();
    assert_eq!(file.outlines.len(), 1, "an outline without a label point is skipped");
    assert!(!file.outlines[0].crowded);
    for bad in [
        "",
        "<html>",
        "{}",
        r#"{"viewBox":"0 0 1 1","prefectures":[]}"#,
        r#"{"prefectures":[{"code":"1","path":"M0 0","label":[0,0]}]}"#,
    ] {
        assert_eq!(map_outline::read(bad.as_bytes()), None, "{bad}");
    }
}
