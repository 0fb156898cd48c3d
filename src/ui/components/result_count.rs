use super::use_lang;
use yew::prelude::*;

#[derive(Clone, PartialEq, Properties)]
pub struct ResultCountProps {
    pub total: usize,
    /// Postings past their closing date, not shown.
    #[prop_or_default]
    pub expired: usize,
}

/// The number of matching jobs, announced politely to screen readers as it changes, and
/// how many expired postings are hidden.
#[function_component(ResultCount)]
pub fn result_count(props: &ResultCountProps) -> Html {
    let t = use_lang().texts();
    html! {
        <>
            <p class="sm-count" role="status" aria-live="polite">{ t.jobs_found(props.total) }</p>
            if props.expired > 0 {
                <p class="sm-muted sm-expired" data-testid="expired-count">{ t.expired_hidden(props.expired) }</p>
            }
        </>
    }
}
