use super::use_lang;
use crate::ui::state::ClearStep;
use yew::prelude::*;

#[derive(Clone, PartialEq, Properties)]
pub struct ClearDataProps {
    pub step: ClearStep,
    pub on_ask: Callback<()>,
    pub on_confirm: Callback<()>,
    pub on_cancel: Callback<()>,
    pub on_undo: Callback<()>,
}

/// "Clear my data": asks once, clears, and offers an undo for a few seconds.
#[function_component(ClearData)]
pub fn clear_data(props: &ClearDataProps) -> Html {
    let t = use_lang().texts();
    let on = |cb: &Callback<()>| {
        let cb = cb.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    match props.step {
        ClearStep::Idle => html! {
            <button type="button" class="sm-button sm-link-button" data-action="clear-data" onclick={on(&props.on_ask)}>{ t.clear_data() }</button>
        },
        ClearStep::Confirming => html! {
            <div class="sm-confirm" role="alertdialog" aria-labelledby="sm-clear-q" data-testid="clear-confirm">
                <p id="sm-clear-q">{ t.clear_confirm() }</p>
                <div class="sm-actions">
                    <button type="button" class="sm-button sm-primary" data-action="clear-confirm" onclick={on(&props.on_confirm)}>{ t.clear_data() }</button>
                    <button type="button" class="sm-button" data-action="clear-cancel" onclick={on(&props.on_cancel)}>{ t.cancel() }</button>
                </div>
            </div>
        },
        ClearStep::Undoable(_) => html! {
            <div class="sm-confirm" role="status" data-testid="clear-done">
                <p>{ t.cleared() }</p>
                <button type="button" class="sm-button" data-action="clear-undo" onclick={on(&props.on_undo)}>{ t.undo() }</button>
            </div>
        },
    }
}
