//! The command-line contract of the README, through the real binary.

use crate::util::{asem_bot, exec_json, run, stderr, stdout};
use serde_json::Value;
use std::io::Write;
use std::process::Stdio;

fn all_text(response: &Value) -> String {
    response.to_string()
}

#[test]
fn search_moocs_ranks_paragraph_10_first() {
    let output = run(&["search", "MOOCs", "--json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["query"], "MOOCs");
    let first = &json["hits"][0];
    assert_eq!(first["paragraph"], 10);
    assert_eq!(first["document"], "seoul-2017");
    assert!(first["score"].as_f64().unwrap() > 0.0);
    assert!(first["snippet"].as_str().unwrap().contains("**MOOCs**"));
    assert!(first["section"]
        .as_str()
        .unwrap()
        .starts_with("Use of state-of-the-art"));
}

#[test]
fn search_without_a_match_gives_empty_hits() {
    let output = run(&["search", "recipe for kimchi", "--json"]);
    let json: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["hits"], serde_json::json!([]));
    let output = run(&["search", "recipe for kimchi"]);
    assert!(stdout(&output).contains("Nothing in the declaration matches"));
}

#[test]
fn search_limit_is_respected() {
    let output = run(&["search", "education", "--limit", "2", "--json"]);
    let json: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["hits"].as_array().unwrap().len(), 2);
    let bad = run(&["search", "education", "--limit", "0"]);
    assert!(!bad.status.success());
    assert!(stderr(&bad).contains("--limit"));
}

#[test]
fn ask_when_answers_the_dates_with_paragraph_1() {
    let output = run(&["ask", "When did the meeting take place?"]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(text.contains("21–22 November 2017"), "{text}");
    assert!(text.contains("Seoul"), "{text}");
    assert!(text.contains("¶1"), "{text}");
}

#[test]
fn ask_json_is_an_interaction_response() {
    let output = run(&["ask", "Who hosted the meeting?", "--json"]);
    let json: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["type"], 4);
    assert!(all_text(&json).contains("Ministry of Education of the Republic of Korea"));
}

#[test]
fn meetings_lists_the_summit_and_all_six_meetings() {
    let json = exec_json("/meetings");
    let text = all_text(&json);
    for needle in [
        "2006",
        "Helsinki",
        "Berlin",
        "Hanoi",
        "Copenhagen",
        "Kuala Lumpur",
        "Riga",
        "Seoul",
    ] {
        assert!(text.contains(needle), "{needle} missing");
    }
    for n in 1..=6 {
        assert!(text.contains(&format!("ASEMME{n}")), "ASEMME{n} missing");
    }
}

#[test]
fn commitments_on_mobility_cite_paragraph_6() {
    let json = exec_json("/commitments theme: mobility");
    let text = all_text(&json);
    assert!(text.contains("¶6"), "{text}");
    assert!(text.contains("numbers of mobile individuals"));
}

#[test]
fn glossary_expands_oer_and_cites_paragraph_10() {
    let json = exec_json("/glossary term: OER");
    let text = all_text(&json);
    assert!(text.contains("Open Educational Resources"));
    assert!(text.contains("¶10"));
}

#[test]
fn every_command_answers_within_limits() {
    for line in [
        "/ask question: what about online courses?",
        "/search query: recognition of qualifications limit: 10",
        "/quote paragraph: 12",
        "/facts",
        "/facts topic: host",
        "/meetings",
        "/commitments",
        "/commitments theme: ict",
        "/glossary",
        "/glossary term: Erasmus+",
        "/about",
        "/help",
        "press about:2",
        "press show:seoul-2017:10",
        "press post:seoul-2017:10",
        "press more:2:2:mobility",
        "autocomplete /quote paragraph: 1",
        "autocomplete /search query: mob",
        "autocomplete /facts topic:",
        "autocomplete /commitments theme: rec",
        "autocomplete /glossary term: AS",
        "menu We should fund more exchanges of students between Asia and Europe",
        "@asem-bot what did ministers say about lifelong learning?",
    ] {
        let json = exec_json(line);
        let wrong = crate::util::limit_violations(&json);
        assert!(wrong.is_empty(), "{line}: {wrong:?}");
        assert!(
            !crate::util::is_ephemeral(&json)
                || line.starts_with("/about")
                || line.starts_with("/help")
                || line.starts_with("press")
                || line.starts_with("menu"),
            "{line} answered as an error: {json}"
        );
    }
}

#[test]
fn check_prints_what_was_indexed() {
    let output = run(&["check"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("16 paragraphs"), "{text}");
    assert!(text.trim_end().ends_with("ok"));
}

#[test]
fn without_a_token_the_bot_says_so_and_starts_the_console() {
    let mut child = asem_bot()
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"/quote paragraph: 16\nquit\n")
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let notice: Vec<String> = stderr(&output)
        .lines()
        .filter(|l| l.contains("DISCORD_TOKEN"))
        .map(String::from)
        .collect();
    assert_eq!(
        notice.len(),
        1,
        "one line says there is no token: {notice:?}"
    );
    assert_eq!(
        stderr(&output).lines().count(),
        1,
        "and nothing else is logged: {}",
        stderr(&output)
    );
    assert!(stdout(&output).contains("historic achievement"));
}

#[test]
fn a_malformed_token_is_refused_without_being_printed() {
    let bad = asem_bot()
        .env("DISCORD_TOKEN", "not-a-token secret")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(!bad.status.success());
    let everything = format!("{}{}", stdout(&bad), stderr(&bad));
    assert!(
        everything.contains("DISCORD_TOKEN") && !everything.contains("secret"),
        "{everything}"
    );
}

/// Misuse exits with status 2 and a usage line, before any data is loaded: an unknown subcommand
/// or flag, a missing query, a flag given to a subcommand that does not take it.
#[test]
fn misuse_fails_with_status_2_and_a_usage_line() {
    for args in [
        &["frobnicate"][..],
        &["search"],
        &["search", "mobility", "--frobnicate"],
        &["check", "--json"],
        &["ask", "--limit", "3", "what"],
        &["generate-corpus", "--paragraphs", "10"],
    ] {
        let output = run(args);
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            stderr(&output)
        );
        let error = stderr(&output);
        assert!(error.contains("Usage: asem-bot"), "{args:?}: {error}");
        assert!(stdout(&output).is_empty(), "{args:?}");
    }
    // A value out of range names the flag and its range.
    let output = run(&["search", "mobility", "--limit", "0"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--limit") && stderr(&output).contains("1..=100"));
    let help = run(&["search", "--help"]);
    assert!(help.status.success());
    assert!(stdout(&help).contains("--limit"), "{}", stdout(&help));
}

#[test]
fn the_binary_prints_what_the_in_process_calls_give() {
    for line in ["/meetings", "/glossary term: OER"] {
        let output = run(&["exec", "--json", line]);
        assert!(output.status.success(), "{line}: {}", stderr(&output));
        let printed: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
        assert_eq!(printed, exec_json(line), "{line}");
    }
}

#[test]
fn search_by_paragraph_number_goes_straight_there() {
    let output = run(&["search", "para 6-7", "--json"]);
    let json: Value = serde_json::from_str(&stdout(&output)).unwrap();
    let numbers: Vec<u64> = json["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["paragraph"].as_u64().unwrap())
        .collect();
    assert_eq!(numbers, vec![6, 7]);
    let output = run(&["search", "¶17", "--json"]);
    let json: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["hits"], serde_json::json!([]));
    assert!(json["note"].as_str().unwrap().contains("¶1 to ¶16"));
}

#[test]
fn a_generated_corpus_loads_answers_and_is_refused_twice() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("corpus");
    let made = asem_bot()
        .args([
            "generate-corpus",
            "--paragraphs",
            "1200",
            "--seed",
            "5",
            "--out",
        ])
        .arg(&out)
        .output()
        .unwrap();
    assert!(made.status.success(), "{made:?}");
    let said = String::from_utf8_lossy(&made.stdout);
    assert!(said.contains("13 documents, 1200 paragraphs"), "{said}");

    let check = asem_bot()
        .arg("check")
        .env("ASEM_DATA_DIR", &out)
        .output()
        .unwrap();
    let summary = String::from_utf8_lossy(&check.stdout);
    assert!(check.status.success(), "{check:?}");
    assert!(summary.contains("index: 1200 paragraphs"), "{summary}");
    assert!(summary.contains("… and 8 more documents"), "{summary}");

    // The shipped declaration is still the one quoted and asked about.
    let quote = asem_bot()
        .args(["exec", "/quote paragraph: 10"])
        .env("ASEM_DATA_DIR", &out)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&quote.stdout)
        .contains("Taking note of the great potential of ICT"));

    let again = asem_bot()
        .args(["generate-corpus", "--paragraphs", "100", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("is not empty"));
}

/// `--locale` answers as for a Discord user of that locale; an unknown locale is misuse.
#[test]
fn exec_answers_in_the_locale_asked_for() {
    let output = run(&["exec", "--locale", "ko", "/help"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let catalogues = asem_bot::locale::catalogues();
    assert!(stdout(&output).contains(&catalogues.reply("ko", "help-title")));
    let search = run(&["search", "recipe for kimchi", "--locale", "de"]);
    assert!(search.status.success());
    assert!(
        stdout(&search).contains(&catalogues.reply("de", "hint-no-match")),
        "{}",
        stdout(&search)
    );
    let unknown = run(&["exec", "--locale", "xx", "/help"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        stderr(&unknown).contains("ko"),
        "the known locales are listed"
    );
}
