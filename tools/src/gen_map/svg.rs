//! SVG path data for outlines, as small as plain text gets before compression: each ring is
//! `M x y` (absolute), then `l` with relative steps (small integers, mostly one or two
//! digits), then `z`. A space separates numbers except before a minus sign. `parse` reads
//! exactly this form back (the checks use it).

use super::geometry::P;

pub fn path(rings: &[Vec<P>]) -> String {
    let mut out = String::new();
    for ring in rings {
        let Some(&first) = ring.first() else { continue };
        out.push('M');
        number(&mut out, first.0, true);
        number(&mut out, first.1, false);
        out.push('l');
        let mut prev = first;
        for (i, &p) in ring.iter().enumerate().skip(1) {
            number(&mut out, p.0 - prev.0, i == 1);
            number(&mut out, p.1 - prev.1, false);
            prev = p;
        }
        out.push('z');
    }
    out
}

fn number(out: &mut String, n: i64, first: bool) {
    if !first && n >= 0 {
        out.push(' ');
    }
    out.push_str(&n.to_string());
}

/// The rings of a path written by [`path`]; `None` for anything else.
pub fn parse(d: &str) -> Option<Vec<Vec<P>>> {
    let mut rings = Vec::new();
    for part in d.split('z').filter(|s| !s.is_empty()) {
        let (start, steps) = part.strip_prefix('M')?.split_once('l')?;
        let start = numbers(start)?;
        let steps = numbers(steps)?;
        if start.len() != 2 || steps.len() % 2 != 0 {
            return None;
        }
        let mut p = (start[0], start[1]);
        let mut ring = vec![p];
        for step in steps.chunks(2) {
            p = (p.0 + step[0], p.1 + step[1]);
            ring.push(p);
        }
        rings.push(ring);
    }
    Some(rings)
}

fn numbers(s: &str) -> Option<Vec<i64>> {
    let spaced = s.replace('-', " -");
    spaced.split(' ').filter(|t| !t.is_empty()).map(|t| t.parse().ok()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let rings = vec![vec![(10, 20), (13, 18), (9, 25)], vec![(100, 5), (101, 5), (101, 4)]];
        let d = path(&rings);
        assert_eq!(d, "M10 20l3-2-4 7zM100 5l1 0 0-1z");
        assert_eq!(parse(&d), Some(rings));
        assert_eq!(parse("M1 2L3 4z"), None);
    }
}
