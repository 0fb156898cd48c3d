//! Packs: a large feed compiled once (by `scripts/pack`) into a manifest and shard files
//! that a phone fetches a city at a time. The format is documented in docs/PACKS.md.
//!
//! - `manifest.json` names the format version (`skillmatchPack`), the catalogue shard and
//!   the job shards (one or more per city), with their job counts.
//! - Every shard starts with a header: the magic `SMPK`, the shard format version, a kind
//!   byte and a 64-bit checksum of the rest. The catalogue shard carries the resolved
//!   places, skills, brands and courses as a native feed (read back by the engine's own
//!   reader, so the download gains no second catalogue decoder) and the pack's problems;
//!   a job shard carries its jobs in a compact binary form (`jobs.rs`).
//!
//! Decoding repeats the feed reader's checks: a shard that was cut short, altered or
//! written by a newer packer is refused with a [`FeedError`] and never panics.

mod jobs;
mod load;
mod manifest;
mod order;
mod problems;

#[cfg(not(target_arch = "wasm32"))]
pub mod build;
#[cfg(not(target_arch = "wasm32"))]
mod write;

pub use jobs::decode_jobs;
pub use load::PackLoad;
pub use manifest::{Manifest, ShardInfo};
pub use order::fetch_order;
#[cfg(not(target_arch = "wasm32"))]
pub use problems::{encode as encode_problem, kind_name};

use crate::engine::catalog::Catalog;
use crate::engine::feed::{FeedError, Problems};
use crate::engine::json;

/// The manifest format this build reads and writes (`"skillmatchPack": 1`). A manifest with
/// a larger number is refused before anything else in it is read.
pub const VERSION: u64 = 1;

/// The first bytes of every shard.
pub const MAGIC: &[u8; 4] = b"SMPK";
/// The shard format version, in every shard's header.
pub const SHARD_VERSION: u8 = 1;
/// Magic, version, kind and checksum.
pub const HEADER: usize = 4 + 1 + 1 + 8;

/// What a shard holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Catalogue = 0,
    Jobs = 1,
}

/// FNV-1a, 64 bits: enough to tell a damaged or truncated shard from a good one (it is no
/// defence against someone who means harm, and needs none: the decoder checks every value).
pub fn checksum(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The payload of a shard of `kind`, once its header and checksum check out.
pub fn open(bytes: &[u8], kind: Kind) -> Result<&[u8], FeedError> {
    if bytes.len() < HEADER || &bytes[..4] != MAGIC {
        return Err(FeedError::Damaged);
    }
    if bytes[4] > SHARD_VERSION {
        return Err(FeedError::NewerFormat { version: bytes[4] as u64 });
    }
    let sum = u64::from_le_bytes(bytes[6..HEADER].try_into().map_err(|_| FeedError::Damaged)?);
    if bytes[5] != kind as u8 || bytes[4] != SHARD_VERSION || checksum(&bytes[HEADER..]) != sum {
        return Err(FeedError::Damaged);
    }
    Ok(&bytes[HEADER..])
}

/// The catalogue shard: the merged catalogue (without jobs) and the pack's problems.
pub fn decode_catalogue(bytes: &[u8]) -> Result<(Catalog, Problems), FeedError> {
    let payload = open(bytes, Kind::Catalogue)?;
    let text = std::str::from_utf8(payload).map_err(|_| FeedError::Damaged)?;
    let root = json::object_split(text).ok_or(FeedError::Damaged)?;
    // The packer wrote this feed from records it had already checked and resolved (every
    // reference by id): reading it back must find nothing wrong, or it is not ours.
    let mut found = Problems::default();
    let recorded = root.get("problems").map(|&(text, _)| text);
    let raw = crate::engine::feed::native::parse(root, 0, &mut found);
    let catalog = Catalog::assemble(raw, Vec::new(), false, &mut found);
    if found.total() > 0 {
        return Err(FeedError::Damaged);
    }
    let problems = recorded.map_or(Ok(Problems::default()), problems::decode)?;
    Ok((catalog, problems))
}
