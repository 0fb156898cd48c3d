//! The worker's profile: edits as data (`Profile::apply`), lenient reading that keeps what
//! it does not know, and the one skill resolution the editor and the scoring share.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use proptest::prelude::*;
use serde_json::Value;
use skillmatch::engine::model::{Settlement, WageUnit};
use skillmatch::engine::profile::{Need, Profile, ProfileProblem, ProfileSkill, WageUnitName, WageWish};
use skillmatch::engine::profile_edit::ProfileEdit;

/// Applies `edits` in order to the profile read from `start`; checks the JSON it ends as and
/// whether each edit changed anything.
fn check(start: &str, edits: &[(ProfileEdit, bool)], want: &str) {
    let ds = load(&[]);
    let (mut p, problems) = Profile::from_json(start);
    assert!(problems.is_empty(), "{problems:?}");
    for (edit, changes) in edits {
        assert_eq!(p.apply(edit, ds.catalog()), *changes, "{edit:?}");
    }
    let got: serde_json::Value = serde_json::from_str(&p.to_json()).unwrap();
    let want: serde_json::Value = serde_json::from_str(want).unwrap();
    assert_eq!(got, want);
}

#[test]
fn skills_are_held_once_and_addressed_by_their_key() {
    let ds = load(&[]);
    let elec = ds.catalog().skill_by_id("s-elec").unwrap();
    let weld = ds.catalog().skill_by_id("s-weld").unwrap();
    check(
        r#"{"skills":[{"name":"电工","level":2}]}"#,
        &[
            (ProfileEdit::AddSkill(elec), false), // held already, by name
            (ProfileEdit::AddSkill(weld), true),
            (ProfileEdit::SetLevel { skill: "s-weld".into(), level: Some(3) }, true),
            (ProfileEdit::SetLevel { skill: "电工".into(), level: Some(9) }, true), // out of range: no level
            (ProfileEdit::RemoveSkill("nothing".into()), false),
        ],
        r#"{"skills":[{"name":"电工"},{"id":"s-weld","level":3}]}"#,
    );
    check(r#"{"skills":[{"id":"s-weld"}]}"#, &[(ProfileEdit::RemoveSkill("s-weld".into()), true)], "{}");
}

#[test]
fn place_wage_and_choices() {
    check(
        r#"{"city":"自贡市","county":"自流井区"}"#,
        &[
            (ProfileEdit::SetCity("自贡市".into()), false),
            (ProfileEdit::SetCity("成都市".into()), true),
            (ProfileEdit::SetCounty("武侯区".into()), true),
            (ProfileEdit::SetWageUnit(WageUnit::Day), false), // no wish yet
            (ProfileEdit::SetWage { amount: Some(250.0), unit: WageUnit::Day }, true),
            (ProfileEdit::SetWageUnit(WageUnit::Hour), true),
            (ProfileEdit::ToggleSettlement(Settlement::Daily), true),
            (ProfileEdit::ToggleNeed(Need::Housing), true),
            (ProfileEdit::ToggleNeed(Need::Housing), true),
            (ProfileEdit::SetWillingToMove(true), true),
            (ProfileEdit::SetMaxKm(Some(-3.0)), false),
            (ProfileEdit::AddBrand("b-zg".into()), true),
            (ProfileEdit::AddBrand("b-zg".into()), false),
        ],
        r#"{"city":"成都市","county":"武侯区","wage":{"min":250.0,"unit":"hour"},"settlement":["daily"],
            "willingToMove":true,"brands":["b-zg"]}"#,
    );
    check(
        r#"{"wage":{"min":5000,"unit":"month"}}"#,
        &[(ProfileEdit::SetWage { amount: Some(0.0), unit: WageUnit::Month }, true)],
        "{}",
    );
}

#[test]
fn fields_this_version_does_not_know_are_kept() {
    let json = r#"{"skills":[{"name":"电工"}],"certificates":[{"no":"510300-2026-001"}],"v":3,"settlement":["daily","bogus"]}"#;
    let (p, problems) = Profile::from_json(json);
    assert_eq!(problems.len(), 1, "the unknown settlement value is reported");
    assert_eq!(p.settlement, [Settlement::Daily]);
    let back: serde_json::Value = serde_json::from_str(&p.to_json()).unwrap();
    assert_eq!(back["certificates"][0]["no"], "510300-2026-001");
    assert_eq!(back["v"], 3);
    assert_eq!(back["settlement"], serde_json::json!(["daily"]));
}

#[test]
fn the_editor_and_the_scoring_resolve_skills_alike() {
    let ds = load(&[]);
    let elec = ds.catalog().skill_by_id("s-elec");
    for s in [
        ProfileSkill { id: Some("s-elec".into()), ..Default::default() },
        ProfileSkill { name: Some("电工".into()), ..Default::default() },
        ProfileSkill { name: Some("diangong".into()), ..Default::default() },
        ProfileSkill { id: Some("s-gone".into()), name: Some("水电工".into()), level: None },
    ] {
        assert_eq!(ds.catalog().profile_skill(&s), elec, "{s:?}");
        let p = Profile { skills: vec![s.clone()], ..Profile::default() };
        let (w, problems) = p.resolve(ds.catalog());
        assert!(problems.is_empty() && w.held(elec.unwrap()).is_some(), "{s:?}");
    }
}

/// What reading reports for each kind of bad value, and what it keeps: a wrong type or value in
/// one field is that field's problem, the rest of the profile still applies.
#[test]
fn each_bad_value_is_reported_and_the_rest_kept() {
    let invalid = |paths: &[&str]| -> Vec<ProfileProblem> {
        paths.iter().map(|p| ProfileProblem::Invalid { path: p.to_string() }).collect()
    };
    let cases: &[(&str, Vec<ProfileProblem>)] = &[
        ("", vec![ProfileProblem::NotJson]),
        ("{} junk", vec![ProfileProblem::NotJson]),
        (r#"{"city":"成都市""#, vec![ProfileProblem::NotJson]),
        ("[1,2]", invalid(&["$"])),
        (r#""成都市""#, invalid(&["$"])),
        ("null", invalid(&["$"])),
        (
            r#"{"skills":["电工",{"id":" s-weld ","level":"3"},{"name":""},7,{"name":"焊工","level":6},
                {"name":"厨师","level":2.5},{"name":"车工","level":null},{"id":"s-x","level":true}],"city":"成都市"}"#,
            invalid(&["skills[2]", "skills[3]", "skills[4].level", "skills[5].level", "skills[7].level"]),
        ),
        (r#"{"skills":{"name":"电工"},"brands":"b-zg","city":"成都市"}"#, invalid(&["skills", "brands"])),
        (r#"{"skills":null,"brands":null,"wage":null}"#, invalid(&["skills", "brands", "wage"])),
        (r#"{"brands":["b-zg",3,"  ",null,"b-x"],"city":5,"county":["x"]}"#, vec![]),
        (r#"{"wage":{"min":"4000","unit":"month"}}"#, vec![]),
        (r#"{"wage":{"min":4000,"unit":"fortnight"}}"#, invalid(&["wage"])),
        (r#"{"wage":{"min":4000,"unit":3}}"#, vec![]),
        (r#"{"wage":{"min":-1}}"#, invalid(&["wage"])),
        (r#"{"wage":4000}"#, invalid(&["wage"])),
        (
            r#"{"settlement":["daily",1,"daily","yearly"],"needs":["housing","housing","pets",null]}"#,
            invalid(&["settlement", "settlement", "needs", "needs"]),
        ),
        (r#"{"settlement":"daily","needs":{"housing":true}}"#, vec![]),
        (r#"{"maxKm":"20"}"#, invalid(&["maxKm"])),
        (r#"{"maxKm":0,"willingToMove":"yes"}"#, invalid(&["maxKm", "willingToMove"])),
        (r#"{"maxKm":null,"willingToMove":null}"#, vec![]),
    ];
    for (json, want) in cases {
        assert_eq!(&Profile::from_json(json).1, want, "{json}");
    }
    let (p, _) = Profile::from_json(cases[6].0);
    let skill = |id: Option<&str>, name: Option<&str>, level| ProfileSkill {
        id: id.map(Into::into),
        name: name.map(Into::into),
        level,
    };
    assert_eq!(
        p.skills,
        [
            skill(None, Some("电工"), None),
            skill(Some("s-weld"), None, Some(3)),
            skill(None, Some("焊工"), None),
            skill(None, Some("厨师"), None),
            skill(None, Some("车工"), None),
            skill(Some("s-x"), None, None),
        ]
    );
    assert_eq!(p.city, "成都市");
    let (p, _) = Profile::from_json(cases[9].0);
    assert_eq!((p.brands, p.city, p.county), (vec!["b-zg".to_string(), "b-x".into()], String::new(), String::new()));
    for (json, min, unit) in [(cases[10].0, 4000.0, WageUnitName::Month), (cases[12].0, 4000.0, WageUnitName::Month)] {
        assert_eq!(Profile::from_json(json).0.wage, Some(WageWish { min, unit }), "{json}");
    }
    let (p, _) = Profile::from_json(cases[15].0);
    assert_eq!((p.settlement, p.needs), (vec![Settlement::Daily], vec![Need::Housing]));
    let (p, _) = Profile::from_json(r#"{"maxKm":12.5,"willingToMove":true,"skills":[]}"#);
    assert_eq!((p.max_km, p.willing_to_move, p.skills.len()), (Some(12.5), true, 0));
}

/// A saved value cut short keeps what came before the cut; a whole one is read as it is.
#[test]
fn a_damaged_saved_profile_keeps_what_survived() {
    let (p, problems) = Profile::salvage(r#"{"skills":[{"name":"电工","level":3},{"name":"焊"#);
    assert_eq!(problems, [ProfileProblem::Damaged]);
    assert_eq!(p.skills.len(), 1);
    let (p, problems) = Profile::salvage(r#"{"city":"自贡市","v":[1,{"a":2}]}xyz"#);
    assert_eq!(problems, [ProfileProblem::Damaged]);
    assert_eq!((p.city.as_str(), p.to_json().as_str()), ("自贡市", r#"{"city":"自贡市","v":[1,{"a":2}]}"#));
    assert_eq!(Profile::salvage("[1,2").1, [ProfileProblem::Damaged, ProfileProblem::Invalid { path: "$".into() }]);
    assert_eq!(Profile::salvage("nothing").1, [ProfileProblem::NotJson]);
    assert_eq!(Profile::salvage(r#"{"city":"自贡市"}"#).1, []);
}

/// The written JSON is the same text for the same profile: fields in name order, the shape
/// share links and saved profiles have always had.
#[test]
fn the_written_text_is_stable() {
    let json = r#"{"zz":{"a":[true,null],"b":1},"willingToMove":true,"wage":{"min":4000,"unit":"day"},"skills":[{"name":"电工","level":2,"id":"s-elec"},"焊工"],
        "settlement":["daily"],"needs":["housing"],"maxKm":30,"county":"自流井区","city":"自贡市","brands":["b-zg"],"a\"b":"é"}"#;
    let (p, problems) = Profile::from_json(json);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(
        p.to_json(),
        concat!(
            r#"{"a\"b":"é","brands":["b-zg"],"city":"自贡市","county":"自流井区","maxKm":30.0,"needs":["housing"],"#,
            r#""settlement":["daily"],"skills":[{"id":"s-elec","level":2,"name":"电工"},{"name":"焊工"}],"#,
            r#""wage":{"min":4000.0,"unit":"day"},"willingToMove":true,"zz":{"a":[true,null],"b":1}}"#
        )
    );
    assert_eq!(Profile::default().to_json(), "{}");
}

/// Fields this version does not read are kept as their text, not re-encoded: a newer
/// version's number that f64 cannot hold, its key order and its nesting come back as written.
#[test]
fn unknown_fields_come_back_as_written() {
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    let json = format!(r#"{{"id":12345678901234567890123,"b":{{"z":1, "a":2.50}},"deep":{deep},"city":"自贡市"}}"#);
    let (p, problems) = Profile::from_json(&json);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(p.extra.get("id"), Some("12345678901234567890123"));
    assert_eq!(p.extra.get("b"), Some(r#"{"z":1, "a":2.50}"#));
    assert_eq!(p.extra.get("city"), None, "a field this version reads is not kept twice");
    assert_eq!(
        p.to_json(),
        format!(r#"{{"b":{{"z":1, "a":2.50}},"city":"自贡市","deep":{deep},"id":12345678901234567890123}}"#)
    );
    // The last of a repeated field counts, as for any JSON reader.
    let (p, _) = Profile::from_json(r#"{"v":1,"city":"成都市","v":2,"city":"自贡市"}"#);
    assert_eq!((p.extra.get("v"), p.city.as_str()), (Some("2"), "自贡市"));
}

/// Any JSON value, with the profile's field names (and the names inside a skill or a wage)
/// more likely than others, so that the fields are often there with any type.
fn any_json() -> impl Strategy<Value = Value> {
    let names = prop::sample::select(vec![
        "skills",
        "brands",
        "city",
        "county",
        "wage",
        "settlement",
        "needs",
        "maxKm",
        "willingToMove",
        "id",
        "name",
        "level",
        "min",
        "unit",
        "other",
        "",
    ]);
    let texts = prop::sample::select(vec![
        "",
        " ",
        "电工",
        "s-elec",
        "3",
        "2.5",
        "daily",
        "housing",
        "month",
        "fortnight",
        "a\"b\\",
        "\u{0}",
    ]);
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_filter("JSON has no NaN or infinity", |x| x.is_finite()).prop_map(Value::from),
        (-2i64..8).prop_map(Value::from),
        texts.prop_map(Value::from),
        ".*".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((prop_oneof![names.clone().prop_map(String::from), ".*"], inner), 0..8)
                .prop_map(|fields| Value::Object(fields.into_iter().collect())),
        ]
    })
}

proptest! {
    /// Whatever a profile holds, writing what was read and reading it again gives the same
    /// profile with nothing to report, and no field this version does not read is lost.
    #[test]
    fn any_profile_round_trips_without_losing_a_field(v in any_json()) {
        let text = v.to_string();
        let (p, _) = Profile::from_json(&text);
        let written = p.to_json();
        let (again, problems) = Profile::from_json(&written);
        prop_assert!(problems.is_empty(), "{:?} from {}", problems, written);
        prop_assert!(same_but_rounding(&again, &p), "{:?} != {:?}", again, p);
        let written: Value = serde_json::from_str(&written).unwrap();
        for (name, value) in v.as_object().into_iter().flatten() {
            if !KNOWN.contains(&name.as_str()) {
                // Compared as text, and as values read by the same (not exactly rounding)
                // float parser: the field's text is what came in.
                let text = value.to_string();
                prop_assert_eq!(p.extra.get(name), Some(text.as_str()), "{}", name);
                prop_assert_eq!(written.get(name), Some(&serde_json::from_str::<Value>(&text).unwrap()), "{}", name);
            }
        }
    }

    /// Text that is not a profile, or a profile cut or spliced anywhere, never panics.
    #[test]
    fn hostile_text_never_panics(v in any_json(), junk in ".{0,8}", at in any::<prop::sample::Index>(), cut in any::<bool>()) {
        let text = v.to_string();
        let at = text.char_indices().map(|(i, _)| i).nth(at.index(text.chars().count().max(1))).unwrap_or(0);
        let text = if cut { text[..at].to_string() } else { format!("{}{junk}{}", &text[..at], &text[at..]) };
        for (p, _) in [Profile::from_json(&text), Profile::salvage(&text), Profile::from_json(&junk)] {
            let (again, problems) = Profile::from_json(&p.to_json());
            prop_assert!(problems.is_empty());
            prop_assert!(same_but_rounding(&again, &p), "{:?} != {:?}", again, p);
        }
    }
}

/// `a` and `b` are the same profile, but for amounts (wage, distance) that may differ in
/// their last bits: serde_json reads a decimal to the nearest float or the one next to it, so
/// a 17-digit amount may move by a bit on the way through its text (it always could).
fn same_but_rounding(a: &Profile, b: &Profile) -> bool {
    let close = |x: f64, y: f64| (x - y).abs() <= 4.0 * f64::EPSILON * x.abs().max(y.abs());
    let amounts_close = match (a.wage, b.wage) {
        (Some(x), Some(y)) => close(x.min, y.min),
        (x, y) => x.is_none() && y.is_none(),
    } && match (a.max_km, b.max_km) {
        (Some(x), Some(y)) => close(x, y),
        (x, y) => x.is_none() && y.is_none(),
    };
    let wage = a.wage.zip(b.wage).map(|(x, y)| WageWish { min: y.min, ..x });
    amounts_close && Profile { wage, max_km: b.max_km, ..a.clone() } == *b
}

/// The top-level fields [`Profile::from_json`] reads.
const KNOWN: [&str; 9] =
    ["skills", "brands", "city", "county", "wage", "settlement", "needs", "maxKm", "willingToMove"];
