//! The median, the one summary of wages the engine shows (course uplift, the work map): the
//! middle value, or the mean of the two middle values of an even count. A median, not a
//! mean, so one outlying posting (a foreman's wage among labourers') does not move it.

/// The median of `values` (sorted in place); `None` when empty.
pub fn median(values: &mut [f64]) -> Option<f64> {
    values.sort_by(f64::total_cmp);
    median_of_sorted(values, &[])
}

/// The median of the union of two ascending lists, without merging them into a new one: the
/// work map takes each city's wages together with the remote jobs' for every city.
pub fn median_of_sorted(a: &[f64], b: &[f64]) -> Option<f64> {
    let n = a.len() + b.len();
    if n == 0 {
        return None;
    }
    let nth = |k: usize| nth_of_union(a, b, k);
    Some(if n % 2 == 1 { nth(n / 2) } else { (nth(n / 2 - 1) + nth(n / 2)) / 2.0 })
}

/// The `k`-th smallest (from 0) of two ascending lists with `k < a.len() + b.len()`.
fn nth_of_union(a: &[f64], b: &[f64], k: usize) -> f64 {
    let (mut i, mut j) = (0, 0);
    loop {
        let take_a = match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) => x <= y,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => return f64::NAN, // k out of range: callers never ask
        };
        if i + j == k {
            return if take_a { a[i] } else { b[j] };
        }
        if take_a {
            i += 1;
        } else {
            j += 1;
        }
    }
}
