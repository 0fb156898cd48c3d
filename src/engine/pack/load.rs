//! A pack as loaded so far: its catalogue, then whichever job shards have arrived, in any
//! order. The widget shows a dataset built from it after each shard (home city first).

use super::{decode_catalogue, decode_jobs, Manifest};
use crate::engine::catalog::Catalog;
use crate::engine::dataset::{Dataset, Indexing};
use crate::engine::feed::{FeedError, Problems};
use crate::engine::hash::FastSet;
use crate::engine::model::SharedText;

#[derive(Clone, Debug)]
pub struct PackLoad {
    pub manifest: Manifest,
    /// The catalogue with the jobs of every shard added so far.
    catalog: Catalog,
    problems: Problems,
    /// Which of the manifest's shards are in.
    loaded: Vec<bool>,
    /// Each distinct job text once across shards.
    pool: FastSet<SharedText>,
}

impl PackLoad {
    pub fn new(manifest: Manifest, catalogue: &[u8]) -> Result<PackLoad, FeedError> {
        let (catalog, problems) = decode_catalogue(catalogue)?;
        let loaded = vec![false; manifest.shards.len()];
        Ok(PackLoad { manifest, catalog, problems, loaded, pool: FastSet::default() })
    }

    /// Adds job shard `i` (its jobs follow those already in); a shard already in is
    /// ignored, a damaged one refused with nothing added.
    pub fn add(&mut self, i: usize, bytes: &[u8]) -> Result<(), FeedError> {
        if self.loaded.get(i).copied().unwrap_or(true) {
            return Ok(());
        }
        let jobs = decode_jobs(bytes, &self.catalog, &mut self.pool)?;
        self.catalog.jobs.extend(jobs);
        self.loaded[i] = true;
        Ok(())
    }

    pub fn is_loaded(&self, i: usize) -> bool {
        self.loaded.get(i).copied().unwrap_or(false)
    }

    /// The pack's gazetteer (for the fetch order and the cities' names).
    pub fn places(&self) -> &[crate::engine::model::Place] {
        &self.catalog.places
    }

    /// Jobs loaded so far.
    pub fn jobs(&self) -> usize {
        self.catalog.jobs.len()
    }

    /// What is loaded, as a dataset: jobs keep their positions as shards are added (new
    /// ones come after), so an open job stays open.
    pub fn dataset(&self) -> Dataset {
        self.indexing().finish()
    }

    /// [`PackLoad::dataset`] a part at a time: at a million jobs each part is a long task,
    /// and the browser takes input between them. The job index is one of the parts: each
    /// rebuild replaces a dataset the worker may be searching.
    pub fn indexing(&self) -> Indexing {
        Indexing::new(self.catalog.clone(), self.problems.clone(), self.manifest.currency).with_job_index()
    }
}
