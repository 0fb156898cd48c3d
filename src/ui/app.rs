//! The root: loads the feeds (with progress and retry), then hands the data to the widget,
//! which owns the state, provides the language and lays out the screens.

use crate::engine::dataset::Dataset;
use crate::engine::feed::FeedError;
use crate::engine::profile::Profile;
use crate::i18n::Lang;
use crate::ui::components::{
    CourseList, FeedAlert, FeedProblems, FilterBar, Header, JobDetail, JobList, Notices, ProfileEditor, ResultCount,
    Rights, SearchBox,
};
use crate::ui::loader::{self, FeedName, Loaded};
use crate::ui::state::{Action, ProfileNotice, Start, State};
use crate::ui::url::{self, Screen};
use crate::ui::{env, storage};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, Debug, Default, PartialEq, Properties)]
pub struct AppProps {
    #[prop_or_default]
    pub lang: Lang,
    /// Initial search text (the `q` URL parameter).
    #[prop_or_default]
    pub query: String,
    /// Feed URLs (`data=`); empty: the embedded default.
    #[prop_or_default]
    pub data: Vec<String>,
    #[prop_or_default]
    pub screen: Screen,
    #[prop_or_default]
    pub job: Option<String>,
    #[prop_or_default]
    pub filters: crate::engine::view::Filters,
    #[prop_or_default]
    pub sort: crate::engine::view::Sort,
    /// A profile given with the page (`#profile=` JSON); replaces the saved one for this view.
    #[prop_or_default]
    pub profile: Option<String>,
    /// Keep the URL in step with the view (the standalone page); off when mounted elsewhere.
    #[prop_or_default]
    pub sync_url: bool,
    /// Data already loaded (tests); otherwise the default feed and `data` are fetched.
    #[prop_or_default]
    pub preloaded: Option<Preloaded>,
    /// Feeds given as text: the host page's JobPosting JSON-LD when embedded without `data`.
    #[prop_or_default]
    pub inline: Vec<String>,
    /// Where the default feed is (embed.js passes one relative to itself).
    #[prop_or_default]
    pub default_feed: Option<String>,
    /// The address of the page whose JSON-LD `inline` holds: the apply link of its
    /// postings that give none.
    #[prop_or_default]
    pub page_url: Option<String>,
    /// The embedding element, which receives the widget's events.
    #[prop_or_default]
    pub host: Option<Host>,
    /// Job-fair kiosk: large layout, nothing stored, reset after `idle_seconds` idle,
    /// QR hand-off to the worker's phone.
    #[prop_or_default]
    pub kiosk: bool,
    #[prop_or_default]
    pub idle_seconds: Option<u32>,
    /// The standalone app's address, for QR links (default: this page).
    #[prop_or_default]
    pub app_url: Option<String>,
}

/// Kiosk idle time before it resets, and the countdown shown before that.
pub const KIOSK_IDLE_SECONDS: u32 = 90;
const KIOSK_COUNTDOWN: u32 = 10;

/// Seconds without a touch or key press.
#[derive(Clone, Copy, Default, PartialEq)]
struct Idle(u32);

enum IdleAction {
    Tick,
    Active,
}

impl yew::Reducible for Idle {
    type Action = IdleAction;
    fn reduce(self: Rc<Self>, action: IdleAction) -> Rc<Self> {
        match action {
            IdleAction::Tick => Rc::new(Idle(self.0 + 1)),
            IdleAction::Active if self.0 == 0 => self,
            IdleAction::Active => Rc::new(Idle(0)),
        }
    }
}

/// The element a widget is embedded in.
#[derive(Clone, Debug, PartialEq)]
pub struct Host(pub web_sys::Element);

/// A loaded dataset handed in from outside, compared by identity.
#[derive(Clone, Debug)]
pub struct Preloaded(pub Rc<Dataset>);

impl PartialEq for Preloaded {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Clone)]
enum Load {
    Loading,
    /// What the load produced, and which load it was (a new load starts a fresh widget
    /// state).
    Ready(Loaded, u32),
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let load = use_state(|| match &props.preloaded {
        Some(Preloaded(data)) => Load::Ready(Loaded { data: data.clone(), stale: false, failures: Rc::default() }, 0),
        None => Load::Loading,
    });
    let attempt = use_state(|| 0u32);
    {
        let load = load.clone();
        let urls = props.data.clone();
        let inline = props.inline.clone();
        let page = props.page_url.clone();
        let default = props.default_feed.clone().unwrap_or_else(|| loader::DEFAULT_FEED_URL.to_string());
        let preloaded = props.preloaded.is_some();
        // Reload when the attempt or the sources change (an embed's attributes). Only the
        // newest load lands: an older, slower one that finishes later is dropped.
        let generation = use_mut_ref(|| 0u32);
        use_effect_with((*attempt, urls.clone(), inline.clone(), default.clone()), move |_| {
            if !preloaded {
                load.set(Load::Loading);
                *generation.borrow_mut() += 1;
                let this = *generation.borrow();
                yew::platform::spawn_local(async move {
                    let loaded = loader::load(default, urls, inline, page).await;
                    if *generation.borrow() == this {
                        load.set(Load::Ready(loaded, this));
                    }
                });
            }
        });
    }
    let t = props.lang.texts();
    match &*load {
        Load::Loading => html! {
            <div class="sm-app" lang={props.lang.tag()}>
                <p class="sm-boot" role="status" aria-live="polite">{ t.loading() }<progress></progress></p>
            </div>
        },
        Load::Ready(loaded, generation) => {
            let retry = {
                let attempt = attempt.clone();
                Callback::from(move |_: ()| attempt.set(*attempt + 1))
            };
            html! {
                <Widget key={*generation} data={loaded.data.clone()} stale={loaded.stale}
                    failures={loaded.failures.clone()} on_retry={retry} props={props.clone()} />
            }
        }
    }
}

#[derive(Clone, Properties)]
struct WidgetProps {
    data: Rc<Dataset>,
    /// Shown from the offline cache: say it may be out of date.
    stale: bool,
    /// Feeds that gave nothing: reported with a retry, never replaced by sample jobs.
    failures: Rc<Vec<(FeedName, FeedError)>>,
    on_retry: Callback<()>,
    props: AppProps,
}

impl PartialEq for WidgetProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.data, &other.data)
            && Rc::ptr_eq(&self.failures, &other.failures)
            && self.stale == other.stale
            && self.on_retry == other.on_retry
            && self.props == other.props
    }
}

/// The profile to start with: the link's, else the saved one (reporting a corrupt value);
/// a kiosk never reads what a previous visitor might have left.
fn initial_profile(given: Option<&str>, kiosk: bool) -> (Profile, Option<ProfileNotice>) {
    if let Some(json) = given {
        return (Profile::from_json(json).0, Some(ProfileNotice::FromLink));
    }
    if kiosk {
        return (Profile::default(), None);
    }
    match storage::load() {
        storage::Saved::Profile(p) => (p, None),
        storage::Saved::None => (Profile::default(), None),
        storage::Saved::Corrupt => (Profile::default(), Some(ProfileNotice::Corrupt)),
    }
}

/// The hand-off links for a job on the kiosk: the job alone, and the job with the profile
/// (offered only when there is a profile to take).
/// The standalone app's address: where shared and QR links lead.
fn app_page(props: &AppProps) -> String {
    props.app_url.clone().unwrap_or_else(|| {
        let l = gloo::utils::window().location();
        format!("{}{}", l.origin().unwrap_or_default(), l.pathname().unwrap_or_default())
    })
}

fn kiosk_links(props: &AppProps, state: &State, ix: usize) -> crate::ui::components::KioskLinks {
    use crate::engine::share::{job_link, profile_link};
    let page = app_page(props);
    let id = &state.data.catalog.jobs[ix].id;
    let tag = state.lang.tag();
    let profile = (!state.profile.is_empty()).then(|| {
        let link = profile_link(&page, &state.profile, tag);
        // Open the same job on the phone, with the profile in the fragment.
        link.replacen('?', &format!("?job={}&", crate::engine::share::encode_component(id)), 1)
    });
    crate::ui::components::KioskLinks { job: job_link(&page, id, tag), profile }
}

#[function_component(Widget)]
fn widget(wp: &WidgetProps) -> Html {
    let props = &wp.props;
    let state = {
        let data = wp.data.clone();
        let props = props.clone();
        use_reducer(move || {
            let (profile, notice) = initial_profile(props.profile.as_deref(), props.kiosk);
            State::new(Start {
                lang: props.lang,
                data,
                query: props.query,
                profile,
                notice,
                screen: props.screen,
                job: props.job,
                filters: props.filters,
                sort: props.sort,
                settings: if props.kiosk { Default::default() } else { storage::load_settings() },
                today: env::today(),
            })
        })
    };
    let sync = props.sync_url;
    let kiosk = props.kiosk;
    // Kiosk: count idle seconds; any touch, key or input starts over; at the limit, reset.
    let idle = use_reducer(Idle::default);
    let limit = props.idle_seconds.unwrap_or(KIOSK_IDLE_SECONDS).max(KIOSK_COUNTDOWN + 1);
    {
        let tick = idle.dispatcher();
        use_effect_with(kiosk, move |kiosk| {
            let timer =
                kiosk.then(|| gloo::timers::callback::Interval::new(1000, move || tick.dispatch(IdleAction::Tick)));
            move || drop(timer)
        });
    }
    {
        let (d, active) = (state.dispatcher(), idle.dispatcher());
        use_effect_with(idle.0, move |secs| {
            if kiosk && *secs >= limit {
                d.dispatch(Action::Reset { today: env::today() });
                active.dispatch(IdleAction::Active);
                // The next visitor starts from a clean address too (no job, query or profile).
                if sync {
                    url::reset_kiosk();
                }
            }
        });
    }
    let on_activity = {
        let active = idle.dispatcher();
        Callback::from(move |_: ()| active.dispatch(IdleAction::Active))
    };
    // An embed's `lang` and `profile` attributes may change after mount.
    // (The first run is skipped: the initial state already used them.)
    let mounted = use_mut_ref(|| false);
    {
        let (d, mounted) = (state.dispatcher(), mounted.clone());
        use_effect_with(props.lang, move |lang| {
            if *mounted.borrow() {
                d.dispatch(Action::SetLang(*lang));
            }
        });
    }
    {
        let (d, mounted) = (state.dispatcher(), mounted.clone());
        use_effect_with(props.profile.clone(), move |given| {
            if *mounted.borrow() {
                if let Some(json) = given {
                    d.dispatch(Action::SetProfile(Profile::from_json(json).0, Some(ProfileNotice::FromLink)));
                }
            }
            *mounted.borrow_mut() = true;
        });
    }
    {
        let host = props.host.clone();
        use_effect_with((), move |_| crate::ui::events::ready(&host));
    }
    // Back and forward move through views: read them back from the URL.
    {
        let dispatch = state.dispatcher();
        let data = wp.data.clone();
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
        let (screen, job) = (state.screen, state.open_job.map(|j| state.data.catalog.jobs[j].id.clone()));
        let (filters, sort) = (state.request.filters.clone(), state.request.sort);
        use_effect_with((query, screen, job, filters, sort), move |(query, screen, job, filters, sort)| {
            if sync {
                let w = url::Written { query, screen: *screen, job: job.as_deref(), filters, sort: *sort };
                url::write(&w, false);
            }
        });
    }

    let t = state.lang.texts();
    let d = state.dispatcher();
    let on_query = {
        let d = d.clone();
        Callback::from(move |q: String| d.dispatch(Action::SetQuery(q)))
    };
    let on_lang = {
        let d = d.clone();
        Callback::from(move |lang: Lang| d.dispatch(Action::SetLang(lang)))
    };
    let on_more = {
        let d = d.clone();
        Callback::from(move |_| d.dispatch(Action::ShowMore))
    };
    let on_open = {
        let d = d.clone();
        let data = state.data.clone();
        let query = state.query_text.clone();
        let (filters, sort) = (state.request.filters.clone(), state.request.sort);
        Callback::from(move |job: usize| {
            // A kiosk keeps no trail in history for the next visitor's Back button.
            if sync && !kiosk {
                let id = &data.catalog.jobs[job].id;
                let w = url::Written { query: &query, screen: Screen::Jobs, job: Some(id), filters: &filters, sort };
                url::write(&w, true);
                d.dispatch(Action::OpenPushed(job));
            } else {
                d.dispatch(Action::OpenJob(Some(job)));
            }
        })
    };
    let on_close = {
        let (d, pushed) = (d.clone(), state.job_pushed);
        Callback::from(move |_| match gloo::utils::window().history() {
            // Opening added an entry: closing returns to it (popstate closes the detail).
            Ok(history) if pushed && sync => {
                let _ = history.back();
            }
            _ => d.dispatch(Action::OpenJob(None)),
        })
    };
    let show = |screen: Screen| {
        let d = d.clone();
        Callback::from(move |_| d.dispatch(Action::Show(screen)))
    };
    let on_reset = {
        let d = d.clone();
        Callback::from(move |_| {
            if !kiosk {
                storage::clear_profile();
            }
            d.dispatch(Action::SetProfile(Profile::default(), None));
        })
    };
    let on_clear = {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| {
            if !kiosk {
                storage::clear();
            }
            d.dispatch(Action::SetProfile(Profile::default(), None));
            d.dispatch(Action::SetSettings(Default::default()));
        })
    };
    // Editing makes the profile the worker's own: saved on this device from then on.
    let on_profile = {
        let d = d.clone();
        Callback::from(move |p: Profile| {
            if !kiosk {
                storage::save(&p);
            }
            d.dispatch(Action::SetProfile(p, None));
        })
    };
    let on_filters = {
        let d = d.clone();
        Callback::from(move |f| d.dispatch(Action::SetFilters(f)))
    };
    let on_sort = {
        let d = d.clone();
        Callback::from(move |s| d.dispatch(Action::SetSort(s)))
    };
    let toggle = |large: bool| {
        let (d, settings) = (d.clone(), state.settings);
        Callback::from(move |_: MouseEvent| {
            let mut next = settings;
            if large {
                next.large_text = !next.large_text;
            } else {
                next.high_contrast = !next.high_contrast;
            }
            if !kiosk {
                storage::save_settings(next);
            }
            d.dispatch(Action::SetSettings(next));
        })
    };
    let nav_button = |screen: Screen, label: &'static str| {
        let current = (state.screen == screen && state.open_job.is_none()).then_some("page");
        let onclick = {
            let cb = show(screen);
            Callback::from(move |_: MouseEvent| cb.emit(()))
        };
        html! { <button type="button" class="sm-tab" aria-current={current} {onclick}>{ label }</button> }
    };

    let main = if let Some(ix) = state.open_job {
        html! {
            <JobDetail data={state.data.clone()} worker={state.worker.clone()} {ix} today={state.request.today} host={props.host.clone()}
                kiosk={kiosk.then(|| kiosk_links(props, &state, ix))}
                share_url={crate::engine::share::job_link(&app_page(props), &state.data.catalog.jobs[ix].id, state.lang.tag())}
                on_close={on_close.clone()} on_rights={show(Screen::Rights)} />
        }
    } else {
        match state.screen {
            Screen::Rights => html! { <Rights on_back={show(Screen::Jobs)} /> },
            Screen::Courses => {
                html! { <CourseList data={state.data.clone()} suggestions={state.suggestions.clone()} /> }
            }
            Screen::Profile => {
                html! { <ProfileEditor data={state.data.clone()} profile={state.profile.clone()} on_change={on_profile} /> }
            }
            Screen::Jobs => html! {
                <>
                    <SearchBox value={state.query_text.clone()} {on_query} />
                    <FilterBar data={state.data.clone()} filters={state.request.filters.clone()} sort={state.request.sort} {on_filters} {on_sort} />
                    <ResultCount total={state.view.total} expired={state.view.expired} />
                    <FeedProblems data={state.data.clone()} />
                    <JobList data={state.data.clone()} worker={state.worker.clone()} view={state.view.clone()}
                        today={state.request.today} {on_more} {on_open} />
                    <CourseList data={state.data.clone()} suggestions={state.suggestions.clone()} full={false} limit={3}
                        on_more={Some(show(Screen::Courses))} />
                </>
            },
        }
    };
    let remaining = limit.saturating_sub(idle.0);
    let countdown = (kiosk && remaining <= KIOSK_COUNTDOWN).then(|| {
        let active = on_activity.clone();
        html! {
            <div class="sm-countdown" role="alertdialog" aria-live="assertive" data-testid="idle-countdown">
                <p>{ t.idle_countdown(remaining) }</p>
                <button type="button" class="sm-button sm-primary" onclick={Callback::from(move |_: MouseEvent| active.emit(()))}>{ t.keep_using() }</button>
            </div>
        }
    });
    let (on_pointer, on_key, on_input) = {
        let (a, b, c) = (on_activity.clone(), on_activity.clone(), on_activity.clone());
        (
            Callback::from(move |_: PointerEvent| a.emit(())),
            Callback::from(move |_: KeyboardEvent| b.emit(())),
            Callback::from(move |_: InputEvent| c.emit(())),
        )
    };
    let class = classes!(
        "sm-app",
        state.settings.large_text.then_some("sm-large"),
        state.settings.high_contrast.then_some("sm-contrast"),
        kiosk.then_some("sm-kiosk")
    );
    html! {
        <ContextProvider<Lang> context={state.lang}>
            <div {class} lang={state.lang.tag()} data-kiosk={kiosk.then_some("1")}
                onpointerdown={on_pointer} onkeydown={on_key} oninput={on_input}>
                { for countdown }
                <Header lang={state.lang} {on_lang} />
                <div class="sm-settings">
                    <button type="button" class="sm-chip sm-toggle" aria-pressed={state.settings.large_text.to_string()} onclick={toggle(true)}>{ t.large_text() }</button>
                    <button type="button" class="sm-chip sm-toggle" aria-pressed={state.settings.high_contrast.to_string()} onclick={toggle(false)}>{ t.high_contrast() }</button>
                </div>
                <nav class="sm-tabs">
                    { nav_button(Screen::Jobs, t.nav_jobs()) }
                    { nav_button(Screen::Courses, t.nav_courses()) }
                    { nav_button(Screen::Profile, t.nav_profile()) }
                    { nav_button(Screen::Rights, t.nav_rights()) }
                </nav>
                if wp.stale {
                    <p class="sm-notice sm-notice-warn" role="note" aria-live="polite" data-testid="offline-notice">{ t.offline_stale() }</p>
                }
                <FeedAlert failures={wp.failures.clone()} on_retry={wp.on_retry.clone()} />
                <Notices notice={state.notice} on_reset={on_reset.clone()} />
                <main class="sm-main">{ main }</main>
                <footer class="sm-footer">
                    <p>{ t.privacy_note() }</p>
                    <button type="button" class="sm-button sm-link-button" data-action="clear-data" onclick={on_clear}>{ t.clear_data() }</button>
                </footer>
            </div>
        </ContextProvider<Lang>>
    }
}
