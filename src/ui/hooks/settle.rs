use crate::ui::state::{Action, State};
use yew::prelude::*;

/// Owns the second half of starting up. The first render shows the frame and the first
/// results; one task later (after the browser has painted them) this asks the state for the
/// rest of the page and the course suggestions, so that neither half is a long task.
#[hook]
pub fn use_settle(dispatch: UseReducerDispatcher<State>) {
    use_effect_with((), move |_| {
        yew::platform::spawn_local(async move {
            yew::platform::time::sleep(std::time::Duration::ZERO).await;
            dispatch.dispatch(Action::Settle);
        });
    });
}
