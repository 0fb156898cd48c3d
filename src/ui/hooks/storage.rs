use crate::engine::profile::Profile;
use crate::ui::state::{Action, ClearStep, ProfileNotice, ProfileSource, StartProfile, State};
use crate::ui::storage::{self, Saved, Settings, PROFILE_KEY, SETTINGS_KEY};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The storage requests the state has counted (`State::profile_saves` and the rest).
#[derive(Clone, Copy, PartialEq)]
struct Requests {
    profile_saves: u32,
    settings_saves: u32,
    backup_clears: u32,
    data_clears: u32,
    restores: u32,
}

/// How long "clear my data" can be undone.
const UNDO_MS: u32 = 8_000;

/// The profile to start with. A link's (or an embedding page's) is a view of someone's
/// profile: used, not saved, with the device's own kept aside. Otherwise the saved one — and
/// when it cannot be read whole, what can be read of it, with the original kept as a backup.
/// A kiosk never reads what a previous visitor might have left.
pub fn starting_profile(given: Option<&str>, kiosk: bool) -> StartProfile {
    let start = |profile, source, notice| StartProfile {
        profile,
        source,
        notice,
        saved: None,
        problems: Vec::new(),
        backup: None,
    };
    if kiosk {
        let (profile, problems) = given.map(Profile::from_json).unwrap_or_default();
        return StartProfile { problems, ..start(profile, ProfileSource::Kiosk, None) };
    }
    let saved = storage::load();
    if let Some(json) = given {
        let (profile, problems) = Profile::from_json(json);
        return StartProfile {
            saved: saved_profile(saved),
            problems,
            ..start(profile, ProfileSource::Link, Some(ProfileNotice::FromLink))
        };
    }
    match saved {
        Saved::None => start(Profile::default(), ProfileSource::Own, None),
        Saved::Profile(profile, problems) => StartProfile { problems, ..start(profile, ProfileSource::Own, None) },
        Saved::Damaged { salvaged, problems, raw } => StartProfile {
            problems,
            backup: Some(raw),
            ..start(salvaged, ProfileSource::Own, Some(ProfileNotice::Damaged))
        },
    }
}

/// The profile a stored value holds (what could be read of a damaged one).
fn saved_profile(saved: Saved) -> Option<Profile> {
    match saved {
        Saved::Profile(p, _) => Some(p),
        Saved::Damaged { salvaged, .. } => Some(salvaged),
        Saved::None => None,
    }
}

/// The display settings to start with (a kiosk's are always the defaults).
pub fn starting_settings(kiosk: bool) -> Settings {
    if kiosk {
        Settings::default()
    } else {
        storage::load_settings()
    }
}

/// Owns what SkillMatch keeps on the device. It carries out the state's storage requests
/// once each, after the render that shows them: saving the worker's own profile after an
/// edit (a link's only once they say "save as mine"), the display settings after a change,
/// keeping the original of a damaged saved profile as a backup (at start) and forgetting it
/// when asked, clearing everything, and writing it back on undo. A write that fails (storage
/// full or refused) is reported, not ignored. Changes another tab saves are followed, so this
/// tab never writes a stale profile over them. The undo of "clear my data" expires after a
/// few seconds. A kiosk stores nothing and listens to nothing.
#[hook]
pub fn use_storage(kiosk: bool, state: &UseReducerHandle<State>) {
    let report = {
        let d = state.dispatcher();
        move |result: Result<(), storage::StoreError>| {
            if let Err(e) = result {
                d.dispatch(Action::StoreFailed(e));
            }
        }
    };
    {
        // One effect for every request (each effect is code of its own in the download): it
        // remembers the counts it has carried out, so each request is carried out once, in
        // this order, after the render that shows it; the first run (the mount) keeps the
        // original of a damaged saved profile as a backup.
        let done = use_mut_ref(|| None::<Requests>);
        let requests = Requests {
            profile_saves: state.profile_saves,
            settings_saves: state.settings_saves,
            backup_clears: state.backup_clears,
            data_clears: state.data_clears,
            restores: state.restores,
        };
        let (profile, settings, own) = (state.profile.clone(), state.settings, state.source == ProfileSource::Own);
        let (backup, report) = (state.backup.clone(), report.clone());
        use_effect_with(requests, move |now| {
            let before = done.borrow_mut().replace(*now);
            if kiosk {
                return;
            }
            let asked =
                |count: fn(&Requests) -> u32| count(now) > 0 && before.as_ref().is_none_or(|b| count(b) != count(now));
            if before.is_none() {
                if let Some(raw) = &backup {
                    report(storage::keep_backup(raw));
                }
            }
            if asked(|r| r.profile_saves) {
                report(storage::save(&profile));
            }
            if asked(|r| r.settings_saves) {
                report(storage::save_settings(settings));
            }
            if asked(|r| r.backup_clears) {
                storage::clear_backup();
            }
            if asked(|r| r.data_clears) {
                storage::clear();
            }
            if asked(|r| r.restores) {
                if own && !profile.is_empty() {
                    report(storage::save(&profile));
                }
                report(storage::save_settings(settings));
                if let Some(raw) = &backup {
                    report(storage::keep_backup(raw));
                }
            }
        });
    }
    {
        // Another tab's writes arrive as `storage` events on this window.
        let d = state.dispatcher();
        let known = match state.source {
            ProfileSource::Own => Some(state.profile.clone()),
            _ => state.saved.as_deref().cloned(),
        };
        use_effect_with(kiosk, move |kiosk| {
            if !kiosk {
                // A write another tab made after this widget read the storage and before
                // this listener existed sent its event to no one: catch up with it now.
                let stored = saved_profile(storage::load()).filter(|p| !p.is_empty());
                if stored != known.filter(|p| !p.is_empty()) {
                    d.dispatch(Action::SavedElsewhere(stored));
                }
            }
            let listener = (!kiosk).then(|| {
                gloo::events::EventListener::new(&gloo::utils::window(), "storage", move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else { return };
                    match e.key().as_deref() {
                        Some(PROFILE_KEY) => {
                            d.dispatch(Action::SavedElsewhere(saved_profile(storage::read(e.new_value()))))
                        }
                        Some(SETTINGS_KEY) => d.dispatch(Action::SettingsElsewhere(storage::load_settings())),
                        // `clear()` in another tab sends a null key.
                        None => d.dispatch(Action::SavedElsewhere(None)),
                        _ => {}
                    }
                })
            });
            move || drop(listener)
        });
    }
    {
        let d = state.dispatcher();
        let undoable = matches!(state.clear_step, ClearStep::Undoable(_));
        use_effect_with(undoable, move |undoable| {
            let timer =
                undoable.then(|| gloo::timers::callback::Timeout::new(UNDO_MS, move || d.dispatch(Action::ClearDone)));
            move || drop(timer)
        });
    }
}
