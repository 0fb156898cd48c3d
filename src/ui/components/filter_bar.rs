use super::{button, clicked, option, toggle, wage_unit_select};
use crate::engine::dataset::Dataset;
use crate::engine::model::{parse_amount, Safeguard, Settlement, WageUnit};
use crate::engine::text::parse_decimal;
use crate::engine::view::{Filters, Sort};
use crate::i18n::{place_name, Lang};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The filter bar's own state: open or not, whether the worker has a home (for the distance
/// filter), and where opening and closing it is reported.
pub struct FilterBar {
    pub open: bool,
    pub has_home: bool,
    /// The worker has named skills: "uses my skills" can filter.
    pub has_skills: bool,
    pub on_open: Callback<bool>,
}

/// Distances offered for "within N km of home".
const DISTANCES: [u32; 5] = [5, 10, 20, 50, 100];

/// Filter chips and selects: place, industry, minimum wage (per day, month or hour), distance
/// from home, settlement, wage safeguards, housing and meals, flexible hours; and the sort
/// order. Each control emits the whole next `Filters`; the state canonicalises and ranks.
pub fn filter_bar(
    lang: Lang,
    data: &Dataset,
    f: &Filters,
    sort: Sort,
    bar: FilterBar,
    on_filters: &Callback<Filters>,
    on_sort: &Callback<Sort>,
) -> Html {
    let t = lang.texts();
    let active = f.active_count();
    let ontoggle = bar.on_open.reform(|e: Event| e.target_unchecked_into::<web_sys::HtmlDetailsElement>().open());
    if !bar.open {
        // Closed, only its summary: the controls are not rendered (nor diffed on every
        // keystroke) until the worker opens it.
        return html! {
            <details class="sm-filters" {ontoggle}>
                <summary>{ t.filters(active) }</summary>
            </details>
        };
    }
    let select_value = |e: Event| e.target_unchecked_into::<HtmlSelectElement>().value();
    let text = |v: String| (!v.is_empty()).then_some(v);
    let on_city = {
        let f = f.clone();
        on_filters.reform(move |e| f.clone().with_city(text(select_value(e))))
    };
    let on_county = {
        let f = f.clone();
        on_filters.reform(move |e| Filters { county: text(select_value(e)), ..f.clone() })
    };
    let on_category = {
        let f = f.clone();
        on_filters.reform(move |e| Filters { category: text(select_value(e)), ..f.clone() })
    };
    let on_km = {
        let f = f.clone();
        on_filters
            .reform(move |e| Filters { max_km: parse_decimal(&select_value(e)).filter(|k| *k > 0.0), ..f.clone() })
    };
    let unit = f.min_wage.map_or(WageUnit::Month, |(_, u)| u);
    let on_wage = {
        let f = f.clone();
        on_filters.reform(move |e: Event| {
            let v = parse_amount(&e.target_unchecked_into::<HtmlInputElement>().value());
            Filters { min_wage: v.map(|v| (v, unit)), ..f.clone() }
        })
    };
    let on_unit = {
        let f = f.clone();
        on_filters.reform(move |u| Filters { min_wage: f.min_wage.map(|(w, _)| (w, u)), ..f.clone() })
    };
    let on_sort = on_sort.reform(move |e| Sort::parse(&select_value(e)).unwrap_or_default());
    // `data-filter` names the chip by its URL parameter and value ("settle:daily").
    let chip = |label: &'static str, filter: String, on: bool, next: Filters| {
        toggle(label, None, Some(filter.into()), on, clicked(&on_filters.reform(move |()| next.clone())))
    };
    let edited = |edit: &dyn Fn(&mut Filters)| {
        let mut next = f.clone();
        edit(&mut next);
        next
    };
    let cities = &data.catalog().places;
    let counties = f
        .city
        .as_ref()
        .and_then(|c| cities.iter().find(|p| p.name == *c))
        .map(|p| p.counties.as_slice())
        .unwrap_or_default();
    let wage_text = f.min_wage.map(|(w, _)| crate::i18n::decimal(w)).unwrap_or_default();
    let km = f.max_km.map(|k| k.round() as u32);
    let has_home = bar.has_home;
    html! {
        <details class="sm-filters" open=true {ontoggle}>
            <summary>{ t.filters(active) }</summary>
            <div class="sm-filter-grid">
                <label class="sm-field">{ t.city() }
                    <select onchange={on_city}>
                        { option("", f.city.is_none(), t.any_place()) }
                        { for cities.iter().map(|p| option(&p.name, f.city.as_deref() == Some(p.name.as_str()), place_name(lang, &p.name, &p.en))) }
                    </select>
                </label>
                if !counties.is_empty() {
                    <label class="sm-field">{ t.county() }
                        <select onchange={on_county}>
                            { option("", f.county.is_none(), t.any_place()) }
                            { for counties.iter().map(|c| option(&c.name, f.county.as_deref() == Some(c.name.as_str()), place_name(lang, &c.name, &c.en))) }
                        </select>
                    </label>
                }
                <label class="sm-field">{ t.max_km() }
                    <select onchange={on_km} disabled={!has_home && km.is_none()} data-filter="km">
                        { option("", km.is_none(), if has_home { t.any_distance() } else { t.distance_needs_home() }) }
                        { for DISTANCES.iter().map(|d| option(&d.to_string(), km == Some(*d), &t.within_km(*d))) }
                    </select>
                </label>
                <label class="sm-field">{ t.category() }
                    <select onchange={on_category}>
                        { option("", f.category.is_none(), t.any_category()) }
                        { for data.categories().iter().map(|c| option(c, f.category.as_deref() == Some(&**c), c)) }
                    </select>
                </label>
                <div class="sm-field sm-wage-field">
                    <label>{ t.min_wage() }
                        <input type="number" inputmode="numeric" min="0" step="100" value={wage_text} onchange={on_wage} />
                    </label>
                    { wage_unit_select(t, unit, t.min_wage(), &on_unit) }
                </div>
                <label class="sm-field">{ t.sort_label() }
                    <select onchange={on_sort}>
                        { for Sort::ALL.iter().map(|s| option(s.as_str(), *s == sort, t.sort(*s))) }
                    </select>
                </label>
            </div>
            <fieldset class="sm-chips">
                <legend>{ t.settlement_heading() }</legend>
                { for Settlement::ALL.iter().map(|&s| {
                    let on = f.settlement.contains(&s);
                    let next = edited(&|n| if on { n.settlement.retain(|x| *x != s) } else { n.settlement.push(s) });
                    chip(t.settlement(s), format!("settle:{}", s.as_str()), on, next)
                }) }
            </fieldset>
            <fieldset class="sm-chips">
                <legend>{ t.safeguards_heading() }</legend>
                { for [Safeguard::Contract, Safeguard::Insurance, Safeguard::WageAccount].into_iter().map(|g| {
                    let on = f.safeguards.has(g);
                    let next = edited(&|n| n.safeguards = if on { n.safeguards.without(g) } else { n.safeguards.with(g) });
                    chip(t.safeguard(g), format!("guard:{}", g.as_str()), on, next)
                }) }
                { chip(t.housing_meals_filter(), "housing:1".into(), f.housing && f.meals, {
                    let on = f.housing && f.meals;
                    edited(&|n| { n.housing = !on; n.meals = !on; })
                }) }
                { chip(t.flexible_filter(), "flexible:1".into(), f.flexible_hours, edited(&|n| n.flexible_hours = !n.flexible_hours)) }
                if bar.has_skills || f.fits {
                    { chip(t.fits_filter(), "fit:1".into(), f.fits, edited(&|n| n.fits = !n.fits)) }
                }
            </fieldset>
            if active > 0 {
                { button("sm-button sm-link-button", None, t.clear_filters(), clicked(&on_filters.reform(|()| Filters::default()))) }
            }
        </details>
    }
}
