use crate::engine::profile::Profile;
use crate::ui::state::{ProfileNotice, State};
use crate::ui::storage::{self, Saved, Settings};
use yew::prelude::*;

/// The profile to start with: the link's, else the saved one (reporting a corrupt value);
/// a kiosk never reads what a previous visitor might have left.
pub fn starting_profile(given: Option<&str>, kiosk: bool) -> (Profile, Option<ProfileNotice>) {
    if let Some(json) = given {
        return (Profile::from_json(json).0, Some(ProfileNotice::FromLink));
    }
    if kiosk {
        return (Profile::default(), None);
    }
    match storage::load() {
        Saved::Profile(p) => (p, None),
        Saved::None => (Profile::default(), None),
        Saved::Corrupt => (Profile::default(), Some(ProfileNotice::Corrupt)),
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

/// Owns what SkillMatch keeps on the device. After the worker edits the profile it is saved
/// (a profile from a link becomes theirs only then); after a display-settings change the
/// settings are saved; a reset forgets the saved profile, "clear my data" everything. It
/// acts on the state's request counters, so each request is carried out once, after the
/// render that shows it. A kiosk stores nothing.
#[hook]
pub fn use_storage(kiosk: bool, state: &State) {
    let profile = state.profile.clone();
    use_effect_with(state.profile_edits, move |edits| {
        if !kiosk && *edits > 0 {
            storage::save(&profile);
        }
    });
    let settings = state.settings;
    use_effect_with(state.settings_edits, move |edits| {
        if !kiosk && *edits > 0 {
            storage::save_settings(settings);
        }
    });
    use_effect_with(state.profile_resets, move |resets| {
        if !kiosk && *resets > 0 {
            storage::clear_profile();
        }
    });
    use_effect_with(state.data_clears, move |clears| {
        if !kiosk && *clears > 0 {
            storage::clear();
        }
    });
}
