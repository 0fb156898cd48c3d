//! One component per file; each renders props and reports user intent through `on_*`.
//! None computes a score, ranking or explanation: the state (`ui::state`) derives them.

mod clear_data;
mod course_list;
mod feed_alert;
mod feed_problems;
mod filter_bar;
mod header;
mod job_card;
mod job_detail;
mod job_list;
mod notices;
mod profile_editor;
mod qr_code;
mod result_count;
mod rights;
mod screens;
mod search_box;
mod wage_unit_select;

pub use clear_data::ClearData;
pub use course_list::CourseList;
pub use feed_alert::FeedAlert;
pub use feed_problems::FeedProblems;
pub use filter_bar::FilterBar;
pub use header::Header;
pub use job_card::JobCard;
pub use job_detail::{JobDetail, KioskLinks};
pub use job_list::JobList;
pub use notices::Notices;
pub use profile_editor::ProfileEditor;
pub use qr_code::QrCode;
pub use result_count::ResultCount;
pub use rights::Rights;
pub use screens::Screens;
pub use search_box::SearchBox;
pub use wage_unit_select::WageUnitSelect;

use crate::i18n::Lang;
use yew::prelude::*;

/// The language from the nearest provider (zh-CN outside one).
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}
