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
    matched_fact(corpus, question).map(|(fact, _)| fact)
}

/// [`match_fact`], with the number of words of the `asks` entry that matched: one or two
/// ("venue", "which city", "who started") are said of many things besides the meeting.
pub fn matched_fact<'a>(corpus: &'a Corpus, question: &str) -> Option<(&'a Fact, usize)> {
    let asked = words(question);
    corpus
        .facts
        .iter()
        .filter_map(|fact| {
            fact.asks
                .iter()
                .filter(|ask| ask_span(&asked, ask).is_some())
                .map(|ask| ask.len())
                .max()
                .map(|specificity| (specificity, fact))
        })
        // Most specific first; among equals, the fact listed first in the data.
        .fold(None, |best: Option<(usize, &Fact)>, (s, f)| match best {
            Some((b, _)) if b >= s => best,
            _ => Some((s, f)),
        })
        .map(|(specificity, fact)| (fact, specificity))
}

/// Where the words of an `asks` entry stand in `asked`: the first and last position of the first
/// window of the entry's length plus the gap holding some occurrence of every word of it.
fn ask_span(asked: &[String], ask: &[String]) -> Option<(usize, usize)> {
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
    let found: Vec<Vec<usize>> = ask.iter().map(|w| positions(w)).collect();
    if found.iter().any(Vec::is_empty) {
        return None;
    }
    let window = ask.len() + MAX_GAP;
    (0..asked.len()).find_map(|start| {
        let within: Vec<usize> = found
            .iter()
            .map(|at| {
                at.iter()
                    .copied()
                    .find(|&i| i >= start && i < start + window)
            })
            .collect::<Option<_>>()?;
        Some((*within.iter().min()?, *within.iter().max()?))
    })
}

/// Whether a fact matched by a short ask ("which city", "venue", "who organi*") is asked of
/// another subject than the meeting: every clause that makes the ask also names something the
/// meeting's record does not ("universities" in "which city has the best universities in Asia?").
pub fn asked_of_another_subject(corpus: &Corpus, question: &str, fact: &Fact) -> bool {
    let asking: Vec<&str> = question
        .split([',', ';', '?', '!', '.', ':', '—', '–'])
        .flat_map(|clause| clause.split(" - "))
        .filter(|clause| match_fact(corpus, clause).is_some_and(|f| f.id == fact.id))
        .collect();
    // "ASEMME6: when?": an ask whose words fall in different clauses is read in the whole question.
    let asking = if asking.is_empty() {
        vec![question]
    } else {
        asking
    };
    // "the dates of the occasion, for a briefing note": a clause that speaks of the meeting asks of
    // it, whatever else it names (a meeting described as another's is never asked of here).
    asking.iter().all(|clause| {
        let asked = words(clause);
        !super::meeting::speaks_of_a_meeting(&asked)
            && !super::meeting::other_subject_words(corpus, &asked).is_empty()
    })
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
