use crate::ui::lang_file;
use crate::ui::state::{Action, LangLoad, State};
use yew::prelude::*;

/// Owns loading a language asked for whose messages are not here (English in the default
/// build, from `url`): while the state says `Loading`, the page's one fetch of the file
/// (`ui::lang_file`, shared with every other widget on the page) is asked for, and its end
/// becomes `Action::LangLoaded`. A retry is the same language asked for again.
#[hook]
pub fn use_lang_file(url: String, state: &UseReducerHandle<State>) {
    let wanted = match state.lang_load {
        LangLoad::Loading(lang) => Some(lang),
        _ => None,
    };
    let d = state.dispatcher();
    use_effect_with(wanted, move |wanted| {
        if let Some(lang) = *wanted {
            lang_file::request(url, move |ok| d.dispatch(Action::LangLoaded(lang, ok)));
        }
    });
}
