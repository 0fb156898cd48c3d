//! A fast, non-cryptographic hasher for the engine's internal maps (interning texts,
//! resolving names). The keys come from feeds, but an adversarial feed can at worst slow
//! its own index build; SipHash's DoS resistance buys nothing in a single-user browser tab.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hash, Hasher};

/// Multiply-rotate hashing in the style of rustc's FxHasher.
#[derive(Clone, Copy, Default)]
pub struct FastHasher(u64);

const K: u64 = 0xf135_7aea_2e62_a9c5;

impl FastHasher {
    #[inline]
    fn mix(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(26) ^ word).wrapping_mul(K);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.mix(u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            self.mix(u64::from_le_bytes(buf) ^ ((rest.len() as u64) << 56));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.mix(i as u64);
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.mix(i as u64);
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.mix(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.mix(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;
pub type FastSet<K> = HashSet<K, BuildHasherDefault<FastHasher>>;

/// A map from a number to a `u32`: a memo keyed by a shared text's address (equal texts are
/// mostly one allocation), a character's id, an index into a list of values. Every such map
/// uses this one type: each key/value shape of a hash map puts its own copy of the hash
/// table's code into the wasm (about 1.2 KB raw).
pub type NumMap = FastMap<usize, u32>;

/// The position in `list` of `key`'s value, found through `slots` (a map to positions, so
/// that values of any type share the map shapes above); on a key's first use, `make` gives
/// its value, pushed at the end of `list`.
pub fn slot<K: Hash + Eq, T>(
    slots: &mut FastMap<K, u32>,
    key: K,
    list: &mut Vec<T>,
    make: impl FnOnce() -> T,
) -> usize {
    *slots.entry(key).or_insert_with(|| {
        list.push(make());
        list.len() as u32 - 1
    }) as usize
}

/// What a memo of positions holds for a key looked up and found to have none (a reference
/// that names no skill, a city outside the gazetteer): `u32::MAX`, so the memo keeps the
/// plain `u32` value of the map shapes above rather than an `Option` shape of its own.
pub const NO_POSITION: u32 = u32::MAX;

/// A memo's position read back: `None` for [`NO_POSITION`].
pub fn position(memo: u32) -> Option<u32> {
    (memo != NO_POSITION).then_some(memo)
}
