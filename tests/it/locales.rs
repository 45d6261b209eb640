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
