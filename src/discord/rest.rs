//! The REST side of Discord shared by both transports: the client (Discord itself, or a proxy or
//! fake Discord), and sending answers with retries within Discord's deadlines.

use super::plan::failure_response;
use crate::commands::spec;
use crate::config::Config;
use crate::reply::Response;
use anyhow::Context as _;
use secrecy::ExposeSecret;
use serde_json::Value;
use serenity::all::{ApplicationId, GuildId, Http, HttpBuilder};
use serenity::http::HttpError;
use serenity::model::id::InteractionId;
use std::time::{Duration, Instant};
use tokio::task::JoinHandle;

/// Discord's own API, which needs no proxy setting.
const DISCORD: &str = "https://discord.com";

/// The REST client: Discord itself, or a proxy / fake Discord when `DISCORD_API_BASE_URL` says so
/// (serenity only routes through a proxy with its own rate limiter off; the proxy limits instead).
pub fn http_client(config: &Config) -> anyhow::Result<Http> {
    let token = config
        .discord_token
        .as_ref()
        .context("DISCORD_TOKEN is not set")?;
    let mut builder = HttpBuilder::new(token.expose_secret());
    if config.api_base_url != DISCORD {
        builder = builder
            .proxy(config.api_base_url.clone())
            .ratelimiter_disabled(true);
    }
    if let Some(id) = config.application_id {
        builder = builder.application_id(ApplicationId::new(id));
    }
    Ok(builder.build())
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

/// Registers the command table: to one guild when configured (instant), globally otherwise.
/// The gateway logs a failure with Discord's answer and keeps serving whatever is registered;
/// `asem-bot register` reports it as an error.
pub async fn register(http: &Http, guild_id: Option<u64>) -> anyhow::Result<()> {
    let commands = spec::registration();
    let result = match guild_id {
        Some(guild) => {
            http.create_guild_commands(GuildId::new(guild), &commands)
                .await
        }
        None => http.create_global_commands(&commands).await,
    };
    let registered = result.context("registering commands with Discord")?;
    tracing::info!(
        commands = registered.len(),
        guild = guild_id,
        "commands registered"
    );
    Ok(())
}
