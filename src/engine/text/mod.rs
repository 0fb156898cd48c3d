//! Text handling: folding, HTML to text, the packed pinyin table, and the search index.

mod contact;
pub mod index;
mod normalize;
mod number;
pub mod pinyin;
pub mod query;

pub use contact::phone_numbers;
pub use normalize::{fold_char, html_to_text, is_separator, key, pinyin_key, word_key};
pub use number::parse_decimal;
