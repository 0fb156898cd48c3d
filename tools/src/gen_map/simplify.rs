//! Douglas–Peucker line simplification: keep the ends, then recursively keep the point
//! farthest from the chord while it is farther than the tolerance.

/// Which points of `line` to keep at `tolerance` (same units as the points). The ends are
/// always kept. A closed stretch (first point equal to the last) measures distance to that
/// point, since its chord has no length.
pub fn douglas_peucker(line: &[(f64, f64)], tolerance: f64) -> Vec<bool> {
    let mut keep = vec![false; line.len()];
    let Some(last) = line.len().checked_sub(1) else { return keep };
    keep[0] = true;
    keep[last] = true;
    // An explicit stack: outlines have stretches of thousands of points, too deep to recurse
    // on safely when the farthest point keeps landing next to an end.
    let mut stack = vec![(0, last)];
    while let Some((a, b)) = stack.pop() {
        if b <= a + 1 {
            continue;
        }
        let (mut far, mut far_d) = (a, -1.0);
        for (i, p) in line.iter().enumerate().take(b).skip(a + 1) {
            let d = distance(*p, line[a], line[b]);
            // Strictly greater: the first of equally far points wins, so the result does not
            // depend on floating-point noise in the order of comparison.
            if d > far_d {
                (far, far_d) = (i, d);
            }
        }
        if far_d > tolerance {
            keep[far] = true;
            stack.push((a, far));
            stack.push((far, b));
        }
    }
    keep
}

/// Distance from `p` to the segment `a`–`b`.
fn distance(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 { 0.0 } else { (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len2).clamp(0.0, 1.0) };
    let (x, y) = (a.0 + t * dx, a.1 + t * dy);
    ((p.0 - x).powi(2) + (p.1 - y).powi(2)).sqrt()
}

#[cfg(test)]
mod tests {
    use super::douglas_peucker;

    #[test]
    fn keeps_the_corner_and_drops_the_wobble() {
        let line = [(0.0, 0.0), (1.0, 0.1), (2.0, -0.1), (3.0, 0.0), (3.0, 3.0)];
        assert_eq!(douglas_peucker(&line, 0.5), [true, false, false, true, true]);
        assert_eq!(douglas_peucker(&line, 0.05), [true, true, true, true, true]);
    }

    #[test]
    fn a_closed_loop_keeps_its_far_side() {
        let square = [(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0), (0.0, 0.0)];
        let keep = douglas_peucker(&square, 0.1);
        assert_eq!(keep, [true, true, true, true, true]);
        assert_eq!(douglas_peucker(&[(1.0, 1.0)], 1.0), [true]);
        assert!(douglas_peucker(&[], 1.0).is_empty());
    }
}
