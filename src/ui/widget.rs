//! The loaded widget: the state (one reducer), the side-effect hooks, and the page's frame
//! (header, display settings, tabs, notices, footer) around `Screens`. It composes; decisions
//! live in the state and the engine, side effects in `ui::hooks`.

use crate::engine::dataset::Dataset;
use crate::engine::feed::FeedError;
use crate::ui::app::AppProps;
use crate::ui::components::screens::ScreenContext;
use crate::ui::components::{
    city_label, clear_data, feed_alert, header, notices, screens, toggle, ClearActions, NoticeActions,
};
use crate::ui::hooks::{
    starting_profile, starting_settings, use_embed_props, use_kiosk_idle, use_lang_file, use_map_file, use_pack_shards,
    use_settle, use_storage, use_url_sync, use_warm_indexes,
};
use crate::ui::loader::FeedName;
use crate::ui::pack::PackRef;
use crate::ui::state::{Action, Start, State};
use crate::ui::url::Screen;
use crate::ui::{env, events};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, Properties)]
pub struct WidgetProps {
    pub data: Rc<Dataset>,
    /// Shown from the offline cache: say it may be out of date.
    pub stale: bool,
    /// Feeds that gave nothing: reported with a retry, never replaced by sample jobs.
    pub failures: Rc<Vec<(FeedName, FeedError)>>,
    /// A pack whose job shards are still to be fetched (`use_pack_shards`).
    pub pack: Option<PackRef>,
    pub on_retry: Callback<()>,
    pub props: AppProps,
    /// The starting state, when the app worked it out in a task before this render.
    pub prepared: Prepared,
}

/// A widget's starting state made ahead of its first render (`ui::app`), taken by it once;
/// compared by identity.
#[derive(Clone, Default)]
pub struct Prepared(Rc<std::cell::Cell<Option<State>>>);

impl Prepared {
    pub fn new(state: State) -> Prepared {
        Prepared(Rc::new(std::cell::Cell::new(Some(state))))
    }
}

impl PartialEq for Prepared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// What a widget starts from: `props` (the page's address or the embed's options), the
/// profile and settings saved on the device, every job scored and the first page ranked.
pub fn starting_state(data: Rc<Dataset>, props: &AppProps) -> State {
    State::new(Start {
        lang: props.lang,
        lang_failed: !cfg!(feature = "en-inline") && crate::ui::lang_file::failed(),
        data,
        query: props.query.clone(),
        profile: starting_profile(props.profile.as_deref(), props.kiosk),
        screen: props.screen,
        job: props.job.clone(),
        filters: props.filters.clone(),
        sort: props.sort,
        settings: starting_settings(props.kiosk),
        today: env::today(),
    })
}

impl PartialEq for WidgetProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.data, &other.data)
            && Rc::ptr_eq(&self.failures, &other.failures)
            && self.pack == other.pack
            && self.stale == other.stale
            && self.on_retry == other.on_retry
            && self.props == other.props
            && self.prepared == other.prepared
    }
}

#[function_component(Widget)]
pub fn widget(wp: &WidgetProps) -> Html {
    let props = &wp.props;
    let (kiosk, sync) = (props.kiosk, props.sync_url);
    let state = {
        let (data, props, prepared) = (wp.data.clone(), props.clone(), wp.prepared.clone());
        use_reducer(move || prepared.0.take().unwrap_or_else(|| starting_state(data, &props)))
    };
    let idle = use_kiosk_idle(kiosk, props.idle_seconds, sync, state.dispatcher());
    use_embed_props(props.lang, props.profile.clone(), state.dispatcher());
    use_storage(kiosk, &state);
    let nav = use_url_sync(sync, kiosk, &state);
    use_settle(&state);
    use_warm_indexes(&state);
    let default_feed = props.default_feed.as_deref().unwrap_or(crate::ui::loader::DEFAULT_FEED_URL);
    use_map_file(props.map_url.as_deref(), default_feed, &state);
    use_lang_file(default_feed, props.texts_url.as_deref(), &state);
    let pack = use_pack_shards(wp.pack.clone(), &state);
    {
        let host = props.host.clone();
        use_effect_with((), move |_| events::ready(&host));
    }

    let t = state.lang.texts();
    let d = state.dispatcher();
    let actions = d.to_callback();
    let on_lang = actions.reform(Action::SetLang);
    let toggle_setting = |large: bool| {
        let (d, settings) = (d.clone(), state.settings);
        Callback::from(move |_: MouseEvent| {
            let mut next = settings;
            if large {
                next.large_text = !next.large_text;
            } else {
                next.high_contrast = !next.high_contrast;
            }
            d.dispatch(Action::SetSettings(next));
        })
    };
    let nav_button = |screen: Screen, label: &'static str| {
        let current = (state.screen == screen && state.open_job.is_none()).then_some("page");
        let d = d.clone();
        let onclick = Callback::from(move |_: MouseEvent| d.dispatch(Action::Show(screen)));
        html! { <button type="button" class="sm-tab" aria-current={current} {onclick}>{ label }</button> }
    };
    // The profile notices' and "clear my data"'s answers, each one action.
    let act = |make: fn() -> Action| {
        let d = d.clone();
        Callback::from(move |_: ()| d.dispatch(make()))
    };
    let countdown = idle.countdown.map(|remaining| {
        let active = idle.on_activity.clone();
        html! {
            <div class="sm-countdown" role="alertdialog" aria-live="assertive" data-testid="idle-countdown">
                <p>{ t.idle_countdown(remaining) }</p>
                <button type="button" class="sm-button sm-primary" onclick={Callback::from(move |_: MouseEvent| active.emit(()))}>{ t.keep_using() }</button>
            </div>
        }
    });
    let (on_pointer, on_key, on_input) = {
        let (a, b, c) = (idle.on_activity.clone(), idle.on_activity.clone(), idle.on_activity.clone());
        (
            Callback::from(move |_: PointerEvent| a.emit(())),
            Callback::from(move |_: KeyboardEvent| b.emit(())),
            Callback::from(move |_: InputEvent| c.emit(())),
        )
    };
    let mut class = String::from("sm-app");
    for (on, name) in
        [(state.settings.large_text, " sm-large"), (state.settings.high_contrast, " sm-contrast"), (kiosk, " sm-kiosk")]
    {
        if on {
            class.push_str(name);
        }
    }
    // The page's main content; embedded in a portal's own page (which has its main landmark)
    // it is a labelled region instead.
    let content = html! {
        <>
            if wp.stale {
                <p class="sm-notice sm-notice-warn" role="note" aria-live="polite" data-testid="offline-notice">{ t.offline_stale() }</p>
            }
            { feed_alert(t, &wp.failures, &wp.on_retry) }
            // A pack's shards that failed: each city by name, and a retry of those.
            { feed_alert(t, &state.pack.iter().flat_map(|p| p.failed.iter()).map(|(city, e)| {
                (FeedName::Shard(city_label(state.lang, &state.data, city)), e.clone())
            }).collect::<Vec<_>>(), &pack.retry) }
            { notices(t, &state, &NoticeActions {
                save_mine: act(|| Action::SaveAsMine),
                keep_mine: act(|| Action::KeepMine),
                clear_backup: act(|| Action::ClearBackup),
                dismiss_error: act(|| Action::DismissStoreError),
            }) }
            { screens(&state, &ScreenContext { on_open: &nav.on_open, on_close: &nav.on_close, on_choose: &nav.on_choose, host: &props.host,
                kiosk, app_page: &env::app_page(props.app_url.as_deref()), on_load_rest: &pack.load_rest }) }
        </>
    };
    let main = match props.host {
        Some(_) => html! { <section class="sm-main" aria-label={t.app_title()}>{ content }</section> },
        None => html! { <main class="sm-main">{ content }</main> },
    };
    html! {
        <div {class} lang={state.lang.tag()} data-testid="skillmatch" data-kiosk={kiosk.then_some("1")}
            data-large-text={state.settings.large_text.then_some("1")} data-high-contrast={state.settings.high_contrast.then_some("1")}
            onpointerdown={on_pointer} onkeydown={on_key} oninput={on_input}>
            { for countdown }
            { header(state.lang, state.lang_load, &on_lang, &act(|| Action::DismissLang), html! {
                <div class="sm-settings">
                    { toggle(t.large_text(), Some("large-text"), None, state.settings.large_text, toggle_setting(true)) }
                    { toggle(t.high_contrast(), Some("high-contrast"), None, state.settings.high_contrast, toggle_setting(false)) }
                </div>
            }) }
            <nav class="sm-tabs" aria-label={t.nav_label()}>
                { nav_button(Screen::Jobs, t.nav_jobs()) }
                { nav_button(Screen::Map, t.nav_map()) }
                { nav_button(Screen::Courses, t.nav_courses()) }
                { nav_button(Screen::Profile, t.nav_profile()) }
                { nav_button(Screen::Rights, t.nav_rights()) }
            </nav>
            { main }
            <footer class="sm-footer">
                <p>{ t.privacy_note() }</p>
                { clear_data(t, &state.clear_step, &ClearActions {
                    ask: act(|| Action::AskClear),
                    confirm: act(|| Action::ConfirmClear),
                    cancel: act(|| Action::CancelClear),
                    undo: act(|| Action::UndoClear),
                }) }
            </footer>
        </div>
    }
}
