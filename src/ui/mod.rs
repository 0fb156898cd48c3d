//! The Yew widget: a thin shell that renders engine state and sends actions. Decisions
//! live in the engine or in [`state`].

pub mod app;
pub mod components;
pub mod env;
pub mod state;

pub use app::{App, AppProps};

/// Mounts the standalone page into `#skillmatch-root` (or `<body>` if it is missing).
pub fn start() {
    env::install_panic_box();
    let document = gloo::utils::document();
    let root = document.get_element_by_id("skillmatch-root").unwrap_or_else(|| gloo::utils::body().into());
    root.set_inner_html("");
    let props = AppProps { lang: env::initial_lang(), query: env::url_param("q").unwrap_or_default() };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}
