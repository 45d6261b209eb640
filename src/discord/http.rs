//! The HTTP interactions endpoint (axum): Discord POSTs each interaction signed with Ed25519; the bot
//! checks the signature and its timestamp, answers PING with PONG, and returns the command core's
//! response as the HTTP body. Stateless, so any number of replicas can run behind a load balancer.

use super::{answer_within, caller_of, deferral, send_late, to_interaction, Answer};
use crate::config::Config;
use crate::Bot;
use anyhow::Context as _;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{json, Value};
use serenity::interactions_endpoint::Verifier;
use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Requests larger than this are refused with 413 before anything is parsed.
pub const MAX_BODY_BYTES: usize = 256 * 1024;
/// A signed request older (or newer) than this is a replay and is refused.
pub const REPLAY_WINDOW: Duration = Duration::from_secs(5 * 60);
/// Past this, the endpoint answers "deferred" and sends the reply as a follow-up.
const DEFER_AFTER: Duration = Duration::from_millis(2500);

/// What each request needs, shared read-only.
#[derive(Clone)]
pub struct Endpoint {
    bot: Bot,
    verifier: Verifier,
    replay_window: Duration,
    /// For follow-ups of deferred replies; `None` when no REST access is configured.
    rest: Option<Arc<serenity::http::Http>>,
}

impl Endpoint {
    /// An endpoint checking signatures against `public_key` (64 hex characters).
    pub fn new(bot: Bot, public_key: &str) -> anyhow::Result<Endpoint> {
        let bytes = parse_key(public_key)
            .context("DISCORD_PUBLIC_KEY must be 64 hexadecimal characters")?;
        let verifier = Verifier::try_new(bytes)
            .map_err(|e| anyhow::anyhow!("DISCORD_PUBLIC_KEY is not a valid Ed25519 key: {e}"))?;
        Ok(Endpoint {
            bot,
            verifier,
            replay_window: REPLAY_WINDOW,
            rest: None,
        })
    }

    pub fn with_replay_window(mut self, window: Duration) -> Endpoint {
        self.replay_window = window;
        self
    }

    pub fn with_rest(mut self, http: serenity::http::Http) -> Endpoint {
        self.rest = Some(Arc::new(http));
        self
    }

    /// The routes: `POST /interactions` (also `/`), `GET /health`.
    pub fn router(self) -> Router {
        Router::new()
            .route("/interactions", post(interactions))
            .route("/", post(interactions))
            .route("/health", get(health))
            .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
            .with_state(Arc::new(self))
    }
}

fn parse_key(hex: &str) -> Option<[u8; 32]> {
    let hex = hex.trim();
    if hex.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(hex.get(i * 2..i * 2 + 2)?, 16).ok()?;
    }
    Some(out)
}

/// Serves on `listener` until `shutdown` completes, letting requests in flight finish.
pub async fn serve_on(
    listener: tokio::net::TcpListener,
    endpoint: Endpoint,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    axum::serve(listener, endpoint.router())
        .with_graceful_shutdown(shutdown)
        .await
        .context("serving the interactions endpoint")
}

/// `asem-bot serve-http`: the endpoint on the configured address until Ctrl-C or SIGTERM.
pub async fn run(config: &Config, bot: Bot) -> anyhow::Result<()> {
    let key = config
        .public_key
        .as_deref()
        .context("serve-http needs DISCORD_PUBLIC_KEY (the application's public key)")?;
    let mut endpoint = Endpoint::new(bot, key)?;
    if config.discord_token.is_some() {
        endpoint = endpoint.with_rest(super::gateway::http_client(config)?);
    }
    let listener = tokio::net::TcpListener::bind(config.http_listen)
        .await
        .with_context(|| format!("listening on {}", config.http_listen))?;
    tracing::info!(address = %config.http_listen, "interactions endpoint listening");
    tokio::spawn(super::reload_on_hangup(endpoint.bot.clone()));
    serve_on(listener, endpoint, super::gateway::shutdown_signal()).await
}

async fn health(State(endpoint): State<Arc<Endpoint>>) -> Json<Value> {
    Json(json!({
        "status": "ok",
        "paragraphs": endpoint.bot.index().paragraph_count(),
    }))
}

fn refuse(status: StatusCode, reason: &str) -> Response {
    (status, Json(json!({ "error": reason }))).into_response()
}

fn now_seconds() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

async fn interactions(
    State(endpoint): State<Arc<Endpoint>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let (Some(signature), Some(timestamp)) = (
        header("x-signature-ed25519"),
        header("x-signature-timestamp"),
    ) else {
        return refuse(StatusCode::UNAUTHORIZED, "missing signature");
    };
    if endpoint
        .verifier
        .verify(signature, timestamp, &body)
        .is_err()
    {
        return refuse(StatusCode::UNAUTHORIZED, "invalid request signature");
    }
    // The signature covers the timestamp, so a fresh timestamp proves a fresh request.
    let fresh = timestamp.parse::<i64>().is_ok_and(|sent| {
        (now_seconds() - sent).unsigned_abs() <= endpoint.replay_window.as_secs()
    });
    if !fresh {
        return refuse(StatusCode::UNAUTHORIZED, "stale request timestamp");
    }
    let payload: Value = match serde_json::from_slice(&body) {
        Ok(value) => value,
        Err(err) => return refuse(StatusCode::BAD_REQUEST, &format!("malformed JSON: {err}")),
    };
    if payload["type"] == 1 {
        return Json(json!({ "type": 1 })).into_response();
    }
    let interaction: serenity::model::application::Interaction =
        match serde_json::from_value(payload) {
            Ok(interaction) => interaction,
            Err(err) => {
                return refuse(
                    StatusCode::BAD_REQUEST,
                    &format!("not an interaction this bot handles: {err}"),
                )
            }
        };
    let Some(request) = to_interaction(&interaction) else {
        return refuse(StatusCode::BAD_REQUEST, "unsupported interaction type");
    };
    let caller = caller_of(&interaction);
    let response = match answer_within(&endpoint.bot, caller, request, DEFER_AFTER).await {
        Answer::Ready(response) => response,
        Answer::Late(work) => {
            // Too slow for Discord's 3 s: acknowledge now, send the reply as a follow-up edit.
            let token = interaction.token().to_string();
            match endpoint.rest.clone() {
                Some(http) => {
                    tokio::spawn(async move { send_late(&http, &token, work).await });
                }
                None => {
                    tracing::warn!("a slow reply cannot be sent later: DISCORD_TOKEN is not set")
                }
            }
            return Json(deferral(&interaction)).into_response();
        }
    };
    Json(response.to_discord_json()).into_response()
}
