//! The Yew widget: a thin shell that renders engine state and sends actions. Decisions
//! live in the engine or in [`state`].

pub mod app;
pub mod components;
pub mod embed;
pub mod env;
pub mod events;
pub mod hooks;
pub mod lang_file;
pub mod loader;
// Packs are in the full build only (feature `packs`); the default build has a stand-in.
#[cfg_attr(not(feature = "packs"), path = "pack_absent.rs")]
pub mod pack;
pub mod state;
pub mod storage;
pub mod url;
pub mod widget;

pub use app::{App, AppProps};

use std::cell::RefCell;

thread_local! {
    /// The standalone page's app, kept so [`stop_page`] can unmount it.
    static PAGE: RefCell<Option<yew::AppHandle<App>>> = const { RefCell::new(None) };
}

/// Mounts the standalone page into `#skillmatch-root`. On any other page (an embed) it does
/// nothing: embed.js mounts widgets through [`embed::mount_widget`].
pub fn start() {
    let Some(root) = gloo::utils::document().get_element_by_id("skillmatch-root") else { return };
    env::install_panic_box();
    // Mounting is a task of its own: the task that instantiated the wasm has done enough (V8
    // compiles each wasm function on this thread at its first call, so every first step of
    // the start-up costs more than it seems). The page's own "loading" text shows meanwhile.
    yew::platform::spawn_local(async move {
        loader::yield_to_browser().await;
        mount(root);
    });
}

fn mount(root: web_sys::Element) {
    env::watch_root(&root);
    root.set_inner_html("");
    let u = url::read();
    let props = AppProps {
        lang: u.lang.unwrap_or_else(env::initial_lang),
        query: u.query,
        data: u.data,
        screen: u.screen,
        job: u.job,
        filters: u.filters,
        sort: u.sort,
        profile: u.profile,
        kiosk: u.kiosk,
        idle_seconds: u.idle,
        sync_url: true,
        ..AppProps::default()
    };
    let handle = yew::Renderer::<App>::with_root_and_props(root, props).render();
    PAGE.with(|page| *page.borrow_mut() = Some(handle));
}

/// Unmounts the standalone page's app, its listeners and timers with it: boot.js calls it
/// before it starts the full build in the same root (a feed only the full build reads,
/// [`events::needs_full_build`]). The default build's only: the full one is never replaced.
#[cfg(not(feature = "jobposting"))]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = stopPage)]
pub fn stop_page() {
    if let Some(handle) = PAGE.with(|page| page.borrow_mut().take()) {
        handle.destroy();
    }
    if let Some(root) = gloo::utils::document().get_element_by_id("skillmatch-root") {
        env::unwatch_root(&root);
    }
}
