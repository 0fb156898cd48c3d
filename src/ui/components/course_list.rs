use super::use_lang;
use crate::engine::dataset::Dataset;
use crate::engine::suggest::Suggestion;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, Properties)]
pub struct CourseListProps {
    pub data: Rc<Dataset>,
    pub suggestions: Rc<Vec<Suggestion>>,
    /// Show the heading and introduction (the courses screen) or only the list (home).
    #[prop_or(true)]
    pub full: bool,
}

impl PartialEq for CourseListProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.suggestions, &other.suggestions)
            && Rc::ptr_eq(&self.data, &other.data)
            && self.full == other.full
    }
}

/// Course suggestions in rank order, each saying what it unlocks and what it costs.
#[function_component(CourseList)]
pub fn course_list(props: &CourseListProps) -> Html {
    let t = use_lang().texts();
    let cat = &props.data.catalog;
    html! {
        <section class="sm-courses">
            <h2 class="sm-section-title">{ t.courses_title() }</h2>
            if props.full {
                <p class="sm-muted">{ t.courses_intro() }</p>
            }
            <ul class="sm-course-list" data-testid="course-suggestions">
                { for props.suggestions.iter().map(|s| {
                    let c = &cat.courses[s.course as usize];
                    let reason = if s.unlocks > 0 { t.suggestion_reason(s.unlocks, s.uplift) } else { t.starter_course().to_string() };
                    html! {
                        <li class="sm-card sm-course" key={c.id.clone()} data-course-id={c.id.clone()}>
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
        </section>
    }
}
