//! What a worker takes away from a kiosk: links to a job or to their profile, and QR codes
//! for them, drawn as SVG path data. Nothing here is sent anywhere; the profile travels only
//! in the URL fragment, which browsers never send to servers.

use crate::engine::profile::Profile;
use crate::engine::qr;
use std::fmt::Write;

/// Blank modules around the code, as the QR standard asks.
const QUIET_ZONE: usize = 4;

/// A QR code as SVG: the side of its viewBox (modules, quiet zone included) and one path
/// of unit squares for the dark modules.
#[derive(Clone, Debug, PartialEq)]
pub struct QrSvg {
    pub size: usize,
    pub path: String,
}

/// Encodes `text` (medium error correction, readable from a screen at an angle); `None` if
/// it is too long for any QR version.
pub fn qr(text: &str) -> Option<QrSvg> {
    let code = qr::encode(text.as_bytes())?;
    let width = code.width();
    let mut path = String::with_capacity(width * width * 4);
    for y in 0..width {
        for x in (0..width).filter(|&x| code.is_dark(x, y)) {
            // Writing to a String cannot fail.
            let _ = write!(path, "M{} {}h1v1h-1z", x + QUIET_ZONE, y + QUIET_ZONE);
        }
    }
    Some(QrSvg { size: width + 2 * QUIET_ZONE, path })
}

/// `encodeURIComponent`: everything but unreserved ASCII is percent-encoded as UTF-8.
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The link that opens `job` on another device: the page's own address with `job=` (and the
/// language), nothing else of this session.
pub fn job_link(page: &str, job_id: &str, lang_tag: &str) -> String {
    format!("{page}?job={}&lang={}", encode_component(job_id), encode_component(lang_tag))
}

/// The link that carries a profile to the worker's phone in the URL fragment
/// (`#profile=` as in the public contract, so it stays readable by any version).
pub fn profile_link(page: &str, profile: &Profile, lang_tag: &str) -> String {
    format!("{page}?lang={}#profile={}", encode_component(lang_tag), encode_component(&profile.to_json()))
}

/// The link that opens `job_id` on the worker's phone with their profile: the job's link with
/// the profile in the fragment (only offered after the worker agrees on the kiosk's screen).
pub fn job_profile_link(page: &str, job_id: &str, profile: &Profile, lang_tag: &str) -> String {
    format!(
        "{page}?job={}&lang={}#profile={}",
        encode_component(job_id),
        encode_component(lang_tag),
        encode_component(&profile.to_json())
    )
}
