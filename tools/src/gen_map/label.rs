//! Where a prefecture's name goes: the point of its largest piece farthest from any edge
//! (its "pole of inaccessibility"), so a label sits in the widest part of the shape rather
//! than at a centroid that may fall outside a crescent or near a narrow neck.

use super::geometry::{area2, edge_distance, inside, P};

/// Candidates per side of the first grid, and refinement rounds (each halves the cell).
const GRID: i64 = 32;
const ROUNDS: usize = 12;

/// The label point (integer map units) of a prefecture given as polygons (outer ring, then
/// holes); `None` for no polygons.
pub fn label_point(polygons: &[Vec<Vec<P>>]) -> Option<P> {
    let largest = polygons.iter().max_by_key(|poly| poly.iter().map(|r| area2(r)).sum::<i64>().abs())?;
    let outer = largest.first()?;
    let (x0, x1) = (outer.iter().map(|p| p.0).min()?, outer.iter().map(|p| p.0).max()?);
    let (y0, y1) = (outer.iter().map(|p| p.1).min()?, outer.iter().map(|p| p.1).max()?);
    let score = |p: (f64, f64)| if inside(largest, p) { edge_distance(largest, p) } else { -1.0 };

    // A coarse grid over the bounding box, then ever finer grids around the best so far.
    let mut step = ((x1 - x0).max(y1 - y0) as f64 / GRID as f64).max(0.5);
    let mut best = ((x0 + x1) as f64 / 2.0, (y0 + y1) as f64 / 2.0);
    let mut best_score = score(best);
    for gy in 0..=GRID {
        for gx in 0..=GRID {
            let p = (x0 as f64 + gx as f64 * step, y0 as f64 + gy as f64 * step);
            let s = score(p);
            if s > best_score {
                (best, best_score) = (p, s);
            }
        }
    }
    for _ in 0..ROUNDS {
        step /= 2.0;
        let centre = best;
        for dy in -2..=2 {
            for dx in -2..=2 {
                let p = (centre.0 + dx as f64 * step, centre.1 + dy as f64 * step);
                let s = score(p);
                if s > best_score {
                    (best, best_score) = (p, s);
                }
            }
        }
    }
    // Integers for the file; of the four integer points around the best, the one deepest inside.
    let (fx, fy) = (best.0.floor() as i64, best.1.floor() as i64);
    [(fx, fy), (fx + 1, fy), (fx, fy + 1), (fx + 1, fy + 1)]
        .into_iter()
        .map(|p| (p, score((p.0 as f64, p.1 as f64))))
        .filter(|(_, s)| *s > 0.0)
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(p, _)| p)
}

#[cfg(test)]
mod tests {
    use super::label_point;

    #[test]
    fn an_l_shape_labels_inside_its_wide_part() {
        // A fat square with a long thin arm: the centre of the bounding box is outside.
        let l = vec![vec![(0, 0), (40, 0), (40, 40), (100, 40), (100, 44), (0, 44)]];
        let (x, y) = label_point(&[l]).unwrap();
        assert!((15..=25).contains(&x) && (15..=25).contains(&y), "{x},{y}");
    }
}
