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
    &["defined"],
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
    // "ELI5 lifelong learning", "asean is which org again?"
    &["eli5"],
    &["wat", "is"],
    // "wat r MOOCs", "what r OERs"
    &["wat", "r"],
    &["what", "r"],
    &["wats"],
    &["wut", "is"],
    &["which", "org"],
    &["which", "organisation"],
    &["which", "organization"],
    &["what", "org"],
    &["wtf", "is"],
    &["wth", "is"],
    // "ok dumb question but what even is asem", "wait so what counts as the 4th industrial
    // revolution", "never heard of OER before today".
    &["what", "even", "is"],
    &["counts", "as"],
    &["count", "as"],
    &["never", "heard"],
    // The same requests in French, Spanish and German: "c'est quoi STEM", "qu'est-ce que
    // l'ASEM", "¿qué significa ICT?", "was ist ASEF", "Erasmus+ ¿es un programa…?".
    &["c", "est", "quoi"],
    &["qu", "est-ce", "que"],
    &["que", "signifie"],
    &["veut", "dire"],
    &["que", "significa"],
    &["que", "es"],
    &["es", "un"],
    &["es", "una"],
    &["c", "est", "un"],
    &["c", "est", "une"],
    &["was", "ist"],
    &["was", "bedeutet"],
    // "erasmus plus is what exactly", "is that a program or just the series of meetings?"
    &["is", "what"],
    &["different", "from"],
    &["is", "that", "a"],
    &["is", "that", "an"],
    &["is", "it", "a"],
    &["is", "it", "an"],
];
/// Words of a question about what the text says ("what does it say about MOOCs and equity?"):
/// such a question wants the paragraphs, not the glossary.
const ABOUT_TEXT: &[&str] = &[
    "say",
    "says",
    "said",
    "mention",
    "mentions",
    "mentioned",
    "commit",
    "committed",
    "promise",
    "promised",
    "pledge",
    "agree",
    "agreed",
    "stance",
    "position",
    "view",
    "views",
    "how",
    "why",
    "role",
    "about",
];
/// First words of a yes-or-no question about what the declaration does.
const YES_NO: &[&str] = &[
    "does", "do", "did", "can", "could", "will", "would", "should", "has", "have", "are",
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
    "r",
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
    "wait",
    "pls",
    "plz",
    "again",
    "or",
    "right",
    "yes",
    "even",
    // "Please define ASEM LEMC as used in the Declaration."
    "as",
    "used",
    // What kind of thing a term is: "an organisation or just a series of meetings?"
    "series",
    "body",
    "group",
    "institution",
    "network",
    "initiative",
    "scheme",
    "meeting",
    "meetings",
    "dumb",
    "but",
    "then",
    "before",
    "today",
    "heard",
    "never",
    "foundation",
    "fundacion",
    "fondation",
    "programa",
    "organizacion",
    // Function words of the French, Spanish and German requests above.
    "l",
    "le",
    "la",
    "les",
    "de",
    "du",
    "des",
    "el",
    "en",
    "un",
    "une",
    "una",
    "o",
    "ou",
    "oder",
    "ein",
    "eine",
    "der",
    "die",
    "das",
    "exactement",
    "exactamente",
    "genau",
    "declaracion",
    "erklarung",
];

/// The term whose name `question` asks to have spelt out ("what does ASEMME6 stand for?",
/// "ASEMME6 is short for what?"): its glossary entry answers before any record of a meeting the
/// name also names.
pub fn name_spelt_out<'c>(corpus: &'c Corpus, question: &str) -> Option<&'c Term> {
    let words = words(question);
    let spelling_out = words
        .windows(2)
        .any(|w| matches!(w[0].as_str(), "stand" | "stands" | "short") && w[1] == "for")
        || words
            .iter()
            .any(|w| matches!(w.as_str(), "acronym" | "abbreviation" | "abbreviated"));
    spelling_out.then(|| asked_term(corpus, question)).flatten()
}

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

/// The paragraphs that use a glossary term a question asks whether the declaration mentions ("is
/// Erasmus+ mentioned anywhere in the declaration?", "does ASEM-DUO get a shoutout?"): they answer
/// it before any paragraph near the rest of the message.
pub fn paragraphs_of_a_term_asked_after(corpus: &Corpus, question: &str) -> Vec<u32> {
    let words = words(question);
    let asks_if_mentioned = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "mention"
                | "mentions"
                | "mentioned"
                | "shoutout"
                | "shoutouts"
                | "cited"
                | "referenced"
                | "appear"
                | "appears"
                | "anywhere"
        )
    });
    if !asks_if_mentioned {
        return Vec::new();
    }
    paragraphs_of_terms_named(corpus, question)
}

/// The paragraphs that use a glossary term `question` names by its name, a form or an alias ("a
/// MOOC" as "MOOCs"), in order.
pub fn paragraphs_of_terms_named(corpus: &Corpus, question: &str) -> Vec<u32> {
    let words = words(question);
    let singular = |w: &String| w.strip_suffix('s').unwrap_or(w).to_string();
    let named = |name: &String| {
        let name: Vec<String> = crate::text::words(name).iter().map(singular).collect();
        !name.is_empty()
            && words
                .windows(name.len())
                .any(|w| w.iter().map(singular).eq(name.iter().cloned()))
    };
    let mut paragraphs: Vec<u32> = corpus
        .glossary
        .iter()
        .filter(|term| {
            std::iter::once(&term.term)
                .chain(&term.forms)
                .chain(&term.aliases)
                .any(named)
        })
        .flat_map(|term| term.paragraphs.iter().copied())
        .collect();
    paragraphs.sort_unstable();
    paragraphs.dedup();
    paragraphs
}

/// The glossary term a question that names a paragraph asks the meaning of ("what does FMM mean
/// in para 12?"); a term that only names the paragraph by its topic ("paragraph ten, the ICT one,
/// full text?") asks none.
pub fn term_asked_beside_a_paragraph<'c>(corpus: &'c Corpus, question: &str) -> Option<&'c Term> {
    let said = words(question);
    let meaning_asked_at = said.iter().rposition(|w| {
        matches!(
            w.as_str(),
            "mean"
                | "means"
                | "meaning"
                | "meant"
                | "stand"
                | "stands"
                | "define"
                | "defined"
                | "definition"
                | "what"
                | "whats"
                | "explain"
                | "acronym"
                | "abbreviation"
        )
    });
    // "what's ASEF? oh wait, it's in paragraph six, just show me that paragraph": the paragraph
    // is asked for in the end.
    // "show me paragraph 11? maybe also explain what ASEF is": the meaning is asked after.
    let shown = crate::search::reference::where_a_paragraph_is_asked_for(&said)
        .is_some_and(|shown_at| meaning_asked_at.is_some_and(|asked_at| shown_at > asked_at));
    let term = asked_term(corpus, question).filter(|_| meaning_asked_at.is_some() && !shown)?;
    // "what is the ASEM Education Secretariat invited to do in paragraph 13?": a word of the
    // declaration besides the term, the asking and the paragraph asks what the paragraph says of
    // the term, not what the term means.
    let name_words: std::collections::HashSet<String> = names(term)
        .flat_map(|n| n.split(' ').map(str::to_string).collect::<Vec<_>>())
        .collect();
    let words = words(question);
    let after_the_term = words
        .iter()
        .skip_while(|w| !name_words.contains(*w))
        .skip_while(|w| name_words.contains(*w))
        .take_while(|w| !crate::search::reference::speaks_of_a_paragraph(std::slice::from_ref(*w)));
    // "the 4th Industrial Revolution bit in paragraph 4": a piece of the paragraph is asked for.
    let piece_of_text = |w: &str| {
        matches!(
            w,
            "bit"
                | "bits"
                | "part"
                | "passage"
                | "sentence"
                | "line"
                | "lines"
                | "wording"
                | "mention"
                | "phrase"
                | "clause"
        )
    };
    let asks_of_the_paragraph = after_the_term.take(6).any(|w| {
        piece_of_text(w)
            || crate::text::number_value(w).is_none()
                && !FILLER.contains(&w.as_str())
                && !ASKING.iter().any(|phrase| phrase.contains(&w.as_str()))
                && ["", "s", "d", "ed", "ing"].iter().any(|ending| {
                    w.strip_suffix(ending)
                        .is_some_and(|stem| stem.len() >= 3 && corpus.primary_words.contains(stem))
                })
    });
    (!asks_of_the_paragraph).then_some(term)
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
    // Every word of every name of the glossary.
    let name_words: std::collections::HashSet<String> = corpus
        .glossary
        .iter()
        .flat_map(names)
        .flat_map(|n| n.split(' ').map(str::to_string).collect::<Vec<_>>())
        .collect();
    let words = spelled_out_joined(&name_words, words);
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
                            // "fourth industrial revolution" is the "4th" one.
                            || crate::text::ordinal_value(w)
                                .is_some_and(|n| crate::text::ordinal_value(part) == Some(n))
                            || (i + 1 == name.len()
                                && (w.strip_suffix('s') == Some(part.as_str())
                                    || part.strip_suffix('s') == Some(w.as_str())))
                    })
                });
                // The longest name; of two as long, the one asked first ("Erasmus+: is it a
                // programme of the EU or of ASEM?").
                if fits
                    && found.is_none_or(|(found_at, len, _)| {
                        name.len() > len || (name.len() == len && at < found_at)
                    })
                {
                    found = Some((at, name.len(), term));
                }
            }
        }
    }
    let (at, length, term) = found?;
    // "is there a job board for asem graduates": whether something exists, not what a term is;
    // "is there an acronym they use for open educational resources" asks for one all the same.
    let existence = matches!(
        words.as_slice(),
        [be, there, ..] if matches!(be.as_str(), "is" | "are" | "was" | "were") && there == "there"
    );
    let asked_by_a_word = ASKING
        .iter()
        .any(|phrase| matches!(phrase, [one] if words.iter().any(|w| w == one)));
    if existence && !asked_by_a_word {
        return None;
    }
    // "what's this 4th industrial revolution thing they mention", "what is the SDG they mention":
    // what follows says where the term was seen, not what is asked of it.
    let seen_words = |from: usize| {
        matches!(
            words.get(from).map(String::as_str),
            Some("they" | "it" | "you" | "he" | "she")
        ) && matches!(
            words.get(from + 1).map(String::as_str),
            Some("mention" | "mentions" | "mentioned" | "say" | "says" | "said" | "use" | "uses")
        )
    };
    let words = match words.get(at + length).map(String::as_str) {
        Some("thing" | "things" | "stuff") => &words[..at + length + 1],
        _ if seen_words(at + length) => &words[..at + length],
        _ => &words[..],
    };
    let mut rest: Vec<&str> = words[..at]
        .iter()
        .chain(&words[at + length..])
        .map(String::as_str)
        .collect();
    // "the ICT paragraph - I mean ¶10": a speaker correcting themselves asks no meaning.
    while let Some(i) = rest.windows(2).position(|w| w == ["i", "mean"]) {
        rest.drain(i..i + 2);
    }
    if bare && words.len() == length {
        return Some(term);
    }
    // "Is the ASEM Education Secretariat an organisation or…": "is" and the term, then what kind.
    let is_it_a = words.first().is_some_and(|w| w == "is")
        && (at == 1 || (at == 2 && words[1] == "the"))
        && words
            .get(at + length)
            .is_some_and(|w| w == "a" || w == "an");
    // "what exactly is", "what actually does … mean": an adverb between asking words.
    let unhedged: Vec<&str> = rest
        .iter()
        .copied()
        .filter(|w| {
            ![
                "exactly",
                "actually",
                "really",
                "precisely",
                "just",
                "even",
                "um",
            ]
            .contains(w)
        })
        .collect();
    let asking = is_it_a
        || ASKING.iter().any(|phrase| {
            unhedged
                .windows(phrase.len())
                .any(|window| window == *phrase)
        });
    let other: Vec<&&str> = rest
        .iter()
        .filter(|w| !FILLER.contains(w) && !ASKING.iter().any(|p| p.contains(w)))
        .collect();
    // Without asking words, a short question about the term is still a request ("ICT = information
    // and communication technology?", "erasmus plus is the EU exchange thing yes?"), unless it
    // asks something of the declaration ("does it cap fees for MOOCs?").
    let yes_no = words.first().is_some_and(|w| YES_NO.contains(&w.as_str()));
    // Typed without a question mark, the question shows in its words ("oer is that like free
    // textbooks", "asem — forum, organisation, what").
    let asks_without_a_mark = rest
        .iter()
        .any(|w| ["what", "whats", "is", "like", "yes", "right", "or", "kind"].contains(w));
    let short_question =
        (question.contains(['?', '=']) || asks_without_a_mark) && other.len() <= 3 && !yes_no;
    // "credit transfer - how is it defined?", "TVET — how is that different from normal
    // school": asks what it is, "how" notwithstanding.
    let defined = rest.contains(&"defined") || rest.windows(2).any(|w| w == ["different", "from"]);
    if !(asking || short_question)
        || rest
            .iter()
            .any(|w| ABOUT_TEXT.contains(w) && !(defined && *w == "how"))
    {
        return None;
    }
    // "What's the application deadline for ASEM-DUO?" asks what something of the term is: between
    // "what is" and the term, only filler. "What kind of resources are OER?" asks what the term
    // is, by a word of its own name.
    let own_words: std::collections::HashSet<String> = names(term)
        .flat_map(|n| n.split(' ').map(str::to_string).collect::<Vec<_>>())
        .collect();
    let of_its_kind = |i: usize| {
        let w = words[i].as_str();
        (matches!(w, "kind" | "sort" | "type") && words.get(i + 1).is_some_and(|n| n == "of"))
            || (i >= 2
                && words[i - 1] == "of"
                && matches!(words[i - 2].as_str(), "kind" | "sort" | "type")
                && (own_words.contains(w) || own_words.contains(w.trim_end_matches('s'))))
    };
    let asks_of_something_else = (0..at).any(|start| {
        ["what", "whats", "who"].contains(&words[start].as_str())
            && (start + 1..at).any(|i| {
                let w = words[i].as_str();
                !FILLER.contains(&w) && !ASKING.iter().any(|p| p.contains(&w)) && !of_its_kind(i)
            })
    }) && !words[at + length..]
        .iter()
        .any(|w| ["mean", "means", "stand", "stands"].contains(&w.as_str()));
    // "What's ASEF's office address in Singapore?" asks a thing of the term's; "what's ASEF's
    // full name?", "what's ASEM's deal?" ask what the term is.
    let asks_a_thing_of_its = words.get(at + length).is_some_and(|w| w == "s")
        && words.get(at + length + 1).is_some_and(|w| {
            !matches!(
                w.as_str(),
                "full"
                    | "name"
                    | "meaning"
                    | "definition"
                    | "acronym"
                    | "abbreviation"
                    | "deal"
                    | "story"
                    | "background"
                    | "purpose"
                    | "mission"
                    | "mandate"
                    | "job"
                    | "thing"
            )
        });
    if asks_of_something_else || asks_a_thing_of_its {
        return None;
    }
    // Besides the term, its own names and asking words, a request holds small talk ("is ASEF an
    // NGO or what is it", "never heard this term before"); a question about a topic holds the
    // declaration's words ("what is ASEF's role in mobility"). One is allowed: "is it the EU
    // exchange thing?".
    let topical = other
        .iter()
        .filter(|w| !name_words.contains(***w))
        .filter(|w| corpus.primary_words.contains(***w))
        .count();
    (topical <= 1).then_some(term)
}

/// `words` with a name spelled out or split as heard ("a s e m", "i c t", "a sef", "t vet",
/// "life long", "citizen ship") joined back into the word of a glossary name it spells.
fn spelled_out_joined(
    name_words: &std::collections::HashSet<String>,
    words: Vec<String>,
) -> Vec<String> {
    let mut out = Vec::with_capacity(words.len());
    let mut at = 0;
    while at < words.len() {
        let joined = (2..=5.min(words.len() - at)).rev().find_map(|k| {
            let pieces = &words[at..at + k];
            let joined: String = pieces.concat();
            (name_words.contains(&joined) && !name_words.contains(&pieces[0]))
                .then_some((joined, k))
        });
        match joined {
            Some((word, k)) => {
                out.push(word);
                at += k;
            }
            None => {
                out.push(words[at].clone());
                at += 1;
            }
        }
    }
    out
}

/// The names a term goes by, as folded words joined by spaces.
pub(crate) fn names(term: &Term) -> impl Iterator<Item = String> + '_ {
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

    #[test]
    fn a_name_asked_after_puts_the_paragraphs_using_it_first() {
        let corpus = Corpus::shipped();
        let asked = |q: &str| paragraphs_of_a_term_asked_after(&corpus, q);
        assert_eq!(
            asked("Good morning! is Erasmus+ mentioned anywhere in the declaration? 🙏"),
            vec![6]
        );
        assert_eq!(asked("does asem-duo get a shoutout?"), vec![6]);
        // Not asked whether it is mentioned, or no name of the glossary.
        assert!(asked("what does the Erasmus+ programme fund?").is_empty());
        assert!(asked("is football mentioned anywhere?").is_empty());
    }

    #[test]
    fn a_term_beside_a_paragraph_is_asked_only_for_its_meaning() {
        let corpus = Corpus::shipped();
        let term = |q: &str| term_asked_beside_a_paragraph(&corpus, q).map(|t| t.term.clone());
        assert_eq!(
            term("what does FMM mean in para 12?").as_deref(),
            Some("ASEM FMM")
        );
        assert_eq!(
            term("What is ASEM-DUO in paragraph 6?").as_deref(),
            Some("ASEM-DUO")
        );
        // What the paragraph asks of it, not what it is.
        assert_eq!(
            term("what is the ASEM Education Secretariat invited to do in paragraph 13?"),
            None
        );
        assert_eq!(
            term("what's the 4th Industrial Revolution bit in paragraph 4"),
            None
        );
    }

    #[test]
    fn definitions_are_recognised_however_asked() {
        let corpus = Corpus::shipped();
        let term = |q: &str| asked_term(&corpus, q).map(|t| t.term.clone());
        assert_eq!(term("What is ASEM?").as_deref(), Some("ASEM"));
        assert_eq!(term("what does OER mean?").as_deref(), Some("OER"));
        assert_eq!(term("whats a MOOC").as_deref(), Some("MOOCs"));
        // What kind of thing, by a word of its own name.
        assert_eq!(
            term("what kind of resources are OER").as_deref(),
            Some("OER")
        );
        assert_eq!(term("what kind of funding does OER get?"), None);
        assert_eq!(term("is there a job board for asem graduats"), None);
        assert_eq!(
            term("is there an acronym they use for open educational resources").as_deref(),
            Some("OER")
        );
        assert_eq!(term("What does SDG stand for?").as_deref(), Some("SDG"));
        // A meeting's short name spelt out is the glossary's to answer.
        let spelt = |q: &str| name_spelt_out(&corpus, q).map(|t| t.term.clone());
        assert_eq!(
            spelt("what does ASEMME6 stand for").as_deref(),
            Some("ASEMME")
        );
        assert_eq!(spelt("where was ASEMME6 held"), None);
        assert_eq!(term("ASEM-DUO?").as_deref(), Some("ASEM-DUO"));
        assert_eq!(
            term("is the ASEM Education Secretariat an organisation or just a meeting").as_deref(),
            Some("ASEM Education Secretariat")
        );
        assert_eq!(
            term("erasmus plus is what exactly").as_deref(),
            Some("Erasmus+")
        );
        assert_eq!(
            term("what do they mean by fourth industrial revolution").as_deref(),
            Some("4th Industrial Revolution")
        );
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
        for (asked, expected) in [
            (
                "wait what's TVET",
                "Technical vocational education and training",
            ),
            ("is ASEF an NGO or what is it", "ASEF"),
            (
                "learning analytics?? never heard this term before",
                "Learning analytics",
            ),
            ("asemme = ? i keep seeing it everywhere", "ASEMME"),
            // Spelled out or split as heard.
            ("a s e m stands for what", "ASEM"),
            ("what does a sef stand for", "ASEF"),
            ("what does asem f m m stand for", "ASEM FMM"),
            (
                "explain t vet",
                "Technical vocational education and training",
            ),
            (
                "whats global citizen ship education",
                "Global Citizenship Education",
            ),
            ("what is the s d g they mention", "SDG"),
            // Other languages, and chat around the request.
            ("Qu'est-ce que l'ASEM exactement ?", "ASEM"),
            ("STEM c'est quoi", "STEM"),
            ("¿Qué significa ICT en la declaración?", "ICT"),
            ("Erasmus+ ¿es un programa de la UE o de ASEM?", "Erasmus+"),
            ("never heard of OER before today", "OER"),
            (
                "technical vocational education and training — how is that different from normal school",
                "Technical vocational education and training",
            ),
            (
                "ok dumb question but what even is asem, it's in like every paragraph",
                "ASEM",
            ),
            (
                "wait so what counts as the 4th industrial revolution then",
                "4th Industrial Revolution",
            ),
            ("ELI5 lifelong learning", "Lifelong learning"),
            ("asean is which org again, the southeast asia one?", "ASEAN"),
            (
                "ICT = information & comm technology? or is it something different",
                "ICT",
            ),
        ] {
            assert_eq!(term(asked).as_deref(), Some(expected), "{asked}");
        }
        assert_eq!(term("What is ASEF's role in mobility?"), None);
        assert_eq!(term("What's ASEF's office adress in Singapore?"), None);
        assert_eq!(term("what's ASEF's full name?").as_deref(), Some("ASEF"));
        assert_eq!(
            term("Does the declaration cap tuition fees for MOOCs?"),
            None
        );
        assert_eq!(
            term("What's the application deadline for the ASEM-DUO fellowship this year?"),
            None
        );
        assert_eq!(term("What is said about mobility?"), None);
        assert_eq!(term("mobility"), None);
        assert_eq!(
            term("What does the declaration say about MOOCs and equity?"),
            None
        );
    }
}
