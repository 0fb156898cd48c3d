//! The default build's `use_pack_shards` (feature `packs` off): with no pack (`PackRef` has
//! no values) there are no shards to fetch, retry or load.

use crate::ui::pack::PackRef;
use crate::ui::state::State;
use yew::prelude::*;

/// What the worker can ask of a pack's loading (nothing, in this build).
pub struct PackControls {
    pub load_rest: Callback<()>,
    pub retry: Callback<()>,
}

/// Does nothing: no pack is ever given.
#[hook]
pub fn use_pack_shards(_pack: Option<PackRef>, _state: &UseReducerHandle<State>) -> PackControls {
    PackControls { load_rest: Callback::noop(), retry: Callback::noop() }
}
