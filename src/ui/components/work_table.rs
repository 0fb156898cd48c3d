use crate::engine::dataset::Dataset;
use crate::engine::work_map::WorkMap;
use crate::i18n::{place_name, Lang};
use yew::prelude::*;

/// The map's figures as a table, most jobs first: what screen readers, keyboards and anyone
/// who would rather read get, and what still works when the map file does not load. Each
/// place is a button that chooses it, like a tap on the map; the jobs outside the map and
/// the remote ones have their own rows.
pub fn work_table(lang: Lang, data: &Dataset, figures: &WorkMap, on_choose: &Callback<String>) -> Html {
    let t = lang.texts();
    let places = &data.catalog().places;
    let wage = |w: Option<f64>| w.map_or_else(|| t.no_median().to_string(), |w| t.map_wage(w));
    let rows = figures.by_jobs().into_iter().map(|c| {
        let place = &places[c.place as usize];
        html! {
            <tr key={place.name.clone()} data-city={place.name.clone()} data-count={c.jobs.to_string()}>
                <th scope="row"><button type="button" class="sm-button sm-place-button">{ place_name(lang, &place.name, &place.en) }</button></th>
                <td>{ c.jobs }</td>
                <td>{ wage(c.median_wage) }</td>
            </tr>
        }
    });
    html! {
        <div class="sm-table-wrap">
            <table class="sm-work-table" data-testid="work-table">
                <caption>{ t.table_caption() }</caption>
                <thead><tr><th scope="col">{ t.city() }</th><th scope="col">{ t.table_jobs() }</th><th scope="col">{ t.table_wage() }</th></tr></thead>
                // One listener for every place's button.
                <tbody onclick={super::work_map::choose_on_click(on_choose, "tr[data-city] button")}>
                    { for rows }
                    if figures.elsewhere > 0 {
                        <tr data-testid="table-elsewhere" data-count={figures.elsewhere.to_string()}>
                            <th scope="row">{ t.table_elsewhere() }</th>
                            <td>{ figures.elsewhere }</td>
                            <td>{ wage(figures.elsewhere_median_wage) }</td>
                        </tr>
                    }
                    if figures.remote > 0 {
                        <tr data-testid="table-remote" data-count={figures.remote.to_string()}>
                            <th scope="row">{ t.table_remote() }</th>
                            <td>{ figures.remote }</td>
                            // Their wages are in every place's median already.
                            <td></td>
                        </tr>
                    }
                </tbody>
            </table>
        </div>
    }
}
