//! The Discord gateway client (serenity 0.12): registers the command table, answers interactions,
//! autocomplete, buttons, the message menu and mentions with the shared command core, and shuts down
//! cleanly on Ctrl-C or SIGTERM.

use super::{
    answer_within, caller_of, deferral, mention_question, respond, send_late, to_interaction,
    Answer,
};
use crate::commands::{self, spec, Caller};
use crate::config::{Config, ShardRange};
use crate::Bot;
use anyhow::Context as _;
use serde_json::json;
use serenity::all::{
    ApplicationId, ClientBuilder, Context, EventHandler, GatewayIntents, GuildId, Http,
    HttpBuilder, Interaction, Message, Ready,
};
use std::future::Future;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Discord gives 3 s for the first response; past this the bot defers and edits the reply in later.
const DEFER_AFTER: Duration = Duration::from_millis(2000);
/// Discord's own API, which needs no proxy setting.
const DISCORD: &str = "https://discord.com";

/// The intents the bot needs: messages (for mentions, whose content Discord delivers without the
/// privileged message-content intent). Interactions need none.
pub fn intents() -> GatewayIntents {
    GatewayIntents::GUILD_MESSAGES | GatewayIntents::DIRECT_MESSAGES
}

/// The REST client: Discord itself, or a proxy / fake Discord when `DISCORD_API_BASE_URL` says so
/// (serenity only routes through a proxy with its own rate limiter off; the proxy limits instead).
pub fn http_client(config: &Config) -> anyhow::Result<Http> {
    let token = config
        .discord_token
        .as_ref()
        .context("DISCORD_TOKEN is not set")?;
    let mut builder = HttpBuilder::new(token.expose());
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

/// Connects and serves until `shutdown` completes (or the gateway fails for good).
pub async fn run_until(
    config: &Config,
    bot: Bot,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let http = http_client(config)?;
    let handler = Handler {
        bot,
        guild_id: config.guild_id,
        registered: AtomicBool::new(false),
        user_id: AtomicU64::new(0),
    };
    let mut client = ClientBuilder::new_with_http(http, intents())
        .event_handler(handler)
        .await
        .context("creating the Discord client")?;
    let shard_manager = Arc::clone(&client.shard_manager);
    tokio::spawn(async move {
        shutdown.await;
        tracing::info!("shutting down: closing the gateway connections");
        shard_manager.shutdown_all().await;
    });
    let result = match config.shards {
        Some(ShardRange { first, last, total }) => {
            tracing::info!(first, last, total, "starting shards");
            client.start_shard_range(first..last, total).await
        }
        None => client.start().await,
    };
    result.context("the Discord gateway connection failed")?;
    tracing::info!("gateway closed");
    Ok(())
}

/// Connects and serves until Ctrl-C or SIGTERM; SIGHUP reloads `data/`.
pub async fn run(config: &Config, bot: Bot) -> anyhow::Result<()> {
    tokio::spawn(super::reload_on_hangup(bot.clone()));
    run_until(config, bot, shutdown_signal()).await
}

/// Completes on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(err) = tokio::signal::ctrl_c().await {
            tracing::warn!(%err, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(err) => {
                tracing::warn!(%err, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}

struct Handler {
    bot: Bot,
    guild_id: Option<u64>,
    registered: AtomicBool,
    user_id: AtomicU64,
}

#[serenity::async_trait]
impl EventHandler for Handler {
    async fn ready(&self, ctx: Context, ready: Ready) {
        ctx.http.set_application_id(ready.application.id);
        self.user_id.store(ready.user.id.get(), Ordering::Relaxed);
        tracing::info!(
            user = %ready.user.name,
            guilds = ready.guilds.len(),
            "connected to Discord"
        );
        // Bulk overwrite is idempotent, but once a process is enough: READY comes again after a
        // reconnect that could not resume.
        if !self.registered.swap(true, Ordering::SeqCst) {
            if let Err(err) = register(&ctx.http, self.guild_id).await {
                tracing::error!(
                    error = format!("{err:#}"),
                    guild = self.guild_id,
                    "registering commands failed"
                );
            }
        }
    }

    async fn interaction_create(&self, ctx: Context, interaction: Interaction) {
        answer(&ctx.http, &self.bot, interaction).await;
    }

    async fn message(&self, ctx: Context, message: Message) {
        if message.author.bot {
            return;
        }
        let me = self.user_id.load(Ordering::Relaxed);
        let Some(question) = mention_question(&message.content, me) else {
            return;
        };
        let request = commands::Interaction::Mention { text: question };
        let caller = Caller::discord(
            Some(message.author.id.get()),
            Some(message.channel_id.get()),
        );
        // A mention has no deadline; wait for the answer however long it takes.
        let response = match answer_within(&self.bot, caller, request, DEFER_AFTER).await {
            Answer::Ready(response) => response,
            Answer::Late(work) => match work.await {
                Ok(response) => response,
                Err(_) => return,
            },
        };
        let Some(mut body) = response.message_body() else {
            return;
        };
        body["message_reference"] = json!({
            "message_id": message.id.get().to_string(),
            "channel_id": message.channel_id.get().to_string(),
            "fail_if_not_exists": false,
        });
        if let Err(err) = ctx
            .http
            .send_message(message.channel_id, vec![], &body)
            .await
        {
            tracing::warn!(error = %err, channel = message.channel_id.get(), "could not reply to a mention");
        }
    }
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

/// Answers one interaction: the command core runs off the async threads; if it has not answered
/// within [`DEFER_AFTER`], the interaction is deferred and the reply sent as an edit.
async fn answer(http: &Http, bot: &Bot, interaction: Interaction) {
    let received = Instant::now();
    let Some(request) = to_interaction(&interaction) else {
        return;
    };
    let id = interaction.id();
    let token = interaction.token().to_string();
    let body = match answer_within(bot, caller_of(&interaction), request, DEFER_AFTER).await {
        Answer::Ready(response) => response.to_discord_json(),
        Answer::Late(_) if matches!(interaction, Interaction::Autocomplete(_)) => {
            tracing::warn!("autocomplete took too long; no suggestions sent");
            return;
        }
        Answer::Late(work) => {
            if respond(http, id, &token, &deferral(&interaction), received).await {
                send_late(http, &token, work).await;
            }
            return;
        }
    };
    if !respond(http, id, &token, &body, received).await {
        tracing::warn!(interaction = id.get(), "an interaction went unanswered");
    }
}
