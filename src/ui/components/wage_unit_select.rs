use crate::engine::model::WageUnit;
use crate::i18n::Texts;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The units a worker thinks in for a wage floor or wish: per day, month or hour.
const UNITS: [WageUnit; 3] = [WageUnit::Day, WageUnit::Month, WageUnit::Hour];

/// A wage unit picker (元/天, 元/月, 元/小时), shared by the filters and the profile.
pub fn wage_unit_select(t: &Texts, value: WageUnit, label: &'static str, on_change: &Callback<WageUnit>) -> Html {
    let onchange = on_change.reform(|e: Event| {
        WageUnit::parse(&e.target_unchecked_into::<HtmlSelectElement>().value()).unwrap_or(WageUnit::Month)
    });
    html! {
        <select aria-label={label} {onchange}>
            { for UNITS.iter().map(|u| html! { <option value={u.as_str()} selected={*u == value}>{ t.wage_unit(*u) }</option> }) }
        </select>
    }
}
