//! Discord transports: turning what Discord sends into [`commands::Interaction`]s and sending the
//! rendered replies back. The gateway client lives in [`gateway`], the
//! signed HTTP interactions endpoint in [`http`]. No command logic here.

pub mod gateway;
pub mod http;

use crate::commands::{self, Invocation};
use crate::reply::Response;
use crate::Bot;
use serde_json::{json, Value};
use serenity::http::Http;
use serenity::model::application::{
    CommandDataOption, CommandDataOptionValue, CommandInteraction, CommandType, Interaction,
};
use std::time::Duration;
use tokio::task::JoinHandle;

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

/// The command core's answer, or its still-running work when it missed the deadline.
pub enum Answer {
    Ready(Response),
    Late(JoinHandle<Response>),
}

/// Runs the command core off the async threads and waits for it at most `deadline`.
pub async fn answer_within(
    bot: &Bot,
    request: commands::Interaction,
    deadline: Duration,
) -> Answer {
    let bot = bot.clone();
    let mut work = tokio::task::spawn_blocking(move || bot.handle(&request));
    match tokio::time::timeout(deadline, &mut work).await {
        Ok(Ok(response)) => Answer::Ready(response),
        Ok(Err(_)) => {
            tracing::error!("a command handler panicked");
            Answer::Ready(failure_response())
        }
        Err(_) => Answer::Late(work),
    }
}

/// The callback that acknowledges a late answer: "thinking…" for a command, a silent
/// acknowledgement for a button (whose message is edited later).
pub fn deferral(interaction: &Interaction) -> Value {
    let kind = if matches!(interaction, Interaction::Component(_)) {
        6
    } else {
        5
    };
    json!({ "type": kind })
}

/// Sends a late answer as an edit of the deferred response; a failure is logged.
pub async fn send_late(http: &Http, token: &str, work: JoinHandle<Response>) {
    let response = work.await.unwrap_or_else(|_| failure_response());
    let Some(body) = response.message_body() else {
        return;
    };
    if let Err(err) = http
        .edit_original_interaction_response(token, &body, vec![])
        .await
    {
        tracing::warn!(error = %err, "sending a deferred reply failed");
    }
}

fn failure_response() -> Response {
    Response::Message(commands::CommandError::Internal("handler failed".into()).to_reply())
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
