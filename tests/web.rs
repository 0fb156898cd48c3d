//! Component tests in headless Chromium: the widget mounted into a plain div, driven
//! through the DOM like a user would.
#![cfg(target_arch = "wasm32")]

use skillmatch::i18n::Lang;
use skillmatch::ui::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement, InputEvent, InputEventInit};

wasm_bindgen_test_configure!(run_in_browser);

async fn mount(props: AppProps) -> Element {
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
    let root = mount(AppProps { lang: Lang::Zh, query: String::new() }).await;
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
    let root = mount(AppProps { lang: Lang::En, query: "zg".into() }).await;
    let status = root.query_selector("[role=status]").unwrap().unwrap().text_content().unwrap();
    assert!(status.contains("job"), "English status: {status}");
    let input: HtmlInputElement = root.query_selector("input[type=search]").unwrap().unwrap().dyn_into().unwrap();
    assert_eq!(input.value(), "zg");
}
