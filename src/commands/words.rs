//! What the bot writes, in the caller's language: the reply catalogue's messages, and commands and
//! options named as the caller's Discord client names them (`/suche`), so every handler says them
//! the same way.

use super::spec;
use crate::corpus::Localized;
use crate::locale::{self, Catalogues};

/// The caller's language, for one reply.
#[derive(Clone, Copy)]
pub struct Words<'a> {
    pub locale: &'a str,
    catalogues: &'static Catalogues,
}

impl<'a> Words<'a> {
    pub fn new(locale: &'a str) -> Self {
        Words {
            locale,
            catalogues: locale::catalogues(),
        }
    }

    /// A message without variables.
    pub fn get(&self, id: &str) -> String {
        self.catalogues.reply(self.locale, id)
    }

    /// A message with its variables.
    pub fn with(&self, id: &str, args: &[(&str, String)]) -> String {
        self.catalogues.reply_with(self.locale, id, args)
    }

    /// `/name` as the caller's client names the command.
    pub fn slash(&self, name: &str) -> String {
        match spec::find(name) {
            Some(command) => format!("/{}", command.name_in(self.locale)),
            None => format!("/{name}"),
        }
    }

    /// An option's name as the caller's client shows it, for a command by its English name.
    pub fn option(&self, command: &str, option: &str) -> String {
        spec::find(command)
            .and_then(|c| c.option(option).map(|o| c.option_name_in(o, self.locale)))
            .unwrap_or_else(|| option.to_string())
    }

    /// A command with one option filled in, as the caller would type it: `/quote paragraph: 6`.
    pub fn example(&self, command: &str, option: &str, value: &str) -> String {
        format!(
            "{} {}: {value}",
            self.slash(command),
            self.option(command, option)
        )
    }

    /// Whether replies in this locale are translated (not English): where the project's own
    /// summaries, which are in English, say so.
    pub fn translated(&self) -> bool {
        locale::is_translated(self.locale)
    }

    /// A footer that names the summaries above it as English, when some of the data shown had
    /// no translation in this (translated) locale.
    pub fn english_summaries(&self, footer: String, data: &Localized) -> String {
        if self.translated() && data.fell_back() {
            format!("{footer} · {}", self.get("summaries-in-english"))
        } else {
            footer
        }
    }
}
