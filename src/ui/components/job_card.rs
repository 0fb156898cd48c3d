use super::use_lang;
use crate::engine::dataset::Dataset;
use crate::engine::profile::Resolved;
use crate::engine::score::{explain, percent};
use crate::i18n::job_wage;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, Properties)]
pub struct JobCardProps {
    pub data: Rc<Dataset>,
    pub worker: Rc<Resolved>,
    pub ix: usize,
    pub score: f32,
    pub today: i64,
    pub on_open: Callback<usize>,
}

impl PartialEq for JobCardProps {
    fn eq(&self, other: &Self) -> bool {
        self.ix == other.ix
            && self.score == other.score
            && self.today == other.today
            && self.on_open == other.on_open
            && Rc::ptr_eq(&self.data, &other.data)
            && Rc::ptr_eq(&self.worker, &other.worker)
    }
}

/// One job in the list: what it is, where, what it pays, how it protects wages, and how
/// well it fits — all feed text rendered as text.
#[function_component(JobCard)]
pub fn job_card(props: &JobCardProps) -> Html {
    let lang = use_lang();
    let t = lang.texts();
    let job = &props.data.catalog.jobs[props.ix];
    let facts = &props.data.facts[props.ix];
    let why = explain(job, facts, &props.worker, props.today);
    let pct = percent(props.score as f64);
    let place = if job.county.is_empty() { job.city.to_string() } else { format!("{} · {}", job.city, job.county) };
    let wage = job_wage(lang, job);
    let reason = if job.requires.is_empty() {
        t.no_skill_needed().to_string()
    } else {
        t.skills_met(why.met_count(), job.requires.len())
    };
    let brand = why.brand.map(|b| crate::i18n::brand_name(lang, &props.data.catalog.brands[b as usize]).to_string());
    let onclick = {
        let (cb, ix) = (props.on_open.clone(), props.ix);
        Callback::from(move |_: MouseEvent| cb.emit(ix))
    };
    let onkeydown = {
        let (cb, ix) = (props.on_open.clone(), props.ix);
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                cb.emit(ix);
            }
        })
    };
    html! {
        <li class="sm-card" data-job-id={job.id.clone()} data-match={pct.to_string()} tabindex="0" role="button"
            aria-label={job.title.clone()} {onclick} {onkeydown}>
            <h2 class="sm-card-title">{ &*job.title }</h2>
            <p class="sm-card-employer">{ &*job.employer }</p>
            <p class="sm-card-place">{ place }
                if job.remote { <span class="sm-chip">{ t.remote(&job.remote_area) }</span> }
            </p>
            <p class="sm-card-wage">
                <strong>{ wage }</strong>
                { for job.settlement.map(|s| html! { <span class="sm-chip">{ t.settlement(s) }</span> }) }
            </p>
            if job.safeguards.count() > 0 {
                <ul class="sm-badges">
                    { for job.safeguards.iter().map(|s| html! { <li class="sm-badge">{ t.safeguard(s) }</li> }) }
                </ul>
            }
            <div class="sm-match">
                <meter min="0" max="100" low="40" high="70" optimum="100" value={pct.to_string()}
                    aria-label={t.match_label(pct)}></meter>
                <span class="sm-match-text">{ t.match_label(pct) }{ " · " }{ reason }
                    { for brand.map(|b| t.holds_brand(&b)) }
                </span>
            </div>
            if why.asks_fee {
                <p class="sm-warning" role="note">{ t.fee_warning() }</p>
            }
        </li>
    }
}
