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
    let seen_lang = use_mut_ref(|| lang);
    let seen_profile = use_mut_ref(|| profile.clone());
    {
        let d = dispatch.clone();
        use_effect_with(lang, move |lang| {
            if *seen_lang.borrow() != *lang {
                *seen_lang.borrow_mut() = *lang;
                d.dispatch(Action::SetLang(*lang));
            }
        });
    }
    use_effect_with(profile, move |profile| {
        if *seen_profile.borrow() != *profile {
            *seen_profile.borrow_mut() = profile.clone();
            if let Some(json) = profile {
                let (profile, problems) = Profile::from_json(json);
                dispatch.dispatch(Action::UseProfile(profile, problems));
            }
        }
    });
}
