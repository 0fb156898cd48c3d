//! Longitude/latitude to map units: an equirectangular projection around Sichuan's centre.
//! Over 8° of latitude its distortion is a few per cent, invisible on a phone, and unlike a
//! conic projection it stays an affine map, so the UI can place any lon/lat with two
//! multiply-adds (the file carries the coefficients).

use super::source::{Point, MICRO};

/// `x = ax·lon + bx`, `y = ay·lat + by` (degrees in, map units out; y grows southwards as
/// SVG's does).
#[derive(Clone, Copy, Debug)]
pub struct Projection {
    pub ax: f64,
    pub bx: f64,
    pub ay: f64,
    pub by: f64,
}

impl Projection {
    /// Fits `points` (micro-degrees) into `width` units plus `margin` on every side (so
    /// strokes on the edge are not clipped); returns the projection and the viewBox size.
    pub fn fit<'a>(points: impl Iterator<Item = &'a Point>, width: f64, margin: f64) -> (Projection, (f64, f64)) {
        let (mut lo, mut hi) = ((f64::MAX, f64::MAX), (f64::MIN, f64::MIN));
        for &(x, y) in points {
            let (lon, lat) = (x as f64 / MICRO, y as f64 / MICRO);
            lo = (lo.0.min(lon), lo.1.min(lat));
            hi = (hi.0.max(lon), hi.1.max(lat));
        }
        // A degree of longitude is shorter than one of latitude by cos(latitude).
        let squeeze = ((lo.1 + hi.1) / 2.0).to_radians().cos();
        let k = width / ((hi.0 - lo.0) * squeeze);
        let p = Projection { ax: k * squeeze, bx: margin - k * squeeze * lo.0, ay: -k, by: margin + k * hi.1 };
        let height = (hi.1 - lo.1) * k;
        (p, (width + 2.0 * margin, height + 2.0 * margin))
    }

    pub fn apply(&self, p: Point) -> (f64, f64) {
        (self.ax * (p.0 as f64 / MICRO) + self.bx, self.ay * (p.1 as f64 / MICRO) + self.by)
    }
}
