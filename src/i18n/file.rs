//! English as a file: the default build leaves `en.rs`'s strings out of the wasm (most
//! users read Chinese) and fetches them from `dist/i18n/en-<hash>.txt` when English is
//! used. The full build (feature `en-inline`, on by default, so the host and the browser
//! tests too) has them compiled in and never fetches.
//!
//! The file is the catalogue's strings in field order, one a line, after a first line that
//! is the fingerprint of those strings (`EN_HASH` in hex, also in the file's name):
//! `Texts` and every struct in it are `repr(C)` with nothing but strings (`OnlyStrings`,
//! checked field by field where each is declared), so the catalogue is `COUNT` strings in
//! a row and needs no names in the file nor code per message in the wasm. No message holds
//! a line break (the writer refuses one). The fingerprint is computed from `en.rs` while
//! compiling, so the wasm knows the one file that fits it: a file of another version, cut
//! short or altered in any way is refused (`FileError`), and the page stays in Chinese.
//! `assets/i18n/en.txt` is written from `en.rs` by
//! `I18N_FIXTURE=write cargo test --lib i18n`, and a host test fails when the two differ;
//! `scripts/post-build.mjs` names the copy in `dist/` by its fingerprint.

use super::Texts;
use std::sync::OnceLock;

/// A type that is nothing but `&'static str`s in a row: a string, an array of such, or a
/// `repr(C)` struct of such (`strings_struct!`).
///
/// # Safety
/// Only for types whose every byte is part of a `&'static str` field, with no padding.
pub unsafe trait OnlyStrings {}
// SAFETY: a string is itself.
unsafe impl OnlyStrings for &'static str {}
// SAFETY: an array's elements are laid out one after another, without padding.
unsafe impl<T: OnlyStrings, const N: usize> OnlyStrings for [T; N] {}

/// Compiles only for a type that is strings (used in the catalogue's declarations).
pub(super) const fn only_strings<T: OnlyStrings>() {}

/// How many strings a catalogue is.
pub const COUNT: usize = size_of::<Texts>() / size_of::<&str>();
const _: () = assert!(COUNT * size_of::<&str>() == size_of::<Texts>() && align_of::<Texts>() == align_of::<&str>());

/// A catalogue's strings, in field order.
const fn strings(t: &Texts) -> &[&'static str; COUNT] {
    // SAFETY: `Texts` is `repr(C)` and every field is `OnlyStrings` (checked by the
    // `catalogue!` macro for each field), so it is exactly `COUNT` strings in a row, of the
    // same size and alignment (asserted above).
    unsafe { &*(t as *const Texts).cast::<[&'static str; COUNT]>() }
}

/// FNV-1a over the strings, each followed by 0xFF (which UTF-8 never holds), so moving a
/// character from one message to the next changes it too.
const fn hash(strings: &[&str]) -> u64 {
    const PRIME: u64 = 0x0100_0000_01b3;
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < strings.len() {
        let bytes = strings[i].as_bytes();
        let mut j = 0;
        while j < bytes.len() {
            h = (h ^ bytes[j] as u64).wrapping_mul(PRIME);
            j += 1;
        }
        h = (h ^ 0xff).wrapping_mul(PRIME);
        i += 1;
    }
    h
}

/// The fingerprint of `en.rs`'s strings, computed while compiling: the default build has
/// this number, not the strings.
pub const EN_HASH: u64 = hash(strings(&super::en::TEXTS));

/// `EN_HASH` as 16 hex digits (the file's first line), in the name `scripts/post-build.mjs`
/// gives the file in `dist/i18n/`: a new catalogue is a new address, which no cache can
/// answer with an old file.
const NAME: [u8; 23] = {
    let mut out = *b"en-0000000000000000.txt";
    let mut i = 0;
    while i < 16 {
        let nibble = (EN_HASH >> (60 - 4 * i)) & 0xf;
        out[3 + i] = b"0123456789abcdef"[nibble as usize];
        i += 1;
    }
    out
};
pub const EN_FILE_NAME: &str = match std::str::from_utf8(&NAME) {
    Ok(s) => s,
    Err(_) => panic!("the name is ASCII"),
};
const HEX_STR: &str = match EN_FILE_NAME.split_at_checked(3) {
    Some((_, rest)) => match rest.split_at_checked(16) {
        Some((hex, _)) => hex,
        None => panic!("16 digits"),
    },
    None => panic!("after en-"),
};

/// Why a file is not the catalogue this build expects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileError {
    /// Its first line is not this build's fingerprint: another version, or not the file.
    NotThisVersion,
    /// Not `COUNT` lines after it, or their fingerprint differs: cut short or altered.
    Damaged,
}

/// The catalogue a file holds, checked against the fingerprint; any text is answered
/// without a panic.
fn read(text: &str) -> Result<[&str; COUNT], FileError> {
    let (head, body) = text.split_once('\n').ok_or(FileError::NotThisVersion)?;
    if head != HEX_STR {
        return Err(FileError::NotThisVersion);
    }
    // Every line ends with '\n', the last one too (so a file cut at a line's end is short).
    let body = body.strip_suffix('\n').ok_or(FileError::Damaged)?;
    let mut out = [""; COUNT];
    let mut lines = body.split('\n');
    for slot in &mut out {
        *slot = lines.next().ok_or(FileError::Damaged)?;
    }
    if lines.next().is_some() || hash(&out) != EN_HASH {
        return Err(FileError::Damaged);
    }
    Ok(out)
}

/// The catalogue `text` holds, kept for the rest of the page's life (it is read once).
fn parse(text: &str) -> Result<&'static Texts, FileError> {
    read(text)?;
    let text: &'static str = Box::leak(text.into());
    let strings = read(text)?;
    // SAFETY: `Texts` is `COUNT` strings in a row (see `strings`); transmute checks the sizes.
    let texts: Texts = unsafe { std::mem::transmute::<[&'static str; COUNT], Texts>(strings) };
    Ok(Box::leak(Box::new(texts)))
}

static LOADED: OnceLock<&'static Texts> = OnceLock::new();

/// Takes the English file's text: afterwards `Lang::En` is ready. Loading it again changes
/// nothing.
pub fn load_english(text: &str) -> Result<(), FileError> {
    if english().is_none() {
        let texts = parse(text)?;
        let _ = LOADED.set(texts);
    }
    Ok(())
}

/// English, when it is here.
#[cfg(feature = "en-inline")]
pub(super) fn english() -> Option<&'static Texts> {
    Some(&super::en::TEXTS)
}

#[cfg(not(feature = "en-inline"))]
pub(super) fn english() -> Option<&'static Texts> {
    LOADED.get().copied()
}

/// The file's text for a catalogue (host only: the tests write and check the committed
/// file). Fails on a message with a line break, which the format cannot hold.
#[cfg(not(target_arch = "wasm32"))]
pub fn write(t: &Texts) -> Result<String, String> {
    let strings = strings(t);
    let mut out = format!("{:016x}\n", hash(strings));
    for (i, s) in strings.iter().enumerate() {
        if s.contains('\n') {
            return Err(format!("message {i} ({s:?}) has a line break, which the language file cannot hold"));
        }
        out.push_str(s);
        out.push('\n');
    }
    Ok(out)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::i18n::{texts_or_zh, Lang};
    use proptest::prelude::*;

    /// The committed file, which Trunk copies into `dist/i18n/`.
    const FILE: &str = "assets/i18n/en.txt";

    fn en() -> String {
        write(&crate::i18n::en::TEXTS).expect("every English message fits the file")
    }

    #[test]
    fn the_committed_file_is_en_rs() {
        let want = en();
        let Some(got) = crate::i18n::wording_tests::committed(FILE, &want) else { return };
        assert!(got == want, "assets/i18n/en.txt is not en.rs: I18N_FIXTURE=write cargo test --lib i18n rewrites it");
        assert!(got.starts_with(HEX_STR), "its first line is the fingerprint the wasm expects");
    }

    #[test]
    fn the_file_reads_back_as_every_english_message() {
        let parsed = parse(&en()).expect("the file reads");
        let (got, want) = (strings(parsed), strings(&crate::i18n::en::TEXTS));
        for i in 0..COUNT {
            assert_eq!(got[i], want[i], "message {i}");
        }
        // And through the messages' own methods (templates, plurals, arrays): every row of
        // the wording fixture, rendered from the file's catalogue.
        assert_eq!(
            crate::i18n::wording_tests::render_texts(Lang::En, parsed),
            crate::i18n::wording_tests::render_texts(Lang::En, &crate::i18n::en::TEXTS)
        );
    }

    #[test]
    fn the_catalogue_is_not_read_from_another_file() {
        let file = en();
        let cut = |n: usize| file.get(..n).map(str::to_string).unwrap_or_default();
        let lines: Vec<&str> = file.lines().collect();
        let cases = [
            ("empty", String::new()),
            ("no line break", HEX_STR.to_string()),
            ("another version", file.replacen(HEX_STR, "0123456789abcdef", 1)),
            ("an HTML page", "<!doctype html><p>Not found</p>\n".to_string()),
            ("cut short", cut(file.len() / 2)),
            ("cut at a line's end", lines[..lines.len() - 1].join("\n") + "\n"),
            ("without its last line break", cut(file.len() - 1)),
            ("a line more", format!("{file}extra\n")),
            ("a message changed", file.replacen("Jobs", "Jobz", 1)),
            ("two messages swapped", {
                let mut l = lines.clone();
                l.swap(3, 4);
                l.join("\n") + "\n"
            }),
            ("CRLF line ends", file.replace('\n', "\r\n")),
        ];
        for (what, text) in cases {
            assert!(parse(&text).is_err(), "{what} is refused");
        }
        assert_eq!(parse(&file.replacen(HEX_STR, "0123456789abcdef", 1)).err(), Some(FileError::NotThisVersion));
        assert_eq!(parse(&cut(file.len() / 2)).err(), Some(FileError::Damaged));
    }

    #[test]
    fn english_not_loaded_is_chinese() {
        assert!(std::ptr::eq(texts_or_zh(Lang::En, None), Lang::Zh.texts()));
        assert!(std::ptr::eq(texts_or_zh(Lang::Zh, None), Lang::Zh.texts()));
        assert!(std::ptr::eq(texts_or_zh(Lang::En, Some(&crate::i18n::en::TEXTS)), &crate::i18n::en::TEXTS));
        // What the UI then shows is whole Chinese, with the switch to English.
        assert_eq!(texts_or_zh(Lang::En, None).language_switch(), "English");
    }

    /// The default build's path (`cargo test --lib --no-default-features i18n::file::`, which
    /// scripts/test runs): Chinese until the file is loaded, a bad file changes nothing,
    /// then English is every message of en.rs.
    #[cfg(not(feature = "en-inline"))]
    #[test]
    fn english_is_ready_once_its_file_is_loaded() {
        assert!(!Lang::En.ready());
        assert!(std::ptr::eq(Lang::En.texts(), Lang::Zh.texts()));
        assert_eq!(load_english("0123456789abcdef\nJobs\n"), Err(FileError::NotThisVersion));
        assert!(!Lang::En.ready());
        assert_eq!(load_english(&en()), Ok(()));
        assert!(Lang::En.ready());
        assert_eq!(strings(Lang::En.texts()), strings(&crate::i18n::en::TEXTS));
        assert_eq!(Lang::En.texts().language_switch(), "中文");
    }

    #[test]
    fn a_message_with_a_line_break_is_refused_by_the_writer() {
        let mut t = crate::i18n::en::TEXTS;
        t.app_title = "Skill\nMatch";
        assert!(write(&t).is_err());
    }

    proptest! {
        /// Any text at all, and the real file with any bytes changed, cut or added: an
        /// answer, never a panic, and never a catalogue unless it is the file.
        #[test]
        fn any_text_is_answered_without_a_panic(text in ".{0,300}") {
            prop_assert!(parse(&text).is_err());
        }

        #[test]
        fn any_change_to_the_file_is_refused(at in 0usize..8000, byte in any::<u8>(), cut in any::<bool>()) {
            let file = en().into_bytes();
            let at = at % file.len();
            let mut changed = file.clone();
            if cut {
                changed.truncate(at);
            } else if changed[at] != byte {
                changed[at] = byte;
            } else {
                changed.insert(at, b'x');
            }
            if let Ok(text) = std::str::from_utf8(&changed) {
                prop_assert!(parse(text).is_err());
            }
        }
    }
}
