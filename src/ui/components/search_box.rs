use crate::i18n::Texts;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The one query box: hanzi, pinyin, initials or English, matched by the engine.
pub fn search_box(t: &Texts, value: &str, on_query: &Callback<String>) -> Html {
    let oninput = on_query.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    html! {
        <label class="sm-search">
            <span class="sm-search-label">{ t.search_label() }</span>
            <input type="search" class="sm-search-input" value={value.to_string()}
                placeholder={t.search_placeholder()} autocomplete="off" enterkeyhint="search" {oninput} />
        </label>
    }
}
