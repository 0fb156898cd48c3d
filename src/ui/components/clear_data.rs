use super::clicked;
use crate::i18n::Texts;
use crate::ui::state::ClearStep;
use yew::prelude::*;

/// What "clear my data" can be asked to do next.
pub struct ClearActions {
    pub ask: Callback<()>,
    pub confirm: Callback<()>,
    pub cancel: Callback<()>,
    pub undo: Callback<()>,
}

/// "Clear my data": asks once, clears, and offers an undo for a few seconds.
pub fn clear_data(t: &Texts, step: &ClearStep, on: &ClearActions) -> Html {
    match step {
        ClearStep::Idle => html! {
            <button type="button" class="sm-button sm-link-button" data-action="clear-data" onclick={clicked(&on.ask)}>{ t.clear_data() }</button>
        },
        ClearStep::Confirming => html! {
            <div class="sm-confirm" role="alertdialog" aria-labelledby="sm-clear-q" data-testid="clear-confirm">
                <p id="sm-clear-q">{ t.clear_confirm() }</p>
                <div class="sm-actions">
                    <button type="button" class="sm-button sm-primary" data-action="clear-confirm" onclick={clicked(&on.confirm)}>{ t.clear_data() }</button>
                    <button type="button" class="sm-button" data-action="clear-cancel" onclick={clicked(&on.cancel)}>{ t.cancel() }</button>
                </div>
            </div>
        },
        ClearStep::Undoable(_) => html! {
            <div class="sm-confirm" role="status" data-testid="clear-done">
                <p>{ t.cleared() }</p>
                <button type="button" class="sm-button" data-action="clear-undo" onclick={clicked(&on.undo)}>{ t.undo() }</button>
            </div>
        },
    }
}
