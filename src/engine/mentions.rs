//! Which catalogue skills a posting names in its own words. Most JobPosting feeds list no
//! structured skills, but their titles and descriptions do ("招聘电工", "Electrician wanted"):
//! a worker's skill named there is evidence that the job uses it.
//!
//! Built once per catalogue: every skill name and alias of two characters or more (hanzi),
//! and every English name of five letters or more (matched as a whole word, ignoring case),
//! grouped by first character; a text is then scanned once, one map lookup per character.

use crate::engine::catalog::Catalog;
use crate::engine::hash::{slot, NumMap};
use crate::engine::model::SkillIx;
use crate::engine::text::fold_char;

/// Names by their first (folded) character: the character's list in `lists` (a `NumMap`
/// of indexes rather than a map of lists: one hash map shape fewer in the wasm).
#[derive(Debug, Default)]
pub struct SkillNames {
    by_first: NumMap,
    lists: Vec<Vec<(Vec<char>, SkillIx)>>,
}

/// The shortest name looked for: one hanzi names nothing reliably.
const MIN_HANZI: usize = 2;
/// English names shorter than this are too often parts of other words.
const MIN_LATIN: usize = 5;

impl SkillNames {
    pub fn new(cat: &Catalog) -> SkillNames {
        let mut by_first = NumMap::default();
        let mut lists: Vec<Vec<(Vec<char>, SkillIx)>> = Vec::new();
        for (ix, skill) in cat.skills.iter().enumerate() {
            let names = std::iter::once(&skill.name).chain(&skill.aliases).chain(std::iter::once(&skill.en));
            for name in names {
                let chars: Vec<char> = name.trim().chars().map(fold_char).collect();
                let latin = chars.iter().all(|c| c.is_ascii());
                if chars.len() < if latin { MIN_LATIN } else { MIN_HANZI } {
                    continue;
                }
                let at = slot(&mut by_first, chars[0] as usize, &mut lists, Vec::new);
                let list = &mut lists[at];
                if !list.iter().any(|(n, s)| *n == chars && *s == ix as SkillIx) {
                    list.push((chars, ix as SkillIx));
                }
            }
        }
        // Longest first, so "高级电工" is found before "电工" at the same place.
        for list in &mut lists {
            crate::engine::order::sort_by_key(list, |(name, _)| std::cmp::Reverse(name.len()));
        }
        SkillNames { by_first, lists }
    }

    /// The skills named in `text`, in order of first mention, each once, at most `max`.
    pub fn find(&self, text: &str, max: usize) -> Vec<SkillIx> {
        let mut out = Vec::new();
        if self.lists.is_empty() {
            return out;
        }
        let chars: Vec<char> = text.chars().map(fold_char).collect();
        for i in 0..chars.len() {
            let Some(names) = self.by_first.get(&(chars[i] as usize)).map(|at| &self.lists[*at as usize]) else {
                continue;
            };
            let latin_start = chars[i].is_ascii_alphanumeric();
            if latin_start && i > 0 && chars[i - 1].is_ascii_alphanumeric() {
                continue; // inside an English word
            }
            for (name, skill) in names {
                let end = i + name.len();
                let whole_word = !latin_start || chars.get(end).is_none_or(|c| !c.is_ascii_alphanumeric());
                if chars.get(i..end) == Some(name.as_slice()) && whole_word {
                    if !out.contains(skill) {
                        out.push(*skill);
                        if out.len() == max {
                            return out;
                        }
                    }
                    break;
                }
            }
        }
        out
    }
}
