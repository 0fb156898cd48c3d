//! Turns the job templates into concrete postings.

use super::brands::brand;
use super::dates::{day, iso};
use super::job_tables::{Guard, JobT, Unit, SEEDS, TEMPLATES};
use super::json::{self, Obj};
use super::places::{city_index, City, County, CITIES};
use super::rng::Rng;
use super::skills::{level_name, skill, CATEGORIES};

/// Total number of postings.
pub const JOB_COUNT: usize = 450;
/// Every city gets at least this many postings before the weighted fill.
const PER_CITY_MIN: usize = 4;
/// And every category at least this many.
const PER_CATEGORY_MIN: usize = 12;
/// Share of scam-pattern postings, in per-mille.
const SCAM_PER_MILLE: usize = 30;

/// Name parts for fictitious employers (combined with the city and a trade stem).
#[rustfmt::skip]
const PREFIXES: &[&str] = &["鑫达", "华川", "锦程", "恒泰", "蜀兴", "宏远", "金沙", "嘉禾", "永丰", "瑞丰", "和顺", "明光", "安康", "福源", "益民", "长青", "顺达", "新桥", "天成", "众鑫", "远航", "德润", "康宁", "优家", "聚力", "盛景", "汇通", "星河", "青禾", "云帆"];

pub struct Job {
    pub t: &'static JobT,
    pub id: String,
    pub title: &'static str,
    pub employer: String,
    pub cat: &'static str,
    pub city: &'static City,
    pub county: Option<&'static County>,
    pub lat: f64,
    pub lon: f64,
    pub unit: Unit,
    pub wage_min: f64,
    pub wage_max: f64,
    pub monthly_estimate: Option<u32>,
    pub settlement: &'static str,
    pub requires: Vec<(&'static str, u8)>,
    pub brands: Vec<&'static str>,
    pub safeguards: Vec<&'static str>,
    pub housing: bool,
    pub meals: bool,
    pub flex: bool,
    pub women: bool,
    pub headcount: u32,
    pub hours: &'static str,
    pub posted: u32,
    pub valid_through: u32,
    pub apply: String,
    pub description: String,
    /// Not written to the feed; reported so tests know which postings should warn.
    pub scam: bool,
    pub seeded: bool,
}

fn template(title: &str) -> &'static JobT {
    TEMPLATES.iter().find(|t| t.titles[0] == title).unwrap_or_else(|| panic!("no template titled {title}"))
}

fn eligible(t: &JobT, city: &City) -> bool {
    t.cities.is_empty() || t.cities.contains(&city.short)
}

struct Plan {
    t: &'static JobT,
    city: usize,
    /// Some(name) pins the county ("" = city level only); None = choose.
    county: Option<&'static str>,
    elec_level: u8,
    seeded: bool,
}

fn pick_template(rng: &mut Rng, city: &City) -> &'static JobT {
    let pool: Vec<&'static JobT> = TEMPLATES.iter().filter(|t| eligible(t, city)).collect();
    let weights: Vec<u32> = pool.iter().map(|t| t.weight).collect();
    pool[rng.weighted(&weights)]
}

pub fn generate(rng: &mut Rng) -> Vec<Job> {
    // 1. fixtures, 2. a minimum per city, 3. weighted fill; 2+3 are shuffled together.
    let mut plans: Vec<Plan> = SEEDS
        .iter()
        .map(|s| Plan {
            t: template(s.template),
            city: city_index(s.city),
            county: Some(s.county),
            elec_level: s.elec_level,
            seeded: true,
        })
        .collect();
    let mut rest: Vec<Plan> = Vec::new();
    for (ci, city) in CITIES.iter().enumerate() {
        for _ in 0..PER_CITY_MIN {
            rest.push(Plan { t: pick_template(rng, city), city: ci, county: None, elec_level: 0, seeded: false });
        }
    }
    let city_weights: Vec<u32> = CITIES.iter().map(|c| c.weight).collect();
    for cat in CATEGORIES {
        let pool: Vec<&'static JobT> = TEMPLATES.iter().filter(|t| t.cat == *cat).collect();
        let weights: Vec<u32> = pool.iter().map(|t| t.weight).collect();
        for _ in 0..PER_CATEGORY_MIN {
            let t = pool[rng.weighted(&weights)];
            let cities: Vec<usize> = (0..CITIES.len()).filter(|&ci| eligible(t, &CITIES[ci])).collect();
            let cw: Vec<u32> = cities.iter().map(|&ci| CITIES[ci].weight).collect();
            let ci = cities[rng.weighted(&cw)];
            rest.push(Plan { t, city: ci, county: None, elec_level: 0, seeded: false });
        }
    }
    while plans.len() + rest.len() < JOB_COUNT {
        let ci = rng.weighted(&city_weights);
        rest.push(Plan { t: pick_template(rng, &CITIES[ci]), city: ci, county: None, elec_level: 0, seeded: false });
    }
    for i in (1..rest.len()).rev() {
        let j = rng.below(i + 1);
        rest.swap(i, j);
    }
    plans.extend(rest);

    let mut jobs: Vec<Job> = plans.iter().enumerate().map(|(i, p)| build(rng, i + 1, p)).collect();

    // Scam-pattern postings: a few ordinary-looking jobs that ask for money up front.
    let candidates: Vec<usize> =
        (0..jobs.len()).filter(|&i| !jobs[i].seeded && scam_line(jobs[i].cat).is_some()).collect();
    let n_scam = (JOB_COUNT * SCAM_PER_MILLE + 500) / 1000;
    for k in rng.sample_indices(candidates.len(), n_scam) {
        make_scam(rng, &mut jobs[candidates[k]]);
    }
    jobs
}

fn round_to(x: f64, step: f64) -> f64 {
    (x / step).round() * step
}

fn build(rng: &mut Rng, n: usize, p: &Plan) -> Job {
    let t = p.t;
    let city = &CITIES[p.city];
    let id = format!("J{:04}", n);

    // Place: template counties first, else weighted, sometimes city level only.
    let county: Option<&'static County> = match p.county {
        Some("") => None,
        Some(name) => {
            Some(city.counties.iter().find(|c| c.name == name).unwrap_or_else(|| panic!("seed county {name}")))
        }
        None => {
            let preferred: Vec<&'static County> =
                city.counties.iter().filter(|c| t.counties.contains(&c.name)).collect();
            if !preferred.is_empty() {
                Some(*rng.pick(&preferred))
            } else if rng.chance(10) {
                None
            } else if city.county_weights.len() == city.counties.len() {
                Some(&city.counties[rng.weighted(city.county_weights)])
            } else {
                Some(rng.pick(city.counties))
            }
        }
    };
    let (base_lat, base_lon, spread) = match county {
        Some(c) => (c.lat, c.lon, 0.025),
        None => (city.lat, city.lon, 0.05),
    };
    let lat = json::round(base_lat + rng.float(-spread, spread), 3);
    let lon = json::round(base_lon + rng.float(-spread, spread) * 1.2, 3);

    // Wage.
    let raw_min = rng.range(t.min.0, t.min.1) as f64;
    let raw_spread = rng.range(t.spread.0, t.spread.1) as f64;
    let (wage_min, wage_max, monthly_estimate) = match t.unit {
        Unit::Month => {
            let min = round_to(raw_min, 100.0).min(11500.0);
            let max = round_to(raw_min + raw_spread, 100.0).min(12000.0).max(min + 200.0);
            (min, max, None)
        }
        Unit::Day => {
            let min = round_to(raw_min, 10.0).min(380.0);
            let max = round_to(raw_min + raw_spread, 10.0).min(400.0).max(min + 10.0);
            (min, max, None)
        }
        Unit::Hour => {
            let min = raw_min.min(34.0);
            let max = (raw_min + raw_spread).min(35.0).max(min + 1.0);
            (min, max, None)
        }
        Unit::Piece => {
            // Template values are in fen.
            let to_yuan = |fen: f64| {
                let y = fen / 100.0;
                if y < 10.0 {
                    json::round(round_to(y, 0.05), 2)
                } else {
                    round_to(y, 1.0)
                }
            };
            let min = to_yuan(raw_min);
            let max = to_yuan(raw_min + raw_spread).max(min + 0.05);
            let est = round_to(rng.range(t.est.0, t.est.1) as f64, 100.0) as u32;
            (min, json::round(max, 2), Some(est))
        }
    };
    let settlement = match t.unit {
        Unit::Month => "monthly",
        Unit::Day => {
            if rng.chance(80) {
                "daily"
            } else {
                "weekly"
            }
        }
        Unit::Hour => {
            if rng.chance(50) {
                "daily"
            } else {
                "weekly"
            }
        }
        // Paid by the piece is settled by the piece (计件): "月结" beside "元/件" read as a
        // contradiction. The draw stays, so every other job keeps its place in the sequence.
        Unit::Piece => {
            let _ = rng.chance(70);
            "piece"
        }
    };

    // Requirements.
    let mut requires: Vec<(&'static str, u8)> = Vec::new();
    for &(sid, lo, hi) in t.req {
        let level =
            if sid == "s-elec" && p.elec_level > 0 { p.elec_level } else { rng.range(lo as u32, hi as u32) as u8 };
        requires.push((sid, level));
    }
    for &(sid, lo, hi) in t.extra {
        if requires.len() >= 4 || requires.iter().any(|r| r.0 == sid) {
            continue;
        }
        if p.seeded || rng.chance(30) {
            requires.push((sid, rng.range(lo as u32, hi as u32) as u8));
        }
    }

    // Preferred brands.
    let mut brands: Vec<&'static str> = Vec::new();
    if p.seeded {
        brands.push("b-zg");
    } else if !t.brands.is_empty() && rng.chance(55) {
        brands.push(*rng.pick(t.brands));
        if t.brands.len() > 1 && rng.chance(30) {
            let second = *rng.pick(t.brands);
            if !brands.contains(&second) {
                brands.push(second);
            }
        }
    }

    for b in &brands {
        assert!(brand(b).cats.contains(&t.cat) || p.seeded, "brand {b} does not fit category {}", t.cat);
    }

    // Safeguards (contract, insurance, wageAccount, wageDeposit) by employer type.
    let odds: [u32; 4] = match t.guard {
        Guard::Site => [60, 55, 80, 50],
        Guard::Firm => [92, 88, 8, 0],
        Guard::Shop => [65, 45, 0, 0],
        Guard::Home => [55, 20, 0, 0],
        Guard::Gig => [15, 25, 0, 0],
    };
    let names = ["contract", "insurance", "wageAccount", "wageDeposit"];
    let safeguards: Vec<&'static str> =
        names.iter().zip(odds).filter(|(_, pct)| rng.chance(*pct)).map(|(n, _)| *n).collect();

    let mut housing = rng.chance(t.housing);
    let meals = rng.chance(t.meals);
    let flex = rng.chance(t.flex);
    let women = rng.chance(t.women);
    let headcount = rng.range(t.heads.0, t.heads.1);
    let hours = *rng.pick(t.hours);
    // Keep the flags consistent with what the hours text says (住家 = live-in).
    if hours.contains("不住家") {
        housing = false;
    } else if hours.contains("住家") || hours.contains("封闭管理") {
        housing = true;
    }
    let posted = day(2026, 9, 1) + rng.below(91) as u32;
    let valid_through = day(2027, 1, 5) + rng.below(116) as u32;
    let apply = if rng.chance(70) { format!("https://example.com/jobs/{id}") } else { fake_phone(city, n) };
    let title = if p.seeded { t.titles[0] } else { *rng.pick(t.titles) };
    let employer = format!("{}{}{}（示例）", city.short, rng.pick(PREFIXES), rng.pick(t.emp));

    let mut job = Job {
        t,
        id,
        title,
        employer,
        cat: t.cat,
        city,
        county,
        lat,
        lon,
        unit: t.unit,
        wage_min,
        wage_max,
        monthly_estimate,
        settlement,
        requires,
        brands,
        safeguards,
        housing,
        meals,
        flex,
        women,
        headcount,
        hours,
        posted,
        valid_through,
        apply,
        description: String::new(),
        scam: false,
        seeded: p.seeded,
    };
    job.description = describe(rng, t, &job);
    job
}

/// An obviously fictitious number: the 5550 exchange, numbered after the posting.
fn fake_phone(city: &City, n: usize) -> String {
    format!("tel:+86-{}-5550-{:04}", city.area, n)
}

fn describe(rng: &mut Rng, t: &JobT, job: &Job) -> String {
    let mut out = String::from(*rng.pick(t.duty));
    if let Some(&(sid, level)) = job.requires.iter().find(|r| r.1 > 0) {
        out.push_str(&format!("需持{}{}及以上证书。", skill(sid).name, level_name(level)));
    } else if let Some(&(sid, _)) = job.requires.first() {
        let s = skill(sid);
        if s.special {
            out.push_str(&format!("需会{}。", s.name));
        } else {
            out.push_str(&format!("需有{}经验。", s.name));
        }
    } else {
        const OPEN: &[&str] = &["零基础可学。", "无经验可带教。", "能吃苦即可。"];
        out.push_str(OPEN[rng.below(OPEN.len())]);
    }
    if let Some(b) = job.brands.first() {
        if rng.chance(20) {
            out.push_str(&format!("持“{}”劳务品牌证书者优先。", brand(b).name));
        }
    }
    // Wage-payment protections first: they matter most to a construction worker.
    let mut safeguards = job.safeguards.clone();
    safeguards.sort_by_key(|s| ["wageAccount", "wageDeposit", "contract", "insurance"].iter().position(|p| p == s));
    let mut perks: Vec<&str> = Vec::new();
    for s in &safeguards {
        perks.push(match *s {
            "contract" => {
                if t.guard == Guard::Home {
                    "签家政服务合同"
                } else {
                    "签劳动合同"
                }
            }
            "insurance" => "缴纳社保",
            "wageAccount" => "工资专户按月代发",
            _ => "已缴存工资保证金",
        });
    }
    match (job.housing, job.meals) {
        (true, true) => perks.push("包吃住"),
        (true, false) => perks.push("提供住宿"),
        (false, true) => perks.push("提供工作餐"),
        _ => {}
    }
    if job.flex {
        perks.push("时间灵活");
    }
    // The flags carry the same facts, so only some postings spell them out.
    if !perks.is_empty() && rng.chance(30) {
        perks.truncate(2);
        out.push_str(&perks.join("，"));
        out.push('。');
    }
    out
}

/// The up-front-payment sentence a scam posting of this category would carry.
fn scam_line(cat: &str) -> Option<&'static [&'static str]> {
    Some(match cat {
        "电商直播" => &[
            "零基础包教包会，入职前需先交培训费1980元，签约后安排流量扶持。",
            "需先交2680元孵化培训费，保证月入过万。",
        ],
        "安保" => &["上岗前统一定制制服，需先交服装费380元，满三个月退还。", "入职先交押金500元和服装费200元。"],
        "制造" => &["统一安排进厂，报名需交押金500元和体检费150元。", "面试通过后先交300元服装费和工牌押金。"],
        "家政" => &["需先交培训费2680元，培训结束包上户。", "上岗前先交800元押金和服装费，合同期满退还。"],
        "物流" => &["入职需先交装备押金800元（电动车、工服），离职退还。", "先交600元押金领取工服和扫描枪。"],
        "餐饮" => &["报名需交服装费和办证费共300元，现场缴纳。", "入职先交押金400元，干满半年退还。"],
        "美容美发" => &["学徒期先交学费3800元，包教包会包分配。", "需先交培训费1680元，结业后安排门店。"],
        _ => return None,
    })
}

fn make_scam(rng: &mut Rng, job: &mut Job) {
    let lines = scam_line(job.cat).expect("scam category");
    let t = job.t;
    job.scam = true;
    job.requires.clear();
    job.brands.clear();
    job.safeguards.clear();
    job.housing = true;
    job.meals = true;
    job.headcount = rng.range(20, 50);
    job.employer = format!("{}{}人力资源公司（示例）", job.city.short, rng.pick(PREFIXES));
    match job.unit {
        // A little better than the going rate: tempting, not absurd.
        Unit::Month => {
            job.wage_min = round_to(job.wage_min * 1.3, 100.0).min(10000.0);
            job.wage_max = round_to(job.wage_max * 1.5, 100.0).min(12000.0);
        }
        Unit::Day => {
            job.wage_min = round_to(job.wage_min * 1.2, 10.0).min(380.0);
            job.wage_max = round_to(job.wage_max * 1.4, 10.0).min(400.0);
        }
        Unit::Hour => {
            job.wage_min = (job.wage_min + 6.0).min(34.0);
            job.wage_max = 35.0;
        }
        Unit::Piece => {
            job.monthly_estimate = job.monthly_estimate.map(|e| (e * 3 / 2).min(12000));
        }
    }
    job.apply = fake_phone(job.city, job.id[1..].parse().unwrap());
    job.description = format!(
        "{}{}{}",
        rng.pick(t.duty),
        rng.pick(lines),
        rng.pick(&["急招，无需经验，当天面试当天上岗。", "名额有限，先到先得。", "包吃包住，轻松月入过万。"])
    );
}

pub fn to_json(j: &Job) -> String {
    let unit = match j.unit {
        Unit::Hour => "hour",
        Unit::Day => "day",
        Unit::Month => "month",
        Unit::Piece => "piece",
    };
    let mut wage = Obj::new().num("min", j.wage_min).num("max", j.wage_max).str("unit", unit);
    if let Some(e) = j.monthly_estimate {
        wage = wage.int("monthlyEstimate", e as i64);
    }
    let requires = json::array(j.requires.iter().map(|&(sid, level)| {
        let o = Obj::new().str("skill", sid);
        if level > 0 {
            o.int("level", level as i64).finish()
        } else {
            o.finish()
        }
    }));
    let mut o = Obj::new()
        .str("id", &j.id)
        .str("title", j.title)
        .str("employer", &j.employer)
        .str("category", j.cat)
        .str("city", j.city.name);
    if let Some(c) = j.county {
        o = o.str("county", c.name);
    }
    o = o
        .raw("geo", &Obj::new().num("lat", j.lat).num("lon", j.lon).finish())
        .raw("wage", &wage.finish())
        .str("settlement", j.settlement)
        .raw("requires", &requires);
    if !j.brands.is_empty() {
        o = o.strs("prefersBrands", &j.brands);
    }
    o.strs("safeguards", &j.safeguards)
        .bool("housing", j.housing)
        .bool("meals", j.meals)
        .bool("flexibleHours", j.flex)
        .bool("womenFriendly", j.women)
        .int("headcount", j.headcount as i64)
        .str("hours", j.hours)
        .str("posted", &iso(j.posted))
        .str("validThrough", &iso(j.valid_through))
        .str("apply", &j.apply)
        .str("description", &j.description)
        .finish()
}
