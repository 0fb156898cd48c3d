//! Simplifying neighbours alike. Two prefectures that share a border each carry their own
//! copy of it; simplified separately, the copies would keep different points and the map
//! would show slivers and gaps along every border. So rings are cut at junctions (points
//! where the set of rings through a point changes) into stretches; each stretch is
//! simplified once, in one canonical direction, and every ring keeps exactly the points
//! its stretches kept. A border then keeps the same points on both sides.

use std::collections::{HashMap, HashSet};

use super::simplify::douglas_peucker;
use super::source::{Point, Ring};

/// The points of `rings` kept at `tolerance` (in the units `project` maps to); junctions are
/// always kept. `rings` must share borders point for point (the package's outlines do).
pub fn simplify_shared(rings: &[&Ring], project: impl Fn(Point) -> (f64, f64), tolerance: f64) -> HashSet<Point> {
    let junctions = junctions(rings);
    let mut keep: HashSet<Point> = junctions.clone();
    let mut done: HashSet<Vec<Point>> = HashSet::new();
    for ring in rings {
        for stretch in stretches(ring, &junctions) {
            let canonical = canonical(stretch);
            if !done.insert(canonical.clone()) {
                continue;
            }
            let projected: Vec<(f64, f64)> = canonical.iter().map(|p| project(*p)).collect();
            let kept = douglas_peucker(&projected, tolerance);
            keep.extend(canonical.iter().zip(kept).filter(|(_, k)| *k).map(|(p, _)| *p));
        }
    }
    keep
}

/// Points where the set of rings through a point changes along a ring, points a ring
/// passes twice, and, for a ring with none of those, its smallest point: a hole exactly
/// filled by a neighbour's island gets the same anchor from both sides.
fn junctions(rings: &[&Ring]) -> HashSet<Point> {
    let mut owners: HashMap<Point, Vec<u32>> = HashMap::new();
    let mut out = HashSet::new();
    for (r, ring) in rings.iter().enumerate() {
        for p in ring.iter() {
            let list = owners.entry(*p).or_default();
            if list.last() == Some(&(r as u32)) {
                out.insert(*p); // the ring touches itself here
            } else {
                list.push(r as u32);
            }
        }
    }
    for ring in rings {
        let n = ring.len();
        let mut found = false;
        for i in 0..n {
            let here = &owners[&ring[i]];
            if *here != owners[&ring[(i + n - 1) % n]] || *here != owners[&ring[(i + 1) % n]] {
                out.insert(ring[i]);
                found = true;
            }
        }
        if !found {
            if let Some(min) = ring.iter().min() {
                out.insert(*min);
            }
        }
    }
    out
}

/// The ring cut at junctions into stretches, each from one junction to the next inclusive
/// (the last one wraps around to the first junction).
fn stretches(ring: &Ring, junctions: &HashSet<Point>) -> Vec<Vec<Point>> {
    let Some(start) = ring.iter().position(|p| junctions.contains(p)) else { return Vec::new() };
    let n = ring.len();
    let mut out = Vec::new();
    let mut current = vec![ring[start]];
    for k in 1..=n {
        let p = ring[(start + k) % n];
        current.push(p);
        if junctions.contains(&p) {
            out.push(std::mem::replace(&mut current, vec![p]));
        }
    }
    out
}

/// One direction for a stretch whichever ring it is read from: the one starting at the
/// smaller end (for a loop, the one whose second point is smaller).
fn canonical(stretch: Vec<Point>) -> Vec<Point> {
    let n = stretch.len();
    let forward = if stretch[0] != stretch[n - 1] { stretch[0] < stretch[n - 1] } else { stretch[1] <= stretch[n - 2] };
    if forward {
        stretch
    } else {
        stretch.into_iter().rev().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two squares sharing a wobbly edge keep the same points on it.
    #[test]
    fn a_shared_border_keeps_the_same_points_on_both_sides() {
        let wobble = [(10, 1), (10, 2), (11, 3), (10, 4), (10, 5), (10, 10)];
        let mut left: Ring = vec![(0, 0), (10, 0)];
        left.extend(wobble);
        left.push((0, 10));
        let mut right: Ring = vec![(10, 0), (20, 0), (20, 10), (10, 10)];
        right.extend(wobble.iter().rev().skip(1));
        let keep = simplify_shared(&[&left, &right], |p| (p.0 as f64, p.1 as f64), 0.7);
        let border = |ring: &Ring| -> Vec<Point> {
            let mut b: Vec<Point> =
                ring.iter().filter(|p| keep.contains(p) && (p.0 == 10 || p.0 == 11)).copied().collect();
            b.sort();
            b
        };
        assert_eq!(border(&left), border(&right));
        assert!(keep.contains(&(11, 3)), "the bump is farther than the tolerance");
        assert!(!keep.contains(&(10, 2)), "a point on the straight part goes");
    }
}
