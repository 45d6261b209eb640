//! A fake Discord on 127.0.0.1:0 that speaks the real protocol: REST (gateway URL, command
//! registration, interaction callbacks, messages, webhook edits) and a WebSocket gateway (HELLO,
//! IDENTIFY → READY, RESUME → RESUMED, heartbeat ACKs, dispatches with sequence numbers). It records
//! every request so tests can assert on what the bot sent, and can be told to fail callbacks.

use axum::body::Bytes;
use axum::extract::ws::{Message as WsMessage, WebSocket, WebSocketUpgrade};
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use serde_json::{json, Value};
use std::collections::VecDeque;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::{mpsc, Notify};

pub const APPLICATION_ID: &str = "100000000000000001";
pub const BOT_USER_ID: &str = "100000000000000002";
pub const GUILD_ID: &str = "100000000000000003";
pub const CHANNEL_ID: &str = "100000000000000004";
pub const USER_ID: &str = "100000000000000005";

#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    pub body: Value,
    pub status: u16,
}

enum Outgoing {
    Text(String),
    Close,
}

#[derive(Default)]
struct Shared {
    ws_url: Mutex<String>,
    requests: Mutex<Vec<Recorded>>,
    gateway_frames: Mutex<Vec<Value>>,
    changed: Notify,
    session: Mutex<Option<mpsc::UnboundedSender<Outgoing>>>,
    sequence: AtomicU64,
    /// Every dispatch sent, by sequence number, to replay what a resumed session missed.
    sent: Mutex<Vec<(u64, String)>>,
    identifies: AtomicUsize,
    resumes: AtomicUsize,
    connections: AtomicUsize,
    /// When set, command registration is refused with 400, as Discord refuses a malformed table.
    refuse_registration: std::sync::atomic::AtomicBool,
    /// Statuses (and Retry-After) to answer the next callbacks with, before going back to 204.
    failures: Mutex<VecDeque<(u16, Option<&'static str>)>>,
    /// How long to sit on the next callbacks before answering, as a slow Discord does.
    delays: Mutex<VecDeque<std::time::Duration>>,
}

pub struct FakeDiscord {
    pub base_url: String,
    shared: Arc<Shared>,
}

impl FakeDiscord {
    pub async fn start() -> FakeDiscord {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let shared = Arc::new(Shared::default());
        *shared.ws_url.lock().unwrap() = format!("ws://{address}/gateway");
        let app = Router::new()
            .route("/gateway", get(upgrade))
            .fallback(rest)
            .with_state(Arc::clone(&shared));
        tokio::spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        FakeDiscord {
            base_url: format!("http://{address}"),
            shared,
        }
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.shared.requests.lock().unwrap().clone()
    }

    pub fn identifies(&self) -> usize {
        self.shared.identifies.load(Ordering::SeqCst)
    }

    pub fn resumes(&self) -> usize {
        self.shared.resumes.load(Ordering::SeqCst)
    }

    pub fn connections(&self) -> usize {
        self.shared.connections.load(Ordering::SeqCst)
    }

    /// Frames the bot sent on the gateway (IDENTIFY, RESUME, heartbeats).
    pub fn gateway_frames(&self) -> Vec<Value> {
        self.shared.gateway_frames.lock().unwrap().clone()
    }

    /// Refuses every command registration with 400 and Discord's error body.
    pub fn refuse_registration(&self) {
        self.shared
            .refuse_registration
            .store(true, Ordering::SeqCst);
    }

    /// Answers the next callback with `status` (and a Retry-After header when given).
    pub fn fail_next_callback(&self, status: u16, retry_after: Option<&'static str>) {
        self.shared
            .failures
            .lock()
            .unwrap()
            .push_back((status, retry_after));
    }

    /// Answers the next callback only after `delay`.
    pub fn delay_next_callback(&self, delay: std::time::Duration) {
        self.shared.delays.lock().unwrap().push_back(delay);
    }

    /// Waits until a recorded request satisfies `matches`, or panics listing what did arrive.
    pub async fn wait_for(&self, what: &str, matches: impl Fn(&Recorded) -> bool) -> Recorded {
        self.wait_until(what, || self.requests().into_iter().find(|r| matches(r)))
            .await
    }

    pub async fn wait_until<T>(&self, what: &str, mut check: impl FnMut() -> Option<T>) -> T {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
        loop {
            let notified = self.shared.changed.notified();
            if let Some(found) = check() {
                return found;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                let seen: Vec<String> = self
                    .requests()
                    .iter()
                    .map(|r| format!("{} {} -> {}", r.method, r.path, r.status))
                    .collect();
                panic!("timed out waiting for {what}; requests so far: {seen:#?}");
            }
        }
    }

    /// Sends a dispatch event on the live gateway connection, with the next sequence number.
    pub async fn dispatch(&self, event: &str, data: Value) {
        let sender = self
            .wait_until("a gateway session", || {
                self.shared.session.lock().unwrap().clone()
            })
            .await;
        let frame = dispatch_frame(&self.shared, event, data);
        sender.send(Outgoing::Text(frame)).ok();
    }

    /// Drops the WebSocket connection without a close handshake reason the bot could act on.
    pub fn close_connection(&self) {
        if let Some(sender) = self.shared.session.lock().unwrap().take() {
            sender.send(Outgoing::Close).ok();
        }
    }

    /// Sends op 7 RECONNECT: the bot must reconnect and resume.
    pub fn request_reconnect(&self) {
        if let Some(sender) = self.shared.session.lock().unwrap().clone() {
            sender
                .send(Outgoing::Text(json!({"op": 7, "d": null}).to_string()))
                .ok();
        }
    }
}

fn dispatch_frame(shared: &Shared, event: &str, data: Value) -> String {
    let sequence = shared.sequence.fetch_add(1, Ordering::SeqCst) + 1;
    let frame = json!({"op": 0, "t": event, "s": sequence, "d": data}).to_string();
    shared.sent.lock().unwrap().push((sequence, frame.clone()));
    frame
}

fn record(shared: &Shared, method: &Method, path: &str, body: &[u8], status: u16) {
    let body = serde_json::from_slice(body).unwrap_or(Value::Null);
    shared.requests.lock().unwrap().push(Recorded {
        method: method.to_string(),
        path: path.to_string(),
        body,
        status,
    });
    shared.changed.notify_waiters();
}

/// A message object as Discord returns it.
pub fn message_json(id: &str, content: &str, author_id: &str, bot: bool) -> Value {
    json!({
        "id": id,
        "channel_id": CHANNEL_ID,
        "guild_id": GUILD_ID,
        "author": user_json(author_id, if bot { "asem-bot" } else { "alice" }, bot),
        "content": content,
        "timestamp": "2017-11-21T09:00:00.000000+00:00",
        "edited_timestamp": null,
        "tts": false,
        "mention_everyone": false,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": [],
        "pinned": false,
        "type": 0,
        "flags": 0
    })
}

pub fn user_json(id: &str, name: &str, bot: bool) -> Value {
    json!({"id": id, "username": name, "discriminator": "0", "global_name": null, "avatar": null, "bot": bot})
}

async fn rest(
    State(shared): State<Arc<Shared>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let path = uri.path().to_string();
    // Every request must carry the bot token, as Discord requires.
    let authorized = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("Bot "));
    let parts: Vec<&str> = path.trim_start_matches("/api/v10/").split('/').collect();
    let (status, reply): (u16, Response) = if !authorized {
        (401, (StatusCode::UNAUTHORIZED, "no token").into_response())
    } else {
        match (method.as_str(), parts.as_slice()) {
            ("GET", ["gateway"]) => {
                let url = shared.ws_url.lock().unwrap().clone();
                (200, axum::Json(json!({ "url": url })).into_response())
            }
            ("GET", ["gateway", "bot"]) => {
                let url = shared.ws_url.lock().unwrap().clone();
                let body = json!({"url": url, "shards": 1, "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}});
                (200, axum::Json(body).into_response())
            }
            ("PUT", ["applications", _, "commands"])
            | ("PUT", ["applications", _, "guilds", _, "commands"])
                if shared.refuse_registration.load(Ordering::SeqCst) =>
            {
                let error = json!({"message": "Invalid Form Body", "code": 50035, "errors": {"0": {"name": {"_errors": [{"code": "APPLICATION_COMMAND_INVALID_NAME", "message": "Command name is invalid"}]}}}});
                (
                    400,
                    (StatusCode::BAD_REQUEST, axum::Json(error)).into_response(),
                )
            }
            ("PUT", ["applications", _, "commands"])
            | ("PUT", ["applications", _, "guilds", _, "commands"]) => {
                let sent: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
                let created: Vec<Value> = sent
                    .as_array()
                    .cloned()
                    .unwrap_or_default()
                    .into_iter()
                    .enumerate()
                    .map(|(i, mut command)| {
                        command["id"] = json!(format!("2000000000000000{i:02}"));
                        command["application_id"] = json!(APPLICATION_ID);
                        command["version"] = json!("1");
                        command["default_member_permissions"] = Value::Null;
                        if command.get("description").is_none() {
                            command["description"] = json!("");
                        }
                        command
                    })
                    .collect();
                (200, axum::Json(Value::Array(created)).into_response())
            }
            ("POST", ["interactions", _, _, "callback"]) => {
                let delay = shared.delays.lock().unwrap().pop_front();
                if let Some(delay) = delay {
                    tokio::time::sleep(delay).await;
                }
                let failure = shared.failures.lock().unwrap().pop_front();
                match failure {
                    Some((status, retry_after)) => {
                        let mut response = (
                            StatusCode::from_u16(status).unwrap(),
                            axum::Json(json!({"message": "fake failure", "code": 0, "retry_after": 0.1, "global": false})),
                        )
                            .into_response();
                        if let Some(value) = retry_after {
                            response
                                .headers_mut()
                                .insert("retry-after", HeaderValue::from_static(value));
                        }
                        (status, response)
                    }
                    None => (204, StatusCode::NO_CONTENT.into_response()),
                }
            }
            ("POST", ["channels", _, "messages"]) => {
                let sent: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
                let content = sent["content"].as_str().unwrap_or("");
                (
                    200,
                    axum::Json(message_json(
                        "300000000000000001",
                        content,
                        BOT_USER_ID,
                        true,
                    ))
                    .into_response(),
                )
            }
            ("PATCH", ["webhooks", _, _, "messages", "@original"]) => (
                200,
                axum::Json(message_json("300000000000000002", "", BOT_USER_ID, true))
                    .into_response(),
            ),
            _ => (
                404,
                (
                    StatusCode::NOT_FOUND,
                    axum::Json(json!({"message": "404: Not Found", "code": 0})),
                )
                    .into_response(),
            ),
        }
    };
    record(&shared, &method, &path, &body, status);
    reply
}

async fn upgrade(State(shared): State<Arc<Shared>>, ws: WebSocketUpgrade) -> Response {
    ws.on_upgrade(move |socket| session(socket, shared))
}

async fn session(mut socket: WebSocket, shared: Arc<Shared>) {
    shared.connections.fetch_add(1, Ordering::SeqCst);
    let (sender, mut outgoing) = mpsc::unbounded_channel();
    let hello = json!({"op": 10, "d": {"heartbeat_interval": 41250}}).to_string();
    if socket.send(WsMessage::Text(hello.into())).await.is_err() {
        return;
    }
    loop {
        tokio::select! {
            frame = socket.recv() => {
                let Some(Ok(frame)) = frame else { break };
                let text = match frame {
                    WsMessage::Text(text) => text.to_string(),
                    WsMessage::Binary(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
                    WsMessage::Close(_) => break,
                    _ => continue,
                };
                let Ok(payload) = serde_json::from_str::<Value>(&text) else { continue };
                shared.gateway_frames.lock().unwrap().push(payload.clone());
                // The session is made current before the counters move, so a test that waits for a
                // new session never dispatches into the old one.
                let replies: Vec<String> = match payload["op"].as_u64() {
                    Some(1) => vec![json!({"op": 11}).to_string()],
                    Some(2) => {
                        *shared.session.lock().unwrap() = Some(sender.clone());
                        let session = shared.identifies.load(Ordering::SeqCst) + 1;
                        let ws_url = shared.ws_url.lock().unwrap().clone();
                        let ready = json!({
                            "v": 10,
                            "user": user_json(BOT_USER_ID, "asem-bot", true),
                            "guilds": [{"id": GUILD_ID, "unavailable": true}],
                            "session_id": format!("session-{session}"),
                            "resume_gateway_url": ws_url,
                            "application": {"id": APPLICATION_ID, "flags": 0}
                        });
                        let frame = dispatch_frame(&shared, "READY", ready);
                        shared.identifies.fetch_add(1, Ordering::SeqCst);
                        vec![frame]
                    }
                    Some(6) => {
                        // As Discord does: replay what the session missed, then RESUMED.
                        *shared.session.lock().unwrap() = Some(sender.clone());
                        let last_seen = payload["d"]["seq"].as_u64().unwrap_or(0);
                        let mut frames: Vec<String> = shared
                            .sent
                            .lock()
                            .unwrap()
                            .iter()
                            .filter(|(sequence, _)| *sequence > last_seen)
                            .map(|(_, frame)| frame.clone())
                            .collect();
                        frames.push(dispatch_frame(&shared, "RESUMED", json!({})));
                        shared.resumes.fetch_add(1, Ordering::SeqCst);
                        frames
                    }
                    _ => Vec::new(),
                };
                shared.changed.notify_waiters();
                let mut closed = false;
                for reply in replies {
                    if socket.send(WsMessage::Text(reply.into())).await.is_err() {
                        closed = true;
                        break;
                    }
                }
                if closed {
                    break;
                }
            }
            command = outgoing.recv() => {
                match command {
                    Some(Outgoing::Text(text)) => {
                        if socket.send(WsMessage::Text(text.into())).await.is_err() {
                            break;
                        }
                    }
                    Some(Outgoing::Close) | None => break,
                }
            }
        }
    }
    shared.changed.notify_waiters();
}
