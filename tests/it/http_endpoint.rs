//! The HTTP interactions endpoint, served for real on 127.0.0.1:0, with a keypair made here:
//! PING, commands, autocomplete, a button and the message menu answered; forged, missing, truncated
//! and stale signatures refused with 401; oversize bodies with 413; malformed JSON with 400.

use crate::fake_discord::{message_json, BOT_USER_ID, USER_ID};
use crate::util::{bot, limit_violations, source_paragraphs, squash};
use asem_bot::discord::http::{serve_on, Endpoint, MAX_BODY_BYTES};
use ed25519_dalek::{Signer, SigningKey};
use proptest::prelude::*;
use serde_json::{json, Value};
use std::net::SocketAddr;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn signing_key() -> SigningKey {
    SigningKey::from_bytes(&[7u8; 32])
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn now() -> String {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        .to_string()
}

struct Server {
    address: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<anyhow::Result<()>>,
}

async fn start() -> Server {
    start_with(bot().clone()).await
}

async fn start_with(bot: asem_bot::Bot) -> Server {
    let public_key = hex(signing_key().verifying_key().as_bytes());
    let endpoint = Endpoint::new(bot, &public_key).unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(serve_on(listener, endpoint, async {
        stopped.await.ok();
    }));
    Server {
        address,
        stop: Some(stop),
        task,
    }
}

async fn stop(mut server: Server) {
    server.stop.take().unwrap().send(()).unwrap();
    server.task.await.unwrap().unwrap();
}

/// One HTTP/1.1 request over a fresh connection; returns the status and the body.
async fn request(
    address: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, String)],
    body: &[u8],
) -> (u16, String) {
    let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n", body.len());
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await.unwrap();
    // A refused upload may be cut off by the server before it is all sent.
    let _ = stream.write_all(body).await;
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw).await;
    let text = String::from_utf8_lossy(&raw).into_owned();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

fn signed(body: &[u8], timestamp: &str) -> Vec<(&'static str, String)> {
    let message = [timestamp.as_bytes(), body].concat();
    let signature = signing_key().sign(&message);
    vec![
        ("X-Signature-Ed25519", hex(&signature.to_bytes())),
        ("X-Signature-Timestamp", timestamp.to_string()),
    ]
}

async fn post_signed(server: &Server, payload: &Value) -> (u16, Value) {
    let body = payload.to_string();
    let (status, text) = request(
        server.address,
        "POST",
        "/interactions",
        &signed(body.as_bytes(), &now()),
        body.as_bytes(),
    )
    .await;
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

fn interaction(kind: u8, data: Value) -> Value {
    let mut payload = json!({
        "id": "400000000000000100", "application_id": "100000000000000001", "type": kind,
        "token": "token-http", "version": 1, "channel_id": "100000000000000004", "locale": "en-US",
        "entitlements": [], "attachment_size_limit": 26214400,
        "user": {"id": "100000000000000005", "username": "alice", "discriminator": "0", "global_name": null, "avatar": null},
        "data": data
    });
    if kind == 3 {
        payload["message"] = message_json("300000000000000009", "", BOT_USER_ID, true);
    }
    payload
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signed_interactions_are_answered() {
    let server = start().await;

    let (status, pong) = post_signed(
        &server,
        &json!({"type": 1, "id": "1", "application_id": "1", "token": "t", "version": 1}),
    )
    .await;
    assert_eq!((status, pong), (200, json!({"type": 1})));

    let (status, quote) = post_signed(&server, &interaction(2, json!({"id": "5", "name": "quote", "type": 1, "options": [{"name": "paragraph", "type": 3, "value": "6"}]}))).await;
    assert_eq!(status, 200);
    assert_eq!(
        squash(quote["data"]["embeds"][0]["description"].as_str().unwrap()),
        squash(&source_paragraphs()[5])
    );
    assert!(limit_violations(&quote).is_empty());

    for (name, options) in [
        (
            "ask",
            json!([{"name": "question", "type": 3, "value": "Who hosted the meeting?"}]),
        ),
        (
            "search",
            json!([{"name": "query", "type": 3, "value": "lifelong learning"}, {"name": "limit", "type": 4, "value": 3}]),
        ),
        ("facts", json!([])),
        ("meetings", json!([])),
        (
            "commitments",
            json!([{"name": "theme", "type": 3, "value": "mobility"}]),
        ),
        (
            "glossary",
            json!([{"name": "term", "type": 3, "value": "OER"}]),
        ),
        ("about", json!([])),
        ("help", json!([])),
    ] {
        let (status, reply) = post_signed(
            &server,
            &interaction(
                2,
                json!({"id": "5", "name": name, "type": 1, "options": options}),
            ),
        )
        .await;
        assert_eq!(status, 200, "/{name}");
        assert_eq!(reply["type"], 4, "/{name}");
        assert!(limit_violations(&reply).is_empty(), "/{name}");
    }

    let (_, choices) = post_signed(&server, &interaction(4, json!({"id": "5", "name": "glossary", "type": 1, "options": [{"name": "term", "type": 3, "value": "AS", "focused": true}]}))).await;
    assert_eq!(choices["type"], 8);
    assert!(choices["data"]["choices"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["value"] == "ASEF"));

    let (_, next) = post_signed(
        &server,
        &interaction(3, json!({"custom_id": "about:3", "component_type": 2})),
    )
    .await;
    assert_eq!(next["type"], 7);

    let target = "300000000000000010";
    let (_, menu) = post_signed(&server, &interaction(2, json!({
        "id": "6", "name": "Find in declaration", "type": 3, "target_id": target,
        "resolved": {"messages": {target: message_json(target, "free teaching materials for everyone", USER_ID, false)}}
    }))).await;
    assert_eq!(menu["data"]["flags"], 64);
    assert!(menu.to_string().contains("¶10"), "{menu}");

    let (status, health) = request(server.address, "GET", "/health", &[], b"").await;
    assert_eq!(status, 200);
    assert!(health.contains("\"paragraphs\":16"));

    stop(server).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_requests_are_refused_without_work() {
    let server = start().await;
    let body = interaction(2, json!({"id": "5", "name": "help", "type": 1})).to_string();
    let bytes = body.as_bytes();
    let good = signed(bytes, &now());

    // Missing signature, missing timestamp.
    assert_eq!(
        request(server.address, "POST", "/interactions", &[], bytes)
            .await
            .0,
        401
    );
    assert_eq!(
        request(server.address, "POST", "/interactions", &good[..1], bytes)
            .await
            .0,
        401
    );
    // Forged: signed by another key.
    let other = SigningKey::from_bytes(&[9u8; 32]);
    let timestamp = now();
    let forged = other.sign(&[timestamp.as_bytes(), bytes].concat());
    let headers = vec![
        ("X-Signature-Ed25519", hex(&forged.to_bytes())),
        ("X-Signature-Timestamp", timestamp.clone()),
    ];
    assert_eq!(
        request(server.address, "POST", "/interactions", &headers, bytes)
            .await
            .0,
        401
    );
    // Truncated and non-hex signatures.
    let truncated = vec![
        ("X-Signature-Ed25519", good[0].1[..100].to_string()),
        good[1].clone(),
    ];
    assert_eq!(
        request(server.address, "POST", "/interactions", &truncated, bytes)
            .await
            .0,
        401
    );
    let garbage = vec![("X-Signature-Ed25519", "zz".repeat(64)), good[1].clone()];
    assert_eq!(
        request(server.address, "POST", "/interactions", &garbage, bytes)
            .await
            .0,
        401
    );
    // A signature valid for a different body.
    let other_body = interaction(2, json!({"id": "5", "name": "about", "type": 1})).to_string();
    assert_eq!(
        request(
            server.address,
            "POST",
            "/interactions",
            &good,
            other_body.as_bytes()
        )
        .await
        .0,
        401
    );
    // A stale (replayed) request, correctly signed ten minutes ago.
    let old = (now().parse::<i64>().unwrap() - 600).to_string();
    let (status, reason) = request(
        server.address,
        "POST",
        "/interactions",
        &signed(bytes, &old),
        bytes,
    )
    .await;
    assert_eq!(status, 401);
    assert!(reason.contains("stale"));
    // Oversize.
    let huge = vec![b' '; MAX_BODY_BYTES + 1];
    assert_eq!(
        request(
            server.address,
            "POST",
            "/interactions",
            &signed(&huge, &now()),
            &huge
        )
        .await
        .0,
        413
    );
    // Malformed JSON, correctly signed.
    let broken = b"{\"type\": 2, \"data\": ";
    let (status, reason) = request(
        server.address,
        "POST",
        "/interactions",
        &signed(broken, &now()),
        broken,
    )
    .await;
    assert_eq!(status, 400);
    assert!(reason.contains("malformed JSON"), "{reason}");
    // Valid JSON that is no interaction.
    let odd = b"{\"type\": 2, \"data\": 5}";
    assert_eq!(
        request(
            server.address,
            "POST",
            "/interactions",
            &signed(odd, &now()),
            odd
        )
        .await
        .0,
        400
    );
    // And the endpoint still answers a good request.
    assert_eq!(
        request(
            server.address,
            "POST",
            "/interactions",
            &signed(bytes, &now()),
            bytes
        )
        .await
        .0,
        200
    );
}

/// Load test, not part of the normal suite: `cargo test --test it load_test -- --ignored --nocapture`.
/// Several concurrent clients send signed, mixed interactions; every reply is checked, then the
/// throughput and latency are printed beside the cost of one signature check measured in this run.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "load test: run on demand, see BENCHMARKS.md"]
async fn load_test() {
    const CLIENTS: usize = 8;
    const REQUESTS_PER_CLIENT: usize = 250;
    let server = start().await;
    let payloads = mixed_payloads();
    let payloads = std::sync::Arc::new(payloads);
    let started = std::time::Instant::now();
    let mut clients = Vec::new();
    for client in 0..CLIENTS {
        let payloads = std::sync::Arc::clone(&payloads);
        let address = server.address;
        clients.push(tokio::spawn(async move {
            let mut latencies = Vec::with_capacity(REQUESTS_PER_CLIENT);
            let mut failures = 0usize;
            for i in 0..REQUESTS_PER_CLIENT {
                let (payload, expected) = &payloads[(client + i) % payloads.len()];
                let body = payload.to_string();
                let headers = signed(body.as_bytes(), &now());
                let sent = std::time::Instant::now();
                let (status, reply) =
                    request(address, "POST", "/interactions", &headers, body.as_bytes()).await;
                latencies.push(sent.elapsed());
                if status != 200 || !reply.contains(expected) {
                    failures += 1;
                }
            }
            (latencies, failures)
        }));
    }
    let mut latencies = Vec::new();
    let mut failures = 0;
    for client in clients {
        let (mut l, f) = client.await.unwrap();
        latencies.append(&mut l);
        failures += f;
    }
    let elapsed = started.elapsed();
    latencies.sort();
    let at = |q: f64| latencies[((latencies.len() as f64 - 1.0) * q).round() as usize];

    // The floor per request: one Ed25519 verification, measured in the same run.
    let verifier = serenity::interactions_endpoint::Verifier::try_new(
        *signing_key().verifying_key().as_bytes(),
    )
    .unwrap();
    let body = payloads[0].0.to_string();
    let headers = signed(body.as_bytes(), "1700000000");
    let rounds = 2000;
    let timer = std::time::Instant::now();
    for _ in 0..rounds {
        verifier
            .verify(&headers[0].1, "1700000000", body.as_bytes())
            .unwrap();
    }
    let verify = timer.elapsed() / rounds;

    println!(
        "load: {} requests from {CLIENTS} clients in {:.2} s = {:.0} req/s; latency p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms; failed or mis-answered: {failures}; one signature check: {:.1} µs",
        latencies.len(),
        elapsed.as_secs_f64(),
        latencies.len() as f64 / elapsed.as_secs_f64(),
        at(0.50).as_secs_f64() * 1000.0,
        at(0.99).as_secs_f64() * 1000.0,
        latencies.last().unwrap().as_secs_f64() * 1000.0,
        verify.as_secs_f64() * 1e6,
    );
    assert_eq!(failures, 0);
}

/// `asem-bot serve-http` at every log level with a bot token set (for follow-ups): it answers signed
/// requests, stops on SIGTERM, and neither the token nor the request signatures appear in its output.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_http_binary_never_prints_its_token() {
    const TOKEN: &str = "MTAwMDAwMDAwMDAwMDAwMDAy.GfakeB.http-token-not-a-secret_9876543210";
    for level in ["error", "warn", "info", "debug", "trace"] {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let address: SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
        let child = crate::util::asem_bot()
            .arg("serve-http")
            .env("DISCORD_TOKEN", TOKEN)
            .env(
                "DISCORD_PUBLIC_KEY",
                hex(signing_key().verifying_key().as_bytes()),
            )
            .env("DISCORD_API_BASE_URL", "http://127.0.0.1:9")
            .env("ASEM_HTTP_LISTEN", address.to_string())
            .env("RUST_LOG", level)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut up = false;
        for _ in 0..100 {
            if tokio::net::TcpStream::connect(address).await.is_ok() {
                up = true;
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        assert!(up, "serve-http listens at {level}");
        let body = interaction(2, json!({"id": "500000000000000001", "name": "ask", "type": 1,
            "options": [{"name": "question", "type": 3, "value": "When did the meeting take place?"}]}))
        .to_string();
        let headers = signed(body.as_bytes(), &now());
        let (status, reply) =
            request(address, "POST", "/interactions", &headers, body.as_bytes()).await;
        assert_eq!(status, 200, "at {level}: {reply}");
        assert!(reply.contains("21–22 November 2017"), "{reply}");
        let signalled = std::process::Command::new("kill")
            .args(["-TERM", &child.id().to_string()])
            .status()
            .unwrap();
        assert!(signalled.success());
        let output = tokio::task::spawn_blocking(move || child.wait_with_output().unwrap())
            .await
            .unwrap();
        assert!(output.status.success(), "at {level}: {output:?}");
        let printed = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        let secret_part = TOKEN.rsplit('.').next().unwrap();
        assert!(
            !printed.contains(TOKEN) && !printed.contains(secret_part),
            "the token leaked at {level}"
        );
        assert!(
            !printed.contains(&headers[0].1),
            "a signature was logged at {level}"
        );
        if level == "trace" {
            assert!(
                printed.contains("interactions endpoint listening"),
                "{printed}"
            );
        }
    }
}

/// The mix of the load and soak tests, each with a piece of text its reply must contain: a quote,
/// a question, a search, an autocomplete, a tour button and a PING.
fn mixed_payloads() -> Vec<(Value, &'static str)> {
    vec![
        (
            interaction(
                2,
                json!({"id": "5", "name": "quote", "type": 1, "options": [{"name": "paragraph", "type": 3, "value": "10"}]}),
            ),
            "¶10",
        ),
        (
            interaction(
                2,
                json!({"id": "5", "name": "ask", "type": 1, "options": [{"name": "question", "type": 3, "value": "what about online courses?"}]}),
            ),
            "MOOCs",
        ),
        (
            interaction(
                2,
                json!({"id": "5", "name": "search", "type": 1, "options": [{"name": "query", "type": 3, "value": "recognition of qualifications"}]}),
            ),
            "¶6",
        ),
        (
            interaction(
                4,
                json!({"id": "5", "name": "quote", "type": 1, "options": [{"name": "paragraph", "type": 3, "value": "mob", "focused": true}]}),
            ),
            "choices",
        ),
        (
            interaction(3, json!({"custom_id": "about:2", "component_type": 2})),
            "ASEMME6",
        ),
        (
            json!({"type": 1, "id": "1", "application_id": "1", "token": "t", "version": 1}),
            "{\"type\":1}",
        ),
    ]
}

/// A payload built from random parts: a known or unknown interaction type, command name, option
/// names, types and values, custom ids, missing or extra fields.
fn any_payload() -> impl Strategy<Value = Value> {
    let names = proptest::sample::select(vec![
        "ask",
        "search",
        "quote",
        "facts",
        "meetings",
        "commitments",
        "glossary",
        "about",
        "help",
        "reload",
        "Find in declaration",
        "nope",
        "",
    ]);
    let options = proptest::collection::vec(
        (
            proptest::sample::select(vec![
                "question",
                "query",
                "paragraph",
                "limit",
                "topic",
                "term",
                "x",
            ]),
            prop_oneof![Just(3u8), Just(4u8), any::<u8>()],
            crate::hostile::any_text(),
        ),
        0..3,
    );
    (
        prop_oneof![Just(2u8), Just(3u8), Just(4u8), Just(5u8), any::<u8>()],
        names,
        options,
        crate::hostile::any_text(),
        any::<bool>(),
    )
        .prop_map(|(kind, name, options, custom, focused)| {
            let options: Vec<Value> = options
                .into_iter()
                .map(|(option, option_type, value)| {
                    let mut o = json!({"name": option, "type": option_type, "value": value});
                    if focused {
                        o["focused"] = json!(true);
                    }
                    o
                })
                .collect();
            let data = if kind == 3 {
                json!({"custom_id": custom, "component_type": 2})
            } else {
                json!({"id": "500000000000000001", "name": name, "type": 1, "options": options})
            };
            interaction(kind, data)
        })
}

proptest! {
    #![proptest_config(crate::util::fuzz_config(64))]

    /// Any signed payload gets 200 (an interaction response within Discord's limits) or 400, never
    /// a crash; any unsigned or badly signed body gets 401 without being read.
    #[test]
    fn the_endpoint_answers_any_request_with_a_status_that_says_what_went_wrong(
        payload in any_payload(),
        raw in proptest::collection::vec(any::<u8>(), 0..300),
        signature in "[0-9a-f]{0,130}",
        timestamp in "[0-9]{0,12}",
    ) {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(async {
            let server = start().await;
            let (status, reply) = post_signed(&server, &payload).await;
            prop_assert!(status == 200 || status == 400, "{status} for {payload}");
            if status == 200 && payload["type"] == 1 {
                // A PING gets a PONG, whatever else the payload carries.
                prop_assert_eq!(&reply, &json!({"type": 1}));
            } else if status == 200 {
                prop_assert!(limit_violations(&reply).is_empty(), "{reply}");
                prop_assert!(reply["type"].as_u64().is_some_and(|t| [4, 5, 6, 7, 8].contains(&t)), "{reply}");
            }
            // Random bytes, signed: malformed JSON is a 400 that says so.
            let (status, _) = request(server.address, "POST", "/interactions", &signed(&raw, &now()), &raw).await;
            prop_assert!(status == 400 || status == 200, "{status} for signed random bytes");
            // Random signature headers: refused.
            let headers = vec![("X-Signature-Ed25519", signature.clone()), ("X-Signature-Timestamp", timestamp.clone())];
            let (status, _) = request(server.address, "POST", "/interactions", &headers, &raw).await;
            prop_assert_eq!(status, 401);
            Ok(())
        })?;
    }
}

/// Resident memory of this process now (Linux `VmRSS`), in MB.
fn resident_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kib| kib / 1024.0)
}

/// The soak test, run by hand (RELIABILITY.md): a steady stream of mixed signed interactions from
/// 4 clients for `ASEM_SOAK_SECS` (600 by default) while the data is reloaded every minute; every
/// reply is checked, resident memory is sampled every 30 s, panics are counted.
///
/// `ASEM_SOAK_SECS=600 cargo test --release --test it soak_test -- --ignored --nocapture`
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "runs for 10 minutes; see RELIABILITY.md"]
async fn soak_test() {
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    use std::sync::Arc;
    static PANICS: AtomicUsize = AtomicUsize::new(0);
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        PANICS.fetch_add(1, Ordering::SeqCst);
        previous(info);
    }));
    let seconds: u64 = std::env::var("ASEM_SOAK_SECS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(600);
    let data = crate::util::data_copy();
    let bot = asem_bot::Bot::load_with(data.path(), crate::util::unlimited()).unwrap();
    let server = start_with(bot.clone()).await;
    let payloads = Arc::new(mixed_payloads());
    let sent = Arc::new(AtomicUsize::new(0));
    let failed = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let mut clients = Vec::new();
    for client in 0..4 {
        let (payloads, sent, failed, stop) =
            (payloads.clone(), sent.clone(), failed.clone(), stop.clone());
        let address = server.address;
        clients.push(tokio::spawn(async move {
            let mut i = client;
            while !stop.load(Ordering::Relaxed) {
                let (payload, expected) = &payloads[i % payloads.len()];
                i += 1;
                let body = payload.to_string();
                let (status, reply) = request(
                    address,
                    "POST",
                    "/interactions",
                    &signed(body.as_bytes(), &now()),
                    body.as_bytes(),
                )
                .await;
                sent.fetch_add(1, Ordering::Relaxed);
                if status != 200 || !reply.contains(expected) {
                    failed.fetch_add(1, Ordering::Relaxed);
                    eprintln!(
                        "unanswered or wrong: {status} {}",
                        reply.chars().take(200).collect::<String>()
                    );
                }
                tokio::time::sleep(std::time::Duration::from_millis(2)).await;
            }
        }));
    }
    let facts = data.path().join("facts.toml");
    let good = std::fs::read_to_string(&facts).unwrap();
    let started = std::time::Instant::now();
    let mut reloads = 0;
    println!("| elapsed | requests | failed | resident memory |\n|---|---|---|---|");
    let mut samples = Vec::new();
    for tick in 1.. {
        tokio::time::sleep(std::time::Duration::from_secs(30)).await;
        if tick % 2 == 0 {
            // Reload under load, alternating two valid versions of the data.
            let text = if reloads % 2 == 0 {
                crate::util::facts_with_tagged_dates(&good, "soak")
            } else {
                good.clone()
            };
            std::fs::write(&facts, text).unwrap();
            let bot = bot.clone();
            tokio::task::spawn_blocking(move || bot.reload())
                .await
                .unwrap()
                .unwrap();
            reloads += 1;
        }
        let rss = resident_mb();
        samples.push(rss);
        println!(
            "| {:.0} s | {} | {} | {rss:.1} MB |",
            started.elapsed().as_secs_f64(),
            sent.load(Ordering::Relaxed),
            failed.load(Ordering::Relaxed)
        );
        if started.elapsed().as_secs() >= seconds {
            break;
        }
    }
    stop.store(true, Ordering::Relaxed);
    for client in clients {
        client.await.unwrap();
    }
    let (sent, failed, panics) = (
        sent.load(Ordering::Relaxed),
        failed.load(Ordering::Relaxed),
        PANICS.load(Ordering::SeqCst),
    );
    let settled = samples[samples.len().min(2) - 1];
    let last = *samples.last().unwrap();
    println!(
        "soak: {sent} requests in {:.0} s, {failed} unanswered or wrong, {panics} panics, {reloads} reloads; resident memory {settled:.1} MB after 1 min, {last:.1} MB at the end (max {:.1} MB)",
        started.elapsed().as_secs_f64(),
        samples.iter().cloned().fold(0.0, f64::max)
    );
    assert_eq!(failed, 0);
    assert_eq!(panics, 0);
    assert!(
        last <= settled * 1.25 + 5.0,
        "memory grew from {settled:.1} MB to {last:.1} MB"
    );
}

/// A command from a DM with the bot, and one from a user-installed bot in a group DM where no
/// server is involved (Discord sends `context` 1 and 2 and who authorised the install): both are
/// answered like any other.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dm_and_user_installed_interactions_are_answered() {
    let server = start().await;
    let mut dm = interaction(
        2,
        json!({"id": "5", "name": "quote", "type": 1, "options": [{"name": "paragraph", "type": 3, "value": "10"}]}),
    );
    dm["context"] = json!(1);
    dm["authorizing_integration_owners"] = json!({"0": "100000000000000001"});
    let (status, reply) = post_signed(&server, &dm).await;
    assert_eq!(status, 200, "{reply}");
    assert_eq!(
        squash(reply["data"]["embeds"][0]["description"].as_str().unwrap()),
        squash(&source_paragraphs()[9])
    );

    let mut user_installed = interaction(
        2,
        json!({"id": "6", "name": "ask", "type": 1, "options": [{"name": "question", "type": 3, "value": "Where did ASEMME3 take place?"}]}),
    );
    user_installed["context"] = json!(2);
    user_installed["authorizing_integration_owners"] = json!({"1": "100000000000000005"});
    user_installed["channel"] = json!({"id": "100000000000000004", "type": 3});
    let (status, reply) = post_signed(&server, &user_installed).await;
    assert_eq!(status, 200, "{reply}");
    let text = reply.to_string();
    assert!(text.contains("Copenhagen"), "{text}");
    assert!(!text.contains("Seoul, Republic of Korea"), "{text}");
}

/// A client that sends its whole upload before it reads (as Python's `urllib` does) still gets the
/// 413: the endpoint drains an oversized body (within bounds) instead of closing on it mid-upload.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_oversized_upload_sent_whole_gets_a_413_it_can_read() {
    let server = start().await;
    let huge = vec![b' '; 12 * 1024 * 1024];
    let mut stream = tokio::net::TcpStream::connect(server.address)
        .await
        .unwrap();
    let mut head = format!(
        "POST /interactions HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n",
        server.address,
        huge.len()
    );
    for (name, value) in signed(&huge, &now()) {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await.unwrap();
    stream
        .write_all(&huge)
        .await
        .expect("the whole upload is accepted, not cut off with a broken pipe");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await.unwrap();
    let text = String::from_utf8_lossy(&raw);
    assert!(text.starts_with("HTTP/1.1 413"), "{text}");
    assert!(text.contains("larger than"), "{text}");
    stop(server).await;
}

/// Over HTTP as over the gateway (one answer plan): a slow command is acknowledged with a deferral
/// and its reply sent as an edit through the REST API; a slow autocomplete gets no suggestions,
/// never a deferral (which Discord refuses for autocomplete).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_answer_is_deferred_and_sent_as_an_edit() {
    let fake = crate::fake_discord::FakeDiscord::start().await;
    let vars = [
        (
            "DISCORD_TOKEN",
            "MTAwMDAw.ZmFrZS1ib3Q.c2VjcmV0LXRva2Vu".to_string(),
        ),
        ("DISCORD_API_BASE_URL", fake.base_url.clone()),
        (
            "DISCORD_APPLICATION_ID",
            crate::fake_discord::APPLICATION_ID.to_string(),
        ),
    ];
    let config = asem_bot::config::Config::from_sources(
        std::path::Path::new("/nonexistent/asem-bot.toml"),
        |key| vars.iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone()),
    )
    .unwrap();
    let slow = bot()
        .clone()
        .slowed(std::time::Duration::from_millis(2_600));
    let public_key = hex(signing_key().verifying_key().as_bytes());
    let endpoint = Endpoint::new(slow, &public_key)
        .unwrap()
        .with_rest(asem_bot::discord::rest::http_client(&config).unwrap());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let (stop_tx, stopped) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(serve_on(listener, endpoint, async {
        stopped.await.ok();
    }));
    let server = Server {
        address,
        stop: Some(stop_tx),
        task,
    };

    let started = std::time::Instant::now();
    let (status, body) = post_signed(
        &server,
        &interaction(2, json!({"id": "5", "name": "help", "type": 1})),
    )
    .await;
    assert!(started.elapsed() < std::time::Duration::from_secs(3));
    assert_eq!((status, body), (200, json!({"type": 5})));
    let edited = fake
        .wait_for("the reply as an edit of the deferred response", |r| {
            r.method == "PATCH" && r.path.ends_with("/token-http/messages/@original")
        })
        .await;
    assert!(edited.body.to_string().contains("/ask"), "{}", edited.body);

    let (status, body) = post_signed(
        &server,
        &interaction(
            4,
            json!({"id": "5", "name": "quote", "type": 1, "options": [
                {"name": "paragraph", "type": 3, "value": "mob", "focused": true}
            ]}),
        ),
    )
    .await;
    assert_eq!(
        (status, body),
        (200, json!({"type": 8, "data": {"choices": []}}))
    );
    stop(server).await;
}

/// Discord sends the user's locale with every interaction: `/help` from a Korean client is answered
/// in Korean (the bot's own words; the declaration would stay in English).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_interaction_from_a_korean_client_is_answered_in_korean() {
    let server = start().await;
    let mut payload = interaction(2, json!({"id": "5", "name": "help", "type": 1}));
    payload["locale"] = json!("ko");
    let (status, body) = post_signed(&server, &payload).await;
    assert_eq!(status, 200);
    let catalogues = asem_bot::locale::catalogues();
    let title = body["data"]["embeds"][0]["title"].as_str().unwrap();
    assert_eq!(title, catalogues.reply("ko", "help-title"));
    assert_ne!(title, catalogues.reply("en-US", "help-title"));
    let text = body.to_string();
    assert!(
        text.contains(&catalogues.reply("ko", "help-english-note")),
        "{text}"
    );
    assert!(limit_violations(&body).is_empty(), "{body}");
    stop(server).await;
}
