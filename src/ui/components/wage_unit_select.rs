use super::use_lang;
use crate::engine::model::WageUnit;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The units a worker thinks in for a wage floor or wish: per day, month or hour.
const UNITS: [WageUnit; 3] = [WageUnit::Day, WageUnit::Month, WageUnit::Hour];

#[derive(Clone, PartialEq, Properties)]
pub struct WageUnitSelectProps {
    pub value: WageUnit,
    pub label: AttrValue,
    pub on_change: Callback<WageUnit>,
}

/// A wage unit picker (元/天, 元/月, 元/小时), shared by the filters and the profile.
#[function_component(WageUnitSelect)]
pub fn wage_unit_select(props: &WageUnitSelectProps) -> Html {
    let t = use_lang().texts();
    let onchange = {
        let cb = props.on_change.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            cb.emit(WageUnit::parse(&v).unwrap_or(WageUnit::Month));
        })
    };
    html! {
        <select aria-label={props.label.clone()} {onchange}>
            { for UNITS.iter().map(|u| html! { <option value={u.as_str()} selected={*u == props.value}>{ t.wage_unit(*u) }</option> }) }
        </select>
    }
}
