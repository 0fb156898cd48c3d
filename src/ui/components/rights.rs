use super::use_lang;
use yew::prelude::*;

#[derive(Clone, PartialEq, Properties)]
pub struct RightsProps {
    pub on_back: Callback<()>,
}

/// A short, factual page on contracts, social insurance, the wage-payment regulation and
/// the 12333 hotline.
#[function_component(Rights)]
pub fn rights(props: &RightsProps) -> Html {
    let t = use_lang().texts();
    let back = {
        let cb = props.on_back.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <article class="sm-rights" data-testid="rights">
            <button type="button" class="sm-button sm-close" onclick={back}>{ "← " }{ t.back_to_jobs() }</button>
            <h2 class="sm-section-title">{ t.rights_title() }</h2>
            <ul class="sm-rights-list">{ for t.rights_points().iter().map(|p| html! { <li>{ *p }</li> }) }</ul>
            <p><a class="sm-button sm-primary" href="tel:12333">{ "12333" }</a></p>
        </article>
    }
}
