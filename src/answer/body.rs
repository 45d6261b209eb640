//! Questions about a body or programme the declaration names (ASEF, the ASEAN Secretariat,
//! Erasmus+) that ask what the declaration never records of one: when it began, where it sits,
//! who leads it, its motto, how to apply. No paragraph answers them, however often it names the body.

use crate::corpus::Corpus;
use std::collections::HashSet;

/// Words that ask when something began ("when was ASEF founded").
const BEGINNING: &[&str] = &[
    "founded",
    "founding",
    "established",
    "establish",
    "launched",
    "launch",
    "created",
    "start",
    "started",
    "begin",
    "began",
    "inception",
    "set",
    "adopted",
];
/// Words that ask where something sits ("where is the Asia-Europe Foundation headquartered").
const SEAT: &[&str] = &[
    "headquartered",
    "headquarters",
    "hq",
    "based",
    "located",
    "location",
    "address",
    "seat",
    "office",
    "offices",
    "headquaters",
];
/// Words that ask who leads something ("who heads the ASEAN Secretariat").
const LEADERSHIP: &[&str] = &[
    "heads",
    "head",
    "leads",
    "leader",
    "chairs",
    "chairman",
    "chairperson",
    "director",
    "president",
    "secretary",
    "secretary-general",
];
/// Words that ask for a body's own words or its calls ("the slogan of Erasmus+", "the deadline
/// for ASEM-DUO").
const OWN_AFFAIRS: &[&str] = &[
    "motto",
    "slogan",
    "deadline",
    "deadlines",
    "eligible",
    "eligibility",
];

/// Whether a sentence of `question` asks of a body the glossary or a meeting's record names
/// something no record of the declaration holds, and names no meeting. The sentence that names the
/// body is the one that counts: "reporter here and on deadline. Did Seoul decide…" asks no deadline.
pub fn asks_a_record_of_a_body(corpus: &Corpus, question: &str) -> bool {
    // A word or two after a sentence ("…the ASEM-DUO Fellowship? deadline?") goes on with it.
    let mut sentences: Vec<Vec<String>> = Vec::new();
    for sentence in question.split(['.', '?', '!', ';', ':']) {
        let words = crate::text::words(sentence);
        match sentences.last_mut() {
            Some(last) if words.len() <= 2 => last.extend(words),
            _ => sentences.push(words),
        }
    }
    let bodies = Bodies::of(corpus);
    sentences.iter().any(|words| sentence_asks(&bodies, words))
}

fn sentence_asks(bodies: &Bodies, words: &[String]) -> bool {
    // "where does the text say the Secretariat is based?" asks what the text says.
    let of_the_text = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "say"
                | "says"
                | "said"
                | "mention"
                | "mentions"
                | "mentioned"
                | "paragraph"
                | "declaration"
                | "text"
                | "document"
                | "talk"
                | "talks"
                | "describe"
                | "described"
        )
    });
    if of_the_text || super::meeting::speaks_of_a_meeting(words) || !bodies.named_in(words) {
        return false;
    }
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    let asks_when = words.iter().any(|w| matches!(w.as_str(), "when" | "year"));
    let asks_where = words.iter().any(|w| w == "where")
        || words.windows(2).any(|pair| {
            matches!(pair[0].as_str(), "which" | "what")
                && matches!(pair[1].as_str(), "city" | "country" | "town" | "place")
        });
    let asks_who = words.iter().any(|w| w == "who");
    let asks_which = words.iter().any(|w| matches!(w.as_str(), "which" | "what"));
    // "who can apply for ASEM-DUO?", "is it open to PhD candidates?": who may take part ("does it
    // apply to…" is another verb).
    let eligibility = words.windows(2).any(|pair| {
        matches!(
            (pair[0].as_str(), pair[1].as_str()),
            ("can", "apply") | ("to", "apply") | ("i", "apply") | ("we", "apply") | ("open", "to")
        )
    });
    ((asks_when || asks_who || asks_which) && has(BEGINNING))
        || (asks_where && (has(SEAT) || bodies.where_is_one(words)))
        || (asks_who && has(LEADERSHIP))
        || has(OWN_AFFAIRS)
        || eligibility
}

/// The names a question may give a body by, gathered once per question.
struct Bodies {
    /// The glossary's names (folded words joined by spaces), but for the meetings' own terms.
    names: Vec<String>,
    /// Every word of any glossary name.
    name_words: HashSet<String>,
    /// The words of the bodies a meeting's record names ("ministry", "secretariat").
    record: HashSet<String>,
}

impl Bodies {
    fn of(corpus: &Corpus) -> Bodies {
        // The meetings and the process they steer are what the records are of: "who started the
        // ASEM Education Process?" is the Helsinki summit's story (¶2).
        let of_the_meetings = |term: &crate::corpus::Term| {
            super::definition::names(term).any(|name| {
                name.split(' ')
                    .any(|w| w == "process" || super::meeting::is_meeting_noun(w))
            })
        };
        Bodies {
            names: corpus
                .glossary
                .iter()
                .filter(|term| !of_the_meetings(term))
                .flat_map(super::definition::names)
                .collect(),
            name_words: corpus
                .glossary
                .iter()
                .flat_map(super::definition::names)
                .flat_map(|name| name.split(' ').map(str::to_string).collect::<Vec<_>>())
                .collect(),
            record: super::meeting::organisation_words(corpus),
        }
    }

    /// Whether `words` name a body or programme: a term of the glossary, or a body a meeting's
    /// record names ("the Ministry", "the Secretariat").
    fn named_in(&self, words: &[String]) -> bool {
        let spaced = format!(" {} ", words.join(" ").replace('-', " "));
        self.names
            .iter()
            .any(|name| spaced.contains(&format!(" {name} ")))
            || words.iter().any(|w| self.record.contains(w))
    }

    /// "where is the ASEAN Secretariat?": where a body is, the question ending with its name.
    fn where_is_one(&self, words: &[String]) -> bool {
        let Some(at) = words.iter().position(|w| w == "where") else {
            return false;
        };
        let rest = &words[at + 1..];
        if !rest
            .first()
            .is_some_and(|w| matches!(w.as_str(), "is" | "are" | "s"))
        {
            return false;
        }
        // Nothing but the body's name is asked of: "where is the Secretariat's role set out" is
        // not.
        let body = &rest[1..];
        self.named_in(body)
            && body.iter().all(|w| {
                self.name_words.contains(w)
                    || self.record.contains(w)
                    || matches!(
                        w.as_str(),
                        "the"
                            | "a"
                            | "an"
                            | "now"
                            | "today"
                            | "currently"
                            | "of"
                            | "korean"
                            | "korea"
                    )
            })
    }
}
