//! Text helpers shared by every layer: Discord-safe lengths and truncation, escaping user text,
//! and the folding that makes "Erasmus+", "ERASMUS" and "erasmus" compare equal.

/// Length as Discord measures it. Discord counts UTF-16 code units for its limits, which is never
/// less than the number of characters, so staying under it is safe either way.
pub fn discord_len(text: &str) -> usize {
    text.encode_utf16().count()
}

/// Cuts `text` so that its Discord length is at most `max`, at a word boundary when one is near,
/// never inside a character, and marks the cut with "…". Markdown bold left open by the cut is closed.
pub fn truncate(text: &str, max: usize) -> String {
    if discord_len(text) <= max {
        return text.to_string();
    }
    if max == 0 {
        return String::new();
    }
    // Room for the ellipsis and a possible closing "**".
    let budget = max.saturating_sub(3);
    let mut end = 0;
    let mut used = 0;
    for (index, ch) in text.char_indices() {
        let width = ch.len_utf16();
        if used + width > budget {
            break;
        }
        used += width;
        end = index + ch.len_utf8();
    }
    let hard = &text[..end];
    // Prefer a word boundary unless it would throw away more than a fifth of the room.
    let cut = match hard.rfind(char::is_whitespace) {
        Some(space) if space * 5 >= hard.len() * 4 => hard[..space].trim_end(),
        _ => hard,
    };
    let mut out = cut.trim_end().to_string();
    if out.matches("**").count() % 2 == 1 {
        out.push_str("**");
    }
    out.push('…');
    out
}

/// Escapes Discord markdown and defuses mentions in text a user typed, so that echoing it back can
/// neither format the reply nor ping anyone (allowed_mentions is empty as well; this is the second lock).
pub fn escape_user_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '*' | '_' | '~' | '`' | '|' | '>' | '#' | '[' | ']' | '\\' => {
                out.push('\\');
                out.push(ch);
            }
            '@' => out.push_str("@\u{200B}"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Collapses runs of whitespace into single spaces and trims the ends.
pub fn squash_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Lower-cases and folds the common accented Latin letters and typographic punctuation to ASCII,
/// for comparisons that should not care about case or curly quotes.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '‘' | '’' | '‛' | '′' => out.push('\''),
            '“' | '”' | '„' | '″' => out.push('"'),
            '–' | '—' | '‐' | '‑' => out.push('-'),
            'à'..='å' | 'À'..='Å' => out.push('a'),
            'è'..='ë' | 'È'..='Ë' => out.push('e'),
            'ì'..='ï' | 'Ì'..='Ï' => out.push('i'),
            'ò'..='ö' | 'Ò'..='Ö' => out.push('o'),
            'ù'..='ü' | 'Ù'..='Ü' => out.push('u'),
            'ç' | 'Ç' => out.push('c'),
            'ñ' | 'Ñ' => out.push('n'),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// The words of `text`, folded: runs of letters, digits, `+` and inner hyphens ("people-to-people",
/// "erasmus+", "4th").
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_word(text, |word| out.push(word.to_string()));
    out
}

/// Calls `visit` with each word of `text` as [`words`] finds them, without allocating a string per
/// word (the lexicon of a large corpus visits millions).
pub fn for_each_word(text: &str, mut visit: impl FnMut(&str)) {
    let folded = fold(text);
    let mut start: Option<usize> = None;
    let mut chars = folded.char_indices().peekable();
    while let Some((i, ch)) = chars.next() {
        let inner_hyphen =
            ch == '-' && start.is_some() && chars.peek().is_some_and(|(_, c)| c.is_alphanumeric());
        if ch.is_alphanumeric() || inner_hyphen || (ch == '+' && start.is_some()) {
            start.get_or_insert(i);
        } else if let Some(from) = start.take() {
            visit(&folded[from..i]);
        }
    }
    if let Some(from) = start {
        visit(&folded[from..]);
    }
}

/// A ¶ citation for one paragraph or a range: `¶6`, `¶6–7`.
pub fn cite(first: u32, last: u32) -> String {
    if first == last {
        format!("¶{first}")
    } else {
        format!("¶{first}–{last}")
    }
}

/// Cites a list of paragraph numbers compactly, merging consecutive runs: `¶1, ¶6–7, ¶10`.
pub fn cite_all(numbers: &[u32]) -> String {
    let mut sorted = numbers.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let mut parts = Vec::new();
    let mut iter = sorted.into_iter().peekable();
    while let Some(first) = iter.next() {
        let mut last = first;
        while iter.peek() == Some(&(last + 1)) {
            last = iter.next().unwrap_or(last);
        }
        parts.push(cite(first, last));
    }
    parts.join(", ")
}

const NUMBER_WORDS: [&str; 20] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];
const ORDINAL_WORDS: [&str; 20] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

/// The number a folded word names: `6`, `six`, `6th`, `sixth` (up to twenty in words).
pub fn number_value(word: &str) -> Option<u32> {
    ordinal_value(word).or_else(|| {
        if !word.is_empty() && word.len() <= 4 && word.bytes().all(|b| b.is_ascii_digit()) {
            return word.parse().ok();
        }
        NUMBER_WORDS
            .iter()
            .position(|w| *w == word)
            .map(|i| i as u32 + 1)
    })
}

/// The number an ordinal names: `3rd`, `third`, `21st` (not a bare `3`).
pub fn ordinal_value(word: &str) -> Option<u32> {
    if let Some(i) = ORDINAL_WORDS.iter().position(|w| *w == word) {
        return Some(i as u32 + 1);
    }
    let digits = word
        .strip_suffix("st")
        .or_else(|| word.strip_suffix("nd"))
        .or_else(|| word.strip_suffix("rd"))
        .or_else(|| word.strip_suffix("th"))?;
    if digits.is_empty() || digits.len() > 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncate_respects_limit_and_char_boundaries() {
        let text = "naïve café ".repeat(50) + "😀😀😀";
        for max in 0..80 {
            let cut = truncate(&text, max);
            assert!(discord_len(&cut) <= max, "{max}: {cut}");
        }
        assert_eq!(truncate("short", 10), "short");
        assert_eq!(
            truncate("alpha beta gamma delta epsilon", 20),
            "alpha beta gamma…"
        );
    }

    #[test]
    fn truncate_closes_open_bold() {
        let cut = truncate("a **bold phrase that goes on and on** end", 20);
        assert_eq!(cut.matches("**").count() % 2, 0, "{cut}");
    }

    #[test]
    fn escape_defuses_mentions_and_markdown() {
        let out = escape_user_text("@everyone **hi** `x`");
        assert!(!out.contains("@everyone"));
        assert!(out.contains("\\*\\*hi\\*\\*"));
    }

    #[test]
    fn words_keep_inner_hyphens_and_plus() {
        assert_eq!(
            words("People-to-people, Erasmus+ and the 4th “Industrial” -x"),
            vec![
                "people-to-people",
                "erasmus+",
                "and",
                "the",
                "4th",
                "industrial",
                "x"
            ]
        );
    }

    #[test]
    fn citations_merge_runs() {
        assert_eq!(cite_all(&[7, 6, 10, 1, 6]), "¶1, ¶6–7, ¶10");
        assert_eq!(cite(3, 3), "¶3");
    }
}
