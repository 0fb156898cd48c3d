use super::clicked;
use crate::i18n::Texts;
use yew::prelude::*;

/// A short, factual page on contracts, social insurance, the wage-payment regulation and
/// the 12333 hotline.
pub fn rights(t: &Texts, on_back: &Callback<()>) -> Html {
    html! {
        <article class="sm-rights" data-testid="rights">
            <button type="button" class="sm-button sm-close" onclick={clicked(on_back)}>{ "← " }{ t.back_to_jobs() }</button>
            <h2 class="sm-section-title">{ t.rights_title() }</h2>
            <ul class="sm-rights-list">{ for t.rights_points().iter().map(|p| html! { <li>{ *p }</li> }) }</ul>
            <p><a class="sm-button sm-primary" href="tel:12333">{ "12333" }</a></p>
        </article>
    }
}
