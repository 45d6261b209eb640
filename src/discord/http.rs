//! The HTTP interactions endpoint (axum): Discord POSTs each interaction signed with Ed25519; the bot
//! checks the signature and its timestamp, answers PING with PONG, and returns the command core's
//! response as the HTTP body. Stateless, so any number of replicas can run behind a load balancer.

use super::plan::{plan, Plan, DEFER_AFTER};
use super::rest::{http_client, send_late};
use super::shutdown::{reload_on_hangup, shutdown_signal};
use crate::config::Config;
use crate::reply::callback;
use crate::Bot;
use anyhow::Context as _;
use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use http_body_util::BodyExt;
use serde_json::{json, Value};
use serenity::interactions_endpoint::Verifier;
use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Requests larger than this are refused with 413 before anything is parsed.
pub const MAX_BODY_BYTES: usize = 256 * 1024;
/// A signed request older (or newer) than this is a replay and is refused.
pub const REPLAY_WINDOW: Duration = Duration::from_secs(5 * 60);
/// An oversized body is read and thrown away up to this much, so that a client still sending can
/// read the 413 (closing on it mid-upload is a broken pipe for many clients); past it, or past
/// [`DRAIN_TIME`], the connection closes.
pub const DRAIN_BYTES: usize = 16 * 1024 * 1024;
const DRAIN_TIME: Duration = Duration::from_secs(10);

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
            // The handler bounds the body itself, to answer 413 after draining it.
            .layer(DefaultBodyLimit::disable())
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
        endpoint = endpoint.with_rest(http_client(config)?);
    }
    let listener = tokio::net::TcpListener::bind(config.http_listen)
        .await
        .with_context(|| format!("listening on {}", config.http_listen))?;
    tracing::info!(address = %config.http_listen, "interactions endpoint listening");
    tokio::spawn(reload_on_hangup(endpoint.bot.clone()));
    serve_on(listener, endpoint, shutdown_signal()).await
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

/// The body, or the 413 (or 400) to answer instead. An oversized body is drained first, within
/// bounds, and the connection closed after the answer.
async fn read_body(mut body: Body) -> Result<Bytes, Response> {
    let mut kept: Vec<u8> = Vec::new();
    let mut seen = 0usize;
    let drained = tokio::time::timeout(DRAIN_TIME, async {
        while let Some(frame) = body.frame().await {
            let Ok(frame) = frame else {
                return Err(refuse(
                    StatusCode::BAD_REQUEST,
                    "the request body broke off",
                ));
            };
            let Ok(data) = frame.into_data() else {
                continue;
            };
            seen += data.len();
            if seen <= MAX_BODY_BYTES {
                kept.extend_from_slice(&data);
            } else if seen > DRAIN_BYTES {
                break;
            }
        }
        Ok(())
    })
    .await;
    match drained {
        Ok(Err(broken)) => Err(broken),
        Ok(Ok(())) if seen <= MAX_BODY_BYTES => Ok(Bytes::from(kept)),
        _ => {
            let mut refused = refuse(
                StatusCode::PAYLOAD_TOO_LARGE,
                &format!("the request body is larger than {MAX_BODY_BYTES} bytes"),
            );
            refused.headers_mut().insert(
                axum::http::header::CONNECTION,
                axum::http::HeaderValue::from_static("close"),
            );
            Err(refused)
        }
    }
}

async fn interactions(
    State(endpoint): State<Arc<Endpoint>>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let body = match read_body(body).await {
        Ok(body) => body,
        Err(refused) => return refused,
    };
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
    if payload["type"] == callback::PONG {
        return Json(json!({ "type": callback::PONG })).into_response();
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
    match plan(&endpoint.bot, &interaction, DEFER_AFTER).await {
        None => refuse(StatusCode::BAD_REQUEST, "unsupported interaction type"),
        Some(Plan::Now(body)) => Json(body).into_response(),
        Some(Plan::Defer { ack, work }) => {
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
            Json(ack).into_response()
        }
    }
}
