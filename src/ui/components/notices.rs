use super::use_lang;
use crate::engine::profile::ProfileProblem;
use crate::ui::state::ProfileNotice;
use crate::ui::storage::StoreError;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, PartialEq, Properties)]
pub struct NoticesProps {
    pub notice: Option<ProfileNotice>,
    /// What of the profile could not be read or used.
    pub problems: Rc<Vec<ProfileProblem>>,
    /// A link's profile was edited: ask whether to keep it as the worker's own.
    pub ask_save: bool,
    /// The device has a saved profile of its own (the question says it would be replaced).
    pub has_saved: bool,
    pub store_error: Option<StoreError>,
    pub on_save_mine: Callback<()>,
    pub on_keep_mine: Callback<()>,
    pub on_clear_backup: Callback<()>,
    pub on_dismiss_error: Callback<()>,
}

fn button(label: &'static str, class: &'static str, action: &'static str, cb: &Callback<()>) -> Html {
    let cb = cb.clone();
    html! { <button type="button" class={classes!("sm-button", class)} data-action={action} onclick={Callback::from(move |_: MouseEvent| cb.emit(()))}>{ label }</button> }
}

/// What the worker should know about the profile in use: it came from a link (and, once
/// they change it, whether to save it as theirs — never silently over their own); the saved
/// one could not be read whole (what was read, and the backup kept); a write failed; and what
/// of it cannot be used here.
#[function_component(Notices)]
pub fn notices(props: &NoticesProps) -> Html {
    let t = use_lang().texts();
    let source = match props.notice {
        None => html! {},
        Some(ProfileNotice::FromLink) if props.ask_save => html! {
            <div class="sm-notice sm-notice-warn" role="alertdialog" aria-live="assertive" aria-labelledby="sm-ask-save" data-testid="save-profile">
                <p id="sm-ask-save">{ if props.has_saved { t.ask_save_replacing() } else { t.ask_save() } }</p>
                <div class="sm-actions">
                    { button(t.save_as_mine(), "sm-primary", "save-mine", &props.on_save_mine) }
                    { button(if props.has_saved { t.keep_mine() } else { t.view_only() }, "", "keep-mine", &props.on_keep_mine) }
                </div>
            </div>
        },
        Some(ProfileNotice::FromLink) => {
            html! { <p class="sm-notice" role="note" data-testid="profile-from-link">{ t.profile_from_link() }</p> }
        }
        Some(ProfileNotice::Damaged) => html! {
            <div class="sm-notice sm-notice-warn" role="note" aria-live="polite" data-testid="profile-problem">
                <p>{ t.profile_damaged() }</p>
                { button(t.clear_backup(), "", "clear-backup", &props.on_clear_backup) }
            </div>
        },
    };
    let store_error = props.store_error.map(|e| {
        html! {
            <div class="sm-notice sm-notice-warn" role="alert" data-testid="storage-failed">
                <p>{ t.store_failed(e == StoreError::Full) }</p>
                { button(t.close(), "", "dismiss", &props.on_dismiss_error) }
            </div>
        }
    });
    html! {
        <>
            { source }
            { for store_error }
            if !props.problems.is_empty() {
                <div class="sm-notice" role="note" data-testid="profile-unused">
                    <p>{ t.profile_unused(props.problems.len()) }</p>
                    <ul>{ for props.problems.iter().map(|p| html! { <li>{ t.profile_problem(p) }</li> }) }</ul>
                </div>
            }
        </>
    }
}
