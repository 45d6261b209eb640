//! The command table: every command's name, description and options, defined once. Discord
//! registration, dispatch, option validation, `/help` and the console all read it.

use crate::locale;
use serde_json::{json, Map, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommandKind {
    /// A slash command (Discord type 1).
    Slash,
    /// A message context-menu command (Discord type 3).
    MessageMenu,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OptionKind {
    String,
    Integer,
}

#[derive(Debug, Clone, Copy)]
pub struct OptionSpec {
    pub name: &'static str,
    pub description: &'static str,
    pub kind: OptionKind,
    pub required: bool,
    pub autocomplete: bool,
    /// Bounds of an integer option.
    pub range: Option<(i64, i64)>,
    /// Longest accepted string, in characters.
    pub max_length: Option<usize>,
}

#[derive(Debug, Clone, Copy)]
pub struct CommandSpec {
    pub name: &'static str,
    /// Shown in Discord's command picker and in `/help`.
    pub description: &'static str,
    pub kind: CommandKind,
    pub options: &'static [OptionSpec],
    /// A typical use, for `/help` and error hints.
    pub example: &'static str,
    /// Registered for administrators only (`default_member_permissions: "0"`, servers only);
    /// the bot also checks the user against its configured list.
    pub admin: bool,
}

const fn text(
    name: &'static str,
    description: &'static str,
    required: bool,
    autocomplete: bool,
    max_length: usize,
) -> OptionSpec {
    OptionSpec {
        name,
        description,
        kind: OptionKind::String,
        required,
        autocomplete,
        range: None,
        max_length: Some(max_length),
    }
}

/// Longest question or query accepted; longer text is refused with a hint, not silently cut.
pub const MAX_QUERY_CHARS: usize = 500;
/// The name of the message context-menu command.
pub const FIND_IN_DECLARATION: &str = "Find in declaration";

pub const COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "ask",
        description:
            "Ask a question about the Seoul Declaration and get the paragraphs that answer it",
        kind: CommandKind::Slash,
        options: &[text(
            "question",
            "Your question, in your own words",
            true,
            false,
            MAX_QUERY_CHARS,
        )],
        example: "/ask question: What did ministers say about online courses?",
        admin: false,
    },
    CommandSpec {
        name: "search",
        description:
            "Search the declaration and list the best paragraphs with highlighted snippets",
        kind: CommandKind::Slash,
        options: &[
            text(
                "query",
                "Words to look for (typos and acronyms are fine)",
                true,
                true,
                MAX_QUERY_CHARS,
            ),
            OptionSpec {
                name: "limit",
                description: "How many paragraphs to show (1–10, default 5)",
                kind: OptionKind::Integer,
                required: false,
                autocomplete: false,
                range: Some((1, 10)),
                max_length: None,
            },
        ],
        example: "/search query: recognition of qualifications",
        admin: false,
    },
    CommandSpec {
        name: "quote",
        description: "Post a paragraph of the declaration word for word, cited",
        kind: CommandKind::Slash,
        options: &[text(
            "paragraph",
            "A number (6), a range (6-7) or words from the paragraph",
            true,
            true,
            200,
        )],
        example: "/quote paragraph: 10",
        admin: false,
    },
    CommandSpec {
        name: "facts",
        description: "Key facts about the meeting: dates, place, theme, host, participants",
        kind: CommandKind::Slash,
        options: &[text(
            "topic",
            "One fact, e.g. dates, place, theme, host",
            false,
            true,
            100,
        )],
        example: "/facts topic: host",
        admin: false,
    },
    CommandSpec {
        name: "meetings",
        description: "The timeline of ASEM education ministers' meetings, 2006 to 2017",
        kind: CommandKind::Slash,
        options: &[],
        example: "/meetings",
        admin: false,
    },
    CommandSpec {
        name: "commitments",
        description: "What the ministers committed to, by theme, each with its paragraph",
        kind: CommandKind::Slash,
        options: &[text(
            "theme",
            "One theme, e.g. mobility, recognition, ict",
            false,
            true,
            100,
        )],
        example: "/commitments theme: mobility",
        admin: false,
    },
    CommandSpec {
        name: "glossary",
        description: "Acronyms and programmes of the declaration (OER, MOOCs, ASEF, Erasmus+…)",
        kind: CommandKind::Slash,
        options: &[text(
            "term",
            "The term or acronym to explain",
            false,
            true,
            100,
        )],
        example: "/glossary term: OER",
        admin: false,
    },
    CommandSpec {
        name: "about",
        description:
            "A short guided tour: ASEM, this meeting, the declaration and how to use this bot",
        kind: CommandKind::Slash,
        options: &[],
        example: "/about",
        admin: false,
    },
    CommandSpec {
        name: "help",
        description: "Every command, one line each",
        kind: CommandKind::Slash,
        options: &[],
        example: "/help",
        admin: false,
    },
    CommandSpec {
        name: "reload",
        description: "Administrators: reload data/ without a restart (the old data serves on if the new is broken)",
        kind: CommandKind::Slash,
        options: &[],
        example: "/reload",
        admin: true,
    },
    CommandSpec {
        name: FIND_IN_DECLARATION,
        description: "Find the declaration paragraphs related to a message",
        kind: CommandKind::MessageMenu,
        options: &[],
        example: "right-click a message › Apps › Find in declaration",
        admin: false,
    },
];

/// Finds a command by name (slash commands case-insensitively, as Discord names are lower case).
pub fn find(name: &str) -> Option<&'static CommandSpec> {
    COMMANDS.iter().find(|c| {
        c.name == name || (c.kind == CommandKind::Slash && c.name.eq_ignore_ascii_case(name))
    })
}

impl CommandSpec {
    pub fn option(&self, name: &str) -> Option<&'static OptionSpec> {
        self.options
            .iter()
            .find(|o| o.name.eq_ignore_ascii_case(name))
    }

    /// The catalogue id of the command's name and description.
    pub fn message_id(&self) -> String {
        format!("command-{}", self.name.to_lowercase().replace(' ', "-"))
    }

    /// The command as Discord's bulk-overwrite endpoint expects it, with its name and description
    /// in every locale of `locales/`.
    pub fn registration(&self) -> Value {
        let mut command = self.registration_in_english();
        let id = self.message_id();
        command["name_localizations"] = localizations(&id, None);
        if self.kind == CommandKind::Slash {
            command["description_localizations"] = localizations(&id, Some("description"));
        }
        // `get_mut`, not indexing: indexing a missing key would add `"options": null`.
        if let Some(options) = command.get_mut("options").and_then(Value::as_array_mut) {
            for option in options {
                let name = option["name"].as_str().unwrap_or_default().to_string();
                let id = format!("option-{}-{name}", self.name);
                option["name_localizations"] = localizations(&id, None);
                option["description_localizations"] = localizations(&id, Some("description"));
            }
        }
        command
    }

    fn registration_in_english(&self) -> Value {
        match self.kind {
            CommandKind::MessageMenu => json!({
                "name": self.name,
                "type": 3,
                "integration_types": EVERY_INSTALL,
                "contexts": EVERYWHERE,
            }),
            CommandKind::Slash if self.admin => json!({
                "name": self.name,
                "type": 1,
                "description": self.description,
                "options": [],
                // Only members with every permission see it; servers only, never in DMs, and only
                // where the bot is installed to the server.
                "default_member_permissions": "0",
                "integration_types": [GUILD_INSTALL],
                "contexts": [GUILD],
            }),
            CommandKind::Slash => {
                let options: Vec<Value> = self
                    .options
                    .iter()
                    .map(|o| {
                        let mut option = json!({
                            "type": match o.kind { OptionKind::String => 3, OptionKind::Integer => 4 },
                            "name": o.name,
                            "description": o.description,
                            "required": o.required,
                        });
                        if o.autocomplete {
                            option["autocomplete"] = json!(true);
                        }
                        if let Some((min, max)) = o.range {
                            option["min_value"] = json!(min);
                            option["max_value"] = json!(max);
                        }
                        if let Some(max) = o.max_length {
                            option["max_length"] = json!(max);
                        }
                        option
                    })
                    .collect();
                json!({
                    "name": self.name,
                    "type": 1,
                    "description": self.description,
                    "options": options,
                    "integration_types": EVERY_INSTALL,
                    "contexts": EVERYWHERE,
                })
            }
        }
    }

    /// `/search query [limit]`: the usage line of `/help`, in English.
    pub fn usage(&self) -> String {
        self.usage_in(locale::SOURCE)
    }

    /// The usage line as the user's client names the command and its options (`/검색 검색어 [개수]`).
    pub fn usage_in(&self, locale: &str) -> String {
        let mut usage = format!("/{}", self.name_in(locale));
        for option in self.options {
            let name = self.option_name_in(option, locale);
            if option.required {
                usage.push_str(&format!(" {name}"));
            } else {
                usage.push_str(&format!(" [{name}]"));
            }
        }
        usage
    }

    /// The command's name in `locale` (as registered), else its own.
    pub fn name_in(&self, locale: &str) -> String {
        locale::catalogues()
            .text(locale, &self.message_id(), None)
            .unwrap_or_else(|| self.name.to_string())
    }

    /// The command's description in `locale`, else its own.
    pub fn description_in(&self, locale: &str) -> String {
        locale::catalogues()
            .text(locale, &self.message_id(), Some("description"))
            .unwrap_or_else(|| self.description.to_string())
    }

    /// An option's name in `locale`, else its own.
    pub fn option_name_in(&self, option: &OptionSpec, locale: &str) -> String {
        locale::catalogues()
            .text(
                locale,
                &format!("option-{}-{}", self.name, option.name),
                None,
            )
            .unwrap_or_else(|| option.name.to_string())
    }
}

/// `{"ko": "질문", …}`: a catalogue message in every locale that has it.
fn localizations(id: &str, attribute: Option<&str>) -> Value {
    let catalogues = locale::catalogues();
    let mut out = Map::new();
    for locale in locale::locales() {
        if let Some(text) = catalogues.exact(locale, id, attribute) {
            out.insert(locale.to_string(), Value::String(text));
        }
    }
    Value::Object(out)
}

/// `integration_types`: installed to a server (0) or to a user's account (1).
const GUILD_INSTALL: u8 = 0;
const EVERY_INSTALL: [u8; 2] = [GUILD_INSTALL, 1];
/// `contexts`: a server channel (0), a DM with the bot (1), any other DM or group DM (2).
const GUILD: u8 = 0;
const EVERYWHERE: [u8; 3] = [GUILD, 1, 2];

/// The whole command table as the JSON array registered with Discord.
pub fn registration() -> Value {
    Value::Array(COMMANDS.iter().map(CommandSpec::registration).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_work_wherever_people_talk_but_reload_stays_in_servers() {
        for command in registration().as_array().unwrap() {
            let name = command["name"].as_str().unwrap();
            if name == "reload" {
                assert_eq!(command["integration_types"], json!([0]));
                assert_eq!(command["contexts"], json!([0]));
            } else {
                assert_eq!(command["integration_types"], json!([0, 1]), "{name}");
                assert_eq!(command["contexts"], json!([0, 1, 2]), "{name}");
            }
        }
    }

    /// Discord's rule for a slash command or option name in any locale: 1-32 letters, digits, `-`,
    /// `_` (Devanagari and Thai with their vowel signs), lower case wherever the script has case.
    fn valid_name(name: &str) -> bool {
        let length = name.chars().count();
        let allowed = |c: char| {
            c.is_alphanumeric()
                || c == '-'
                || c == '_'
                || ('\u{0900}'..='\u{097F}').contains(&c)
                || ('\u{0E00}'..='\u{0E7F}').contains(&c)
        };
        (1..=32).contains(&length) && name.chars().all(allowed) && name.to_lowercase() == name
    }

    #[test]
    fn no_field_is_null() {
        let text = registration().to_string();
        assert!(!text.contains(":null"), "{text}");
    }

    #[test]
    fn every_name_and_description_is_registered_in_every_locale_within_discords_rules() {
        let locales: Vec<&str> = crate::locale::locales().collect();
        assert_eq!(locales.len(), 28, "{locales:?}");
        for command in registration().as_array().unwrap() {
            let english = command["name"].as_str().unwrap();
            let slash = command["type"] == 1;
            let names = command["name_localizations"].as_object().unwrap();
            assert_eq!(names.len(), 28, "{english}: {:?}", names.keys());
            for (locale, name) in names {
                let name = name.as_str().unwrap();
                if slash {
                    assert!(valid_name(name), "{english} in {locale}: {name:?}");
                } else {
                    assert!(
                        (1..=32).contains(&name.chars().count()),
                        "{locale}: {name:?}"
                    );
                }
            }
            if slash {
                let descriptions = command["description_localizations"].as_object().unwrap();
                assert_eq!(descriptions.len(), 28, "{english}");
                for (locale, text) in descriptions {
                    let length = text.as_str().unwrap().chars().count();
                    assert!(
                        (1..=100).contains(&length),
                        "{english} in {locale}: {length}"
                    );
                }
            }
            for locale in &locales {
                let mut seen = std::collections::HashSet::new();
                for option in command["options"].as_array().into_iter().flatten() {
                    let name = option["name_localizations"][*locale]
                        .as_str()
                        .unwrap_or_else(|| {
                            panic!("{english}/{} has no name in {locale}", option["name"])
                        });
                    assert!(
                        valid_name(name),
                        "{english}/{} in {locale}: {name:?}",
                        option["name"]
                    );
                    assert!(
                        seen.insert(name),
                        "{english}: two options named {name:?} in {locale}"
                    );
                    let description = option["description_localizations"][*locale]
                        .as_str()
                        .unwrap_or_default();
                    assert!(
                        (1..=100).contains(&description.chars().count()),
                        "{english}/{} description in {locale}",
                        option["name"]
                    );
                }
            }
        }
    }

    #[test]
    fn every_catalogue_has_the_source_messages_and_no_others() {
        let catalogues = crate::locale::catalogues();
        use crate::locale::{Kind, SOURCE};
        let commands = catalogues.ids(SOURCE, Kind::Commands);
        let replies = catalogues.ids(SOURCE, Kind::Replies);
        assert!(!commands.is_empty() && !replies.is_empty());
        for locale in crate::locale::locales() {
            assert_eq!(catalogues.ids(locale, Kind::Commands), commands, "{locale}");
        }
        let reply_locales: Vec<&str> = crate::locale::reply_locales().collect();
        assert!(reply_locales.len() >= 13, "{reply_locales:?}");
        for locale in reply_locales {
            assert_eq!(catalogues.ids(locale, Kind::Replies), replies, "{locale}");
        }
    }

    #[test]
    fn table_respects_discord_command_limits() {
        for command in COMMANDS {
            if command.kind == CommandKind::Slash {
                assert!((1..=32).contains(&command.name.len()), "{}", command.name);
                assert_eq!(command.name, command.name.to_lowercase());
                assert!(
                    (1..=100).contains(&command.description.chars().count()),
                    "{}",
                    command.name
                );
            }
            assert!(command.options.len() <= 25);
            for option in command.options {
                assert!((1..=32).contains(&option.name.len()));
                assert!(
                    (1..=100).contains(&option.description.chars().count()),
                    "{}",
                    option.name
                );
            }
            // Required options come first, as Discord demands.
            let first_optional = command.options.iter().position(|o| !o.required);
            if let Some(index) = first_optional {
                assert!(command.options[index..].iter().all(|o| !o.required));
            }
        }
    }
}
