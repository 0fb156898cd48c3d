//! The page URL as state: what is shown (`view`, `job`), the query (`q`), the language,
//! the feeds (`data`, repeatable) and a shared profile (`#profile=`). Reading is total;
//! writing keeps the user's other parameters.

use crate::engine::model::{Safeguard, Safeguards, Settlement, WageUnit};
use crate::engine::text::parse_decimal;
use crate::engine::view::{Filters, Sort};
use crate::i18n::Lang;
use wasm_bindgen::JsValue;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Screen {
    #[default]
    Jobs,
    Courses,
    Rights,
    Profile,
    /// 哪里有活: the work map and its table.
    Map,
}

impl Screen {
    fn parse(s: &str) -> Screen {
        match s {
            "courses" => Screen::Courses,
            "rights" => Screen::Rights,
            "profile" => Screen::Profile,
            "map" => Screen::Map,
            _ => Screen::Jobs,
        }
    }
    fn param(self) -> Option<&'static str> {
        match self {
            Screen::Jobs => None,
            Screen::Courses => Some("courses"),
            Screen::Rights => Some("rights"),
            Screen::Profile => Some("profile"),
            Screen::Map => Some("map"),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct UrlState {
    pub data: Vec<String>,
    pub lang: Option<Lang>,
    pub query: String,
    pub screen: Screen,
    pub job: Option<String>,
    pub filters: Filters,
    pub sort: Sort,
    pub kiosk: bool,
    /// Kiosk idle time before the reset, in seconds (`idle=`).
    pub idle: Option<u32>,
    /// The `#profile=` JSON, URL-decoded.
    pub profile: Option<String>,
}

fn params() -> Option<web_sys::UrlSearchParams> {
    let search = gloo::utils::window().location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search).ok()
}

/// Reads the current URL.
pub fn read() -> UrlState {
    let Some(p) = params() else { return UrlState::default() };
    let data = p.get_all("data").iter().filter_map(|v| v.as_string()).filter(|s| !s.trim().is_empty()).collect();
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    let profile = hash
        .strip_prefix("#profile=")
        .and_then(|enc| js_sys::decode_uri_component(enc).ok())
        .and_then(|s| s.as_string());
    UrlState {
        data,
        lang: p.get("lang").and_then(|l| Lang::from_tag(&l)),
        query: p.get("q").unwrap_or_default(),
        screen: p.get("view").map_or(Screen::Jobs, |v| Screen::parse(&v)),
        job: p.get("job").filter(|j| !j.is_empty()),
        filters: read_filters(&p),
        sort: p.get("sort").and_then(|s| Sort::parse(&s)).unwrap_or_default(),
        kiosk: flag(&p, "kiosk"),
        idle: p.get("idle").and_then(|s| s.parse().ok()).filter(|s| *s > 0),
        profile,
    }
}

fn list(p: &web_sys::UrlSearchParams, key: &str) -> Vec<String> {
    p.get(key)
        .map(|v| v.split(',').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect())
        .unwrap_or_default()
}

fn flag(p: &web_sys::UrlSearchParams, key: &str) -> bool {
    p.get(key).is_some_and(|v| v == "1" || v == "true")
}

/// Filter parameters: `city`, `county`, `category`, `wage` + `unit`, `settle` and `guard`
/// (comma lists), `housing`, `meals`, `flexible`, `fit` (1), `km`. Unknown values are ignored.
fn read_filters(p: &web_sys::UrlSearchParams) -> Filters {
    let text = |k: &str| p.get(k).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
    let unit = p.get("unit").and_then(|u| WageUnit::parse(&u)).unwrap_or(WageUnit::Month);
    let mut safeguards = Safeguards::default();
    for g in list(p, "guard").iter().filter_map(|g| Safeguard::parse(g)) {
        safeguards = safeguards.with(g);
    }
    Filters {
        city: text("city"),
        county: text("county"),
        category: text("category"),
        min_wage: text("wage").and_then(|w| parse_decimal(&w)).filter(|w| *w > 0.0).map(|w| (w, unit)),
        settlement: list(p, "settle").iter().filter_map(|s| Settlement::parse(s)).collect(),
        safeguards,
        housing: flag(p, "housing"),
        meals: flag(p, "meals"),
        flexible_hours: flag(p, "flexible"),
        fits: flag(p, "fit"),
        max_km: text("km").and_then(|k| parse_decimal(&k)).filter(|k| *k > 0.0),
    }
}

fn write_filters(p: &web_sys::UrlSearchParams, f: &Filters, sort: Sort) {
    let set = |key: &str, value: Option<String>| match value.filter(|v| !v.is_empty()) {
        Some(v) => p.set(key, &v),
        None => p.delete(key),
    };
    set("city", f.city.clone());
    set("county", f.county.clone());
    set("category", f.category.clone());
    set("wage", f.min_wage.map(|(w, _)| crate::i18n::decimal(w)));
    set("unit", f.min_wage.map(|(_, u)| u.as_str().to_string()).filter(|u| u != "month"));
    set("settle", Some(f.settlement.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(",")));
    set("guard", Some(f.safeguards.iter().map(|g| g.as_str()).collect::<Vec<_>>().join(",")));
    set("housing", f.housing.then(|| "1".into()));
    set("meals", f.meals.then(|| "1".into()));
    set("flexible", f.flexible_hours.then(|| "1".into()));
    set("fit", f.fits.then(|| "1".into()));
    set("km", f.max_km.map(crate::i18n::decimal));
    set("sort", (sort != Sort::Best).then(|| sort.as_str().to_string()));
}

/// A kiosk's clean start: only its own settings (`kiosk`, `idle`, `lang`) stay in the URL;
/// the job, query, filters and any `#profile=` of the last visitor go.
pub fn reset_kiosk() {
    let Some(p) = params() else { return };
    let keep = web_sys::UrlSearchParams::new().ok();
    let Some(keep) = keep else { return };
    for key in ["kiosk", "idle", "lang", "data"] {
        for v in p.get_all(key).iter().filter_map(|v| v.as_string()) {
            keep.append(key, &v);
        }
    }
    let path = gloo::utils::window().location().pathname().unwrap_or_default();
    let url = format!("{path}?{}", String::from(keep.to_string()));
    if let Ok(history) = gloo::utils::window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// Adds a history entry for the job `id` opened on top of the current view.
pub fn push_job(id: &str) {
    let Some(p) = params() else { return };
    p.set("job", id);
    replace_or_push(&p, true);
}

/// Adds a history entry holding the current address (the map, when a place is chosen on
/// it): the view written next replaces the new entry, so Back returns to the map.
pub fn push_copy() {
    if let Some(p) = params() {
        replace_or_push(&p, true);
    }
}

/// What the URL records of a view.
pub struct Written<'a> {
    pub query: &'a str,
    pub screen: Screen,
    pub job: Option<&'a str>,
    pub filters: &'a Filters,
    pub sort: Sort,
}

/// Writes the view into the URL in place.
pub fn write(w: &Written) {
    let Some(p) = params() else { return };
    let (query, screen, job) = (w.query, w.screen, w.job);
    write_filters(&p, w.filters, w.sort);
    let set = |key: &str, value: Option<&str>| match value.filter(|v| !v.is_empty()) {
        Some(v) => p.set(key, v),
        None => p.delete(key),
    };
    set("q", Some(query));
    set("view", screen.param());
    set("job", job);
    replace_or_push(&p, false);
}

/// Writes `p` as the page's query (keeping the path and fragment), as a new history entry or
/// in place.
fn replace_or_push(p: &web_sys::UrlSearchParams, push: bool) {
    let location = gloo::utils::window().location();
    let search = String::from(p.to_string());
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = if search.is_empty() { format!("{path}{hash}") } else { format!("{path}?{search}{hash}") };
    // `replaceState` costs milliseconds even when nothing changes (the view first written at
    // start is the address the page was opened at): only a different address is written.
    let current = location.search().unwrap_or_default();
    if !push && current.strip_prefix('?').unwrap_or(&current) == search {
        return;
    }
    if let Ok(history) = gloo::utils::window().history() {
        let _ = if push {
            history.push_state_with_url(&JsValue::NULL, "", Some(&url))
        } else {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
        };
    }
}
