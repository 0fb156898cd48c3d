use super::clicked;
use crate::engine::feed::FeedError;
use crate::i18n::Texts;
use crate::ui::loader::FeedName;
use yew::prelude::*;

/// The feeds that gave no jobs, each with the reason, and a retry where trying again could
/// help. A named feed is the truth: when it fails the worker is told, never shown sample
/// jobs instead.
pub fn feed_alert(t: &Texts, failures: &[(FeedName, FeedError)], on_retry: &Callback<()>) -> Html {
    if failures.is_empty() {
        return html! {};
    }
    html! {
        <div class="sm-fatal" role="alert" data-testid="feed-failed">
            { for failures.iter().map(|(name, why)| {
                let name = match name {
                    FeedName::Url(url) => url.as_str(),
                    FeedName::HostPage => t.this_page(),
                    FeedName::Shard(city) => &t.pack_shard(city),
                };
                html! { <p>{ t.feed_failed(name, why) }</p> }
            }) }
            if failures.iter().any(|(_, why)| why.retry_may_help()) {
                <button type="button" class="sm-button sm-primary" onclick={clicked(on_retry)}>{ t.retry() }</button>
            }
        </div>
    }
}
