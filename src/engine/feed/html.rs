//! The JSON-LD inside a web page: the text of each `<script type="application/ld+json">`.
//! A linear scan, not an HTML parser: a feed URL that turns out to be a page (a job page, or
//! an error page served with status 200) is read for what it publishes to search engines.

/// The bodies of the page's JSON-LD scripts, in order.
pub fn json_ld(page: &str) -> impl Iterator<Item = &str> {
    let mut rest = page;
    std::iter::from_fn(move || loop {
        let open = find_ci(rest, "<script")?;
        let after = &rest[open + "<script".len()..];
        let tag_end = after.find('>')?;
        let attributes = &after[..tag_end];
        let body = &after[tag_end + 1..];
        let close = find_ci(body, "</script").unwrap_or(body.len());
        rest = &body[close..];
        if find_ci(attributes, "ld+json").is_some() {
            return Some(body[..close].trim());
        }
    })
}

/// Byte position of `needle` (ASCII) in `hay`, ignoring ASCII case.
fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let n = needle.as_bytes();
    let first = n.first()?.to_ascii_lowercase();
    let bytes = hay.as_bytes();
    (0..bytes.len().saturating_sub(n.len() - 1))
        .find(|&i| bytes[i].to_ascii_lowercase() == first && bytes[i..i + n.len()].eq_ignore_ascii_case(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_json_ld_scripts_only() {
        let page = r#"<html><head><SCRIPT src="a.js"></script><script type="application/ld+json">{"a":1}</script>
            <script>var x = "<script>";</script><script type='application/LD+JSON' id=x> [2] </SCRIPT></head></html>"#;
        assert_eq!(json_ld(page).collect::<Vec<_>>(), [r#"{"a":1}"#, "[2]"]);
        assert_eq!(json_ld("<p>404 Not Found</p>").count(), 0);
        assert_eq!(json_ld("<script type=application/ld+json>{").collect::<Vec<_>>(), ["{"]);
    }
}
