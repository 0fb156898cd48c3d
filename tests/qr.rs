//! The QR encoder (src/engine/qr.rs) against two oracles: the `qrcode` crate, an
//! independent encoder, must draw the very same modules, and `rqrr`, a decoder, must read
//! the data back from a rendered image.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use qrcode::bits::Bits;
use qrcode::optimize::{Optimizer, Parser};
use qrcode::types::Mode;
use qrcode::{Color, EcLevel, QrCode, Version};
use skillmatch::engine::qr::{encode, Matrix};
use skillmatch::engine::share::qr;

/// Most bytes each version holds in byte mode at level M (ISO/IEC 18004 Table 7).
const CAPACITY: [usize; 40] = [
    14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624, 666, //
    711, 779, 857, 911, 997, 1059, 1125, 1190, 1264, 1370, 1452, 1538, 1628, 1722, 1809, 1911, 1989, 2099, 2213, 2331,
];

/// `qrcode` encoding `data` in byte mode, level M, in the smallest version it accepts,
/// with its own mask choice.
fn oracle(data: &[u8]) -> Option<QrCode> {
    (1..=40).find_map(|v| {
        let mut bits = Bits::new(Version::Normal(v));
        bits.push_byte_data(data).ok()?;
        bits.push_terminator(EcLevel::M).ok()?;
        QrCode::with_bits(bits, EcLevel::M).ok()
    })
}

/// Whether `qrcode`'s own mode optimiser would keep `data` as one byte-mode segment in every
/// version range; then `QrCode::with_error_correction_level` is the same encoding as ours.
fn auto_is_byte_mode(data: &[u8]) -> bool {
    !data.is_empty()
        && [9, 26, 40].iter().all(|&v| {
            let segments: Vec<_> = Optimizer::new(Parser::new(data), Version::Normal(v)).collect();
            segments.len() == 1 && segments[0].mode == Mode::Byte
        })
}

fn assert_same(ours: &Matrix, theirs: &QrCode, data: &[u8], what: &str) {
    let width = theirs.width();
    assert_eq!(ours.width(), width, "{what}: width for {} bytes", data.len());
    let colors = theirs.to_colors();
    let differ: Vec<(usize, usize)> = (0..width * width)
        .map(|i| (i % width, i / width))
        .filter(|&(x, y)| ours.is_dark(x, y) != (colors[y * width + x] == Color::Dark))
        .collect();
    assert!(
        differ.is_empty(),
        "{what}: {} of {} modules differ for {} bytes (version {}), first at {:?}",
        differ.len(),
        width * width,
        data.len(),
        ours.version(),
        &differ[..differ.len().min(8)]
    );
}

/// Compares with both oracles; returns whether the second (the crate's default entry
/// point) applied.
fn check(data: &[u8]) -> bool {
    let ours = encode(data);
    let theirs = oracle(data);
    assert_eq!(ours.is_some(), theirs.is_some(), "fits or not, {} bytes", data.len());
    let (Some(ours), Some(theirs)) = (ours, theirs) else { return false };
    assert_same(&ours, &theirs, data, "byte-mode oracle");
    if auto_is_byte_mode(data) {
        let auto = QrCode::with_error_correction_level(data, EcLevel::M).unwrap();
        assert_same(&ours, &auto, data, "with_error_correction_level");
        return true;
    }
    false
}

/// A profile hand-off link like the app makes, cut or extended to `len` bytes.
fn link(len: usize) -> Vec<u8> {
    let head = "https://example.com/?job=J0001&lang=zh-CN#profile=%7B%22skills%22%3A%5B";
    let mut s = String::from(head);
    let mut i = 0;
    while s.len() < len {
        s.push_str(&format!("%7B%22id%22%3A%22s-{i:04}%22%2C%22level%22%3A{}%7D%2C", i % 5));
        i += 1;
    }
    s.into_bytes().into_iter().take(len).collect()
}

/// Lowercase prose, which `qrcode` keeps in byte mode too.
fn prose(len: usize) -> Vec<u8> {
    b"the quick brown fox jumps over the lazy dog; skillmatch kiosk, welder, electrician. "
        .iter()
        .copied()
        .cycle()
        .take(len)
        .collect()
}

/// Bytes from a small linear congruential generator, so each input is different but fixed.
fn noise(len: usize, seed: u64) -> Vec<u8> {
    let mut s = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..len)
        .map(|_| {
            s = s.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            (s >> 56) as u8
        })
        .collect()
}

#[test]
fn small_and_special_inputs_match_the_oracle() {
    let chinese = "技能匹配：自贡市电工（二级），焊工证书，劳务品牌“川字号”。".as_bytes();
    let every_byte: Vec<u8> = (0..=255).collect();
    let inputs: Vec<Vec<u8>> = vec![
        Vec::new(),
        b"a".to_vec(),
        b"hello".to_vec(),
        b"HELLO WORLD".to_vec(),
        b"0123456789012345".to_vec(),
        b"https://a.example/?job=J1".to_vec(),
        chinese.to_vec(),
        chinese.repeat(7),
        chinese.repeat(40),
        every_byte.clone(),
        every_byte.iter().rev().copied().collect(),
        every_byte.repeat(9),
        vec![0; 100],
        vec![0xFF; 1000],
    ];
    for data in &inputs {
        check(data);
    }
}

#[test]
fn links_and_text_of_all_lengths_match_the_oracle() {
    let mut both = 0;
    for len in (0..2300).step_by(23) {
        both += usize::from(check(&link(len)));
        both += usize::from(check(&prose(len + 5)));
        check(&noise(len + 11, len as u64));
    }
    // The crate's default path (mode optimiser) agrees wherever it also picks byte mode.
    assert!(both >= 90, "only {both} inputs compared with with_error_correction_level");
}

#[test]
fn each_version_is_used_up_to_its_capacity() {
    for (i, &cap) in CAPACITY.iter().enumerate() {
        let version = i + 1;
        let full = noise(cap, version as u64);
        assert_eq!(encode(&full).map(|m| m.version()), Some(version), "{cap} bytes");
        check(&full);
        check(&prose(cap));
        let over = noise(cap + 1, version as u64 + 100);
        let next = (version < 40).then_some(version + 1);
        assert_eq!(encode(&over).map(|m| m.version()), next, "{} bytes", cap + 1);
        check(&over);
    }
}

#[test]
fn too_long_for_version_40_is_none() {
    for len in [2332, 2400, 5000, 1 << 20] {
        assert!(encode(&vec![b'x'; len]).is_none(), "{len} bytes");
    }
    assert!(oracle(&[b'x'; 2332]).is_none());
    assert!(qr(&"x".repeat(2332)).is_none());
    assert!(qr(&"x".repeat(2331)).is_some());
}

#[test]
fn the_svg_path_draws_the_dark_modules_inside_the_quiet_zone() {
    let text = "https://a.example/?job=J1&lang=zh-CN";
    let m = encode(text.as_bytes()).unwrap();
    let svg = qr(text).unwrap();
    assert_eq!(svg.size, m.width() + 8);
    let mut expected = String::new();
    for y in 0..m.width() {
        for x in 0..m.width() {
            if m.is_dark(x, y) {
                expected += &format!("M{} {}h1v1h-1z", x + 4, y + 4);
            }
        }
    }
    assert_eq!(svg.path, expected);
    assert!(!m.is_dark(m.width(), 0) && !m.is_dark(0, m.width()), "outside is light");
}

/// Renders `m` at 3 pixels a module with a 4-module quiet zone and decodes it with rqrr.
fn decode(m: &Matrix) -> (rqrr::MetaData, Vec<u8>) {
    const SCALE: usize = 3;
    let side = (m.width() + 8) * SCALE;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
        let (mx, my) = ((x / SCALE).wrapping_sub(4), (y / SCALE).wrapping_sub(4));
        if m.is_dark(mx, my) {
            0
        } else {
            255
        }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one code found in version {}", m.version());
    let mut out = Vec::new();
    let meta = grids[0].decode_to(&mut out).expect("decodes");
    (meta, out)
}

#[test]
fn a_decoder_reads_the_data_back() {
    let samples: Vec<Vec<u8>> = vec![
        b"https://a.example/?job=J1".to_vec(),
        "技能匹配 自贡市 电工".as_bytes().to_vec(),
        link(150), // version 7: version information
        link(400), // several blocks of two lengths
        noise(CAPACITY[20], 3),
        link(2331), // version 40
    ];
    for data in &samples {
        let m = encode(data).unwrap();
        let (meta, out) = decode(&m);
        assert_eq!(out, *data, "version {}", m.version());
        assert_eq!(meta.version.0, m.version());
        assert_eq!(meta.ecc_level, 0, "format bits 00: level M");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn random_bytes_match_the_oracle(data in proptest::collection::vec(any::<u8>(), 0..2400)) {
        check(&data);
    }
}
