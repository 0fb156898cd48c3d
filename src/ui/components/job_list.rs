use super::JobCard;
use crate::engine::dataset::Dataset;
use crate::i18n::Lang;
use crate::ui::state::Card;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, Properties)]
pub struct JobListProps {
    pub lang: Lang,
    pub data: Rc<Dataset>,
    /// The visible page of ranked jobs, as the state derived them.
    pub cards: Rc<Vec<Card>>,
    /// How many of them to render now (the rest come a frame later), and how many of those
    /// in full (the others brief: `JobCard`'s `brief`).
    pub shown: usize,
    pub full: usize,
    /// How many jobs match in all (more than the cards when there are more pages).
    pub total: usize,
    /// Without a profile: no match percentages, the default order stated, and an invitation
    /// to add skills.
    pub show_match: bool,
    pub on_add_skills: Callback<()>,
    pub on_more: Callback<()>,
    pub on_open: Callback<usize>,
}

impl PartialEq for JobListProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.cards, &other.cards)
            && self.lang == other.lang
            && Rc::ptr_eq(&self.data, &other.data)
            && self.shown == other.shown
            && self.full == other.full
            && self.total == other.total
            && self.show_match == other.show_match
            && self.on_open == other.on_open
    }
}

/// The ranked jobs, one page at a time (never thousands of rows), keyed by job id: a card
/// whose job and fit did not change is not rendered again.
#[function_component(JobList)]
pub fn job_list(props: &JobListProps) -> Html {
    let t = props.lang.texts();
    let more = props.cards.len() < props.total && props.shown >= props.cards.len();
    let on_more = super::clicked(&props.on_more);
    let add_skills = super::clicked(&props.on_add_skills);
    html! {
        <section class="sm-results">
            if !props.show_match && props.total > 0 {
                <div class="sm-notice sm-prompt" data-testid="add-skills-prompt">
                    <p class="sm-muted">{ t.default_order() }</p>
                    <p>{ t.add_skills_prompt() }</p>
                    <button type="button" class="sm-button sm-primary" onclick={add_skills}>{ t.add_skills_button() }</button>
                </div>
            }
            if props.data.jobs().is_empty() {
                <p class="sm-empty">{ t.no_jobs_loaded() }</p>
            } else if props.total == 0 {
                <p class="sm-empty">{ t.no_results() }</p>
            }
            <ul class="sm-job-list" data-testid="job-results" aria-label={t.job_list_label()}>
                { for props.cards.iter().take(props.shown).enumerate().map(|(i, card)| html! {
                    <JobCard key={props.data.job(card.job).id.to_string()} lang={props.lang} data={props.data.clone()} card={*card} show_match={props.show_match}
                        brief={i >= props.full} on_open={props.on_open.clone()} />
                }) }
            </ul>
            if more {
                <button type="button" class="sm-button sm-more" onclick={on_more}>{ t.show_more() }</button>
            }
        </section>
    }
}
