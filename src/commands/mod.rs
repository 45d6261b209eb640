//! The commands: one definition of each (in [`spec`]) and one handler per command, taking an
//! [`Interaction`] and returning a [`Response`]. Nothing here knows which transport asked.

mod about;
mod autocomplete;
mod buttons;
mod error;
mod lookup;
mod reading;
mod render;
pub mod spec;

pub use error::CommandError;
pub use lookup::matching_commitments;
pub use reading::{ranked, RankedParagraph};
pub use spec::{CommandKind, CommandSpec, OptionKind, COMMANDS, FIND_IN_DECLARATION};

use crate::reply::{Reply, Response};
use crate::search::SearchIndex;
use crate::text::discord_len;

/// A slash command as invoked: its name and the options given, as text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Invocation {
    pub name: String,
    pub options: Vec<(String, String)>,
}

/// Who is asking, and where: what the admin check and the rate limits go by.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Caller {
    /// The Discord user, when the interaction came from Discord.
    pub user: Option<u64>,
    /// The channel it was used in.
    pub channel: Option<u64>,
    /// The local console (or a signal): the operator at the machine, trusted and never limited.
    pub local: bool,
}

impl Caller {
    /// The operator at the local console.
    pub fn local() -> Caller {
        Caller {
            local: true,
            ..Caller::default()
        }
    }

    /// Someone on Discord.
    pub fn discord(user: Option<u64>, channel: Option<u64>) -> Caller {
        Caller {
            user,
            channel,
            local: false,
        }
    }
}

/// Everything a user can do to the bot, whatever the transport.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Interaction {
    Command(Invocation),
    /// The user is typing into `focused`; suggest values.
    Autocomplete {
        invocation: Invocation,
        focused: String,
    },
    /// A button was pressed.
    Button {
        custom_id: String,
    },
    /// The message context menu, on a message with this text.
    MessageMenu {
        command: String,
        content: String,
    },
    /// `@bot <text>` in a channel.
    Mention {
        text: String,
    },
}

/// Options checked against the command table: every name known, numbers in range, text not too long.
pub struct Args<'a> {
    spec: &'static CommandSpec,
    invocation: &'a Invocation,
}

impl Args<'_> {
    /// A text option, trimmed; `None` when absent or blank.
    pub fn text(&self, name: &str) -> Option<&str> {
        self.invocation
            .options
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
    }

    /// A required text option.
    pub fn required(&self, name: &str) -> Result<&str, CommandError> {
        self.text(name).ok_or_else(|| CommandError::MissingOption {
            command: self.spec.name.to_string(),
            option: name.to_string(),
            example: self.spec.example.to_string(),
        })
    }

    pub fn integer(&self, name: &str) -> Option<i64> {
        self.text(name).and_then(|v| v.parse().ok())
    }
}

fn check(spec: &'static CommandSpec, invocation: &Invocation) -> Result<(), CommandError> {
    for (name, value) in &invocation.options {
        let Some(option) = spec.option(name) else {
            return Err(CommandError::UnknownOption {
                command: spec.name.to_string(),
                option: name.clone(),
            });
        };
        let value = value.trim();
        if let Some(max) = option.max_length {
            let length = discord_len(value);
            if length > max {
                return Err(CommandError::TooLong {
                    option: option.name.to_string(),
                    length,
                    max,
                });
            }
        }
        if let (OptionKind::Integer, Some((min, max))) = (option.kind, option.range) {
            match value.parse::<i64>() {
                Ok(n) if (min..=max).contains(&n) => {}
                _ if value.is_empty() && !option.required => {}
                _ => {
                    return Err(CommandError::BadNumber {
                        option: option.name.to_string(),
                        given: value.to_string(),
                        min,
                        max,
                    })
                }
            }
        }
    }
    for option in spec.options.iter().filter(|o| o.required) {
        let given = invocation
            .options
            .iter()
            .any(|(n, v)| n.eq_ignore_ascii_case(option.name) && !v.trim().is_empty());
        if !given {
            return Err(CommandError::MissingOption {
                command: spec.name.to_string(),
                option: option.name.to_string(),
                example: spec.example.to_string(),
            });
        }
    }
    Ok(())
}

/// Answers one interaction. Never panics on user input; every user mistake becomes an ephemeral
/// reply that says what to do.
pub fn handle(index: &SearchIndex, interaction: &Interaction) -> Response {
    let result = match interaction {
        Interaction::Command(invocation) => run_command(index, invocation).map(Response::Message),
        Interaction::Autocomplete {
            invocation,
            focused,
        } => Ok(Response::Autocomplete(autocomplete::suggest(
            index, invocation, focused,
        ))),
        Interaction::Button { custom_id } => buttons::press(index, custom_id),
        Interaction::MessageMenu { command, content } => {
            if command != FIND_IN_DECLARATION {
                Err(CommandError::UnknownCommand(command.clone()))
            } else {
                reading::find_in_declaration(index, content).map(Response::Message)
            }
        }
        Interaction::Mention { text } => reading::ask(index, text).map(Response::Message),
    };
    result.unwrap_or_else(|error| {
        if let CommandError::Internal(detail) = &error {
            tracing::error!(%detail, "command failed");
        }
        Response::Message(error.to_reply())
    })
}

fn run_command(index: &SearchIndex, invocation: &Invocation) -> Result<Reply, CommandError> {
    let spec = spec::find(&invocation.name)
        .filter(|s| s.kind == CommandKind::Slash)
        .ok_or_else(|| CommandError::UnknownCommand(invocation.name.clone()))?;
    check(spec, invocation)?;
    let args = Args { spec, invocation };
    match spec.name {
        "ask" => reading::ask(index, args.required("question")?),
        "search" => {
            let limit = args.integer("limit").unwrap_or(5) as usize;
            reading::search(index, args.required("query")?, limit, 0)
        }
        "quote" => reading::quote(index, args.required("paragraph")?),
        "facts" => lookup::facts(index.corpus(), args.text("topic")),
        "meetings" => Ok(lookup::meetings(index.corpus())),
        "commitments" => lookup::commitments(index, args.text("theme")),
        "glossary" => lookup::glossary(index.corpus(), args.text("term")),
        "about" => Ok(about::step(index.corpus(), 1)),
        "help" => Ok(about::help()),
        // Reloading swaps the bot's index: the bot handles it before the commands see it.
        "reload" => Err(CommandError::NotAllowed {
            command: "reload".into(),
        }),
        other => Err(CommandError::UnknownCommand(other.to_string())),
    }
}

impl From<anyhow::Error> for CommandError {
    fn from(error: anyhow::Error) -> Self {
        CommandError::Internal(format!("{error:#}"))
    }
}
