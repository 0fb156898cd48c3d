//! The translation catalogue: every user-visible string, in zh-CN (default) and English.
//!
//! Each language implements [`Texts`]; a message missing from one language is a compile
//! error, not a blank on screen. It words the engine's data (problems, fits, wages) for the
//! UI; the engine never uses it. Plain Rust, so the wording is tested on the host.

mod en;
mod zh;

use crate::engine::feed::{FeedError, List, ProblemKind};
use crate::engine::model::{Currency, Level, Mode, Safeguard, Settlement, Wage, WageUnit};
use crate::engine::profile::{Need, ProfileProblem};
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
    /// A job that lists no skill we can judge: "不限技能 / No skills listed".
    fn no_skills_listed(&self) -> &'static str;
    /// The posting's own words name a skill the worker holds: "标题提到电工".
    fn skill_mentioned(&self, skill: &str, in_title: bool) -> String;
    /// A requirement given as text that names no skill we know (shown, not judged).
    fn skill_listed(&self, text: &str) -> String;
    /// With no profile: how the list is ordered, and the invitation to add skills.
    fn default_order(&self) -> &'static str;
    fn add_skills_prompt(&self) -> &'static str;
    fn add_skills_button(&self) -> &'static str;
    fn wage_negotiable(&self) -> &'static str;
    /// A piece rate with the employer's estimate of a month: "约 7,000 元/月，按件计 (1.15–1.45 元/件)".
    fn piece_rate_with_estimate(&self, rate: &str, month: &str) -> String;
    fn wage_unit(&self, unit: WageUnit) -> &'static str;
    fn settlement(&self, s: Settlement) -> &'static str;
    fn safeguard(&self, s: Safeguard) -> &'static str;
    fn level_name(&self, level: Level) -> &'static str;
    fn no_level(&self) -> &'static str;
    fn fee_warning(&self) -> &'static str;
    fn problems_found(&self, n: usize) -> String;
    /// "… and N more not listed" under the kept problems.
    fn problems_not_listed(&self, n: usize) -> String;
    fn problem(&self, kind: &ProblemKind) -> String;
    fn problem_where(&self, list: List, record: Option<usize>, id: Option<&str>) -> String;
    fn problem_skipped(&self) -> &'static str;
    fn privacy_note(&self) -> &'static str;
    fn language_switch(&self) -> &'static str;
    fn fatal_error(&self) -> &'static str;
    /// What completing a course unlocks: "完成后可多匹配 12 个职位，月薪中位数 +800 元".
    fn suggestion_reason(&self, unlocks: usize, uplift: Option<f64>) -> String;
    fn starter_course(&self) -> &'static str;
    fn show_more(&self) -> &'static str;
    /// The tab bar's name for assistive technology.
    fn nav_label(&self) -> &'static str;
    fn nav_jobs(&self) -> &'static str;
    fn nav_courses(&self) -> &'static str;
    fn nav_rights(&self) -> &'static str;
    fn rights_link(&self) -> &'static str;
    fn close(&self) -> &'static str;
    fn apply_online(&self) -> &'static str;
    fn apply_phone(&self, number: &str) -> String;
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
    /// One named feed that gave no jobs: which, and why.
    fn feed_failed(&self, url: &str, why: &FeedError) -> String;
    /// A pack's shard as the feed alert names it: the jobs of `city` (in the interface's
    /// language; empty: jobs in no known city).
    fn pack_shard(&self, city: &str) -> String;
    /// Beside the count while a pack's other cities load: jobs loaded of all.
    fn pack_loading(&self, loaded: usize, all: usize) -> String;
    /// Beside the count when only the home city is loaded (the worker will not move).
    fn pack_home_only(&self, home: &str, loaded: usize) -> String;
    fn pack_load_rest(&self) -> &'static str;
    /// Every named feed failed: nothing to show (never sample jobs).
    fn no_jobs_loaded(&self) -> &'static str;
    /// The page the widget is embedded in, as a feed's name (its JSON-LD).
    fn this_page(&self) -> &'static str;
    /// Postings past their closing date, hidden: "3 个职位已过期，未显示".
    fn expired_hidden(&self, n: usize) -> String;
    /// A pay period's word: 月, "month".
    fn period(&self, unit: WageUnit) -> &'static str;
    /// Work from anywhere, and where applicants may live when the posting says.
    fn remote(&self, area: &str) -> String;
    /// A job whose posting gives no link: how to apply from what it does give.
    fn how_to_apply(&self) -> &'static str;
    fn apply_contact_employer(&self, employer: &str) -> String;
    fn apply_see_description(&self) -> &'static str;
    fn apply_call(&self, number: &str) -> String;
    fn apply_button(&self) -> &'static str;
    fn retry(&self) -> &'static str;
    fn profile_from_link(&self) -> &'static str;
    /// After editing a link's profile: keep it as mine? (replacing the one saved here).
    fn ask_save(&self) -> &'static str;
    fn ask_save_replacing(&self) -> &'static str;
    fn save_as_mine(&self) -> &'static str;
    fn keep_mine(&self) -> &'static str;
    fn view_only(&self) -> &'static str;
    /// The saved profile was damaged: what was read is in use, the original kept.
    fn profile_damaged(&self) -> &'static str;
    fn clear_backup(&self) -> &'static str;
    /// A write to the device failed: its storage is full (`full`), or off or refused.
    fn store_failed(&self, full: bool) -> &'static str;
    fn clear_confirm(&self) -> &'static str;
    fn cleared(&self) -> &'static str;
    fn undo(&self) -> &'static str;
    fn cancel(&self) -> &'static str;
    /// "N things in your profile could not be used", over the list of them.
    fn profile_unused(&self, n: usize) -> String;
    fn profile_problem(&self, p: &ProfileProblem) -> String;
    fn clear_data(&self) -> &'static str;
    fn back_to_jobs(&self) -> &'static str;
    fn nav_profile(&self) -> &'static str;
    fn offline_stale(&self) -> &'static str;
    fn qr_job(&self) -> &'static str;
    fn qr_too_long(&self) -> &'static str;
    /// In place of a QR code in a build without the encoder (the default one; a kiosk page
    /// runs the full build): the link, to copy by hand.
    fn qr_unavailable(&self, url: &str) -> String;
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
    /// The filter that keeps jobs using one of the worker's skills.
    fn fits_filter(&self) -> &'static str;
    /// On the map, for a worker with skills: what it counts.
    fn map_fits_note(&self) -> &'static str;
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
    fn any_distance(&self) -> &'static str;
    /// The distance filter needs a home place in the profile.
    fn distance_needs_home(&self) -> &'static str;
    fn within_km(&self, km: u32) -> String;
    fn large_text(&self) -> &'static str;
    fn high_contrast(&self) -> &'static str;
    fn sample_brand(&self) -> &'static str;
    fn no_skill_found(&self) -> &'static str;
    fn reload(&self) -> &'static str;
    /// 哪里有活: the work map's tab and heading.
    fn nav_map(&self) -> &'static str;
    /// What the map's figures are: the job list's, under the search and the filters.
    fn map_intro(&self) -> &'static str;
    fn map_label(&self) -> &'static str;
    /// A prefecture for assistive technology: "成都市：120 个职位，月薪中位数 6,000 元".
    fn map_city(&self, name: &str, jobs: usize, wage: Option<f64>) -> String;
    /// A median monthly wage, short: "6,000 元", "¥6,000".
    fn map_wage(&self, yuan: f64) -> String;
    fn map_elsewhere_marker(&self, n: usize) -> String;
    fn map_few(&self) -> &'static str;
    fn map_many(&self) -> &'static str;
    /// The legend: "stronger", not "darker" (in dark mode the busy places are lighter).
    fn map_legend(&self) -> &'static str;
    fn map_loading(&self) -> &'static str;
    fn map_failed(&self) -> &'static str;
    fn map_remote(&self, n: usize) -> String;
    fn map_elsewhere(&self, n: usize) -> String;
    /// No median to show (no comparable wage).
    fn no_median(&self) -> &'static str;
    fn table_caption(&self) -> &'static str;
    fn table_jobs(&self) -> &'static str;
    fn table_wage(&self) -> &'static str;
    fn table_elsewhere(&self) -> &'static str;
    fn table_remote(&self) -> &'static str;
    fn pay_heading(&self) -> &'static str;
    /// "高于自贡市 13 个电工职位中的 7 个".
    fn pay_rank(&self, city: &str, trade: &str, above: usize, of: usize) -> String;
    /// This job's own wage does not compare: how many others there are.
    fn pay_others(&self, city: &str, trade: &str, of: usize) -> String;
    /// A course's two bars in words.
    fn course_wages(&self, now: &str, after: &str) -> String;
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

/// A place's name in `lang`, likewise.
pub fn place_name<'a>(lang: Lang, name: &'a str, en: &'a str) -> &'a str {
    match lang {
        Lang::En if !en.is_empty() => en,
        _ => name,
    }
}

/// A place's name for a map label: without 市 and the 自治州 description in Chinese
/// ("成都", "阿坝"), the first word of a prefecture's English name ("Ngawa").
pub fn short_place<'a>(lang: Lang, name: &'a str, en: &'a str) -> &'a str {
    match lang {
        Lang::En if !en.is_empty() => match en.contains(" Prefecture") {
            true => en.split(' ').next().unwrap_or(en),
            false => en,
        },
        _ if name.ends_with("自治州") => name.char_indices().nth(2).map_or(name, |(i, _)| &name[..i]),
        _ => name.strip_suffix('市').unwrap_or(name),
    }
}

/// A wage as published, in the language's style: renminbi as "6,000–8,000 元/月" or
/// "¥6,000–8,000/month"; other currencies by sign (€, £) or code with the period after a
/// slash ("AUD 130,000–160,000 / year", "€36,000–50,000 / 年"); no period, no slash.
pub fn wage_text(lang: Lang, w: &Wage) -> String {
    let t = lang.texts();
    let (a, b) = (money(w.min), money(w.max));
    let amount = if a == b { a } else { format!("{a}–{b}") };
    if w.currency == Some(Currency::CNY) {
        return match (lang, w.unit) {
            (Lang::Zh, Some(u)) => format!("{amount} {}", t.wage_unit(u)),
            (Lang::Zh, None) => format!("{amount} 元"),
            (Lang::En, Some(u)) => format!("¥{amount}{}", t.wage_unit(u)),
            (Lang::En, None) => format!("¥{amount}"),
        };
    }
    let amount = match w.currency.as_ref().map(Currency::as_str) {
        Some("EUR") => format!("€{amount}"),
        Some("GBP") => format!("£{amount}"),
        Some(code) => format!("{code} {amount}"),
        None => amount,
    };
    match w.unit {
        Some(u) => format!("{amount} / {}", t.period(u)),
        None => amount,
    }
}

/// What a job's card and detail say about pay: the wage, else the posting's own words,
/// else "negotiable".
pub fn job_wage(lang: Lang, job: &crate::engine::model::Job) -> String {
    match &job.wage {
        // A piece rate says little on its own: the employer's monthly estimate goes with it.
        Some(w @ Wage { unit: Some(WageUnit::Piece), monthly_estimate: Some(m), .. }) => {
            let month = Wage { min: *m, max: *m, unit: Some(WageUnit::Month), monthly_estimate: None, ..*w };
            lang.texts().piece_rate_with_estimate(&wage_text(lang, w), &wage_text(lang, &month))
        }
        Some(w) => wage_text(lang, w),
        None if !job.wage_text.is_empty() => job.wage_text.to_string(),
        None => lang.texts().wage_negotiable().to_string(),
    }
}

/// A money amount with thousands separators; cents only when there are some.
pub fn money(v: f64) -> String {
    if v.fract().abs() > 0.005 && v < 100.0 {
        return decimal(v);
    }
    group_thousands(v.round() as i64)
}

/// A number for an input box or a URL: whole numbers without a point, others with at most
/// two decimals. Written by hand: the standard float formatting would add kilobytes of
/// code to the download for what is always a wage or a distance.
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

/// A share as a whole percentage (0.456 → 46).
pub fn percent_of(share: f64) -> i64 {
    (share * 100.0).round() as i64
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

#[cfg(test)]
mod tests {
    use super::*;

    fn wage(min: f64, max: f64, unit: Option<WageUnit>, currency: &str) -> Wage {
        Wage { min, max, unit, currency: Currency::parse(currency), monthly_estimate: None }
    }

    #[test]
    fn wages_are_shown_in_their_currency_and_period() {
        let year = Some(WageUnit::Year);
        let cases = [
            (wage(130000.0, 160000.0, year, "AUD"), "AUD 130,000–160,000 / 年", "AUD 130,000–160,000 / year"),
            (wage(36000.0, 50000.0, year, "EUR"), "€36,000–50,000 / 年", "€36,000–50,000 / year"),
            (wage(40.0, 40.0, Some(WageUnit::Hour), "USD"), "USD 40 / 小时", "USD 40 / hour"),
            (wage(16800.0, 16800.0, Some(WageUnit::Month), "pln"), "PLN 16,800 / 月", "PLN 16,800 / month"),
            (wage(6000.0, 8000.0, Some(WageUnit::Month), "CNY"), "6,000–8,000 元/月", "¥6,000–8,000/month"),
            (wage(1.15, 1.45, Some(WageUnit::Piece), "CNY"), "1.15–1.45 元/件", "¥1.15–1.45/piece"),
            (wage(5000.0, 5000.0, None, "CNY"), "5,000 元", "¥5,000"),
            (wage(100000.0, 100000.0, None, "xx"), "100,000", "100,000"),
        ];
        for (w, zh, en) in cases {
            assert_eq!(wage_text(Lang::Zh, &w), zh);
            assert_eq!(wage_text(Lang::En, &w), en);
        }
    }

    #[test]
    fn a_piece_rate_says_what_a_month_comes_to() {
        let mut w = wage(1.15, 1.45, Some(WageUnit::Piece), "CNY");
        w.monthly_estimate = Some(7000.0);
        let job = crate::engine::model::Job { wage: Some(w), ..Default::default() };
        assert_eq!(job_wage(Lang::Zh, &job), "约 7,000 元/月，按件计（1.15–1.45 元/件）");
        assert_eq!(job_wage(Lang::En, &job), "About ¥7,000/month, paid by the piece (¥1.15–1.45/piece)");
    }

    #[test]
    fn map_labels_use_short_place_names() {
        let cases = [
            ("成都市", "Chengdu", "成都", "Chengdu"),
            ("阿坝藏族羌族自治州", "Ngawa Tibetan and Qiang Autonomous Prefecture", "阿坝", "Ngawa"),
            ("凉山彝族自治州", "", "凉山", "凉山"),
            ("Lyon", "", "Lyon", "Lyon"),
        ];
        for (name, en, zh_short, en_short) in cases {
            assert_eq!(short_place(Lang::Zh, name, en), zh_short);
            assert_eq!(short_place(Lang::En, name, en), en_short);
        }
    }

    #[test]
    fn decimals_without_float_formatting() {
        for (v, want) in [(0.0, "0"), (6000.0, "6000"), (1.5, "1.5"), (1.15, "1.15"), (-0.25, "-0.25"), (12.004, "12")]
        {
            assert_eq!(decimal(v), want);
        }
    }
}
