use super::use_lang;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Clone, PartialEq, Properties)]
pub struct SearchBoxProps {
    pub value: String,
    pub on_query: Callback<String>,
}

/// The one query box: hanzi, pinyin, initials or English, matched by the engine.
#[function_component(SearchBox)]
pub fn search_box(props: &SearchBoxProps) -> Html {
    let t = use_lang().texts();
    let oninput = {
        let on_query = props.on_query.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_query.emit(input.value());
        })
    };
    html! {
        <label class="sm-search">
            <span class="sm-search-label">{ t.search_label() }</span>
            <input type="search" class="sm-search-input" value={props.value.clone()}
                placeholder={t.search_placeholder()} autocomplete="off" enterkeyhint="search" {oninput} />
        </label>
    }
}
