//! The worker's profile: edits as data (`Profile::apply`), lenient reading that keeps what
//! it does not know, and the one skill resolution the editor and the scoring share.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use skillmatch::engine::model::{Settlement, WageUnit};
use skillmatch::engine::profile::{Need, Profile, ProfileSkill};
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
