//! Holding up while the data changes and under abuse: `/reload` (valid data served next, broken
//! data refused with file and line while the old data serves on, commands during reloads all
//! answered), the admin check, rate limits, and fuzzing of the data loader, the query path and the
//! HTTP endpoint. RELIABILITY.md lists what each test covers.

use crate::hostile::any_text;
use crate::util::{data_copy, fuzz_config, is_ephemeral, limit_violations, unlimited};
use asem_bot::bot::Policy;
use asem_bot::commands::{Caller, Interaction, Invocation};
use asem_bot::corpus::Corpus;
use asem_bot::rate_limit::Rate;
use asem_bot::Bot;
use proptest::prelude::*;
use serde_json::Value;
use std::path::Path;

const ADMIN: u64 = 42;

fn command(name: &str, options: &[(&str, &str)]) -> Interaction {
    Interaction::Command(Invocation {
        name: name.into(),
        options: options
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
    })
}

fn json_of(bot: &Bot, caller: &Caller, interaction: &Interaction) -> Value {
    bot.handle_as(caller, interaction).to_discord_json()
}

fn text_of(response: &Value) -> String {
    response["data"].to_string()
}

fn host_fact(bot: &Bot) -> String {
    text_of(&json_of(
        bot,
        &Caller::local(),
        &command("facts", &[("topic", "dates")]),
    ))
}

#[test]
fn reload_serves_valid_data_and_keeps_the_old_data_when_the_new_is_broken() {
    let data = data_copy();
    let bot = Bot::load_with(
        data.path(),
        Policy {
            admins: vec![ADMIN],
            ..unlimited()
        },
    )
    .unwrap();
    let admin = Caller::discord(Some(ADMIN), Some(1));
    let facts = data.path().join("facts.toml");
    let good = std::fs::read_to_string(&facts).unwrap();
    assert!(!host_fact(&bot).contains("(reloaded)"));

    // Valid new data: served on the next command.
    std::fs::write(
        &facts,
        crate::util::facts_with_tagged_dates(&good, "reloaded"),
    )
    .unwrap();
    let reply = json_of(&bot, &admin, &command("reload", &[]));
    assert!(is_ephemeral(&reply), "{reply}");
    assert!(text_of(&reply).contains("Reloaded"), "{reply}");
    assert!(host_fact(&bot).contains("(reloaded)"));

    // Broken data: refused with file, line and reason; the data before keeps serving.
    std::fs::write(&facts, good.replace("paragraph = 1", "paragraph = \"one\"")).unwrap();
    let reply = json_of(&bot, &admin, &command("reload", &[]));
    let said = text_of(&reply);
    assert!(is_ephemeral(&reply));
    assert!(
        said.contains("Reload failed") && said.contains("facts.toml:"),
        "{said}"
    );
    assert!(
        said.contains("still answering from the data loaded before"),
        "{said}"
    );
    assert!(host_fact(&bot).contains("(reloaded)"));

    // A user not on the list is refused, whatever Discord's own permission check let through.
    std::fs::write(&facts, &good).unwrap();
    let stranger = Caller::discord(Some(7), Some(1));
    let reply = json_of(&bot, &stranger, &command("reload", &[]));
    assert!(is_ephemeral(&reply));
    assert!(
        text_of(&reply).contains("for the bot's administrators"),
        "{reply}"
    );
    assert!(
        host_fact(&bot).contains("(reloaded)"),
        "nothing was reloaded"
    );
}

#[test]
fn commands_during_reloads_are_all_answered_from_whole_data() {
    let data = data_copy();
    let bot = Bot::load_with(data.path(), unlimited()).unwrap();
    let facts = data.path().join("facts.toml");
    let good = std::fs::read_to_string(&facts).unwrap();
    let changed = crate::util::facts_with_tagged_dates(&good, "B");
    let stop = std::sync::atomic::AtomicBool::new(false);
    let answered = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..4)
            .map(|_| {
                scope.spawn(|| {
                    let mut answered = 0;
                    while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                        for interaction in [
                            command("facts", &[("topic", "dates")]),
                            command("ask", &[("question", "online courses")]),
                            command("quote", &[("paragraph", "10")]),
                        ] {
                            let reply = bot.handle(&interaction).to_discord_json();
                            let text = text_of(&reply);
                            assert!(limit_violations(&reply).is_empty());
                            assert!(!text.contains("Something went wrong"), "{text}");
                            if text.contains("Dates") {
                                // One whole version or the other, never a mix.
                                assert!(
                                    text.contains("Korea.") || text.contains("Korea (B)."),
                                    "{text}"
                                );
                            }
                            answered += 1;
                        }
                    }
                    answered
                })
            })
            .collect();
        for round in 0..6 {
            let next = match round % 3 {
                0 => &changed,
                1 => &good,
                _ => "this is [not valid",
            };
            std::fs::write(&facts, next).unwrap();
            let result = bot.reload();
            assert_eq!(result.is_ok(), round % 3 != 2, "round {round}: {result:?}");
        }
        stop.store(true, std::sync::atomic::Ordering::Relaxed);
        workers
            .into_iter()
            .map(|w| w.join().unwrap())
            .sum::<usize>()
    });
    assert!(answered > 0);
}

#[test]
fn reload_is_registered_for_administrators_only() {
    let table = asem_bot::commands::spec::registration();
    let reload = table
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "reload")
        .expect("/reload is registered");
    assert_eq!(reload["default_member_permissions"], "0");
    assert_eq!(reload["contexts"], serde_json::json!([0]));
    for other in table
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["name"] != "reload")
    {
        assert!(other.get("default_member_permissions").is_none(), "{other}");
    }
}

#[test]
fn rate_limits_answer_slow_down_per_user_and_per_channel() {
    let bot = Bot::load_with(
        &crate::util::root().join("data"),
        Policy {
            admins: vec![],
            user_rate: "3/60s".parse().unwrap(),
            channel_rate: "5/60s".parse().unwrap(),
        },
    )
    .unwrap();
    let ask = command("ask", &[("question", "mobility")]);
    let alice = Caller::discord(Some(1), Some(100));
    for _ in 0..3 {
        let reply = json_of(&bot, &alice, &ask);
        assert!(!text_of(&reply).contains("Slow down"));
    }
    let limited = json_of(&bot, &alice, &ask);
    assert!(is_ephemeral(&limited));
    let said = text_of(&limited);
    assert!(
        said.contains("Slow down") && said.contains("you can run 3 commands every 60 s"),
        "{said}"
    );
    assert!(said.contains("Try again in"), "{said}");

    // Autocomplete is not counted (Discord sends one per keystroke); the console never is.
    let typing = Interaction::Autocomplete {
        invocation: Invocation {
            name: "quote".into(),
            options: vec![("paragraph".into(), "1".into())],
        },
        focused: "paragraph".into(),
    };
    let suggestions = json_of(&bot, &alice, &typing);
    assert_eq!(suggestions["type"], 8, "{suggestions}");
    assert!(!text_of(&json_of(&bot, &Caller::local(), &ask)).contains("Slow down"));

    // Others in the same channel share its allowance: 3 used by alice, 2 more, then the channel waits.
    for user in [2, 3] {
        let reply = json_of(&bot, &Caller::discord(Some(user), Some(100)), &ask);
        assert!(!text_of(&reply).contains("Slow down"), "user {user}");
    }
    let busy = text_of(&json_of(&bot, &Caller::discord(Some(4), Some(100)), &ask));
    assert!(
        busy.contains("this channel can run 5 commands every 60 s"),
        "{busy}"
    );
    // Elsewhere, a new user is fine.
    let elsewhere = text_of(&json_of(&bot, &Caller::discord(Some(5), Some(200)), &ask));
    assert!(!elsewhere.contains("Slow down"));
}

#[test]
fn rate_limit_settings_are_checked() {
    let config = |rate: &str| {
        asem_bot::config::Config::from_sources(Path::new("/nonexistent/asem-bot.toml"), |key| {
            (key == "ASEM_USER_RATE").then(|| rate.to_string())
        })
    };
    assert_eq!(
        config("20/1m").unwrap().policy.user_rate,
        "20/60s".parse::<Rate>().unwrap()
    );
    assert!(config("off").unwrap().policy.user_rate.is_off());
    let error = format!("{:#}", config("lots").unwrap_err());
    assert!(
        error.contains("ASEM_USER_RATE") && error.contains("e.g. \"10/30s\""),
        "{error}"
    );
}

/// One random edit to a data file's text: a line dropped, doubled or cut, bytes spliced in, or
/// the file truncated.
#[derive(Debug, Clone)]
enum Edit {
    DropLine(usize),
    DoubleLine(usize),
    CutLine(usize, usize),
    Splice(usize, String),
    Truncate(usize),
}

fn apply(text: &str, edit: &Edit) -> String {
    let lines: Vec<&str> = text.lines().collect();
    if lines.is_empty() && !matches!(edit, Edit::Splice(..)) {
        // An earlier edit emptied the file: only splicing can change it now.
        return text.to_string();
    }
    let at = |i: usize| i % lines.len().max(1);
    match edit {
        Edit::DropLine(i) => {
            let mut out = lines.clone();
            out.remove(at(*i));
            out.join("\n")
        }
        Edit::DoubleLine(i) => {
            let mut out = lines.clone();
            out.insert(at(*i), lines[at(*i)]);
            out.join("\n")
        }
        Edit::CutLine(i, keep) => {
            let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
            let line = &mut out[at(*i)];
            let cut = line
                .char_indices()
                .nth(*keep)
                .map_or(line.len(), |(b, _)| b);
            line.truncate(cut);
            out.join("\n")
        }
        Edit::Splice(offset, inserted) => {
            let mut out = text.to_string();
            let mut at = offset % (text.len() + 1);
            while !out.is_char_boundary(at) {
                at -= 1;
            }
            out.insert_str(at, inserted);
            out
        }
        Edit::Truncate(offset) => {
            let mut at = offset % (text.len() + 1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            text[..at].to_string()
        }
    }
}

fn any_edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        any::<usize>().prop_map(Edit::DropLine),
        any::<usize>().prop_map(Edit::DoubleLine),
        (any::<usize>(), 0usize..40).prop_map(|(i, k)| Edit::CutLine(i, k)),
        (
            any::<usize>(),
            prop_oneof![
                Just("\"".to_string()),
                Just("'''".to_string()),
                Just("[[".to_string()),
                Just("\n[document]\n".to_string()),
                Just("paragraph = 99\n".to_string()),
                Just("\u{0}".to_string()),
                "\\PC{0,12}",
            ]
        )
            .prop_map(|(o, s)| Edit::Splice(o, s)),
        any::<usize>().prop_map(Edit::Truncate),
    ]
}

const DATA_FILES: &[&str] = &[
    "documents/seoul-declaration.toml",
    "facts.toml",
    "meetings.toml",
    "commitments.toml",
    "glossary.toml",
    "synonyms.toml",
];

proptest! {
    #![proptest_config(fuzz_config(48))]

    /// Any edit to any data file: the loader returns the corpus or an error naming the file (and a
    /// line when the file has one), never a panic; what loads answers every command within limits.
    #[test]
    fn the_loader_survives_any_edit(file in proptest::sample::select(DATA_FILES), edits in proptest::collection::vec(any_edit(), 1..4)) {
        let data = data_copy();
        let path = data.path().join(file);
        let mut text = std::fs::read_to_string(&path).unwrap();
        for edit in &edits {
            text = apply(&text, edit);
        }
        std::fs::write(&path, &text).unwrap();
        match Corpus::load(data.path()) {
            Ok(_) => {
                let bot = Bot::load_with(data.path(), unlimited()).unwrap();
                for interaction in [command("ask", &[("question", "mobility")]), command("quote", &[("paragraph", "16")]), command("glossary", &[])] {
                    let reply = bot.handle(&interaction).to_discord_json();
                    prop_assert!(limit_violations(&reply).is_empty());
                }
            }
            Err(error) => {
                // The error names a file of this data folder (not always the edited one: a paragraph
                // edited under a commitment's quotation is reported at the commitment) and a reason.
                let said = error.to_string();
                let folder = data.path().to_string_lossy().into_owned();
                prop_assert!(said.starts_with(&folder), "{said}");
                let reason = said.rsplit(": ").next().unwrap_or_default();
                prop_assert!(reason.trim().len() > 3, "{said}");
            }
        }
    }

    /// Any text as a query: analysis, ranking and snippets never panic, and hits are real paragraphs
    /// with snippets inside Discord's field limit.
    #[test]
    fn the_query_path_survives_any_text(text in any_text()) {
        let bot = crate::util::bot();
        let index = bot.index();
        let hits = index.search(&text, 5, 0).unwrap();
        for hit in &hits.hits {
            prop_assert!((1..=16).contains(&hit.paragraph));
            prop_assert!(asem_bot::text::discord_len(&hit.snippet) <= 1024);
        }
        let _ = index.search(&text, 25, 20).unwrap();
    }
}

/// Found by the long fuzz run: a paragraph edited under a commitment's exact quotation is reported
/// at the commitment, with its line, so the editor knows which quotation no longer stands.
#[test]
fn an_edited_paragraph_is_reported_where_it_is_quoted() {
    let data = data_copy();
    let path = data.path().join("documents/seoul-declaration.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let edited = text.replacen(
        "increase overall cooperation",
        "increase [[ overall cooperation",
        1,
    );
    assert_ne!(edited, text);
    std::fs::write(&path, edited).unwrap();
    let said = Corpus::load(data.path()).unwrap_err().to_string();
    assert!(said.contains("commitments.toml:"), "{said}");
    assert!(
        said.contains("does not stand word for word in paragraph 6"),
        "{said}"
    );
}

/// Found by the long fuzz run: a data file emptied by an edit is reported by name (an empty
/// synonym table is valid: search just has no synonyms).
#[test]
fn empty_data_files_are_reported_not_crashed_on() {
    for file in DATA_FILES {
        let data = data_copy();
        std::fs::write(data.path().join(file), "").unwrap();
        match Corpus::load(data.path()) {
            Ok(corpus) => {
                assert!(
                    *file == "synonyms.toml" && corpus.synonyms.is_empty(),
                    "{file}"
                )
            }
            Err(error) => {
                let said = error.to_string();
                let name = Path::new(file).file_name().unwrap().to_string_lossy();
                assert!(said.contains(name.as_ref()), "{file}: {said}");
            }
        }
    }
}
