//! Writing shards (host only: the packer runs at publish time, never in the browser).

use super::Kind;
use crate::engine::catalog::Catalog;
use crate::engine::feed::Problems;
use crate::engine::model::{Audience, Geo, Mode};
use serde_json::{json, Map, Value};

/// A shard: header (magic, version, kind, checksum of the payload) and payload.
pub fn shard(kind: Kind, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(super::HEADER + payload.len());
    out.extend_from_slice(super::MAGIC);
    out.push(super::SHARD_VERSION);
    out.push(kind as u8);
    out.extend_from_slice(&super::checksum(payload).to_le_bytes());
    out.extend_from_slice(payload);
    out
}

/// The checksum a shard carries, as its file names show it.
pub fn checksum_hex(shard: &[u8]) -> String {
    let sum = u64::from_le_bytes(shard[6..super::HEADER].try_into().unwrap_or_default());
    format!("{sum:016x}")
}

/// The catalogue shard: the resolved catalogue as a native feed (every reference by id, so
/// reading it back resolves each to the same index) and the pack's problems.
pub fn catalogue(cat: &Catalog, problems: &Problems) -> Vec<u8> {
    let skill_id = |ix: u32| cat.skills[ix as usize].id.as_str();
    let attests = |a: &[crate::engine::model::Attest]| -> Vec<Value> {
        a.iter()
            .map(|a| {
                let mut o = Map::new();
                o.insert("skill".into(), json!(skill_id(a.skill)));
                if let Some(l) = a.level {
                    o.insert("level".into(), json!(l.get()));
                }
                Value::Object(o)
            })
            .collect()
    };
    let with_geo = |mut v: Value, geo: Option<Geo>| {
        if let Some(g) = geo {
            v["lat"] = json!(g.lat);
            v["lon"] = json!(g.lon);
        }
        v
    };
    let places: Vec<Value> = cat
        .places
        .iter()
        .map(|p| {
            let counties: Vec<Value> = p
                .counties
                .iter()
                .map(|c| with_geo(json!({"name": c.name, "code": c.code, "en": c.en}), c.geo))
                .collect();
            with_geo(json!({"name": p.name, "code": p.code, "en": p.en, "counties": counties}), p.geo)
        })
        .collect();
    let skills: Vec<Value> = cat
        .skills
        .iter()
        .map(|s| {
            let mut v = json!({"id": s.id, "name": s.name, "en": s.en, "aliases": s.aliases, "category": s.category});
            if let Some(o) = &s.occupation {
                v["occupation"] = json!(o);
            }
            v
        })
        .collect();
    let brands: Vec<Value> = cat
        .brands
        .iter()
        .map(|b| {
            json!({"id": b.id, "name": b.name, "en": b.en, "city": b.city, "skills": attests(&b.attests),
                   "sample": b.sample})
        })
        .collect();
    let courses: Vec<Value> = cat
        .courses
        .iter()
        .map(|c| {
            let mode = match c.mode {
                Mode::Online => "online",
                Mode::Offline => "offline",
                Mode::Hybrid => "hybrid",
            };
            let audience: Vec<&str> = c.audience.iter().map(|a| audience_name(*a)).collect();
            let mut v = json!({"id": c.id, "title": c.title, "provider": c.provider, "teaches": attests(&c.teaches),
                "mode": mode, "city": c.city, "cost": c.cost, "voucher": c.voucher, "audience": audience,
                "description": c.description});
            if let Some(d) = c.days {
                v["days"] = json!(d);
            }
            if let Some(s) = c.subsidy {
                v["subsidy"] = json!(s);
            }
            if let Some(d) = c.starts {
                v["starts"] = json!(d.to_string());
            }
            v
        })
        .collect();
    let feed = json!({"skillmatch": 1, "places": places, "skills": skills, "brands": brands, "courses": courses,
        "problems": super::problems::encode_all(problems)});
    shard(Kind::Catalogue, feed.to_string().as_bytes())
}

fn audience_name(a: Audience) -> &'static str {
    match a {
        Audience::RuralYouth => "rural-youth",
        Audience::WomenReturners => "women-returners",
        Audience::MigrantWorkers => "migrant-workers",
        Audience::DomesticService => "domestic-service",
        Audience::ElderlyCare => "elderly-care",
        Audience::ExServicemen => "ex-servicemen",
    }
}
