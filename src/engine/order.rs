//! The engine's sorting and selection, each written once for the whole binary.
//!
//! Why not `slice::sort_by` and `select_nth_unstable_by`: every call with its own element type
//! or closure is a separate copy of the standard library's routine (quicksort, small-sort
//! networks, merges, median of medians: 2–4 KB of wasm each, ~70 KB for the copies the app
//! had). Here the work is done on positions through one comparison callback, or on plain
//! `u32` keys, so each routine exists once; a call site adds only the few lines that move its
//! items into place.
//! - [`sort_by`] / [`sort_by_key`]: stable, for short and medium lists of any item;
//! - [`sorted_positions`]: the same merge sort, for the load-time sort of every job by id
//!   (it needs positions, not moved items), where a merge sort also makes fewer of the
//!   expensive text comparisons than a quicksort;
//! - [`select_positions`]: the k smallest, in linear expected time (a page of a long ranked
//!   list, a median);
//! - [`sort_u32`]: a radix sort, for load-time sorts over every job with an integer key
//!   (an `f32` through [`f32_key`]): linear and with no comparisons at all.

use std::cmp::Ordering;

/// Sorts `items` by `cmp`, keeping equal items in their order (like `slice::sort_by`).
pub fn sort_by<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let order = sorted_positions(items.len(), &|a, b| cmp(&items[a], &items[b]));
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

/// The positions `0..n` in sorted order, equal items in their order: a bottom-up merge sort
/// over runs put in order by insertion. Not generic, so it exists once in the binary.
pub fn sorted_positions(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<u32> {
    const RUN: usize = 8;
    let mut a: Vec<u32> = (0..n as u32).collect();
    for start in (0..n).step_by(RUN) {
        insertion_sort(&mut a[start..(start + RUN).min(n)], cmp);
    }
    let mut b = vec![0u32; n];
    let mut width = RUN;
    while width < n {
        for lo in (0..n).step_by(2 * width) {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            // Runs already in order are copied on one compare: input that is sorted or
            // nearly so (job ids usually are) costs about n compares, not n log n, which
            // matters when each compare is a cache miss.
            if mid == hi || cmp(a[mid] as usize, a[mid - 1] as usize) != Ordering::Less {
                b[lo..hi].copy_from_slice(&a[lo..hi]);
                continue;
            }
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

/// Stable insertion sort of positions: the merge sort's runs and a selection's last few.
fn insertion_sort(a: &mut [u32], cmp: &dyn Fn(usize, usize) -> Ordering) {
    for i in 1..a.len() {
        let mut j = i;
        while j > 0 && cmp(a[j - 1] as usize, a[j] as usize) == Ordering::Greater {
            a.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// The positions `0..n` arranged so that the first `k` are the `k` smallest items (in no
/// particular order) and, when `k < n`, position `k` holds the item of rank `k`. A quickselect
/// with a median-of-three pivot and a three-way partition (runs of equal wages or scores end
/// a round at once). Its work is bounded whatever the input: past a few times `n` compares it
/// sorts what is left instead, so a feed built against the pivot rule cannot make it
/// quadratic. Not generic, so it exists once in the binary.
pub fn select_positions(n: usize, k: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<u32> {
    // Expected work is about 3n compares; 8n + 64 is far past any ordinary input.
    select_within(n, k, cmp, 8 * n + 64)
}

/// [`select_positions`] with the number of items its partitions may visit before it sorts
/// instead (a parameter so that the tests reach the fallback).
fn select_within(n: usize, k: usize, cmp: &dyn Fn(usize, usize) -> Ordering, mut budget: usize) -> Vec<u32> {
    let mut a: Vec<u32> = (0..n as u32).collect();
    let (mut lo, mut hi) = (0, n);
    while k < hi && hi - lo > 16 {
        if budget < hi - lo {
            let rest = &mut a[lo..hi];
            let order = sorted_positions(rest.len(), &|i, j| cmp(rest[i] as usize, rest[j] as usize));
            let sorted: Vec<u32> = order.iter().map(|&i| rest[i as usize]).collect();
            rest.copy_from_slice(&sorted);
            return a;
        }
        budget -= hi - lo;
        let mid = lo + (hi - lo) / 2;
        let less = |x: usize, y: usize| cmp(a[x] as usize, a[y] as usize) == Ordering::Less;
        // The median of the first, middle and last items becomes the pivot.
        let m = match (less(lo, mid), less(mid, hi - 1), less(lo, hi - 1)) {
            (true, true, _) | (false, false, _) => mid,
            (true, false, true) | (false, true, false) => hi - 1,
            _ => lo,
        };
        let pivot = a[m] as usize;
        // a[lo..lt] < pivot, a[lt..i] == pivot, a[gt..hi] > pivot.
        let (mut lt, mut i, mut gt) = (lo, lo, hi);
        while i < gt {
            match cmp(a[i] as usize, pivot) {
                Ordering::Less => {
                    a.swap(lt, i);
                    lt += 1;
                    i += 1;
                }
                Ordering::Greater => {
                    gt -= 1;
                    a.swap(i, gt);
                }
                Ordering::Equal => i += 1,
            }
        }
        if k < lt {
            hi = lt;
        } else if k >= gt {
            lo = gt;
        } else {
            return a;
        }
    }
    if lo < hi {
        insertion_sort(&mut a[lo..hi], cmp);
    }
    a
}

/// Reorders `keys` so that `keys[k]` is the key of rank `k`, the smaller ones before it and
/// the larger after (`k < keys.len()`). The same quickselect as [`select_positions`] on plain
/// keys, compared inline: a median per city over every job's wage on each filter change
/// should not pay an indirect call per compare.
pub fn select_u64(keys: &mut [u64], k: usize) {
    let (mut lo, mut hi) = (0, keys.len());
    let mut budget = 8 * keys.len() + 64;
    while hi - lo > 16 {
        if budget < hi - lo {
            break;
        }
        budget -= hi - lo;
        let mid = lo + (hi - lo) / 2;
        let (x, y, z) = (keys[lo], keys[mid], keys[hi - 1]);
        let pivot = x.max(y.min(z)).min(y.max(z));
        let (mut lt, mut i, mut gt) = (lo, lo, hi);
        while i < gt {
            let key = keys[i];
            if key < pivot {
                keys.swap(lt, i);
                lt += 1;
                i += 1;
            } else if key > pivot {
                gt -= 1;
                keys.swap(i, gt);
            } else {
                i += 1;
            }
        }
        if k < lt {
            hi = lt;
        } else if k >= gt {
            lo = gt;
        } else {
            return;
        }
    }
    // A short range, or the budget spent (input built against the pivot rule): sort it.
    let rest = &mut keys[lo..hi];
    let order = sorted_positions(rest.len(), &|i, j| rest[i].cmp(&rest[j]));
    let sorted: Vec<u64> = order.iter().map(|&i| rest[i as usize]).collect();
    rest.copy_from_slice(&sorted);
}

/// An `f64` as a `u64` that orders as [`f64::total_cmp`] does (see [`f32_key`]).
pub fn f64_key(x: f64) -> u64 {
    let bits = x.to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | 1 << 63
    }
}

/// The `f64` of an [`f64_key`].
pub fn key_f64(key: u64) -> f64 {
    f64::from_bits(if key >> 63 == 1 { key & !(1 << 63) } else { !key })
}

/// Sorts `keys` ascending: a least-significant-digit radix sort, a byte per pass, skipping
/// the bytes every key shares (wages in a few thousand agree on their top byte). Linear, with
/// one scratch copy; short lists are sorted by insertion instead, where the counting passes
/// would cost more than they save.
pub fn sort_u32(keys: &mut [u32]) {
    let n = keys.len();
    if n <= 32 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && keys[j - 1] > keys[j] {
                keys.swap(j - 1, j);
                j -= 1;
            }
        }
        return;
    }
    let mut counts = [[0usize; 256]; 4];
    for &key in keys.iter() {
        for (byte, count) in counts.iter_mut().enumerate() {
            count[(key >> (8 * byte)) as usize & 0xFF] += 1;
        }
    }
    let mut scratch = vec![0u32; n];
    let mut in_scratch = false;
    for (byte, count) in counts.iter_mut().enumerate() {
        if count.contains(&n) {
            continue;
        }
        // Counts become each byte value's first slot.
        let mut at = 0;
        for c in count.iter_mut() {
            (*c, at) = (at, at + *c);
        }
        let (from, to) = if in_scratch { (&*scratch, &mut *keys) } else { (&*keys, &mut scratch[..]) };
        for &key in from {
            let slot = &mut count[(key >> (8 * byte)) as usize & 0xFF];
            to[*slot] = key;
            *slot += 1;
        }
        in_scratch = !in_scratch;
    }
    if in_scratch {
        keys.copy_from_slice(&scratch);
    }
}

/// An `f32` as a `u32` that sorts as [`f32::total_cmp`] does: negative values have all bits
/// flipped (larger magnitude, smaller key), the others only the sign bit.
pub fn f32_key(x: f32) -> u32 {
    let bits = x.to_bits();
    if bits >> 31 == 1 {
        !bits
    } else {
        bits | 1 << 31
    }
}

/// The `f32` of an [`f32_key`].
pub fn key_f32(key: u32) -> f32 {
    f32::from_bits(if key >> 31 == 1 { key & !(1 << 31) } else { !key })
}

#[cfg(test)]
mod tests {
    use super::{f32_key, f64_key, key_f32, key_f64, select_positions, sort_by, sort_by_key, sort_u32};

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
        assert!(select_positions(0, 0, &|a, b| a.cmp(&b)).is_empty());
        let mut keys: Vec<u32> = vec![];
        sort_u32(&mut keys);
        assert!(keys.is_empty());
    }

    #[test]
    fn float_keys_order_as_total_cmp_and_convert_back() {
        let values = [f32::NEG_INFINITY, -2.5, -0.0, 0.0, 1e-40, 1.0, 4500.0, f32::INFINITY, f32::NAN, -f32::NAN];
        for a in values {
            assert_eq!(key_f32(f32_key(a)).to_bits(), a.to_bits());
            for b in values {
                assert_eq!(f32_key(a).cmp(&f32_key(b)), a.total_cmp(&b), "{a} vs {b}");
                let (a, b) = (f64::from(a), f64::from(b));
                assert_eq!(f64_key(a).cmp(&f64_key(b)), a.total_cmp(&b), "{a} vs {b}");
            }
            assert_eq!(key_f64(f64_key(f64::from(a))).to_bits(), f64::from(a).to_bits());
        }
    }

    // proptest is a host-only dev-dependency.
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::super::{select_u64, select_within};
        use super::*;
        use proptest::prelude::*;

        /// The k smallest per the standard library's selection (the oracle), compared as
        /// sorted lists, and the item of rank k in place.
        fn check_selection(values: &[u8], k: usize, selected: &[u32]) -> Result<(), TestCaseError> {
            let mut std = values.to_vec();
            std.sort_unstable();
            let mut ours: Vec<u8> = selected[..k.min(values.len())].iter().map(|&i| values[i as usize]).collect();
            ours.sort_unstable();
            prop_assert_eq!(&ours[..], &std[..k.min(values.len())]);
            if k < values.len() {
                prop_assert_eq!(values[selected[k] as usize], std[k]);
            }
            let mut all = selected.to_vec();
            all.sort_unstable();
            prop_assert_eq!(all, (0..values.len() as u32).collect::<Vec<_>>(), "a permutation");
            Ok(())
        }

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

            /// Few distinct values (runs of equals) and many, every k, and with no budget at
            /// all (the sorting fallback from the first round).
            #[test]
            fn selects_as_the_standard_selection(
                values in prop_oneof![
                    proptest::collection::vec(0u8..4, 0..200),
                    proptest::collection::vec(any::<u8>(), 0..600),
                ],
                k in 0usize..700,
                no_budget in any::<bool>(),
            ) {
                let k = k.min(values.len());
                let cmp = |a: usize, b: usize| values[a].cmp(&values[b]);
                let selected = if no_budget { select_within(values.len(), k, &cmp, 0) } else { select_positions(values.len(), k, &cmp) };
                check_selection(&values, k, &selected)?;
            }

            /// Against a sorted copy (the oracle): the key of rank k in place, nothing larger
            /// before it, nothing smaller after it, and the same keys.
            #[test]
            fn selects_keys_as_the_sorted_list(
                keys in prop_oneof![
                    proptest::collection::vec(0u64..4, 1..200),
                    proptest::collection::vec(any::<u64>(), 1..600),
                ],
                k in 0usize..600,
            ) {
                let k = k % keys.len();
                let mut ours = keys.clone();
                select_u64(&mut ours, k);
                let mut std = keys;
                std.sort_unstable();
                prop_assert_eq!(ours[k], std[k]);
                prop_assert!(ours[..k].iter().all(|&x| x <= std[k]) && ours[k..].iter().all(|&x| x >= std[k]));
                ours.sort_unstable();
                prop_assert_eq!(ours, std);
            }

            /// Sorted, reversed and organ-pipe input, the usual bad cases for a pivot rule.
            #[test]
            fn selects_from_ordered_input(n in 0usize..2000, k in 0usize..2000, shape in 0u8..3) {
                let k = k.min(n);
                let values: Vec<u8> = (0..n)
                    .map(|i| {
                        (match shape {
                            0 => i,
                            1 => n - i,
                            _ => i.min(n - i),
                        }) as u8
                    })
                    .collect();
                let selected = select_positions(n, k, &|a, b| values[a].cmp(&values[b]));
                check_selection(&values, k, &selected)?;
            }

            /// Against `sort_unstable` (the oracle), with keys spread over all four bytes and
            /// keys that share some of them (the skipped passes).
            #[test]
            fn radix_sort_agrees_with_the_standard_sort(
                keys in prop_oneof![
                    proptest::collection::vec(any::<u32>(), 0..400),
                    proptest::collection::vec((0u32..4).prop_map(|x| 0x4500_0100 | x << 16), 0..400),
                ],
            ) {
                let mut ours = keys.clone();
                let mut std = keys;
                sort_u32(&mut ours);
                std.sort_unstable();
                prop_assert_eq!(ours, std);
            }

            /// Sorting floats through their keys is sorting by `total_cmp`.
            #[test]
            fn float_keys_sort_as_total_cmp(values in proptest::collection::vec(any::<f32>(), 0..200)) {
                let mut keys: Vec<u32> = values.iter().map(|&x| f32_key(x)).collect();
                sort_u32(&mut keys);
                let ours: Vec<u32> = keys.into_iter().map(|k| key_f32(k).to_bits()).collect();
                let mut std = values;
                std.sort_by(f32::total_cmp);
                prop_assert_eq!(ours, std.into_iter().map(f32::to_bits).collect::<Vec<_>>());
            }
        }
    }
}
