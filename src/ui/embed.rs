//! The embedding API exported to JavaScript. `dist/embed.js` (written by the post-build
//! hook) defines `<skill-match>` and `mount()` on top of these two exports: it makes the
//! shadow root, links the stylesheet into it, gathers the host page's JSON-LD, and hands
//! the widget a container and an options object.

use crate::i18n::Lang;
use crate::ui::app::{App, AppProps, Host};
use crate::ui::env;
use wasm_bindgen::prelude::*;
use web_sys::Element;

/// A mounted widget; `update` applies new options, `destroy` unmounts it.
#[wasm_bindgen]
pub struct Widget {
    handle: Option<yew::AppHandle<App>>,
    host: Element,
    root: Element,
}

fn get(options: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(options, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// A string option (a non-string `profile` object is serialised to JSON).
fn text(options: &JsValue, key: &str) -> Option<String> {
    let v = get(options, key);
    if let Some(s) = v.as_string() {
        return Some(s).filter(|s| !s.trim().is_empty());
    }
    if v.is_object() && !js_sys::Array::is_array(&v) {
        return js_sys::JSON::stringify(&v).ok().and_then(|s| s.as_string());
    }
    None
}

fn strings(options: &JsValue, key: &str) -> Vec<String> {
    let v = get(options, key);
    if let Some(s) = v.as_string() {
        return s.split_whitespace().map(String::from).collect();
    }
    if js_sys::Array::is_array(&v) {
        return js_sys::Array::from(&v).iter().filter_map(|x| x.as_string()).filter(|s| !s.trim().is_empty()).collect();
    }
    Vec::new()
}

/// Reads the options object the way the element's attributes are written: `data` (URLs,
/// space-separated or an array), `lang`, `kiosk`, `profile` (JSON text or object), and from
/// embed.js `defaultFeed`, `appUrl` and `pageUrl` (URLs) and `inline` (the host page's
/// JSON-LD texts).
fn props(options: &JsValue, host: &Element) -> AppProps {
    let data = strings(options, "data");
    // With no `data`, the host page's JobPosting JSON-LD is the job feed.
    let inline = if data.is_empty() { strings(options, "inline") } else { Vec::new() };
    AppProps {
        lang: text(options, "lang").and_then(|l| Lang::from_tag(&l)).unwrap_or_else(env::initial_lang),
        data,
        inline,
        page_url: text(options, "pageUrl"),
        default_feed: text(options, "defaultFeed"),
        profile: text(options, "profile"),
        kiosk: text(options, "kiosk").is_some_and(|k| k == "1" || k == "true"),
        app_url: text(options, "appUrl"),
        host: Some(Host(host.clone())),
        ..AppProps::default()
    }
}

#[wasm_bindgen]
impl Widget {
    /// Applies new options (attribute changes); the widget reloads with them.
    pub fn update(&mut self, options: JsValue) {
        let props = props(&options, &self.host);
        if let Some(h) = self.handle.as_mut() {
            h.update(props);
        }
    }

    /// Unmounts the widget; its listeners and timers go with it.
    pub fn destroy(&mut self) {
        if let Some(h) = self.handle.take() {
            h.destroy();
        }
        env::unwatch_root(&self.root);
    }
}

/// Mounts a widget into `root` (inside the host element's shadow root); events are
/// dispatched on `host`.
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(root: Element, host: Element, options: JsValue) -> Widget {
    env::install_panic_box();
    env::watch_root(&root);
    let props = props(&options, &host);
    let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    Widget { handle: Some(handle), host, root }
}
