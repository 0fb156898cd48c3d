//! Plane geometry of rings in map units: area, orientation, containment, distance. Shared by
//! the generator (dropping specks, orienting rings, placing labels) and its checks.

pub type P = (i64, i64);

/// Twice the signed area (positive: clockwise on screen, where y grows downwards).
pub fn area2(ring: &[P]) -> i64 {
    let n = ring.len();
    (0..n).map(|i| ring[i].0 * ring[(i + 1) % n].1 - ring[(i + 1) % n].0 * ring[i].1).sum()
}

/// Whether `p` is inside the rings under the even-odd rule (holes are rings too).
pub fn inside(rings: &[Vec<P>], p: (f64, f64)) -> bool {
    let mut odd = false;
    for ring in rings {
        let n = ring.len();
        for i in 0..n {
            let (a, b) = (ring[i], ring[(i + n - 1) % n]);
            let (ax, ay, bx, by) = (a.0 as f64, a.1 as f64, b.0 as f64, b.1 as f64);
            if (ay > p.1) != (by > p.1) && p.0 < (bx - ax) * (p.1 - ay) / (by - ay) + ax {
                odd = !odd;
            }
        }
    }
    odd
}

/// Distance from `p` to the nearest edge of any ring.
pub fn edge_distance(rings: &[Vec<P>], p: (f64, f64)) -> f64 {
    let mut best = f64::MAX;
    for ring in rings {
        let n = ring.len();
        for i in 0..n {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            let (ax, ay) = (a.0 as f64, a.1 as f64);
            let (dx, dy) = (b.0 as f64 - ax, b.1 as f64 - ay);
            let len2 = dx * dx + dy * dy;
            let t = if len2 == 0.0 { 0.0 } else { (((p.0 - ax) * dx + (p.1 - ay) * dy) / len2).clamp(0.0, 1.0) };
            best = best.min(((p.0 - ax - t * dx).powi(2) + (p.1 - ay - t * dy).powi(2)).sqrt());
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_square_with_a_hole() {
        let outer = vec![(0, 0), (10, 0), (10, 10), (0, 10)];
        let hole = vec![(4, 4), (4, 6), (6, 6), (6, 4)];
        assert_eq!(area2(&outer), 200, "clockwise on screen is positive");
        assert_eq!(area2(&hole), -8);
        let rings = [outer, hole];
        assert!(inside(&rings, (2.0, 2.0)));
        assert!(!inside(&rings, (5.0, 5.0)), "in the hole");
        assert!(!inside(&rings, (11.0, 5.0)));
        assert_eq!(edge_distance(&rings, (2.0, 5.0)), 2.0);
    }
}
