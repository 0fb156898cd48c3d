//! The records SkillMatch reasons about: skills, levels, brands, places, jobs, courses.
//!
//! These are the engine's own, validated types. Feed formats (native JSON, schema.org
//! JobPosting) are turned into them by `feed`; nothing here knows about JSON.

/// Index of a skill in [`crate::engine::catalog::Catalog::skills`].
pub type SkillIx = u32;
/// Index of a brand in [`crate::engine::catalog::Catalog::brands`].
pub type BrandIx = u32;

/// A national vocational skill level as an ordinal where higher is better:
/// 1 = 五级/初级工 … 5 = 一级/高级技师. (The official numbering runs the other way;
/// storing it upward lets "meets the level" be a plain `>=`.)
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Level(u8);

impl Level {
    pub const MIN: Level = Level(1);

    /// The level for an ordinal 1–5, or `None` outside that range.
    pub fn new(ordinal: i64) -> Option<Level> {
        (1..=5).contains(&ordinal).then_some(Level(ordinal as u8))
    }

    pub fn get(self) -> u8 {
        self.0
    }
}

/// How much of a skill a worker has: a certified level, or the skill without a level
/// (a 专项职业能力 certificate or a self-declared skill).
pub type Held = Option<Level>;

#[derive(Clone, Debug, PartialEq)]
pub struct Skill {
    pub id: String,
    pub name: String,
    pub en: String,
    pub aliases: Vec<String>,
    pub category: String,
    /// Code in the 2022 occupation classification, `4-03-02-01` style.
    pub occupation: Option<String>,
}

/// What a brand certificate attests: a skill, optionally at a level.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Attest {
    pub skill: SkillIx,
    pub level: Option<Level>,
}

/// A 川字号 labour brand.
#[derive(Clone, Debug, PartialEq)]
pub struct Brand {
    pub id: String,
    pub name: String,
    pub en: String,
    pub city: String,
    pub attests: Vec<Attest>,
    /// Invented for the demo data, not a real brand.
    pub sample: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Geo {
    pub lat: f64,
    pub lon: f64,
}

impl Geo {
    /// Distance in kilometres on an equirectangular projection around `self`: within 1 %
    /// of the great-circle distance at commuting scales, and one `cos` instead of five
    /// trigonometric calls on the ranking hot path.
    pub fn km_to(self, other: Geo) -> f64 {
        self.km_to_with(self.cos_lat(), other)
    }

    /// `cos` of the latitude. A polynomial, not `f64::cos`: latitudes lie within ±90°, where
    /// eight terms of the series are exact to 1e-6, and the general cosine would bring
    /// kilobytes of argument reduction into the download for angles we never have.
    pub fn cos_lat(self) -> f64 {
        let x = self.lat.clamp(-90.0, 90.0).to_radians();
        let x2 = x * x;
        // 1 - x²/2! + x⁴/4! - … - x¹⁴/14!, in Horner form.
        let mut c = 0.0;
        for k in (1..=7).rev() {
            let n = (2 * k) as f64;
            c = (1.0 - c) * x2 / (n * (n - 1.0));
        }
        1.0 - c
    }

    /// [`Geo::km_to`] with `cos(self.lat)` precomputed (it is the worker's home, fixed
    /// while thousands of jobs are measured against it).
    #[inline]
    pub fn km_to_with(self, cos_lat: f64, other: Geo) -> f64 {
        let dx = (other.lon - self.lon).to_radians() * cos_lat;
        let dy = (other.lat - self.lat).to_radians();
        6371.0 * (dx * dx + dy * dy).sqrt()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct County {
    pub code: String,
    pub name: String,
    pub en: String,
    pub geo: Option<Geo>,
}

/// A city or prefecture with its counties/districts.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    pub code: String,
    pub name: String,
    pub en: String,
    pub geo: Option<Geo>,
    pub counties: Vec<County>,
}

/// The period a wage is paid for, as published.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WageUnit {
    Hour,
    Day,
    Week,
    Month,
    Year,
    Piece,
}

impl WageUnit {
    pub const ALL: [WageUnit; 6] =
        [WageUnit::Hour, WageUnit::Day, WageUnit::Week, WageUnit::Month, WageUnit::Year, WageUnit::Piece];

    pub fn parse(s: &str) -> Option<WageUnit> {
        Some(match s {
            "hour" => WageUnit::Hour,
            "day" => WageUnit::Day,
            "week" => WageUnit::Week,
            "month" => WageUnit::Month,
            "year" => WageUnit::Year,
            "piece" => WageUnit::Piece,
            _ => return None,
        })
    }

    /// Reads the many ways real postings spell a pay period: schema.org's `HOUR` … `YEAR`,
    /// `YEARLY`, `Month`, `per hour`, `annual`, `P1Y`, 月/天/小时. `None` when it is none of them.
    pub fn parse_loose(s: &str) -> Option<WageUnit> {
        let letters = crate::engine::text::word_key(s);
        let word = letters.strip_prefix("per").unwrap_or(&letters);
        Some(match word {
            "hour" | "hours" | "hourly" | "hr" | "h" | "pt1h" | "小时" | "时" | "每小时" => WageUnit::Hour,
            "day" | "days" | "daily" | "diem" | "p1d" | "天" | "日" | "每天" | "每日" => WageUnit::Day,
            "week" | "weeks" | "weekly" | "wk" | "p1w" | "周" | "每周" => WageUnit::Week,
            "month" | "months" | "monthly" | "mo" | "mth" | "p1m" | "月" | "每月" | "月薪" => WageUnit::Month,
            "year" | "years" | "yearly" | "annual" | "annually" | "annum" | "yr" | "p1y" | "年" | "每年" | "年薪" => {
                WageUnit::Year
            }
            "piece" | "pieces" | "件" | "每件" | "计件" => WageUnit::Piece,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            WageUnit::Hour => "hour",
            WageUnit::Day => "day",
            WageUnit::Week => "week",
            WageUnit::Month => "month",
            WageUnit::Year => "year",
            WageUnit::Piece => "piece",
        }
    }

    /// Factor to a monthly amount; `None` for piece rates, which have no fixed conversion.
    /// 21.75 paid days a month is the statutory figure (劳社部发〔2008〕3号); 8 hours a day;
    /// 52 weeks and 12 months a year.
    pub fn per_month(self) -> Option<f64> {
        match self {
            WageUnit::Hour => Some(21.75 * 8.0),
            WageUnit::Day => Some(21.75),
            WageUnit::Week => Some(52.0 / 12.0),
            WageUnit::Month => Some(1.0),
            WageUnit::Year => Some(1.0 / 12.0),
            WageUnit::Piece => None,
        }
    }
}

/// An ISO 4217 currency code (`CNY`, `AUD`, `EUR`), kept as three upper-case ASCII letters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency([u8; 3]);

impl Currency {
    /// Renminbi: the currency of native feeds unless they say otherwise.
    pub const CNY: Currency = Currency(*b"CNY");

    /// A three-letter code in any case, or a sign that names one currency unambiguously
    /// (元, 人民币, RMB, €, £). `$` and `¥` name several currencies and are not read.
    pub fn parse(s: &str) -> Option<Currency> {
        let s = s.trim();
        match s {
            "元" | "人民币" | "RMB" | "rmb" | "Rmb" => return Some(Currency::CNY),
            "€" => return Some(Currency(*b"EUR")),
            "£" => return Some(Currency(*b"GBP")),
            _ => {}
        }
        match *s.as_bytes() {
            [a, b, c] if [a, b, c].iter().all(u8::is_ascii_alphabetic) => {
                Some(Currency([a.to_ascii_uppercase(), b.to_ascii_uppercase(), c.to_ascii_uppercase()]))
            }
            _ => None,
        }
    }

    pub fn as_str(&self) -> &str {
        // Always three ASCII letters (see `parse`), so this never falls back.
        std::str::from_utf8(&self.0).unwrap_or("XXX")
    }
}

impl Default for Currency {
    fn default() -> Self {
        Currency::CNY
    }
}

/// An amount a worker typed (a wage floor, a wage wish): digits with optional thousands
/// separators and a decimal point; `None` for nothing, zero, or anything else. The filters
/// and the profile read amounts alike.
pub fn parse_amount(text: &str) -> Option<f64> {
    let cleaned: String = text.chars().filter(|c| !matches!(c, ',' | '，' | ' ')).collect();
    crate::engine::text::parse_decimal(&cleaned).filter(|v| v.is_finite() && *v > 0.0)
}

/// A wage as published: amounts in their currency, for their period.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Wage {
    pub min: f64,
    pub max: f64,
    /// `None` when the posting does not say what period the amount is for: shown as
    /// published, never compared.
    pub unit: Option<WageUnit>,
    /// `None` when the posting does not say; the catalogue assumes renminbi only for jobs
    /// in places its gazetteer knows.
    pub currency: Option<Currency>,
    /// For piece rates: the employer's estimate of a month's pay.
    pub monthly_estimate: Option<f64>,
}

impl Wage {
    /// The range as monthly amounts in the wage's own currency, when its period allows.
    pub fn monthly(&self) -> Option<(f64, f64)> {
        match self.unit?.per_month() {
            Some(f) => Some((self.min * f, self.max * f)),
            None => self.monthly_estimate.map(|m| (m, m)),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Settlement {
    Daily,
    Weekly,
    Monthly,
    Piece,
}

impl Settlement {
    pub const ALL: [Settlement; 4] = [Settlement::Daily, Settlement::Weekly, Settlement::Monthly, Settlement::Piece];

    pub fn parse(s: &str) -> Option<Settlement> {
        Some(match s {
            "daily" => Settlement::Daily,
            "weekly" => Settlement::Weekly,
            "monthly" => Settlement::Monthly,
            "piece" => Settlement::Piece,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Settlement::Daily => "daily",
            Settlement::Weekly => "weekly",
            Settlement::Monthly => "monthly",
            Settlement::Piece => "piece",
        }
    }
}

/// Wage-payment safeguards a listing promises, as a small bit set.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Safeguards(u8);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Safeguard {
    /// 签劳动合同
    Contract,
    /// 交社保
    Insurance,
    /// 工资专户 / 总包代发
    WageAccount,
    /// 工资保证金
    WageDeposit,
}

impl Safeguard {
    pub const ALL: [Safeguard; 4] =
        [Safeguard::Contract, Safeguard::Insurance, Safeguard::WageAccount, Safeguard::WageDeposit];

    pub fn parse(s: &str) -> Option<Safeguard> {
        Some(match s {
            "contract" => Safeguard::Contract,
            "insurance" => Safeguard::Insurance,
            "wageAccount" => Safeguard::WageAccount,
            "wageDeposit" => Safeguard::WageDeposit,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Safeguard::Contract => "contract",
            Safeguard::Insurance => "insurance",
            Safeguard::WageAccount => "wageAccount",
            Safeguard::WageDeposit => "wageDeposit",
        }
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

impl Safeguards {
    /// The set as one byte (packs store it so).
    pub fn bits(self) -> u8 {
        self.0
    }
    /// The set a byte stands for; `None` when it has a bit no safeguard uses.
    pub fn from_bits(bits: u8) -> Option<Safeguards> {
        let known = Safeguard::ALL.iter().fold(0, |m, s| m | s.bit());
        (bits & !known == 0).then_some(Safeguards(bits))
    }
    pub fn with(mut self, s: Safeguard) -> Self {
        self.0 |= s.bit();
        self
    }
    pub fn without(mut self, s: Safeguard) -> Self {
        self.0 &= !s.bit();
        self
    }
    pub fn has(self, s: Safeguard) -> bool {
        self.0 & s.bit() != 0
    }
    pub fn contains_all(self, other: Safeguards) -> bool {
        self.0 & other.0 == other.0
    }
    pub fn count(self) -> u32 {
        self.0.count_ones()
    }
    pub fn iter(self) -> impl Iterator<Item = Safeguard> {
        Safeguard::ALL.into_iter().filter(move |s| self.has(*s))
    }
}

/// A calendar date (no time zone: postings are dated by day).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Parses a calendar date as postings write it: `YYYY-MM-DD` (also the date part of an
    /// ISO 8601 date-time), with `.` or `/` for `-`, one-digit months and days
    /// (`2026-8-24 15:09 UTC`, `2026.09.15 23:59:00`), or `2026年9月15日`. Anything after
    /// the date must be a time (starting with a space or `T`).
    pub fn parse(s: &str) -> Option<Date> {
        let s = s.trim();
        let mut parts = [0u32; 3];
        let mut rest = s;
        for (i, part) in parts.iter_mut().enumerate() {
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            let want = if i == 0 { 4..=4 } else { 1..=2 };
            if !want.contains(&digits) {
                return None;
            }
            *part = rest[..digits].parse().ok()?;
            rest = &rest[digits..];
            let sep = match i {
                0 => ["-", ".", "/", "年"].iter().find(|p| rest.starts_with(**p)),
                1 => ["-", ".", "/", "月"].iter().find(|p| rest.starts_with(**p)),
                _ => ["日"].iter().find(|p| rest.starts_with(**p)),
            };
            match sep {
                Some(p) => rest = &rest[p.len()..],
                None if i == 2 => {}
                None => return None,
            }
        }
        if !(rest.is_empty() || rest.starts_with('T') || rest.starts_with(' ')) {
            return None;
        }
        let date = Date { year: parts[0] as i32, month: parts[1] as u8, day: parts[2] as u8 };
        ((1..=12).contains(&date.month) && date.day >= 1 && date.day <= date.days_in_month()).then_some(date)
    }

    /// A date from its parts, if it is one (the years a posting's four digits can write).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let date = Date { year, month, day };
        let real = (0..=9999).contains(&year) && (1..=12).contains(&month) && day >= 1;
        (real && day <= date.days_in_month()).then_some(date)
    }

    fn days_in_month(self) -> u8 {
        match self.month {
            2 if (self.year % 4 == 0 && self.year % 100 != 0) || self.year % 400 == 0 => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }

    /// Days since 1970-01-01 (civil-from-days inverse), for recency arithmetic.
    pub fn day_number(self) -> i64 {
        let (y, m) = if self.month <= 2 {
            (self.year as i64 - 1, self.month as i64 + 9)
        } else {
            (self.year as i64, self.month as i64 - 3)
        };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * m + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Where "apply" leads. Only these two kinds are ever followed; anything else in a feed is
/// reported and dropped (no `javascript:` or `data:` links can reach the page).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ApplyLink {
    Web(Box<str>),
    Tel(Box<str>),
}

impl ApplyLink {
    pub fn parse(s: &str) -> Option<ApplyLink> {
        let s = s.trim();
        let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
        if lower.starts_with("https://") || lower.starts_with("http://") {
            let host = s.split_once("//").map(|(_, r)| r).unwrap_or("");
            (!host.is_empty() && !s.chars().any(|c| c.is_whitespace() || c.is_control()))
                .then(|| ApplyLink::Web(s.into()))
        } else if lower.starts_with("tel:") {
            let number = &s[4..];
            let ok = !number.is_empty()
                && number.chars().any(|c| c.is_ascii_digit())
                && number.chars().all(|c| c.is_ascii_digit() || "+-() ".contains(c));
            ok.then(|| ApplyLink::Tel(s.into()))
        } else {
            None
        }
    }

    pub fn href(&self) -> &str {
        match self {
            ApplyLink::Web(s) | ApplyLink::Tel(s) => s,
        }
    }
}

/// A skill a job asks for: a known skill, or text that matched none (still shown and searched).
#[derive(Clone, Debug, PartialEq)]
pub enum SkillRef {
    Known(SkillIx),
    Text(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Requirement {
    pub skill: SkillRef,
    /// Minimum level; `None` means the skill (or its 专项职业能力 certificate) is enough.
    pub level: Option<Level>,
}

/// Job text as stored: immutable and shared. Jobs repeat their employer, places, hours and
/// often whole descriptions; the catalogue keeps each distinct text once (see
/// `Catalog::assemble`), which at 100k jobs is most of their memory.
pub type SharedText = std::rc::Rc<str>;

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Job {
    pub id: SharedText,
    pub title: SharedText,
    pub employer: SharedText,
    pub category: SharedText,
    pub city: SharedText,
    pub county: SharedText,
    pub geo: Option<Geo>,
    /// Work from anywhere (schema.org `jobLocationType: TELECOMMUTE`): place filters keep
    /// it, and `remote_area` says where applicants may live, when the posting says.
    pub remote: bool,
    pub remote_area: SharedText,
    pub wage: Option<Wage>,
    /// The salary as the posting wrote it when it is text that gives no unambiguous
    /// amount ("8-10 triệu", "面议", a sentence): shown as is, never compared.
    pub wage_text: SharedText,
    pub settlement: Option<Settlement>,
    pub requires: Box<[Requirement]>,
    pub prefers_brands: Box<[BrandIx]>,
    pub safeguards: Safeguards,
    pub housing: bool,
    pub meals: bool,
    pub flexible_hours: bool,
    pub women_friendly: bool,
    pub headcount: Option<u32>,
    pub hours: SharedText,
    pub posted: Option<Date>,
    pub valid_through: Option<Date>,
    pub apply: Option<ApplyLink>,
    pub description: SharedText,
}

impl Job {
    /// Where the job is, as one line: "成都市 · 武侯区" (either part may be missing).
    pub fn place_line(&self) -> String {
        match (self.city.is_empty(), self.county.is_empty()) {
            (false, false) => format!("{} · {}", self.city, self.county),
            (false, true) => self.city.to_string(),
            (true, false) => self.county.to_string(),
            (true, true) => String::new(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mode {
    Online,
    Offline,
    Hybrid,
}

impl Mode {
    pub fn parse(s: &str) -> Option<Mode> {
        Some(match s {
            "online" => Mode::Online,
            "offline" => Mode::Offline,
            "hybrid" => Mode::Hybrid,
            _ => return None,
        })
    }
}

/// Who a course is meant for; drives which courses surface for a profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Audience {
    RuralYouth,
    WomenReturners,
    MigrantWorkers,
    DomesticService,
    ElderlyCare,
    ExServicemen,
}

impl Audience {
    pub fn parse(s: &str) -> Option<Audience> {
        Some(match s {
            "rural-youth" => Audience::RuralYouth,
            "women-returners" => Audience::WomenReturners,
            "migrant-workers" => Audience::MigrantWorkers,
            "domestic-service" => Audience::DomesticService,
            "elderly-care" => Audience::ElderlyCare,
            "ex-servicemen" => Audience::ExServicemen,
            _ => return None,
        })
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Course {
    pub id: String,
    pub title: String,
    pub provider: String,
    /// Skills taught, with the level a graduate reaches (`None`: the skill without a level).
    pub teaches: Vec<Attest>,
    pub mode: Mode,
    pub city: String,
    pub days: Option<u32>,
    pub cost: f64,
    /// Payable with an electronic training voucher (电子培训券).
    pub voucher: bool,
    pub subsidy: Option<f64>,
    pub audience: Vec<Audience>,
    pub starts: Option<Date>,
    pub description: String,
}
