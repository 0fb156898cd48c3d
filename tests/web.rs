//! Component tests in headless Chromium: the widget mounted into a plain div, driven
//! through the DOM like a user would.
#![cfg(target_arch = "wasm32")]

use skillmatch::engine::dataset::Dataset;
use skillmatch::engine::feed::LoadOptions;
use skillmatch::i18n::Lang;
use skillmatch::ui::app::Preloaded;
use skillmatch::ui::storage::PROFILE_KEY;
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

async fn mount(props: AppProps) -> Element {
    let props = AppProps { preloaded: props.preloaded.or_else(|| Some(default_data())), ..props };
    let document = gloo::utils::document();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    yew::Renderer::<App>::with_root_and_props(div.clone(), props).render();
    settle().await;
    div
}

async fn settle() {
    yew::platform::time::sleep(std::time::Duration::from_millis(50)).await;
}

fn count(root: &Element) -> usize {
    let text = root.query_selector("[role=status]").unwrap().expect("a status element").text_content().unwrap();
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    digits.parse().expect("a number in the status text")
}

fn items(root: &Element) -> Vec<Element> {
    let list = root.query_selector_all("[data-testid=job-results] [data-job-id]").unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().dyn_into().unwrap()).collect()
}

fn type_into(root: &Element, text: &str) {
    let input: HtmlInputElement = root.query_selector("input[type=search]").unwrap().unwrap().dyn_into().unwrap();
    input.set_value(text);
    let init = InputEventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&InputEvent::new_with_event_init_dict("input", &init).unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn renders_the_default_jobs_in_chinese() {
    let root = mount(AppProps { lang: Lang::Zh, ..AppProps::default() }).await;
    let shown = items(&root);
    assert!(shown.len() >= 20, "at least 20 jobs rendered, got {}", shown.len());
    assert!(count(&root) >= shown.len());
    let app = root.query_selector(".sm-app").unwrap().unwrap();
    assert_eq!(app.get_attribute("lang").as_deref(), Some("zh-CN"));
    for item in &shown {
        let m: u8 = item.get_attribute("data-match").unwrap().parse().unwrap();
        assert!(m <= 100);
    }
    let search = root.query_selector("input[type=search]").unwrap().unwrap();
    let label = search.closest("label").unwrap().unwrap().text_content().unwrap();
    assert!(label.contains("搜索"), "the search box is labelled: {label}");
}

#[wasm_bindgen_test]
async fn a_keystroke_filters_the_list() {
    let root = mount(AppProps::default()).await;
    let before = count(&root);
    type_into(&root, "电工");
    settle().await;
    let after = count(&root);
    assert!(after > 0 && after < before, "电工 narrows {before} jobs to {after}");
    type_into(&root, "");
    settle().await;
    assert_eq!(count(&root), before, "clearing the box restores the list");
}

#[wasm_bindgen_test]
async fn english_interface_and_initial_query() {
    let root = mount(AppProps { lang: Lang::En, query: "zg".into(), ..AppProps::default() }).await;
    let status = root.query_selector("[role=status]").unwrap().unwrap().text_content().unwrap();
    assert!(status.contains("job"), "English status: {status}");
    let input: HtmlInputElement = root.query_selector("input[type=search]").unwrap().unwrap().dyn_into().unwrap();
    assert_eq!(input.value(), "zg");
}

fn click(el: &Element) {
    el.clone().dyn_into::<HtmlElement>().unwrap().click();
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("{selector} present")).text_content().unwrap()
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
    settle().await;
    let detail = root.query_selector("[data-testid=job-detail]").unwrap().expect("detail open");
    assert_eq!(detail.get_attribute("data-job-id").unwrap(), id);
    let apply = detail.query_selector("[data-action=apply]").unwrap().expect("an apply control");
    let href = apply.get_attribute("href").unwrap_or_default();
    assert!(href.starts_with("https://") || href.starts_with("tel:"), "{href}");
    let why = text_of(&detail, ".sm-why-list");
    assert!(why.contains("电工") && why.contains("四级/中级工"), "explanation names the held level: {why}");
    assert!(why.contains("自贡彩灯工匠"), "brand bonus: {why}");
    click(&detail.query_selector(".sm-close").unwrap().unwrap());
    settle().await;
    assert!(root.query_selector("[data-testid=job-detail]").unwrap().is_none());
    assert!(!items(&root).is_empty());
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
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.set_item(PROFILE_KEY, "{not json").unwrap();
    let root = mount(AppProps::default()).await;
    let notice = root.query_selector("[data-testid=profile-problem]").unwrap().expect("reported");
    assert_eq!(storage.get_item(PROFILE_KEY).unwrap().as_deref(), Some("{not json"), "kept, not wiped");
    click(&notice.query_selector("button").unwrap().unwrap());
    settle().await;
    assert!(root.query_selector("[data-testid=profile-problem]").unwrap().is_none());
    assert_eq!(storage.get_item(PROFILE_KEY).unwrap(), None, "reset removes it");
}

fn select(root: &Element, selector: &str, value: &str) {
    let el: web_sys::HtmlSelectElement = root.query_selector(selector).unwrap().expect(selector).dyn_into().unwrap();
    el.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn the_profile_editor_adds_a_skill_by_initials_sets_its_level_and_saves() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.remove_item(PROFILE_KEY).unwrap();
    let root = mount(AppProps { screen: Screen::Profile, ..AppProps::default() }).await;
    let input: HtmlInputElement = root.query_selector("[role=combobox]").unwrap().unwrap().dyn_into().unwrap();
    input.set_value("dg");
    let init = InputEventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&InputEvent::new_with_event_init_dict("input", &init).unwrap()).unwrap();
    settle().await;
    let option = root
        .query_selector("[data-testid=skill-suggestions] [data-skill-id=s-elec]")
        .unwrap()
        .expect("电工 offered for dg");
    click(&option);
    settle().await;
    assert!(text_of(&root, ".sm-skill-rows").contains("电工"));
    select(&root, ".sm-skill-row select", "2");
    settle().await;
    let saved = storage.get_item(PROFILE_KEY).unwrap().expect("saved");
    assert!(saved.contains(r#""id":"s-elec""#) && saved.contains(r#""level":2"#), "{saved}");
    storage.remove_item(PROFILE_KEY).unwrap();
}

#[wasm_bindgen_test]
async fn a_settlement_chip_filters_the_jobs() {
    let root = mount(AppProps::default()).await;
    let before = count(&root);
    let chip = root.query_selector_all(".sm-filters .sm-toggle").unwrap();
    let daily = (0..chip.length())
        .map(|i| chip.item(i).unwrap().dyn_into::<Element>().unwrap())
        .find(|c| c.text_content().unwrap() == "日结")
        .expect("a 日结 chip");
    click(&daily);
    settle().await;
    let after = count(&root);
    assert!(after > 0 && after < before, "{before} -> {after}");
    for item in items(&root) {
        assert!(item.text_content().unwrap().contains("日结"));
    }
    assert_eq!(daily.get_attribute("aria-pressed").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn large_text_mode_is_applied_and_remembered() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.remove_item(skillmatch::ui::storage::SETTINGS_KEY).unwrap();
    let root = mount(AppProps::default()).await;
    let toggle = root.query_selector(".sm-settings .sm-toggle").unwrap().unwrap();
    click(&toggle);
    settle().await;
    assert!(root.query_selector(".sm-app.sm-large").unwrap().is_some());
    let again = mount(AppProps::default()).await;
    assert!(again.query_selector(".sm-app.sm-large").unwrap().is_some(), "persisted");
    storage.remove_item(skillmatch::ui::storage::SETTINGS_KEY).unwrap();
}
