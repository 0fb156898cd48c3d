//! The search index, built once per catalogue so that a keystroke only scans compact
//! arrays. One query box matches hanzi (建筑), full pinyin (jianzhu), initials (jz), mixed
//! input (建zhu, jianz), English names and aliases, ü typed as v, u or yu (nv, lue, qve,
//! lyu), spaces inside syllables, and one typo in long Latin input.
//!
//! Documents (jobs or courses) are made of fields; identical field texts are stored once
//! and matched once, then fanned out to their documents through postings. Every text is
//! a run of units (one per character) that carry their pinyin readings, so matching walks
//! the query against units without building strings.

use super::normalize::{fold_char, is_separator};
use super::pinyin;
use super::query::{Query, Term};
use crate::engine::hash::{FastMap, NumMap};

/// What part of a document a text is; weighs a match.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Field {
    #[default]
    Title,
    Skill,
    Brand,
    Employer,
    Category,
    Place,
    /// Another name for a title the user sees (a skill's alias in the autocomplete): it
    /// weighs like the title, but initials do not reach it — "dg" suggesting 西式面点师
    /// because its alias 蛋糕师 abbreviates so only puzzles the user, who never sees 蛋糕师.
    Alias,
}

impl Field {
    fn weight(self) -> f32 {
        match self {
            Field::Title | Field::Alias => 1.0,
            Field::Skill | Field::Brand => 0.85,
            Field::Category => 0.75,
            Field::Employer => 0.7,
            Field::Place => 0.6,
        }
    }
}

/// One distinct character of the indexed texts, with what matching needs of it. Texts
/// store 2-byte ids into this table, which stays small (a few thousand entries) and hot.
#[derive(Clone, Copy, Debug)]
struct Char {
    ch: char,
    /// Bit per letter a–z that can start this character: its own letter, or its readings'
    /// initials. Lets most start positions be rejected with one AND.
    starts: u32,
    /// Every letter of the character and its readings.
    letters: u32,
    /// Readings: `start << 8 | count` into `Index::readings`.
    readings: u32,
    /// The start slots (letters and digits) it offers; see [`slot_bits`].
    slots: u64,
}

/// Capacity of the character table. The last [`RESERVED`] ids are kept for characters
/// people type (ASCII and the hanzi with pinyin readings), so those always get an id; other
/// characters past the rest of the table share one id that matches nothing.
const MAX_CHARS: usize = u16::MAX as usize;
const RESERVED: usize = 128 + pinyin::CHAR_COUNT;
const NO_CHAR: char = '\u{FFFF}';

#[derive(Clone, Copy, Debug)]
struct Text {
    start: u32,
    end: u32,
    /// First posting; the next text's is the end (filled in at `finish`).
    post: u32,
    /// Every letter that occurs in the text's characters or readings.
    letters: u32,
    /// A 64-bit Bloom of the hanzi in the text.
    hanzi: u64,
}

/// A posting targets one document, or with [`GROUP_BIT`] a group of documents (a skill's
/// texts are stored once and reach every job that asks for the skill).
#[derive(Clone, Copy, Debug, Default)]
struct Posting {
    target: u32,
    field: Field,
}

const GROUP_BIT: u32 = 1 << 31;

/// A set of documents sharing texts (see [`Builder::group`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Group(u32);

/// A matched document and how well the query matched its text (0–1).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hit {
    pub doc: u32,
    pub relevance: f32,
}

/// Lists of u32 by a dense key, flattened into one array (no per-list allocation or slack).
#[derive(Clone, Debug, Default)]
struct Lists {
    start: Vec<u32>,
    items: Vec<u32>,
}

/// Groups `(key, item)` pairs by key (a counting sort, keeping their order within a key):
/// each key's first position in the items (plus a final end), and the items.
fn group_by_key<T: Copy + Default>(keys: usize, pairs: &[(u32, T)]) -> (Vec<u32>, Vec<T>) {
    let mut start = vec![0u32; keys + 1];
    for &(k, _) in pairs {
        start[k as usize + 1] += 1;
    }
    for k in 0..keys {
        start[k + 1] += start[k];
    }
    let mut fill = start.clone();
    let mut items = vec![T::default(); pairs.len()];
    for &(k, item) in pairs {
        items[fill[k as usize] as usize] = item;
        fill[k as usize] += 1;
    }
    (start, items)
}

impl Lists {
    fn from_pairs(keys: usize, pairs: &[(u32, u32)]) -> Lists {
        let (start, items) = group_by_key(keys, pairs);
        Lists { start, items }
    }

    fn get(&self, key: usize) -> &[u32] {
        match (self.start.get(key), self.start.get(key + 1)) {
            (Some(&a), Some(&b)) => &self.items[a as usize..b as usize],
            _ => &[],
        }
    }

    fn heap_bytes(&self) -> usize {
        (self.start.capacity() + self.items.capacity()) * 4
    }
}

/// Ascending lists of u32 by a dense key, stored as byte-sized gaps (LEB128): the candidate
/// lists hold each text once per character and letter pair it offers, 1.7M entries at
/// 100k jobs, and their gaps are small. Decoding a list costs about a nanosecond an entry.
#[derive(Clone, Debug, Default)]
struct PackedLists {
    start: Vec<u32>,
    bytes: Vec<u8>,
    entries: usize,
}

impl PackedLists {
    fn from_pairs(keys: usize, pairs: &[(u32, u32)]) -> PackedLists {
        let plain = Lists::from_pairs(keys, pairs);
        let mut start = Vec::with_capacity(keys + 1);
        let mut bytes = Vec::with_capacity(plain.items.len() * 2);
        for k in 0..keys {
            start.push(bytes.len() as u32);
            let mut prev = 0u32;
            for &t in plain.get(k) {
                let mut gap = t - prev;
                prev = t;
                while gap >= 0x80 {
                    bytes.push((gap as u8 & 0x7F) | 0x80);
                    gap >>= 7;
                }
                bytes.push(gap as u8);
            }
        }
        start.push(bytes.len() as u32);
        bytes.shrink_to_fit();
        PackedLists { start, bytes, entries: plain.items.len() }
    }

    /// Calls `f` with each item of list `key`, in order.
    #[inline]
    fn for_each(&self, key: usize, mut f: impl FnMut(u32)) {
        let (Some(&a), Some(&b)) = (self.start.get(key), self.start.get(key + 1)) else { return };
        let (mut value, mut shift, mut gap) = (0u32, 0u32, 0u32);
        for &byte in &self.bytes[a as usize..b as usize] {
            gap |= ((byte & 0x7F) as u32) << shift;
            if byte & 0x80 == 0 {
                value += gap;
                f(value);
                (shift, gap) = (0, 0);
            } else {
                shift += 7;
            }
        }
    }

    fn decode_into(&self, key: usize, out: &mut Vec<u32>) {
        out.clear();
        self.for_each(key, |t| out.push(t));
    }

    fn heap_bytes(&self) -> usize {
        self.start.capacity() * 4 + self.bytes.capacity()
    }
}

/// Keys of the candidate lists: texts with a unit that can start with each letter or digit
/// (slot), texts by the start slots of two adjacent units, and texts containing each hanzi.
const SLOTS: usize = 36;
const PAIR_KEYS: usize = SLOTS;
const HANZI_KEYS: usize = SLOTS + SLOTS * SLOTS;
/// Words of a bit set over the pairs of slots.
const PAIR_WORDS: usize = (SLOTS * SLOTS).div_ceil(64);

/// The pair of adjacent start slots `a`, `b` as a number below `SLOTS * SLOTS` (its bit in the
/// builder's set of a text's pairs).
fn pair_bit(a: usize, b: usize) -> usize {
    a * SLOTS + b
}

/// The candidate list of texts with the pair `a`, `b`.
fn pair_key(a: usize, b: usize) -> usize {
    PAIR_KEYS + pair_bit(a, b)
}

#[derive(Clone, Debug, Default)]
pub struct Index {
    chars: Vec<Char>,
    /// Each character's id, by its code point.
    char_ids: NumMap,
    units: Vec<u16>,
    readings: Vec<u16>,
    texts: Vec<Text>,
    postings: Vec<Posting>,
    groups: Lists,
    /// The only texts a term can match: by its first character, or (a Latin term like "dg"
    /// or "diangong") by where its first two syllables can start.
    candidates: PackedLists,
    docs: usize,
    syllables: Vec<&'static str>,
}

/// The start slots a character offers: its own letter or digit, or its readings' initials.
fn slot_bits(ch: char, starts: u32) -> u64 {
    let mut bits = starts as u64;
    if let Some(slot) = start_slot(ch) {
        bits |= 1 << slot;
    }
    bits
}

/// The set bits of `bits`, lowest first.
fn bit_slots(mut bits: u64) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        (bits != 0).then(|| {
            let i = bits.trailing_zeros() as usize;
            bits &= bits - 1;
            i
        })
    })
}

/// Slot of a letter or digit.
fn start_slot(c: char) -> Option<usize> {
    match c {
        'a'..='z' => Some(c as usize - 'a' as usize),
        '0'..='9' => Some(26 + c as usize - '0' as usize),
        _ => None,
    }
}

/// Reusable buffers, so a keystroke allocates nothing in proportion to the corpus.
#[derive(Clone, Debug, Default)]
pub struct Scratch {
    /// Candidate texts of the current term, deduplicated through `seen`; `along` marks
    /// the texts with a term's second and third start letters side by side.
    candidates: Vec<u32>,
    seen: Marks,
    along: Marks,
    term_best: Vec<f32>,
    total: Vec<f32>,
    matched_terms: Vec<u16>,
    touched: Vec<u32>,
    /// Documents the current term reached, one bit each: read back in document order,
    /// so the hits (and the scores ranking them) are walked sequentially.
    term_touched: Vec<u64>,
    /// Per group, the best relevance of its matched texts: a group reaches its documents
    /// once per term however many of its texts (a skill's name, aliases) matched.
    group_best: Vec<f32>,
    group_touched: Vec<u32>,
    pub hits: Vec<Hit>,
}

/// Membership stamps over texts, cleared in O(1) by moving to a fresh epoch.
#[derive(Clone, Debug, Default)]
struct Marks {
    stamp: Vec<u32>,
    epoch: u32,
}

impl Marks {
    fn fresh(&mut self, len: usize) -> u32 {
        if self.stamp.len() < len {
            self.stamp.resize(len, 0);
        }
        self.epoch = self.epoch.wrapping_add(1);
        if self.epoch == 0 {
            self.stamp.iter_mut().for_each(|m| *m = 0);
            self.epoch = 1;
        }
        self.epoch
    }

    /// Marks `t`; true when it was not marked in this epoch yet.
    fn set(&mut self, t: u32, epoch: u32) -> bool {
        let m = &mut self.stamp[t as usize];
        std::mem::replace(m, epoch) != epoch
    }

    fn has(&self, t: u32, epoch: u32) -> bool {
        self.stamp[t as usize] == epoch
    }
}

/// Up to eight cut positions, kept in place.
#[derive(Clone, Copy, Debug, Default)]
struct Cuts {
    k: [u8; 8],
    n: usize,
}

impl Cuts {
    fn push(&mut self, k: usize) {
        if self.n < self.k.len() && !self.k[..self.n].contains(&(k as u8)) {
            self.k[self.n] = k as u8;
            self.n += 1;
        }
    }
    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.k[..self.n].iter().map(|k| *k as usize)
    }
}

/// Below this many exact hits, a second pass tolerates one typo.
const TYPO_FALLBACK: usize = 3;
/// Scales the relevance of hits found only by tolerating a typo, so that every exact or
/// prefix hit ranks above them: an exact hit scores at least
/// (1 − PENALTY_INITIAL) · 0.9 (not at the start) · 0.85 (little of the text) · 0.6 (the
/// lightest field) ≈ 0.404, and a fuzzy one at most 1 · FUZZY_SCALE.
const FUZZY_SCALE: f32 = 0.4;
const _: () = assert!(FUZZY_SCALE < (1.0 - PENALTY_INITIAL) * 0.9 * 0.85 * 0.6);
const PENALTY_SYLLABLE: f32 = 0.04;
const PENALTY_PARTIAL: f32 = 0.08;
const PENALTY_INITIAL: f32 = 0.12;
const PENALTY_TYPO: f32 = 0.35;

fn letter_bit(c: char) -> u32 {
    if c.is_ascii_lowercase() {
        1 << (c as u32 - 'a' as u32)
    } else {
        0
    }
}

fn hanzi_bit(c: char) -> u64 {
    1u64 << ((c as u32).wrapping_mul(2_654_435_761) >> 26)
}

/// Builds an index from documents given as (field, text) lists. Texts are borrowed from
/// the catalogue for the build, so interning them copies nothing.
pub struct Builder<'a> {
    index: Index,
    interned: FastMap<&'a str, u32>,
    /// (text, posting) as added; grouped by text at `finish`.
    posts: Vec<(u32, Posting)>,
    /// Per text, its latest entry in `posts`.
    last_post: Vec<u32>,
    /// (group, document) joins and (candidate key, text) entries, grouped at `finish`.
    joins: Vec<(u32, u32)>,
    group_count: u32,
    keyed: Vec<(u32, u32)>,
    /// The current text's pairs of adjacent start characters, a bit per pair (`a * SLOTS + b`):
    /// read out in order, they come sorted and distinct with no sort.
    pairs: [u64; PAIR_WORDS],
    /// Which words of `pairs` are set, a bit per word.
    pair_words: u64,
    /// The shared id of characters that found no room, once one did.
    no_char: Option<u16>,
}

impl Default for Builder<'_> {
    fn default() -> Self {
        Self::new()
    }
}

impl<'a> Builder<'a> {
    pub fn new() -> Builder<'a> {
        let syllables = (0..pinyin::syllable_count() as u16).map(pinyin::syllable).collect();
        Builder {
            index: Index { syllables, ..Index::default() },
            interned: FastMap::default(),
            posts: Vec::new(),
            last_post: Vec::new(),
            joins: Vec::new(),
            group_count: 0,
            keyed: Vec::new(),
            pairs: [0; PAIR_WORDS],
            pair_words: 0,
            no_char: None,
        }
    }

    /// Adds `text` as `field` of document `doc` (documents are numbered 0.. in order).
    pub fn add(&mut self, doc: u32, field: Field, text: &'a str) {
        self.index.docs = self.index.docs.max(doc as usize + 1);
        self.add_target(doc, field, text);
    }

    /// A new, empty group of documents.
    pub fn group(&mut self) -> Group {
        self.group_count += 1;
        Group(self.group_count - 1)
    }

    /// Adds `text` to every document of `group`, present and future.
    pub fn add_to_group(&mut self, group: Group, field: Field, text: &'a str) {
        self.add_target(group.0 | GROUP_BIT, field, text);
    }

    /// Makes `doc` a member of `group` (once per document and group).
    pub fn join(&mut self, group: Group, doc: u32) {
        self.index.docs = self.index.docs.max(doc as usize + 1);
        self.joins.push((group.0, doc));
    }

    fn add_target(&mut self, target: u32, field: Field, text: &'a str) {
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        let id = match self.interned.get(text) {
            Some(id) => *id,
            None => {
                let id = self.intern(text);
                self.interned.insert(text, id);
                id
            }
        };
        // A target lists a text once, under its heaviest field.
        let last = self.last_post[id as usize] as usize;
        match self.posts.get_mut(last).map(|(_, p)| p).filter(|p| p.target == target) {
            Some(p) if p.field.weight() < field.weight() => p.field = field,
            Some(_) => {}
            None => {
                self.last_post[id as usize] = self.posts.len() as u32;
                self.posts.push((id, Posting { target, field }));
            }
        }
    }

    /// Declares the number of documents (so trailing documents without text still count).
    pub fn docs(&mut self, n: usize) {
        self.index.docs = self.index.docs.max(n);
    }

    /// The id of `c`, registering it (and its readings) on first sight.
    fn char_id(&mut self, c: char) -> u16 {
        if let Some(id) = self.index.char_ids.get(&(c as usize)) {
            return *id as u16;
        }
        let typed = c.is_ascii() || pinyin::has_readings(c);
        let room = if typed { MAX_CHARS - 1 } else { MAX_CHARS - 1 - RESERVED };
        if self.index.chars.len() >= room {
            let id = self.no_char.unwrap_or_else(|| self.register(NO_CHAR));
            self.no_char = Some(id);
            return id;
        }
        self.register(c)
    }

    fn register(&mut self, c: char) -> u16 {
        let idx = &mut self.index;
        let at = idx.readings.len() as u32;
        idx.readings.extend(pinyin::reading_ids(c));
        let n = idx.readings.len() as u32 - at;
        let (mut starts, mut letters) = (letter_bit(c), letter_bit(c));
        for &r in &idx.readings[at as usize..] {
            let s = idx.syllables[r as usize];
            starts |= s.chars().next().map_or(0, letter_bit);
            letters |= s.chars().map(letter_bit).fold(0, |a, b| a | b);
            // The letters ü may be typed with (see `spell`), so the letter filter keeps them.
            if s.contains('v') {
                letters |= letter_bit('u') | letter_bit('y');
            }
            if s.len() > 1 && s.as_bytes()[1] == b'u' && matches!(s.as_bytes()[0], b'j' | b'q' | b'x' | b'y') {
                letters |= letter_bit('v');
            }
        }
        let id = idx.chars.len() as u16;
        idx.chars.push(Char { ch: c, starts, letters, readings: (at << 8) | n, slots: slot_bits(c, starts) });
        idx.char_ids.insert(c as usize, id.into());
        id
    }

    fn intern(&mut self, text: &str) -> u32 {
        let start = self.index.units.len() as u32;
        let id = self.index.texts.len() as u32;
        let (mut letters, mut hanzi) = (0u32, 0u64);
        let (mut starts, mut prev) = (0u64, 0u64);
        for c in text.chars().map(fold_char).filter(|c| !is_separator(*c)) {
            let cid = self.char_id(c);
            let info = self.index.chars[cid as usize];
            letters |= info.letters;
            if info.readings & 0xFF > 0 {
                // Each text once per distinct hanzi. The Bloom bits say "certainly new" for
                // most characters, so only a rare repeat pays for the scan of the text so far.
                let bit = hanzi_bit(info.ch);
                if hanzi & bit == 0 || !self.index.units[start as usize..].contains(&cid) {
                    self.keyed.push(((HANZI_KEYS + cid as usize) as u32, id));
                }
                hanzi |= bit;
            }
            self.index.units.push(cid);
            // Each text once per distinct first character it offers, and once per
            // distinct pair of adjacent start characters.
            starts |= info.slots;
            for a in bit_slots(prev) {
                for b in bit_slots(info.slots) {
                    let bit = pair_bit(a, b);
                    self.pairs[bit / 64] |= 1 << (bit % 64);
                    self.pair_words |= 1 << (bit / 64);
                }
            }
            prev = info.slots;
        }
        self.index.texts.push(Text { start, end: self.index.units.len() as u32, post: 0, letters, hanzi });
        self.last_post.push(u32::MAX);
        // Only the words this text set: most texts touch one or two of them.
        for w in bit_slots(std::mem::take(&mut self.pair_words)) {
            let word = std::mem::take(&mut self.pairs[w]);
            self.keyed.extend(bit_slots(word).map(|bit| ((PAIR_KEYS + w * 64 + bit) as u32, id)));
        }
        self.keyed.extend(bit_slots(starts).map(|slot| (slot as u32, id)));
        id
    }

    pub fn finish(self) -> Index {
        let mut index = self.index;
        // Postings grouped by text, in the order added.
        let (start, postings) = group_by_key(index.texts.len(), &self.posts);
        for (text, at) in index.texts.iter_mut().zip(start) {
            text.post = at;
        }
        index.postings = postings;
        index.groups = Lists::from_pairs(self.group_count as usize, &self.joins);
        index.candidates = PackedLists::from_pairs(HANZI_KEYS + index.chars.len(), &self.keyed);
        index.units.shrink_to_fit();
        index.readings.shrink_to_fit();
        index.texts.shrink_to_fit();
        index.chars.shrink_to_fit();
        index
    }
}

/// The state threaded through matching one term against one text.
struct Matcher<'a> {
    index: &'a Index,
    q: &'a [char],
    units: &'a [u16],
    /// In the typo pass initials are off: a typo among initials is indistinguishable
    /// from another word, so it would only add noise.
    initials: bool,
    /// Steps left for this text: ambiguous segmentations ("aaaa" against 阿阿阿阿, where
    /// each unit can take "a" as a syllable or as an initial) could otherwise explode.
    budget: std::cell::Cell<u32>,
}

/// Matching steps allowed per text before giving up on it.
const STEP_BUDGET: u32 = 4096;

impl Matcher<'_> {
    fn char_at(&self, ui: usize) -> Option<&Char> {
        self.units.get(ui).map(|id| &self.index.chars[*id as usize])
    }

    /// Best (lowest) penalty for matching `q[qi..]` starting at unit `ui`, with `edits`
    /// typos still allowed; also how many units the match covered.
    fn at(&self, qi: usize, ui: usize, edits: u8) -> Option<(f32, usize)> {
        if qi == self.q.len() {
            return Some((0.0, ui));
        }
        let left = self.budget.get();
        if left == 0 {
            return None;
        }
        self.budget.set(left - 1);
        let qc = self.q[qi];
        // Past the text's end nothing is left to match: an extra letter typed at the end is
        // not taken for a typo, as it is the next word being typed.
        let unit = self.char_at(ui)?;
        let mut best: Option<(f32, usize)> = None;
        let consider = |best: &mut Option<(f32, usize)>, r: Option<(f32, usize)>, penalty: f32| {
            if let Some((p, end)) = r {
                let p = p.max(penalty);
                if best.is_none_or(|(b, _)| p < b) {
                    *best = Some((p, end));
                }
            }
        };
        if unit.ch == qc {
            consider(&mut best, self.at(qi + 1, ui + 1, edits), 0.0);
            if best.is_some_and(|(p, _)| p == 0.0) {
                return best;
            }
        }
        if !qc.is_ascii_alphanumeric() && qc != 'ü' {
            return best;
        }
        let (at, n) = ((unit.readings >> 8) as usize, (unit.readings & 0xFF) as usize);
        let rest = &self.q[qi..];
        for &rid in &self.index.readings[at..at + n] {
            let syl = self.index.syllables[rid as usize].as_bytes();
            let first = syl[0] as char;
            let (typed, covered) = spell(rest, syl);
            // The whole syllable.
            if covered == syl.len() {
                consider(&mut best, self.at(qi + typed, ui + 1, edits), PENALTY_SYLLABLE);
            }
            // The query ends inside this syllable ("jianz" → 建筑).
            else if typed == rest.len() && rest.len() > 1 {
                consider(&mut best, Some((0.0, ui + 1)), PENALTY_PARTIAL);
            }
            // The initial alone (jz), or zh/ch/sh.
            if self.initials && qc == first {
                consider(&mut best, self.at(qi + 1, ui + 1, edits), PENALTY_INITIAL);
                if syl.len() > 2 && syl[1] == b'h' && rest.get(1) == Some(&'h') {
                    consider(&mut best, self.at(qi + 2, ui + 1, edits), PENALTY_INITIAL);
                }
            }
            if edits > 0 {
                for typed in typo_spellings(rest, syl) {
                    consider(&mut best, self.at(qi + typed, ui + 1, edits - 1), PENALTY_TYPO);
                }
            }
        }
        // Typos against Latin text (English names): substitute, insert, delete, transpose,
        // never the first letter ("welder" is no typo for "elder") and each followed by at
        // least one letter typed right (see `typo_spellings`).
        if edits > 0 && qi > 0 && unit.ch.is_ascii_alphanumeric() {
            let confirmed = |after: usize| after < self.q.len();
            if confirmed(qi + 1) {
                consider(&mut best, self.at(qi + 1, ui + 1, edits - 1), PENALTY_TYPO);
                consider(&mut best, self.at(qi + 1, ui, edits - 1), PENALTY_TYPO);
            }
            consider(&mut best, self.at(qi, ui + 1, edits - 1), PENALTY_TYPO);
            if confirmed(qi + 2)
                && self.q.get(qi + 1) == Some(&unit.ch)
                && self.char_at(ui + 1).is_some_and(|u| u.ch == qc)
            {
                consider(&mut best, self.at(qi + 2, ui + 2, edits - 1), PENALTY_TYPO);
            }
        }
        best
    }
}

/// How far `q` spells `syl`: (query characters used, syllable letters covered). Besides the
/// letters themselves, the table's ü (written v, after n and l) may be typed `ü`, `yu`
/// (passport spelling: lyu, nyu) or, before e, `u` — lue and nue are no other syllable, while
/// lu and nu are (路, 努); the table's u after j, q, x and y is ü too, so `v` and `ü` spell it
/// (jv, qve, yvn).
fn spell(q: &[char], syl: &[u8]) -> (usize, usize) {
    let (mut i, mut k) = (0, 0);
    while let (Some(&c), Some(&b)) = (q.get(i), syl.get(k)) {
        if c as u32 != b as u32 {
            match (b, c) {
                (b'u', 'v' | 'ü') if k > 0 && matches!(syl[k - 1], b'j' | b'q' | b'x' | b'y') => {}
                (b'v', 'ü') => {}
                (b'v', 'u') if syl.get(k + 1) == Some(&b'e') => {}
                (b'v', 'y') if q.get(i + 1) == Some(&'u') => i += 1,
                _ => break,
            }
        }
        i += 1;
        k += 1;
    }
    (i, k)
}

/// Whether `q` may spell ü otherwise than the table does (see [`spell`]).
fn spells_u_umlaut(q: &[char]) -> bool {
    q.iter().enumerate().any(|(i, &c)| {
        c == 'v'
            || c == 'ü'
            || (matches!(c, 'n' | 'l')
                && matches!((q.get(i + 1), q.get(i + 2)), (Some('u'), Some('e')) | (Some('y'), Some('u'))))
    })
}

/// Length of a syllable's initial (声母): zh, ch, sh; one consonant; none before a vowel.
fn initial_len(syl: &[u8]) -> usize {
    match syl {
        [b'z' | b'c' | b's', b'h', ..] => 2,
        [b'a' | b'e' | b'o', ..] => 0,
        _ => 1,
    }
}

/// Query lengths that spell `syl` with exactly one typo (a substituted, dropped, extra or
/// swapped letter) where a typo can be told from another word:
/// - in the final, never the initial (nor the first letter of a syllable without one): zi
///   for zhi, su for shu are other syllables, or the regional z/zh, s/sh that peers leave
///   to an option, and people rarely miss the first letter of what they mean;
/// - with the final at least two letters long, so one slip cannot be the whole of it;
/// - followed by at least one letter typed right: the end of the query is where the user
///   is still typing, so a "typo" there is more likely the next letter (kaig → 开关);
/// - not itself a syllable: "an" typed for 昂 (ang) means 安.
fn typo_spellings<'q>(q: &'q [char], syl: &[u8]) -> impl Iterator<Item = usize> + 'q {
    let eq = |c: char, b: u8| c as u32 == b as u32;
    let il = initial_len(syl).max(1);
    // Each kind that applies: (query letters used for the final, a right letter follows).
    let mut kinds = [None; 4];
    if q.len() > il && syl.len() >= il + 2 && q.iter().zip(&syl[..il]).all(|(c, b)| eq(*c, *b)) {
        let (t, f) = (&q[il..], &syl[il..]);
        let l = f.len();
        let skip = |i: usize, k: usize| if i < k { i } else { i + 1 };
        if t.len() >= l {
            let mut diff = (0..l).filter(|&i| !eq(t[i], f[i]));
            if let (Some(k), None) = (diff.next(), diff.next()) {
                kinds[0] = Some((l, k + 1 < t.len()));
            }
            let swapped = |k: usize| {
                t[k] != t[k + 1]
                    && eq(t[k], f[k + 1])
                    && eq(t[k + 1], f[k])
                    && (0..l).filter(|i| *i != k && *i != k + 1).all(|i| eq(t[i], f[i]))
            };
            if let Some(k) = (0..l - 1).find(|&k| swapped(k)) {
                kinds[1] = Some((l, k + 2 < t.len()));
            }
        }
        if t.len() + 1 >= l {
            if let Some(k) = (0..l).find(|&k| (0..l - 1).all(|i| t.get(i).is_some_and(|c| eq(*c, f[skip(i, k)])))) {
                kinds[2] = Some((l - 1, k < t.len()));
            }
        }
        if t.len() > l {
            if let Some(k) = (0..=l).find(|&k| (0..l).all(|i| eq(t[skip(i, k)], f[i]))) {
                kinds[3] = Some((l + 1, k + 1 < t.len()));
            }
        }
    }
    kinds.into_iter().flatten().filter_map(move |(typed, confirmed)| {
        let used = il + typed;
        (confirmed && !is_syllable(&q[..used.min(q.len())])).then_some(used)
    })
}

/// Whether `q` is exactly one of the table's syllables.
fn is_syllable(q: &[char]) -> bool {
    let mut word = [0u8; 8];
    if q.len() > word.len() || !q.iter().all(char::is_ascii_lowercase) {
        return false;
    }
    for (w, c) in word.iter_mut().zip(q) {
        *w = *c as u8;
    }
    std::str::from_utf8(&word[..q.len()]).is_ok_and(|w| pinyin::syllable_id(w).is_some())
}

/// The union of two hit lists in document order, keeping each document's best relevance;
/// `more`'s relevances are scaled by `scale` first (fuzzy hits rank below exact ones).
fn merge(found: Vec<Hit>, more: &[Hit], scale: f32) -> Vec<Hit> {
    let mut out = Vec::with_capacity(found.len() + more.len());
    let (mut i, mut j) = (0, 0);
    loop {
        let y = more.get(j).map(|h| Hit { doc: h.doc, relevance: h.relevance * scale });
        match (found.get(i), y) {
            (Some(x), Some(y)) if x.doc == y.doc => {
                out.push(Hit { doc: x.doc, relevance: x.relevance.max(y.relevance) });
                i += 1;
                j += 1;
            }
            (Some(x), Some(y)) if x.doc < y.doc => {
                out.push(*x);
                i += 1;
            }
            (Some(x), None) => {
                out.push(*x);
                i += 1;
            }
            (_, Some(y)) => {
                out.push(y);
                j += 1;
            }
            (None, None) => return out,
        }
    }
}

/// Calls `f` for each document set in `bits`, in order, clearing the bits.
fn for_each_touched(bits: &mut [u64], mut f: impl FnMut(usize)) {
    for (w, word) in bits.iter_mut().enumerate() {
        let mut b = std::mem::take(word);
        while b != 0 {
            f(w * 64 + b.trailing_zeros() as usize);
            b &= b - 1;
        }
    }
}

/// Notes a document's relevance for the current term, keeping the best.
#[inline]
fn record(s: &mut Scratch, doc: u32, rel: f32) {
    let d = doc as usize;
    if s.term_best[d] == 0.0 {
        s.term_touched[d / 64] |= 1 << (d % 64);
    }
    if rel > s.term_best[d] {
        s.term_best[d] = rel;
    }
}

impl Index {
    pub fn builder<'a>() -> Builder<'a> {
        Builder::new()
    }

    /// Approximate heap bytes held, for the performance report.
    pub fn heap_bytes(&self) -> usize {
        self.units.capacity() * 2
            + self.chars.capacity() * std::mem::size_of::<Char>()
            + self.char_ids.capacity() * std::mem::size_of::<(usize, u32)>()
            + self.readings.capacity() * 2
            + self.texts.capacity() * std::mem::size_of::<Text>()
            + self.postings.capacity() * std::mem::size_of::<Posting>()
            + self.groups.heap_bytes()
            + self.candidates.heap_bytes()
    }

    /// How many characters of `q` the first unit of a match can take: 1 (an initial or a
    /// letter), 2 (zh/ch/sh) or any whole syllable `q` begins with. `None` when one unit
    /// could hold all of `q` ("dia", "zh", "gong"): then there is no second unit to narrow by.
    fn first_cuts(&self, q: &[char]) -> Option<Cuts> {
        // ü typed another way ("qve", "lue", "lyu") splits differently from the table's
        // spelling; such rare terms go without the pair narrowing.
        if spells_u_umlaut(q) {
            return None;
        }
        let mut cuts = Cuts::default();
        cuts.push(1);
        if q.len() > 2 && q[1] == 'h' && matches!(q[0], 'z' | 'c' | 's') {
            cuts.push(2);
        }
        let mut word = [0u8; 7];
        let len = q.iter().take_while(|c| c.is_ascii_lowercase()).take(7).count();
        for (w, c) in word.iter_mut().zip(q) {
            *w = *c as u8;
        }
        let word = std::str::from_utf8(&word[..len]).unwrap_or("");
        for k in 2..=word.len().min(6) {
            if pinyin::syllable_id(&word[..k]).is_some() {
                cuts.push(k);
            }
        }
        let partial = word.len() == q.len() && self.syllables.iter().any(|s| s.len() > q.len() && s.starts_with(word));
        let whole = q.len() == 1 || pinyin::syllable_id(word).is_some_and(|_| word.len() == q.len());
        (!partial && !whole).then_some(cuts)
    }

    /// For a term led by a Latin letter: into `out`, the texts holding the start letters of
    /// the term's first two units side by side, and where the term needs a third unit, also
    /// the second and third ("jzg": j·z and z·g). `false` when that does not narrow (the
    /// term fits one unit, or a needed character is not a letter or digit).
    fn pair_candidates(&self, q: &[char], out: &mut Vec<u32>, s: &mut Scratch) -> bool {
        let Some(first) = start_slot(q[0]) else { return false };
        let Some(cuts) = self.first_cuts(q) else { return false };
        if cuts.iter().any(|k| start_slot(q[k]).is_none()) {
            return false;
        }
        out.clear();
        let texts = self.texts.len();
        let seen = s.seen.fresh(texts);
        for k1 in cuts.iter() {
            let second = start_slot(q[k1]).unwrap_or(0);
            let pairs = pair_key(first, second);
            let rest = &q[k1..];
            let third = self.first_cuts(rest).filter(|c| c.iter().all(|k| start_slot(rest[k]).is_some()));
            let Some(third) = third else {
                self.candidates.for_each(pairs, |t| {
                    if s.seen.set(t, seen) {
                        out.push(t);
                    }
                });
                continue;
            };
            let along = s.along.fresh(texts);
            for k2 in third.iter() {
                let next = start_slot(rest[k2]).unwrap_or(0);
                self.candidates.for_each(pair_key(second, next), |t| {
                    s.along.set(t, along);
                });
            }
            self.candidates.for_each(pairs, |t| {
                if s.along.has(t, along) && s.seen.set(t, seen) {
                    out.push(t);
                }
            });
        }
        true
    }

    /// A one-line shape of the index, for reports.
    pub fn describe(&self) -> String {
        let mb = |b: usize| b as f64 / 1_048_576.0;
        format!(
            "{} docs, {} distinct texts ({:.1} MB), {} units ({:.1} MB), {} postings ({:.1} MB), \
             {} group members ({:.1} MB), {} candidate entries ({:.1} MB)",
            self.docs,
            self.texts.len(),
            mb(self.texts.capacity() * std::mem::size_of::<Text>()),
            self.units.len(),
            mb(self.units.capacity() * 2),
            self.postings.len(),
            mb(self.postings.capacity() * std::mem::size_of::<Posting>()),
            self.groups.items.len(),
            mb(self.groups.heap_bytes()),
            self.candidates.entries,
            mb(self.candidates.heap_bytes()),
        )
    }

    /// Documents matching every term of `query`, best first within no particular order;
    /// results land in `scratch.hits`. An empty query matches nothing (callers show all).
    pub fn search<'s>(&self, query: &Query, scratch: &'s mut Scratch) -> &'s [Hit] {
        scratch.hits.clear();
        if query.is_empty() {
            return &scratch.hits;
        }
        self.pass(&query.terms, 0, scratch);
        // Spaces inside syllables: the query read with them taken out also finds.
        if !query.joined.is_empty() {
            let split = std::mem::take(&mut scratch.hits);
            self.pass(&query.joined, 0, scratch);
            scratch.hits = merge(split, &scratch.hits, 1.0);
        }
        let typo_ok = |terms: &[Term]| terms.iter().any(|t| t.typo_ok);
        if scratch.hits.len() < TYPO_FALLBACK && (typo_ok(&query.terms) || typo_ok(&query.joined)) {
            let mut found = std::mem::take(&mut scratch.hits);
            for terms in [&query.terms, &query.joined] {
                if typo_ok(terms) {
                    self.pass(terms, 1, scratch);
                    found = merge(found, &scratch.hits, FUZZY_SCALE);
                }
            }
            scratch.hits = found;
        }
        &scratch.hits
    }

    /// Like [`Index::search`], handing each hit to `f` in document order instead of
    /// collecting them: a keystroke over tens of thousands of hits reads them once, in order.
    pub fn for_each_hit(&self, query: &Query, s: &mut Scratch, mut f: impl FnMut(Hit)) {
        if let ([term], []) = (query.terms.as_slice(), query.joined.as_slice()) {
            self.prepare(s);
            self.match_term(term, 0, s);
            let Scratch { term_touched, term_best, .. } = s;
            let count: u32 = term_touched.iter().map(|w| w.count_ones()).sum();
            if count as usize >= TYPO_FALLBACK || !term.typo_ok {
                for_each_touched(term_touched, |d| {
                    f(Hit { doc: d as u32, relevance: std::mem::take(&mut term_best[d]) })
                });
                return;
            }
            // Few exact hits: the collecting search retries with one typo.
            for_each_touched(term_touched, |d| term_best[d] = 0.0);
        }
        for h in self.search(query, s) {
            f(*h);
        }
    }

    fn prepare(&self, s: &mut Scratch) {
        if s.total.len() < self.docs {
            s.total.resize(self.docs, 0.0);
            s.term_best.resize(self.docs, 0.0);
            s.matched_terms.resize(self.docs, 0);
            s.term_touched.resize(self.docs.div_ceil(64), 0);
        }
        let groups = self.groups.start.len().saturating_sub(1);
        if s.group_best.len() < groups {
            s.group_best.resize(groups, 0.0);
        }
    }

    /// Matches `terms` (all of them, AND) with `edits` typos allowed in the terms that
    /// tolerate them; hits land in `s.hits`, in document order.
    fn pass(&self, terms: &[Term], edits: u8, s: &mut Scratch) {
        self.prepare(s);
        s.touched.clear();
        s.hits.clear();
        if let [term] = terms {
            // One term: its best relevances are the hits, no intersection needed.
            self.match_term(term, if term.typo_ok { edits } else { 0 }, s);
            let Scratch { term_touched, term_best, hits, .. } = s;
            for_each_touched(term_touched, |d| {
                hits.push(Hit { doc: d as u32, relevance: term_best[d] });
                term_best[d] = 0.0;
            });
            return;
        }
        for (t, term) in terms.iter().enumerate() {
            let edits = if term.typo_ok { edits } else { 0 };
            self.match_term(term, edits, s);
            let Scratch { term_touched, term_best, matched_terms, total, touched, .. } = s;
            for_each_touched(term_touched, |d| {
                if matched_terms[d] as usize == t {
                    matched_terms[d] += 1;
                    total[d] += term_best[d];
                    if t == 0 {
                        touched.push(d as u32);
                    }
                }
                term_best[d] = 0.0;
            });
        }
        let n = terms.len();
        for &doc in &s.touched {
            let d = doc as usize;
            if s.matched_terms[d] as usize == n {
                s.hits.push(Hit { doc, relevance: s.total[d] / n as f32 });
            }
            s.matched_terms[d] = 0;
            s.total[d] = 0.0;
        }
    }

    /// Asks the memory system early for what candidate texts a little ahead will need: the
    /// candidates are scattered over the index, so each text otherwise costs several cache
    /// misses in a row (its header, its characters, its postings). A hint only: no effect on
    /// results, and nothing on targets without prefetch instructions (wasm).
    #[inline]
    fn prefetch(&self, candidates: &[u32], k: usize) {
        #[cfg(target_arch = "x86_64")]
        {
            use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
            let at = |p: *const u8| unsafe { _mm_prefetch::<_MM_HINT_T0>(p as *const i8) };
            if let Some(t) = candidates.get(k + 8).and_then(|t| self.texts.get(*t as usize)) {
                at(t as *const Text as *const u8);
            }
            if let Some(t) = candidates.get(k + 4).and_then(|t| self.texts.get(*t as usize)) {
                if let Some(u) = self.units.get(t.start as usize) {
                    at(u as *const u16 as *const u8);
                }
                if let Some(p) = self.postings.get(t.post as usize) {
                    at(p as *const Posting as *const u8);
                }
            }
        }
        let _ = (candidates, k);
    }

    /// Matches one term against every candidate text, recording each document's best
    /// relevance in `term_best` and the documents touched in `term_touched`.
    fn match_term(&self, term: &Term, edits: u8, s: &mut Scratch) {
        let q = &term.chars;
        let (mut need_letters, mut need_hanzi) = (0u32, 0u64);
        for &c in q {
            need_letters |= letter_bit(c);
            if pinyin::has_readings(c) {
                need_hanzi |= hanzi_bit(c);
            }
        }
        let q0 = q[0];
        let q0_bit = letter_bit(q0);
        // The texts that can match: all of them in the typo pass, else those offering the
        // term's first character (`None` = all texts).
        let mut union = std::mem::take(&mut s.candidates);
        let candidates: Option<&[u32]> = if edits > 0 {
            None
        } else if pinyin::has_readings(q0) {
            union.clear();
            if let Some(c) = self.char_ids.get(&(q0 as usize)) {
                self.candidates.decode_into(HANZI_KEYS + *c as usize, &mut union);
            }
            Some(union.as_slice())
        } else if self.pair_candidates(q, &mut union, s) {
            Some(union.as_slice())
        } else if let Some(slot) = start_slot(q0) {
            self.candidates.decode_into(slot, &mut union);
            Some(union.as_slice())
        } else {
            None
        };
        let count = candidates.map_or(self.texts.len(), <[u32]>::len);
        for k in 0..count {
            let ti = candidates.map_or(k, |c| c[k] as usize);
            if let Some(c) = candidates {
                self.prefetch(c, k);
            }
            let text = &self.texts[ti];
            if text.hanzi & need_hanzi != need_hanzi {
                continue;
            }
            // One typo brings at most one letter the text lacks.
            let missing = (need_letters & !text.letters).count_ones();
            if missing > edits as u32 {
                continue;
            }
            let units = &self.units[text.start as usize..text.end as usize];
            let m = Matcher { index: self, q, units, initials: edits == 0, budget: STEP_BUDGET.into() };
            let mut best: Option<(f32, usize, usize)> = None;
            for (ui, u) in units.iter().map(|id| &self.chars[*id as usize]).enumerate() {
                // The first letter is never taken for a typo (see `typo_spellings`).
                if u.ch != q0 && u.starts & q0_bit == 0 {
                    continue;
                }
                // The leftmost match counts (its best reading at that start).
                if let Some((penalty, end)) = m.at(0, ui, edits) {
                    best = Some((penalty, ui, end));
                    break;
                }
            }
            let Some((penalty, start, end)) = best else { continue };
            let coverage = (end - start) as f32 / units.len().max(1) as f32;
            let prefix = if start == 0 { 1.0 } else { 0.9 };
            let quality = (1.0 - penalty) * prefix * (0.85 + 0.15 * coverage);
            // Only the exact pass reads initials, and its worst step penalty is theirs.
            let abbreviated = edits == 0 && penalty >= PENALTY_INITIAL;
            let (a, b) = (text.post as usize, self.texts.get(ti + 1).map_or(self.postings.len(), |t| t.post as usize));
            for p in &self.postings[a..b] {
                if abbreviated && p.field == Field::Alias {
                    continue;
                }
                let rel = quality * p.field.weight();
                if p.target & GROUP_BIT == 0 {
                    record(s, p.target, rel);
                } else {
                    let g = (p.target & !GROUP_BIT) as usize;
                    if s.group_best[g] == 0.0 {
                        s.group_touched.push(g as u32);
                    }
                    s.group_best[g] = s.group_best[g].max(rel);
                }
            }
        }
        s.candidates = union;
        for k in 0..s.group_touched.len() {
            let g = s.group_touched[k] as usize;
            let rel = std::mem::take(&mut s.group_best[g]);
            for &doc in self.groups.get(g) {
                record(s, doc, rel);
            }
        }
        s.group_touched.clear();
    }
}
