//! Discord transports: turning what Discord sends into [`commands::Interaction`]s and sending the
//! rendered replies back. The gateway client lives in [`gateway`], the
//! signed HTTP interactions endpoint in [`http`]. No command logic here.

pub mod gateway;
pub mod http;

use crate::commands::{self, Caller, Invocation};
use crate::reply::Response;
use crate::Bot;
use serde_json::{json, Value};
use serenity::http::Http;
use serenity::http::HttpError;
use serenity::model::application::{
    CommandDataOption, CommandDataOptionValue, CommandInteraction, CommandType, Interaction,
};
use serenity::model::id::InteractionId;
use std::time::{Duration, Instant};
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

/// Who sent an interaction and in which channel, for rate limits and the admin check.
pub fn caller_of(interaction: &Interaction) -> Caller {
    let (user, channel) = match interaction {
        Interaction::Command(c) | Interaction::Autocomplete(c) => {
            (c.user.id.get(), c.channel_id.get())
        }
        Interaction::Component(c) => (c.user.id.get(), c.channel_id.get()),
        Interaction::Modal(m) => (m.user.id.get(), m.channel_id.get()),
        _ => return Caller::discord(None, None),
    };
    Caller::discord(Some(user), Some(channel))
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
    caller: Caller,
    request: commands::Interaction,
    deadline: Duration,
) -> Answer {
    let bot = bot.clone();
    let mut work = tokio::task::spawn_blocking(move || bot.handle_as(&caller, &request));
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

/// Sends a late answer as an edit of the deferred response, retrying what failed on Discord's
/// side for [`FOLLOW_UP_PATIENCE`] (a deferred interaction stays open for 15 minutes).
pub async fn send_late(http: &Http, token: &str, work: JoinHandle<Response>) {
    let response = work.await.unwrap_or_else(|_| failure_response());
    let Some(body) = response.message_body() else {
        return;
    };
    let until = Instant::now() + FOLLOW_UP_PATIENCE;
    let sent = with_retries("a deferred reply", until, || {
        http.edit_original_interaction_response(token, &body, vec![])
    })
    .await;
    if !sent {
        tracing::warn!("a deferred reply could not be sent");
    }
}

/// How long Discord waits for the first answer to an interaction.
pub const INTERACTION_DEADLINE: Duration = Duration::from_secs(3);
/// How long a late answer (an edit of a deferred response) is retried.
pub const FOLLOW_UP_PATIENCE: Duration = Duration::from_secs(30);
/// The longest one attempt at a Discord request may take before it is given up and retried.
const ATTEMPT_TIMEOUT: Duration = Duration::from_millis(1200);

/// Sends the first answer to an interaction received at `received`, retrying failures on
/// Discord's side (5xx, 429, no answer in time, a dropped connection) until its 3 s deadline has
/// passed. Returns whether Discord accepted it.
pub async fn respond(
    http: &Http,
    id: InteractionId,
    token: &str,
    body: &Value,
    received: Instant,
) -> bool {
    let until = received + INTERACTION_DEADLINE;
    with_retries("a reply", until, || {
        http.create_interaction_response(id, token, body, vec![])
    })
    .await
}

/// Runs `attempt` until it succeeds, fails for good (a 4xx other than 429: retrying cannot help),
/// or `until` passes; each attempt gets at most [`ATTEMPT_TIMEOUT`].
async fn with_retries<F, Fut, T>(what: &str, until: Instant, mut attempt: F) -> bool
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = serenity::Result<T>>,
{
    let mut pause = Duration::from_millis(50);
    for tries in 1.. {
        let left = until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            tracing::warn!(tries, "{what} was not accepted before its deadline");
            return false;
        }
        let retry_after = match tokio::time::timeout(left.min(ATTEMPT_TIMEOUT), attempt()).await {
            Ok(Ok(_)) => return true,
            Ok(Err(serenity::Error::Http(HttpError::UnsuccessfulRequest(failure)))) => {
                let status = failure.status_code.as_u16();
                if status != 429 && status < 500 {
                    tracing::warn!(status, error = %failure.error.message, "{what} was refused");
                    return false;
                }
                tracing::warn!(status, tries, "{what} failed on Discord's side; retrying");
                None
            }
            Ok(Err(err)) => {
                tracing::warn!(error = %err, tries, "{what} could not be sent; retrying");
                None
            }
            Err(_) => {
                tracing::warn!(tries, "{what} got no answer in time; retrying");
                Some(Duration::ZERO)
            }
        };
        let wait = retry_after.unwrap_or(pause);
        tokio::time::sleep(wait.min(until.saturating_duration_since(Instant::now()))).await;
        pause = (pause * 2).min(Duration::from_millis(800));
    }
    false
}

fn failure_response() -> Response {
    Response::Message(commands::CommandError::Internal("handler failed".into()).to_reply())
}

/// Reloads `data/` whenever the process gets SIGHUP, for as long as the transport runs; a broken
/// file is logged with its line and the data loaded before keeps serving.
pub async fn reload_on_hangup(bot: Bot) {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let mut hangups = match signal(SignalKind::hangup()) {
            Ok(hangups) => hangups,
            Err(err) => {
                tracing::warn!(%err, "cannot listen for SIGHUP; /reload still works");
                return;
            }
        };
        while hangups.recv().await.is_some() {
            tracing::info!("SIGHUP: reloading the data");
            let bot = bot.clone();
            // The error itself is logged by the reload.
            let _ = tokio::task::spawn_blocking(move || bot.reload()).await;
        }
    }
    #[cfg(not(unix))]
    let _ = bot;
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
