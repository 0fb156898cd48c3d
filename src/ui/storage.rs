//! What SkillMatch keeps on the device, under versioned localStorage keys: the profile, the
//! display settings, and — when a saved profile could not be read whole — the original text,
//! kept until the worker clears it. Reads are total; writes say whether they worked. Only
//! `ui::hooks::use_storage` (and the starting state) call this.

use crate::engine::json;
use crate::engine::profile::{Profile, ProfileProblem};

/// Bump the version when the stored shape changes incompatibly.
pub const PROFILE_KEY: &str = "skillmatch.profile.v1";
/// The original text of a saved profile that could not be read whole.
pub const BACKUP_KEY: &str = "skillmatch.profile.v1.backup";
/// Display settings, kept apart from the profile (they are not personal data).
pub const SETTINGS_KEY: &str = "skillmatch.settings.v1";
/// The JobPosting feeds' addresses the loaders (scripts/choose-build.js) remember, to take
/// the full build first for them: written by the loaders, cleared with the rest.
pub const FULL_BUILD_FEEDS_KEY: &str = "skillmatch.fullbuild.v1";

/// What is saved under [`PROFILE_KEY`].
#[derive(Clone, Debug, PartialEq)]
pub enum Saved {
    None,
    /// A readable profile, and what of it could not be used (invalid values left out).
    Profile(Profile, Vec<ProfileProblem>),
    /// Stored, but not readable whole: what could be read of it, what could not, and the
    /// text as stored (kept as a backup until the worker clears it).
    Damaged {
        salvaged: Profile,
        problems: Vec<ProfileProblem>,
        raw: String,
    },
}

/// Why a write did not happen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser's storage for this site is full.
    Full,
    /// Storage is switched off or refused (private mode, site settings, an embedding page's
    /// sandbox).
    Unavailable,
}

fn storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// Reads a stored profile's text (also what another tab wrote).
pub fn read(raw: Option<String>) -> Saved {
    let Some(raw) = raw else { return Saved::None };
    let (profile, problems) = Profile::salvage(&raw);
    let whole = !problems.iter().any(|p| {
        matches!(p, ProfileProblem::NotJson | ProfileProblem::Damaged)
            || matches!(p, ProfileProblem::Invalid { path } if path == "$")
    });
    if whole {
        Saved::Profile(profile, problems)
    } else {
        Saved::Damaged { salvaged: profile, problems, raw }
    }
}

pub fn load() -> Saved {
    read(storage().and_then(|s| s.get_item(PROFILE_KEY).ok().flatten()))
}

fn write(key: &str, value: &str) -> Result<(), StoreError> {
    let s = storage().ok_or(StoreError::Unavailable)?;
    s.set_item(key, value).map_err(|e| {
        let name = js_sys::Reflect::get(&e, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_default();
        if name == "QuotaExceededError" {
            StoreError::Full
        } else {
            StoreError::Unavailable
        }
    })
}

pub fn save(profile: &Profile) -> Result<(), StoreError> {
    write(PROFILE_KEY, &profile.to_json())
}

/// Keeps `raw` (a saved profile that could not be read whole) under [`BACKUP_KEY`], unless
/// a backup is kept already.
pub fn keep_backup(raw: &str) -> Result<(), StoreError> {
    match storage().and_then(|s| s.get_item(BACKUP_KEY).ok().flatten()) {
        Some(_) => Ok(()),
        None => write(BACKUP_KEY, raw),
    }
}

pub fn clear_backup() {
    if let Some(s) = storage() {
        let _ = s.remove_item(BACKUP_KEY);
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// 适老化: larger text and touch targets.
    pub large_text: bool,
    pub high_contrast: bool,
}

/// Stored as `{"high_contrast":…,"large_text":…}`; a missing or unreadable flag is off.
pub fn load_settings() -> Settings {
    read_settings(storage().and_then(|s| s.get_item(SETTINGS_KEY).ok().flatten()).as_deref())
}

/// The settings in a stored text. Each flag is read on its own (the object shallowly, as the
/// feed reader does), so one flag of another type leaves the other as it was saved.
pub fn read_settings(stored: Option<&str>) -> Settings {
    let fields = stored.and_then(json::object).unwrap_or_default();
    let flag = |k: &str| fields.get(k).and_then(|v| json::parse(v).ok()?.as_bool()).unwrap_or(false);
    Settings { large_text: flag("large_text"), high_contrast: flag("high_contrast") }
}

/// The text stored for `settings`.
pub fn settings_json(settings: Settings) -> String {
    format!(r#"{{"high_contrast":{},"large_text":{}}}"#, settings.high_contrast, settings.large_text)
}

pub fn save_settings(settings: Settings) -> Result<(), StoreError> {
    write(SETTINGS_KEY, &settings_json(settings))
}

/// "Clear my data": everything SkillMatch keeps on this device.
pub fn clear() {
    if let Some(s) = storage() {
        for key in [PROFILE_KEY, BACKUP_KEY, SETTINGS_KEY, FULL_BUILD_FEEDS_KEY] {
            let _ = s.remove_item(key);
        }
    }
}
