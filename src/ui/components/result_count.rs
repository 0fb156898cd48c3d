use super::use_lang;
use yew::prelude::*;

#[derive(Clone, PartialEq, Properties)]
pub struct ResultCountProps {
    pub total: usize,
}

/// The number of matching jobs, announced politely to screen readers as it changes.
#[function_component(ResultCount)]
pub fn result_count(props: &ResultCountProps) -> Html {
    let t = use_lang().texts();
    html! { <p class="sm-count" role="status" aria-live="polite">{ t.jobs_found(props.total) }</p> }
}
