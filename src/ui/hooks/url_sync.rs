use crate::ui::state::{Action, State};
use crate::ui::url;
use yew::prelude::*;

/// Opening and closing a job's detail, as the address bar should record them.
pub struct Navigation {
    pub on_open: Callback<usize>,
    pub on_close: Callback<()>,
}

/// Owns the page's address while `sync` is on (the standalone page; an embed leaves the host's
/// address alone). After every change of screen, open job, query, filters or sort it writes
/// the view into the URL in place; opening a job from the list adds a history entry (except
/// in a kiosk, which keeps no trail for the next visitor's Back button), so closing it goes
/// back; Back and Forward (popstate) become `Action::FromUrl`. The listener goes when the
/// widget unmounts.
#[hook]
pub fn use_url_sync(sync: bool, kiosk: bool, state: &UseReducerHandle<State>) -> Navigation {
    {
        let dispatch = state.dispatcher();
        let data = state.data.clone();
        use_effect_with(sync, move |sync| {
            let listener = sync.then(|| {
                gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                    let u = url::read();
                    let job = u.job.as_deref().and_then(|id| data.job_by_id(id));
                    dispatch.dispatch(Action::FromUrl {
                        screen: u.screen,
                        job,
                        query: u.query,
                        filters: u.filters,
                        sort: u.sort,
                    });
                })
            });
            move || drop(listener)
        });
    }
    {
        let query = state.query_text.clone();
        let job = state.open_job.map(|j| state.data.job(j).id.clone());
        let (screen, filters, sort) = (state.screen, state.request.filters.clone(), state.request.sort);
        use_effect_with((query, screen, job, filters, sort), move |(query, screen, job, filters, sort)| {
            if sync {
                let w = url::Written { query, screen: *screen, job: job.as_deref(), filters, sort: *sort };
                url::write(&w);
            }
        });
    }
    // The address already holds the view (written after every change): opening a job only
    // adds `job=` to it. Kept stable across renders, so the job cards holding it do not
    // re-render on every keystroke.
    let on_open = {
        let (d, data) = (state.dispatcher(), state.data.clone());
        use_callback((sync, kiosk), move |job: usize, (sync, kiosk)| {
            if *sync && !*kiosk {
                url::push_job(&data.job(job).id);
                d.dispatch(Action::OpenPushed(job));
            } else {
                d.dispatch(Action::OpenJob(Some(job)));
            }
        })
    };
    let on_close = {
        let (d, pushed) = (state.dispatcher(), state.job_pushed);
        Callback::from(move |_| match gloo::utils::window().history() {
            // Opening added an entry: closing returns to it (popstate closes the detail).
            Ok(history) if pushed && sync => {
                let _ = history.back();
            }
            _ => d.dispatch(Action::OpenJob(None)),
        })
    };
    Navigation { on_open, on_close }
}
