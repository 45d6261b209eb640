//! The gateway bot end to end: the real serenity client of asem-bot against the fake Discord,
//! asserting on what the bot registered and answered, across reconnects and failing callbacks.

use crate::fake_discord::{
    message_json, user_json, FakeDiscord, Recorded, APPLICATION_ID, BOT_USER_ID, CHANNEL_ID,
    GUILD_ID, USER_ID,
};
use crate::util::{bot, data_copy, root, source_paragraphs, squash};
use asem_bot::config::Config;
use serde_json::{json, Value};
use std::sync::atomic::{AtomicU64, Ordering};

const TOKEN: &str = "MTAwMDAwMDAwMDAwMDAwMDAy.GfakeA.test-token-not-a-secret_0123456789";

fn config(fake: &FakeDiscord) -> Config {
    let vars = [
        ("DISCORD_TOKEN", TOKEN.to_string()),
        ("DISCORD_API_BASE_URL", fake.base_url.clone()),
        ("DISCORD_GUILD_ID", GUILD_ID.to_string()),
    ];
    Config::from_sources(&root().join("config/asem-bot.toml"), |key| {
        vars.iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone())
    })
    .unwrap()
}

/// The real gateway client of asem-bot, run in this process against a fake Discord.
struct RunningBot {
    stop: tokio::sync::oneshot::Sender<()>,
    task: tokio::task::JoinHandle<anyhow::Result<()>>,
}

impl RunningBot {
    fn start(fake: &FakeDiscord) -> RunningBot {
        RunningBot::start_with(fake, bot().clone())
    }

    fn start_with(fake: &FakeDiscord, bot: asem_bot::Bot) -> RunningBot {
        let config = config(fake);
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            asem_bot::discord::gateway::run_until(&config, bot, async {
                stopped.await.ok();
            })
            .await
        });
        RunningBot { stop, task }
    }

    /// Asks for a clean shutdown and checks that the client stops without an error.
    async fn stop(self) {
        self.stop.send(()).unwrap();
        let result = tokio::time::timeout(std::time::Duration::from_secs(20), self.task)
            .await
            .expect("the bot stops after shutdown")
            .unwrap();
        assert!(result.is_ok(), "{result:?}");
    }
}

static NEXT_ID: AtomicU64 = AtomicU64::new(400000000000000000);

fn snowflake() -> String {
    NEXT_ID.fetch_add(1, Ordering::SeqCst).to_string()
}

/// An INTERACTION_CREATE payload as Discord sends it in a guild.
fn interaction(kind: u8, data: Value, id: &str) -> Value {
    json!({
        "id": id,
        "application_id": APPLICATION_ID,
        "type": kind,
        "token": format!("token-{id}"),
        "version": 1,
        "channel_id": CHANNEL_ID,
        "guild_id": GUILD_ID,
        "guild_locale": "en-US",
        "locale": "en-GB",
        "app_permissions": "0",
        "entitlements": [],
        "attachment_size_limit": 26214400,
        "member": {
            "user": user_json(USER_ID, "alice", false),
            "roles": [],
            "deaf": false,
            "mute": false,
            "flags": 0,
            "joined_at": "2024-01-01T00:00:00.000000+00:00",
            "permissions": "0"
        },
        "data": data
    })
}

fn slash(name: &str, options: Value) -> Value {
    json!({"id": "500000000000000001", "name": name, "type": 1, "options": options})
}

/// Sends an interaction and waits for the bot's callback to it. A button press carries the
/// message the button is on, as Discord's always do.
async fn send(fake: &FakeDiscord, kind: u8, data: Value) -> Recorded {
    let id = snowflake();
    let mut payload = interaction(kind, data, &id);
    if kind == 3 {
        payload["message"] = message_json("300000000000000009", "", BOT_USER_ID, true);
    }
    fake.dispatch("INTERACTION_CREATE", payload).await;
    let path = format!("/api/v10/interactions/{id}/token-{id}/callback");
    fake.wait_for(&format!("the callback of interaction {id}"), |r| {
        r.path == path && r.method == "POST"
    })
    .await
}

/// Waits for the callback at `path` that Discord accepted (after any retries).
async fn answered(fake: &FakeDiscord, path: &str) -> Recorded {
    fake.wait_for(&format!("an accepted callback at {path}"), |r| {
        r.path == path && r.status == 204
    })
    .await
}

fn description(callback: &Recorded) -> String {
    callback.body["data"]["embeds"][0]["description"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_gateway_bot_serves_every_kind_of_interaction() {
    let fake = FakeDiscord::start().await;
    let running = RunningBot::start(&fake);

    // Registration: the whole command table, to the configured guild, by bulk overwrite.
    let registered = fake
        .wait_for("command registration", |r| {
            r.method == "PUT" && r.path.ends_with("/commands")
        })
        .await;
    assert_eq!(
        registered.path,
        format!("/api/v10/applications/{APPLICATION_ID}/guilds/{GUILD_ID}/commands")
    );
    assert_eq!(registered.body, asem_bot::commands::spec::registration());
    let names: Vec<&str> = registered
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert!(
        names.contains(&"ask") && names.contains(&"Find in declaration"),
        "{names:?}"
    );

    // IDENTIFY asked for no privileged intent (message content is 1 << 15, members 1 << 1, presences 1 << 8).
    let identify = fake
        .gateway_frames()
        .into_iter()
        .find(|f| f["op"] == 2)
        .expect("IDENTIFY sent");
    let intents = identify["d"]["intents"].as_u64().unwrap();
    assert_eq!(
        intents & ((1 << 15) | (1 << 1) | (1 << 8)),
        0,
        "privileged intents: {intents}"
    );
    assert_ne!(intents & (1 << 9), 0, "guild messages for mentions");

    // A slash command: the exact paragraph, public, no mentions.
    let quote = send(
        &fake,
        2,
        slash(
            "quote",
            json!([{"name": "paragraph", "type": 3, "value": "10"}]),
        ),
    )
    .await;
    assert_eq!(quote.status, 204);
    assert_eq!(quote.body["type"], 4);
    assert_eq!(
        squash(&description(&quote)),
        squash(&source_paragraphs()[9])
    );
    assert_eq!(quote.body["data"]["allowed_mentions"], json!({"parse": []}));
    assert!(quote.body["data"].get("flags").is_none());

    // An integer option arrives as a number.
    let search = send(&fake, 2, slash("search", json!([{"name": "query", "type": 3, "value": "MOOCs"}, {"name": "limit", "type": 4, "value": 2}]))).await;
    assert!(search.body["data"]["embeds"][0]["fields"][0]["name"]
        .as_str()
        .unwrap()
        .starts_with("¶10"));

    // Every other slash command answers within Discord's limits.
    for (name, options) in [
        (
            "ask",
            json!([{"name": "question", "type": 3, "value": "what about online courses?"}]),
        ),
        ("facts", json!([])),
        (
            "commitments",
            json!([{"name": "theme", "type": 3, "value": "recognition"}]),
        ),
        (
            "glossary",
            json!([{"name": "term", "type": 3, "value": "Erasmus+"}]),
        ),
        ("about", json!([])),
    ] {
        let callback = send(&fake, 2, slash(name, options)).await;
        assert_eq!(callback.body["type"], 4, "/{name}");
        assert!(
            crate::util::limit_violations(&callback.body).is_empty(),
            "/{name}"
        );
    }

    // A user mistake: ephemeral, with what to do.
    let wrong = send(
        &fake,
        2,
        slash(
            "quote",
            json!([{"name": "paragraph", "type": 3, "value": "17"}]),
        ),
    )
    .await;
    assert_eq!(wrong.body["data"]["flags"], 64);
    assert!(description(&wrong).contains("There is no ¶17"));

    // Autocomplete.
    let suggestions = send(
        &fake,
        4,
        slash(
            "quote",
            json!([{"name": "paragraph", "type": 3, "value": "mob", "focused": true}]),
        ),
    )
    .await;
    assert_eq!(suggestions.body["type"], 8);
    let choices = suggestions.body["data"]["choices"].as_array().unwrap();
    assert!(!choices.is_empty() && choices.len() <= 25);
    assert!(choices.iter().any(|c| c["value"] == "6"), "{choices:?}");

    // A button on a message of the bot's.
    let button = send(
        &fake,
        3,
        json!({"custom_id": "about:2", "component_type": 2}),
    )
    .await;
    assert_eq!(button.body["type"], 7, "the tour updates its message");
    let show = send(
        &fake,
        3,
        json!({"custom_id": "show:seoul-2017:6", "component_type": 2}),
    )
    .await;
    assert_eq!(show.body["data"]["flags"], 64);
    assert_eq!(squash(&description(&show)), squash(&source_paragraphs()[5]));

    // The message context menu.
    let target = "300000000000000010";
    let menu = send(&fake, 2, json!({
        "id": "500000000000000002", "name": "Find in declaration", "type": 3, "target_id": target,
        "resolved": {"messages": {target: message_json(target, "We need more scholarships for students to study abroad", USER_ID, false)}}
    }))
    .await;
    assert_eq!(menu.body["data"]["flags"], 64);
    assert!(menu.body.to_string().contains("¶6"), "{}", menu.body);

    // A mention is answered as a reply in the channel.
    let mut mention = message_json(
        "300000000000000011",
        &format!("<@{BOT_USER_ID}> who hosted the meeting?"),
        USER_ID,
        false,
    );
    mention["mentions"] = json!([user_json(BOT_USER_ID, "asem-bot", true)]);
    fake.dispatch("MESSAGE_CREATE", mention).await;
    let reply = fake
        .wait_for("the mention reply", |r| {
            r.method == "POST" && r.path == format!("/api/v10/channels/{CHANNEL_ID}/messages")
        })
        .await;
    assert!(reply
        .body
        .to_string()
        .contains("Ministry of Education of the Republic of Korea"));
    assert_eq!(
        reply.body["message_reference"]["message_id"],
        "300000000000000011"
    );
    assert_eq!(reply.body["allowed_mentions"], json!({"parse": []}));
    assert!(reply.body.get("flags").is_none());

    // The connection drops mid-session: the bot comes back (resume or identify) and answers.
    let sessions_before = fake.identifies() + fake.resumes();
    fake.close_connection();
    fake.wait_until("a new session after the drop", || {
        (fake.identifies() + fake.resumes() > sessions_before).then_some(())
    })
    .await;
    let after_drop = send(
        &fake,
        2,
        slash(
            "quote",
            json!([{"name": "paragraph", "type": 3, "value": "16"}]),
        ),
    )
    .await;
    assert_eq!(
        squash(&description(&after_drop)),
        squash(&source_paragraphs()[15])
    );

    // Discord asks for a reconnect (op 7).
    let sessions_before = fake.identifies() + fake.resumes();
    fake.request_reconnect();
    fake.wait_until("a new session after op 7", || {
        (fake.identifies() + fake.resumes() > sessions_before).then_some(())
    })
    .await;
    let after_reconnect = send(&fake, 2, slash("meetings", json!([]))).await;
    assert!(after_reconnect.body.to_string().contains("Helsinki"));

    assert!(
        fake.connections() >= 3,
        "one connection, then one after the drop, one after op 7"
    );

    // A callback failing on Discord's side is retried within the 3 s deadline: nothing is lost.
    fake.fail_next_callback(500, None);
    let failed = send(&fake, 2, slash("help", json!([]))).await;
    assert_eq!(failed.status, 500);
    let retried = answered(&fake, &failed.path).await;
    assert_eq!(retried.body, failed.body);
    fake.fail_next_callback(429, Some("1"));
    let limited = send(&fake, 2, slash("help", json!([]))).await;
    assert_eq!(limited.status, 429);
    answered(&fake, &limited.path).await;
    let fine = send(
        &fake,
        2,
        slash(
            "facts",
            json!([{"name": "topic", "type": 3, "value": "dates"}]),
        ),
    )
    .await;
    assert_eq!(fine.status, 204);
    assert!(description(&fine).contains("21–22 November 2017"));

    // Nothing the bot sent carried the token, and no request went anywhere but the fake.
    for request in fake.requests() {
        assert!(!request.body.to_string().contains(TOKEN));
    }

    // Clean shutdown.
    running.stop().await;
}

/// The real binary on the fake Discord at every log level: it registers, answers, reloads its data
/// on SIGHUP (keeping the old data when the new is broken), stops cleanly on SIGTERM, and the token
/// appears nowhere in what it printed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_binary_runs_the_gateway_and_never_prints_its_token() {
    for level in ["error", "warn", "info", "debug", "trace"] {
        let printed = binary_session(level).await;
        let secret_part = TOKEN.rsplit('.').next().unwrap();
        assert!(
            !printed.contains(TOKEN) && !printed.contains(secret_part),
            "the token leaked into the output at {level}"
        );
        // What must be seen at each level: a broken reload is an error, with file and line.
        assert!(
            printed.contains("reload failed") && printed.contains("facts.toml:"),
            "at {level}: {}",
            printed.chars().take(2000).collect::<String>()
        );
        if matches!(level, "info" | "debug" | "trace") {
            assert!(
                printed.contains("commands registered"),
                "at {level}: {}",
                printed
                    .lines()
                    .filter(|l| l.contains("ERROR") || l.contains("WARN"))
                    .collect::<Vec<_>>()
                    .join("\n")
            );
            assert!(printed.contains("data reloaded"), "at {level}");
            assert!(printed.contains("shutting down"), "at {level}");
        }
    }
}

/// One run of the binary at `level` on a copy of the data; returns everything it printed.
async fn binary_session(level: &str) -> String {
    let fake = FakeDiscord::start().await;
    let data = data_copy();
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_asem-bot"))
        .current_dir(root())
        .env("DISCORD_TOKEN", TOKEN)
        .env("DISCORD_API_BASE_URL", &fake.base_url)
        .env("DISCORD_GUILD_ID", "")
        .env("RUST_LOG", level)
        .env("ASEM_DATA_DIR", data.path())
        .env("ASEM_CONFIG", root().join("config/asem-bot.toml"))
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    // Drain the output while the bot runs: trace logging fills a pipe in moments.
    let drain = |pipe: Option<Box<dyn tokio::io::AsyncRead + Unpin + Send>>| {
        tokio::spawn(async move {
            let mut text = Vec::new();
            if let Some(mut pipe) = pipe {
                tokio::io::AsyncReadExt::read_to_end(&mut pipe, &mut text)
                    .await
                    .ok();
            }
            String::from_utf8_lossy(&text).into_owned()
        })
    };
    let stdout = drain(child.stdout.take().map(|p| Box::new(p) as _));
    let stderr = drain(child.stderr.take().map(|p| Box::new(p) as _));
    fake.wait_for("command registration", |r| r.method == "PUT")
        .await;
    let when = || {
        slash(
            "ask",
            json!([{"name": "question", "type": 3, "value": "When did the meeting take place?"}]),
        )
    };
    let answered = send(&fake, 2, when()).await;
    assert!(answered.body.to_string().contains("21–22 November 2017"));

    let pid = child.id().unwrap().to_string();
    let signal = |name: &str| {
        let sent = std::process::Command::new("kill")
            .args([&format!("-{name}"), &pid])
            .status()
            .unwrap();
        assert!(sent.success());
    };
    // Broken data and SIGHUP: the old data keeps serving.
    let facts = data.path().join("facts.toml");
    let good = std::fs::read_to_string(&facts).unwrap();
    std::fs::write(&facts, good.replace("[[fact]]", "[[fact]\n")).unwrap();
    signal("HUP");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let still = send(&fake, 2, when()).await;
    assert!(still.body.to_string().contains("21–22 November 2017"));
    // Fixed data with a change, and SIGHUP: the change is served.
    std::fs::write(
        &facts,
        crate::util::facts_with_tagged_dates(&good, "reloaded"),
    )
    .unwrap();
    signal("HUP");
    let mut reloaded = false;
    for _ in 0..50 {
        let reply = send(&fake, 2, when()).await;
        if reply.body.to_string().contains("(reloaded)") {
            reloaded = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(reloaded, "the reloaded data was served at {level}");

    signal("TERM");
    let status = tokio::time::timeout(std::time::Duration::from_secs(20), child.wait())
        .await
        .expect("the bot exits after SIGTERM")
        .unwrap();
    assert!(status.success(), "exit status {status:?}");
    format!("{}{}", stdout.await.unwrap(), stderr.await.unwrap())
}

/// Discord refusing the command table is logged, not fatal: the bot keeps answering.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_registration_does_not_stop_the_bot() {
    let fake = FakeDiscord::start().await;
    fake.refuse_registration();
    let running = RunningBot::start(&fake);
    let refused = fake
        .wait_for("the refused registration", |r| r.method == "PUT")
        .await;
    assert_eq!(refused.status, 400);
    let answered = send(
        &fake,
        2,
        slash(
            "quote",
            json!([{"name": "paragraph", "type": 3, "value": "1"}]),
        ),
    )
    .await;
    assert_eq!(
        squash(&description(&answered)),
        squash(&source_paragraphs()[0])
    );
    running.stop().await;
}

/// Faults one after the other, each followed by an interaction that must be answered: the gateway
/// dropping again and again mid-session, op 7, callbacks failing with 500, 429, 502 in a row, and a
/// callback Discord sits on for longer than the bot waits for one attempt.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_interaction_is_lost_to_drops_failures_or_a_slow_discord() {
    let fake = FakeDiscord::start().await;
    let running = RunningBot::start(&fake);
    fake.wait_for("command registration", |r| {
        r.method == "PUT" && r.path.ends_with("/commands")
    })
    .await;

    for round in 0..5 {
        let sessions_before = fake.identifies() + fake.resumes();
        if round % 2 == 0 {
            fake.close_connection();
        } else {
            fake.request_reconnect();
        }
        fake.wait_until("a new session", || {
            (fake.identifies() + fake.resumes() > sessions_before).then_some(())
        })
        .await;
        let reply = send(
            &fake,
            2,
            slash(
                "quote",
                json!([{"name": "paragraph", "type": 3, "value": "6"}]),
            ),
        )
        .await;
        assert_eq!(reply.status, 204, "round {round}");
        assert!(description(&reply).contains("people-to-people contacts"));
    }

    // Three failures in a row on one callback, then Discord accepts it.
    fake.fail_next_callback(500, None);
    fake.fail_next_callback(429, Some("0"));
    fake.fail_next_callback(502, None);
    let first = send(&fake, 2, slash("meetings", json!([]))).await;
    assert_eq!(first.status, 500);
    let accepted = answered(&fake, &first.path).await;
    assert!(accepted.body.to_string().contains("Helsinki"));
    let attempts = fake
        .requests()
        .iter()
        .filter(|r| r.path == first.path)
        .count();
    assert_eq!(attempts, 4, "three failures and the accepted retry");

    // Discord sits on a callback past the bot's patience for one attempt: it tries again in time.
    fake.delay_next_callback(std::time::Duration::from_millis(1_600));
    let id = snowflake();
    let path = format!("/api/v10/interactions/{id}/token-{id}/callback");
    let started = std::time::Instant::now();
    fake.dispatch(
        "INTERACTION_CREATE",
        interaction(2, slash("help", json!([])), &id),
    )
    .await;
    answered(&fake, &path).await;
    assert!(
        started.elapsed() < std::time::Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );

    running.stop().await;
}

/// A command slower than Discord's patience (the bot is slowed by an injected delay, so the path is
/// taken however fast the machine): the bot defers within 2 s (type 5, "thinking…") and sends the
/// reply as an edit of the original. A late autocomplete is answered with no suggestions, never with
/// a deferral, which Discord does not accept for autocomplete.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_command_is_deferred_then_edited() {
    let bot = asem_bot::Bot::load_with(&root().join("data"), crate::util::unlimited())
        .unwrap()
        .slowed(std::time::Duration::from_millis(2_600));
    let fake = FakeDiscord::start().await;
    let running = RunningBot::start_with(&fake, bot);
    fake.wait_for("command registration", |r| {
        r.method == "PUT" && r.path.ends_with("/commands")
    })
    .await;

    let started = std::time::Instant::now();
    let deferred = send(&fake, 2, slash("help", json!([]))).await;
    assert!(
        started.elapsed() < std::time::Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(deferred.body, json!({"type": 5}), "deferred in time");
    let edited = fake
        .wait_for("the reply as an edit of the deferred response", |r| {
            r.method == "PATCH" && r.path.ends_with("/messages/@original")
        })
        .await;
    let text = edited.body.to_string();
    assert!(text.contains("/ask"), "{text}");

    let late = send(
        &fake,
        4,
        slash(
            "quote",
            json!([{"name": "paragraph", "type": 3, "value": "mob", "focused": true}]),
        ),
    )
    .await;
    assert_eq!(
        late.body,
        json!({"type": 8, "data": {"choices": []}}),
        "{}",
        late.body
    );
    running.stop().await;
}

/// The gateway reads the user's locale too: `/help` from a German client comes back in German.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_interaction_from_a_german_client_is_answered_in_german() {
    let fake = FakeDiscord::start().await;
    let running = RunningBot::start(&fake);
    fake.wait_for("command registration", |r| {
        r.method == "PUT" && r.path.ends_with("/commands")
    })
    .await;
    let id = snowflake();
    let mut payload = interaction(2, slash("help", json!([])), &id);
    payload["locale"] = json!("de");
    fake.dispatch("INTERACTION_CREATE", payload).await;
    let path = format!("/api/v10/interactions/{id}/token-{id}/callback");
    let answer = fake
        .wait_for("the German answer", |r| {
            r.path == path && r.method == "POST"
        })
        .await;
    let title = answer.body["data"]["embeds"][0]["title"].as_str().unwrap();
    assert_eq!(
        title,
        asem_bot::locale::catalogues().reply("de", "help-title")
    );
    running.stop().await;
}
