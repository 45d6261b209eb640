//! Questions that ask for a detail only a paragraph stating it can answer: a figure ("how many
//! students…", "how much money…", "the annual budget of…"), a person's name ("who was the
//! minister…", "name of the keynote speaker"), contact details ("email of the Secretariat"). The
//! declaration gives few figures and no names or addresses, so most such questions are honestly
//! told that nothing in it answers them, however close its paragraphs come to their topic.

use crate::text::{number_value, words};

/// What a question asks to be counted or measured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Figure {
    /// "How many <thing>": a number followed by the thing (`10 years`, `ten partners`).
    Count(String),
    /// "How much", "what percentage", "what budget": an amount with its unit (`5 million`, `40%`).
    Amount,
    /// "Who was the minister", "the name of the speaker": a person named with a title.
    Person,
    /// "Email of the Secretariat", "its phone number", "the website": an address to reach.
    Contact,
    /// "Germany's national policy on…", "China's vocational education law": what one country
    /// does, which only a paragraph naming that country tells.
    CountryPolicy(String),
    /// "Which country has the best vocational training system?": a ranking, which the
    /// declaration never makes.
    Ranking,
    /// "How long does degree recognition take?": a duration, which only a paragraph giving one
    /// answers.
    Duration,
    /// "Which SDG number is the one about education?": the number a thing is known by, which
    /// only a paragraph numbering it ("SDG 4") answers.
    Numbered(String),
    /// "What time does the summit start?", "the time difference between Riga and Kuala Lumpur":
    /// a time of day, which only a paragraph giving one answers.
    ClockTime,
}

/// What the bot itself numbers ("which meeting number was Riga?", "what para number…").
const NUMBERED_BY_THE_TEXT: &[&str] = &[
    "para",
    "meeting",
    "meetings",
    "asemme",
    "summit",
    "edition",
    "ministerial",
    "one",
    "footnote",
    "point",
    "article",
];
/// Words that rank ("the best", "the most international students").
const SUPERLATIVES: &[&str] = &[
    "best",
    "most",
    "highest",
    "largest",
    "biggest",
    "top",
    "cheapest",
    "lowest",
    "worst",
    "fewest",
    "strongest",
    "leading",
];
/// What a ranking may be asked of that the declaration does speak about ("which commitment
/// matters most?", "which paragraph says the most about mobility?").
const OF_THE_TEXT: &[&str] = &[
    "paragraph",
    "paragraphs",
    "part",
    "section",
    "bit",
    "commitment",
    "commitments",
    "theme",
    "topic",
    "topics",
    "issue",
    "issues",
    "point",
    "idea",
    "goal",
    "goals",
    "priority",
    "priorities",
    "area",
    "areas",
    "text",
    "declaration",
    "document",
    "ministers",
    "they",
];

/// What a country has of its own ("Japan's policy").
const POLICY_NOUNS: &[&str] = &[
    "policy",
    "policies",
    "law",
    "laws",
    "legislation",
    "strategy",
    "system",
    "rules",
    "regulation",
    "regulations",
    "position",
];

/// Nouns of an amount of money or a rate ("the annual budget of the Secretariat").
const AMOUNT_NOUNS: &[&str] = &[
    "budget",
    "budgets",
    "cost",
    "costs",
    "price",
    "prices",
    "fee",
    "fees",
    "salary",
    "salaries",
    "wage",
    "wages",
    // "teacher pay": the noun; "do they pay…" is a verb (below).
    "pay",
    "euros",
    "dollars",
    "percentage",
    "percent",
    "statistics",
    "stats",
    "rate",
    "rates",
    "spend",
    "spent",
    "spending",
];
/// Words of money, or of a change in a number, after "how much" ("how much funding…", "how much
/// did exchanges grow").
const MONEY_OR_CHANGE: &[&str] = &[
    "money",
    "funding",
    "fund",
    "funds",
    "funded",
    "cost",
    "costs",
    "pay",
    "paid",
    "spend",
    "spent",
    "invest",
    "invested",
    "investment",
    "investments",
    "budget",
    "euros",
    "dollars",
    "finance",
    "financing",
    "financial",
    "grant",
    "grants",
    "price",
    "fee",
    "fees",
    "worth",
    "allocate",
    "allocated",
    "contribute",
    "contributed",
    "contribution",
    "contributions",
    "salary",
    "earn",
    "afford",
    "charge",
    "charged",
    "tuition",
    "scholarship",
    "scholarships",
    "grow",
    "grew",
    "grown",
    "increase",
    "increased",
    "rise",
    "rose",
    "risen",
    "fall",
    "fell",
    "drop",
    "dropped",
    "more",
    "less",
];
/// What time spent abroad is counted in ("time spent abroad", "spending a term overseas").
const TIME_SPENT: &[&str] = &[
    "time",
    "term",
    "terms",
    "semester",
    "semesters",
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "days",
    "period",
    "abroad",
    "overseas",
];
/// Words before a noun ("the rate", "their rates").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "this", "that", "our", "your", "of", "what", "which",
];

/// Whether the words after "how much" ask for an amount: money, a change in a number, or what
/// something is ("how much is the ASEM-DUO grant?").
fn asks_an_amount(after: &[String]) -> bool {
    after
        .first()
        .is_some_and(|w| matches!(w.as_str(), "is" | "are" | "was" | "were" | "will" | "would"))
        || after.iter().any(|w| MONEY_OR_CHANGE.contains(&w.as_str()))
}

/// Nouns of a way to reach someone.
const CONTACT_NOUNS: &[&str] = &[
    "email",
    "e-mail",
    "phone",
    "telephone",
    "website",
    "url",
    "fax",
    "hotline",
];
/// People a question may ask the name of ("who was the minister…").
const PERSON_ROLES: &[&str] = &[
    "minister",
    "chair",
    "chairman",
    "chairwoman",
    "chairperson",
    "president",
    "speaker",
    "secretary",
    "director",
    "head",
    "leader",
    "ambassador",
    "rector",
    "spokesperson",
    "keynote",
    "speech",
    "speeches",
    "remarks",
];

/// What a person does at a meeting that no record of it tells ("who spoke", "the minister opened").
const SPEAKING: &[&str] = &[
    "spoke",
    "speak",
    "speaks",
    "open",
    "opens",
    "opened",
    "address",
    "addresses",
    "addressed",
    "welcomed",
    "inaugurated",
    "moderated",
];

/// The detail `question` asks for, if it asks for one that `corpus`'s declaration could not be
/// taken to give already: what the declaration or its partners hold ("the declaration's
/// position") is its text, not a country's own policy.
pub fn asked_in(corpus: &crate::corpus::Corpus, question: &str) -> Option<Figure> {
    asked_figure(question).filter(|figure| match figure {
        Figure::CountryPolicy(owner) => !corpus.primary_words.contains(owner),
        _ => true,
    })
}

/// The figure `question` asks for, if it asks for one. In a message of several sentences, only a
/// sentence that asks counts: "Is mobility of staff mentioned? Would help us justify the staff
/// exchange budget." asks for no budget.
pub fn asked_figure(question: &str) -> Option<Figure> {
    let sentences: Vec<&str> = crate::text::chat_sentences(question).collect();
    if sentences.len() > 1 {
        return sentences
            .iter()
            .find_map(|sentence| figure_in(sentence, false));
    }
    figure_in(question, true)
}

/// The figure `text` asks for; `whole` when it is the whole message, whose shortness makes it a
/// search.
fn figure_in(question: &str, whole: bool) -> Option<Figure> {
    let words = words(question);
    // A word for a figure asks for one in a question, a request or a search ("annual budget of
    // the ASEM Education Secretariat"); in a longer chat message that asks nothing it says
    // something ("MOOCs are so underrated tbh. learned half my stats from one").
    let asks = question.contains('?')
        || (whole && words.len() <= 8)
        || words.iter().any(|w| {
            matches!(
                w.as_str(),
                "what"
                    | "which"
                    | "how"
                    | "who"
                    | "where"
                    | "when"
                    | "whats"
                    | "does"
                    | "did"
                    | "give"
                    | "tell"
                    | "show"
                    | "list"
                    | "need"
                    | "want"
            )
        });
    for (i, word) in words.iter().enumerate() {
        let next = words.get(i + 1).map(String::as_str);
        match (word.as_str(), next) {
            ("how", Some("many")) => {
                // "how many years ago did they meet in Helsinki?" asks when.
                if words.get(i + 3).is_some_and(|w| w == "ago") {
                    return None;
                }
                return words.get(i + 2).map(|thing| Figure::Count(singular(thing)));
            }
            // "how much money…", "how much is the grant?", "how much has mobility grown?"; not
            // "how much each learner already understands".
            ("how", Some("much")) if asks_an_amount(&words[i + 2..(i + 10).min(words.len())]) => {
                return Some(Figure::Amount)
            }
            ("how", Some("much")) => return None,
            // "how long does degree recognition take in Germany?" ("how long ago" asks when).
            // "how long does an Erasmus+ exchange last?": "last" the verb, ending the question.
            ("how", Some("long"))
                if words[i + 2..(i + 16).min(words.len())]
                    .iter()
                    .enumerate()
                    .any(|(at, w)| {
                        matches!(w.as_str(), "take" | "takes" | "took")
                            || (matches!(w.as_str(), "last" | "lasts")
                                && words.get(i + 3 + at).is_none_or(|after| {
                                    matches!(
                                        after.as_str(),
                                        "for" | "usually" | "typically" | "normally" | "one" | "a"
                                    )
                                }))
                    }) =>
            {
                return Some(Figure::Duration)
            }
            // "which country has the best vocational training system?", "what city has the most
            // international students?": a ranking of things, not of the text's own.
            ("which" | "what", Some(thing))
                if !matches!(
                    thing,
                    "is" | "was" | "are" | "were" | "s" | "do" | "does" | "did"
                ) && words[i + 2..(i + 6).min(words.len())]
                    .iter()
                    .any(|w| SUPERLATIVES.contains(&w.as_str()))
                    && !words.iter().any(|w| OF_THE_TEXT.contains(&w.as_str())) =>
            {
                return Some(Figure::Ranking)
            }
            // "what time does it start?", "what time is it in helsinki rn", "the time
            // difference between Riga and Kuala Lumpur" (not "what time of year…", a date, nor
            // "what time frame", a span).
            ("what" | "which", Some("time" | "hour"))
                if !words.get(i + 2).is_some_and(|w| {
                    matches!(
                        w.as_str(),
                        "of" | "period"
                            | "periods"
                            | "frame"
                            | "frames"
                            | "span"
                            | "horizon"
                            | "scale"
                            | "line"
                            | "limit"
                    )
                }) =>
            {
                return Some(Figure::ClockTime)
            }
            ("time", Some("difference" | "zone" | "zones")) => return Some(Figure::ClockTime),
            // "which SDG number is about education?" (not "which paragraph number…", nor a
            // meeting's place in the series).
            ("what" | "which", Some(thing))
                if words.get(i + 2).is_some_and(|w| w == "number")
                    // "what was number 2 about?" names the number; it asks none.
                    && !matches!(
                        thing,
                        "is" | "was" | "are" | "were" | "s" | "the" | "a" | "an" | "do" | "does"
                            | "did"
                    )
                    && !OF_THE_TEXT.contains(&thing)
                    && !NUMBERED_BY_THE_TEXT.contains(&thing) =>
            {
                return Some(Figure::Numbered(singular(thing)))
            }
            ("what" | "which", Some("percentage" | "proportion" | "budget" | "amount")) => {
                return Some(Figure::Amount)
            }
            // "who wrote the seoul declaration", "which officials drafted the text": its authors,
            // whom the declaration does not name.
            ("who", Some("wrote" | "drafted" | "authored" | "penned" | "composed")) => {
                return Some(Figure::Person)
            }
            // "who came up with the term fourth industrial revolution", "who coined 'lifelong
            // learning'": whoever first said it, whom the declaration does not name either.
            ("who", Some("coined" | "invented")) => return Some(Figure::Person),
            ("who", Some("came" | "comes" | "first"))
                if matches!(
                    (
                        words.get(i + 2).map(String::as_str),
                        words.get(i + 3).map(String::as_str)
                    ),
                    (Some("up"), Some("with")) | (Some("used" | "coined" | "proposed"), _)
                ) =>
            {
                return Some(Figure::Person)
            }
            (
                "which" | "what",
                Some("officials" | "people" | "persons" | "authors" | "drafters"),
            ) if words[i + 2..(i + 4).min(words.len())]
                .iter()
                .any(|w| matches!(w.as_str(), "wrote" | "drafted" | "authored" | "penned")) =>
            {
                return Some(Figure::Person)
            }
            // "who spoke at the Seoul meeting?", "who opened it?": a speaker, whom no record names.
            ("who", Some(verb)) if SPEAKING.contains(&verb) => return Some(Figure::Person),
            // "which Korean minister spoke…?", "did Latvia's prime minister open the meeting?"
            (role, _)
                if PERSON_ROLES.contains(&role)
                    && words[i + 1..(i + 3).min(words.len())]
                        .iter()
                        .any(|w| SPEAKING.contains(&w.as_str())) =>
            {
                return Some(Figure::Person)
            }
            // "who was the minister", "who gave the keynote"
            ("who", Some("was" | "is" | "were" | "gave" | "delivered")) => {
                // "who is Korea's current education minister"
                let role = words[i + 2..(i + 8).min(words.len())]
                    .iter()
                    .any(|w| PERSON_ROLES.contains(&w.as_str()));
                if role {
                    return Some(Figure::Person);
                }
            }
            // "the name of the minister", "his name"
            ("name" | "names", _) => {
                let whose = i.checked_sub(1).is_some_and(|j| {
                    matches!(words[j].as_str(), "his" | "her" | "their" | "whose")
                });
                let of_a_person = words[i + 1..(i + 6).min(words.len())]
                    .iter()
                    .any(|w| PERSON_ROLES.contains(&w.as_str()));
                if whose || of_a_person {
                    return Some(Figure::Person);
                }
            }
            ("address", Some("of")) | ("email" | "postal" | "street", Some("address")) => {
                return Some(Figure::Contact)
            }
            ("opening" | "office", Some("hours")) | ("contact", Some("details" | "info")) => {
                return Some(Figure::Contact)
            }
            _ => {}
        }
        // "japan's national policy", "germany's vocational education law"
        if next == Some("s") && i + 2 < words.len() {
            let owned = &words[i + 2..(i + 6).min(words.len())];
            // "our country's education policy" names no country.
            let common = matches!(
                word.as_str(),
                "country"
                    | "nation"
                    | "government"
                    | "region"
                    | "state"
                    | "ministry"
                    | "university"
            ) || is_contracted(word);
            if owned.iter().any(|w| POLICY_NOUNS.contains(&w.as_str())) && word.len() > 2 && !common
            {
                return Some(Figure::CountryPolicy(word.clone()));
            }
        }
        // "…which city? on my phone, can't open the pdf": the speaker's own phone is asked of nobody.
        let speakers_own = i >= 1 && matches!(words[i - 1].as_str(), "my" | "our");
        if asks && CONTACT_NOUNS.contains(&word.as_str()) && !speakers_own {
            return Some(Figure::Contact);
        }
        // "How do they rate the process…?", "how do the ministers rate what…": a verb, not a
        // rate. "time spent abroad", "spending a term overseas": time, not money.
        let as_verb = i >= 1
            && (matches!(
                words[i - 1].as_str(),
                "they" | "we" | "you" | "i" | "to" | "would"
            ) || (words[i.saturating_sub(4)..i]
                .iter()
                .any(|w| matches!(w.as_str(), "do" | "does" | "did"))
                && !DETERMINERS.contains(&words[i - 1].as_str())
                && next.is_some_and(|w| {
                    matches!(
                        w,
                        "what" | "how" | "the" | "their" | "its" | "this" | "that" | "it"
                    )
                })));
        let of_time = matches!(word.as_str(), "spend" | "spent" | "spending")
            && (i.saturating_sub(2)..(i + 4).min(words.len())).any(|at| {
                // "spend each year", "per year": money a year.
                TIME_SPENT.contains(&words[at].as_str())
                    && !(at >= 1 && matches!(words[at - 1].as_str(), "each" | "per" | "every"))
            });
        let as_verb = as_verb || of_time;
        if asks && AMOUNT_NOUNS.contains(&word.as_str()) && !as_verb {
            return Some(Figure::Amount);
        }
        // "what do teachers earn in korea", "how much do graduates earn": what someone earns is
        // an amount of money; not "credits I earn abroad", "a degree earned in Asia".
        let earning_asked = word == "earn"
            && words[..i].iter().any(|w| w == "what" || w == "much")
            && words[i.saturating_sub(4)..i]
                .iter()
                .any(|w| matches!(w.as_str(), "do" | "does" | "did"))
            && !words.iter().any(|w| {
                ["credit", "degree", "qualification", "diploma", "certificat"]
                    .iter()
                    .any(|thing| w.starts_with(thing))
            });
        if asks && earning_asked {
            return Some(Figure::Amount);
        }
    }
    None
}

/// Whether a word's "'s" is "is" or "has" ("what's their position", "it's policy"), not whose.
fn is_contracted(word: &str) -> bool {
    matches!(
        word,
        "what"
            | "that"
            | "it"
            | "there"
            | "here"
            | "who"
            | "where"
            | "how"
            | "when"
            | "why"
            | "he"
            | "she"
            | "this"
            | "let"
            | "everyone"
            | "everything"
            | "someone"
            | "something"
            | "nobody"
            | "nothing"
    )
}

/// Whether `text` gives the figure asked for.
pub fn gives(figure: &Figure, text: &str) -> bool {
    let words = words(text);
    let is_number = |w: &str| {
        // A year says when, not how many.
        let year =
            w.len() == 4 && w.starts_with(['1', '2']) && w.bytes().all(|b| b.is_ascii_digit());
        !year && number_value(w).is_some_and(|n| n > 0) && crate::text::ordinal_value(w).is_none()
    };
    match figure {
        Figure::CountryPolicy(country) => words.iter().any(|w| w == country),
        // A title before a name: "Mr Kim", "H.E. Minister Lee", "Dr Park".
        Figure::Person => text
            .split_whitespace()
            .collect::<Vec<_>>()
            .windows(2)
            .any(|pair| {
                let title = pair[0].trim_end_matches('.').to_lowercase();
                let named = pair[1].chars().next().is_some_and(char::is_uppercase);
                named
                    && ["mr", "ms", "mrs", "dr", "prof", "h.e", "minister"]
                        .contains(&title.as_str())
            }),
        Figure::Contact => {
            text.contains('@') || text.contains("http") || text.contains("www.") || {
                words
                    .iter()
                    .any(|w| w.len() >= 7 && w.bytes().all(|b| b.is_ascii_digit()))
            }
        }
        Figure::Count(thing) => {
            words
                .windows(2)
                .any(|pair| is_number(&pair[0]) && singular(&pair[1]) == *thing)
                || words
                    .windows(3)
                    .any(|triple| is_number(&triple[0]) && singular(&triple[2]) == *thing)
        }
        Figure::Numbered(thing) => words
            .windows(2)
            .any(|pair| singular(&pair[0]) == *thing && number_value(&pair[1]).is_some()),
        Figure::Ranking => false,
        Figure::ClockTime => {
            text.split_whitespace().any(|w| {
                let w = w.trim_matches(|c: char| !c.is_ascii_digit());
                w.split_once(':').is_some_and(|(h, m)| {
                    !h.is_empty()
                        && m.len() == 2
                        && (h.len() <= 2)
                        && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
                })
            }) || words.windows(2).any(|pair| {
                is_number(&pair[0]) && matches!(pair[1].as_str(), "am" | "pm" | "o" | "oclock")
            })
        }
        Figure::Duration => words.windows(2).any(|pair| {
            is_number(&pair[0])
                && matches!(
                    singular(&pair[1]).as_str(),
                    "day" | "week" | "month" | "year" | "hour"
                )
        }),
        Figure::Amount => {
            text.contains('%')
                || words.windows(2).any(|pair| {
                    is_number(&pair[0])
                        && matches!(
                            pair[1].as_str(),
                            "percent"
                                | "million"
                                | "billion"
                                | "euro"
                                | "euros"
                                | "dollars"
                                | "usd"
                                | "eur"
                                | "won"
                        )
                })
        }
    }
}

fn singular(word: &str) -> String {
    match word.strip_suffix("ies") {
        Some(stem) => format!("{stem}y"),
        None => word.strip_suffix('s').unwrap_or(word).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_sentence_that_asks_asks_for_a_figure() {
        assert_eq!(
            asked_figure(
                "Is mobility of staff mentioned? Would help us justify the staff exchange budget. Thanks!"
            ),
            None
        );
        assert_eq!(
            asked_figure("Thanks for the help. How much is the budget of the Secretariat?"),
            Some(Figure::Amount)
        );
        assert_eq!(
            asked_figure("annual budget of the Secretariat"),
            Some(Figure::Amount)
        );
    }

    #[test]
    fn figures_are_asked_and_given() {
        let sdg = asked_figure("which SDG number is the one about education?").unwrap();
        assert_eq!(sdg, Figure::Numbered("sdg".into()));
        assert!(!gives(
            &sdg,
            "address the SDG – Sustainable Development Goals – challenges"
        ));
        assert!(gives(&sdg, "in line with SDG 4 on quality education"));
        for no_figure in [
            "which paragraph number talks about mobility",
            "what was number 2 about?",
        ] {
            assert_eq!(asked_figure(no_figure), None, "{no_figure}");
        }
        let students = asked_figure("How many students moved between Asia and Europe?");
        assert_eq!(students, Some(Figure::Count("student".into())));
        for authors in [
            "who wrote the seoul declaration",
            "Which officials drafted the text of the Seoul Declaration?",
        ] {
            assert_eq!(asked_figure(authors), Some(Figure::Person), "{authors}");
        }
        assert_eq!(asked_figure("who signed the declaration?"), None);
        assert_eq!(
            asked_figure("one size doesn't fit all for our country's education policy?"),
            None
        );
        let years = asked_figure("how many years have the ministers met?").unwrap();
        assert!(gives(&years, "to celebrate the 10 years of its gathering"));
        assert!(!gives(&years, "since 2008 in Berlin"));
        let money = asked_figure("How much money was set aside?").unwrap();
        assert!(!gives(&money, "the 10 years of its gathering"));
        assert!(gives(&money, "a fund of 5 million euros"));
        assert_eq!(
            asked_figure("What did the ministers say about mobility?"),
            None
        );
        assert_eq!(
            asked_figure("how would you rate the declaration's ambition?"),
            None
        );
        assert_eq!(
            asked_figure("what is the dropout rate in ASEM countries?"),
            Some(Figure::Amount)
        );
        for time_or_verb in [
            "Is there an argument in there that time spent abroad makes people more hireable?",
            "any plans to get more people spending a term overseas?",
            "can software adjust lessons to how much each learner already understands?",
            "How do the ministers rate what the process achieved in its first ten years?",
        ] {
            assert_eq!(asked_figure(time_or_verb), None, "{time_or_verb}");
        }
        for money in [
            "how much is the ASEM-DUO fellowship worth?",
            "How much did the number of exchange students grow?",
            "how much do they spend on the Secretariat?",
            "what does the Secretariat spend each year?",
            "what do teachers earn in korea",
            "how much do teachers earn in korea",
        ] {
            assert_eq!(asked_figure(money), Some(Figure::Amount), "{money}");
        }
        assert_eq!(
            asked_figure("can students earn credits abroad and get them recognised?"),
            None
        );
        assert!(!gives(
            &Figure::Count("mooc".into()),
            "the 4th Industrial Revolution and MOOCs"
        ));
        for (question, figure) in [
            (
                "annual budget of the ASEM Education Secretariat",
                Figure::Amount,
            ),
            (
                "youth unemployment rate in ASEM countries in 2017?",
                Figure::Amount,
            ),
            (
                "Who was the Korean education minister who chaired the meeting?",
                Figure::Person,
            ),
            ("who gave the keynote speech at ASEMME6", Figure::Person),
            (
                "who came up with the term fourth industrial revolution",
                Figure::Person,
            ),
            ("who coined the phrase lifelong learning?", Figure::Person),
            ("does it say anything abt teacher pay?", Figure::Amount),
            (
                "What was the name of the Korean education minister?",
                Figure::Person,
            ),
            (
                "email address of the ASEM Education Secretariat?",
                Figure::Contact,
            ),
            ("phone number of the ministry?", Figure::Contact),
            (
                "which country has the best vocational training system",
                Figure::Ranking,
            ),
            (
                "which city has the most international students in Asia?",
                Figure::Ranking,
            ),
            (
                "How long does degree recognition take in Germany?",
                Figure::Duration,
            ),
            (
                "How long does credit recognition between an Asian and a European university usually take?",
                Figure::Duration,
            ),
            ("How long does an Erasmus+ exchange last?", Figure::Duration),
            (
                "what time does the Helsinki summit start?",
                Figure::ClockTime,
            ),
            (
                "whats the time difference between Riga and Kuala Lumpur",
                Figure::ClockTime,
            ),
            (
                "What is Germany's national policy on vocational training?",
                Figure::CountryPolicy("germany".into()),
            ),
        ] {
            assert_eq!(asked_figure(question), Some(figure), "{question}");
        }
        for topic in [
            // "what's" is "what is": whose position is not asked.
            "What's their position on sharing free course materials online?",
            "which commitment matters most to the ministers?",
            "what is the most important goal?",
            "how long ago was the Berlin meeting?",
            "what time of year was the Seoul meeting?",
            "what time frame do the commitments cover?",
            "Who should be involved in ASEM cooperation?",
            "Who is the ASEM Education Secretariat?",
            "How will they address recognition of credits?",
            "What is the declaration called?",
        ] {
            assert_eq!(asked_figure(topic), None, "{topic}");
        }
        assert!(!gives(
            &Figure::Person,
            "We thank the Ministry of Education of the Republic of Korea"
        ));
        assert!(gives(&Figure::Person, "opened by Minister Kim Sang-kon"));
        assert!(gives(
            &Figure::ClockTime,
            "the session opens at 9:30 in the main hall"
        ));
        assert!(!gives(
            &Figure::ClockTime,
            "met on 21-22 November 2017 in Seoul"
        ));
        assert!(!gives(&Figure::Contact, "the ASEM Education Secretariat"));
        assert!(gives(
            &Figure::CountryPolicy("korea".into()),
            "the Ministry of Education of the Republic of Korea"
        ));
        let corpus = crate::corpus::Corpus::shipped();
        assert_eq!(
            asked_in(&corpus, "What is the declaration's position on mobility?"),
            None
        );
        assert!(asked_in(&corpus, "what's japan's national policy on credits").is_some());
    }
}
