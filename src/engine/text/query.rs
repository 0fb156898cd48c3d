//! A search query, parsed once per keystroke into terms of folded characters.

use super::normalize::{fold_char, is_separator};

/// A parsed query: whitespace-separated terms, each of which must match (AND).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Query {
    pub terms: Vec<Term>,
    /// The same terms with the spaces between Latin letters taken out, when there are
    /// any: people put spaces inside syllables ("zengji ng cang"), so a text also matches
    /// when this reading of the query does. Empty when it would be the same as `terms`.
    pub joined: Vec<Term>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Term {
    /// Folded characters: hanzi as they are, Latin letters lowercase (ü kept), digits.
    pub chars: Vec<char>,
    /// Typos are tolerated only in Latin runs long enough to tell a typo from another word.
    pub typo_ok: bool,
}

/// Fewest Latin letters in a term before one typo is tolerated: with four or fewer, one
/// changed letter is as likely another word (kaig is 开关 being typed, not 开会 mistyped).
pub const TYPO_MIN_LATIN: usize = 5;
/// Longest term matched; a longer one is cut (nothing indexed is that long in one piece).
pub const MAX_TERM: usize = 40;
/// Most terms matched; the rest of a pasted paragraph is ignored.
pub const MAX_TERMS: usize = 8;

fn is_latin(c: char) -> bool {
    c.is_ascii_lowercase() || c == 'ü'
}

impl Term {
    fn new(chars: Vec<char>) -> Term {
        let latin = chars.iter().filter(|c| is_latin(**c)).count();
        Term { typo_ok: latin >= TYPO_MIN_LATIN, chars }
    }
}

impl Query {
    pub fn parse(text: &str) -> Query {
        let pieces: Vec<Vec<char>> = text
            .split(|c: char| c.is_whitespace() || c == ',' || c == '，' || c == '、')
            .map(|t| t.chars().map(fold_char).filter(|c| !is_separator(*c)).take(MAX_TERM).collect::<Vec<char>>())
            .filter(|chars| !chars.is_empty())
            .take(MAX_TERMS)
            .collect();
        // Pieces meeting letter to letter are joined ("han yu" → "hanyu"); a hanzi or digit
        // on either side keeps the space a separator. Most queries have no such space and
        // build nothing here.
        let meets = |a: &[char], b: &[char]| {
            a.last().copied().is_some_and(is_latin) && b.first().copied().is_some_and(is_latin)
        };
        let mut joined: Vec<Vec<char>> = Vec::new();
        if pieces.windows(2).any(|w| meets(&w[0], &w[1])) {
            for piece in &pieces {
                match joined.last_mut() {
                    Some(last) if meets(last, piece) => {
                        let room = MAX_TERM.saturating_sub(last.len());
                        last.extend(piece.iter().take(room));
                    }
                    _ => joined.push(piece.clone()),
                }
            }
        }
        let joined = joined.into_iter().map(Term::new).collect();
        Query { terms: pieces.into_iter().map(Term::new).collect(), joined }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}
