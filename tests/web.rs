//! Component tests in headless Chromium: the widget mounted into a plain div, driven through
//! the DOM like a user would, and read through the documented hooks (README, "DOM hooks"):
//! roles, `data-testid`, `data-action`, `data-job-id`. Each step awaits what it expects to
//! see — the render, not a fixed delay.
#![cfg(target_arch = "wasm32")]

use skillmatch::engine::dataset::Dataset;
use skillmatch::engine::feed::LoadOptions;
use skillmatch::i18n::Lang;
use skillmatch::ui::app::Preloaded;
use skillmatch::ui::storage::{BACKUP_KEY, PROFILE_KEY, SETTINGS_KEY};
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
/// after five seconds (generous: the machine may be busy).
async fn until(what: &str, mut ready: impl FnMut() -> bool) {
    let start = js_sys::Date::now();
    while !ready() {
        assert!(js_sys::Date::now() - start < 5000.0, "timed out waiting for {what}");
        yew::platform::time::sleep(std::time::Duration::ZERO).await;
    }
}

fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

async fn mount(props: AppProps) -> Element {
    let props = AppProps {
        preloaded: props.preloaded.or_else(|| Some(default_data())),
        texts_url: props.texts_url.or_else(english_file),
        ..props
    };
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

/// The first render shows the first few cards in full and the rest of the first twenty by
/// their title (each with its id and match); the later tasks complete them, in place and in
/// the same order, and add the rest of the page.
#[wasm_bindgen_test]
async fn the_first_cards_are_completed_in_place() {
    let root = mount(AppProps::default()).await;
    let ids = |items: &[Element]| items.iter().map(|i| i.get_attribute("data-job-id").unwrap()).collect::<Vec<_>>();
    let first = ids(&items(&root));
    assert!(first.len() >= 20, "twenty cards in the first render, got {}", first.len());
    let complete = |item: &Element| {
        [".sm-card-title", ".sm-card-employer", ".sm-card-place", ".sm-card-wage"]
            .iter()
            .all(|s| find(item, s).is_some())
    };
    until("every card complete", || {
        let now = items(&root);
        now.len() == skillmatch::ui::state::PAGE && now.iter().all(complete)
    })
    .await;
    assert_eq!(ids(&items(&root))[..first.len()], first[..], "the first cards stay where they were");
    // "Show more" once the start-up's steps are over (the course suggestions are its last)
    // renders the next page whole: a page cut to the first one's length was a bug only a
    // 10,000-job journey caught.
    until("the course suggestions", || find(&root, "[data-testid=course-suggestions] [data-course-id]").is_some())
        .await;
    click(&find(&root, ".sm-results .sm-more").expect("the list's show-more button"));
    until("the second page", || {
        let now = items(&root);
        now.len() == 2 * skillmatch::ui::state::PAGE && now.iter().all(complete)
    })
    .await;
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

/// The committed English file (assets/i18n/en.txt) as a `data:` URL, where the default
/// build fetches English from (the full build has it compiled in).
fn english_file() -> Option<String> {
    let text = include_str!("../assets/i18n/en.txt");
    Some(format!("data:text/plain;charset=utf-8,{}", String::from(js_sys::encode_uri_component(text))))
}

fn lang_of(root: &Element) -> Option<String> {
    find(root, "[data-testid=skillmatch]").and_then(|w| w.get_attribute("lang"))
}

/// Every test that uses English is this one: the default build loads English once per page,
/// so its steps must come in this order (before English is loaded, then after).
#[wasm_bindgen_test]
async fn english_interface_and_initial_query() {
    // The default build: English is not here until fetched, and a file that is not the
    // catalogue leaves the page whole in Chinese, saying so with a retry.
    #[cfg(not(feature = "en-inline"))]
    {
        assert!(!Lang::En.ready(), "English is not in the default build");
        let hostile = Some("data:text/plain,0123456789abcdef%0AJobs%0A".to_string());
        let root = mount(AppProps { lang: Lang::En, texts_url: hostile, ..AppProps::default() }).await;
        assert_eq!(lang_of(&root).as_deref(), Some("zh-CN"), "Chinese, not half English");
        assert!(text_of(&root, "[data-testid=lang-failed]").contains("Could not load English"));
        assert!(text_of(&root, "[role=status]").contains("个职位"), "the page is usable in Chinese");
        assert!(!Lang::En.ready());
        // Switching in the header loads it (from the real file) and then shows it.
        let root = mount(AppProps { lang: Lang::Zh, ..AppProps::default() }).await;
        click(&find(&root, ".sm-lang").unwrap());
        until("English after the switch", || lang_of(&root).as_deref() == Some("en")).await;
        assert!(Lang::En.ready());
        assert!(text_of(&root, "[role=status]").contains("job"), "English status");
        assert_eq!(text_of(&root, ".sm-lang"), "中文");
        click(&find(&root, ".sm-lang").unwrap());
        until("Chinese again", || lang_of(&root).as_deref() == Some("zh-CN")).await;
    }
    let root = mount(AppProps { lang: Lang::En, query: "zg".into(), ..AppProps::default() }).await;
    assert_eq!(lang_of(&root).as_deref(), Some("en"), "the first render is in English");
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

/// The kiosk's hand-off of a job: a QR code of its link in the full build; in the default
/// build, which has no QR encoder (a kiosk page runs the full one, but a kiosk may still
/// reach this one), the same link as text, not a broken figure. Runs in both builds
/// (`scripts/test` runs these tests with and without the default features).
#[wasm_bindgen_test]
async fn a_kiosk_hands_off_the_job_as_a_qr_code_or_else_its_link() {
    let root = mount(AppProps { kiosk: true, ..AppProps::default() }).await;
    let first = items(&root)[0].clone();
    let id = first.get_attribute("data-job-id").unwrap();
    click(&first);
    until("the hand-off", || find(&root, ".sm-handoff").is_some()).await;
    let handoff = find(&root, ".sm-handoff").unwrap();
    let shown = handoff.text_content().unwrap();
    if cfg!(feature = "kiosk-qr") {
        let qr = find(&handoff, "[data-testid=qr]").expect("a QR code");
        assert!(find(&qr, "svg path").is_some(), "drawn as SVG");
        assert!(qr.get_attribute("data-url").unwrap().contains(&id), "the job's link");
    } else {
        assert!(find(&handoff, "[data-testid=qr]").is_none(), "no QR figure without an encoder");
        assert!(find(&handoff, "[role=note]").is_some() && shown.contains(&id), "the link as text: {shown}");
    }
}

#[wasm_bindgen_test]
async fn the_courses_screen_lists_suggestions_in_rank_order() {
    let root = mount(AppProps { screen: Screen::Courses, ..AppProps::default() }).await;
    // The suggestions follow the first render by one task.
    let selector = "[data-testid=course-suggestions] [data-course-id]";
    until("the suggestions", || find(&root, selector).is_some()).await;
    let list = root.query_selector_all(selector).unwrap();
    assert!(list.length() >= 5, "suggestions for an empty profile: {}", list.length());
    let first = list.item(0).unwrap().text_content().unwrap();
    assert!(first.contains("元") || first.contains("免费"), "cost shown: {first}");
}

#[wasm_bindgen_test]
async fn an_unreadable_saved_profile_is_reported_kept_as_a_backup_and_never_wiped() {
    storage().clear().unwrap();
    storage().set_item(PROFILE_KEY, "{not json").unwrap();
    let root = mount(AppProps::default()).await;
    let notice = find(&root, "[data-testid=profile-problem]").expect("reported");
    until("the backup", || storage().get_item(BACKUP_KEY).unwrap().as_deref() == Some("{not json")).await;
    assert_eq!(storage().get_item(PROFILE_KEY).unwrap().as_deref(), Some("{not json"), "not wiped");
    click(&find(&notice, "[data-action=clear-backup]").unwrap());
    until("the notice to go", || find(&root, "[data-testid=profile-problem]").is_none()).await;
    until("the backup to go", || storage().get_item(BACKUP_KEY).unwrap().is_none()).await;
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn a_damaged_saved_profile_keeps_what_can_be_read() {
    storage().clear().unwrap();
    let cut = r#"{"skills":[{"name":"电工","level":3}],"brands":["b-zg"],"city":"自贡市","future":{"v":2},"wa"#;
    storage().set_item(PROFILE_KEY, cut).unwrap();
    let root = mount(AppProps { screen: Screen::Profile, ..AppProps::default() }).await;
    assert!(find(&root, "[data-testid=profile-problem]").is_some());
    assert!(find(&root, "[data-skill=电工]").is_some(), "the skill read back");
    until("the backup", || storage().get_item(BACKUP_KEY).unwrap().as_deref() == Some(cut)).await;
    // The first edit saves what was read plus the edit; the original stays in the backup.
    select(&root, "[data-skill=电工] [data-action=level]", "4");
    until("the save", || storage().get_item(PROFILE_KEY).unwrap().is_some_and(|s| s.contains(r#""level":4"#))).await;
    let saved = storage().get_item(PROFILE_KEY).unwrap().unwrap();
    for kept in ["b-zg", "自贡市", r#""future":{"v":2}"#] {
        assert!(saved.contains(kept), "{kept} kept: {saved}");
    }
    assert_eq!(storage().get_item(BACKUP_KEY).unwrap().as_deref(), Some(cut));
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn a_link_profile_is_a_view_and_never_replaces_the_saved_one_unasked() {
    storage().clear().unwrap();
    let mine = r#"{"skills":[{"name":"电工","level":3},{"name":"焊工"}],"brands":["b-zg"],"city":"自贡市"}"#;
    storage().set_item(PROFILE_KEY, mine).unwrap();
    let link = r#"{"skills":[{"name":"中式烹调师"}]}"#;
    let root = mount(AppProps { screen: Screen::Profile, profile: Some(link.into()), ..AppProps::default() }).await;
    select(&root, "[data-skill=中式烹调师] [data-action=level]", "2");
    until("the question", || find(&root, "[data-testid=save-profile]").is_some()).await;
    assert_eq!(storage().get_item(PROFILE_KEY).unwrap().as_deref(), Some(mine), "not saved unasked");
    click(&find(&root, "[data-action=keep-mine]").unwrap());
    until("my own profile back", || find(&root, "[data-skill=焊工]").is_some()).await;
    assert_eq!(storage().get_item(PROFILE_KEY).unwrap().as_deref(), Some(mine));

    // Saying "save as mine" replaces it.
    let root = mount(AppProps { screen: Screen::Profile, profile: Some(link.into()), ..AppProps::default() }).await;
    select(&root, "[data-skill=中式烹调师] [data-action=level]", "2");
    until("the question", || find(&root, "[data-testid=save-profile]").is_some()).await;
    click(&find(&root, "[data-action=save-mine]").unwrap());
    until("the link's profile saved", || {
        storage().get_item(PROFILE_KEY).unwrap().is_some_and(|s| s.contains("中式烹调师"))
    })
    .await;
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn another_tabs_save_is_followed_not_overwritten() {
    storage().clear().unwrap();
    let root = mount(AppProps { screen: Screen::Profile, ..AppProps::default() }).await;
    let theirs = r#"{"skills":[{"name":"焊工","level":2}]}"#;
    storage().set_item(PROFILE_KEY, theirs).unwrap();
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(PROFILE_KEY));
    init.set_new_value(Some(theirs));
    let e = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&e).unwrap();
    until("the other tab's profile", || find(&root, "[data-skill=焊工]").is_some()).await;
    // An edit here builds on it.
    select(&root, "[data-skill=焊工] [data-action=level]", "3");
    until("the save", || storage().get_item(PROFILE_KEY).unwrap().is_some_and(|s| s.contains(r#""level":3"#))).await;
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn clearing_my_data_asks_once_and_can_be_undone() {
    storage().clear().unwrap();
    let mine = r#"{"skills":[{"name":"电工","level":3}]}"#;
    storage().set_item(PROFILE_KEY, mine).unwrap();
    let root = mount(AppProps::default()).await;
    click(&find(&root, "[data-action=clear-data]").unwrap());
    until("the question", || find(&root, "[data-testid=clear-confirm]").is_some()).await;
    assert!(storage().get_item(PROFILE_KEY).unwrap().is_some(), "nothing cleared yet");
    click(&find(&root, "[data-action=clear-confirm]").unwrap());
    until("cleared", || storage().get_item(PROFILE_KEY).unwrap().is_none()).await;
    click(&find(&root, "[data-action=clear-undo]").unwrap());
    until("restored", || storage().get_item(PROFILE_KEY).unwrap().is_some_and(|s| s.contains("电工"))).await;
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn a_failed_write_is_reported() {
    storage().clear().unwrap();
    // Fill the site's storage to its quota, in ever smaller pieces, to the last byte.
    let mut n = 0;
    for size in [512 * 1024, 32 * 1024, 1024, 32, 1] {
        let chunk = "x".repeat(size);
        while n < 10_000 && storage().set_item(&format!("f{n}"), &chunk).is_ok() {
            n += 1;
        }
    }
    let root = mount(AppProps { screen: Screen::Profile, ..AppProps::default() }).await;
    input(&find(&root, "[role=combobox]").unwrap(), "dg");
    let offered = "[data-testid=skill-suggestions] [data-skill-id=s-elec]";
    until("电工 offered", || find(&root, offered).is_some()).await;
    click(&find(&root, offered).unwrap());
    until("the report", || find(&root, "[data-testid=storage-failed]").is_some()).await;
    storage().clear().unwrap();
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
    assert!(find(&root, "[data-filter='settle:daily']").is_none(), "a closed filter bar renders no controls");
    click(&find(&root, ".sm-filters summary").unwrap());
    until("the filter bar open", || find(&root, "[data-filter='settle:daily']").is_some()).await;
    let daily = find(&root, "[data-filter='settle:daily']").expect("a 日结 chip");
    click(&daily);
    until("the daily jobs", || count(&root) < before).await;
    assert!(count(&root) > 0);
    for item in items(&root) {
        let text = item.text_content().unwrap();
        assert!(text.contains("日结"), "not a daily job: {text}");
    }
    assert_eq!(daily.get_attribute("aria-pressed").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn large_text_mode_is_applied_and_remembered() {
    storage().remove_item(SETTINGS_KEY).unwrap();
    let root = mount(AppProps::default()).await;
    click(&find(&root, "[data-action=large-text]").unwrap());
    until("large text", || find(&root, "[data-large-text]").is_some()).await;
    // Saved after the render that shows it.
    until("the setting saved", || storage().get_item(SETTINGS_KEY).unwrap().is_some()).await;
    let again = mount(AppProps::default()).await;
    assert!(find(&again, "[data-large-text]").is_some(), "persisted");
    storage().remove_item(SETTINGS_KEY).unwrap();
}

/// The committed map file as a `data:` URL: the test runner's page does not serve `data/`.
fn map_url() -> Option<String> {
    let text = include_str!("../data/sichuan-map.json");
    Some(format!("data:application/json,{}", String::from(js_sys::encode_uri_component(text))))
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().dyn_into().unwrap()).collect()
}

/// (name, count) of each `[data-city]` under `selector`.
fn places(root: &Element, selector: &str) -> Vec<(String, usize)> {
    let mut out: Vec<(String, usize)> = all(root, &format!("{selector} [data-city]"))
        .iter()
        .map(|e| (e.get_attribute("data-city").unwrap(), e.get_attribute("data-count").unwrap().parse().unwrap()))
        .collect();
    out.sort();
    out
}

#[wasm_bindgen_test]
async fn the_map_and_its_table_agree_and_enter_on_a_place_filters_the_list() {
    let root = mount(AppProps { screen: Screen::Map, map_url: map_url(), ..AppProps::default() }).await;
    until("the map's prefectures", || all(&root, "[data-testid=work-map] [data-city]").len() == 21).await;
    let map = places(&root, "[data-testid=work-map]");
    assert_eq!(map, places(&root, "[data-testid=work-table]"), "the table has the map's figures");
    let table: Vec<usize> = all(&root, "[data-testid=work-table] [data-city]")
        .iter()
        .map(|e| e.get_attribute("data-count").unwrap().parse().unwrap())
        .collect();
    assert!(table.windows(2).all(|w| w[0] >= w[1]), "most jobs first: {table:?}");
    let zigong = find(&root, "[data-testid=work-map] [data-city='自贡市']").expect("Zigong on the map");
    let want: usize = zigong.get_attribute("data-count").unwrap().parse().unwrap();
    assert!(want > 0);
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("Enter");
    init.set_bubbles(true);
    zigong
        .dispatch_event(&web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap())
        .unwrap();
    until("the list filtered to Zigong", || find(&root, "[data-testid=job-results]").is_some()).await;
    assert_eq!(count(&root), want, "the map's count is the list's");
    for item in items(&root) {
        assert!(item.text_content().unwrap().contains("自贡市"), "only Zigong's jobs");
    }
}

#[wasm_bindgen_test]
async fn a_map_that_cannot_be_fetched_offers_a_retry_and_the_table_still_works() {
    let missing = Some("/no-such-map.json".to_string());
    let root = mount(AppProps { screen: Screen::Map, map_url: missing, ..AppProps::default() }).await;
    until("the failure notice", || find(&root, "[data-testid=map-failed]").is_some()).await;
    assert!(find(&root, "[data-testid=work-map]").is_none());
    click(&find(&root, "[data-action=retry-map]").unwrap());
    until("the retry to fail again", || find(&root, "[data-testid=map-failed]").is_some()).await;
    let rows = places(&root, "[data-testid=work-table]");
    assert_eq!(rows.len(), 21, "every prefecture in the table");
    let chengdu = find(&root, "[data-testid=work-table] [data-city='成都市']").unwrap();
    let want: usize = chengdu.get_attribute("data-count").unwrap().parse().unwrap();
    click(&find(&chengdu, "button").unwrap());
    until("the list filtered to Chengdu", || find(&root, "[data-testid=job-results]").is_some()).await;
    assert_eq!(count(&root), want);
}

#[wasm_bindgen_test]
async fn a_jobs_detail_shows_its_pay_among_its_peers() {
    use skillmatch::engine::wage_picture::wage_picture;
    let data = default_data();
    let today = skillmatch::ui::env::today();
    // The first job with at least three peers and a wage of its own.
    let (id, pic) = (0..data.0.jobs().len())
        .find_map(|i| {
            let p = wage_picture(&data.0, i, today)?;
            (p.others >= 3 && p.standing.is_some()).then(|| (data.0.job(i).id.to_string(), p))
        })
        .expect("a job with peers in the default feed");
    let root = mount(AppProps { job: Some(id), ..AppProps::default() }).await;
    until("the pay picture", || find(&root, "[data-testid=pay-picture]").is_some()).await;
    let pay = find(&root, "[data-testid=pay-picture]").unwrap();
    let above = pic.standing.unwrap().above;
    assert_eq!(pay.get_attribute("data-others"), Some(pic.others.to_string()));
    assert_eq!(pay.get_attribute("data-above"), Some(above.to_string()));
    assert_eq!(all(&pay, ".sm-pay-dot").len(), pic.dots.len(), "a dot per other job");
    assert_eq!(all(&pay, ".sm-pay-this").len(), 1, "this job marked");
    let line = text_of(&pay, "[data-testid=pay-line]");
    assert!(line.contains(&format!("{} 个", pic.others)) && line.contains(&format!("中的 {above} 个")), "{line}");
}

/// A feed with many bad records lists its problems a page at a time: the first page at
/// once, the next one when "show more" is pressed, and the page stays through a keystroke.
#[wasm_bindgen_test]
async fn feed_problems_are_listed_a_page_at_a_time() {
    let jobs: Vec<String> =
        (0..120).map(|i| format!(r#"{{"id":"B{i}","title":"电工","city":"成都市","headcount":"many"}}"#)).collect();
    let feed = format!(r#"{{"skillmatch":1,"jobs":[{}]}}"#, jobs.join(","));
    let data =
        Dataset::load_over(include_bytes!("../data/default-feed.json"), &[feed.as_bytes()], LoadOptions::default());
    assert!(data.problems().len() > 100, "the feed gives more than two pages of problems");
    let root = mount(AppProps { preloaded: Some(Preloaded(std::rc::Rc::new(data))), ..AppProps::default() }).await;
    let rows = || all(&root, "[data-testid=feed-problems] li").len();
    until("the first page of problems", || rows() == 50).await;
    click(&find(&root, "[data-testid=feed-problems] button").expect("a show-more button"));
    until("the second page of problems", || rows() == 100).await;
    type_into(&root, "电工");
    until("the search", || count(&root) > 0).await;
    assert_eq!(rows(), 100, "a keystroke keeps the page");
}

/// Each display flag is read on its own: one of another type leaves the other as saved, and
/// what an earlier version wrote reads the same.
#[wasm_bindgen_test]
fn settings_are_read_flag_by_flag() {
    use skillmatch::ui::storage::{read_settings, settings_json, Settings};
    for (large_text, high_contrast) in [(false, false), (true, false), (false, true), (true, true)] {
        let settings = Settings { large_text, high_contrast };
        assert_eq!(read_settings(Some(&settings_json(settings))), settings);
    }
    let only_contrast = Settings { large_text: false, high_contrast: true };
    assert_eq!(read_settings(Some(r#"{"large_text":"yes","high_contrast":true,"later":[1]}"#)), only_contrast);
    assert!(read_settings(Some(r#"{"large_text":true,"high_contrast":false}"#)).large_text);
    for junk in [Some("junk"), Some("[true]"), Some(r#"{"large_text":tru"#), None] {
        assert_eq!(read_settings(junk), Settings::default(), "{junk:?}");
    }
}

/// JobPosting data (here a host page's JSON-LD, one of the real documents): the full build
/// reads it; the default build, which leaves the reader out, asks its page's loader to take
/// over (`skillmatch:needs-full-build`, cancelable) and meanwhile still says it is loading,
/// or — when no loader takes over — says why it shows no jobs. Runs in both builds.
#[wasm_bindgen_test]
async fn job_posting_data_is_read_or_handed_to_the_full_build() {
    use skillmatch::ui::app::Host;
    use std::{cell::Cell, rc::Rc};
    use wasm_bindgen::closure::Closure;
    let posting = include_str!("fixtures/jobposting/real/02-schemaorg-telecommute-name-only.json");
    let default_feed = include_str!("../data/default-feed.json");
    let default_feed = format!("data:application/json,{}", String::from(js_sys::encode_uri_component(default_feed)));
    let document = gloo::utils::document();
    for taken_over in [true, false] {
        let host = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&host).unwrap();
        let asked = Rc::new(Cell::new(0));
        let seen = asked.clone();
        let listener = Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
            seen.set(seen.get() + 1);
            if taken_over {
                e.prevent_default();
            }
        });
        host.add_event_listener_with_callback("skillmatch:needs-full-build", listener.as_ref().unchecked_ref())
            .unwrap();
        let props = AppProps {
            inline: vec![posting.to_string()],
            host: Some(Host(host.clone())),
            default_feed: Some(default_feed.clone()),
            ..AppProps::default()
        };
        yew::Renderer::<App>::with_root_and_props(host.clone(), props).render();
        if cfg!(feature = "jobposting") {
            until("the posting", || !items(&host).is_empty()).await;
            assert!(find(&host, "[data-testid=feed-failed]").is_none());
            assert_eq!(asked.get(), 0, "the full build reads it itself");
            return;
        }
        until("the request for the full build", || asked.get() == 1).await;
        if taken_over {
            // A few more turns of the event loop: the widget stays in its loading state.
            for _ in 0..20 {
                yew::platform::time::sleep(std::time::Duration::ZERO).await;
            }
            assert!(find(&host, "[data-testid=skillmatch]").is_none(), "no widget of its own once taken over");
            assert!(find(&host, "progress").is_some(), "still loading");
        } else {
            until("the failure", || find(&host, "[data-testid=feed-failed]").is_some()).await;
            assert!(text_of(&host, "[data-testid=feed-failed]").contains("JobPosting"));
            assert!(items(&host).is_empty(), "no sample jobs instead");
        }
        drop(listener);
    }
}
