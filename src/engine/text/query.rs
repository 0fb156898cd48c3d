//! A search query, parsed once per keystroke into terms of folded characters.

use super::normalize::{fold_char, is_separator};

/// A parsed query: whitespace-separated terms, each of which must match (AND).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Query {
    pub terms: Vec<Term>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Term {
    /// Folded characters: hanzi as they are, Latin letters lowercase, digits.
    pub chars: Vec<char>,
    /// Typos are tolerated only in Latin runs long enough to tell a typo from another word.
    pub typo_ok: bool,
}

/// Shortest Latin run (in letters) in which one typo is tolerated.
pub const TYPO_MIN_LATIN: usize = 4;
/// Longest term matched; a longer one is cut (nothing indexed is that long in one piece).
pub const MAX_TERM: usize = 40;
/// Most terms matched; the rest of a pasted paragraph is ignored.
pub const MAX_TERMS: usize = 8;

impl Query {
    pub fn parse(text: &str) -> Query {
        let terms = text
            .split(|c: char| c.is_whitespace() || c == ',' || c == '，' || c == '、')
            .map(|t| t.chars().map(fold_char).filter(|c| !is_separator(*c)).take(MAX_TERM).collect::<Vec<char>>())
            .filter(|chars| !chars.is_empty())
            .take(MAX_TERMS)
            .map(|chars| {
                let latin = chars.iter().filter(|c| c.is_ascii_alphabetic()).count();
                Term { typo_ok: latin >= TYPO_MIN_LATIN, chars }
            })
            .collect();
        Query { terms }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}
