//! The commands: one definition of each (in [`spec`]); every [`Interaction`] parsed once into a typed
//! [`Command`] and applied, giving a [`Response`]. Nothing here knows which transport asked.

mod about;
mod autocomplete;
pub mod button_id;
pub mod command;
mod error;
mod lookup;
mod reading;
mod render;
pub mod spec;
mod words;

pub use autocomplete::Field;
pub use button_id::ButtonId;
pub use command::{Command, Context, Reload, Reloaded};
pub use error::CommandError;
pub use lookup::matching_commitments;
pub use reading::{ranked, RankedParagraph};
pub use spec::{CommandKind, CommandSpec, OptionKind, COMMANDS, FIND_IN_DECLARATION};

use crate::reply::Response;

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
    /// The user's Discord locale (`ko`, `pt-BR`…), which the reply is written in where the bot has
    /// a catalogue for it; `None`: English.
    pub locale: Option<String>,
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
            locale: None,
        }
    }

    /// The same caller, reading `locale`.
    pub fn in_locale(mut self, locale: Option<String>) -> Caller {
        self.locale = locale.filter(|l| !l.is_empty());
        self
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

/// The reply to a command's result: its response, or its error as an ephemeral reply in `locale`.
pub fn respond(result: Result<Response, CommandError>, locale: &str) -> Response {
    result.unwrap_or_else(|error| {
        if let CommandError::Internal(detail) = &error {
            tracing::error!(%detail, "command failed");
        }
        Response::Message(error.to_reply_in(locale))
    })
}

impl From<anyhow::Error> for CommandError {
    fn from(error: anyhow::Error) -> Self {
        CommandError::Internal(format!("{error:#}"))
    }
}
