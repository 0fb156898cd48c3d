use super::use_lang;
use crate::ui::state::ProfileNotice;
use yew::prelude::*;

#[derive(Clone, PartialEq, Properties)]
pub struct NoticesProps {
    pub notice: Option<ProfileNotice>,
    pub on_reset: Callback<()>,
}

/// Says where the profile in use came from when that matters: a shared link, or a saved
/// value that could not be read (with a reset, never a silent wipe).
#[function_component(Notices)]
pub fn notices(props: &NoticesProps) -> Html {
    let t = use_lang().texts();
    match props.notice {
        None => html! {},
        Some(ProfileNotice::FromLink) => html! { <p class="sm-notice" role="note">{ t.profile_from_link() }</p> },
        Some(ProfileNotice::Corrupt) => {
            let cb = props.on_reset.clone();
            html! {
                <div class="sm-notice sm-notice-warn" role="note" aria-live="polite" data-testid="profile-problem">
                    <p>{ t.profile_corrupt() }</p>
                    <button type="button" class="sm-button" onclick={Callback::from(move |_: MouseEvent| cb.emit(()))}>{ t.reset_profile() }</button>
                </div>
            }
        }
    }
}
