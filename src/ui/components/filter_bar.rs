use super::{use_lang, WageUnitSelect};
use crate::engine::dataset::Dataset;
use crate::engine::model::{parse_amount, Safeguard, Settlement, WageUnit};
use crate::engine::view::{Filters, Sort};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Clone, Properties)]
pub struct FilterBarProps {
    pub data: Rc<Dataset>,
    pub filters: Filters,
    pub sort: Sort,
    pub on_filters: Callback<Filters>,
    pub on_sort: Callback<Sort>,
}

impl PartialEq for FilterBarProps {
    fn eq(&self, other: &Self) -> bool {
        self.filters == other.filters && self.sort == other.sort && Rc::ptr_eq(&self.data, &other.data)
    }
}

/// Filter chips and selects: place, industry, minimum wage (per day or month),
/// settlement, wage safeguards, housing and meals, flexible hours; and the sort order.
#[function_component(FilterBar)]
pub fn filter_bar(props: &FilterBarProps) -> Html {
    let t = use_lang().texts();
    let f = &props.filters;
    let change = |edit: Rc<dyn Fn(&mut Filters)>| {
        let (cb, f) = (props.on_filters.clone(), f.clone());
        Callback::from(move |_: MouseEvent| {
            let mut next = f.clone();
            edit(&mut next);
            cb.emit(next);
        })
    };
    let select_value = |e: &Event| e.target_unchecked_into::<HtmlSelectElement>().value();
    let on_city = {
        let (cb, f) = (props.on_filters.clone(), f.clone());
        Callback::from(move |e: Event| {
            let v = select_value(&e);
            cb.emit(f.clone().with_city((!v.is_empty()).then_some(v)));
        })
    };
    let on_county = {
        let (cb, f) = (props.on_filters.clone(), f.clone());
        Callback::from(move |e: Event| {
            let v = select_value(&e);
            cb.emit(Filters { county: (!v.is_empty()).then_some(v), ..f.clone() });
        })
    };
    let on_category = {
        let (cb, f) = (props.on_filters.clone(), f.clone());
        Callback::from(move |e: Event| {
            let v = select_value(&e);
            cb.emit(Filters { category: (!v.is_empty()).then_some(v), ..f.clone() });
        })
    };
    let unit = f.min_wage.map_or(WageUnit::Month, |(_, u)| u);
    let on_wage = {
        let (cb, f) = (props.on_filters.clone(), f.clone());
        Callback::from(move |e: Event| {
            let v = parse_amount(&e.target_unchecked_into::<HtmlInputElement>().value());
            cb.emit(Filters { min_wage: v.map(|v| (v, unit)), ..f.clone() });
        })
    };
    let on_unit = {
        let (cb, f) = (props.on_filters.clone(), f.clone());
        Callback::from(move |u: WageUnit| {
            cb.emit(Filters { min_wage: f.min_wage.map(|(w, _)| (w, u)), ..f.clone() });
        })
    };
    let on_sort = {
        let cb = props.on_sort.clone();
        Callback::from(move |e: Event| cb.emit(Sort::parse(&select_value(&e)).unwrap_or_default()))
    };
    // `data-filter` names the chip by its URL parameter and value ("settle:daily").
    let chip = |label: &'static str, filter: String, on: bool, onclick: Callback<MouseEvent>| {
        html! { <button type="button" class="sm-chip sm-toggle" data-filter={filter} aria-pressed={on.to_string()} {onclick}>{ label }</button> }
    };
    let cities = &props.data.catalog().places;
    let categories = props.data.categories();
    let counties = f
        .city
        .as_ref()
        .and_then(|c| cities.iter().find(|p| p.name == *c))
        .map(|p| p.counties.as_slice())
        .unwrap_or_default();
    let wage_text = f.min_wage.map(|(w, _)| crate::i18n::decimal(w)).unwrap_or_default();
    html! {
        <details class="sm-filters" open={f.active_count() > 0}>
            <summary>{ t.filters(f.active_count()) }</summary>
            <div class="sm-filter-grid">
                <label class="sm-field">{ t.city() }
                    <select onchange={on_city}>
                        <option value="" selected={f.city.is_none()}>{ t.any_place() }</option>
                        { for cities.iter().map(|p| html! { <option value={p.name.clone()} selected={f.city.as_deref() == Some(p.name.as_str())}>{ &p.name }</option> }) }
                    </select>
                </label>
                if !counties.is_empty() {
                    <label class="sm-field">{ t.county() }
                        <select onchange={on_county}>
                            <option value="" selected={f.county.is_none()}>{ t.any_place() }</option>
                            { for counties.iter().map(|c| html! { <option value={c.name.clone()} selected={f.county.as_deref() == Some(c.name.as_str())}>{ &c.name }</option> }) }
                        </select>
                    </label>
                }
                <label class="sm-field">{ t.category() }
                    <select onchange={on_category}>
                        <option value="" selected={f.category.is_none()}>{ t.any_category() }</option>
                        { for categories.iter().map(|c| html! { <option value={c.to_string()} selected={f.category.as_deref() == Some(&**c)}>{ &**c }</option> }) }
                    </select>
                </label>
                <div class="sm-field sm-wage-field">
                    <label>{ t.min_wage() }
                        <input type="number" inputmode="numeric" min="0" step="100" value={wage_text} onchange={on_wage} />
                    </label>
                    <WageUnitSelect value={unit} label={t.min_wage()} on_change={on_unit} />
                </div>
                <label class="sm-field">{ t.sort_label() }
                    <select onchange={on_sort}>
                        { for Sort::ALL.iter().map(|s| html! { <option value={s.as_str()} selected={*s == props.sort}>{ t.sort(*s) }</option> }) }
                    </select>
                </label>
            </div>
            <fieldset class="sm-chips">
                <legend>{ t.settlement_heading() }</legend>
                { for Settlement::ALL.iter().map(|s| {
                    let s = *s;
                    let on = f.settlement.contains(&s);
                    chip(t.settlement(s), format!("settle:{}", s.as_str()), on, change(Rc::new(move |n: &mut Filters| {
                        if on { n.settlement.retain(|x| *x != s) } else { n.settlement.push(s) }
                    })))
                }) }
            </fieldset>
            <fieldset class="sm-chips">
                <legend>{ t.safeguards_heading() }</legend>
                { for [Safeguard::Contract, Safeguard::Insurance, Safeguard::WageAccount].iter().map(|g| {
                    let g = *g;
                    let on = f.safeguards.has(g);
                    chip(t.safeguard(g), format!("guard:{}", g.as_str()), on, change(Rc::new(move |n: &mut Filters| {
                        n.safeguards = if on { n.safeguards.without(g) } else { n.safeguards.with(g) };
                    })))
                }) }
                { chip(t.housing_meals_filter(), "housing:1".into(), f.housing && f.meals, change(Rc::new({
                    let on = f.housing && f.meals;
                    move |n: &mut Filters| { n.housing = !on; n.meals = !on; }
                }))) }
                { chip(t.flexible_filter(), "flexible:1".into(), f.flexible_hours, change(Rc::new(|n: &mut Filters| n.flexible_hours = !n.flexible_hours))) }
            </fieldset>
            if f.active_count() > 0 {
                <button type="button" class="sm-button sm-link-button" onclick={change(Rc::new(|n: &mut Filters| *n = Filters::default()))}>{ t.clear_filters() }</button>
            }
        </details>
    }
}
