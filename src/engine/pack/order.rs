//! Which shard to fetch next: the worker's home city first (results appear once it is in),
//! then the others nearest first; with no home, the manifest's (gazetteer) order.

use super::Manifest;
use crate::engine::model::{Geo, Place};

/// The job shards of `manifest` in the order to fetch them for a worker at home in `home`
/// (a gazetteer city name) at `at`. Shards of cities the gazetteer does not know come last.
pub fn fetch_order(manifest: &Manifest, places: &[Place], home: Option<&str>, at: Option<Geo>) -> Vec<usize> {
    let place = |city: &str| places.iter().find(|p| p.name == city);
    let at = at.or_else(|| home.and_then(place).and_then(|p| p.geo));
    let mut order: Vec<(u8, f64, usize)> = manifest
        .shards
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let is_home = home.is_some_and(|h| h == s.city);
            let km = match (at, place(&s.city).and_then(|p| p.geo)) {
                (Some(a), Some(b)) => a.km_to(b),
                (None, Some(_)) => 0.0,
                (_, None) => f64::MAX,
            };
            (u8::from(!is_home), km, i)
        })
        .collect();
    // Stable on the manifest's order for equal distances (no home: all zero).
    crate::engine::order::sort_by(&mut order, |a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)).then(a.2.cmp(&b.2)));
    order.into_iter().map(|(_, _, i)| i).collect()
}
