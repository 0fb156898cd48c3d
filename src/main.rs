//! The standalone page's entry point: mounts the widget into `#skillmatch-root`.

#[cfg(target_arch = "wasm32")]
fn main() {
    skillmatch::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("SkillMatch runs in the browser: use scripts/serve (see README.md).");
}
