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

use crate::i18n::Lang;
use yew::prelude::*;

/// The language from the nearest provider (zh-CN outside one).
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// A click handler that reports `()`: one closure type for every button that only needs to
/// say it was pressed.
pub fn clicked(cb: &Callback<()>) -> Callback<MouseEvent> {
    cb.reform(|_: MouseEvent| ())
}
