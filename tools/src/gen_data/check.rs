//! Validates the generated feed by re-reading the JSON text, so the checks see
//! exactly what the app will load. Any violation aborts generation.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::skills::CATEGORIES;

const CITY_NAMES: [&str; 21] = [
    "成都市",
    "自贡市",
    "攀枝花市",
    "泸州市",
    "德阳市",
    "绵阳市",
    "广元市",
    "遂宁市",
    "内江市",
    "乐山市",
    "南充市",
    "眉山市",
    "宜宾市",
    "广安市",
    "达州市",
    "雅安市",
    "巴中市",
    "资阳市",
    "阿坝藏族羌族自治州",
    "甘孜藏族自治州",
    "凉山彝族自治州",
];
const SAFEGUARDS: [&str; 4] = ["contract", "insurance", "wageAccount", "wageDeposit"];
const AUDIENCES: [&str; 6] =
    ["rural-youth", "women-returners", "migrant-workers", "domestic-service", "elderly-care", "ex-servicemen"];

struct Errors(Vec<String>);

impl Errors {
    fn check(&mut self, ok: bool, msg: impl FnOnce() -> String) {
        if !ok {
            self.0.push(msg());
        }
    }
}

fn s<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}

fn arr<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key).and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[])
}

fn is_date(d: &str) -> bool {
    let b = d.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && d.chars().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

fn is_occupation(code: &str) -> bool {
    let parts: Vec<&str> = code.split('-').collect();
    parts.len() == 4
        && parts[0].len() == 1
        && parts[1..].iter().all(|p| p.len() == 2)
        && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()))
}

/// What validation found, for the generator's log and cross-checks.
pub struct Report {
    pub summary: String,
    /// Jobs whose description asks for money up front.
    pub scam_ids: Vec<String>,
}

/// Checks the feed; panics listing every problem found.
pub fn validate(text: &str) -> Report {
    let feed: Value = serde_json::from_str(text).expect("generated feed is not valid JSON");
    let mut e = Errors(Vec::new());
    e.check(feed["skillmatch"] == 1, || "skillmatch must be 1".into());

    // places
    let places = arr(&feed, "places");
    let names: Vec<&str> = places.iter().map(|p| s(p, "name")).collect();
    e.check(names == CITY_NAMES, || format!("places must be the 21 cities in order, got {names:?}"));
    let mut counties: BTreeMap<&str, BTreeMap<&str, (f64, f64)>> = BTreeMap::new();
    let mut codes = BTreeSet::new();
    for p in places {
        e.check(codes.insert(s(p, "code")), || format!("duplicate place code {}", s(p, "code")));
        e.check(s(p, "code").len() == 6, || format!("bad city code {}", s(p, "code")));
        let entry = counties.entry(s(p, "name")).or_default();
        for c in arr(p, "counties") {
            e.check(codes.insert(s(c, "code")), || format!("duplicate county code {}", s(c, "code")));
            e.check(s(c, "code")[..4] == s(p, "code")[..4], || format!("county {} outside its city", s(c, "name")));
            entry.insert(s(c, "name"), (c["lat"].as_f64().unwrap(), c["lon"].as_f64().unwrap()));
        }
    }
    for big in
        ["成都市", "自贡市", "绵阳市", "德阳市", "南充市", "宜宾市", "泸州市", "乐山市", "达州市", "凉山彝族自治州"]
    {
        e.check(counties.get(big).map_or(0, |c| c.len()) >= 5, || format!("{big} needs counties"));
    }
    e.check(counties["成都市"].len() >= 20, || "成都 needs all its districts".into());

    // skills
    let skills = arr(&feed, "skills");
    let mut skill_special: BTreeMap<&str, bool> = BTreeMap::new();
    let mut terms = BTreeSet::new();
    for k in skills {
        let id = s(k, "id");
        e.check(id.starts_with("s-"), || format!("skill id {id}"));
        e.check(skill_special.insert(id, k["special"] == true).is_none(), || format!("duplicate skill {id}"));
        e.check(CATEGORIES.contains(&s(k, "category")), || format!("skill {id} category"));
        e.check(!s(k, "en").is_empty(), || format!("skill {id} needs en"));
        if let Some(occ) = k.get("occupation") {
            e.check(occ.as_str().is_some_and(is_occupation), || format!("skill {id} occupation code"));
        }
        if k["special"] == true {
            let name = s(k, "name");
            e.check(!["工", "员", "师"].iter().any(|t| name.ends_with(t)), || {
                format!("专项 {name} must not end in 工/员/师")
            });
        }
        let mut own = vec![s(k, "name")];
        own.extend(arr(k, "aliases").iter().map(|a| a.as_str().unwrap_or("")));
        for t in own {
            e.check(!t.is_empty() && terms.insert(t), || format!("skill term {t:?} ({id}) is empty or not unique"));
        }
    }
    e.check(skills.len() >= 160, || format!("only {} skills", skills.len()));
    let elec = skills.iter().find(|k| s(k, "id") == "s-elec");
    e.check(
        elec.is_some_and(|k| {
            s(k, "name") == "电工" && s(k, "en") == "Electrician" && arr(k, "aliases").iter().any(|a| a == "水电工")
        }),
        || "s-elec must be 电工 / Electrician / alias 水电工".into(),
    );
    e.check(skills.iter().any(|k| s(k, "id") == "s-lantern" && s(k, "name") == "彩灯制作"), || {
        "s-lantern missing".into()
    });
    let skill_ok = |id: &str| skill_special.contains_key(id);
    let level_ok = |v: &Value| v.get("level").is_none_or(|l| l.as_u64().is_some_and(|n| (1..=5).contains(&n)));

    // brands
    let brands = arr(&feed, "brands");
    let mut brand_ids = BTreeSet::new();
    for b in brands {
        let id = s(b, "id");
        e.check(brand_ids.insert(id), || format!("duplicate brand {id}"));
        e.check(CITY_NAMES.contains(&s(b, "city")), || format!("brand {id} city"));
        e.check(b["sample"].is_boolean(), || format!("brand {id} sample flag"));
        for k in arr(b, "skills") {
            let sid = k.as_str().unwrap_or_else(|| s(k, "skill"));
            e.check(skill_ok(sid) && level_ok(k), || format!("brand {id} skill {sid}"));
        }
    }
    e.check(brands.len() >= 14, || "need ≥14 brands".into());
    let zg = brands.iter().find(|b| s(b, "id") == "b-zg");
    let zg_skills: Vec<&str> = zg
        .map(|b| arr(b, "skills").iter().map(|k| k.as_str().unwrap_or_else(|| s(k, "skill"))).collect())
        .unwrap_or_default();
    e.check(
        zg.is_some_and(|b| s(b, "name") == "自贡彩灯工匠" && s(b, "city") == "自贡市")
            && zg_skills.contains(&"s-lantern")
            && zg_skills.contains(&"s-elec"),
        || "b-zg must be 自贡彩灯工匠 in 自贡市 with s-lantern and s-elec".into(),
    );

    // jobs
    let jobs = arr(&feed, "jobs");
    let mut job_ids = BTreeSet::new();
    let mut per_cat: BTreeMap<&str, usize> = BTreeMap::new();
    let mut per_city: BTreeMap<&str, usize> = BTreeMap::new();
    let mut required: BTreeMap<&str, usize> = BTreeMap::new();
    let mut scams = Vec::new();
    let mut zg_fixtures = Vec::new();
    for j in jobs {
        let id = s(j, "id");
        e.check(id.len() == 5 && id.starts_with('J') && job_ids.insert(id), || format!("job id {id}"));
        e.check(CATEGORIES.contains(&s(j, "category")), || format!("{id} category"));
        *per_cat.entry(s(j, "category")).or_default() += 1;
        let city = s(j, "city");
        *per_city.entry(city).or_default() += 1;
        e.check(counties.contains_key(city), || format!("{id} city {city}"));
        let (glat, glon) = (j["geo"]["lat"].as_f64().unwrap_or(0.0), j["geo"]["lon"].as_f64().unwrap_or(0.0));
        if let Some(cn) = j.get("county") {
            let cn = cn.as_str().unwrap_or("");
            match counties.get(city).and_then(|m| m.get(cn)) {
                Some(&(lat, lon)) => {
                    e.check((glat - lat).abs() < 0.1 && (glon - lon).abs() < 0.1, || format!("{id} geo far from {cn}"))
                }
                None => e.check(false, || format!("{id} county {cn} not in {city}")),
            }
        }
        e.check((26.0..34.5).contains(&glat) && (97.0..108.6).contains(&glon), || format!("{id} geo outside Sichuan"));
        let w = &j["wage"];
        let (min, max) = (w["min"].as_f64().unwrap_or(-1.0), w["max"].as_f64().unwrap_or(-1.0));
        let unit = s(w, "unit");
        let settle = s(j, "settlement");
        e.check(min > 0.0 && min <= max, || format!("{id} wage {min}..{max}"));
        let (lo, hi, settles): (f64, f64, &[&str]) = match unit {
            "month" => (3500.0, 12000.0, &["monthly"]),
            "day" => (120.0, 400.0, &["daily", "weekly"]),
            "hour" => (18.0, 35.0, &["daily", "weekly"]),
            "piece" => (0.05, 500.0, &["piece", "monthly"]),
            _ => (1.0, 0.0, &[]),
        };
        e.check(min >= lo && max <= hi, || format!("{id} wage {min}..{max} out of range for {unit}"));
        e.check(settles.contains(&settle), || format!("{id} settlement {settle} vs unit {unit}"));
        if unit == "piece" {
            e.check(w["monthlyEstimate"].as_u64().is_some_and(|m| (2000..=12000).contains(&m)), || {
                format!("{id} monthlyEstimate")
            });
        }
        let reqs = arr(j, "requires");
        e.check(reqs.len() <= 4, || format!("{id} has {} requirements", reqs.len()));
        for r in reqs {
            let sid = s(r, "skill");
            e.check(skill_ok(sid) && level_ok(r), || format!("{id} requires {sid}"));
            e.check(!(r.get("level").is_some() && skill_special.get(sid) == Some(&true)), || {
                format!("{id}: level on 专项 {sid}")
            });
            *required.entry(sid).or_default() += 1;
        }
        for b in arr(j, "prefersBrands") {
            e.check(b.as_str().is_some_and(|b| brand_ids.contains(b)), || format!("{id} brand {b}"));
        }
        let sg: Vec<&str> = arr(j, "safeguards").iter().filter_map(Value::as_str).collect();
        e.check(
            sg.iter().all(|f| SAFEGUARDS.contains(f)) && sg.iter().collect::<BTreeSet<_>>().len() == sg.len(),
            || format!("{id} safeguards"),
        );
        for f in ["housing", "meals", "flexibleHours", "womenFriendly"] {
            e.check(j[f].is_boolean(), || format!("{id} {f}"));
        }
        e.check(j["headcount"].as_u64().is_some_and(|n| n >= 1), || format!("{id} headcount"));
        let (posted, valid) = (s(j, "posted"), s(j, "validThrough"));
        e.check(is_date(posted) && ("2026-09-01"..="2026-11-30").contains(&posted), || format!("{id} posted {posted}"));
        e.check(is_date(valid) && valid.starts_with("2027-"), || format!("{id} validThrough {valid}"));
        let apply = s(j, "apply");
        e.check(apply == format!("https://example.com/jobs/{id}") || apply.starts_with("tel:+86-"), || {
            format!("{id} apply {apply}")
        });
        e.check(s(j, "employer").ends_with("（示例）"), || format!("{id} employer not marked sample"));
        e.check(!s(j, "title").is_empty() && !s(j, "hours").is_empty(), || format!("{id} title/hours"));
        let desc = s(j, "description");
        e.check(desc.matches('。').count() >= 2, || format!("{id} description should have 2–3 sentences"));
        if skillmatch::engine::fees::asks_fee(desc) || skillmatch::engine::fees::asks_fee(s(j, "title")) {
            scams.push(id.to_string());
        }
        let zg_req = reqs.iter().any(|r| s(r, "skill") == "s-elec" || s(r, "skill") == "s-lantern");
        if city == "自贡市" && zg_req && arr(j, "prefersBrands").iter().any(|b| b == "b-zg") {
            zg_fixtures.push(id.to_string());
        }
    }
    e.check(jobs.len() >= 450, || format!("only {} jobs", jobs.len()));
    for c in CATEGORIES {
        e.check(per_cat.get(c).copied().unwrap_or(0) >= 10, || format!("category {c} has too few jobs"));
    }
    for c in CITY_NAMES {
        e.check(per_city.get(c).copied().unwrap_or(0) >= 4, || format!("city {c} has too few jobs"));
    }
    e.check(per_city["成都市"] == *per_city.values().max().unwrap(), || "成都 should have the most jobs".into());
    let scam_share = scams.len() as f64 / jobs.len() as f64;
    e.check((0.02..0.045).contains(&scam_share), || format!("scam share {scam_share:.3}"));
    e.check(zg_fixtures.len() >= 12, || format!("only {} 自贡 b-zg fixtures", zg_fixtures.len()));

    // courses
    let courses = arr(&feed, "courses");
    let mut course_ids = BTreeSet::new();
    let mut taught: BTreeMap<&str, u64> = BTreeMap::new();
    for c in courses {
        let id = s(c, "id");
        e.check(id.len() == 4 && id.starts_with('C') && course_ids.insert(id), || format!("course id {id}"));
        e.check(s(c, "provider").ends_with("（示例）"), || format!("{id} provider not marked sample"));
        let mode = s(c, "mode");
        e.check(["online", "offline", "hybrid"].contains(&mode), || format!("{id} mode"));
        match c.get("city") {
            Some(city) => e.check(mode != "online" && city.as_str().is_some_and(|n| CITY_NAMES.contains(&n)), || {
                format!("{id} city")
            }),
            None => e.check(mode == "online", || format!("{id} needs a city")),
        }
        for t in arr(c, "teaches") {
            let sid = s(t, "skill");
            e.check(skill_ok(sid) && level_ok(t), || format!("{id} teaches {sid}"));
            let lv = t.get("level").and_then(Value::as_u64).unwrap_or(0);
            let best = taught.entry(sid).or_default();
            *best = (*best).max(lv);
        }
        e.check(!arr(c, "teaches").is_empty(), || format!("{id} teaches nothing"));
        e.check(
            c["days"].as_u64().is_some_and(|d| d >= 1) && c["cost"].as_u64().is_some() && c["voucher"].is_boolean(),
            || format!("{id} days/cost/voucher"),
        );
        e.check(arr(c, "audience").iter().all(|a| a.as_str().is_some_and(|a| AUDIENCES.contains(&a))), || {
            format!("{id} audience")
        });
        let starts = s(c, "starts");
        e.check(is_date(starts) && ("2026-12-01"..="2027-12-31").contains(&starts), || format!("{id} starts {starts}"));
    }
    e.check(courses.len() >= 90, || format!("only {} courses", courses.len()));
    for sid in required.keys() {
        e.check(taught.contains_key(sid), || format!("required skill {sid} is taught by no course"));
    }
    e.check(taught.get("s-elec").copied().unwrap_or(0) >= 3, || "a course must raise 电工 to level 3+".into());

    let mut top: Vec<(&str, usize)> = required.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let summary = format!(
        "places {} ({} counties), skills {}, brands {}, jobs {}, courses {}\n\
         jobs per category: {:?}\njobs per city: {:?}\n\
         scam-pattern jobs ({}): {}\n自贡 b-zg fixtures ({}): {}\nmost required skills: {:?}",
        places.len(),
        counties.values().map(|m| m.len()).sum::<usize>(),
        skills.len(),
        brands.len(),
        jobs.len(),
        courses.len(),
        per_cat,
        per_city,
        scams.len(),
        scams.join(" "),
        zg_fixtures.len(),
        zg_fixtures.join(" "),
        &top[..top.len().min(15)],
    );
    if !e.0.is_empty() {
        // GEN_DATA_LENIENT=1 turns the failure into a warning, for iterating on the tables.
        if std::env::var_os("GEN_DATA_LENIENT").is_none() {
            panic!("feed validation failed:\n  {}\n{summary}", e.0.join("\n  "));
        }
        eprintln!("warning: feed validation failed:\n  {}", e.0.join("\n  "));
    }

    Report { summary, scam_ids: scams }
}
