//! Replies in every locale the bot speaks: within Discord's limits (UTF-16 lengths change with the
//! script), and written in that language, not left in English.

use crate::util::{bot, button_fields, limit_violations};
use asem_bot::console::exec_in;

/// Lines whose replies are the bot's own words: help and every kind of mistake.
const LINES: &[&str] = &[
    "/help",
    "/quote paragraph: 17",
    "/quote paragraph: 1-16",
    "/search query: recipe for kimchi",
    "/nope",
    "/search colour: blue",
    "/search query: mobility limit: 11",
    "/ask",
    "press nope",
    "/glossary term: zzz",
    "/facts topic: zzz",
    "/search query: mobility",
    "menu I wish my university recognised the credits I earned on exchange",
];

#[test]
fn every_reply_in_every_locale_stays_within_limits_and_is_in_that_language() {
    for locale in asem_bot::locale::reply_locales() {
        for line in LINES {
            let reply = exec_in(bot(), line, Some(locale)).to_discord_json();
            let wrong = limit_violations(&reply);
            assert!(wrong.is_empty(), "{locale} {line}: {wrong:?}");
            assert!(
                !reply.to_string().contains("help-") && !reply.to_string().contains("error-"),
                "{locale} {line}: a message id shows: {reply}"
            );
            if locale.starts_with("en") {
                continue;
            }
            let english = exec_in(bot(), line, None).to_discord_json();
            let embed = |r: &serde_json::Value, field: &str| r["data"]["embeds"][0][field].clone();
            assert_ne!(
                embed(&reply, "title"),
                embed(&english, "title"),
                "{locale} {line}: the title is in English"
            );
            assert_ne!(
                embed(&reply, "description"),
                embed(&english, "description"),
                "{locale} {line}: the text is in English"
            );
            let labels = |r: &serde_json::Value| button_fields(r, "label");
            for (translated, original) in labels(&reply).iter().zip(labels(&english)) {
                assert_ne!(
                    *translated, original,
                    "{locale} {line}: a button in English"
                );
            }
        }
    }
}

/// Lines whose replies show the declaration's data: the bot's own words around it (titles, footers,
/// headings, meeting statements) are translated, the declaration and the project's summaries are
/// not (a footer says the summaries are English).
const DATA_LINES: &[&str] = &[
    "/ask question: Who hosted the meeting?",
    "/ask question: Where did ASEMME3 take place?",
    "/ask question: Who hosted the Riga meeting?",
    "/ask question: Who will host the next meeting?",
    "/ask question: Where was the 2nd ASEM summit held?",
    "/ask question: What is ASEF?",
    "/ask question: what about online courses?",
    "/ask question: mobilty of studnets",
    "/facts",
    "/facts topic: dates",
    "/meetings",
    "/commitments",
    "/commitments theme: mobility",
    "/commitments theme: jobs for graduates",
    "press theme:mobility",
    "/glossary",
    "/glossary term: ASEF",
    "/about",
    "press about:2",
    "press about:3",
    "press about:4",
    "press about:5",
    "press show:seoul-2017:6",
];

/// Every embed's words that the bot writes itself: title, description (without quoted text) and
/// footer, joined.
fn own_words(reply: &serde_json::Value) -> Vec<String> {
    reply["data"]["embeds"]
        .as_array()
        .map(|embeds| {
            embeds
                .iter()
                .map(|e| {
                    let fields: Vec<String> = e["fields"]
                        .as_array()
                        .map(|f| f.iter().map(|f| f["name"].to_string()).collect())
                        .unwrap_or_default();
                    format!(
                        "{} | {} | {} | {}",
                        e["title"],
                        e["description"],
                        e["footer"]["text"],
                        fields.join(" ")
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn every_command_in_every_locale_is_in_that_language_around_the_quoted_text() {
    let ids: Vec<String> = asem_bot::locale::catalogues()
        .ids(asem_bot::locale::SOURCE, asem_bot::locale::Kind::Replies)
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    for locale in asem_bot::locale::reply_locales() {
        for line in DATA_LINES {
            let reply = exec_in(bot(), line, Some(locale)).to_discord_json();
            let wrong = limit_violations(&reply);
            assert!(wrong.is_empty(), "{locale} {line}: {wrong:?}");
            let text = reply.to_string();
            for id in &ids {
                assert!(
                    !text.contains(&format!(" {id} ")) && !text.contains(&format!("\"{id}\"")),
                    "{locale} {line}: the message id {id} shows: {reply}"
                );
            }
            if locale.starts_with("en") {
                continue;
            }
            let english = exec_in(bot(), line, None).to_discord_json();
            let (ours, theirs) = (own_words(&reply), own_words(&english));
            assert!(!ours.is_empty(), "{locale} {line}: no embed: {reply}");
            // A quote is the declaration itself, the same in every language, footer and all.
            if line.starts_with("press show") {
                assert_eq!(ours, theirs, "{locale} {line}: the quote changed");
                continue;
            }
            for (mine, original) in ours.iter().zip(&theirs) {
                assert_ne!(mine, original, "{locale} {line}: an embed is all English");
            }
        }
    }
}

/// A question in another language, from a client in English or in that language, finds the
/// paragraph that answers it, in `/ask`, `/search` and the message menu.
#[test]
fn a_question_in_another_language_finds_its_paragraph_whatever_the_client() {
    let cases = [
        ("/ask question: 학점 인정에 대해 알려주세요", 6),
        ("/search query: 평생 학습과 직업 교육", 9),
        ("/ask question: 终身学习", 9),
        (
            "/ask question: Anerkennung von Studienleistungen im Ausland",
            6,
        ),
        ("menu ใครเป็นเจ้าภาพการประชุมที่โซล", 1),
    ];
    for (line, paragraph) in cases {
        for locale in [None, Some("en-US"), Some("ko"), Some("de")] {
            let reply = exec_in(bot(), line, locale).to_discord_json();
            let first = reply["data"]["embeds"][0]["fields"][0]["name"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            assert!(
                first.starts_with(&format!("¶{paragraph} ")),
                "{line} ({locale:?}): first {first:?} in {reply}"
            );
        }
    }
}

/// Every language the bot replies in has the project's summaries translated whole: no fact card,
/// theme, section name, glossary explanation, meeting note, commitment or tour statement falls back
/// to English.
#[test]
fn every_reply_locale_has_every_summary_translated() {
    let corpus = bot().corpus();
    for locale in asem_bot::locale::reply_locales().filter(|l| !l.starts_with("en")) {
        let t = corpus
            .translations
            .get(locale)
            .unwrap_or_else(|| panic!("data/translations/{locale}.toml is missing"));
        let missing: Vec<String> = corpus
            .facts
            .iter()
            .filter(|f| !t.facts.contains_key(&f.id))
            .map(|f| format!("fact {}", f.id))
            .chain(
                corpus
                    .themes
                    .iter()
                    .filter(|x| !t.themes.contains_key(&x.id))
                    .map(|x| format!("theme {}", x.id)),
            )
            .chain(
                corpus
                    .primary()
                    .sections
                    .iter()
                    .filter(|x| !t.sections.contains_key(&x.id))
                    .map(|x| format!("section {}", x.id)),
            )
            .chain(
                corpus
                    .glossary
                    .iter()
                    .filter(|x| !t.terms.contains_key(&x.term))
                    .map(|x| format!("term {}", x.term)),
            )
            .chain(
                corpus
                    .meetings
                    .iter()
                    .filter(|m| !m.note.is_empty() && !t.meetings.contains_key(&m.short))
                    .map(|m| format!("meeting {}", m.short)),
            )
            .chain(
                corpus
                    .commitments
                    .iter()
                    .filter(|c| !t.commitments.contains_key(&c.phrase))
                    .map(|c| format!("commitment {}", c.phrase)),
            )
            .chain(
                corpus
                    .tour
                    .iter()
                    .filter(|s| !t.tour.contains_key(&s.quote))
                    .map(|s| format!("tour {}", s.quote)),
            )
            .collect();
        assert!(missing.is_empty(), "{locale}: {missing:#?}");
    }
}
