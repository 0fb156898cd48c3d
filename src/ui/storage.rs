//! The saved profile: one versioned localStorage key. A value that cannot be read is
//! reported and kept until the user resets it — never silently wiped.

use crate::engine::profile::{Profile, ProfileProblem};

/// Bump the version when the stored shape changes incompatibly.
pub const PROFILE_KEY: &str = "skillmatch.profile.v1";

#[derive(Clone, Debug, PartialEq)]
pub enum Saved {
    None,
    Profile(Profile),
    /// Stored, but not a readable profile.
    Corrupt,
}

fn storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

pub fn load() -> Saved {
    let Some(raw) = storage().and_then(|s| s.get_item(PROFILE_KEY).ok().flatten()) else { return Saved::None };
    let (profile, problems) = Profile::from_json(&raw);
    if problems
        .iter()
        .any(|p| matches!(p, ProfileProblem::NotJson) || matches!(p, ProfileProblem::Invalid { path } if path == "$"))
    {
        Saved::Corrupt
    } else {
        Saved::Profile(profile)
    }
}

pub fn save(profile: &Profile) {
    if let Some(s) = storage() {
        let _ = s.set_item(PROFILE_KEY, &profile.to_json());
    }
}

/// Display settings, kept apart from the profile (they are not personal data).
pub const SETTINGS_KEY: &str = "skillmatch.settings.v1";

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Settings {
    /// 适老化: larger text and touch targets.
    #[serde(default)]
    pub large_text: bool,
    #[serde(default)]
    pub high_contrast: bool,
}

pub fn load_settings() -> Settings {
    storage()
        .and_then(|s| s.get_item(SETTINGS_KEY).ok().flatten())
        .and_then(|raw| serde_json::from_str(&raw).ok())
        .unwrap_or_default()
}

pub fn save_settings(settings: Settings) {
    if let (Some(s), Ok(json)) = (storage(), serde_json::to_string(&settings)) {
        let _ = s.set_item(SETTINGS_KEY, &json);
    }
}

/// Forgets the saved profile (a reset after a corrupt value).
pub fn clear_profile() {
    if let Some(s) = storage() {
        let _ = s.remove_item(PROFILE_KEY);
    }
}

/// "Clear my data": everything SkillMatch keeps on this device.
pub fn clear() {
    if let Some(s) = storage() {
        let _ = s.remove_item(PROFILE_KEY);
        let _ = s.remove_item(SETTINGS_KEY);
    }
}
