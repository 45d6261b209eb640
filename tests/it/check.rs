//! `asem-bot check` on broken data: exit 1, naming the file, the line and the reason.

use crate::util::{asem_bot, data_copy, stderr};
use std::path::Path;

/// Replaces the first `from` in `file` with `to`; returns the 1-based line of the change.
fn break_file(dir: &Path, file: &str, from: &str, to: &str) -> usize {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let at = text
        .find(from)
        .unwrap_or_else(|| panic!("{from:?} not in {file}"));
    let line = text[..at].matches('\n').count() + 1;
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    line
}

fn check_fails(dir: &Path, file: &str, line: Option<usize>, reason: &str) {
    let output = asem_bot()
        .env("ASEM_DATA_DIR", dir)
        .arg("check")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "check must fail");
    let message = stderr(&output);
    let expected_place = match line {
        Some(line) => format!("{file}:{line}:"),
        None => file.to_string(),
    };
    assert!(
        message.contains(&expected_place),
        "expected {expected_place} in: {message}"
    );
    assert!(
        message.contains(reason),
        "expected {reason:?} in: {message}"
    );
    assert!(!message.contains("panicked"), "{message}");
}

const DECLARATION: &str = "documents/seoul-declaration.toml";

#[test]
fn bad_syntax_names_file_and_line() {
    let dir = data_copy();
    let line = break_file(dir.path(), DECLARATION, "number = 7\n", "number = = 7\n");
    check_fails(dir.path(), DECLARATION, Some(line), "not valid here");
}

#[test]
fn a_missing_paragraph_is_reported() {
    let dir = data_copy();
    // Renumbering ¶7 as ¶8 leaves a gap where 7 should be.
    let line = break_file(dir.path(), DECLARATION, "number = 7\n", "number = 8\n");
    check_fails(
        dir.path(),
        DECLARATION,
        Some(line),
        "is paragraph 7 missing?",
    );
}

#[test]
fn a_duplicate_number_is_reported_with_both_lines() {
    let dir = data_copy();
    let first = break_file(dir.path(), DECLARATION, "number = 8\n", "number = 8\n");
    let line = break_file(dir.path(), DECLARATION, "number = 9\n", "number = 8\n");
    // The renumbered 9 sits after 8: the duplicate is found there, and the first one is named.
    check_fails(
        dir.path(),
        DECLARATION,
        Some(line),
        &format!("paragraph 8 appears twice (first at line {first})"),
    );
}

#[test]
fn a_commitment_phrase_not_in_its_paragraph_is_an_error() {
    let dir = data_copy();
    let marker = "paragraph = 6\nphrase = \"we declare that we will strongly encourage";
    let line = break_file(
        dir.path(),
        "commitments.toml",
        marker,
        &marker.replace("paragraph = 6", "paragraph = 5"),
    );
    check_fails(
        dir.path(),
        "commitments.toml",
        Some(line + 1),
        "does not stand word for word in paragraph 5",
    );
}

#[test]
fn an_unknown_key_is_an_error() {
    let dir = data_copy();
    let line = break_file(
        dir.path(),
        "glossary.toml",
        "expansion = \"Open Educational Resources\"",
        "expansoin = \"Open Educational Resources\"",
    );
    check_fails(
        dir.path(),
        "glossary.toml",
        Some(line),
        "unknown field `expansoin`",
    );
}

#[test]
fn a_fact_citing_a_missing_paragraph_is_an_error() {
    let dir = data_copy();
    let line = break_file(
        dir.path(),
        "facts.toml",
        "paragraph = 5\n",
        "paragraph = 17\n",
    );
    check_fails(
        dir.path(),
        "facts.toml",
        Some(line),
        "paragraph 17 does not exist",
    );
}

#[test]
fn a_glossary_term_the_declaration_never_uses_is_an_error() {
    let dir = data_copy();
    let line = break_file(
        dir.path(),
        "glossary.toml",
        "forms = [\"OER\"]",
        "forms = [\"OERs galore\"]",
    );
    check_fails(dir.path(), "glossary.toml", Some(line), "none of the forms");
}

#[test]
fn a_missing_file_is_named() {
    let dir = data_copy();
    std::fs::remove_file(dir.path().join("meetings.toml")).unwrap();
    check_fails(dir.path(), "meetings.toml", None, "cannot read this file");
}

#[test]
fn a_missing_data_folder_says_what_to_do() {
    let output = asem_bot()
        .env("ASEM_DATA_DIR", "/nonexistent/asem-data")
        .arg("check")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("ASEM_DATA_DIR"));
}

/// What the bot says in its own words must rest on the declaration's: a fact, a tour statement or a
/// commitment whose quote is not where it cites, or whose strength the sentence does not say, stops
/// start-up.
#[test]
fn statements_that_say_more_than_the_declaration_are_errors() {
    let dir = data_copy();
    // The anniversary as it was once written, citing ¶1 for words that stand only in the footnote.
    let line = break_file(
        dir.path(),
        "facts.toml",
        "quote = \"to celebrate the 10 years of its gathering\"",
        "quote = \"began in Berlin in 2008\"",
    );
    check_fails(
        dir.path(),
        "facts.toml",
        Some(line),
        "does not stand word for word in paragraph 1",
    );

    let dir = data_copy();
    let line = break_file(dir.path(), "tour.toml", "source = \"footnote\"\n", "");
    check_fails(
        dir.path(),
        "tour.toml",
        Some(line),
        "does not stand word for word in paragraph 2",
    );

    let dir = data_copy();
    // "Give students and youth as many … opportunities" as a promise: ¶14 only acknowledges the need.
    let line = break_file(
        dir.path(),
        "commitments.toml",
        "strength = \"acknowledge-need\"",
        "strength = \"will-strive\"",
    );
    check_fails(
        dir.path(),
        "commitments.toml",
        Some(line),
        "does not say \"will strive\"",
    );
}

/// Where the official text is published, when the data records it, is named under every quote; an
/// address that is not https:// is refused.
#[test]
fn a_recorded_source_address_is_named_under_quotes() {
    let dir = data_copy();
    break_file(
        dir.path(),
        DECLARATION,
        "place = ",
        "source_url = \"https://example.org/seoul-declaration\"\nplace = ",
    );
    let output = asem_bot()
        .env("ASEM_DATA_DIR", dir.path())
        .args(["exec", "/quote paragraph: 3"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        text.contains("official text: https://example.org/seoul-declaration"),
        "{text}"
    );

    let dir = data_copy();
    let line = break_file(
        dir.path(),
        DECLARATION,
        "place = ",
        "source_url = \"ftp://x\"\nplace = ",
    );
    check_fails(dir.path(), DECLARATION, Some(line), "an https:// address");
}

#[test]
fn an_empty_search_in_the_bank_is_an_error() {
    let dir = data_copy();
    let line = break_file(
        dir.path(),
        "questions.toml",
        "\"who came to the seoul conference\"",
        "\"  \"",
    );
    // Named at its list, which opens on the line before its first search.
    check_fails(
        dir.path(),
        "questions.toml",
        Some(line - 1),
        "an empty search",
    );
}
