use super::{use_lang, JobCard};
use crate::engine::dataset::Dataset;
use crate::ui::state::Card;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, Properties)]
pub struct JobListProps {
    pub data: Rc<Dataset>,
    /// The visible page of ranked jobs, as the state derived them.
    pub cards: Rc<Vec<Card>>,
    /// How many jobs match in all (more than the cards when there are more pages).
    pub total: usize,
    pub on_more: Callback<()>,
    pub on_open: Callback<usize>,
}

impl PartialEq for JobListProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.cards, &other.cards)
            && Rc::ptr_eq(&self.data, &other.data)
            && self.total == other.total
            && self.on_open == other.on_open
    }
}

/// The ranked jobs, one page at a time (never thousands of rows), keyed by job id: a card
/// whose job and fit did not change is not rendered again.
#[function_component(JobList)]
pub fn job_list(props: &JobListProps) -> Html {
    let t = use_lang().texts();
    let more = props.cards.len() < props.total;
    let on_more = {
        let cb = props.on_more.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <section class="sm-results">
            if props.data.jobs().is_empty() {
                <p class="sm-empty">{ t.no_jobs_loaded() }</p>
            } else if props.total == 0 {
                <p class="sm-empty">{ t.no_results() }</p>
            }
            <ul class="sm-job-list" data-testid="job-results" aria-label={t.job_list_label()}>
                { for props.cards.iter().map(|card| html! {
                    <JobCard key={props.data.job(card.job).id.to_string()} data={props.data.clone()} card={*card}
                        on_open={props.on_open.clone()} />
                }) }
            </ul>
            if more {
                <button type="button" class="sm-button sm-more" onclick={on_more}>{ t.show_more() }</button>
            }
        </section>
    }
}
