//! The work map's outlines as the UI draws them: `data/sichuan-map.json` (written by
//! `tools/src/gen_map`) read into a view box and one outline per prefecture — its GB/T 2260
//! code (the join to the gazetteer and so to [`WorkMap`](crate::engine::work_map::WorkMap)),
//! its SVG path and its label point. The file is fetched only when the map first shows; a
//! file that cannot be read is `None`, and the UI falls back to the table.

use crate::engine::json::Json;

/// Labels closer than this (map units) to another label are drawn smaller: the prefectures
/// around Chengdu, Zigong and Neijiang are small and close together, and full-size labels
/// there would cover each other.
pub const CROWDED: i64 = 70;

#[derive(Clone, Debug, PartialEq)]
pub struct Outline {
    pub code: String,
    /// The gazetteer's name (the generator joins by code), for a file without our catalogue.
    pub name: String,
    pub path: String,
    pub label: (i64, i64),
    /// Another label is within [`CROWDED`]: draw this one small.
    pub crowded: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MapOutlines {
    /// The SVG `viewBox` ("0 0 1008 863").
    pub view_box: String,
    pub outlines: Vec<Outline>,
}

impl MapOutlines {
    /// The width and height of the view box (0 for a malformed one).
    pub fn size(&self) -> (i64, i64) {
        let n: Vec<i64> = self.view_box.split_whitespace().filter_map(|v| v.parse().ok()).collect();
        match n[..] {
            [_, _, w, h] => (w, h),
            _ => (0, 0),
        }
    }
}

/// Reads the map file; `None` when it is not one (not JSON, no view box, no outlines).
/// Outlines missing a code, a path or a label point are skipped, not fatal.
pub fn read(bytes: &[u8]) -> Option<MapOutlines> {
    let v = crate::engine::json::parse(std::str::from_utf8(bytes).ok()?).ok()?;
    let view_box = v.get("viewBox")?.as_str()?.to_string();
    let mut outlines: Vec<Outline> = v
        .get("prefectures")?
        .as_array()?
        .iter()
        .filter_map(|p| {
            let text = |k: &str| p.get(k).and_then(Json::as_str).map(str::to_string);
            let label = p.get("label")?.as_array()?;
            let at = |i: usize| label.get(i).and_then(Json::as_f64).map(|x| x.round() as i64);
            Some(Outline {
                code: text("code")?,
                name: text("name").unwrap_or_default(),
                path: text("path")?,
                label: (at(0)?, at(1)?),
                crowded: false,
            })
        })
        .collect();
    if outlines.is_empty() {
        return None;
    }
    let points: Vec<(i64, i64)> = outlines.iter().map(|o| o.label).collect();
    for (i, o) in outlines.iter_mut().enumerate() {
        let (x, y) = o.label;
        o.crowded =
            points.iter().enumerate().any(|(j, &(a, b))| j != i && (a - x).pow(2) + (b - y).pow(2) < CROWDED * CROWDED);
    }
    Some(MapOutlines { view_box, outlines })
}
