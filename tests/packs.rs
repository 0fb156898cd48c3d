//! Packs (src/engine/pack): packing feeds then loading every shard gives what reading the
//! feeds directly gives (jobs, problems, rankings, suggestions); damaged, truncated or
//! newer shards are refused with a reason and never panic.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::today;
use proptest::prelude::*;
use skillmatch::engine::dataset::{Dataset, DEFAULT_FEED};
use skillmatch::engine::feed::{FeedError, LoadOptions};
use skillmatch::engine::hash::FastMap;
use skillmatch::engine::pack::build::{pack, Options, PackError};
use skillmatch::engine::pack::{self, Manifest, PackLoad};
use skillmatch::engine::profile::Profile;
use skillmatch::engine::suggest::suggest;
use skillmatch::engine::text::index::Scratch;
use skillmatch::engine::text::query::Query;
use skillmatch::engine::view::{rank_scored, score_all, Filters, Sort};
use std::io::Read;

const CITIES: [&str; 6] = ["自贡市", "成都", "凉山彝族自治州", "510300", "火星市", ""];
const SKILLS: [&str; 6] = ["s-elec", "电工", "hangong", "s-plumb", "不存在的技能", "s-cook"];
const BRANDS: [&str; 3] = ["b-zg", "b-cmz", "没有的品牌"];
const APPLY: [&str; 4] = ["https://example.org/a", "tel:12333", "javascript:alert(1)", ""];
const DATES: [&str; 4] = ["2026-11-20", "2026-13-01", "2026.9.5", ""];

/// One generated job record: valid, or broken in one of the ways feeds break.
#[derive(Clone, Debug)]
struct GenJob {
    id: u8,
    city: usize,
    skills: Vec<(usize, u8)>,
    brand: Option<usize>,
    wage: Option<(u16, u16, bool)>,
    apply: usize,
    posted: usize,
    title: bool,
    desc: u8,
    not_object: bool,
}

fn job_strategy() -> impl Strategy<Value = GenJob> {
    (
        (0u8..40, 0..CITIES.len(), proptest::collection::vec((0..SKILLS.len(), 0u8..7), 0..4)),
        (proptest::option::of(0..BRANDS.len()), proptest::option::of((0u16..9000, 0u16..9000, any::<bool>()))),
        (0..APPLY.len(), 0..DATES.len(), prop::bool::weighted(0.95), 0u8..4, prop::bool::weighted(0.03)),
    )
        .prop_map(|((id, city, skills), (brand, wage), (apply, posted, title, desc, not_object))| GenJob {
            id,
            city,
            skills,
            brand,
            wage,
            apply,
            posted,
            title,
            desc,
            not_object,
        })
}

fn job_json(j: &GenJob) -> serde_json::Value {
    use serde_json::json;
    if j.not_object {
        return json!(["not", "a", "job"]);
    }
    let mut v = json!({"id": format!("J{}", j.id), "city": CITIES[j.city],
        "description": format!("描述{}：要求熟练", j.desc), "safeguards": ["contract", "bogus"]});
    if j.title {
        v["title"] = json!(format!("岗位{}", j.id % 7));
    }
    let requires: Vec<_> = j
        .skills
        .iter()
        .map(|(s, l)| if *l == 0 { json!({"skill": SKILLS[*s]}) } else { json!({"skill": SKILLS[*s], "level": l}) })
        .collect();
    v["requires"] = json!(requires);
    if let Some(b) = j.brand {
        v["prefersBrands"] = json!([BRANDS[b]]);
    }
    if let Some((a, b, daily)) = j.wage {
        v["wage"] = json!({"min": a, "max": b, "unit": if daily { "day" } else { "month" }});
    }
    if !APPLY[j.apply].is_empty() {
        v["apply"] = json!(APPLY[j.apply]);
    }
    if !DATES[j.posted].is_empty() {
        v["posted"] = json!(DATES[j.posted]);
    }
    v
}

fn feed_text(jobs: &[GenJob]) -> String {
    serde_json::json!({"skillmatch": 1, "jobs": jobs.iter().map(job_json).collect::<Vec<_>>()}).to_string()
}

/// Packs `feeds` in memory; the files by name.
fn pack_feeds(feeds: &[String], part_jobs: usize) -> Result<FastMap<String, Vec<u8>>, PackError> {
    let mut files: FastMap<String, Vec<u8>> = FastMap::default();
    let open = |i: usize| -> std::io::Result<Box<dyn Read + '_>> { Ok(Box::new(feeds[i].as_bytes())) };
    pack(DEFAULT_FEED.as_bytes(), feeds.len(), &open, Options { part_jobs }, &mut files, &mut ())?;
    Ok(files)
}

/// Loads every shard of a packed set of files.
fn load_pack(files: &FastMap<String, Vec<u8>>) -> Dataset {
    let manifest = Manifest::parse(&files["manifest.json"]).expect("manifest");
    let mut load = PackLoad::new(manifest.clone(), &files[&manifest.catalogue.file]).expect("catalogue");
    // In reverse, as a worker far from the first cities would get them.
    for (i, s) in manifest.shards.iter().enumerate().rev() {
        load.add(i, &files[&s.file]).expect("shard");
    }
    load.dataset()
}

fn sorted_jobs(ds: &Dataset) -> Vec<skillmatch::engine::model::Job> {
    let mut jobs = ds.jobs().to_vec();
    jobs.sort_by(|a, b| a.id.cmp(&b.id));
    jobs
}

fn sorted_problems(ds: &Dataset) -> Vec<String> {
    let mut p: Vec<String> = ds.problems().iter().map(|p| format!("{p:?}")).collect();
    p.sort();
    p
}

/// The ranking (job ids in order, with scores) and suggestions (course ids) for a profile.
fn ranking(ds: &Dataset, profile: &str, query: &str, sort: Sort) -> (Vec<(String, u32)>, Vec<String>) {
    let (p, _) = Profile::from_json(profile);
    let (w, _) = p.resolve(ds.catalog());
    let scores = score_all(ds, &w, &Filters::default(), today());
    let view = rank_scored(ds, &w, &scores, &Query::parse(query), sort, 50, &mut Scratch::default());
    let ids = view.items.iter().map(|r| (ds.job(r.job as usize).id.to_string(), (r.score * 1e4) as u32)).collect();
    let courses = suggest(ds, &w, &Filters::default(), today(), 10)
        .iter()
        .map(|s| ds.catalog().courses[s.course as usize].id.clone())
        .collect();
    (ids, courses)
}

const PROFILES: [&str; 3] = [
    r#"{}"#,
    r#"{"skills":[{"id":"s-elec","level":3}],"city":"自贡市"}"#,
    r#"{"skills":[{"id":"s-plumb"},{"id":"s-weld","level":2}],"brands":["b-zg"],"city":"成都市"}"#,
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn a_fully_loaded_pack_is_the_feeds_read_directly(
        feeds in proptest::collection::vec(proptest::collection::vec(job_strategy(), 0..30), 1..4),
        part_jobs in 1usize..12,
    ) {
        let texts: Vec<String> = feeds.iter().map(|f| feed_text(f)).collect();
        let bytes: Vec<&[u8]> = texts.iter().map(|t| t.as_bytes()).collect();
        let direct = Dataset::load(&bytes, LoadOptions::default());
        let files = match pack_feeds(&texts, part_jobs) {
            Ok(files) => files,
            Err(PackError::NoJobs(_)) => {
                prop_assert!(direct.jobs().is_empty());
                return Ok(());
            }
            Err(e) => panic!("{e:?}"),
        };
        let packed = load_pack(&files);
        prop_assert_eq!(sorted_jobs(&packed), sorted_jobs(&direct));
        prop_assert_eq!(packed.problems().total(), direct.problems().total());
        prop_assert_eq!(packed.problems().skipped(), direct.problems().skipped());
        prop_assert_eq!(sorted_problems(&packed), sorted_problems(&direct));
        prop_assert_eq!(packed.currency(), direct.currency());
        for profile in PROFILES {
            for (query, sort) in [("", Sort::Best), ("电工", Sort::Best), ("岗位", Sort::Wage), ("", Sort::Newest)] {
                prop_assert_eq!(ranking(&packed, profile, query, sort), ranking(&direct, profile, query, sort));
            }
        }
        // No shard holds more than asked, and each holds one city's jobs.
        let manifest = Manifest::parse(&files["manifest.json"]).unwrap();
        prop_assert!(manifest.shards.iter().all(|s| s.jobs <= part_jobs));
        for (i, s) in manifest.shards.iter().enumerate() {
            let mut one = PackLoad::new(manifest.clone(), &files[&manifest.catalogue.file]).unwrap();
            one.add(i, &files[&s.file]).unwrap();
            let ds = one.dataset();
            prop_assert_eq!(ds.jobs().len(), s.jobs);
            let known = ds.catalog().places.iter().any(|p| *p.name == *s.city);
            let in_city = |j: &skillmatch::engine::model::Job| {
                if known {
                    *j.city == *s.city
                } else {
                    ds.catalog().city(&j.city).is_none()
                }
            };
            prop_assert!(ds.jobs().iter().all(in_city), "shard of {}", s.city);
        }
        prop_assert_eq!(manifest.jobs, direct.jobs().len());
    }

    #[test]
    fn a_damaged_or_cut_shard_is_refused_never_a_panic(
        jobs in proptest::collection::vec(job_strategy(), 1..20),
        at in any::<prop::sample::Index>(),
        flip in 1u8..=255,
        cut in any::<prop::sample::Index>(),
    ) {
        let Ok(files) = pack_feeds(&[feed_text(&jobs)], 1000) else { return Ok(()) };
        let manifest = Manifest::parse(&files["manifest.json"]).unwrap();
        let catalogue = &files[&manifest.catalogue.file];
        let shard = &files[&manifest.shards[0].file];
        let load = PackLoad::new(manifest.clone(), catalogue).unwrap();
        for original in [shard, catalogue] {
            let mut flipped = original.clone();
            flipped[at.index(original.len())] ^= flip;
            let cut_short = &original[..cut.index(original.len())];
            for bad in [&flipped[..], cut_short] {
                let is_catalogue = std::ptr::eq(original, catalogue);
                let result = if is_catalogue {
                    pack::decode_catalogue(bad).map(|_| ())
                } else {
                    load.clone().add(0, bad)
                };
                prop_assert!(matches!(result, Err(FeedError::Damaged | FeedError::NewerFormat { .. })), "{:?}", result);
            }
        }
    }

    /// Damage that keeps the checksum right (a packer with a bug, or one that means harm):
    /// the decoder's own checks hold, whatever the bytes.
    #[test]
    fn any_payload_with_a_good_checksum_decodes_or_is_refused(
        jobs in proptest::collection::vec(job_strategy(), 1..10),
        flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..6),
        cut in any::<prop::sample::Index>(),
    ) {
        let Ok(files) = pack_feeds(&[feed_text(&jobs)], 1000) else { return Ok(()) };
        let manifest = Manifest::parse(&files["manifest.json"]).unwrap();
        let load = PackLoad::new(manifest.clone(), &files[&manifest.catalogue.file]).unwrap();
        let shard = &files[&manifest.shards[0].file];
        let mut payload = shard[pack::HEADER..].to_vec();
        for (at, b) in flips {
            let i = at.index(payload.len());
            payload[i] = b;
        }
        payload.truncate(cut.index(payload.len() + 1).max(payload.len() / 2));
        let resealed = reseal(&payload);
        let mut l = load.clone();
        if l.add(0, &resealed).is_ok() {
            for j in l.dataset().jobs() {
                prop_assert!(!j.id.is_empty());
                prop_assert!(j.apply.as_ref().is_none_or(|a| a.href().starts_with("http") || a.href().starts_with("tel:")));
            }
        }
    }
}

/// A job shard around `payload` with a correct header.
fn reseal(payload: &[u8]) -> Vec<u8> {
    let mut out = b"SMPK".to_vec();
    out.push(pack::SHARD_VERSION);
    out.push(pack::Kind::Jobs as u8);
    out.extend_from_slice(&pack::checksum(payload).to_le_bytes());
    out.extend_from_slice(payload);
    out
}

fn small_pack() -> FastMap<String, Vec<u8>> {
    let jobs: Vec<GenJob> = (0..10)
        .map(|i| GenJob {
            id: i,
            city: (i % 3) as usize,
            skills: vec![(0, 2)],
            brand: None,
            wage: Some((4000, 6000, false)),
            apply: 0,
            posted: 0,
            title: true,
            desc: 0,
            not_object: false,
        })
        .collect();
    pack_feeds(&[feed_text(&jobs)], 1000).unwrap()
}

#[test]
fn a_manifest_from_a_newer_format_is_refused_before_anything_else() {
    let files = small_pack();
    let mut manifest: serde_json::Value = serde_json::from_slice(&files["manifest.json"]).unwrap();
    assert_eq!(manifest["skillmatchPack"], 1);
    // A newer pack may change everything else too: nothing else is read.
    let newer = serde_json::json!({"skillmatchPack": 2, "shards": "whatever comes next"});
    assert_eq!(Manifest::parse(newer.to_string().as_bytes()), Err(FeedError::NewerFormat { version: 2 }));
    manifest["skillmatchPack"] = 7.into();
    assert_eq!(Manifest::parse(manifest.to_string().as_bytes()), Err(FeedError::NewerFormat { version: 7 }));
}

#[test]
fn a_shard_from_a_newer_format_is_refused() {
    let files = small_pack();
    let manifest = Manifest::parse(&files["manifest.json"]).unwrap();
    let mut shard = files[&manifest.shards[0].file].clone();
    shard[4] = pack::SHARD_VERSION + 1;
    let mut load = PackLoad::new(manifest.clone(), &files[&manifest.catalogue.file]).unwrap();
    assert_eq!(load.add(0, &shard), Err(FeedError::NewerFormat { version: 2 }));
    assert_eq!(load.jobs(), 0, "nothing of a refused shard is added");
    assert_eq!(load.add(0, &files[&manifest.shards[0].file]), Ok(()));
    assert!(load.jobs() > 0);
}

#[test]
fn the_manifest_names_shards_by_city_with_their_checksums_and_only_plain_file_names() {
    let files = small_pack();
    let manifest = Manifest::parse(&files["manifest.json"]).unwrap();
    let cities: Vec<&str> = manifest.shards.iter().map(|s| s.city.as_str()).collect();
    assert_eq!(cities, ["成都市", "自贡市", "凉山彝族自治州"], "gazetteer order");
    for s in &manifest.shards {
        let bytes = &files[&s.file];
        assert_eq!(s.bytes, bytes.len());
        assert!(s.file.contains(&format!("{:016x}", u64::from_le_bytes(bytes[6..14].try_into().unwrap()))));
    }
    assert!(files.contains_key(&manifest.catalogue.file));
    let mut evil: serde_json::Value = serde_json::from_slice(&files["manifest.json"]).unwrap();
    evil["shards"][0]["file"] = "https://elsewhere.example/x.smpk".into();
    assert_eq!(Manifest::parse(evil.to_string().as_bytes()), Err(FeedError::Damaged));
    evil["shards"][0]["file"] = "../secret".into();
    assert_eq!(Manifest::parse(evil.to_string().as_bytes()), Err(FeedError::Damaged));
}

#[test]
fn a_home_city_shard_alone_gives_that_citys_jobs() {
    let files = small_pack();
    let manifest = Manifest::parse(&files["manifest.json"]).unwrap();
    let mut load = PackLoad::new(manifest.clone(), &files[&manifest.catalogue.file]).unwrap();
    let home = manifest.shards.iter().position(|s| s.city == "自贡市").unwrap();
    load.add(home, &files[&manifest.shards[home].file]).unwrap();
    let ds = load.dataset();
    assert_eq!(ds.jobs().len(), manifest.shards[home].jobs);
    assert!(ds.jobs().iter().all(|j| &*j.city == "自贡市"));
}

#[test]
fn the_home_city_comes_first_then_the_nearest_cities() {
    let files = small_pack();
    let manifest = Manifest::parse(&files["manifest.json"]).unwrap();
    let load = PackLoad::new(manifest.clone(), &files[&manifest.catalogue.file]).unwrap();
    let cities = |home: Option<&str>| -> Vec<String> {
        pack::fetch_order(&manifest, load.places(), home, None)
            .iter()
            .map(|i| manifest.shards[*i].city.clone())
            .collect()
    };
    // 自贡 is 150 km from 成都 and 300 km from 凉山's seat 西昌.
    assert_eq!(cities(Some("自贡市")), ["自贡市", "成都市", "凉山彝族自治州"]);
    assert_eq!(cities(Some("凉山彝族自治州")), ["凉山彝族自治州", "自贡市", "成都市"]);
    assert_eq!(cities(None), ["成都市", "自贡市", "凉山彝族自治州"], "no home: the manifest's order");
}
