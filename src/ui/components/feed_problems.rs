use super::use_lang;
use crate::engine::feed::Problem;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, PartialEq, Properties)]
pub struct FeedProblemsProps {
    pub problems: Rc<Vec<Problem>>,
}

/// How many records were skipped or repaired, with the list one tap away.
#[function_component(FeedProblems)]
pub fn feed_problems(props: &FeedProblemsProps) -> Html {
    let t = use_lang().texts();
    if props.problems.is_empty() {
        return html! {};
    }
    html! {
        <details class="sm-problems" data-testid="feed-problems">
            <summary>{ t.problems_found(props.problems.len()) }</summary>
            <ul>
                { for props.problems.iter().map(|p| html! {
                    <li>
                        <span class="sm-problem-where">{ t.problem_where(p.list.key(), p.record, p.id.as_deref()) }</span>
                        { " " }<code>{ &p.path }</code>{ " " }
                        { t.problem(&p.kind) }
                        { if p.skipped { html! { <em>{ " · " }{ t.problem_skipped() }</em> } } else { html! {} } }
                    </li>
                }) }
            </ul>
        </details>
    }
}
