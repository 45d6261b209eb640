//! Questions about the meetings of the process: which meeting a question means (an ordinal, a
//! short name, a city, a year, words of its theme, "the next" or "the previous" one) and what it
//! asks (where, when, the theme, the host…), answered from `data/meetings.toml` and `facts.toml`
//! with the source ¶, or plainly as something the declaration does not say. Never with a fact of
//! a different meeting than the one asked about.

use crate::corpus::{Corpus, Meeting, MeetingAttribute, MeetingKind};
use crate::text::{number_value, ordinal_value, words};

/// Words that name a meeting (or the ministers meeting) in a question.
const MEETING_NOUNS: &[&str] = &[
    "meeting",
    "meetings",
    "asemme",
    "gathering",
    "gatherings",
    "conference",
    "conferences",
    "ministerial",
    "ministerials",
    "summit",
    "summits",
    "session",
    "edition",
    "one",
    "met",
    "meet",
    "gathered",
    "gather",
    "convened",
    // "theme of the event pls", "the dates of the occasion".
    "event",
    "occasion",
    // "were they marking an anniversary with this get-together?", "the earlier meetups".
    "get-together",
    "get-togethers",
    "meetup",
    "meetups",
    // "the next round after korea".
    "round",
    "rounds",
    "meet-up",
    "meet-ups",
    // The same in French, German, Spanish, Italian, Portuguese and Japanese.
    "reunion",
    "treffen",
    "tagung",
    "konferenz",
    "riunione",
    "conferencia",
    "reuniao",
    "会議",
    "mtg",
    "mtgs",
];
/// The meeting nouns that are verbs ("under what theme did they gather?"): the words before a
/// verb do not describe a meeting.
const MEETING_VERBS: &[&str] = &["met", "meet", "gathered", "gather", "convened"];
/// A summit in English, French, German, Spanish, Italian and Portuguese ("ASEM-Gipfel" too).
fn is_summit_noun(word: &str) -> bool {
    matches!(
        word,
        "summit" | "summits" | "sommet" | "cumbre" | "vertice" | "cimeira"
    ) || word.ends_with("gipfel")
}
/// Words that call a meeting the first of its series.
const FIRST_WORDS: &[&str] = &["inaugural", "debut", "founding", "maiden"];
/// Words that point at a meeting still to come.
const FUTURE_WORDS: &[&str] = &[
    "next",
    "upcoming",
    "future",
    "following",
    "coming",
    "forthcoming",
    "subsequent",
    "planned",
    // French, German, Spanish, Italian: "la prochaine réunion", "das nächste Treffen".
    "prochaine",
    "prochain",
    "nachste",
    "nachsten",
    "naechste",
    "proxima",
    "proximo",
    "prossima",
    "prossimo",
];
/// What "the next" points at in the declaration's own words ("the next decade", "the next
/// chapter"): not a meeting.
const NOT_MEETINGS: &[&str] = &[
    "decade",
    "decades",
    "chapter",
    "step",
    "steps",
    "generation",
    "generations",
];
/// Spans of the speaker's own calendar ("going to Seoul next month"): after "next" they point at
/// no meeting.
const CALENDAR_SPANS: &[&str] = &[
    "week", "weeks", "weekend", "month", "months", "year", "years", "semester", "summer", "winter",
];

/// Whether the word at `at` is a span of the speaker's own calendar ("next month", "last year",
/// "this week"): it neither asks a meeting's date nor points at a meeting.
fn speakers_time(words: &[String], at: usize) -> bool {
    at > 0
        && matches!(
            words[at - 1].as_str(),
            "next" | "last" | "this" | "every" | "each" | "per"
        )
        && CALENDAR_SPANS.contains(&words[at].as_str())
}
/// What happens just before or after a meeting, not being one ("a press conference after…").
const EVENTS_AROUND_A_MEETING: &[&str] = &[
    "conference",
    "conferences",
    "interview",
    "interviews",
    "reception",
    "dinner",
    "lunch",
    "photo",
    "photos",
    "speech",
    "speeches",
    "ceremony",
    "party",
    "tour",
    "visit",
    "visits",
    "trip",
    "coverage",
    "reactions",
    "reaction",
    "comments",
    "statements",
    "protests",
    "briefing",
];
/// Words that point at the meeting after a named one ("the meeting that follows Seoul").
const AFTER_WORDS: &[&str] = &[
    "after",
    "follow-up",
    "successor",
    "follows",
    "followed",
    "following",
    "succeeds",
    "succeeding",
    "succeeded",
];
/// The other ministers of ASEM ("the Labour and Employment Ministers' last conference"): their
/// meetings are not the education ministers' timeline.
const OTHER_MINISTERS: &[&str] = &[
    "labour",
    "labor",
    "employment",
    "foreign",
    "finance",
    "economic",
    "economy",
    "trade",
    "health",
    "environment",
    "culture",
    "transport",
    "agriculture",
    "defence",
    "defense",
];
/// Bodies whose summits are not ASEM's ("the ASEAN summit in 2017").
const OTHER_SUMMITS: &[&str] = &[
    "asean", "eu", "g20", "g7", "un", "nato", "apec", "oecd", "unesco", "brics", "sco", "eas",
];

/// Whether `words` speak of another body's meeting ("the ASEM Labour and Employment Ministers'
/// last conference", "the ASEAN summit in 2017") and of no education ministers' meeting.
fn of_another_body(words: &[String]) -> bool {
    let ministers = |w: &str| matches!(w, "minister" | "ministers" | "ministerial" | "ministries");
    // "the ASEAN education ministers", "the OECD education ministerial": another body's
    // education ministers meet apart from ASEM's.
    let other_ministers = words
        .windows(2)
        .any(|w| OTHER_MINISTERS.contains(&w[0].as_str()) && ministers(&w[1]))
        || words.windows(3).any(|w| {
            OTHER_SUMMITS.contains(&w[0].as_str()) && w[1] == "education" && ministers(&w[2])
        });
    (other_ministers || other_summit(words)) && !words.iter().any(|w| w.starts_with("asemme"))
}

/// Whether `words` speak of a text of other ministers ("the ASEM labour ministers' declaration",
/// "the foreign ministers' statement"): what it says is theirs, not the declaration's.
fn their_text(words: &[String]) -> bool {
    (0..words.len().saturating_sub(2)).any(|at| {
        let w = &words[at..at + 3];
        let theirs = OTHER_MINISTERS.contains(&w[0].as_str())
            && matches!(w[1].as_str(), "minister" | "ministers" | "ministerial");
        // "what did the labour ministers' conference say about youth jobs": what their meeting
        // said, told after it.
        let their_meeting_said = || {
            matches!(
                w[2].as_str(),
                "conference" | "conferences" | "meeting" | "meetings"
            ) && words[at + 3..(at + 5).min(words.len())].iter().any(|v| {
                matches!(
                    v.as_str(),
                    "say" | "said" | "says" | "conclude" | "concluded" | "decide" | "decided"
                )
            })
        };
        theirs
            && (matches!(
                w[2].as_str(),
                "declaration"
                    | "declarations"
                    | "statement"
                    | "statements"
                    | "communique"
                    | "conclusions"
                    | "report"
            ) || their_meeting_said())
    })
}

/// Whether `question` asks about another body's meeting rather than what the declaration says of
/// it ("what did the ASEM culture ministers meeting discuss?", "where was the ASEAN summit in
/// 2017?", "who hosts the next ASEM summit?"): the declaration records the education ministers'
/// meetings only, and plans no summit.
pub fn asks_of_another_body(corpus: &Corpus, question: &str) -> bool {
    let words = words(question);
    // What it did, when and where it met, or where it stands ("the ASEM labour ministers'
    // position on…"); not "should education work with the foreign ministers' meetings?", which
    // ¶12 answers.
    let asks_its_record = asked_attribute(corpus, &words).is_some()
        || words.iter().any(|w| {
            DONE_WORDS.contains(&w.as_str())
                || matches!(
                    w.as_str(),
                    "outcomes" | "agenda" | "position" | "positions" | "stance" | "view" | "views"
                )
        });
    let of_a_summit_to_come = question
        .split_inclusive(['.', '?', '!', ';'])
        .any(|sentence| {
            let words = crate::text::words(sentence);
            (sentence.trim_end().ends_with('?') || opens_a_question(&words))
                && summit_to_come(&words)
                && asked_attribute(corpus, &words).is_some()
        });
    // "What was agreed at the ASEM Foreign Ministers Meeting in 2017?": the agreeing was theirs,
    // there; ¶12 only names their meetings.
    // "what did the foreign ministers agree at their last meeting" too.
    // "agree on at their last meeting" too.
    let done_there = (0..words.len()).any(|at| {
        let next = |n: usize| words.get(at + n).map(String::as_str);
        matches!(
            words[at].as_str(),
            "agreed"
                | "said"
                | "decided"
                | "discussed"
                | "announced"
                | "agree"
                | "decide"
                | "discuss"
                | "announce"
        ) && (matches!(next(1), Some("at" | "during"))
            || matches!(next(1), Some("on" | "upon")) && matches!(next(2), Some("at" | "during")))
    }) || their_text(&words);
    ((of_another_body(&words) || another_summit_than_recorded(corpus, &words))
        && (asks_its_record || done_there)
        || of_a_summit_to_come)
        && (done_there || !asks_what_the_text_says(corpus, question))
        && !points_into_the_text(&words)
}

/// Whether `words` ask where in the text something is ("where's the bit about the foreign
/// ministers' meetings", "which paragraph mentions…"): the text's passage, not a meeting's place.
fn points_into_the_text(words: &[String]) -> bool {
    (0..words.len()).any(|at| {
        matches!(words[at].as_str(), "where" | "wheres" | "which")
            && words[at + 1..(at + 5).min(words.len())]
                .windows(2)
                .any(|w| {
                    matches!(
                        w[0].as_str(),
                        "bit" | "part" | "section" | "passage" | "paragraph" | "line" | "sentence"
                    ) && matches!(
                        w[1].as_str(),
                        "about" | "on" | "that" | "mentioning" | "mentions" | "talks" | "covering"
                    )
                })
    })
}

/// Whether `words` speak of a leaders' summit the timeline does not have, numbered or dated
/// otherwise than its own ("the 12th ASEM Summit", "ASEM Summit 12", "the ASEM Summit in
/// Brussels in 2018", "the very first ASEM Summit"), and of no ministers' meeting.
fn another_summit_than_recorded(corpus: &Corpus, words: &[String]) -> bool {
    let summits: Vec<&crate::corpus::Meeting> = corpus
        .meetings
        .iter()
        .filter(|m| m.kind == MeetingKind::Summit)
        .collect();
    let leaders_summit = |at: usize| {
        is_summit_noun(&words[at])
            && !words[at.saturating_sub(2)..at]
                .iter()
                .any(|w| w.starts_with("minister"))
    };
    let Some(at) = (0..words.len()).find(|&at| leaders_summit(at)) else {
        return false;
    };
    // "helsinki summit was 2008 right?": a summit named by its own place is the one recorded, and
    // a year said of it is put to the test.
    let placed_as_recorded = summits.iter().any(|m| placed_in_words(m, words));
    if summits.is_empty()
        || placed_as_recorded
        || speaks_of_a_meeting(words)
        || words.iter().any(|w| w.starts_with("asemme"))
    {
        return false;
    }
    // An ordinal anywhere; a number in figures only beside the summit ("ASEM Summit 12", not
    // "the summit two years before Berlin"). Numbers offered to choose from ("which one was it,
    // 5th or 6th?") may be its own.
    let beside = |i: usize| i + 1 == at || i == at + 1;
    let numbers: Vec<u32> = (0..words.len())
        .filter_map(|i| {
            ordinal_value(&words[i]).or_else(|| {
                (beside(i) && words[i].len() < 4 && words[i].bytes().all(|b| b.is_ascii_digit()))
                    .then(|| words[i].parse().ok())
                    .flatten()
            })
        })
        .collect();
    let numbered_otherwise = !numbers.is_empty()
        && !numbers
            .iter()
            .any(|n| summits.iter().any(|m| m.number == *n));
    // "Before Berlin 2008 there was an ASEM summit…": a year said with its own meeting's place
    // dates that meeting, not the summit.
    let placed_years: Vec<u32> = corpus
        .meetings
        .iter()
        .filter(|m| placed_in_words(m, words))
        .map(|m| m.year)
        .collect();
    numbered_otherwise
        || years_given(words)
            .any(|y| !summits.iter().any(|m| m.year == y) && !placed_years.contains(&y))
}

/// Whether `words` name the place of `meeting` (its city, or another name of the place).
fn placed_in_words(meeting: &crate::corpus::Meeting, words: &[String]) -> bool {
    meeting
        .places()
        .map(|name| crate::text::words(name))
        .any(|name| (0..words.len()).any(|at| phrase_at(words, at, &name)))
}

/// Whether the word at `at` is said of one still to come: "the next ASEM leaders' summit" is not
/// the one the timeline has.
fn still_to_come(words: &[String], at: usize) -> bool {
    words[at.saturating_sub(4)..at]
        .iter()
        .any(|w| FUTURE_WORDS.contains(&w.as_str()))
}

/// Whether `words` speak of a leaders' summit still to come ("where will the next ASEM summit be
/// held?"): the declaration plans none.
fn summit_to_come(words: &[String]) -> bool {
    // "which ASEM summit is coming up next?": said of it after it, too.
    let said_to_come = |at: usize| {
        words
            .get(at + 1)
            .is_some_and(|w| matches!(w.as_str(), "is" | "will" | "coming"))
            && words[at + 1..(at + 5).min(words.len())]
                .iter()
                .any(|w| FUTURE_WORDS.contains(&w.as_str()))
    };
    (0..words.len()).any(|at| {
        is_summit_noun(&words[at])
            && (still_to_come(words, at) || said_to_come(at))
            && !words[at.saturating_sub(2)..at]
                .iter()
                .any(|w| w.starts_with("minister"))
    })
}

/// Whether `words` speak of another body's summit.
fn other_summit(words: &[String]) -> bool {
    words.windows(2).any(|w| {
        // "the EU-ASEAN summit"
        w[0].split('-').any(|part| OTHER_SUMMITS.contains(&part)) && w[1].starts_with("summit")
    })
}

/// Words that soften or stress a question without changing what it asks ("who actually came?").
const HEDGES: &[&str] = &[
    "actually", "really", "exactly", "even", "just", "again", "ever",
];
/// Words that ask who did not ("which countries refused to sign?", "who didn't come?"): a record
/// says who took part, never who stayed away.
const REFUSAL_WORDS: &[&str] = &[
    "not",
    "didn",
    "didnt",
    "never",
    "refuse",
    "refused",
    "refusing",
    "decline",
    "declined",
    "reject",
    "rejected",
    "boycott",
    "boycotted",
    "abstain",
    "abstained",
    "oppose",
    "opposed",
    "object",
    "objected",
    "withdrew",
    "withdraw",
    "absent",
    "missing",
    "skipped",
    "stayed",
];
/// Words that ask how things stand now ("which countries are members of ASEM today?"): the
/// declaration speaks as of 2017.
const NOW_WORDS: &[&str] = &["today", "now", "nowadays", "currently", "presently"];
/// The months, folded, and their short forms: put forward as a meeting's dates, never a place.
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    // "was it 20-21 nov?": as they are shortened.
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];
/// Words that point at the meeting before another (before Seoul when nothing else is named).
const PREVIOUS_WORDS: &[&str] = &[
    "previous",
    "preceding",
    "preceded",
    "precedes",
    "prior",
    "before",
    "b4",
    "earlier",
];
/// Words for the one before the last ("the penultimate meeting").
const PENULTIMATE_WORDS: &[&str] = &[
    "penultimate",
    "second-last",
    "second-to-last",
    "next-to-last",
];
/// Words that point at the declaration's own meeting, the last of its timeline ("the last meeting";
/// "the last one before Riga" steps back from Riga instead).
const CURRENT_WORDS: &[&str] = &["latest", "recent", "current", "this", "last", "final"];

/// Words of a question about what the text says or commits to ("do ministers commit to hosting
/// more meetings?"): its paragraphs answer it, not a meeting's record.
const TEXT_WORDS: &[&str] = &[
    "say",
    "says",
    "said",
    "saying",
    "mention",
    "mentions",
    "mentioned",
    "commit",
    "commits",
    "committed",
    "commitment",
    "commitments",
    "promise",
    "promised",
    "promises",
    "pledge",
    "pledged",
    "agree",
    "agreed",
    "intend",
    "intends",
    "willing",
    "willingness",
    "stance",
    "position",
    "view",
    "views",
    "encourage",
    "encourages",
    "support",
    "supports",
    "want",
    "wants",
    "plan",
    "plans",
    "text",
    "paragraph",
];

/// Which meeting a question is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A meeting of the timeline, by index in [`Corpus::meetings`].
    Meeting(usize),
    /// Every meeting (a question about "the meetings").
    All,
    /// A meeting after the last one the declaration knows (`number` when the question gave one).
    Future { number: Option<u32> },
    /// A meeting of a kind and number the declaration does not mention (the 3rd ASEM Summit).
    Unmentioned { kind: MeetingKind, number: u32 },
}

/// A question about a meeting, understood.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingQuestion {
    pub target: Target,
    /// What it asks; `None` for "tell me about the Hanoi meeting".
    pub attribute: Option<MeetingAttribute>,
    /// Whether it asks what an outcome said or decided ("the main decisions taken at Hanoi"), not
    /// only what was adopted: the declaration names the Conclusions by the Chair, never their
    /// content.
    pub contents: bool,
    /// Whether it asks if someone the declaration never names took part ("Did Japan's education
    /// minister attend?"): the record says who gathered, never who did not.
    pub party_unnamed: bool,
    /// Whether it asks how many meetings there had been ("how many had there been by 2017?"),
    /// which the series of ¶2 answers before the meeting's own paragraph.
    pub how_many: bool,
}

/// How a question names a meeting, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Clue {
    /// A meeting counted from another named after the counting word ("two years after the
    /// Helsinki summit", "the meeting after ASEMME3"), or among those of one part of the world
    /// ("the first held in Asia"): the one asked about, whatever else is named.
    Counted,
    ShortName,
    Ordinal,
    Relative,
    Theme,
    City,
    Year,
    /// Another name of a meeting's place ("the Danish meeting"): the weakest.
    Place,
}

/// Works out whether `question` asks about a meeting, which one and what.
pub fn understand(corpus: &Corpus, question: &str) -> Option<MeetingQuestion> {
    let question = &without_what_the_text_mentions(&short_name_joined(question));
    // "where did the ministers meet when they discussed the euro crisis?": no meeting of the
    // record is told by a topic the declaration never speaks of.
    let question = &match said_there(corpus, question) {
        Some(SaidThere::OfTheText(without)) => without,
        Some(SaidThere::Elsewhere) => return None,
        None => question.clone(),
    };
    let mut understood = understand_meeting(corpus, question)?;
    let asked = words(question);
    understood.contents =
        understood.attribute == Some(MeetingAttribute::Outcome) && asks_the_contents(&asked);
    understood.how_many =
        understood.attribute == Some(MeetingAttribute::Count) && super::body::asks_how_many(&asked);
    Some(understood)
}

/// `question` without a clause that tells a text by what it mentions ("the name of the declaration
/// from ASEMME6 *that mentions ASEF and Erasmus+*"): what the text mentions is not what is asked.
/// The clause runs to the next comma or the end of its sentence.
fn without_what_the_text_mentions(question: &str) -> String {
    const TEXT: &[&str] = &["declaration", "text", "document", "statement"];
    const MENTIONS: &[&str] = &[
        "mentions",
        "mentioned",
        "names",
        "named",
        "talks",
        "talked",
        "speaks",
        "covers",
        "says",
        "refers",
    ];
    let pieces: Vec<&str> = question.split(' ').collect();
    let fold = |piece: &str| crate::text::fold(piece.trim_matches(|c: char| !c.is_alphanumeric()));
    let ends = |piece: &str| piece.ends_with(['.', '?', '!', ';', ',']);
    for at in 1..pieces.len().saturating_sub(1) {
        // The text is told a few words before ("the declaration from ASEMME6 that…"), in the
        // same clause ("which declaration, that mentions ASEF?" asks which).
        let told = pieces[at.saturating_sub(6)..at]
            .iter()
            .any(|p| TEXT.contains(&fold(p).as_str()))
            && !pieces[at - 1].ends_with([',', '.', '?', '!', ':', ';']);
        if told
            && matches!(fold(pieces[at]).as_str(), "that" | "which")
            && MENTIONS.contains(&fold(pieces[at + 1]).as_str())
        {
            let end = (at + 1..pieces.len())
                .find(|&i| ends(pieces[i]))
                .map_or(pieces.len(), |i| i + 1);
            return with_clause_left_out(&pieces, at, end, "");
        }
    }
    // "when was the asem summit in finland that the declaration mentions": the meeting told by
    // the text's mention of it, the mention left out.
    for at in 1..pieces.len().saturating_sub(1) {
        let mentioned = TEXT.contains(&fold(pieces[at]).as_str())
            && MENTIONS.contains(&fold(pieces[at + 1]).as_str())
            && matches!(fold(pieces[at - 1]).as_str(), "the" | "this")
            && at >= 2
            && matches!(fold(pieces[at - 2]).as_str(), "that" | "which")
            && !ends(pieces[at - 2]);
        if mentioned {
            return with_clause_left_out(&pieces, at - 2, at + 2, "");
        }
    }
    question.to_string()
}

/// Verbs that tell what was said at a meeting ("when they *discussed* lifelong learning").
const SAID_THERE: &[&str] = &[
    "discussed",
    "discuss",
    "agreed",
    "agree",
    "talked",
    "spoke",
    "adopted",
    "endorsed",
    "committed",
    "pledged",
    "decided",
    "mentioned",
    "highlighted",
    "stressed",
    "emphasised",
    "emphasized",
    "declared",
    "welcomed",
    "promised",
    "called",
];
/// Who may be said to have said it ("when *the education ministers* discussed…").
const SAYERS: &[&str] = &[
    "they",
    "the",
    "ministers",
    "minister",
    "education",
    "asem",
    "delegates",
    "everyone",
    "we",
    "had",
    "have",
    "all",
];

/// A clause that tells a meeting by what was said at it.
enum SaidThere {
    /// Said in the declaration: the question without the clause, which names the declaration's
    /// own meeting ("at this meeting") where no other is named.
    OfTheText(String),
    /// Of a topic the declaration never speaks of, with no meeting named otherwise.
    Elsewhere,
}

/// Whether `question` tells the meeting it asks about by a topic the declaration never speaks of
/// ("where did the ministers meet when they discussed the euro crisis?"): no record's fact
/// answers it.
pub fn told_by_what_was_said_elsewhere(corpus: &Corpus, question: &str) -> bool {
    matches!(said_there(corpus, question), Some(SaidThere::Elsewhere))
}

/// A clause of `question` that tells a meeting by what was said at it ("which city did the
/// ministers meet in *when they discussed lifelong learning*?", "the 2017 meeting *where Erasmus+
/// got a mention*"): what the declaration says was said at its own meeting.
fn said_there(corpus: &Corpus, question: &str) -> Option<SaidThere> {
    let pieces: Vec<&str> = question.split(' ').collect();
    let fold = |piece: &str| crate::text::fold(piece.trim_matches(|c: char| !c.is_alphanumeric()));
    let ends = |piece: &str| piece.ends_with(['.', '?', '!', ';', ',', ':']);
    let folded: Vec<String> = pieces.iter().map(|p| fold(p)).collect();
    let the_texts = |w: &String| {
        corpus.primary_words.contains(w)
            || corpus.primary_words.contains(&format!("{w}s"))
            || w.strip_suffix('s')
                .is_some_and(|one| corpus.primary_words.contains(one))
    };
    for at in 1..pieces.len().saturating_sub(2) {
        // A clause mark may come before it ("the 2017 meeting, where…"); a new sentence may not.
        if !matches!(folded[at].as_str(), "when" | "where" | "while")
            || pieces[at - 1].ends_with(['.', '?', '!', ';'])
        {
            continue;
        }
        // "when they discussed X": the topic follows the verb; "where X got a mention": it comes
        // between.
        let verb = (at + 1..(at + 5).min(pieces.len())).find(|&k| {
            SAID_THERE.contains(&folded[k].as_str())
                && folded[at + 1..k]
                    .iter()
                    .all(|w| SAYERS.contains(&w.as_str()))
        });
        let mention = (at + 2..(at + 6).min(pieces.len())).find_map(|k| {
            let phrase = |words: &[&str]| {
                folded
                    .get(k..k + words.len())
                    .is_some_and(|got| got.iter().zip(words).all(|(a, b)| a == b))
            };
            [
                &["got", "a", "mention"][..],
                &["got", "mentioned"],
                &["was", "mentioned"],
                &["were", "mentioned"],
                &["came", "up"],
                &["was", "discussed"],
                &["were", "discussed"],
            ]
            .into_iter()
            .find(|words| phrase(words))
            .map(|words| (k, k + words.len()))
        });
        let (topic, end) = match (verb, mention) {
            (Some(k), _) => {
                let end = (k..pieces.len())
                    .find(|&i| ends(pieces[i]))
                    .map_or(pieces.len(), |i| i + 1);
                ((k + 1, end), end)
            }
            (None, Some((k, after))) => {
                let end = (after - 1..pieces.len())
                    .find(|&i| ends(pieces[i]))
                    .map_or(pieces.len(), |i| i + 1);
                ((at + 1, k), end)
            }
            (None, None) => continue,
        };
        // Only a question with such a clause pays for the stop words.
        let stop = crate::search::StopWords::new(&corpus.stop_words);
        let topic: Vec<String> = crate::text::words(&pieces[topic.0..topic.1].join(" "))
            .into_iter()
            .filter(|w| !stop.contains(w))
            .collect();
        if topic.is_empty() {
            continue;
        }
        let rest: Vec<&str> = pieces[..at].iter().chain(&pieces[end..]).copied().collect();
        let named = names_any_meeting(corpus, &words(&rest.join(" ")));
        if !topic.iter().all(the_texts) {
            return (!named).then_some(SaidThere::Elsewhere);
        }
        let instead = if named { "" } else { " at this meeting" };
        return Some(SaidThere::OfTheText(with_clause_left_out(
            &pieces, at, end, instead,
        )));
    }
    None
}

/// The words of `pieces` without those from `start` to `end` (which runs to a clause's mark, kept),
/// with `instead` in their place.
fn with_clause_left_out(pieces: &[&str], start: usize, end: usize, instead: &str) -> String {
    let mut out = pieces[..start].join(" ");
    out.push_str(instead);
    if let Some(mark) = pieces[end - 1]
        .chars()
        .last()
        .filter(|c| matches!(c, '.' | '?' | '!' | ';' | ',' | ':'))
    {
        out.push(mark);
    }
    for piece in &pieces[end..] {
        out.push(' ');
        out.push_str(piece);
    }
    out
}

/// Whether `clause` opens with a question word ("where will the next one be").
fn starts_a_question(clause: &str) -> bool {
    let words = crate::text::words(clause);
    // "so where did they go next", "and which year".
    let first = words.iter().find(|w| {
        !matches!(
            w.as_str(),
            "so" | "and" | "then" | "ok" | "okay" | "but" | "also"
        )
    });
    first.is_some_and(|w| opens_with_a_question_word(w))
}

/// Whether `words` ask what was said or decided ("what were the decisions", "what did the
/// conclusions say"), not only what was adopted.
fn asks_the_contents(words: &[String]) -> bool {
    words.iter().any(|w| {
        ["decision", "decide", "content", "commit", "promis", "pledg"]
            .iter()
            .any(|stem| w.starts_with(stem))
            || matches!(w.as_str(), "say" | "said" | "says" | "agree" | "agreed")
    })
}

fn understand_meeting(corpus: &Corpus, question: &str) -> Option<MeetingQuestion> {
    let question = &with_full_years(question);
    // "…my notes are a mess… anyway, the copenhagen meeting, what year was that? after that I
    // still need to figure out how to format the slides": the one sentence that asks, when it
    // names the meeting itself, is the question; the rest is context.
    if let Some((before, sentence, after)) = asking_sentence(question) {
        // "seoul meeting was in nov right? which days": what follows may ask too.
        // "…? its theme i mean" asks on; "…? seoul's was hosted by korea's ministry of
        // education" is said after the question, and asks nothing.
        let said_after = words(after).iter().any(|w| {
            matches!(
                w.as_str(),
                "was" | "were" | "is" | "are" | "had" | "has" | "have" | "did"
            )
        }) && !starts_a_question(after.trim_start_matches(['?', ' ']));
        let asks_after = asked_attribute(corpus, &words(after)).is_some() && !said_after;
        let named = named_meetings(corpus, &words(sentence));
        if !asks_after && !named.is_empty() {
            // "Berlin was 2008, fine. What about Hanoi?": the same thing, of another meeting.
            let asked = words(sentence);
            let follow_up = asked.len() <= 6
                && matches!(
                    asked.as_slice(),
                    [first, second, ..] if matches!(
                        (first.as_str(), second.as_str()),
                        ("what" | "how", "about") | ("and", _)
                    )
                );
            let understood = understand_meeting(corpus, sentence);
            if follow_up && understood.as_ref().is_none_or(|u| u.attribute.is_none()) {
                let given = understand_meeting(corpus, before);
                if let (Some(given), Some((_, target))) = (given, named.first()) {
                    if given.attribute.is_some() && given.target != *target {
                        return Some(MeetingQuestion {
                            target: *target,
                            attribute: given.attribute,
                            contents: false,
                            party_unnamed: false,
                            how_many: false,
                        });
                    }
                }
            }
            return understood;
        }
    }
    let words = words(question);
    if words.is_empty() {
        return None;
    }
    // "where do i find the press release from the seoul meeting", "where can i stream the next
    // ministers meeting": where the speaker may get something, not where a meeting was.
    let where_to_get = words.windows(4).position(|w| {
        w[0] == "where"
            && matches!(
                w[1].as_str(),
                "can" | "do" | "could" | "should" | "would" | "might"
            )
            && matches!(w[2].as_str(), "i" | "we" | "you" | "one" | "people")
            && !matches!(w[3].as_str(), "meet" | "gather" | "go")
    });
    if let Some(at) = where_to_get {
        asked_attribute(corpus, &words[at + 4..])?;
    }
    // "How many meetings…" counts meetings; any other "how", or a question about what the text
    // says of a meeting, is for the paragraphs (below).
    let counting = words.windows(2).any(|w| w[0] == "how" && w[1] == "many");
    // "two years before Seoul" names a meeting; it does not ask for a year. "Who actually came?"
    // asks who came.
    // "ASEMME no. 2 was in which country?": a number's mark names the meeting, it does not ask
    // its number.
    let numbered = |i: usize| {
        matches!(words[i].as_str(), "number" | "no" | "nr")
            && words.get(i + 1).is_some_and(|w| number_value(w).is_some())
    };
    // "when Latvia hosted, what was the theme?": a clause of time that opens the question names
    // the meeting; what follows asks.
    let subordinate = words.len() >= 2
        && words[0] == "when"
        && !matches!(
            words[1].as_str(),
            "was" | "is" | "were" | "did" | "does" | "do" | "will" | "exactly" | "in"
        );
    let opening_clause = if subordinate {
        question
            .split_once([',', ':', ';'])
            .map_or(0, |(clause, _)| crate::text::words(clause).len())
    } else {
        0
    };
    // "Conclusions by the Chair", "Chair's conclusions": what a meeting adopted, not who chaired.
    let chairs_conclusions = |i: usize| {
        matches!(words[i].as_str(), "chair" | "chairs")
            && (words.get(i + 1).is_some_and(|w| w == "conclusions")
                || words.get(i + 2).is_some_and(|w| w == "conclusions")
                || (i >= 3 && words[i - 3] == "conclusions" && words[i - 2] == "by"))
    };
    let asked_words: Vec<String> = mask_year_offsets(&words)
        .into_iter()
        .enumerate()
        .filter(|(i, w)| !HEDGES.contains(&w.as_str()) && !numbered(*i) && !chairs_conclusions(*i))
        .map(|(i, w)| if i < opening_clause { String::new() } else { w })
        .collect();
    // "The meeting before the one that adopted this declaration: where was it?": what was adopted
    // is given, not asked, unless the question asks which ("which declaration came out of it?")
    // or whether there was one ("was there a declaration?").
    // "What kind of document came out of it?" asks which; "Did it end with Conclusions by the
    // Chair?" asks whether.
    let whether = words.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "did" | "was" | "were" | "is" | "does" | "has" | "have"
        )
    });
    // "What was adopted at the 2nd meeting: a declaration or Chair's conclusions?": a last clause
    // of nothing but outcomes is a guess offered, not an outcome given.
    let guessed_from = question
        .rsplit_once([',', ':', ';', '—', '–'])
        .map(|(_, last)| crate::text::words(last))
        .filter(|last| {
            !last.is_empty()
                && last.iter().all(|w| {
                    matches!(
                        w.as_str(),
                        "a" | "an"
                            | "the"
                            | "chair"
                            | "chairs"
                            | "s"
                            | "conclusions"
                            | "declaration"
                            | "document"
                            | "or"
                            | "by"
                            | "full"
                            | "maybe"
                            | "perhaps"
                            | "just"
                    )
                })
        })
        .map_or(words.len(), |last| words.len().saturating_sub(last.len()));
    let outcome_given = words.iter().enumerate().any(|(i, w)| {
        let mut before = i;
        // "what type of outcome document", "which final declaration": the same ask.
        if before >= 1 && matches!(words[before - 1].as_str(), "outcome" | "final" | "closing") {
            before -= 1;
        }
        if before >= 2
            && words[before - 1] == "of"
            && matches!(words[before - 2].as_str(), "kind" | "sort" | "type")
        {
            before -= 2;
        }
        // "which declaration", "a full declaration", "chair's conclusions or a declaration?"
        // "some other kind of document?": one more guess.
        let asking = |j: usize| {
            matches!(
                words[j].as_str(),
                "which" | "what" | "whats" | "a" | "any" | "or" | "some" | "other" | "another"
            )
        };
        // "What did the Berlin meeting adopt as its outcome document?": what it is adopted as is
        // what is asked.
        let adopted_as = (before >= 1 && words[before - 1] == "as")
            || (before >= 2
                && words[before - 2] == "as"
                && matches!(
                    words[before - 1].as_str(),
                    "its" | "their" | "a" | "an" | "the"
                ));
        // "Chair's conclusions or a declaration?", "the name of the document adopted".
        let offered = words.get(i + 1).is_some_and(|w| w == "or") || i >= guessed_from;
        let named = before >= 3
            && words[before - 1] == "the"
            && words[before - 2] == "of"
            && words[before - 3] == "name";
        matches!(w.as_str(), "declaration" | "document" | "conclusions")
            && !(w == "conclusions" && whether)
            && !(before >= 1 && asking(before - 1))
            && !(whether && before >= 2 && asking(before - 2))
            && !offered
            && !named
            && !adopted_as
    });
    let asked = asked_attribute(corpus, &asked_words);
    let asked = match asked {
        // "What did the Chair's Conclusions of Riga decide about mobility?": the outcome is
        // given, and what it holds is asked, which no record tells.
        Some((MeetingAttribute::Outcome, _))
            if outcome_given && !asks_the_contents(&asked_words) =>
        {
            asked_attribute_among(corpus, &asked_words, |a| a != MeetingAttribute::Outcome)
        }
        // "When exactly in 2006 was the Helsinki summit held? day and month": a day or month asked
        // besides says which "when" is meant.
        // "trying to date it" is no such ask.
        Some((MeetingAttribute::Year, _)) if words.iter().any(|w| w == "when") => {
            let dating = |i: usize| {
                asked_words[i] == "date"
                    && asked_words
                        .get(i + 1)
                        .is_some_and(|w| matches!(w.as_str(), "it" | "this" | "that" | "them"))
            };
            let besides: Vec<String> = (0..asked_words.len())
                .filter(|&i| !dating(i))
                .map(|i| asked_words[i].clone())
                .collect();
            // "when in 2013 was the KL meeting exactly?": the year is known, the days are asked.
            let year_known = words.windows(3).any(|w| {
                w[0] == "when" && w[1] == "in" && w[2].len() == 4 && w[2].parse::<u32>().is_ok()
            }) || words.iter().any(|w| w == "exactly" || w == "precisely");
            match asked_attribute_among(corpus, &besides, |a| a != MeetingAttribute::Year) {
                Some((MeetingAttribute::Dates, length)) => Some((MeetingAttribute::Dates, length)),
                _ if year_known => Some((MeetingAttribute::Dates, 1)),
                _ => asked,
            }
        }
        other => other,
    };
    // "what was the kuala lumpur meeting called": the name a meeting went by is its theme.
    let asked = asked.or_else(|| {
        self::clauses(question)
            .iter()
            .any(|clause| asks_what_a_meeting_was_called(clause))
            .then_some((MeetingAttribute::Theme, 2))
    });
    let (attribute, asked_length) = match asked {
        Some((attribute, length)) => (Some(attribute), length),
        None => (None, 0),
    };
    // "riga hosted number five, yeah?", "did copenhagen host the third meeting?": a city hosts a
    // meeting by being where it was held; what else is said of the meeting is put to the test.
    let attribute = match attribute {
        Some(MeetingAttribute::Host) if hosted_by_a_place(corpus, &words) => {
            let numbered = words.iter().enumerate().any(|(at, w)| {
                ordinal_value(w).is_some()
                    || (w == "number"
                        && words.get(at + 1).is_some_and(|n| number_value(n).is_some()))
            });
            // "Berlin hosted the first meeting in 2009, correct?": of a number and a year put
            // forward, the year the hosting city's meeting did not have is what is put right.
            let hosts_year =
                cities(corpus, &words)
                    .into_iter()
                    .find_map(|(_, target)| match target {
                        Target::Meeting(index) => Some(corpus.meetings[index].year),
                        _ => None,
                    });
            let wrong_year = years_given(&words).any(|y| hosts_year.is_some_and(|h| h != y));
            Some(if numbered && !wrong_year {
                MeetingAttribute::Count
            } else if years_given(&words).next().is_some() {
                MeetingAttribute::Year
            } else {
                MeetingAttribute::City
            })
        }
        // "latvia hosted one of these — when?", "so vietnam hosted one of these?? which one, 2nd
        // or 3rd": a place that hosted describes the meeting; what is asked is the rest.
        Some(MeetingAttribute::Host) if place_hosted(corpus, &words) => {
            match asked_attribute_among(corpus, &words, |a| a != MeetingAttribute::Host) {
                Some((other, _)) => Some(other),
                None if offers_numbers(&words) => Some(MeetingAttribute::Count),
                None => Some(MeetingAttribute::Host),
            }
        }
        other => other,
    };
    // "How many students moved last year?", "how much did Korea spend on hosting?": a figure of
    // something else, not a meeting's record (its count or headcount aside); "how many people
    // attended" asks for a headcount.
    let asked_figure = super::figure::asked_in(corpus, question);
    let figure = asked_figure.is_some();
    let counted = matches!(
        asked_figure,
        Some(super::figure::Figure::Count(_) | super::figure::Figure::Amount)
    );
    let attribute = match attribute {
        // "How many ASEM partners signed it?" counts them too.
        Some(MeetingAttribute::Participants | MeetingAttribute::Signatories) if counted => {
            Some(MeetingAttribute::Headcount)
        }
        other => other,
    };
    // "What's the declaration titled?", "the name of the document they adopted": a title said of
    // the declaration is the declaration's, not the meeting's theme.
    // "Name of the declaration from ASEMME6?", "what is the declaration from ASEMME6 called?" ask
    // the same with no theme word, when the name is the document's.
    let titled = match attribute {
        Some(MeetingAttribute::Theme) => titles_the_declaration(&words),
        None => titles_the_declaration(&words) && names_the_document(&words),
        _ => false,
    };
    let attribute = if titled {
        Some(MeetingAttribute::Outcome)
    } else {
        attribute
    };
    let counts_meetings = matches!(
        attribute,
        Some(MeetingAttribute::Count | MeetingAttribute::Headcount)
    );
    // "The Danish meeting, who was the host minister?": the declaration does not say who hosted
    // it, let alone their name; of its own meeting it names the host ministry, never a person.
    let person_hosting = matches!(asked_figure, Some(super::figure::Figure::Person))
        && matches!(
            attribute,
            Some(MeetingAttribute::Host | MeetingAttribute::Chair)
        );
    // "Which ministers individually signed the Seoul Declaration?": nobody's signature is given.
    let person_signing = matches!(asked_figure, Some(super::figure::Figure::Person))
        && attribute == Some(MeetingAttribute::Signatories);
    // "How many days did the Riga meeting last?" asks for its dates.
    let lasting = attribute == Some(MeetingAttribute::Dates)
        && matches!(&asked_figure, Some(super::figure::Figure::Count(thing)) if thing == "day");
    // "How many years were there between the Helsinki summit and the first ministers meeting?"
    // asks for their years.
    let years_apart = matches!(&asked_figure, Some(super::figure::Figure::Count(thing)) if thing == "year")
        && first_of_two_in_order(corpus, &words).is_some();
    if !counts_meetings && figure && !person_hosting && !person_signing && !lasting && !years_apart
    {
        return None;
    }
    // "What did the ASEM Labour and Employment Ministers conclude at their last conference?"
    if of_another_body(&words) {
        return None;
    }
    // "Which countries refused to sign?", "which countries are members of ASEM today?": who did
    // not, or who is now, is in no record of who took part.
    let who = matches!(
        attribute,
        Some(
            MeetingAttribute::Participants
                | MeetingAttribute::Signatories
                | MeetingAttribute::Headcount
        )
    );
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    // "an actual minister, not just a delegation head": a "not" that narrows, not one that
    // refuses.
    let refusing = (0..words.len()).any(|at| {
        REFUSAL_WORDS.contains(&words[at].as_str())
            && !(words[at] == "not"
                && words
                    .get(at + 1)
                    .is_some_and(|w| matches!(w.as_str(), "just" | "only" | "merely" | "simply")))
    });
    if who && (refusing || has(NOW_WORDS)) {
        return None;
    }
    let mut clues = named_meetings(corpus, &words);
    // "Which countries are ASEM partners? full list please": who belongs to ASEM, asked of no
    // meeting, is in no record of who took part in one.
    let membership = words.iter().enumerate().any(|(i, w)| {
        matches!(w.as_str(), "are" | "is")
            && words[i + 1..(i + 4).min(words.len())]
                .iter()
                .any(|w| matches!(w.as_str(), "partners" | "partner" | "members" | "member"))
    });
    if who && membership && clues.is_empty() {
        return None;
    }
    // "what was on the agenda for day two in seoul?": a day's programme, which no record holds.
    if attribute == Some(MeetingAttribute::Dates)
        && has(&["agenda", "programme", "program", "timetable", "itinerary"])
    {
        return None;
    }
    // "in seoul 2017 what they say about sharing best practice?": words of a theme said as the
    // topic the text is asked about do not name that theme's meeting.
    let topic_from = topic_asked_from(&words);
    if let Some(from) = topic_from {
        let before = themes(corpus, &words[..from]);
        clues.retain(|clue| clue.0 != Clue::Theme || before.contains(clue));
    }
    // "I already have Copenhagen's theme; I only need Riga's": a meeting the speaker already has
    // the answer for is not the one asked about, when another is named.
    // "I know Hanoi was 2009 — when was the Berlin one?", but not "we know the summit was in
    // 2006 — was that in Helsinki?", which asks on about what is known.
    let clauses = clauses(question);
    let asked_on = |after: usize| {
        clauses[after + 1..]
            .iter()
            .flatten()
            .any(|w| matches!(w.as_str(), "that" | "it" | "this"))
    };
    let had: Vec<Target> = clauses
        .iter()
        .enumerate()
        // "comparing Copenhagen and Riga I already have Copenhagen's": only what follows
        // "already" (or "I know") is had.
        .filter_map(|(c, clause)| {
            let at = clause.iter().enumerate().position(|(i, w)| {
                w == "already"
                    || (matches!(w.as_str(), "know" | "knew")
                        && i >= 1
                        && matches!(clause[i - 1].as_str(), "i" | "we")
                        && !asked_on(c))
            })?;
            Some(clause[at..].to_vec())
        })
        .flat_map(|clause| named_meetings(corpus, &clause))
        .map(|(_, target)| target)
        .collect();
    if !had.is_empty() && clues.iter().any(|(_, t)| !had.contains(t)) {
        clues.retain(|(_, t)| !had.contains(t));
    }
    // "who hosted Hanoi, also the Korean ministry like in Seoul?", "same year as Berlin?": a
    // meeting a question likens another to is not the one asked about.
    let likened: Vec<Target> = (0..words.len())
        .filter(|&at| {
            words[at] == "like"
                || (words[at] == "as"
                    && at >= 1
                    && matches!(words[at - 1].as_str(), "same" | "year" | "city" | "theme"))
                || (words[at] == "as"
                    && words
                        .get(at + 1)
                        .is_some_and(|w| matches!(w.as_str(), "in" | "at")))
        })
        .flat_map(|at| named_directly(corpus, &words[at + 1..(at + 4).min(words.len())]))
        .map(|(_, target)| target)
        .collect();
    if !likened.is_empty() && clues.iter().any(|(_, t)| !likened.contains(t)) {
        clues.retain(|(_, t)| !likened.contains(t));
    }
    // "KL was the second asian host after Hanoi, right?": the meeting the question opens with,
    // said to be something, is the one asked about; what it is said to be is put to the test.
    let subject = (1..=3).find_map(|n| {
        let verb = words.get(n)?;
        if !matches!(verb.as_str(), "was" | "is" | "were") {
            return None;
        }
        // A place names a meeting only where a meeting is spoken of, as it is here.
        let opening = [&words[..n], &["meeting".to_string()]].concat();
        let mut targets: Vec<Target> = named_meetings(corpus, &opening)
            .into_iter()
            .map(|(_, t)| t)
            .collect();
        targets.dedup();
        match targets.as_slice() {
            [target] => Some(*target),
            _ => None,
        }
    });
    // A number, short name or year said of it is put to the test below; only in the claim's own
    // sentence ("Riga was 2015 — was the EU at the one after it?" asks of the one after).
    // "Seoul was 2017, where will the next one be?": a question after a comma is not the claim's.
    // "hanoi was 2009 so the one the year before that, where was it held?": what follows "so" is
    // drawn from the claim, not part of it.
    let claim = question
        .split(['—', '–', ';', '?', '.', '!'])
        .next()
        .map(|sentence| match sentence.split_once(", ") {
            Some((said, rest)) if starts_a_question(rest) => said,
            _ => sentence,
        })
        .map(|claim| claim.split(" so ").next().unwrap_or(claim));
    let claim = claim.map(crate::text::words).unwrap_or_default();
    let claimed = named_meetings(corpus, &claim);
    let counted_otherwise = |subject: Target| {
        claimed
            .iter()
            .any(|(c, t)| matches!(c, Clue::Counted | Clue::Relative) && *t != subject)
    };
    if let Some(subject) = subject.filter(|&s| counted_otherwise(s)) {
        clues.retain(|(c, t)| {
            *t == subject || matches!(c, Clue::ShortName | Clue::Ordinal | Clue::Year)
        });
    }
    let compared = first_of_two_in_order(corpus, &words);
    if let Some(first) = compared {
        clues.retain(|(_, t)| *t == first);
    }
    // "Copenhagen 2013, correct?": a year that is another meeting's than the city's is put to
    // the test.
    // Not "implemented by 2020".
    let year_put_forward = (0..words.len()).any(|at| {
        words[at].len() == 4
            && words[at]
                .parse::<u32>()
                .is_ok_and(|y| (1990..=2100).contains(&y))
            && !(at >= 1
                && (matches!(
                    words[at - 1].as_str(),
                    "by" | "until"
                        | "till"
                        | "before"
                        | "since"
                        | "after"
                        | "from"
                        | "to"
                        | "beyond"
                ) || MONTHS.contains(&words[at - 1].as_str())))
    });
    // "…grew out of an ASEM summit in 2008 - true?": the one summit the record knows, spoken of
    // without a number, is the one a year is put forward for.
    let summit_named = clues.iter().any(|(_, t)| is_summit(corpus, t));
    let sole_summit = only_summit(corpus)
        .filter(|_| !summit_named && words.iter().any(|w| is_summit_noun(w)))
        .map(Target::Meeting);
    // "the Danish meeting was held in 2013, true?": a country or its adjective names it as well.
    let city_target = clues
        .iter()
        .find(|(c, _)| *c == Clue::City)
        .or_else(|| clues.iter().find(|(c, _)| *c == Clue::Place))
        .map(|(_, t)| *t)
        .or(sole_summit);
    let year_disputed = year_put_forward
        && city_target
            .is_some_and(|city| clues.iter().any(|(c, t)| *c == Clue::Year && *t != city));
    if year_disputed {
        clues.retain(|(c, _)| *c != Clue::Year);
        if let Some(summit) = sole_summit.filter(|_| clues.is_empty()) {
            clues.push((Clue::Place, summit));
        }
    }
    let attribute =
        attribute.or((compared.is_some() || year_disputed).then_some(MeetingAttribute::Year));
    // "was the latvia one number five?": a number put forward for a meeting named otherwise
    // asks its place in the series; not beside a year put forward ("asemme no. 4 was 2014
    // yes?"), which is asked.
    let attribute = attribute.or_else(|| {
        (clues.iter().any(|(c, _)| *c != Clue::Ordinal)
            && offered_years(&words).is_empty()
            && words.windows(2).any(|pair| {
                matches!(pair[0].as_str(), "number" | "no" | "nr" | "#")
                    && crate::text::number_value(&pair[1]).is_some()
            }))
        .then_some(MeetingAttribute::Count)
    });
    // "What was the weather like in Seoul in November 2017?" asks something a record does not
    // tell, whatever it names.
    let something_else = asks_something_else(corpus, &words);

    // "the German meeting, was that 2007 or 2008?", "was ASEMME4 in 2013?": a year offered with a
    // named meeting asks for its year ("implemented by 2020" offers none).
    // "Is it correct that ASEMME2 took place in Hanoi in 2009?": a city and a year put forward,
    // the first put forward is asked (the answer gives both).
    let years_offered = offered_years(&words);
    let (city_placed, city_choice) = offers_city(corpus, &words);
    // "ASEMME5 was in Riga in 2016?": the meeting's own city, put forward with a year that is not
    // its own, leaves the year in doubt.
    // "the Malaysian ministerial was in Kuala Lumpur in 2012 yeah?": so does its country.
    let own_city_wrong_year = city_placed.is_some_and(|at| {
        clues.iter().any(|(clue, target)| match (clue, target) {
            (Clue::ShortName | Clue::Ordinal | Clue::Place, Target::Meeting(i)) => {
                let meeting = &corpus.meetings[*i];
                phrase_at(&words, at, &crate::text::words(&meeting.city))
                    && years_offered
                        .first()
                        .is_some_and(|&y| words[y] != meeting.year.to_string())
            }
            _ => false,
        })
    });
    // "ME5 was held in Tallinn in 2015, true?": the meeting's own year, put forward with a place
    // that is no meeting's, leaves the place in doubt.
    let own_year_unknown_place = city_placed.is_none()
        && years_offered.first().is_some_and(|&y| {
            clues.iter().any(|(clue, target)| {
                matches!(clue, Clue::ShortName | Clue::Ordinal)
                    && matches!(target, Target::Meeting(i)
                        if words[y] == corpus.meetings[*i].year.to_string())
            })
        })
        && puts_forward_an_unknown_place(corpus, &placed_in(question));
    let city_first = (city_placed.is_some_and(|c| years_offered.first().is_some_and(|&y| c < y))
        && !own_city_wrong_year)
        || own_year_unknown_place;
    let attribute = attribute.or_else(|| {
        // "the 2017 meeting happened in 2016, no?": a meeting named by its year, another year
        // put forward for it.
        let other_year = |target: &Target| match target {
            Target::Meeting(i) => years_offered
                .iter()
                .any(|&y| words[y] != corpus.meetings[*i].year.to_string()),
            _ => false,
        };
        let other_clue = clues.iter().any(|(c, t)| *c != Clue::Year || other_year(t));
        let offered = years_offered.len();
        (!something_else
            && !city_first
            && !city_choice
            && (offered >= 2 || (offered == 1 && other_clue && !offers_numbers(&words))))
        .then_some(MeetingAttribute::Year)
    });
    // "Hanoi was only one year after Berlin, is that correct?": the years apart of two meetings
    // put to the test ask for the year.
    let attribute = attribute.or_else(|| {
        let apart = (0..words.len()).any(|i| year_offset(&words, i).is_some());
        let named = clues
            .iter()
            .filter(|(c, _)| !matches!(c, Clue::Relative | Clue::Counted))
            .count();
        (apart && named >= 2 && !something_else).then_some(MeetingAttribute::Year)
    });
    // "the Vietnam one was in Hanoi or HCMC?", "was ASEMME3 held in Berlin?": a city offered for a
    // meeting named otherwise asks for its city.
    // "the education track came out of an ASEM summit in 2006 — was that in Helsinki or Hanoi?":
    // the choice offered is what is asked.
    let attribute = attribute.filter(|a| {
        !(city_choice && matches!(a, MeetingAttribute::Outcome | MeetingAttribute::Count))
    });
    // "'ASEM Education Collaboration for Results' - was that Riga's theme or KL's?": the cities
    // of a choice are offered, not named; the theme given names the meeting, and the choice is
    // what is asked.
    let theme_given = clues.iter().any(|(c, _)| *c == Clue::Theme);
    if city_choice && theme_given {
        clues.retain(|(c, _)| !matches!(c, Clue::City | Clue::Place));
    }
    let attribute = match attribute {
        Some(MeetingAttribute::Theme) if city_choice && theme_given => Some(MeetingAttribute::City),
        other => other,
    };
    // "'Strategizing ASEM Education Collaboration' - was that the Riga meeting?": the theme
    // names the meeting; another meeting's city said of it is put to the test.
    let theme_target = clues
        .iter()
        .find(|(c, _)| *c == Clue::Theme)
        .map(|(_, t)| *t);
    let city_disputed = attribute.is_none()
        && !something_else
        && theme_target.is_some_and(|theme| {
            clues
                .iter()
                .any(|(c, t)| matches!(c, Clue::City | Clue::Place) && *t != theme)
        });
    if city_disputed {
        clues.retain(|(c, _)| !matches!(c, Clue::City | Clue::Place));
    }
    let attribute = attribute.or(city_disputed.then_some(MeetingAttribute::City));
    // "the very first meeting, was that the one about higher education best practice?": a theme
    // said after "was that" is put to the test of the meeting named before it.
    let theme_said_of = (!something_else && attribute.is_none())
        .then(|| {
            words.windows(2).position(|pair| {
                matches!(pair[0].as_str(), "was" | "is")
                    && matches!(pair[1].as_str(), "that" | "it")
            })
        })
        .flatten()
        .and_then(|at| {
            let before = named_directly(corpus, &words[..at]);
            let after = named_directly(corpus, &words[at + 2..]);
            match (before.as_slice(), after.as_slice()) {
                ([(_, subject)], [(Clue::Theme, theme)]) if subject != theme => Some(*subject),
                _ => None,
            }
        });
    if let Some(subject) = theme_said_of {
        clues.retain(|(_, t)| *t == subject);
    }
    let attribute = attribute.or(theme_said_of.map(|_| MeetingAttribute::Theme));
    // "Did the ASEM Education Secretariat support the 2017 Seoul meeting?", "which body backed up
    // the Korean ministry in running ASEMME6?": who supported a meeting is asked with its host.
    let attribute = attribute.or_else(|| {
        (0..words.len())
            .any(|at| backs_a_meeting(corpus, &words, at))
            .then_some(MeetingAttribute::Host)
    });
    // "Which meeting had the theme about shaping an ASEM education area?": the question gives the
    // theme (or city, or year) and asks which meeting had it, that is, its place in the series.
    let asks_which_meeting = crate::text::asked_things(&words).any(|at| {
        words[at..(at + 3).min(words.len())]
            .iter()
            .take_while(|w| !matches!(w.as_str(), "was" | "is" | "were" | "did"))
            .any(|w| is_meeting_noun(w))
    });
    // "the Kuala Lumpur meeting was in Bangkok right?": a place that is no meeting's put forward
    // for a meeting named by its city asks for the city too.
    let mut attribute = attribute.or_else(|| {
        let named_otherwise = clues.iter().any(|(c, _)| *c != Clue::City);
        let places = placed_in(question);
        let offered = offers_a_place(corpus, &places);
        let placed = city_placed.is_some() || offered;
        let unknown_put_forward =
            offered && !clues.is_empty() && puts_forward_an_unknown_place(corpus, &places);
        // "Which one of the ministerial meetings took place in Latvia?" gives the place and asks
        // which meeting.
        let given = placed && named_otherwise && !asks_which_meeting;
        (!something_else && (city_choice || given || unknown_put_forward))
            .then_some(MeetingAttribute::City)
    });
    // "Riga was the what, 4th or 5th ministerial?": ordinals offered with another name ask for its
    // place in the series.
    let ordinals_given = clues
        .iter()
        .filter(|(c, _)| *c == Clue::Ordinal)
        .count()
        .max(
            // "the 3rd or the 4th", "the third ministerial or the fourth", "ASEMME3 or the 4th"
            2 * usize::from(offers_numbers(&words)),
        )
        // "…the seoul one?? 5th? 6th?": ordinals offered one after the other.
        .max(
            2 * usize::from(words.windows(2).any(|pair| {
                ordinal_value(&pair[0]).is_some() && ordinal_value(&pair[1]).is_some()
            })),
        );
    // "the one a year after Berlin, was that number 2 or 3?": a meeting counted from another is
    // named too.
    let other_named = clues.iter().any(|(c, _)| *c != Clue::Ordinal);
    // "the summit that kicked all of this off, was that the 5th or the 6th ASEM summit?": a
    // summit spoken of before the choice, when the record knows one summit, is that one.
    if attribute.is_none() && ordinals_given >= 2 && !other_named {
        let first_ordinal = words.iter().position(|w| ordinal_value(w).is_some());
        let summit_spoken_of =
            first_ordinal.is_some_and(|at| words[..at].iter().any(|w| is_summit_noun(w)));
        let all_summits = clues.iter().all(|(_, t)| is_summit(corpus, t));
        if let (Some(only), true, true) = (only_summit(corpus), summit_spoken_of, all_summits) {
            return Some(MeetingQuestion {
                target: Target::Meeting(only),
                attribute: Some(MeetingAttribute::Count),
                contents: false,
                party_unnamed: false,
                how_many: false,
            });
        }
    }
    if attribute.is_none() && ordinals_given >= 2 && other_named {
        attribute = Some(MeetingAttribute::Count);
        clues.retain(|(c, _)| *c != Clue::Ordinal);
    }
    // "The Malaysian ministerial wasn't the third one, was it?": an ordinal that names another
    // meeting than the rest of the question is put to the test.
    let ordinal_targets: Vec<Target> = clues
        .iter()
        .filter(|(c, _)| *c == Clue::Ordinal)
        .map(|(_, t)| *t)
        .collect();
    let other_targets: Vec<Target> = clues
        .iter()
        .filter(|(c, _)| !matches!(c, Clue::Ordinal | Clue::Relative | Clue::Counted))
        .map(|(_, t)| *t)
        .collect();
    // "Was it the second or the third ministers meeting?" with nothing else naming one: either
    // could be meant, so neither record answers.
    let mut distinct = ordinal_targets.clone();
    distinct.dedup();
    if distinct.len() >= 2 && other_targets.is_empty() {
        return None;
    }
    // "Was the third meeting the one called 'Strategizing ASEM Education Collaboration'?": the
    // meeting the question opens with by its number is asked of; another's theme said of it puts
    // its own theme to the test.
    let opens_numbered = words
        .first()
        .is_some_and(|w| matches!(w.as_str(), "was" | "is"))
        && ordinal_targets.len() == 1
        && words
            .iter()
            .skip(1)
            .take_while(|w| !matches!(w.as_str(), "one" | "called" | "named" | "about" | "themed"))
            .any(|w| ordinal_value(w).is_some());
    let theme_said = clues
        .iter()
        .any(|(c, t)| *c == Clue::Theme && Some(t) != ordinal_targets.first());
    if attribute.is_none_or(|a| a == MeetingAttribute::Count) && opens_numbered && theme_said {
        attribute = Some(MeetingAttribute::Theme);
        clues.retain(|(c, _)| *c == Clue::Ordinal);
    }
    // "Was the Riga meeting the 4th in the series?" asks its number as well.
    if attribute.is_none_or(|a| a == MeetingAttribute::Count)
        && ordinal_targets.len() == 1
        && !other_targets.is_empty()
        && other_targets.iter().all(|t| *t != ordinal_targets[0])
    {
        attribute = Some(MeetingAttribute::Count);
        clues.retain(|(c, _)| *c != Clue::Ordinal);
    }
    // "Seoul was the sixth ministers' meeting, correct?": an ordinal put forward for a meeting
    // named otherwise is its number put to the test, even when it is right.
    let ordinal_put_forward = words
        .iter()
        .enumerate()
        .any(|(at, w)| ordinal_value(w).is_some() && at >= 3 && put_forward_at(&words, at));
    if attribute.is_none()
        && !something_else
        && ordinal_put_forward
        && ordinal_targets.len() == 1
        && !other_targets.is_empty()
        && other_targets.iter().all(|t| *t == ordinal_targets[0])
    {
        attribute = Some(MeetingAttribute::Count);
    }
    // "The Berlin meeting in 2008 — was that number one in the series…?", "Is Berlin counted as
    // number one…?": a number put forward for a meeting named otherwise asks its place.
    let number_put_forward = words.windows(3).any(|w| {
        matches!(w[0].as_str(), "that" | "it" | "as" | "was" | "is" | "be")
            && w[1] == "number"
            && number_value(&w[2]).is_some()
    });
    if attribute.is_none_or(|a| a == MeetingAttribute::Year)
        && !something_else
        && number_put_forward
        && !other_targets.is_empty()
    {
        attribute = Some(MeetingAttribute::Count);
    }
    // "Riga was ASEMME4, correct?", "Berlin 2008 — is that the one counted as ASEMME2?": a short
    // name that names another meeting than the rest of the question is a number put to the test.
    let short_targets: Vec<Target> = clues
        .iter()
        .filter(|(c, _)| *c == Clue::ShortName)
        .map(|(_, t)| *t)
        .collect();
    let plainly_named: Vec<Target> = clues
        .iter()
        .filter(|(c, _)| matches!(c, Clue::City | Clue::Year | Clue::Theme | Clue::Place))
        .map(|(_, t)| *t)
        .collect();
    let short_is_a_meeting = short_targets.iter().all(
        |t| matches!(t, Target::Meeting(i) if corpus.meetings[*i].kind == MeetingKind::Ministerial),
    );
    if attribute.is_none()
        && short_targets.len() == 1
        && short_is_a_meeting
        && !plainly_named.is_empty()
        && plainly_named.iter().all(|t| *t != short_targets[0])
    {
        attribute = Some(MeetingAttribute::Count);
        clues.retain(|(c, _)| *c != Clue::ShortName);
    }
    // "Kuala Lumpur was ASEMME4, correct?": a short name put forward for the meeting named
    // otherwise is its number put to the test, even when it is right.
    let short_name_put_forward = words.iter().enumerate().any(|(at, w)| {
        w.starts_with("asemme") && at >= 2 && matches!(words[at - 1].as_str(), "was" | "is" | "be")
    });
    if attribute.is_none()
        && !something_else
        && short_name_put_forward
        && short_targets.len() == 1
        && short_is_a_meeting
        && !plainly_named.is_empty()
        && plainly_named.iter().all(|t| *t == short_targets[0])
    {
        attribute = Some(MeetingAttribute::Count);
    }
    // "KL = asemme #?": the short name without its number, beside a meeting named otherwise,
    // asks for the number.
    // "the sixth ASEMME" is numbered before its name.
    let bare_short_name = words.iter().enumerate().any(|(i, w)| {
        w == "asemme"
            && !(i >= 1 && ordinal_value(&words[i - 1]).is_some())
            && words.get(i + 1).is_none_or(|next| {
                number_value(next).is_none() && crate::text::roman_value(next).is_none()
            })
    });
    if attribute.is_none() && bare_short_name && !plainly_named.is_empty() {
        attribute = Some(MeetingAttribute::Count);
    }
    // "Is it true that the Seoul meeting ran on 21 and 22 November?": a day and month put forward
    // ask for the dates ("late November" puts none forward).
    // "Was the Korea meeting in October 2017?": a month put to the test asks for the dates too.
    let checking = words
        .first()
        .is_some_and(|w| matches!(w.as_str(), "was" | "were" | "is" | "did"));
    // "the seoul ministerial was in october 2017 wasnt it", "the Berlin meeting was in early May
    // 2008".
    let put_in_month = |at: usize| {
        let at = if at >= 1 && matches!(words[at - 1].as_str(), "early" | "mid" | "late") {
            at - 1
        } else {
            at
        };
        at >= 2 && words[at - 1] == "in" && PUT_FORWARD.contains(&words[at - 2].as_str())
    };
    // "was the event in november": a meeting spoken of, unnamed, is put to the test as well.
    // "was it 20-21 nov? need to confirm": so is the meeting a reader dates with nothing named.
    let dated_it = words.len() >= 2
        && matches!(words[0].as_str(), "was" | "is")
        && matches!(words[1].as_str(), "it" | "that" | "this");
    if attribute.is_none()
        && !something_else
        && (!clues.is_empty() || dated_it || words.iter().any(|w| is_meeting_noun(w)))
        && (0..words.len()).any(|at| {
            // "21", or "21-22" for a meeting of two days.
            let day = |w: &String| {
                w.split('-').all(|d| {
                    !d.is_empty()
                        && d.len() <= 2
                        && d.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
                })
            };
            MONTHS.contains(&words[at].as_str())
                && (words[at.saturating_sub(3)..(at + 3).min(words.len())]
                    .iter()
                    .any(day)
                    || (checking && at >= 1 && words[at - 1] == "in")
                    || put_in_month(at))
        })
    {
        attribute = Some(MeetingAttribute::Dates);
    }
    // "Fill in the blank: ASEMME2 was held in ____": the words before the blank ask.
    if attribute.is_none() {
        attribute = blank_asks(question);
    }
    // "was the EU commissioner at the Ha Noi meeting?": whether someone was there asks who took
    // part.
    // "was the ASEAN Secretariat at KL 2013", "the most recent meeting - was the EU there?": in
    // the clause that asks whether.
    // "did japan and india both go to the copenhagen meeting": whether someone went asks who
    // took part.
    let went_there = clauses.iter().any(|clause| {
        clause.first().is_some_and(|w| w == "did")
            && (1..clause.len()).any(|at| {
                matches!(clause[at].as_str(), "go" | "come" | "travel")
                    && clause.get(at + 1).is_some_and(|w| w == "to")
                    && clause[at + 2..(at + 8).min(clause.len())]
                        .iter()
                        .any(|w| is_meeting_noun(w) || is_a_meetings_place(corpus, w))
            })
    });
    let someone_there = went_there
        || clauses.iter().any(|clause| {
            clause
            .first()
            .is_some_and(|w| matches!(w.as_str(), "was" | "were"))
            // "was the EU there or only national ministers?"; not "was there a declaration?".
            && ((2..clause.len()).any(|at| {
                clause[at] == "there"
                    && clause
                        .get(at + 1)
                        .is_none_or(|w| matches!(w.as_str(), "or" | "too" | "also" | "as"))
            })
                || (1..clause.len()).any(|at| {
                    // "at the 6th ASEM Education Ministers' Meeting": the noun after its name.
                    clause[at] == "at"
                        && clause[at + 1..(at + 8).min(clause.len())]
                            .iter()
                            .any(|w| is_meeting_noun(w) || is_a_meetings_place(corpus, w))
                }))
        });
    if attribute.is_none() && someone_there && !something_else {
        attribute = Some(MeetingAttribute::Participants);
    }
    // A place's other name is a clue only when nothing else names a meeting.
    if clues
        .iter()
        .any(|(c, _)| !matches!(c, Clue::Place | Clue::Relative | Clue::Counted))
    {
        clues.retain(|(c, _)| *c != Clue::Place);
    }
    // A question about what the text says of meetings ("do ministers commit to hosting more
    // meetings?") is for its paragraphs. Only the clause that speaks of a meeting counts: "what
    // year was ASEMME5? my notes say 2014" asks for a year.
    // Not what an earlier meeting agreed ("what did the ministers agree on in hanoi?"): the
    // declaration speaks for its own meeting, and says only that the earlier ones adopted
    // conclusions, not what those held.
    // The meeting named outright, and one only: not a theme's words said as a topic ("did they
    // promise anything on sharing best practice?") nor places of a story told around a question.
    let own = current(corpus);
    let mut named: Vec<Target> = clues.iter().map(|(_, target)| *target).collect();
    named.dedup();
    let of_an_earlier_meeting = words.len() <= 14
        && named.len() == 1
        && clues.iter().all(|(clue, target)| {
            matches!(
                clue,
                Clue::City | Clue::ShortName | Clue::Ordinal | Clue::Year
            ) && matches!(target, Target::Meeting(index) if Some(*index) != own)
        });
    let agreed_there = of_an_earlier_meeting
        && words.iter().any(|w| {
            matches!(
                w.as_str(),
                "agree"
                    | "agreed"
                    | "commit"
                    | "committed"
                    | "commitment"
                    | "commitments"
                    | "promise"
                    | "promised"
                    | "pledge"
                    | "pledged"
            )
        });
    if agreed_there && attribute.is_none() {
        attribute = Some(MeetingAttribute::Outcome);
    } else if asks_what_the_text_says(corpus, question) || asks_of_other_things(corpus, &words) {
        return None;
    }
    // "How…" (but "how many", and "how long did it last", which its dates answer) and "why…"
    // ask for an explanation, which no record gives.
    let how_long = words.windows(2).any(|w| w[0] == "how" && w[1] == "long");
    // "how is the ASEMME6 declaration officially titled?" asks its name.
    let how_named = words.iter().position(|w| w == "how").is_some_and(|at| {
        words
            .get(at + 1)
            .is_some_and(|w| matches!(w.as_str(), "is" | "was" | "are" | "were"))
            && words[at + 2..]
                .iter()
                .take(6)
                .any(|w| matches!(w.as_str(), "titled" | "entitled" | "called" | "named"))
    });
    if !counting && !how_long && !how_named && words.iter().any(|w| w == "how" || w == "why") {
        return None;
    }
    // "What was ASEMME2 about?", "what was the Hanoi meeting about?": its theme; not "anything
    // about virtual mobility in the Seoul declaration", which names no meeting.
    let strongly_named = clues.iter().any(|(c, _)| {
        matches!(
            c,
            Clue::ShortName | Clue::Ordinal | Clue::Relative | Clue::Counted
        )
    });
    let mentions_meeting = words.iter().any(|w| is_meeting_noun(w));
    // "What was the Copenhagen meeting about?" asks its theme; "did ASEF publish a report about
    // the Seoul meeting?" asks of another text written about it.
    let written_about = |at: usize| {
        words[..at].iter().any(|w| {
            w.starts_with("publish")
                || w.starts_with("report")
                || w.starts_with("article")
                || matches!(
                    w.as_str(),
                    "release"
                        | "wrote"
                        | "written"
                        | "write"
                        | "news"
                        | "blog"
                        | "video"
                        | "podcast"
                        | "book"
                        | "paper"
                        | "story"
                        | "post"
                )
        })
    };
    // "the 2017 meeting in korea, did they talk about the digital divide?": a topic after
    // "about" is what the text is asked of, not the meeting's theme.
    let about_a_topic = |at: usize| {
        words[at + 1..]
            .iter()
            .find(|w| !matches!(w.as_str(), "the" | "a" | "an"))
            .is_some_and(|w| {
                !is_meeting_noun(w)
                    && !matches!(
                        w.as_str(),
                        "it" | "that" | "this" | "them" | "those" | "these" | "there"
                    )
                    && w.chars().all(char::is_alphabetic)
                    && named_meetings(corpus, std::slice::from_ref(w)).is_empty()
            })
    };
    // "copenhagen was about building a shared education space, correct?", "was the KL one about
    // planning a strategy?": what a meeting *was* about is put forward as its theme.
    let claims_a_theme = |at: usize| {
        let copula = |w: &String| matches!(w.as_str(), "was" | "is" | "were");
        // "the 2009 one was all about universities": a word that stresses the claim.
        let at = (1..=at)
            .rev()
            .find(|&i| {
                !matches!(
                    words[i - 1].as_str(),
                    "all"
                        | "mainly"
                        | "mostly"
                        | "largely"
                        | "primarily"
                        | "basically"
                        | "really"
                        | "actually"
                        | "just"
                        | "entirely"
                )
            })
            .unwrap_or(0);
        at >= 1
            && (copula(&words[at - 1])
                || ((is_meeting_noun(&words[at - 1])
                    || words[at - 1] == "one"
                    || is_a_meetings_place(corpus, &words[at - 1]))
                    && words[at.saturating_sub(6)..at - 1].iter().any(copula)))
            && !words[..at].iter().any(|w| w == "what" || w == "whats")
    };
    // A claim names the meeting it is made of, by its city alone too ("copenhagen was about…";
    // not "Seoul was about to…").
    let claimed = words.iter().enumerate().any(|(at, w)| {
        w == "about" && claims_a_theme(at) && words.get(at + 1).is_some_and(|next| next != "to")
    });
    let attribute = attribute.or_else(|| {
        (words.iter().enumerate().any(|(at, w)| {
            w == "about" && !written_about(at) && (!about_a_topic(at) || claims_a_theme(at))
        }) && !clues.is_empty()
            && (strongly_named || mentions_meeting || claimed))
            .then_some(MeetingAttribute::Theme)
    });
    // "what was hanoi about", "my boss asked me what the meeting in Germany was about, any
    // idea?": a clause that ends asking what a meeting was about asks its theme, whatever follows.
    // "first ever asemme, what was it about?": so does one that asks it of a meeting named in a
    // clause before ("what is it about" asks of a text).
    let attribute = attribute.or_else(|| {
        let clauses = self::clauses(question);
        let of_one_named_before = (1..clauses.len()).any(|i| {
            asks_what_it_was_about(&clauses[i])
                && clauses[..i]
                    .iter()
                    .any(|before| !named_meetings(corpus, before).is_empty())
        });
        (of_one_named_before
            || clauses
                .iter()
                .any(|clause| asks_what_a_meeting_was_about(corpus, clause)))
        .then_some(MeetingAttribute::Theme)
    });
    // What the question asks about is not what names the meeting: "which meeting was held in
    // Berlin" names it by its city, but "was ASEMME3 held in Berlin" names it by its number.
    let asked_clue = match attribute {
        Some(MeetingAttribute::City) => Some(Clue::City),
        Some(MeetingAttribute::Year | MeetingAttribute::Dates) => Some(Clue::Year),
        Some(MeetingAttribute::Theme) => Some(Clue::Theme),
        _ => None,
    };
    if clues.len() > 1 {
        if let Some(asked) = asked_clue {
            if clues.iter().any(|(c, _)| *c != asked) {
                clues.retain(|(c, _)| *c != asked);
            }
        }
    }
    // "the 2017 meeting in korea, did they talk about the digital divide?": of the declaration's
    // own meeting, a topic asked about with nothing asked of the meeting is the text's to answer.
    let own = current(corpus).map(Target::Meeting);
    if attribute.is_none()
        && !clues.is_empty()
        && clues.iter().all(|(_, target)| Some(target) == own.as_ref())
        && words
            .iter()
            .enumerate()
            .any(|(at, w)| w == "about" && about_a_topic(at))
    {
        return None;
    }
    clues.sort_by_key(|(clue, _)| *clue);
    // "The Helsinki summit… which ASEM summit was that?": named otherwise, asked which one.
    let attribute = attribute.or_else(|| {
        (asks_which_meeting
            && clues
                .iter()
                .any(|(c, _)| !matches!(c, Clue::Ordinal | Clue::Relative | Clue::Counted)))
        .then_some(MeetingAttribute::Count)
    });
    let attribute = if asks_which_meeting
        && asked_clue.is_some()
        && !clues.is_empty()
        && clues.iter().all(|(c, _)| Some(*c) == asked_clue)
    {
        // "Which meeting had 'Shaping an ASEM Education Area' as its theme, and where was it?":
        // something else asked besides is what is asked.
        let given = attribute;
        match asked_attribute_among(corpus, &asked_words, |a| Some(a) != given) {
            Some((other, _)) if other != MeetingAttribute::Count => Some(other),
            _ => Some(MeetingAttribute::Count),
        }
    } else {
        attribute
    };
    // "Where does Seoul National University rank?" asks where and names a city: without a meeting
    // named or mentioned, the city is not a meeting's. "Where was the Seoul Declaration adopted?"
    // names the declaration, made at its meeting.
    let declaration_made =
        names_the_declaration(corpus, &words) && words.iter().any(|w| is_making_verb(w));
    if !mentions_meeting
        && !declaration_made
        && asked_clue.is_some()
        && !clues.is_empty()
        && clues.iter().all(|(c, _)| Some(*c) == asked_clue)
    {
        return None;
    }
    // "motto of Seoul National University", "who hosted the 2023 World Scout Jamboree in Korea",
    // "the date of the next regional TVET conference": what is asked is said of another subject,
    // whatever place, year or "next" the question names. A meeting named by its number or short
    // name is asked of, whatever else the question says.
    let explicitly_named = clues
        .iter()
        .any(|(c, _)| matches!(c, Clue::ShortName | Clue::Ordinal));
    // "the COP15 climate summit in Copenhagen", "Seoul's slogan as World Design Capital in 2010":
    // a meeting named only by its place or year, beside another event's name or another year,
    // is that other event.
    let weakly_named = !clues.is_empty()
        && clues
            .iter()
            .all(|(c, _)| matches!(c, Clue::City | Clue::Place | Clue::Year));
    if weakly_named {
        let named_years: Vec<u32> = clues
            .iter()
            .filter_map(|(_, t)| match t {
                Target::Meeting(i) => Some(corpus.meetings[*i].year),
                _ => None,
            })
            .collect();
        // "the declaration ASEAN leaders signed in Malaysia in 2015": a place of one meeting
        // and the year of another.
        // A place said anywhere, even where it names no meeting, is a meeting's place all the
        // same.
        let placed: Vec<Target> = clues
            .iter()
            .filter(|(c, _)| matches!(c, Clue::City | Clue::Place))
            .map(|(_, t)| *t)
            .chain(places_said(corpus, &words))
            .collect();
        let mismatched = !placed.is_empty()
            && clues
                .iter()
                .any(|(c, t)| *c == Clue::Year && !placed.contains(t));
        let another_year = !mentions_meeting
            && !matches!(
                attribute,
                Some(MeetingAttribute::Year | MeetingAttribute::Dates) | None
            )
            && (mismatched || years_given(&words).any(|y| !named_years.contains(&y)));
        // "univeristy of helsinki was founded in what year?": a place that says where something
        // else is, not a meeting's. What is asked ("the theme of Hanoi") or a meeting is not
        // something else.
        let of_the_place = (1..words.len().saturating_sub(1)).any(|at| {
            let thing = &words[at - 1];
            words[at] == "of"
                && is_a_meetings_place(corpus, &words[at + 1])
                && !is_meeting_noun(thing)
                && !is_an_ask_word(corpus, thing, true)
                && !crate::search::StopWords::new(&corpus.stop_words).contains(thing)
                && !RECORD_WORDS.contains(&thing.as_str())
                && !thing.starts_with("minister")
                // "who hosted the Riga meeting on behalf of Latvia": for the place, not of it.
                && thing != "behalf"
                && number_value(thing).is_none()
        });
        if of_the_place
            && clues
                .iter()
                .all(|(c, _)| matches!(c, Clue::City | Clue::Place))
        {
            return None;
        }
        // "the Bologna Process ministers in Yerevan 2015": ministers of a meeting named by its
        // year alone, placed where no meeting was, met at another ("was the 2013 one in
        // Singapore?" puts a place forward to be checked).
        let dated_only = clues.iter().all(|(c, _)| *c == Clue::Year);
        let placed_elsewhere = dated_only
            && placed_in(question).iter().any(|(before, name)| {
                (before.starts_with("minister") || matches!(before.as_str(), "leaders" | "heads"))
                    && !corpus.primary_words.contains(name)
                    && !is_a_meetings_place(corpus, name)
            });
        if another_year || placed_elsewhere || described_as_another(corpus, &words) {
            return None;
        }
    }
    // "where was the last ASEF Rectors' Conference held": the last of another body's events is
    // not the last ministers' meeting.
    let relatively_named = !clues.is_empty()
        && clues
            .iter()
            .all(|(c, _)| matches!(c, Clue::Relative | Clue::City | Clue::Place | Clue::Year));
    if relatively_named && !weakly_named && described_as_another(corpus, &words) {
        return None;
    }
    let asked_of_another = attribute
        .filter(|_| !explicitly_named)
        .and_then(|a| {
            let (at, length) = asked_at(corpus, &words, a)?;
            let object = asked_of(&words, a, at, length);
            // "the host ministry for Kuala Lumpur": an ask word that only qualifies the noun after
            // it says nothing of what the noun is asked of.
            let ask = &words[at + length - 1];
            let qualifies = object.as_ptr() == words[at + length..].as_ptr()
                && !(ask.ends_with("ed") || ask.ends_with("ing"))
                && object
                    .first()
                    .is_some_and(|w| !matches!(w.as_str(), "the" | "a" | "an"));
            Some((object, qualifies))
        })
        .is_some_and(|(object, qualifies)| {
            // "the strategizing-collaboration meeting" names a meeting by its theme.
            let themes_words: std::collections::HashSet<String> =
                every_theme_word(corpus).collect();
            // "the earlier get-togethers": a meeting noun is one word, not "get" and "togethers".
            let parts: Vec<String> = object
                .iter()
                .filter(|w| !is_meeting_noun(w))
                .flat_map(|w| w.split('-'))
                .filter(|part| !part.is_empty() && !themes_words.contains(*part))
                .map(str::to_string)
                .collect();
            // "who hosted Hanoi, also the Korean ministry?": what was hosted is the meeting its
            // place names; a body after it is offered as the answer.
            let a_meetings_place = object
                .iter()
                .find(|w| !matches!(w.as_str(), "the" | "a" | "an"))
                .is_some_and(|w| is_a_meetings_place(corpus, w));
            !other_subject_words(corpus, &parts).is_empty()
                || (!qualifies && !a_meetings_place && names_an_organisation(corpus, object))
                || parts.iter().any(|p| is_a_number_of_no_record(corpus, p))
        });
    if asked_of_another
        || where_something_else_did(corpus, &words, attribute)
        || what_a_delegation_did(corpus, &words, attribute)
    {
        return None;
    }
    let named = clues.first().map(|(_, target)| *target);
    let target = match named {
        Some(target) => target,
        None => {
            // Without a name, a question is about a meeting only if it says "meeting" (or the
            // ministers met) and asks something a meeting record answers.
            attribute?;
            // "Who took part?" needs no "meeting"; "participation of stakeholders" does. Who
            // signed is asked of the declaration, so of its meeting.
            // "In which city was the declaration adopted?" asks of the meeting that adopted it.
            // "Where was it agreed?", "which year was this document signed": what a reader of the
            // declaration calls it was made at its meeting.
            let adopted = words.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "declaration" | "document" | "text" | "it" | "this"
                )
            }) && words.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "adopted"
                        | "adopt"
                        | "agreed"
                        | "agree"
                        | "endorsed"
                        | "issued"
                        | "signed"
                        | "drafted"
                        | "written"
                        | "produced"
                        // "in what month was it held": what the reader calls it took place.
                        | "held"
                        | "happened"
                        | "happen"
                )
            });
            // "When will the meeting be held?", "where will it happen?": a meeting still to come,
            // which a text of the past does not place or date.
            // Only in the clause that speaks of the meeting: "the theme the conference was held
            // under, because my students will compare it" asks of the one held.
            let to_come = clauses.iter().any(|clause| {
                let future = clause
                    .iter()
                    .any(|w| matches!(w.as_str(), "will" | "shall" | "gonna" | "itll"))
                    || clause.windows(2).any(|w| w[0] == "going" && w[1] == "to");
                future
                    && clause.iter().any(|w| {
                        is_meeting_noun(w) || matches!(w.as_str(), "held" | "happen" | "take")
                    })
            });
            if to_come {
                return Some(MeetingQuestion {
                    target: Target::Future { number: None },
                    attribute,
                    contents: false,
                    party_unnamed: false,
                    how_many: false,
                });
            }
            // "What's the official title of the document?", "was the EU there?": the
            // declaration's title, and the meeting a reader calls "there", are its own.
            // "who should take part in ASEM activities?" asks who is to join in, not who came.
            let to_take_part = words
                .windows(2)
                .any(|w| matches!(w[0].as_str(), "take" | "takes" | "taking") && w[1] == "part");
            // "were stakeholders also represented, or just ministers": who was there besides
            // the ministers asks of the ministers' meeting.
            let besides_the_ministers = words.windows(2).any(|w| {
                matches!(w[0].as_str(), "just" | "only" | "besides" | "beyond")
                    && matches!(w[1].as_str(), "ministers" | "the")
            }) && words.iter().any(|w| w == "ministers");
            let pointed = (attribute == Some(MeetingAttribute::Participants)
                && (asked_length > 1 || besides_the_ministers)
                && !to_take_part)
                || attribute == Some(MeetingAttribute::Signatories)
                || titled
                || someone_there
                || adopted
                || (dated_it && attribute == Some(MeetingAttribute::Dates));
            if !mentions_meeting && !pointed {
                return None;
            }
            // "Where did the second a same education ministers meeting happen" (dictated): an
            // ordinal that did not attach to a meeting may name another, so the question is not
            // taken for one about the declaration's own.
            let own_number = current(corpus).map(|i| corpus.meetings[i].number);
            if words
                .iter()
                .filter_map(|w| ordinal_value(w))
                .any(|n| Some(n) != own_number)
            {
                return None;
            }
            // "Where did the Bologna Process ministers meet in 2012?": ministers meeting in
            // another year than the declaration's met elsewhere.
            let own_year = current(corpus).map(|i| corpus.meetings[i].year);
            if years_given(&words).any(|y| Some(y) != own_year) {
                return None;
            }
            // "When was the meeting in Bangkok?", "the Southeast Asian meeting": a meeting
            // placed or described in words that are not its own may be another.
            if places_unknown(corpus, question)
                || described_otherwise(corpus, &words)
                || document_described_otherwise(corpus, &words)
            {
                return None;
            }
            let plural = words.iter().any(|w| is_plural_meeting_noun(w))
                && !words.iter().any(|w| w == "these" || w == "this");
            if attribute == Some(MeetingAttribute::Count) || plural {
                Target::All
            } else {
                Target::Meeting(current(corpus)?)
            }
        }
    };
    // "The previous meetings" with nothing asked of them is a topic, not a request for a record.
    if attribute.is_none() && target == Target::All {
        return None;
    }
    // A named meeting with nothing asked is a request for its record; a city or a year alone
    // ("Berlin") is not enough to be sure the question is about the meeting.
    if attribute.is_none() {
        let strong = clues.first().is_some_and(|(c, _)| {
            matches!(
                c,
                Clue::ShortName | Clue::Ordinal | Clue::Relative | Clue::Counted
            )
        });
        if !(strong || mentions_meeting) {
            return None;
        }
        // "Which hotel was the Seoul meeting held at?", "what was the weather like during the
        // meeting?": something else about the meeting, which its record does not tell.
        if asks_something_else(corpus, &words) {
            return None;
        }
        // "did the hanoi meeting have any workshops for university staff?", "did any students get
        // to speak at the 2017 meeting": whether something else happened there, which its record
        // does not tell.
        let yes_or_no = words.first().is_some_and(|w| {
            matches!(
                w.as_str(),
                "did" | "was" | "were" | "is" | "are" | "has" | "have" | "had" | "does" | "do"
            )
        });
        // "was the 2017 meeting livestreamed?": what was done to it is asked too.
        let done_to_it = words.iter().any(|w| {
            w.len() > 4
                && w.ends_with("ed")
                && !is_an_ask_word(corpus, w, true)
                && !matches!(
                    w.as_str(),
                    "held"
                        | "based"
                        | "located"
                        | "situated"
                        | "named"
                        | "called"
                        | "titled"
                        | "entitled"
                        | "mentioned"
                        | "listed"
                        | "numbered"
                        | "referred"
                        | "cited"
                        | "described"
                )
        });
        if yes_or_no
            && matches!(target, Target::Meeting(_))
            && (done_to_it || !other_subject_words(corpus, &words).is_empty())
        {
            return None;
        }
    }
    if person_hosting && Some(target) == current(corpus).map(Target::Meeting) {
        return None;
    }
    Some(MeetingQuestion {
        target,
        attribute,
        contents: false,
        party_unnamed: false,
        how_many: false,
    })
}

/// Whether "where" or "when" is asked of something else that did a thing, with no meeting
/// spoken of: "Where did Asian universities place in the 2017 world rankings?", "when did the UK
/// delegation arrive?" ask where or when *they* did it, not where the meeting of the year was.
/// "where did delegates meet", "when did Korea host it" speak of the meeting.
fn where_something_else_did(
    corpus: &Corpus,
    words: &[String],
    attribute: Option<MeetingAttribute>,
) -> bool {
    use MeetingAttribute::{City, Dates, Year};
    if !matches!(attribute, Some(City | Year | Dates)) {
        return false;
    }
    let event = |w: &String| {
        is_meeting_noun(w)
            || [
                "host", "held", "hold", "happen", "took", "take", "convene", "celebrat",
            ]
            .iter()
            .any(|verb| w.starts_with(verb))
    };
    if words.iter().any(event) {
        return false;
    }
    words.windows(2).enumerate().any(|(at, pair)| {
        matches!(pair[0].as_str(), "where" | "when")
            && matches!(pair[1].as_str(), "did" | "does" | "do")
            && words[at + 2..]
                .iter()
                .find(|w| !matches!(w.as_str(), "the" | "a" | "an"))
                .is_some_and(|subject| {
                    !other_subject_words(corpus, std::slice::from_ref(subject)).is_empty()
                })
    })
}

/// Whether a yes-or-no question asks what those who took part did there, with a verb no record
/// answers right after them: "Did the UK delegation walk out of the Seoul meeting?", "did the
/// delegates leave early?". "Did the UK delegation attend?", "were delegations from Africa
/// there?" ask who took part.
fn what_a_delegation_did(
    corpus: &Corpus,
    words: &[String],
    attribute: Option<MeetingAttribute>,
) -> bool {
    let yes_or_no = words
        .first()
        .is_some_and(|w| matches!(w.as_str(), "did" | "do" | "does" | "was" | "were" | "had"));
    if !yes_or_no || attribute != Some(MeetingAttribute::Participants) {
        return false;
    }
    asked_at(corpus, words, MeetingAttribute::Participants).is_some_and(|(at, length)| {
        let noun = ["delegat", "participant", "attendee"]
            .iter()
            .any(|n| words[at].starts_with(n));
        noun && length == 1
            && words.get(at + 1).is_some_and(|next| {
                !other_subject_words(corpus, std::slice::from_ref(next)).is_empty()
            })
    })
}

/// Whether a clause ends asking what a meeting was about ("what was hanoi about", "…what the
/// meeting in Germany was about"): between "what" and "about" only the meeting's names, the words
/// that name a meeting and a copula ("what is the Seoul Declaration about" asks of the text).
fn asks_what_a_meeting_was_about(corpus: &Corpus, clause: &[String]) -> bool {
    let Some(subject) = what_is_asked_about(clause) else {
        return false;
    };
    subject
        .iter()
        .any(|w| matches!(w.as_str(), "was" | "is" | "were"))
        && !named_meetings(corpus, subject).is_empty()
        && subject.iter().all(|w| {
            matches!(
                w.as_str(),
                "was" | "is" | "were" | "the" | "a" | "that" | "this" | "one" | "in" | "at" | "of"
            ) || is_meeting_noun(w)
                || w.chars().all(|c| c.is_ascii_digit())
                || ordinal_value(w).is_some()
                || is_a_meetings_place(corpus, w)
                || !named_meetings(corpus, std::slice::from_ref(w)).is_empty()
        })
}

/// The words between "what" and the "about" a clause ends with ("what *was hanoi* about").
fn what_is_asked_about(clause: &[String]) -> Option<&[String]> {
    let (last, before) = without_chat_after(clause).split_last()?;
    let what = before.iter().rposition(|w| w == "what" || w == "whats")?;
    (last == "about").then(|| &before[what + 1..])
}

/// `clause` without the chat that closes an ask and adds nothing to it ("what was it even about
/// lol", "what was the KL one called again?").
fn without_chat_after(clause: &[String]) -> &[String] {
    let chat = clause
        .iter()
        .rev()
        .take_while(|w| {
            matches!(
                w.as_str(),
                "lol"
                    | "lmao"
                    | "haha"
                    | "tbh"
                    | "pls"
                    | "please"
                    | "again"
                    | "exactly"
                    | "then"
                    | "anyway"
            )
        })
        .count();
    &clause[..clause.len() - chat]
}

/// Whether a clause asks what "it" or "that" was about ("what was it about", "so what was
/// that one about"), in the past: of a meeting, not of a text.
fn asks_what_it_was_about(clause: &[String]) -> bool {
    let Some(subject) = what_is_asked_about(clause) else {
        return false;
    };
    subject.iter().any(|w| matches!(w.as_str(), "was" | "were"))
        && subject
            .iter()
            .any(|w| matches!(w.as_str(), "it" | "that" | "they"))
        && subject.iter().all(|w| {
            matches!(
                w.as_str(),
                "was"
                    | "were"
                    | "it"
                    | "that"
                    | "they"
                    | "one"
                    | "all"
                    | "really"
                    | "actually"
                    | "even"
            )
        })
}

/// Whether a clause asks what a meeting was called ("what was the KL meeting called", "what was
/// the danish one called again"): not a document ("what is the declaration called").
fn asks_what_a_meeting_was_called(clause: &[String]) -> bool {
    let Some(called) = clause.iter().rposition(|w| w == "called") else {
        return false;
    };
    let Some(what) = clause[..called]
        .iter()
        .rposition(|w| w == "what" || w == "whats")
    else {
        return false;
    };
    let subject = &clause[what + 1..called];
    without_chat_after(&clause[called + 1..]).is_empty()
        && subject.iter().any(|w| is_meeting_noun(w) || w == "one")
        && !subject.iter().any(|w| {
            matches!(
                w.as_str(),
                "declaration"
                    | "document"
                    | "documents"
                    | "text"
                    | "statement"
                    | "outcome"
                    | "communique"
                    | "conclusions"
                    | "paper"
                    | "pdf"
            )
        })
}

/// The words of each clause of `question`, split at its marks and at a dash set apart (" - ").
fn clauses(question: &str) -> Vec<Vec<String>> {
    question
        .split([';', ',', '.', ':', '?', '!', '—', '–'])
        .flat_map(|clause| clause.split(" - "))
        .map(crate::text::words)
        .collect()
}

/// Words of a request for a meeting's record ("tell me about the Hanoi meeting", "info on
/// ASEMME3 pls") besides question words and the words naming the meeting.
const RECORD_WORDS: &[&str] = &[
    "tell",
    "info",
    "information",
    "details",
    "detail",
    "know",
    "happened",
    "describe",
    "summary",
    "summarise",
    "summarize",
    "overview",
    "held",
    "hold",
    "take",
    "took",
    "place",
    "asem",
    "education",
    "educational",
    "minister",
    "ministers",
    "ministry",
    "pls",
    "please",
    "plz",
    "quick",
    "q",
    "u",
    "thx",
    "thanks",
    "hi",
    "hey",
    "hello",
    "ok",
    "okay",
    "lol",
    "remind",
    "again",
    "recap",
    "background",
];

/// Whether `words` ask "what other…" of things that are neither meetings nor what a record
/// holds ("what other big events were held in copenhagen in 2011"): the meeting is named to set
/// it aside.
fn asks_of_other_things(corpus: &Corpus, words: &[String]) -> bool {
    words.windows(2).enumerate().any(|(at, pair)| {
        matches!(pair[0].as_str(), "what" | "which" | "any")
            && pair[1] == "other"
            && words[at + 2..]
                .iter()
                .take(3)
                .find(|w| {
                    !matches!(
                        w.as_str(),
                        "big" | "major" | "important" | "notable" | "key"
                    )
                })
                .is_some_and(|thing| {
                    !is_meeting_noun(thing)
                        && !is_summit_noun(thing)
                        && !is_an_ask_word(corpus, thing, true)
                })
    })
}

/// Whether `words` ask for something near a place ("any good bibimbap places near the venue",
/// "hotels near the conference venue in seoul"): what is near a place is not the place.
/// "In the near future" is a time.
pub fn asks_what_is_near(words: &[String]) -> bool {
    words.iter().enumerate().any(|(at, w)| {
        matches!(w.as_str(), "near" | "nearby" | "nearest")
            && !words
                .get(at + 1)
                .is_some_and(|next| matches!(next.as_str(), "future" | "term" | "terms"))
            // "near the start", "near the end": a place in the text.
            && !words.get(at + 1..(at + 3).min(words.len())).is_some_and(|next| {
                next.iter().any(|w| {
                    matches!(
                        w.as_str(),
                        "start" | "beginning" | "end" | "top" | "bottom" | "opening" | "close"
                    )
                })
            })
    })
}

/// Whether `words` ask for a place inside a meeting's city ("Which venue in Seoul hosted
/// ASEMME6?", "the conference hotel in Riga"): the city is known, the building is in no record.
/// "in the room in Seoul" is who was there.
pub fn asks_within_its_city(corpus: &Corpus, words: &[String]) -> bool {
    let cities: Vec<Vec<String>> = corpus
        .meetings
        .iter()
        .map(|m| crate::text::words(m.city.split(',').next().unwrap_or(&m.city)))
        .filter(|city| !city.is_empty())
        .collect();
    words.iter().enumerate().any(|(at, w)| {
        matches!(
            w.as_str(),
            "venue"
                | "venues"
                | "hotel"
                | "building"
                | "campus"
                | "centre"
                | "center"
                | "address"
                | "street"
        ) && words
            .get(at + 1)
            .is_some_and(|next| matches!(next.as_str(), "in" | "of"))
            && cities.iter().any(|city| {
                words
                    .get(at + 2..at + 2 + city.len())
                    .is_some_and(|said| said == city.as_slice())
            })
    })
}

/// Whether a question naming a meeting asks something of it other than its record: what "what"
/// or "which" asks for ("which hotel…", "what was the weather…") is none of the question words,
/// the meetings' names or the words of a request.
pub(crate) fn asks_something_else(corpus: &Corpus, words: &[String]) -> bool {
    let stop = crate::search::StopWords::new(&corpus.stop_words);
    // What a meeting record or a fact of the meeting answers ("what theme", "which city").
    let answered = |word: &str| is_an_ask_word(corpus, word, false);
    let naming: std::collections::HashSet<String> = meetings_naming_words(corpus)
        .chain(
            corpus
                .meetings
                .iter()
                .flat_map(|m| crate::text::words(&m.theme)),
        )
        .collect();
    if asks_what_is_near(words) {
        return true;
    }
    // "what time does the Helsinki summit start?": the hour, which no record gives ("what time of
    // year" asks for the dates).
    let hour = words.windows(2).enumerate().any(|(at, w)| {
        matches!(w[0].as_str(), "what" | "which")
            && matches!(w[1].as_str(), "time" | "hour")
            && words.get(at + 2).is_none_or(|next| next != "of")
    });
    if hour {
        return true;
    }
    // "is there a video of the Berlin meeting?": what is asked to exist is asked for too.
    let mut asked = crate::text::asked_things(words)
        .chain(crate::text::things_asked_about(words))
        .map(|at| &words[at]);
    asked.any(|w| {
        !stop.contains(w)
            && !answered(w)
            && !is_meeting_noun(w)
            && !naming.contains(w)
            && !RECORD_WORDS.contains(&w.as_str())
            && !FUTURE_WORDS.contains(&w.as_str())
            && !PREVIOUS_WORDS.contains(&w.as_str())
            && !CURRENT_WORDS.contains(&w.as_str())
            && !AFTER_WORDS.contains(&w.as_str())
            && number_value(w).is_none()
            && !(w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
            && !w.starts_with("asemme")
    })
}

/// Whether every clause of `question` that names a meeting names it only by its place, with no
/// meeting spoken of, beside a topic the declaration never speaks of: "when did the berlin wall
/// come down", "Copenhagen GDP in 2011?", "things to see in Riga old town" are about the place,
/// not its meeting. `unfamiliar` gives a clause's words the declaration and its bank never use,
/// as typed. A name ("Tallinn", "German"), a number, a word of what a record answers ("month",
/// "tagline") or a clipped word ("wasn't") is no such topic; an acronym ("GDP") is.
pub fn about_the_place(
    corpus: &Corpus,
    question: &str,
    unfamiliar: impl Fn(&str) -> Vec<String>,
) -> bool {
    let question = with_full_years(question);
    let raw_clauses = question
        .split([';', ',', '.', ':', '?', '!', '—', '–', '(', ')'])
        .flat_map(|clause| clause.split(" - "));
    let naming: Vec<(&str, Vec<String>)> = raw_clauses
        .map(|raw| (raw, crate::text::words(raw)))
        .filter(|(_, words)| !named_meetings(corpus, words).is_empty())
        .collect();
    let place_words: std::collections::HashSet<String> = corpus
        .meetings
        .iter()
        .flat_map(|m| m.places())
        .flat_map(|name| crate::text::words(name))
        .collect();
    let placed_only = |words: &[String]| {
        // "the Riga one", "the kuala lumpur one" speak of a meeting; "in one day" does not.
        // "when did the ministers descend on KL?" speaks of theirs.
        let spoken_of = words.iter().enumerate().any(|(at, w)| {
            let one_of_them = at >= 1
                && (matches!(words[at - 1].as_str(), "the" | "which" | "that" | "this")
                    || place_words.contains(&words[at - 1]));
            // "Which joint initiatives were agreed at Kuala Lumpur?": what was agreed at a
            // place was agreed at its meeting.
            let agreed_there = matches!(
                w.as_str(),
                "agreed" | "decided" | "adopted" | "endorsed" | "launched"
            ) && words
                .get(at + 1)
                .is_some_and(|next| matches!(next.as_str(), "at" | "in"));
            (is_meeting_noun(w) && (w != "one" || one_of_them))
                || agreed_there
                || matches!(
                    w.as_str(),
                    "minister" | "ministers" | "ministerial" | "host" | "hosts" | "hosted"
                )
                // "riga was co-hosted with the european commission, true?"
                || w.starts_with("co-host")
                || w.starts_with("cohost")
        });
        let clues = named_meetings(corpus, words);
        let mut targets: Vec<Target> = clues.iter().map(|(_, t)| *t).collect();
        targets.dedup();
        // Two meetings' places named together ("I mixed up Kuala Lumpur and Copenhagen") are
        // named as meetings.
        !spoken_of
            && targets.len() == 1
            && clues
                .iter()
                .any(|(c, _)| matches!(c, Clue::City | Clue::Place))
            && clues
                .iter()
                .all(|(c, _)| matches!(c, Clue::City | Clue::Place | Clue::Year))
    };
    // A word of an ask that the clause makes ("which month", "how old"), not any word of one.
    let answered = |word: &str, words: &[String]| {
        every_ask(corpus)
            .filter(|phrase| phrase.iter().any(|p| p.trim_end_matches('*') == word))
            .any(|phrase| (0..words.len()).any(|at| phrase_at(words, at, phrase)))
    };
    let topic = |typed: &String, words: &[String]| {
        let folded = crate::text::fold(typed);
        let common = typed.chars().all(|c| !c.is_uppercase());
        let acronym = typed.chars().count() >= 3 && typed.chars().all(|c| c.is_ascii_uppercase());
        (common || (acronym && !is_a_meetings_place(corpus, &folded)))
            && folded.chars().count() > 2
            && !folded.chars().any(|c| c.is_ascii_digit())
            && !answered(&folded, words)
            && !RECORD_WORDS.contains(&folded.as_str())
            // "berlin was 2007 correct?", "is it accurate that … in Seoul" put the record to the
            // test.
            && !matches!(
                folded.as_str(),
                "correct"
                    | "incorrect"
                    | "right"
                    | "true"
                    | "false"
                    | "wrong"
                    | "sure"
                    | "accurate"
                    | "inaccurate"
                    | "legit"
            )
    };
    !naming.is_empty()
        && naming.iter().all(|(raw, words)| {
            placed_only(words) && unfamiliar(raw).iter().any(|typed| topic(typed, words))
        })
}

/// The words of a question a fact of the meeting seems to answer that say what else it may be
/// about: none of its asks, the meeting's names and words, the document's subject or the words of
/// a question ("universities" in "which city has the best universities in Asia?", "erasmus" in
/// "who started Erasmus+?", "today" in "what day is it today?").
pub fn other_subject_words(corpus: &Corpus, words: &[String]) -> Vec<String> {
    let stop = crate::search::StopWords::new(&corpus.stop_words);
    let asks_word = |word: &str| is_an_ask_word(corpus, word, true);
    let primary = corpus.primary();
    let naming: std::collections::HashSet<String> = meetings_naming_words(corpus)
        // "What was the venue of the Seoul Declaration?": the document names its meeting too.
        .chain(
            [&primary.title, &primary.meeting, &primary.place]
                .into_iter()
                .flat_map(|n| crate::text::words(n)),
        )
        // "Which city did the EU and ASEAN delegations meet in?": the words the record of the
        // meeting says it in are said of the meeting.
        .chain(
            corpus
                .facts
                .iter()
                .flat_map(|f| crate::text::words(&f.quote)),
        )
        .collect();
    words
        .iter()
        .filter(|w| {
            !stop.contains(w)
                && !asks_word(w)
                && !naming.contains(*w)
                && !is_meeting_noun(w)
                && !RECORD_WORDS.contains(&w.as_str())
                && !OWN_MEETING_WORDS.contains(&w.as_str())
                && !HEDGES.contains(&w.as_str())
                // "any concrete outcomes from 2015?": a qualifier of the ask.
                && !crate::text::ASK_QUALIFIERS.contains(&w.as_str())
                && !FUTURE_WORDS.contains(&w.as_str())
                && !PREVIOUS_WORDS.contains(&w.as_str())
                && !CURRENT_WORDS.contains(&w.as_str())
                && !AFTER_WORDS.contains(&w.as_str())
                && number_value(w).is_none()
                && ordinal_value(w).is_none()
                && !w.chars().all(|c| c.is_ascii_digit() || c == '-')
                && !w.starts_with("asemme")
                // "the event where this text was drafted": what was done at it is no other
                // subject.
                && !(w.len() > 4 && w.ends_with("ed"))
                && !NO_SUBJECT_WORDS.contains(&w.as_str())
        })
        .cloned()
        .collect()
}

/// Whether `word` is a word of some `asks` phrase (a trailing `*` is a prefix), or, with
/// `plural_too`, its plural.
fn is_an_ask_word(corpus: &Corpus, word: &str, plural_too: bool) -> bool {
    every_ask(corpus)
        .flatten()
        .any(|pattern| match pattern.strip_suffix('*') {
            Some(prefix) => word.starts_with(prefix),
            None => {
                word == pattern || (plural_too && word.strip_suffix('s') == Some(pattern.as_str()))
            }
        })
}

/// Every `asks` phrase of the meetings' records and of the facts: what a record or a fact answers.
fn every_ask(corpus: &Corpus) -> impl Iterator<Item = &Vec<String>> {
    corpus
        .meeting_questions
        .asks
        .iter()
        .flat_map(|(_, phrases)| phrases)
        .chain(corpus.facts.iter().flat_map(|f| &f.asks))
}

/// The words of every meeting's city, other place names, short and full name.
fn meetings_naming_words(corpus: &Corpus) -> impl Iterator<Item = String> + '_ {
    corpus.meetings.iter().flat_map(|m| {
        m.places()
            .chain(std::iter::once(&m.short))
            .chain(std::iter::once(&m.name))
            .flat_map(|n| crate::text::words(n))
            .collect::<Vec<_>>()
    })
}

/// Whether `words` speak of a meeting of ministers, as an occasion ("the dates of the occasion",
/// "the gathering", "the event") rather than by a summit's name or as "one" or "met".
pub fn speaks_of_a_meeting(words: &[String]) -> bool {
    words.iter().any(|w| {
        (is_meeting_noun(w) && !is_summit_noun(w) && !matches!(w.as_str(), "one" | "met" | "meet"))
            || matches!(w.as_str(), "event" | "events" | "occasion" | "talks")
    })
}

/// Words that name no subject of their own beside a fact's ask: the meeting as an occasion ("the
/// event", "the talks"), the kind of thing a host is ("host institution", "which government
/// body"), and someone unnamed ("thanks someone for hosting").
const NO_SUBJECT_WORDS: &[&str] = &[
    // "the penultimate meeting in the series listed in the footnote": its place in the record.
    "penultimate",
    "second-to-last",
    "next-to-last",
    "footnote",
    "series",
    "event",
    "events",
    "occasion",
    "talks",
    "institution",
    "organisation",
    "organization",
    "body",
    "government",
    "agency",
    "department",
    "someone",
    "somebody",
    "anyone",
    "anybody",
    "around",
];

/// Where the topic a question asks the text about begins: the word after "about", "on" or
/// "regarding" said just after a verb of saying ("what they say about sharing best practice",
/// "did they talk about the digital divide"). "A source says the meeting on best practice…": what
/// follows a meeting said of is that meeting's topic.
pub fn topic_asked_from(words: &[String]) -> Option<usize> {
    (1..words.len())
        .find(|&at| {
            let of_a_meeting = at >= 2
                && is_meeting_noun(&words[at - 1])
                && matches!(words[at - 2].as_str(), "the" | "a" | "this" | "that");
            !of_a_meeting
                && matches!(words[at].as_str(), "about" | "on" | "regarding")
                && words[at.saturating_sub(3)..at].iter().any(|w| {
                    matches!(
                        w.as_str(),
                        "say"
                            | "says"
                            | "said"
                            | "talk"
                            | "talked"
                            | "mention"
                            | "mentioned"
                            | "discuss"
                            | "discussed"
                            | "write"
                            | "wrote"
                    )
                })
        })
        .map(|at| at + 1)
}

/// Whether `words` name any meeting, by name, number, theme, city, year or relation.
pub fn names_any_meeting(corpus: &Corpus, words: &[String]) -> bool {
    !named_meetings(corpus, words).is_empty()
}

/// `question` without the words that name a meeting (its city and place, its short name, its
/// year or number, "meeting"), when it names one and asks nothing its record answers: "did the
/// seoul meeting discuss mobility?" is about mobility, "was the 2017 meeting livestreamed?" about
/// nothing the text speaks of. The paragraphs that name the meeting share only its name with it.
pub fn without_the_meeting_named(corpus: &Corpus, question: &str) -> Option<String> {
    let question = with_full_years(question);
    let words = words(&question);
    // A meeting spoken of as one ("the seoul meeting", "ASEMME2"), not the declaration's name
    // ("the Seoul Declaration") nor a place alone ("tuition in riga").
    let spoken_of = words.iter().any(|w| is_meeting_noun(w));
    let one_named = named_directly(corpus, &words)
        .iter()
        .any(|(_, target)| matches!(target, Target::Meeting(_)));
    // "why is helsinki even mentioned?": the paragraph naming it is what is asked about.
    let of_its_mention = words.iter().any(|w| {
        w == "why"
            || w.starts_with("mention")
            || w.starts_with("refer")
            || matches!(w.as_str(), "bring" | "brings" | "cite" | "cites" | "cited")
            || TEXT_WORDS.contains(&w.as_str())
    });
    // "Did the UK delegation walk out of the Seoul meeting?": an ask word ("delegation") in a
    // question no record answers asks nothing of the record either.
    let asks_its_record =
        asked_attribute(corpus, &words).is_some() && understand(corpus, &question).is_some();
    if !spoken_of || !one_named || of_its_mention || asks_its_record {
        return None;
    }
    let places: Vec<Vec<String>> = corpus
        .meetings
        .iter()
        .flat_map(|m| m.places())
        .map(|name| crate::text::words(name))
        .filter(|name| !name.is_empty())
        .collect();
    let mut kept: Vec<&str> = Vec::new();
    let mut at = 0;
    while at < words.len() {
        if let Some(place) = places.iter().find(|p| words[at..].starts_with(p)) {
            at += place.len();
            continue;
        }
        let w = words[at].as_str();
        let names = is_meeting_noun(w)
            || ordinal_value(w).is_some()
            || (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()));
        if !names {
            kept.push(w);
        }
        at += 1;
    }
    (kept.len() < words.len() && !kept.is_empty()).then(|| kept.join(" "))
}

/// Every way the question names a meeting: short names, ordinals, the summit, words of a theme,
/// cities and places, years, and "the next / previous / this" one.
fn named_meetings(corpus: &Corpus, words: &[String]) -> Vec<(Clue, Target)> {
    let mut clues = named_directly(corpus, words);
    if let Some((relative, counted)) = relative(corpus, words, &clues) {
        let clue = if counted {
            Clue::Counted
        } else {
            Clue::Relative
        };
        clues.push((clue, relative));
    }
    clues
}

/// The meeting named first in a question about the order of two, whose years tell it: "was
/// hanoi before or after copenhagen?", "did berlin come before hanoi", "was copenhagen earlier
/// than KL?", "which came first, riga or hanoi", "how many years between the helsinki summit and
/// the first ministers meeting?".
fn first_of_two_in_order(corpus: &Corpus, words: &[String]) -> Option<Target> {
    let named = |part: &[String]| {
        let mut targets: Vec<Target> = named_directly(corpus, part)
            .into_iter()
            .map(|(_, t)| t)
            .collect();
        targets.dedup();
        targets
    };
    let first_then_other =
        |first: &[String], then: &[String]| match (named(first).as_slice(), named(then).as_slice())
        {
            ([first], [other, ..]) if first != other => Some(*first),
            _ => None,
        };
    (1..words.len()).find_map(|at| match words[at].as_str() {
        // "X before Y", "X earlier than Y", "X before or after Y", the first named right before;
        // not "the one before Hanoi", "the summit two years before Berlin", which name a meeting
        // by another.
        "before" | "after" | "earlier" | "later" | "sooner"
            if !is_meeting_noun(&words[at - 1])
                && number_value(&words[at - 1]).is_none()
                && !matches!(
                    words[at - 1].as_str(),
                    "one" | "year" | "years" | "yrs" | "month" | "months" | "right" | "just"
                )
                && !named_directly(corpus, &words[at.saturating_sub(3)..at]).is_empty() =>
        {
            let then = words[at + 1..]
                .iter()
                .position(|w| !matches!(w.as_str(), "or" | "than" | "before" | "after"))
                .map_or(&words[words.len()..], |skip| &words[at + 1 + skip..]);
            first_then_other(&words[..at], then)
        }
        // "How many years after Berlin did the Copenhagen meeting take place?": the gap from the
        // first to the one asked about, which is named after it.
        "before" | "after"
            if at >= 2
                && matches!(words[at - 1].as_str(), "years" | "year" | "yrs" | "long")
                && words[..at - 1]
                    .iter()
                    .any(|w| matches!(w.as_str(), "many" | "how")) =>
        {
            let rest = &words[at + 1..];
            let (end, from) = (1..=rest.len())
                .find_map(|end| named(&rest[..end]).first().map(|&from| (end, from)))?;
            named(&rest[end..]).into_iter().find(|&asked| asked != from)
        }
        // "which came first, X or Y": the choice after the ask.
        "first"
            if matches!(
                words[at - 1].as_str(),
                "came" | "come" | "was" | "happened" | "held" | "is"
            ) =>
        {
            let rest = &words[at + 1..];
            let or = rest.iter().position(|w| w == "or")?;
            first_then_other(&rest[..or], &rest[or + 1..])
        }
        // "how many years between X and Y"; not "the one between Hanoi and KL", which names a
        // meeting by two others, nor "the time difference between Seoul and Berlin", the clocks'.
        "between"
            if words[..at].iter().enumerate().any(|(i, w)| {
                matches!(
                    w.as_str(),
                    "years" | "year" | "time" | "gap" | "long" | "apart" | "much"
                ) && !(w == "time"
                    && words
                        .get(i + 1)
                        .is_some_and(|next| next.starts_with("diff") || next.starts_with("zone")))
            }) =>
        {
            let rest = &words[at + 1..];
            let and = rest.iter().position(|w| w == "and")?;
            first_then_other(&rest[..and], &rest[and + 1..])
        }
        // "How many years apart were the Kuala Lumpur and Riga meetings?": the two joined by
        // "and", in the order named. Not "how far apart are Seoul and Berlin", the cities'.
        "apart"
            if words[..at]
                .iter()
                .any(|w| matches!(w.as_str(), "years" | "year" | "yrs")) =>
        {
            let and = words.iter().position(|w| w == "and")?;
            first_then_other(&words[..and], &words[and + 1..])
        }
        _ => None,
    })
}

/// Meetings named by name, number, theme, city or year (not relative to another).
fn named_directly(corpus: &Corpus, words: &[String]) -> Vec<(Clue, Target)> {
    let mut clues: Vec<(Clue, Target)> = Vec::new();
    clues.extend(short_names(corpus, words));
    clues.extend(ordinals(corpus, words));
    clues.extend(summit(corpus, words, &clues));
    clues.extend(themes(corpus, words));
    clues.extend(cities(corpus, words));
    clues.extend(years(corpus, words));
    // "the first meeting held in Asia": the ordinal counts the region's meetings, not all.
    if let Some(target) = regional(corpus, words) {
        clues.retain(|(c, _)| *c != Clue::Ordinal);
        clues.push((Clue::Counted, target));
    }
    clues
}

/// The ministerial meeting a question names by its place among those held in one part of the
/// world ("the first of these meetings to be held in Asia", "the last one held in Europe", "the
/// second Asian host"). Not when both parts are named ("between Asia and Europe").
fn regional(corpus: &Corpus, words: &[String]) -> Option<Target> {
    let region_of = |word: &str| {
        corpus.meetings.iter().find_map(|m| {
            m.region
                .iter()
                .any(|name| crate::text::fold(name) == word)
                .then(|| m.region.first().cloned())
                .flatten()
        })
    };
    let mentioned: Vec<(usize, String)> = words
        .iter()
        .enumerate()
        .filter_map(|(at, w)| region_of(w).map(|r| (at, r)))
        .collect();
    let (at, region) = mentioned.first()?;
    if mentioned.iter().any(|(_, r)| r != region) {
        return None;
    }
    let of_meetings = words.iter().any(|w| {
        is_meeting_noun(w) || w.starts_with("host") || matches!(w.as_str(), "held" | "ones" | "one")
    });
    if !of_meetings {
        return None;
    }
    // The nearest place in a series before the region's name.
    // "the first of these ministerial meetings that took place in Asia"
    let position = words[at.saturating_sub(10)..*at]
        .iter()
        .rev()
        .find_map(|w| match w.as_str() {
            "last" | "latest" | "final" | "recent" => Some(None),
            _ => ordinal_value(w).map(Some),
        })?;
    let held: Vec<usize> = (0..corpus.meetings.len())
        .filter(|&i| {
            let m = &corpus.meetings[i];
            m.kind == MeetingKind::Ministerial && m.region.first() == Some(region)
        })
        .collect();
    let index = match position {
        Some(n) => *held.get(usize::try_from(n).ok()?.checked_sub(1)?)?,
        None => *held.last()?,
    };
    Some(Target::Meeting(index))
}

/// Words that tell of something done or over ("what did they decide", "has mobility gone up").
const DONE_WORDS: &[&str] = &[
    "did",
    "has",
    "have",
    "had",
    "happened",
    "went",
    "got",
    "decided",
    "concluded",
    "discussed",
    "achieved",
    "resulted",
    "occurred",
    "reported",
    "implemented",
    "adopted",
    "signed",
    "funded",
    "awarded",
];

/// Whether `question` asks what was done after the declaration ("what happened at the next
/// meeting after Seoul?", "has mobility gone up since 2017?", "how many students got grants in
/// 2019?"): a text of November 2017 cannot tell, so nothing in it answers.
pub fn asks_what_came_after(corpus: &Corpus, question: &str) -> bool {
    let words = words(question);
    let Some(own) = current(corpus) else {
        return false;
    };
    let year = corpus.meetings[own].year;
    let done = words.iter().any(|w| DONE_WORDS.contains(&w.as_str()));
    let later_year =
        |w: &String| w.len() == 4 && w.parse::<u32>().is_ok_and(|y| y > year && y < 2100);
    // "since 2017", "since then", "have since reported"; not "since 2008", which looks back.
    // "in the years after the declaration", "since the declaration".
    // "did the number of Asian students in Erasmus+ go up after 2017?" looks forward as well.
    let since = words.windows(2).any(|w| {
        (matches!(w[0].as_str(), "since" | "after")
            && (w[1] == "then" || w[1].parse::<u32>().is_ok_and(|y| y >= year && y < 2100)))
            || (matches!(w[0].as_str(), "has" | "have" | "had") && w[1] == "since")
    }) || words.windows(3).any(|w| {
        matches!(w[0].as_str(), "since" | "after")
            && w[1] == "the"
            && matches!(w[2].as_str(), "declaration" | "meeting" | "seoul")
    });
    // "what the ministers agreed at their 2021 meeting": agreed in a year after the text's; "feels
    // like stuff gets agreed after these meetings" speaks of every meeting.
    let done = done
        || (words.iter().any(later_year)
            && words
                .iter()
                .any(|w| matches!(w.as_str(), "agreed" | "endorsed")));
    let after = words.iter().any(later_year)
        || named_meetings(corpus, &words)
            .iter()
            .any(|(_, target)| matches!(target, Target::Future { .. }));
    // "two years after Seoul, in which city did they meet next?" asks where, which a record would
    // tell: the declaration does not, and says so. So for "what did the 7th ASEMME adopt?"; what
    // it decided is what was done after.
    let asks_a_record = match asked_attribute(corpus, &words) {
        Some((MeetingAttribute::Outcome, _)) => !asks_the_contents(&words),
        Some((
            MeetingAttribute::City
            | MeetingAttribute::Year
            | MeetingAttribute::Dates
            | MeetingAttribute::Theme
            | MeetingAttribute::Host
            | MeetingAttribute::Chair,
            _,
        )) => true,
        _ => false,
    };
    // "will asia and europe still be cooperating on education in 2035?", "is AI going to kill
    // half of all jobs by 2030": a forecast for a year after the text's, of no meeting and not of
    // what the text plans ("what do they plan to achieve by 2027?").
    let future = words
        .iter()
        .any(|w| matches!(w.as_str(), "will" | "gonna" | "ll"))
        || words.windows(2).any(|w| w[0] == "going" && w[1] == "to");
    let forecast = future
        && words.iter().any(later_year)
        && !words.iter().any(|w| {
            is_meeting_noun(w)
                || MEETING_VERBS.contains(&w.as_str())
                || TEXT_WORDS.contains(&w.as_str())
                || matches!(
                    w.as_str(),
                    "declaration" | "aim" | "aims" | "goal" | "goals" | "target" | "targets"
                )
        });
    // "what did ASEF do for students during the pandemic": an event of the years after the
    // text's, asked of the world and not of what the text says or plans ("…my students without
    // laptops during lockdown are exhibit A." asks nothing).
    let asks = question.contains('?')
        || words.first().is_some_and(|w| {
            matches!(
                w.as_str(),
                "what"
                    | "how"
                    | "did"
                    | "does"
                    | "do"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "which"
                    | "who"
                    | "when"
                    | "where"
                    | "why"
            )
        });
    let later_event =
        asks && words.iter().any(|w| {
            matches!(
                w.as_str(),
                "pandemic"
                    | "covid"
                    | "covid-19"
                    | "coronavirus"
                    | "lockdown"
                    | "lockdowns"
                    | "chatgpt"
            )
        }) && !words.iter().any(|w| {
            is_meeting_noun(w)
                || TEXT_WORDS.contains(&w.as_str())
                || matches!(
                    w.as_str(),
                    "declaration"
                        | "text"
                        | "document"
                        | "paragraph"
                        | "ministers"
                        | "aim"
                        | "goal"
                )
        });
    done && (since || (after && !asks_a_record)) || forecast || later_event
}

/// Whether `question` asks of the years before the record begins ("what did ASEM education
/// cooperation look like in the 1990s", "how did Asia-Europe exchanges work back in 1999?"): the
/// earliest meeting of the record is the first the declaration tells of, and it tells nothing
/// from before, nor is a question about the text ("does the text go back to the 1990s?") asked of
/// the world.
pub fn asks_what_came_before(corpus: &Corpus, question: &str) -> bool {
    let words = words(question);
    let Some(first) = corpus.meetings.iter().map(|m| m.year).min() else {
        return false;
    };
    let earlier = |w: &String| {
        let year = w.strip_suffix('s').unwrap_or(w);
        year.len() == 4
            && year
                .parse::<u32>()
                .is_ok_and(|y| (1900..first).contains(&y))
            || matches!(w.as_str(), "90s" | "80s" | "nineties" | "eighties")
    };
    words.iter().any(earlier)
        && !words.iter().any(|w| {
            is_meeting_noun(w)
                || TEXT_WORDS.contains(&w.as_str())
                || matches!(
                    w.as_str(),
                    "declaration" | "text" | "document" | "paragraph"
                )
        })
}

/// Whether `question` names a meeting other than the declaration's own (by its short name, an
/// ordinal, its city, its year…): a fact of the declaration's meeting does not answer it.
pub fn names_other_meeting(corpus: &Corpus, question: &str) -> bool {
    let own = current(corpus);
    named_meetings(corpus, &words(question))
        .iter()
        .any(|(_, target)| match target {
            Target::Meeting(index) => Some(*index) != own,
            // "the previous meetings": the timeline's fact answers.
            Target::All => false,
            Target::Future { .. } | Target::Unmentioned { .. } => true,
        })
}

/// Whether `question` asks what the text says of meetings ("what do partners say about hosting
/// future meetings?"): its paragraphs answer, not a fact of the meeting.
pub(crate) fn asks_what_the_text_says(corpus: &Corpus, question: &str) -> bool {
    let counting = words(question)
        .windows(2)
        .any(|w| w[0] == "how" && w[1] == "many");
    !counting && about_text(corpus, question)
}

/// The timeline's summit, when it has exactly one: "the summit" can only be that one.
fn only_summit(corpus: &Corpus) -> Option<usize> {
    let mut summits =
        (0..corpus.meetings.len()).filter(|&i| corpus.meetings[i].kind == MeetingKind::Summit);
    match (summits.next(), summits.next()) {
        (Some(only), None) => Some(only),
        _ => None,
    }
}

/// Whether `target` is a summit, in the timeline or not.
fn is_summit(corpus: &Corpus, target: &Target) -> bool {
    match target {
        Target::Meeting(i) => corpus.meetings[*i].kind == MeetingKind::Summit,
        Target::Unmentioned { kind, .. } => *kind == MeetingKind::Summit,
        _ => false,
    }
}

/// Whether `word` says a text was made: adopted, agreed, signed, produced, drafted, issued,
/// endorsed.
fn is_making_verb(word: &str) -> bool {
    [
        "adopt", "agree", "sign", "produc", "draft", "issu", "endors",
    ]
    .iter()
    .any(|verb| word.starts_with(verb))
}

/// Whether `words` name the declaration by its title ("the Seoul Declaration").
fn names_the_declaration(corpus: &Corpus, words: &[String]) -> bool {
    let title = crate::text::words(&corpus.primary().title);
    !title.is_empty() && words.windows(title.len()).any(|w| w == title.as_slice())
}

/// Whether the text word at `at` says where a meeting is mentioned ("the Finnish summit mentioned
/// in para 2, when was it?"): it describes the meeting, it does not ask what the text says.
fn mentioned_where(words: &[String], at: usize) -> bool {
    matches!(
        words[at].as_str(),
        "mentioned" | "cited" | "referred" | "listed" | "named"
    ) && at >= 1
        && is_meeting_noun(&words[at - 1])
        && words[at + 1..].iter().take(2).any(|w| w == "in")
}

/// Whether the word at `at` says the text mentions a meeting, of which a fact is then asked ("the
/// declaration mentions a summit back in 2006, which city was that in?"): the mention tells which
/// meeting, the fact is what is asked. "does it mention the Berlin meeting?" asks nothing of it.
fn mentions_a_meeting_then_asks(corpus: &Corpus, words: &[String], at: usize) -> bool {
    if !(words[at].starts_with("mention") || words[at].starts_with("refer")) {
        return false;
    }
    let noun = (at + 1..(at + 6).min(words.len()))
        .find(|&k| is_meeting_noun(&words[k]) && words[k] != "one");
    noun.is_some_and(|k| asked_attribute(corpus, &words[k + 1..]).is_some())
}

/// Whether a question names a meeting by where the text mentions it ("the summit mentioned in
/// para 2"): the paragraph it names is where to look, not what is asked.
pub fn named_by_its_mention(question: &str) -> bool {
    let words = words(question);
    (0..words.len()).any(|at| mentioned_where(&words, at))
}

/// Whether the word at `at` supports or backs a meeting named right after it ("support the 2017
/// Seoul meeting", "backed up ASEMME6", "backing this conference"): who supported it is asked,
/// not what the text supports ("support the use of MOOCs at the meeting").
fn backs_a_meeting(corpus: &Corpus, words: &[String], at: usize) -> bool {
    if !matches!(
        words[at].as_str(),
        "support"
            | "supports"
            | "supported"
            | "supporting"
            | "back"
            | "backs"
            | "backed"
            | "backing"
    ) {
        return false;
    }
    let city = |w: &str| {
        corpus
            .meetings
            .iter()
            .any(|m| crate::text::words(&m.city).iter().any(|c| c == w))
    };
    words[at + 1..]
        .iter()
        .take(7)
        .take_while(|w| {
            is_meeting_noun(w)
                || city(w)
                || w.chars().all(|c| c.is_ascii_digit())
                || ordinal_value(w).is_some()
                || matches!(
                    w.as_str(),
                    "up" | "the"
                        | "this"
                        | "that"
                        | "a"
                        | "asem"
                        | "education"
                        | "ministers"
                        | "korean"
                        | "korea"
                        | "ministry"
                        | "of"
                        | "s"
                        | "in"
                        | "running"
                        | "organising"
                        | "organizing"
                        | "hosting"
                        | "whole"
                )
        })
        .any(|w| is_meeting_noun(w))
}

/// Whether the word at `at` is inside a phrase of two words or more that asks a meeting's
/// attribute ("who supported", "gave support"): the phrase asks the fact; the word alone does
/// not ask what the text supports.
fn in_an_ask_phrase(corpus: &Corpus, words: &[String], at: usize) -> bool {
    corpus
        .meeting_questions
        .asks
        .iter()
        .flat_map(|(_, phrases)| phrases)
        .any(|phrase| {
            phrase.len() >= 2
                && (at.saturating_sub(phrase.len() - 1)..=at)
                    .any(|start| phrase_at(words, start, phrase))
        })
}

/// Whether a clause of `question` asks what the text says (a word of [`TEXT_WORDS`]) about a
/// meeting (a meeting noun or a meeting attribute in the same clause).
fn about_text(corpus: &Corpus, question: &str) -> bool {
    question.split(['?', '!', '.', ';']).any(|clause| {
        let words = words(clause);
        // "does the declaration say when they'll meet again?" asks for a fact, whether the text
        // gives it or not.
        // So does "does it say what the theme of the next meeting will be?".
        // "The declaration mentions a theme for the gathering, what is it?" asks it too.
        let asks_a_fact = |at: usize| {
            words
                .get(at + 1)
                .is_some_and(|w| matches!(w.as_str(), "when" | "where" | "who" | "which"))
                || (words
                    .get(at + 1)
                    .is_some_and(|w| matches!(w.as_str(), "what" | "a" | "an" | "the" | "its"))
                    && asked_attribute(corpus, &words[at + 2..(at + 5).min(words.len())])
                        .is_some_and(|(_, length)| length >= 1))
        };
        // "the position of the Berlin meeting within the ASEMME series" is its place, not a stance.
        let in_a_series = |at: usize| {
            words[at] == "position"
                && words
                    .iter()
                    .any(|w| matches!(w.as_str(), "series" | "sequence" | "order" | "timeline"))
        };
        let asked = asked_attribute(corpus, &words);
        // "Which minister signed the Seoul text?": the text is what was signed.
        let signed = matches!(asked, Some((MeetingAttribute::Signatories, _)));
        // "does the text actually say who the host was": one word of the text asking a fact
        // makes the clause ask it.
        let fact_asked =
            (0..words.len()).any(|at| TEXT_WORDS.contains(&words[at].as_str()) && asks_a_fact(at));
        // "In what year did the ministers agree on the Seoul Declaration?", "what came out of it
        // in terms of an adopted text?": the text as a thing made, not what it says.
        // "city where this education text was adopted", "the text the talks produced".
        // "the meeting this text comes from": where it was made.
        let made_later = |at: usize| {
            words[at] == "text"
                && (words[at + 1..(at + 5).min(words.len())]
                    .iter()
                    .any(|w| is_making_verb(w))
                    || words.get(at + 1).is_some_and(|w| {
                        matches!(w.as_str(), "comes" | "came" | "come")
                            && words.get(at + 2).is_some_and(|w| w == "from")
                    }))
        };
        // "where was it agreed", "when was this agreed upon": nothing is said to be agreed; the
        // agreeing is the event asked about.
        let agreeing_itself = |at: usize| {
            matches!(words[at].as_str(), "agree" | "agreed")
                && words[at + 1..]
                    .iter()
                    .all(|w| matches!(w.as_str(), "on" | "upon"))
        };
        let made = |at: usize| {
            if made_later(at) || agreeing_itself(at) {
                return true;
            }
            let mut back = at;
            while back >= 1 {
                back -= 1;
                let w = words[back].as_str();
                if is_making_verb(w) {
                    return true;
                }
                if !matches!(
                    w,
                    "on" | "upon"
                        | "the"
                        | "seoul"
                        | "this"
                        | "that"
                        | "a"
                        | "an"
                        | "final"
                        | "joint"
                ) || at - back > 3
                {
                    return false;
                }
            }
            false
        };
        // "did the ministers agree on the Seoul Declaration": agreeing to the text, not what it
        // says they agree.
        let agreeing_on_the_text = |at: usize| {
            matches!(words[at].as_str(), "agree" | "agreed")
                && matches!(
                    words.get(at + 1).map(String::as_str),
                    Some("on" | "upon" | "to")
                )
                && words[at + 2..(at + 5).min(words.len())].iter().any(|w| {
                    matches!(
                        w.as_str(),
                        "declaration" | "text" | "document" | "it" | "this"
                    )
                })
        };
        // "my ministry in Jakarta wants to know who took part", "I teach in Manila and want to
        // tell my class when…": the speaker's wish to know, not what the ministers want.
        let wants_to_know = |at: usize| {
            matches!(words[at].as_str(), "want" | "wants")
                && words.get(at + 1).is_some_and(|w| w == "to")
                && words.get(at + 2).is_some_and(|w| {
                    matches!(
                        w.as_str(),
                        "know"
                            | "find"
                            | "check"
                            | "ask"
                            | "learn"
                            | "confirm"
                            | "quote"
                            | "cite"
                            | "tell"
                            | "understand"
                    )
                })
        };
        // "where do they talk about it?": where the text speaks of a topic now, not where anyone
        // met ("where did the ministers discuss it?").
        let where_spoken_of = words.windows(4).any(|w| {
            w[0] == "where"
                && matches!(w[1].as_str(), "do" | "does")
                && w[2..].iter().any(|v| {
                    matches!(
                        v.as_str(),
                        "talk" | "discuss" | "mention" | "cover" | "address" | "say"
                    )
                })
        });
        // "which number was the one about … shared asia-europe views?": a word of a meeting's
        // theme told after "the one about", not what the text says.
        let in_a_theme_told = |at: usize| {
            (1..at).any(|k| {
                words[k] == "about" && (words[k - 1] == "one" || is_meeting_noun(&words[k - 1]))
            })
        };
        // "the most recent meeting in the text": where a meeting is found, not what is said.
        let found_in = |at: usize| {
            matches!(words[at].as_str(), "text" | "paragraph")
                && at >= 2
                && matches!(words[at - 1].as_str(), "the" | "this")
                && words[at - 2] == "in"
                && words[..at - 2]
                    .iter()
                    .rev()
                    .take(3)
                    .any(|w| is_meeting_noun(w) || w == "one")
        };
        // "the title of the text", "the name of this text": the text is what the fact is of.
        let fact_of_the_text = |at: usize| {
            words[at] == "text"
                && at >= 3
                && matches!(words[at - 1].as_str(), "the" | "this" | "that")
                && words[at - 2] == "of"
                && is_an_ask_word(corpus, &words[at - 3], true)
        };
        where_spoken_of
            || !fact_asked
                && (0..words.len()).any(|at| {
                    TEXT_WORDS.contains(&words[at].as_str())
                        && !in_a_theme_told(at)
                        && !found_in(at)
                        && !fact_of_the_text(at)
                        && !backs_a_meeting(corpus, &words, at)
                        && !in_an_ask_phrase(corpus, &words, at)
                        && (!signed || words[at] != "text")
                        && !said_by_a_person(&words, at)
                        && !wants_to_know(at)
                        && !made(at)
                        && !agreeing_on_the_text(at)
                        && !mentioned_where(&words, at)
                        && !mentions_a_meeting_then_asks(corpus, &words, at)
                        && !asks_a_fact(at)
                        && !in_a_series(at)
                })
                && (words.iter().any(|w| is_meeting_noun(w)) || asked.is_some())
    })
}

/// How many years `words` put forward as a meeting's: "in 2018", "was that 2007 or 2008", "it
/// 2015?" (not "by 2020", "November 2017").
fn offered_years(words: &[String]) -> Vec<usize> {
    (0..words.len())
        .filter(|&at| {
            let word = &words[at];
            let year = word.len() == 4
                && word
                    .parse::<u32>()
                    .is_ok_and(|y| (1990..=2100).contains(&y));
            let before = at.checked_sub(1).map(|i| words[i].as_str());
            let after = words.get(at + 1).map(String::as_str);
            // "HN 2010 is that right", "CPH = 2012 right??"; not the year of a month ("in
            // october 2017 wasnt it" puts the dates forward).
            let of_a_month = before.is_some_and(|w| MONTHS.contains(&w));
            // "the Berlin meeting back in 2008": a year told, not put forward; "ASEM ME 1 was
            // back in 2006, wasn't it?" puts it forward.
            let told_back = before == Some("in")
                && at >= 2
                && words[at - 2] == "back"
                && !(at >= 3 && matches!(words[at - 3].as_str(), "was" | "is" | "were" | "s"));
            year && !of_a_month
                && !told_back
                && (matches!(
                    before,
                    Some(
                        "in" | "was"
                            | "that"
                            | "it"
                            | "or"
                            | "is"
                            | "say"
                            | "says"
                            | "said"
                            | "year"
                    )
                ) || matches!(
                    after,
                    Some("or" | "right" | "correct" | "true" | "isnt" | "wasnt")
                ) || (after == Some("is")
                    && words.get(at + 2).is_some_and(|w| w == "that")
                    && words
                        .get(at + 3)
                        .is_some_and(|w| matches!(w.as_str(), "right" | "correct" | "true"))))
        })
        .collect()
}

/// Whether `words` put a meeting's city to the test: (placed: where "was in Hanoi", "held in
/// Berlin" first stands; a choice: "Hanoi or HCMC").
fn offers_city(corpus: &Corpus, words: &[String]) -> (Option<usize>, bool) {
    let (mut placed, mut choice): (Option<usize>, bool) = (None, false);
    for meeting in &corpus.meetings {
        let city = crate::text::words(&meeting.city);
        for at in 0..words.len() {
            if city.is_empty() || !phrase_at(words, at, &city) {
                continue;
            }
            let before = |back: usize| at.checked_sub(back).map(|i| words[i].as_str());
            let after = words.get(at + city.len()).map(String::as_str);
            // "was the very first education ministers meeting in Berlin?": a question that
            // opens by asking whether the meeting was so puts the place forward too.
            // The place ends the question, as what is put forward does ("was the meeting in
            // Berlin the first one?" puts the number forward instead).
            // "Is it true the meetings were born at a summit in Copenhagen?" opens so too.
            let claim_checked = words.len() > 3
                && words[0] == "is"
                && words[1] == "it"
                && matches!(words[2].as_str(), "true" | "correct" | "right");
            let put_to_the_test = (words
                .first()
                .is_some_and(|w| matches!(w.as_str(), "was" | "were"))
                || claim_checked)
                && before(2).is_some_and(is_meeting_noun)
                && words[at + city.len()..].iter().all(|w| {
                    matches!(
                        w.as_str(),
                        "right" | "correct" | "then" | "too" | "actually" | "really"
                    )
                });
            if matches!(before(1), Some("in" | "at"))
                && (before(2).is_some_and(|w| PUT_FORWARD.contains(&w) || w == "it")
                    || put_to_the_test)
            {
                placed = Some(placed.map_or(at, |p| p.min(at)));
            }
            choice |= before(1) == Some("or") || after == Some("or");
        }
        // "6th ASEM summit - Finland or Sweden?": another name of its place offered too.
        for name in &meeting.place_names {
            let name = crate::text::words(name);
            for at in 0..words.len() {
                if !name.is_empty() && phrase_at(words, at, &name) {
                    let before = at.checked_sub(1).map(|i| words[i].as_str());
                    choice |= before == Some("or")
                        || words.get(at + name.len()).is_some_and(|w| w == "or");
                }
            }
        }
    }
    (placed, choice)
}

/// Whether `question` puts forward a place by name that is no meeting's city ("ASEMME4 was in
/// Bangkok right?", "summit six was held in Stockholm, no?"): a capitalised name after "was in",
/// "held in"… that is not a month.
/// `places` is [`placed_in`]'s.
fn offers_a_place(corpus: &Corpus, places: &[(String, String)]) -> bool {
    let known = |place: &str| is_a_meetings_place(corpus, place);
    places.iter().any(|(before, place)| {
        PUT_FORWARD.contains(&before.as_str())
            || (
                // "was the 2013 one in Singapore?" puts a place forward; "the one in Malaysia" names
                // the meeting by its place.
                matches!(
                    before.as_str(),
                    "one" | "meeting" | "ministerial" | "summit" | "it" | "that"
                ) && !known(place)
            )
    })
}

/// Whether `question` puts a meeting "in" a place that is no meeting's ("was in Bangkok",
/// "held in Jakarta"). `places` is [`placed_in`]'s.
fn puts_forward_an_unknown_place(corpus: &Corpus, places: &[(String, String)]) -> bool {
    places.iter().any(|(before, place)| {
        PUT_FORWARD.contains(&before.as_str()) && !is_a_meetings_place(corpus, place)
    })
}

/// The words before "in" that put a place forward for a meeting ("was in", "held in", "took
/// place in"), where "the one in" names it by its place.
const PUT_FORWARD: &[&str] = &["was", "held", "place", "happen", "happened", "hosted"];

/// Whether a meeting's city is what hosted ("riga hosted…", "did copenhagen host…"), the
/// question asking of no one who hosted ("who was the host", "which body in Riga hosted",
/// "was riga hosted by…").
fn hosted_by_a_place(corpus: &Corpus, words: &[String]) -> bool {
    let asks_who = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "who" | "whom" | "whose" | "by" | "body" | "ministry"
        )
    });
    !asks_who
        && (1..words.len()).any(|at| {
            matches!(words[at].as_str(), "hosted" | "host" | "hosts")
                && (at < 2 || words[at - 2] != "in")
                // A city, not a country: "finland hosted the summit" names a host.
                && corpus
                    .meetings
                    .iter()
                    .any(|m| crate::text::words(&m.city).last() == Some(&words[at - 1]))
        })
}

/// Whether a meeting's place (its city or country) is said to have hosted, the subject of the
/// verb: "latvia hosted one of these".
fn place_hosted(corpus: &Corpus, words: &[String]) -> bool {
    (1..words.len()).any(|at| {
        matches!(words[at].as_str(), "hosted" | "hosts")
            && is_a_meetings_place(corpus, &words[at - 1])
            && (at < 2 || !matches!(words[at - 2].as_str(), "in" | "who" | "which" | "what"))
    })
}

/// Whether a folded word is (the first word of) a meeting's city or another name of its place:
/// "kuala" of "Kuala Lumpur" is.
fn is_a_meetings_place(corpus: &Corpus, word: &str) -> bool {
    corpus.meetings.iter().any(|m| {
        m.places().any(|n| {
            crate::text::fold(n) == word || crate::text::words(n).first().is_some_and(|w| w == word)
        })
    })
}

/// The capitalised names (not months) that `question` puts something "in", folded, each with the
/// word before "in" (folded, empty at the start).
fn placed_in(question: &str) -> Vec<(String, String)> {
    let raw: Vec<&str> = question.split_whitespace().collect();
    let tokens: Vec<&str> = raw
        .iter()
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    // A message typed all in lower case (or all in capitals) shows no names by their capital: there,
    // only a word put in place of one after "was in", "held in"… counts ("asemme4 was in bangkok
    // right?"), not a word of an idiom ("held in person") or of time or region.
    let cased =
        question.chars().any(char::is_uppercase) && question.chars().any(char::is_lowercase);
    // "ASEMME 4 in Bangkok?", "asemme4 in riga": a meeting's short name stands for "the meeting".
    let word_before = |j: usize| {
        let before = crate::text::fold(tokens[j]);
        let numbered = before
            .strip_prefix("asemme")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        let number_of_short_name = j >= 1
            && (before.parse::<u32>().is_ok() || crate::text::roman_value(&before).is_some())
            && crate::text::fold(tokens[j - 1]) == "asemme";
        if numbered || number_of_short_name {
            "meeting".to_string()
        } else {
            before
        }
    };
    let named = |i: usize| {
        let token = tokens[i + 1];
        let folded = crate::text::fold(token);
        if MONTHS.contains(&folded.as_str()) {
            return false;
        }
        let capitalised = token.chars().next().is_some_and(char::is_uppercase);
        // A name typed in lower case in a cased message ("ASEMME 3 was in stockholm no?") is
        // read as in an all lower-case one.
        if cased && capitalised {
            return true;
        }
        // "was the 2013 one in singapore?": a meeting then "in" a word that ends the clause.
        let ends_clause = i + 2 == tokens.len()
            || raw[i + 1].ends_with([',', '?', '.', '!', ';'])
            || matches!(
                tokens.get(i + 2).map(|t| crate::text::fold(t)).as_deref(),
                Some(
                    "right" | "correct" | "yes" | "no" | "true" | "or" | "wasnt" | "isnt" | "innit"
                )
            );
        let put_forward = i.checked_sub(1).is_some_and(|j| {
            let before = word_before(j);
            PUT_FORWARD.contains(&before.as_str())
                || (matches!(
                    before.as_str(),
                    "one" | "meeting" | "ministerial" | "summit"
                ) && ends_clause
                    && folded != "question")
        });
        put_forward
            && folded.chars().next().is_some_and(char::is_alphabetic)
            && !NOT_PLACES.contains(&folded.as_str())
            && !DETERMINERS.contains(&folded.as_str())
    };
    (0..tokens.len().saturating_sub(1))
        .filter(|&i| crate::text::fold(tokens[i]) == "in" && named(i))
        .map(|i| {
            let before = i.checked_sub(1).map_or(String::new(), word_before);
            (before, crate::text::fold(tokens[i + 1]))
        })
        .collect()
}

/// Words that follow "held in", "was in" without naming a place: idioms, parts of the world,
/// quantities.
const NOT_PLACES: &[&str] = &[
    "person",
    "public",
    "private",
    "secret",
    "english",
    "total",
    "advance",
    "part",
    "order",
    "line",
    "mind",
    "general",
    "fact",
    "practice",
    "principle",
    "turn",
    "response",
    "parallel",
    "conjunction",
    "cooperation",
    "collaboration",
    "partnership",
    "charge",
    "attendance",
    "asia",
    "europe",
    "both",
    "each",
    "every",
    "all",
    "some",
    "any",
    "which",
    "what",
    "whose",
    "his",
    "her",
    "my",
    "your",
    "there",
    "here",
    "between",
    "front",
    "favour",
    "favor",
    "time",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "late",
    "early",
    "mid",
    "the",
    "and",
];

/// Words that may stand before a meeting noun when the declaration's own meeting is meant: "the
/// ASEM education ministers' meeting", "this year's ministerial".
const OWN_MEETING_WORDS: &[&str] = &[
    "asem",
    "education",
    "educational",
    "edu",
    "ed",
    "ministers",
    "minister",
    "ministerial",
    "ministry",
    "s",
    "year",
    "big",
    "main",
    "whole",
    "same",
    "actual",
    "official",
    "said",
    "entire",
    "two-day",
    // It marked ten years of the meetings: "the ten year anniversary meeting".
    "anniversary",
];
/// Words after which the words before a meeting noun no longer describe it.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "their", "its", "our", "of", "at", "in", "for", "to",
    // "how many meetings…" counts them; it does not describe one.
    "many",
];

/// Whether a meeting noun of `words` is described by a word that is not one of the declaration's
/// own meeting ("the Southeast Asian meeting", "the best-practice one"): the question may be about
/// another meeting, so the declaration's own is not assumed.
pub(crate) fn described_otherwise(corpus: &Corpus, words: &[String]) -> bool {
    let Some(own_word) = own_meeting_word(corpus) else {
        return false;
    };
    (0..words.len())
        .filter(|&i| is_meeting_noun(&words[i]) && !MEETING_VERBS.contains(&words[i].as_str()))
        .any(|i| described_by_another(words, i, &own_word))
}

/// The years `words` give as an event's ("in 2012", "the 2015 summit"), not as a bound ("implemented
/// by 2020", "since 2008").
fn years_given(words: &[String]) -> impl Iterator<Item = u32> + '_ {
    (0..words.len()).filter_map(|at| {
        let bound = at >= 1
            && matches!(
                words[at - 1].as_str(),
                "by" | "until" | "till" | "since" | "before" | "after" | "from" | "to"
            );
        let year = words[at].parse::<u32>().ok()?;
        (words[at].len() == 4 && !bound && (1990..=2100).contains(&year)).then_some(year)
    })
}

/// Whether `words` give the year of an event that is no meeting's of the timeline ("where did the
/// Bologna Process ministers meet in 2012?"): no fact of the declaration's own meeting answers.
pub(crate) fn gives_a_year_of_no_meeting(corpus: &Corpus, words: &[String]) -> bool {
    years_given(words).any(|y| corpus.meetings.iter().all(|m| m.year != y))
}

/// Whether a meeting noun of `words` is described by a word that names none of the timeline's
/// meetings ("the COP15 climate summit", "the EAIE annual conference"): another event.
fn described_as_another(corpus: &Corpus, words: &[String]) -> bool {
    let Some(own_word) = own_meeting_word(corpus) else {
        return false;
    };
    let naming: std::collections::HashSet<String> = meetings_naming_words(corpus)
        .chain(every_theme_word(corpus))
        .chain(corpus.meetings.iter().flat_map(|m| {
            m.region
                .iter()
                .flat_map(|r| crate::text::words(r))
                .chain(std::iter::once(m.year.to_string()))
                .collect::<Vec<_>>()
        }))
        .collect();
    let stop = crate::search::StopWords::new(&corpus.stop_words);
    // A year names a meeting, of the timeline or not ("the 2019 ministers' meeting"); question
    // words and articles describe nothing.
    let own = |w: &str| {
        own_word(w)
            || naming.contains(w)
            || ordinal_value(w).is_some()
            || w.chars().all(|c| c.is_ascii_digit())
            || stop.contains(w)
            || PHRASE_ENDS.contains(&w)
            || matches!(w, "which" | "what" | "whats")
            // "what number ASEMME", "the German capital meeting": what is asked of it.
            || is_an_ask_word(corpus, w, false)
    };
    // "das Treffen", "la reunión": an article or preposition ends the description, in any
    // language asked in.
    let masked: Vec<String> = words
        .iter()
        .map(|w| {
            if PHRASE_ENDS.contains(&w.as_str()) {
                "the".to_string()
            } else {
                w.clone()
            }
        })
        .collect();
    let words = masked.as_slice();
    // "quick one", "the full long one": "one" is too plain a noun to be described.
    (0..words.len())
        .filter(|&i| {
            is_meeting_noun(&words[i])
                && !MEETING_VERBS.contains(&words[i].as_str())
                && words[i] != "one"
        })
        .any(|i| described_by_another(words, i, &own))
}

/// Whether the declaration or document a question speaks of is described by a word that is not
/// the declaration's own ("where was the Bologna declaration agreed?"): another document, made at
/// another meeting.
fn document_described_otherwise(corpus: &Corpus, words: &[String]) -> bool {
    let Some(own_word) = own_meeting_word(corpus) else {
        return false;
    };
    let primary = corpus.primary();
    let title_words: Vec<String> = [&primary.title, &primary.subtitle]
        .into_iter()
        .flat_map(|t| crate::text::words(t))
        .collect();
    let own = |w: &str| {
        own_word(w)
            || title_words.iter().any(|t| t == w)
            || matches!(
                w,
                "outcome" | "joint" | "adopted" | "agreed" | "signed" | "which" | "what" | "whats"
            )
    };
    (0..words.len())
        .filter(|&i| matches!(words[i].as_str(), "declaration" | "document" | "text"))
        .any(|i| described_by_another(words, i, &own))
}

/// Whether one of the (up to four) words that describe the noun at `at` is not `own`.
fn described_by_another(words: &[String], at: usize, own: &impl Fn(&str) -> bool) -> bool {
    words[at.saturating_sub(4)..at]
        .iter()
        .rev()
        .take_while(|w| !DETERMINERS.contains(&w.as_str()))
        .any(|w| w.split('-').any(|part| !own(part)))
}

/// What tells the declaration's own meeting apart: its names and number, its year, and the words
/// that count meetings from it ("the previous meetings", "the next one").
fn own_meeting_word(corpus: &Corpus) -> Option<impl Fn(&str) -> bool + '_> {
    let own = current(corpus).map(|i| &corpus.meetings[i])?;
    let own_names: Vec<String> = own
        .places()
        .chain(std::iter::once(&own.short))
        .flat_map(|n| crate::text::words(n))
        .collect();
    Some(move |w: &str| {
        OWN_MEETING_WORDS.contains(&w)
            || CURRENT_WORDS.contains(&w)
            || PREVIOUS_WORDS.contains(&w)
            || PENULTIMATE_WORDS.contains(&w)
            || FUTURE_WORDS.contains(&w)
            || AFTER_WORDS.contains(&w)
            || number_value(w) == Some(10)
            || ordinal_value(w) == Some(10)
            || own_names.iter().any(|n| n == w)
            || ordinal_value(w) == Some(own.number)
            || w.parse::<u32>().is_ok_and(|y| y == own.year)
            || is_meeting_noun(w)
    })
}

/// Whether a question asks what the declaration is called ("the declaration's full title", "what is
/// the document called?") rather than the meeting's theme, motto or topic.
/// "The title the declaration gives the Kuala Lumpur meeting" is the meeting's theme.
fn titles_the_declaration(words: &[String]) -> bool {
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    let Some(document) = words.iter().rposition(|w| {
        matches!(
            w.as_str(),
            "declaration" | "declarations" | "document" | "text"
        )
    }) else {
        return false;
    };
    // "what did they call the text they endorsed": the name asked by its verb (not "what would
    // you call the declaration's main idea").
    let call_it = calls_the_document(words) && has(&["what", "whats"]);
    (call_it || has(&["title", "titled", "subtitle", "called", "name", "named"]))
        && !has(&[
            "theme", "themes", "themed", "motto", "slogan", "tagline", "topic", "topics",
        ])
        // "the title of the text adopted at the Seoul meeting": where it was made, not what it
        // gives a title to.
        && (words
            .get(document + 1)
            .is_some_and(|w| is_making_verb(w) || matches!(w.as_str(), "from" | "of"))
            || !words[document..].iter().any(|w| {
            is_meeting_noun(w)
                && !w.starts_with("asemme")
                && !matches!(w.as_str(), "one" | "session")
        }))
}

/// Whether `words` call the document something: "call the text they endorsed", "call this
/// declaration" (not "call the declaration's main idea").
fn calls_the_document(words: &[String]) -> bool {
    words.windows(3).enumerate().any(|(at, three)| {
        three[0] == "call"
            && matches!(three[1].as_str(), "the" | "this" | "their")
            && matches!(three[2].as_str(), "declaration" | "document" | "text")
            && words.get(at + 3).is_none_or(|w| w != "s")
    })
}

/// Whether a name or title in `words` is the document's: "the name of the declaration", "the title
/// of this document", "the declaration from ASEMME6 called" (not "name some programmes the
/// declaration mentions", "what the declaration says about the name of the programme").
fn names_the_document(words: &[String]) -> bool {
    let document = |w: &String| {
        matches!(
            w.as_str(),
            "declaration" | "declarations" | "document" | "text"
        )
    };
    (0..words.len()).any(|t| {
        // "the declaration's name", "whats the declarations name".
        let owned = matches!(words[t].as_str(), "name" | "title" | "subtitle")
            && (t >= 1 && words[t - 1] == "declarations"
                || t >= 2 && words[t - 1] == "s" && document(&words[t - 2]));
        // "what did they call the text they endorsed".
        let call_it = t == 0 && calls_the_document(words);
        let of_it = matches!(words[t].as_str(), "name" | "title" | "subtitle")
            && words[t + 1..(t + 4).min(words.len())]
                .iter()
                .take_while(|w| !document(w))
                .all(|w| {
                    matches!(
                        w.as_str(),
                        "of" | "the" | "this" | "that" | "its" | "official"
                    )
                })
            && words[t + 1..(t + 4).min(words.len())].iter().any(document);
        let called = matches!(words[t].as_str(), "called" | "named" | "titled")
            && words[..t].iter().any(document);
        of_it || called || owned || call_it
    })
}

/// What a blank to fill in asks for, by the word before it: "held in ____" a place, "the theme
/// was ____" a theme.
fn blank_asks(question: &str) -> Option<MeetingAttribute> {
    let at = question.find("__").or_else(|| question.find("..."))?;
    let before = words(&question[..at]);
    match before.last().map(String::as_str)? {
        "in" | "at" => Some(MeetingAttribute::City),
        "year" => Some(MeetingAttribute::Year),
        "on" => Some(MeetingAttribute::Dates),
        "called" | "titled" | "theme" | "themed" => Some(MeetingAttribute::Theme),
        "number" | "asemme" => Some(MeetingAttribute::Count),
        _ => None,
    }
}

/// Whether `question` places something "in" a capitalised name the declaration never uses ("the
/// meeting in Bangkok", "das Treffen in Kopenhagen"), other than a month.
fn places_unknown(corpus: &Corpus, question: &str) -> bool {
    placed_in(question)
        .iter()
        .any(|(_, name)| !corpus.primary_words.contains(name))
}

/// Whether the word at `at` is said by someone in the chat, not by the text: "my boss says",
/// "I think", "someone said".
fn said_by_a_person(words: &[String], at: usize) -> bool {
    let before = |back: usize| at.checked_sub(back).map(|i| words[i].as_str());
    matches!(
        before(1),
        Some("i" | "he" | "she" | "you" | "someone" | "somebody" | "everyone" | "people" | "u")
    ) || matches!(before(2), Some("my" | "our" | "your" | "his" | "her" | "a"))
}

/// `words` with the "years" of "two years before Seoul" blanked out: it counts years back, it
/// does not ask for one.
fn mask_year_offsets(words: &[String]) -> Vec<String> {
    (0..words.len())
        .map(|i| {
            // "the ten year anniversary meeting" counts years too.
            // "ASEMME 4 year?" asks the fourth meeting's year: the number is the meeting's.
            let numbers_a_meeting = i >= 2
                && ((is_meeting_noun(&words[i - 2]) && words[i - 2] != "one")
                    || matches!(words[i - 2].as_str(), "no" | "nr" | "number" | "me"));
            let counted = matches!(words[i].as_str(), "year" | "years")
                && !numbers_a_meeting
                && i.checked_sub(1)
                    .and_then(|j| number_value(&words[j]))
                    .is_some_and(|n| n < 100);
            if counted || year_offset(words, i).is_some() {
                String::new()
            } else {
                words[i].clone()
            }
        })
        .collect()
}

/// At `at`, the "years" of "<number> years before|after|earlier|later": the signed offset.
fn year_offset(words: &[String], at: usize) -> Option<i64> {
    if !matches!(words[at].as_str(), "years" | "year" | "yrs" | "yr") {
        return None;
    }
    // "a year after Berlin", "the year after Berlin" are one year.
    let before = words.get(at.checked_sub(1)?)?;
    let n = match before.as_str() {
        "a" | "an" | "the" => 1,
        other => i64::from(number_value(other)?),
    };
    match words.get(at + 1).map(String::as_str) {
        Some("before" | "earlier" | "prior" | "previously") => Some(-n),
        Some("after" | "later") => Some(n),
        _ => None,
    }
}

/// Whether `word` opens a question ("what year", "which city") by itself.
fn opens_with_a_question_word(word: &str) -> bool {
    matches!(
        word,
        "what" | "whats" | "which" | "when" | "where" | "who" | "whose" | "how"
    )
}

/// Whether `word` names meetings, more than one ("the earlier get-togethers").
fn is_plural_meeting_noun(word: &str) -> bool {
    matches!(
        word,
        "meetings"
            | "gatherings"
            | "ministerials"
            | "conferences"
            | "editions"
            | "get-togethers"
            | "meetups"
            | "meet-ups"
    )
}

pub(crate) fn is_meeting_noun(word: &str) -> bool {
    // "회의" (meeting) takes its particles in the same word: "회의는", "회의가"; German makes one
    // word of the meeting and who met ("Bildungsministertreffen").
    MEETING_NOUNS.contains(&word)
        || word.starts_with("asemme")
        || word.starts_with("회의")
        || is_summit_noun(word)
        || (word.len() > 7 && word.ends_with("treffen"))
}

/// Whether the words starting at `at` match an `asks` phrase (a trailing `*` is a prefix).
fn phrase_at(words: &[String], at: usize, phrase: &[String]) -> bool {
    phrase.iter().enumerate().all(|(i, pattern)| {
        words
            .get(at + i)
            .is_some_and(|word| match pattern.strip_suffix('*') {
                Some(prefix) => word.starts_with(prefix),
                None => word == pattern,
            })
    })
}

/// The attribute whose `asks` phrase matches earliest in the question (the longest phrase there),
/// with the length of that phrase.
fn asked_attribute(corpus: &Corpus, words: &[String]) -> Option<(MeetingAttribute, usize)> {
    asked_attribute_among(corpus, words, |_| true)
}

/// Where `words` ask for `attribute`: the first place one of its `asks` phrases matches, with the
/// length of the longest phrase there.
fn asked_at(
    corpus: &Corpus,
    words: &[String],
    attribute: MeetingAttribute,
) -> Option<(usize, usize)> {
    let phrases = corpus
        .meeting_questions
        .asks
        .iter()
        .filter(|(a, _)| *a == attribute)
        .flat_map(|(_, phrases)| phrases);
    (0..words.len()).find_map(|at| {
        phrases
            .clone()
            .filter(|phrase| phrase_at(words, at, phrase))
            .map(|phrase| phrase.len())
            .max()
            .map(|length| (at, length))
    })
}

/// What `words` ask a meeting record's attribute of, when they ask one: what [`asked_of`] finds
/// ("the theme *of the Berlinale*"), or else, of who hosted or took part, every word after the
/// ask, in a sentence that asks ("who took part *in the Eastern Partnership summit*", "date Korea
/// joined the OECD?"). A "year" in a sentence that tells ("I am a second year student from
/// Spain") asks nothing.
pub(crate) fn attribute_asked_of<'w>(corpus: &Corpus, words: &'w [String]) -> Option<&'w [String]> {
    let (attribute, _) = asked_attribute(corpus, words)?;
    let (at, length) = asked_at(corpus, words, attribute)?;
    let object = asked_of(words, attribute, at, length);
    let of_those_there = matches!(
        attribute,
        MeetingAttribute::Host | MeetingAttribute::Chair | MeetingAttribute::Participants
    );
    let asking = at == 0 || opens_a_question(words);
    Some(if object.is_empty() && (of_those_there || asking) {
        &words[(at + length).min(words.len())..]
    } else {
        object
    })
}

/// Whether `words` open as a question does ("what…", "where's…", "did…", "in what year…").
fn opens_a_question(words: &[String]) -> bool {
    let words = match words {
        [preposition, which, ..]
            if matches!(
                preposition.as_str(),
                "in" | "at" | "on" | "for" | "from" | "by" | "during" | "since"
            ) && matches!(which.as_str(), "what" | "which" | "whose") =>
        {
            &words[1..]
        }
        _ => words,
    };
    words.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "what"
                | "whats"
                | "which"
                | "who"
                | "whos"
                | "whose"
                | "when"
                | "where"
                | "wheres"
                | "how"
                | "is"
                | "are"
                | "was"
                | "were"
                | "did"
                | "does"
                | "do"
        )
    })
}

/// Words that end the phrase an ask is said of: "who hosted the 2023 Jamboree *in* Korea".
const PHRASE_ENDS: &[&str] = &[
    "in", "at", "on", "for", "from", "with", "by", "during", "and", "or", "that", "which", "who",
    "where", "when", "was", "is", "were", "did", "does", "do", "to", "about", "after", "before",
    "since", "under", "between", "but", "because", "so", "as", "than", "please", "pls",
    // The articles of the other languages asked in ("¿Quién organizó la reunión…?"): what follows
    // is not read.
    "la", "le", "les", "el", "los", "las", "l", "der", "die", "das", "den", "dem", "il", "lo",
    "gli", "de", "del", "des", "du", "di", "da",
];

/// The words a question asks its attribute of: after "of" ("the motto *of Seoul National
/// University*"), after an ask of who hosted, attended, signed or adopted ("who hosted *the
/// 2023 World Scout Jamboree*", "host *university*", "which city hosted *Eurovision*"), or after
/// "when was" ("when was *the Helsinki Final Act* signed"); up to a meeting noun, a word of
/// [`PHRASE_ENDS`], or six words.
fn asked_of(words: &[String], attribute: MeetingAttribute, at: usize, length: usize) -> &[String] {
    let after = at + length;
    // "which Danish city hosted Eurovision 2014", "which leaders attended the 2012 Nuclear
    // Security Summit": the event is what follows the verb.
    let event_verb = |w: &String| {
        ["host", "organi", "chair", "convene", "attend", "held"]
            .iter()
            .any(|verb| w.starts_with(verb))
    };
    let next = words.get(after);
    // "which countries have hosted the Secretariat": a tense's helper comes between.
    let helped = next.is_some_and(|w| matches!(w.as_str(), "have" | "has" | "had" | "will"))
        && words.get(after + 1).is_some_and(event_verb);
    let hosting_what = matches!(
        attribute,
        MeetingAttribute::City
            | MeetingAttribute::Participants
            | MeetingAttribute::Host
            | MeetingAttribute::Chair
    ) && (next.is_some_and(event_verb) || helped);
    let after = after + usize::from(helped);
    let next = words.get(after);
    // "what year was Riga a European Capital of Culture?", "when was the Helsinki Final Act
    // signed?": when something was is asked of what follows.
    let when_was = matches!(attribute, MeetingAttribute::Year | MeetingAttribute::Dates)
        && next.is_some_and(|w| matches!(w.as_str(), "was" | "is" | "were"));
    let start = if next.is_some_and(|w| w == "of") || hosting_what || when_was {
        after + 1
    } else if (matches!(
        attribute,
        MeetingAttribute::Host
            | MeetingAttribute::Chair
            | MeetingAttribute::Signatories
            | MeetingAttribute::Outcome
    ) && !names_an_outcome(&words[at + length - 1]))
        || (attribute == MeetingAttribute::Participants
            && (words[at].starts_with("attend") || words[at].starts_with("invit")))
    {
        // Who hosted, attended or was invited to something: what follows is the event; who signed or adopted
        // something: the text ("which universities signed joint degree agreements"). Who
        // represented something says what for, not where ("represented their governments at the
        // Berlin meeting"); "signed off" is one verb.
        let particle = words
            .get(after)
            .is_some_and(|w| matches!(w.as_str(), "off" | "up" | "onto"));
        after + usize::from(particle)
    } else {
        return &[];
    };
    object_from(words, start)
}

/// Whether an ask word names what came out rather than doing it ("the decisions taken at
/// Hanoi", "the outcome"): what follows it is not what was adopted.
fn names_an_outcome(word: &str) -> bool {
    [
        "decision",
        "outcome",
        "output",
        "deliverable",
        "conclusion",
        "communique",
        "adoption",
        "signature",
    ]
    .iter()
    .any(|noun| word.starts_with(noun))
}

/// The words from `start` that an ask is said of: up to six, ending at a word that ends a
/// phrase or after a meeting noun.
fn object_from(words: &[String], start: usize) -> &[String] {
    let start = start.min(words.len());
    let mut end = start;
    while end < words.len() && end - start < 6 && !PHRASE_ENDS.contains(&words[end].as_str()) {
        end += 1;
        if is_meeting_noun(&words[end - 1]) {
            break;
        }
    }
    &words[start..end]
}

/// Whether an ask of `words` is said "of" a body a meeting's record names rather than of the
/// meeting ("what is the slogan of the Korean Ministry of Education?"): no fact of the meeting
/// answers it.
pub fn asks_of_an_organisation(corpus: &Corpus, words: &[String]) -> bool {
    // "which countries have hosted the ASEM Education Secretariat": what was hosted is a body.
    let hosted = |w: &str| {
        [
            "hosted",
            "organised",
            "organized",
            "chaired",
            "convened",
            "attended",
        ]
        .contains(&w)
    };
    (1..words.len()).any(|at| {
        ((words[at] == "of" && is_an_ask_word(corpus, &words[at - 1], true))
            || hosted(&words[at - 1]))
            && names_an_organisation(
                corpus,
                object_from(words, at + usize::from(words[at] == "of")),
            )
    })
}

/// [`asked_attribute`] among the attributes `considered` (one the question gives is left out).
fn asked_attribute_among(
    corpus: &Corpus,
    words: &[String],
    considered: impl Fn(MeetingAttribute) -> bool,
) -> Option<(MeetingAttribute, usize)> {
    let mut best: Option<(usize, std::cmp::Reverse<usize>, MeetingAttribute)> = None;
    for (attribute, phrases) in &corpus.meeting_questions.asks {
        if !considered(*attribute) {
            continue;
        }
        for phrase in phrases {
            for at in 0..words.len() {
                // "the meeting number two" names a meeting by its number; it does not ask it.
                let names_by_number = phrase.last().is_some_and(|w| w == "number")
                    && words
                        .get(at + phrase.len())
                        .is_some_and(|w| number_value(w).is_some());
                // "who came up with the term OER" asks who thought of it, not who came; "courses
                // anyone can sign up for" are enrolled in, not signed.
                let up = words.get(at + phrase.len()).is_some_and(|w| w == "up");
                let phrasal = up
                    && (*attribute == MeetingAttribute::Signatories
                        || words
                            .get(at + phrase.len() + 1)
                            .is_some_and(|w| w == "with"));
                let speakers_time = phrase.len() == 1 && speakers_time(words, at);
                // "which country's ministry was host": the country owns what is asked.
                let owner = phrase.len() == 1
                    && matches!(phrase[0].as_str(), "country" | "city")
                    && words.get(at + 1).is_some_and(|w| w == "s");
                // "the one themed around building an education area, where was it": the theme
                // said describes the meeting; it is not asked.
                // "Was ASEMME1 themed on education for tomorrow?", "was the latvia meeting
                // focused on results?": a theme said of a meeting named otherwise, whether it
                // was, puts the theme to the test.
                let describes = *attribute == MeetingAttribute::Theme
                    && phrase.len() == 1
                    && describes_by_theme(words, at)
                    && !puts_to_the_test(words);
                // "the summit that these education meetings came out of": the meetings came
                // from it; what it produced is not asked.
                let origin = *attribute == MeetingAttribute::Outcome
                    && phrase.get(1).is_some_and(|w| w == "out")
                    && at >= 1
                    && is_plural_meeting_noun(&words[at - 1]);
                if phrase_at(words, at, phrase)
                    && !names_by_number
                    && !origin
                    && !phrasal
                    && !speakers_time
                    && !owner
                    && !describes
                {
                    let candidate = (at, std::cmp::Reverse(phrase.len()), *attribute);
                    // Longer phrases win over shorter ones anywhere: "how many meetings" is a
                    // count, not a "when".
                    // Of two as long, one that opens with a question word asks; the other
                    // describes ("second asian host city after hanoi, what year was that
                    // meeting").
                    let better = match best {
                        None => true,
                        Some((b_at, b_len, _)) => {
                            let opens = |at: usize| opens_with_a_question_word(&words[at]);
                            let same_length = candidate.1 .0 == b_len.0;
                            (candidate.1 .0 > 1 && candidate.1 .0 > b_len.0)
                                || (same_length && candidate.1 .0 > 1 && opens(at) && !opens(b_at))
                                || (same_length
                                    && at < b_at
                                    && (candidate.1 .0 == 1 || opens(at) || !opens(b_at)))
                        }
                    };
                    if better {
                        best = Some(candidate);
                    }
                }
            }
        }
    }
    // "how many ASEM education ministers' meetings…" counts them as "how many meetings" does.
    if considered(MeetingAttribute::Count) {
        if let Some(at) = counted_meetings_at(words) {
            if best.is_none_or(|(b_at, b_len, _)| b_len.0 < 3 || at < b_at) {
                best = Some((at, std::cmp::Reverse(3), MeetingAttribute::Count));
            }
        }
    }
    // "which countries signed the Seoul Declaration?": "which countries" only says who is asked
    // about; the verb after it says what they did.
    if let Some((at, length, attribute)) = best {
        let after = at + length.0;
        let verb = match words.get(after).map(String::as_str) {
            Some("have" | "has" | "had" | "did" | "actually") => words.get(after + 1),
            _ => words.get(after),
        };
        // "which city hosted" still asks a city: only who took part is said this way.
        let opens_the_question = attribute == MeetingAttribute::Participants
            && matches!(words[at].as_str(), "which" | "what")
            && length.0 > 1;
        let told_by_verb = verb.filter(|_| opens_the_question).and_then(|verb| {
            asked_by_one_word(corpus, verb).find(|other| *other != attribute && considered(*other))
        });
        if let Some(other) = told_by_verb {
            return Some((other, 1));
        }
        // "which country hosted the sixth meeting?": a meeting's host is a country's government,
        // so the country asked for is who hosted ("which city hosted" still asks the city).
        let country_hosted = attribute == MeetingAttribute::City
            && matches!(
                words[after - 1].as_str(),
                "country" | "countries" | "nation"
            )
            && considered(MeetingAttribute::Host)
            && verb.is_some_and(|verb| {
                asked_by_one_word(corpus, verb).any(|other| other == MeetingAttribute::Host)
            });
        if country_hosted {
            return Some((MeetingAttribute::Host, 1));
        }
        // "which countries joined ASEM after 2017": belonging to a body is no meeting's record.
        let joined = verb.filter(|_| opens_the_question).is_some_and(|verb| {
            matches!(
                verb.as_str(),
                "join" | "joins" | "joined" | "left" | "leave" | "leaves" | "ratified" | "belong"
            )
        });
        if joined {
            return None;
        }
    }
    best.map(|(_, length, attribute)| (attribute, length.0))
}

/// The attributes one of whose `asks` is the single word `word` ("hosted" asks the host), in
/// the order `meetings.toml` lists them.
fn asked_by_one_word<'c>(
    corpus: &'c Corpus,
    word: &'c String,
) -> impl Iterator<Item = MeetingAttribute> + 'c {
    corpus
        .meeting_questions
        .asks
        .iter()
        .filter(move |(_, phrases)| {
            phrases
                .iter()
                .any(|p| p.len() == 1 && phrase_at(std::slice::from_ref(word), 0, p))
        })
        .map(|(attribute, _)| *attribute)
}

/// Whether `words` offer two places in the series to choose from: "the 3rd or the 4th", "the
/// third ministerial or the fourth", "ASEMME3 or the 4th", "number 2 or number 3", "ASEM6 or
/// ASEM5".
fn offers_numbers(words: &[String]) -> bool {
    let numbering = |w: &str| matches!(w, "number" | "no" | "nr" | "asemme" | "me" | "asem");
    // A place in the series: an ordinal, a number after a word that numbers, or a short name.
    let value = |w: &String, numbered: bool| {
        ordinal_value(w)
            .or_else(|| {
                numbered
                    .then(|| number_value(w).or_else(|| crate::text::roman_value(w)))
                    .flatten()
            })
            .or_else(|| {
                w.strip_prefix("asemme")
                    .or_else(|| w.strip_prefix("asem"))
                    .or_else(|| w.strip_prefix("me"))
                    .filter(|n| !n.is_empty())
                    .and_then(|n| n.parse::<u32>().ok())
            })
    };
    (0..words.len()).any(|at| {
        // The words that may stand between the first number and "or": the meeting's name ("the
        // third ASEM education ministers' meeting or the fourth").
        let mut or_at = at + 1;
        while or_at < words.len()
            && or_at <= at + 5
            && (is_meeting_noun(&words[or_at])
                || OWN_MEETING_WORDS.contains(&words[or_at].as_str()))
        {
            or_at += 1;
        }
        let mut next = or_at + 1;
        while words.get(next).is_some_and(|w| w == "the" || numbering(w)) {
            next += 1;
        }
        // "number 5 or 6": numbers after "number" are ordinals too, on both sides of "or".
        let numbered = at >= 1 && numbering(&words[at - 1]);
        let numbered_next = numbered || words.get(next - 1).is_some_and(|w| numbering(w));
        words.get(or_at).is_some_and(|w| w == "or")
            && value(&words[at], numbered).is_some()
            && words
                .get(next)
                .is_some_and(|w| value(w, numbered_next).is_some())
    })
}

/// Where "how many" asks for a number of meetings named with words of their own before the noun
/// ("how many ASEM education ministers' meetings").
fn counted_meetings_at(words: &[String]) -> Option<usize> {
    (0..words.len().saturating_sub(2)).find(|&at| {
        words[at] == "how"
            && words[at + 1] == "many"
            && words[at + 2..]
                .iter()
                .take(6)
                // "how many of these meetings…"
                .find(|w| {
                    !OWN_MEETING_WORDS.contains(&w.as_str())
                        && !matches!(w.as_str(), "of" | "these" | "those" | "the")
                })
                .is_some_and(|w| is_plural_meeting_noun(w))
    })
}

/// The declaration's own meeting: the one its document names.
fn current(corpus: &Corpus) -> Option<usize> {
    let named = &corpus.primary().meeting;
    corpus
        .meetings
        .iter()
        .position(|m| named.contains(&m.short))
        .or_else(|| {
            corpus
                .meetings
                .iter()
                .enumerate()
                .max_by_key(|(_, m)| m.year)
                .map(|(i, _)| i)
        })
}

fn find(corpus: &Corpus, kind: MeetingKind, number: u32) -> Target {
    match corpus
        .meetings
        .iter()
        .position(|m| m.kind == kind && m.number == number)
    {
        Some(index) => Target::Meeting(index),
        None => {
            let last = corpus
                .meetings
                .iter()
                .filter(|m| m.kind == kind)
                .map(|m| m.number)
                .max()
                .unwrap_or(0);
            if kind == MeetingKind::Ministerial && number > last {
                Target::Future {
                    number: Some(number),
                }
            } else {
                Target::Unmentioned { kind, number }
            }
        }
    }
}

/// `question` with the short name written apart and without a number ("the next ASEM ME",
/// "asem-me dates") written as one word, the way it is known: "ASEM" alone is the partnership.
fn short_name_joined(question: &str) -> String {
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let mut joined: Vec<String> = Vec::with_capacity(tokens.len());
    let bare = |t: &str| {
        t.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let mut at = 0;
    while at < tokens.len() {
        let word = bare(tokens[at]);
        let next = tokens.get(at + 1).map(|t| bare(t));
        if word == "asem-me" {
            joined.push(tokens[at].replacen('-', "", 1));
            at += 1;
        } else if word == "asem" && next.as_deref() == Some("me") {
            // Keep what ends the second word ("ME?").
            let tail: String = tokens[at + 1].chars().skip(2).collect();
            joined.push(format!("ASEMME{tail}"));
            at += 2;
        } else {
            joined.push(tokens[at].to_string());
            at += 1;
        }
    }
    joined.join(" ")
}

/// What follows the speaker's "I" ("I think", "I'd", "i keep seeing"), never a meeting's
/// number.
const SPEAKER_VERBS: &[&str] = &[
    "think", "thought", "mean", "know", "knew", "am", "m", "believe", "guess", "read", "heard",
    "saw", "see", "remember", "recall", "need", "want", "would", "d", "ll", "ve", "can", "could",
    "should", "will", "did", "do", "dont", "didnt", "just", "also", "still", "have", "had", "keep",
    "found", "noticed", "assume", "suppose", "reckon", "feel", "wonder", "wondered", "might",
    "may", "must", "got", "get", "looked", "checked", "only", "really", "always", "never", "wrote",
    "have", "forgot", "like", "love", "hope", "said", "say", "asked", "ask", "am", "was", "cant",
    "wont", "im", "ive", "id",
];

/// `ASEMME3`, `asemme 3`.
fn short_names(corpus: &Corpus, words: &[String]) -> Vec<(Clue, Target)> {
    let mut found = Vec::new();
    for (i, word) in words.iter().enumerate() {
        // "ASEM ME 3", "asem me3", "ASEM-ME3" are written as one name.
        let (joined, after) = match words.get(i + 1) {
            Some(next) if word == "asem" && next.starts_with("me") => {
                (format!("asem{next}"), i + 2)
            }
            // "ME4": the short name without "ASEM", only with its number run together.
            _ if word.len() > 2
                && word.starts_with("me")
                && word[2..]
                    .trim_start_matches('-')
                    .bytes()
                    .all(|b| b.is_ascii_digit()) =>
            {
                (format!("asem{word}"), i + 1)
            }
            // "a sem m e four" (dictated): letters and pieces that spell the short name.
            _ if "asemme".starts_with(word.as_str()) && word.len() < 6 => {
                let mut joined = word.clone();
                let mut after = i + 1;
                while joined.len() < 6 {
                    match words.get(after) {
                        Some(next) if "asemme"[joined.len()..].starts_with(next.as_str()) => {
                            joined.push_str(next);
                            after += 1;
                        }
                        _ => break,
                    }
                }
                (joined, after)
            }
            _ => (word.replacen("asem-me", "asemme", 1), i + 1),
        };
        let Some(rest) = joined.strip_prefix("asemme") else {
            continue;
        };
        // "ASEMME III", "asemme-iv": numbered in Roman numerals too; a lone "I" is one only when
        // it is not the speaker ("asemme i think was in Hanoi").
        let roman = |w: &str| crate::text::roman_value(w).or_else(|| (w == "i").then_some(1));
        // "a sem me number four", "asemme no. 4".
        let after = if rest.is_empty()
            && words
                .get(after)
                .is_some_and(|w| matches!(w.as_str(), "number" | "no" | "nr"))
        {
            after + 1
        } else {
            after
        };
        let number = if rest.is_empty() {
            // "ASEMME? 100? 200?" counts people: a meeting's number is small.
            words
                .get(after)
                .filter(|w| number_value(w).is_none_or(|n| n <= 50))
                .and_then(|w| {
                    // "ASEMME I focus?", "ASEMME I host city?", not "asemme = ? i keep seeing it".
                    // "Where was ASEMME I held?", "ASEMME I, what was it about?": an "I" is the
                    // speaker's only before what a speaker does ("asemme i think was in Hanoi").
                    let numeral = w != "i"
                        || words.get(after + 1).is_none_or(|next| {
                            let then = words.get(after + 2).map(String::as_str);
                            match next.as_str() {
                                "was" => matches!(
                                    then,
                                    Some("which" | "held" | "hosted" | "about" | "number" | "the")
                                ),
                                "take" | "took" => then == Some("place"),
                                _ => !SPEAKER_VERBS.contains(&next.as_str()),
                            }
                        });
                    number_value(w).or_else(|| roman(w).filter(|_| numeral))
                })
        } else {
            let rest = rest.trim_start_matches('-');
            // "ASEMME3s theme": a possessive without its apostrophe.
            let rest = rest
                .strip_suffix('s')
                .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
                .unwrap_or(rest);
            number_value(rest).or_else(|| roman(rest))
        };
        if let Some(number) = number {
            found.push((
                Clue::ShortName,
                find(corpus, MeetingKind::Ministerial, number),
            ));
        }
    }
    found
}

/// "the third meeting", "3rd ASEMME", "meeting number three", "the 6th ASEM Summit".
fn ordinals(corpus: &Corpus, words: &[String]) -> Vec<(Clue, Target)> {
    let mut found = Vec::new();
    for (i, word) in words.iter().enumerate() {
        // "where did the ministers meeting series start?": a series starts with its first.
        let series_start = matches!(word.as_str(), "series" | "process")
            && i >= 1
            && (is_meeting_noun(&words[i - 1]) || words[i - 1].starts_with("minister"))
            && words[i + 1..(i + 3).min(words.len())].iter().any(|w| {
                ["start", "began", "begin", "kick", "commenc"]
                    .iter()
                    .any(|verb| w.starts_with(verb))
            });
        if series_start {
            found.push((Clue::Ordinal, find(corpus, MeetingKind::Ministerial, 1)));
            continue;
        }
        // "the inaugural meeting", "the debut gathering": the first.
        let ordinal =
            ordinal_value(word).or_else(|| FIRST_WORDS.contains(&word.as_str()).then_some(1));
        let after_number = i >= 1 && matches!(words[i - 1].as_str(), "number" | "no" | "nr");
        // "ASEM Summit 12", "meeting 3": a number after the noun.
        let after_noun = i >= 1 && matches!(words[i - 1].as_str(), "summit" | "meeting");
        // A meeting's number, not a headcount ("the seoul meeting? 100? 200?").
        let Some(number) = ordinal.or_else(|| {
            (after_number || after_noun)
                .then(|| number_value(word))
                .flatten()
                .filter(|&n| n < 50)
        }) else {
            continue;
        };
        // The noun the ordinal belongs to: the next few words ("the 3rd ASEM education
        // ministers' meeting", "no. 3 of the education ministers meetings"), or the words before
        // "number".
        let before = words[i.saturating_sub(3)..i].iter();
        let after = words[i + 1..(i + 7).min(words.len())].iter();
        let window: Vec<&String> = if after_noun {
            words[i - 1..i].iter().collect()
        } else if after_number && before.clone().any(|w| is_meeting_noun(w)) {
            // "where was meeting number four held?": nearest first.
            before
                .rev()
                .filter(|w| !matches!(w.as_str(), "number" | "no" | "nr"))
                .collect()
        } else {
            after.collect()
        };
        let mut kind = None;
        for (j, &w) in window.iter().enumerate() {
            // "2nd ASEM ME": the short name written apart is the meeting noun.
            let asem_me = w.as_str() == "me" && j >= 1 && window[j - 1].as_str() == "asem";
            if asem_me {
                kind = Some(MeetingKind::Ministerial);
                break;
            }
            if is_summit_noun(w) {
                kind = Some(MeetingKind::Summit);
                break;
            }
            // "where did the education ministers first get together?", "…get together for the
            // very first time?"
            let first_time = w == "time"
                && words
                    .iter()
                    .any(|x| matches!(x.as_str(), "ministers" | "minister") || is_meeting_noun(x));
            // "the 4th in the series"; "Berlin was #1, where did #2 happen": what a meeting does.
            let series = matches!(w.as_str(), "series" | "sequence")
                || (matches!(
                    w.as_str(),
                    "happen" | "happened" | "held" | "hosted" | "took"
                ) && after_number
                    && words.iter().any(|x| {
                        is_a_meetings_place(corpus, x)
                            || is_meeting_noun(x)
                            || matches!(x.as_str(), "ministers" | "ministerial")
                    }))
                // "what was no. 4 about?": a paragraph is about something now, a meeting was.
                || (w == "about" && after_number && words.iter().any(|x| x == "was"));
            if is_meeting_noun(w) || w == "together" || first_time || series {
                kind = Some(MeetingKind::Ministerial);
                break;
            }
            // An ordinal of something else: "the 4th Industrial Revolution".
            if ![
                "asem",
                "education",
                "educational",
                "edu",
                "ed",
                "get",
                "got",
                "ministers",
                "minister",
                "ministerial",
                "of",
                "the",
                "in",
                // "the first ever ASEMME".
                "ever",
            ]
            .contains(&w.as_str())
            {
                break;
            }
        }
        // "the first ASEMME after Hanoi" counts from Hanoi: the relative clue names it.
        let counted_from = words[i + 1..(i + 5).min(words.len())]
            .iter()
            .any(|w| AFTER_WORDS.contains(&w.as_str()) || w == "before" || w == "b4");
        // "the 'Shaping an ASEM Education Area' one was the 4th, wasn't it?": a number put
        // forward for the meeting spoken of before it.
        // Not when it is counted from another ("the last meeting before Seoul, was it the 5th?"):
        // then the number checks the meeting counted to.
        let counts_from_another = words.iter().any(|w| {
            AFTER_WORDS.contains(&w.as_str())
                || FUTURE_WORDS.contains(&w.as_str())
                || matches!(
                    w.as_str(),
                    "before" | "b4" | "last" | "previous" | "preceding" | "preceded" | "prior"
                )
        });
        let put_forward = !counts_from_another && put_forward_at(words, i);
        let kind = kind.or_else(|| {
            let spoken_of = &words[..i];
            if !put_forward {
                None
            } else if spoken_of.iter().any(|w| is_summit_noun(w)) {
                Some(MeetingKind::Summit)
            } else if spoken_of.iter().any(|w| is_meeting_noun(w)) {
                Some(MeetingKind::Ministerial)
            } else {
                // "was Riga the 4th?": a meeting's place said to be a number is that meeting.
                cities(corpus, spoken_of)
                    .into_iter()
                    .find_map(|(_, target)| match target {
                        Target::Meeting(index) => Some(corpus.meetings[index].kind),
                        _ => None,
                    })
            }
        });
        if let Some(kind) = kind.filter(|_| !counted_from) {
            found.push((Clue::Ordinal, find(corpus, kind, number)));
        }
    }
    found
}

/// "whats the ninth one about": an ordinal "one", in a question that names no meeting otherwise,
/// numbered beyond the meeting after the declaration's own, can only be a paragraph; its number.
pub fn ordinal_one_beyond_meetings(corpus: &Corpus, question: &str) -> Option<u32> {
    let words = words(question);
    let next = corpus.meetings[current(corpus)?].number + 1;
    let other_noun = words.iter().any(|w| w != "one" && is_meeting_noun(w))
        || words
            .iter()
            .any(|w| matches!(w.as_str(), "ministers" | "minister" | "asem"));
    if other_noun {
        return None;
    }
    (1..words.len()).find_map(|at| {
        (words[at] == "one")
            .then(|| ordinal_value(&words[at - 1]))
            .flatten()
            .filter(|&n| n > next)
    })
}

/// The one sentence of a longer message that asks (ends with the message's only "?"), if the
/// message has more than that sentence, with what comes before and after it.
fn asking_sentence(message: &str) -> Option<(&str, &str, &str)> {
    // "What about Hanoi??" ends with one mark, typed twice.
    let marks = message
        .char_indices()
        .filter(|&(i, c)| c == '?' && !message[..i].ends_with('?'))
        .count();
    if marks != 1 {
        return None;
    }
    let mark = message.find('?')?;
    let ends_sentence = |(i, c): (usize, char)| {
        matches!(c, '.' | '!' | '?' | '…')
            && message[i + c.len_utf8()..]
                .chars()
                .next()
                .is_some_and(char::is_whitespace)
    };
    let start = message[..mark]
        .char_indices()
        .rev()
        .find(|&(i, c)| ends_sentence((i, c)))
        .map_or(0, |(i, c)| i + c.len_utf8());
    // "Riga was 2015, so on which exact days in 2017 did the Seoul meeting take place?": what
    // follows ", so" asks; what comes before it is said.
    let start = message[start..mark]
        .rfind(", so ")
        .map_or(start, |at| start + at + ", so ".len());
    let sentence = message[start..=mark].trim();
    let rest = message[..start].trim().len() + message[mark + 1..].trim().len();
    (rest > 0 && !sentence.is_empty()).then_some((
        &message[..start],
        sentence,
        &message[mark + 1..],
    ))
}

/// Whether the ordinal at `at` is a number put forward ("…was the 4th, wasn't it?") rather than
/// one that names a meeting.
fn put_forward_at(words: &[String], at: usize) -> bool {
    // "was Riga the 4th?": a yes-or-no question puts the number to what it opens with.
    let opens_yes_or_no = at >= 3 && matches!(words[0].as_str(), "was" | "is");
    at >= 2
        && words[at - 1] == "the"
        && (opens_yes_or_no
            || matches!(words[at - 2].as_str(), "was" | "is" | "it" | "that" | "be"))
}

/// "the ASEM Summit" without a number: the one summit the timeline has, if it has one.
fn summit(corpus: &Corpus, words: &[String], named: &[(Clue, Target)]) -> Vec<(Clue, Target)> {
    // "the summit of education ministers that issued this": a summit of ministers is their
    // meeting, not the leaders' ASEM Summit.
    let ministers = |from: usize, to: usize| {
        words[from..to.min(words.len())]
            .iter()
            .any(|w| w.starts_with("minister"))
    };
    let of_ministers = |at: usize| {
        ministers(at.saturating_sub(2), at)
            || (words.get(at + 1).is_some_and(|w| w == "of") && ministers(at + 2, at + 5))
    };
    let said = (0..words.len())
        .any(|at| is_summit_noun(&words[at]) && !of_ministers(at) && !still_to_come(words, at))
        && !other_summit(words);
    let numbered = named.iter().any(|(c, _)| *c == Clue::Ordinal);
    // "the 2018 ASEM Summit in Brussels" is another summit than the one the timeline has; "the
    // leaders' summit…, was that in 2008 or earlier?" puts a year to the test of the one it has.
    let put_to_the_test = |at: usize| {
        let before = at.checked_sub(1).map(|i| words[i].as_str());
        let after = words.get(at + 1).map(String::as_str);
        matches!(before, Some("was" | "that" | "it" | "not"))
            || (before == Some("in")
                && at >= 2
                && matches!(words[at - 2].as_str(), "was" | "that" | "it" | "not"))
            || matches!(
                after,
                Some("or" | "right" | "correct" | "true" | "isnt" | "wasnt")
            )
    };
    let other_year = |only: usize| {
        words.iter().enumerate().any(|(at, w)| {
            w.len() == 4
                && w.parse::<u32>()
                    .is_ok_and(|y| (1990..2100).contains(&y) && y != corpus.meetings[only].year)
                && !put_to_the_test(at)
        })
    };
    match only_summit(corpus) {
        Some(only) if said && !numbered && !other_year(only) => {
            vec![(Clue::ShortName, Target::Meeting(only))]
        }
        _ => Vec::new(),
    }
}

/// Whether `object`, what an ask is said of, names one of the bodies a meeting's record names
/// (its host, those who took part) and no meeting: "which country chaired *ASEAN*", "the slogan of
/// *the Korean Ministry of Education*" ask of the body, not of the meeting it hosted or attended.
fn names_an_organisation(corpus: &Corpus, object: &[String]) -> bool {
    !object.iter().any(|w| is_meeting_noun(w)) && {
        let bodies = organisation_words(corpus);
        object.iter().any(|w| bodies.contains(w))
    }
}

/// The words, folded, of the bodies named in the quotes of the meetings' host and participants
/// facts ("Ministry", "Secretariat", "Union", "ASEAN"): those capitalised there that name no
/// meeting, place or region.
pub(crate) fn organisation_words(corpus: &Corpus) -> std::collections::HashSet<String> {
    let stop = crate::search::StopWords::new(&corpus.stop_words);
    let naming: std::collections::HashSet<String> = meetings_naming_words(corpus)
        .chain(
            corpus
                .meetings
                .iter()
                .flat_map(|m| m.region.iter().flat_map(|r| crate::text::words(r))),
        )
        .collect();
    corpus
        .meetings
        .iter()
        .flat_map(|m| &m.facts)
        .filter(|(attribute, _)| {
            matches!(
                attribute,
                MeetingAttribute::Host | MeetingAttribute::Participants
            )
        })
        .flat_map(|(_, fact)| corpus.facts[*fact].quote.split_whitespace())
        .filter(|typed| typed.chars().next().is_some_and(char::is_uppercase))
        .flat_map(crate::text::words)
        .filter(|w| !stop.contains(w) && !naming.contains(w))
        .collect()
}

/// Whether `word` is a number no meeting's record uses (its year, its number, the numbers its
/// facts quote): "the theme of Hanoi's *1000*-year anniversary" is not the meeting's theme.
fn is_a_number_of_no_record(corpus: &Corpus, word: &str) -> bool {
    if word.is_empty() || !word.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let value = word.trim_start_matches('0');
    let recorded = corpus
        .meetings
        .iter()
        .any(|m| value == m.year.to_string() || value == m.number.to_string())
        || corpus.facts.iter().any(|f| {
            f.quote
                .split(|c: char| !c.is_ascii_digit())
                .any(|n| !n.is_empty() && n.trim_start_matches('0') == value)
        });
    !recorded
}

/// The content words of every meeting's theme: words that name a meeting by its theme.
fn every_theme_word(corpus: &Corpus) -> impl Iterator<Item = String> + '_ {
    // "strategising" names the meeting of "Strategizing ASEM Education Collaboration" too.
    corpus
        .meetings
        .iter()
        .flat_map(|m| theme_words(&m.theme))
        .flat_map(|w| {
            let key = spelling_key(&w);
            [w, key]
        })
}

/// Content words of a theme (folded), without the words every theme shares.
fn theme_words(theme: &str) -> Vec<String> {
    const COMMON: &[&str] = &[
        "asem",
        "asia",
        "europe",
        "education",
        "and",
        "for",
        "the",
        "from",
        "of",
        "in",
        "an",
        "a",
        "to",
    ];
    words(theme)
        .into_iter()
        .filter(|w| w.len() > 2 && !COMMON.contains(&w.as_str()))
        .collect()
}

/// Two or more words of one meeting's theme, at least one of them in no other theme.
/// The most words of `theme` that stand in a row in `words`.
fn longest_run(theme: &[String], words: &[String]) -> usize {
    let mut longest = 0;
    for start in 0..words.len() {
        for from in 0..theme.len() {
            let run = words[start..]
                .iter()
                .zip(&theme[from..])
                .take_while(|(a, b)| a == b)
                .count();
            longest = longest.max(run);
        }
    }
    longest
}

/// `question` with years written short ("the '11 meeting", "in ’09") or in words ("two thousand
/// fifteen", "twenty thirteen") written out.
fn with_full_years(question: &str) -> String {
    let question = years_in_words(&with_meeting_spellings(&with_numeral_ones(question)));
    let question = question.as_str();
    let chars: Vec<char> = question.chars().collect();
    let mut out = String::with_capacity(question.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        let short_year = matches!(c, '\'' | '’' | '‘')
            && (i == 0 || !chars[i - 1].is_alphanumeric())
            && chars.get(i + 1).is_some_and(char::is_ascii_digit)
            && chars.get(i + 2).is_some_and(char::is_ascii_digit)
            && !chars.get(i + 3).is_some_and(|c| c.is_alphanumeric());
        if short_year {
            let tens = chars[i + 1].to_digit(10).unwrap_or_default();
            out.push_str(if tens <= 5 { "20" } else { "19" });
        } else {
            out.push(c);
        }
    }
    out
}

/// `question` with the short name as it is spelt ("asemm3" → "asemme3") and a number after "#"
/// said as one ("where did #2 happen" → "number 2").
fn with_meeting_spellings(question: &str) -> String {
    let tokens: Vec<&str> = question.split(' ').collect();
    tokens
        .iter()
        .enumerate()
        .map(|(at, token)| {
            let lower = token.to_lowercase();
            // "ASEMME #6 took place on…": the mark only numbers the name before it.
            let after_a_name = at >= 1 && {
                let before = tokens[at - 1].to_lowercase();
                before.starts_with("asemme") || matches!(before.as_str(), "asem" | "me")
            };
            if lower.starts_with("asemm") && !lower.starts_with("asemme") {
                format!("{}e{}", &token[..5], &token[5..])
            } else if token.len() > 1
                && token.starts_with('#')
                && token[1..].starts_with(|c: char| c.is_ascii_digit())
            {
                if after_a_name {
                    token[1..].to_string()
                } else {
                    format!("number {}", &token[1..])
                }
            } else {
                token.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `question` with "one" before a thing counted ("one semester or a full year?") said as "single":
/// a number of something else, not "the one" meeting.
fn with_numeral_ones(question: &str) -> String {
    const COUNTED: &[&str] = &[
        "semester",
        "semesters",
        "term",
        "trimester",
        "quarter",
        "course",
        "module",
        "class",
        "country",
        "student",
        "person",
        "university",
        "institution",
        "programme",
        "program",
        "scholarship",
        "exchange",
        "degree",
        "credit",
        "thing",
        "question",
        "page",
        "sentence",
        "word",
        "line",
    ];
    let tokens: Vec<&str> = question.split(' ').collect();
    let fold = |t: &str| crate::text::fold(t.trim_matches(|c: char| !c.is_alphanumeric()));
    tokens
        .iter()
        .enumerate()
        .map(|(at, token)| {
            let counted = fold(token) == "one"
                && !token.ends_with([',', '.', '?', '!', ';', ':'])
                && tokens
                    .get(at + 1)
                    .is_some_and(|next| COUNTED.contains(&fold(next).as_str()));
            if counted {
                "single".to_string()
            } else {
                token.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "two thousand (and) fifteen" and "twenty fifteen" as digits; "twenty five" stays a number.
fn years_in_words(question: &str) -> String {
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let folded: Vec<String> = tokens
        .iter()
        .map(|t| crate::text::fold(t.trim_matches(|c: char| !c.is_alphanumeric())))
        .collect();
    let mut out: Vec<String> = Vec::with_capacity(tokens.len());
    let mut at = 0;
    while at < tokens.len() {
        let word = |i: usize| folded.get(i).map(String::as_str);
        let year = match (word(at), word(at + 1)) {
            (Some("two"), Some("thousand")) => {
                let n = if word(at + 2) == Some("and") {
                    at + 3
                } else {
                    at + 2
                };
                word(n)
                    .and_then(crate::text::number_value)
                    .filter(|&y| y < 100)
                    .map(|y| (2000 + y, n + 1))
            }
            (Some("twenty"), Some(next)) => crate::text::number_value(next)
                .filter(|y| (10..20).contains(y) && crate::text::ordinal_value(next).is_none())
                .map(|y| (2000 + y, at + 2)),
            _ => None,
        };
        match year {
            Some((year, next)) => {
                // Keep what closed the last word ("fifteen?").
                let tail: String = tokens[next - 1]
                    .chars()
                    .rev()
                    .take_while(|c| !c.is_alphanumeric())
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                out.push(format!("{year}{tail}"));
                at = next;
            }
            None => {
                out.push(tokens[at].to_string());
                at += 1;
            }
        }
    }
    out.join(" ")
}

fn themes(corpus: &Corpus, words: &[String]) -> Vec<(Clue, Target)> {
    let all: Vec<Vec<String>> = corpus
        .meetings
        .iter()
        .map(|m| {
            theme_words(&m.theme)
                .iter()
                .map(|w| spelling_key(w))
                .collect()
        })
        .collect();
    // "the higher-education best-practice meeting", "the results-themed one".
    let words: Vec<String> = words
        .iter()
        .flat_map(|w| w.split('-').map(str::to_string).collect::<Vec<_>>())
        .filter(|w| !w.is_empty())
        .map(|w| spelling_key(&w))
        .collect();
    // "the 'Common Perspectives in Asia and Europe' meeting": a theme quoted at length names its
    // meeting even when its telling words are shared with another theme.
    let runs: Vec<usize> = corpus
        .meetings
        .iter()
        .map(|m| {
            let theme: Vec<String> = crate::text::words(&m.theme)
                .iter()
                .map(|w| spelling_key(w))
                .collect();
            longest_run(&theme, &words)
        })
        .collect();
    if let Some(longest) = runs.iter().copied().max().filter(|&n| n >= 4) {
        if runs.iter().filter(|&&n| n == longest).count() == 1 {
            let index = runs.iter().position(|&n| n == longest).unwrap_or_default();
            return vec![(Clue::Theme, Target::Meeting(index))];
        }
    }
    let mut best: Option<(usize, usize)> = None;
    for (index, own) in all.iter().enumerate() {
        if own.is_empty() {
            continue;
        }
        let matched: Vec<&String> = own.iter().filter(|w| words.contains(w)).collect();
        let distinctive_word = |w: &String| {
            all.iter()
                .enumerate()
                .all(|(j, o)| j == index || !o.contains(w))
        };
        let distinctive = matched.iter().any(|w| distinctive_word(w));
        // One word of a theme is enough where the question calls it the theme: "results-themed",
        // or names the meeting by it: "the 'for results' one".
        let called_theme = words.windows(2).any(|pair| {
            own.contains(&pair[0])
                && distinctive_word(&pair[0])
                && matches!(
                    pair[1].as_str(),
                    "themed" | "theme" | "focused" | "one" | "meeting" | "ministerial"
                )
        });
        // "the one themed around building a shared education area", "the meeting focused on
        // getting results": what follows a word that calls it the theme paraphrases the theme.
        let described_by_theme = words.iter().enumerate().any(|(at, word)| {
            THEME_CALLING.contains(&word.as_str())
                && words[at + 1..]
                    .iter()
                    .take(6)
                    .any(|w| own.contains(w) && distinctive_word(w))
        });
        let enough = (matched.len() >= 2 && distinctive) || called_theme || described_by_theme;
        if enough && best.is_none_or(|(n, _)| matched.len() > n) {
            best = Some((matched.len(), index));
        }
    }
    best.map(|(_, index)| vec![(Clue::Theme, Target::Meeting(index))])
        .unwrap_or_default()
}

/// Where a question tells a meeting's theme in other words than the record's ("which meeting was
/// about building a shared asia-europe education space", "the one focused on drawing up a
/// strategy, where was it held"): the byte range of those words in `question`, when it names no
/// theme in the record's words. Which theme they tell is a matter of meaning, not words.
pub fn theme_told_otherwise(corpus: &Corpus, question: &str) -> Option<std::ops::Range<usize>> {
    // The question folded, with where each folded byte came from in it: folding may change a
    // character's length ("what’s", "Hà Nội"), and the range found is the question's own.
    let mut folded = String::with_capacity(question.len());
    let mut origin: Vec<usize> = Vec::with_capacity(question.len() + 1);
    for (at, ch) in question.char_indices() {
        folded.push_str(&crate::text::fold(ch.encode_utf8(&mut [0; 4])));
        origin.resize(folded.len(), at);
    }
    origin.push(question.len());
    let mut spans: Vec<std::ops::Range<usize>> = Vec::new();
    crate::text::for_each_word_span(&folded, |span| spans.push(span));
    let words: Vec<String> = spans
        .iter()
        .map(|r| folded[r.clone()].to_string())
        .collect();
    if !themes(corpus, &words).is_empty() {
        return None;
    }
    // "the strategy-focused ministers' meeting": a theme told in a compound before the meeting.
    let compound = (0..words.len()).find_map(|at| {
        let (told, calling) = words[at].rsplit_once('-')?;
        let calls = THEME_CALLING.contains(&calling) || matches!(calling, "oriented" | "driven");
        let of_a_meeting = words[at + 1..(at + 4).min(words.len())]
            .iter()
            .any(|w| is_meeting_noun(w) || w == "one");
        (calls && of_a_meeting && told.len() >= 3).then_some(at)
    });
    if let Some(at) = compound {
        return Some(origin[spans[at].start]..origin[spans[at].end]);
    }
    let copula = |w: &str| matches!(w, "was" | "is" | "were");
    let spoken_of = |at: usize| {
        words[at.saturating_sub(6)..at]
            .iter()
            .any(|w| is_meeting_noun(w) || w == "one")
    };
    // "meeting (that was) (all) about …", "the one about …"; "themed on …", "focused on …".
    let from = (1..words.len()).find_map(|at| {
        if words[at] == "about" && spoken_of(at) {
            let before = words[at - 1].as_str();
            let claimed = copula(before)
                || is_meeting_noun(before)
                || before == "one"
                || (at >= 2
                    && copula(&words[at - 2])
                    && matches!(before, "all" | "mainly" | "mostly" | "largely" | "really"));
            return claimed.then_some(at + 1);
        }
        // "the meeting on building a common education area": a meeting's topic after "on";
        // not its day ("the meeting on 21 November", "on the 22nd"), nor of a meeting named
        // before ("the Seoul meeting on lifelong learning") or of meetings in the plural.
        if words[at] == "on"
            && is_meeting_noun(&words[at - 1])
            && !words[at - 1].ends_with('s')
            && named_meetings(corpus, &words[..at]).is_empty()
        {
            let next = words[at + 1..]
                .iter()
                .find(|w| !matches!(w.as_str(), "the" | "a"));
            let a_day = next.is_none_or(|w| {
                w.chars().next().is_some_and(|c| c.is_ascii_digit())
                    || MONTHS.contains(&w.as_str())
                    || ordinal_value(w).is_some()
            });
            return (!a_day).then_some(at + 1);
        }
        (describes_by_theme(&words, at) && spoken_of(at)).then_some(at + 2)
    })?;
    // Up to the end of its clause, or a word that asks something else.
    let mut to = from;
    while to < words.len() {
        let w = words[to].as_str();
        let asks = matches!(
            w,
            "where" | "when" | "what" | "which" | "who" | "held" | "right" | "correct" | "true"
        ) || (w == "and"
            && words.get(to + 1).is_some_and(|next| {
                matches!(
                    next.as_str(),
                    "where" | "when" | "what" | "which" | "who" | "how" | "was" | "is"
                )
            }));
        // A dash folds to "-": between words set apart ("strategy — was that KL?"), it ends
        // the clause too.
        let between = &folded[spans[to.max(1) - 1].end..spans[to].start];
        if asks
            || (to > from
                && (between.contains([',', '?', '.', '!', ';', ':', '(', '—', '–'])
                    || between.trim() == "-"))
        {
            break;
        }
        to += 1;
    }
    let told = &words[from..to];
    let content = told
        .iter()
        .filter(|w| {
            !matches!(
                w.as_str(),
                "a" | "an" | "the" | "of" | "on" | "and" | "for" | "in" | "to"
            )
        })
        .count();
    let pointing = told
        .first()
        .is_some_and(|w| matches!(w.as_str(), "it" | "that" | "this" | "what" | "which"));
    (content >= 2 && !pointing).then(|| origin[spans[from].start]..origin[spans[to - 1].end])
}

/// Words that call what follows a meeting's theme ("themed around", "focused on").
const THEME_CALLING: &[&str] = &[
    "themed",
    "focused",
    "focussed",
    "focusing",
    "centred",
    "centered",
    "devoted",
    "dedicated",
];

/// Whether `words` ask only whether something holds ("was the Riga one focused on results?"),
/// no question word asking for anything else.
fn puts_to_the_test(words: &[String]) -> bool {
    words
        .iter()
        .find(|w| !w.is_empty())
        .is_some_and(|w| matches!(w.as_str(), "was" | "is" | "were" | "did"))
        && !words.iter().any(|w| {
            matches!(
                w.as_str(),
                "what" | "which" | "where" | "when" | "who" | "how" | "whats"
            )
        })
}

/// Whether the word at `at` calls what follows it a meeting's theme ("focused on getting
/// results"), rather than asking it ("what was it focused on?", "focused on what?").
fn describes_by_theme(words: &[String], at: usize) -> bool {
    THEME_CALLING.contains(&words[at].as_str())
        && words
            .get(at + 1)
            .is_some_and(|w| matches!(w.as_str(), "on" | "upon" | "around" | "about" | "to"))
        && words.get(at + 2).is_some_and(|w| {
            !matches!(
                w.as_str(),
                "what" | "which" | "in" | "at" | "during" | "and" | "when" | "where"
            )
        })
}

/// A word folded so that British and American spellings meet ("strategising", "strategizing";
/// "fulfilment", "fulfillment").
fn spelling_key(word: &str) -> String {
    word.replace("iz", "is").replace("ll", "l")
}

/// The meetings whose city a question names, or (when it speaks of a meeting: "the Danish
/// meeting", not "a university in Vietnam") another name of its place.
fn cities(corpus: &Corpus, words: &[String]) -> Vec<(Clue, Target)> {
    // "Hà Nội" folds to "ha noi": a one-word city may be written in two.
    let joined: Vec<String> = words
        .windows(2)
        .map(|w| format!("{}{}", w[0], w[1]))
        .collect();
    // "whats the Copenhagens theme": a possessive typed without its apostrophe.
    let possessive = |name: &[String]| {
        let mut name = name.to_vec();
        if let Some(last) = name.last_mut() {
            last.push('s');
        }
        name
    };
    let says = |name: &String| {
        let name: Vec<String> = crate::text::words(name);
        !name.is_empty()
            && ((0..words.len())
                .any(|at| phrase_at(words, at, &name) || phrase_at(words, at, &possessive(&name)))
                || (name.len() == 1 && joined.contains(&name[0])))
    };
    let by_city: Vec<(Clue, Target)> = corpus
        .meetings
        .iter()
        .enumerate()
        // "CPH = 2012 right??": a city's abbreviation ("KL", "CPH", written in capitals in the
        // data) stands for the city.
        .filter(|(_, meeting)| {
            says(&meeting.city)
                || meeting.place_names.iter().any(|name| {
                    name.len() <= 3 && name.chars().all(|c| c.is_ascii_uppercase()) && says(name)
                })
        })
        .map(|(index, _)| (Clue::City, Target::Meeting(index)))
        .collect();
    // Another name of a place names a meeting only right beside a meeting noun ("the Danish
    // meeting", "the one in Latvia", "the one between KL and Seoul"); elsewhere it may be what is
    // asked ("did Korea host the 2015 meeting?").
    // "what was KL's theme": a place's own record asked of it.
    let owns_record = |after: &[String]| {
        let after = match after.first().map(String::as_str) {
            Some("s") => &after[1..],
            _ => after,
        };
        after
            .first()
            .is_some_and(|w| matches!(w.as_str(), "theme" | "motto" | "slogan" | "dates" | "host"))
    };
    // "what was the theme in denmark": the record said of the place.
    let record_in = |at: usize| {
        at >= 2
            && words[at - 1] == "in"
            && matches!(
                words[at - 2].as_str(),
                "theme" | "motto" | "slogan" | "dates" | "host"
            )
    };
    let beside_meeting = |name: &String| {
        let name: Vec<String> = crate::text::words(name);
        (0..words.len()).any(|at| {
            phrase_at(words, at, &name)
                && (words[at.saturating_sub(3)..(at + name.len() + 2).min(words.len())]
                    .iter()
                    .any(|w| is_meeting_noun(w))
                    || owns_record(&words[(at + name.len()).min(words.len())..])
                    || record_in(at))
        })
    };
    // "When did Latvia have the ministers over?", "KL: year of the ministers' meeting?": in a
    // question about the ministers' meetings, the place anywhere in it is where (it names a
    // meeting only when nothing else does).
    let ministers_named = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "ministers" | "minister" | "ministerial" | "host" | "hosts" | "hosted" | "hosting"
        ) || (w != "one" && is_meeting_noun(w))
    });
    // "the Korean ministry of education", "a Danish university": the place's adjective says whose
    // the body is, not where a meeting was.
    let says_as_place = |name: &String| {
        let name: Vec<String> = crate::text::words(name);
        (0..words.len()).any(|at| {
            phrase_at(words, at, &name)
                && !words.get(at + name.len()).is_some_and(|next| {
                    matches!(
                        next.as_str(),
                        "ministry"
                            | "ministries"
                            | "government"
                            | "university"
                            | "universities"
                            | "minister"
                            | "ministers"
                            | "delegation"
                            | "delegates"
                            | "students"
                            | "embassy"
                    )
                })
        })
    };
    let mut clues = by_city;
    clues.extend(
        corpus
            .meetings
            .iter()
            .enumerate()
            .filter(|(_, meeting)| {
                meeting
                    .place_names
                    .iter()
                    .any(|name| beside_meeting(name) || (ministers_named && says_as_place(name)))
            })
            .map(|(index, _)| (Clue::Place, Target::Meeting(index))),
    );
    clues
}

/// The meetings whose city or another name of its place `words` say, whether or not they speak
/// of a meeting there.
fn places_said(corpus: &Corpus, words: &[String]) -> Vec<Target> {
    corpus
        .meetings
        .iter()
        .enumerate()
        .filter(|(_, m)| {
            m.places()
                .map(|n| crate::text::words(n))
                .any(|name| (0..words.len()).any(|at| phrase_at(words, at, &name)))
        })
        .map(|(index, _)| Target::Meeting(index))
        .collect()
}

fn years(corpus: &Corpus, words: &[String]) -> Vec<(Clue, Target)> {
    let mut found = Vec::new();
    // "what happened in ASEM education before 2006?": a year bounding a span of time, in a
    // question that speaks of no meeting, asks about that span, not about the meeting of the year.
    let speaks_of_a_meeting = words.iter().any(|w| is_meeting_noun(w));
    for (at, word) in words.iter().enumerate() {
        let Ok(year) = word.parse::<u32>() else {
            continue;
        };
        let bound = at >= 1
            && matches!(
                words[at - 1].as_str(),
                "before" | "b4" | "until" | "till" | "since" | "after"
            );
        if bound && !speaks_of_a_meeting {
            continue;
        }
        if !(1990..=2100).contains(&year) || word.len() != 4 {
            continue;
        }
        match corpus.meetings.iter().position(|m| m.year == year) {
            Some(index) => found.push((Clue::Year, Target::Meeting(index))),
            // A later year is the next ministers' meeting, not a later summit's.
            None if corpus.meetings.iter().all(|m| m.year < year)
                && !words.iter().any(|w| w == "summit" || w == "summits") =>
            {
                found.push((Clue::Year, Target::Future { number: None }))
            }
            None => {}
        }
    }
    found
}

/// "the next meeting", "the previous one", "the meeting before Riga", "the latest meeting", and
/// whether it was counted from a meeting named after the counting word.
fn relative(corpus: &Corpus, words: &[String], clues: &[(Clue, Target)]) -> Option<(Target, bool)> {
    // "…the ministers' meetings before our call tomorrow", "before I go further": a time of the
    // speaker's own counts no meeting.
    let words: Vec<String> = (0..words.len())
        .map(|i| {
            let own_time = matches!(words[i].as_str(), "before" | "after" | "b4")
                && words.get(i + 1).is_some_and(|next| {
                    matches!(
                        next.as_str(),
                        "i" | "you"
                            | "our"
                            | "my"
                            | "your"
                            | "his"
                            | "her"
                            | "their"
                            | "tomorrow"
                            | "today"
                            | "tonight"
                    )
                })
                || {
                    // "Quick one before deadline", "after the lunch break": a thing no record or text
                    // speaks of.
                    let mut next = i + 1;
                    if words
                        .get(next)
                        .is_some_and(|w| matches!(w.as_str(), "the" | "a" | "an"))
                    {
                        next += 1;
                    }
                    matches!(words[i].as_str(), "before" | "after" | "b4")
                        && words.get(next).is_some_and(|w| unheard_of(corpus, w))
                };
            // "a press conference after the Kuala Lumpur meeting", "interviews after the riga
            // meeting": what happened around a meeting, not the meeting after it.
            let around_an_event = matches!(words[i].as_str(), "before" | "after" | "b4")
                && i >= 1
                && EVENTS_AROUND_A_MEETING.contains(&words[i - 1].as_str());
            // "the last meeting before Seoul, was it the 5th?": the number put forward is not
            // what the meeting is counted from.
            let put_forward = ordinal_value(&words[i]).is_some() && put_forward_at(words, i);
            // "how many meetings took place before the Seoul one?" counts up to Seoul: the
            // answer is Seoul's place in the series, not the one before it.
            let counted_up_to = matches!(words[i].as_str(), "before" | "b4" | "prior")
                && counted_meetings_at(words).is_some_and(|at| at < i);
            if own_time || around_an_event || put_forward || counted_up_to {
                String::new()
            } else {
                words[i].clone()
            }
        })
        .collect();
    let words = words.as_slice();
    let first_meeting = |clues: &[(Clue, Target)]| {
        clues.iter().find_map(|(_, target)| match target {
            Target::Meeting(index) => Some(*index),
            _ => None,
        })
    };
    // The meeting counted from is the one named after the counting word ("the ministers' meeting
    // two years after the Helsinki summit", "the meeting after ASEMME3"), else the first named.
    let counting_word = words.iter().position(|w| {
        AFTER_WORDS.contains(&w.as_str())
            || matches!(
                w.as_str(),
                "before" | "earlier" | "prior" | "b4" | "between" | "preceded" | "precedes"
            )
    });
    // "where did they meet before 2010?": counted from a year no meeting was held in, the
    // nearest ministers' meeting on that side of it.
    let from_a_year = counting_word.and_then(|at| {
        let mut year_at = at + 1;
        if words.get(year_at).is_some_and(|w| w == "to") {
            year_at += 1;
        }
        let word = words.get(year_at).filter(|w| w.len() == 4)?;
        let year = word.parse::<u32>().ok()?;
        if corpus.meetings.iter().any(|m| m.year == year) {
            return None;
        }
        let earlier = matches!(words[at].as_str(), "before" | "earlier" | "prior" | "b4");
        let later = AFTER_WORDS.contains(&words[at].as_str());
        let ministerial = corpus
            .meetings
            .iter()
            .enumerate()
            .filter(|(_, m)| m.kind == MeetingKind::Ministerial);
        if earlier {
            Some(
                ministerial
                    .filter(|(_, m)| m.year < year)
                    .max_by_key(|(_, m)| m.year)
                    .map(|(index, _)| Target::Meeting(index)),
            )
        } else if later {
            Some(Some(
                ministerial
                    .filter(|(_, m)| m.year > year)
                    .min_by_key(|(_, m)| m.year)
                    .map_or(Target::Future { number: None }, |(index, _)| {
                        Target::Meeting(index)
                    }),
            ))
        } else {
            None
        }
    });
    if let Some(target) = from_a_year {
        if !words.iter().any(|w| is_meeting_noun(w)) {
            return None;
        }
        return target.map(|target| (target, false));
    }
    let named_after =
        counting_word.and_then(|at| first_meeting(&named_directly(corpus, &words[at + 1..])));
    let anchor = named_after.or_else(|| first_meeting(clues));
    // "the previous meeting, the 2015 one": a meeting named after "previous", with nothing named
    // before it, may be the previous meeting itself, said again; it is when it is the one before
    // the declaration's own ("Copenhagen — what was the previous one?" counts from Copenhagen).
    let restated = named_after.is_none()
        && words
            .iter()
            .position(|w| PREVIOUS_WORDS.contains(&w.as_str()))
            .is_some_and(|at| {
                // "the previous meeting", not "the meeting previous to Riga".
                let said_of_a_meeting = words
                    .get(at + 1)
                    .is_some_and(|next| next == "one" || is_meeting_noun(next));
                said_of_a_meeting && first_meeting(&named_directly(corpus, &words[..at])).is_none()
            })
        && current(corpus).zip(anchor).is_some_and(|(now, named)| {
            let (now, named) = (&corpus.meetings[now], &corpus.meetings[named]);
            named.kind == MeetingKind::Ministerial
                && now.kind == MeetingKind::Ministerial
                && named.number + 1 == now.number
        });
    if restated {
        let target = relative_to(corpus, words, clues, current(corpus))?;
        return Some((target, false));
    }
    let target = relative_to(corpus, words, clues, anchor)?;
    let counted = named_after.is_some_and(|a| target != Target::Meeting(a));
    Some((target, counted))
}

/// Whether `word` is a thing neither the declaration nor any meeting's record speaks of
/// ("deadline", "lunch"): counting from it counts no meeting.
fn unheard_of(corpus: &Corpus, word: &str) -> bool {
    word.len() >= 3
        && word.chars().all(|c| c.is_ascii_lowercase())
        && !corpus.primary_words.contains(word)
        && !is_meeting_noun(word)
        && !is_a_meetings_place(corpus, word)
        && !AFTER_WORDS.contains(&word)
        && !PREVIOUS_WORDS.contains(&word)
        && !FUTURE_WORDS.contains(&word)
        && !CURRENT_WORDS.contains(&word)
        && crate::text::ordinal_value(word).is_none()
        && crate::text::number_value(word).is_none()
        && !meetings_naming_words(corpus).any(|w| w == word)
}

fn relative_to(
    corpus: &Corpus,
    words: &[String],
    clues: &[(Clue, Target)],
    anchor: Option<usize>,
) -> Option<Target> {
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    let years_apart = (0..words.len()).any(|i| year_offset(words, i).is_some());
    // "what city is next up for the ministers after Seoul", "two years after Kuala Lumpur which
    // city hosted?": counted from a named meeting is a meeting, with or without the word.
    // "where did the ministers go after copenhagen"
    let mentions_meeting = words.iter().any(|w| is_meeting_noun(w))
        || (anchor.is_some()
            && has(&["ministers", "minister", "host", "hosts", "hosting"])
            && has(AFTER_WORDS))
        || (anchor.is_some() && has(FUTURE_WORDS) && has(AFTER_WORDS))
        || (anchor.is_some() && years_apart)
        // "berlin was 2008 right?? so where did they go next"
        || (anchor.is_some()
            && has(&["next"])
            && has(&["go", "went", "head", "headed", "move", "moved"]))
        // "Riga was 2015 — was the EU at the one after it?"
        || (anchor.is_some()
            && words.windows(2).any(|w| {
                w[0] == "one"
                    && (AFTER_WORDS.contains(&w[1].as_str())
                        || matches!(w[1].as_str(), "before" | "b4"))
            }));
    if !mentions_meeting {
        return None;
    }
    let ministerial = |index: usize| corpus.meetings[index].kind == MeetingKind::Ministerial;
    let step = |from: usize, forward: bool| -> Option<Target> {
        let number = corpus.meetings[from].number;
        let wanted = if forward {
            number + 1
        } else {
            number.checked_sub(1)?
        };
        Some(find(corpus, MeetingKind::Ministerial, wanted))
    };
    // "two meetings before Seoul": that many steps from the named one (Seoul's when none is).
    // "the one two before Seoul": the steps said straight after the meeting.
    let steps_said = |i: usize| {
        i >= 2
            && number_value(&words[i - 1]).is_some()
            && (words[i - 2] == "one" || is_meeting_noun(&words[i - 2]))
            && matches!(
                words[i].as_str(),
                "before" | "earlier" | "prior" | "b4" | "after" | "later"
            )
    };
    let meeting_offset = (1..words.len()).find_map(|i| {
        if steps_said(i) {
            let n = i64::from(number_value(&words[i - 1])?);
            return match words[i].as_str() {
                "after" | "later" => Some(n),
                _ => Some(-n),
            };
        }
        if words[i] != "ones" && !is_plural_meeting_noun(&words[i]) {
            return None;
        }
        let n = i64::from(number_value(&words[i - 1])?);
        match words.get(i + 1).map(String::as_str) {
            Some("before" | "earlier" | "prior" | "b4") => Some(-n),
            Some("after" | "later") => Some(n),
            _ => None,
        }
    });
    if let Some(offset) = meeting_offset {
        let from = anchor
            .filter(|&a| ministerial(a))
            .or_else(|| current(corpus))?;
        let number = i64::from(corpus.meetings[from].number) + offset;
        return u32::try_from(number)
            .ok()
            .filter(|&n| n > 0)
            .map(|n| find(corpus, MeetingKind::Ministerial, n));
    }
    // "the one two years before Seoul": the meeting held that many years from the named one.
    if let Some(offset) = (0..words.len()).find_map(|i| year_offset(words, i)) {
        let from = anchor.or_else(|| current(corpus))?;
        let year = i64::from(corpus.meetings[from].year) + offset;
        return match corpus
            .meetings
            .iter()
            .position(|m| i64::from(m.year) == year)
        {
            Some(index) => Some(Target::Meeting(index)),
            None if offset > 0 => Some(Target::Future { number: None }),
            None => None,
        };
    }
    if let Some(from) = anchor.filter(|_| has(AFTER_WORDS)) {
        if ministerial(from) {
            return step(from, true);
        }
        // After the summit: the first ministerial meeting held later.
        let year = corpus.meetings[from].year;
        return corpus
            .meetings
            .iter()
            .enumerate()
            .filter(|(_, m)| m.kind == MeetingKind::Ministerial && m.year > year)
            .min_by_key(|(_, m)| m.year)
            .map(|(index, _)| Target::Meeting(index));
    }
    // "the one between KL and Seoul": the meeting numbered between two named ones.
    if words.iter().any(|w| w == "between") {
        let mut numbers: Vec<u32> = clues
            .iter()
            .filter_map(|(_, target)| match target {
                Target::Meeting(index) if ministerial(*index) => {
                    Some(corpus.meetings[*index].number)
                }
                _ => None,
            })
            .collect();
        numbers.sort_unstable();
        numbers.dedup();
        if let [low, high] = numbers[..] {
            if high == low + 2 {
                return Some(find(corpus, MeetingKind::Ministerial, low + 1));
            }
        }
    }
    // "the next meeting", "where do they meet next", "when will they meet again": a word of the
    // future beside a meeting noun ("the next decade" is not a meeting).
    // "the next ten years" is a span, not a meeting.
    let span_counted = |i: usize| {
        words.get(i + 1).is_some_and(|n| number_value(n).is_some())
            && words.get(i + 2).is_some_and(|n| {
                NOT_MEETINGS.contains(&n.as_str()) || CALENDAR_SPANS.contains(&n.as_str())
            })
    };
    // "was the Berlin meeting themed on training for the future?": "the future" said of a
    // meeting named is its topic, not a meeting to come.
    let the_future_of_one_named = |i: usize| {
        anchor.is_some()
            && words[i] == "future"
            && i >= 1
            && words[i - 1] == "the"
            && words
                .get(i + 1)
                .is_none_or(|n| !is_meeting_noun(n) && n != "one")
    };
    let future = words.iter().enumerate().any(|(i, w)| {
        FUTURE_WORDS.contains(&w.as_str())
            && !the_future_of_one_named(i)
            && !words
                .get(i + 1)
                .is_some_and(|n| NOT_MEETINGS.contains(&n.as_str()) || speakers_time(words, i + 1))
            && !span_counted(i)
    }) || words
        .windows(2)
        .any(|w| matches!(w[0].as_str(), "meet" | "gather" | "convene") && w[1] == "again");
    if future {
        // "berlin was 2008 right?? so where did they go next": the next after the one named.
        // After the declaration's own, it is simply the next one.
        if let Some(from) = anchor
            .filter(|&a| ministerial(a) && Some(a) != current(corpus))
            .filter(|_| has(&["next"]))
        {
            return step(from, true);
        }
        return Some(Target::Future { number: None });
    }
    // "the penultimate meeting in the series", "the second-to-last one": the one before the
    // last of the record.
    let penultimate = has(PENULTIMATE_WORDS)
        || words.windows(2).any(|w| w[0] == "second" && w[1] == "last")
        || words
            .windows(3)
            .any(|w| matches!(w[0].as_str(), "second" | "next") && w[1] == "to" && w[2] == "last");
    if penultimate && anchor.is_none() {
        return step(current(corpus)?, false);
    }
    // "the last one before Seoul", "the meeting before Riga": one step back from the named one.
    if has(PREVIOUS_WORDS) {
        if words.iter().any(|w| is_plural_meeting_noun(w)) && !words.iter().any(|w| w == "before") {
            return Some(Target::All);
        }
        // "what happened before the Helsinki summit?": the one before a summit is the summit
        // numbered before it, not the ministers' meeting before the declaration's own.
        if let Some(summit) = anchor.filter(|&a| !ministerial(a)) {
            let summit = &corpus.meetings[summit];
            return Some(find(corpus, summit.kind, summit.number.checked_sub(1)?));
        }
        let from = anchor.or_else(|| current(corpus))?;
        return step(from, false);
    }
    // "this meeting", "the latest one": the word must point at a meeting ("all of this stuff" in
    // chat does not).
    let pointing = words.iter().enumerate().any(|(i, w)| {
        CURRENT_WORDS.contains(&w.as_str())
            && words[i + 1..(i + 4).min(words.len())]
                .iter()
                .any(|n| is_meeting_noun(n))
    });
    if pointing && anchor.is_none() {
        return current(corpus).map(Target::Meeting);
    }
    None
}

/// What the declaration says in answer, or that it does not say.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Statement {
    /// The meeting asked about.
    pub target: Option<Target>,
    /// What was asked of it.
    pub attribute: Option<MeetingAttribute>,
    /// The fact of `facts.toml` that answers it, when one does.
    pub fact: Option<String>,
    /// A title: the attribute and the meeting ("Place · ASEMME3").
    pub title: String,
    /// The answer in one or two sentences (Discord markdown).
    pub text: String,
    /// Whether the declaration states it (else `text` says that it does not).
    pub stated: bool,
    /// The paragraphs it comes from, or that come closest when it is not stated.
    pub paragraphs: Vec<u32>,
    /// The meeting's short name, when it is one of the timeline ("ASEMME3").
    pub meeting: Option<String>,
}

/// Answers an understood meeting question from the data, in `locale` (the data's names, themes and
/// notes stay as the declaration and the data write them).
pub fn answer(corpus: &Corpus, question: &MeetingQuestion, locale: &str) -> Statement {
    Statement {
        target: Some(question.target),
        attribute: question.attribute,
        ..state(corpus, question, locale)
    }
}

fn state(corpus: &Corpus, question: &MeetingQuestion, locale: &str) -> Statement {
    let catalogues = crate::locale::catalogues();
    let say = |id: &str, args: &[(&str, String)]| catalogues.reply_with(locale, id, args);
    let data = corpus.localized(locale);
    let questions = &corpus.meeting_questions;
    let label = |attribute: Option<MeetingAttribute>| {
        let id = match attribute {
            Some(MeetingAttribute::City) => "meeting-label-city",
            Some(MeetingAttribute::Year) => "meeting-label-year",
            Some(MeetingAttribute::Dates) => "meeting-label-dates",
            Some(MeetingAttribute::Theme) => "meeting-label-theme",
            Some(MeetingAttribute::Host) => "meeting-label-host",
            Some(MeetingAttribute::Chair) => "meeting-label-chair",
            Some(MeetingAttribute::Participants) => "meeting-label-participants",
            Some(MeetingAttribute::Headcount) => "meeting-label-headcount",
            Some(MeetingAttribute::Signatories) => "meeting-label-signatories",
            Some(MeetingAttribute::Outcome) => "meeting-label-outcome",
            Some(MeetingAttribute::Count) => "meeting-label-count",
            None => "meeting-label-meeting",
        };
        catalogues.reply(locale, id)
    };
    let process = |label: String| say("meeting-process", &[("label", label)]);
    match question.target {
        Target::All if questions.timeline.is_some() => {
            let fact = &corpus.facts[questions.timeline.unwrap_or_default()];
            Statement {
                title: process(data.fact_label(fact).to_string()),
                text: data.fact_answer(fact).to_string(),
                stated: true,
                paragraphs: vec![fact.paragraph],
                fact: Some(fact.id.clone()),
                ..Default::default()
            }
        }
        Target::All => {
            let ministerial: Vec<&Meeting> = corpus
                .meetings
                .iter()
                .filter(|m| m.kind == MeetingKind::Ministerial)
                .collect();
            let list: Vec<String> = ministerial
                .iter()
                .map(|m| format!("{} {} ({})", m.short, m.city, m.year))
                .collect();
            let mut paragraphs: Vec<u32> = corpus.meetings.iter().map(|m| m.paragraph).collect();
            paragraphs.sort_unstable();
            paragraphs.dedup();
            let meetings = crate::commands::spec::find("meetings")
                .map_or("/meetings".to_string(), |c| {
                    format!("/{}", c.name_in(locale))
                });
            Statement {
                title: process(label(question.attribute)),
                text: say(
                    "meeting-all",
                    &[
                        ("count", ministerial.len().to_string()),
                        ("list", list.join(", ")),
                        ("meetings", meetings),
                    ],
                ),
                stated: true,
                paragraphs,
                meeting: None,
                ..Default::default()
            }
        }
        Target::Future { number } => {
            let which = match number {
                Some(n) => format!("ASEMME{n}"),
                None => say("meeting-next", &[]),
            };
            Statement {
                title: format!("{} · {}", label(question.attribute), which),
                text: say("meeting-future", &[("which", which.clone())]),
                stated: false,
                paragraphs: questions.future.clone(),
                meeting: None,
                ..Default::default()
            }
        }
        Target::Unmentioned { kind, number } => {
            let mentioned: Vec<String> = corpus
                .meetings
                .iter()
                .filter(|m| m.kind == kind)
                .map(|m| format!("{} ({}, {})", m.name, m.city, m.year))
                .collect();
            let what = match kind {
                MeetingKind::Summit => say(
                    "meeting-summit",
                    &[("ordinal", ordinal(number)), ("number", number.to_string())],
                ),
                // "where did the ministers meet prior to 2008?": none came before the first.
                MeetingKind::Ministerial if number == 0 => say("meeting-before-first", &[]),
                MeetingKind::Ministerial => format!("ASEMME{number}"),
            };
            Statement {
                title: format!("{} · {}", label(question.attribute), what),
                text: say(
                    "meeting-unmentioned",
                    &[("what", what.clone()), ("named", mentioned.join("; "))],
                ),
                stated: false,
                paragraphs: questions.earlier.clone(),
                meeting: None,
                ..Default::default()
            }
        }
        Target::Meeting(index) => {
            let meeting = &corpus.meetings[index];
            let title = format!("{} · {}", label(question.attribute), meeting.short);
            let names = || {
                vec![
                    ("name", meeting.name.clone()),
                    ("short", meeting.short.clone()),
                    ("city", meeting.city.clone()),
                    ("year", meeting.year.to_string()),
                    ("theme", meeting.theme.clone()),
                ]
            };
            let record = |text: String| Statement {
                title: title.clone(),
                text,
                stated: true,
                paragraphs: vec![meeting.paragraph],
                meeting: Some(meeting.short.clone()),
                ..Default::default()
            };
            let not_stated = |id: &str| Statement {
                title: title.clone(),
                text: say(id, &names()),
                stated: false,
                paragraphs: if meeting.paragraph == 1 {
                    vec![1]
                } else {
                    questions.earlier.clone()
                },
                meeting: Some(meeting.short.clone()),
                ..Default::default()
            };
            if question.party_unnamed && question.attribute == Some(MeetingAttribute::Participants)
            {
                return not_stated("meeting-unstated-party");
            }
            if let Some(attribute) = question.attribute {
                if let Some((_, fact)) = meeting.facts.iter().find(|(a, _)| *a == attribute) {
                    let fact = &corpus.facts[*fact];
                    return Statement {
                        fact: Some(fact.id.clone()),
                        title: format!("{} · {}", data.fact_label(fact), meeting.short),
                        text: data.fact_answer(fact).to_string(),
                        stated: true,
                        paragraphs: vec![fact.paragraph],
                        meeting: Some(meeting.short.clone()),
                        ..Default::default()
                    };
                }
            }
            let held = say("meeting-held", &names());
            match question.attribute {
                Some(MeetingAttribute::City | MeetingAttribute::Year) | None => {
                    let mut text = held;
                    if !meeting.theme.is_empty() {
                        text.push(' ');
                        text.push_str(&say("meeting-its-theme", &names()));
                    }
                    if !meeting.note.is_empty() && question.attribute.is_none() {
                        text.push(' ');
                        text.push_str(data.meeting_note(meeting));
                    }
                    record(text)
                }
                Some(MeetingAttribute::Theme) if !meeting.theme.is_empty() => {
                    record(say("meeting-theme", &names()))
                }
                Some(MeetingAttribute::Theme) => not_stated("meeting-unstated-theme"),
                Some(MeetingAttribute::Dates) => Statement {
                    text: say("meeting-only-year", &names()),
                    ..not_stated("meeting-unstated-theme")
                },
                Some(MeetingAttribute::Host) => not_stated("meeting-unstated-host"),
                Some(MeetingAttribute::Chair) => not_stated("meeting-unstated-chair"),
                Some(MeetingAttribute::Participants) => not_stated("meeting-unstated-participants"),
                Some(MeetingAttribute::Headcount) => not_stated("meeting-unstated-headcount"),
                Some(MeetingAttribute::Signatories) => not_stated("meeting-unstated-signatories"),
                // ¶2: Conclusions by the Chair were adopted "from the 1st to the 6th" ministers'
                // meeting; of a summit it says nothing of the kind.
                // Asked what they decided, it is the same sentence, and what was asked is not
                // stated.
                Some(MeetingAttribute::Outcome) if meeting.kind == MeetingKind::Ministerial => {
                    Statement {
                        stated: !question.contents,
                        ..record(say("meeting-outcome", &names()))
                    }
                }
                Some(MeetingAttribute::Outcome) => not_stated("meeting-unstated-outcome"),
                // "What number was the Kuala Lumpur meeting?": its place in the series.
                Some(MeetingAttribute::Count) => {
                    let mut paragraphs = vec![meeting.paragraph];
                    if question.how_many {
                        paragraphs = questions.earlier.clone();
                        paragraphs.retain(|&n| n != meeting.paragraph);
                        paragraphs.push(meeting.paragraph);
                    }
                    Statement {
                        paragraphs,
                        ..record(say("meeting-number", &names()))
                    }
                }
            }
        }
    }
}

fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, 11) | (2, 12) | (3, 13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus() -> Corpus {
        Corpus::shipped()
    }

    fn asked(corpus: &Corpus, question: &str) -> Option<(String, Option<&'static str>, bool)> {
        let understood = understand(corpus, question)?;
        let statement = answer(corpus, &understood, crate::locale::SOURCE);
        Some((
            statement
                .meeting
                .unwrap_or_else(|| format!("{:?}", understood.target)),
            understood.attribute.map(|a| a.id()),
            statement.stated,
        ))
    }

    /// Asserts that `q` is understood as asking `attribute` of `meeting`, stated or not.
    fn expect_asked(corpus: &Corpus, q: &str, meeting: &str, attribute: &str, stated: bool) {
        let (m, a, s) = asked(corpus, q).unwrap_or_else(|| panic!("{q}: not understood"));
        assert_eq!(
            (m.as_str(), a, s),
            (meeting, Some(attribute), stated),
            "{q}"
        );
    }

    #[test]
    fn who_supported_a_meeting_is_asked_with_its_host() {
        let corpus = corpus();
        for question in [
            "Did the ASEM Education Secretariat support the 2017 Seoul meeting?",
            "which body gave support to this meeting, besides the host?",
        ] {
            expect_asked(&corpus, question, "ASEMME6", "host", true);
        }
        expect_asked(
            &corpus,
            "who backed the hanoi meeting?",
            "ASEMME2",
            "host",
            false,
        );
        // What the text supports is not who supported a meeting.
        assert_eq!(
            asked(
                &corpus,
                "does the seoul declaration support the use of MOOCs?"
            ),
            None
        );
    }

    #[test]
    fn a_place_that_hosted_describes_the_meeting_asked_about() {
        let corpus = corpus();
        expect_asked(
            &corpus,
            "latvia hosted one of these — when?",
            "ASEMME5",
            "year",
            true,
        );
        expect_asked(
            &corpus,
            "where was the meeting this text comes from held",
            "ASEMME6",
            "city",
            true,
        );
    }

    #[test]
    fn something_else_done_at_a_meeting_is_not_its_record() {
        let corpus = corpus();
        for question in [
            "did the hanoi meeting have any workshops for university staff",
            "was the 2017 meeting livestreamed",
            "where do i find the press release from the seoul meeting",
        ] {
            assert_eq!(asked(&corpus, question), None, "{question}");
        }
        // A fact of the record, asked as a yes-or-no question, is still asked.
        expect_asked(
            &corpus,
            "was the hanoi meeting held in 2009?",
            "ASEMME2",
            "year",
            true,
        );
    }

    #[test]
    fn a_meeting_named_beside_another_topic_leaves_the_topic_to_the_meaning() {
        let corpus = corpus();
        let rest = |q: &str| without_the_meeting_named(&corpus, q);
        assert_eq!(
            rest("did the seoul meeting discuss mobility?").as_deref(),
            Some("did the discuss mobility")
        );
        assert_eq!(
            rest("was the 2017 meeting livestreamed").as_deref(),
            Some("was the livestreamed")
        );
        // An ask word in a question no record answers asks nothing of it.
        assert_eq!(
            rest("Did the UK delegation walk out of the Seoul meeting?").as_deref(),
            Some("did the uk delegation walk out of the")
        );
        // A fact of the record is asked; the declaration's name, a place alone, a mention.
        for kept in [
            "where was the seoul meeting held?",
            "what does the seoul declaration say about mobility",
            "tuition fees at universities in riga",
            "why is the helsinki summit even mentioned",
        ] {
            assert_eq!(rest(kept), None, "{kept}");
        }
    }

    #[test]
    fn a_theme_told_in_other_words_is_found_where_it_is_told() {
        let corpus = corpus();
        let told = |question: &str| {
            theme_told_otherwise(&corpus, question).map(|range| question[range].to_string())
        };
        assert_eq!(
            told("which ministers meeting was about drawing up a strategy for working together on education, and where was it held").as_deref(),
            Some("drawing up a strategy for working together on education")
        );
        assert_eq!(
            told("the one about exchanging experiences in universities, when was it").as_deref(),
            Some("exchanging experiences in universities")
        );
        assert_eq!(
            told("Is it true the meeting focused on getting results out of cooperation?")
                .as_deref(),
            None,
            "the record's own word (results) names the theme"
        );
        assert_eq!(
            told("what’s the year of the one about exchanging experiences in universities?")
                .as_deref(),
            Some("exchanging experiences in universities"),
            "a curly apostrophe folds to a shorter one"
        );
        assert_eq!(told("what was the Riga meeting about?"), None);
        assert_eq!(
            told("what does the declaration say about lifelong learning"),
            None
        );
        assert_eq!(told("the meeting was about it, right?"), None);
        assert_eq!(
            told("the one about strategy — was that KL? and whats the exact theme wording"),
            None,
            "a dash set apart ends the theme told, here one word"
        );
        assert_eq!(
            told("Which city hosted the meeting on building a common ASEM education area?")
                .as_deref(),
            Some("building a common ASEM education area")
        );
        assert_eq!(told("who spoke at the meeting on 21 November?"), None);
        assert_eq!(
            told("the title of the text adopted at the Seoul meeting on lifelong learning"),
            None,
            "a meeting named before is known without its topic"
        );
        assert_eq!(
            told("will they keep organising more meetings on schooling in the future?"),
            None
        );
    }

    #[test]
    fn a_meeting_described_by_its_theme_or_its_steps_from_another_is_that_meeting() {
        let corpus = corpus();
        for (question, meeting, attribute, stated) in [
            // The theme paraphrased after a word that calls it the theme is not what is asked.
            ("the one themed around building a shared education area for asem, where did it happen", "ASEMME3", "city", true),
            ("where did the meeting focused on getting results take place", "ASEMME5", "city", true),
            ("what was the 2011 meeting focused on", "ASEMME3", "theme", true),
            // British and American spellings of a theme.
            ("what year was the strategising-collaboration meeting", "ASEMME4", "year", true),
            ("dates of the one two before seoul", "ASEMME4", "dates", false),
            ("the meeting three after berlin, where was it", "ASEMME4", "city", true),
            ("what was the heading of the 2009 gathering", "ASEMME2", "theme", true),
            ("what place in the line-up was the riga meeting", "ASEMME5", "count", true),
            ("how many had there been by the time of the korean meeting?", "ASEMME6", "count", true),
            ("how many of these meetings had already happened before the KL one?", "ASEMME4", "count", true),
            ("where did the ministers meeting series start?", "ASEMME1", "city", true),
            ("riga hosted number five, yeah?", "ASEMME5", "count", true),
            ("what was the theme in denmark", "ASEMME3", "theme", true),
            ("did kuala lumpur host in 2013?", "ASEMME4", "year", true),
            ("so the ASEM ME 3 was in stockholm no?", "ASEMME3", "city", true),
            ("who showed up to the 2011 one?", "ASEMME3", "participants", false),
            ("what was the official title of what they signed in seoul", "ASEMME6", "outcome", true),
            // The order of two meetings is in the first one's year.
            ("did berlin come before hanoi or the other way round", "ASEMME1", "year", true),
            ("was copenhagen before kuala lumpur?", "ASEMME3", "year", true),
            ("which came first, riga or hanoi", "ASEMME5", "year", true),
            ("how many years were there between the helsinki summit and the first ministers meeting?", "ASEM Summit 6", "year", true),
            ("the one between Hanoi and Kuala Lumpur, what year was it?", "ASEMME3", "year", true),
            ("the summit two years before Berlin, where was it", "ASEM Summit 6", "city", true),
            // A theme or a place put to the test with the meeting's own year.
            ("Was ASEMME1 themed on education and training for the future?", "ASEMME1", "theme", true),
            ("was the latvia meeting focused on getting actual results?", "ASEMME5", "theme", true),
            ("ME5 was held in Tallinn in 2015, true?", "ASEMME5", "city", true),
            ("I heard the Berlin meeting was in early May 2008, can you confirm?", "ASEMME1", "dates", false),
            ("the very first meeting, was that the one about higher education best practice?", "ASEMME1", "theme", true),
            ("did japan and india both go to the copenhagen meeting", "ASEMME3", "participants", false),
        ] {
            expect_asked(&corpus, question, meeting, attribute, stated);
        }
        // A word that shows up in the text asks for no one who showed up.
        assert!(understand(
            &corpus,
            "lol the word tangible shows up so many times. what exactly do they want to make more tangible"
        )
        .is_none());
    }

    #[test]
    fn what_a_meeting_was_about_is_put_forward_as_its_theme() {
        let corpus = corpus();
        for (question, meeting) in [
            (
                "copenhagen was about building some kind of shared asem education space, correct?",
                "ASEMME3",
            ),
            (
                "was the KL one about planning a strategy for the education collaboration?",
                "ASEMME4",
            ),
            (
                "so the 2009 one was all about universities and sharing good practice, correct?",
                "ASEMME2",
            ),
            // "the next ten years" is a span, not the next meeting.
            (
                "theme of the seoul one was somthing about the next ten years?",
                "ASEMME6",
            ),
        ] {
            expect_asked(&corpus, question, meeting, "theme", true);
        }
        // What they talked about at it is the text's topic, and "was about to" is no claim.
        assert!(understand(
            &corpus,
            "the 2017 meeting in korea, did they talk about the digital divide?"
        )
        .is_none());
        assert!(understand(&corpus, "seoul was about to host the meeting?")
            .is_none_or(|u| u.attribute != Some(MeetingAttribute::Theme)));
        // Asked what a meeting was about, by its city alone or with chat after it.
        for (question, meeting) in [
            ("what was hanoi about", "ASEMME2"),
            (
                "My boss asked me what the meeting in Germany was about, any idea?",
                "ASEMME1",
            ),
            ("what was the danish one about?", "ASEMME3"),
        ] {
            expect_asked(&corpus, question, meeting, "theme", true);
        }
        assert!(understand(&corpus, "what is the Seoul Declaration about?")
            .is_none_or(|u| u.attribute != Some(MeetingAttribute::Theme)));
        // A number put forward for a meeting named otherwise asks its place in the series; with
        // a year put forward, the year is asked.
        for (question, meeting, asked) in [
            ("was the latvia one number five?", "ASEMME5", "count"),
            ("was the latvia one number four?", "ASEMME5", "count"),
            ("asemme no. 4 was 2014 yes?", "ASEMME4", "year"),
        ] {
            expect_asked(&corpus, question, meeting, asked, true);
        }
        // The clocks' difference between two cities is no meeting's year.
        assert!(understand(
            &corpus,
            "what's the time diffrence between Seoul and Berlin?"
        )
        .is_none());
    }

    #[test]
    fn a_meeting_told_by_what_was_said_at_it_is_the_declaration_s_own() {
        let corpus = corpus();
        for question in [
            "in what city were the ministers when they agreed to boost student mobility between Asia and Europe?",
            "which city did the education ministers meet in when they discussed lifelong learning and the 4th industrial revolution?",
            "what city hosted the 2017 ASEM education ministers meeting where Erasmus+ got a mention",
        ] {
            expect_asked(&corpus, question, "ASEMME6", "city", true);
        }
        // A topic the declaration never speaks of tells no meeting of the record.
        let elsewhere = "where did the ministers meet when they discussed the euro crisis?";
        assert!(understand(&corpus, elsewhere).is_none());
        assert!(told_by_what_was_said_elsewhere(&corpus, elsewhere));
        // A meeting named otherwise stays that meeting.
        expect_asked(
            &corpus,
            "where was the 2011 meeting when they discussed the euro crisis?",
            "ASEMME3",
            "city",
            true,
        );
        // The one before the last of the record, and not the paragraph before the last.
        for question in [
            "The penultimate meeting in the series listed in the footnote: which city?",
            "which city hosted the penultimate meeting",
            "where was the next-to-last meeting",
        ] {
            expect_asked(&corpus, question, "ASEMME5", "city", true);
        }
        expect_asked(
            &corpus,
            "what was the theme of the second to last meeting",
            "ASEMME5",
            "theme",
            true,
        );
    }

    #[test]
    fn counted_from_a_summit_or_from_a_year_of_no_meeting() {
        let corpus = corpus();
        let target = |q: &str| understand(&corpus, q).map(|m| m.target);
        // Not the ministers' meeting before Seoul's.
        assert_eq!(
            target("what happened before the Helsinki summit?"),
            Some(Target::Unmentioned {
                kind: MeetingKind::Summit,
                number: 5
            })
        );
        assert_eq!(
            target("where did they meet before 2010"),
            Some(Target::Meeting(2))
        );
        assert_eq!(
            target("where was the meeting after 2010"),
            Some(Target::Meeting(3))
        );
        // A span of time, not the summit of 2006.
        assert_eq!(
            target("what happened in ASEM education cooperation before 2006?"),
            None
        );
        // A number of something else, and a time of the speaker's own, are no meeting.
        assert_eq!(
            target("how long does an ASEM-DUO exchange last? one semester or a full year?"),
            None
        );
        assert_eq!(
            target("Quick one before deadline. Did the ministers say anything about global citizenship?"),
            None
        );
        // A claim, then the question: the meeting asked about, not the one the claim names.
        assert_eq!(
            target("berlin was 2008 right?? so where did they go next"),
            Some(Target::Meeting(2))
        );
        assert_eq!(
            target("hanoi was 2009 so the one the year before that, where was it held?"),
            Some(Target::Meeting(1))
        );
        assert_eq!(
            target(
                "Riga was 2015, so on which exact days in 2017 did the Seoul meeting take place?"
            ),
            Some(Target::Meeting(6))
        );
        assert_eq!(
            target("which ministry hosted the 2009 meeting in vietnam? seoul's was hosted by korea's ministry of education"),
            Some(Target::Meeting(2))
        );
        assert_eq!(
            target("Seoul was 2017, where will the next one be?"),
            Some(Target::Future { number: None })
        );
        // The text's mention of a meeting tells which it is.
        assert_eq!(
            target("when was the asem summit in finland that the declaration mentions"),
            Some(Target::Meeting(0))
        );
    }

    #[test]
    fn the_summit_is_told_by_a_claim_or_a_mention_and_a_year_told_of_something_else_is_not_it() {
        let corpus = corpus();
        // A year put to the test of the summit is not another summit's.
        expect_asked(
            &corpus,
            "The leaders' summit that led to the ministerial meetings, was that in 2008 or earlier?",
            "ASEM Summit 6",
            "year",
            true,
        );
        expect_asked(
            &corpus,
            "Fact check: the summit that launched the education ministers' track was in 2006, not 2008?",
            "ASEM Summit 6",
            "year",
            true,
        );
        assert_eq!(
            understand(&corpus, "what did the 2018 ASEM summit decide?").map(|m| m.target),
            None
        );
        // The meetings that came out of it tell which summit; its outcome is not asked.
        expect_asked(
            &corpus,
            "when was the summit that these education meetings came out of",
            "ASEM Summit 6",
            "year",
            true,
        );
        expect_asked(
            &corpus,
            "what came out of the hanoi meeting?",
            "ASEMME2",
            "outcome",
            true,
        );
        // The text's mention tells the meeting a later clause asks of.
        expect_asked(
            &corpus,
            "the declaration mentions a summit back in 2006, which city was that in?",
            "ASEM Summit 6",
            "city",
            true,
        );
        assert_eq!(
            understand(&corpus, "does the declaration mention the Berlin meeting?"),
            None
        );
        // A claim opened by "is it true" puts the place to the test.
        expect_asked(
            &corpus,
            "Is it true the education ministers' meetings were born at an ASEM summit in Copenhagen?",
            "ASEM Summit 6",
            "city",
            true,
        );
        // Where or when something else did a thing is not where the meeting of the year was.
        for q in [
            "Where did Asian universities place in the 2017 world rankings?",
            "when did the UK delegation arrive in Seoul?",
        ] {
            assert_eq!(understand(&corpus, q), None, "{q}");
        }
        expect_asked(
            &corpus,
            "where did delegates meet in 2013",
            "ASEMME4",
            "city",
            true,
        );
    }

    #[test]
    fn a_wrong_year_a_theme_asked_of_it_and_a_gap_ask_of_the_meeting_meant() {
        let corpus = corpus();
        // Of a number and a year put forward, the wrong one is put right.
        for (q, attribute) in [
            ("Berlin hosted the first meeting in 2009, correct?", "year"),
            (
                "Berlin hosted the second meeting in 2008, correct?",
                "count",
            ),
        ] {
            expect_asked(&corpus, q, "ASEMME1", attribute, true);
        }
        // What "it" was about, of a meeting named in a clause before; "the first ever" is the
        // first.
        expect_asked(
            &corpus,
            "first ever asemme, what was it about?",
            "ASEMME1",
            "theme",
            true,
        );
        expect_asked(
            &corpus,
            "I read about the Copenhagen meeting. What was it about?",
            "ASEMME3",
            "theme",
            true,
        );
        for q in [
            "what was the kuala lumpur meeting called",
            "what was the KL one called again?",
        ] {
            expect_asked(&corpus, q, "ASEMME4", "theme", true);
        }
        assert!(understand(
            &corpus,
            "what is the declaration from the kuala lumpur meeting called"
        )
        .is_none_or(|u| u.attribute != Some(MeetingAttribute::Theme)));
        expect_asked(
            &corpus,
            "a timeline from the very first ministers meeting, like the OG one... what was it even about lol",
            "ASEMME1",
            "theme",
            true,
        );
        expect_asked(
            &corpus,
            "where was the first ever asemme?",
            "ASEMME1",
            "city",
            true,
        );
        // The gap after one meeting asks of the meeting named after it.
        for (q, meeting) in [
            (
                "How many years after Berlin did the Copenhagen meeting take place?",
                "ASEMME3",
            ),
            (
                "how many years after the Helsinki summit did the first ministers meeting take place?",
                "ASEMME1",
            ),
            // Two joined by "and", in the order named.
            (
                "How many years apart were the Kuala Lumpur and Riga meetings?",
                "ASEMME4",
            ),
        ] {
            expect_asked(&corpus, q, meeting, "year", true);
        }
    }

    #[test]
    fn what_was_agreed_at_a_place_who_was_invited_and_for_whom_are_asked_of_its_meeting() {
        let corpus = corpus();
        for (q, meeting, attribute) in [
            (
                "Which specific joint initiatives were agreed at Kuala Lumpur in 2013?",
                "ASEMME4",
                "outcome",
            ),
            (
                "Who hosted the Riga meeting on behalf of Latvia?",
                "ASEMME5",
                "host",
            ),
            (
                "were universities invited to the malaysia meeting too or just ministers?",
                "ASEMME4",
                "participants",
            ),
        ] {
            expect_asked(&corpus, q, meeting, attribute, false);
        }
        // What was agreed at a place was agreed at its meeting, not of the place, however
        // unfamiliar the words around it.
        let unfamiliar = |_: &str| vec!["specific".to_string()];
        assert!(!about_the_place(
            &corpus,
            "Which specific joint initiatives were agreed at Kuala Lumpur in 2013?",
            unfamiliar
        ));
        assert!(about_the_place(
            &corpus,
            "Which specific restaurants are in Kuala Lumpur?",
            unfamiliar
        ));
        // A claim put to the test is no topic of the place.
        assert!(!about_the_place(
            &corpus,
            "is it accurate that the EU was represented in Seoul?",
            |_: &str| vec!["accurate".to_string()]
        ));
        // Nor what was co-hosted there.
        assert!(!about_the_place(
            &corpus,
            "i heard riga was co-hosted with the european commission, true?",
            |_: &str| vec!["commission".to_string()]
        ));

        expect_asked(
            &corpus,
            "who was invited to the Seoul meeting?",
            "ASEMME6",
            "participants",
            true,
        );
        // Who was there besides the ministers, of the ministers' own meeting.
        expect_asked(
            &corpus,
            "were stakeholders also represented, or just ministers",
            "ASEMME6",
            "participants",
            true,
        );
        // Invited to something else, asked to do something, or doing something there.
        for q in [
            "which universities were invited to the side events in seoul",
            "What exactly is the ASEM Education Secretariat invited to do after Seoul?",
            "Did the UK delegation walk out of the Seoul meeting?",
        ] {
            assert_eq!(understand(&corpus, q), None, "{q}");
        }
        expect_asked(
            &corpus,
            "were delegations from Africa at the Seoul meeting?",
            "ASEMME6",
            "participants",
            true,
        );
    }

    #[test]
    fn a_mark_after_a_meeting_s_name_only_numbers_it() {
        let corpus = corpus();
        expect_asked(
            &corpus,
            "Journalist here: can you confirm ASEMME #6 took place on 21–22 November 2017?",
            "ASEMME6",
            "dates",
            true,
        );
        expect_asked(
            &corpus,
            "ok so Berlin was #1, where did #2 happen",
            "ASEMME2",
            "city",
            true,
        );
    }

    #[test]
    fn what_a_given_outcome_decided_is_not_stated() {
        let corpus = corpus();
        expect_asked(
            &corpus,
            "What exactly did the Chair's Conclusions of the Riga 2015 meeting decide about mobility?",
            "ASEMME5",
            "outcome",
            false,
        );
        expect_asked(
            &corpus,
            "Did Riga end with Chair's Conclusions or a declaration?",
            "ASEMME5",
            "outcome",
            true,
        );
    }

    #[test]
    fn a_place_inside_a_meeting_s_city_is_in_no_record() {
        let corpus = corpus();
        let within = |q: &str| asks_within_its_city(&corpus, &crate::text::words(q));
        assert!(within("Which venue in Seoul hosted ASEMME6?"));
        assert!(within("the conference hotel in Kuala Lumpur"));
        assert!(!within("what was the venue of ASEMME6?"));
        assert!(!within("where in Seoul was it"));
        assert!(!within("who was in the room in seoul?"));
    }

    #[test]
    fn an_ordinal_one_beyond_the_meetings_is_no_meeting() {
        let corpus = corpus();
        assert_eq!(
            ordinal_one_beyond_meetings(&corpus, "whats the ninth one about"),
            Some(9)
        );
        assert_eq!(
            ordinal_one_beyond_meetings(&corpus, "whats the third one about"),
            None
        );
        assert_eq!(
            ordinal_one_beyond_meetings(&corpus, "where will the ninth meeting be? the ninth one"),
            None
        );
        assert_eq!(
            ordinal_one_beyond_meetings(&corpus, "who hosts the eighth one of the ASEM ministers"),
            None
        );
    }

    #[test]
    fn what_a_text_mentions_is_not_asked() {
        assert_eq!(
            without_what_the_text_mentions(
                "What's the name of the declaration from ASEMME6 that mentions ASEF and Erasmus+?"
            ),
            "What's the name of the declaration from ASEMME6?"
        );
        assert_eq!(
            without_what_the_text_mentions("which declaration, that mentions ASEF?"),
            "which declaration, that mentions ASEF?"
        );
        assert_eq!(
            without_what_the_text_mentions(
                "the declaration from the sixth meeting that mentions ASEF, its name?"
            ),
            "the declaration from the sixth meeting, its name?"
        );
        let corpus = corpus();
        expect_asked(
            &corpus,
            "was the ASEAN Secretariat at the 6th ASEM Education Ministers' Meeting?",
            "ASEMME6",
            "participants",
            true,
        );
        expect_asked(
            &corpus,
            "title of the text that talks about MOOCs and OER, adopted at ASEMME6? thanks",
            "ASEMME6",
            "outcome",
            true,
        );
    }

    #[test]
    fn whether_an_unnamed_party_took_part_is_not_stated() {
        let corpus = corpus();
        let mut question = understand(&corpus, "who took part in ASEMME6?").unwrap();
        assert!(answer(&corpus, &question, crate::locale::SOURCE).stated);
        question.party_unnamed = true;
        let statement = answer(&corpus, &question, crate::locale::SOURCE);
        assert!(!statement.stated);
        assert_eq!(statement.paragraphs, [1]);
        assert!(
            statement.text.contains("does not list"),
            "{}",
            statement.text
        );
    }

    #[test]
    fn the_ask_is_told_by_its_question_word_its_number_or_what_it_was_adopted_as() {
        let corpus = corpus();
        let asked = |question: &str| {
            understand(&corpus, question)
                .expect(question)
                .attribute
                .expect(question)
        };
        assert_eq!(
            asked("second asian host city after hanoi, what year was that meeting"),
            MeetingAttribute::Year
        );
        assert_eq!(
            asked("What was the Berlin ministers' meeting back in 2008 about, theme-wise?"),
            MeetingAttribute::Theme
        );
        assert_eq!(
            asked("The Berlin meeting in 2008 — was that number one in the series or had there been one before?"),
            MeetingAttribute::Count
        );
        assert_eq!(
            asked("What did the Berlin 2008 meeting adopt as its outcome document?"),
            MeetingAttribute::Outcome
        );
        assert_eq!(
            asked("Did the Berlin ministers' meeting put out a declaration or some other kind of document?"),
            MeetingAttribute::Outcome
        );
        // A year put forward is still put to the test.
        assert_eq!(
            asked("the Berlin meeting was in 2009, right?"),
            MeetingAttribute::Year
        );
    }

    #[test]
    fn what_an_earlier_meeting_agreed_is_not_stated() {
        let corpus = corpus();
        for question in [
            "what did the ministers agree on in hanoi",
            "What commitments did the ministers make at Riga in 2015?",
        ] {
            let understood = understand(&corpus, question).expect(question);
            assert_eq!(
                understood.attribute,
                Some(MeetingAttribute::Outcome),
                "{question}"
            );
            assert!(understood.contents, "{question}");
            assert!(!answer(&corpus, &understood, crate::locale::SOURCE).stated);
        }
        // What the declaration's own meeting agreed is in its paragraphs.
        assert!(understand(&corpus, "what did the ministers agree on in Seoul?").is_none());
    }

    #[test]
    fn the_documents_name_is_asked_by_calling_it_or_by_its_possessive() {
        let corpus = corpus();
        for question in [
            "what did they call the text they endorsed",
            "whats the declarations name",
            "What did the ASEM education ministers call the declaration they adopted in Korea in November 2017?",
        ] {
            let understood = understand(&corpus, question).expect(question);
            assert_eq!(
                understood.attribute,
                Some(MeetingAttribute::Outcome),
                "{question}"
            );
        }
        // The declaration naming things, or a name given to its idea, asks no title.
        for question in [
            "Does the declaration name any actual exchange programmes, Erasmus for instance?",
            "what would you call the declaration's main idea?",
        ] {
            assert!(
                understand(&corpus, question)
                    .is_none_or(|u| u.attribute != Some(MeetingAttribute::Outcome)),
                "{question}"
            );
        }
    }

    #[test]
    fn who_belongs_to_asem_and_a_days_agenda_are_in_no_record() {
        let corpus = corpus();
        for question in [
            "Which countries are ASEM partners? full list please",
            "which countries are members of ASEM?",
            "what was on the agenda for day two in seoul?",
        ] {
            assert!(understand(&corpus, question).is_none(), "{question}");
        }
        let sent = understand(
            &corpus,
            "Our office is writing a note for partner universities. Which parties sent delegations to the meeting?",
        )
        .expect("who took part");
        assert_eq!(sent.attribute, Some(MeetingAttribute::Participants));
    }

    #[test]
    fn earlier_gatherings_are_all_the_earlier_meetings_and_where_a_topic_is_spoken_of_is_no_city() {
        let corpus = corpus();
        let understood = understand(
            &corpus,
            "what kind of documents came out of the earlier gatherings?",
        )
        .expect("the earlier gatherings");
        assert_eq!(understood.target, Target::All);
        assert_eq!(understood.attribute, Some(MeetingAttribute::Outcome));
        let understood = understand(
            &corpus,
            "what kind of documents came out of the earlier get-togethers?",
        )
        .expect("the earlier get-togethers");
        assert_eq!(understood.target, Target::All);
        // The Hanoi theme's words, then "where do they talk about it": a place in the text.
        assert!(understand(
            &corpus,
            "honestly best practice sharing sounds boring but my director loves it. where do they talk about it?"
        )
        .is_none());
        assert!(understand(
            &corpus,
            "In which city did the ministers discuss shaping an ASEM education area?"
        )
        .is_some());
    }

    #[test]
    fn what_happened_after_a_meeting_is_not_the_meeting_after_it() {
        let corpus = corpus();
        let riga = corpus
            .meetings
            .iter()
            .position(|m| m.city.starts_with("Riga"));
        let seoul = corpus
            .meetings
            .iter()
            .position(|m| m.city.starts_with("Seoul"));
        // Interviews given after it are nothing its record tells, and no later meeting.
        let question = understand(
            &corpus,
            "did any minister give interviews after the riga meeting? need quotes",
        );
        assert_eq!(question.map(|q| q.target), None);
        let question = understand(&corpus, "what was the theme of the riga meeting?");
        assert_eq!(question.map(|q| q.target), riga.map(Target::Meeting));
        let next = understand(&corpus, "where was the meeting after riga").map(|q| q.target);
        assert_eq!(next, seoul.map(Target::Meeting));
    }

    #[test]
    fn how_many_meetings_cites_the_series_first() {
        let corpus = corpus();
        let counted = understand(&corpus, "how many meetings had there been by 2017?").unwrap();
        assert_eq!(
            answer(&corpus, &counted, crate::locale::SOURCE).paragraphs,
            [2, 1]
        );
        let numbered = understand(&corpus, "which number was the seoul meeting?").unwrap();
        assert_eq!(
            answer(&corpus, &numbered, crate::locale::SOURCE).paragraphs,
            [1]
        );
    }

    #[test]
    fn the_meeting_asked_about_is_the_one_answered() {
        let corpus = corpus();
        let expect = |q: &str, meeting: &str, attribute: &str, stated: bool| {
            expect_asked(&corpus, q, meeting, attribute, stated)
        };
        // "no. 2" was about something: a meeting; ordinals offered one after another ask the
        // number; "ed" is education; "how many" counts meetings however they are named.
        expect("what was number 2 about?", "ASEMME2", "theme", true);
        // "which countries" says who is asked about; the verb says what they did.
        expect(
            "Is there a list of which countries signed the Seoul Declaration?",
            "ASEMME6",
            "signatories",
            false,
        );
        assert!(
            understand(&corpus, "which countries joined ASEM after 2017")
                .is_none_or(|q| q.attribute != Some(MeetingAttribute::Participants)),
        );
        expect(
            "which countries attended the seoul meeting?",
            "ASEMME6",
            "participants",
            true,
        );
        expect("was the riga one the 4th? 5th?", "ASEMME5", "count", true);
        expect("was Riga the 4th?", "ASEMME5", "count", true);
        // The summit named by its own city is the one recorded; a year said of it is a claim.
        expect(
            "helsinki summit was 2008 right? same year as berlin",
            "ASEM Summit 6",
            "year",
            true,
        );
        expect(
            "Did the ASEAN Secretariat take part in the Seoul meeting, or only the countries?",
            "ASEMME6",
            "participants",
            true,
        );
        // A meeting the question likens another to is not the one asked about.
        expect(
            "who hosted Hanoi, also the Korean ministry of education like in Seoul?",
            "ASEMME2",
            "host",
            false,
        );
        expect(
            "'Strategizing ASEM Education Collaboration' - was that the Riga meeting?",
            "ASEMME4",
            "city",
            true,
        );
        expect(
            "the ASEM ed ministers meeting in Hanoi, what year?",
            "ASEMME2",
            "year",
            true,
        );
        expect(
            "how many asem education ministers' meetings had been held up to riga?",
            "ASEMME5",
            "count",
            true,
        );
        expect(
            "Which meeting had the theme about shaping an ASEM education area?",
            "ASEMME3",
            "count",
            true,
        );
        expect(
            "Which ASEM Summit, by number, gave birth to the ministers' meeting?",
            "ASEM Summit 6",
            "count",
            true,
        );
        // What a meeting adopted: the Seoul Declaration, or for the earlier ones the Chair's
        // Conclusions ¶2 speaks of; of the summit the declaration says no such thing.
        expect(
            "Which declaration came out of the 2017 meeting?",
            "ASEMME6",
            "outcome",
            true,
        );
        expect(
            "What document did ASEMME6 adopt?",
            "ASEMME6",
            "outcome",
            true,
        );
        expect(
            "what was adopted at the copenhagen meeting",
            "ASEMME3",
            "outcome",
            true,
        );
        expect(
            "What did the Helsinki summit produce?",
            "ASEM Summit 6",
            "outcome",
            false,
        );
        expect(
            "Who adopted the declaration at ASEMME6?",
            "ASEMME6",
            "participants",
            true,
        );
        expect(
            "The most recent ministers' meeting before the one that adopted this declaration: where was it?",
            "ASEMME5",
            "city",
            true,
        );
        // Roman numerals, abbreviations, other languages' ordinals and summit nouns.
        expect("ASEMME III host city?", "ASEMME3", "city", true);
        expect("who hosted asemme-iv?", "ASEMME4", "host", false);
        expect(
            "the IVth meeting was held in what place?",
            "ASEMME4",
            "city",
            true,
        );
        expect("3rd asem ed ministers mtg theme?", "ASEMME3", "theme", true);
        expect(
            "Où s'est tenue la première réunion des ministres de l'éducation de l'ASEM ?",
            "ASEMME1",
            "city",
            true,
        );
        expect(
            "In welcher Stadt fand der sechste ASEM-Gipfel statt?",
            "ASEM Summit 6",
            "city",
            true,
        );
        // A number put to the test for a meeting named otherwise asks for its number.
        expect("Riga was ASEMME4, correct?", "ASEMME5", "count", true);
        // Even when it is right.
        expect("Copenhagen was ASEMME3, yes?", "ASEMME3", "count", true);
        // Its own city and a year not its own, for a meeting named by its country.
        expect(
            "the Danish meeting was in Copenhagen in 2012, yeah?",
            "ASEMME3",
            "year",
            true,
        );
        // What a meeting named by its number was about, a question tagged on.
        expect(
            "my boss asked what the third ministerial was about, any idea?",
            "ASEMME3",
            "theme",
            true,
        );
        // Another year put forward for a meeting named by its year.
        expect(
            "the 2015 meeting was in 2016 i think?",
            "ASEMME5",
            "year",
            true,
        );
        // "The future" said of a meeting named is its topic, not a meeting to come.
        expect(
            "Was the Berlin meeting themed on education and training for the future?",
            "ASEMME1",
            "theme",
            true,
        );
        // A meeting's topic said of it is no topic the text is asked about.
        expect(
            "my notes say the meeting on sharing best practice in higher education was in 2010?",
            "ASEMME2",
            "year",
            true,
        );
        expect(
            "the meeting after kuala lumpur, was it number 5 or 6",
            "ASEMME5",
            "count",
            true,
        );
        expect(
            "the 'Shaping an ASEM Education Area' one was the 4th, wasn't it?",
            "ASEMME3",
            "count",
            true,
        );
        expect(
            "the last meeting before Seoul – which one in the series was it, the 5th?",
            "ASEMME5",
            "count",
            true,
        );
        expect("KL = asemme #?", "ASEMME4", "count", true);
        // So does a number that is right, and a choice of numbers said with "number" or a short
        // name; meetings counted up to one are counted to it.
        expect(
            "Seoul was the sixth ministers' meeting, correct?",
            "ASEMME6",
            "count",
            true,
        );
        expect(
            "the vietnam one, was that number 2 or number 3?",
            "ASEMME2",
            "count",
            true,
        );
        expect(
            "The Helsinki summit in 2006, was that ASEM6 or ASEM5?",
            "ASEM Summit 6",
            "count",
            true,
        );
        expect(
            "How many ASEM Education Ministers' Meetings took place before the Seoul one?",
            "ASEMME6",
            "count",
            true,
        );
        // The country that hosted is who hosted; the city that hosted is the city.
        expect(
            "ok so which country hosted the latest ministers meeting?",
            "ASEMME6",
            "host",
            true,
        );
        expect("which city hosted the 4th one", "ASEMME4", "city", true);
        // Who chaired is not who hosted: the declaration names no chair, of its own meeting
        // either.
        expect(
            "who chaired the seoul ministers' meeting?",
            "ASEMME6",
            "chair",
            false,
        );
        expect("who chaired the Hanoi meeting", "ASEMME2", "chair", false);
        // An outcome offered as a guess at the end is not an outcome given.
        expect(
            "What was adopted at the close of the 2nd Education Ministers' Meeting: a declaration or Chair's conclusions?",
            "ASEMME2",
            "outcome",
            true,
        );
        expect(
            "What type of outcome document came out of the third ministerial, Chair's Conclusions?",
            "ASEMME3",
            "outcome",
            true,
        );
        expect(
            "ok so where was the education ministers meeting number two held",
            "ASEMME2",
            "city",
            true,
        );
        expect(
            "what number was the 'Common Perspectives in Asia and Europe' meeting?",
            "ASEMME1",
            "count",
            true,
        );
        expect(
            "the '11 meeting, ASEMME number what?",
            "ASEMME3",
            "count",
            true,
        );
        expect(
            "what year was a sem me number four",
            "ASEMME4",
            "year",
            true,
        );
        expect("was the 2013 one in Singapore?", "ASEMME4", "city", true);
        expect(
            "the one in Malaysia, what was it about?",
            "ASEMME4",
            "theme",
            true,
        );
        expect(
            "where in the numbering does the Vietnamese ministerial fall?",
            "ASEMME2",
            "count",
            true,
        );
        expect(
            "theme of the meeting in two thousand fifteen",
            "ASEMME5",
            "theme",
            true,
        );
        expect(
            "6th asem summit, which city? on my phone cant open the pdf",
            "ASEM Summit 6",
            "city",
            true,
        );
        expect(
            "Wann genau war das Treffen in Kopenhagen? Tag und Monat bitte",
            "ASEMME3",
            "dates",
            false,
        );
        expect(
            "where did the ministers go after copenhagen",
            "ASEMME4",
            "city",
            true,
        );
        expect(
            "Où aura lieu la prochaine réunion ASEM des ministres de l'éducation ?",
            "Future { number: None }",
            "city",
            false,
        );
        expect(
            "which country takes over hosting after korea",
            "Future { number: Some(7) }",
            "city",
            false,
        );
        // A place anywhere in a question about the ministers' meetings.
        expect(
            "KL: year of the ministers' meeting?",
            "ASEMME4",
            "year",
            true,
        );
        expect(
            "what slogan did the ministers use in Malaysia",
            "ASEMME4",
            "theme",
            true,
        );
        // The speaker's own time counts no meeting.
        expect(
            "I need the ministers' meetings before our call tomorrow: what was the theme of ASEMME V?",
            "ASEMME5",
            "theme",
            true,
        );
        // The gathering named by who gathered.
        expect(
            "When did Latvia have the ASEM education ministers over?",
            "ASEMME5",
            "year",
            true,
        );
        // Counted from a meeting named after the counting word, whatever names that one.
        expect(
            "The ministers' meeting held two years after the Helsinki summit: what was it titled?",
            "ASEMME1",
            "theme",
            true,
        );
        expect(
            "two years after Kuala Lumpur which city hosted?",
            "ASEMME5",
            "city",
            true,
        );
        expect(
            "where was the meeting after ASEMME3?",
            "ASEMME4",
            "city",
            true,
        );
        expect(
            "where was the meeting between ASEMME3 and ASEMME5?",
            "ASEMME4",
            "city",
            true,
        );
        expect(
            "two years after Seoul, in which city did they meet next?",
            "Future { number: None }",
            "city",
            false,
        );
        // Dictated letters; other languages.
        expect("where was a sem m e four held", "ASEMME4", "city", true);
        expect(
            "Où s'est tenue la 5e réunion des ministres de l'éducation de l'ASEM ?",
            "ASEMME5",
            "city",
            true,
        );
        expect(
            "In welchem Jahr fand das Treffen in Kopenhagen statt?",
            "ASEMME3",
            "year",
            true,
        );
        expect("ASEMME6 주제가 뭐였어요?", "ASEMME6", "theme", true);
        // A place the declaration never names is not Seoul's.
        assert_eq!(asked(&corpus, "When was the meeting in Bangkok?"), None);
        // A meeting's place that says where something else is.
        assert_eq!(
            asked(&corpus, "university of helsinki was founded in what year?"),
            None
        );
        // Ministers of a year's meeting placed where no meeting was met at another.
        assert_eq!(
            asked(
                &corpus,
                "What was the name of the communiqué from the Bologna Process ministers in Yerevan 2015?"
            ),
            None
        );
        // Meetings described rather than named: first, by a theme, a region, what preceded or
        // followed; one described otherwise is not taken for Seoul's.
        expect(
            "The inaugural ASEM education ministers' meeting: which city?",
            "ASEMME1",
            "city",
            true,
        );
        expect(
            "When was the higher-education best-practice meeting?",
            "ASEMME2",
            "year",
            true,
        );
        expect(
            "The results-themed one: which city?",
            "ASEMME5",
            "city",
            true,
        );
        expect(
            "In what year did the education ministers meet in the Baltic states?",
            "ASEMME5",
            "year",
            true,
        );
        expect(
            "The meeting that preceded Riga: which city?",
            "ASEMME4",
            "city",
            true,
        );
        expect(
            "Was the Kuala Lumpur meeting the 3rd or the 4th?",
            "ASEMME4",
            "count",
            true,
        );
        // However the meeting is numbered or named, and in lower case.
        for (question, meeting, attribute) in [
            ("where was meeting number four held?", "ASEMME4", "city"),
            ("what was the theme of asem me 4?", "ASEMME4", "theme"),
            (
                "where was number four held? the asem education ministers one",
                "ASEMME4",
                "city",
            ),
            ("ASEMME 4 year", "ASEMME4", "year"),
            ("ASEMME #1 year?", "ASEMME1", "year"),
            ("Where was ASEMME I held?", "ASEMME1", "city"),
            ("ASEMME I, what was it about?", "ASEMME1", "theme"),
            ("whats ASEMME3s theme", "ASEMME3", "theme"),
            ("whats the meeting in Copenhagens theme", "ASEMME3", "theme"),
            (
                "copenhagen, was that the third ministerial or the fourth",
                "ASEMME3",
                "count",
            ),
            (
                "copenhagen, was that ASEMME 3 or the fourth",
                "ASEMME3",
                "count",
            ),
            (
                "Was the 6th ASEMME in November or December 2017?",
                "ASEMME6",
                "dates",
            ),
            ("asemme4 was in bangkok right?", "ASEMME4", "city"),
            ("ASEM ME 1 was back in 2006, wasn't it?", "ASEMME1", "year"),
            ("was the 2013 one in singapore?", "ASEMME4", "city"),
            (
                "the Kuala Lumpur meeting was in Bangkok right?",
                "ASEMME4",
                "city",
            ),
            (
                "the meeting in Kuala Lumpur wasn't the third one, was it?",
                "ASEMME4",
                "count",
            ),
            (
                "Fact check: the Danish meeting was held in 2013. True or false?",
                "ASEMME3",
                "year",
            ),
            (
                "THE LAST MEETING BEFORE SEOUL – WHICH ONE IN THE SERIES WAS IT, THE 5TH?",
                "ASEMME5",
                "count",
            ),
        ] {
            expect(question, meeting, attribute, true);
        }
        expect(
            "Has a city been picked for the follow-up to the Seoul meeting?",
            "Future { number: Some(7) }",
            "city",
            false,
        );
        assert_eq!(
            asked(&corpus, "When was the Southeast Asian meeting?"),
            None
        );
        // The one summit, asked which it was; a summit of another year is not it.
        expect(
            "Which ASEM Summit is credited with giving birth to the education ministers' meeting?",
            "ASEM Summit 6",
            "count",
            true,
        );
        assert_eq!(asked(&corpus, "Where was the 2018 ASEM Summit held?"), None);
        expect(
            "What year was the tenth-anniversary meeting of the education ministers?",
            "ASEMME6",
            "year",
            true,
        );
        // A city and a year put forward: the first is asked; a two-day span is a date.
        expect(
            "Is it correct that ASEMME2 took place in Hanoi in 2009?",
            "ASEMME2",
            "city",
            true,
        );
        expect(
            "was ASEMME2 held in 2009 in Hanoi?",
            "ASEMME2",
            "year",
            true,
        );
        expect(
            "can you confirm ASEMME6 took place on 21-22 November 2017?",
            "ASEMME6",
            "dates",
            true,
        );
        // A place, a month or the years apart put to the test; two meetings back; a city in two
        // words; years that describe rather than ask.
        expect("ASEMME4 was in Bangkok right?", "ASEMME4", "city", true);
        expect(
            "was the korea meeting in october 2017?",
            "ASEMME6",
            "dates",
            true,
        );
        expect(
            "hanoi was only one year after berlin, is that correct?",
            "ASEMME2",
            "year",
            true,
        );
        expect(
            "two meetings before seoul which year was that",
            "ASEMME4",
            "year",
            true,
        );
        expect(
            "Was Hà Nội the second or the third ministers meeting?",
            "ASEMME2",
            "count",
            true,
        );
        expect(
            "the ten year anniversary meeting what was its slogan",
            "ASEMME6",
            "theme",
            true,
        );
        expect("Where did ASEMME2 take place?", "ASEMME2", "city", true);
        expect(
            "When did the ministers meet in Copenhagen?",
            "ASEMME3",
            "year",
            true,
        );
        expect(
            "What was the theme of the 4th meeting?",
            "ASEMME4",
            "theme",
            true,
        );
        expect("Where was the meeting in 2015?", "ASEMME5", "city", true);
        expect("Who hosted the Riga meeting?", "ASEMME5", "host", false);
        expect("Who hosted the meeting?", "ASEMME6", "host", true);
        expect("When did the meeting take place?", "ASEMME6", "year", true);
        expect(
            "Where was the previous meeting held?",
            "ASEMME5",
            "city",
            true,
        );
        // The previous meeting named again after it is that meeting; "previous to" counts.
        expect(
            "what was the theme of the previous meeting, the 2015 one?",
            "ASEMME5",
            "theme",
            true,
        );
        expect(
            "what was the theme of the meeting previous to riga?",
            "ASEMME4",
            "theme",
            true,
        );
        expect(
            "Where was the ASEM summit that started it all?",
            "ASEM Summit 6",
            "city",
            true,
        );
        // Short names however spaced, other names of a city, a meeting's place in the series.
        expect("asem me 2 location", "ASEMME2", "city", true);
        expect("3rd ASEM ME - theme?", "ASEMME3", "theme", true);
        expect(
            "what did the 2nd meeting adopt, was there a declaration?",
            "ASEMME2",
            "outcome",
            true,
        );
        expect(
            "the summit it all grew out of: the 5th or the 6th ASEM summit?",
            "ASEM Summit 6",
            "count",
            true,
        );
        expect(
            "When exactly in 2008 was the Berlin meeting? day and month",
            "ASEMME1",
            "dates",
            false,
        );
        expect(
            "hey, when did the ministers meet in hanoi? trying to date it",
            "ASEMME2",
            "year",
            true,
        );
        expect(
            "were any university rectors at the Copenhagen meeting?",
            "ASEMME3",
            "participants",
            false,
        );
        expect("Berlin 2011, right?", "ASEMME1", "year", true);
        expect(
            "was riga before or after kuala lumpur?",
            "ASEMME5",
            "year",
            true,
        );
        expect(
            "Which meeting had 'Sharing of Experience and Best Practice' as its theme, and where was it held?",
            "ASEMME2",
            "city",
            true,
        );
        expect(
            "when Denmark hosted, what was the motto?",
            "ASEMME3",
            "theme",
            true,
        );
        expect(
            "the Finnish summit referred to in ¶2, which year?",
            "ASEM Summit 6",
            "year",
            true,
        );
        expect("ASEMME no. 4 was in which city?", "ASEMME4", "city", true);
        expect(
            "When did the ministers agree on this declaration?",
            "ASEMME6",
            "year",
            true,
        );
        expect(
            "it all started at an ASEM summit in 2009, right?",
            "ASEM Summit 6",
            "year",
            true,
        );
        expect(
            "Did the Riga meeting end with Conclusions by the Chair?",
            "ASEMME5",
            "outcome",
            true,
        );
        expect(
            "what sort of document came out of the Berlin ministers' meeting?",
            "ASEMME1",
            "outcome",
            true,
        );
        expect(
            "the first ministers' meeting held in Europe, which year?",
            "ASEMME1",
            "year",
            true,
        );
        expect(
            "which was the second meeting to be held in Asia, and where?",
            "ASEMME4",
            "city",
            true,
        );
        expect(
            "the latest of these meetings held in Europe: its theme?",
            "ASEMME5",
            "theme",
            true,
        );
        expect(
            "Riga was the second one after Berlin, right? what year was it",
            "ASEMME5",
            "year",
            true,
        );
        expect(
            "we know the summit was in 2006 — was that in Helsinki or Berlin?",
            "ASEM Summit 6",
            "city",
            true,
        );
        expect(
            "when in 2015 was the Riga meeting?",
            "ASEMME5",
            "dates",
            false,
        );
        expect(
            "the gathering held the year after Berlin, what was its motto?",
            "ASEMME2",
            "theme",
            true,
        );
        expect(
            "Comparing Berlin and Hanoi: I already have Berlin's year; I only need Hanoi's.",
            "ASEMME2",
            "year",
            true,
        );
        expect("ASEM-ME3 when", "ASEMME3", "year", true);
        expect("KL meeting: what number was it?", "ASEMME4", "count", true);
        expect(
            "Riga was which ASEMME, the 4th or 5th?",
            "ASEMME5",
            "count",
            true,
        );
        // Chat around a named meeting ("my notes say…") is not a question about the text.
        expect(
            "so what year was ASEMME5? my notes say 2014",
            "ASEMME5",
            "year",
            true,
        );
        expect(
            "Who signed the declaration, is there a list?",
            "ASEMME6",
            "signatories",
            false,
        );
        // A city or a year put forward asks for the meeting's; a person saying it is not the text.
        expect(
            "the vietnam one was in hanoi or HCMC?",
            "ASEMME2",
            "city",
            true,
        );
        expect("was ASEMME3 held in Berlin?", "ASEMME3", "city", true);
        expect(
            "my boss says the seoul conference was in 2018, i say 2017. who is right",
            "ASEMME6",
            "year",
            true,
        );
        expect(
            "who actually came to seoul?",
            "ASEMME6",
            "participants",
            true,
        );
        // Ordinals with words between, "no. 3", "b4", "between", another spelling of a country.
        expect(
            "third asem edu ministers meeting - which city??",
            "ASEMME3",
            "city",
            true,
        );
        expect(
            "no. 3 of the education ministers meetings — theme?",
            "ASEMME3",
            "theme",
            true,
        );
        expect("the one b4 Hanoi where", "ASEMME1", "city", true);
        expect(
            "The Malaysian ministerial wasn't the third one, was it?",
            "ASEMME4",
            "count",
            true,
        );
        expect(
            "Is it true that the Seoul meeting ran on 21 and 22 November?",
            "ASEMME6",
            "dates",
            true,
        );
        // Days put forward with a short month for "it", the meeting the text is from.
        expect(
            "was it 20-21 nov? need to confirm for an article",
            "ASEMME6",
            "dates",
            true,
        );
        // Another meeting's theme said of one named by its number puts its theme to the test.
        expect(
            "Was the third meeting the one called 'Strategizing ASEM Education Collaboration'?",
            "ASEMME3",
            "theme",
            true,
        );
        // The summit told by what it launched, a city that is no meeting's put forward.
        expect(
            "Is it true that the summit which launched the ministers' meetings took place in Stockholm?",
            "ASEM Summit 6",
            "city",
            true,
        );
        expect(
            "Which ministers represented their governments at the Berlin meeting in 2008?",
            "ASEMME1",
            "participants",
            false,
        );
        expect(
            "the one between KL and Seoul, which year",
            "ASEMME5",
            "year",
            true,
        );
        expect(
            "in which year the meeting at Danmark happened?",
            "ASEMME3",
            "year",
            true,
        );
        expect(
            "roughly how many people attended the seoul meeting? 100? 200?",
            "ASEMME6",
            "headcount",
            false,
        );
        expect(
            "what city is next up for the ministers after Seoul",
            "Future { number: Some(7) }",
            "city",
            false,
        );
    }

    #[test]
    fn terse_checks_and_later_clauses_name_the_meeting_asked_about() {
        let corpus = corpus();
        let expect = |q: &str, meeting: &str, attribute: &str, stated: bool| {
            expect_asked(&corpus, q, meeting, attribute, stated)
        };
        // A place put forward right after a short name.
        expect("ASEMME 4 in Bangkok?", "ASEMME4", "city", true);
        // The place given, the meeting asked.
        expect(
            "Which one of the ministerial meetings took place in Latvia?",
            "ASEMME5",
            "count",
            true,
        );
        // Its own city with a year not its own: the year is in doubt; both its own: the first.
        expect("ASEMME5 was in Riga in 2016?", "ASEMME5", "year", true);
        expect(
            "Is it correct that ASEMME2 took place in Hanoi in 2009?",
            "ASEMME2",
            "city",
            true,
        );
        expect(
            "Did the 3rd ASEMME end with a declaration, or with something else?",
            "ASEMME3",
            "outcome",
            true,
        );
        expect(
            "Who helped the Korean ministry run ASEMME 6?",
            "ASEMME6",
            "host",
            true,
        );
        // A claim in one sentence, the question in the next.
        expect(
            "Riga was 2015 — was the EU represented at the one after it?",
            "ASEMME6",
            "participants",
            true,
        );
        // How long it lasted is its dates; how many signed, a headcount.
        expect(
            "How many days did the Riga meeting last?",
            "ASEMME5",
            "dates",
            false,
        );
        expect(
            "How many ASEM partners signed the Seoul Declaration?",
            "ASEMME6",
            "headcount",
            false,
        );
        // The same thing asked of another meeting; what the speaker knows is not asked.
        expect(
            "Berlin was 2008, fine. What about Hanoi?",
            "ASEMME2",
            "year",
            true,
        );
        expect(
            "I know Kuala Lumpur was about strategizing collaboration - what was Riga's theme then?",
            "ASEMME5",
            "theme",
            true,
        );
        expect(
            "Was the Riga meeting the 4th in the series?",
            "ASEMME5",
            "count",
            true,
        );
        expect(
            "Where was the first of these ministerial meetings that took place in Asia?",
            "ASEMME2",
            "city",
            true,
        );
        expect(
            "did the KL meeting adopt chair's conclusions or a full declaration?",
            "ASEMME4",
            "outcome",
            true,
        );
        // Spelt or abbreviated as people type them.
        expect(
            "CPH = 2012 right?? just double-checking before we print",
            "ASEMME3",
            "year",
            true,
        );
        expect(
            "HN 2010 is that right for the second ministerial",
            "ASEMME2",
            "year",
            true,
        );
        expect(
            "the DK one, what was it about (theme)",
            "ASEMME3",
            "theme",
            true,
        );
        expect(
            "which asemm was the one about shaping an ASEM education area",
            "ASEMME3",
            "count",
            true,
        );
        expect(
            "ok so Berlin was #1, where did #2 happen",
            "ASEMME2",
            "city",
            true,
        );
        expect(
            "Vietnam's ASEMME - what place does it have in the series?",
            "ASEMME2",
            "count",
            true,
        );
        // Choices offered are asked; what they are offered for names the meeting.
        expect(
            "What came out of the Hanoi meeting - Chair's conclusions or a declaration?",
            "ASEMME2",
            "outcome",
            true,
        );
        expect(
            "'ASEM Education Collaboration for Results' - was that Riga's theme or KL's?",
            "ASEMME5",
            "city",
            true,
        );
        expect(
            "6th ASEM summit - Finland or Sweden?",
            "ASEM Summit 6",
            "city",
            true,
        );
        expect(
            "the seoul ministerial was in october 2017 wasnt it",
            "ASEMME6",
            "dates",
            true,
        );
        expect(
            "What is the name of the document adopted at ASEMME6?",
            "ASEMME6",
            "outcome",
            true,
        );
        expect(
            "was the ASEAN Secretariat at KL 2013",
            "ASEMME4",
            "participants",
            false,
        );
        // Who spoke or opened it is in no record.
        for question in [
            "Which Korean minister spoke at the Seoul meeting?",
            "Did Latvia's prime minister open the Riga meeting?",
            "Who gave the opening speech at ASEMME6?",
        ] {
            assert_eq!(understand(&corpus, question), None, "{question}");
        }
    }

    #[test]
    fn what_the_declaration_does_not_say_is_said_so() {
        let corpus = corpus();
        let understood = understand(&corpus, "Who will host the seventh meeting?").unwrap();
        assert_eq!(understood.target, Target::Future { number: Some(7) });
        let statement = answer(&corpus, &understood, crate::locale::SOURCE);
        assert!(!statement.stated);
        assert!(statement.text.starts_with("The declaration does not say"));
        assert_eq!(statement.paragraphs, corpus.meeting_questions.future);
        let understood = understand(
            &corpus,
            "Does the declaration say what the theme of the next ministers' meeting will be?",
        )
        .unwrap();
        assert_eq!(understood.target, Target::Future { number: None });
        let understood = understand(
            &corpus,
            "finland hosted the 2006 summit, right? does the text actually say who the host was",
        )
        .unwrap();
        assert_eq!(understood.attribute, Some(MeetingAttribute::Host));
        let understood = understand(&corpus, "Where will the next meeting be held?").unwrap();
        assert_eq!(understood.target, Target::Future { number: None });
        let understood = understand(
            &corpus,
            "Which country hosts the meeting that follows Seoul?",
        );
        assert_eq!(
            understood.map(|u| u.target),
            Some(Target::Future { number: Some(7) })
        );
        // ¶2 says Conclusions by the Chair were adopted at each meeting, never what they decided.
        for (question, meeting, stated) in [
            ("What did the ministers adopt in Riga?", "ASEMME5", true),
            (
                "What were the main decisions taken at the Hanoi meeting in 2009?",
                "ASEMME2",
                false,
            ),
            ("what did they decide in copenhagen?", "ASEMME3", false),
        ] {
            expect_asked(&corpus, question, meeting, "outcome", stated);
        }
    }

    #[test]
    fn a_get_together_or_a_meetup_is_a_meeting() {
        let corpus = corpus();
        expect_asked(
            &corpus,
            "where was the 2015 get-together?",
            "ASEMME5",
            "city",
            true,
        );
        expect_asked(
            &corpus,
            "what year was the copenhagen meetup",
            "ASEMME3",
            "year",
            true,
        );
    }

    #[test]
    fn the_speaker_s_own_calendar_asks_nothing_of_a_meeting() {
        let corpus = corpus();
        assert_eq!(
            understand(
                &corpus,
                "best korean bbq near gangnam?? going to seoul next month"
            ),
            None
        );
        expect_asked(
            &corpus,
            "going to seoul next month, when was the meeting there?",
            "ASEMME6",
            "year",
            true,
        );
        let understood = understand(&corpus, "will the next meeting be next year?").unwrap();
        assert_eq!(understood.target, Target::Future { number: None });
    }

    #[test]
    fn a_qualifier_of_the_ask_is_no_other_subject() {
        let corpus = corpus();
        expect_asked(
            &corpus,
            "what did riga actually decide? any concrete outcomes from 2015",
            "ASEMME5",
            "outcome",
            false,
        );
        expect_asked(
            &corpus,
            "who was actually in the room in seoul - just ministers or other people too?",
            "ASEMME6",
            "participants",
            true,
        );
    }

    #[test]
    fn a_country_s_ministry_is_what_is_asked() {
        let corpus = corpus();
        expect_asked(
            &corpus,
            "Which country's Ministry of Education was host of ASEMME6?",
            "ASEMME6",
            "host",
            true,
        );
        expect_asked(
            &corpus,
            "who put on the Seoul meeting of ASEM education ministers?",
            "ASEMME6",
            "host",
            true,
        );
    }

    #[test]
    fn the_speaker_s_wish_to_know_is_not_what_the_ministers_want() {
        let corpus = corpus();
        expect_asked(
            &corpus,
            "my ministry in Jakarta wants to know who took part in ASEMME6",
            "ASEMME6",
            "participants",
            true,
        );
        assert!(asks_what_the_text_says(
            &corpus,
            "what do the ministers want the next meeting to achieve?"
        ));
    }

    #[test]
    fn signing_up_for_something_asks_no_signatory() {
        let corpus = corpus();
        assert_eq!(
            understand(&corpus, "free online courses that anyone can sign up for"),
            None
        );
        expect_asked(
            &corpus,
            "who signed the seoul declaration",
            "ASEMME6",
            "signatories",
            false,
        );
    }

    #[test]
    fn the_years_before_the_record_are_in_no_text_of_it() {
        let corpus = corpus();
        for question in [
            "what did ASEM education cooperation look like in the 1990s",
            "when did ASEM itself start, was it 1996?",
            "how did asia-europe student exchanges work back in 1999?",
        ] {
            assert!(asks_what_came_before(&corpus, question), "{question}");
        }
        for question in [
            "does the declaration mention the 1990s?",
            "what happened at the 2006 summit in helsinki?",
            "when was the first ministers meeting, 2008?",
        ] {
            assert!(!asks_what_came_before(&corpus, question), "{question}");
        }
    }

    #[test]
    fn what_came_after_the_declaration_is_in_no_text_of_2017() {
        let corpus = corpus();
        for question in [
            "what happened at the next meeting after seoul, what did they decide there",
            "has student mobility between asia and europe gone up since 2017?",
            "how many students did the secretariat fund in 2019",
            "Which member states have since reported on their implementation?",
            "what did the 8th asemme decide",
            "Did the number of Asian students in Erasmus+ go up after 2017?",
            // A forecast.
            "will asia and europe still be cooperating on education in 2035?",
            "is AI going to kill half of all jobs by 2030",
            // An event of the years after.
            "what did ASEF do for students during the pandemic",
        ] {
            assert!(asks_what_came_after(&corpus, question), "{question}");
        }
        for question in [
            "What has the ASEM Education Process achieved since 2008?",
            "When will the next meeting be held?",
            "will the ministers meet again in 2019?",
            "what do they plan to achieve by 2027?",
            "Is it true that the next ministers' meeting after Seoul was set for 2019?",
            "What did the ministers decide in Seoul?",
            "during the pandemic my uni moved online; does the declaration talk about online learning?",
            "Ten years on, the worry about ICT looks prescient. My students without laptops during lockdown are exhibit A.",
        ] {
            assert!(!asks_what_came_after(&corpus, question), "{question}");
        }
    }

    #[test]
    fn another_body_s_meetings_are_not_reported_on() {
        let corpus = corpus();
        for question in [
            "What did the ASEM Labour and Employment Ministers conclude at their last conference?",
            "when is the next ASEM foreign ministers meeting",
            "where was the ASEAN summit in 2017",
            "Where and when will the next ASEM leaders' summit be held?",
            "who hosts the next ASEM summit?",
            "what was the theme of ASEM Summit 12",
            "Who chaired the 10th ASEM summit in Milan in 2014?",
            "who hosted the ASEM Summit in Brussels in 2018?",
            "who attended the EU-ASEAN summit last month?",
            "Where did the ASEAN education ministers meet in 2017, and who chaired it?",
            "What was agreed at the ASEM Foreign Ministers Meeting in Nay Pyi Taw in 2017?",
            "Agenda of the last ASEM Labour and Employment Ministers' Conference",
            "what is the ASEM labour ministers' position on unemployment benefits for young people",
            "what did the ASEM foreign ministers agree at their last meeting",
            "what does the ASEM labour ministers' declaration say about youth jobs",
            "what did the ASEM foreign ministers agree on at their last meeting",
            "what did the labour and employment ministers' conference say about youth jobs",
        ] {
            assert!(asks_of_another_body(&corpus, question), "{question}");
        }
        // The timeline's own summit, however it is offered.
        for question in [
            "in finland they had an asem summit, which one was it, like 5th 6th?",
            "the summit two years before Berlin, where was it",
            "where was the 6th ASEM summit in 2006?",
            // 2008 dates Berlin, named with it.
            "Before Berlin 2008 there was an ASEM summit that started the whole ministers' process. In what year was that summit held?",
        ] {
            assert!(!asks_of_another_body(&corpus, question), "{question}");
        }
        // A summit said in passing, in a sentence that asks nothing of it.
        assert!(!asks_of_another_body(
            &corpus,
            "we'd sign these big joint statements and nobody looked at them until the next summit. anyway"
        ));
        // ¶12 links education with the foreign and labour ministers' meetings.
        for question in [
            "Should the education ministers work more closely with the foreign ministers?",
            "Does the declaration tie education to the foreign ministers' meetings?",
            "What was agreed about working with the foreign ministers' meetings?",
            "where's the bit about the foreign ministers and labour ministers meetings",
        ] {
            assert!(!asks_of_another_body(&corpus, question), "{question}");
        }
    }

    #[test]
    fn a_topic_asked_of_the_text_is_not_asked_of_a_meeting() {
        let corpus = corpus();
        for question in [
            "the 2017 meeting in korea, did they talk about the digital divide / ICT gap??",
            "in seoul 2017 what they say about sharing best practice between countries?",
        ] {
            assert_eq!(understand(&corpus, question), None, "{question}");
        }
        // Index 0 is the Helsinki summit; Hanoi is the second ministers' meeting.
        let theme = |q: &str| understand(&corpus, q).map(|m| (m.target, m.attribute));
        assert_eq!(
            theme("what was the Hanoi meeting about?"),
            Some((Target::Meeting(2), Some(MeetingAttribute::Theme)))
        );
        assert_eq!(
            theme("tell me about the Hanoi meeting"),
            Some((Target::Meeting(2), Some(MeetingAttribute::Theme)))
        );
    }

    #[test]
    fn ordinals_of_other_things_are_not_meetings() {
        let corpus = corpus();
        assert_eq!(
            understand(&corpus, "What about the 4th Industrial Revolution?"),
            None
        );
        assert_eq!(
            understand(&corpus, "When will credits be recognised?"),
            None
        );
        assert_eq!(
            understand(&corpus, "What did ministers say about mobility?"),
            None
        );
        // Another ministers' conference, a deadline year, the weather of a meeting's month.
        for question in [
            "What did the ASEM Labour and Employment Ministers conclude at their last conference?",
            "Was the Seoul Declaration implemented by 2020, and what were the results?",
            "What was the weather like in Seoul in November 2017?",
            "where was the ASEAN summit in 2017",
        ] {
            assert_eq!(understand(&corpus, question), None, "{question}");
        }
        // "this" and "one" of chat do not point at a meeting.
        assert_eq!(
            understand(
                &corpus,
                "so there's a secretariat to keep all of this on track? a lot of work for one office"
            ),
            None
        );
    }
}
