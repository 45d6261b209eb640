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

/// The English word closest to a word that is none ("entrepeneurship" is "entrepreneurship"):
/// within one edit.
pub fn closest(word: &str) -> Option<String> {
    static SPELLER: OnceLock<super::spelling::Speller> = OnceLock::new();
    if is_word(word) {
        return None;
    }
    SPELLER
        .get_or_init(|| {
            let vocabulary: std::collections::HashMap<String, u32> =
                words().iter().map(|w| (w.to_string(), 1)).collect();
            super::spelling::Speller::new(&vocabulary)
        })
        .correct_by_one(word)
}

/// Words clipped as people type them in chat ("adult ed", "govt", "intl"), with the word they
/// clip: the sentence encoder reads them poorly, and the declaration never uses them.
const CLIPPINGS: &[(&str, &str)] = &[
    ("ed", "education"),
    ("edu", "education"),
    ("educ", "education"),
    ("uni", "university"),
    ("unis", "universities"),
    ("govt", "government"),
    ("govts", "governments"),
    ("gov", "government"),
    ("govs", "governments"),
    ("intl", "international"),
    ("tech", "technology"),
    ("techs", "technologies"),
    ("info", "information"),
    ("admin", "administration"),
    ("dept", "department"),
    ("depts", "departments"),
    ("prof", "professor"),
    ("profs", "professors"),
    ("org", "organisation"),
    ("orgs", "organisations"),
    ("mgmt", "management"),
    ("ppl", "people"),
    ("stats", "statistics"),
    ("dev", "development"),
    ("grad", "graduate"),
    ("grads", "graduates"),
    ("undergrad", "undergraduate"),
    ("undergrads", "undergraduates"),
    ("postgrad", "postgraduate"),
    ("postgrads", "postgraduates"),
    ("voc", "vocational"),
    ("quals", "qualifications"),
    ("qual", "qualification"),
    ("env", "environment"),
    ("econ", "economy"),
    ("biz", "business"),
    ("collab", "collaboration"),
    ("collabs", "collaborations"),
    ("intercult", "intercultural"),
    // Chat's clipped small words: "is there smth in there about…", "abt teacher pay".
    ("r", "are"),
    ("u", "you"),
    ("ur", "your"),
    ("smth", "something"),
    ("sth", "something"),
    ("abt", "about"),
    ("btwn", "between"),
    ("thru", "through"),
];

/// `text` with each clipped word written in full ("adult ed" → "adult education"), but for those
/// `known` (a corpus or its bank that uses "uni" reads it as typed). A word joined to another by
/// an apostrophe ("int'l", "ed's") is left as typed.
pub fn unclipped(text: &str, known: impl Fn(&str) -> bool) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| c.is_alphanumeric()) {
        let (before, from) = rest.split_at(start);
        out.push_str(before);
        let end = from
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(from.len());
        let (word, after) = from.split_at(end);
        let joined = before.ends_with(['\'', '’']) || after.starts_with(['\'', '’']);
        let lower = word.to_lowercase();
        match CLIPPINGS.iter().find(|(clipped, _)| *clipped == lower) {
            Some((_, full)) if !joined && !known(&lower) => out.push_str(full),
            _ => out.push_str(word),
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clipped_words_are_read_in_full() {
        let nothing = |_: &str| false;
        assert_eq!(unclipped("adult ed?", nothing), "adult education?");
        assert_eq!(
            unclipped("Unis & govt", nothing),
            "universities & government"
        );
        assert_eq!(unclipped("int'l ed's", nothing), "int'l ed's");
        assert_eq!(
            unclipped("is there smth abt pay?", nothing),
            "is there something about pay?"
        );
        assert_eq!(
            unclipped("what r they promising u", nothing),
            "what are they promising you"
        );
        assert_eq!(unclipped("education", nothing), "education");
        assert_eq!(unclipped("my uni", |w| w == "uni"), "my uni");
    }

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
