//! Helpers shared by the integration tests: running the binary, the loaded bot, the source text, and
//! an independent checker of Discord's limits.

use asem_bot::bot::Policy;
use asem_bot::rate_limit::Rate;
use asem_bot::Bot;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The bot over the shipped data, loaded once per test binary. Its rate limits are off: the tests
/// send many commands as one user; the limits have tests of their own.
pub fn bot() -> &'static Bot {
    static BOT: OnceLock<Bot> = OnceLock::new();
    BOT.get_or_init(|| {
        Bot::load_with(&root().join("data"), unlimited()).expect("shipped data loads")
    })
}

/// A policy without rate limits or admins.
pub fn unlimited() -> Policy {
    Policy {
        admins: Vec::new(),
        user_rate: Rate::OFF,
        channel_rate: Rate::OFF,
    }
}

/// The `asem-bot` executable, run from the project folder with no Discord settings from outside.
pub fn asem_bot() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_asem-bot"));
    command
        .current_dir(root())
        .env("DISCORD_TOKEN", "")
        .env("DISCORD_PUBLIC_KEY", "")
        .env("ASEM_CONFIG", root().join("config/asem-bot.toml"))
        .env_remove("ASEM_DATA_DIR")
        .env_remove("RUST_LOG");
    command
}

pub fn run(args: &[&str]) -> Output {
    asem_bot().args(args).output().expect("asem-bot runs")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

/// One field (`label`, `custom_id`) of every button of an interaction response, in order.
pub fn button_fields(reply: &Value, field: &str) -> Vec<String> {
    reply["data"]["components"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .map(|b| b[field].as_str().unwrap_or_default().to_string())
        .collect()
}

/// What `asem-bot exec --json <line>` prints, parsed, computed in this process by the same calls the
/// binary makes (spawning it for every line would test nothing more; `cli.rs` checks the binary
/// prints the same).
pub fn exec_json(line: &str) -> Value {
    let printed = asem_bot::console::render(&asem_bot::console::exec(bot(), line), true, None);
    serde_json::from_str(&printed).unwrap_or_else(|e| panic!("{line}: {e}: {printed}"))
}

/// What `asem-bot exec <line>` prints, computed in this process (see [`exec_json`]).
pub fn exec_text(line: &str) -> String {
    asem_bot::console::render(&asem_bot::console::exec(bot(), line), false, None)
}

/// The numbered paragraphs of the source text, read independently of the project's data: a line
/// "N. …" opens paragraph N, a line starting in lower case continues it (the page breaks of ¶6 and
/// ¶12), and anything else (headings, the footnote) ends it.
pub fn source_paragraphs() -> Vec<String> {
    let path = source_path();
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut paragraphs: Vec<String> = Vec::new();
    let mut open = false;
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let number = line
            .split_once(". ")
            .and_then(|(n, rest)| n.parse::<usize>().ok().map(|n| (n, rest)));
        match number {
            Some((n, rest)) if n == paragraphs.len() + 1 => {
                paragraphs.push(rest.to_string());
                open = true;
            }
            _ if open && line.starts_with(|c: char| c.is_lowercase()) => {
                let last = paragraphs.last_mut().unwrap();
                last.push(' ');
                last.push_str(line);
            }
            _ => open = false,
        }
    }
    paragraphs
}

/// The footnote of ¶2 in the source, without its marker.
pub fn source_footnote() -> String {
    let text = std::fs::read_to_string(source_path()).unwrap();
    let line = text
        .lines()
        .find(|l| l.starts_with('¹'))
        .expect("the source has a footnote");
    line.trim_start_matches('¹').trim().to_string()
}

/// The source text, kept in the repository (tests/fixtures), so a clone anywhere passes.
fn source_path() -> PathBuf {
    root().join("tests/fixtures/seoul-declaration.txt")
}

pub fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Length as Discord counts it (UTF-16 code units).
fn len(value: &Value) -> usize {
    value.as_str().map_or(0, |s| s.encode_utf16().count())
}

/// Checks an interaction response body against every one of Discord's limits (the README's table),
/// written apart from the renderer so that it can catch the renderer's mistakes. Returns what is wrong.
pub fn limit_violations(response: &Value) -> Vec<String> {
    let mut wrong = Vec::new();
    let mut expect = |ok: bool, what: String| {
        if !ok {
            wrong.push(what);
        }
    };
    let kind = response["type"].as_u64().unwrap_or(0);
    let data = &response["data"];
    match kind {
        4 | 7 => {
            expect(
                data["allowed_mentions"] == serde_json::json!({"parse": []}),
                "allowed_mentions not empty".into(),
            );
            expect(len(&data["content"]) <= 2000, "content over 2000".into());
            let embeds = data["embeds"].as_array().cloned().unwrap_or_default();
            expect(embeds.len() <= 10, format!("{} embeds", embeds.len()));
            expect(
                !embeds.is_empty() || len(&data["content"]) > 0,
                "empty message".into(),
            );
            let mut total = 0;
            for embed in &embeds {
                let title = len(&embed["title"]);
                let description = len(&embed["description"]);
                let footer = len(&embed["footer"]["text"]);
                expect(title <= 256, format!("title {title}"));
                expect(description <= 4096, format!("description {description}"));
                expect(footer <= 2048, format!("footer {footer}"));
                total += title + description + footer;
                let fields = embed["fields"].as_array().cloned().unwrap_or_default();
                expect(fields.len() <= 25, format!("{} fields", fields.len()));
                for field in &fields {
                    let (name, value) = (len(&field["name"]), len(&field["value"]));
                    expect((1..=256).contains(&name), format!("field name {name}"));
                    expect((1..=1024).contains(&value), format!("field value {value}"));
                    total += name + value;
                }
            }
            expect(total <= 6000, format!("embeds total {total}"));
            let rows = data["components"].as_array().cloned().unwrap_or_default();
            expect(rows.len() <= 5, format!("{} rows", rows.len()));
            for row in &rows {
                let buttons = row["components"].as_array().cloned().unwrap_or_default();
                expect(
                    (1..=5).contains(&buttons.len()),
                    format!("{} buttons in a row", buttons.len()),
                );
                for button in &buttons {
                    expect(
                        (1..=80).contains(&len(&button["label"])),
                        "button label".into(),
                    );
                    expect(
                        (1..=100).contains(&len(&button["custom_id"])),
                        format!("custom_id {}", button["custom_id"]),
                    );
                }
            }
            if let Some(flags) = data.get("flags") {
                expect(kind == 4 && flags == 64, format!("flags {flags}"));
            }
        }
        8 => {
            let choices = data["choices"].as_array().cloned().unwrap_or_default();
            expect(choices.len() <= 25, format!("{} choices", choices.len()));
            for choice in &choices {
                expect(
                    (1..=100).contains(&len(&choice["name"])),
                    format!("choice name {}", choice["name"]),
                );
                expect(
                    (1..=100).contains(&len(&choice["value"])),
                    format!("choice value {}", choice["value"]),
                );
            }
        }
        other => expect(false, format!("unknown response type {other}")),
    }
    wrong
}

pub fn is_ephemeral(response: &Value) -> bool {
    response["data"]["flags"] == 64
}

/// Copies the shipped data folder into a temporary one that a test may break.
pub fn data_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("data"), dir.path());
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The property-test settings every fuzz suite uses: a fixed seed and a bounded case count in CI;
/// `ASEM_FUZZ_CASES` (and `ASEM_FUZZ_SEED`) for a longer exploratory run (see RELIABILITY.md).
pub fn fuzz_config(ci_cases: u32) -> proptest::test_runner::Config {
    let cases = std::env::var("ASEM_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(ci_cases);
    let seed = std::env::var("ASEM_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x5E0_2017);
    proptest::test_runner::Config {
        cases,
        failure_persistence: None,
        rng_seed: proptest::test_runner::RngSeed::Fixed(seed),
        ..proptest::test_runner::Config::default()
    }
}

/// `facts.toml` with the answer of the dates fact tagged (`… Republic of Korea (tag).`): a change a
/// reload test can see in `/facts topic: dates` and `/ask`.
pub fn facts_with_tagged_dates(facts: &str, tag: &str) -> String {
    const ANSWER_END: &str = "in Seoul, Republic of Korea.";
    assert!(facts.contains(ANSWER_END), "the dates fact changed wording");
    facts.replace(ANSWER_END, &format!("in Seoul, Republic of Korea ({tag})."))
}
