//! "What is …" questions about a term of the glossary ("what does OER stand for", "whats a MOOC",
//! "ASEM-DUO?"): which term, so that the answer opens with its entry.

use crate::corpus::{Corpus, Term};
use crate::text::words;

/// Words that make a question a request for a definition ("what does X stand for").
const ASKING: &[&[&str]] = &[
    &["what", "is"],
    &["what", "s"],
    &["whats"],
    &["what", "are"],
    &["what", "was"],
    &["what", "does"],
    &["what", "do"],
    &["who", "is"],
    &["who", "are"],
    &["stand", "for"],
    &["stands", "for"],
    &["refer", "to"],
    &["refers", "to"],
    &["short", "for"],
    &["meant", "by"],
    &["define"],
    &["definition"],
    &["meaning"],
    &["mean"],
    &["means"],
    &["explain"],
    &["acronym"],
    &["abbreviation"],
    &["expansion"],
    &["full", "form"],
    &["spelled", "out"],
];
/// Words a definition request may hold besides the term and its asking words.
const FILLER: &[&str] = &[
    "the",
    "a",
    "an",
    "of",
    "in",
    "this",
    "that",
    "it",
    "its",
    "declaration",
    "text",
    "document",
    "exactly",
    "again",
    "please",
    "me",
    "can",
    "could",
    "you",
    "someone",
    "tell",
    "quick",
    "q",
    "question",
    "sorry",
    "hi",
    "hey",
    "so",
    "um",
    "actually",
    "for",
    "to",
    "by",
    "is",
    "does",
    "do",
    "what",
    "whats",
    "s",
    "keep",
    "seeing",
    "see",
    "saw",
    "word",
    "term",
    "thing",
    "name",
    "here",
    "stand",
    "stands",
    "mean",
    "means",
    "they",
    "there",
    "programme",
    "program",
    "organisation",
    "organization",
    "ok",
    "okay",
    "and",
    "who",
    "are",
    "was",
    "anyone",
    "know",
    "knows",
    "wondering",
    "i",
    "im",
    "m",
    "am",
    "new",
    "just",
    "be",
    "would",
];

/// The glossary term a question asks to have explained, if that is all it asks: "What is ASEM?",
/// "whats a MOOC", "ASEM-DUO?", "I keep seeing OER in the text, what does it mean?".
pub fn asked_term<'c>(corpus: &'c Corpus, question: &str) -> Option<&'c Term> {
    term_asked_in(corpus, question, true).or_else(|| {
        // A chat message around the request: "newbie here, what does ASEM stand for?", "what are
        // MOOCs exactly? my prof keeps mentioning them". One clause that asks is enough; a term
        // alone in a clause is not ("ASEM-DUO, and what about mobility?").
        question
            .split(['?', '!', '.', ',', ';', ':', '—', '–', '(', ')'])
            .filter(|clause| !clause.trim().is_empty())
            .find_map(|clause| term_asked_in(corpus, clause, false))
    })
}

/// [`asked_term`] on one piece of text: the term with asking words (or, if `bare` is allowed,
/// alone) and nothing else but filler.
fn term_asked_in<'c>(corpus: &'c Corpus, question: &str, bare: bool) -> Option<&'c Term> {
    // "ASEM DUO" and "ASEM-DUO" are one name.
    let words: Vec<String> = words(question)
        .iter()
        .flat_map(|w| w.split('-').map(str::to_string).collect::<Vec<_>>())
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || words.len() > 20 {
        return None;
    }
    // The longest name of a term standing in the question.
    let mut found: Option<(usize, usize, &Term)> = None;
    for term in &corpus.glossary {
        for name in names(term) {
            let name: Vec<String> = name.split(' ').map(str::to_string).collect();
            for at in 0..words.len() {
                let fits = name.iter().enumerate().all(|(i, part)| {
                    words.get(at + i).is_some_and(|w| {
                        w == part
                            || (i + 1 == name.len()
                                && (w.strip_suffix('s') == Some(part.as_str())
                                    || part.strip_suffix('s') == Some(w.as_str())))
                    })
                });
                if fits && found.is_none_or(|(_, len, _)| name.len() > len) {
                    found = Some((at, name.len(), term));
                }
            }
        }
    }
    let (at, length, term) = found?;
    let mut rest: Vec<&str> = words[..at]
        .iter()
        .chain(&words[at + length..])
        .map(String::as_str)
        .collect();
    let asking = ASKING
        .iter()
        .any(|phrase| rest.windows(phrase.len()).any(|window| window == *phrase));
    rest.retain(|w| !FILLER.contains(w) && !ASKING.iter().any(|p| p.contains(w)));
    // Only the term, or the term with asking words: anything else is a question about the topic.
    let alone = bare && words.len() == length;
    ((asking || alone) && rest.is_empty()).then_some(term)
}

/// The names a term goes by, as folded words joined by spaces.
fn names(term: &Term) -> impl Iterator<Item = String> + '_ {
    std::iter::once(term.term.as_str())
        .chain(std::iter::once(term.expansion.as_str()))
        .chain(term.forms.iter().map(String::as_str))
        .chain(term.aliases.iter().map(String::as_str))
        .filter(|n| !n.is_empty())
        .map(|n| words(&n.replace('-', " ")).join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn definitions_are_recognised_however_asked() {
        let corpus = Corpus::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data")).unwrap();
        let term = |q: &str| asked_term(&corpus, q).map(|t| t.term.clone());
        assert_eq!(term("What is ASEM?").as_deref(), Some("ASEM"));
        assert_eq!(term("what does OER mean?").as_deref(), Some("OER"));
        assert_eq!(term("whats a MOOC").as_deref(), Some("MOOCs"));
        assert_eq!(term("What does SDG stand for?").as_deref(), Some("SDG"));
        assert_eq!(term("ASEM-DUO?").as_deref(), Some("ASEM-DUO"));
        assert_eq!(
            term("what is lifelong learning").as_deref(),
            Some("Lifelong learning")
        );
        assert_eq!(
            term("What is the ASEM Education Secretariat?").as_deref(),
            Some("ASEM Education Secretariat")
        );
        assert_eq!(
            term("I keep seeing OER in the text, what does it mean?").as_deref(),
            Some("OER")
        );
        assert_eq!(term("what's the full form of ICT").as_deref(), Some("ICT"));
        assert_eq!(
            term("newbie here, what does ASEM stand for?").as_deref(),
            Some("ASEM")
        );
        assert_eq!(
            term("what are MOOCs exactly? my prof keeps mentioning them").as_deref(),
            Some("MOOCs")
        );
        assert_eq!(
            term("what is the ASEM Education Secretariat, is it an office or what").as_deref(),
            Some("ASEM Education Secretariat")
        );
        assert_eq!(term("ASEM-DUO, and what about mobility?"), None);
        assert_eq!(term("What is said about mobility?"), None);
        assert_eq!(term("mobility"), None);
        assert_eq!(
            term("What does the declaration say about MOOCs and equity?"),
            None
        );
    }
}
