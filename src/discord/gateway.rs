//! The Discord gateway client (serenity 0.12): registers the command table, answers interactions,
//! autocomplete, buttons, the message menu and mentions with the shared command core, and shuts down
//! cleanly on Ctrl-C or SIGTERM.

use super::mention_question;
use super::plan::{self, plan, Plan, DEFER_AFTER};
use super::rest::{http_client, register, respond, send_late};
use super::shutdown::{reload_on_hangup, shutdown_signal};
use crate::commands::{self, Caller};
use crate::config::{Config, ShardRange};
use crate::Bot;
use anyhow::Context as _;
use serde_json::json;
use serenity::all::{
    ClientBuilder, Context, EventHandler, GatewayIntents, Http, Interaction, Message, Ready,
};
use std::future::Future;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Instant;

/// The intents the bot needs: messages (for mentions, whose content Discord delivers without the
/// privileged message-content intent). Interactions need none.
pub fn intents() -> GatewayIntents {
    GatewayIntents::GUILD_MESSAGES | GatewayIntents::DIRECT_MESSAGES
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
    tokio::spawn(reload_on_hangup(bot.clone()));
    run_until(config, bot, shutdown_signal()).await
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
        let response = plan::answer(&self.bot, caller, request).await;
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

/// Answers one interaction by the shared [`Plan`]: now, or deferred within [`DEFER_AFTER`] and
/// sent as an edit.
async fn answer(http: &Http, bot: &Bot, interaction: Interaction) {
    let received = Instant::now();
    let Some(plan) = plan(bot, &interaction, DEFER_AFTER).await else {
        return;
    };
    let id = interaction.id();
    let token = interaction.token().to_string();
    match plan {
        Plan::Now(body) => {
            if !respond(http, id, &token, &body, received).await {
                tracing::warn!(interaction = id.get(), "an interaction went unanswered");
            }
        }
        Plan::Defer { ack, work } => {
            if respond(http, id, &token, &ack, received).await {
                send_late(http, &token, work).await;
            }
        }
    }
}
