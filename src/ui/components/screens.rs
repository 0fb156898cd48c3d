use super::filter_bar::FilterBar;
use super::{course_list, filter_bar, result_count, rights, search_box, work_map, CourseView};
use crate::engine::share::{job_link, job_profile_link};
use crate::ui::app::Host;
use crate::ui::components::{FeedProblems, JobDetail, JobList, KioskLinks, ProfileEditor};
use crate::ui::state::{Action, MapFile, State};
use crate::ui::url::Screen;
use yew::prelude::*;

/// Where the screens' links lead and whom their events reach.
pub struct ScreenContext<'a> {
    pub on_open: &'a Callback<usize>,
    pub on_close: &'a Callback<()>,
    pub on_choose: &'a Callback<String>,
    pub host: &'a Option<Host>,
    pub kiosk: bool,
    /// The standalone app's address, where shared and QR links lead.
    pub app_page: &'a str,
    /// Load a pack's other cities (when only the home city was loaded).
    pub on_load_rest: &'a Callback<()>,
}

/// The main area: the open job's detail, else the current screen (jobs — with the work map
/// beside them on a kiosk —, the map, courses, profile, rights). Turns the views' events
/// into actions.
pub fn screens(state: &UseReducerHandle<State>, cx: &ScreenContext) -> Html {
    let t = state.lang.texts();
    let d = state.dispatcher();
    let actions = d.to_callback();
    let act = |make: fn(()) -> Action| {
        let d = d.clone();
        Callback::from(move |x: ()| d.dispatch(make(x)))
    };
    let show = |screen: Screen| {
        let d = d.clone();
        Callback::from(move |_: ()| d.dispatch(Action::Show(screen)))
    };
    if let Some(detail) = &state.detail {
        let id = &state.data.job(detail.job).id;
        let tag = state.lang.tag();
        let kiosk = cx.kiosk.then(|| KioskLinks {
            job: job_link(cx.app_page, id, tag),
            profile: (!state.profile.is_empty()).then(|| job_profile_link(cx.app_page, id, &state.profile, tag)),
        });
        return html! {
            <JobDetail lang={state.lang} data={state.data.clone()} detail={detail.clone()} host={cx.host.clone()} {kiosk}
                share_url={job_link(cx.app_page, id, tag)}
                on_close={cx.on_close.clone()} on_rights={show(Screen::Rights)} />
        };
    }
    match state.screen {
        Screen::Rights => rights(t, &show(Screen::Jobs)),
        Screen::Courses => {
            let on_filters = actions.reform(Action::SetCourseFilters);
            let view = CourseView::Full { filters: state.course_filters, on_filters: &on_filters };
            course_list(t, &state.data, &state.suggestions, view)
        }
        Screen::Profile => html! {
            <ProfileEditor lang={state.lang} data={state.data.clone()} profile={state.profile.clone()}
                skill_query={state.skill_query.clone()} skill_suggestions={state.skill_suggestions.clone()}
                on_edit={actions.reform(Action::EditProfile)} on_skill_query={actions.reform(Action::SetSkillQuery)} />
        },
        Screen::Map | Screen::Jobs => {
            let bar = FilterBar {
                open: state.filters_open,
                has_home: state.worker.geo.is_some(),
                has_skills: state.worker.has_skills(),
                on_open: actions.reform(Action::OpenFilters),
            };
            let more_courses = show(Screen::Courses);
            let retry = actions.reform(|()| Action::MapFile(MapFile::NotFetched));
            let map = work_map(state, cx.on_choose, &retry);
            let query = html! {
                <>
                    { search_box(t, &state.query_text, &actions.reform(Action::SetQuery)) }
                    { filter_bar(state.lang, &state.data, &state.request.filters, state.request.sort, bar,
                        &actions.reform(Action::SetFilters), &actions.reform(Action::SetSort)) }
                </>
            };
            if state.screen == Screen::Map {
                return html! { <>{ query }{ map }</> };
            }
            let list = html! {
                <>
                    { result_count(state.lang, &state.data, state.view.total, state.view.expired, state.pack.as_deref(), cx.on_load_rest) }
                    <FeedProblems lang={state.lang} data={state.data.clone()} shown={state.problems_shown} on_more={act(|()| Action::MoreProblems)} />
                    <JobList lang={state.lang} data={state.data.clone()} cards={state.cards.clone()} shown={state.shown} full={state.full} total={state.view.total}
                        show_match={state.has_profile} on_add_skills={show(Screen::Profile)}
                        on_more={act(|()| Action::ShowMore)} on_open={cx.on_open.clone()} />
                    { course_list(t, &state.data, &state.suggestions, CourseView::Top { limit: 3, on_more: &more_courses }) }
                </>
            };
            // A kiosk's home: the map beside the list (above it on a tall screen).
            if state.work_map.is_some() {
                return html! {
                    <div class="sm-home">
                        <div class="sm-home-map">{ map }</div>
                        <div class="sm-home-list">{ query }{ list }</div>
                    </div>
                };
            }
            html! { <>{ query }{ list }</> }
        }
    }
}
