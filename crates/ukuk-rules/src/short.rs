//! The engine's short lists and codes. Sorting short lists: a household's
//! members (at most `input::limits::MAX_MEMBERS`), its kinds of livestock,
//! the rules files; and comparing short codes ([`same`]).
//!
//! The standard library's sorts are built for long slices, and each type
//! they sort compiles to about 3 KB of WebAssembly: four of them were 14 KB
//! of the web app's first load. An insertion sort is a few hundred bytes and,
//! on lists this short, no slower.

use std::cmp::Ordering;

/// Whether two short codes (an income type, an animal, a field name) are the
/// same text. Most codes compared differ in length or first letter, which
/// is tested here without the call to `memcmp` that `==` makes; the lean
/// path compares a household's incomes and animals against the rules' lists
/// so.
#[inline]
pub fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.as_bytes().first() == b.as_bytes().first() && a == b
}

/// Whether `list` holds the code `code` ([`same`]).
#[inline]
pub fn listed(list: &[&str], code: &str) -> bool {
    list.iter().any(|c| same(c, code))
}

/// Sorts `v` by `cmp`, keeping equal items in their order (stable). The
/// time grows with the square of the length: only for the short lists above.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 {
            match (v.get(j - 1), v.get(j)) {
                (Some(a), Some(b)) if cmp(a, b) == Ordering::Greater => v.swap(j - 1, j),
                _ => break,
            }
            j -= 1;
        }
    }
}

/// Sorts `v` by the key `key` gives, keeping equal items in their order.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same order as the standard library's stable sort, on every list
    /// of up to six items drawn from three keys (equal keys test stability).
    #[test]
    fn agrees_with_the_standard_stable_sort() {
        for len in 0..=6u32 {
            for code in 0..3u32.pow(len) {
                let v: Vec<(u32, u32)> = (0..len).map(|i| ((code / 3u32.pow(i)) % 3, i)).collect();
                let mut ours = v.clone();
                sort_by_key(&mut ours, |x| x.0);
                let mut std = v.clone();
                std.sort_by_key(|x| x.0);
                assert_eq!(ours, std, "{v:?}");
            }
        }
    }
}
