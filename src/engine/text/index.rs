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
use std::collections::HashMap;

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

#[derive(Clone, Copy, Debug)]
struct Posting {
    doc: u32,
    field: Field,
}

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
    docs: usize,
    syllables: Vec<&'static str>,
}

/// Reusable buffers, so a keystroke allocates nothing in proportion to the corpus.
#[derive(Clone, Debug, Default)]
pub struct Scratch {
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
    interned: HashMap<String, u32>,
    reading_cache: HashMap<char, u32>,
    /// Per text, its postings (flattened at `finish`).
    posts: Vec<Vec<Posting>>,
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
            interned: HashMap::new(),
            reading_cache: HashMap::new(),
            posts: Vec::new(),
        }
    }

    /// Adds `text` as `field` of document `doc` (documents are numbered 0.. in order).
    pub fn add(&mut self, doc: u32, field: Field, text: &str) {
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        self.index.docs = self.index.docs.max(doc as usize + 1);
        let id = match self.interned.get(text) {
            Some(id) => *id,
            None => {
                let id = self.intern(text);
                self.interned.insert(text.to_string(), id);
                id
            }
        };
        let posts = &mut self.posts[id as usize];
        // A document lists a text once, under its heaviest field.
        match posts.iter_mut().rev().take_while(|p| p.doc == doc).find(|_| true) {
            Some(p) if p.field.weight() < field.weight() => p.field = field,
            Some(_) => {}
            None => posts.push(Posting { doc, field }),
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
        idx.texts.push(Text { start, end: idx.units.len() as u32, letters, hanzi });
        self.posts.push(Vec::new());
        (idx.texts.len() - 1) as u32
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
}

impl Matcher<'_> {
    /// Best (lowest) penalty for matching `q[qi..]` starting at unit `ui`, with `edits`
    /// typos still allowed; also how many units the match covered.
    fn at(&self, qi: usize, ui: usize, edits: u8) -> Option<(f32, usize)> {
        if qi == self.q.len() {
            return Some((0.0, ui));
        }
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

impl Index {
    pub fn builder() -> Builder {
        Builder::new()
    }

    pub fn doc_count(&self) -> usize {
        self.docs
    }

    /// Approximate heap bytes held, for the performance report.
    pub fn heap_bytes(&self) -> usize {
        self.units.capacity() * std::mem::size_of::<Unit>()
            + self.readings.capacity() * 2
            + self.texts.capacity() * std::mem::size_of::<Text>()
            + self.post_start.capacity() * 4
            + self.postings.capacity() * std::mem::size_of::<Posting>()
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

    /// Matches one term against every text, recording each document's best relevance in
    /// `term_best` and the documents touched in `term_touched`.
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
        for (ti, text) in self.texts.iter().enumerate() {
            if text.hanzi & need_hanzi != need_hanzi || (edits == 0 && text.letters & need_letters != need_letters) {
                continue;
            }
            let units = &self.units[text.start as usize..text.end as usize];
            let m = Matcher { index: self, q, units, initials: edits == 0 };
            let mut best: Option<(f32, usize, usize)> = None;
            for (ui, u) in units.iter().enumerate() {
                if edits == 0 && u.ch != q0 && u.starts & q0_bit == 0 {
                    continue;
                }
                if let Some((penalty, end)) = m.at(0, ui, edits) {
                    if best.is_none_or(|(b, _, _)| penalty < b) {
                        best = Some((penalty, ui, end));
                    }
                    if penalty == 0.0 {
                        break;
                    }
                }
            }
            let Some((penalty, start, end)) = best else { continue };
            let coverage = (end - start) as f32 / units.len().max(1) as f32;
            let prefix = if start == 0 { 1.0 } else { 0.9 };
            let quality = (1.0 - penalty) * prefix * (0.85 + 0.15 * coverage);
            let (a, b) = (self.post_start[ti] as usize, self.post_start[ti + 1] as usize);
            for p in &self.postings[a..b] {
                let rel = quality * p.field.weight();
                let d = p.doc as usize;
                if s.term_best[d] == 0.0 {
                    s.term_touched.push(p.doc);
                }
                if rel > s.term_best[d] {
                    s.term_best[d] = rel;
                }
            }
        }
    }
}
