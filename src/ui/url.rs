//! The page URL as state: what is shown (`view`, `job`), the query (`q`), the language,
//! the feeds (`data`, repeatable) and a shared profile (`#profile=`). Reading is total;
//! writing keeps the user's other parameters.

use crate::i18n::Lang;
use wasm_bindgen::JsValue;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Screen {
    #[default]
    Jobs,
    Courses,
    Rights,
}

impl Screen {
    fn parse(s: &str) -> Screen {
        match s {
            "courses" => Screen::Courses,
            "rights" => Screen::Rights,
            _ => Screen::Jobs,
        }
    }
    fn param(self) -> Option<&'static str> {
        match self {
            Screen::Jobs => None,
            Screen::Courses => Some("courses"),
            Screen::Rights => Some("rights"),
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
        profile,
    }
}

/// Writes `q`, `view` and `job` into the URL, as a new history entry (`push`) or in place.
pub fn write(query: &str, screen: Screen, job: Option<&str>, push: bool) {
    let Some(p) = params() else { return };
    let set = |key: &str, value: Option<&str>| match value.filter(|v| !v.is_empty()) {
        Some(v) => p.set(key, v),
        None => p.delete(key),
    };
    set("q", Some(query));
    set("view", screen.param());
    set("job", job);
    let location = gloo::utils::window().location();
    let search = String::from(p.to_string());
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = if search.is_empty() { format!("{path}{hash}") } else { format!("{path}?{search}{hash}") };
    if let Ok(history) = gloo::utils::window().history() {
        let _ = if push {
            history.push_state_with_url(&JsValue::NULL, "", Some(&url))
        } else {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
        };
    }
}
