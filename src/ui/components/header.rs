use crate::i18n::Lang;
use yew::prelude::*;

#[derive(Clone, PartialEq, Properties)]
pub struct HeaderProps {
    pub lang: Lang,
    pub on_lang: Callback<Lang>,
}

#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let t = props.lang.texts();
    let other = match props.lang {
        Lang::Zh => Lang::En,
        Lang::En => Lang::Zh,
    };
    let onclick = {
        let on_lang = props.on_lang.clone();
        Callback::from(move |_| on_lang.emit(other))
    };
    html! {
        <header class="sm-header">
            <div class="sm-brand">
                <h1 class="sm-title">{ t.app_title() }</h1>
                <p class="sm-tagline">{ t.tagline() }</p>
            </div>
            <button type="button" class="sm-button sm-lang" lang={other.tag()} {onclick}>{ t.language_switch() }</button>
        </header>
    }
}
