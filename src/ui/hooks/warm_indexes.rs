use crate::ui::loader::{mark, yield_to_browser};
use crate::ui::state::State;
use std::rc::Rc;
use yew::prelude::*;

/// Owns building the search indexes of a loaded dataset, which start-up leaves out so that
/// the first results come sooner (`engine::dataset`). Once the state has settled (first
/// results and course suggestions painted), it builds them one a task — the jobs' first,
/// which typing needs — yielding to the browser before each. A search that comes sooner
/// builds what it needs itself; a newer dataset (a pack's next shard) starts over on it.
#[hook]
pub fn use_warm_indexes(state: &UseReducerHandle<State>) {
    let data = state.data.clone();
    let key = (Rc::as_ptr(&data) as usize, state.settled);
    use_effect_with(key, move |&(_, settled)| {
        if settled {
            yew::platform::spawn_local(async move {
                loop {
                    yield_to_browser().await;
                    // Only the widget's dataset is worth building for: a newer one replaced
                    // it when no one else holds this one.
                    if Rc::strong_count(&data) == 1 || !data.build_next_index() {
                        break;
                    }
                }
                mark("skillmatch:searchable");
            });
        }
    });
}
