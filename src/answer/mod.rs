//! Understanding a question before ranking anything: a paragraph named in it ("paragraph six"), a
//! meeting it is about and what it asks of it (answered from the timeline, or plainly as not said),
//! a glossary term it asks to have explained, another fact of the meeting, and then the paragraphs
//! that answer it. `/ask`, mentions, the message menu and the relevance evaluation all go through
//! [`understand`], so they cannot disagree.

pub mod advice;
pub mod body;
pub mod definition;
pub mod fact;
pub mod figure;
pub mod meeting;
pub mod section;
pub mod voices;

use crate::corpus::{Fact, Term};
use crate::search::{find_list, find_reference, Hits, ParagraphReference, SearchIndex};

/// What a question asks for, and the paragraphs that answer it.
#[derive(Debug, Clone, Default)]
pub struct Answer<'c> {
    /// A paragraph (or range) the question names: the answer is that paragraph.
    pub reference: Option<ParagraphReference>,
    /// The other paragraphs of a list the question names ("1, 5 and 9"), after `reference`.
    pub also: Vec<u32>,
    /// The number the question guessed for the paragraph its quote or a name in it pins down,
    /// when that is another ("'smart learning analytics platform' — that's para 9 right?").
    pub guessed: Option<i64>,
    /// A question about a meeting, answered from the data (or said to be unanswered).
    pub meeting: Option<meeting::Statement>,
    /// Another fact about the meeting, matched by the `asks` of `facts.toml`.
    pub fact: Option<&'c Fact>,
    /// The glossary term the question asks to have explained.
    pub term: Option<&'c Term>,
    /// The paragraphs, best first.
    pub hits: Hits,
}

impl Answer<'_> {
    /// Whether anything answers the question.
    pub fn is_empty(&self) -> bool {
        self.reference.is_none()
            && self.meeting.is_none()
            && self.fact.is_none()
            && self.term.is_none()
            && self.hits.hits.is_empty()
    }

    /// The paragraphs that use the term asked about: those naming it by its own name first
    /// ("credit transfer" stands in ¶10; ¶6 only speaks of credits), each group as the question
    /// ranks them.
    pub fn term_paragraphs(&self) -> Vec<u32> {
        let Some(term) = self.term else {
            return Vec::new();
        };
        let ranked: Vec<u32> = self.hits.hits.iter().map(|h| h.paragraph).collect();
        let rank = |n: &u32| ranked.iter().position(|r| r == n).unwrap_or(usize::MAX);
        let mut ordered = term.paragraphs.clone();
        ordered.sort_by_key(|n| (!term.by_first_form.contains(n), rank(n)));
        ordered
    }

    /// The paragraphs of the primary document the answer points to, best first: those of its fact,
    /// definition or named paragraph, then the ranked ones.
    pub fn paragraphs(&self) -> Vec<u32> {
        let mut out: Vec<u32> = Vec::new();
        if let Some(reference) = self.reference {
            out.extend((reference.first.max(0)..=reference.last.max(0)).map(|n| n as u32));
        }
        out.extend(&self.also);
        if let Some(statement) = &self.meeting {
            out.extend(&statement.paragraphs);
        }
        if let Some(fact) = self.fact {
            out.push(fact.paragraph);
        }
        out.extend(self.term_paragraphs().into_iter().take(1));
        out.extend(self.hits.hits.iter().map(|h| h.paragraph));
        let mut seen = std::collections::HashSet::new();
        out.retain(|n| seen.insert(*n));
        out
    }
}

/// How close in meaning a theme told in other words must be to a meeting's theme, and how much
/// closer than the next theme, to be read as it. Measured on the themes told in the tuning sets.
const THEME_CLOSENESS: f32 = 0.5;
const THEME_MARGIN: f32 = 0.05;
/// A theme told loosely ("the one that was all about getting results": 0.40 to "…Collaboration
/// for Results", 0.11 at most to any other) is still read as the one theme it is far nearer.
const THEME_LOOSE_CLOSENESS: f32 = 0.35;
const THEME_LOOSE_MARGIN: f32 = 0.2;
/// A theme nearest in meaning that alone shares a root with what was told needs only this.
const THEME_ROOTED_CLOSENESS: f32 = 0.3;

/// A meeting's theme told in other words than the record's ([`meeting::theme_told_otherwise`]).
enum ThemeTold {
    /// The question with the theme put as the record words it: one theme is clearly the
    /// closest in meaning.
    Clear(String),
    /// No theme is clearly closest: the meeting meant is not known from it.
    Unclear,
    None,
}

/// Whether `question` tells a meeting's theme in other words, and which theme it means.
fn theme_in_its_words(index: &SearchIndex, question: &str) -> anyhow::Result<ThemeTold> {
    let corpus = index.corpus();
    let (Some(told), Some(semantic)) = (
        meeting::theme_told_otherwise(corpus, question),
        index.semantic(),
    ) else {
        return Ok(ThemeTold::None);
    };
    // A meeting named otherwise besides ("the Riga one was about…") is known without it.
    let rest = format!("{} {}", &question[..told.start], &question[told.end..]);
    let named_otherwise = meeting::names_any_meeting(corpus, &crate::text::words(&rest));
    let themes: Vec<&str> = corpus
        .meetings
        .iter()
        .map(|m| m.theme.as_str())
        .filter(|t| !t.is_empty())
        .collect();
    // Words every theme shares with the whole process ("ASEM", "Asia and Europe")
    // tell no theme from another; what is left does.
    let telling = |text: &str| {
        crate::text::words(text)
            .into_iter()
            .flat_map(|w| w.split('-').map(str::to_string).collect::<Vec<_>>())
            .filter(|w| {
                !matches!(
                    w.as_str(),
                    "asem" | "asia" | "europe" | "asian" | "european" | "eu" | "in" | "and"
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let telling_themes: Vec<String> = themes.iter().map(|t| telling(t)).collect();
    let telling_refs: Vec<&str> = telling_themes.iter().map(String::as_str).collect();
    let told_words = telling(&question[told.clone()]);
    let closeness = semantic.closeness_to(&told_words, &telling_refs)?;
    let mut ranked: Vec<(f32, (&str, &str))> = closeness
        .into_iter()
        .zip(themes.into_iter().zip(telling_refs))
        .collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
    let clear = match ranked.as_slice() {
        [(best, theme), rest @ ..]
            if *best >= THEME_CLOSENESS
                || (*best >= THEME_LOOSE_CLOSENESS
                    && rest
                        .first()
                        .is_none_or(|(next, _)| best - next >= THEME_LOOSE_MARGIN)) =>
        {
            let close: Vec<(&str, &str)> = std::iter::once(*theme)
                .chain(
                    rest.iter()
                        .take_while(|(next, _)| best - next < THEME_MARGIN)
                        .map(|(_, t)| *t),
                )
                .collect();
            match close.as_slice() {
                [(only, _)] => Some(*only),
                // "working out a strategy for education cooperation": as close in meaning to
                // "Strategizing ASEM Education Collaboration" as to "ASEM Education Collaboration
                // for Results", told apart by the root only one of them has.
                _ => one_by_its_own_root(&close, &told_words),
            }
        }
        // "the strategy-focused meeting": the nearest theme in meaning (0.35 to "Strategizing…",
        // 0.25 to the next) that alone shares a root with what was told.
        [(best, theme), ..] if *best >= THEME_ROOTED_CLOSENESS => {
            let all: Vec<(&str, &str)> = ranked.iter().map(|(_, t)| *t).collect();
            one_by_its_own_root(&all, &told_words).filter(|rooted| *rooted == theme.0)
        }
        _ => None,
    };
    Ok(match clear {
        Some(theme) => ThemeTold::Clear(format!(
            "{}“{}”{}",
            &question[..told.start],
            theme,
            &question[told.end..]
        )),
        None if named_otherwise => ThemeTold::None,
        None => ThemeTold::Unclear,
    })
}

/// The one of `themes` (each with its telling words), all close in meaning to what was told, that
/// alone has a word sharing its root with a word told ("strategy" and "Strategizing"), if only one
/// does.
fn one_by_its_own_root<'t>(themes: &[(&'t str, &str)], told: &str) -> Option<&'t str> {
    let told: Vec<String> = crate::text::words(told);
    let words_of: Vec<Vec<String>> = themes
        .iter()
        .map(|(_, telling)| crate::text::words(telling))
        .collect();
    let same_root = |a: &str, b: &str| {
        let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
        common >= 6 || (common >= 5 && common + 1 >= a.chars().count().min(b.chars().count()))
    };
    let mut rooted = themes
        .iter()
        .zip(&words_of)
        .enumerate()
        .filter(|(i, (_, words))| {
            words.iter().any(|w| {
                let its_own = words_of
                    .iter()
                    .enumerate()
                    .all(|(j, other)| j == *i || !other.iter().any(|o| same_root(o, w)));
                its_own && told.iter().any(|t| same_root(t, w))
            })
        });
    let (_, ((theme, _), _)) = rooted.next()?;
    rooted.next().is_none().then_some(*theme)
}

/// Works out what `question` asks for and finds the `limit` best paragraphs (statements in English).
pub fn understand<'c>(
    index: &'c SearchIndex,
    question: &str,
    limit: usize,
) -> anyhow::Result<Answer<'c>> {
    understand_in(index, question, limit, crate::locale::SOURCE)
}

/// "the paragraph right before the one about ICT": the paragraph beside the one its topic finds
/// first in the primary document, when there is one.
fn beside_a_topic(
    index: &SearchIndex,
    question: &str,
    last: u32,
) -> anyhow::Result<Option<ParagraphReference>> {
    let Some((step, topic)) = section::beside_a_topic(question) else {
        return Ok(None);
    };
    Ok(index
        .search(&topic, 1, 0)?
        .hits
        .first()
        .filter(|hit| hit.document == 0)
        .map(|hit| i64::from(hit.paragraph) + step)
        .filter(|n| (1..=i64::from(last)).contains(n))
        .map(|n| ParagraphReference { first: n, last: n }))
}

/// "the last paragraph about mobility": the last (or first) paragraph of the primary document
/// that uses every telling word of the topic (or its plural, or a word sharing its first seven
/// letters: "technologies" for "technology", not "employment" for "employability").
fn edge_on_a_topic(
    document: &crate::corpus::Document,
    question: &str,
) -> Option<ParagraphReference> {
    let (last, topic) = section::edge_on_a_topic(question)?;
    let alike = |a: &str, b: &str| {
        a == b
            || a.strip_suffix('s') == Some(b)
            || b.strip_suffix('s') == Some(a)
            || (a.len() >= 7 && b.len() >= 7 && a.as_bytes()[..7] == b.as_bytes()[..7])
    };
    let mut using = document.paragraphs.iter().filter(|p| {
        let own = crate::text::words(&p.text);
        topic.iter().all(|t| own.iter().any(|w| alike(w, t)))
    });
    let found = if last {
        using.next_back()
    } else {
        using.next()
    }?;
    let n = i64::from(found.number);
    Some(ParagraphReference { first: n, last: n })
}

/// The paragraphs a question or chat message asks about, searched without the meetings it names
/// only as the scene of its topic (when that finds any): `/ask` and the message menu alike.
pub fn search_past_the_scene(
    index: &SearchIndex,
    question: &str,
    limit: usize,
) -> anyhow::Result<Hits> {
    if let Some(topic) = without_meetings_of_the_scene(index.corpus(), question) {
        let found = index.search(&topic, limit, 0)?;
        if !found.hits.is_empty() {
            return Ok(found);
        }
    }
    index.search(question, limit, 0)
}

/// The question without the meetings it names only as the scene of a topic it asks the text
/// about ("i was at the riga one in 2015 lol. does the new seoul text say anything about adult
/// ed?").
fn without_meetings_of_the_scene(corpus: &crate::corpus::Corpus, question: &str) -> Option<String> {
    let clauses: Vec<Vec<String>> = question
        .split(['?', '.', '!', ';', ','])
        .map(crate::text::words)
        .collect();
    for (index, words) in clauses.iter().enumerate() {
        let Some(from) = meeting::topic_asked_from(words) else {
            continue;
        };
        let topic = &words[from..];
        // "what does the Seoul text say about it?": "it" is what was named before.
        let pointing = topic.iter().all(|w| {
            matches!(
                w.as_str(),
                "it" | "that" | "this" | "them" | "those" | "these"
            )
        });
        if pointing || meeting::names_any_meeting(corpus, topic) {
            return None;
        }
        let scene: Vec<String> = clauses[..index]
            .iter()
            .flatten()
            .chain(&words[..from - 1])
            .cloned()
            .collect();
        if !meeting::names_any_meeting(corpus, &scene) {
            return None;
        }
        // The scene's other words stay: "a note to partner unis about credit recognition for
        // exchange students, … said anything about recognising credits?"
        let kept: Vec<&str> = clauses
            .iter()
            .flatten()
            .filter(|w| !meeting::names_any_meeting(corpus, std::slice::from_ref(*w)))
            .map(String::as_str)
            .collect();
        return Some(kept.join(" "));
    }
    None
}

/// `question`'s words, folded, with the phrases it quotes left out.
fn unquoted(question: &str) -> String {
    let mut rest = format!(
        " {} ",
        crate::text::words(&crate::text::fold(question)).join(" ")
    );
    for phrase in crate::search::quoted_phrases(question) {
        rest = rest.replace(&format!(" {phrase} "), " ");
    }
    rest
}

/// "\"smart learning analytics platform\" — that's para 9 right?", "is 'STEM disciplines' in 8 or
/// 9?": words quoted from the declaration in a question about paragraphs are from the one paragraph
/// (or its footnote) that holds them, whatever number the question guesses.
fn quoted_paragraph(index: &SearchIndex, question: &str) -> Option<ParagraphReference> {
    let quoted = crate::search::quoted_phrases(question);
    if quoted.is_empty() {
        return None;
    }
    // "Fact check: ASEMME 3 was themed '…'?": a meeting's number is no paragraph's.
    let rest: Vec<String> = {
        let words = crate::text::words(&unquoted(question));
        (0..words.len())
            .filter(|&at| {
                let numbers_a_meeting = at >= 1
                    && words[at].bytes().all(|b| b.is_ascii_digit())
                    && (words[at - 1].starts_with("asemme")
                        || meeting::is_meeting_noun(&words[at - 1]));
                !numbers_a_meeting
            })
            .map(|at| words[at].clone())
            .collect()
    };
    let marked = question.contains(['¶', '§']);
    if !marked && !crate::search::speaks_of_a_paragraph(&rest) {
        return None;
    }
    let document = index.corpus().primary();
    let mut holding = document.paragraphs.iter().filter(|p| {
        let text = format!(
            " {} ",
            crate::text::words(&crate::search::indexed_text(document, p)).join(" ")
        );
        quoted.iter().all(|q| text.contains(&format!(" {q} ")))
    });
    match (holding.next(), holding.next()) {
        (Some(only), None) => Some(ParagraphReference {
            first: i64::from(only.number),
            last: i64::from(only.number),
        }),
        _ => None,
    }
}

/// "I think para 9 is where they mention MOOCs?", "el párrafo que habla de los MOOC? Creo que era
/// el 12": a paragraph the asker is unsure of the number of, beside a name of the glossary that one
/// paragraph alone uses, is that paragraph (when the number guessed is not it).
fn hedged_paragraph(index: &SearchIndex, question: &str) -> Option<ParagraphReference> {
    let words = crate::text::words(&crate::text::fold(question));
    let unsure = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "think"
                | "believe"
                | "guess"
                | "reckon"
                | "maybe"
                | "perhaps"
                | "probably"
                | "remember"
                | "recall"
                | "creo"
                | "crois"
                | "glaube"
                | "penso"
                | "acho"
        )
    });
    // "I think paragraph 4 doesn't mention the SDGs, right? can you show it": the paragraph named
    // is to be checked, not found by the term.
    // "not sure of the number" is still unsure.
    let denies = words.iter().enumerate().any(|(i, w)| {
        matches!(
            w.as_str(),
            "not" | "doesn" | "don" | "isn" | "didn" | "never"
        ) && !words
            .get(i + 1)
            .is_some_and(|next| matches!(next.as_str(), "sure" | "certain"))
    });
    // The guess places something: "I think it mentions ASEM-DUO", "the one on Erasmus+", "that's
    // where ASEF comes in". Not "show me paragraph 11? maybe also explain what ASEF is", nor
    // "I believe paragraph 7 is the one I need for my essay on MOOCs".
    let places = words.iter().enumerate().any(|(i, w)| {
        crate::search::reference::tells_a_topic(w)
            || matches!(
                w.as_str(),
                "about" | "where" | "has" | "contains" | "includes" | "lists" | "says" | "said"
                // … in the languages whose guesses are read ("el párrafo que habla de los MOOC").
                | "habla" | "trata" | "menciona" | "parle" | "mentionne" | "traite" | "spricht"
                | "erwahnt" | "behandelt" | "fala" | "parla" | "tratta" | "menziona"
            )
            || (w == "one"
                && words.get(i + 1).is_some_and(|next| {
                    matches!(
                        next.as_str(),
                        "on" | "about" | "with" | "that" | "which" | "where"
                    )
                }))
    });
    if !unsure || denies || !places || !crate::search::speaks_of_a_paragraph(&words) {
        return None;
    }
    match definition::paragraphs_of_terms_named(index.corpus(), question).as_slice() {
        &[only] => Some(ParagraphReference {
            first: i64::from(only),
            last: i64::from(only),
        }),
        _ => None,
    }
}

/// "the paragraph sandwiched between the one about capacity-building and the one inviting the
/// Secretariat to intensify the follow-up": the paragraphs between the two its topics find first
/// in the primary document, when there are any.
fn between_topics(
    index: &SearchIndex,
    question: &str,
) -> anyhow::Result<Option<ParagraphReference>> {
    let Some((before, after)) = section::between_topics(question) else {
        return Ok(None);
    };
    let first_of = |topic: &str| -> anyhow::Result<Option<i64>> {
        Ok(index
            .search(topic, 1, 0)?
            .hits
            .first()
            .filter(|hit| hit.document == 0)
            .map(|hit| i64::from(hit.paragraph)))
    };
    let (Some(a), Some(b)) = (first_of(&before)?, first_of(&after)?) else {
        return Ok(None);
    };
    let (low, high) = (a.min(b), a.max(b));
    Ok((high - low >= 2).then_some(ParagraphReference {
        first: low + 1,
        last: high - 1,
    }))
}

/// [`understand`], with what the bot states about meetings written in `locale`.
pub fn understand_in<'c>(
    index: &'c SearchIndex,
    question: &str,
    limit: usize,
    locale: &str,
) -> anyhow::Result<Answer<'c>> {
    let corpus = index.corpus();
    let typed = crate::text::question_as_typed(question);
    let question = &crate::text::question_of(question);
    // "the last paragraph of the preamble" is the preamble's last, not the document's.
    let last = corpus.primary().last_number();
    // "the Finnish summit mentioned in para 2, when was it?" asks of the summit.
    let of_a_meeting = meeting::named_by_its_mention(question)
        && meeting::understand(corpus, question).is_some_and(|m| m.attribute.is_some());
    // "can u pull up 1, 5 and 9", "the 2nd and 4th paragraphs": a list of paragraphs apart.
    let listed: Vec<i64> = find_list(question)
        .filter(|list| list.windows(2).any(|pair| pair[1] != pair[0] + 1))
        .unwrap_or_default();
    let pinned = if of_a_meeting {
        None
    } else {
        quoted_paragraph(index, question).or_else(|| hedged_paragraph(index, question))
    };
    // The number guessed beside it, read with the quoted words left out ("'Helsinki in 2006'
    // that's para 1 isn't it").
    let guessed = pinned.and_then(|found| {
        find_reference(&unquoted(question))
            .filter(|r| r.first == r.last && r.first != found.first)
            .map(|r| r.first)
    });
    let named = if of_a_meeting {
        None
    } else {
        let beside_a_topic = beside_a_topic(index, question, last)?;
        let between_topics = between_topics(index, question)?;
        pinned
            .or_else(|| section::section_reference(corpus.primary(), question))
            .or_else(|| section::opening_reference(corpus.primary(), question))
            .or(beside_a_topic)
            .or(between_topics)
            .or_else(|| edge_on_a_topic(corpus.primary(), question))
            .or_else(|| find_reference(question).map(|r| r.resolve_last(last)))
            .or_else(|| {
                listed
                    .first()
                    .map(|&n| ParagraphReference { first: n, last: n })
            })
            .or_else(|| {
                meeting::ordinal_one_beyond_meetings(corpus, question)
                    .filter(|&n| n <= last)
                    .map(|n| ParagraphReference {
                        first: i64::from(n),
                        last: i64::from(n),
                    })
            })
    };
    // "para 3 of the bologna declaration?", "article 9 GDPR": a paragraph of a text the bot does
    // not hold.
    if section::of_another_document(corpus.primary(), question, |w| corpus.held.has_word(w)) {
        return Ok(Answer::default());
    }
    if advice::asks_of_the_bot(question) {
        return Ok(Answer::default());
    }
    if let Some(reference) = named {
        // "what does FMM mean in para 12?": the term is explained, then the paragraph where it
        // was seen is shown. Not "the paragraph right before the ICT one — what's that?": there
        // the term only finds the paragraph's neighbour.
        let located_by_topic = section::beside_a_topic(question).is_some()
            || section::between_topics(question).is_some();
        let term = definition::term_asked_beside_a_paragraph(corpus, question)
            .filter(|_| !located_by_topic);
        if let Some(term) = term {
            return Ok(Answer {
                reference: Some(reference).filter(|r| r.first == r.last),
                term: Some(term),
                hits: index.search(question, limit, 0)?,
                ..Answer::default()
            });
        }
        // The list read in full, when the reference found is one of it ("4th paragraphs").
        let single = reference.first == reference.last;
        if single && listed.contains(&reference.first) {
            return Ok(Answer {
                reference: Some(ParagraphReference {
                    first: listed[0],
                    last: listed[0],
                }),
                also: listed[1..]
                    .iter()
                    .filter_map(|&n| u32::try_from(n).ok())
                    .collect(),
                ..Answer::default()
            });
        }
        return Ok(Answer {
            reference: Some(reference),
            guessed,
            ..Answer::default()
        });
    }
    // A misspelt city still names its meeting ("copenhagn meeting which year"), never Seoul's.
    let spelled = index.spelled(question);
    let spelled_as_asked = spelled.clone();
    // "which meeting was about building a shared asia-europe education space": the theme it
    // means, as the record words it.
    let (spelled, theme_unclear) = match theme_in_its_words(index, &spelled)? {
        ThemeTold::Clear(put) => (put, false),
        ThemeTold::Unclear => (spelled, true),
        ThemeTold::None => (spelled, false),
    };
    // "What happened at the next meeting after Seoul?": nothing in a text of 2017 answers.
    // "What did the ASEM culture ministers meeting discuss?": another body's meeting is in no
    // record, and the declaration does not report on it.
    // "hotels near the conference venue in seoul": the declaration describes no surroundings; "can
    // anyone recommend a good online course?": nor does it advise one person. "What did the Korean
    // president say to the ministers?": it speaks for the ministers together and quotes no one.
    if meeting::asks_what_came_after(corpus, question)
        || meeting::asks_what_came_before(corpus, question)
        || meeting::asks_of_another_body(corpus, question)
        || meeting::asks_what_is_near(&crate::text::words(question))
        || meeting::asks_within_its_city(corpus, &crate::text::words(question))
        // (What the bot itself does not do was told above, before a paragraph named.)
        || advice::asks_for_the_speaker(question)
        // "recomend a good MOOC platform", as meant.
        || (spelled != *question && advice::asks_for_advice(&spelled))
        || voices::asks_for_a_voice(question)
    {
        return Ok(Answer::default());
    }
    // "wat was the thema of the gathering": the words it asks with, as meant.
    let words = crate::text::words(&spelled);
    // The bodies a question may name, and what tells a name the bot never uses.
    let names = body::Names::of(corpus);
    let of_a_body = names.asks_a_record_of_a_body(&spelled);
    // "Which hotel was the venue of the meeting?" asks for what no record holds, whatever
    // "venue" points to.
    // "¿Cuál fue el lema de la reunión de Kuala Lumpur?": a word the speller does not know ("lema")
    // may still be what a question asks of the meeting it names.
    let meeting = meeting::understand(corpus, &spelled)
        .map(|understood| {
            if understood.attribute.is_some() {
                return understood;
            }
            let asks_of_it = |other: &meeting::MeetingQuestion| {
                other.attribute.is_some() && other.target == understood.target
            };
            // "which ministry hosed the 6th meeting": a real word one slip from an ask.
            meeting::understand(corpus, question)
                .filter(asks_of_it)
                .or_else(|| {
                    index
                        .with_real_word_slips(&spelled)
                        .and_then(|slipped| meeting::understand(corpus, &slipped))
                        .filter(asks_of_it)
                })
                .unwrap_or(understood)
        })
        .filter(|_| {
            !(index.asks_for_the_unknown(&spelled) && meeting::asks_something_else(corpus, &words))
        })
        // "what does ASEMME6 stand for": the name spelt out, which the glossary gives.
        .filter(|_| definition::name_spelt_out(corpus, question).is_none())
        // "When did the Berlin wall come down?", "things to see in Riga old town": a place named
        // beside a topic the declaration never speaks of is the place, not its meeting.
        .filter(|_| {
            !meeting::about_the_place(corpus, &spelled, |clause| index.unfamiliar_topics(clause))
        })
        // "Did ASEF publish its own report about the Seoul meeting?" asks what the body did,
        // with nothing asked of the meeting.
        .filter(|understood| {
            understood.attribute.is_some() || !names.asks_what_a_body_did(&spelled)
        })
        // "who hosts the ASEF Young Leaders Summit this year?" asks the body's record, not who
        // hosted a summit (a body's record is asked only where no meeting is spoken of).
        .filter(|_| !of_a_body)
        // "the one about making cooperation deliver results, where?": a theme no meeting's is
        // clearly told names none, not the declaration's own.
        .filter(|_| !theme_unclear)
        // "Did Japan's education minister attend ASEMME6?": the record says who gathered in
        // general terms, not whether one the declaration never names was there.
        .map(|mut q| {
            q.party_unnamed = q.attribute == Some(crate::corpus::MeetingAttribute::Participants)
                && (names.asks_whether_a_stranger_did(question)
                    || body::asks_who_stood_for(question));
            meeting::answer(corpus, &q, locale)
        });
    // "When was ASEF founded?", "where is the ASEAN Secretariat?": the declaration names the
    // body and records none of its own affairs; neither its glossary entry nor a paragraph that
    // names it answers.
    // "What was the theme of the Berlinale?", "motto of Seoul National University": nor of a
    // name the bot never uses.
    // "what does the Bologna Process say about credits?", "compare this with the Incheon
    // Declaration": nor of another text.
    if meeting.is_none()
        && (of_a_body
            || names.asks_a_record_of_a_stranger(question)
            || section::asks_of_another_text(corpus.primary(), question, |w| {
                corpus.held.has_word(w)
            }))
    {
        return Ok(Answer::default());
    }
    // "how much fundng does ASEF get each year": the figure asked, as meant.
    let figure = figure::asked_in(corpus, question).or_else(|| figure::asked_in(corpus, &spelled));
    // "Annual budget of the ASEM Education Secretariat?" asks for a figure, not what it is.
    let term = if meeting.is_none() && figure.is_none() {
        definition::asked_term(corpus, question)
            .or_else(|| definition::asked_term(corpus, &spelled))
    } else {
        None
    };
    // A question for a figure ("how much did Korea spend on hosting…") is not one for a fact that
    // gives none (who hosted); one naming another meeting ("the 2006 summit: does the text say
    // who the host was?") is not answered by a fact of the declaration's own.
    let fact = if meeting.is_none()
        && !theme_unclear
        && term.is_none()
        && figure.is_none()
        && !meeting::names_other_meeting(corpus, &spelled)
        && !meeting::described_otherwise(corpus, &words)
        && !meeting::gives_a_year_of_no_meeting(corpus, &words)
        && !meeting::asks_something_else(corpus, &words)
        && !meeting::asks_of_an_organisation(corpus, &words)
        && !meeting::asks_what_the_text_says(corpus, question)
        && !meeting::told_by_what_was_said_elsewhere(corpus, &spelled)
    {
        // "which city has the most international students…?", "who organises the ASEM-DUO
        // selection interviews?", "how old is the University of Bologna?": a short ask said of
        // another subject is not asked of the meeting. The clause that asks is what counts.
        // "hoo hosted this": a slip is no subject; the question as typed, spelt right, is read.
        let typed = if typed == *question {
            spelled_as_asked
        } else {
            index.spelled(&typed)
        };
        fact::matched_fact(corpus, &spelled)
            .filter(|&(fact, length)| {
                length > 2 || !fact::asked_of_another_subject(corpus, &typed, fact)
            })
            .map(|(fact, _)| fact)
    } else {
        None
    };
    // "i was at the riga one in 2015 lol. does the new seoul text say anything about adult ed?":
    // the meetings named around the topic set the scene; the topic is what is searched.
    let mut hits = if meeting.is_none() && term.is_none() && fact.is_none() {
        search_past_the_scene(index, question, limit)?
    } else {
        index.search(question, limit, 0)?
    };
    // "is Erasmus+ mentioned anywhere?": the paragraphs that use the name answer first (a stable
    // sort keeps the ranking within each group).
    let using = definition::paragraphs_of_a_term_asked_after(corpus, question);
    if !using.is_empty() {
        hits.hits
            .sort_by_key(|hit| hit.document != 0 || !using.contains(&hit.paragraph));
    }
    if meeting.is_none() && term.is_none() && fact.is_none() {
        // A question for a figure is answered only where the text gives one, in a paragraph
        // that passed on its own.
        if let Some(asked) = figure {
            hits.hits.retain(|hit| {
                !hit.companion
                    && corpus.documents[hit.document]
                        .paragraph(hit.paragraph)
                        .is_some_and(|p| figure::gives(&asked, &p.text))
            });
        }
    }
    Ok(Answer {
        reference: None,
        also: Vec::new(),
        guessed: None,
        meeting,
        fact,
        term,
        hits,
    })
}
