//! Telephone numbers in free text, so a posting that gives no application link can still be
//! applied to: "联系电话：138 0000 1234" becomes a `tel:` link the worker can tap.

/// Numbers in `text` that read as telephone numbers, as `tel:` hrefs (digits and a leading
/// `+`), in order, without repeats. Recognised: `+` and a country code; Chinese mobiles (11
/// digits from 1); numbers with a trunk prefix 0 (10–12 digits); 400/800 service lines
/// (10 digits). Separators inside a number may be spaces, `-`, `.`, `(` and `)`. Dates and
/// amounts do not look like any of these.
pub fn phone_numbers(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let starts = chars[i].is_ascii_digit()
            || ("+(".contains(chars[i]) && chars.get(i + 1).is_some_and(char::is_ascii_digit));
        // A number starts at a digit (or +) not glued to a preceding digit or letter.
        if !starts || (i > 0 && chars[i - 1].is_ascii_alphanumeric()) {
            i += 1;
            continue;
        }
        let mut digits = String::new();
        let mut j = i;
        while j < chars.len() && digits.len() <= 16 {
            let c = chars[j];
            if c.is_ascii_digit() || (c == '+' && j == i) {
                digits.push(c);
            } else if " -.()".contains(c)
                && chars[j + 1..].iter().take(2).find(|n| !" -.()".contains(**n)).is_some_and(char::is_ascii_digit)
            {
                // a separator (or two, as in ") ") inside the number
            } else {
                break;
            }
            j += 1;
        }
        let glued = chars.get(j).is_some_and(char::is_ascii_alphanumeric);
        let n = digits.trim_start_matches('+').len();
        let phone = !glued
            && if digits.starts_with('+') {
                (8..=15).contains(&n)
            } else if digits.starts_with('1') {
                n == 11
            } else if digits.starts_with('0') {
                (10..=12).contains(&n)
            } else {
                n == 10 && (digits.starts_with("400") || digits.starts_with("800"))
            };
        if phone {
            let href = format!("tel:{digits}");
            if !out.contains(&href) {
                out.push(href);
            }
        }
        i = j.max(i + 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::phone_numbers;

    #[test]
    fn finds_phone_numbers_and_not_dates_or_amounts() {
        assert_eq!(
            phone_numbers("联系电话：138 0000 1234，或 028-8555 1234。"),
            ["tel:13800001234", "tel:02885551234"]
        );
        assert_eq!(phone_numbers("Call +61 2 9999 0000 or (02) 9999 0000"), ["tel:+61299990000", "tel:0299990000"]);
        assert_eq!(phone_numbers("热线 400-800-1234"), ["tel:4008001234"]);
        assert!(phone_numbers("2026-09-15 发布，月薪 5000-8000 元，编号 12345678901234567890").is_empty());
        assert!(phone_numbers("ID A13800001234").is_empty(), "glued to a letter");
    }
}
