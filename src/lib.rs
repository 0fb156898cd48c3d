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

/// The default build's heap: talc, 1.8 KB (brotli) smaller in the download than std's
/// dlmalloc, at the same speed. The full build keeps dlmalloc, which used 3 % less memory
/// with a million jobs loaded from a pack (docs/PERFORMANCE.md, "Another allocator").
#[cfg(all(target_arch = "wasm32", not(feature = "packs")))]
#[global_allocator]
static HEAP: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
