//! Facts about the meeting other than the timeline's (what it celebrated, how the process began…),
//! matched by the `asks` of `facts.toml`.

use crate::corpus::{Corpus, Fact};
use crate::text::words;

/// The fact a question asks for, if it is about the meeting: the fact with the most specific `asks`
/// entry whose words all occur in the question.
pub fn match_fact<'a>(corpus: &'a Corpus, question: &str) -> Option<&'a Fact> {
    let asked = words(question);
    let word_matches = |pattern: &str| {
        asked.iter().any(|w| match pattern.strip_suffix('*') {
            Some(prefix) => w.starts_with(prefix),
            None => w == pattern || w.strip_suffix('s') == Some(pattern),
        })
    };
    corpus
        .facts
        .iter()
        .filter_map(|fact| {
            fact.asks
                .iter()
                .filter(|ask| ask.iter().all(|w| word_matches(w)))
                .map(|ask| ask.len())
                .max()
                .map(|specificity| (specificity, fact))
        })
        // Most specific first; among equals, the fact listed first in the data.
        .fold(None, |best: Option<(usize, &Fact)>, (s, f)| match best {
            Some((b, _)) if b >= s => best,
            _ => Some((s, f)),
        })
        .map(|(_, fact)| fact)
}
