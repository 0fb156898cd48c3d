//! `manifest.json`: which shards a pack has. Read before anything else, and refused whole
//! when it is from a newer format or names a file outside its own folder.

use crate::engine::feed::FeedError;
use crate::engine::json::{self, Json};
use crate::engine::model::Currency;

/// One shard as the manifest lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct ShardInfo {
    /// A plain file name beside the manifest (never a path or another site).
    pub file: String,
    /// The city (a gazetteer name) whose jobs it holds; empty for jobs without a known city.
    pub city: String,
    pub jobs: usize,
    pub bytes: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Manifest {
    pub version: u64,
    /// Every job in the pack.
    pub jobs: usize,
    /// The currency wages are compared in, decided over the whole pack (so a partly loaded
    /// pack compares like the whole one).
    pub currency: Currency,
    pub catalogue: ShardInfo,
    /// Job shards, a city's parts together, cities in gazetteer order.
    pub shards: Vec<ShardInfo>,
}

impl Manifest {
    /// Whether `bytes` look like a pack manifest (rather than a feed).
    pub fn is_manifest(bytes: &[u8]) -> bool {
        std::str::from_utf8(bytes).ok().and_then(json::object).is_some_and(|root| root.contains_key("skillmatchPack"))
    }

    pub fn parse(bytes: &[u8]) -> Result<Manifest, FeedError> {
        let text = std::str::from_utf8(bytes).map_err(|_| FeedError::Damaged)?;
        let root = json::parse(text).map_err(|_| FeedError::Damaged)?;
        let version = root.get("skillmatchPack").and_then(Json::as_u64).ok_or(FeedError::Damaged)?;
        if version > super::VERSION {
            return Err(FeedError::NewerFormat { version });
        }
        let currency = match root.get("currency") {
            Some(c) => Currency::parse(c.as_str().ok_or(FeedError::Damaged)?).ok_or(FeedError::Damaged)?,
            None => Currency::CNY,
        };
        let catalogue = root.get("catalogue").and_then(shard).ok_or(FeedError::Damaged)?;
        let shards = root.get("shards").and_then(Json::as_array).ok_or(FeedError::Damaged)?;
        let shards = shards.iter().map(shard).collect::<Option<Vec<_>>>().ok_or(FeedError::Damaged)?;
        let jobs = shards.iter().map(|s| s.jobs).sum();
        Ok(Manifest { version, jobs, currency, catalogue, shards })
    }

    /// Shard `i`'s address, beside the manifest at `base` (the manifest's own URL).
    pub fn url(base: &str, file: &str) -> String {
        match base.rfind('/') {
            Some(at) => format!("{}{}", &base[..=at], file),
            None => file.to_string(),
        }
    }
}

fn shard(v: &Json) -> Option<ShardInfo> {
    let file = v.get("file")?.as_str()?;
    // Only a plain name beside the manifest: a manifest cannot send the widget elsewhere.
    let plain = !file.is_empty()
        && !file.starts_with('.')
        && file.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.');
    plain.then(|| ShardInfo {
        file: file.to_string(),
        city: v.get("city").and_then(Json::as_str).unwrap_or_default().to_string(),
        jobs: v.get("jobs").and_then(Json::as_u64).unwrap_or(0) as usize,
        bytes: v.get("bytes").and_then(Json::as_u64).unwrap_or(0) as usize,
    })
}
