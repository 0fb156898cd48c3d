use crate::engine::dataset::Indexing;
use crate::engine::pack::{fetch_order, Manifest};
use crate::ui::loader;
use crate::ui::pack::{fetch_shard, Pack, PackRef};
use crate::ui::state::{Action, PackStatus, State};
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// What the worker can ask of a pack's loading.
pub struct PackControls {
    /// Load the other cities too (the worker will not move, but wants to look).
    pub load_rest: Callback<()>,
    /// Fetch the shards that failed again.
    pub retry: Callback<()>,
}

/// What the worker asked of the loading: how many retries, and the other cities too. One
/// reducer for both (each hook is code of its own in the download).
#[derive(Clone, Copy, Default, PartialEq)]
struct Asked {
    attempt: u32,
    rest: bool,
}

enum Ask {
    Retry,
    Rest,
}

impl Reducible for Asked {
    type Action = Ask;
    fn reduce(self: Rc<Self>, ask: Ask) -> Rc<Self> {
        let mut next = *self;
        match ask {
            Ask::Retry => next.attempt += 1,
            Ask::Rest => next.rest = true,
        }
        Rc::new(next)
    }
}

/// Owns fetching a pack's job shards (`pack` is `None` for ordinary feeds: nothing runs).
/// The worker's home city comes first, so results appear as soon as it is in; then the
/// other cities, nearest first, in the background — or only when asked, when the worker is
/// not willing to move and no filter names another city. One shard is fetched at a time
/// and the task yields to the browser between shards, so typing never waits for loading.
///
/// The widget's dataset is rebuilt (indexes and facts over every job loaded so far) after
/// each of the home city's shards, then whenever the jobs loaded have doubled since the last
/// rebuild, and once all are in: a few rebuilds in all instead of one per shard. (Each is a
/// few tasks over every loaded job, one per part of the dataset: at a million jobs the job
/// index alone takes about a second — see docs/PERFORMANCE.md, "Packs"; per-shard segments
/// would remove it.) Only the shard's file name reaches the server (it names
/// a city); no query or profile is sent. A failed shard is reported with its city and a
/// retry; the others keep loading. A change of home, of willingness to move or a retry
/// starts a new pass (the old one stops after its current shard).
#[hook]
pub fn use_pack_shards(pack: Option<PackRef>, state: &UseReducerHandle<State>) -> PackControls {
    let asked = use_reducer(Asked::default);
    let generation = use_mut_ref(|| Rc::new(Cell::new(0u32)));
    let home = state.worker.city.clone();
    let other_city = state.request.filters.city.as_ref().is_some_and(|c| Some(c) != home.as_ref());
    let background = home.is_none() || state.worker.willing_to_move || other_city || asked.rest;
    let retry = {
        let (d, pack) = (asked.dispatcher(), pack.clone());
        Callback::from(move |_: ()| {
            if let Some(PackRef(pack)) = &pack {
                pack.failed.borrow_mut().clear();
                d.dispatch(Ask::Retry);
            }
        })
    };
    {
        let dispatch = state.dispatcher();
        let generation = generation.borrow().clone();
        let at = state.worker.geo;
        use_effect_with((pack, home, background, asked.attempt), move |(pack, home, background, _)| {
            if let Some(PackRef(pack)) = pack.clone() {
                generation.set(generation.get() + 1);
                let this = generation.get();
                let order = {
                    let load = pack.load.borrow();
                    fetch_order(&load.manifest, load.places(), home.as_deref(), at)
                };
                let (home, background) = (home.clone(), *background);
                pack.done.set(false);
                yew::platform::spawn_local(async move {
                    publish(&pack, &dispatch, background, home.as_deref(), false).await;
                    for i in order {
                        if generation.get() != this {
                            return;
                        }
                        let (file, city) = {
                            let load = pack.load.borrow();
                            let s = &load.manifest.shards[i];
                            (s.file.clone(), s.city.clone())
                        };
                        let failed = pack.failed.borrow().iter().any(|(f, _)| *f == i);
                        if pack.load.borrow().is_loaded(i) || failed || (!background && home.as_ref() != Some(&city)) {
                            continue;
                        }
                        let url = Manifest::url(&pack.manifest_url, &file);
                        let added = match fetch_shard(&url).await {
                            Ok(bytes) => pack.load.borrow_mut().add(i, &bytes),
                            Err(e) => Err(e),
                        };
                        if let Err(e) = added {
                            pack.failed.borrow_mut().push((i, e));
                        }
                        let at_home = home.as_ref() == Some(&city);
                        publish(&pack, &dispatch, background, home.as_deref(), at_home).await;
                        // Let the browser paint and handle input before the next shard.
                        loader::yield_to_browser().await;
                    }
                    if generation.get() == this {
                        pack.done.set(true);
                        publish(&pack, &dispatch, background, home.as_deref(), true).await;
                    }
                });
            }
        });
    }
    let load_rest = {
        let d = asked.dispatcher();
        Callback::from(move |_: ()| d.dispatch(Ask::Rest))
    };
    PackControls { load_rest, retry }
}

/// Tells the state what is in: a rebuilt dataset when the loaded jobs have doubled since
/// the last one, after each of the home city's shards (all of it shows before the rest
/// arrives) and at the end of a pass; else only the status. Building the dataset (a task
/// per part), scoring and ranking over it, and the course suggestions are separate tasks,
/// with the browser free to take input between them.
async fn publish(pack: &Pack, dispatch: &UseReducerDispatcher<State>, background: bool, home: Option<&str>, now: bool) {
    // Not in the task that decoded the last shard: copying the loaded jobs is long at scale.
    loader::yield_to_browser().await;
    match rebuild(pack, now) {
        Some(indexing) => {
            loader::mark("skillmatch:pack-cloned");
            let data = loader::index_in_tasks(indexing).await;
            loader::mark("skillmatch:pack-indexed");
            loader::yield_to_browser().await;
            // The status as it is now, not as it was before indexing: a retry may have
            // cleared the failed shards meanwhile.
            dispatch.dispatch(Action::PackGrew(Rc::new(data), status(pack, background, home)));
            loader::yield_to_browser().await;
            dispatch.dispatch(Action::Settle);
        }
        None => dispatch.dispatch(Action::PackStatus(status(pack, background, home))),
    }
}

/// The dataset to rebuild, when it is time for one (and then it is what is shown).
fn rebuild(pack: &Pack, now: bool) -> Option<Indexing> {
    let load = pack.load.borrow();
    let loaded = load.jobs();
    let due = loaded > pack.shown.get() && (now || pack.done.get() || loaded >= 2 * pack.shown.get());
    due.then(|| {
        pack.shown.set(loaded);
        load.indexing()
    })
}

/// What the count and the alert say about the pack.
fn status(pack: &Pack, background: bool, home: Option<&str>) -> PackStatus {
    let end = pack.done.get();
    let load = pack.load.borrow();
    let failed = pack.failed.borrow();
    let waiting = (0..load.manifest.shards.len()).any(|i| !load.is_loaded(i) && !failed.iter().any(|(f, _)| *f == i));
    PackStatus {
        loaded: pack.shown.get(),
        all: load.manifest.jobs,
        loading: waiting && background && !end,
        home_only: (waiting && !background).then(|| home.unwrap_or_default().to_string()),
        failed: failed.iter().map(|(i, e)| (load.manifest.shards[*i].city.clone(), e.clone())).collect(),
    }
}
