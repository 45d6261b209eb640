//! English words (SCOWL's lists from Debian's wamerican and wbritish, in `assets/english-words/`):
//! a word in this list is a real word the user meant, never a typo to "correct" into a word of
//! the declaration.

use std::collections::HashSet;
use std::sync::OnceLock;

static WORDS: &str = include_str!("../../assets/english-words/words.txt");

fn words() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| WORDS.lines().filter(|l| !l.is_empty()).collect())
}

/// Whether `word` (folded to lower case) is an English word, possessive aside.
pub fn is_word(word: &str) -> bool {
    let word = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("s'"))
        .unwrap_or(word);
    words().contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_words_are_known_and_typos_are_not() {
        for word in [
            "bake", "cake", "what", "gender", "legally", "binding", "asia's",
        ] {
            assert!(is_word(word), "{word}");
        }
        for word in ["erasmsu", "mobilty", "employabilty"] {
            assert!(!is_word(word), "{word}");
        }
    }
}
