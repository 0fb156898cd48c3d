//! schema.org JobPosting, as portals publish it for search engines: one object, an array, an
//! `ItemList` of `ListItem.item`, or a `@graph`. Real pages are messy (numbers as strings,
//! missing fields, HTML in `description`), so every field is optional but the title.

use super::problem::{List, ProblemKind};
use super::raw::{Pending, RawFeed, RawRef};
use super::reader::{Ctx, Rec, MAX_LONG, MAX_SHORT};
use super::Problem;
use crate::engine::model::*;
use crate::engine::text::html_to_text;
use serde_json::{Map, Value};

/// Returns `None` when the document holds no JobPosting at all.
pub fn parse(value: &Value, feed: usize, problems: &mut Vec<Problem>) -> Option<RawFeed> {
    let mut found = Vec::new();
    collect(value, "$".to_string(), &mut found, 0);
    if found.is_empty() {
        return None;
    }
    let mut jobs = Vec::with_capacity(found.len());
    let mut seen = std::collections::HashSet::new();
    for (i, (obj, path)) in found.into_iter().enumerate() {
        let ctx = Ctx { feed, list: List::Jobs, record: i, path };
        let Some(mut rec) = Rec::open(obj, ctx, problems) else { continue };
        let mut job = posting(&mut rec, feed, i);
        if rec.skip {
            continue;
        }
        if !seen.insert(job.record.id.clone()) {
            // Portals repeat postings across list pages; keep the first, say so.
            let path = rec.path_of("identifier");
            rec.report(path, ProblemKind::DuplicateId, true);
            continue;
        }
        job.index = i;
        jobs.push(job);
    }
    Some(RawFeed { jobs: Some(jobs), ..RawFeed::default() })
}

fn types(o: &Map<String, Value>) -> impl Iterator<Item = &str> {
    let t = o.get("@type");
    let list: &[Value] = match t {
        Some(Value::Array(a)) => a,
        Some(v) => std::slice::from_ref(v),
        None => &[],
    };
    list.iter().filter_map(Value::as_str)
}

/// Finds JobPosting objects in any of the published shapes, with their JSON paths.
fn collect<'a>(v: &'a Value, path: String, out: &mut Vec<(&'a Value, String)>, depth: usize) {
    if depth > 8 {
        return;
    }
    match v {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                collect(item, format!("{path}[{i}]"), out, depth + 1);
            }
        }
        Value::Object(o) => {
            if types(o).any(|t| t == "JobPosting") {
                out.push((v, path));
                return;
            }
            if let Some(g) = o.get("@graph") {
                collect(g, format!("{path}.@graph"), out, depth + 1);
            }
            if let Some(items) = o.get("itemListElement") {
                collect(items, format!("{path}.itemListElement"), out, depth + 1);
            }
            if types(o).any(|t| t == "ListItem") {
                if let Some(item) = o.get("item") {
                    collect(item, format!("{path}.item"), out, depth + 1);
                }
            }
        }
        _ => {}
    }
}

/// Text of a value that may be a string, a number, or an object with `name`/`value`.
fn loose_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        Value::Object(o) => ["name", "value", "credentialCategory", "codeValue", "@id"]
            .iter()
            .find_map(|k| o.get(*k).and_then(loose_text)),
        _ => None,
    }
}

fn loose_number(v: Option<&Value>) -> Option<f64> {
    match v? {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().replace([',', '，'], "").parse().ok(),
        _ => None,
    }
    .filter(|n: &f64| n.is_finite())
}

fn first(v: Option<&Value>) -> Option<&Value> {
    match v? {
        Value::Array(a) => a.first(),
        v => Some(v),
    }
}

fn posting(rec: &mut Rec, feed: usize, index: usize) -> Pending<Job> {
    let title = rec.required_text("title", MAX_SHORT);
    let url = rec.raw("url").and_then(loose_text);
    // A PropertyValue identifier names the employer in `name` and the id in `value`.
    let id = rec
        .raw("identifier")
        .and_then(|v| v.get("value").and_then(loose_text).or_else(|| loose_text(v)))
        .or_else(|| url.clone())
        .unwrap_or_else(|| format!("jsonld-{feed}-{index}"));
    let description = rec.raw("description").and_then(Value::as_str).map(html_to_text).unwrap_or_default();
    let description = rec.truncated("description", description, MAX_LONG);
    let employer = rec.raw("hiringOrganization").and_then(loose_text).unwrap_or_default();

    let place = first(rec.raw("jobLocation"));
    let address = place.and_then(|p| p.get("address"));
    let field = |k: &str| address.and_then(|a| a.get(k)).and_then(loose_text).unwrap_or_default();
    let (locality, region) = (field("addressLocality"), field("addressRegion"));
    let geo = place.and_then(|p| p.get("geo")).and_then(|g| {
        let lat = loose_number(g.get("latitude"))?;
        let lon = loose_number(g.get("longitude"))?;
        ((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon)).then_some(Geo { lat, lon })
    });

    let employment: Vec<String> = rec.list("employmentType").iter().filter_map(loose_text).collect();
    let is = |t: &str| employment.iter().any(|e| e.eq_ignore_ascii_case(t));

    let wage = salary(rec);
    let settlement = if is("PER_DIEM") || wage.is_some_and(|w| w.unit == WageUnit::Day) {
        Some(Settlement::Daily)
    } else if wage.is_some_and(|w| w.unit == WageUnit::Month) {
        Some(Settlement::Monthly)
    } else {
        None
    };
    let date = |rec: &mut Rec, key: &str| {
        let s = rec.raw(key).and_then(loose_text)?;
        let d = Date::parse(&s);
        if d.is_none() {
            rec.report(rec.path_of(key), ProblemKind::BadDate { value: s }, false);
        }
        d
    };
    let posted = date(rec, "datePosted");
    let valid_through = date(rec, "validThrough");
    let apply = url.as_deref().and_then(|u| {
        let link = ApplyLink::parse(u);
        if link.is_none() {
            rec.report(rec.path_of("url"), ProblemKind::UnsafeLink, false);
        }
        link
    });
    let category = first(rec.raw("occupationalCategory")).and_then(loose_text).unwrap_or_default();

    // Skills and qualifications are free text: each item, split at list separators, becomes
    // a reference the catalogue resolves by name, alias or pinyin (or keeps as text).
    let mut skills = Vec::new();
    for key in ["skills", "qualifications", "educationRequirements", "experienceRequirements"] {
        for (i, v) in rec.list(key).iter().enumerate() {
            let Some(text) = loose_text(v) else { continue };
            for part in text.split([',', '，', '、', ';', '；', '/', '\n']) {
                let part = part.trim();
                if part.is_empty() || part.chars().count() > 40 {
                    continue;
                }
                let path = format!("{}.{}[{}]", rec.ctx().path, key, i);
                skills.push(RawRef { text: part.to_string(), level: level_in_text(part), path, free: true });
            }
        }
    }

    let record = Job {
        id: super::reader::cut(&id, MAX_SHORT).0.into(),
        title: title.into(),
        employer: employer.into(),
        category: category.into(),
        city: if locality.is_empty() { region } else { locality }.into(),
        county: Shared::default(),
        geo,
        wage,
        settlement,
        flexible_hours: is("PART_TIME"),
        headcount: loose_number(rec.raw("totalJobOpenings")).filter(|n| *n >= 0.0).map(|n| n.min(1e6) as u32),
        posted,
        valid_through,
        apply,
        description: description.into(),
        ..Job::default()
    };
    Pending { record, index, skills, brands: Vec::new() }
}

/// `baseSalary`: a MonetaryAmount whose `value` is a number or a QuantitativeValue.
fn salary(rec: &mut Rec) -> Option<Wage> {
    let base = first(rec.raw("baseSalary"))?;
    let value = base.get("value").unwrap_or(base);
    let unit_text = value
        .get("unitText")
        .or_else(|| base.get("unitText"))
        .and_then(Value::as_str)
        .unwrap_or("MONTH")
        .to_ascii_uppercase();
    let (min, max) = match value {
        Value::Object(q) => {
            let v = loose_number(q.get("value"));
            (loose_number(q.get("minValue")).or(v), loose_number(q.get("maxValue")).or(v))
        }
        other => {
            let v = loose_number(Some(other));
            (v, v)
        }
    };
    let (min, max) = match (min, max) {
        (Some(a), Some(b)) => (a, b),
        (Some(a), None) | (None, Some(a)) => (a, a),
        (None, None) => return None,
    };
    let path = rec.path_of("baseSalary");
    if min < 0.0 || max < 0.0 {
        rec.report(path.clone(), ProblemKind::OutOfRange, false);
        return None;
    }
    let (min, max) = if min > max {
        rec.report(path.clone(), ProblemKind::WageSwapped, false);
        (max, min)
    } else {
        (min, max)
    };
    // WEEK and YEAR are folded into months so they compare with everything else.
    let (unit, factor) = match unit_text.as_str() {
        "HOUR" => (WageUnit::Hour, 1.0),
        "DAY" => (WageUnit::Day, 1.0),
        "WEEK" => (WageUnit::Month, 52.0 / 12.0),
        "YEAR" => (WageUnit::Month, 1.0 / 12.0),
        "MONTH" => (WageUnit::Month, 1.0),
        other => {
            rec.report(path, ProblemKind::UnknownValue { value: other.to_string() }, false);
            return None;
        }
    };
    Some(Wage { min: min * factor, max: max * factor, unit, monthly_estimate: None })
}

/// A level named in free text ("电工证（中级）", "四级焊工", "高级技师"); most specific first.
pub fn level_in_text(text: &str) -> Option<Level> {
    const NAMES: [(&str, i64); 13] = [
        ("高级技师", 5),
        ("一级", 5),
        ("二级", 4),
        ("技师", 4),
        ("高级工", 3),
        ("三级", 3),
        ("中级工", 2),
        ("四级", 2),
        ("初级工", 1),
        ("五级", 1),
        ("高级", 3),
        ("中级", 2),
        ("初级", 1),
    ];
    NAMES.iter().find(|(name, _)| text.contains(name)).and_then(|(_, l)| Level::new(*l))
}
