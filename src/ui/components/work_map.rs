use super::work_table;
use crate::engine::dataset::Dataset;
use crate::engine::work_map::{CityFigures, WorkMap, SHADES};
use crate::i18n::{place_name, short_place, Lang};
use crate::ui::state::{MapFile, State};
use yew::prelude::*;

/// Each shade's class, 0 (no jobs) to `SHADES`.
const SHADE_CLASS: [&str; SHADES as usize + 1] =
    ["sm-shade-0", "sm-shade-1", "sm-shade-2", "sm-shade-3", "sm-shade-4", "sm-shade-5"];

/// 哪里有活: Sichuan's prefectures shaded by the jobs that fit, each labelled with its count
/// (and, on wider screens, its name and — where there is room — its median monthly wage), a marker for the jobs outside
/// the map, the notes, and the same figures as a table. Choosing a place (tap, Enter, Space)
/// reports its name; the state sets the city filter and shows the list.
pub fn work_map(state: &State, on_choose: &Callback<String>, on_retry: &Callback<()>) -> Html {
    let Some(figures) = state.work_map.as_deref() else { return html! {} };
    let (lang, data) = (state.lang, &*state.data);
    let t = lang.texts();
    let chosen = state.request.filters.city.as_deref();
    let picture = match &state.map_file {
        MapFile::Ready(file) => map_svg(lang, data, figures, file, chosen, on_choose),
        MapFile::Failed => html! {
            <div class="sm-notice sm-notice-warn" data-testid="map-failed" aria-live="polite">
                <p>{ t.map_failed() }</p>
                { super::button("sm-button", Some("retry-map"), t.retry(), super::clicked(on_retry)) }
            </div>
        },
        MapFile::NotFetched | MapFile::Fetching => html! {
            <p class="sm-muted sm-map-loading" data-testid="map-loading" aria-live="polite">{ t.map_loading() }</p>
        },
    };
    html! {
        <section class="sm-map-view" aria-labelledby="sm-map-title">
            <h2 id="sm-map-title" class="sm-section-title">{ t.nav_map() }</h2>
            <p class="sm-muted">{ t.map_intro() }</p>
            if state.worker.has_skills() {
                <p class="sm-muted" data-testid="map-fits">{ t.map_fits_note() }</p>
            }
            { picture }
            if figures.remote > 0 {
                <p class="sm-map-note" data-testid="map-remote" data-count={figures.remote.to_string()}>{ t.map_remote(figures.remote) }</p>
            }
            if figures.elsewhere > 0 {
                <p class="sm-map-note" data-testid="map-elsewhere" data-count={figures.elsewhere.to_string()}>{ t.map_elsewhere(figures.elsewhere) }</p>
            }
            { work_table(lang, data, figures, on_choose) }
        </section>
    }
}

/// What a map shape is, for `chosen_place`.
const SHAPE: &str = "path[data-city]";

/// The place an event on a container chose: the `data-city` around the element matching
/// `chooser` (a map shape, a table row's button) that the event came from, if any. The map
/// and the table listen once, on their container, instead of once per place.
fn chosen_place(e: &Event, chooser: &str) -> Option<String> {
    let target = e.target_dyn_into::<web_sys::Element>()?;
    target.closest(chooser).ok()??.closest("[data-city]").ok()??.get_attribute("data-city")
}

/// A click listener for a container of places: reports the place chosen, if any.
pub fn choose_on_click(on_choose: &Callback<String>, chooser: &'static str) -> Callback<MouseEvent> {
    let cb = on_choose.clone();
    Callback::from(move |e: MouseEvent| {
        if let Some(city) = chosen_place(&e, chooser) {
            cb.emit(city);
        }
    })
}

/// The map itself. Shapes first, labels after all of them (a neighbour drawn later would
/// otherwise cover a label), the marker for jobs elsewhere in the empty north-east corner.
fn map_svg(
    lang: Lang,
    data: &Dataset,
    figures: &WorkMap,
    file: &crate::engine::map_outline::MapOutlines,
    chosen: Option<&str>,
    on_choose: &Callback<String>,
) -> Html {
    let t = lang.texts();
    let places = &data.catalog().places;
    let drawn: Vec<(&crate::engine::map_outline::Outline, &CityFigures)> =
        file.outlines.iter().filter_map(|o| figures.by_code(data, &o.code).map(|c| (o, c))).collect();
    let shapes = drawn.iter().map(|(o, c)| {
        let place = &places[c.place as usize];
        let label = t.map_city(place_name(lang, &place.name, &place.en), c.jobs, c.median_wage);
        let mut class = format!("sm-map-city {}", SHADE_CLASS[usize::from(figures.shade(c))]);
        if chosen == Some(&*place.name) {
            class.push_str(" sm-chosen");
        }
        html! {
            <path d={o.path.clone()} {class} data-city={place.name.clone()} data-count={c.jobs.to_string()}
                tabindex="0" role="button" aria-label={label} />
        }
    });
    let labels = drawn.iter().map(|(o, c)| {
        let place = &places[c.place as usize];
        let (x, y) = (o.label.0.to_string(), o.label.1.to_string());
        let class = if o.crowded { "sm-map-label sm-map-small" } else { "sm-map-label" };
        html! {
            <text {class} x={x.clone()} y={y.clone()}>
                <tspan class="sm-map-name" x={x.clone()} dy="-1.1em">{ short_place(lang, &place.name, &place.en) }</tspan>
                <tspan class="sm-map-count" x={x.clone()} y={y.clone()}>{ c.jobs }</tspan>
                if let (Some(w), false) = (c.median_wage, o.crowded) {
                    <tspan class="sm-map-wage" x={x} dy="1.05em">{ t.map_wage(w) }</tspan>
                }
            </text>
        }
    });
    // One listener for all the shapes (a tap, Enter or Space on one chooses its place).
    let onclick = choose_on_click(on_choose, SHAPE);
    let onkeydown = {
        let cb = on_choose.clone();
        Callback::from(move |e: KeyboardEvent| {
            if let Some(city) = (e.key() == "Enter" || e.key() == " ").then(|| chosen_place(&e, SHAPE)).flatten() {
                e.prevent_default();
                cb.emit(city);
            }
        })
    };
    let (w, _) = file.size();
    let marker = (figures.elsewhere > 0).then(|| {
        let x = (w - 8).to_string();
        html! {
            <text class="sm-map-label sm-map-elsewhere" x={x.clone()} y="40" data-testid="map-elsewhere-marker">
                <tspan class="sm-map-count" x={x}>{ t.map_elsewhere_marker(figures.elsewhere) }</tspan>
            </text>
        }
    });
    html! {
        <figure class="sm-map-figure">
            <svg class="sm-map" data-testid="work-map" viewBox={file.view_box.clone()} role="group" aria-label={t.map_label()}>
                <g class="sm-map-shapes" {onclick} {onkeydown}>{ for shapes }</g>
                <g class="sm-map-labels" aria-hidden="true">{ for labels }{ for marker }</g>
            </svg>
            <figcaption class="sm-map-legend">
                <span>{ t.map_few() }</span>
                <svg class="sm-map-swatches" viewBox="0 0 72 10" aria-hidden="true">
                    { for SHADE_CLASS.iter().enumerate().map(|(s, class)| html! { <rect class={*class} x={(12 * s).to_string()} y="0" width="11" height="10" /> }) }
                </svg>
                <span>{ t.map_many() }</span>
                <span class="sm-muted">{ t.map_legend() }</span>
            </figcaption>
        </figure>
    }
}
