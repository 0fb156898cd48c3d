//! The engine: plain Rust with no DOM or web-sys access (Architecture Invariant). It is
//! tested and benchmarked on the host and compiled unchanged into the wasm build.
//!
//! Data flows one way: feed bytes → [`feed`] (records + problems) → [`catalog`] (merged,
//! resolved) → [`dataset`] (facts, indexes) → [`view::rank`] (profile, filters, query)
//! → the ranked view the UI renders.

pub mod catalog;
pub mod dataset;
pub mod feed;
pub mod fees;
pub mod hash;
pub mod json;
pub mod map_outline;
pub mod mentions;
pub mod model;
pub mod order;
pub mod pack;
pub mod profile;
pub mod profile_edit;
pub mod qr;
pub mod salvage;
pub mod score;
pub mod share;
pub mod stats;
pub mod suggest;
pub mod text;
pub mod view;
pub mod wage_picture;
pub mod work_map;
