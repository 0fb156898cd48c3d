use super::use_lang;
use crate::engine::feed::FeedError;
use crate::ui::loader::FeedName;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, PartialEq, Properties)]
pub struct FeedAlertProps {
    pub failures: Rc<Vec<(FeedName, FeedError)>>,
    pub on_retry: Callback<()>,
}

/// The feeds that gave no jobs, each with the reason, and a retry. A named feed is the
/// truth: when it fails the worker is told, never shown sample jobs instead.
#[function_component(FeedAlert)]
pub fn feed_alert(props: &FeedAlertProps) -> Html {
    let t = use_lang().texts();
    if props.failures.is_empty() {
        return html! {};
    }
    let retry = {
        let cb = props.on_retry.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <div class="sm-fatal" role="alert" data-testid="feed-failed">
            { for props.failures.iter().map(|(name, why)| {
                let name = match name {
                    FeedName::Url(url) => url.as_str(),
                    FeedName::HostPage => t.this_page(),
                };
                html! { <p>{ t.feed_failed(name, why) }</p> }
            }) }
            <button type="button" class="sm-button sm-primary" onclick={retry}>{ t.retry() }</button>
        </div>
    }
}
