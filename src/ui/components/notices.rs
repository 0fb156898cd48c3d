use super::{button, clicked};
use crate::i18n::Texts;
use crate::ui::state::{ProfileNotice, State};
use crate::ui::storage::StoreError;
use yew::prelude::*;

/// The answers the profile notices can give.
pub struct NoticeActions {
    pub save_mine: Callback<()>,
    pub keep_mine: Callback<()>,
    pub clear_backup: Callback<()>,
    pub dismiss_error: Callback<()>,
}

/// What the worker should know about the profile in use: it came from a link (and, once
/// they change it, whether to save it as theirs — never silently over their own); the saved
/// one could not be read whole (what was read, and the backup kept); a write failed; and what
/// of it cannot be used here.
pub fn notices(t: &Texts, state: &State, on: &NoticeActions) -> Html {
    let source = match state.notice {
        None => html! {},
        Some(ProfileNotice::FromLink) if state.ask_save => {
            let has_saved = state.saved.is_some();
            html! {
                <div class="sm-notice sm-notice-warn" role="alertdialog" aria-live="assertive" aria-labelledby="sm-ask-save" data-testid="save-profile">
                    <p id="sm-ask-save">{ if has_saved { t.ask_save_replacing() } else { t.ask_save() } }</p>
                    <div class="sm-actions">
                        { button("sm-button sm-primary", Some("save-mine"), t.save_as_mine(), clicked(&on.save_mine)) }
                        { button("sm-button", Some("keep-mine"), if has_saved { t.keep_mine() } else { t.view_only() }, clicked(&on.keep_mine)) }
                    </div>
                </div>
            }
        }
        Some(ProfileNotice::FromLink) => {
            html! { <p class="sm-notice" role="note" data-testid="profile-from-link">{ t.profile_from_link() }</p> }
        }
        Some(ProfileNotice::Damaged) => html! {
            <div class="sm-notice sm-notice-warn" role="note" aria-live="polite" data-testid="profile-problem">
                <p>{ t.profile_damaged() }</p>
                { button("sm-button", Some("clear-backup"), t.clear_backup(), clicked(&on.clear_backup)) }
            </div>
        },
    };
    let store_error = state.store_error.map(|e| {
        html! {
            <div class="sm-notice sm-notice-warn" role="alert" data-testid="storage-failed">
                <p>{ t.store_failed(e == StoreError::Full) }</p>
                { button("sm-button", Some("dismiss"), t.close(), clicked(&on.dismiss_error)) }
            </div>
        }
    });
    let problems = &state.profile_problems;
    html! {
        <>
            { source }
            { for store_error }
            if !problems.is_empty() {
                <div class="sm-notice" role="note" data-testid="profile-unused">
                    <p>{ t.profile_unused(problems.len()) }</p>
                    <ul>{ for problems.iter().map(|p| html! { <li>{ t.profile_problem(p) }</li> }) }</ul>
                </div>
            }
        </>
    }
}
