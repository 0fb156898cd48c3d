use super::{use_lang, JobCard};
use crate::engine::dataset::Dataset;
use crate::engine::profile::Resolved;
use crate::engine::view::View;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, Properties)]
pub struct JobListProps {
    pub data: Rc<Dataset>,
    pub worker: Rc<Resolved>,
    pub view: Rc<View>,
    pub today: i64,
    pub on_more: Callback<()>,
    pub on_open: Callback<usize>,
}

impl PartialEq for JobListProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.view, &other.view)
            && Rc::ptr_eq(&self.data, &other.data)
            && Rc::ptr_eq(&self.worker, &other.worker)
    }
}

/// The ranked jobs, one page at a time (never thousands of rows), keyed by job id.
#[function_component(JobList)]
pub fn job_list(props: &JobListProps) -> Html {
    let t = use_lang().texts();
    let jobs = &props.data.catalog.jobs;
    let more = props.view.items.len() < props.view.total;
    let on_more = {
        let cb = props.on_more.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <section class="sm-results">
            if jobs.is_empty() {
                <p class="sm-empty">{ t.no_jobs_loaded() }</p>
            } else if props.view.total == 0 {
                <p class="sm-empty">{ t.no_results() }</p>
            }
            <ul class="sm-job-list" data-testid="job-results" aria-label={t.job_list_label()}>
                { for props.view.items.iter().map(|r| {
                    let job = &jobs[r.job as usize];
                    html! {
                        <JobCard key={job.id.clone()} data={props.data.clone()} worker={props.worker.clone()}
                            ix={r.job as usize} score={r.score} today={props.today} on_open={props.on_open.clone()} />
                    }
                }) }
            </ul>
            if more {
                <button type="button" class="sm-button sm-more" onclick={on_more}>{ t.show_more() }</button>
            }
        </section>
    }
}
