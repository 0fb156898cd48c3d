//! Reading what can still be read of a damaged saved profile. A value cut short (a write
//! interrupted, storage full mid-write) or followed by junk is closed at the last complete
//! element, so the skills, brands and place before the damage are kept instead of lost.

/// `text` cut after its last complete element and closed, or `None` when nothing of it is a
/// JSON object or array. Linear in the text's length.
pub fn close_truncated_json(text: &str) -> Option<String> {
    let mut stack: Vec<char> = Vec::new();
    let (mut in_string, mut escaped) = (false, false);
    // Where the text may be cut, and the brackets open there.
    let mut cut: Option<(usize, usize)> = None;
    let mut started = false;
    for (i, c) in text.char_indices() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '{' | '[' => {
                stack.push(if c == '{' { '}' } else { ']' });
                started = true;
            }
            '}' | ']' => {
                if stack.pop() != Some(c) {
                    break; // junk: stop at the last good cut
                }
                if stack.is_empty() {
                    return Some(text[..=i].to_string());
                }
                cut = Some((i + 1, stack.len()));
            }
            // Everything before a comma is complete elements of the open containers.
            ',' if !stack.is_empty() => cut = Some((i, stack.len())),
            _ => {}
        }
    }
    if !started {
        return None;
    }
    let (at, depth) = cut.unwrap_or((0, 0));
    if depth == 0 {
        return None;
    }
    // Reconstruct the closers open at the cut by rescanning the kept prefix.
    let kept = &text[..at];
    let mut open: Vec<char> = Vec::new();
    let (mut in_string, mut escaped) = (false, false);
    for c in kept.chars() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '{' => open.push('}'),
            '[' => open.push(']'),
            '}' | ']' => {
                open.pop();
            }
            _ => {}
        }
    }
    let mut out = kept.to_string();
    out.extend(open.iter().rev());
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::close_truncated_json as close;

    #[test]
    fn closes_at_the_last_complete_element() {
        let cut = r#"{"skills":[{"name":"电工","level":3},{"name":"焊"#;
        assert_eq!(close(cut).as_deref(), Some(r#"{"skills":[{"name":"电工","level":3}]}"#));
        let cut = r#"{"skills":[{"name":"电工","level":3}],"brands":["b-zg"],"city":"自贡市","wa"#;
        assert_eq!(
            close(cut).as_deref(),
            Some(r#"{"skills":[{"name":"电工","level":3}],"brands":["b-zg"],"city":"自贡市"}"#)
        );
        assert_eq!(close(r#"{"city":"成都市"}garbage"#).as_deref(), Some(r#"{"city":"成都市"}"#));
        assert_eq!(close(r#"{"a":"x,y\"}"#), None, "a comma inside a string is no cut");
        assert_eq!(close("not json"), None);
        assert_eq!(close(""), None);
        assert_eq!(close(r#"{"sk"#), None, "nothing complete");
    }
}
