//! A pack being loaded (docs/PACKS.md): where it is, what of it is in, and what the count
//! and the alert say about the rest. The fetching is `hooks::use_pack_shards`.

use crate::engine::feed::FeedError;
use crate::engine::pack::PackLoad;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The pack behind a widget, shared by the loader (which read its manifest and catalogue)
/// and the shard hook (which adds the job shards).
pub struct Pack {
    /// The manifest's address: shards are fetched beside it.
    pub manifest_url: String,
    pub load: RefCell<PackLoad>,
    /// How many jobs the widget's dataset holds (it is rebuilt as the loaded jobs double,
    /// not after every shard: see `use_pack_shards`).
    pub shown: Cell<usize>,
    /// The current pass has been through every shard it means to fetch.
    pub done: Cell<bool>,
    /// Shards that failed, and why, until the next retry.
    pub failed: RefCell<Vec<(usize, FeedError)>>,
}

/// A pack compared by identity (props).
#[derive(Clone)]
pub struct PackRef(pub Rc<Pack>);

impl PartialEq for PackRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// What the count and the alert say about a pack.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PackStatus {
    /// Jobs in the widget's dataset, and in the whole pack.
    pub loaded: usize,
    pub all: usize,
    /// Shards are still coming in the background.
    pub loading: bool,
    /// Only the home city is in: the worker will not move; the rest load when asked.
    pub home_only: Option<String>,
    /// Shards that failed: their city (gazetteer name) and why.
    pub failed: Vec<(String, FeedError)>,
}
