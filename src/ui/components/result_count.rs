use crate::engine::dataset::Dataset;
use crate::i18n::{place_name, Lang};
use crate::ui::state::PackStatus;
use yew::prelude::*;

/// The number of matching jobs, announced politely to screen readers as it changes, and
/// how many expired postings are hidden. Over a pack it also says what is loaded: the
/// jobs in so far while other cities load, or only the home city's (with a button for
/// the rest) when the worker will not move.
pub fn result_count(
    lang: Lang,
    data: &Dataset,
    total: usize,
    expired: usize,
    pack: Option<&PackStatus>,
    on_load_rest: &Callback<()>,
) -> Html {
    let t = lang.texts();
    let note = pack.and_then(|p| match &p.home_only {
        Some(home) => Some(t.pack_home_only(&city_label(lang, data, home), p.loaded)),
        None if p.loading => Some(t.pack_loading(p.loaded, p.all)),
        None => None,
    });
    let load_rest = pack
        .is_some_and(|p| p.home_only.is_some())
        .then(|| super::button("sm-button", Some("load-rest"), t.pack_load_rest(), super::clicked(on_load_rest)));
    html! {
        <>
            <p class="sm-count" role="status" aria-live="polite" data-loading={pack.is_some_and(|p| p.loading).then_some("1")}>
                { t.jobs_found(total) }
                if let Some(note) = note {
                    <span class="sm-muted" data-testid="pack-status">{ " · " }{ note }</span>
                }
            </p>
            { for load_rest }
            if expired > 0 {
                <p class="sm-muted sm-expired" data-testid="expired-count">{ t.expired_hidden(expired) }</p>
            }
        </>
    }
}

/// A pack city's name in the interface's language (the catalogue's English name in
/// English), as the count and the feed alert show it.
pub fn city_label(lang: Lang, data: &Dataset, city: &str) -> String {
    match data.catalog().places.iter().find(|p| p.name == city) {
        Some(p) => place_name(lang, &p.name, &p.en).to_string(),
        None => city.to_string(),
    }
}
