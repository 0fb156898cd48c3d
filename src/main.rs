//! The standalone page's entry point: mounts the widget into `#skillmatch-root`. (The full
//! build's entry point, `src/bin/skillmatch-full.rs`, runs this one.)

#[cfg(target_arch = "wasm32")]
pub(crate) fn main() {
    skillmatch::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn main() {
    eprintln!("SkillMatch runs in the browser: use scripts/serve (see README.md).");
}
