//! The root: loads the feeds (with progress and retry; only the newest load lands), then
//! hands what the load produced to the `Widget` (src/ui/widget.rs).

use crate::engine::dataset::Dataset;
use crate::i18n::Lang;
use crate::ui::events;
use crate::ui::loader::{self, Loaded};
use crate::ui::url::Screen;
use crate::ui::widget::{starting_state, Prepared, Widget};
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
    /// Where the map's outlines are (default: beside the default feed).
    #[prop_or_default]
    pub map_url: Option<String>,
    /// Where the English file is, for the default build (default: `i18n/` beside the
    /// default feed's folder, `ui::lang_file::url`).
    #[prop_or_default]
    pub texts_url: Option<String>,
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
    Ready {
        loaded: Loaded,
        generation: u32,
        prepared: Prepared,
    },
}

/// The load and how many retries were asked for, in one reducer (each hook is code of its
/// own in the download); and whether the language the page starts in is still being
/// fetched (English in the default build), alongside the feeds.
struct Loads {
    load: Load,
    attempt: u32,
    lang_wait: bool,
}

enum LoadAction {
    Start,
    Done(Load),
    Retry,
    /// The starting language's fetch ended (loaded or not: the widget says which).
    LangDone,
}

impl Reducible for Loads {
    type Action = LoadAction;
    fn reduce(self: Rc<Self>, action: LoadAction) -> Rc<Self> {
        // One copy of the load for every action (a clone per arm is code per arm).
        let mut next = Loads { load: self.load.clone(), attempt: self.attempt, lang_wait: self.lang_wait };
        match action {
            LoadAction::Start => next.load = Load::Loading,
            LoadAction::Done(load) => next.load = load,
            LoadAction::Retry => next.attempt += 1,
            LoadAction::LangDone => next.lang_wait = false,
        }
        Rc::new(next)
    }
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let loads = use_reducer(|| Loads {
        load: match &props.preloaded {
            Some(Preloaded(data)) => {
                let loaded = Loaded { data: data.clone(), stale: false, failures: Rc::default(), pack: None };
                Load::Ready { loaded, generation: 0, prepared: Prepared::default() }
            }
            None => Load::Loading,
        },
        attempt: 0,
        lang_wait: !props.lang.ready(),
    });
    let default = props.default_feed.clone().unwrap_or_else(|| loader::DEFAULT_FEED_URL.to_string());
    {
        // The starting language's messages, asked for beside the feeds (not after them), so
        // the widget's first render is in that language. Asked for in the load's effect (an
        // effect of its own would be code of its own in the download): a reload while they
        // are still coming asks again, which the one fetch per page answers.
        // (Never in the full build, which has every language compiled in: cfg! says so to
        // the compiler, which then leaves this out of it.)
        let lang_wait = (!cfg!(feature = "en-inline") && loads.lang_wait).then(|| {
            let d = loads.dispatcher();
            let url = props.texts_url.clone().unwrap_or_else(|| crate::ui::lang_file::url(&default));
            (url, move |_: bool| d.dispatch(LoadAction::LangDone))
        });
        let load = loads.dispatcher();
        let urls = props.data.clone();
        let inline = props.inline.clone();
        let page = props.page_url.clone();
        let default = default.clone();
        let preloaded = props.preloaded.is_some();
        let host = props.host.clone();
        // The props as they are when the load ends (an embed's may change meanwhile).
        let latest = use_mut_ref(AppProps::default);
        *latest.borrow_mut() = props.clone();
        // Reload when the attempt or the sources change (an embed's attributes). Only the
        // newest load lands: an older one stops at its next slice, or is dropped if it
        // finishes later.
        let generation = use_mut_ref(|| 0u32);
        use_effect_with((loads.attempt, urls.clone(), inline.clone(), default.clone()), move |_| {
            if let Some((url, done)) = lang_wait {
                crate::ui::lang_file::request(url, done);
            }
            if !preloaded {
                load.dispatch(LoadAction::Start);
                *generation.borrow_mut() += 1;
                let this = *generation.borrow();
                yew::platform::spawn_local(async move {
                    let current = || *generation.borrow() == this;
                    if let Some(loaded) = loader::load(default, urls, inline, page, current).await {
                        // Taken over by the full build: this widget is about to be unmounted,
                        // so it keeps showing that it is loading.
                        if current() && !events::needs_full_build(&host, &loaded.failures) {
                            // The widget's starting state in a task of its own, and its first
                            // render in the next. (While the starting language is still being
                            // fetched, the widget works it out when it shows.)
                            loader::yield_to_browser().await;
                            let props = latest.borrow().clone();
                            let prepared = match props.lang.ready() {
                                true => Prepared::new(starting_state(loaded.data.clone(), &props)),
                                false => Prepared::default(),
                            };
                            loader::yield_to_browser().await;
                            if current() {
                                load.dispatch(LoadAction::Done(Load::Ready { loaded, generation: this, prepared }));
                            }
                        }
                    }
                });
            }
        });
    }
    let t = props.lang.texts();
    match &loads.load {
        Load::Ready { loaded, generation, prepared } if !loads.lang_wait => {
            let retry = {
                let d = loads.dispatcher();
                Callback::from(move |_: ()| d.dispatch(LoadAction::Retry))
            };
            html! {
                <Widget key={*generation} data={loaded.data.clone()} stale={loaded.stale}
                    failures={loaded.failures.clone()} pack={loaded.pack.clone()} on_retry={retry} props={props.clone()}
                    prepared={prepared.clone()} />
            }
        }
        // Until both are in; while English is still coming, in both languages.
        _ => {
            let (lang, text) = match props.lang.ready() {
                true => (props.lang, t.loading()),
                false => (Lang::Zh, t.lang_loading()),
            };
            html! {
                <div class="sm-app" lang={lang.tag()}>
                    <p class="sm-boot" role="status" aria-live="polite">{ text }<progress></progress></p>
                </div>
            }
        }
    }
}
