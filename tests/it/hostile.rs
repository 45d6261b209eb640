//! Random and hostile input to every command: always a valid interaction response within Discord's
//! limits, never a panic, never a ping, and user mistakes answered ephemerally with what to do.

use crate::util::{bot, exec_json, is_ephemeral, limit_violations};
use asem_bot::commands::{Interaction, Invocation, COMMANDS};
use asem_bot::console::{exec, parse_line};
use proptest::prelude::*;
use serde_json::Value;

/// The odd inputs the README promises a clear answer to, and a few more of the same kind.
fn hostile() -> Vec<String> {
    vec![
        String::new(),
        " ".into(),
        "x".repeat(6000),
        "mobility ".repeat(700),
        "?!.,;:()[]{}<>\"'`~^%$#&*_+=|\\/".into(),
        "\"unbalanced".into(),
        "field:value".into(),
        "title:(mobility OR \"open".into(),
        "+education -mobility".into(),
        "😀🎓🇰🇷 education 👩‍🎓".into(),
        "التعليم والتدريب مدى الحياة".into(),
        "\u{202E}ytilibom\u{202C}".into(),
        "@everyone".into(),
        "@here <@123456789012345678> <@&987654321>".into(),
        "¶0".into(),
        "¶17".into(),
        "-3".into(),
        "0-99".into(),
        "99999999999999999999999999".into(),
        "paragraph".into(),
        "\u{0}\u{7}\u{1b}[31mred".into(),
        "é".repeat(150),
        "**bold** __under__ ||spoiler|| `code` > quote".into(),
        "press show:seoul-2017:6".into(),
        "limit: 99".into(),
    ]
}

/// Every way a value can reach a command: each option of each slash command, the message menu,
/// a mention, button ids and autocomplete.
fn interactions(value: &str) -> Vec<Interaction> {
    let mut out = Vec::new();
    for command in COMMANDS {
        if command.options.is_empty() {
            out.push(Interaction::Command(Invocation {
                name: command.name.into(),
                options: vec![],
            }));
        }
        for option in command.options {
            let invocation = Invocation {
                name: command.name.into(),
                options: vec![(option.name.into(), value.into())],
            };
            out.push(Interaction::Command(invocation.clone()));
            out.push(Interaction::Autocomplete {
                invocation,
                focused: option.name.into(),
            });
        }
    }
    out.push(Interaction::MessageMenu {
        command: asem_bot::commands::FIND_IN_DECLARATION.into(),
        content: value.into(),
    });
    out.push(Interaction::Mention { text: value.into() });
    out.push(Interaction::Button {
        custom_id: value.into(),
    });
    for prefix in [
        "show:seoul-2017:",
        "post:seoul-2017:",
        "more:5:0:",
        "more:",
        "about:",
    ] {
        out.push(Interaction::Button {
            custom_id: format!("{prefix}{value}"),
        });
    }
    out
}

fn assert_valid(what: &str, response: &Value) {
    let wrong = limit_violations(response);
    assert!(wrong.is_empty(), "{what}: {wrong:?}\n{response}");
}

#[test]
fn hostile_values_in_every_option_give_valid_replies() {
    let bot = bot();
    for value in hostile() {
        for interaction in interactions(&value) {
            let response = bot.handle(&interaction).to_discord_json();
            assert_valid(&format!("{interaction:?}"), &response);
        }
        // And typed as whole command lines.
        let response = exec(bot, &value).to_discord_json();
        assert_valid(&value, &response);
    }
}

#[test]
fn user_mistakes_are_ephemeral_and_say_what_to_do() {
    let cases = [
        ("/quote paragraph: ¶0", "¶1 to ¶16"),
        ("/quote paragraph: ¶17", "there is no ¶17"),
        ("/quote paragraph: -3", "pick a number from 1 to 16"),
        ("/quote paragraph:", "needs `paragraph`"),
        ("/search query:", "for example"),
        ("/search query: mobility limit: 11", "from 1 to 10"),
        ("/search query: mobility limit: ten", "whole number"),
        ("/ask question: recipe for kimchi", "try other words"),
        ("/glossary term: blockchain", "known:"),
        ("/facts topic: weather", "known:"),
        ("/commitments theme: space travel", "known:"),
        ("/nope", "/help"),
        ("/search colour: blue", "`/search` has no option"),
        ("", "type a command"),
        ("press show:seoul-2017:99", "there is no ¶99"),
        ("press nonsense", "run the command again"),
        ("menu ", "no text i can search"),
    ];
    let bot = bot();
    for (line, hint) in cases {
        let response = exec(bot, line).to_discord_json();
        assert_valid(line, &response);
        assert!(
            is_ephemeral(&response),
            "{line} should be ephemeral: {response}"
        );
        let text = response.to_string().to_lowercase();
        assert!(
            text.contains(&hint.to_lowercase()),
            "{line}: expected {hint:?} in {text}"
        );
    }
    let long = format!("/ask question: {}", "why ".repeat(1500));
    let response = exec(bot, &long).to_discord_json();
    assert!(is_ephemeral(&response));
    assert!(response.to_string().contains("characters long"));
}

#[test]
fn nothing_pings_anyone() {
    let bot = bot();
    for line in [
        "/ask question: @everyone what about mobility?",
        "/search query: @here mobility",
        "menu @everyone mobility of students",
        "@asem-bot @everyone mobility",
    ] {
        let response = exec(bot, line).to_discord_json();
        assert_eq!(
            response["data"]["allowed_mentions"],
            serde_json::json!({"parse": []})
        );
        assert!(
            !response.to_string().contains("@everyone") && !response.to_string().contains("@here"),
            "{line}: {response}"
        );
    }
}

#[test]
fn the_binary_answers_hostile_lines_with_valid_json() {
    for value in [
        "",
        "¶17",
        "-3",
        "@everyone",
        "\"unbalanced",
        "field:value",
        "😀",
    ] {
        for line in [
            format!("/quote paragraph: {value}"),
            format!("/search query: {value}"),
        ] {
            let response = exec_json(&line);
            assert_valid(&line, &response);
        }
    }
}

pub fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "\\PC{0,300}",
        "[ -~]{0,120}",
        proptest::sample::select(hostile()),
        ("[a-z ]{0,40}", proptest::sample::select(hostile())).prop_map(|(a, b)| format!("{a} {b}")),
        (1usize..8000).prop_map(|n| "é😀a ".chars().cycle().take(n).collect()),
    ]
}

proptest! {
    // A fixed seed keeps CI repeatable; ASEM_FUZZ_CASES / ASEM_FUZZ_SEED for a longer run.
    #![proptest_config(crate::util::fuzz_config(200))]

    #[test]
    fn any_command_line_gives_a_valid_reply(text in any_text(), command in proptest::sample::select(vec!["", "/ask question: ", "/search query: ", "/quote paragraph: ", "/glossary term: ", "/facts topic: ", "/commitments theme: ", "press ", "menu ", "autocomplete /quote paragraph: ", "autocomplete /search query: ", "@bot "])) {
        let line = format!("{command}{text}");
        let response = exec(bot(), &line).to_discord_json();
        let wrong = limit_violations(&response);
        prop_assert!(wrong.is_empty(), "{:?}: {:?}", line, wrong);
    }

    #[test]
    fn the_line_parser_never_panics(text in any_text()) {
        let _ = parse_line(&text);
    }
}
