use crate::engine::dataset::Dataset;
use crate::i18n::Lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, Properties)]
pub struct FeedProblemsProps {
    pub lang: Lang,
    pub data: Rc<Dataset>,
}

impl PartialEq for FeedProblemsProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.data, &other.data) && self.lang == other.lang
    }
}

/// Problems listed per page of the expanded list.
const PAGE: usize = 50;

/// How many records were skipped or repaired, with the list one tap away, a page at a time
/// (a hostile feed has millions; the engine keeps the first few hundred and counts the rest).
#[function_component(FeedProblems)]
pub fn feed_problems(props: &FeedProblemsProps) -> Html {
    let t = props.lang.texts();
    let shown = use_state(|| PAGE);
    let problems = &props.data.problems();
    if problems.total() == 0 {
        return html! {};
    }
    let more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE))
    };
    html! {
        <details class="sm-problems" data-testid="feed-problems">
            <summary>{ t.problems_found(problems.total()) }</summary>
            <ul>
                { for problems.iter().take(*shown).map(|p| html! {
                    <li>
                        <span class="sm-problem-where">{ t.problem_where(p.list, p.record, p.id.as_deref()) }</span>
                        { " " }<code>{ &p.path }</code>{ " " }
                        { t.problem(&p.kind) }
                        { if p.skipped { html! { <em>{ " · " }{ t.problem_skipped() }</em> } } else { html! {} } }
                    </li>
                }) }
            </ul>
            if *shown < problems.len() {
                <button type="button" class="sm-button sm-more" onclick={more}>{ t.show_more() }</button>
            } else if problems.not_kept() > 0 {
                <p class="sm-muted">{ t.problems_not_listed(problems.not_kept()) }</p>
            }
        </details>
    }
}
