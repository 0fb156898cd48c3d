use crate::ui::state::{Action, State};
use crate::ui::url;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// How long the address waits for typing to settle before it is written.
const SETTLE_MS: u32 = 400;

/// A write of the address waiting for the typing to settle.
struct PendingWrite {
    timer: gloo::timers::callback::Timeout,
    write: Rc<dyn Fn()>,
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
/// the view into the URL in place; opening a job from the list adds a history entry (except
/// in a kiosk, which keeps no trail for the next visitor's Back button), so closing it goes
/// back, and so does choosing a place on the map; Back and Forward (popstate) become `Action::FromUrl`. The listener goes when the
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
    // Writing the address costs a few milliseconds: while the worker types it waits until
    // the typing settles, and anything that needs it current (opening a job) flushes it.
    let pending: Rc<RefCell<Option<PendingWrite>>> = use_mut_ref(|| None);
    {
        let query = state.query_text.clone();
        let job = state.open_job.map(|j| state.data.job(j).id.clone());
        let (screen, filters, sort) = (state.screen, state.request.filters.clone(), state.request.sort);
        let pending = pending.clone();
        let written_query = use_mut_ref(|| None::<String>);
        use_effect_with((query, screen, job, filters, sort), move |(query, screen, job, filters, sort)| {
            if sync {
                if let Some(old) = pending.take() {
                    old.timer.cancel();
                }
                // Only typing waits. A new screen, filter, sort or job is written at once: a
                // reload or a copied address right after it must find it there.
                let typing = written_query.borrow().as_ref().is_some_and(|q| q != query);
                *written_query.borrow_mut() = Some(query.clone());
                let (query, screen, job, filters, sort) = (query.clone(), *screen, job.clone(), filters.clone(), *sort);
                let write: Rc<dyn Fn()> = Rc::new(move || {
                    url::write(&url::Written { query: &query, screen, job: job.as_deref(), filters: &filters, sort })
                });
                if typing {
                    let later = write.clone();
                    let timer = gloo::timers::callback::Timeout::new(SETTLE_MS, move || later());
                    pending.replace(Some(PendingWrite { timer, write }));
                } else {
                    write();
                }
            }
        });
    }
    // The address already holds the view (written after every change): opening a job only
    // adds `job=` to it. Kept stable across renders, so the job cards holding it do not
    // re-render on every keystroke.
    let on_open = {
        let (d, data, pending) = (state.dispatcher(), state.data.clone(), pending.clone());
        use_callback((sync, kiosk), move |job: usize, (sync, kiosk)| {
            if *sync && !*kiosk {
                if let Some(p) = pending.take() {
                    p.timer.cancel();
                    (p.write)();
                }
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
                if let Some(p) = pending.take() {
                    p.timer.cancel();
                    (p.write)();
                }
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
