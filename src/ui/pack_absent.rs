//! The default build's `ui::pack` (feature `packs` off): no pack is loaded, so none can
//! exist. A page that names a pack by an address ending in `manifest.json` runs the full
//! build (boot.js, embed.js); a manifest under another name reaches this build and is
//! reported like any feed that cannot give jobs.

use crate::engine::feed::FeedError;
use crate::ui::loader::{self, FeedName, Loaded};

/// A pack: this build has none (the type has no values, so no pack code is reached).
#[derive(Clone, PartialEq)]
pub enum PackRef {}

/// A pack's manifest: reported as one this build cannot read, with the feeds named beside it.
pub async fn load(url: &str, _manifest: &[u8], stale: bool, beside: Vec<(FeedName, FeedError)>) -> Loaded {
    loader::failed(url, FeedError::PackNotSupported, stale, beside)
}
