//! The languages the bot speaks: the Discord locales of ASEM partners' official languages, and the
//! Project Fluent catalogues in `locales/<locale>/`, compiled into the binary. English (en-US) is the
//! source every other catalogue translates, and the fallback for any message a catalogue lacks.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::collections::HashMap;
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

/// The locale every catalogue translates, and the one used when no other fits.
pub const SOURCE: &str = "en-US";

/// Each Discord locale the bot registers its commands in: its command catalogue (names and
/// descriptions for the command picker) and, where it has one, its catalogue of replies.
const CATALOGUES: &[(&str, &str, Option<&str>)] = &[
    (
        "en-US",
        include_str!("../../locales/en-US/commands.ftl"),
        Some(include_str!("../../locales/en-US/ui.ftl")),
    ),
    (
        "en-GB",
        include_str!("../../locales/en-GB/commands.ftl"),
        None,
    ),
    (
        "zh-CN",
        include_str!("../../locales/zh-CN/commands.ftl"),
        Some(include_str!("../../locales/zh-CN/ui.ftl")),
    ),
    (
        "ja",
        include_str!("../../locales/ja/commands.ftl"),
        Some(include_str!("../../locales/ja/ui.ftl")),
    ),
    (
        "ko",
        include_str!("../../locales/ko/commands.ftl"),
        Some(include_str!("../../locales/ko/ui.ftl")),
    ),
    (
        "vi",
        include_str!("../../locales/vi/commands.ftl"),
        Some(include_str!("../../locales/vi/ui.ftl")),
    ),
    (
        "th",
        include_str!("../../locales/th/commands.ftl"),
        Some(include_str!("../../locales/th/ui.ftl")),
    ),
    (
        "id",
        include_str!("../../locales/id/commands.ftl"),
        Some(include_str!("../../locales/id/ui.ftl")),
    ),
    (
        "hi",
        include_str!("../../locales/hi/commands.ftl"),
        Some(include_str!("../../locales/hi/ui.ftl")),
    ),
    ("ru", include_str!("../../locales/ru/commands.ftl"), None),
    (
        "de",
        include_str!("../../locales/de/commands.ftl"),
        Some(include_str!("../../locales/de/ui.ftl")),
    ),
    (
        "fr",
        include_str!("../../locales/fr/commands.ftl"),
        Some(include_str!("../../locales/fr/ui.ftl")),
    ),
    (
        "es-ES",
        include_str!("../../locales/es-ES/commands.ftl"),
        Some(include_str!("../../locales/es-ES/ui.ftl")),
    ),
    (
        "it",
        include_str!("../../locales/it/commands.ftl"),
        Some(include_str!("../../locales/it/ui.ftl")),
    ),
    ("nl", include_str!("../../locales/nl/commands.ftl"), None),
    (
        "pl",
        include_str!("../../locales/pl/commands.ftl"),
        Some(include_str!("../../locales/pl/ui.ftl")),
    ),
    (
        "pt-BR",
        include_str!("../../locales/pt-BR/commands.ftl"),
        None,
    ),
    ("ro", include_str!("../../locales/ro/commands.ftl"), None),
    ("bg", include_str!("../../locales/bg/commands.ftl"), None),
    ("hr", include_str!("../../locales/hr/commands.ftl"), None),
    ("cs", include_str!("../../locales/cs/commands.ftl"), None),
    ("da", include_str!("../../locales/da/commands.ftl"), None),
    ("el", include_str!("../../locales/el/commands.ftl"), None),
    ("fi", include_str!("../../locales/fi/commands.ftl"), None),
    ("hu", include_str!("../../locales/hu/commands.ftl"), None),
    ("lt", include_str!("../../locales/lt/commands.ftl"), None),
    ("no", include_str!("../../locales/no/commands.ftl"), None),
    (
        "sv-SE",
        include_str!("../../locales/sv-SE/commands.ftl"),
        None,
    ),
];

/// Every locale the commands are registered in, in the order above (the source first).
pub fn locales() -> impl Iterator<Item = &'static str> {
    CATALOGUES.iter().map(|(locale, _, _)| *locale)
}

/// The locales the bot replies in (the others get English replies).
pub fn reply_locales() -> impl Iterator<Item = &'static str> {
    CATALOGUES
        .iter()
        .filter(|(_, _, ui)| ui.is_some())
        .map(|(locale, _, _)| *locale)
}

/// Whether replies in `locale` are translated, not English: where the bot notes that the
/// declaration (and any summary without a translation) is in English.
pub fn is_translated(locale: &str) -> bool {
    !locale.starts_with("en") && reply_locales().any(|l| l == locale)
}

/// Which catalogue of a locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Commands,
    Replies,
}

pub struct Catalogues {
    bundles: HashMap<&'static str, FluentBundle<FluentResource>>,
}

/// The catalogues, parsed once. A catalogue that does not parse is a build defect the tests catch;
/// here its broken entries are skipped and English answers for them.
pub fn catalogues() -> &'static Catalogues {
    static PARSED: OnceLock<Catalogues> = OnceLock::new();
    PARSED.get_or_init(|| {
        let mut bundles = HashMap::new();
        for (locale, commands, replies) in CATALOGUES {
            let language: LanguageIdentifier = locale.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![language]);
            // Names go to Discord as typed: no invisible isolation marks around values.
            bundle.set_use_isolating(false);
            for text in std::iter::once(commands).chain(replies) {
                let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(
                    |(partial, errors)| {
                        tracing::error!(locale, ?errors, "a catalogue has syntax errors");
                        partial
                    },
                );
                if let Err(errors) = bundle.add_resource(resource) {
                    tracing::error!(locale, ?errors, "a catalogue repeats a message");
                }
            }
            bundles.insert(*locale, bundle);
        }
        Catalogues { bundles }
    })
}

impl Catalogues {
    /// Message `id` (or its attribute) in `locale` exactly as the catalogue has it, without falling
    /// back: `None` when that catalogue lacks it.
    pub fn exact(&self, locale: &str, id: &str, attribute: Option<&str>) -> Option<String> {
        self.format(locale, id, attribute, None)
    }

    /// A reply message with its variables (`{ $ask }`), in `locale`, else in English, else its id.
    pub fn reply_with(&self, locale: &str, id: &str, args: &[(&str, String)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(locale, id, None, Some(&fluent_args))
            .or_else(|| self.format(SOURCE, id, None, Some(&fluent_args)))
            .unwrap_or_else(|| id.to_string())
    }

    fn format(
        &self,
        locale: &str,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Option<String> {
        let bundle = self.bundles.get(locale)?;
        let message = bundle.get_message(id)?;
        let pattern = match attribute {
            Some(name) => message.get_attribute(name)?.value(),
            None => message.value()?,
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        errors.is_empty().then(|| text.into_owned())
    }

    /// A reply message in `locale`, else in English, else its id (a missing message shows, it does
    /// not panic; the tests make sure none is missing).
    pub fn reply(&self, locale: &str, id: &str) -> String {
        self.text(locale, id, None)
            .unwrap_or_else(|| id.to_string())
    }

    /// Message `id` (or its attribute) in `locale`, else in English.
    pub fn text(&self, locale: &str, id: &str, attribute: Option<&str>) -> Option<String> {
        self.exact(locale, id, attribute)
            .or_else(|| self.exact(SOURCE, id, attribute))
    }

    /// Every message id of one of a locale's catalogues with its attributes, for the consistency
    /// tests.
    pub fn ids(&self, locale: &str, kind: Kind) -> Vec<(String, Vec<String>)> {
        let Some((_, commands, replies)) = CATALOGUES.iter().find(|(l, _, _)| *l == locale) else {
            return Vec::new();
        };
        let text = match kind {
            Kind::Commands => *commands,
            Kind::Replies => match replies {
                Some(text) => text,
                None => return Vec::new(),
            },
        };
        let Ok(resource) = FluentResource::try_new(text.to_string()) else {
            return Vec::new();
        };
        resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(message) => Some((
                    message.id.name.to_string(),
                    message
                        .attributes
                        .iter()
                        .map(|a| a.id.name.to_string())
                        .collect(),
                )),
                _ => None,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// Each message's variables (`{ $ask }`), by id, as the catalogue's text writes them.
    fn variables(text: &str) -> Vec<(String, BTreeSet<String>)> {
        let mut out: Vec<(String, BTreeSet<String>)> = Vec::new();
        for line in text.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            if !line.starts_with(' ') {
                let id = line
                    .split('=')
                    .next()
                    .unwrap_or_default()
                    .trim()
                    .to_string();
                out.push((id, BTreeSet::new()));
            }
            let Some((_, set)) = out.last_mut() else {
                continue;
            };
            for piece in line.split("{ $").skip(1) {
                let name: String = piece
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                set.insert(name);
            }
        }
        out
    }

    #[test]
    fn every_catalogue_has_the_same_variables_as_the_source() {
        let (_, commands, replies) = CATALOGUES[0];
        assert_eq!(CATALOGUES[0].0, SOURCE);
        let source_commands = variables(commands);
        let source_replies = variables(replies.expect("English has replies"));
        // English writes ordinals as words ("7th"); a language may write the number instead.
        let ordinal = |vars: &BTreeSet<String>| -> BTreeSet<String> {
            vars.iter()
                .map(|v| {
                    if v == "ordinal" {
                        "number".to_string()
                    } else {
                        v.clone()
                    }
                })
                .collect()
        };
        let loosely = |list: Vec<(String, BTreeSet<String>)>| -> Vec<(String, BTreeSet<String>)> {
            list.into_iter()
                .map(|(id, vars)| (id, ordinal(&vars)))
                .collect()
        };
        for (locale, commands, replies) in CATALOGUES {
            assert_eq!(variables(commands), source_commands, "{locale} commands");
            if let Some(replies) = replies {
                assert_eq!(
                    loosely(variables(replies)),
                    loosely(source_replies.clone()),
                    "{locale} replies"
                );
            }
        }
    }

    #[test]
    fn every_reply_catalogue_formats_every_message_without_error() {
        let catalogues = catalogues();
        let source = variables(CATALOGUES[0].2.expect("English has replies"));
        for locale in reply_locales() {
            for (id, names) in &source {
                let mut args = FluentArgs::new();
                for name in names {
                    args.set(name.as_str(), "x");
                    if name == "ordinal" {
                        args.set("number", "x");
                    }
                }
                assert!(
                    catalogues.format(locale, id, None, Some(&args)).is_some(),
                    "{locale}: {id}"
                );
            }
        }
    }
}
