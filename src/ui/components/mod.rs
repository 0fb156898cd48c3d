//! One view per file; each renders what it is given and reports user intent through `on_*`
//! callbacks. None computes a score, ranking or explanation: the state (`ui::state`) derives
//! them. Views with their own hooks or worth skipping when unchanged (a job card, whose props
//! compare cheaply) are components; the rest are plain functions returning `Html`, which
//! costs the download far less than a component each.

mod clear_data;
mod course_list;
mod feed_alert;
mod feed_problems;
pub mod filter_bar;
mod header;
mod job_card;
mod job_detail;
mod job_list;
mod notices;
mod pay_picture;
mod profile_editor;
// The QR encoder is in the full build only (feature `kiosk-qr`); the default build shows the link.
#[cfg_attr(not(feature = "kiosk-qr"), path = "qr_code_absent.rs")]
mod qr_code;
mod result_count;
mod rights;
pub mod screens;
mod search_box;
mod wage_unit_select;
mod work_map;
mod work_table;

pub use clear_data::{clear_data, ClearActions};
pub use course_list::{course_list, CourseView};
pub use feed_alert::feed_alert;
pub use feed_problems::FeedProblems;
pub use filter_bar::filter_bar;
pub use header::header;
pub use job_card::JobCard;
pub use job_detail::{JobDetail, KioskLinks};
pub use job_list::JobList;
pub use notices::{notices, NoticeActions};
pub use pay_picture::{course_bars, pay_strip};
pub use profile_editor::ProfileEditor;
pub use qr_code::qr_code;
pub use result_count::{city_label, result_count};
pub use rights::rights;
pub use screens::screens;
pub use search_box::search_box;
pub use wage_unit_select::wage_unit_select;
pub use work_map::work_map;
pub use work_table::work_table;

use yew::prelude::*;

/// A click handler that reports `()`: one closure type for every button that only needs to
/// say it was pressed.
pub fn clicked(cb: &Callback<()>) -> Callback<MouseEvent> {
    cb.reform(|_: MouseEvent| ())
}

// Builders for the shapes the views repeat (text chips, badges, list items, paragraphs;
// buttons; toggles; options), each written once. Every `html!` element expands into its own
// construction code — a `VTag` written field by field, its attribute and child lists, an
// `Rc` — where it is written; through these each use is a call (4.3 KB less raw wasm, though
// brotli had already taken most of those near-copies out: docs/PERFORMANCE.md, "UI code
// size"). The DOM they build is what the `html!` they replace built.

/// The elements `text` builds.
#[derive(Clone, Copy)]
pub enum Tag {
    Li,
    P,
    Span,
    H3,
}

/// A `tag` element with an optional class (`""` for none) and one text child: a chip, a
/// badge, a list item, a paragraph.
pub fn text(tag: Tag, class: &'static str, text: impl Into<AttrValue>) -> Html {
    text_of(tag, class, text.into())
}

#[inline(never)]
fn text_of(tag: Tag, class: &'static str, text: AttrValue) -> Html {
    let class = (!class.is_empty()).then_some(class);
    match tag {
        Tag::Li => html! { <li {class}>{ text }</li> },
        Tag::P => html! { <p {class}>{ text }</p> },
        Tag::Span => html! { <span {class}>{ text }</span> },
        Tag::H3 => html! { <h3 {class}>{ text }</h3> },
    }
}

/// A `<button type="button">` with its class, an optional `data-action` and a text label.
pub fn button(
    class: &'static str,
    action: Option<&'static str>,
    label: impl Into<AttrValue>,
    onclick: Callback<MouseEvent>,
) -> Html {
    button_of(class, action, label.into(), onclick)
}

#[inline(never)]
fn button_of(
    class: &'static str,
    action: Option<&'static str>,
    label: AttrValue,
    onclick: Callback<MouseEvent>,
) -> Html {
    html! { <button type="button" {class} data-action={action} {onclick}>{ label }</button> }
}

/// A chip that switches something on or off (`aria-pressed`), named for tests and scripts by
/// `data-action` or `data-filter`.
#[inline(never)]
pub fn toggle(
    label: &'static str,
    action: Option<&'static str>,
    filter: Option<AttrValue>,
    on: bool,
    onclick: Callback<MouseEvent>,
) -> Html {
    html! {
        <button type="button" class="sm-chip sm-toggle" data-action={action} data-filter={filter}
            aria-pressed={if on { "true" } else { "false" }} {onclick}>{ label }</button>
    }
}

/// One `<option>` of a select.
#[inline(never)]
pub fn option(value: &str, selected: bool, label: &str) -> Html {
    html! { <option value={value.to_string()} {selected}>{ label }</option> }
}

/// The wage safeguards a posting promises, as badges (nothing when it promises none): the
/// card and the detail show them alike.
#[inline(never)]
pub fn safeguard_badges(t: &crate::i18n::Texts, safeguards: crate::engine::model::Safeguards) -> Html {
    if safeguards.count() == 0 {
        return html! {};
    }
    html! { <ul class="sm-badges">{ for safeguards.iter().map(|s| text(Tag::Li, "sm-badge", t.safeguard(s))) }</ul> }
}

/// A checkbox in its label (`sm-check`), the label's text after the box.
#[inline(never)]
pub fn checkbox(checked: bool, onchange: Callback<Event>, label: &'static str) -> Html {
    html! { <label class="sm-check"><input type="checkbox" {checked} {onchange} />{ label }</label> }
}
