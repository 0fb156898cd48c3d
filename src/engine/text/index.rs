//! The search index, built once per catalogue so that a keystroke only scans compact
//! arrays. One query box matches hanzi (建筑), full pinyin (jianzhu), initials (jz), mixed
//! input (建zhu, jianz), English names and aliases, with one typo tolerated in Latin input.
//!
//! Documents (jobs or courses) are made of fields; identical field texts are stored once
//! and matched once, then fanned out to their documents through postings. Every text is
//! a run of units (one per character) that carry their pinyin readings, so matching walks
//! the query against units without building strings.

use super::normalize::{fold_char, is_separator};
use super::pinyin;
use super::query::{Query, Term};
use crate::engine::hash::FastMap;

/// What part of a document a text is; weighs a match.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Title,
    Skill,
    Brand,
    Employer,
    Category,
    Place,
}

impl Field {
    fn weight(self) -> f32 {
        match self {
            Field::Title => 1.0,
            Field::Skill | Field::Brand => 0.85,
            Field::Category => 0.75,
            Field::Employer => 0.7,
            Field::Place => 0.6,
        }
    }
}

/// One character of indexed text.
#[derive(Clone, Copy, Debug)]
struct Unit {
    ch: char,
    /// Bit per letter a–z that can start this unit: its own letter, or its readings'
    /// initials. Lets most start positions be rejected with one AND.
    starts: u32,
    /// Readings: `start << 8 | count` into `Index::readings`.
    readings: u32,
}

#[derive(Clone, Copy, Debug)]
struct Text {
    start: u32,
    end: u32,
    /// Every letter that occurs in the text's characters or readings.
    letters: u32,
    /// A 64-bit Bloom of the hanzi in the text.
    hanzi: u64,
}

/// A posting targets one document, or with [`GROUP_BIT`] a group of documents (a skill's
/// texts are stored once and reach every job that asks for the skill).
#[derive(Clone, Copy, Debug)]
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

#[derive(Clone, Debug, Default)]
pub struct Index {
    units: Vec<Unit>,
    readings: Vec<u16>,
    texts: Vec<Text>,
    post_start: Vec<u32>,
    postings: Vec<Posting>,
    group_start: Vec<u32>,
    group_docs: Vec<u32>,
    /// Texts containing each hanzi, and texts with a unit that can start with each
    /// letter or digit: the only texts a term starting with that character can match.
    by_hanzi: FastMap<char, Vec<u32>>,
    by_start: Vec<Vec<u32>>,
    /// Texts by the start letters of two adjacent units (`slot * 36 + slot`): a Latin term
    /// like "dg" or "diangong" can only match where its first two syllables can start.
    by_pair: Vec<Vec<u32>>,
    docs: usize,
    syllables: Vec<&'static str>,
}

/// The start slots a unit offers: its own letter or digit, or its readings' initials.
fn slot_bits(u: &Unit) -> u64 {
    let mut bits = u.starts as u64;
    if let Some(slot) = start_slot(u.ch) {
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

const SLOTS: usize = 36;

/// Slot in `Index::by_start` for a letter or digit.
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
    /// Candidate texts of the current term, deduplicated through `text_mark` stamps.
    candidates: Vec<u32>,
    text_mark: Vec<u32>,
    epoch: u32,
    term_best: Vec<f32>,
    total: Vec<f32>,
    matched_terms: Vec<u16>,
    touched: Vec<u32>,
    term_touched: Vec<u32>,
    pub hits: Vec<Hit>,
}

/// Below this many exact hits, a second pass tolerates one typo.
const TYPO_FALLBACK: usize = 3;
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

/// Builds an index from documents given as (field, text) lists.
pub struct Builder {
    index: Index,
    interned: FastMap<String, u32>,
    reading_cache: FastMap<char, u32>,
    /// Per text, its postings (flattened at `finish`).
    posts: Vec<Vec<Posting>>,
    groups: Vec<Vec<u32>>,
}

impl Default for Builder {
    fn default() -> Self {
        Self::new()
    }
}

impl Builder {
    pub fn new() -> Builder {
        let syllables = (0..pinyin::syllable_count() as u16).map(pinyin::syllable).collect();
        Builder {
            index: Index { syllables, ..Index::default() },
            interned: FastMap::default(),
            reading_cache: FastMap::default(),
            posts: Vec::new(),
            groups: Vec::new(),
        }
    }

    /// Adds `text` as `field` of document `doc` (documents are numbered 0.. in order).
    pub fn add(&mut self, doc: u32, field: Field, text: &str) {
        self.index.docs = self.index.docs.max(doc as usize + 1);
        self.add_target(doc, field, text);
    }

    /// A new, empty group of documents.
    pub fn group(&mut self) -> Group {
        self.groups.push(Vec::new());
        Group(self.groups.len() as u32 - 1)
    }

    /// Adds `text` to every document of `group`, present and future.
    pub fn add_to_group(&mut self, group: Group, field: Field, text: &str) {
        self.add_target(group.0 | GROUP_BIT, field, text);
    }

    /// Makes `doc` a member of `group` (once per document and group).
    pub fn join(&mut self, group: Group, doc: u32) {
        self.index.docs = self.index.docs.max(doc as usize + 1);
        self.groups[group.0 as usize].push(doc);
    }

    fn add_target(&mut self, target: u32, field: Field, text: &str) {
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        let id = match self.interned.get(text) {
            Some(id) => *id,
            None => {
                let id = self.intern(text);
                self.interned.insert(text.to_string(), id);
                id
            }
        };
        let posts = &mut self.posts[id as usize];
        // A target lists a text once, under its heaviest field.
        match posts.last_mut().filter(|p| p.target == target) {
            Some(p) if p.field.weight() < field.weight() => p.field = field,
            Some(_) => {}
            None => posts.push(Posting { target, field }),
        }
    }

    /// Declares the number of documents (so trailing documents without text still count).
    pub fn docs(&mut self, n: usize) {
        self.index.docs = self.index.docs.max(n);
    }

    fn intern(&mut self, text: &str) -> u32 {
        let idx = &mut self.index;
        let start = idx.units.len() as u32;
        let (mut letters, mut hanzi) = (0u32, 0u64);
        for c in text.chars().map(fold_char).filter(|c| !is_separator(*c)) {
            let readings = *self.reading_cache.entry(c).or_insert_with(|| {
                let at = idx.readings.len() as u32;
                idx.readings.extend(pinyin::reading_ids(c));
                (at << 8) | (idx.readings.len() as u32 - at)
            });
            let mut starts = letter_bit(c);
            let (at, n) = ((readings >> 8) as usize, (readings & 0xFF) as usize);
            for &r in &idx.readings[at..at + n] {
                let s = idx.syllables[r as usize];
                starts |= s.chars().next().map_or(0, letter_bit);
                letters |= s.chars().map(letter_bit).fold(0, |a, b| a | b);
            }
            letters |= letter_bit(c);
            if n > 0 {
                hanzi |= hanzi_bit(c);
            }
            idx.units.push(Unit { ch: c, starts, readings });
        }
        let id = idx.texts.len() as u32;
        idx.texts.push(Text { start, end: idx.units.len() as u32, letters, hanzi });
        self.posts.push(Vec::new());
        // Candidate lists: each text once per distinct first character it can offer, and
        // once per distinct pair of adjacent start characters.
        let units = &idx.units[start as usize..];
        let mut starts = 0u64;
        let mut prev = 0u64;
        let mut pairs: Vec<u16> = Vec::new();
        for (i, u) in units.iter().enumerate() {
            if pinyin::has_readings(u.ch) && !units[..i].iter().any(|v| v.ch == u.ch) {
                idx.by_hanzi.entry(u.ch).or_default().push(id);
            }
            let bits = slot_bits(u);
            starts |= bits;
            for a in bit_slots(prev) {
                for b in bit_slots(bits) {
                    pairs.push((a * SLOTS + b) as u16);
                }
            }
            prev = bits;
        }
        pairs.sort_unstable();
        pairs.dedup();
        if idx.by_pair.is_empty() {
            idx.by_pair = vec![Vec::new(); SLOTS * SLOTS];
        }
        for p in pairs {
            idx.by_pair[p as usize].push(id);
        }
        if idx.by_start.is_empty() {
            idx.by_start = vec![Vec::new(); SLOTS];
        }
        for slot in bit_slots(starts) {
            idx.by_start[slot].push(id);
        }
        id
    }

    pub fn finish(mut self) -> Index {
        let mut start = Vec::with_capacity(self.posts.len() + 1);
        let mut flat = Vec::with_capacity(self.posts.iter().map(Vec::len).sum());
        for p in self.posts.drain(..) {
            start.push(flat.len() as u32);
            flat.extend(p);
        }
        start.push(flat.len() as u32);
        self.index.post_start = start;
        self.index.postings = flat;
        let mut gs = Vec::with_capacity(self.groups.len() + 1);
        let mut gd = Vec::with_capacity(self.groups.iter().map(Vec::len).sum());
        for g in self.groups.drain(..) {
            gs.push(gd.len() as u32);
            gd.extend(g);
        }
        gs.push(gd.len() as u32);
        self.index.group_start = gs;
        self.index.group_docs = gd;
        if self.index.by_start.is_empty() {
            self.index.by_start = vec![Vec::new(); SLOTS];
            self.index.by_pair = vec![Vec::new(); SLOTS * SLOTS];
        }
        self.index.units.shrink_to_fit();
        self.index.readings.shrink_to_fit();
        self.index
    }
}

/// The state threaded through matching one term against one text.
struct Matcher<'a> {
    index: &'a Index,
    q: &'a [char],
    units: &'a [Unit],
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
        let Some(unit) = self.units.get(ui) else {
            // One extra letter typed at the very end.
            return (edits > 0 && qi + 1 == self.q.len() && qc.is_ascii_alphanumeric()).then_some((PENALTY_TYPO, ui));
        };
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
        if !qc.is_ascii_alphanumeric() {
            return best;
        }
        let (at, n) = ((unit.readings >> 8) as usize, (unit.readings & 0xFF) as usize);
        let rest = &self.q[qi..];
        for &rid in &self.index.readings[at..at + n] {
            let syl = self.index.syllables[rid as usize].as_bytes();
            let first = syl[0] as char;
            // The whole syllable.
            if starts_with(rest, syl) {
                consider(&mut best, self.at(qi + syl.len(), ui + 1, edits), PENALTY_SYLLABLE);
            }
            // The query ends inside this syllable ("jianz" → 建筑).
            if rest.len() < syl.len() && rest.len() > 1 && starts_with_chars(syl, rest) {
                consider(&mut best, Some((0.0, ui + 1)), PENALTY_PARTIAL);
            }
            // The initial alone (jz), or zh/ch/sh.
            if self.initials && qc == first {
                consider(&mut best, self.at(qi + 1, ui + 1, edits), PENALTY_INITIAL);
                if syl.len() > 2 && syl[1] == b'h' && rest.get(1) == Some(&'h') {
                    consider(&mut best, self.at(qi + 2, ui + 1, edits), PENALTY_INITIAL);
                }
            }
            if edits > 0 && syl.len() >= 3 {
                for consumed in typo_consumptions(rest, syl) {
                    consider(&mut best, self.at(qi + consumed, ui + 1, edits - 1), PENALTY_TYPO);
                }
            }
        }
        // Typos against Latin text (English names): substitute, insert, delete, transpose.
        if edits > 0 && unit.ch.is_ascii_alphanumeric() {
            consider(&mut best, self.at(qi + 1, ui + 1, edits - 1), PENALTY_TYPO);
            consider(&mut best, self.at(qi + 1, ui, edits - 1), PENALTY_TYPO);
            if qi > 0 {
                consider(&mut best, self.at(qi, ui + 1, edits - 1), PENALTY_TYPO);
            }
            if self.q.get(qi + 1) == Some(&unit.ch) && self.units.get(ui + 1).is_some_and(|u| u.ch == qc) {
                consider(&mut best, self.at(qi + 2, ui + 2, edits - 1), PENALTY_TYPO);
            }
        }
        best
    }
}

fn starts_with(q: &[char], syl: &[u8]) -> bool {
    q.len() >= syl.len() && q.iter().zip(syl).all(|(c, b)| *c as u32 == *b as u32)
}

fn starts_with_chars(syl: &[u8], q: &[char]) -> bool {
    syl.len() >= q.len() && q.iter().zip(syl).all(|(c, b)| *c as u32 == *b as u32)
}

/// Query lengths that spell `syl` with exactly one typo (substituted, dropped, doubled or
/// swapped letter).
fn typo_consumptions(q: &[char], syl: &[u8]) -> impl Iterator<Item = usize> {
    let eq = |c: char, b: u8| c as u32 == b as u32;
    let l = syl.len();
    let subst = q.len() >= l && q[..l].iter().zip(syl).filter(|(c, b)| !eq(**c, **b)).count() == 1;
    let swap = q.len() >= l
        && (0..l - 1).any(|k| {
            eq(q[k], syl[k + 1])
                && eq(q[k + 1], syl[k])
                && (0..l).filter(|i| *i != k && *i != k + 1).all(|i| eq(q[i], syl[i]))
        });
    let dropped = q.len() >= l - 1 && (0..l).any(|k| (0..l - 1).all(|i| eq(q[i], syl[if i < k { i } else { i + 1 }])));
    let extra = q.len() > l && (0..=l).any(|k| (0..l).all(|i| eq(q[if i < k { i } else { i + 1 }], syl[i])));
    [(subst || swap).then_some(l), dropped.then_some(l - 1), extra.then_some(l + 1)].into_iter().flatten()
}

/// Notes a document's relevance for the current term, keeping the best.
#[inline]
fn record(s: &mut Scratch, doc: u32, rel: f32) {
    let d = doc as usize;
    if s.term_best[d] == 0.0 {
        s.term_touched.push(doc);
    }
    if rel > s.term_best[d] {
        s.term_best[d] = rel;
    }
}

impl Index {
    pub fn builder() -> Builder {
        Builder::new()
    }

    /// Approximate heap bytes held, for the performance report.
    pub fn heap_bytes(&self) -> usize {
        self.units.capacity() * std::mem::size_of::<Unit>()
            + self.readings.capacity() * 2
            + self.texts.capacity() * std::mem::size_of::<Text>()
            + self.post_start.capacity() * 4
            + self.postings.capacity() * std::mem::size_of::<Posting>()
            + (self.group_start.capacity() + self.group_docs.capacity()) * 4
            + self.by_hanzi.values().map(|v| v.capacity() * 4 + 32).sum::<usize>()
            + self.by_start.iter().map(|v| v.capacity() * 4).sum::<usize>()
            + self.by_pair.iter().map(|v| v.capacity() * 4).sum::<usize>()
    }

    /// For a term led by a Latin letter: the `by_pair` lists its first two syllables could
    /// start in (after an initial, a zh/ch/sh initial, or any whole syllable the term begins
    /// with). `None` when the first unit alone could hold the whole term, or the second
    /// character is not a letter or digit: then only the first character narrows.
    fn pair_lists(&self, q: &[char]) -> Option<Vec<&[u32]>> {
        let first = start_slot(q[0])?;
        let mut cuts = vec![1usize];
        if q.len() > 2 && q[1] == 'h' && matches!(q[0], 'z' | 'c' | 's') {
            cuts.push(2);
        }
        let word: String = q.iter().take_while(|c| c.is_ascii_lowercase()).take(7).collect();
        for k in 1..=word.len().min(6) {
            if pinyin::syllable_id(&word[..k]).is_some() {
                cuts.push(k);
            }
        }
        // The term ends inside one syllable ("dia", "zh"): no second unit to pair with.
        if cuts.iter().any(|k| *k >= q.len())
            || self.syllables.iter().any(|s| s.len() > q.len() && s.starts_with(&word) && word.len() == q.len())
        {
            return None;
        }
        cuts.sort_unstable();
        cuts.dedup();
        let mut lists = Vec::with_capacity(cuts.len());
        for k in cuts {
            let second = start_slot(q[k])?;
            if let Some(list) = self.by_pair.get(first * SLOTS + second) {
                lists.push(list.as_slice());
            }
        }
        Some(lists)
    }

    /// The union of `lists` into `out`, each text once (stamped with a fresh epoch).
    fn union(&self, lists: &[&[u32]], out: &mut Vec<u32>, s: &mut Scratch) {
        out.clear();
        if s.text_mark.len() < self.texts.len() {
            s.text_mark.resize(self.texts.len(), 0);
        }
        s.epoch = s.epoch.wrapping_add(1);
        if s.epoch == 0 {
            s.text_mark.iter_mut().for_each(|m| *m = 0);
            s.epoch = 1;
        }
        for list in lists {
            for &t in *list {
                let m = &mut s.text_mark[t as usize];
                if *m != s.epoch {
                    *m = s.epoch;
                    out.push(t);
                }
            }
        }
    }

    /// A one-line shape of the index, for reports.
    pub fn describe(&self) -> String {
        format!(
            "{} docs, {} distinct texts, {} units, {} postings",
            self.docs,
            self.texts.len(),
            self.units.len(),
            self.postings.len()
        )
    }

    /// Documents matching every term of `query`, best first within no particular order;
    /// results land in `scratch.hits`. An empty query matches nothing (callers show all).
    pub fn search<'s>(&self, query: &Query, scratch: &'s mut Scratch) -> &'s [Hit] {
        scratch.hits.clear();
        if query.is_empty() {
            return &scratch.hits;
        }
        self.pass(query, 0, scratch);
        if scratch.hits.len() < TYPO_FALLBACK && query.terms.iter().any(|t| t.typo_ok) {
            let exact: Vec<Hit> = std::mem::take(&mut scratch.hits);
            self.pass(query, 1, scratch);
            for h in exact {
                match scratch.hits.iter_mut().find(|x| x.doc == h.doc) {
                    Some(x) => x.relevance = x.relevance.max(h.relevance),
                    None => scratch.hits.push(h),
                }
            }
        }
        &scratch.hits
    }

    fn pass(&self, query: &Query, edits: u8, s: &mut Scratch) {
        if s.total.len() < self.docs {
            s.total.resize(self.docs, 0.0);
            s.term_best.resize(self.docs, 0.0);
            s.matched_terms.resize(self.docs, 0);
        }
        s.touched.clear();
        if let [term] = query.terms.as_slice() {
            // One term: its best relevances are the hits, no intersection needed.
            s.term_touched.clear();
            self.match_term(term, if term.typo_ok { edits } else { 0 }, s);
            for &doc in &s.term_touched {
                let d = doc as usize;
                s.hits.push(Hit { doc, relevance: s.term_best[d] });
                s.term_best[d] = 0.0;
            }
            return;
        }
        for (t, term) in query.terms.iter().enumerate() {
            let edits = if term.typo_ok { edits } else { 0 };
            s.term_touched.clear();
            self.match_term(term, edits, s);
            for &doc in &s.term_touched {
                let d = doc as usize;
                if s.matched_terms[d] as usize == t {
                    s.matched_terms[d] += 1;
                    s.total[d] += s.term_best[d];
                    if t == 0 {
                        s.touched.push(doc);
                    }
                }
                s.term_best[d] = 0.0;
            }
        }
        let n = query.terms.len();
        for &doc in &s.touched {
            let d = doc as usize;
            if s.matched_terms[d] as usize == n {
                s.hits.push(Hit { doc, relevance: s.total[d] / n as f32 });
            }
            s.matched_terms[d] = 0;
            s.total[d] = 0.0;
        }
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
        // A typo may be in the first letter: then the match starts at the second.
        let typo_bits = q0_bit | q.get(1).map_or(0, |c| letter_bit(*c));
        // The texts that can match: all of them in the typo pass, else those offering the
        // term's first character (`None` = all texts).
        let mut union = std::mem::take(&mut s.candidates);
        let candidates: Option<&[u32]> = if edits > 0 {
            None
        } else if pinyin::has_readings(q0) {
            Some(self.by_hanzi.get(&q0).map_or(&[], Vec::as_slice))
        } else if let Some(lists) = self.pair_lists(q) {
            self.union(&lists, &mut union, s);
            Some(union.as_slice())
        } else {
            start_slot(q0).map(|slot| self.by_start[slot].as_slice())
        };
        let count = candidates.map_or(self.texts.len(), <[u32]>::len);
        for k in 0..count {
            let ti = candidates.map_or(k, |c| c[k] as usize);
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
            for (ui, u) in units.iter().enumerate() {
                let bits = if edits == 0 { q0_bit } else { typo_bits };
                if u.ch != q0 && u.starts & bits == 0 && !(edits > 0 && q.get(1) == Some(&u.ch)) {
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
            let (a, b) = (self.post_start[ti] as usize, self.post_start[ti + 1] as usize);
            for p in &self.postings[a..b] {
                let rel = quality * p.field.weight();
                if p.target & GROUP_BIT == 0 {
                    record(s, p.target, rel);
                } else {
                    let g = (p.target & !GROUP_BIT) as usize;
                    let (ga, gb) = (self.group_start[g] as usize, self.group_start[g + 1] as usize);
                    for &doc in &self.group_docs[ga..gb] {
                        record(s, doc, rel);
                    }
                }
            }
        }
        s.candidates = union;
    }
}
