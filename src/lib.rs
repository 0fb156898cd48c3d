//! SkillMatch (技能匹配): matches a worker's skills, levels and labour-brand certificates
//! with job listings and training courses, entirely in the browser.
//!
//! - [`engine`]: model, feeds, matching, search — no DOM, tested on the host.
//! - [`i18n`]: the translation catalogue (zh-CN default, en): the UI's words for the
//!   engine's data. The engine does not depend on it.
//! - `ui` (wasm32 only): the Yew widget, a thin shell over the engine.

pub mod engine;
pub mod i18n;

#[cfg(target_arch = "wasm32")]
pub mod ui;
