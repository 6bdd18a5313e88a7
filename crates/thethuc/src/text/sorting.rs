//! Stable sorting through one shared copy of the standard library's sort.
//!
//! Each `sort`, `sort_by_key` or `sort_unstable` call site compiles its own copy of the standard
//! sorts (driftsort or ipnsort with their helpers, 2–5 KB each in the .wasm; some 70 KB in all).
//! These functions sort the indices of the elements, comparing through a `dyn` comparator, so
//! every call site shares one copy; the elements are then moved into that order. Each call is
//! O(n log n) like the standard sorts, and stable: the result is the one `slice::sort_by` gives
//! (and `sort_unstable` too, for elements that are equal only when they are identical).

use std::cmp::Ordering;

/// Sorts `v` stably by `compare`, as `slice::sort_by` does.
pub fn sort_by<T>(v: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = sorted_order(v.len(), &mut |a, b| compare(&v[a], &v[b]));
    permute(v, order);
}

/// Sorts `v` stably by `key`, as `slice::sort_by_key` does.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` stably, as `slice::sort` does.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The indices `0..len` in the stable order `compare` gives them: the one copy of the sort.
fn sorted_order(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Puts `v` in `order` (`v[i]` becomes the old `v[order[i]]`), one cycle of the permutation at a
/// time: each element moves once, in O(n). `order` is used up as the record of the done places.
fn permute<T>(v: &mut [T], mut order: Vec<usize>) {
    for start in 0..v.len() {
        let mut at = start;
        // Follow the cycle through `start`: the element wanted at `at` is swapped in from
        // `order[at]`, which then wants its own. A place done points to itself.
        while order[at] != at {
            let from = std::mem::replace(&mut order[at], at);
            if from == start {
                break;
            }
            v.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pairs whose keys repeat (so stability shows), in orders fixed by a linear congruential
    /// sequence, of every length up to 64 and a few long ones.
    fn samples() -> Vec<Vec<(u8, u32)>> {
        let mut sequence = crate::test_corpus::sequence(42);
        let mut next = || sequence() as u32;
        let mut out = Vec::new();
        for len in (0..=64).chain([1000, 20_000]) {
            for spread in [1, 3, 17, 256] {
                out.push((0..len).map(|i| ((next() % spread) as u8, i)).collect());
            }
        }
        // Already sorted, reversed, and all equal.
        out.push((0..5000).map(|i| ((i / 20) as u8, i)).collect());
        out.push((0..5000).rev().map(|i| ((i / 20) as u8, i)).collect());
        out.push((0..5000).map(|i| (7, i)).collect());
        out
    }

    #[test]
    fn the_order_of_the_standard_stable_sort() {
        for sample in samples() {
            let mut want = sample.clone();
            want.sort_by_key(|p| p.0);
            let mut got = sample.clone();
            sort_by_key(&mut got, |p| p.0);
            assert_eq!(got, want);
            let mut got = sample.clone();
            sort_by(&mut got, |a, b| b.0.cmp(&a.0));
            want.sort_by_key(|p| std::cmp::Reverse(p.0));
            assert_eq!(got, want);
            let mut got = sample.clone();
            sort(&mut got);
            want.sort_unstable();
            assert_eq!(got, want);
        }
    }

    /// Elements that own memory are moved, not copied or dropped twice.
    #[test]
    fn owned_elements_are_moved() {
        let mut v: Vec<String> = ["d", "b", "a", "c", "b"].map(String::from).to_vec();
        sort(&mut v);
        assert_eq!(v, ["a", "b", "b", "c", "d"]);
    }
}
