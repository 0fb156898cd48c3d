//! A pack being loaded (docs/PACKS.md): where it is and what of it is in; its manifest and
//! catalogue are loaded here, its job shards by `hooks::use_pack_shards`. In the full build
//! only (feature `packs`); the default build has `pack_absent.rs` in its place.

use crate::engine::feed::FeedError;
use crate::engine::pack::{Manifest, PackLoad};
use crate::ui::loader::{self, FeedName, Loaded};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The largest pack shard fetched (a shard of 25,000 jobs is 3–4 MB).
const SHARD_MAX_BYTES: usize = 32 * 1024 * 1024;

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

/// A pack: its manifest (already fetched) and its catalogue; the job shards come later
/// (`hooks::use_pack_shards`). A manifest or catalogue that cannot be used fails the load
/// like a feed, with a retry. `beside`: the feeds named with it, reported as not read.
pub async fn load(url: &str, manifest: &[u8], stale: bool, beside: Vec<(FeedName, FeedError)>) -> Loaded {
    let opened = async {
        let manifest = Manifest::parse(manifest)?;
        let (catalogue, cached) = loader::fetch(&Manifest::url(url, &manifest.catalogue.file), SHARD_MAX_BYTES).await?;
        Ok::<_, FeedError>((PackLoad::new(manifest, &catalogue)?, cached))
    };
    match opened.await {
        Ok((load, cached)) => {
            let data = Rc::new(load.dataset());
            let pack = Pack {
                manifest_url: url.to_string(),
                load: load.into(),
                shown: Default::default(),
                done: Default::default(),
                failed: Default::default(),
            };
            Loaded { data, stale: stale || cached, failures: Rc::new(beside), pack: Some(PackRef(Rc::new(pack))) }
        }
        Err(e) => loader::failed(url, e, stale, beside),
    }
}

/// One pack shard's bytes.
pub async fn fetch_shard(url: &str) -> Result<Vec<u8>, FeedError> {
    loader::fetch(url, SHARD_MAX_BYTES).await.map(|(bytes, _)| bytes)
}
