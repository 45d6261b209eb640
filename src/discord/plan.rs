//! One answer plan for both transports: run the command core off the async threads, then answer
//! now, or acknowledge and send the reply later as an edit, whichever Discord's 3 s allow.

use super::{caller_of, to_interaction};
use crate::commands::{self, Caller, CommandError};
use crate::reply::{callback, Response};
use crate::Bot;
use serde_json::{json, Value};
use serenity::model::application::Interaction;
use std::time::Duration;
use tokio::task::JoinHandle;

/// Discord gives 3 s for the first response; past this the bot acknowledges and edits the reply in
/// later, leaving a second for the acknowledgement to reach Discord.
pub const DEFER_AFTER: Duration = Duration::from_millis(2000);

/// How to answer one interaction.
pub enum Plan {
    /// The interaction callback to send now.
    Now(Value),
    /// Acknowledge with `ack` now; `work` gives the reply, sent as an edit of the original response.
    Defer {
        ack: Value,
        work: JoinHandle<Response>,
    },
}

/// The plan for `interaction`, or `None` for kinds the bot does not answer (PING is the transport's,
/// modals are never opened).
pub async fn plan(bot: &Bot, interaction: &Interaction, deadline: Duration) -> Option<Plan> {
    let request = to_interaction(interaction)?;
    let caller = caller_of(interaction);
    let mut work = run(bot, caller, request);
    let plan = match tokio::time::timeout(deadline, &mut work).await {
        Ok(Ok(response)) => Plan::Now(response.to_discord_json()),
        Ok(Err(_)) => {
            tracing::error!("a command handler panicked");
            Plan::Now(failure_response().to_discord_json())
        }
        // Discord accepts no deferral for autocomplete: late suggestions are no suggestions.
        Err(_) if matches!(interaction, Interaction::Autocomplete(_)) => {
            tracing::warn!("autocomplete took too long; answered with no suggestions");
            Plan::Now(Response::Autocomplete(Vec::new()).to_discord_json())
        }
        Err(_) => Plan::Defer {
            ack: deferral(interaction),
            work,
        },
    };
    Some(plan)
}

/// The reply to a mention, however long it takes (a message has no deadline).
pub async fn answer(bot: &Bot, caller: Caller, request: commands::Interaction) -> Response {
    run(bot, caller, request)
        .await
        .unwrap_or_else(|_| failure_response())
}

fn run(bot: &Bot, caller: Caller, request: commands::Interaction) -> JoinHandle<Response> {
    let bot = bot.clone();
    tokio::task::spawn_blocking(move || bot.handle_as(&caller, &request))
}

/// The callback that acknowledges a late answer: "thinking…" for a command, a silent
/// acknowledgement for a button (whose message is edited later).
fn deferral(interaction: &Interaction) -> Value {
    let kind = if matches!(interaction, Interaction::Component(_)) {
        callback::DEFERRED_UPDATE_MESSAGE
    } else {
        callback::DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
    };
    json!({ "type": kind })
}

pub fn failure_response() -> Response {
    commands::respond(
        Err(CommandError::Internal("handler failed".into())),
        crate::locale::SOURCE,
    )
}
