//! Every message of the catalogue rendered in both languages with representative
//! arguments, held to `tests/fixtures/i18n/messages.txt`: the wording of each message (its
//! plurals, numbers and money included) cannot change by accident. After a wanted change of
//! wording, `I18N_FIXTURE=write cargo test --lib i18n` rewrites the file; review its diff.

use super::*;
use crate::engine::feed::{FeedError, List, ProblemKind};
use crate::engine::model::{Job, Level, Mode, Safeguard, Settlement, Wage, WageUnit};
use crate::engine::profile::{Need, ProfileProblem};
use crate::engine::score::{PlaceFit, WageFit};
use crate::engine::view::Sort;

const FIXTURE: &str = "tests/fixtures/i18n/messages.txt";

/// Counts around the English plural's edge, and one with thousands (counts have no separator).
const COUNTS: [usize; 4] = [0, 1, 2, 12345];
/// Amounts of money: cents, rounding, thousands, the sign.
const AMOUNTS: [f64; 12] = [0.0, 0.5, 1.15, 49.995, 99.99, 100.5, 1234.5, 6000.0, 1_234_567.0, -0.25, -1.5, -1234.5];

/// The rows of one language: what was called, and what it said.
fn render(lang: Lang) -> Vec<(String, String)> {
    render_texts(lang, lang.texts())
}

/// The rows of catalogue `t` (a language's own, or English read from its file), with the
/// wording helpers that take a language (wages) in `lang`.
pub(super) fn render_texts(lang: Lang, t: &Texts) -> Vec<(String, String)> {
    let mut rows: Vec<(String, String)> = Vec::new();
    let mut row = |call: String, text: String| rows.push((call, text));
    // Arguments carry no ASCII letters, so an English word in a Chinese row is the catalogue's.
    let (skill, held, required, brand, date, city) = ("电工", "三级", "二级", "川菜厨师", "2026-12-03", "自贡市");

    macro_rules! plain {
        ($($name:ident)*) => { $( row(stringify!($name).into(), t.$name().into()); )* };
    }
    plain! {
        app_title tagline search_label search_placeholder loading no_results job_list_label
        no_skills_listed default_order add_skills_prompt add_skills_button wage_negotiable
        no_level fee_warning problem_skipped privacy_note language_switch lang_loading
        lang_failed lang_retry fatal_error
        starter_course show_more nav_label nav_jobs nav_courses nav_rights rights_link close
        apply_online why_heading job_details courses_title courses_intro voucher rights_title
        pack_load_rest no_jobs_loaded this_page how_to_apply apply_see_description
        apply_button retry profile_from_link ask_save ask_save_replacing save_as_mine
        keep_mine view_only profile_damaged clear_backup clear_confirm cleared undo cancel
        clear_data back_to_jobs nav_profile offline_stale qr_job qr_too_long qr_profile_offer
        qr_profile_consent qr_profile_agree qr_profile keep_using copy_link link_copied
        copy_by_hand free_with_voucher online_only more_courses any_place city county
        min_wage settlement_heading safeguards_heading housing_meals_filter flexible_filter
        fits_filter map_fits_note category any_category sort_label clear_filters
        profile_title profile_empty_hint my_skills add_skill add_skill_placeholder my_brands
        add_brand choose home wage_wish settlement_wish needs_heading willing_to_move max_km
        any_distance distance_needs_home large_text high_contrast sample_brand
        no_skill_found reload nav_map map_intro map_label map_few map_many map_legend
        map_loading map_failed no_median table_caption table_jobs table_wage
        table_elsewhere table_remote pay_heading
    }
    for (i, point) in t.rights_points().iter().enumerate() {
        row(format!("rights_points[{i}]"), point.to_string());
    }

    // One count.
    macro_rules! counted {
        ($($name:ident)*) => { $( for n in COUNTS { row(format!("{}({n})", stringify!($name)), t.$name(n as _)); } )* };
    }
    counted! {
        jobs_found problems_found problems_not_listed expired_hidden profile_unused filters
        map_elsewhere_marker map_remote map_elsewhere headcount days idle_countdown within_km
    }
    for p in [0u8, 7, 100] {
        row(format!("match_label({p})"), t.match_label(p));
    }
    for (met, of) in [(0, 0), (1, 1), (2, 3), (12345, 12346)] {
        row(format!("skills_met({met}, {of})"), t.skills_met(met, of));
    }
    for (loaded, all) in [(0, 0), (1, 1), (2, 12345)] {
        row(format!("pack_loading({loaded}, {all})"), t.pack_loading(loaded, all));
    }
    for n in COUNTS {
        row(format!("pack_home_only({city}, {n})"), t.pack_home_only(city, n));
    }
    for (above, of) in [(0, 1), (1, 1), (7, 13), (1234, 12345)] {
        row(format!("pay_rank({city}, {skill}, {above}, {of})"), t.pay_rank(city, skill, above, of));
    }
    for n in COUNTS {
        row(format!("pay_others({city}, {skill}, {n})"), t.pay_others(city, skill, n));
    }

    // One text.
    macro_rules! worded {
        ($($name:ident($arg:ident))*) => { $( row(format!("{}({})", stringify!($name), $arg), t.$name($arg)); )* };
    }
    worded! {
        skill_listed(skill) apply_phone(skill) brand_bonus(brand) gap_courses(skill) hours(skill)
        posted(date) valid_through(date) starts(date) apply_contact_employer(brand) apply_call(skill)
        holds_brand(brand) level_label(skill) remove(skill) qr_unavailable(date)
    }
    for area in ["", city] {
        row(format!("remote({area})"), t.remote(area));
        row(format!("pack_shard({area})"), t.pack_shard(area));
    }
    for in_title in [true, false] {
        row(format!("skill_mentioned({skill}, {in_title})"), t.skill_mentioned(skill, in_title));
    }
    row("piece_rate_with_estimate".into(), t.piece_rate_with_estimate("一.一五 元/件", "七千 元/月"));
    row("course_wages".into(), t.course_wages("六千", "七千"));
    for req in [Some(required), None] {
        row(format!("skill_met({req:?})"), t.skill_met(skill, held, req));
        row(format!("skill_missing({req:?})"), t.skill_missing(skill, req));
    }
    row("skill_below".into(), t.skill_below(skill, held, required));

    // Money and distances.
    for v in [-5.0, 0.0, 0.5, 1.15, 300.0, 1234.5, 6000.0] {
        row(format!("subsidy({v})"), t.subsidy(v));
        row(format!("cost({v})"), t.cost(v));
        row(format!("map_wage({v})"), t.map_wage(v));
    }
    for wage in [None, Some(6000.0), Some(12345.67)] {
        for jobs in [0, 1, 120] {
            row(format!("map_city({city}, {jobs}, {wage:?})"), t.map_city(city, jobs, wage));
        }
    }
    for unlocks in [0, 1, 12] {
        for uplift in [None, Some(0.0), Some(49.9), Some(50.0), Some(-50.0), Some(800.0), Some(-800.0), Some(1234.5)] {
            row(format!("suggestion_reason({unlocks}, {uplift:?})"), t.suggestion_reason(unlocks, uplift));
        }
    }
    for fit in [
        PlaceFit::Unknown,
        PlaceFit::Remote,
        PlaceFit::SameCounty,
        PlaceFit::SameCity,
        PlaceFit::InProvince,
        PlaceFit::Elsewhere,
    ] {
        for km in [None, Some(0.0), Some(0.4), Some(12.5), Some(1234.0)] {
            row(format!("place_fit({fit:?}, {km:?})"), t.place_fit(fit, km));
        }
    }
    for fit in [
        WageFit::Unstated,
        WageFit::NotComparable,
        WageFit::NoWish { rank: 0.0 },
        WageFit::NoWish { rank: 0.456 },
        WageFit::NoWish { rank: 1.0 },
        WageFit::Meets,
        WageFit::Short { by: 0.1 },
        WageFit::Short { by: 0.333 },
    ] {
        row(format!("wage_fit({fit:?})"), t.wage_fit(fit));
    }

    // Choices.
    for u in WageUnit::ALL {
        row(format!("wage_unit({u:?})"), t.wage_unit(u).into());
        row(format!("period({u:?})"), t.period(u).into());
    }
    for s in Settlement::ALL {
        row(format!("settlement({s:?})"), t.settlement(s).into());
    }
    for s in Safeguard::ALL {
        row(format!("safeguard({s:?})"), t.safeguard(s).into());
    }
    for l in (1..=5).filter_map(Level::new) {
        row(format!("level_name({})", l.get()), t.level_name(l).into());
    }
    for m in [Mode::Online, Mode::Offline, Mode::Hybrid] {
        row(format!("mode({m:?})"), t.mode(m).into());
    }
    for s in Sort::ALL {
        row(format!("sort({s:?})"), t.sort(s).into());
    }
    for n in Need::ALL {
        row(format!("need({n:?})"), t.need(n).into());
    }
    for (housing, meals) in [(true, true), (true, false), (false, true), (false, false)] {
        row(format!("housing_meals({housing}, {meals})"), format!("{:?}", t.housing_meals(housing, meals)));
    }
    for full in [true, false] {
        row(format!("store_failed({full})"), t.store_failed(full).into());
    }

    // Problems and errors.
    let text = || "某值".to_string();
    for kind in [
        ProblemKind::TooDeep,
        ProblemKind::BadValue,
        ProblemKind::WrongType { expected: "数字" },
        ProblemKind::Missing,
        ProblemKind::DuplicateId,
        ProblemKind::UnknownValue { value: text() },
        ProblemKind::OutOfRange,
        ProblemKind::WageSwapped,
        ProblemKind::UnknownSkill { reference: text() },
        ProblemKind::UnknownBrand { reference: text() },
        ProblemKind::BadDate { value: text() },
        ProblemKind::UnsafeLink,
        ProblemKind::Truncated { chars: 12345, max: 2000 },
        ProblemKind::TrailingText { line: 1, column: 12345 },
        ProblemKind::TooMany { max: 300 },
    ] {
        row(format!("problem({kind:?})"), t.problem(&kind));
    }
    for list in [List::Feed, List::Places, List::Skills, List::Brands, List::Jobs, List::Courses] {
        for (record, id) in [(None, None), (None, Some("甲1")), (Some(0), None), (Some(12344), Some("甲1"))] {
            row(format!("problem_where({list:?}, {record:?}, {id:?})"), t.problem_where(list, record, id));
        }
    }
    for why in [
        FeedError::Http { status: 404 },
        FeedError::Network,
        FeedError::Timeout,
        FeedError::Empty,
        FeedError::TooLarge { bytes: 70_000_000, limit: 64 << 20 },
        FeedError::NotUtf8 { offset: 12345 },
        FeedError::NotJson { line: 3, column: 14 },
        FeedError::Html,
        FeedError::TooDeep,
        FeedError::NoPostings,
        FeedError::OnlyBrokenRecords { records: 1 },
        FeedError::OnlyBrokenRecords { records: 2 },
        FeedError::NewerFormat { version: 3 },
        FeedError::Damaged,
        FeedError::BesidePack,
        FeedError::PackNotSupported,
        FeedError::JobPostingNotSupported,
    ] {
        row(format!("feed_failed({why:?})"), t.feed_failed("〔链接〕", &why));
    }
    for p in [
        ProfileProblem::NotJson,
        ProfileProblem::Damaged,
        ProfileProblem::Invalid { path: text() },
        ProfileProblem::UnknownSkill { reference: text() },
        ProfileProblem::UnknownBrand { reference: text() },
        ProfileProblem::UnknownPlace { name: text() },
    ] {
        row(format!("profile_problem({p:?})"), t.profile_problem(&p));
    }

    // The wording helpers: wages in every currency style and period, and a job's pay line.
    let currencies = ["CNY", "EUR", "GBP", "USD", ""];
    let units = std::iter::once(None).chain(WageUnit::ALL.map(Some));
    for unit in units {
        for currency in currencies {
            for (min, max) in [(6000.0, 8000.0), (1.15, 1.45), (40.0, 40.0)] {
                let w = Wage { min, max, unit, currency: Currency::parse(currency), monthly_estimate: None };
                row(format!("wage_text({min}, {max}, {unit:?}, {currency})"), wage_text(lang, &w));
            }
        }
    }
    let piece = Wage {
        min: 1.15,
        max: 1.45,
        unit: Some(WageUnit::Piece),
        currency: Currency::parse("CNY"),
        monthly_estimate: Some(7000.0),
    };
    let jobs = [
        ("piece rate", Job { wage: Some(piece), ..Default::default() }),
        (
            "piece rate, dollars",
            Job { wage: Some(Wage { currency: Currency::parse("USD"), ..piece }), ..Default::default() },
        ),
        ("own words", Job { wage_text: "面议".into(), ..Default::default() }),
        ("nothing", Job::default()),
    ];
    for (what, job) in jobs {
        row(format!("job_wage({what})"), job_wage(lang, &job));
    }
    for v in AMOUNTS {
        row(format!("money({v})"), money(v));
        row(format!("decimal({v})"), decimal(v));
    }
    rows
}

/// The rows of both languages as the fixture file's lines: language, call, then the text in
/// Rust's debug quoting (one line each whatever the text holds).
fn lines() -> String {
    let mut out = String::new();
    for (lang, name) in [(Lang::Zh, "zh"), (Lang::En, "en")] {
        for (call, text) in render(lang) {
            out.push_str(&format!("{name}\t{call}\t{text:?}\n"));
        }
    }
    out
}

/// The committed text at `path` a test compares `got` with; with `I18N_FIXTURE=write`, writes
/// `got` there instead and gives `None` (the test then has nothing to compare).
pub(super) fn committed(path: &str, got: &str) -> Option<String> {
    if std::env::var("I18N_FIXTURE").as_deref() == Ok("write") {
        let folder = std::path::Path::new(path).parent().expect("a path in a folder");
        std::fs::create_dir_all(folder).unwrap();
        std::fs::write(path, got).unwrap();
        return None;
    }
    let text = std::fs::read_to_string(path);
    Some(text.unwrap_or_else(|e| panic!("{path}: {e} (I18N_FIXTURE=write cargo test --lib i18n writes it)")))
}

#[test]
fn every_message_says_what_the_fixture_says() {
    let got = lines();
    let Some(want) = committed(FIXTURE, &got) else { return };
    let (got, want): (Vec<&str>, Vec<&str>) = (got.lines().collect(), want.lines().collect());
    for (g, w) in got.iter().zip(&want) {
        assert_eq!(g, w, "a message's wording changed");
    }
    assert_eq!(got.len(), want.len(), "messages added or removed");
}

#[test]
fn every_message_says_something_in_both_languages() {
    for lang in [Lang::Zh, Lang::En] {
        for (call, text) in render(lang) {
            // `housing_meals(false, false)` is the one message that is nothing on purpose.
            let nothing = text.is_empty() || (text == "None" && call != "housing_meals(false, false)");
            assert!(!nothing, "{lang:?} {call} is empty");
        }
    }
}

/// Latin words a Chinese message may hold: names of formats and protocols, the language
/// switch's "English", the typed examples of the search boxes, a pack manifest's file name
/// (`manifest.json`), and the format "schema.org JobPosting".
const ZH_LATIN: [&str; 15] = [
    "English",
    "HTTP",
    "JSON",
    "UTF",
    "GBK",
    "KB",
    "http",
    "s",
    "diangong",
    "dg",
    "manifest",
    "json",
    "schema",
    "org",
    "JobPosting",
];

#[test]
fn chinese_messages_have_no_english_leftovers() {
    for (call, text) in render(Lang::Zh) {
        // Foreign currencies and codes are the data's own, not the catalogue's.
        if call.starts_with("wage_text") || call.starts_with("job_wage") || call.starts_with("housing_meals") {
            continue;
        }
        // Said in both languages on purpose: shown while English is not there yet.
        if call.starts_with("lang_") {
            continue;
        }
        for word in text.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()) {
            assert!(ZH_LATIN.contains(&word), "zh {call}: {word:?} in {text:?}");
        }
    }
}

/// The number writers as they were, with the standard formatting: the oracle of the one
/// integer writer that replaced them.
mod std_numbers {
    pub fn decimal(v: f64) -> String {
        let cents = (v * 100.0).round() as i64;
        let (whole, frac) = (cents / 100, (cents % 100).unsigned_abs());
        let sign = if cents < 0 && whole == 0 { "-" } else { "" };
        match frac {
            0 => format!("{sign}{whole}"),
            f if f % 10 == 0 => format!("{sign}{whole}.{}", f / 10),
            f => format!("{sign}{whole}.{f:02}"),
        }
    }

    pub fn money(v: f64) -> String {
        if v.fract().abs() > 0.005 && v < 100.0 {
            return decimal(v);
        }
        let n = v.round() as i64;
        let digits = n.unsigned_abs().to_string();
        let mut out = String::from(if n < 0 { "-" } else { "" });
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        out
    }
}

use proptest::prelude::Strategy;

proptest::proptest! {
    #[test]
    fn numbers_are_written_as_the_standard_formatting_wrote_them(
        v in proptest::prop_oneof![
            proptest::num::f64::ANY,
            -1e7..1e7f64,
            (-100_000i64..100_000).prop_map(|c| c as f64 / 100.0),
        ],
        n in proptest::num::u64::ANY,
    ) {
        proptest::prop_assert_eq!(decimal(v), std_numbers::decimal(v));
        proptest::prop_assert_eq!(money(v), std_numbers::money(v));
        proptest::prop_assert_eq!(fill("{0}", &[Num(n)]), n.to_string());
        let signed = n as i64;
        proptest::prop_assert_eq!(fill("{0}", &[Arg::Signed(signed)]), signed.to_string());
    }
}

#[test]
fn templates_fill_only_their_numbered_slots() {
    let args = [Text("甲"), Num(12345), Arg::Signed(-7)];
    assert_eq!(fill("{2} {0}{1}", &args), "-7 甲12345");
    // Not a slot: kept as text; a slot without an argument: empty.
    assert_eq!(fill("{x} {12} {", &args), "{x} {12} {");
    assert_eq!(fill("a{3}b", &args), "ab");
}
