//! Kiosk hand-off links and QR codes.
#![cfg(not(target_arch = "wasm32"))]

use skillmatch::engine::profile::Profile;
use skillmatch::engine::share::{encode_component, job_link, profile_link, qr};

#[test]
fn links_carry_the_job_or_the_profile_and_nothing_else() {
    assert_eq!(job_link("https://a.example/sm/", "J 1", "zh-CN"), "https://a.example/sm/?job=J%201&lang=zh-CN");
    let (p, _) = Profile::from_json(r#"{"skills":[{"id":"s-elec","level":2}],"city":"自贡市"}"#);
    let link = profile_link("https://a.example/", &p, "zh-CN");
    let fragment = link.split_once("#profile=").unwrap().1;
    assert!(!link.split_once('#').unwrap().0.contains("s-elec"), "the profile is only in the fragment");
    let decoded = percent_decode(fragment);
    assert_eq!(Profile::from_json(&decoded).0, p, "the fragment reads back as the same profile");
    assert_eq!(encode_component("a-b_c.~*'()! /#?&中"), "a-b_c.~*'()!%20%2F%23%3F%26%E4%B8%AD");
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

#[test]
fn qr_codes_have_a_quiet_zone_and_grow_with_the_text() {
    let small = qr("https://a.example/?job=J1").unwrap();
    let large = qr(&"https://a.example/?job=".repeat(20)).unwrap();
    assert_eq!((small.size - 8 - 21) % 4, 0, "a QR version: 21 + 4k modules, plus 8 of quiet zone");
    assert!(large.size > small.size);
    assert!(small.path.starts_with('M') && small.path.contains("h1v1h-1z"));
    // Finder pattern: the top-left module inside the quiet zone is dark.
    assert!(small.path.contains("M4 4h1v1h-1z"));
    assert!(qr(&"x".repeat(5000)).is_none(), "too long for any version");
}

#[test]
fn a_kiosk_hands_over_the_job_with_the_profile_in_the_fragment() {
    let (p, _) = skillmatch::engine::profile::Profile::from_json(r#"{"skills":[{"name":"电工","level":2}]}"#);
    let link = skillmatch::engine::share::job_profile_link("https://a.example/sm/", "J 1", &p, "en");
    assert_eq!(link, "https://a.example/sm/?job=J%201&lang=en#profile=%7B%22skills%22%3A%5B%7B%22level%22%3A2%2C%22name%22%3A%22%E7%94%B5%E5%B7%A5%22%7D%5D%7D");
    let fragment = link.split_once("#profile=").unwrap().1;
    assert!(!link.split('#').next().unwrap().contains("profile"), "the profile never reaches the server");
    assert!(fragment.contains("%E7%94%B5%E5%B7%A5"));
}
