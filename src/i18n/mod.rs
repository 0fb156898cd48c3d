//! The translation catalogue: every user-visible string, in zh-CN (default) and English.
//!
//! Each language implements [`Texts`]; a message missing from one language is a compile
//! error, not a blank on screen. Plain Rust, usable by the engine and the UI alike.

mod en;
mod zh;

use crate::engine::feed::ProblemKind;
use crate::engine::model::{Level, Mode, Safeguard, Settlement, WageUnit};
use crate::engine::profile::Need;
use crate::engine::score::{PlaceFit, WageFit};
use crate::engine::view::Sort;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    /// Reads a `lang` parameter or a browser language tag; zh-CN unless it says English.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let t = tag.trim().to_ascii_lowercase();
        if t.starts_with("zh") {
            Some(Lang::Zh)
        } else if t.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The BCP 47 tag for `lang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    pub fn texts(self) -> &'static dyn Texts {
        match self {
            Lang::Zh => &zh::Zh,
            Lang::En => &en::En,
        }
    }
}

/// Every message the product shows.
pub trait Texts {
    fn app_title(&self) -> &'static str;
    fn tagline(&self) -> &'static str;
    fn search_label(&self) -> &'static str;
    fn search_placeholder(&self) -> &'static str;
    fn jobs_found(&self, n: usize) -> String;
    fn loading(&self) -> &'static str;
    fn no_results(&self) -> &'static str;
    fn job_list_label(&self) -> &'static str;
    fn match_label(&self, percent: u8) -> String;
    fn skills_met(&self, met: usize, of: usize) -> String;
    fn no_skill_needed(&self) -> &'static str;
    fn wage_negotiable(&self) -> &'static str;
    fn wage_unit(&self, unit: WageUnit) -> &'static str;
    fn settlement(&self, s: Settlement) -> &'static str;
    fn safeguard(&self, s: Safeguard) -> &'static str;
    fn level_name(&self, level: Level) -> &'static str;
    fn no_level(&self) -> &'static str;
    fn fee_warning(&self) -> &'static str;
    fn problems_found(&self, n: usize) -> String;
    fn problem(&self, kind: &ProblemKind) -> String;
    fn problem_where(&self, list: &str, record: Option<usize>, id: Option<&str>) -> String;
    fn problem_skipped(&self) -> &'static str;
    fn privacy_note(&self) -> &'static str;
    fn language_switch(&self) -> &'static str;
    fn fatal_error(&self) -> &'static str;
    /// What completing a course unlocks: "完成后可多匹配 12 个职位，月薪中位数 +800 元".
    fn suggestion_reason(&self, unlocks: usize, uplift: Option<f64>) -> String;
    fn starter_course(&self) -> &'static str;
    fn show_more(&self) -> &'static str;
    fn nav_jobs(&self) -> &'static str;
    fn nav_courses(&self) -> &'static str;
    fn nav_rights(&self) -> &'static str;
    fn rights_link(&self) -> &'static str;
    fn close(&self) -> &'static str;
    fn apply_online(&self) -> &'static str;
    fn apply_phone(&self, number: &str) -> String;
    fn no_apply_link(&self) -> &'static str;
    fn why_heading(&self) -> &'static str;
    fn skill_met(&self, skill: &str, held: &str, required: Option<&str>) -> String;
    fn skill_below(&self, skill: &str, held: &str, required: &str) -> String;
    fn skill_missing(&self, skill: &str, required: Option<&str>) -> String;
    fn brand_bonus(&self, brand: &str) -> String;
    fn place_fit(&self, fit: PlaceFit, km: Option<f64>) -> String;
    fn wage_fit(&self, fit: WageFit) -> String;
    fn gap_courses(&self, skill: &str) -> String;
    fn job_details(&self) -> &'static str;
    fn hours(&self, hours: &str) -> String;
    fn housing_meals(&self, housing: bool, meals: bool) -> Option<&'static str>;
    fn headcount(&self, n: u32) -> String;
    fn posted(&self, date: &str) -> String;
    fn valid_through(&self, date: &str) -> String;
    fn courses_title(&self) -> &'static str;
    fn courses_intro(&self) -> &'static str;
    fn voucher(&self) -> &'static str;
    fn subsidy(&self, yuan: f64) -> String;
    fn cost(&self, yuan: f64) -> String;
    fn mode(&self, mode: Mode) -> &'static str;
    fn days(&self, n: u32) -> String;
    fn starts(&self, date: &str) -> String;
    fn rights_title(&self) -> &'static str;
    fn rights_points(&self) -> [&'static str; 5];
    fn fetch_failed(&self, url: &str, detail: &str) -> String;
    fn retry(&self) -> &'static str;
    fn profile_corrupt(&self) -> &'static str;
    fn reset_profile(&self) -> &'static str;
    fn profile_from_link(&self) -> &'static str;
    fn clear_data(&self) -> &'static str;
    fn back_to_jobs(&self) -> &'static str;
    fn nav_profile(&self) -> &'static str;
    fn offline_stale(&self) -> &'static str;
    fn qr_job(&self) -> &'static str;
    fn qr_too_long(&self) -> &'static str;
    fn qr_profile_offer(&self) -> &'static str;
    fn qr_profile_consent(&self) -> &'static str;
    fn qr_profile_agree(&self) -> &'static str;
    fn qr_profile(&self) -> &'static str;
    fn idle_countdown(&self, seconds: u32) -> String;
    fn keep_using(&self) -> &'static str;
    fn holds_brand(&self, brand: &str) -> String;
    fn copy_link(&self) -> &'static str;
    fn link_copied(&self) -> &'static str;
    fn copy_by_hand(&self) -> &'static str;
    fn free_with_voucher(&self) -> &'static str;
    fn online_only(&self) -> &'static str;
    fn more_courses(&self) -> &'static str;
    fn filters(&self, active: usize) -> String;
    fn any_place(&self) -> &'static str;
    fn city(&self) -> &'static str;
    fn county(&self) -> &'static str;
    fn min_wage(&self) -> &'static str;
    fn settlement_heading(&self) -> &'static str;
    fn safeguards_heading(&self) -> &'static str;
    fn housing_meals_filter(&self) -> &'static str;
    fn flexible_filter(&self) -> &'static str;
    fn category(&self) -> &'static str;
    fn any_category(&self) -> &'static str;
    fn sort_label(&self) -> &'static str;
    fn sort(&self, s: Sort) -> &'static str;
    fn clear_filters(&self) -> &'static str;
    fn profile_title(&self) -> &'static str;
    fn profile_empty_hint(&self) -> &'static str;
    fn my_skills(&self) -> &'static str;
    fn add_skill(&self) -> &'static str;
    fn add_skill_placeholder(&self) -> &'static str;
    fn level_label(&self, skill: &str) -> String;
    fn remove(&self, what: &str) -> String;
    fn my_brands(&self) -> &'static str;
    fn add_brand(&self) -> &'static str;
    fn choose(&self) -> &'static str;
    fn home(&self) -> &'static str;
    fn wage_wish(&self) -> &'static str;
    fn settlement_wish(&self) -> &'static str;
    fn needs_heading(&self) -> &'static str;
    fn need(&self, n: Need) -> &'static str;
    fn willing_to_move(&self) -> &'static str;
    fn max_km(&self) -> &'static str;
    fn large_text(&self) -> &'static str;
    fn high_contrast(&self) -> &'static str;
    fn sample_brand(&self) -> &'static str;
    fn no_skill_found(&self) -> &'static str;
    fn reload(&self) -> &'static str;
}

/// A skill's name in `lang`: the English name when there is one, else the Chinese.
pub fn skill_name(lang: Lang, skill: &crate::engine::model::Skill) -> &str {
    match lang {
        Lang::En if !skill.en.is_empty() => &skill.en,
        _ => &skill.name,
    }
}

/// A brand's name in `lang`, likewise.
pub fn brand_name(lang: Lang, brand: &crate::engine::model::Brand) -> &str {
    match lang {
        Lang::En if !brand.en.is_empty() => &brand.en,
        _ => &brand.name,
    }
}

/// A wage range in the language's style ("6,000–8,000 元/月", "¥6,000–8,000/month").
pub fn wage_range(lang: Lang, min: f64, max: f64, unit: WageUnit) -> String {
    let t = lang.texts();
    let (a, b) = (money(min), money(max));
    let amount = if a == b { a } else { format!("{a}–{b}") };
    match lang {
        Lang::Zh => format!("{amount} {}", t.wage_unit(unit)),
        Lang::En => format!("¥{amount}{}", t.wage_unit(unit)),
    }
}

/// A money amount with thousands separators; cents only when there are some.
pub fn money(v: f64) -> String {
    if v.fract().abs() > 0.005 && v < 100.0 {
        return format!("{v:.2}");
    }
    group_thousands(v.round() as i64)
}

pub fn group_thousands(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
