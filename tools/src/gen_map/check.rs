//! Checks of a map file against the gazetteer: what the UI and the engine rely on.

use std::collections::HashSet;

use super::geometry::inside;
use super::svg;

pub struct Report {
    pub prefectures: usize,
    pub points: usize,
}

/// Every problem found in `map` (the map file's text) given `feed` (a native feed whose
/// places are the gazetteer), or a summary.
pub fn validate(map: &str, feed: &str) -> Result<Report, Vec<String>> {
    let mut errors = Vec::new();
    let json: serde_json::Value = serde_json::from_str(map).map_err(|e| vec![format!("not JSON: {e}")])?;
    let names = super::gazetteer(feed).map_err(|e| vec![e])?;
    let view: Vec<f64> = json["viewBox"].as_str().unwrap_or("").split(' ').filter_map(|n| n.parse().ok()).collect();
    let [x0, y0, w, h] = view[..] else { return Err(vec![format!("viewBox {:?}", json["viewBox"])]) };
    let within = |(x, y): (f64, f64)| x >= x0 && y >= y0 && x <= x0 + w && y <= y0 + h;
    let list = json["prefectures"].as_array().cloned().unwrap_or_default();
    if list.len() != 21 {
        errors.push(format!("{} prefectures, Sichuan has 21", list.len()));
    }
    let mut seen = HashSet::new();
    let mut points = 0;
    for p in &list {
        let code = p["code"].as_str().unwrap_or("");
        if !seen.insert(code) {
            errors.push(format!("{code}: twice"));
        }
        match names.get(code) {
            None => errors.push(format!("{code}: no place in the default feed has this code")),
            Some(name) if p["name"].as_str() != Some(name.as_str()) => {
                errors.push(format!("{code}: named {:?}, the gazetteer says {name:?}", p["name"]))
            }
            Some(_) => {}
        }
        let rings = svg::parse(p["path"].as_str().unwrap_or("")).unwrap_or_default();
        if rings.is_empty() || rings.iter().any(|r| r.len() < 3) {
            errors.push(format!("{code}: empty path or a ring of fewer than 3 points"));
        }
        points += rings.iter().map(Vec::len).sum::<usize>();
        if let Some(q) = rings.iter().flatten().find(|q| !within((q.0 as f64, q.1 as f64))) {
            errors.push(format!("{code}: point {q:?} outside the viewBox"));
        }
        let label = p["label"].as_array().map(|a| a.iter().filter_map(|n| n.as_f64()).collect::<Vec<_>>());
        match label.as_deref() {
            Some(&[x, y]) if within((x, y)) && inside(&rings, (x, y)) => {}
            other => errors.push(format!("{code}: label {other:?} not inside its outline and the viewBox")),
        }
    }
    if errors.is_empty() {
        Ok(Report { prefectures: list.len(), points })
    } else {
        Err(errors)
    }
}
