use crate::ui::loader::after_next_paint;
use crate::ui::state::{Action, State};
use yew::prelude::*;

/// Owns the second half of a render the state cut short. Starting up, the first render shows
/// the frame and the first results; after a keystroke, the first few cards. Once the browser
/// has painted that, this asks the state for the rest of the page; at start, once that is
/// painted too, for the course suggestions. No step is one long task.
#[hook]
pub fn use_settle(state: &UseReducerHandle<State>) {
    let dispatch = state.dispatcher();
    use_effect_with(state.partial_renders, move |_| {
        yew::platform::spawn_local(async move {
            after_next_paint().await;
            dispatch.dispatch(Action::Settle);
        });
    });
}
