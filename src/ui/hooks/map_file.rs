use crate::engine::map_outline;
use crate::ui::loader;
use crate::ui::state::{Action, MapFile, State};
use std::rc::Rc;
use yew::prelude::*;

/// The map file is about 24 KB; anything far larger is not it.
const MAX_BYTES: usize = 1 << 20;

/// Owns the fetch of the map's outlines (`url`, else beside `default_feed`). It runs only when
/// the map shows and the outlines are not there yet — the first time, or after a retry set
/// them back to `NotFetched` — so a worker who never opens the map never downloads them;
/// once read they stay in the state for the session. A failed fetch or an unreadable file
/// becomes `MapFile::Failed`.
#[hook]
pub fn use_map_file(url: Option<&str>, default_feed: &str, state: &UseReducerHandle<State>) {
    let wanted = state.map_shown() && state.map_file == MapFile::NotFetched;
    let d = state.dispatcher();
    // Written only when it is fetched, not on every render (a keystroke renders too).
    let url = wanted.then(|| url.map_or_else(|| loader::map_url(default_feed), str::to_string));
    use_effect_with(wanted, move |_| {
        if let Some(url) = url {
            d.dispatch(Action::MapFile(MapFile::Fetching));
            yew::platform::spawn_local(async move {
                let file = match loader::fetch(&url, MAX_BYTES).await {
                    Ok((bytes, _)) => map_outline::read(&bytes).map_or(MapFile::Failed, |m| MapFile::Ready(Rc::new(m))),
                    Err(_) => MapFile::Failed,
                };
                d.dispatch(Action::MapFile(file));
            });
        }
    });
}
