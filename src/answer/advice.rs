//! Questions that ask the people in the channel for advice of their own ("can anyone recommend a
//! good online course?", "should I do my masters in Seoul or Berlin?", "is a part-time degree
//! worth it?", "how do I transfer my credits?", "best universities in Copenhagen for
//! engineering?"), or ask for a piece of writing of their own
//! ("write me a cover letter for an international office job") or a translation ("how do you
//! say 'education' in korean"): a declaration of ministers
//! recommends or writes nothing for one person, so no paragraph answers them, however close its
//! topic.

use crate::text::words;

/// What the speaker may ask to choose or do ("should I apply…").
const CHOOSING: &[&str] = &[
    "do", "study", "major", "pick", "choose", "go", "apply", "take", "learn", "enrol", "enroll",
];
/// What the speaker may ask to be written for them.
const WRITING: &[&str] = &["write", "draft", "compose"];
/// Words that may come before a request's verb ("can you please write…", "help me draft…").
const POLITE: &[&str] = &[
    "please", "pls", "plz", "can", "could", "would", "will", "you", "u", "help", "me", "kindly",
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
    "meetings",
];

/// Whether `question` asks the bot itself for what it does not do, whatever it names, a
/// paragraph included: a translation ("translate paragraph 6 into french please"; it quotes the
/// text as written, in English), its own view ("do you think the declaration was a success?"),
/// or a task on something outside the text ("summarise the secretariat's website for me").
pub fn asks_of_the_bot(question: &str) -> bool {
    let words = words(question);
    let translate_for_me = words
        .iter()
        .position(|w| matches!(w.as_str(), "translate" | "translation"))
        .is_some_and(|at| words[..at].iter().all(|w| POLITE.contains(&w.as_str())));
    // "do you think the declaration actually worked? your honest opinion".
    let your_view = words.windows(2).any(|pair| {
        matches!(pair[0].as_str(), "your" | "ur" | "yr")
            && matches!(
                pair[1].as_str(),
                "opinion" | "opinions" | "take" | "view" | "views" | "thoughts" | "honest"
            )
    });
    // "do you think it was a success": a judgement asked of the bot, not what the text says
    // ("do you think they mention adult learning?" is still searched).
    let you_judge = (1..words.len()).any(|at| {
        matches!(words[at - 1].as_str(), "you" | "u")
            && matches!(words[at].as_str(), "think" | "reckon" | "believe" | "feel")
            && words[at + 1..]
                .iter()
                .any(|w| JUDGEMENTS.contains(&w.as_str()))
    });
    // A request of the bot, its verb first but for politeness, whose object is outside the
    // text: not "I'm writing the recap for our newsletter", nor "summarise ¶ 12 in two lines,
    // especially the link to…".
    let task_outside = words.iter().enumerate().any(|(at, w)| {
        TASKS.contains(&w.as_str())
            && words[..at].iter().all(|w| POLITE.contains(&w.as_str()))
            && words[at + 1..]
                .iter()
                .take_while(|w| !OBJECT_ENDS.contains(&w.as_str()))
                .take(8)
                .any(|w| OUTSIDE_THE_TEXT.contains(&w.as_str()))
    });
    translate_for_me || your_view || you_judge || task_outside
}

/// What a judgement of the bot's own calls a thing ("a success", "a waste of time").
const JUDGEMENTS: &[&str] = &[
    "success",
    "successful",
    "failure",
    "failed",
    "flop",
    "worked",
    "effective",
    "ineffective",
    "pointless",
    "waste",
    "worthwhile",
    "overrated",
];
/// What the bot may be asked to do with a text.
const TASKS: &[&str] = &[
    "summarise",
    "summarize",
    "sum",
    "recap",
    "tldr",
    "visit",
    "browse",
];
/// Words after which a request's object has ended ("summarise ¶ 12 *in* two lines").
const OBJECT_ENDS: &[&str] = &[
    "in",
    "on",
    "about",
    "with",
    "especially",
    "and",
    "but",
    "to",
    "into",
    "from",
    "by",
    "so",
    "because",
];
/// Texts the bot does not hold: pages and media outside the declaration.
const OUTSIDE_THE_TEXT: &[&str] = &[
    "website",
    "websites",
    "site",
    "webpage",
    "homepage",
    "article",
    "link",
    "url",
    "video",
    "podcast",
    "blog",
    "tweet",
    "newsletter",
    "email",
    "pdf",
];

/// Whether `question` asks the bot for what it does not do ([`asks_of_the_bot`]), or asks for
/// advice for the speaker ([`asks_for_the_speaker`]).
pub fn asks_for_advice(question: &str) -> bool {
    asks_of_the_bot(question) || asks_for_the_speaker(question)
}

/// Whether `question` asks for advice for the speaker, and speaks of neither the text nor its
/// ministers.
pub fn asks_for_the_speaker(question: &str) -> bool {
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
    // "is a part-time degree worth it?" asks; "it's a ton of work, but it's worth it if…" says.
    let worth_it = (0..words.len().saturating_sub(1)).any(|at| {
        let said = at >= 2
            && matches!(words[at - 2].as_str(), "it" | "that" | "this")
            && matches!(words[at - 1].as_str(), "s" | "is" | "was");
        words[at] == "worth" && words[at + 1] == "it" && !said
    });
    // "should I apply…", "can i do a double degree between a university in copenhagen and one
    // in hanoi".
    let should_i = words.windows(3).any(|three| {
        matches!(three[0].as_str(), "should" | "can" | "could")
            && three[1] == "i"
            && CHOOSING.contains(&three[2].as_str())
    });
    // "write me a cover letter…", "can you draft an email to our partner university": a request,
    // its verb first but for politeness; not "who will write a report on it?".
    let write_for_me = words
        .iter()
        .position(|w| WRITING.contains(&w.as_str()))
        .is_some_and(|at| {
            words[..at].iter().all(|w| POLITE.contains(&w.as_str()))
                && words.get(at + 1).is_some_and(|next| {
                    matches!(next.as_str(), "me" | "a" | "an" | "my" | "up" | "us")
                })
        });
    // "how do i transfer my credits…", "my uni won't recognise my credits, what do I do??": a
    // procedure for the speaker's own case.
    let how_do_i = words.windows(3).enumerate().any(|(at, three)| {
        matches!(three[1].as_str(), "do" | "can" | "should")
            && three[2] == "i"
            && (three[0] == "how"
                || (three[0] == "what" && words.get(at + 3).is_some_and(|w| w == "do")))
    });
    // "best universities in copenhagen for engineering?": things ranked for the one asking (not
    // "best practices", which ministers share, nor "the best year of my life").
    // "best free online courses to learn korean?", "what are some good learning analytics tools
    // schools use": a plural within three words.
    let ranked = (0..words.len()).any(|at| {
        let rates = words[at] == "best"
            || (words[at] == "good" && at >= 1 && matches!(words[at - 1].as_str(), "some" | "any"));
        // Not "best practices", which ministers share.
        rates
            && !words.get(at + 1).is_some_and(|w| w.starts_with("practi"))
            && words[at + 1..]
                .iter()
                .take(3)
                .any(|w| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"))
    });
    // "how do you say 'education' in korean", "translate 'thank you' into Danish": a word put
    // into a language for the speaker, which no paragraph does.
    let translated = words.windows(4).any(|four| {
        four[0] == "how"
            && matches!(four[1].as_str(), "do" | "does" | "would" | "can")
            && matches!(four[2].as_str(), "you" | "i" | "u" | "we" | "one")
            && matches!(four[3].as_str(), "say" | "write" | "spell")
    });
    // "what's the step by step process to get my degree recognised in germany": a procedure,
    // which a declaration of ministers never sets out.
    let step_by_step = words
        .windows(3)
        .any(|three| three[0] == "step" && three[1] == "by" && three[2] == "step")
        || words.iter().any(|w| w == "step-by-step");
    recommend
        || worth_it
        || should_i
        || write_for_me
        || how_do_i
        || ranked
        || translated
        || step_by_step
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
            "write me a cover letter for an international office job pls",
            "can you please draft an email to our partner university about an exchange",
            "how do i transfer my ECTS credits from a thai university to a french one step by step",
            "my home uni won't recognise my credits from Helsinki, what do I do??",
            "my visa got refused, what should I do",
            "best universities in copenhagen for engineering?",
            "best free online courses to learn korean?",
            "what are some good learning analytics tools that schools actually use",
            "can i do a double degree between a university in copenhagen and one in hanoi",
            "how do you say 'education' in korean",
            "translate 'lifelong learning' into German",
            "translate the seoul declaration into korean for me please",
            "can you translate paragraph 6 into french?",
            "do you think the declaration actually worked? your honest opinion",
            "what's the step by step process to get my indian degree recognised in germany",
        ] {
            assert!(asks_for_advice(question), "{question}");
        }
        for question in [
            "What student-to-teacher ratio do the ministers recommend?",
            "How should I cite this text — what is its full title?",
            "What year should I put for the Finnish summit?",
            "does the declaration recommend more exchanges?",
            "write me a summary of the declaration",
            "who will write a report on how mobility grew?",
            "how do i find the paragraph on mobility",
            "is sharing best practices still a thing in there?",
            "hosting one of these is a ton of work, but it's worth it if they feed into each other",
            "\"sharing best practices\" sounds like such corporate speak lol",
            "can i find the part about mobility somewhere?",
            "erasmus+ was the best year of my life ngl",
            "what can i quote from the declaration on TVET?",
            "how does the declaration say it in paragraph 9?",
        ] {
            assert!(!asks_for_advice(question), "{question}");
        }
    }

    #[test]
    fn what_the_bot_itself_does_not_do_is_told_whatever_it_names() {
        for question in [
            "translate paragraph 6 into french please",
            "do you think the seoul declaration was a success",
            "can you summarise the asem education secretariat website for me",
        ] {
            assert!(asks_of_the_bot(question), "{question}");
        }
        for question in [
            "ok so I'm writing the recap for our newsletter lol. quick q for the bot: what did they say about recognising credits?",
            "For the briefing note to the Minister, please summarise ¶ 12 in two lines, especially the link to the ASEM Political Process.",
            "do you think they mention adult learning?",
            "i think the declaration was a success, does it mention staff?",
        ] {
            assert!(!asks_of_the_bot(question), "{question}");
        }
    }
}
