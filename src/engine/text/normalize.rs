//! Text folding shared by the resolver and the search index, so both agree on what
//! "the same text" means.

/// Folds one character for comparison: ASCII and full-width letters to lowercase ASCII,
/// full-width digits to ASCII, pinyin's tone-marked vowels to plain ones (people paste
/// "Zhōngguó" and "lǚ"), but ü stays ü: typed for pinyin it means v, and it must not turn a
/// literal "v" in a text into a match. Other characters unchanged.
pub fn fold_char(c: char) -> char {
    let c = match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        'ā' | 'á' | 'ǎ' | 'à' | 'Ā' | 'Á' | 'Ǎ' | 'À' => 'a',
        'ē' | 'é' | 'ě' | 'è' | 'ê' | 'ế' | 'ề' | 'Ē' | 'É' | 'Ě' | 'È' | 'Ê' => 'e',
        'ī' | 'í' | 'ǐ' | 'ì' | 'Ī' | 'Í' | 'Ǐ' | 'Ì' => 'i',
        'ō' | 'ó' | 'ǒ' | 'ò' | 'Ō' | 'Ó' | 'Ǒ' | 'Ò' => 'o',
        'ū' | 'ú' | 'ǔ' | 'ù' | 'Ū' | 'Ú' | 'Ǔ' | 'Ù' => 'u',
        'ǖ' | 'ǘ' | 'ǚ' | 'ǜ' | 'Ü' | 'Ǖ' | 'Ǘ' | 'Ǚ' | 'Ǜ' => 'ü',
        'ń' | 'ň' | 'ǹ' => 'n',
        'ḿ' => 'm',
        c => c,
    };
    c.to_ascii_lowercase()
}

/// Characters that carry no meaning for matching (spaces, punctuation, symbols).
pub fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || c.is_ascii_punctuation()
        || matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FF0F}' | '\u{FF1A}'..='\u{FF20}' | '·' | '•' | '—' | '…' | '“' | '”' | '‘' | '’')
}

/// The folded form of `s` without separators: the key names resolve by.
pub fn key(s: &str) -> String {
    s.chars().map(fold_char).filter(|c| !is_separator(*c)).collect()
}

/// A word as a key for matching the words of a closed vocabulary ("Part-time" and
/// `PART_TIME`, "per Year" and `YEARLY`): ASCII letters lower-cased, separators dropped,
/// other characters kept. ASCII-only on purpose: Unicode case tables cost the download
/// tens of kilobytes, and the vocabularies are ASCII or hanzi.
pub fn word_key(s: &str) -> String {
    s.chars().filter(|c| !is_separator(*c)).map(|c| c.to_ascii_lowercase()).collect()
}

/// The primary-reading pinyin of `s` (hanzi spelled out, letters and digits kept), e.g.
/// 电工 → "diangong"; `None` when `s` has no hanzi (the plain key already covers it).
pub fn pinyin_key(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len() * 2);
    let mut any = false;
    for c in s.chars().map(fold_char).filter(|c| !is_separator(*c)) {
        match super::pinyin::readings(c).next() {
            Some(r) => {
                out.push_str(r);
                any = true;
            }
            None => out.push(c),
        }
    }
    any.then_some(out)
}

/// Plain text from an HTML fragment: tags dropped, block ends turned into line breaks,
/// entities decoded. The result is only ever rendered as text.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(pos) = rest.find(['<', '&']) {
        out.push_str(&rest[..pos]);
        rest = &rest[pos..];
        if rest.starts_with('<') {
            // A '<' that opens no tag ("月薪<8000元") is text.
            let Some(close) = rest.find('>') else {
                out.push_str(rest);
                rest = "";
                break;
            };
            let end = close + 1;
            let tag = rest[1..close].trim_start_matches('/').to_ascii_lowercase();
            let name: String = tag.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
            // Script and style bodies are not text.
            if name == "script" || name == "style" {
                rest = after_closing(&rest[end..], &name);
                continue;
            }
            if matches!(name.as_str(), "br" | "p" | "li" | "div" | "tr" | "h1" | "h2" | "h3" | "h4" | "ul" | "ol") {
                out.push('\n');
            }
            rest = &rest[end..];
        } else {
            // Entities are short: look for the ';' only within the next few bytes, so a
            // text of many bare '&' stays linear.
            let window = &rest.as_bytes()[1..rest.len().min(11)];
            let end = window.iter().position(|b| *b == b';').map(|e| e + 2);
            match end.and_then(|e| entity(&rest[1..e - 1]).map(|c| (c, e))) {
                Some((c, e)) => {
                    out.push(c);
                    rest = &rest[e..];
                }
                None => {
                    out.push('&');
                    rest = &rest[1..];
                }
            }
        }
    }
    out.push_str(rest);
    tidy_lines(&out)
}

/// The text after `</name…>` (case-insensitive), or nothing if it is never closed.
fn after_closing<'a>(mut rest: &'a str, name: &str) -> &'a str {
    while let Some(pos) = rest.find("</") {
        let tail = &rest[pos + 2..];
        let matches = tail.len() >= name.len() && tail.as_bytes()[..name.len()].eq_ignore_ascii_case(name.as_bytes());
        rest = tail;
        if matches {
            return rest.find('>').map_or("", |e| &rest[e + 1..]);
        }
    }
    ""
}

fn entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        _ => {
            let n = name.strip_prefix('#')?;
            let code = match n.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => n.parse().ok()?,
            };
            char::from_u32(code).filter(|c| !c.is_control() || *c == '\n')?
        }
    })
}

/// Collapses runs of spaces and blank lines left behind by removed markup.
fn tidy_lines(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for line in s.lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")) {
        if line.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&line);
    }
    out
}
