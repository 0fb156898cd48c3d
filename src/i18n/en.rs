//! English.

use super::Texts;
use crate::engine::feed::{FeedError, List, ProblemKind};
use crate::engine::model::{Level, Mode, Safeguard, Settlement, WageUnit};
use crate::engine::profile::{Need, ProfileProblem};
use crate::engine::score::{PlaceFit, WageFit};
use crate::engine::view::Sort;

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
            // Plain digits: the contract reads the number from this text.
            n => format!("{n} jobs found"),
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
    fn no_skills_listed(&self) -> &'static str {
        "No skills listed"
    }
    fn skill_mentioned(&self, skill: &str, in_title: bool) -> String {
        if in_title {
            format!("✓ The title mentions {skill}")
        } else {
            format!("✓ The description mentions {skill}")
        }
    }
    fn skill_listed(&self, text: &str) -> String {
        format!("· Asks for: {text}")
    }
    fn default_order(&self) -> &'static str {
        "Newest first, then by wage safeguards and pay"
    }
    fn add_skills_prompt(&self) -> &'static str {
        "Add your skills and levels to see which jobs fit you best."
    }
    fn add_skills_button(&self) -> &'static str {
        "Add my skills"
    }
    fn piece_rate_with_estimate(&self, rate: &str, month: &str) -> String {
        format!("About {month}, paid by the piece ({rate})")
    }
    fn wage_negotiable(&self) -> &'static str {
        "Wage negotiable"
    }
    fn wage_unit(&self, unit: WageUnit) -> &'static str {
        match unit {
            WageUnit::Hour => "/hour",
            WageUnit::Day => "/day",
            WageUnit::Week => "/week",
            WageUnit::Month => "/month",
            WageUnit::Year => "/year",
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
            ProblemKind::TooDeep => "Nested too deeply; skipped".into(),
            ProblemKind::BadValue => "Holds a number or character that cannot be read; skipped".into(),
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
            ProblemKind::TrailingText { line, column } => {
                format!("Extra text after the data (line {line}, column {column}); ignored")
            }
            ProblemKind::TooMany { max } => format!("Too many items; only the first {max} were read"),
        }
    }
    fn problems_not_listed(&self, n: usize) -> String {
        match n {
            1 => "1 more problem not listed".into(),
            n => format!("{n} more problems not listed"),
        }
    }
    fn problem_where(&self, list: List, record: Option<usize>, id: Option<&str>) -> String {
        let list = match list {
            List::Places => "place",
            List::Skills => "skill",
            List::Brands => "brand",
            List::Jobs => "job",
            List::Courses => "course",
            List::Feed => "feed",
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
    fn show_more(&self) -> &'static str {
        "Show more"
    }
    fn nav_label(&self) -> &'static str {
        "Sections"
    }
    fn nav_jobs(&self) -> &'static str {
        "Jobs"
    }
    fn nav_courses(&self) -> &'static str {
        "Courses"
    }
    fn nav_rights(&self) -> &'static str {
        "Rights"
    }
    fn rights_link(&self) -> &'static str {
        "Know your rights: contract, insurance, wages, 12333"
    }
    fn close(&self) -> &'static str {
        "Close"
    }
    fn apply_online(&self) -> &'static str {
        "Apply"
    }
    fn apply_phone(&self, number: &str) -> String {
        format!("Call to apply: {number}")
    }
    fn why_heading(&self) -> &'static str {
        "Why it fits"
    }
    fn skill_met(&self, skill: &str, held: &str, required: Option<&str>) -> String {
        match required {
            Some(r) => format!("✓ {skill}: you hold {held}, {r} required"),
            None => format!("✓ {skill}: you have it ({held})"),
        }
    }
    fn skill_below(&self, skill: &str, held: &str, required: &str) -> String {
        format!("△ {skill}: you hold {held}, {required} required")
    }
    fn skill_missing(&self, skill: &str, required: Option<&str>) -> String {
        match required {
            Some(r) => format!("✗ Missing {skill} ({r} required)"),
            None => format!("✗ Missing {skill}"),
        }
    }
    fn brand_bonus(&self, brand: &str) -> String {
        format!("★ You hold the {brand} labour-brand certificate the employer prefers")
    }
    fn place_fit(&self, fit: PlaceFit, km: Option<f64>) -> String {
        let tier = match fit {
            PlaceFit::Unknown => "No home place given",
            PlaceFit::Remote => "Remote work possible",
            PlaceFit::SameCounty => "In your county",
            PlaceFit::SameCity => "In your city",
            PlaceFit::InProvince => "In Sichuan",
            PlaceFit::Elsewhere => "Outside Sichuan",
        };
        match km {
            Some(d) => format!("{tier}, about {} km away", d.round() as i64),
            None => tier.to_string(),
        }
    }
    fn wage_fit(&self, fit: WageFit) -> String {
        match fit {
            WageFit::Unstated => "Wage not stated".into(),
            WageFit::NotComparable => "Paid in another currency or way; not compared with other jobs".into(),
            WageFit::NoWish { rank } => format!("Pays more than {}% of jobs here", super::percent_of(rank)),
            WageFit::Meets => "Meets your wage wish".into(),
            WageFit::Short { by } => format!("About {}% below your wage wish", super::percent_of(by)),
        }
    }
    fn gap_courses(&self, skill: &str) -> String {
        format!("Courses for {skill}")
    }
    fn job_details(&self) -> &'static str {
        "Job details"
    }
    fn hours(&self, hours: &str) -> String {
        format!("Hours: {hours}")
    }
    fn housing_meals(&self, housing: bool, meals: bool) -> Option<&'static str> {
        match (housing, meals) {
            (true, true) => Some("Housing and meals provided"),
            (true, false) => Some("Housing provided"),
            (false, true) => Some("Meals provided"),
            (false, false) => None,
        }
    }
    fn headcount(&self, n: u32) -> String {
        if n == 1 {
            "1 opening".into()
        } else {
            format!("{n} openings")
        }
    }
    fn posted(&self, date: &str) -> String {
        format!("Posted {date}")
    }
    fn valid_through(&self, date: &str) -> String {
        format!("Open until {date}")
    }
    fn courses_title(&self) -> &'static str {
        "Suggested training"
    }
    fn courses_intro(&self) -> &'static str {
        "Ranked by the jobs they open up. Courses that take the training voucher are free."
    }
    fn voucher(&self) -> &'static str {
        "Training voucher accepted"
    }
    fn subsidy(&self, yuan: f64) -> String {
        format!("¥{} subsidy", super::money(yuan))
    }
    fn cost(&self, yuan: f64) -> String {
        if yuan <= 0.0 {
            "Free".into()
        } else {
            format!("¥{}", super::money(yuan))
        }
    }
    fn mode(&self, mode: Mode) -> &'static str {
        match mode {
            Mode::Online => "Online",
            Mode::Offline => "In person",
            Mode::Hybrid => "Online + in person",
        }
    }
    fn days(&self, n: u32) -> String {
        if n == 1 {
            "1 day".into()
        } else {
            format!("{n} days")
        }
    }
    fn starts(&self, date: &str) -> String {
        format!("Starts {date}")
    }
    fn rights_title(&self) -> &'static str {
        "Know your rights"
    }
    fn rights_points(&self) -> [&'static str; 5] {
        [
            "Labour contract: the employer must sign a written contract with you within one month of starting; without one after a month (and under a year) it owes you double wages.",
            "Social insurance: the employer must pay your social insurance (pension, medical, unemployment, work injury, maternity).",
            "Wages in full and on time: the Regulation on Guaranteeing Payment of Wages to Migrant Workers (in force since 1 May 2020) requires pay at least monthly; construction projects use a dedicated wage account, pay by the general contractor and a wage deposit.",
            "No deposits: an employer asking you to pay a deposit, training or uniform fee when hiring is breaking the law.",
            "Unpaid wages or other abuse: call the 12333 human resources and social security hotline, or complain to the local labour inspection office.",
        ]
    }
    fn feed_failed(&self, url: &str, why: &FeedError) -> String {
        let why = match why {
            FeedError::Http { status } => format!("the server answered HTTP {status}"),
            FeedError::Network => "the network connection failed".into(),
            FeedError::Timeout => "it took too long to load".into(),
            FeedError::Empty => "the file is empty".into(),
            FeedError::TooLarge { bytes, limit } => {
                format!("the file is too large ({} KB, limit {} KB)", bytes / 1024, limit / 1024)
            }
            FeedError::NotUtf8 { offset } => {
                format!("it is not UTF-8 text (from byte {offset}); perhaps GBK-encoded")
            }
            FeedError::NotJson { line, column } => format!("it is not valid JSON (line {line}, column {column})"),
            FeedError::Html => "it is a web page with no job data".into(),
            FeedError::TooDeep => "it is nested too deeply".into(),
            FeedError::NoPostings => "no job postings were found in it".into(),
            FeedError::OnlyBrokenRecords { records } => match records {
                1 => "its only job record is broken".into(),
                n => format!("all {n} of its job records are broken"),
            },
            FeedError::NewerFormat { version } => {
                format!("it was written by a newer packer (format {version}); update the widget")
            }
            FeedError::Damaged => "the file is damaged or incomplete".into(),
            FeedError::BesidePack => {
                "a pack is loaded on its own, so feeds named beside it are not read (name one pack, or only plain feeds)".into()
            }
            FeedError::PackNotSupported => {
                "it is a job pack's manifest, which this version of the widget does not read (a pack's address must end in manifest.json)".into()
            }
        };
        format!("The job feed {url} cannot be used: {why}.")
    }
    fn pack_shard(&self, city: &str) -> String {
        if city.is_empty() {
            "jobs elsewhere".into()
        } else {
            format!("jobs in {city}")
        }
    }
    fn pack_loading(&self, loaded: usize, all: usize) -> String {
        format!("{loaded} of {all} jobs loaded · other cities loading")
    }
    fn pack_home_only(&self, home: &str, loaded: usize) -> String {
        format!("{loaded} jobs in {home} · other cities not loaded")
    }
    fn pack_load_rest(&self) -> &'static str {
        "Load jobs in other cities"
    }
    fn this_page(&self) -> &'static str {
        "this page's job data"
    }
    fn no_jobs_loaded(&self) -> &'static str {
        "There are no jobs to show. Try again later, or contact the site that provides the job data."
    }
    fn expired_hidden(&self, n: usize) -> String {
        match n {
            1 => "1 posting has expired and is not shown".into(),
            n => format!("{n} postings have expired and are not shown"),
        }
    }
    fn period(&self, unit: WageUnit) -> &'static str {
        // The unit's own name is the English word.
        unit.as_str()
    }
    fn remote(&self, area: &str) -> String {
        if area.is_empty() {
            "Remote".into()
        } else {
            format!("Remote ({area})")
        }
    }
    fn how_to_apply(&self) -> &'static str {
        "How to apply"
    }
    fn apply_contact_employer(&self, employer: &str) -> String {
        format!("This posting gives no application link: contact the employer, {employer}, directly.")
    }
    fn apply_see_description(&self) -> &'static str {
        "See the job description below for how to apply."
    }
    fn apply_call(&self, number: &str) -> String {
        format!("Call {number}")
    }
    fn apply_button(&self) -> &'static str {
        "Apply"
    }
    fn retry(&self) -> &'static str {
        "Try again"
    }
    fn ask_save(&self) -> &'static str {
        "This profile came from a shared link. Save the changed profile as your own?"
    }
    fn ask_save_replacing(&self) -> &'static str {
        "This profile came from a shared link. Save the changed profile as your own? It will replace the profile saved on this device."
    }
    fn save_as_mine(&self) -> &'static str {
        "Save as my profile"
    }
    fn keep_mine(&self) -> &'static str {
        "Keep my saved one"
    }
    fn view_only(&self) -> &'static str {
        "Just look, don't save"
    }
    fn profile_damaged(&self) -> &'static str {
        "Part of your saved profile could not be read. What could be read is back in use, and the original is kept as a backup, not lost."
    }
    fn clear_backup(&self) -> &'static str {
        "Delete the backup"
    }
    fn store_failed(&self, full: bool) -> &'static str {
        if full {
            "Could not save on this device: the browser's storage is full. Your changes will be lost when you close the page."
        } else {
            "Could not save on this device: the browser does not allow it (private mode or settings). Your changes will be lost when you close the page."
        }
    }
    fn clear_confirm(&self) -> &'static str {
        "Clear the profile and settings saved on this device?"
    }
    fn cleared(&self) -> &'static str {
        "Cleared."
    }
    fn undo(&self) -> &'static str {
        "Undo"
    }
    fn cancel(&self) -> &'static str {
        "Cancel"
    }
    fn profile_unused(&self, n: usize) -> String {
        match n {
            1 => "1 thing in your profile cannot be used here:".into(),
            n => format!("{n} things in your profile cannot be used here:"),
        }
    }
    fn profile_problem(&self, p: &ProfileProblem) -> String {
        match p {
            ProfileProblem::Damaged => "the saved profile was damaged; what came before the damage was read".into(),
            ProfileProblem::NotJson => "the profile is not valid JSON".into(),
            ProfileProblem::Invalid { path } => format!("the value of \"{path}\" is not valid"),
            ProfileProblem::UnknownSkill { reference } => format!("no skill \"{reference}\" was found"),
            ProfileProblem::UnknownBrand { reference } => format!("no labour brand \"{reference}\" was found"),
            ProfileProblem::UnknownPlace { name } => format!("no place \"{name}\" was found"),
        }
    }
    fn profile_from_link(&self) -> &'static str {
        "Using the profile from this link; your saved profile is not changed."
    }
    fn clear_data(&self) -> &'static str {
        "Clear my data"
    }
    fn back_to_jobs(&self) -> &'static str {
        "Back to jobs"
    }
    fn holds_brand(&self, brand: &str) -> String {
        format!(" · holds {brand}")
    }
    fn copy_link(&self) -> &'static str {
        "Copy link"
    }
    fn link_copied(&self) -> &'static str {
        "Link copied"
    }
    fn copy_by_hand(&self) -> &'static str {
        "Could not copy automatically; copy this link:"
    }
    fn free_with_voucher(&self) -> &'static str {
        "Free with voucher"
    }
    fn online_only(&self) -> &'static str {
        "Online"
    }
    fn more_courses(&self) -> &'static str {
        "All courses"
    }
    fn qr_too_long(&self) -> &'static str {
        "Too much to fit in one QR code. Remove some skills from the profile and try again."
    }
    fn qr_unavailable(&self, url: &str) -> String {
        format!("This version cannot show QR codes. The link: {url}")
    }
    fn qr_job(&self) -> &'static str {
        "Scan with your phone to take this job with you"
    }
    fn qr_profile_offer(&self) -> &'static str {
        "Take my profile to my phone too"
    }
    fn qr_profile_consent(&self) -> &'static str {
        "The code will contain the skills, certificates and places you entered here. It is shown only on this screen and sent to no server; after scanning, the profile is only on your phone. It appears only if you agree."
    }
    fn qr_profile_agree(&self) -> &'static str {
        "I agree, show the code"
    }
    fn qr_profile(&self) -> &'static str {
        "Scan to take your profile to your phone"
    }
    fn idle_countdown(&self, seconds: u32) -> String {
        format!("No one is using the screen: it clears in {seconds} s and starts over.")
    }
    fn keep_using(&self) -> &'static str {
        "I'm still here"
    }
    fn offline_stale(&self) -> &'static str {
        "You are offline: these are the jobs saved last time, possibly out of date."
    }
    fn nav_profile(&self) -> &'static str {
        "My profile"
    }
    fn filters(&self, active: usize) -> String {
        if active == 0 {
            "Filter and sort".into()
        } else {
            format!("Filter and sort ({active})")
        }
    }
    fn any_place(&self) -> &'static str {
        "Any"
    }
    fn city(&self) -> &'static str {
        "City"
    }
    fn county(&self) -> &'static str {
        "County"
    }
    fn min_wage(&self) -> &'static str {
        "Minimum wage"
    }
    fn settlement_heading(&self) -> &'static str {
        "Pay schedule"
    }
    fn safeguards_heading(&self) -> &'static str {
        "Wage protection"
    }
    fn housing_meals_filter(&self) -> &'static str {
        "Housing and meals"
    }
    fn flexible_filter(&self) -> &'static str {
        "Flexible hours"
    }
    fn fits_filter(&self) -> &'static str {
        "Uses my skills"
    }
    fn map_fits_note(&self) -> &'static str {
        "From your profile, the map counts only the jobs that use one of your skills; choose a place and the list does the same."
    }
    fn category(&self) -> &'static str {
        "Industry"
    }
    fn any_category(&self) -> &'static str {
        "All industries"
    }
    fn sort_label(&self) -> &'static str {
        "Sort"
    }
    fn sort(&self, s: Sort) -> &'static str {
        match s {
            Sort::Best => "Best match",
            Sort::Wage => "Highest wage",
            Sort::Newest => "Newest",
            Sort::Nearest => "Nearest",
        }
    }
    fn clear_filters(&self) -> &'static str {
        "Clear filters"
    }
    fn profile_title(&self) -> &'static str {
        "My profile"
    }
    fn profile_empty_hint(&self) -> &'static str {
        "Add your skills, levels and certificates to see the jobs and courses that fit. You can also browse without."
    }
    fn my_skills(&self) -> &'static str {
        "My skills and levels"
    }
    fn add_skill(&self) -> &'static str {
        "Add a skill"
    }
    fn add_skill_placeholder(&self) -> &'static str {
        "Type a skill: electrician, 电工, dg"
    }
    fn level_label(&self, skill: &str) -> String {
        format!("Level for {skill}")
    }
    fn remove(&self, what: &str) -> String {
        format!("Remove {what}")
    }
    fn my_brands(&self) -> &'static str {
        "Labour-brand certificates (川字号)"
    }
    fn add_brand(&self) -> &'static str {
        "Add certificate"
    }
    fn choose(&self) -> &'static str {
        "Choose"
    }
    fn home(&self) -> &'static str {
        "Where I live"
    }
    fn wage_wish(&self) -> &'static str {
        "Lowest wage I want"
    }
    fn settlement_wish(&self) -> &'static str {
        "Pay schedule I prefer"
    }
    fn needs_heading(&self) -> &'static str {
        "What I need"
    }
    fn need(&self, n: Need) -> &'static str {
        match n {
            Need::Housing => "Housing",
            Need::FlexibleHours => "Flexible hours",
            Need::WomenReturner => "Returning to work after childbirth",
            Need::RuralYouth => "Rural youth, interested in e-commerce",
        }
    }
    fn willing_to_move(&self) -> &'static str {
        "Willing to move for work"
    }
    fn any_distance(&self) -> &'static str {
        "Any distance"
    }
    fn distance_needs_home(&self) -> &'static str {
        "Add your home in My profile first"
    }
    fn within_km(&self, km: u32) -> String {
        format!("Within {km} km")
    }
    fn max_km(&self) -> &'static str {
        "Longest daily commute (km)"
    }
    fn large_text(&self) -> &'static str {
        "Large text"
    }
    fn high_contrast(&self) -> &'static str {
        "High contrast"
    }
    fn sample_brand(&self) -> &'static str {
        "(sample brand)"
    }
    fn no_skill_found(&self) -> &'static str {
        "No such skill found"
    }
    fn fatal_error(&self) -> &'static str {
        "Something went wrong and the page could not be shown."
    }
    fn reload(&self) -> &'static str {
        "Reload"
    }
    fn nav_map(&self) -> &'static str {
        "Where the work is"
    }
    fn map_intro(&self) -> &'static str {
        "How many jobs each place has and their median monthly wage, counted like the job list: for the search and the filters (search “electrician”, say). Choose a place to see its jobs."
    }
    fn map_label(&self) -> &'static str {
        "Map of Sichuan's cities and prefectures by jobs"
    }
    fn map_city(&self, name: &str, jobs: usize, wage: Option<f64>) -> String {
        match wage {
            Some(w) => format!("{name}: {jobs} jobs, median monthly wage {}", self.map_wage(w)),
            None => format!("{name}: {jobs} jobs"),
        }
    }
    fn map_wage(&self, yuan: f64) -> String {
        format!("¥{}", super::money(yuan))
    }
    fn map_elsewhere_marker(&self, n: usize) -> String {
        format!("Elsewhere {n}")
    }
    fn map_few(&self) -> &'static str {
        "Fewer"
    }
    fn map_many(&self) -> &'static str {
        "More"
    }
    fn map_legend(&self) -> &'static str {
        "The stronger the colour, the more jobs"
    }
    fn map_loading(&self) -> &'static str {
        "Loading the map…"
    }
    fn map_failed(&self) -> &'static str {
        "The map could not be loaded. The table below has the same figures."
    }
    fn map_remote(&self, n: usize) -> String {
        format!("{n} more jobs can be done remotely; they are counted in every place.")
    }
    fn map_elsewhere(&self, n: usize) -> String {
        format!("{n} jobs are outside Sichuan or give no place: they are not on the map, but the job list shows them when no place is chosen.")
    }
    fn no_median(&self) -> &'static str {
        "none"
    }
    fn table_caption(&self) -> &'static str {
        "Jobs by place (most first)"
    }
    fn table_jobs(&self) -> &'static str {
        "Jobs"
    }
    fn table_wage(&self) -> &'static str {
        "Median monthly wage"
    }
    fn table_elsewhere(&self) -> &'static str {
        "Outside Sichuan or unknown"
    }
    fn table_remote(&self) -> &'static str {
        "Remote (counted in every place)"
    }
    fn pay_heading(&self) -> &'static str {
        "Pay against similar jobs"
    }
    fn pay_rank(&self, city: &str, trade: &str, above: usize, of: usize) -> String {
        format!("Pays more than {above} of {of} other {trade} jobs in {city}")
    }
    fn pay_others(&self, city: &str, trade: &str, of: usize) -> String {
        format!("{of} other {trade} jobs in {city} state their pay")
    }
    fn course_wages(&self, now: &str, after: &str) -> String {
        format!("Median monthly wage of the jobs you can do: now {now}, after the course {after}")
    }
}
