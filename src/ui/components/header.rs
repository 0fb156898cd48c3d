use super::clicked;
use crate::i18n::Lang;
use crate::ui::state::LangLoad;
use yew::prelude::*;

/// The app's name, its line, the switch to the other language, and the display settings;
/// below them, a language being loaded (shown only if it takes a while: styles/main.css) or
/// one that could not be, with a retry.
pub fn header(lang: Lang, load: LangLoad, on_lang: &Callback<Lang>, on_dismiss: &Callback<()>, settings: Html) -> Html {
    let t = lang.texts();
    let other = match lang {
        Lang::Zh => Lang::En,
        Lang::En => Lang::Zh,
    };
    let status = match load {
        LangLoad::Idle => html! {},
        LangLoad::Loading(_) => html! {
            <p class="sm-notice sm-lang-wait" aria-live="polite" data-testid="lang-loading">{ t.lang_loading() }<progress></progress></p>
        },
        LangLoad::Failed(wanted) => html! {
            <div class="sm-fatal" role="alert" data-testid="lang-failed">
                <p>{ t.lang_failed() }</p>
                <button type="button" class="sm-button sm-primary" onclick={clicked(&on_lang.reform(move |()| wanted))}>{ t.lang_retry() }</button>
                <button type="button" class="sm-button" onclick={clicked(on_dismiss)}>{ t.close() }</button>
            </div>
        },
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
            { status }
        </>
    }
}
