//! Questions about a body or programme the declaration names (ASEF, the ASEAN Secretariat,
//! Erasmus+), or about one it never names (Seoul National University, the Berlinale, APEC), that
//! ask what the declaration never records of one: when it began, where it sits, who leads it, its
//! motto, how to apply; and of one it never names, what a meeting's record gives (its theme, its
//! host, who attended). No paragraph answers them, however close its words.

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
    "adopt",
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
    "commissioner",
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
    "vacancies",
    "vacancy",
    "recruitment",
    "recruiting",
    "hiring",
    "interns",
    "internship",
    "internships",
    // Money: the declaration funds nothing and gives no one's budget.
    "fund",
    "funds",
    "funded",
    "funding",
    "finance",
    "finances",
    "financed",
    "financing",
    "budget",
    "budgets",
    "money",
    "spend",
    "spends",
    "spending",
];
/// Words that ask who belongs to something ("which countries are members of ASEM", "when did
/// Croatia join ASEF").
const MEMBERSHIP: &[&str] = &[
    "member",
    "members",
    "membership",
    "belong",
    "belongs",
    "join",
    "joined",
];
/// Words that ask who runs or houses something, said right before it ("who runs the ASEM
/// Education Secretariat", "which countries have hosted the Secretariat so far", "who organises
/// the ASEM-DUO fellowship applications").
const RUNNING: &[&str] = &[
    "runs",
    "run",
    "running",
    "manages",
    "managed",
    "operates",
    "operated",
    "hosts",
    "hosted",
    "organises",
    "organizes",
];

/// The names a question may give a body, and what tells a name the bot never uses: gathered once
/// per question, for the questions of this module.
pub struct Names<'c> {
    corpus: &'c Corpus,
    bodies: Bodies,
    known: Known<'c>,
}

impl<'c> Names<'c> {
    pub fn of(corpus: &'c Corpus) -> Names<'c> {
        Names {
            corpus,
            bodies: Bodies::of(corpus),
            known: Known::of(corpus),
        }
    }

    /// Whether a sentence of `question` asks of a body the glossary or a meeting's record names
    /// something no record of the declaration holds, and names no meeting. The sentence that names
    /// the body is the one that counts: "reporter here and on deadline. Did Seoul decide…" asks no
    /// deadline.
    pub fn asks_a_record_of_a_body(&self, question: &str) -> bool {
        let bodies = &self.bodies;
        sentences(question).iter().any(|sentence| {
            let words = crate::text::words(sentence);
            let named = bodies.named_in(&words) || bodies.names_a_forum(self.corpus, &words);
            speaks_of_another_subject(&words)
                && ((named
                    && (asks_a_record(&words, || bodies.where_is_one(&words))
                        || bodies.run_by_someone(&words)))
                    || ((asks_a_roll(&words) || asks_membership(&words))
                        && bodies.any_named_in(&words)))
        })
    }

    /// Whether a sentence of `question` (as typed: the case of its words tells a name) asks a
    /// record of a name nothing the bot holds uses, and names no meeting: "what was the theme of
    /// the Berlinale in 2008?", "who founded the University of Copenhagen?", "motto of Seoul
    /// National University", "who took part in the Eastern Partnership summit in Riga?". Its place
    /// or year may be a meeting's; what is asked is not of the meeting.
    pub fn asks_a_record_of_a_stranger(&self, question: &str) -> bool {
        let (known, bodies) = (&self.known, &self.bodies);
        sentences(question).iter().any(|sentence| {
            // Names beginning as a body's the declaration names are left to the body rule, but
            // for "What is the ASEAN University Network?": that is another's, and the glossary has
            // no entry for it.
            let names = strange_names(known, sentence);
            let strangers: Vec<String> = names
                .iter()
                .filter(|name| !bodies.named_in(name))
                .flatten()
                .cloned()
                .collect();
            let words = crate::text::words(sentence);
            let what_it_is = || {
                asked_what_it_is(&words, &names)
                    .is_some_and(|name| !asks_a_term_by(self.corpus, sentence, name))
            };
            let asks_its_record = || {
                !strangers.is_empty()
                    && (asks_a_record(&words, || asks_where(&words))
                        || super::meeting::attribute_asked_of(self.corpus, &words)
                            .is_some_and(|object| object.iter().any(|w| strangers.contains(w))))
            };
            speaks_of_another_subject(&words) && (asks_its_record() || what_it_is())
        })
    }

    /// Whether a sentence of `question` asks whether someone nothing the bot holds names did
    /// something, the name its subject ("Did Japan's minister attend?", "was Thailand there?"), as
    /// typed: the case of its words tells a name. A name said around the question ("my ministry in
    /// Jakarta wants to know who took part") is not asked about.
    pub fn asks_whether_a_stranger_did(&self, question: &str) -> bool {
        sentences(question).iter().any(|sentence| {
            let words = crate::text::words(sentence);
            let asks_whether = words.first().is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "did" | "was" | "were" | "has" | "have" | "is" | "are" | "does" | "do"
                )
            });
            let subject = words
                .iter()
                .skip(1)
                .find(|w| !matches!(w.as_str(), "the" | "a" | "an"));
            asks_whether
                && strange_names(&self.known, sentence)
                    .iter()
                    .any(|name| !self.bodies.named_in(name) && name.first() == subject)
        })
    }

    /// Whether a sentence of `question` asks whether a body did something ("Did ASEF publish its
    /// own report about the Seoul meeting?", "Does the EU fund the Seoul meeting's follow-up?"): it
    /// asks of the body's doings, not for the record of a meeting it names.
    pub fn asks_what_a_body_did(&self, question: &str) -> bool {
        let bodies = &self.bodies;
        sentences(question).iter().any(|sentence| {
            let words = crate::text::words(sentence);
            let Some(first) = words.first() else {
                return false;
            };
            if !matches!(
                first.as_str(),
                "did" | "does" | "do" | "has" | "have" | "will" | "would" | "can" | "could"
            ) {
                return false;
            }
            // The subject: the body's name, after an article.
            let subject: Vec<String> = words[1..]
                .iter()
                .skip_while(|w| matches!(w.as_str(), "the" | "a" | "an"))
                .take_while(|w| bodies.name_words.contains(*w) || bodies.record.contains(*w))
                .cloned()
                .collect();
            !subject.is_empty() && bodies.named_in(&subject)
        })
    }
}

/// Whether `question` asks who stood for a party ("who represented the European Commission at
/// ASEMME6", "who led the Korean delegation?"): a person, whom the record never names.
pub fn asks_who_stood_for(question: &str) -> bool {
    let words = crate::text::words(question);
    // "Which ministers attended ASEMME6 in person…?": the ministers one by one, not "which
    // ministers' meeting".
    let which_ministers = words.windows(3).any(|three| {
        matches!(three[0].as_str(), "which" | "what")
            && matches!(three[1].as_str(), "minister" | "ministers")
            && !super::meeting::is_meeting_noun(&three[2])
    });
    which_ministers
        || words.iter().enumerate().any(|(at, w)| {
            w == "who"
                && words[at + 1..].iter().take(3).any(|next| {
                    matches!(
                        next.as_str(),
                        "represented" | "represents" | "represent" | "led" | "leads" | "headed"
                    )
                })
        })
}

/// Whether `sentence` asks for a glossary term by that very `name` ("whats a MOOC?"), a plural
/// aside: a name the texts only use otherwise is no stranger.
fn asks_a_term_by(corpus: &Corpus, sentence: &str, name: &[String]) -> bool {
    let singular = |w: &str| w.trim_end_matches('s').to_string();
    let name: Vec<String> = name.iter().map(|w| singular(w)).collect();
    super::definition::asked_term(corpus, sentence).is_some_and(|term| {
        super::definition::names(term).any(|n| n.split(' ').map(singular).eq(name.iter().cloned()))
    })
}

/// The one of `strangers` a sentence asks what it is ("What is the ASEAN University Network?",
/// "what's Erasmus Mundus"): the glossary has no entry for it and no paragraph names it.
fn asked_what_it_is<'s>(words: &[String], strangers: &'s [Vec<String>]) -> Option<&'s [String]> {
    let rest = match words {
        [what, is, rest @ ..]
            if what == "what" && matches!(is.as_str(), "is" | "s" | "are" | "was" | "were") =>
        {
            rest
        }
        [whats, rest @ ..] if whats == "whats" => rest,
        _ => return None,
    };
    // "what's the E and M": a letter is no name.
    let named = rest
        .iter()
        .find(|w| !matches!(w.as_str(), "the" | "a" | "an"))
        .filter(|named| named.chars().count() > 1)?;
    strangers
        .iter()
        .find(|name| name.first() == Some(named))
        .map(Vec::as_slice)
}

/// The sentences of `question`, as typed; a word or two after a sentence ("…the ASEM-DUO
/// Fellowship? deadline?") goes on with it.
fn sentences(question: &str) -> Vec<String> {
    let mut sentences: Vec<String> = Vec::new();
    // An emoji ends a sentence of chat too: "deadline in an hour 🙏 what's the Seoul line on ICT?".
    for sentence in
        question.split(|c| matches!(c, '.' | '?' | '!' | ';' | ':') || crate::text::is_emoji(c))
    {
        let short = crate::text::words(sentence).len() <= 2;
        match sentences.last_mut() {
            Some(last) if short => {
                last.push(' ');
                last.push_str(sentence);
            }
            _ => sentences.push(sentence.to_string()),
        }
    }
    sentences
}

/// Whether a sentence speaks of neither the text nor a meeting: "where does the text say the
/// Secretariat is based?" asks what the text says.
fn speaks_of_another_subject(words: &[String]) -> bool {
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
    !of_the_text && !super::meeting::speaks_of_a_meeting(words)
}

/// Whether a sentence asks what a record of a body would hold: when it began, where it sits
/// (`where_is_one` tells a bare "where is …" of it), who leads it, its motto, deadline or who may
/// apply.
/// Whether `words` ask where something is: not "dunno where to start", the speaker's own next
/// step.
fn asks_where(words: &[String]) -> bool {
    (0..words.len()).any(|at| words[at] == "where" && words.get(at + 1).is_none_or(|w| w != "to"))
}

fn asks_a_record(words: &[String], where_is_one: impl FnOnce() -> bool) -> bool {
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    let asks_when = words.iter().any(|w| matches!(w.as_str(), "when" | "year"));
    // "is ASEF's head office in Singapore?": a place put to the test.
    let whether_in = words
        .first()
        .is_some_and(|w| matches!(w.as_str(), "is" | "are" | "was" | "were"))
        && words.iter().any(|w| w == "in");
    let asks_where = whether_in
        || asks_where(words)
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
    // "asem-duo fellowship duration", "how long does an ASEM-DUO exchange last?", "is it taking
    // applications this year?": its terms and calls.
    let its_terms = words
        .windows(2)
        .any(|pair| pair[0] == "how" && pair[1] == "long")
        || words.iter().any(|w| {
            matches!(
                w.as_str(),
                "duration" | "applications" | "intake" | "stipend" | "allowance"
            )
        });
    ((asks_when || asks_who || asks_which) && has(BEGINNING))
        || its_terms
        || (asks_where && (has(SEAT) || where_is_one()))
        || (asks_who && has(LEADERSHIP))
        || asks_membership(words)
        || has(OWN_AFFAIRS)
        || eligibility
}

/// Whether a sentence asks who belongs to something, or since when ("which new countries joined
/// ASEM in 2018", "when did Croatia join ASEF").
fn asks_membership(words: &[String]) -> bool {
    let asks = words
        .iter()
        .any(|w| matches!(w.as_str(), "who" | "which" | "what" | "when" | "year"))
        || asks_how_many(words);
    asks && words.iter().any(|w| MEMBERSHIP.contains(&w.as_str()))
}

/// Whether a sentence asks for the roll of those in something: "which countries are ASEM
/// partners?", "which universities take part in ASEM-DUO?", "full list of members please". The
/// declaration names no country, university or member one by one.
fn asks_a_roll(words: &[String]) -> bool {
    const ROLL: &[&str] = &[
        "countries",
        "nations",
        "universities",
        "institutions",
        "schools",
        "organisations",
        "organizations",
        "members",
        "partners",
    ];
    const IN_IT: &[&str] = &[
        "are",
        "take",
        "takes",
        "taking",
        "participate",
        "participates",
        "participating",
        "involved",
        "belong",
    ];
    let which_are = words.windows(3).any(|three| {
        matches!(three[0].as_str(), "which" | "what")
            && ROLL.contains(&three[1].as_str())
            && IN_IT.contains(&three[2].as_str())
    });
    let listed = words
        .windows(3)
        .any(|three| three[0] == "list" && three[1] == "of" && ROLL.contains(&three[2].as_str()))
        || words
            .windows(2)
            .any(|pair| pair[0] == "full" && pair[1] == "list");
    which_are || listed
}

/// Whether `words` ask "how many".
pub(super) fn asks_how_many(words: &[String]) -> bool {
    words
        .windows(2)
        .any(|pair| pair[0] == "how" && pair[1] == "many")
}

/// The names a question may give a body by, gathered once per question.
struct Bodies {
    /// The glossary's names (folded words joined by spaces), but for the meetings' own terms.
    names: Vec<String>,
    /// The names of a forum named a meeting, not the ministers' own (ASEM).
    forums: Vec<String>,
    /// The glossary's names, the meetings' own terms too.
    every_name: Vec<String>,
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
        // But for a forum named a meeting that is not the ministers' (ASEM itself, the
        // Asia-Europe Meeting): it has a record of its own ("when was ASEM founded?"), which the
        // declaration does not give.
        let a_forum = |term: &crate::corpus::Term| {
            super::definition::names(term).all(|name| !name.split(' ').any(of_the_ministers))
        };
        Bodies {
            names: corpus
                .glossary
                .iter()
                .filter(|term| !of_the_meetings(term))
                .flat_map(super::definition::names)
                .collect(),
            forums: corpus
                .glossary
                .iter()
                .filter(|term| of_the_meetings(term) && a_forum(term))
                .flat_map(super::definition::names)
                .collect(),
            every_name: corpus
                .glossary
                .iter()
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
        says_a_name(&self.names, words) || words.iter().any(|w| self.record.contains(w))
    }

    /// Whether `words` name a forum named a meeting (ASEM) and neither its education process
    /// ("when did ASEM start working on education?" asks of it, ¶2) nor a meeting ("which city
    /// hosted ASEM ME2?").
    fn names_a_forum(&self, corpus: &Corpus, words: &[String]) -> bool {
        says_a_name(&self.forums, words)
            && !words.iter().any(|w| of_the_ministers(w))
            && !super::meeting::names_any_meeting(corpus, words)
    }

    /// Whether `words` name any term of the glossary, the meetings' own ("ASEM") among them, or a
    /// body a meeting's record names.
    fn any_named_in(&self, words: &[String]) -> bool {
        says_a_name(&self.every_name, words) || words.iter().any(|w| self.record.contains(w))
    }

    /// "who is in charge of the ASEM Education Secretariat?", "which university runs the
    /// ASEM-DUO programme office?": who runs a body or houses it, the body named right after the
    /// ask ("who is in charge of implementing the initiatives?" asks of no body).
    fn run_by_someone(&self, words: &[String]) -> bool {
        if !words
            .iter()
            .any(|w| matches!(w.as_str(), "who" | "which" | "what"))
        {
            return false;
        }
        (0..words.len()).any(|at| {
            let after = if RUNNING.contains(&words[at].as_str()) {
                at + 1
            } else if words[at..]
                .iter()
                .map(String::as_str)
                .take(3)
                .eq(["in", "charge", "of"])
            {
                at + 3
            } else {
                return false;
            };
            let name: Vec<String> = words[after..]
                .iter()
                .skip_while(|w| matches!(w.as_str(), "the" | "a" | "an"))
                .take_while(|w| {
                    w.split('-')
                        .all(|part| self.name_words.contains(part) || self.record.contains(part))
                })
                .cloned()
                .collect();
            !name.is_empty() && self.named_in(&name)
        })
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

/// Whether `words` say one of `names` (folded words joined by spaces) whole.
fn says_a_name(names: &[String], words: &[String]) -> bool {
    let spaced = format!(" {} ", words.join(" ").replace('-', " "));
    names
        .iter()
        .any(|name| spaced.contains(&format!(" {name} ")))
}

/// Whether `word` speaks of the education ministers or their process ("education", "educational",
/// "process", "ministerial"), not of a forum that only shares a meeting's name.
fn of_the_ministers(word: &str) -> bool {
    word.starts_with("educat") || word == "process" || word.starts_with("minister")
}

/// What tells a name the bot never uses.
struct Known<'c> {
    held: &'c crate::corpus::Held,
    /// The words of the meetings' places and regions: "South Korea" only puts places together.
    places: HashSet<String>,
    /// A question's words and the corpus's own: a sentence's first word among them is no name.
    stop: crate::search::StopWords,
}

impl Known<'_> {
    fn of(corpus: &Corpus) -> Known<'_> {
        let places = corpus
            .meetings
            .iter()
            .flat_map(|m| m.places().chain(&m.region))
            .chain([&corpus.primary().place])
            .flat_map(|name| crate::text::words(name))
            .collect();
        Known {
            held: &corpus.held,
            places,
            stop: crate::search::StopWords::new(&corpus.stop_words),
        }
    }

    /// Whether `name` is a stranger: a word the bot never uses, or words it never puts together
    /// ("Seoul National University"), unless they only put places together ("South Korea").
    fn is_stranger(&self, name: &[String]) -> bool {
        let content: Vec<&String> = name.iter().filter(|w| !is_name_joint(w)).collect();
        match content.as_slice() {
            [] => false,
            [word] => word.chars().count() > 1 && !self.held.has_word(word),
            _ => {
                !self.held.has_phrase(name)
                    && !content.iter().all(|w| {
                        self.places.contains(*w)
                            || matches!(
                                w.as_str(),
                                "south" | "north" | "east" | "west" | "southeast" | "northern"
                            )
                    })
            }
        }
    }
}

/// Whether a lower-case word may stand inside a name: "University *of* Copenhagen".
fn is_name_joint(word: &str) -> bool {
    matches!(
        word,
        "of" | "the" | "for" | "and" | "de" | "du" | "la" | "von" | "van" | "der"
    )
}

/// The names a sentence gives (runs of capitalised words or acronyms, as typed) that are
/// strangers to the bot, each as its folded words ("ASEAN University Network" too, though it
/// begins as a body's name: the caller tells those apart). A
/// sentence in title case or in capitals tells no name by its case, and its first word is a name
/// only beside another ("Vietnam National University") or in capitals ("APEC").
fn strange_names(known: &Known, sentence: &str) -> Vec<Vec<String>> {
    let tokens: Vec<&str> = sentence.split_whitespace().collect();
    let trimmed: Vec<String> = tokens
        .iter()
        .map(|raw| {
            let word = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '+');
            word.strip_suffix("'s")
                .or_else(|| word.strip_suffix("’s"))
                .unwrap_or(word)
                .to_string()
        })
        .collect();
    let capitalised = |word: &str| word.chars().next().is_some_and(char::is_uppercase);
    let acronym = |word: &str| {
        word.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !word.chars().any(char::is_lowercase)
    };
    // Title case or capitals: under a quarter of the words after the first in lower case.
    let lower = trimmed
        .iter()
        .skip(1)
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .count();
    if tokens.len() >= 4 && lower * 4 < tokens.len() - 1 {
        return Vec::new();
    }
    let is_name = |at: usize| {
        let word = &trimmed[at];
        if !capitalised(word) {
            return false;
        }
        let folded = crate::text::fold(word);
        // "I'd like to know…": the speaker, with a verb run on.
        if ["i'", "i’"].iter().any(|me| folded.starts_with(me)) {
            return false;
        }
        if at > 0 || acronym(word) {
            return !is_name_joint(&folded) || acronym(word);
        }
        // The first word of a sentence is capitalised anyway.
        !known.stop.contains(&folded) && trimmed.get(1).is_some_and(|next| capitalised(next))
    };
    let mut names = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    let close = |run: &mut Vec<usize>, names: &mut Vec<Vec<String>>| {
        while run
            .last()
            .is_some_and(|&at| is_name_joint(&crate::text::fold(&trimmed[at])))
        {
            run.pop();
        }
        if !run.is_empty() {
            let typed: Vec<&str> = run.iter().map(|&at| trimmed[at].as_str()).collect();
            let name = crate::text::words(&typed.join(" ").replace('-', " "));
            if known.is_stranger(&name) {
                names.push(name);
            }
        }
        run.clear();
    };
    for (at, raw) in tokens.iter().enumerate() {
        let word = &trimmed[at];
        let joins = !run.is_empty()
            && (is_name_joint(word) || word.chars().all(|c| c.is_ascii_digit()))
            && !word.is_empty();
        if is_name(at) || joins {
            run.push(at);
        } else {
            close(&mut run, &mut names);
        }
        // "Hanoi, Vietnam": a mark after a word ends its name.
        if raw.ends_with([',', ')', '(', '"', '”', '/']) {
            close(&mut run, &mut names);
        }
    }
    close(&mut run, &mut names);
    for name in institutions_in_lower_case(known, &trimmed) {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

/// Nouns that end or begin an institution's name.
const INSTITUTIONS: &[&str] = &[
    "university",
    "college",
    "institute",
    "academy",
    "polytechnic",
];

/// Words that stand before an institution without naming it ("the best university", "which
/// college").
const NOT_NAMING: &[&str] = &[
    "the", "a", "an", "my", "our", "your", "their", "his", "her", "its", "this", "that", "which",
    "what", "whose", "any", "some", "each", "every", "other", "another", "best", "top", "good",
    "local", "partner", "host", "same", "one", "of", "in", "at", "for", "from", "to", "by", "is",
    "was", "are", "were", "when", "where", "who", "how", "s",
];

/// "when was seoul national university founded?", "the university of copenhagen": an
/// institution typed in lower case is named by the words beside its noun, and is a stranger when
/// the bot never puts them together.
fn institutions_in_lower_case(known: &Known, trimmed: &[String]) -> Vec<Vec<String>> {
    let words: Vec<String> = trimmed.iter().map(|w| crate::text::fold(w)).collect();
    let naming = |w: &String| !w.is_empty() && !NOT_NAMING.contains(&w.as_str());
    let mut names = Vec::new();
    for (at, word) in words.iter().enumerate() {
        if !INSTITUTIONS.contains(&word.as_str()) {
            continue;
        }
        let before: Vec<String> = words[..at]
            .iter()
            .rev()
            .take_while(|w| naming(w))
            .take(3)
            .cloned()
            .collect();
        let mut name: Vec<String> = before.into_iter().rev().collect();
        name.push(word.clone());
        if name.len() == 1 && words.get(at + 1).is_some_and(|w| w == "of") {
            name.push("of".to_string());
            name.extend(
                words[at + 2..]
                    .iter()
                    .take_while(|w| naming(w))
                    .take(2)
                    .cloned(),
            );
        }
        if name.len() > 1 && known.is_stranger(&name) {
            names.push(name);
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_programme_s_terms_and_calls_are_its_own_record() {
        let corpus = Corpus::shipped();
        let names = Names::of(&corpus);
        for question in [
            "asem-duo fellowship duration",
            "Is the ASEM-DUO programme taking applications this year?",
            "how long does an ASEM-DUO exchange last?",
            "When was ASEF founded?",
        ] {
            assert!(names.asks_a_record_of_a_body(question), "{question}");
        }
        for question in [
            "what does the declaration say about the ASEM-DUO Fellowship Programme?",
            "how long is the next decade in the declaration?",
        ] {
            assert!(!names.asks_a_record_of_a_body(question), "{question}");
        }
    }

    #[test]
    fn who_stood_for_a_party_asks_for_a_person() {
        assert!(asks_who_stood_for(
            "who represented the European Commission at ASEMME6"
        ));
        assert!(asks_who_stood_for("who led the Korean delegation?"));
        assert!(!asks_who_stood_for("who took part in ASEMME6?"));
        assert!(asks_who_stood_for(
            "Which ministers attended ASEMME6 in person rather than sending a head of delegation?"
        ));
        assert!(!asks_who_stood_for(
            "Which ministers' meeting was in Kuala Lumpur in 2013?"
        ));
    }

    fn strangers(sentence: &str) -> Vec<String> {
        let corpus = Corpus::shipped();
        let bodies = Bodies::of(&corpus);
        strange_names(&Known::of(&corpus), sentence)
            .into_iter()
            .filter(|name| !bodies.named_in(name))
            .map(|name| name.join(" "))
            .collect()
    }

    #[test]
    fn names_the_bot_never_uses_are_strangers() {
        assert_eq!(
            strangers("When was Seoul National University founded"),
            ["seoul national university"]
        );
        assert_eq!(
            strangers("Who founded the University of Copenhagen"),
            ["university of copenhagen"]
        );
        assert_eq!(
            strangers("what was the theme of the Berlinale in 2008"),
            ["berlinale"]
        );
        assert_eq!(
            strangers("outcomes of the ASEM Summit 12"),
            ["asem summit 12"]
        );
        assert_eq!(
            strangers("Vietnam National University campus where"),
            ["vietnam national university"]
        );
    }

    #[test]
    fn institutions_typed_in_lower_case_are_strangers() {
        assert_eq!(
            strangers("when was seoul national university founded?"),
            ["seoul national university"]
        );
        assert_eq!(
            strangers("who runs the university of helsinki"),
            ["university of helsinki"]
        );
        assert!(strangers("which university hosts the most exchange students").is_empty());
    }

    #[test]
    fn names_the_bot_uses_are_no_strangers() {
        for sentence in [
            "When did the ministers meet in Kuala Lumpur",
            "Who hosted the meeting in South Korea",
            "What does the Seoul Declaration say about the ASEM-DUO Fellowship Programme",
            "What Does The Declaration Say About Lifelong Learning In Asia",
            "WHEN WAS ASEF FOUNDED",
            "Where does the Korean Ministry of Education stand on MOOCs",
            "Internships and mobility where",
            "Is SDGs mentioned",
        ] {
            assert_eq!(strangers(sentence), Vec::<String>::new(), "{sentence}");
        }
    }

    #[test]
    fn what_a_body_did_is_not_a_meeting_s_record() {
        let corpus = Corpus::shipped();
        let names = Names::of(&corpus);
        assert!(names.asks_what_a_body_did(
            "Did ASEF publish its own report or press release about the Seoul meeting?"
        ));
        for question in [
            "Did the ministers publish a report after the Seoul meeting?",
            "Does the declaration mention ASEF?",
            "What did ASEF do at the Seoul meeting?",
        ] {
            assert!(!names.asks_what_a_body_did(question), "{question}");
        }
    }

    #[test]
    fn whether_a_stranger_took_part_is_asked_of_its_subject() {
        let corpus = Corpus::shipped();
        let names = Names::of(&corpus);
        assert!(names.asks_whether_a_stranger_did("Did Japan's minister attend ASEMME6?"));
        assert!(names.asks_whether_a_stranger_did("Was Thailand at the Seoul meeting?"));
        assert!(!names
            .asks_whether_a_stranger_did("my ministry in Jakarta wants to know who took part"));
        assert!(!names.asks_whether_a_stranger_did("Did the European Union take part?"));
        assert!(!names.asks_whether_a_stranger_did("who took part in ASEMME 6?"));
    }

    #[test]
    fn who_belongs_to_a_body_is_its_own_affair() {
        let corpus = Corpus::shipped();
        let names = Names::of(&corpus);
        assert!(names.asks_a_record_of_a_body("which countries are members of ASEF?"));
        assert!(
            names.asks_a_record_of_a_body("Which countries are ASEM partners? full list please")
        );
        assert!(names.asks_a_record_of_a_body("which universities take part in ASEM-DUO"));
        assert!(names.asks_a_record_of_a_body("is asef's head office in singapore?"));
        assert!(names.asks_a_record_of_a_body("which new countries joined ASEM in 2018"));
        assert!(names.asks_a_record_of_a_body("what does ASEF spend its money on each year"));
        assert!(
            names.asks_a_record_of_a_body("how does the asean secretariat fund student exchanges")
        );
        assert!(!names.asks_a_record_of_a_body("does the declaration say who funds ASEM-DUO?"));
        assert!(!names.asks_a_record_of_a_body("which countries took part in the Seoul meeting?"));
        assert!(!names.asks_a_record_of_a_body("what are ASEM partners asked to do on mobility?"));
        assert!(names.asks_a_record_of_a_body("when did Croatia join ASEF?"));
        assert!(!names.asks_a_record_of_a_body("what does ASEF do for students?"));
    }

    #[test]
    fn asem_itself_is_a_forum_with_its_own_record() {
        let corpus = Corpus::shipped();
        let names = Names::of(&corpus);
        for question in ["when was ASEM itself founded", "where is ASEM based"] {
            assert!(names.asks_a_record_of_a_body(question), "{question}");
        }
        // Its education process, and its meetings, are the declaration's.
        for question in [
            "when did ASEM start working on education?",
            "who started the ASEM Education Process?",
            "Which city hosted ASEM ME2?",
        ] {
            assert!(!names.asks_a_record_of_a_body(question), "{question}");
        }
    }

    #[test]
    fn who_runs_a_body_is_its_own_affair() {
        let corpus = Corpus::shipped();
        let names = Names::of(&corpus);
        for question in [
            "who is in charge of the asem education secretariat?",
            "which countries have hosted the ASEM Education Secretariat so far",
            "Which university runs the ASEM-DUO programme office?",
            "who organises the ASEM-DUO fellowship applications in France?",
        ] {
            assert!(names.asks_a_record_of_a_body(question), "{question}");
        }
        for question in [
            "What role should the ASEM Education Secretariat play?",
            "Who hosted the meeting in Seoul?",
            "what does the declaration say about who runs the secretariat?",
            "Who is in charge of implementing the ASEM initiatives?",
            "which ministry in Vietnam is in charge of vocational training",
        ] {
            assert!(!names.asks_a_record_of_a_body(question), "{question}");
        }
    }

    #[test]
    fn records_asked_of_strangers_are_told_apart() {
        let corpus = Corpus::shipped();
        let names = Names::of(&corpus);
        for question in [
            "When was Seoul National University founded?",
            "what was the theme of the Berlinale in 2008?",
            "Who took part in the Eastern Partnership summit in Riga in May 2015?",
            "date Korea joined the OECD?",
            "In what year did the Berlinale move to Potsdamer Platz?",
            "What is the ASEAN University Network?",
        ] {
            assert!(names.asks_a_record_of_a_stranger(question), "{question}");
        }
        for question in [
            "hola! I am second year student from Spain, my english is not so good. the declaration say something for exchange of researchers?",
            "When did the ministers meet in Copenhagen?",
            "What does the declaration say about Erasmus+ and the Bologna Process?",
            "Who hosted the meeting in Hanoi?",
            "What is ASEF?",
            "What is the ASEM Education Secretariat?",
            "whats a MOOC?",
            "stem disciplines = science + tech + ... ? what's the E and M",
            "For a retrospective, I'd like to know how the ministers evaluate the past decade.",
            "we want to set up a joint master's with a university in Thailand but dunno where to start",
        ] {
            assert!(!names.asks_a_record_of_a_stranger(question), "{question}");
        }
    }
}
