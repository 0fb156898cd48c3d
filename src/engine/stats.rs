//! The median, the one summary of wages the engine shows (course uplift, the work map): the
//! middle value, or the mean of the two middle values of an even count. A median, not a
//! mean, so one outlying posting (a foreman's wage among labourers') does not move it.

use crate::engine::order;

/// The median of `values`; `None` when empty. Found by selection, in linear time: the work
/// map takes a median per city on every filter change, over up to every job's wage.
pub fn median(values: &[f64]) -> Option<f64> {
    let n = values.len();
    if n == 0 {
        return None;
    }
    // The engine's selection on integer keys that order as `total_cmp` does (the standard
    // one would be another copy in the wasm).
    let mut keys: Vec<u64> = values.iter().map(|&x| order::f64_key(x)).collect();
    order::select_u64(&mut keys, n / 2);
    let mid = order::key_f64(keys[n / 2]);
    if n % 2 == 1 {
        return Some(mid);
    }
    // Even: the other middle value is the largest of the lower half.
    let lower = keys[..n / 2].iter().max().map_or(mid, |&k| order::key_f64(k));
    Some((lower + mid) / 2.0)
}

// proptest is a host-only dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::median;
    use proptest::prelude::*;

    proptest! {
        /// Against the middle of a sorted copy (the oracle), with repeated wages and without.
        #[test]
        fn is_the_middle_of_the_sorted_list(
            values in prop_oneof![
                proptest::collection::vec((0u8..5).prop_map(|x| 3000.0 + f64::from(x) * 500.0), 0..100),
                proptest::collection::vec(-1e6f64..1e6, 0..300),
            ],
        ) {
            let mut sorted = values.clone();
            sorted.sort_by(f64::total_cmp);
            let n = sorted.len();
            let want = match n {
                0 => None,
                _ if n % 2 == 1 => Some(sorted[n / 2]),
                _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
            };
            prop_assert_eq!(median(&values), want);
        }
    }
}
