use crate::ui::loader::after_next_paint;
use crate::ui::state::{Action, State};
use crate::ui::url;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// The newest address not written yet.
type Pending = Rc<RefCell<Option<Box<dyn Fn()>>>>;

/// Writes a waiting address now.
fn flush(pending: &Pending) {
    if let Some(write) = pending.take() {
        write();
    }
}

/// Opening and closing a job's detail, as the address bar should record them.
pub struct Navigation {
    pub on_open: Callback<usize>,
    pub on_close: Callback<()>,
    /// A place chosen on the map: the list filtered to it, over a new history entry, so Back
    /// returns to the map (a kiosk adds none).
    pub on_choose: Callback<String>,
}

/// Owns the page's address while `sync` is on (the standalone page; an embed leaves the host's
/// address alone). After every change of screen, open job, query, filters or sort it writes
/// the view into the URL in place, once the change is painted; opening a job from the list adds a history entry (except
/// in a kiosk, which keeps no trail for the next visitor's Back button), so closing it goes
/// back, and so does choosing a place on the map; Back and Forward (popstate) become
/// `Action::FromUrl`. The listener goes when the
/// widget unmounts.
#[hook]
pub fn use_url_sync(sync: bool, kiosk: bool, state: &UseReducerHandle<State>) -> Navigation {
    // Writing the address costs a few milliseconds (`history.replaceState`): it waits until
    // the change is on screen, so that a keystroke's results show first, and several changes
    // in one frame write once. Opening a job and leaving the page write it at once.
    let pending: Pending = use_mut_ref(|| None);
    // The dataset's identity: it changes when the data grows (a pack's shards).
    let identity = Rc::as_ptr(&state.data) as usize;
    {
        let dispatch = state.dispatcher();
        let data = state.data.clone();
        let pending = pending.clone();
        // Again when the data grows: Back may lead to a job loaded since.
        use_effect_with((sync, identity), move |(sync, _)| {
            let leaving = sync.then(|| {
                gloo::events::EventListener::new(&gloo::utils::window(), "pagehide", move |_| flush(&pending))
            });
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
            move || drop((listener, leaving))
        });
    }
    {
        let query = state.query_text.clone();
        let job = state
            .open_job
            .map(|j| state.data.job(j).id.clone())
            .or_else(|| state.waiting_job.as_deref().map(Into::into));
        let (screen, filters, sort) = (state.screen, state.request.filters.clone(), state.request.sort);
        let pending = pending.clone();
        use_effect_with((query, screen, job, filters, sort), move |(query, screen, job, filters, sort)| {
            if sync {
                let (query, screen, job, filters, sort) = (query.clone(), *screen, job.clone(), filters.clone(), *sort);
                let first = pending.replace(Some(Box::new(move || {
                    url::write(&url::Written { query: &query, screen, job: job.as_deref(), filters: &filters, sort })
                })));
                // One write per frame: only the change that found none waiting schedules it.
                if first.is_none() {
                    let pending = pending.clone();
                    yew::platform::spawn_local(async move {
                        after_next_paint().await;
                        flush(&pending);
                    });
                }
            }
        });
    }
    // The address already holds the view (written after every change): opening a job only
    // adds `job=` to it. Kept stable across renders, so the job cards holding it do not
    // re-render on every keystroke; made again with the dataset (a pack's grows: the job
    // clicked may not be in the one the widget started with, and the cards render again
    // then anyway).
    let on_open = {
        let (d, data, pending) = (state.dispatcher(), state.data.clone(), pending.clone());
        use_callback((sync, kiosk, identity), move |job: usize, &(sync, kiosk, _)| {
            if sync && !kiosk {
                flush(&pending);
                url::push_job(&data.job(job).id);
                d.dispatch(Action::OpenPushed(job));
            } else {
                d.dispatch(Action::OpenJob(Some(job)));
            }
        })
    };
    let on_choose = {
        let (d, pending) = (state.dispatcher(), pending.clone());
        Callback::from(move |city: String| {
            if sync && !kiosk {
                flush(&pending);
                url::push_copy();
            }
            d.dispatch(Action::ChooseCity(city));
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
    Navigation { on_open, on_close, on_choose }
}
