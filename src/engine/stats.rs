//! The median, the one summary of wages the engine shows (course uplift, the work map): the
//! middle value, or the mean of the two middle values of an even count. A median, not a
//! mean, so one outlying posting (a foreman's wage among labourers') does not move it.

/// The median of `values`, which it reorders; `None` when empty. Found by selection, in
/// linear time: the work map takes a median per city on every filter change, over up to
/// every job's wage.
pub fn median(values: &mut [f64]) -> Option<f64> {
    let n = values.len();
    if n == 0 {
        return None;
    }
    let (below, mid, _) = values.select_nth_unstable_by(n / 2, f64::total_cmp);
    let mid = *mid;
    if n % 2 == 1 {
        return Some(mid);
    }
    // Even: the other middle value is the largest of the lower half.
    let lower = below.iter().copied().max_by(f64::total_cmp).unwrap_or(mid);
    Some((lower + mid) / 2.0)
}
