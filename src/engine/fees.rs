//! Postings that ask the worker to pay up front — deposits, training, uniform or medical-check
//! fees — a known recruitment-scam pattern. One table, used by the scoring (which lowers and
//! flags such postings) and by the demo-data generator's check (which plants a few of them),
//! so the two can never disagree on what a fee demand is.

/// Words by which a posting asks the worker for money.
pub const FEE_PHRASES: [&str; 12] =
    ["押金", "先交", "培训费", "服装费", "体检费", "报名费", "介绍费", "中介费", "工装费", "办证费", "学费", "保证金"];

/// The last characters of [`FEE_PHRASES`] (a test holds them to the table).
const PHRASE_ENDS: [char; 3] = ['费', '金', '交'];

/// A phrase preceded by one of these is a promise, not a demand: 免培训费, 无押金, 不收中介费.
const WAIVED: [&str; 5] = ["免", "无", "不收", "不交", "零"];

/// Whether `text` asks the worker to pay. 工资保证金 is the employer's wage deposit (a
/// safeguard), so a 保证金 only counts when it is not one.
pub fn asks_fee(text: &str) -> bool {
    // Every description is checked at each load: one pass that stops only where a phrase
    // could end (its last character), instead of a substring search per phrase.
    text.char_indices().filter(|(_, c)| PHRASE_ENDS.contains(c)).any(|(at, c)| {
        let upto = &text[..at + c.len_utf8()];
        FEE_PHRASES.iter().filter(|p| upto.ends_with(*p)).any(|phrase| {
            let before = &upto[..upto.len() - phrase.len()];
            let wage_deposit = *phrase == "保证金" && before.ends_with("工资");
            !wage_deposit && !WAIVED.iter().any(|w| before.ends_with(w))
        })
    })
}

// proptest is a host-only dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::{asks_fee, FEE_PHRASES, PHRASE_ENDS, WAIVED};
    use proptest::prelude::*;

    /// The rule as first written: every occurrence of every phrase.
    fn asks_fee_plain(text: &str) -> bool {
        FEE_PHRASES.iter().any(|phrase| {
            text.match_indices(phrase).any(|(at, _)| {
                let before = &text[..at];
                let wage_deposit = *phrase == "保证金" && before.ends_with("工资");
                !wage_deposit && !WAIVED.iter().any(|w| before.ends_with(w))
            })
        })
    }

    #[test]
    fn every_phrase_ends_in_one_of_the_phrase_ends() {
        for p in FEE_PHRASES {
            assert!(PHRASE_ENDS.iter().any(|c| p.ends_with(*c)), "{p}");
        }
    }

    proptest! {
        /// Texts made of the phrases' own characters (and a few others), so that phrases,
        /// overlaps, waivers and 工资保证金 come up often.
        #[test]
        fn the_one_pass_check_is_the_plain_rule(text in "[押金先交培训费服装体检报名介绍中工办证学保资免无不收零电 a]{0,24}") {
            prop_assert_eq!(asks_fee(&text), asks_fee_plain(&text));
        }
    }

    #[test]
    fn demands_and_promises() {
        for text in ["需交培训费300元", "入职交保证金 500 元", "学徒期先交学费3800元", "报名需交服装费和办证费共300元"]
        {
            assert!(asks_fee(text), "{text}");
        }
        for text in ["项目设立工资保证金，按月足额发放", "免培训费，包吃住", "无押金", "不收中介费", "培训免费"]
        {
            assert!(!asks_fee(text), "{text}");
        }
    }
}
