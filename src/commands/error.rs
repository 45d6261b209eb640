//! What can go wrong in a command, as values: the variant decides what the user reads and what they
//! are told to do next. Every error becomes an ephemeral reply in one place, [`CommandError::to_reply`].

use super::spec;
use super::words::Words;
use crate::locale;
use crate::reply::{Embed, Reply, COLOR_ERROR};
use crate::text::{escape_user_text, truncate};

#[derive(Debug, Clone, PartialEq)]
pub enum CommandError {
    EmptyLine,
    UnknownCommand(String),
    UnknownOption {
        command: String,
        option: String,
    },
    MissingOption {
        command: String,
        option: String,
        example: String,
    },
    BadNumber {
        option: String,
        given: String,
        min: i64,
        max: i64,
    },
    TooLong {
        option: String,
        length: usize,
        max: usize,
    },
    NoSuchParagraph {
        asked: i64,
        count: u32,
        title: String,
    },
    RangeTooLong {
        first: u32,
        last: u32,
    },
    NoMatch {
        query: String,
        suggestions: Vec<String>,
    },
    UnknownChoice {
        what: String,
        given: String,
        known: Vec<String>,
    },
    UnknownButton,
    EmptyMessage,
    SlowDown {
        /// The channel's allowance ran out, not the user's.
        channel: bool,
        /// The allowance: `count` commands every `window_secs` seconds.
        count: u32,
        window_secs: u64,
        wait_secs: u64,
    },
    NotAllowed {
        command: String,
    },
    ReloadFailed(String),
    Internal(String),
}

/// User text inside an error message: escaped, short, and unable to ping.
fn shown(text: &str) -> String {
    truncate(&escape_user_text(text.trim()), 80)
}

fn slash(locale: &str, name: &str) -> String {
    Words::new(locale).slash(name)
}

fn option_name(locale: &str, command: &str, option: &str) -> String {
    Words::new(locale).option(command, option)
}

impl CommandError {
    /// What went wrong, in `locale` (English where it has no catalogue).
    pub fn message_in(&self, locale: &str) -> String {
        let catalogues = locale::catalogues();
        let say = |id: &str, args: &[(&str, String)]| catalogues.reply_with(locale, id, args);
        match self {
            CommandError::EmptyLine => say(
                "error-empty-line",
                &[
                    (
                        "example",
                        format!(
                            "{} {}: {}",
                            slash(locale, "ask"),
                            option_name(locale, "ask", "question"),
                            locale::catalogues().reply(locale, "example-ask-question")
                        ),
                    ),
                    ("help", slash(locale, "help")),
                ],
            ),
            CommandError::UnknownCommand(name) => {
                say("error-unknown-command", &[("command", shown(name))])
            }
            CommandError::UnknownOption { command, option } => say(
                "error-unknown-option",
                &[
                    ("command", slash(locale, command)),
                    ("option", shown(option)),
                ],
            ),
            CommandError::MissingOption {
                command, option, ..
            } => say(
                "error-missing-option",
                &[
                    ("command", slash(locale, command)),
                    ("option", option_name(locale, command, option)),
                ],
            ),
            CommandError::BadNumber {
                option,
                given,
                min,
                max,
            } => say(
                "error-bad-number",
                &[
                    ("option", option.clone()),
                    ("given", shown(given)),
                    ("min", min.to_string()),
                    ("max", max.to_string()),
                ],
            ),
            CommandError::TooLong {
                option,
                length,
                max,
            } => say(
                "error-too-long",
                &[
                    ("option", option.clone()),
                    ("length", length.to_string()),
                    ("max", max.to_string()),
                ],
            ),
            CommandError::NoSuchParagraph {
                asked,
                count,
                title,
            } => say(
                "error-no-such-paragraph",
                &[
                    ("asked", asked.to_string()),
                    ("count", count.to_string()),
                    ("title", title.clone()),
                ],
            ),
            CommandError::RangeTooLong { first, last } => say(
                "error-range-too-long",
                &[("first", first.to_string()), ("last", last.to_string())],
            ),
            CommandError::NoMatch { query, .. } => {
                say("error-no-match", &[("query", shown(query))])
            }
            CommandError::UnknownChoice { what, given, .. } => {
                let what = match what.as_str() {
                    "fact" => option_name(locale, "facts", "topic"),
                    "theme" => option_name(locale, "commitments", "theme"),
                    "term" => option_name(locale, "glossary", "term"),
                    other => other.to_string(),
                };
                say(
                    "error-unknown-choice",
                    &[("what", what), ("given", shown(given))],
                )
            }
            CommandError::UnknownButton => say("error-unknown-button", &[]),
            CommandError::EmptyMessage => say("error-empty-message", &[]),
            CommandError::SlowDown {
                channel,
                count,
                window_secs,
                ..
            } => say(
                if *channel {
                    "error-slow-down-channel"
                } else {
                    "error-slow-down-user"
                },
                &[
                    ("count", count.to_string()),
                    ("seconds", window_secs.to_string()),
                ],
            ),
            CommandError::NotAllowed { command } => {
                say("error-not-allowed", &[("command", slash(locale, command))])
            }
            CommandError::ReloadFailed(detail) => format!(
                "{}\n```\n{}\n```",
                say("error-reload-failed", &[]),
                truncate(detail, 1500)
            ),
            CommandError::Internal(_) => say("error-internal", &[]),
        }
    }

    /// What the user can do about it, in `locale`.
    pub fn hint_in(&self, locale: &str) -> String {
        let catalogues = locale::catalogues();
        let say = |id: &str, args: &[(&str, String)]| catalogues.reply_with(locale, id, args);
        let help = || say("hint-help", &[("help", slash(locale, "help"))]);
        match self {
            CommandError::EmptyLine | CommandError::UnknownCommand(_) => help(),
            CommandError::UnknownOption { command, .. } => match spec::find(command) {
                Some(spec) => say("hint-usage", &[("usage", spec.usage_in(locale))]),
                None => help(),
            },
            CommandError::MissingOption {
                command,
                option,
                example,
            } => {
                let value = catalogues.exact(locale, &format!("example-{command}-{option}"), None);
                let example = match (value, spec::find(command)) {
                    (Some(value), Some(spec)) => format!(
                        "/{} {}: {value}",
                        spec.name_in(locale),
                        option_name(locale, command, option)
                    ),
                    _ => example.clone(),
                };
                say("hint-example", &[("example", example)])
            }
            CommandError::BadNumber { min, max, .. } => say(
                "hint-bad-number",
                &[("min", min.to_string()), ("max", max.to_string())],
            ),
            CommandError::TooLong { .. } => say("hint-too-long", &[]),
            CommandError::NoSuchParagraph { count, .. } => {
                say("hint-no-such-paragraph", &[("count", count.to_string())])
            }
            CommandError::RangeTooLong { first, .. } => {
                let example = format!(
                    "{} {}: {first}-{}",
                    slash(locale, "quote"),
                    option_name(locale, "quote", "paragraph"),
                    first + 1
                );
                say("hint-range-too-long", &[("example", example)])
            }
            CommandError::NoMatch { suggestions, .. } => {
                let mut hint = say("hint-no-match", &[]);
                if !suggestions.is_empty() {
                    let topics: Vec<String> =
                        suggestions.iter().map(|s| format!("`{s}`")).collect();
                    hint.push(' ');
                    hint.push_str(&say(
                        "hint-no-match-topics",
                        &[("topics", topics.join(", "))],
                    ));
                }
                hint.push(' ');
                hint.push_str(&say("hint-about", &[("about", slash(locale, "about"))]));
                hint
            }
            CommandError::UnknownChoice { known, .. } => {
                let known: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
                say("hint-known", &[("known", known.join(", "))])
            }
            CommandError::UnknownButton => say("hint-unknown-button", &[]),
            CommandError::EmptyMessage => say("hint-empty-message", &[]),
            CommandError::SlowDown { wait_secs, .. } => {
                say("hint-slow-down", &[("seconds", wait_secs.to_string())])
            }
            CommandError::NotAllowed { .. } => say("hint-not-allowed", &[]),
            CommandError::ReloadFailed(_) => {
                say("hint-reload-failed", &[("reload", slash(locale, "reload"))])
            }
            CommandError::Internal(_) => say("hint-internal", &[]),
        }
    }

    /// What the user can do about it, in English.
    pub fn hint(&self) -> String {
        self.hint_in(locale::SOURCE)
    }

    /// The ephemeral reply that tells the user what went wrong and what to do, in English.
    pub fn to_reply(&self) -> Reply {
        self.to_reply_in(locale::SOURCE)
    }

    /// The ephemeral reply that tells the user what went wrong and what to do, in `locale`.
    pub fn to_reply_in(&self, locale: &str) -> Reply {
        let title = match self {
            CommandError::NoMatch { .. } => "title-no-match",
            CommandError::SlowDown { .. } => "title-slow-down",
            CommandError::ReloadFailed(_) => "title-reload-failed",
            CommandError::Internal(_) => "title-sorry",
            _ => "title-not-quite",
        };
        Reply::ephemeral(
            Embed::new(locale::catalogues().reply(locale, title))
                .description(format!(
                    "{}\n{}",
                    self.message_in(locale),
                    self.hint_in(locale)
                ))
                .color(COLOR_ERROR),
        )
    }
}

impl std::fmt::Display for CommandError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message_in(locale::SOURCE))
    }
}

impl std::error::Error for CommandError {}
