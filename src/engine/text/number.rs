//! Reading a decimal number from text (a wage in a feed, an amount a worker typed, a distance
//! in the URL).
//!
//! Why not `str::parse::<f64>`: the standard library's correctly rounded parser carries about
//! 12 KB (brotli) of power tables into the wasm, for precision that wages and distances never
//! need. This reader is exact for every integer up to 2^53 and for decimals whose digits fit
//! in 19 places with a power of ten up to 10^22 (both sides exact in f64, so one rounding);
//! beyond that it is within a few units in the last place. It accepts what people and feeds
//! write — `12`, `-3.5`, `.5`, `7.`, `1e4`, `2.5E-3` — and nothing else: no `inf`, no `NaN`,
//! no hex, no spaces (callers trim and drop thousands separators first).

/// Powers of ten that f64 holds exactly.
const EXACT: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
    1e21, 1e22,
];

/// The value of `text` as a decimal number, or `None` if it is not one.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let (negative, mut i) = match bytes.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    // Up to 19 significant digits go into the mantissa; later ones only shift the scale.
    let mut mantissa: u64 = 0;
    let mut kept = 0u32;
    let mut scale: i64 = 0;
    let mut any_digit = false;
    let mut after_point = false;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'0'..=b'9' => {
                any_digit = true;
                if mantissa == 0 && b == b'0' {
                    // Leading zeros add no significant digit.
                } else if kept < 19 {
                    mantissa = mantissa * 10 + u64::from(b - b'0');
                    kept += 1;
                } else if !after_point {
                    scale += 1;
                    i += 1;
                    continue;
                } else {
                    i += 1;
                    continue;
                }
                if after_point {
                    scale -= 1;
                }
            }
            b'.' if !after_point => after_point = true,
            _ => break,
        }
        i += 1;
    }
    if !any_digit {
        return None;
    }
    if let Some(b'e' | b'E') = bytes.get(i) {
        i += 1;
        let (exp_negative, start) = match bytes.get(i) {
            Some(b'-') => (true, i + 1),
            Some(b'+') => (false, i + 1),
            _ => (false, i),
        };
        i = start;
        let mut exp: i64 = 0;
        while let Some(&b @ b'0'..=b'9') = bytes.get(i) {
            // Saturate: an exponent of a thousand digits still means "out of range".
            exp = (exp * 10 + i64::from(b - b'0')).min(100_000);
            i += 1;
        }
        if i == start {
            return None;
        }
        scale += if exp_negative { -exp } else { exp };
    }
    if i != bytes.len() {
        return None;
    }
    let value = scale_by_ten(mantissa as f64, scale);
    Some(if negative { -value } else { value })
}

/// `value × 10^scale`, in as few roundings as the exact powers allow.
fn scale_by_ten(mut value: f64, mut scale: i64) -> f64 {
    if value == 0.0 {
        return 0.0;
    }
    while scale > 22 {
        value *= 1e22;
        scale -= 22;
        if value.is_infinite() {
            return value;
        }
    }
    while scale < -22 {
        value /= 1e22;
        scale += 22;
        if value == 0.0 {
            return value;
        }
    }
    let power = EXACT[scale.unsigned_abs() as usize];
    if scale >= 0 {
        value * power
    } else {
        value / power
    }
}

#[cfg(test)]
mod tests {
    use super::parse_decimal;

    #[test]
    fn reads_what_people_and_feeds_write() {
        let cases: &[(&str, f64)] = &[
            ("0", 0.0),
            ("12", 12.0),
            ("007", 7.0),
            ("-3.5", -3.5),
            ("+8", 8.0),
            (".5", 0.5),
            ("7.", 7.0),
            ("4500.00", 4500.0),
            ("1e4", 1e4),
            ("2.5E-3", 2.5e-3),
            ("130000", 130000.0),
            ("0.1", 0.1),
            ("9007199254740993", 9007199254740992.0),
        ];
        for (text, want) in cases {
            assert_eq!(parse_decimal(text), Some(*want), "{text}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_decimal_number() {
        for text in [
            "", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "inf", "NaN", "infinity", "0x10", "1 000", "12a", "--1",
            "1,000",
        ] {
            assert_eq!(parse_decimal(text), None, "{text:?}");
        }
    }

    #[test]
    fn extremes_stay_finite_or_infinite_without_panicking() {
        assert_eq!(parse_decimal("1e400"), Some(f64::INFINITY));
        assert_eq!(parse_decimal("1e-400"), Some(0.0));
        assert_eq!(parse_decimal(&format!("1e{}", "9".repeat(1000))), Some(f64::INFINITY));
        let long = "3".repeat(300);
        let v = parse_decimal(&long).unwrap();
        assert!((v / 3.333_333_333_333_333e299 - 1.0).abs() < 1e-12);
    }

    // proptest is a host-only dev-dependency.
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::parse_decimal;

        proptest::proptest! {
            /// Against the standard library (the oracle) on the numbers feeds and people write:
            /// equal for integers, within 2 units in the last place for decimals.
            #[test]
            fn agrees_with_the_standard_parser(int in 0u64..10_000_000_000, frac in proptest::option::of(0u32..1_000_000), exp in proptest::option::of(-30i32..30)) {
                let mut text = int.to_string();
                if let Some(f) = frac { text += &format!(".{f}"); }
                if let Some(e) = exp { text += &format!("e{e}"); }
                let ours = parse_decimal(&text).unwrap();
                let std: f64 = text.parse().unwrap();
                if frac.is_none() && exp.is_none() {
                    proptest::prop_assert_eq!(ours, std);
                } else {
                    let ulps = (ours.to_bits() as i64 - std.to_bits() as i64).abs();
                    proptest::prop_assert!(ulps <= 2, "{} gave {} not {}", text, ours, std);
                }
            }

            #[test]
            fn never_panics(text in "\\PC{0,40}") {
                let _ = parse_decimal(&text);
            }
        }
    }
}
