use super::use_lang;
use crate::engine::profile::ProfileProblem;
use crate::ui::state::ProfileNotice;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, PartialEq, Properties)]
pub struct NoticesProps {
    pub notice: Option<ProfileNotice>,
    /// What of the profile could not be used.
    pub problems: Rc<Vec<ProfileProblem>>,
    pub on_reset: Callback<()>,
}

/// Says where the profile in use came from when that matters — a shared link, or a saved
/// value that could not be read (with a reset, never a silent wipe) — and what of it could
/// not be used (a skill, brand or place this data does not know).
#[function_component(Notices)]
pub fn notices(props: &NoticesProps) -> Html {
    let t = use_lang().texts();
    let source = match props.notice {
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
    };
    html! {
        <>
            { source }
            if !props.problems.is_empty() {
                <div class="sm-notice" role="note" data-testid="profile-unused">
                    <p>{ t.profile_unused(props.problems.len()) }</p>
                    <ul>{ for props.problems.iter().map(|p| html! { <li>{ t.profile_problem(p) }</li> }) }</ul>
                </div>
            }
        </>
    }
}
