//! One stable sort for the engine's short and medium lists.
//!
//! Why not `slice::sort_by`: every call with its own element type or closure is a separate
//! copy of the standard library's sort (quicksort, small-sort networks, merges: 2–4 KB of
//! wasm each, ~48 KB for the twenty copies the app had). Here the sorting itself works on
//! positions through one comparison callback, so there is one copy of it; each call site adds
//! only the few lines that move its items into place. The load-time sorts over every job (ids,
//! wages, index keys) keep the standard library's: there, speed matters more than bytes.

use std::cmp::Ordering;

/// Sorts `items` by `cmp`, keeping equal items in their order (like `slice::sort_by`).
pub fn sort_by<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let order = stable_order(items.len(), &|a, b| cmp(&items[a], &items[b]));
    // `order[k]` is the item that belongs at `k`; `dest[i]` is where item `i` goes. Each swap
    // puts one item in its place, so this is linear.
    let mut dest = vec![0u32; order.len()];
    for (k, &i) in order.iter().enumerate() {
        dest[i as usize] = k as u32;
    }
    for i in 0..items.len() {
        while dest[i] as usize != i {
            let d = dest[i] as usize;
            items.swap(i, d);
            dest.swap(i, d);
        }
    }
}

/// Sorts `items` by a key, stably.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The positions `0..n` in sorted order: a bottom-up merge sort over runs put in order by
/// insertion. Not generic, so it exists once in the binary.
fn stable_order(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<u32> {
    const RUN: usize = 8;
    let mut a: Vec<u32> = (0..n as u32).collect();
    for start in (0..n).step_by(RUN) {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && cmp(a[j - 1] as usize, a[j] as usize) == Ordering::Greater {
                a.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    let mut b = vec![0u32; n];
    let mut width = RUN;
    while width < n {
        for lo in (0..n).step_by(2 * width) {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j) = (lo, mid);
            for slot in &mut b[lo..hi] {
                // From the left run unless the right one's item is strictly smaller: stable.
                let left = i < mid && (j >= hi || cmp(a[j] as usize, a[i] as usize) != Ordering::Less);
                if left {
                    *slot = a[i];
                    i += 1;
                } else {
                    *slot = a[j];
                    j += 1;
                }
            }
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

#[cfg(test)]
mod tests {
    use super::{sort_by, sort_by_key};

    #[test]
    fn sorts_short_lists_and_edge_cases() {
        let mut empty: Vec<u8> = vec![];
        sort_by(&mut empty, u8::cmp);
        assert!(empty.is_empty());
        let mut one = vec![7];
        sort_by(&mut one, i32::cmp);
        assert_eq!(one, [7]);
        let mut words = vec!["电工", "焊工", "保育员", "木工"];
        sort_by_key(&mut words, |w| std::cmp::Reverse(w.len()));
        assert_eq!(words, ["保育员", "电工", "焊工", "木工"], "longest first, ties kept in order");
    }

    // proptest is a host-only dev-dependency.
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::sort_by;
        use proptest::prelude::*;

        proptest! {
            /// Against the standard library's stable sort (the oracle): the same order,
            /// including among equal keys, at every length around the run and merge sizes.
            #[test]
            fn agrees_with_the_standard_stable_sort(keys in proptest::collection::vec(0u8..6, 0..300)) {
                let mut ours: Vec<(u8, usize)> = keys.iter().copied().zip(0..).collect();
                let mut std = ours.clone();
                sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
                std.sort_by_key(|a| a.0);
                prop_assert_eq!(ours, std);
            }
        }
    }
}
