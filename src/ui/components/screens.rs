use crate::engine::share::{job_link, job_profile_link};
use crate::ui::app::Host;
use crate::ui::components::{
    CourseList, FeedProblems, FilterBar, JobDetail, JobList, KioskLinks, ProfileEditor, ResultCount, Rights, SearchBox,
};
use crate::ui::state::{Action, State};
use crate::ui::url::Screen;
use yew::prelude::*;

#[derive(Clone, Properties)]
pub struct ScreensProps {
    pub state: UseReducerHandle<State>,
    pub on_open: Callback<usize>,
    pub on_close: Callback<()>,
    pub host: Option<Host>,
    pub kiosk: bool,
    /// The standalone app's address, where shared and QR links lead.
    pub app_page: String,
}

/// The screens follow the whole state, which changes (a new `Rc`) exactly when the widget
/// renders again: comparing it would only repeat that. The components below compare what
/// they show.
impl PartialEq for ScreensProps {
    fn eq(&self, _: &Self) -> bool {
        false
    }
}

/// The main area: the open job's detail, else the current screen (jobs, courses, profile,
/// rights). Turns the components' events into actions.
#[function_component(Screens)]
pub fn screens(props: &ScreensProps) -> Html {
    let state = &props.state;
    let d = state.dispatcher();
    let show = |screen: Screen| {
        let d = d.clone();
        Callback::from(move |_| d.dispatch(Action::Show(screen)))
    };
    if let Some(detail) = &state.detail {
        let id = &state.data.job(detail.job).id;
        let tag = state.lang.tag();
        let kiosk = props.kiosk.then(|| KioskLinks {
            job: job_link(&props.app_page, id, tag),
            profile: (!state.profile.is_empty()).then(|| job_profile_link(&props.app_page, id, &state.profile, tag)),
        });
        return html! {
            <JobDetail data={state.data.clone()} detail={detail.clone()} host={props.host.clone()} {kiosk}
                share_url={job_link(&props.app_page, id, tag)}
                on_close={props.on_close.clone()} on_rights={show(Screen::Rights)} />
        };
    }
    match state.screen {
        Screen::Rights => html! { <Rights on_back={show(Screen::Jobs)} /> },
        Screen::Courses => html! { <CourseList data={state.data.clone()} suggestions={state.suggestions.clone()} /> },
        Screen::Profile => {
            let on_edit = {
                let d = d.clone();
                Callback::from(move |edit| d.dispatch(Action::EditProfile(edit)))
            };
            let on_skill_query = {
                let d = d.clone();
                Callback::from(move |text| d.dispatch(Action::SetSkillQuery(text)))
            };
            html! {
                <ProfileEditor data={state.data.clone()} profile={state.profile.clone()}
                    skill_query={state.skill_query.clone()} skill_suggestions={state.skill_suggestions.clone()}
                    {on_edit} {on_skill_query} />
            }
        }
        Screen::Jobs => {
            let on_query = {
                let d = d.clone();
                Callback::from(move |q: String| d.dispatch(Action::SetQuery(q)))
            };
            let on_filters = {
                let d = d.clone();
                Callback::from(move |f| d.dispatch(Action::SetFilters(f)))
            };
            let on_sort = {
                let d = d.clone();
                Callback::from(move |s| d.dispatch(Action::SetSort(s)))
            };
            let on_more = {
                let d = d.clone();
                Callback::from(move |_| d.dispatch(Action::ShowMore))
            };
            html! {
                <>
                    <SearchBox value={state.query_text.clone()} {on_query} />
                    <FilterBar data={state.data.clone()} filters={state.request.filters.clone()} sort={state.request.sort} {on_filters} {on_sort} />
                    <ResultCount total={state.view.total} expired={state.view.expired} />
                    <FeedProblems data={state.data.clone()} />
                    <JobList data={state.data.clone()} cards={state.cards.clone()} total={state.view.total}
                        show_match={state.has_profile} on_add_skills={show(Screen::Profile)}
                        {on_more} on_open={props.on_open.clone()} />
                    <CourseList data={state.data.clone()} suggestions={state.suggestions.clone()} full={false} limit={3}
                        on_more={Some(show(Screen::Courses))} />
                </>
            }
        }
    }
}
