//! The DOM events the widget dispatches for its host page: `skillmatch:ready` once the data
//! is loaded, and `skillmatch:apply` (cancelable) before following a job's apply link; and
//! for SkillMatch's own loaders, `skillmatch:needs-full-build`. All bubble and are composed,
//! so they cross the shadow boundary.

use crate::engine::feed::FeedError;
use crate::ui::app::Host;
use crate::ui::loader::FeedName;
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

/// Where events go: the embedding element, or the standalone page's root.
pub fn target(host: &Option<Host>) -> Option<Element> {
    match host {
        Some(Host(el)) => Some(el.clone()),
        None => gloo::utils::document().get_element_by_id("skillmatch-root"),
    }
}

/// Dispatches `name` with `detail`; false when a listener called `preventDefault()`.
fn dispatch(target: &Element, name: &str, detail: &JsValue, cancelable: bool) -> bool {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_cancelable(cancelable);
    init.set_detail(detail);
    match CustomEvent::new_with_event_init_dict(name, &init) {
        Ok(event) => target.dispatch_event(&event).unwrap_or(true),
        Err(_) => true,
    }
}

pub fn ready(host: &Option<Host>) {
    if let Some(t) = target(host) {
        dispatch(&t, "skillmatch:ready", &JsValue::NULL, false);
    }
}

/// A load that found JobPosting data the default build does not read (the feeds in
/// `failures` that failed with [`FeedError::JobPostingNotSupported`]): asks the page's loader
/// (boot.js, embed.js) to run the widget on the full build instead, with those feeds' URLs in
/// the event's detail (a loader remembers them, and takes the full build first next time).
/// True when a loader took it over (cancelled the event); otherwise the failures are shown.
#[cfg(not(feature = "jobposting"))]
pub fn needs_full_build(host: &Option<Host>, failures: &[(FeedName, FeedError)]) -> bool {
    let mut refused = failures.iter().filter(|(_, e)| *e == FeedError::JobPostingNotSupported).peekable();
    if refused.peek().is_none() {
        return false;
    }
    let urls = js_sys::Array::new();
    for (name, _) in refused {
        if let FeedName::Url(url) = name {
            urls.push(&JsValue::from_str(url));
        }
    }
    target(host).is_some_and(|t| !dispatch(&t, "skillmatch:needs-full-build", &urls, true))
}

/// The full build reads postings itself, so it never asks (and has none of the above).
#[cfg(feature = "jobposting")]
pub fn needs_full_build(_host: &Option<Host>, _failures: &[(FeedName, FeedError)]) -> bool {
    false
}

/// Announces an application (`url` null when the posting gives no link). Unless the host
/// page takes it over, follows the link; returns whether the widget is to handle it (so a
/// posting without a link can show how to apply instead).
pub fn apply(host: &Option<Host>, job_id: &str, url: Option<&str>) -> bool {
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &"jobId".into(), &job_id.into());
    let _ = js_sys::Reflect::set(&detail, &"url".into(), &url.map_or(JsValue::NULL, JsValue::from_str));
    let proceed = target(host).is_none_or(|t| dispatch(&t, "skillmatch:apply", &detail, true));
    if !proceed {
        return false;
    }
    let Some(url) = url else { return true };
    let window = gloo::utils::window();
    // Phone links open the dialler in place; web links open beside the widget.
    let opened = !url.starts_with("tel:")
        && window
            .open_with_url_and_target_and_features(url, "_blank", "noopener,noreferrer")
            .is_ok_and(|w| w.is_some());
    if !opened {
        let _ = window.location().set_href(url);
    }
    true
}
