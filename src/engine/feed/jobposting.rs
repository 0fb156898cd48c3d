//! schema.org JobPosting, as portals publish it for search engines: one object, an array, an
//! `ItemList` of `ListItem.item`, a `@graph`, or a page's `mainEntity`. Real pages are messy
//! (numbers as strings, keys in odd case, HTML in `description`, salaries as sentences,
//! locations as arrays or absent for remote work), so every field is optional but the title
//! (`title`, or `name`, which JobPosting inherits from Thing).

use super::problem::{List, ProblemKind, Problems};
use super::raw::{Pending, RawFeed, RawRef};
use super::reader::{get, Ctx, Rec, MAX_LONG, MAX_REFS, MAX_SHORT};
use super::salary::{self, Salary};
use crate::engine::json::{Fields, Json};
use crate::engine::model::*;
use crate::engine::text::html_to_text;

/// Where the postings came from, for what they do not say themselves.
#[derive(Clone, Copy, Debug, Default)]
pub struct Origin<'a> {
    /// The address of the page that published the postings (an embedding portal's own
    /// page): the apply link of a posting without `url`.
    pub page: Option<&'a str>,
}

/// Returns `None` when the document holds no JobPosting at all.
pub fn parse(value: &Json, feed: usize, origin: Origin, problems: &mut Problems) -> Option<RawFeed> {
    let mut found = Vec::new();
    collect(value, "$".to_string(), &mut found, 0);
    if found.is_empty() {
        return None;
    }
    let mut jobs = Vec::with_capacity(found.len());
    let mut seen = crate::engine::hash::FastSet::default();
    let records = found.len();
    for (i, (obj, path)) in found.into_iter().enumerate() {
        let ctx = Ctx { feed, list: List::Jobs, record: i, path };
        let Some(mut rec) = Rec::open(obj, ctx, problems) else { continue };
        let job = posting(&mut rec, feed, i, origin);
        if rec.skip {
            continue;
        }
        if !seen.insert(job.record.id.clone()) {
            // Portals repeat postings across list pages; keep the first, say so.
            let path = rec.path_of("identifier");
            rec.report(path, ProblemKind::DuplicateId, true);
            continue;
        }
        jobs.push(job);
    }
    Some(RawFeed { jobs: Some(jobs), job_records: records, ..RawFeed::default() })
}

/// Whether the document holds a JobPosting anywhere [`parse`] looks (it reads one then).
pub fn has_postings(value: &Json) -> bool {
    let mut found = Vec::new();
    collect(value, String::new(), &mut found, 0);
    !found.is_empty()
}

/// Whether an `@type` names JobPosting: `JobPosting`, `schema:JobPosting` or the full IRI.
pub(super) fn is_type(t: &str, name: &str) -> bool {
    let last = t.rsplit(['/', ':', '#']).next().unwrap_or(t);
    last.eq_ignore_ascii_case(name)
}

fn has_type(o: &Fields, name: &str) -> bool {
    let list: &[Json] = match get(o, "@type") {
        Some(Json::Array(a)) => a,
        Some(v) => std::slice::from_ref(v),
        None => &[],
    };
    list.iter().filter_map(Json::as_str).any(|t| is_type(t, name))
}

/// Finds JobPosting objects in any of the published shapes, with their JSON paths.
fn collect<'a>(v: &'a Json<'a>, path: String, out: &mut Vec<(&'a Json<'a>, String)>, depth: usize) {
    if depth > 8 {
        return;
    }
    match v {
        Json::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                collect(item, format!("{path}[{i}]"), out, depth + 1);
            }
        }
        Json::Object(o) => {
            if has_type(o, "JobPosting") {
                out.push((v, path));
                return;
            }
            // The containers pages put postings in: a graph, a list (of list items), and a
            // web page's main entity.
            for key in ["@graph", "itemListElement", "item", "mainEntity"] {
                if let Some((k, inner)) = o.find_ignoring_case(key) {
                    collect(inner, format!("{path}.{k}"), out, depth + 1);
                }
            }
        }
        _ => {}
    }
}

/// Text of a value that may be a string, a number, or an object with `name`/`value`.
pub(super) fn loose_text(v: &Json) -> Option<String> {
    match v {
        Json::Str(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Json::Number(n) => Some(n.to_string()),
        Json::Object(o) => ["name", "value", "credentialCategory", "codeValue", "@id"]
            .iter()
            .find_map(|k| get(o, k).and_then(loose_text)),
        Json::Array(a) => a.iter().find_map(loose_text),
        _ => None,
    }
}

/// Every text of a value that may be a list (of strings or named things).
fn texts(v: Option<&Json>) -> Vec<String> {
    match v {
        Some(Json::Array(a)) => a.iter().filter_map(loose_text).collect(),
        Some(v) => loose_text(v).into_iter().collect(),
        None => Vec::new(),
    }
}

fn first<'a>(v: Option<&'a Json<'a>>) -> Option<&'a Json<'a>> {
    match v? {
        Json::Array(a) => a.iter().find(|x| !x.is_null()),
        v => Some(v),
    }
}

/// A field of a nested object, by case-insensitive key.
fn field<'a>(v: Option<&'a Json<'a>>, key: &str) -> Option<&'a Json<'a>> {
    v?.as_object().and_then(|o| get(o, key))
}

/// Plain text of a name that may carry entities or tags ("R&amp;D Engineer").
pub(super) fn clean(s: String) -> String {
    if s.contains(['&', '<']) {
        html_to_text(&s)
    } else {
        s
    }
}

/// Countries whose postings, when they give no currency, are in renminbi.
pub(super) fn is_china(country: &str) -> bool {
    ["CN", "CHN", "China", "中国", "中华人民共和国", "People's Republic of China"]
        .iter()
        .any(|c| country.trim().eq_ignore_ascii_case(c))
}

fn posting(rec: &mut Rec, feed: usize, index: usize, origin: Origin) -> Pending<Job> {
    // `title`, else `name` (what schema.org's own examples use); a title that is not text
    // makes a broken record, never a job called "12345".
    let title_key = match (rec.raw("title"), rec.raw("name")) {
        (Some(Json::Str(t)), Some(_)) if t.trim().is_empty() => "name",
        (None, Some(_)) => "name",
        _ => "title",
    };
    let title = clean(rec.required_text(title_key, MAX_SHORT));
    let url = rec.raw("url").and_then(loose_text);
    // A PropertyValue identifier names the employer in `name` and the id in `value`.
    let id = rec
        .raw("identifier")
        .and_then(|v| field(Some(v), "value").and_then(loose_text).or_else(|| loose_text(v)))
        .or_else(|| url.clone())
        .unwrap_or_else(|| format!("jsonld-{feed}-{index}"));
    let description = texts(rec.raw("description")).join("\n");
    let description = rec.truncated("description", html_to_text(&description), MAX_LONG);
    let employer = rec.raw("hiringOrganization").and_then(loose_text).map(clean).unwrap_or_default();

    // The first location with an address (postings list several offices, or none at all
    // for remote work).
    let locations: &[Json] = match rec.raw("jobLocation") {
        Some(Json::Array(a)) => a,
        Some(v) => std::slice::from_ref(v),
        None => &[],
    };
    let place = locations.iter().find(|p| field(Some(p), "address").is_some()).or(locations.first());
    let address = field(place, "address");
    let part = |k: &str| match address {
        Some(Json::Str(s)) if k == "addressLocality" => Some(s.trim().to_string()),
        a => field(a, k).and_then(loose_text),
    };
    let (locality, region) = (part("addressLocality").unwrap_or_default(), part("addressRegion").unwrap_or_default());
    let in_china = part("addressCountry").is_some_and(|c| is_china(&c));
    let geo = field(place, "geo").and_then(|g| {
        let lat = loose_number(field(Some(g), "latitude"))?;
        let lon = loose_number(field(Some(g), "longitude"))?;
        ((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon)).then_some(Geo { lat, lon })
    });
    let remote = texts(rec.raw("jobLocationType")).iter().any(|t| t.eq_ignore_ascii_case("TELECOMMUTE"));
    let remote_area = if remote { texts(rec.raw("applicantLocationRequirements")).join(", ") } else { String::new() };

    // employmentType: one value, a list, or free text ("Full-time, Part-time", 兼职).
    let employment: Vec<String> = texts(rec.raw("employmentType"))
        .iter()
        .flat_map(|t| t.split([',', '，', '/', ';']).map(str::to_string).collect::<Vec<_>>())
        .map(|t| crate::engine::text::word_key(&t).to_ascii_uppercase())
        .collect();
    let is = |names: &[&str]| employment.iter().any(|e| names.contains(&e.as_str()));

    let salary = salary::read(rec, in_china);
    let wage = match &salary {
        Salary::Amount(w) => Some(*w),
        _ => None,
    };
    let settlement = if is(&["PERDIEM", "日结"]) {
        Some(Settlement::Daily)
    } else {
        match wage.and_then(|w| w.unit) {
            Some(WageUnit::Day) => Some(Settlement::Daily),
            Some(WageUnit::Week) => Some(Settlement::Weekly),
            Some(WageUnit::Month) => Some(Settlement::Monthly),
            Some(WageUnit::Piece) => Some(Settlement::Piece),
            _ => None,
        }
    };
    let posted = date(rec, "datePosted");
    let valid_through = date(rec, "validThrough");
    let apply = apply_link(rec, url.as_deref(), origin);
    let category = first(rec.raw("occupationalCategory")).and_then(loose_text).unwrap_or_default();

    // Skills and qualifications are free text: each item, split at list separators, becomes
    // a reference the catalogue resolves by name, alias or pinyin (or keeps as text).
    let mut skills = Vec::new();
    'keys: for key in ["skills", "qualifications"] {
        for (i, v) in rec.list(key).iter().enumerate() {
            let Some(text) = loose_text(v) else { continue };
            for part in text.split([',', '，', '、', ';', '；', '/', '\n']) {
                let part = part.trim();
                if part.is_empty() || part.chars().count() > 40 {
                    continue;
                }
                if skills.len() == MAX_REFS {
                    let path = rec.path_of(key);
                    rec.report(path, ProblemKind::TooMany { max: MAX_REFS }, false);
                    break 'keys;
                }
                let path = format!("{}.{}[{}]", rec.ctx().path, key, i);
                skills.push(RawRef { text: part.to_string(), level: level_in_text(part), path, free: true });
            }
        }
    }

    let record = Job {
        id: super::reader::cut(&id, MAX_SHORT).0.into(),
        title: title.into(),
        employer: super::reader::cut(&employer, MAX_SHORT).0.into(),
        category: super::reader::cut(&category, MAX_SHORT).0.into(),
        city: super::reader::cut(if locality.is_empty() { &region } else { &locality }, MAX_SHORT).0.into(),
        county: SharedText::default(),
        geo,
        remote,
        remote_area: super::reader::cut(&remote_area, MAX_SHORT).0.into(),
        wage,
        wage_text: match salary {
            Salary::Text(t) => super::reader::cut(&t, MAX_SHORT).0.into(),
            _ => SharedText::default(),
        },
        settlement,
        flexible_hours: is(&["PARTTIME", "兼职"]),
        headcount: loose_number(rec.raw("totalJobOpenings")).filter(|n| *n >= 0.0).map(|n| n.min(1e6) as u32),
        posted,
        valid_through,
        apply,
        description: description.into(),
        ..Job::default()
    };
    Pending { record, index, skills, brands: Vec::new() }
}

/// A date field; unreadable dates and placeholders (`1970-01-01`) are reported and ignored.
fn date(rec: &mut Rec, key: &str) -> Option<Date> {
    let s = rec.raw(key).and_then(loose_text)?;
    let d = Date::parse(&s).filter(|d| d.year >= 2000);
    if d.is_none() {
        rec.report(rec.path_of(key), ProblemKind::BadDate { value: super::reader::cut(&s, 40).0 }, false);
    }
    d
}

/// Where "apply" leads: the posting's `url`, else its application contact's address or
/// telephone, else (for postings on a host page) the page itself.
fn apply_link(rec: &mut Rec, url: Option<&str>, origin: Origin) -> Option<ApplyLink> {
    if let Some(u) = url {
        match ApplyLink::parse(u) {
            Some(link) => return Some(link),
            None => rec.report(rec.path_of("url"), ProblemKind::UnsafeLink, false),
        }
    }
    let contact = rec.raw("applicationContact");
    let contact_link = field(contact, "url").and_then(loose_text).and_then(|u| ApplyLink::parse(&u)).or_else(|| {
        field(contact, "telephone").and_then(loose_text).and_then(|t| ApplyLink::parse(&format!("tel:{t}")))
    });
    contact_link.or_else(|| origin.page.and_then(ApplyLink::parse))
}

pub(super) fn loose_number(v: Option<&Json>) -> Option<f64> {
    match v? {
        Json::Number(n) => Some(n.as_f64()),
        Json::Str(s) => crate::engine::text::parse_decimal(&s.trim().replace([',', '，', ' '], "")),
        _ => None,
    }
    .filter(|n: &f64| n.is_finite())
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
