//! The Yew widget: a thin shell that renders engine state and sends actions. Decisions
//! live in the engine or in [`state`].

pub mod app;
pub mod components;
pub mod env;
pub mod loader;
pub mod state;
pub mod storage;
pub mod url;

pub use app::{App, AppProps};

/// Mounts the standalone page into `#skillmatch-root` (or `<body>` if it is missing).
pub fn start() {
    env::install_panic_box();
    let document = gloo::utils::document();
    let root = document.get_element_by_id("skillmatch-root").unwrap_or_else(|| gloo::utils::body().into());
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
        sync_url: true,
        preloaded: None,
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}
