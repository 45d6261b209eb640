//! Facts about the meeting other than the timeline's (what it celebrated, how the process began…),
//! matched by the `asks` of `facts.toml`.

use crate::corpus::{Corpus, Fact};
use crate::text::words;

/// Words between the first and the last word of an `asks` entry, at most, beyond its own: "when
/// did the meeting take place" asks when the meeting was; "all this stuff gets done after the
/// meeting" asks nothing of all the meetings.
const MAX_GAP: usize = 4;

/// The fact a question asks for, if it is about the meeting: the fact with the most specific `asks`
/// entry whose words all occur in the question, close together.
pub fn match_fact<'a>(corpus: &'a Corpus, question: &str) -> Option<&'a Fact> {
    let asked = words(question);
    let positions = |pattern: &str| -> Vec<usize> {
        asked
            .iter()
            .enumerate()
            .filter(|(_, w)| match pattern.strip_suffix('*') {
                Some(prefix) => w.starts_with(prefix),
                None => *w == pattern || w.strip_suffix('s') == Some(pattern),
            })
            .map(|(i, _)| i)
            .collect()
    };
    // Some occurrence of every word within a window of the entry's length plus the gap.
    let word_matches_all = |ask: &Vec<String>| {
        let found: Vec<Vec<usize>> = ask.iter().map(|w| positions(w)).collect();
        if found.iter().any(Vec::is_empty) {
            return false;
        }
        let window = ask.len() + MAX_GAP;
        (0..asked.len()).any(|start| {
            found
                .iter()
                .all(|at| at.iter().any(|&i| i >= start && i < start + window))
        })
    };
    corpus
        .facts
        .iter()
        .filter_map(|fact| {
            fact.asks
                .iter()
                .filter(|ask| word_matches_all(ask))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facts_are_asked_with_their_words_close_together() {
        let corpus = Corpus::shipped();
        let fact = |q: &str| match_fact(&corpus, q).map(|f| f.id.clone());
        assert_eq!(
            fact("When did the meeting take place?").as_deref(),
            Some("dates")
        );
        assert_eq!(
            fact("list all the meetings please").as_deref(),
            Some("previous-meetings")
        );
        assert_eq!(
            fact("so who makes sure all this stuff gets done after the meeting?"),
            None
        );
    }
}
