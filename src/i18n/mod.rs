//! The translation catalogue: every user-visible string, in zh-CN (default) and English.
//!
//! Each language is one [`Texts`] value (`zh.rs`, `en.rs`): a struct with a field per
//! message, so a message missing from one language is a compile error, not a blank on
//! screen. Messages with arguments are templates with numbered slots (`"找到 {0} 个职位"`)
//! filled by one function, [`fill`]; counts are written by one integer writer. A message is
//! data, not code: two trait implementations with a `format!` per message were ~20 KB of
//! the wasm. It words the engine's data (problems, fits, wages) for the UI; the engine never
//! uses it. Plain Rust, so the wording is tested on the host (`wording_tests.rs`).

// English is compiled in whole only with the feature `en-inline` (the full build, the host,
// the browser tests); the default build keeps only its fingerprint and fetches the rest
// (`file.rs`).
mod en;
pub mod file;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod wording_tests;
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

    /// This language's messages; English not loaded yet (the default build fetches it,
    /// `file.rs`) gives Chinese, so no caller can find a message missing. The UI shows a
    /// language only once it is `ready`, so a screen is never half in one and half in the
    /// other.
    pub fn texts(self) -> &'static Texts {
        texts_or_zh(self, file::english())
    }

    /// Whether this language's messages are here: always, but for English in the default
    /// build before its file is loaded.
    pub fn ready(self) -> bool {
        self == Lang::Zh || file::english().is_some()
    }
}

/// `lang`'s messages given what of English is here (a function of its own so the fallback
/// is tested on the host, where English is always compiled in).
fn texts_or_zh(lang: Lang, english: Option<&'static Texts>) -> &'static Texts {
    match (lang, english) {
        (Lang::En, Some(en)) => en,
        _ => &zh::TEXTS,
    }
}

/// A message that counts something: its form for a count of one, then for any other count.
/// A language without plural forms gives one form twice (`["找到 {0} 个职位"; 2]`).
type Counted = [&'static str; 2];

fn counted(forms: &Counted, n: usize) -> &'static str {
    forms[usize::from(n != 1)]
}

/// An engine enum without data whose words are an array in the catalogue, in the enum's
/// order. The match in `indexed!` names every variant, so a new variant does not compile
/// until `COUNT`, and with it every language's array, has grown.
trait Indexed: Copy {
    const COUNT: usize;
    fn index(self) -> usize;
}

macro_rules! indexed {
    ($($ty:ident { $($variant:ident),+ })+) => {$(
        impl Indexed for $ty {
            const COUNT: usize = [$($ty::$variant),+].len();
            fn index(self) -> usize {
                match self { $($ty::$variant => $ty::$variant as usize),+ }
            }
        }
    )+};
}

indexed! {
    WageUnit { Hour, Day, Week, Month, Year, Piece }
    Settlement { Daily, Weekly, Monthly, Piece }
    Safeguard { Contract, Insurance, WageAccount, WageDeposit }
    Mode { Online, Offline, Hybrid }
    Sort { Best, Wage, Newest, Nearest }
    Need { Housing, FlexibleHours, WomenReturner, RuralYouth }
    List { Feed, Places, Skills, Brands, Jobs, Courses }
    PlaceFit { Unknown, Remote, SameCounty, SameCity, InProvince, Elsewhere }
}

/// `Texts`: the fixed messages, each a field read by a method of its name (inlined, so a
/// call site reads one field of the language's table), and the rest of the fields as given.
macro_rules! catalogue {
    (
        fixed { $($(#[$doc:meta])* $name:ident,)* }
        $($(#[$fdoc:meta])* $field:ident: $ty:ty,)*
    ) => {
        /// Every message the product shows, in one language (`zh::TEXTS`, `en::TEXTS`).
        /// `repr(C)` with strings alone: the language file reads and writes it as its
        /// strings in order (`file.rs`).
        #[repr(C)]
        pub struct Texts {
            $($name: &'static str,)*
            $($(#[$fdoc])* $field: $ty,)*
        }

        // Every field is strings (`file::OnlyStrings`), or this does not compile.
        const _: () = {
            $(file::only_strings::<$ty>();)*
        };

        impl Texts {
            $($(#[$doc])* #[inline]
            pub fn $name(&self) -> &'static str {
                self.$name
            })*
        }
    };
}

catalogue! {
    fixed {
        app_title,
        tagline,
        search_label,
        search_placeholder,
        loading,
        no_results,
        job_list_label,
        /// A job that lists no skill we can judge: "不限技能 / No skills listed".
        no_skills_listed,
        /// With no profile: how the list is ordered, and the invitation to add skills.
        default_order,
        add_skills_prompt,
        add_skills_button,
        wage_negotiable,
        no_level,
        fee_warning,
        problem_skipped,
        privacy_note,
        language_switch,
        /// Switching to a language whose messages are still being fetched (English in the
        /// default build), and it failing: in both languages, as the page is in the other.
        lang_loading,
        lang_failed,
        lang_retry,
        fatal_error,
        starter_course,
        show_more,
        /// The tab bar's name for assistive technology.
        nav_label,
        nav_jobs,
        nav_courses,
        nav_rights,
        rights_link,
        close,
        apply_online,
        why_heading,
        job_details,
        courses_title,
        courses_intro,
        voucher,
        rights_title,
        pack_load_rest,
        /// Every named feed failed: nothing to show (never sample jobs).
        no_jobs_loaded,
        /// The page the widget is embedded in, as a feed's name (its JSON-LD).
        this_page,
        /// A job whose posting gives no link: how to apply from what it does give.
        how_to_apply,
        apply_see_description,
        apply_button,
        retry,
        profile_from_link,
        /// After editing a link's profile: keep it as mine? (replacing the one saved here).
        ask_save,
        ask_save_replacing,
        save_as_mine,
        keep_mine,
        view_only,
        /// The saved profile was damaged: what was read is in use, the original kept.
        profile_damaged,
        clear_backup,
        clear_confirm,
        cleared,
        undo,
        cancel,
        clear_data,
        back_to_jobs,
        nav_profile,
        offline_stale,
        qr_job,
        qr_too_long,
        qr_profile_offer,
        qr_profile_consent,
        qr_profile_agree,
        qr_profile,
        keep_using,
        copy_link,
        link_copied,
        copy_by_hand,
        free_with_voucher,
        online_only,
        more_courses,
        any_place,
        city,
        county,
        min_wage,
        settlement_heading,
        safeguards_heading,
        housing_meals_filter,
        flexible_filter,
        /// The filter that keeps jobs using one of the worker's skills.
        fits_filter,
        /// On the map, for a worker with skills: what it counts.
        map_fits_note,
        category,
        any_category,
        sort_label,
        clear_filters,
        profile_title,
        profile_empty_hint,
        my_skills,
        add_skill,
        add_skill_placeholder,
        my_brands,
        add_brand,
        choose,
        home,
        wage_wish,
        settlement_wish,
        needs_heading,
        willing_to_move,
        max_km,
        any_distance,
        /// The distance filter needs a home place in the profile.
        distance_needs_home,
        large_text,
        high_contrast,
        sample_brand,
        no_skill_found,
        reload,
        /// 哪里有活: the work map's tab and heading.
        nav_map,
        /// What the map's figures are: the job list's, under the search and the filters.
        map_intro,
        map_label,
        map_few,
        map_many,
        /// The legend: "stronger", not "darker" (in dark mode the busy places are lighter).
        map_legend,
        map_loading,
        map_failed,
        /// No median to show (no comparable wage).
        no_median,
        table_caption,
        table_jobs,
        table_wage,
        table_elsewhere,
        table_remote,
        pay_heading,
    }
    // The templates: {0}, {1}… are the arguments of the method of the same name, in order.
    jobs_found: Counted,
    match_label: &'static str,
    skills_met: &'static str,
    /// In the title, in the description.
    skill_mentioned: [&'static str; 2],
    skill_listed: &'static str,
    piece_rate_with_estimate: &'static str,
    wage_unit: [&'static str; <WageUnit as Indexed>::COUNT],
    settlement: [&'static str; <Settlement as Indexed>::COUNT],
    safeguard: [&'static str; <Safeguard as Indexed>::COUNT],
    /// Level 1 (五级/初级工) to 5.
    level_name: [&'static str; 5],
    problems_found: Counted,
    problems_not_listed: Counted,
    problem: ProblemTexts,
    /// The lists' names, then "list, record N" and "list, record N (id)".
    list: [&'static str; <List as Indexed>::COUNT],
    problem_record: &'static str,
    problem_record_id: &'static str,
    /// What a course unlocks, then the wage it adds: {0} its sign, {1} the amount.
    suggestion_reason: Counted,
    suggestion_uplift: &'static str,
    apply_phone: &'static str,
    /// {2}: the level required.
    skill_met_level: &'static str,
    skill_met: &'static str,
    skill_below: &'static str,
    skill_missing_level: &'static str,
    skill_missing: &'static str,
    brand_bonus: &'static str,
    place_fit: [&'static str; <PlaceFit as Indexed>::COUNT],
    /// {0} the place's fit, {1} the distance in km.
    place_km: &'static str,
    wage_fit: WageFitTexts,
    gap_courses: &'static str,
    hours: &'static str,
    /// Housing and meals, housing, meals.
    housing_meals: [&'static str; 3],
    headcount: Counted,
    posted: &'static str,
    valid_through: &'static str,
    subsidy: &'static str,
    /// An amount of renminbi: a course's cost, a median on the map.
    yuan: &'static str,
    free: &'static str,
    mode: [&'static str; <Mode as Indexed>::COUNT],
    days: Counted,
    starts: &'static str,
    rights_points: [&'static str; 5],
    /// {0} the feed, {1} why it failed.
    feed_failed: &'static str,
    feed_error: FeedErrorTexts,
    pack_shard: &'static str,
    pack_shard_elsewhere: &'static str,
    pack_loading: &'static str,
    pack_home_only: &'static str,
    expired_hidden: Counted,
    period: [&'static str; <WageUnit as Indexed>::COUNT],
    remote: &'static str,
    remote_anywhere: &'static str,
    apply_contact_employer: &'static str,
    apply_call: &'static str,
    /// Storage full, storage refused.
    store_failed: [&'static str; 2],
    profile_unused: Counted,
    profile_problem: ProfileProblemTexts,
    idle_countdown: &'static str,
    /// In place of a QR code in a build without the encoder (the default one; a kiosk page
    /// runs the full build): {0} the link, to copy by hand.
    qr_unavailable: &'static str,
    holds_brand: &'static str,
    filters: &'static str,
    filters_active: &'static str,
    sort: [&'static str; <Sort as Indexed>::COUNT],
    level_label: &'static str,
    remove: &'static str,
    need: [&'static str; <Need as Indexed>::COUNT],
    within_km: &'static str,
    map_city: &'static str,
    map_city_wage: &'static str,
    map_elsewhere_marker: &'static str,
    map_remote: &'static str,
    map_elsewhere: &'static str,
    pay_rank: &'static str,
    pay_others: &'static str,
    course_wages: &'static str,
    /// A renminbi wage: {0} the amount, {1} the unit; without a unit.
    cny_per: &'static str,
    cny: &'static str,
}

/// A struct of a catalogue's messages: `repr(C)` with only strings (each field's type is
/// checked), so it is strings in a row like `Texts` (`file::OnlyStrings`).
macro_rules! strings_struct {
    ($(#[$doc:meta])* struct $name:ident { $($(#[$fdoc:meta])* $field:ident: $ty:ty,)* }) => {
        $(#[$doc])*
        #[repr(C)]
        struct $name {
            $($(#[$fdoc])* $field: $ty,)*
        }
        const _: () = {
            $(file::only_strings::<$ty>();)*
        };
        // SAFETY: repr(C), and every field is strings (checked just above).
        unsafe impl file::OnlyStrings for $name {}
    };
}

strings_struct! {
    /// A record's problem, by `ProblemKind`.
    struct ProblemTexts {
        too_deep: &'static str,
        bad_value: &'static str,
        wrong_type: &'static str,
        missing: &'static str,
        duplicate_id: &'static str,
        unknown_value: &'static str,
        out_of_range: &'static str,
        wage_swapped: &'static str,
        unknown_skill: &'static str,
        unknown_brand: &'static str,
        bad_date: &'static str,
        unsafe_link: &'static str,
        truncated: &'static str,
        trailing_text: &'static str,
        too_many: &'static str,
    }
}

strings_struct! {
    /// Why a feed gave nothing, by `FeedError`.
    struct FeedErrorTexts {
        http: &'static str,
        network: &'static str,
        timeout: &'static str,
        empty: &'static str,
        too_large: &'static str,
        not_utf8: &'static str,
        not_json: &'static str,
        html: &'static str,
        too_deep: &'static str,
        no_postings: &'static str,
        only_broken_records: Counted,
        newer_format: &'static str,
        damaged: &'static str,
        beside_pack: &'static str,
        /// A pack's manifest given to the default build (ARCHITECTURE, "Build").
        pack_not_supported: &'static str,
        /// JobPosting data given to the default build where no loader hands it over.
        job_posting_not_supported: &'static str,
    }
}

strings_struct! {
    /// What of a profile cannot be used, by `ProfileProblem`.
    struct ProfileProblemTexts {
        not_json: &'static str,
        damaged: &'static str,
        invalid: &'static str,
        unknown_skill: &'static str,
        unknown_brand: &'static str,
        unknown_place: &'static str,
    }
}

strings_struct! {
    /// The wage against the worker's wish, by `WageFit`.
    struct WageFitTexts {
        unstated: &'static str,
        not_comparable: &'static str,
        no_wish: &'static str,
        meets: &'static str,
        short: &'static str,
    }
}

/// A template's argument: a text, or a whole number written in plain digits.
#[derive(Clone, Copy)]
enum Arg<'a> {
    Text(&'a str),
    Num(u64),
    Signed(i64),
}
use Arg::{Num, Text};

fn count(n: usize) -> Arg<'static> {
    Num(n as u64)
}

/// A template with its slots filled: `{d}` (d a digit) is the d-th argument; a slot without
/// an argument is left empty, and any other `{` is text.
fn fill(template: &str, args: &[Arg]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(at) = rest.find('{') {
        out.push_str(&rest[..at]);
        let b = rest.as_bytes();
        match (b.get(at + 1), b.get(at + 2)) {
            (Some(d @ b'0'..=b'9'), Some(b'}')) => {
                match args.get(usize::from(d - b'0')) {
                    Some(Text(s)) => out.push_str(s),
                    Some(&Num(n)) => push_int(&mut out, false, n, false),
                    Some(&Arg::Signed(n)) => push_int(&mut out, n < 0, n.unsigned_abs(), false),
                    None => {}
                }
                rest = &rest[at + 3..];
            }
            _ => {
                out.push('{');
                rest = &rest[at + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The one integer writer: digits of `n` after a minus when `negative`, with a comma
/// between thousands when `grouped`.
fn push_int(out: &mut String, negative: bool, mut n: u64, grouped: bool) {
    // u64::MAX has 20 digits, and 6 commas when grouped.
    let mut buf = [0u8; 26];
    let mut at = buf.len();
    let mut digits = 0;
    loop {
        if grouped && digits > 0 && digits % 3 == 0 {
            at -= 1;
            buf[at] = b',';
        }
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        digits += 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if negative {
        out.push('-');
    }
    out.extend(buf[at..].iter().map(|&b| char::from(b)));
}

impl Texts {
    pub fn jobs_found(&self, n: usize) -> String {
        // Plain digits: the contract reads the number from this text.
        fill(counted(&self.jobs_found, n), &[count(n)])
    }
    pub fn match_label(&self, percent: u8) -> String {
        fill(self.match_label, &[Num(percent.into())])
    }
    pub fn skills_met(&self, met: usize, of: usize) -> String {
        fill(self.skills_met, &[count(met), count(of)])
    }
    /// The posting's own words name a skill the worker holds: "标题提到电工".
    pub fn skill_mentioned(&self, skill: &str, in_title: bool) -> String {
        fill(self.skill_mentioned[usize::from(!in_title)], &[Text(skill)])
    }
    /// A requirement given as text that names no skill we know (shown, not judged).
    pub fn skill_listed(&self, text: &str) -> String {
        fill(self.skill_listed, &[Text(text)])
    }
    /// A piece rate with the employer's estimate of a month: "约 7,000 元/月，按件计 (1.15–1.45 元/件)".
    pub fn piece_rate_with_estimate(&self, rate: &str, month: &str) -> String {
        fill(self.piece_rate_with_estimate, &[Text(rate), Text(month)])
    }
    pub fn wage_unit(&self, unit: WageUnit) -> &'static str {
        self.wage_unit[unit.index()]
    }
    pub fn settlement(&self, s: Settlement) -> &'static str {
        self.settlement[s.index()]
    }
    pub fn safeguard(&self, s: Safeguard) -> &'static str {
        self.safeguard[s.index()]
    }
    pub fn level_name(&self, level: Level) -> &'static str {
        self.level_name[usize::from(level.get().clamp(1, 5) - 1)]
    }
    pub fn problems_found(&self, n: usize) -> String {
        fill(counted(&self.problems_found, n), &[count(n)])
    }
    /// "… and N more not listed" under the kept problems.
    pub fn problems_not_listed(&self, n: usize) -> String {
        fill(counted(&self.problems_not_listed, n), &[count(n)])
    }
    pub fn problem(&self, kind: &ProblemKind) -> String {
        let p = &self.problem;
        let (template, args) = match kind {
            ProblemKind::TooDeep => (p.too_deep, [Text(""); 2]),
            ProblemKind::BadValue => (p.bad_value, [Text(""); 2]),
            ProblemKind::WrongType { expected } => (p.wrong_type, [Text(expected), Text("")]),
            ProblemKind::Missing => (p.missing, [Text(""); 2]),
            ProblemKind::DuplicateId => (p.duplicate_id, [Text(""); 2]),
            ProblemKind::UnknownValue { value } => (p.unknown_value, [Text(value), Text("")]),
            ProblemKind::OutOfRange => (p.out_of_range, [Text(""); 2]),
            ProblemKind::WageSwapped => (p.wage_swapped, [Text(""); 2]),
            ProblemKind::UnknownSkill { reference } => (p.unknown_skill, [Text(reference), Text("")]),
            ProblemKind::UnknownBrand { reference } => (p.unknown_brand, [Text(reference), Text("")]),
            ProblemKind::BadDate { value } => (p.bad_date, [Text(value), Text("")]),
            ProblemKind::UnsafeLink => (p.unsafe_link, [Text(""); 2]),
            ProblemKind::Truncated { chars, max } => (p.truncated, [count(*chars), count(*max)]),
            ProblemKind::TrailingText { line, column } => (p.trailing_text, [count(*line), count(*column)]),
            ProblemKind::TooMany { max } => (p.too_many, [count(*max), Text("")]),
        };
        fill(template, &args)
    }
    pub fn problem_where(&self, list: List, record: Option<usize>, id: Option<&str>) -> String {
        let list = self.list[list.index()];
        match (record, id) {
            (Some(r), Some(id)) => fill(self.problem_record_id, &[Text(list), count(r + 1), Text(id)]),
            (Some(r), None) => fill(self.problem_record, &[Text(list), count(r + 1)]),
            _ => list.to_string(),
        }
    }
    /// What completing a course unlocks: "完成后可多匹配 12 个职位，月薪中位数 +800 元".
    pub fn suggestion_reason(&self, unlocks: usize, uplift: Option<f64>) -> String {
        let mut out = fill(counted(&self.suggestion_reason, unlocks), &[count(unlocks)]);
        if let Some(u) = uplift.filter(|u| u.abs() >= 50.0) {
            let sign = if u > 0.0 { "+" } else { "−" };
            out.push_str(&fill(self.suggestion_uplift, &[Text(sign), Text(&money(u.abs()))]));
        }
        out
    }
    pub fn apply_phone(&self, number: &str) -> String {
        fill(self.apply_phone, &[Text(number)])
    }
    pub fn skill_met(&self, skill: &str, held: &str, required: Option<&str>) -> String {
        match required {
            Some(r) => fill(self.skill_met_level, &[Text(skill), Text(held), Text(r)]),
            None => fill(self.skill_met, &[Text(skill), Text(held)]),
        }
    }
    pub fn skill_below(&self, skill: &str, held: &str, required: &str) -> String {
        fill(self.skill_below, &[Text(skill), Text(held), Text(required)])
    }
    pub fn skill_missing(&self, skill: &str, required: Option<&str>) -> String {
        match required {
            Some(r) => fill(self.skill_missing_level, &[Text(skill), Text(r)]),
            None => fill(self.skill_missing, &[Text(skill)]),
        }
    }
    pub fn brand_bonus(&self, brand: &str) -> String {
        fill(self.brand_bonus, &[Text(brand)])
    }
    pub fn place_fit(&self, fit: PlaceFit, km: Option<f64>) -> String {
        let tier = self.place_fit[fit.index()];
        match km {
            Some(d) => fill(self.place_km, &[Text(tier), Arg::Signed(d.round() as i64)]),
            None => tier.to_string(),
        }
    }
    pub fn wage_fit(&self, fit: WageFit) -> String {
        let w = &self.wage_fit;
        let (template, share) = match fit {
            WageFit::Unstated => (w.unstated, 0.0),
            WageFit::NotComparable => (w.not_comparable, 0.0),
            WageFit::NoWish { rank } => (w.no_wish, rank),
            WageFit::Meets => (w.meets, 0.0),
            WageFit::Short { by } => (w.short, by),
        };
        fill(template, &[Arg::Signed(percent_of(share))])
    }
    pub fn gap_courses(&self, skill: &str) -> String {
        fill(self.gap_courses, &[Text(skill)])
    }
    pub fn hours(&self, hours: &str) -> String {
        fill(self.hours, &[Text(hours)])
    }
    pub fn housing_meals(&self, housing: bool, meals: bool) -> Option<&'static str> {
        match (housing, meals) {
            (true, true) => Some(self.housing_meals[0]),
            (true, false) => Some(self.housing_meals[1]),
            (false, true) => Some(self.housing_meals[2]),
            (false, false) => None,
        }
    }
    pub fn headcount(&self, n: u32) -> String {
        fill(counted(&self.headcount, n as usize), &[Num(n.into())])
    }
    pub fn posted(&self, date: &str) -> String {
        fill(self.posted, &[Text(date)])
    }
    pub fn valid_through(&self, date: &str) -> String {
        fill(self.valid_through, &[Text(date)])
    }
    pub fn subsidy(&self, yuan: f64) -> String {
        fill(self.subsidy, &[Text(&money(yuan))])
    }
    pub fn cost(&self, yuan: f64) -> String {
        if yuan <= 0.0 {
            self.free.to_string()
        } else {
            self.map_wage(yuan)
        }
    }
    pub fn mode(&self, mode: Mode) -> &'static str {
        self.mode[mode.index()]
    }
    pub fn days(&self, n: u32) -> String {
        fill(counted(&self.days, n as usize), &[Num(n.into())])
    }
    pub fn starts(&self, date: &str) -> String {
        fill(self.starts, &[Text(date)])
    }
    pub fn rights_points(&self) -> [&'static str; 5] {
        self.rights_points
    }
    /// One named feed that gave no jobs: which, and why.
    pub fn feed_failed(&self, url: &str, why: &FeedError) -> String {
        let e = &self.feed_error;
        let none = Text("");
        let (template, args) = match *why {
            FeedError::Http { status } => (e.http, [Num(status.into()), none]),
            FeedError::Network => (e.network, [none; 2]),
            FeedError::Timeout => (e.timeout, [none; 2]),
            FeedError::Empty => (e.empty, [none; 2]),
            FeedError::TooLarge { bytes, limit } => (e.too_large, [count(bytes / 1024), count(limit / 1024)]),
            FeedError::NotUtf8 { offset } => (e.not_utf8, [count(offset), none]),
            FeedError::NotJson { line, column } => (e.not_json, [count(line), count(column)]),
            FeedError::Html => (e.html, [none; 2]),
            FeedError::TooDeep => (e.too_deep, [none; 2]),
            FeedError::NoPostings => (e.no_postings, [none; 2]),
            FeedError::OnlyBrokenRecords { records } => {
                (counted(&e.only_broken_records, records), [count(records), none])
            }
            FeedError::NewerFormat { version } => (e.newer_format, [Num(version), none]),
            FeedError::Damaged => (e.damaged, [none; 2]),
            FeedError::BesidePack => (e.beside_pack, [none; 2]),
            FeedError::PackNotSupported => (e.pack_not_supported, [none; 2]),
            FeedError::JobPostingNotSupported => (e.job_posting_not_supported, [none; 2]),
        };
        fill(self.feed_failed, &[Text(url), Text(&fill(template, &args))])
    }
    /// A pack's shard as the feed alert names it: the jobs of `city` (in the interface's
    /// language; empty: jobs in no known city).
    pub fn pack_shard(&self, city: &str) -> String {
        match city {
            "" => self.pack_shard_elsewhere.to_string(),
            _ => fill(self.pack_shard, &[Text(city)]),
        }
    }
    /// Beside the count while a pack's other cities load: jobs loaded of all.
    pub fn pack_loading(&self, loaded: usize, all: usize) -> String {
        fill(self.pack_loading, &[count(loaded), count(all)])
    }
    /// Beside the count when only the home city is loaded (the worker will not move).
    pub fn pack_home_only(&self, home: &str, loaded: usize) -> String {
        fill(self.pack_home_only, &[Text(home), count(loaded)])
    }
    /// Postings past their closing date, hidden: "3 个职位已过期，未显示".
    pub fn expired_hidden(&self, n: usize) -> String {
        fill(counted(&self.expired_hidden, n), &[count(n)])
    }
    /// A pay period's word: 月, "month".
    pub fn period(&self, unit: WageUnit) -> &'static str {
        self.period[unit.index()]
    }
    /// Work from anywhere, and where applicants may live when the posting says.
    pub fn remote(&self, area: &str) -> String {
        match area {
            "" => self.remote_anywhere.to_string(),
            _ => fill(self.remote, &[Text(area)]),
        }
    }
    pub fn apply_contact_employer(&self, employer: &str) -> String {
        fill(self.apply_contact_employer, &[Text(employer)])
    }
    pub fn apply_call(&self, number: &str) -> String {
        fill(self.apply_call, &[Text(number)])
    }
    /// A write to the device failed: its storage is full (`full`), or off or refused.
    pub fn store_failed(&self, full: bool) -> &'static str {
        self.store_failed[usize::from(!full)]
    }
    /// "N things in your profile could not be used", over the list of them.
    pub fn profile_unused(&self, n: usize) -> String {
        fill(counted(&self.profile_unused, n), &[count(n)])
    }
    pub fn profile_problem(&self, p: &ProfileProblem) -> String {
        let t = &self.profile_problem;
        let (template, arg) = match p {
            ProfileProblem::Damaged => (t.damaged, ""),
            ProfileProblem::NotJson => (t.not_json, ""),
            ProfileProblem::Invalid { path } => (t.invalid, path.as_str()),
            ProfileProblem::UnknownSkill { reference } => (t.unknown_skill, reference.as_str()),
            ProfileProblem::UnknownBrand { reference } => (t.unknown_brand, reference.as_str()),
            ProfileProblem::UnknownPlace { name } => (t.unknown_place, name.as_str()),
        };
        fill(template, &[Text(arg)])
    }
    pub fn idle_countdown(&self, seconds: u32) -> String {
        fill(self.idle_countdown, &[Num(seconds.into())])
    }
    pub fn qr_unavailable(&self, url: &str) -> String {
        fill(self.qr_unavailable, &[Text(url)])
    }
    pub fn holds_brand(&self, brand: &str) -> String {
        fill(self.holds_brand, &[Text(brand)])
    }
    pub fn filters(&self, active: usize) -> String {
        match active {
            0 => self.filters.to_string(),
            _ => fill(self.filters_active, &[count(active)]),
        }
    }
    pub fn sort(&self, s: Sort) -> &'static str {
        self.sort[s.index()]
    }
    pub fn level_label(&self, skill: &str) -> String {
        fill(self.level_label, &[Text(skill)])
    }
    pub fn remove(&self, what: &str) -> String {
        fill(self.remove, &[Text(what)])
    }
    pub fn need(&self, n: Need) -> &'static str {
        self.need[n.index()]
    }
    pub fn within_km(&self, km: u32) -> String {
        fill(self.within_km, &[Num(km.into())])
    }
    /// A prefecture for assistive technology: "成都市：120 个职位，月薪中位数 6,000 元".
    pub fn map_city(&self, name: &str, jobs: usize, wage: Option<f64>) -> String {
        match wage {
            Some(w) => fill(self.map_city_wage, &[Text(name), count(jobs), Text(&self.map_wage(w))]),
            None => fill(self.map_city, &[Text(name), count(jobs)]),
        }
    }
    /// A median monthly wage, short: "6,000 元", "¥6,000".
    pub fn map_wage(&self, yuan: f64) -> String {
        fill(self.yuan, &[Text(&money(yuan))])
    }
    pub fn map_elsewhere_marker(&self, n: usize) -> String {
        fill(self.map_elsewhere_marker, &[count(n)])
    }
    pub fn map_remote(&self, n: usize) -> String {
        fill(self.map_remote, &[count(n)])
    }
    pub fn map_elsewhere(&self, n: usize) -> String {
        fill(self.map_elsewhere, &[count(n)])
    }
    /// "高于自贡市 13 个电工职位中的 7 个".
    pub fn pay_rank(&self, city: &str, trade: &str, above: usize, of: usize) -> String {
        fill(self.pay_rank, &[Text(city), Text(trade), count(above), count(of)])
    }
    /// This job's own wage does not compare: how many others there are.
    pub fn pay_others(&self, city: &str, trade: &str, of: usize) -> String {
        fill(self.pay_others, &[Text(city), Text(trade), count(of)])
    }
    /// A course's two bars in words.
    pub fn course_wages(&self, now: &str, after: &str) -> String {
        fill(self.course_wages, &[Text(now), Text(after)])
    }
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
    let (mut amount, max) = (money(w.min), money(w.max));
    if max != amount {
        amount.push('–');
        amount.push_str(&max);
    }
    if w.currency == Some(Currency::CNY) {
        return match w.unit {
            Some(u) => fill(t.cny_per, &[Text(&amount), Text(t.wage_unit(u))]),
            None => fill(t.cny, &[Text(&amount)]),
        };
    }
    let mut out = String::new();
    match w.currency.as_ref().map(Currency::as_str) {
        Some("EUR") => out.push('€'),
        Some("GBP") => out.push('£'),
        Some(code) => {
            out.push_str(code);
            out.push(' ');
        }
        None => {}
    }
    out.push_str(&amount);
    if let Some(u) = w.unit {
        out.push_str(" / ");
        out.push_str(t.period(u));
    }
    out
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
    let n = v.round() as i64;
    let mut out = String::new();
    push_int(&mut out, n < 0, n.unsigned_abs(), true);
    out
}

/// A number for an input box or a URL: whole numbers without a point, others with at most
/// two decimals. Written by hand: the standard float formatting would add kilobytes of
/// code to the download for what is always a wage or a distance.
pub fn decimal(v: f64) -> String {
    let cents = (v * 100.0).round() as i64;
    let (whole, frac) = (cents / 100, (cents % 100).unsigned_abs());
    let mut out = String::new();
    // -0.25 has no whole part to carry the sign.
    push_int(&mut out, cents < 0, whole.unsigned_abs(), false);
    if frac > 0 {
        out.push('.');
        out.push(char::from(b'0' + (frac / 10) as u8));
        if frac % 10 > 0 {
            out.push(char::from(b'0' + (frac % 10) as u8));
        }
    }
    out
}

/// A share as a whole percentage (0.456 → 46).
fn percent_of(share: f64) -> i64 {
    (share * 100.0).round() as i64
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
