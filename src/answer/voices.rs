//! Questions for what one person or an outsider said or thought ("what did the Korean president
//! say to the ministers?", "which minister gave the opening speech?", "what did critics say about
//! it?"): the declaration speaks for the ministers together and quotes no one, so no paragraph
//! answers them, however close its topic.

use crate::text::words;

/// Words that ask what was said or thought, or how it was received.
const SAYING: &[&str] = &[
    "say",
    "said",
    "says",
    "think",
    "thought",
    "thinks",
    "feel",
    "felt",
    "speech",
    "speeches",
    "remarks",
    "comment",
    "comments",
    "commented",
    "criticise",
    "criticised",
    "criticize",
    "criticized",
    "object",
    "objected",
    "walk",
    "walked",
    "react",
    "reacted",
    "reaction",
    "opinion",
];
/// One person, or people outside the meeting, as the one who speaks.
const VOICES: &[&str] = &[
    "minister",
    "president",
    "chairman",
    "chairwoman",
    "commissioner",
    "ambassador",
    "delegate",
    "secretary",
    "he",
    "she",
    "critics",
    "critic",
    "ngos",
    "ngo",
    "media",
    "press",
    "journalists",
    "experts",
    "observers",
    "commentators",
    "opposition",
    "unions",
];
/// Words that put the text or the ministers together back as the one who speaks ("what did
/// the ministers say…", "what does the declaration say a minister should…").
const THE_TEXT: &[&str] = &[
    "ministers",
    "they",
    "declaration",
    "text",
    "document",
    "paragraph",
    "it",
    "we",
];

/// Whether a sentence of `question` that asks ([`crate::text::asks_in`]: "what…", "did…") asks what one person or an
/// outsider said or thought: a word of saying with such a voice among the six words before it,
/// and neither the text nor the ministers together between them. A sentence that tells ("For
/// the minister's speech I need the slogan", "he says side thing") asks no one's words.
pub fn asks_for_a_voice(question: &str) -> bool {
    question
        .split(['.', '?', '!', ';'])
        .map(words)
        .filter(|words| crate::text::asks_in(words))
        .any(|words| voiced(&words))
}

fn voiced(words: &[String]) -> bool {
    words.iter().enumerate().any(|(at, word)| {
        // "do NGOs have a say?": a part in deciding, not words said.
        let a_say = word == "say"
            && at >= 1
            && matches!(words[at - 1].as_str(), "a" | "any" | "no" | "more" | "real");
        if !SAYING.contains(&word.as_str()) || a_say {
            return false;
        }
        let before = &words[at.saturating_sub(6)..at];
        before
            .iter()
            .rposition(|w| THE_TEXT.contains(&w.as_str()))
            .map_or(before, |last| &before[last + 1..])
            .iter()
            .any(|w| VOICES.contains(&w.as_str()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_person_s_words_are_told_from_the_ministers_together() {
        for question in [
            "What did the Korean president say to the ministers?",
            "which minister gave the opening speech in seoul",
            "what did the korean education minister personally think of the seoul declaration?",
            "What did the Korean education minister say at the press conference afterwards?",
            "What did critics say about the declaration's lack of binding targets?",
            "did any minister walk out or object during the Seoul talks",
        ] {
            assert!(asks_for_a_voice(question), "{question}");
        }
        for question in [
            "What did the ministers say about mobility?",
            "what does the declaration say about the role of the secretariat",
            "does the text say who the minister of education was?",
            "what do they think of lifelong learning",
            "Who did the ministers thank for hosting?",
            "For the minister's speech I need the official slogan of ASEMME6.",
            "does the declaration say the education part is a core piece of ASEM? he says side thing",
            "can regular students, teachers and NGOs have a say or is it all governments",
        ] {
            assert!(!asks_for_a_voice(question), "{question}");
        }
    }
}
