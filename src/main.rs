//! The `asem-bot` binary: parses the command line, loads config and data, and hands over to the
//! chosen mode. Everything else lives in the library.

use anyhow::{bail, Context};
use asem_bot::config::Config;
use asem_bot::{commands, console, Bot};
use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// asem-bot: the Seoul Declaration (ASEMME6, 2017) on Discord.
///
/// With no subcommand: the Discord gateway when DISCORD_TOKEN is set, else the local console.
#[derive(Parser)]
#[command(
    name = "asem-bot",
    version,
    after_help = "Configuration: config/asem-bot.toml, .env and environment variables (see README.md)."
)]
struct Cli {
    #[command(subcommand)]
    mode: Option<Mode>,
}

#[derive(Subcommand)]
enum Mode {
    /// The local console: type `/search query: mobility` and get the reply
    Console {
        /// Answer as for a Discord user of this locale (ko, ja, de, fr…); default en-US
        #[arg(long, value_parser = locale_parser())]
        locale: Option<String>,
    },
    /// Run one command line as Discord would, e.g. "/quote paragraph: 6"
    Exec {
        #[arg(required = true, value_name = "LINE")]
        line: Vec<String>,
        /// Print the interaction response body exactly as the bot would send it
        #[arg(long)]
        json: bool,
        /// Answer as for a Discord user of this locale (ko, ja, de, fr…); default en-US
        #[arg(long, value_parser = locale_parser())]
        locale: Option<String>,
    },
    /// Ask a question: shorthand for exec "/ask question: <question>"
    Ask {
        #[arg(required = true, value_name = "QUESTION")]
        question: Vec<String>,
        /// Print the interaction response body exactly as the bot would send it
        #[arg(long)]
        json: bool,
        /// Answer as for a Discord user of this locale (ko, ja, de, fr…); default en-US
        #[arg(long, value_parser = locale_parser())]
        locale: Option<String>,
    },
    /// The ranked paragraphs for a query, best first
    Search {
        #[arg(required = true, value_name = "QUERY")]
        query: Vec<String>,
        /// How many paragraphs (1-100)
        #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u16).range(1..=100))]
        limit: u16,
        /// Print {"query":..,"hits":[..]}
        #[arg(long)]
        json: bool,
        /// Write notes as for a Discord user of this locale (ko, ja, de, fr…); default en-US
        #[arg(long, value_parser = locale_parser())]
        locale: Option<String>,
    },
    /// Validate config and data and print what was indexed; exit 1 naming file, line and reason
    Check,
    /// The HTTP interactions endpoint (signed requests from Discord)
    ServeHttp,
    /// Print the command registration JSON (what is sent to Discord)
    Commands,
    /// Register the commands with Discord (for HTTP-endpoint deployments)
    Register,
    /// A synthetic corpus for benchmarks: a copy of data/ plus generated documents
    GenerateCorpus {
        /// How many paragraphs to generate
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..=10_000_000))]
        paragraphs: u32,
        /// A new or empty folder
        #[arg(long)]
        out: PathBuf,
        #[arg(long, default_value_t = 2017)]
        seed: u64,
    },
}

/// The Discord locales the bot knows (those of its catalogues in `locales/`).
fn locale_parser() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(asem_bot::locale::locales())
}

/// The model's crates trace every tensor operation: at `debug` or `trace` that is thousands of
/// lines a question and seconds of work. They log warnings unless the filter names them.
const QUIET_MODEL_CRATES: [&str; 4] = [
    "candle_core",
    "candle_nn",
    "candle_transformers",
    "tokenizers",
];

fn init_logging(config: &Config, default: &str) {
    let mut directives = config.log.as_deref().unwrap_or(default).to_string();
    for krate in QUIET_MODEL_CRATES {
        if !directives.contains(krate) {
            directives.push_str(&format!(",{krate}=warn"));
        }
    }
    let filter = tracing_subscriber::EnvFilter::try_new(&directives)
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    // Logs go to standard error, so standard output carries only replies and JSON.
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

fn print(text: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}

fn run(mode: Option<Mode>) -> anyhow::Result<()> {
    if let Some(Mode::Commands) = mode {
        return print(&format!("{:#}\n", commands::spec::registration()));
    }
    let config = Config::load()?;
    // The console and one-shot commands print replies; only warnings go to the log there.
    let quiet = match &mode {
        None => config.discord_token.is_none(),
        Some(mode) => matches!(
            mode,
            Mode::Exec { .. } | Mode::Ask { .. } | Mode::Search { .. } | Mode::Console { .. }
        ),
    };
    init_logging(&config, if quiet { "warn" } else { "info" });
    if let Some(Mode::GenerateCorpus {
        paragraphs,
        out,
        seed,
    }) = &mode
    {
        let made = asem_bot::corpus::synthetic::generate(
            &config.data_dir,
            out,
            *paragraphs as usize,
            *seed,
        )?;
        return print(&format!(
            "{}: {} documents, {} paragraphs, {:.1} MB (seed {seed}); try: ASEM_DATA_DIR={} asem-bot check\n",
            out.display(),
            made.documents,
            made.paragraphs,
            made.bytes as f64 / 1e6,
            out.display()
        ));
    }
    let bot = Bot::open(
        &config.data_dir,
        config.policy.clone(),
        config.embedding.clone(),
    )?;
    let runtime = || tokio::runtime::Runtime::new().context("starting the async runtime");
    match mode {
        None if config.discord_token.is_some() => {
            runtime()?.block_on(asem_bot::discord::gateway::run(&config, bot))
        }
        None => {
            eprintln!("No DISCORD_TOKEN set: starting the local console (type /help; set DISCORD_TOKEN to run on Discord).");
            console::run(&bot, None)
        }
        Some(Mode::Console { locale }) => console::run(&bot, locale.as_deref()),
        Some(Mode::Exec { line, json, locale }) => print(&console::render(
            &console::exec_in(&bot, &line.join(" "), locale.as_deref()),
            json,
            locale.as_deref(),
        )),
        Some(Mode::Ask {
            question,
            json,
            locale,
        }) => {
            let line = format!("/ask question: {}", question.join(" "));
            print(&console::render(
                &console::exec_in(&bot, &line, locale.as_deref()),
                json,
                locale.as_deref(),
            ))
        }
        Some(Mode::Search {
            query,
            limit,
            json,
            locale,
        }) => print(&console::search(
            &bot,
            &query.join(" "),
            usize::from(limit),
            json,
            locale.as_deref(),
        )?),
        Some(Mode::Check) => print(&format!("{}\nok\n", bot.summary())),
        Some(Mode::ServeHttp) => runtime()?.block_on(asem_bot::discord::http::run(&config, bot)),
        Some(Mode::Register) => {
            let http = asem_bot::discord::rest::http_client(&config)?;
            if config.application_id.is_none() {
                bail!("register needs DISCORD_APPLICATION_ID (General Information in the Developer Portal)");
            }
            runtime()?.block_on(asem_bot::discord::rest::register(&http, config.guild_id))
        }
        Some(Mode::Commands | Mode::GenerateCorpus { .. }) => Ok(()),
    }
}

fn main() -> ExitCode {
    // Misuse (an unknown subcommand or flag, a missing query) exits 2 with a usage line.
    let cli = Cli::parse();
    match run(cli.mode) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // A closed pipe (`asem-bot search x | head -1`) is not an error worth a message.
            if error
                .downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            {
                return ExitCode::SUCCESS;
            }
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}
