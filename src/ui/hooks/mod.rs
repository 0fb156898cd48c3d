//! The widget's side effects, one named hook each. Each owns one thing outside the Yew tree
//! — a timer, the address bar, the host's attributes, the device's storage — and says in its
//! doc comment what it owns and when it runs. `Widget` only composes them.

mod embed_props;
mod kiosk_idle;
mod lang_file;
mod map_file;
// Packs are in the full build only (feature `packs`); the default build has a stand-in.
#[cfg_attr(not(feature = "packs"), path = "pack_shards_absent.rs")]
mod pack_shards;
mod settle;
mod storage;
mod url_sync;
mod warm_indexes;

pub use embed_props::use_embed_props;
pub use kiosk_idle::{use_kiosk_idle, KioskIdle, KIOSK_COUNTDOWN, KIOSK_IDLE_SECONDS};
pub use lang_file::use_lang_file;
pub use map_file::use_map_file;
pub use pack_shards::{use_pack_shards, PackControls};
pub use settle::use_settle;
pub use storage::{starting_profile, starting_settings, use_storage};
pub use url_sync::{use_url_sync, Navigation};
pub use warm_indexes::use_warm_indexes;
