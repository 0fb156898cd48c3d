//! Toneless pinyin readings of hanzi, decoded in place from the embedded
//! table `data/pinyin.bin` (written by `tools/src/bin/gen-pinyin.rs`).
//!
//! The table holds the 8,105 characters of the 通用规范汉字表 and the 6,763 of GB2312.
//! Every character has all of its readings (polyphones: 重 → zhong, chong),
//! most common first; readings are lowercase a–z with `ü` written `v`
//! (绿 → lv). Lookups are allocation-free: a bitmap with block ranks finds a
//! character's index in O(1) (the few outside the CJK Unified Ideographs block by a binary
//! search of a short list), a directory every `K` characters finds its
//! first entry, and syllables are slices of the embedded text. The layout is
//! checked at compile time, so a malformed table fails the build.
//!
//! # Format of `pinyin.bin` (version 2; all integers little-endian)
//!
//! | offset | size            | field                                                       |
//! |--------|-----------------|-------------------------------------------------------------|
//! | 0      | 4               | magic `b"PYT2"`                                             |
//! | 4      | 2               | `S`: number of syllables                                    |
//! | 6      | 1               | `L`: longest syllable, in bytes                             |
//! | 7      | 1               | `B`: bits of a syllable id (entry width `W = B + 1`)        |
//! | 8      | 4               | `BASE`: first code point of the bitmap (multiple of 256)    |
//! | 12     | 2               | `NB`: number of 256-code-point bitmap blocks                |
//! | 14     | 2               | `N`: number of characters                                   |
//! | 16     | 2               | `E`: number of reading entries (sum of readings)            |
//! | 18     | 1               | `K`: characters per entry-directory step                    |
//! | 19     | 1               | reserved, 0                                                 |
//! | 20     | 2               | `M`: number of listed characters (outside the bitmap)       |
//! | 22     | 2·L             | `LEN[l]`, l = 1..=L: number of syllables `l` bytes long     |
//! | ..     | Σ l·LEN[l]      | syllable text, no separators: ids 0..S grouped by length    |
//! |        |                 | (shortest first), alphabetical inside a group               |
//! | ..     | 32·NB           | bitmap: bit `cp - BASE` set ⇔ `cp` is in the table          |
//! |        |                 | (bit i = byte i/8, bit i%8, least significant first)        |
//! | ..     | 2·NB            | `RANK[b]`: set bits in blocks `0..b`                        |
//! | ..     | 4·M             | listed characters, ascending code points: those outside the |
//! |        |                 | CJK Unified Ideographs block (Extension A, B–F), too sparse |
//! |        |                 | for a bitmap                                                |
//! | ..     | 2·⌈N/K⌉         | `DIR[j]`: index of the first entry of character `j·K`       |
//! | ..     | ⌈E·W/8⌉ + 3     | entries, a bit stream (LSB first) of `W`-bit values         |
//! |        |                 | `id << 1 | more`; `more` = 1 when another reading of the     |
//! |        |                 | same character follows. 3 zero bytes of padding at the end  |
//!
//! Character `j` is the `j`-th set bit of the bitmap (code point order), then the
//! `(j - set bits)`-th listed character; its
//! readings are entries from `DIR[j / K]`, skipping the readings of characters
//! `j - j % K .. j`. The primary (most common) reading is the first.

use std::iter::FusedIterator;

static DATA: &[u8] = include_bytes!("../../../data/pinyin.bin");

// ---- layout, computed (and validated) at compile time ----------------------

const fn u16_at(at: usize) -> usize {
    DATA[at] as usize | (DATA[at + 1] as usize) << 8
}

const fn u32_at(at: usize) -> u32 {
    DATA[at] as u32 | (DATA[at + 1] as u32) << 8 | (DATA[at + 2] as u32) << 16 | (DATA[at + 3] as u32) << 24
}

const SYLLABLES: usize = u16_at(4);
const MAX_LEN: usize = DATA[6] as usize;
const ID_BITS: u32 = DATA[7] as u32;
const WIDTH: u32 = ID_BITS + 1;
const BASE: u32 = u32_at(8);
const BLOCKS: usize = u16_at(12);
const CHARS: usize = u16_at(14);
const ENTRIES: usize = u16_at(16);
const STEP: usize = DATA[18] as usize;
/// Characters listed outside the bitmap.
const LISTED: usize = u16_at(20);

const LEN_AT: usize = 22;
const TEXT_AT: usize = LEN_AT + 2 * MAX_LEN;
const TEXT_LEN: usize = {
    let mut total = 0;
    let mut count = 0;
    let mut l = 1;
    while l <= MAX_LEN {
        total += l * u16_at(LEN_AT + 2 * (l - 1));
        count += u16_at(LEN_AT + 2 * (l - 1));
        l += 1;
    }
    assert!(count == SYLLABLES, "pinyin.bin: syllable counts do not add up");
    total
};
const BITMAP_AT: usize = TEXT_AT + TEXT_LEN;
const RANK_AT: usize = BITMAP_AT + 32 * BLOCKS;
const LIST_AT: usize = RANK_AT + 2 * BLOCKS;
const DIR_AT: usize = LIST_AT + 4 * LISTED;
const DIR_LEN: usize = CHARS.div_ceil(if STEP == 0 { 1 } else { STEP });
const STREAM_AT: usize = DIR_AT + 2 * DIR_LEN;
const STREAM_LEN: usize = (ENTRIES * WIDTH as usize).div_ceil(8) + 3;

const _: () = {
    assert!(
        DATA.len() >= 22 && DATA[0] == b'P' && DATA[1] == b'Y' && DATA[2] == b'T' && DATA[3] == b'2',
        "pinyin.bin: bad magic"
    );
    assert!(STREAM_AT + STREAM_LEN == DATA.len(), "pinyin.bin: size does not match its header");
    assert!(ID_BITS >= 1 && WIDTH <= 16 && SYLLABLES <= 1 << ID_BITS, "pinyin.bin: bad id width");
    assert!(STEP.is_power_of_two() && BASE.is_multiple_of(256) && MAX_LEN >= 1, "pinyin.bin: bad header");
    assert!(SYLLABLES <= u16::MAX as usize);
    assert!(LISTED <= CHARS, "pinyin.bin: more listed characters than characters");
    // The listed code points ascend, and none falls inside the bitmap.
    let mut k = 0;
    while k < LISTED {
        let cp = u32_at(LIST_AT + 4 * k);
        assert!(k == 0 || cp > u32_at(LIST_AT + 4 * (k - 1)), "pinyin.bin: listed characters not ascending");
        assert!(cp < BASE || cp >= BASE + 256 * BLOCKS as u32, "pinyin.bin: listed character inside the bitmap");
        assert!(char::from_u32(cp).is_some(), "pinyin.bin: listed code point is not a character");
        k += 1;
    }
    // Syllable text is lowercase ASCII, so any byte range of it is valid UTF-8.
    let mut i = TEXT_AT;
    while i < BITMAP_AT {
        assert!(DATA[i].is_ascii_lowercase(), "pinyin.bin: syllable text is not a-z");
        i += 1;
    }
};

const fn section(at: usize, len: usize) -> &'static [u8] {
    DATA.split_at(at).1.split_at(len).0
}

const TEXT: &[u8] = section(TEXT_AT, TEXT_LEN);
const BITMAP: &[u8] = section(BITMAP_AT, 32 * BLOCKS);
const RANK: &[u8] = section(RANK_AT, 2 * BLOCKS);
const LIST: &[u8] = section(LIST_AT, 4 * LISTED);
const DIR: &[u8] = section(DIR_AT, 2 * DIR_LEN);
/// Characters in the bitmap; listed characters are numbered after them.
const IN_BITMAP: usize = CHARS - LISTED;
const STREAM: &[u8] = section(STREAM_AT, STREAM_LEN);

/// Per syllable length `l` (index `l - 1`): (first id, byte offset in `TEXT`).
const GROUPS: [(u16, u16); 16] = {
    assert!(MAX_LEN <= 16, "pinyin.bin: syllables longer than 16 bytes");
    let mut g = [(0u16, 0u16); 16];
    let (mut id, mut off) = (0usize, 0usize);
    let mut l = 1;
    while l <= MAX_LEN {
        g[l - 1] = (id as u16, off as u16);
        let n = u16_at(LEN_AT + 2 * (l - 1));
        id += n;
        off += n * l;
        l += 1;
    }
    g
};

// ---- runtime helpers (no panics: every access is checked) -------------------

#[inline]
fn le16(bytes: &[u8], i: usize) -> usize {
    match bytes.get(2 * i..2 * i + 2) {
        Some(&[lo, hi]) => lo as usize | (hi as usize) << 8,
        _ => 0,
    }
}

#[inline]
fn le64(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..at + 8) {
        Some(b) => {
            let mut w = [0u8; 8];
            w.copy_from_slice(b);
            u64::from_le_bytes(w)
        }
        None => 0,
    }
}

/// Entry `e` of the bit stream: (syllable id, more readings follow).
#[inline]
fn entry(e: usize) -> (u16, bool) {
    let bit = e * WIDTH as usize;
    let v = match STREAM.get(bit / 8..bit / 8 + 3) {
        Some(&[a, b, c]) => (a as u32 | (b as u32) << 8 | (c as u32) << 16) >> (bit % 8),
        _ => 0,
    } & ((1 << WIDTH) - 1);
    ((v >> 1) as u16, v & 1 == 1)
}

#[inline]
fn le32(bytes: &[u8], i: usize) -> u32 {
    match bytes.get(4 * i..4 * i + 4) {
        Some(&[a, b, c, d]) => u32::from_le_bytes([a, b, c, d]),
        _ => 0,
    }
}

/// Index of `c` among the listed characters (outside the bitmap), if it is there.
fn listed_index(c: char) -> Option<usize> {
    let (mut lo, mut hi) = (0usize, LISTED);
    while lo < hi {
        let mid = (lo + hi) / 2;
        match le32(LIST, mid).cmp(&(c as u32)) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => return Some(IN_BITMAP + mid),
        }
    }
    None
}

/// Index of `c` among the table's characters, if it is there.
#[inline]
fn char_index(c: char) -> Option<usize> {
    let Some(off) = (c as u32).checked_sub(BASE).map(|o| o as usize).filter(|o| o >> 8 < BLOCKS) else {
        // Below the bitmap: only listed hanzi (Extension A) are there, and nothing below
        // them, so ASCII and punctuation stop at one compare.
        return if LISTED > 0 && (c as u32) >= le32(LIST, 0) { listed_index(c) } else { None };
    };
    let block = off >> 8;
    let byte = *BITMAP.get(off >> 3)?;
    if byte >> (off & 7) & 1 == 0 {
        return None;
    }
    let word = off >> 6; // 64-bit word holding the bit
    let mut rank = le16(RANK, block);
    let mut w = block * 4;
    while w < word {
        rank += le64(BITMAP, w * 8).count_ones() as usize;
        w += 1;
    }
    let below = (1u64 << (off & 63)) - 1;
    rank += (le64(BITMAP, word * 8) & below).count_ones() as usize;
    Some(rank)
}

/// First entry of character number `j`.
#[inline]
fn first_entry(j: usize) -> usize {
    let mut e = le16(DIR, j / STEP);
    for _ in 0..j % STEP {
        while entry(e).1 {
            e += 1;
        }
        e += 1;
    }
    e
}

// ---- public API ---------------------------------------------------------------

/// Syllable ids of a character's readings, primary first. Empty for
/// characters without readings.
#[derive(Clone, Debug)]
pub struct ReadingIds {
    next: usize,
    done: bool,
}

impl Iterator for ReadingIds {
    type Item = u16;

    #[inline]
    fn next(&mut self) -> Option<u16> {
        if self.done {
            return None;
        }
        let (id, more) = entry(self.next);
        self.next += 1;
        self.done = !more;
        Some(id)
    }
}

impl FusedIterator for ReadingIds {}

/// A character's readings as text, primary first (see [`readings`]).
#[derive(Clone, Debug)]
pub struct Readings(ReadingIds);

impl Iterator for Readings {
    type Item = &'static str;

    #[inline]
    fn next(&mut self) -> Option<&'static str> {
        self.0.next().map(syllable)
    }
}

impl FusedIterator for Readings {}

/// All toneless readings of `c`, most common first, e.g. 重 → "zhong",
/// "chong". Empty for anything that is not a hanzi in the table.
#[inline]
pub fn readings(c: char) -> Readings {
    Readings(reading_ids(c))
}

/// Like [`readings`], as syllable ids (see [`syllable`]).
#[inline]
pub fn reading_ids(c: char) -> ReadingIds {
    match char_index(c) {
        Some(j) => ReadingIds { next: first_entry(j), done: false },
        None => ReadingIds { next: 0, done: true },
    }
}

/// The most common reading of `c`.
#[inline]
pub fn primary(c: char) -> Option<&'static str> {
    readings(c).next()
}

/// Whether `c` has any reading (i.e. is a hanzi in the table).
#[inline]
pub fn has_readings(c: char) -> bool {
    char_index(c).is_some()
}

/// Number of distinct syllables; ids are `0..syllable_count()`.
#[inline]
pub fn syllable_count() -> usize {
    SYLLABLES
}

/// Length in bytes of the longest syllable (6, e.g. "zhuang").
#[inline]
pub fn max_syllable_len() -> usize {
    MAX_LEN
}

/// The text of syllable `id`; "" when `id >= syllable_count()`. Ids are
/// ordered by length, then alphabetically.
pub fn syllable(id: u16) -> &'static str {
    let mut l = MAX_LEN;
    while l >= 1 {
        let (first, off) = GROUPS[l - 1];
        if id >= first {
            let start = off as usize + (id - first) as usize * l;
            return match TEXT.get(start..start + l) {
                // The text is checked to be ASCII at compile time.
                Some(bytes) => std::str::from_utf8(bytes).unwrap_or(""),
                None => "",
            };
        }
        l -= 1;
    }
    ""
}

/// The id of syllable `s` (exact, lowercase a–z, `ü` as `v`), if any
/// character is read that way.
pub fn syllable_id(s: &str) -> Option<u16> {
    let l = s.len();
    if l == 0 || l > MAX_LEN {
        return None;
    }
    let (first, off) = GROUPS[l - 1];
    let n = group_len(l);
    let group = TEXT.get(off as usize..off as usize + n * l)?;
    let (mut lo, mut hi) = (0usize, n);
    while lo < hi {
        let mid = (lo + hi) / 2;
        match group.get(mid * l..mid * l + l)?.cmp(s.as_bytes()) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => return Some(first + mid as u16),
        }
    }
    None
}

/// Number of syllables `l` bytes long (1..=MAX_LEN).
#[inline]
fn group_len(l: usize) -> usize {
    le16(DATA.get(LEN_AT..TEXT_AT).unwrap_or(&[]), l - 1)
}

/// Number of characters in the table (≥ 8,105 + the GB2312 hanzi outside that list).
#[inline]
pub fn char_count() -> usize {
    CHARS
}

/// [`char_count`] as a constant, for sizing tables at compile time.
pub const CHAR_COUNT: usize = CHARS;

/// Every character in the table: the bitmap's in code point order, then the listed ones.
pub fn chars() -> impl Iterator<Item = char> {
    (0..BLOCKS as u32 * 256)
        .filter(|&off| BITMAP.get(off as usize >> 3).is_some_and(|b| b >> (off & 7) & 1 == 1))
        .filter_map(|off| char::from_u32(BASE + off))
        .chain((0..LISTED).filter_map(|k| char::from_u32(le32(LIST, k))))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(c: char) -> Vec<&'static str> {
        readings(c).collect()
    }

    /// Whether `text` can be read as `spelled` (each char one of its readings).
    fn can_read(text: &str, spelled: &str) -> bool {
        fn go(cs: &[char], rest: &str) -> bool {
            match cs.split_first() {
                None => rest.is_empty(),
                Some((c, tail)) => readings(*c).any(|r| rest.strip_prefix(r).is_some_and(|x| go(tail, x))),
            }
        }
        go(&text.chars().collect::<Vec<_>>(), spelled)
    }

    #[test]
    fn polyphones_have_every_reading() {
        assert!(can_read("重庆", "chongqing"));
        assert!(can_read("重要", "zhongyao"));
        assert!(can_read("银行", "yinhang"));
        assert!(can_read("行业", "xingye"));
        assert!(can_read("长沙", "changsha"));
        assert!(can_read("长大", "zhangda"));
        assert!(can_read("建筑", "jianzhu"));
        assert!(can_read("电工", "diangong"));
        assert!(!can_read("建筑", "jianzhuo"));
        assert_eq!(all('重')[..2], ["zhong", "chong"]);
        assert_eq!(all('行')[..2], ["xing", "hang"]);
        assert_eq!(all('长')[..2], ["chang", "zhang"]);
    }

    #[test]
    fn primary_readings() {
        for (c, r) in [
            ('建', "jian"),
            ('筑', "zhu"),
            ('电', "dian"),
            ('工', "gong"),
            ('银', "yin"),
            ('庆', "qing"),
            ('沙', "sha"),
            ('绿', "lv"),
            ('女', "nv"),
            ('略', "lve"),
            ('的', "de"),
            ('啊', "a"),
            ('齄', "zha"), // last GB2312 hanzi (0xF7FE)
        ] {
            assert_eq!(primary(c), Some(r), "{c}");
        }
        assert_eq!(all('建'), ["jian"]);
        assert!(all('绿').contains(&"lu"));
    }

    #[test]
    fn non_hanzi_yield_nothing() {
        for c in ['a', 'Z', '1', ' ', '，', '。', '\0', '\u{3000}', '\u{4DFF}', '\u{FFFF}', '\u{10FFFF}', '😀', 'é']
        {
            assert!(!has_readings(c), "{c:?}");
            assert_eq!(readings(c).next(), None, "{c:?}");
            assert_eq!(reading_ids(c).next(), None, "{c:?}");
            assert_eq!(primary(c), None);
        }
    }

    #[test]
    fn table_covers_gb2312() {
        assert!(char_count() >= 6763, "{}", char_count());
        assert_eq!(chars().count(), char_count());
        // Samples across GB2312 level 1 (啊..座) and level 2 (亍..齄).
        for c in "啊阿埃爱安八百北不才从大的地东发国和会家京开来美你年朋去人上水天我现新学一中座亍丐乇亻兀丌卣亠冫冖讠卩阝凵刂亟厶蠲齄".chars() {
            assert!(has_readings(c), "{c}");
        }
        for c in chars() {
            assert!(readings(c).next().is_some(), "{c}");
        }
    }

    #[test]
    fn table_covers_the_tongyong_guifan_list() {
        // 8,105 + the 125 GB2312 hanzi the 2013 list does not have.
        assert!(char_count() >= 8230, "{}", char_count());
        // Names, places and brands outside GB2312; Extension A (㑇) and B–F (𬭬, 𫖯) are
        // listed outside the bitmap.
        for (c, r) in [
            ('喆', "zhe"),
            ('祎', "yi"),
            ('堃', "kun"),
            ('玥', "yue"),
            ('赟', "yun"),
            ('昇', "sheng"),
            ('㑇', "zhou"),
            ('𬭬', "hui"),
            ('𫖯', "fu"),
            ('呣', "m"),
        ] {
            assert!(all(c).contains(&r), "{c}: {:?}", all(c));
        }
    }

    #[test]
    fn dictionary_only_readings_are_left_out() {
        // Readings no modern reader expects would make 2-letter initials find noise
        // (带娃 as "dg" through 娃 gui).
        for (c, rare) in [('大', "tai"), ('朱', "shu"), ('许', "hu"), ('体', "ben"), ('娃', "gui")] {
            assert!(!all(c).contains(&rare), "{c}: {:?}", all(c));
        }
        assert_eq!(all('晟')[0], "sheng", "an override keeps the reading names use");
    }

    #[test]
    fn readings_are_lowercase_ascii_and_distinct() {
        let mut total = 0;
        for c in chars() {
            let rs = all(c);
            for (i, r) in rs.iter().enumerate() {
                assert!(!r.is_empty() && r.bytes().all(|b| b.is_ascii_lowercase()), "{c}: {r:?}");
                assert!(!rs[..i].contains(r), "{c}: duplicate {r}");
            }
            let ids: Vec<u16> = reading_ids(c).collect();
            assert_eq!(ids.iter().map(|&i| syllable(i)).collect::<Vec<_>>(), rs);
            total += rs.len();
        }
        assert!(total > char_count());
    }

    #[test]
    fn syllable_table() {
        let n = syllable_count();
        assert!((400..512).contains(&n), "{n}");
        assert_eq!(syllable(n as u16), "");
        assert_eq!(syllable(u16::MAX), "");
        let mut longest = 0;
        for id in 0..n as u16 {
            let s = syllable(id);
            assert!(!s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase()), "{id}: {s:?}");
            assert_eq!(syllable_id(s), Some(id), "{s}");
            longest = longest.max(s.len());
        }
        assert_eq!(longest, max_syllable_len());
        for s in ["zhuang", "lv", "lve", "nv", "a", "er", "chong"] {
            assert_eq!(syllable_id(s).map(syllable), Some(s));
        }
        for s in ["", "lü", "zhuangg", "q", "xx", "Zhong", "abcdefghijklmnopq"] {
            assert_eq!(syllable_id(s), None, "{s:?}");
        }
    }
}
