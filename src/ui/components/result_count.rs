use crate::i18n::Texts;
use yew::prelude::*;

/// The number of matching jobs, announced politely to screen readers as it changes, and
/// how many expired postings are hidden.
pub fn result_count(t: &dyn Texts, total: usize, expired: usize) -> Html {
    html! {
        <>
            <p class="sm-count" role="status" aria-live="polite">{ t.jobs_found(total) }</p>
            if expired > 0 {
                <p class="sm-muted sm-expired" data-testid="expired-count">{ t.expired_hidden(expired) }</p>
            }
        </>
    }
}
