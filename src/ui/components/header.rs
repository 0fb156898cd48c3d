use super::{button, clicked, text, Tag};
use crate::i18n::Lang;
use crate::ui::state::LangLoad;
use yew::prelude::*;

/// The app's name, its line, the switch to the other language, and the display settings.
pub fn header(lang: Lang, load: LangLoad, on_lang: &Callback<Lang>, on_dismiss: &Callback<()>, settings: Html) -> Html {
    let t = lang.texts();
    let other = match lang {
        Lang::Zh => Lang::En,
        Lang::En => Lang::Zh,
    };
    html! {
        <>
        <header class="sm-header">
            <div class="sm-brand">
                <h1 class="sm-title">{ t.app_title() }</h1>
                <p class="sm-tagline">{ t.tagline() }</p>
            </div>
            <button type="button" class="sm-button sm-lang" lang={other.tag()} onclick={clicked(&on_lang.reform(move |()| other))}>{ t.language_switch() }</button>
            { settings }
        </header>
        { lang_status(lang, load, on_lang, on_dismiss) }
        </>
    }
}

/// Below the header: a language being loaded (shown only if it takes a while:
/// styles/main.css), or one that could not be, with a retry; in the language shown (whose
/// messages for this say it in both).
pub fn lang_status(lang: Lang, load: LangLoad, on_lang: &Callback<Lang>, on_dismiss: &Callback<()>) -> Html {
    let t = lang.texts();
    // The full build has English compiled in: nothing is ever loading there.
    match load {
        _ if cfg!(feature = "en-inline") => html! {},
        LangLoad::Idle => html! {},
        LangLoad::Loading(_) => html! {
            <p class="sm-notice sm-lang-wait" aria-live="polite" data-testid="lang-loading">{ t.lang_loading() }<progress></progress></p>
        },
        LangLoad::Failed(wanted) => html! {
            <div class="sm-fatal" role="alert" data-testid="lang-failed">
                { text(Tag::P, "", t.lang_failed()) }
                { button("sm-button sm-primary", Some("retry-lang"), t.lang_retry(), clicked(&on_lang.reform(move |()| wanted))) }
                { button("sm-button", Some("dismiss"), t.close(), clicked(on_dismiss)) }
            </div>
        },
    }
}
