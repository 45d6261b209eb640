//! What can go wrong in a command, as values: the variant decides what the user reads and what they
//! are told to do next. Every error becomes an ephemeral reply in one place, [`CommandError::to_reply`].

use crate::reply::{Embed, Reply, COLOR_ERROR};
use crate::text::{escape_user_text, truncate};

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum CommandError {
    #[error("Type a command, for example `/ask question: When was the meeting?`, or `/help` for the list.")]
    EmptyLine,
    #[error("There is no `/{}` command.", shown(.0))]
    UnknownCommand(String),
    #[error("`/{command}` has no option `{}`.", shown(.option))]
    UnknownOption { command: String, option: String },
    #[error("`/{command}` needs `{option}`.")]
    MissingOption {
        command: String,
        option: String,
        example: String,
    },
    #[error("`{option}` takes a whole number from {min} to {max}, not “{}”.", shown(.given))]
    BadNumber {
        option: String,
        given: String,
        min: i64,
        max: i64,
    },
    #[error("`{option}` is {length} characters long; the most I take is {max}.")]
    TooLong {
        option: String,
        length: usize,
        max: usize,
    },
    #[error("There is no ¶{asked}: the {title} has {count} paragraphs, ¶1 to ¶{count}.")]
    NoSuchParagraph {
        asked: i64,
        count: u32,
        title: String,
    },
    #[error("¶{first}–{last} together is longer than one Discord message can hold.")]
    RangeTooLong { first: u32, last: u32 },
    #[error("Nothing in the declaration matches “{}”.", shown(.query))]
    NoMatch {
        query: String,
        suggestions: Vec<String>,
    },
    #[error("I don't know the {what} “{}”.", shown(.given))]
    UnknownChoice {
        what: String,
        given: String,
        known: Vec<String>,
    },
    #[error("This button has expired or does not belong to me.")]
    UnknownButton,
    #[error("That message has no text I can search.")]
    EmptyMessage,
    #[error("Slow down a little: {scope} can run {limit}.")]
    SlowDown {
        /// "you" or "this channel".
        scope: String,
        /// "10 commands every 30 s".
        limit: String,
        wait_secs: u64,
    },
    #[error("`/{command}` is for the bot's administrators.")]
    NotAllowed { command: String },
    #[error("The data did not reload; I am still answering from the data loaded before.\n```\n{}\n```", truncate(.0, 1500))]
    ReloadFailed(String),
    #[error("Something went wrong on my side while answering.")]
    Internal(String),
}

/// User text inside an error message: escaped, short, and unable to ping.
fn shown(text: &str) -> String {
    truncate(&escape_user_text(text.trim()), 80)
}

impl CommandError {
    /// What the user can do about it.
    pub fn hint(&self) -> String {
        match self {
            CommandError::EmptyLine | CommandError::UnknownCommand(_) => {
                "Type `/help` to see every command.".into()
            }
            CommandError::UnknownOption { command, .. } => match super::spec::find(command) {
                Some(spec) => format!("Usage: `{}`", spec.usage()),
                None => "Type `/help` to see every command.".into(),
            },
            CommandError::MissingOption { example, .. } => format!("For example: `{example}`"),
            CommandError::BadNumber { min, max, .. } => format!("Pick a number from {min} to {max}."),
            CommandError::TooLong { .. } => {
                "Shorten it to the words that matter, e.g. `mobility of students`.".into()
            }
            CommandError::NoSuchParagraph { count, .. } => format!(
                "Pick a number from 1 to {count}, a range such as `6-7`, or words from the paragraph."
            ),
            CommandError::RangeTooLong { first, .. } => format!(
                "Quote fewer paragraphs at once, e.g. `/quote paragraph: {first}-{}`.",
                first + 1
            ),
            CommandError::NoMatch { suggestions, .. } => {
                let mut hint = String::from("Try other words, or fewer of them.");
                if !suggestions.is_empty() {
                    let tries: Vec<String> =
                        suggestions.iter().map(|s| format!("`{s}`")).collect();
                    hint.push_str(&format!(" The declaration talks about {}.", tries.join(", ")));
                }
                hint.push_str(" `/about` gives an overview.");
                hint
            }
            CommandError::UnknownChoice { known, .. } => {
                format!("Known: {}.", known.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", "))
            }
            CommandError::UnknownButton => "Run the command again for fresh buttons.".into(),
            CommandError::EmptyMessage => {
                "Use it on a message with words in it; embeds and attachments are not read.".into()
            }
            CommandError::SlowDown { wait_secs, .. } => {
                format!("Try again in {wait_secs} s.")
            }
            CommandError::NotAllowed { .. } => {
                "Ask an administrator: their user id must be in ASEM_ADMIN_USER_IDS.".into()
            }
            CommandError::ReloadFailed(_) => {
                "Fix that line in `data/`, then run `/reload` again (or send the process SIGHUP).".into()
            }
            CommandError::Internal(_) => "Please try again in a moment.".into(),
        }
    }

    /// The ephemeral reply that tells the user what went wrong and what to do.
    pub fn to_reply(&self) -> Reply {
        let title = match self {
            CommandError::NoMatch { .. } => "No match",
            CommandError::SlowDown { .. } => "Slow down",
            CommandError::ReloadFailed(_) => "Reload failed",
            CommandError::Internal(_) => "Sorry",
            _ => "Not quite",
        };
        Reply::ephemeral(
            Embed::new(title)
                .description(format!("{}\n{}", self, self.hint()))
                .color(COLOR_ERROR),
        )
    }
}
