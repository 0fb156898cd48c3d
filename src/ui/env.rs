//! What the widget reads from its surroundings: URL parameters, the browser's language,
//! today's date, and the last-resort error box.

use crate::engine::model::Date;
use crate::i18n::Lang;

/// A parameter of the page's query string.
pub fn url_param(name: &str) -> Option<String> {
    let search = gloo::utils::window().location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get(name)
}

/// `lang=` wins, then the browser's first language, else zh-CN.
pub fn initial_lang() -> Lang {
    url_param("lang")
        .and_then(|l| Lang::from_tag(&l))
        .or_else(|| gloo::utils::window().navigator().language().and_then(|l| Lang::from_tag(&l)))
        .unwrap_or_default()
}

/// The standalone app's address, where shared and QR links lead: `app_url` when the
/// embedding page gave one (embed.js passes its own folder), else this page.
pub fn app_page(app_url: Option<&str>) -> String {
    app_url.map(str::to_string).unwrap_or_else(|| {
        let l = gloo::utils::window().location();
        format!("{}{}", l.origin().unwrap_or_default(), l.pathname().unwrap_or_default())
    })
}

/// Today as a day number in the user's time zone.
pub fn today() -> i64 {
    let now = js_sys::Date::new_0();
    let date = Date { year: now.get_full_year() as i32, month: now.get_month() as u8 + 1, day: now.get_date() as u8 };
    date.day_number()
}

thread_local! {
    /// Every mounted widget's root (the standalone page's, and each embed's container).
    static ROOTS: std::cell::RefCell<Vec<web_sys::Element>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Registers a root for the panic box.
pub fn watch_root(root: &web_sys::Element) {
    ROOTS.with(|r| r.borrow_mut().push(root.clone()));
}

pub fn unwatch_root(root: &web_sys::Element) {
    ROOTS.with(|r| r.borrow_mut().retain(|x| x != root));
}

/// If a widget panics, replace every mounted widget with a message and a reload link
/// instead of leaving it blank or frozen (one wasm instance serves them all, and after a
/// panic none of them can run). Written with plain DOM calls: Yew is not usable then.
pub fn install_panic_box() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            web_sys::console::error_1(&format!("SkillMatch: {info}").into());
            let lang = initial_lang();
            let t = lang.texts();
            let document = gloo::utils::document();
            for root in ROOTS.with(|r| r.borrow().clone()) {
                let Ok(box_) = document.create_element("div") else { return };
                box_.set_class_name("sm-fatal");
                let _ = box_.set_attribute("role", "alert");
                let _ = box_.set_attribute("lang", lang.tag());
                let Ok(p) = document.create_element("p") else { return };
                p.set_text_content(Some(t.fatal_error()));
                let Ok(a) = document.create_element("a") else { return };
                let _ = a.set_attribute("href", "");
                a.set_text_content(Some(t.reload()));
                let _ = box_.append_child(&p);
                let _ = box_.append_child(&a);
                root.set_inner_html("");
                let _ = root.append_child(&box_);
            }
        }))
    });
}
