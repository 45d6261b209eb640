//! Paragraphs named by their place in a section of the document ("the last paragraph of the
//! preamble", "first paragraph under key instruments", "the paragraph right after the mobility
//! section", "the paragraph right after the footnote") or by their opening words ("the one
//! starting 'Building on the legacy'").

use crate::corpus::Document;
use crate::search::ParagraphReference;
use crate::text::{ordinal_value, words};

/// Whether a word names a paragraph in such a reference: a word for one ("paragraph", "para",
/// "Absatz"), or "one" ("the one after…").
fn names_a_paragraph(word: &str) -> bool {
    word == "one" || crate::search::reference::PARAGRAPH_NOUNS.contains(&word)
}

/// "of" in the languages whose words for a paragraph are known ("le deuxième paragraphe de la
/// section…", "paragraf terakhir dari bagian…").
const OF_ELSEWHERE: &[&str] = &["de", "du", "des", "del", "der", "dari", "van", "di", "da"];
/// Words that name a part of the document.
const SECTION_NOUNS: &[&str] = &[
    "section",
    "sections",
    "subsection",
    "subsections",
    "part",
    "chapter",
    "heading",
    "bit",
    "bagian",
    "partie",
    "abschnitt",
    "seccion",
    "secao",
    "sezione",
];
/// Words of section headings too common to tell one section from another.
const COMMON: &[&str] = &[
    "the", "of", "and", "for", "in", "to", "a", "an", "between", "asia", "europe", "through",
    "toward", "towards", "new", "better", "era", "next", "use", "key", "common", "section",
];

/// Words that number a part of a text ("paragraph 7", "article 5", "clause 4", "section 9").
const NUMBERING_NOUNS: &[&str] = &[
    "paragraph",
    "paragraphs",
    "para",
    "paras",
    "par",
    "article",
    "articles",
    "clause",
    "clauses",
    "section",
    "sec",
    "point",
    "item",
];
/// Kinds of text other than a declaration's ("the Berlin communiqué", "the Erasmus+ regulation").
const OTHER_TEXTS: &[&str] = &[
    "communique",
    "convention",
    "regulation",
    "regulations",
    "conclusions",
    "treaty",
    "charter",
    "report",
    "act",
    "law",
    "agreement",
    "directive",
    "resolution",
    "framework",
    "roadmap",
    "strategy",
    "constitution",
    "protocol",
    "statute",
    "guidelines",
    // "What does SDG 4 target 4.3 say?": a target's own wording is the goal's text.
    "target",
    "targets",
    "indicator",
    "indicators",
];
/// Words that name a text without saying whose it is.
const TEXT_NOUNS: &[&str] = &["declaration", "document", "doc", "text", "statement"];

/// Whether a paragraph numbered in `question` is said to be of another text than `document`
/// ("para 3 of the bologna declaration?", "paragraph 7 of the Berlin communiqué", "article 9
/// GDPR"): the bot holds no other text, so no paragraph of its own answers. `held` tells a word
/// the bot ever uses.
pub fn of_another_document(
    document: &Document,
    question: &str,
    held: impl Fn(&str) -> bool,
) -> bool {
    let asked = words(question);
    let own = own_words(document);
    let typed: Vec<&str> = question.split_whitespace().collect();
    (0..asked.len().saturating_sub(1)).any(|at| {
        if !NUMBERING_NOUNS.contains(&asked[at].as_str())
            || crate::text::number_value(&asked[at + 1])
                .or_else(|| crate::text::roman_value(&asked[at + 1]))
                .is_none()
        {
            return false;
        }
        let after = &asked[at + 2..];
        // "article 9 GDPR": a name in capitals the bot never uses, right after the number.
        // A word in capitals is no name in a message typed in capitals ("PARAGRAPH 2 FULL TEXT").
        let named_after = after.first().is_some_and(|next| {
            !held(next)
                && !crate::search::english::is_word(next)
                && question.chars().any(char::is_lowercase)
                && typed.iter().any(|t| {
                    let t = t.trim_matches(|c: char| !c.is_alphanumeric());
                    t.len() >= 3
                        && crate::text::fold(t) == *next
                        && t.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
                })
        });
        // "…of the bologna declaration", "…from the chair's conclusions": a text whose words
        // are not the document's own title.
        let whose = match after {
            [of, rest @ ..] if matches!(of.as_str(), "of" | "in" | "from") => rest,
            _ => &[],
        };
        let named: Vec<&String> = whose
            .iter()
            .skip_while(|w| matches!(w.as_str(), "the" | "a" | "an"))
            .take(5)
            .collect();
        let other_text = named.iter().enumerate().any(|(k, w)| {
            OTHER_TEXTS.contains(&w.as_str())
                || (TEXT_NOUNS.contains(&w.as_str())
                    && named[..k].iter().any(|q| {
                        !own.contains(q) && !matches!(q.as_str(), "this" | "our" | "that" | "s")
                    }))
        });
        named_after || other_text
    })
}

/// Words that set one text beside another ("how does it compare with…", "the difference between
/// this and…").
const COMPARING: &[&str] = &[
    "compare",
    "compared",
    "compares",
    "comparing",
    "comparison",
    "difference",
    "differences",
    "differ",
    "differs",
    "versus",
    "vs",
];
/// What a text is asked to say ("what does the Bologna Process say about…").
const SAYING: &[&str] = &[
    "say",
    "says",
    "said",
    "state",
    "states",
    "stated",
    "require",
    "requires",
    "recommend",
    "recommends",
    "stipulate",
    "stipulates",
];

/// Whether `question` asks what another text says, or how the declaration compares with one
/// ("what does the bologna process say about credit recognition?", "can you compare this with
/// the Incheon Declaration on Education 2030"): the bot holds no other text, and no paragraph of
/// its own says what another text does. Another text is a process or a text of another kind
/// ("convention", "report"…) named by words that are not the document's own title, meeting,
/// place or dates, or a declaration or a text named by such a word that is capitalised, no
/// English word, or one the bot never uses. `held` tells the words the bot uses.
pub fn asks_of_another_text(
    document: &Document,
    question: &str,
    held: impl Fn(&str) -> bool,
) -> bool {
    let asked = words(question);
    let own = own_words(document);
    let capitalised: Vec<String> = question
        .split_whitespace()
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|t| t.chars().next().is_some_and(char::is_uppercase))
        .map(crate::text::fold)
        .collect();
    let all_capitals = !question.chars().any(char::is_lowercase);
    let names_another = |w: &String| {
        !own.contains(w)
            && ((capitalised.contains(w) && !all_capitals)
                || !held(w)
                || !crate::search::english::is_word(w))
            && !matches!(w.as_str(), "this" | "that" | "our" | "its" | "their" | "s")
    };
    let compares = asked.iter().any(|w| COMPARING.contains(&w.as_str()));
    (0..asked.len()).any(|at| {
        let noun = asked[at].as_str();
        // The conclusions of a meeting are its outcome, which the meeting's record answers.
        let text_noun = (OTHER_TEXTS.contains(&noun) && noun != "conclusions")
            || TEXT_NOUNS.contains(&noun)
            || noun == "process";
        if !text_noun {
            return false;
        }
        let name: Vec<&String> = asked[..at]
            .iter()
            .rev()
            .take_while(|w| !matches!(w.as_str(), "the" | "a" | "an" | "of" | "with" | "to"))
            .take(3)
            .collect();
        let said = asked[at + 1..]
            .iter()
            .take(3)
            .any(|w| SAYING.contains(&w.as_str()));
        // A declaration or a text may be this one, qualified ("the whole text", "the final
        // declaration"); a process, a convention or a report the document names none of.
        let named = if TEXT_NOUNS.contains(&noun) {
            name.iter().all(|w| names_another(w))
        } else {
            name.iter()
                .all(|w| !own.contains(w) && !matches!(w.as_str(), "this" | "that" | "s"))
        };
        !name.is_empty() && named && (compares || said)
    })
}

/// The words of `document`'s own title, meeting, place and dates ("the Seoul declaration", "the
/// ASEMME6 text", "the 2017 declaration").
fn own_words(document: &Document) -> Vec<String> {
    [
        &document.title,
        &document.meeting,
        &document.place,
        &document.dates,
    ]
    .iter()
    .flat_map(|t| words(&t.replace('-', " ")))
    .collect()
}

/// The paragraph a question names by its place in a section of `document`, if it does.
pub fn section_reference(document: &Document, question: &str) -> Option<ParagraphReference> {
    let words = words(question);
    if let Some(reference) = beside_the_footnote(document, &words) {
        return Some(reference);
    }
    if let Some(reference) = the_footnote(document, &words) {
        return Some(reference);
    }
    let section = named_section(document, &words)?;
    let (first, last) = document.section_range(section)?;
    // "quote the preamble", "what's in the mobility section?": the part itself, whole.
    let heading = heading_words(document, section);
    // The word that counted the section ("the second section") is part of its name.
    let mut naming = words.clone();
    if let Some((_, at)) = counted_section(document, &words) {
        naming.remove(at);
    }
    if asks_for_it_alone(&naming, |w| {
        SECTION_NOUNS.contains(&w) || heading.iter().any(|h| h == w)
    }) {
        return Some(ParagraphReference {
            first: i64::from(first),
            last: i64::from(last),
        });
    }
    let one = |n: u32| {
        Some(ParagraphReference {
            first: i64::from(n),
            last: i64::from(n),
        })
    };
    for (i, word) in words.iter().enumerate() {
        if !names_a_paragraph(word) {
            continue;
        }
        let before = |back: usize| i.checked_sub(back).map(|j| words[j].as_str());
        let mut next = i + 1;
        // "the paragraph sitting right under the … heading".
        while words.get(next).is_some_and(|w| {
            matches!(
                w.as_str(),
                "just"
                    | "right"
                    | "immediately"
                    | "directly"
                    | "sitting"
                    | "that"
                    | "which"
                    | "is"
                    | "s"
                    | "found"
                    | "placed"
                    | "located"
                    | "listed"
                    | "comes"
                    | "coming"
            )
        }) {
            next += 1;
        }
        // "How does the preamble end? Its last paragraph, I mean."
        let its = before(2) == Some("its") || before(1) == Some("its");
        // "paragraf terakhir dari bagian…", "le paragraphe final de…": the place after the noun.
        let last_after = words.get(next).is_some_and(|w| {
            crate::search::reference::LAST_ELSEWHERE.contains(&w.as_str()) || w == "final"
        });
        if last_after {
            next += 1;
        }
        // "the paragraph in the middle of the preamble".
        let middle_after = words.get(next..next + 3).is_some_and(|w| {
            matches!(w[0].as_str(), "in" | "at") && w[1] == "the" && w[2] == "middle"
        });
        if middle_after {
            next += 3;
        }
        // "the paragraph right after the mobility section", "the one before the preamble ends".
        match words.get(next).map(String::as_str) {
            Some("after" | "following") => {
                return one(last + 1).filter(|_| last < document.last_number())
            }
            Some("before" | "preceding") => {
                return one(first.checked_sub(1)?).filter(|r| r.first >= 1)
            }
            Some("of" | "in" | "under" | "from" | "within" | "on") => {}
            // "the section on mobility, first paragraph".
            None => {}
            Some(w) if OF_ELSEWHERE.contains(&w) => {}
            _ if its => {}
            // "In the key instruments section, the first paragraph: is it…": the part was named
            // just before.
            _ if words[i.saturating_sub(5)..i]
                .iter()
                .any(|w| SECTION_NOUNS.contains(&w.as_str()))
                && before(1).is_some_and(|w| {
                    ordinal_value(w).is_some()
                        || matches!(w, "last" | "final" | "closing" | "opening" | "penultimate")
                }) => {}
            _ => continue,
        }
        // The part named right after "of" is the one meant ("the closing paragraph of the vision
        // part, right before the key instruments").
        let said_after: Vec<String> = words
            .get(next + 1..)
            .unwrap_or_default()
            .iter()
            .take_while(|w| !matches!(w.as_str(), "right" | "just" | "before" | "after" | "where"))
            .cloned()
            .collect();
        let meant = named_section_in(document, &said_after).unwrap_or(section);
        let (first, last) = document.section_range(meant).unwrap_or((first, last));
        // "the two paras under 'Promotion of mobility…'", "both paragraphs of the mobility part":
        // all of the section's, when as many are counted.
        let count = last + 1 - first;
        // "the paragraphs under 'Promotion of mobility…'" asks for them all; "which paragraphs
        // under … mention credits?" asks which.
        let asking = words[..i].iter().any(|w| {
            matches!(
                w.as_str(),
                "which" | "what" | "do" | "does" | "is" | "are" | "how" | "where"
            )
        });
        let counted = match before(1) {
            Some("both") => Some(2),
            Some("all") => Some(count),
            Some("the") if !asking => Some(count),
            Some(w) => crate::text::number_value(w),
            None => None,
        };
        if matches!(word.as_str(), "paragraphs" | "paras") && counted == Some(count) {
            return Some(ParagraphReference {
                first: i64::from(first),
                last: i64::from(last),
            });
        }
        // "the last paragraph of the preamble", "the second para under key instruments".
        let position = match before(1) {
            _ if last_after => Some(last),
            _ if middle_after => ((last - first) % 2 == 0).then(|| first + (last - first) / 2),
            // "the middle paragraph of the preamble": the one in the middle of an odd count.
            Some("middle" | "central") => {
                ((last - first) % 2 == 0).then(|| first + (last - first) / 2)
            }
            Some(w) if crate::search::reference::LAST_ELSEWHERE.contains(&w) => Some(last),
            Some("last" | "final" | "closing" | "concluding") => {
                if matches!(before(2), Some("second") | Some("penultimate")) {
                    last.checked_sub(1)
                } else {
                    Some(last)
                }
            }
            Some("penultimate") => last.checked_sub(1),
            Some("opening" | "introductory") => Some(first),
            Some(w) => ordinal_value(w).map(|n| first + n - 1),
            None => None,
        }
        // "the paragraph under the technologies heading": a section's only one.
        .or((first == last).then_some(first));
        if let Some(n) = position.filter(|n| (first..=last).contains(n)) {
            return one(n);
        }
        // "the paragraph under 'Developing new skills and competencies, …'" when two are: the
        // section's paragraphs, as nothing tells one from the other. Under a longer section the
        // search picks ("the paragraph under the key instruments heading").
        let heading_of_meant = heading_words(document, meant);
        let nothing_else = said_after.iter().all(|w| {
            heading_of_meant.contains(w)
                || SECTION_NOUNS.contains(&w.as_str())
                || ASKING_ALONE.contains(&w.as_str())
        });
        if position.is_none() && before(1) == Some("the") && !asking && nothing_else && count <= 3 {
            return Some(ParagraphReference {
                first: i64::from(first),
                last: i64::from(last),
            });
        }
    }
    None
}

/// "the paragraph right before the one about ICT", "the para after the one on adult education":
/// the step from a paragraph named by its topic (−1 or +1) and the topic's words, for the search
/// to find that paragraph.
pub fn beside_a_topic(question: &str) -> Option<(i64, String)> {
    let words = words(question);
    let skip = |mut at: usize, fillers: &[&str]| {
        while words.get(at).is_some_and(|w| fillers.contains(&w.as_str())) {
            at += 1;
        }
        at
    };
    for (i, word) in words.iter().enumerate() {
        if !names_a_paragraph(word) {
            continue;
        }
        let next = skip(
            i + 1,
            &[
                "just",
                "right",
                "immediately",
                "directly",
                "that",
                "which",
                "is",
                "s",
                "comes",
                "coming",
                "sits",
                "sitting",
                "located",
                "placed",
                "found",
                "positioned",
            ],
        );
        let step = match words.get(next).map(String::as_str) {
            Some("after" | "following") => 1,
            Some("before" | "preceding") => -1,
            _ => continue,
        };
        let noun = skip(next + 1, &["the"]);
        // "the paragraph right after the ICT one": the topic said before its noun.
        // Not "the one after the opening one" or "the para after the 6th one": places, not topics.
        let topic_first = (1..=3).find(|&k| {
            words.get(noun + k).is_some_and(|w| names_a_paragraph(w))
                && words[noun..noun + k].iter().all(|w| {
                    !names_a_paragraph(w)
                        && crate::text::number_value(w).is_none()
                        && crate::text::ordinal_value(w).is_none()
                        && !matches!(
                            w.as_str(),
                            "opening"
                                | "introductory"
                                | "intro"
                                | "last"
                                | "final"
                                | "closing"
                                | "concluding"
                                | "previous"
                                | "next"
                                | "same"
                                | "other"
                                | "this"
                                | "that"
                        )
                })
        });
        if let Some(k) = topic_first {
            return Some((step, words[noun..noun + k].join(" ")));
        }
        if !words.get(noun).is_some_and(|w| names_a_paragraph(w)) {
            continue;
        }
        let topic = skip(
            noun + 1,
            &[
                "about",
                "on",
                "that",
                "which",
                "mentions",
                "mentioning",
                "discusses",
                "discussing",
                "covers",
                "covering",
                "deals",
                "dealing",
                "with",
                "talks",
                "talking",
                "is",
                "s",
            ],
        );
        // "the one about ICT", "the one thanking Korea": a word that says what it is about, or a
        // participle that does.
        let told = topic > noun + 1 || words.get(topic).is_some_and(|w| w.ends_with("ing"));
        if told && topic < words.len() {
            return Some((step, words[topic..].join(" ")));
        }
    }
    next_to_one_told_before(&words)
}

/// "the paragraph listing ASEM-DUO, Erasmus+ and ASEF: what comes right after it?", "the one about
/// ICT… wait, I mean the paragraph after that one": a paragraph told by its topic, then the one
/// beside it named by "it" or "that one".
fn next_to_one_told_before(words: &[String]) -> Option<(i64, String)> {
    let (at, step) = (0..words.len()).find_map(|at| {
        let step = match words[at].as_str() {
            "after" | "following" => 1,
            "before" | "preceding" => -1,
            _ => return None,
        };
        let pointing = words.get(at + 1).is_some_and(|w| w == "it")
            || (words
                .get(at + 1)
                .is_some_and(|w| matches!(w.as_str(), "that" | "this"))
                && words.get(at + 2).is_some_and(|w| names_a_paragraph(w)));
        pointing.then_some((at, step))
    })?;
    const TELLING: &[&str] = &[
        "about",
        "on",
        "listing",
        "mentioning",
        "naming",
        "covering",
        "discussing",
        "with",
    ];
    const ENDS: &[&str] = &[
        "what", "wait", "which", "comes", "come", "right", "after", "before", "i", "is", "s",
        "please", "can", "could", "so", "then", "now",
    ];
    let told = (0..at).find(|&i| {
        names_a_paragraph(&words[i])
            && words
                .get(i + 1)
                .is_some_and(|w| TELLING.contains(&w.as_str()))
    })?;
    let topic: Vec<&str> = words[told + 2..at]
        .iter()
        .map(String::as_str)
        .take_while(|w| !ENDS.contains(w))
        .take(8)
        .collect();
    (!topic.is_empty()).then(|| (step, topic.join(" ")))
}

/// "the last paragraph about mobility", "the first paragraph that mentions lifelong learning":
/// whether the last (or the first) is asked, and the topic's telling words.
pub fn edge_on_a_topic(question: &str) -> Option<(bool, Vec<String>)> {
    let clause = question
        .split(['?', '.', '!', ';', ','])
        .find_map(|clause| {
            let words = words(clause);
            (1..words.len()).find_map(|i| {
                let last = match words[i - 1].as_str() {
                    "last" | "final" | "closing" => true,
                    "first" | "opening" => false,
                    _ => return None,
                };
                (names_a_paragraph(&words[i])
                    && crate::search::reference::first_or_last_on_a_topic(&words[i + 1..]))
                .then(|| (last, words[i + 1..].to_vec()))
            })
        })?;
    let (last, rest) = clause;
    let topic: Vec<String> = rest
        .into_iter()
        .filter(|w| {
            w.len() > 2
                && !COMMON.contains(&w.as_str())
                && !matches!(
                    w.as_str(),
                    "about"
                        | "that"
                        | "which"
                        | "mentioning"
                        | "covering"
                        | "discussing"
                        | "regarding"
                        | "concerning"
                        | "declaration"
                        | "text"
                        | "document"
                )
                && !crate::search::reference::tells_a_topic(w)
        })
        .collect();
    (!topic.is_empty()).then_some((last, topic))
}

/// "the paragraph sandwiched between the one about capacity-building and the one inviting the
/// Secretariat …", "the two paragraphs in between the ICT one and the one where they invite …": the
/// two topics of the paragraphs on either side, for the search to find them.
pub fn between_topics(question: &str) -> Option<(String, String)> {
    let words = words(question);
    let between = words.iter().position(|w| w == "between")?;
    if !words[..between].iter().any(|w| names_a_paragraph(w)) {
        return None;
    }
    let rest = &words[between + 1..];
    // "and the one", "and the paragraph": where the second topic begins.
    let split = (1..rest.len().saturating_sub(2)).find(|&at| {
        rest[at] == "and" && rest[at + 1] == "the" && names_a_paragraph(&rest[at + 2])
    })?;
    let topic = |said: &[String]| {
        let told: Vec<&str> = said
            .iter()
            .map(String::as_str)
            .filter(|w| {
                !names_a_paragraph(w)
                    && !matches!(
                        *w,
                        "the" | "about" | "on" | "where" | "that" | "which" | "they" | "is" | "s"
                    )
            })
            .collect();
        (!told.is_empty()).then(|| told.join(" "))
    };
    Some((topic(&rest[..split])?, topic(&rest[split + 3..])?))
}

/// "the paragraph right after the footnote", "the one before the footnote": next to the one
/// paragraph of the document that has footnotes.
fn beside_the_footnote(document: &Document, words: &[String]) -> Option<ParagraphReference> {
    let at = words
        .iter()
        .position(|w| w == "footnote" || w == "footnotes")?;
    // "after the footnote", "right after the paragraph with the footnote".
    let mut back = at.checked_sub(1)?;
    while matches!(
        words[back].as_str(),
        "the" | "a" | "with" | "w" | "containing" | "that" | "has" | "paragraph" | "para" | "one"
    ) {
        back = back.checked_sub(1)?;
    }
    let step: i64 = match words[back].as_str() {
        "after" | "following" => 1,
        "before" | "preceding" => -1,
        _ => return None,
    };
    let n = noted_paragraph(document)? + step;
    (1..=i64::from(document.last_number()))
        .contains(&n)
        .then_some(ParagraphReference { first: n, last: n })
}

/// The one paragraph of the document with footnotes, if only one has them: "the footnote" names
/// it then.
fn noted_paragraph(document: &Document) -> Option<i64> {
    let mut with_notes = document.footnotes.iter().map(|f| i64::from(f.paragraph));
    let noted = with_notes.next()?;
    with_notes.all(|p| p == noted).then_some(noted)
}

/// Words of a request for a part of the document that name nothing else: "can you show me the
/// footnote please", "what does the preamble say?".
const ASKING_ALONE: &[&str] = &[
    "the",
    "a",
    "its",
    "it",
    "of",
    "in",
    "what",
    "whats",
    "s",
    "does",
    "do",
    "is",
    "say",
    "says",
    "said",
    "show",
    "me",
    "us",
    "quote",
    "read",
    "out",
    "paste",
    "post",
    "give",
    "gimme",
    "print",
    "display",
    "open",
    "cite",
    "see",
    "can",
    "could",
    "you",
    "u",
    "i",
    "please",
    "pls",
    "plz",
    "thanks",
    "thx",
    "declaration",
    "seoul",
    "text",
    "document",
    "doc",
    "whole",
    "full",
    "entire",
    "where",
    "which",
    "paragraph",
    "para",
    "paragraphs",
    "paras",
    "both",
    "all",
    "one",
    "has",
    "have",
    "with",
    "contains",
    "containing",
    "there",
    "number",
    "no",
    "1",
    "this",
    "that",
    "on",
    "about",
];

/// Whether `words` ask for one thing alone: every word is either one of it (`own`) or a word of
/// asking.
fn asks_for_it_alone(words: &[String], own: impl Fn(&str) -> bool) -> bool {
    words.len() <= 12
        && words
            .iter()
            .all(|w| own(w.as_str()) || ASKING_ALONE.contains(&w.as_str()))
}

/// "the footnote", "what does footnote 1 say?", "which paragraph has the footnote?": the one
/// paragraph of the document that has footnotes, asked for alone. A question about what the
/// footnote lists ("which meeting in the footnote was in Riga?") is not.
fn the_footnote(document: &Document, words: &[String]) -> Option<ParagraphReference> {
    if !words.iter().any(|w| w == "footnote" || w == "footnotes") {
        return None;
    }
    let asks_a_record = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "when" | "where" | "who" | "held" | "hosted" | "year" | "theme" | "city"
        )
    });
    // "the para with the footnote listing Berlin 2008 … — that's para 1, isn't it?": the
    // paragraph described by its footnote, whatever else is said of it, unless a meeting's record
    // is asked.
    let described = words.windows(4).any(|w| {
        names_a_paragraph(&w[0])
            && matches!(
                w[1].as_str(),
                "with" | "w" | "containing" | "having" | "carries" | "has" | "holds" | "contains"
            )
            && (matches!(w[2].as_str(), "footnote" | "footnotes")
                || (matches!(w[2].as_str(), "the" | "a") && w[3].starts_with("footnote")))
    }) && !asks_a_record;
    // "Where is the footnote about the previous meetings?": where it stands, whatever it lists.
    let placed = words.windows(4).any(|w| {
        w[0] == "where"
            && matches!(w[1].as_str(), "is" | "s")
            && w[2] == "the"
            && matches!(w[3].as_str(), "footnote" | "footnotes")
    });
    // "Can you quote the first footnote?": the only one is the first.
    let own = |w: &str| {
        matches!(
            w,
            "footnote" | "footnotes" | "note" | "first" | "1st" | "only"
        )
    };
    // "show me the footnote with the list of meetings": the footnote told by what it lists.
    let told_by_its_list = words.windows(2).any(|w| {
        matches!(w[0].as_str(), "footnote" | "footnotes")
            && matches!(
                w[1].as_str(),
                "with" | "listing" | "that" | "which" | "about"
            )
    }) && !asks_a_record;
    if !described && !placed && !told_by_its_list && !asks_for_it_alone(words, own) {
        return None;
    }
    let noted = noted_paragraph(document)?;
    Some(ParagraphReference {
        first: noted,
        last: noted,
    })
}

/// Words that say a paragraph is named by how it opens, with the words after them.
const OPENING_VERBS: &[&str] = &[
    "starts",
    "start",
    "starting",
    "started",
    "begins",
    "begin",
    "beginning",
    "began",
    "opens",
    "opening",
];

/// The paragraph a question names by its opening words ("the paragraph that starts with "We
/// underscore"", "the one beginning In response to the major changes"): the one paragraph whose
/// text opens with the most of the words that follow, at least two.
pub fn opening_reference(document: &Document, question: &str) -> Option<ParagraphReference> {
    let words = words(question);
    // Most questions name no opening: the paragraphs are read only for one that does.
    if !words.iter().any(|w| OPENING_VERBS.contains(&w.as_str())) {
        return None;
    }
    let openings: Vec<Vec<String>> = document
        .paragraphs
        .iter()
        .map(|p| crate::text::words(&p.text))
        .collect();
    for (i, word) in words.iter().enumerate() {
        if !OPENING_VERBS.contains(&word.as_str()) {
            continue;
        }
        let mut from = i + 1;
        if words
            .get(from)
            .is_some_and(|w| matches!(w.as_str(), "with" | "by" | "w"))
        {
            from += 1;
        } else if word == "opening" {
            // "the opening paragraph" names the first by place, not by its words.
            continue;
        }
        let quoted = &words[from..];
        let matched = |opening: &Vec<String>| {
            opening
                .iter()
                .zip(quoted)
                .take_while(|(a, b)| a == b)
                .count()
        };
        let best = openings.iter().map(matched).max().unwrap_or(0);
        if best < 2 {
            continue;
        }
        let mut at_best: Vec<usize> = (0..openings.len())
            .filter(|&k| matched(&openings[k]) == best)
            .collect();
        // Two open alike ("In the next decade"): the rest of the question tells them apart, by
        // the part it places the one meant in ("the one in the mobility section"), else by the
        // words it says the paragraph goes on with ("the one about countries and regions").
        let rest = &words[(from + best).min(words.len())..];
        if at_best.len() > 1 {
            if let Some((first, last)) =
                named_section_in(document, rest).and_then(|s| document.section_range(s))
            {
                let within: Vec<usize> = at_best
                    .iter()
                    .copied()
                    .filter(|&k| (first..=last).contains(&document.paragraphs[k].number))
                    .collect();
                if !within.is_empty() {
                    at_best = within;
                }
            }
        }
        if at_best.len() > 1 {
            let telling: Vec<&String> = rest
                .iter()
                .filter(|w| w.len() > 3 && !COMMON.contains(&w.as_str()))
                .collect();
            let shared = |k: &usize| telling.iter().filter(|w| openings[*k].contains(w)).count();
            let most = at_best.iter().map(shared).max().unwrap_or(0);
            if most > 0 {
                at_best.retain(|k| shared(k) == most);
            }
        }
        if let [k] = at_best.as_slice() {
            let n = i64::from(document.paragraphs[*k].number);
            return Some(ParagraphReference { first: n, last: n });
        }
    }
    None
}

/// The section the question names: the one most of whose telling words it uses, the narrowest on
/// a tie ("mobility" is the mobility section's, not the vision's that holds it). A section is named
/// only beside a word for a part of the document, or as the preamble.
/// Without such a word, a paragraph "of" a heading named by its first two words counts too ("the
/// third paragraph of Key instruments").
fn named_section(document: &Document, words: &[String]) -> Option<usize> {
    if let Some((section, _)) = counted_section(document, words) {
        return Some(section);
    }
    let speaks_of_parts = words
        .iter()
        .any(|w| SECTION_NOUNS.contains(&w.as_str()) || w == "under" || w == "preamble");
    if speaks_of_parts {
        return named_section_in(document, words);
    }
    let after_of = words.windows(2).position(|pair| {
        names_a_paragraph(&pair[0]) && matches!(pair[1].as_str(), "of" | "in" | "within")
    })?;
    let named: Vec<String> = words[after_of + 2..]
        .iter()
        .skip_while(|w| *w == "the")
        .cloned()
        .collect();
    let section = named_section_in(document, &named)?;
    // The two words after "of" both the heading's ("key instruments", "skills development").
    let own = heading_words(document, section);
    let of_the_heading =
        named.len() >= 2 && named[..2].iter().all(|w| own.iter().any(|h| alike(w, h)));
    of_the_heading.then_some(section)
}

/// "the second section", "the last chapter": a part of the document counted among those no other
/// part encloses, as a reader counts them down the page. Not "part" or "bit", which name a
/// passage ("the first part of the declaration" is its opening paragraph). With the section, the
/// place of the word that counted it.
fn counted_section(document: &Document, words: &[String]) -> Option<(usize, usize)> {
    let outermost: Vec<usize> = (0..document.sections.len())
        .filter(|&at| document.sections[at].parent.is_none())
        .collect();
    words.windows(2).enumerate().find_map(|(at, pair)| {
        if !matches!(pair[1].as_str(), "section" | "chapter" | "heading") {
            return None;
        }
        let n = match pair[0].as_str() {
            "last" | "final" | "closing" | "concluding" => outermost.len(),
            w => usize::try_from(ordinal_value(w)?).ok()?,
        };
        outermost
            .get(n.checked_sub(1)?)
            .map(|&section| (section, at))
    })
}

/// The words of a section's heading and of its short name (none for a section not there).
fn heading_words(document: &Document, section: usize) -> Vec<String> {
    document.sections.get(section).map_or(Vec::new(), |s| {
        crate::text::words(&format!("{} {}", s.heading, s.short))
    })
}

/// The section whose heading `words` use, whether or not they speak of parts.
fn named_section_in(document: &Document, words: &[String]) -> Option<usize> {
    // The section with most of its heading's words said; of two as named, the one named first
    // ("the closing paragraph of the vision part, right before the key instruments"), then the
    // smaller.
    let mut best: Option<(usize, usize, u32, usize)> = None;
    for (index, section) in document.sections.iter().enumerate() {
        let own: Vec<String> = words_of(&section.heading)
            .into_iter()
            .chain(words_of(&section.short))
            .collect();
        // A word of the heading, or one that begins as it does ("mobilité", "mobility").
        let said = |heading: &String| words.iter().position(|w| alike(w, heading));
        let used = own
            .iter()
            .filter(|w| said(w).is_some())
            .collect::<std::collections::HashSet<_>>()
            .len();
        if used == 0 {
            continue;
        }
        let named_at = own.iter().filter_map(said).min().unwrap_or(usize::MAX);
        let size = document
            .section_range(index)
            .map_or(u32::MAX, |(first, last)| last - first + 1);
        let better = best.is_none_or(|(best_used, best_at, best_size, _)| {
            used > best_used
                || (used == best_used
                    && (named_at < best_at || (named_at == best_at && size < best_size)))
        });
        if better {
            best = Some((used, named_at, size, index));
        }
    }
    best.map(|(_, _, _, index)| index)
}

/// The same word, or two that share their first six letters ("mobilite", "mobility";
/// "technologies", "technology").
fn alike(a: &str, b: &str) -> bool {
    a == b || (a.len() >= 6 && b.len() >= 6 && a.as_bytes()[..6] == b.as_bytes()[..6])
}

fn words_of(heading: &str) -> Vec<String> {
    words(heading)
        .into_iter()
        .filter(|w| w.len() > 2 && !COMMON.contains(&w.as_str()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;

    #[test]
    fn a_topic_said_before_its_noun() {
        assert_eq!(
            beside_a_topic("the paragraph right after the ICT one — what does it declare?"),
            Some((1, "ict".to_string()))
        );
        assert_eq!(
            beside_a_topic("the para before the one about adult education"),
            Some((-1, "adult education".to_string()))
        );
        // Places, not topics: the reference reader counts from them.
        assert_eq!(beside_a_topic("the para after the 6th one"), None);
        assert_eq!(beside_a_topic("the para right after the opening one"), None);
    }

    #[test]
    fn paragraphs_of_other_texts_are_not_the_declaration_s() {
        let corpus = Corpus::shipped();
        let other = |q: &str| of_another_document(corpus.primary(), q, |w| corpus.held.has_word(w));
        for question in [
            "para 3 of the bologna declaration?",
            "paragraph 7 of the Berlin communiqué",
            "what does article 5 of the Lisbon Recognition Convention say",
            "paragraph 4 of the chair's conclusions from riga 2015",
            "article 9 GDPR",
        ] {
            assert!(other(question), "{question}");
        }
        for question in [
            "paragraph 2 of the Seoul Declaration",
            "what does para 6 of the declaration say about mobility?",
            "Could you give me the full text of paragraph seven of the Seoul Declaration?",
            "section 9 of this text",
            "para 12 pls",
            "paragraph 10 of the 2017 declaration",
            "PARAGRAPH 2 FULL TEXT PLEASE",
            "para 4 TVET",
        ] {
            assert!(!other(question), "{question}");
        }
    }

    #[test]
    fn what_another_text_says_is_not_the_declaration_s() {
        let corpus = Corpus::shipped();
        let other =
            |q: &str| asks_of_another_text(corpus.primary(), q, |w| corpus.held.has_word(w));
        for question in [
            "what does the bologna process say about credit recognition between countries?",
            "can you compare this with the Incheon Declaration on Education 2030",
            "How does the ASEM education process compare with the Bologna Process?",
            "what is the difference between this and the incheon declaration on education 2030",
            "Does the Lisbon Recognition Convention require credits to be recognised?",
            "what does SDG 4 target 4.5 say word for word?",
        ] {
            assert!(other(question), "{question}");
        }
        for question in [
            "what does the declaration say about mobility?",
            "How does the Seoul Declaration describe the ASEM Education Process?",
            "How do they rate the ASEM education process compared with the rest of ASEM cooperation?",
            "compare what they say about universities vs vocational training pls",
            "what does this document say about MOOCs",
            "what did the chair's conclusions of the riga meeting say?",
            "WHAT DOES THE SEOUL DECLARATION SAY ABOUT TVET",
            "what does the whole declaration say about jobs",
            "what does the declaration say about the SDG targets?",
        ] {
            assert!(!other(question), "{question}");
        }
    }

    #[test]
    fn paragraphs_named_by_their_place_in_a_section() {
        let corpus = Corpus::shipped();
        let document = corpus.primary();
        let at = |q: &str| section_reference(document, q).map(|r| r.first);
        assert_eq!(at("the last paragraph of the preamble"), Some(5));
        assert_eq!(at("first paragraph under key instruments"), Some(11));
        assert_eq!(
            at("the paragraph right after the mobility section"),
            Some(8)
        );
        assert_eq!(at("second paragraph of the technology section"), None);
        assert_eq!(at("the first paragraph in the mobility part"), Some(6));
        assert_eq!(at("the last paragraph"), None);
        assert_eq!(at("what does the declaration say about mobility"), None);
        assert_eq!(
            at("the para sitting under the state-of-the-art technologies heading"),
            Some(10)
        );
        assert_eq!(at("the paragraph under the key instruments heading"), None);
        assert_eq!(
            at("How does the preamble end? Its last paragraph."),
            Some(5)
        );
        assert_eq!(at("the one right after the footnote"), Some(3));
        // A heading named by its first words, without a word for a part.
        assert_eq!(at("third paragraph of Key instruments"), Some(13));
        assert_eq!(at("the second paragraph in lifelong learning"), Some(9));
        assert_eq!(at("the third paragraph of the declaration"), None);
        assert_eq!(at("last paragraph on lifelong learning section"), Some(9));
        assert_eq!(at("the section on mobility, first paragraph"), Some(6));
        assert_eq!(
            at("In the key instruments section, the first paragraph: is it just about best practices?"),
            Some(11)
        );
        let range = |q: &str| section_reference(document, q).map(|r| (r.first, r.last));
        assert_eq!(
            range("both paragraphs under the mobility heading"),
            Some((6, 7))
        );
        assert_eq!(
            range("which paragraphs in the mobility section mention credits?"),
            None
        );
        assert_eq!(
            range("the paragraphs under the mobility heading"),
            Some((6, 7))
        );
    }

    #[test]
    fn a_paragraph_beside_one_named_by_its_topic() {
        assert_eq!(
            beside_a_topic("the paragraph right before the one about ICT"),
            Some((-1, "ict".to_string()))
        );
        assert_eq!(
            beside_a_topic("what does the para after the one on adult education say?"),
            Some((1, "adult education say".to_string()))
        );
        assert_eq!(
            beside_a_topic("which paragraph comes right after the one thanking Korea?"),
            Some((1, "thanking korea".to_string()))
        );
        assert_eq!(beside_a_topic("the paragraph after the footnote"), None);
        assert_eq!(
            beside_a_topic(
                "the paragraph listing ASEM-DUO, Erasmus+ and ASEF: what comes right after it?"
            ),
            Some((1, "asem-duo erasmus+ and asef".to_string()))
        );
        assert_eq!(
            beside_a_topic(
                "The one about ICT, OER and MOOCs... wait, I mean the paragraph after that one."
            ),
            Some((1, "ict oer and moocs".to_string()))
        );
        assert_eq!(beside_a_topic("what comes after it?"), None);
        assert_eq!(
            edge_on_a_topic("the last paragraph about mobility?"),
            Some((true, vec!["mobility".to_string()]))
        );
        assert_eq!(
            edge_on_a_topic("the first paragraph that mentions lifelong learning"),
            Some((false, vec!["lifelong".to_string(), "learning".to_string()]))
        );
        assert_eq!(edge_on_a_topic("the last paragraph of the preamble"), None);
        assert_eq!(beside_a_topic("the paragraph about ICT"), None);
    }

    #[test]
    fn the_footnote_or_a_whole_section_asked_for_alone() {
        let corpus = Corpus::shipped();
        let document = corpus.primary();
        let range = |q: &str| section_reference(document, q).map(|r| (r.first, r.last));
        assert_eq!(range("the footnote"), Some((2, 2)));
        assert_eq!(
            range("can you show me the footnote with the list of meetings"),
            Some((2, 2))
        );
        assert_eq!(
            range("what date was ASEMME6? need it for the footnote of my essay"),
            None
        );
        assert_eq!(
            range("Which paragraph carries the footnote? Show it."),
            Some((2, 2))
        );
        assert_eq!(
            range("the one right after the paragraph with the footnote listing the meetings"),
            Some((3, 3))
        );
        assert_eq!(range("the middle paragraph of the preamble"), Some((3, 3)));
        assert_eq!(
            range("the paragraph in the middle of the Preamble"),
            Some((3, 3))
        );
        assert_eq!(range("what does the second section say?"), Some((6, 10)));
        assert_eq!(range("the last section"), Some((11, 16)));
        assert_eq!(
            range("the paragraph under 'Developing new skills and competencies, and strengthening lifelong learning in the era of the 4th Industrial Revolution'"),
            Some((8, 9))
        );
        assert_eq!(
            range("the first paragraph of the second section"),
            Some((6, 6))
        );
        assert_eq!(
            range("give me the whole mobility subsection (both paras)"),
            Some((6, 7))
        );
        assert_eq!(
            range("the closing paragraph of the vision part, right before the key instruments"),
            Some((10, 10))
        );
        assert_eq!(
            range("le deuxième paragraphe de la section sur la mobilité entre l'Asie et l'Europe"),
            Some((7, 7))
        );
        assert_eq!(
            range("paragraf terakhir dari bagian 'Key instruments'"),
            Some((16, 16))
        );
        assert_eq!(
            range("the para with the footnote listing Berlin 2008 — that's para 1, isn't it?"),
            Some((2, 2))
        );
        assert_eq!(
            range("the para with the footnote: where was the 2nd meeting held?"),
            None
        );
        assert_eq!(range("what does footnote 1 say?"), Some((2, 2)));
        assert_eq!(range("Can you quote the first footnote?"), Some((2, 2)));
        assert_eq!(
            range("Where is the footnote about the previous meetings?"),
            Some((2, 2))
        );
        assert_eq!(range("which paragraph has the footnote?"), Some((2, 2)));
        // What the footnote lists is asked about, not the footnote.
        assert_eq!(range("which meeting in the footnote was in Riga?"), None);
        assert_eq!(range("quote the preamble"), Some((1, 5)));
        assert_eq!(range("show me the mobility section pls"), Some((6, 7)));
        assert_eq!(range("what's in the key instruments part?"), Some((11, 16)));
        assert_eq!(
            range("lifelong learning / 4th Industrial Revolution section, both paragraphs"),
            Some((8, 9))
        );
        assert_eq!(
            range("what does the preamble say about the Helsinki summit"),
            None
        );
    }

    #[test]
    fn paragraphs_named_by_their_opening_words() {
        let corpus = Corpus::shipped();
        let document = corpus.primary();
        let at = |q: &str| opening_reference(document, q).map(|r| r.first);
        assert_eq!(at("which para begins with 'We invite the ASEM'?"), Some(13));
        assert_eq!(
            at("the paragraph starting Taking note of the great"),
            Some(10)
        );
        assert_eq!(
            at("the one that opens with \"We look forward\" pls"),
            Some(14)
        );
        // Two paragraphs open "In the next decade": neither is named.
        assert_eq!(
            at("the paragraph that starts with In the next decade"),
            None
        );
        // The rest of the question tells them apart.
        assert_eq!(
            at("the para that opens with 'In the next decade' — the one in the mobility section, not the preamble"),
            Some(6)
        );
        assert_eq!(
            at("two start \"In the next decade\"; I want the one about countries and regions around the world"),
            Some(4)
        );
        assert_eq!(at("the opening paragraph"), None);
        assert_eq!(at("when did the process start?"), None);
    }
}
