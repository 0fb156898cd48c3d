use super::{clicked, course_bars};
use crate::engine::dataset::Dataset;
use crate::engine::suggest::{CourseFilters, Suggestion};
use crate::i18n::Texts;
use yew::prelude::*;

/// How the course list is shown: in full on the courses screen (heading, introduction and the
/// free/online filters), or the first few on the home screen with a way to all of them.
pub enum CourseView<'a> {
    Full { filters: CourseFilters, on_filters: &'a Callback<CourseFilters> },
    Top { limit: usize, on_more: &'a Callback<()> },
}

/// Course suggestions in rank order, each saying what it unlocks and what it costs. The
/// free/online filters choose among every course (the state ranks them again), not among the
/// suggestions already shown.
pub fn course_list(t: &Texts, data: &Dataset, suggestions: &[Suggestion], view: CourseView) -> Html {
    let cat = data.catalog();
    let (limit, full) = match view {
        CourseView::Full { .. } => (usize::MAX, true),
        CourseView::Top { limit, .. } => (limit, false),
    };
    let chips = match &view {
        CourseView::Full { filters, on_filters } => {
            let f = *filters;
            let chip = |label: &'static str, on: bool, next: CourseFilters| {
                html! { <button type="button" class="sm-chip sm-toggle" aria-pressed={on.to_string()} onclick={clicked(&on_filters.reform(move |()| next))}>{ label }</button> }
            };
            html! {
                <>
                    <p class="sm-muted">{ t.courses_intro() }</p>
                    <div class="sm-chips">
                        { chip(t.free_with_voucher(), f.free, CourseFilters { free: !f.free, ..f }) }
                        { chip(t.online_only(), f.online, CourseFilters { online: !f.online, ..f }) }
                    </div>
                </>
            }
        }
        CourseView::Top { .. } => html! {},
    };
    html! {
        <section class="sm-courses">
            <h2 class="sm-section-title">{ t.courses_title() }</h2>
            { chips }
            <ul class="sm-course-list" data-testid="course-suggestions">
                { for suggestions.iter().take(limit).map(|s| {
                    let c = &cat.courses[s.course as usize];
                    let reason = if s.unlocks > 0 { t.suggestion_reason(s.unlocks, s.uplift) } else { t.starter_course().to_string() };
                    html! {
                        <li class="sm-card sm-course" key={c.id.clone()} data-course-id={c.id.clone()} data-unlocks={s.unlocks.to_string()}>
                            <h3 class="sm-card-title">{ &c.title }</h3>
                            <p class="sm-card-employer">{ &c.provider }</p>
                            <p class="sm-course-reason">{ reason }</p>
                            if full { { course_bars(t, &s.wages) } }
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
            if let CourseView::Top { on_more, .. } = view {
                <button type="button" class="sm-button sm-more" onclick={clicked(on_more)}>{ t.more_courses() }</button>
            }
        </section>
    }
}
