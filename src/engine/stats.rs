//! The median, the one summary of wages the engine shows (course uplift, the work map): the
//! middle value, or the mean of the two middle values of an even count. A median, not a
//! mean, so one outlying posting (a foreman's wage among labourers') does not move it.

/// The median of `values`; `None` when empty. Found by selection, in linear time: the work
/// map takes a median per city on every filter change, over up to every job's wage.
pub fn median(values: &[f64]) -> Option<f64> {
    let n = values.len();
    if n == 0 {
        return None;
    }
    // The engine's one selection routine, on positions (the standard one would be another
    // copy in the wasm for `f64`).
    let at = crate::engine::order::select_positions(n, n / 2, &|a, b| values[a].total_cmp(&values[b]));
    let mid = values[at[n / 2] as usize];
    if n % 2 == 1 {
        return Some(mid);
    }
    // Even: the other middle value is the largest of the lower half.
    let lower = at[..n / 2].iter().map(|&i| values[i as usize]).max_by(f64::total_cmp).unwrap_or(mid);
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
