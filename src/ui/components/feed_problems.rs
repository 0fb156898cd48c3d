use crate::engine::dataset::Dataset;
use crate::i18n::Lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, Properties)]
pub struct FeedProblemsProps {
    pub lang: Lang,
    pub data: Rc<Dataset>,
    /// How many to list (a page more each time `on_more` is pressed).
    pub shown: usize,
    pub on_more: Callback<()>,
}

impl PartialEq for FeedProblemsProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.data, &other.data) && self.lang == other.lang && self.shown == other.shown
    }
}

/// How many records were skipped or repaired, with the list one tap away, a page at a time
/// (`state::PROBLEMS_PAGE`). A component: it is not rendered again while its props stay
/// the same.
#[function_component(FeedProblems)]
pub fn feed_problems(props: &FeedProblemsProps) -> Html {
    let t = props.lang.texts();
    let shown = props.shown;
    let problems = &props.data.problems();
    if problems.total() == 0 {
        return html! {};
    }
    let more = super::clicked(&props.on_more);
    html! {
        <details class="sm-problems" data-testid="feed-problems">
            <summary>{ t.problems_found(problems.total()) }</summary>
            <ul>
                { for problems.iter().take(shown).map(|p| html! {
                    <li>
                        <span class="sm-problem-where">{ t.problem_where(p.list, p.record, p.id.as_deref()) }</span>
                        { " " }<code>{ &p.path }</code>{ " " }
                        { t.problem(&p.kind) }
                        { if p.skipped { html! { <em>{ " · " }{ t.problem_skipped() }</em> } } else { html! {} } }
                    </li>
                }) }
            </ul>
            if shown < problems.len() {
                <button type="button" class="sm-button sm-more" onclick={more}>{ t.show_more() }</button>
            } else if problems.not_kept() > 0 {
                <p class="sm-muted">{ t.problems_not_listed(problems.not_kept()) }</p>
            }
        </details>
    }
}
