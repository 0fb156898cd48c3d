//! Everything derived from the loaded feeds, built once per load: the merged catalogue,
//! per-job facts, the search indexes and the load's problems. Keystrokes and profile
//! changes only read it.

use crate::engine::catalog::Catalog;
use crate::engine::feed::{self, LoadOptions, Problem};
use crate::engine::model::SkillRef;
use crate::engine::score::{job_facts, JobFacts};
use crate::engine::text::index::{Field, Index};

/// The default feed compiled into the app, so it works with no network at all.
pub const DEFAULT_FEED: &str = include_str!("../../data/default-feed.json");

#[derive(Clone, Debug, Default)]
pub struct Dataset {
    pub catalog: Catalog,
    pub facts: Vec<JobFacts>,
    pub job_index: Index,
    pub course_index: Index,
    /// Each job's position in id order, for deterministic tie-breaks.
    pub id_rank: Vec<u32>,
    pub problems: Vec<Problem>,
}

impl Dataset {
    /// Loads `feeds` (in order) over the embedded default feed.
    pub fn load(feeds: &[&[u8]], opts: LoadOptions) -> Dataset {
        Dataset::load_over(DEFAULT_FEED.as_bytes(), feeds, opts)
    }

    /// Loads `feeds` over a given default (tests and benchmarks use their own).
    pub fn load_over(default: &[u8], feeds: &[&[u8]], opts: LoadOptions) -> Dataset {
        let mut problems = Vec::new();
        // The embedded default has no size limit: it is ours and already in memory.
        let unlimited = LoadOptions { max_bytes: usize::MAX };
        let (base, _) = feed::read(default, 0, unlimited);
        let mut raws = Vec::with_capacity(feeds.len());
        for (i, bytes) in feeds.iter().enumerate() {
            if let Some((raw, _)) = feed::read_into(bytes, i + 1, opts, &mut problems) {
                raws.push(raw);
            }
        }
        let catalog = Catalog::assemble(base, raws, &mut problems);
        Dataset::from_catalog(catalog, problems)
    }

    pub fn from_catalog(catalog: Catalog, problems: Vec<Problem>) -> Dataset {
        let facts = job_facts(&catalog);
        let job_index = job_index(&catalog);
        let course_index = course_index(&catalog);
        let mut by_id: Vec<u32> = (0..catalog.jobs.len() as u32).collect();
        by_id.sort_unstable_by(|a, b| catalog.jobs[*a as usize].id.cmp(&catalog.jobs[*b as usize].id));
        let mut id_rank = vec![0; by_id.len()];
        for (rank, job) in by_id.into_iter().enumerate() {
            id_rank[job as usize] = rank as u32;
        }
        Dataset { catalog, facts, job_index, course_index, id_rank, problems }
    }

    /// A job's position by its feed id.
    pub fn job_by_id(&self, id: &str) -> Option<usize> {
        self.catalog.jobs.iter().position(|j| j.id == id)
    }
}

fn skill_texts(cat: &Catalog, ix: u32) -> impl Iterator<Item = &str> {
    let s = &cat.skills[ix as usize];
    [s.name.as_str(), s.en.as_str()].into_iter().chain(s.aliases.iter().map(String::as_str))
}

fn job_index(cat: &Catalog) -> Index {
    let mut b = Index::builder();
    for (i, job) in cat.jobs.iter().enumerate() {
        let doc = i as u32;
        b.add(doc, Field::Title, &job.title);
        b.add(doc, Field::Employer, &job.employer);
        b.add(doc, Field::Category, &job.category);
        b.add(doc, Field::Place, &job.city);
        b.add(doc, Field::Place, &job.county);
        for r in &job.requires {
            match &r.skill {
                SkillRef::Known(ix) => skill_texts(cat, *ix).for_each(|t| b.add(doc, Field::Skill, t)),
                SkillRef::Text(t) => b.add(doc, Field::Skill, t),
            }
        }
        for brand in &job.prefers_brands {
            let br = &cat.brands[*brand as usize];
            b.add(doc, Field::Brand, &br.name);
            b.add(doc, Field::Brand, &br.en);
        }
    }
    b.docs(cat.jobs.len());
    b.finish()
}

fn course_index(cat: &Catalog) -> Index {
    let mut b = Index::builder();
    for (i, c) in cat.courses.iter().enumerate() {
        let doc = i as u32;
        b.add(doc, Field::Title, &c.title);
        b.add(doc, Field::Employer, &c.provider);
        b.add(doc, Field::Place, &c.city);
        for t in &c.teaches {
            skill_texts(cat, t.skill).for_each(|t| b.add(doc, Field::Skill, t));
        }
    }
    b.docs(cat.courses.len());
    b.finish()
}
