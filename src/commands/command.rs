//! The typed command: every [`Interaction`] (slash command, button, autocomplete, message menu,
//! mention, console line) is parsed once into a [`Command`], checked against the command table, and
//! then applied. Nothing after the parse looks at option names or id strings again.

use super::autocomplete::{self, Field};
use super::button_id::ButtonId;
use super::error::CommandError;
use super::spec::{self, CommandKind, CommandSpec, OptionKind, FIND_IN_DECLARATION};
use super::words::Words;
use super::{about, lookup, reading, Interaction, Invocation};
use crate::reply::{Embed, Reply, Response};
use crate::search::{ParagraphReference, SearchIndex};
use crate::text::discord_len;
use std::time::Duration;

/// One thing a user asked the bot to do, with its arguments checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// `/ask`, and a mention of the bot.
    Ask {
        question: String,
    },
    /// `/search`, and its "More results" button (`offset` > 0).
    Search {
        query: String,
        limit: usize,
        offset: usize,
    },
    /// `/quote`: a number, a range, a list or words.
    Quote {
        reference: String,
    },
    /// A paragraph from a Show / Post button.
    Paragraph {
        document: String,
        number: u32,
        post: bool,
    },
    Facts {
        topic: Option<String>,
    },
    Meetings,
    Commitments {
        theme: Option<String>,
    },
    /// A commitment theme's page, from its button.
    Theme {
        id: String,
        post: bool,
    },
    Glossary {
        term: Option<String>,
    },
    /// `/about` (step 1, a new message) or a Back/Next button (the step replaces the message).
    About {
        step: usize,
        replace: bool,
    },
    Help,
    /// Administrators only: read `data/` again.
    Reload,
    /// The message menu, on a message with this text.
    FindInDeclaration {
        content: String,
    },
    /// Autocomplete: the user is typing `typed` into `field`.
    Suggest {
        field: Field,
        typed: String,
    },
}

/// What a command may reach besides the index: reloading the data, when the bot offers it.
pub trait Reload {
    fn reload(&self) -> anyhow::Result<Reloaded>;
}

/// What a reload loaded.
#[derive(Debug, Clone)]
pub struct Reloaded {
    pub documents: usize,
    pub paragraphs: usize,
    pub took: Duration,
}

/// What applying a command reads: the index serving now (kept to the end of the command, so a
/// reload never changes data under it) and, for `/reload`, the store that swaps it.
pub struct Context<'a> {
    pub index: &'a SearchIndex,
    pub reload: Option<&'a dyn Reload>,
    /// The caller's locale, for what the bot writes (the declaration stays in English).
    pub locale: &'a str,
}

impl Command {
    /// Parses and checks an interaction: unknown commands, options and buttons, missing or too
    /// long text and numbers out of range are refused here, for every transport alike.
    pub fn parse(interaction: &Interaction) -> Result<Command, CommandError> {
        match interaction {
            Interaction::Command(invocation) => slash(invocation),
            Interaction::Mention { text } => slash(&Invocation {
                name: "ask".into(),
                options: vec![("question".into(), text.clone())],
            }),
            Interaction::MessageMenu { command, content } => {
                if command != FIND_IN_DECLARATION {
                    return Err(CommandError::UnknownCommand(command.clone()));
                }
                let content = content.trim();
                if content.is_empty() {
                    return Err(CommandError::EmptyMessage);
                }
                Ok(Command::FindInDeclaration {
                    content: content.to_string(),
                })
            }
            Interaction::Button { custom_id } => {
                let id: ButtonId = custom_id.parse().map_err(|_| CommandError::UnknownButton)?;
                Ok(match id {
                    ButtonId::Paragraph {
                        document,
                        number,
                        post,
                    } => Command::Paragraph {
                        document,
                        number,
                        post,
                    },
                    ButtonId::More {
                        limit,
                        offset,
                        query,
                    } => Command::Search {
                        query,
                        limit,
                        offset,
                    },
                    ButtonId::About { step } if (1..=about::STEPS).contains(&step) => {
                        Command::About {
                            step,
                            replace: true,
                        }
                    }
                    ButtonId::About { .. } => return Err(CommandError::UnknownButton),
                    ButtonId::Theme { id, post } => Command::Theme { id, post },
                })
            }
            Interaction::Autocomplete {
                invocation,
                focused,
            } => {
                let typed = invocation
                    .options
                    .iter()
                    .find(|(name, _)| name.eq_ignore_ascii_case(focused))
                    .map(|(_, value)| value.trim())
                    .unwrap_or("");
                // Autocomplete fires on every keystroke: work on a bounded prefix.
                let typed: String = typed.chars().take(100).collect();
                let field = match (
                    invocation.name.to_ascii_lowercase().as_str(),
                    focused.as_str(),
                ) {
                    ("quote", "paragraph") => Field::QuoteParagraph,
                    ("search", "query") => Field::SearchQuery,
                    ("facts", "topic") => Field::FactsTopic,
                    ("commitments", "theme") => Field::CommitmentsTheme,
                    ("glossary", "term") => Field::GlossaryTerm,
                    _ => Field::None,
                };
                Ok(Command::Suggest { field, typed })
            }
        }
    }

    /// The command table's entry for this command, where it has one.
    pub fn spec(&self) -> Option<&'static CommandSpec> {
        let name = match self {
            Command::Ask { .. } => "ask",
            Command::Search { .. } => "search",
            Command::Quote { .. } | Command::Paragraph { .. } => "quote",
            Command::Facts { .. } => "facts",
            Command::Meetings => "meetings",
            Command::Commitments { .. } | Command::Theme { .. } => "commitments",
            Command::Glossary { .. } => "glossary",
            Command::About { .. } => "about",
            Command::Help => "help",
            Command::Reload => "reload",
            Command::FindInDeclaration { .. } => FIND_IN_DECLARATION,
            Command::Suggest { .. } => return None,
        };
        spec::find(name)
    }

    /// Reserved to the bot's administrators (and the local operator).
    pub fn is_admin_only(&self) -> bool {
        self.spec().is_some_and(|s| s.admin)
    }

    /// Suggestions while typing: Discord sends one at every keystroke, so they are not rate limited.
    pub fn is_suggestion(&self) -> bool {
        matches!(self, Command::Suggest { .. })
    }

    /// Runs the command. User mistakes come back as errors that say what to do. What the bot
    /// writes is in the caller's locale where its catalogue has it.
    pub fn apply(self, context: &Context) -> Result<Response, CommandError> {
        let mut response = self.answer(context)?;
        if let Response::Message(reply) | Response::Update(reply) = &mut response {
            super::render::localize_buttons(reply, context.locale);
            super::render::name_commands(reply, context.locale);
        }
        Ok(response)
    }

    fn answer(self, context: &Context) -> Result<Response, CommandError> {
        let index = context.index;
        let locale = context.locale;
        let words = Words::new(locale);
        let message = |reply: Reply| Ok(Response::Message(reply));
        match self {
            Command::Ask { question } => message(reading::ask(index, &question, words)?),
            Command::Search {
                query,
                limit,
                offset,
            } => {
                let mut reply = reading::search(index, &query, limit, offset, locale)?;
                // A later page is for the presser, not a new message for everyone.
                reply.ephemeral |= offset > 0;
                message(reply)
            }
            Command::Quote { reference } => message(reading::quote(index, &reference, locale)?),
            Command::Paragraph {
                document,
                number,
                post,
            } => {
                let document = index
                    .corpus()
                    .document(&document)
                    .ok_or(CommandError::UnknownButton)?;
                let reference = ParagraphReference {
                    first: i64::from(number),
                    last: i64::from(number),
                };
                let mut reply = reading::quote_range(document, reference, !post)?;
                if !post {
                    reply = reply.with_button(
                        crate::reply::Button::new(
                            "Post in channel",
                            ButtonId::post(&document.id, number),
                        )
                        .success(),
                    );
                }
                message(reply)
            }
            Command::Facts { topic } => {
                message(lookup::facts(index.corpus(), topic.as_deref(), words)?)
            }
            Command::Meetings => message(lookup::meetings(index.corpus(), words)),
            Command::Commitments { theme } => {
                message(lookup::commitments(index, theme.as_deref(), words)?)
            }
            Command::Theme { id, post } => message(lookup::theme_page(index, &id, post, words)?),
            Command::Glossary { term } => {
                message(lookup::glossary(index.corpus(), term.as_deref(), words)?)
            }
            Command::About { step, replace } => {
                let reply = about::step(index.corpus(), step, words);
                Ok(if replace {
                    Response::Update(reply)
                } else {
                    Response::Message(reply)
                })
            }
            Command::Help => message(about::help(context.locale)),
            Command::Reload => {
                let store = context.reload.ok_or_else(|| CommandError::NotAllowed {
                    command: "reload".into(),
                })?;
                let reloaded = store
                    .reload()
                    .map_err(|error| CommandError::ReloadFailed(format!("{error:#}")))?;
                message(Reply::ephemeral(
                    Embed::new(words.get("reload-title")).description(words.with(
                        "reload-done",
                        &[
                            ("documents", reloaded.documents.to_string()),
                            ("paragraphs", reloaded.paragraphs.to_string()),
                            ("ms", format!("{:.0}", reloaded.took.as_secs_f64() * 1000.0)),
                        ],
                    )),
                ))
            }
            Command::FindInDeclaration { content } => {
                message(reading::find_in_declaration(index, &content, locale)?)
            }
            Command::Suggest { field, typed } => Ok(Response::Autocomplete(autocomplete::suggest(
                index, field, &typed, locale,
            ))),
        }
    }
}

/// A slash command, its options checked against the table, then typed.
fn slash(invocation: &Invocation) -> Result<Command, CommandError> {
    let spec = spec::find(&invocation.name)
        .filter(|s| s.kind == CommandKind::Slash)
        .ok_or_else(|| CommandError::UnknownCommand(invocation.name.clone()))?;
    let args = Args::checked(spec, invocation)?;
    Ok(match spec.name {
        "ask" => Command::Ask {
            question: args.required("question")?,
        },
        "search" => Command::Search {
            query: args.required("query")?,
            limit: args.integer("limit").map_or(5, |n| n as usize),
            offset: 0,
        },
        "quote" => Command::Quote {
            reference: args.required("paragraph")?,
        },
        "facts" => Command::Facts {
            topic: args.text("topic"),
        },
        "meetings" => Command::Meetings,
        "commitments" => Command::Commitments {
            theme: args.text("theme"),
        },
        "glossary" => Command::Glossary {
            term: args.text("term"),
        },
        "about" => Command::About {
            step: 1,
            replace: false,
        },
        "help" => Command::Help,
        "reload" => Command::Reload,
        other => return Err(CommandError::UnknownCommand(other.to_string())),
    })
}

/// Options checked against the command table: every name known, numbers in range, text not too long,
/// every required option given.
struct Args<'a> {
    spec: &'static CommandSpec,
    invocation: &'a Invocation,
}

impl<'a> Args<'a> {
    fn checked(
        spec: &'static CommandSpec,
        invocation: &'a Invocation,
    ) -> Result<Args<'a>, CommandError> {
        for (name, value) in &invocation.options {
            let option = spec
                .option(name)
                .ok_or_else(|| CommandError::UnknownOption {
                    command: spec.name.to_string(),
                    option: name.clone(),
                })?;
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
        let args = Args { spec, invocation };
        for option in spec.options.iter().filter(|o| o.required) {
            args.required(option.name)?;
        }
        Ok(args)
    }

    /// A text option, trimmed; `None` when absent or blank.
    fn text(&self, name: &str) -> Option<String> {
        self.invocation
            .options
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
            .map(str::to_string)
    }

    fn required(&self, name: &str) -> Result<String, CommandError> {
        self.text(name).ok_or_else(|| CommandError::MissingOption {
            command: self.spec.name.to_string(),
            option: name.to_string(),
            example: self.spec.example.to_string(),
        })
    }

    fn integer(&self, name: &str) -> Option<i64> {
        self.text(name).and_then(|v| v.parse().ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slash_line(name: &str, options: &[(&str, &str)]) -> Result<Command, CommandError> {
        Command::parse(&Interaction::Command(Invocation {
            name: name.into(),
            options: options
                .iter()
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect(),
        }))
    }

    #[test]
    fn every_transport_is_checked_by_the_same_table() {
        let long = "a".repeat(600);
        // A mention is `/ask` and refused the same way, with the table's own example.
        let by_mention = Command::parse(&Interaction::Mention { text: long.clone() });
        let by_slash = slash_line("ask", &[("question", &long)]);
        assert_eq!(by_mention, by_slash);
        assert!(matches!(by_slash, Err(CommandError::TooLong { .. })));
        let Err(CommandError::MissingOption { example, .. }) =
            Command::parse(&Interaction::Mention { text: " ".into() })
        else {
            panic!("an empty mention needs a question");
        };
        assert_eq!(example, spec::find("ask").unwrap().example);
    }

    #[test]
    fn options_become_typed_values() {
        assert_eq!(
            slash_line("search", &[("query", " mobility "), ("limit", "3")]),
            Ok(Command::Search {
                query: "mobility".into(),
                limit: 3,
                offset: 0
            })
        );
        assert!(matches!(
            slash_line("search", &[("query", "x"), ("limit", "11")]),
            Err(CommandError::BadNumber { .. })
        ));
        assert!(matches!(
            slash_line("search", &[("colour", "blue")]),
            Err(CommandError::UnknownOption { .. })
        ));
        assert_eq!(slash_line("RELOAD", &[]), Ok(Command::Reload));
        assert!(Command::Reload.is_admin_only());
        assert!(!Command::Help.is_admin_only());
    }

    #[test]
    fn buttons_parse_into_the_commands_they_repeat() {
        let press = |id: &str| {
            Command::parse(&Interaction::Button {
                custom_id: id.into(),
            })
        };
        assert_eq!(
            press("more:5:5:mobility students"),
            Ok(Command::Search {
                query: "mobility students".into(),
                limit: 5,
                offset: 5
            })
        );
        assert_eq!(
            press("about:2"),
            Ok(Command::About {
                step: 2,
                replace: true
            })
        );
        assert_eq!(press("about:99"), Err(CommandError::UnknownButton));
        assert_eq!(press("nope"), Err(CommandError::UnknownButton));
    }
}
