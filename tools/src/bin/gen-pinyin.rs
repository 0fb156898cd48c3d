//! gen-pinyin: writes `data/pinyin.bin`, the toneless pinyin table that
//! `src/engine/text/pinyin.rs` embeds with `include_bytes!`.
//!
//! Characters: the 8,105 of the 通用规范汉字表 (2013; `tools/data/tghz2013.txt`, names,
//! places and brands use many that GB2312 lacks: 喆, 祎, 堃, 𬭬), the 6,763 hanzi of GB2312
//! (every two-byte code 0xB0A1..=0xF7FE, decoded as GBK, empty cells skipped), and every
//! CJK hanzi that occurs in `data/default-feed.json`, when that file exists.
//!
//! Readings, tones dropped, `ü` written `v`, `ê` written `e`: those that one of the two
//! standard modern dictionaries gives — the 通用规范汉字字典 (2013, the same file) or the
//! 现代汉语词典 (`tools/data/xhc1983.txt`; it has 钭 tou, the surname, which the other
//! lacks) — so the readings only historical dictionaries list, which the `pinyin` crate
//! also has (大 tai, 朱 shu, 娃 gui), do not make searches find what no reader would expect;
//! for characters in neither dictionary, every heteronym of the `pinyin` crate. Order: the
//! crate's (usually most common first; the dictionaries' own is alphabetical), readings the
//! crate lacks after, except for the characters in `PRIMARY_OVERRIDES`.
//!
//! Usage: `cargo run -p skillmatch-tools --release --bin gen-pinyin [-- --feed PATH --out PATH]`
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

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::Instant;

use pinyin::{Pinyin, ToPinyinMulti};

const MAGIC: &[u8; 4] = b"PYT2";
/// Characters per step of the entry directory.
const DIR_STEP: usize = 32;
const GB2312_HANZI: usize = 6763;
const TGHZ_HANZI: usize = 8105;
/// The bitmap covers this block (CJK Unified Ideographs); characters outside it are listed.
const DENSE: std::ops::RangeInclusive<u32> = 0x4E00..=0x9FFF;

/// Characters whose most common modern reading is not the crate's first.
/// The reading must be one the crate gives; it is moved to the front (and kept even
/// where the dictionary lacks it).
const PRIMARY_OVERRIDES: &[(char, &str)] = &[
    ('长', "chang"),  // 长期, 长度 (crate: zhang first)
    ('似', "si"),     // 相似, 似乎 (crate: shi, as in 似的)
    ('仔', "zi"),     // 仔细 (crate: zai)
    ('佛', "fo"),     // 佛教 (crate: fu, as in 仿佛)
    ('卜', "bu"),     // 占卜 (crate: bo, as in 萝卜)
    ('泊', "bo"),     // 停泊, 泊位 (crate: po, as in 湖泊)
    ('粘', "nian"),   // 粘贴 (crate: zhan)
    ('幢', "zhuang"), // 一幢楼 (crate: chuang)
    ('曝', "bao"),    // 曝光 (crate: pu)
    ('潦', "liao"),   // 潦草 (crate: lao)
    ('肋', "lei"),    // 肋骨 (crate: le)
    ('勒', "le"),     // 勒索 (crate: lei)
    ('掺', "chan"),   // 掺杂 (crate: can)
    ('嚼', "jiao"),   // 嚼 (crate: jue)
    ('琢', "zhuo"),   // 雕琢 (crate: zuo)
    ('椎', "zhui"),   // 脊椎 (crate: chui)
    ('辗', "zhan"),   // 辗转 (crate: nian)
    ('茄', "qie"),    // 茄子 (crate: jia)
    ('傀', "kui"),    // 傀儡 (crate: gui)
    ('炔', "que"),    // 乙炔 (crate: gui)
    ('藉', "jie"),    // 慰藉 (crate: ji)
    ('貉', "he"),     // 一丘之貉 (crate: hao)
    ('柞', "zuo"),    // 柞树 (crate: zha)
    ('靓', "liang"),  // 靓丽 (crate: jing)
    ('晟', "sheng"),  // 晟 (crate: cheng)
];

fn main() {
    let started = Instant::now();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut feed = root.join("data/default-feed.json");
    let mut out = root.join("data/pinyin.bin");
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--feed" => feed = PathBuf::from(args.next().expect("--feed needs a path")),
            "--out" => out = PathBuf::from(args.next().expect("--out needs a path")),
            _ => panic!("unknown argument {a:?} (expected --feed PATH / --out PATH)"),
        }
    }

    let gb = gb2312_hanzi();
    assert_eq!(gb.len(), GB2312_HANZI, "GB2312 hanzi count");
    let tghz = dictionary_readings(&root.join("tools/data/tghz2013.txt"));
    assert_eq!(tghz.len(), TGHZ_HANZI, "通用规范汉字表 character count");
    let xhc = dictionary_readings(&root.join("tools/data/xhc1983.txt"));
    let mut chars: BTreeSet<char> = gb.iter().copied().collect();
    let beyond_gb = tghz.keys().filter(|c| !chars.contains(c)).count();
    chars.extend(tghz.keys().copied());
    let feed_chars = feed_hanzi(&feed);
    let extra: Vec<char> = feed_chars.iter().copied().filter(|c| !chars.contains(c)).collect();
    chars.extend(extra.iter().copied());

    // Readings per character, in code point order.
    let mut table: Vec<(char, Vec<String>)> = Vec::with_capacity(chars.len());
    let mut unreadable = Vec::new();
    let (mut dropped, mut added) = (0usize, 0usize);
    for &c in &chars {
        let crate_readings = toneless_readings(c);
        let standard: Vec<String> = tghz.get(&c).into_iter().chain(xhc.get(&c)).flatten().cloned().collect();
        let rs = match standard.is_empty() {
            // The dictionaries' readings, in the crate's order where it has them.
            false => {
                let mut rs: Vec<String> = crate_readings.iter().filter(|r| standard.contains(r)).cloned().collect();
                dropped += crate_readings.len() - rs.len();
                for r in standard {
                    if !rs.contains(&r) {
                        rs.push(r);
                        added += 1;
                    }
                }
                rs
            }
            true => crate_readings,
        };
        if rs.is_empty() {
            assert!(!gb.contains(&c), "GB2312 char {c} (U+{:04X}) has no reading", c as u32);
            unreadable.push(c);
            continue;
        }
        table.push((c, rs));
    }
    for &(c, primary) in PRIMARY_OVERRIDES {
        let (_, rs) =
            table.iter_mut().find(|(t, _)| *t == c).unwrap_or_else(|| panic!("override char {c} not in table"));
        // An override may bring back a reading of the crate's that the dictionary lacks
        // (晟 sheng, as names and brands read it).
        match rs.iter().position(|r| r == primary) {
            Some(at) => {
                let r = rs.remove(at);
                rs.insert(0, r);
            }
            None => {
                assert!(
                    toneless_readings(c).iter().any(|r| r == primary),
                    "override {c} → {primary}: not among {rs:?}"
                );
                rs.insert(0, primary.to_string());
            }
        }
    }
    sanity_checks(&table);

    let bytes = encode(&table);
    let previous = std::fs::read(&out).ok();
    if previous.as_deref() != Some(&bytes[..]) {
        std::fs::write(&out, &bytes).unwrap_or_else(|e| panic!("writing {}: {e}", out.display()));
    }

    let syllables: BTreeSet<&str> = table.iter().flat_map(|(_, rs)| rs.iter().map(|s| s.as_str())).collect();
    let entries: usize = table.iter().map(|(_, rs)| rs.len()).sum();
    let poly = table.iter().filter(|(_, rs)| rs.len() > 1).count();
    println!(
        "feed: {} ({} hanzi, {} beyond GB2312{})",
        if feed.exists() { feed.display().to_string() } else { format!("{} (absent)", feed.display()) },
        feed_chars.len(),
        extra.len(),
        if unreadable.is_empty() {
            String::new()
        } else {
            format!(", {} without reading skipped: {}", unreadable.len(), unreadable.iter().collect::<String>())
        }
    );
    println!(
        "chars: {} ({} of the 通用规范汉字表 beyond GB2312, {} outside the bitmap; {} polyphonic), \
         readings: {} ({} of the crate's in neither dictionary dropped, {} added from them), \
         distinct syllables: {}",
        table.len(),
        beyond_gb,
        table.iter().filter(|(c, _)| !DENSE.contains(&(*c as u32))).count(),
        poly,
        entries,
        dropped,
        added,
        syllables.len()
    );
    println!(
        "wrote {}: {} bytes{} in {:.2?}",
        out.display(),
        bytes.len(),
        if previous.as_deref() == Some(&bytes[..]) { " (unchanged)" } else { "" },
        started.elapsed()
    );
}

/// The hanzi of GB2312 (rows 16..=87), in GB2312 order.
fn gb2312_hanzi() -> Vec<char> {
    let mut v = Vec::new();
    for hi in 0xB0u8..=0xF7 {
        for lo in 0xA1u8..=0xFE {
            let bytes = [hi, lo];
            let (s, _, had_errors) = encoding_rs::GBK.decode(&bytes);
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) if !had_errors && is_cjk(c) => v.push(c),
                _ => {} // empty cell (decodes to U+FFFD or a private-use code point)
            }
        }
    }
    v
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x4E00..=0x9FFF | 0x3400..=0x4DBF)
}

/// A dictionary's characters with their readings (toneless, file order, duplicates
/// removed), from a file in pinyin-data's format.
fn dictionary_readings(path: &Path) -> BTreeMap<char, Vec<String>> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    let mut map = BTreeMap::new();
    for line in text.lines().map(|l| l.split('#').next().unwrap_or("").trim()).filter(|l| !l.is_empty()) {
        let (cp, readings) = line.split_once(':').unwrap_or_else(|| panic!("bad line {line:?}"));
        let cp = u32::from_str_radix(cp.trim().trim_start_matches("U+"), 16).expect("code point");
        let c = char::from_u32(cp).expect("a character");
        let mut rs: Vec<String> = Vec::new();
        for r in readings.split(',').map(|r| normalize(r.trim())) {
            assert!(!r.is_empty() && r.bytes().all(|b| b.is_ascii_lowercase()), "{c}: reading {r:?} is not a–z");
            if !rs.contains(&r) {
                rs.push(r);
            }
        }
        assert!(map.insert(c, rs).is_none(), "{c} listed twice");
    }
    map
}

/// Every hanzi in the feed's strings (keys and values). A feed that does not
/// parse (e.g. being rewritten right now) is scanned as plain text.
fn feed_hanzi(path: &Path) -> BTreeSet<char> {
    let mut set = BTreeSet::new();
    let Ok(text) = std::fs::read_to_string(path) else {
        return set;
    };
    fn walk(v: &serde_json::Value, set: &mut BTreeSet<char>) {
        use serde_json::Value::*;
        match v {
            String(s) => set.extend(s.chars().filter(|&c| is_cjk(c))),
            Array(a) => a.iter().for_each(|x| walk(x, set)),
            Object(o) => o.iter().for_each(|(k, x)| {
                set.extend(k.chars().filter(|&c| is_cjk(c)));
                walk(x, set)
            }),
            _ => {}
        }
    }
    match serde_json::from_str::<serde_json::Value>(&text) {
        Ok(v) => walk(&v, &mut set),
        Err(e) => {
            eprintln!("warning: {} does not parse ({e}); scanning it as text", path.display());
            set.extend(text.chars().filter(|&c| is_cjk(c)));
        }
    }
    set
}

/// All toneless readings of `c`, crate order, duplicates removed.
fn toneless_readings(c: char) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let Some(multi) = c.to_pinyin_multi() else {
        return out;
    };
    for p in multi.into_iter() {
        let r = normalize(Pinyin::plain(p));
        assert!(
            !r.is_empty() && r.bytes().all(|b| b.is_ascii_lowercase()),
            "{c} (U+{:04X}): reading {:?} → {r:?} is not a–z",
            c as u32,
            Pinyin::plain(p)
        );
        if !out.contains(&r) {
            out.push(r);
        }
    }
    out
}

/// The crate's `plain` style still has `ü` and `ê`, and may keep combining
/// tone marks on m/n/ê; the dictionary file has every tone mark. Map to plain a–z.
fn normalize(plain: &str) -> String {
    plain
        .chars()
        .filter_map(|ch| match ch {
            'ü' | 'ǖ' | 'ǘ' | 'ǚ' | 'ǜ' => Some('v'),
            'ê' | 'ế' | 'ề' => Some('e'),
            'ā' | 'á' | 'ǎ' | 'à' => Some('a'),
            'ē' | 'é' | 'ě' | 'è' => Some('e'),
            'ī' | 'í' | 'ǐ' | 'ì' => Some('i'),
            'ō' | 'ó' | 'ǒ' | 'ò' => Some('o'),
            'ū' | 'ú' | 'ǔ' | 'ù' => Some('u'),
            'ḿ' => Some('m'),
            'ń' | 'ň' | 'ǹ' => Some('n'),
            '\u{0300}'..='\u{036F}' => None,
            c => Some(c.to_ascii_lowercase()),
        })
        .collect()
}

fn sanity_checks(table: &[(char, Vec<String>)]) {
    let get = |c: char| -> &[String] { table.iter().find(|(t, _)| *t == c).map(|(_, r)| &r[..]).unwrap_or(&[]) };
    let expect = |c: char, want: &[&str]| {
        let got = get(c);
        assert!(got.len() >= want.len(), "{c}: {got:?}, want at least {want:?}");
        // First expected is the primary, the rest must be present.
        assert_eq!(got[0], want[0], "{c}: primary of {got:?}");
        for w in want {
            assert!(got.iter().any(|g| g == w), "{c}: {got:?} lacks {w}");
        }
    };
    expect('重', &["zhong", "chong"]);
    expect('行', &["xing", "hang"]);
    expect('长', &["chang", "zhang"]);
    expect('银', &["yin"]);
    expect('庆', &["qing"]);
    expect('沙', &["sha"]);
    expect('建', &["jian"]);
    expect('筑', &["zhu"]);
    expect('绿', &["lv", "lu"]);
    expect('女', &["nv"]);
    expect('略', &["lve"]);
    expect('虐', &["nve"]);
    expect('乐', &["le", "yue"]);
    expect('还', &["hai", "huan"]);
    expect('喆', &["zhe"]);
    expect('祎', &["yi"]);
    expect('𬭬', &["hui"]);
    expect('嗯', &["n", "ng"]);
    expect('钭', &["tou", "dou"]);
    // Dictionary-only readings are gone.
    for (c, rare) in [('大', "tai"), ('朱', "shu"), ('许', "hu"), ('体', "ben"), ('娃', "gui")] {
        assert!(!get(c).iter().any(|r| r == rare), "{c} still reads {rare}");
    }
}

/// Syllable ids: grouped by length, alphabetical inside a group.
fn syllable_order(table: &[(char, Vec<String>)]) -> Vec<String> {
    let set: BTreeSet<(usize, &str)> =
        table.iter().flat_map(|(_, rs)| rs.iter().map(|s| (s.len(), s.as_str()))).collect();
    set.into_iter().map(|(_, s)| s.to_string()).collect()
}

fn push_u16(out: &mut Vec<u8>, v: usize) {
    out.extend_from_slice(&u16::try_from(v).expect("value fits u16").to_le_bytes());
}

fn encode(table: &[(char, Vec<String>)]) -> Vec<u8> {
    let syllables = syllable_order(table);
    let ids: BTreeMap<&str, usize> = syllables.iter().enumerate().map(|(i, s)| (s.as_str(), i)).collect();
    let max_len = syllables.iter().map(|s| s.len()).max().unwrap_or(1);
    let id_bits = (usize::BITS - (syllables.len().max(2) - 1).leading_zeros()) as usize;
    let width = id_bits + 1;
    assert!(width <= 16, "entry width {width} > 16");

    // Characters in the bitmap come first (code point order), then the listed ones: the
    // character numbering, and so the entry order, follows.
    let (dense, listed): (Vec<_>, Vec<_>) = table.iter().partition(|(c, _)| DENSE.contains(&(*c as u32)));
    let table: Vec<&(char, Vec<String>)> = dense.iter().chain(&listed).copied().collect();
    let first = dense.first().expect("no character in the bitmap").0 as u32;
    let last = dense.last().unwrap().0 as u32;
    let base = first & !0xFF;
    let nblocks = ((last - base) >> 8) as usize + 1;
    let entries: usize = table.iter().map(|(_, rs)| rs.len()).sum();

    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    push_u16(&mut out, syllables.len());
    out.push(u8::try_from(max_len).unwrap());
    out.push(u8::try_from(id_bits).unwrap());
    out.extend_from_slice(&base.to_le_bytes());
    push_u16(&mut out, nblocks);
    push_u16(&mut out, table.len());
    push_u16(&mut out, entries);
    out.push(DIR_STEP as u8);
    out.push(0);
    push_u16(&mut out, listed.len());
    for l in 1..=max_len {
        push_u16(&mut out, syllables.iter().filter(|s| s.len() == l).count());
    }
    for s in &syllables {
        out.extend_from_slice(s.as_bytes());
    }

    // Bitmap and block ranks.
    let mut bitmap = vec![0u8; nblocks * 32];
    for (c, _) in &dense {
        let off = (*c as u32 - base) as usize;
        bitmap[off / 8] |= 1 << (off % 8);
    }
    out.extend_from_slice(&bitmap);
    let mut rank = 0usize;
    for b in 0..nblocks {
        push_u16(&mut out, rank);
        rank += bitmap[b * 32..(b + 1) * 32].iter().map(|x| x.count_ones() as usize).sum::<usize>();
    }
    assert_eq!(rank, dense.len());
    for (c, _) in &listed {
        out.extend_from_slice(&(*c as u32).to_le_bytes());
    }

    // Entry directory.
    let mut entry = 0usize;
    for (j, (_, rs)) in table.iter().enumerate() {
        if j % DIR_STEP == 0 {
            push_u16(&mut out, entry);
        }
        entry += rs.len();
    }

    // Entry bit stream.
    let mut bits = BitWriter::default();
    for (_, rs) in &table {
        for (k, r) in rs.iter().enumerate() {
            let more = usize::from(k + 1 < rs.len());
            bits.push((ids[r.as_str()] << 1 | more) as u32, width);
        }
    }
    let stream = bits.finish();
    assert_eq!(stream.len(), (entries * width).div_ceil(8));
    out.extend_from_slice(&stream);
    out.extend_from_slice(&[0, 0, 0]);
    out
}

#[derive(Default)]
struct BitWriter {
    bytes: Vec<u8>,
    acc: u64,
    n: usize,
}

impl BitWriter {
    fn push(&mut self, v: u32, width: usize) {
        debug_assert!(u64::from(v) < 1 << width);
        self.acc |= u64::from(v) << self.n;
        self.n += width;
        while self.n >= 8 {
            self.bytes.push(self.acc as u8);
            self.acc >>= 8;
            self.n -= 8;
        }
    }

    fn finish(mut self) -> Vec<u8> {
        if self.n > 0 {
            self.bytes.push(self.acc as u8);
        }
        self.bytes
    }
}
