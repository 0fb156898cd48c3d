//! English.

use super::Texts;
use crate::engine::feed::ProblemKind;
use crate::engine::model::{Level, Safeguard, Settlement, WageUnit};

pub struct En;

impl Texts for En {
    fn app_title(&self) -> &'static str {
        "SkillMatch"
    }
    fn tagline(&self) -> &'static str {
        "Find work by your skills, levels and Sichuan labour brands"
    }
    fn search_label(&self) -> &'static str {
        "Search jobs, skills, employers"
    }
    fn search_placeholder(&self) -> &'static str {
        "e.g. electrician, 电工, diangong"
    }
    fn jobs_found(&self, n: usize) -> String {
        match n {
            1 => "1 job found".into(),
            n => format!("{} jobs found", super::group_thousands(n as i64)),
        }
    }
    fn loading(&self) -> &'static str {
        "Loading jobs…"
    }
    fn no_results(&self) -> &'static str {
        "No jobs match. Try another word or fewer filters."
    }
    fn job_list_label(&self) -> &'static str {
        "Jobs"
    }
    fn match_label(&self, percent: u8) -> String {
        format!("{percent}% match")
    }
    fn skills_met(&self, met: usize, of: usize) -> String {
        format!("{met} of {of} skills met")
    }
    fn no_skill_needed(&self) -> &'static str {
        "No skills required"
    }
    fn wage_negotiable(&self) -> &'static str {
        "Wage negotiable"
    }
    fn wage_unit(&self, unit: WageUnit) -> &'static str {
        match unit {
            WageUnit::Hour => "/hour",
            WageUnit::Day => "/day",
            WageUnit::Month => "/month",
            WageUnit::Piece => "/piece",
        }
    }
    fn settlement(&self, s: Settlement) -> &'static str {
        match s {
            Settlement::Daily => "Paid daily",
            Settlement::Weekly => "Paid weekly",
            Settlement::Monthly => "Paid monthly",
            Settlement::Piece => "Piece rate",
        }
    }
    fn safeguard(&self, s: Safeguard) -> &'static str {
        match s {
            Safeguard::Contract => "Labour contract",
            Safeguard::Insurance => "Social insurance",
            Safeguard::WageAccount => "Wage account / contractor pays",
            Safeguard::WageDeposit => "Wage deposit",
        }
    }
    fn level_name(&self, level: Level) -> &'static str {
        match level.get() {
            1 => "Level 5 (entry)",
            2 => "Level 4 (intermediate)",
            3 => "Level 3 (senior)",
            4 => "Level 2 (technician)",
            _ => "Level 1 (senior technician)",
        }
    }
    fn no_level(&self) -> &'static str {
        "Special vocational ability"
    }
    fn fee_warning(&self) -> &'static str {
        "Warning: this posting asks you to pay first (deposit, training fee…). This is a common scam."
    }
    fn problems_found(&self, n: usize) -> String {
        match n {
            1 => "1 problem in the data, skipped or repaired".into(),
            n => format!("{n} problems in the data, skipped or repaired"),
        }
    }
    fn problem(&self, kind: &ProblemKind) -> String {
        match kind {
            ProblemKind::TooLarge { bytes, limit } => {
                format!("Feed too large ({} KB, limit {} KB); not read", bytes / 1024, limit / 1024)
            }
            ProblemKind::NotJson { line, column } => format!("Not valid JSON (line {line}, column {column})"),
            ProblemKind::TooDeep => "Nested too deeply; not read".into(),
            ProblemKind::NotAFeed => "Neither a SkillMatch feed nor schema.org JobPosting data".into(),
            ProblemKind::WrongType { expected } => format!("Wrong type, expected {expected}"),
            ProblemKind::Missing => "Required value missing".into(),
            ProblemKind::DuplicateId => "Duplicate id; the later record was skipped".into(),
            ProblemKind::UnknownValue { value } => format!("Unknown value \"{value}\""),
            ProblemKind::OutOfRange => "Number out of range".into(),
            ProblemKind::WageSwapped => "Minimum wage above maximum; swapped".into(),
            ProblemKind::UnknownSkill { reference } => format!("Unknown skill \"{reference}\", kept as text"),
            ProblemKind::UnknownBrand { reference } => format!("Unknown labour brand \"{reference}\""),
            ProblemKind::BadDate { value } => format!("Unreadable date \"{value}\""),
            ProblemKind::UnsafeLink => "Link is not http(s) or tel:; ignored".into(),
            ProblemKind::Truncated { chars, max } => format!("Text too long ({chars} characters); cut to {max}"),
            ProblemKind::Fetch { detail } => format!("Could not load the feed: {detail}"),
        }
    }
    fn problem_where(&self, list: &str, record: Option<usize>, id: Option<&str>) -> String {
        let list = match list {
            "places" => "place",
            "skills" => "skill",
            "brands" => "brand",
            "jobs" => "job",
            "courses" => "course",
            _ => "feed",
        };
        match (record, id) {
            (Some(r), Some(id)) => format!("{list} #{} ({id})", r + 1),
            (Some(r), None) => format!("{list} #{}", r + 1),
            _ => list.to_string(),
        }
    }
    fn problem_skipped(&self) -> &'static str {
        "skipped"
    }
    fn privacy_note(&self) -> &'static str {
        "Your profile stays on this device. Nothing is uploaded."
    }
    fn language_switch(&self) -> &'static str {
        "中文"
    }
    fn suggestion_reason(&self, unlocks: usize, uplift: Option<f64>) -> String {
        let jobs = if unlocks == 1 { "1 more job".to_string() } else { format!("{unlocks} more jobs") };
        match uplift {
            Some(u) if u.abs() >= 50.0 => {
                let sign = if u > 0.0 { "+" } else { "−" };
                format!("Qualifies you for {jobs}; median monthly wage {sign}¥{}", super::money(u.abs()))
            }
            _ => format!("Qualifies you for {jobs}"),
        }
    }
    fn starter_course(&self) -> &'static str {
        "Starter course: the skills most in demand near you"
    }
    fn fatal_error(&self) -> &'static str {
        "Something went wrong and the page could not be shown."
    }
    fn reload(&self) -> &'static str {
        "Reload"
    }
}
