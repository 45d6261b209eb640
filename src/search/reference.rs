//! Paragraph references in user text: `10`, `¶10`, `para 6-7`, `paragraphs 6 to 7`, `§ 3`.
//! They are recognised here so that every command treats them alike.

/// A paragraph number or range as typed; bounds are checked by the caller against a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParagraphReference {
    pub first: i64,
    pub last: i64,
}

/// Reads `text` as a paragraph reference, if that is all it is. Numbers that do not fit are
/// saturated (so "¶99999999999999999999" is an out-of-range reference, not text), and a leading
/// minus sign is kept ("-3" is a reference to a paragraph that cannot exist).
pub fn parse_reference(text: &str) -> Option<ParagraphReference> {
    let mut rest = text.trim().trim_end_matches('.').trim();
    let lower = rest.to_lowercase();
    for prefix in [
        "paragraphs",
        "paragraph",
        "paras",
        "para.",
        "para",
        "pars",
        "par.",
        "par",
        "pp.",
        "p.",
        "¶¶",
        "¶",
        "§§",
        "§",
        "#",
    ] {
        if lower.starts_with(prefix) {
            rest = rest[prefix.len()..].trim_start();
            break;
        }
    }
    let (first, after) = number(rest)?;
    let after = after.trim_start();
    if after.is_empty() {
        return Some(ParagraphReference { first, last: first });
    }
    let after = ["-", "–", "—", "to", "..", "~"]
        .iter()
        .find_map(|sep| after.strip_prefix(sep))?
        .trim_start()
        .trim_start_matches('¶')
        .trim_start();
    let (last, tail) = number(after)?;
    tail.trim()
        .is_empty()
        .then_some(ParagraphReference { first, last })
}

fn number(text: &str) -> Option<(i64, &str)> {
    let (negative, digits_start) = match text.strip_prefix(['-', '−']) {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let end = digits_start
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(digits_start.len());
    if end == 0 {
        return None;
    }
    let value = digits_start[..end].parse::<i64>().unwrap_or(i64::MAX);
    Some((if negative { -value } else { value }, &digits_start[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(first: i64, last: i64) -> Option<ParagraphReference> {
        Some(ParagraphReference { first, last })
    }

    #[test]
    fn recognises_numbers_and_ranges() {
        assert_eq!(parse_reference("10"), r(10, 10));
        assert_eq!(parse_reference("¶10"), r(10, 10));
        assert_eq!(parse_reference(" para 6-7 "), r(6, 7));
        assert_eq!(parse_reference("Paragraphs 6 to 7"), r(6, 7));
        assert_eq!(parse_reference("¶6–¶7"), r(6, 7));
        assert_eq!(parse_reference("-3"), r(-3, -3));
        assert_eq!(parse_reference("¶0"), r(0, 0));
        assert_eq!(
            parse_reference("99999999999999999999999"),
            r(i64::MAX, i64::MAX)
        );
    }

    #[test]
    fn leaves_text_alone() {
        assert_eq!(parse_reference("4th industrial revolution"), None);
        assert_eq!(parse_reference("mobility"), None);
        assert_eq!(parse_reference("6 7"), None);
        assert_eq!(parse_reference(""), None);
        assert_eq!(parse_reference("paragraph"), None);
    }
}
