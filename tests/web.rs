//! Component tests in headless Chromium: the widget mounted into a plain div, driven through
//! the DOM like a user would, and read through the documented hooks (README, "DOM hooks"):
//! roles, `data-testid`, `data-action`, `data-job-id`. Each step awaits what it expects to
//! see — the render, not a fixed delay.
#![cfg(target_arch = "wasm32")]

use skillmatch::engine::dataset::Dataset;
use skillmatch::engine::feed::LoadOptions;
use skillmatch::i18n::Lang;
use skillmatch::ui::app::Preloaded;
use skillmatch::ui::storage::{PROFILE_KEY, SETTINGS_KEY};
use skillmatch::ui::url::Screen;
use skillmatch::ui::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, InputEvent, InputEventInit};

wasm_bindgen_test_configure!(run_in_browser);

/// The default feed, loaded once per test binary and handed to every mounted widget.
fn default_data() -> Preloaded {
    thread_local! {
        static DATA: std::rc::Rc<Dataset> = std::rc::Rc::new(Dataset::load_over(
            include_bytes!("../data/default-feed.json"),
            &[],
            LoadOptions::default(),
        ));
    }
    Preloaded(DATA.with(|d| d.clone()))
}

/// Waits (yielding to the browser between looks) until `ready` holds; fails naming `what`
/// after two seconds.
async fn until(what: &str, mut ready: impl FnMut() -> bool) {
    let start = js_sys::Date::now();
    while !ready() {
        assert!(js_sys::Date::now() - start < 2000.0, "timed out waiting for {what}");
        yew::platform::time::sleep(std::time::Duration::ZERO).await;
    }
}

fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

async fn mount(props: AppProps) -> Element {
    let props = AppProps { preloaded: props.preloaded.or_else(|| Some(default_data())), ..props };
    let document = gloo::utils::document();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    yew::Renderer::<App>::with_root_and_props(div.clone(), props).render();
    until("the widget", || find(&div, "[data-testid=skillmatch]").is_some()).await;
    div
}

/// The number in the result count (`role=status`).
fn count(root: &Element) -> usize {
    let text = find(root, "[role=status]").expect("a status element").text_content().unwrap();
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    digits.parse().expect("a number in the status text")
}

fn items(root: &Element) -> Vec<Element> {
    let list = root.query_selector_all("[data-testid=job-results] [data-job-id]").unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().dyn_into().unwrap()).collect()
}

fn input(el: &Element, text: &str) {
    let input: HtmlInputElement = el.clone().dyn_into().unwrap();
    input.set_value(text);
    let init = InputEventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&InputEvent::new_with_event_init_dict("input", &init).unwrap()).unwrap();
}

fn type_into(root: &Element, text: &str) {
    input(&find(root, "input[type=search]").unwrap(), text);
}

fn click(el: &Element) {
    el.clone().dyn_into::<HtmlElement>().unwrap().click();
}

fn select(root: &Element, selector: &str, value: &str) {
    let el: web_sys::HtmlSelectElement = find(root, selector).expect(selector).dyn_into().unwrap();
    el.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
}

fn text_of(root: &Element, selector: &str) -> String {
    find(root, selector).unwrap_or_else(|| panic!("{selector} present")).text_content().unwrap()
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

#[wasm_bindgen_test]
async fn renders_the_default_jobs_in_chinese() {
    let root = mount(AppProps { lang: Lang::Zh, ..AppProps::default() }).await;
    let shown = items(&root);
    assert!(shown.len() >= 20, "at least 20 jobs rendered, got {}", shown.len());
    assert!(count(&root) >= shown.len());
    assert_eq!(find(&root, "[data-testid=skillmatch]").unwrap().get_attribute("lang").as_deref(), Some("zh-CN"));
    for item in &shown {
        let m: u8 = item.get_attribute("data-match").unwrap().parse().unwrap();
        assert!(m <= 100);
    }
    let search = find(&root, "input[type=search]").unwrap();
    let label = search.closest("label").unwrap().unwrap().text_content().unwrap();
    assert!(label.contains("搜索"), "the search box is labelled: {label}");
}

#[wasm_bindgen_test]
async fn a_keystroke_filters_the_list() {
    let root = mount(AppProps::default()).await;
    let before = count(&root);
    type_into(&root, "电工");
    until("电工 to narrow the list", || count(&root) < before).await;
    assert!(count(&root) > 0);
    type_into(&root, "");
    until("the list to come back", || count(&root) == before).await;
}

#[wasm_bindgen_test]
async fn english_interface_and_initial_query() {
    let root = mount(AppProps { lang: Lang::En, query: "zg".into(), ..AppProps::default() }).await;
    assert!(text_of(&root, "[role=status]").contains("job"), "English status");
    let input: HtmlInputElement = find(&root, "input[type=search]").unwrap().dyn_into().unwrap();
    assert_eq!(input.value(), "zg");
}

#[wasm_bindgen_test]
async fn clicking_a_job_opens_its_detail_and_back_returns() {
    let root = mount(AppProps {
        profile: Some(r#"{"skills":[{"name":"电工","level":2}],"brands":["b-zg"],"city":"自贡市"}"#.into()),
        ..AppProps::default()
    })
    .await;
    let first = items(&root)[0].clone();
    let id = first.get_attribute("data-job-id").unwrap();
    click(&first);
    until("the detail", || find(&root, "[data-testid=job-detail]").is_some()).await;
    let detail = find(&root, "[data-testid=job-detail]").unwrap();
    assert_eq!(detail.get_attribute("data-job-id").unwrap(), id);
    let apply = find(&detail, "[data-action=apply]").expect("an apply control");
    let href = apply.get_attribute("href").unwrap_or_default();
    assert!(href.starts_with("https://") || href.starts_with("tel:"), "{href}");
    let why = text_of(&detail, "[data-testid=why]");
    assert!(why.contains("电工") && why.contains("四级/中级工"), "explanation names the held level: {why}");
    assert!(why.contains("自贡彩灯工匠"), "brand bonus: {why}");
    click(&find(&detail, "[data-action=close]").unwrap());
    until("the list again", || find(&root, "[data-testid=job-detail]").is_none() && !items(&root).is_empty()).await;
}

#[wasm_bindgen_test]
async fn the_courses_screen_lists_suggestions_in_rank_order() {
    let root = mount(AppProps { screen: Screen::Courses, ..AppProps::default() }).await;
    let list = root.query_selector_all("[data-testid=course-suggestions] [data-course-id]").unwrap();
    assert!(list.length() >= 5, "suggestions for an empty profile: {}", list.length());
    let first = list.item(0).unwrap().text_content().unwrap();
    assert!(first.contains("元") || first.contains("免费"), "cost shown: {first}");
}

#[wasm_bindgen_test]
async fn a_corrupt_saved_profile_is_reported_and_can_be_reset() {
    storage().set_item(PROFILE_KEY, "{not json").unwrap();
    let root = mount(AppProps::default()).await;
    let notice = find(&root, "[data-testid=profile-problem]").expect("reported");
    assert_eq!(storage().get_item(PROFILE_KEY).unwrap().as_deref(), Some("{not json"), "kept, not wiped");
    click(&find(&notice, "button").unwrap());
    until("the notice to go", || find(&root, "[data-testid=profile-problem]").is_none()).await;
    until("the reset to reach storage", || storage().get_item(PROFILE_KEY).unwrap().is_none()).await;
}

#[wasm_bindgen_test]
async fn the_profile_editor_adds_a_skill_by_initials_sets_its_level_and_saves() {
    storage().remove_item(PROFILE_KEY).unwrap();
    let root = mount(AppProps { screen: Screen::Profile, ..AppProps::default() }).await;
    let editor = find(&root, "[data-testid=profile-editor]").expect("the editor");
    input(&find(&editor, "[role=combobox]").unwrap(), "dg");
    let offered = "[data-testid=skill-suggestions] [data-skill-id=s-elec]";
    until("电工 offered for dg", || find(&root, offered).is_some()).await;
    click(&find(&root, offered).unwrap());
    until("the new skill row", || find(&root, "[data-skill=s-elec]").is_some()).await;
    select(&root, "[data-skill=s-elec] [data-action=level]", "2");
    until("the profile to be saved", || {
        storage()
            .get_item(PROFILE_KEY)
            .unwrap()
            .is_some_and(|s| s.contains(r#""id":"s-elec""#) && s.contains(r#""level":2"#))
    })
    .await;
    storage().remove_item(PROFILE_KEY).unwrap();
}

#[wasm_bindgen_test]
async fn a_settlement_chip_filters_the_jobs() {
    let root = mount(AppProps::default()).await;
    let before = count(&root);
    let daily = find(&root, "[data-filter='settle:daily']").expect("a 日结 chip");
    click(&daily);
    until("the daily jobs", || count(&root) < before).await;
    assert!(count(&root) > 0);
    for item in items(&root) {
        assert!(item.text_content().unwrap().contains("日结"));
    }
    assert_eq!(daily.get_attribute("aria-pressed").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn large_text_mode_is_applied_and_remembered() {
    storage().remove_item(SETTINGS_KEY).unwrap();
    let root = mount(AppProps::default()).await;
    click(&find(&root, "[data-action=large-text]").unwrap());
    until("large text", || find(&root, "[data-large-text]").is_some()).await;
    let again = mount(AppProps::default()).await;
    assert!(find(&again, "[data-large-text]").is_some(), "persisted");
    storage().remove_item(SETTINGS_KEY).unwrap();
}
