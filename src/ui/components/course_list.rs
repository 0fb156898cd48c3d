use super::use_lang;
use crate::engine::dataset::Dataset;
use crate::engine::model::Mode;
use crate::engine::suggest::Suggestion;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, Properties)]
pub struct CourseListProps {
    pub data: Rc<Dataset>,
    pub suggestions: Rc<Vec<Suggestion>>,
    /// The courses screen (heading, introduction, filters) or a few on the home screen.
    #[prop_or(true)]
    pub full: bool,
    /// On the home screen: how many to show, and where "all courses" leads.
    #[prop_or(usize::MAX)]
    pub limit: usize,
    #[prop_or_default]
    pub on_more: Option<Callback<()>>,
}

impl PartialEq for CourseListProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.suggestions, &other.suggestions)
            && Rc::ptr_eq(&self.data, &other.data)
            && self.full == other.full
            && self.limit == other.limit
    }
}

/// Course suggestions in rank order, each saying what it unlocks and what it costs; on the
/// courses screen they can be narrowed to free-with-voucher and online courses.
#[function_component(CourseList)]
pub fn course_list(props: &CourseListProps) -> Html {
    let t = use_lang().texts();
    let cat = props.data.catalog();
    let free = use_state(|| false);
    let online = use_state(|| false);
    let toggle = |flag: &UseStateHandle<bool>| {
        let flag = flag.clone();
        Callback::from(move |_: MouseEvent| flag.set(!*flag))
    };
    let shown = props
        .suggestions
        .iter()
        .filter(|s| {
            let c = &cat.courses[s.course as usize];
            (!*free || (c.voucher || s.cost == 0.0)) && (!*online || c.mode == Mode::Online)
        })
        .take(props.limit);
    html! {
        <section class="sm-courses">
            <h2 class="sm-section-title">{ t.courses_title() }</h2>
            if props.full {
                <p class="sm-muted">{ t.courses_intro() }</p>
                <div class="sm-chips">
                    <button type="button" class="sm-chip sm-toggle" aria-pressed={free.to_string()} onclick={toggle(&free)}>{ t.free_with_voucher() }</button>
                    <button type="button" class="sm-chip sm-toggle" aria-pressed={online.to_string()} onclick={toggle(&online)}>{ t.online_only() }</button>
                </div>
            }
            <ul class="sm-course-list" data-testid="course-suggestions">
                { for shown.map(|s| {
                    let c = &cat.courses[s.course as usize];
                    let reason = if s.unlocks > 0 { t.suggestion_reason(s.unlocks, s.uplift) } else { t.starter_course().to_string() };
                    html! {
                        <li class="sm-card sm-course" key={c.id.clone()} data-course-id={c.id.clone()} data-unlocks={s.unlocks.to_string()}>
                            <h3 class="sm-card-title">{ &c.title }</h3>
                            <p class="sm-card-employer">{ &c.provider }</p>
                            <p class="sm-course-reason">{ reason }</p>
                            <ul class="sm-badges">
                                <li class="sm-chip">{ t.mode(c.mode) }</li>
                                if !c.city.is_empty() { <li class="sm-chip">{ &c.city }</li> }
                                { for c.days.map(|d| html! { <li class="sm-chip">{ t.days(d) }</li> }) }
                                <li class="sm-chip">{ t.cost(s.cost) }</li>
                                if c.voucher { <li class="sm-badge">{ t.voucher() }</li> }
                                { for c.subsidy.map(|y| html! { <li class="sm-badge">{ t.subsidy(y) }</li> }) }
                                { for c.starts.map(|d| html! { <li class="sm-chip">{ t.starts(&d.to_string()) }</li> }) }
                            </ul>
                        </li>
                    }
                }) }
            </ul>
            if let Some(cb) = props.on_more.clone() {
                <button type="button" class="sm-button sm-more" onclick={Callback::from(move |_: MouseEvent| cb.emit(()))}>{ t.more_courses() }</button>
            }
        </section>
    }
}
