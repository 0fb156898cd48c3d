use super::clicked;
use crate::i18n::Lang;
use yew::prelude::*;

/// The app's name, its line, the switch to the other language, and the display settings.
pub fn header(lang: Lang, on_lang: &Callback<Lang>, settings: Html) -> Html {
    let t = lang.texts();
    let other = match lang {
        Lang::Zh => Lang::En,
        Lang::En => Lang::Zh,
    };
    html! {
        <header class="sm-header">
            <div class="sm-brand">
                <h1 class="sm-title">{ t.app_title() }</h1>
                <p class="sm-tagline">{ t.tagline() }</p>
            </div>
            <button type="button" class="sm-button sm-lang" lang={other.tag()} onclick={clicked(&on_lang.reform(move |()| other))}>{ t.language_switch() }</button>
            { settings }
        </header>
    }
}
