use crate::engine::profile::Profile;
use crate::i18n::Lang;
use crate::ui::state::{Action, State};
use yew::prelude::*;

/// Owns the embed's attributes after mount: when the host page changes `lang` or `profile`
/// (attributes, or `handle.update()`), the state follows. Each value is compared with the one
/// seen last — the state was built from the first — so nothing depends on the order in which
/// effects run.
#[hook]
pub fn use_embed_props(lang: Lang, profile: Option<String>, dispatch: UseReducerDispatcher<State>) {
    // One effect for both (each effect is code of its own in the download), the language
    // first.
    let seen = use_mut_ref(|| (lang, profile.clone()));
    use_effect_with((lang, profile), move |(lang, profile)| {
        let (lang_changed, profile_changed) = {
            let mut seen = seen.borrow_mut();
            let changed = (seen.0 != *lang, seen.1 != *profile);
            *seen = (*lang, profile.clone());
            changed
        };
        if lang_changed {
            dispatch.dispatch(Action::SetLang(*lang));
        }
        if let (true, Some(json)) = (profile_changed, profile) {
            let (profile, problems) = Profile::from_json(json);
            dispatch.dispatch(Action::UseProfile(profile, problems));
        }
    });
}
