//! Discord transports: turning what Discord sends into [`commands::Interaction`]s and sending the
//! rendered replies back. The gateway client lives in [`gateway`], the signed HTTP interactions
//! endpoint in [`http`]; both answer by one [`plan`], reach Discord's REST API through [`rest`] and
//! stop and reload by [`shutdown`]. No command logic here.

pub mod gateway;
pub mod http;
pub mod plan;
pub mod rest;
pub mod shutdown;

use crate::commands::{self, Caller, Invocation};
use serenity::model::application::{
    CommandDataOption, CommandDataOptionValue, CommandInteraction, CommandType, Interaction,
};

/// The command-core interaction for a Discord interaction; `None` for kinds the bot does not use
/// (PING is answered by the transport itself, modals are never opened).
pub fn to_interaction(interaction: &Interaction) -> Option<commands::Interaction> {
    match interaction {
        Interaction::Command(command) if command.data.kind == CommandType::Message => {
            Some(commands::Interaction::MessageMenu {
                command: command.data.name.clone(),
                content: target_message_text(command),
            })
        }
        Interaction::Command(command) => Some(commands::Interaction::Command(invocation(command))),
        Interaction::Autocomplete(command) => {
            let focused = command
                .data
                .options
                .iter()
                .find(|o| matches!(o.value, CommandDataOptionValue::Autocomplete { .. }))
                .map(|o| o.name.clone())
                .unwrap_or_default();
            Some(commands::Interaction::Autocomplete {
                invocation: invocation(command),
                focused,
            })
        }
        Interaction::Component(component) => Some(commands::Interaction::Button {
            custom_id: component.data.custom_id.clone(),
        }),
        _ => None,
    }
}

/// Who sent an interaction and in which channel, for rate limits and the admin check.
pub fn caller_of(interaction: &Interaction) -> Caller {
    let (user, channel, locale) = match interaction {
        Interaction::Command(c) | Interaction::Autocomplete(c) => {
            (c.user.id.get(), c.channel_id.get(), &c.locale)
        }
        Interaction::Component(c) => (c.user.id.get(), c.channel_id.get(), &c.locale),
        Interaction::Modal(m) => (m.user.id.get(), m.channel_id.get(), &m.locale),
        _ => return Caller::discord(None, None),
    };
    Caller::discord(Some(user), Some(channel)).in_locale(Some(locale.clone()))
}

fn invocation(command: &CommandInteraction) -> Invocation {
    Invocation {
        name: command.data.name.clone(),
        options: command
            .data
            .options
            .iter()
            .filter_map(option_text)
            .collect(),
    }
}

/// An option's value as the text the command core parses.
fn option_text(option: &CommandDataOption) -> Option<(String, String)> {
    let value = match &option.value {
        CommandDataOptionValue::String(text) => text.clone(),
        CommandDataOptionValue::Integer(n) => n.to_string(),
        CommandDataOptionValue::Number(n) => n.to_string(),
        CommandDataOptionValue::Boolean(b) => b.to_string(),
        CommandDataOptionValue::Autocomplete { value, .. } => value.clone(),
        _ => return None,
    };
    Some((option.name.clone(), value))
}

/// The text of the message a context-menu command was used on.
fn target_message_text(command: &CommandInteraction) -> String {
    let target = command.data.target_id.map(|id| id.get());
    command
        .data
        .resolved
        .messages
        .iter()
        .find(|(id, _)| Some(id.get()) == target)
        .or_else(|| command.data.resolved.messages.iter().next())
        .map(|(_, message)| message.content.clone())
        .unwrap_or_default()
}

/// The question in a message that mentions the bot (`<@id>` or `<@!id>`), or `None` when the
/// message does not mention it.
pub fn mention_question(content: &str, bot_id: u64) -> Option<String> {
    let plain = format!("<@{bot_id}>");
    let nick = format!("<@!{bot_id}>");
    if !content.contains(&plain) && !content.contains(&nick) {
        return None;
    }
    let text = content.replace(&plain, " ").replace(&nick, " ");
    Some(crate::text::squash_whitespace(&text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_are_stripped_from_the_question() {
        assert_eq!(
            mention_question("<@42> what about jobs?", 42).as_deref(),
            Some("what about jobs?")
        );
        assert_eq!(
            mention_question("hey <@!42>, MOOCs?", 42).as_deref(),
            Some("hey , MOOCs?")
        );
        assert_eq!(mention_question("<@43> hi", 42), None);
    }

    #[test]
    fn slash_commands_become_invocations() {
        let raw = serde_json::json!({
            "id": "1", "application_id": "2", "type": 2, "token": "t", "version": 1,
            "channel_id": "3", "locale": "en-US", "entitlements": [], "attachment_size_limit": 1000,
            "user": {"id": "4", "username": "u", "discriminator": "0", "global_name": null, "avatar": null},
            "data": {"id": "5", "name": "search", "type": 1, "options": [
                {"name": "query", "type": 3, "value": "mobility"},
                {"name": "limit", "type": 4, "value": 3}
            ]}
        });
        let interaction: Interaction = serde_json::from_value(raw).unwrap();
        assert_eq!(
            to_interaction(&interaction),
            Some(commands::Interaction::Command(Invocation {
                name: "search".into(),
                options: vec![
                    ("query".into(), "mobility".into()),
                    ("limit".into(), "3".into())
                ],
            }))
        );
    }
}
