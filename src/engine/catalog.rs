//! The merged, resolved data set the rest of the engine works on: feeds are merged in
//! order, what no feed gives comes from the embedded default, and every skill or brand
//! reference is resolved (by id, then name, alias or pinyin) or kept as text and reported.

use crate::engine::feed::raw::{Pending, RawRef};
use crate::engine::feed::{List, Problem, ProblemKind, Problems, RawFeed};
use crate::engine::hash::{position, FastMap, FastSet, NO_POSITION};
use crate::engine::model::*;
use crate::engine::text::{key, pinyin_key};

#[derive(Clone, Debug, Default)]
pub struct Catalog {
    pub places: Vec<Place>,
    pub skills: Vec<Skill>,
    pub brands: Vec<Brand>,
    pub jobs: Vec<Job>,
    pub courses: Vec<Course>,
    skill_names: Names,
    brand_names: Names,
    /// Every skill name's and alias's folded key of two characters or more, in skill order:
    /// what `skill_within` looks for inside free text, folded once per load rather than once
    /// per free-text reference.
    skill_keys: Vec<(String, SkillIx)>,
}

/// Folded names → index: ids, names, English names, aliases and their pinyin.
#[derive(Clone, Debug, Default)]
struct Names {
    by_id: FastMap<String, u32>,
    by_key: FastMap<String, u32>,
}

impl Names {
    fn add_id(&mut self, id: &str, ix: u32) {
        self.by_id.entry(id.to_string()).or_insert(ix);
    }
    /// The first record to claim a name keeps it, so earlier feeds win ambiguities.
    fn add_name(&mut self, name: &str, ix: u32) {
        if name.is_empty() {
            return;
        }
        let k = key(name);
        if !k.is_empty() {
            self.by_key.entry(k).or_insert(ix);
        }
        if let Some(p) = pinyin_key(name) {
            self.by_key.entry(p).or_insert(ix);
        }
    }
    fn find(&self, reference: &str) -> Option<u32> {
        let r = reference.trim();
        self.by_id.get(r).or_else(|| self.by_key.get(&key(r))).copied()
    }
}

impl Catalog {
    /// Merges `feeds` (in load order) over `default`, resolving references; problems found
    /// while resolving are appended to `problems`. Places, skills, brands and courses that
    /// no feed gives come from the default; jobs come from it only when `default_jobs` (no
    /// feed was named at all): a named feed that gives no jobs never shows sample jobs.
    pub fn assemble(default: RawFeed, feeds: Vec<RawFeed>, default_jobs: bool, problems: &mut Problems) -> Catalog {
        // Feed 0 is the default; user feeds are numbered from 1 in problem reports.
        let mut layers: Vec<(usize, RawFeed)> = vec![(0, default)];
        layers.extend(feeds.into_iter().enumerate().map(|(i, f)| (i + 1, f)));
        let places = merge(&mut layers, |f| f.places.take(), |p| &p.name, List::Places, problems);
        let skills = merge(&mut layers, |f| f.skills.take(), |s| &s.id, List::Skills, problems);
        let brands = merge(&mut layers, |f| f.brands.take(), |b| &b.record.id, List::Brands, problems);
        if !default_jobs {
            layers[0].1.jobs = None;
        }
        let jobs = merge(&mut layers, |f| f.jobs.take(), |j| &j.record.id, List::Jobs, problems);
        let courses = merge(&mut layers, |f| f.courses.take(), |c| &c.record.id, List::Courses, problems);

        let places = places.into_iter().map(|(_, p)| p).collect();
        let skills = skills.into_iter().map(|(_, s)| s).collect();
        let mut cat = Catalog { places, skills, ..Catalog::default() };
        for (i, s) in cat.skills.iter().enumerate() {
            cat.skill_names.add_id(&s.id, i as u32);
        }
        for (i, s) in cat.skills.iter().enumerate() {
            let ix = i as u32;
            for name in std::iter::once(&s.name).chain(std::iter::once(&s.en)).chain(&s.aliases) {
                cat.skill_names.add_name(name, ix);
            }
            for name in std::iter::once(&s.name).chain(&s.aliases) {
                let k = key(name);
                if k.chars().nth(1).is_some() {
                    cat.skill_keys.push((k, ix));
                }
            }
        }

        let mut seen = FastMap::default();
        cat.brands = brands
            .into_iter()
            .map(|(feed, p)| {
                let mut brand = p.record;
                for r in &p.skills {
                    if let Some(skill) = cat.resolve_ref(r, feed, List::Brands, p.index, &brand.id, &mut seen, problems)
                    {
                        brand.attests.push(Attest { skill, level: r.level });
                    }
                }
                brand
            })
            .collect();
        for (i, b) in cat.brands.iter().enumerate() {
            cat.brand_names.add_id(&b.id, i as u32);
            cat.brand_names.add_name(&b.name, i as u32);
            cat.brand_names.add_name(&b.en, i as u32);
        }

        let mut resolver = JobResolver { seen, ..JobResolver::default() };
        let jobs: Vec<Job> =
            jobs.into_iter().map(|(feed, p)| cat.resolve_job(feed, p, &mut resolver, problems)).collect();
        let mut seen = resolver.seen;
        cat.jobs = jobs;
        // Collecting reuses the records' larger allocation in place: give the slack back.
        cat.jobs.shrink_to_fit();

        cat.courses = courses
            .into_iter()
            .map(|(feed, p)| {
                let mut course = p.record;
                for r in &p.skills {
                    if let Some(skill) =
                        cat.resolve_ref(r, feed, List::Courses, p.index, &course.id, &mut seen, problems)
                    {
                        course.teaches.push(Attest { skill, level: r.level });
                    }
                }
                course
            })
            .collect();
        cat.courses.shrink_to_fit();
        cat.brands.shrink_to_fit();
        cat
    }

    /// Resolves one job read from feed `feed`: its skill and brand references against the
    /// catalogue, its place against the gazetteer, its currency, and its texts shared with
    /// equal texts seen before. The packer resolves streamed jobs one at a time with it.
    pub fn resolve_job(&self, feed: usize, p: Pending<Job>, r: &mut JobResolver, problems: &mut Problems) -> Job {
        let mut job = p.record;
        let (mut requires, mut prefers) = (Vec::with_capacity(p.skills.len()), Vec::new());
        for raw in &p.skills {
            let skill = match self.resolve_ref(raw, feed, List::Jobs, p.index, &job.id, &mut r.seen, problems) {
                Some(ix) => SkillRef::Known(ix),
                None => SkillRef::Text(raw.text.clone()),
            };
            // The same skill asked twice keeps the stricter level.
            match requires.iter_mut().find(|q: &&mut Requirement| q.skill == skill) {
                Some(q) => q.level = q.level.max(raw.level),
                None => requires.push(Requirement { skill, level: raw.level }),
            }
        }
        for raw in &p.brands {
            match self.brand_names.find(&raw.text) {
                Some(b) if !prefers.contains(&b) => prefers.push(b),
                Some(_) => {}
                None => problems.push(resolve_problem(feed, List::Jobs, p.index, &job.id, raw, true)),
            }
        }
        let NormalPlace { city, county, geo, known } = r
            .places
            .entry((job.city.clone(), job.county.clone()))
            .or_insert_with(|| {
                let mut probe = Job { city: job.city.clone(), county: job.county.clone(), ..Job::default() };
                self.normalise_place(&mut probe);
                let known = self.city(&probe.city).is_some();
                NormalPlace { city: probe.city, county: probe.county, geo: probe.geo, known }
            })
            .clone();
        // A posting that names no currency but a place in the gazetteer is paid in
        // renminbi; elsewhere the currency stays unknown (shown, never compared).
        if let Some(w) = job.wage.as_mut().filter(|w| w.currency.is_none()) {
            w.currency = known.then_some(Currency::CNY);
        }
        (job.city, job.county) = (city, county);
        job.geo = job.geo.or(geo);
        if !r.no_sharing {
            for text in [
                &mut job.title,
                &mut job.employer,
                &mut job.category,
                &mut job.city,
                &mut job.county,
                &mut job.hours,
                &mut job.description,
                &mut job.remote_area,
                &mut job.wage_text,
            ] {
                share(&mut r.pool, text);
            }
        }
        job.requires = requires.into();
        job.prefers_brands = prefers.into();
        job
    }

    #[allow(clippy::too_many_arguments)]
    fn resolve_ref(
        &self,
        r: &RawRef,
        feed: usize,
        list: List,
        index: usize,
        id: &str,
        seen: &mut FastMap<String, u32>,
        problems: &mut Problems,
    ) -> Option<SkillIx> {
        // Each distinct reference is resolved once: a free-text reference is matched against
        // every skill name, and a large feed repeats the same few hundred references.
        // `seen` holds `NO_POSITION` for a reference that names none: the map has the shape of
        // the catalogue's own name maps, so the wasm holds one copy of its code for all three.
        let found = match seen.get(r.text.as_str()) {
            Some(found) => position(*found),
            None => {
                let found = self.find_skill(&r.text);
                seen.insert(r.text.as_str().into(), found.unwrap_or(NO_POSITION));
                found
            }
        };
        if found.is_none() && !r.free {
            problems.push(resolve_problem(feed, list, index, id, r, false));
        }
        found
    }

    /// Resolves a skill named by id, name, English name, alias or pinyin; free text that
    /// names no skill exactly resolves to the longest skill name it contains.
    pub fn find_skill(&self, reference: &str) -> Option<SkillIx> {
        self.skill_names.find(reference).or_else(|| self.skill_within(reference))
    }

    /// The skill a profile entry names: by id first, then like feed text (name, alias,
    /// pinyin) — the one resolution the scoring and the profile editor share.
    pub fn profile_skill(&self, s: &crate::engine::profile::ProfileSkill) -> Option<SkillIx> {
        let by_id = s.id.as_deref().and_then(|id| self.skill_by_id(id));
        let by_text = |t: Option<&str>| t.and_then(|t| self.find_skill(t));
        by_id.or_else(|| by_text(s.name.as_deref())).or_else(|| by_text(s.id.as_deref()))
    }

    pub fn find_brand(&self, reference: &str) -> Option<BrandIx> {
        self.brand_names.find(reference)
    }

    pub fn skill_by_id(&self, id: &str) -> Option<SkillIx> {
        self.skill_names.by_id.get(id).copied()
    }

    /// "持有电工证" → 电工: the longest name or alias (two characters or more) inside the text.
    fn skill_within(&self, text: &str) -> Option<SkillIx> {
        let folded = key(text);
        let mut best: Option<(usize, SkillIx)> = None;
        for (k, ix) in &self.skill_keys {
            if best.is_none_or(|(len, _)| k.len() > len) && folded.contains(k.as_str()) {
                best = Some((k.len(), *ix));
            }
        }
        best.map(|(_, ix)| ix)
    }

    /// The place record for a city given by name (with or without 市/州 suffix) or code.
    pub fn city(&self, name: &str) -> Option<&Place> {
        let n = name.trim();
        if n.is_empty() {
            return None;
        }
        let short = short_name(n);
        self.places
            .iter()
            .find(|p| p.name == n || p.code == n || same_place(&p.name, short) || p.en.eq_ignore_ascii_case(n))
    }

    /// The city and county for a county given by name or code.
    pub fn county(&self, name: &str) -> Option<(&Place, &County)> {
        let n = name.trim();
        if n.is_empty() {
            return None;
        }
        let short = short_name(n);
        self.places.iter().find_map(|p| {
            p.counties.iter().find(|c| c.name == n || c.code == n || same_place(&c.name, short)).map(|c| (p, c))
        })
    }

    /// Puts a job's city and county into their canonical names: portals often give the
    /// county as `addressLocality`, or a code, or "自贡" for 自贡市.
    fn normalise_place(&self, job: &mut Job) {
        // The county found here, whose position is then known without searching the whole
        // gazetteer for its name again (which also finds another city's county of the same
        // name first: 市中区 is in 乐山 and in 内江).
        let mut found = None;
        if let Some(city) = self.city(&job.city) {
            job.city = city.name.as_str().into();
            let short = short_name(&job.county);
            if let Some(c) = city.counties.iter().find(|c| {
                *c.name == *job.county
                    || *c.code == *job.county
                    || (!job.county.is_empty() && same_place(&c.name, short))
            }) {
                job.county = c.name.as_str().into();
                found = Some(c);
            }
        } else if let Some((city, county)) = self.county(&job.city) {
            job.county = county.name.as_str().into();
            job.city = city.name.as_str().into();
            found = Some(county);
        }
        if job.geo.is_none() {
            job.geo = found
                .and_then(|c| c.geo)
                .or_else(|| self.county(&job.county).and_then(|(_, c)| c.geo))
                .or_else(|| self.city(&job.city).and_then(|p| p.geo));
        }
    }
}

/// What resolving jobs one at a time remembers between them: each distinct reference and
/// place is resolved once (a large feed repeats a few hundred of them), and each distinct
/// text is kept once.
#[derive(Default)]
pub struct JobResolver {
    seen: FastMap<String, u32>,
    places: FastMap<(SharedText, SharedText), NormalPlace>,
    pool: FastSet<SharedText>,
    /// The packer writes each job out at once: keeping its texts would only grow memory.
    no_sharing: bool,
}

impl JobResolver {
    /// A resolver that does not keep texts (each job is written out and dropped).
    pub fn without_sharing() -> JobResolver {
        JobResolver { no_sharing: true, ..JobResolver::default() }
    }
}

/// A job's place in the catalogue's spelling, and whether the gazetteer knows it.
#[derive(Clone)]
struct NormalPlace {
    city: SharedText,
    county: SharedText,
    geo: Option<Geo>,
    known: bool,
}

/// Whether `name` shortened is `short` (a name already shortened). The prefix test first:
/// the gazetteer is searched name by name, and most names do not even start alike.
fn same_place(name: &str, short: &str) -> bool {
    name.starts_with(short) && short_name(name) == short
}

/// Administrative suffixes, longest first within each last character.
const PLACE_SUFFIXES: [&str; 9] =
    ["藏族羌族自治州", "藏族自治州", "彝族自治州", "自治州", "自治县", "市", "州", "区", "县"];

/// A place name without its administrative suffix, so 自贡 and 自贡市 compare equal: the
/// first suffix (in [`PLACE_SUFFIXES`] order) that leaves two characters or more.
pub fn short_name(name: &str) -> &str {
    // Resolving a feed's places compares names with every county of the gazetteer: try only
    // the suffixes that end in the name's last character (most names end in none but one).
    let Some(last) = name.chars().next_back() else { return name };
    for suffix in PLACE_SUFFIXES.iter().filter(|s| s.ends_with(last)) {
        if let Some(s) = name.strip_suffix(suffix) {
            if s.chars().count() >= 2 {
                return s;
            }
        }
    }
    name
}

fn resolve_problem(feed: usize, list: List, index: usize, id: &str, r: &RawRef, brand: bool) -> Problem {
    let reference = r.text.clone();
    Problem {
        feed,
        list,
        record: Some(index),
        id: Some(id.to_string()),
        path: r.path.clone(),
        kind: if brand { ProblemKind::UnknownBrand { reference } } else { ProblemKind::UnknownSkill { reference } },
        skipped: false,
    }
}

/// Replaces `text` by the pool's copy of the same text, or adds it to the pool: each
/// distinct job text is then stored once however many jobs repeat it.
fn share(pool: &mut FastSet<SharedText>, text: &mut SharedText) {
    match pool.get(&**text) {
        Some(kept) => *text = kept.clone(),
        None => {
            pool.insert(text.clone());
        }
    }
}

/// One list across all layers: the user feeds' lists concatenated when any user feed has
/// the list, else the default's. Ids already taken by an earlier feed are reported.
fn merge<T>(
    layers: &mut [(usize, RawFeed)],
    take: impl Fn(&mut RawFeed) -> Option<Vec<T>>,
    id: impl Fn(&T) -> &str,
    list: List,
    problems: &mut Problems,
) -> Vec<(usize, T)> {
    let mut sources: Vec<(usize, Vec<T>)> = Vec::new();
    for (feed, f) in layers.iter_mut().skip(1) {
        if let Some(items) = take(f) {
            sources.push((*feed, items));
        }
    }
    if sources.is_empty() {
        sources.extend(take(&mut layers[0].1).map(|d| (0, d)));
    }
    let mut seen = FastSet::default();
    let mut out = Vec::new();
    for (feed, items) in sources {
        for (i, item) in items.into_iter().enumerate() {
            if seen.insert(id(&item).to_string()) {
                out.push((feed, item));
            } else {
                problems.push(Problem {
                    feed,
                    list,
                    record: Some(i),
                    id: Some(id(&item).to_string()),
                    path: format!("$.{}[{}].id", list.key(), i),
                    kind: ProblemKind::DuplicateId,
                    skipped: true,
                });
            }
        }
    }
    out
}

// proptest is a host-only dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::{short_name, PLACE_SUFFIXES};
    use proptest::prelude::*;

    /// The rule as first written: every suffix in order.
    fn short_name_plain(name: &str) -> &str {
        for suffix in PLACE_SUFFIXES {
            if let Some(s) = name.strip_suffix(suffix) {
                if s.chars().count() >= 2 {
                    return s;
                }
            }
        }
        name
    }

    #[test]
    fn suffixes_go() {
        for (name, short) in [
            ("自贡市", "自贡"),
            ("凉山彝族自治州", "凉山"),
            ("阿坝藏族羌族自治州", "阿坝"),
            ("北川羌族自治县", "北川羌族"),
            ("市区", "市区"),
            ("", ""),
        ] {
            assert_eq!(short_name(name), short, "{name}");
        }
    }

    /// "Free text names the longest skill name inside it" as first written: every name and
    /// alias folded again for each text, the longest (in bytes) winning, the first on a tie.
    fn skill_within_plain(cat: &super::Catalog, text: &str) -> Option<super::SkillIx> {
        let folded = super::key(text);
        let mut best: Option<(usize, super::SkillIx)> = None;
        for (i, s) in cat.skills.iter().enumerate() {
            for name in std::iter::once(&s.name).chain(&s.aliases) {
                let k = super::key(name);
                if k.chars().count() >= 2 && folded.contains(&k) && best.is_none_or(|(len, _)| k.len() > len) {
                    best = Some((k.len(), i as super::SkillIx));
                }
            }
        }
        best.map(|(_, ix)| ix)
    }

    /// The default feed's catalogue (loaded once per test thread).
    fn default_catalog() -> std::rc::Rc<crate::engine::dataset::Dataset> {
        use crate::engine::dataset::Dataset;
        thread_local! {
            static DATA: std::rc::Rc<Dataset> = std::rc::Rc::new(Dataset::load_over(
                include_bytes!("../../data/default-feed.json"), &[], crate::engine::feed::LoadOptions::default()));
        }
        DATA.with(std::rc::Rc::clone)
    }

    proptest! {
        /// Texts made of pieces of the default feed's skill names and aliases (whole, cut, or
        /// with other words between): the keys folded once per load find what folding every
        /// name per text found.
        #[test]
        fn names_folded_once_find_what_the_plain_rule_finds(
            pieces in proptest::collection::vec((0usize..10_000, 0usize..6, 1usize..8, "[持有证书的工级 aA·]{0,2}"), 0..4)
        ) {
            let data = default_catalog();
            let cat = data.catalog();
            let names: Vec<&str> = cat.skills.iter().flat_map(|s| std::iter::once(&s.name).chain(&s.aliases)).map(String::as_str).collect();
            let mut text = String::new();
            for (i, start, len, filler) in &pieces {
                text.extend(names[i % names.len()].chars().skip(*start % 3).take(*len));
                text.push_str(filler);
            }
            prop_assert_eq!(cat.skill_within(&text), skill_within_plain(cat, &text), "{}", text);
        }

        #[test]
        fn the_last_character_shortcut_is_the_plain_rule(name in "[自贡藏族羌彝治州县市区a]{0,9}") {
            prop_assert_eq!(short_name(&name), short_name_plain(&name));
        }
    }
}
