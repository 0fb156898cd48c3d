use crate::ui::lang_file;
use crate::ui::state::{Action, LangLoad, State};
use yew::prelude::*;

/// Owns loading a language asked for whose messages are not here (English in the default
/// build, from `texts_url`, else beside `default_feed`: `lang_file::url`): while the state says `Loading`, the page's one fetch of the file
/// (`ui::lang_file`, shared with every other widget on the page) is asked for, and its end
/// becomes `Action::LangLoaded`. A retry is the same language asked for again.
#[hook]
pub fn use_lang_file(default_feed: &str, texts_url: Option<&str>, state: &UseReducerHandle<State>) {
    // The full build has English compiled in: nothing to fetch, ever (the same in every
    // render, so the hooks' order holds).
    if cfg!(feature = "en-inline") {
        return;
    }
    let wanted = match state.lang_load {
        LangLoad::Loading(lang) => Some(lang),
        _ => None,
    };
    let d = state.dispatcher();
    // Written only while a language loads, not on every render (a keystroke renders too).
    let url = wanted.map(|_| texts_url.map_or_else(|| lang_file::url(default_feed), str::to_string));
    use_effect_with(wanted, move |wanted| {
        if let (Some(lang), Some(url)) = (*wanted, url) {
            lang_file::request(url, move |ok| d.dispatch(Action::LangLoaded(lang, ok)));
        }
    });
}
