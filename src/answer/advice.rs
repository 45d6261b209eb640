//! Questions that ask the people in the channel for advice of their own ("can anyone recommend a
//! good online course?", "should I do my masters in Seoul or Berlin?", "is a part-time degree
//! worth it?"): a declaration of ministers recommends nothing to one person, so no paragraph
//! answers them, however close its topic.

use crate::text::words;

/// What the speaker may ask to choose or do ("should I apply…").
const CHOOSING: &[&str] = &[
    "do", "study", "major", "pick", "choose", "go", "apply", "take", "learn", "enrol", "enroll",
];
/// Words of a question about the text itself ("what do the ministers recommend?").
const OF_THE_TEXT: &[&str] = &[
    "declaration",
    "text",
    "document",
    "paragraph",
    "ministers",
    "minister",
    "they",
    "asem",
    "asemme",
    "meeting",
];

/// Whether `question` asks for advice for the speaker, and speaks of neither the text nor its
/// ministers.
pub fn asks_for_advice(question: &str) -> bool {
    let words = words(question);
    if words.iter().any(|w| OF_THE_TEXT.contains(&w.as_str())) {
        return false;
    }
    let recommend = words.windows(2).any(|pair| {
        matches!(
            (pair[0].as_str(), pair[1].as_str()),
            (
                "you" | "anyone" | "someone" | "anybody" | "somebody" | "u",
                "recommend"
            ) | ("recommend", "me")
                | ("any", "recommendations")
        )
    }) || words.first().is_some_and(|w| w == "recommend");
    let worth_it = words
        .windows(2)
        .any(|pair| pair[0] == "worth" && pair[1] == "it");
    let should_i = words.windows(3).any(|three| {
        three[0] == "should" && three[1] == "i" && CHOOSING.contains(&three[2].as_str())
    });
    recommend || worth_it || should_i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn advice_for_the_speaker_is_told_from_the_text_s_own() {
        for question in [
            "can anyone recommend a good online course for data science? free if possible",
            "i'm 45 and thinking of doing a part-time degree online, is that worth it?",
            "should i do my masters in seoul or berlin?",
            "Which universities should I apply to for an exchange semester in Korea?",
            "recommend a good app to learn korean?",
        ] {
            assert!(asks_for_advice(question), "{question}");
        }
        for question in [
            "What student-to-teacher ratio do the ministers recommend?",
            "How should I cite this text — what is its full title?",
            "What year should I put for the Finnish summit?",
            "does the declaration recommend more exchanges?",
        ] {
            assert!(!asks_for_advice(question), "{question}");
        }
    }
}
