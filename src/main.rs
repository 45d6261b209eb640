//! The `asem-bot` binary: parses the command line, loads config and data, and hands over to the
//! chosen mode. Everything else lives in the library.

use anyhow::{bail, Context};
use asem_bot::config::Config;
use asem_bot::{commands, console, Bot};
use std::io::Write;
use std::process::ExitCode;

const USAGE: &str = "\
asem-bot: the Seoul Declaration (ASEMME6, 2017) on Discord

Usage:
  asem-bot                       run the bot (the gateway when DISCORD_TOKEN is set, else the console)
  asem-bot console               the local console: type /search query: mobility
  asem-bot exec \"<line>\" [--json] run one command line as Discord would
  asem-bot ask \"<question>\" [--json]
  asem-bot search \"<query>\" [--limit N] [--json]
  asem-bot check                 validate config and data, print what was indexed
  asem-bot serve-http            the HTTP interactions endpoint
  asem-bot commands              print the command registration JSON
  asem-bot register              register the commands with Discord (for HTTP-endpoint deployments)
  asem-bot generate-corpus --paragraphs N --out DIR [--seed S]
                                 a synthetic corpus for benchmarks: data/ plus generated documents

Configuration: config/asem-bot.toml, .env and environment variables (see README.md).
";

/// What the command line asked for, checked.
enum Mode {
    Run,
    Console,
    Exec {
        line: String,
        json: bool,
    },
    Search {
        query: String,
        limit: usize,
        json: bool,
    },
    Check,
    ServeHttp,
    Commands,
    Register,
    GenerateCorpus {
        paragraphs: usize,
        out: std::path::PathBuf,
        seed: u64,
    },
    Help,
    Version,
}

fn parse_args(args: &[String]) -> anyhow::Result<Mode> {
    let mut json = false;
    let mut limit: Option<usize> = None;
    let mut paragraphs: Option<usize> = None;
    let mut out: Option<std::path::PathBuf> = None;
    let mut seed: u64 = 2017;
    let mut positional: Vec<&str> = Vec::new();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--limit" => {
                let value = iter
                    .next()
                    .context("--limit needs a number, e.g. --limit 5")?;
                let n: usize = value
                    .parse()
                    .ok()
                    .filter(|n| (1..=100).contains(n))
                    .with_context(|| {
                        format!("--limit takes a number from 1 to 100, not {value:?}")
                    })?;
                limit = Some(n);
            }
            "--paragraphs" => {
                let value = iter
                    .next()
                    .context("--paragraphs needs a number, e.g. 10000")?;
                paragraphs = Some(
                    value
                        .parse()
                        .ok()
                        .filter(|n| (1..=10_000_000).contains(n))
                        .with_context(|| {
                            format!("--paragraphs takes a number from 1 to 10000000, not {value:?}")
                        })?,
                );
            }
            "--seed" => {
                let value = iter.next().context("--seed needs a number, e.g. 2017")?;
                seed = value
                    .parse()
                    .with_context(|| format!("--seed takes a whole number, not {value:?}"))?;
            }
            "--out" => {
                let value = iter
                    .next()
                    .context("--out needs a folder, e.g. --out /tmp/corpus")?;
                out = Some(value.into());
            }
            "-h" | "--help" => return Ok(Mode::Help),
            "-V" | "--version" => return Ok(Mode::Version),
            other => positional.push(other),
        }
    }
    let text = |rest: &[&str], what: &str| -> anyhow::Result<String> {
        if rest.is_empty() {
            bail!("{what} is missing; see asem-bot --help");
        }
        Ok(rest.join(" "))
    };
    Ok(match positional.split_first() {
        None => Mode::Run,
        Some((&"console", [])) => Mode::Console,
        Some((&"exec", rest)) => Mode::Exec {
            line: text(rest, "the command line")?,
            json,
        },
        Some((&"ask", rest)) => Mode::Exec {
            line: format!("/ask question: {}", text(rest, "the question")?),
            json,
        },
        Some((&"search", rest)) => Mode::Search {
            query: text(rest, "the query")?,
            limit: limit.unwrap_or(5),
            json,
        },
        Some((&"check", [])) => Mode::Check,
        Some((&"serve-http", [])) => Mode::ServeHttp,
        Some((&"commands", [])) => Mode::Commands,
        Some((&"register", [])) => Mode::Register,
        Some((&"generate-corpus", [])) => Mode::GenerateCorpus {
            paragraphs: paragraphs.context("generate-corpus needs --paragraphs N")?,
            out: out.context("generate-corpus needs --out DIR (a new or empty folder)")?,
            seed,
        },
        Some((other, _)) => bail!("unknown command {other:?}; see asem-bot --help"),
    })
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

fn run(mode: Mode) -> anyhow::Result<()> {
    match mode {
        Mode::Help => return print(USAGE),
        Mode::Version => return print(&format!("asem-bot {}\n", env!("CARGO_PKG_VERSION"))),
        Mode::Commands => return print(&format!("{:#}\n", commands::spec::registration())),
        _ => {}
    }
    let config = Config::load()?;
    // The console and one-shot commands print replies; only warnings go to the log there.
    let console = matches!(mode, Mode::Run) && config.discord_token.is_none();
    let quiet = console
        || matches!(
            mode,
            Mode::Exec { .. } | Mode::Search { .. } | Mode::Console
        );
    init_logging(&config, if quiet { "warn" } else { "info" });
    if let Mode::GenerateCorpus {
        paragraphs,
        out,
        seed,
    } = &mode
    {
        let made =
            asem_bot::corpus::synthetic::generate(&config.data_dir, out, *paragraphs, *seed)?;
        return print(&format!(
            "{}: {} documents, {} paragraphs, {:.1} MB (seed {seed}); try: ASEM_DATA_DIR={} asem-bot check\n",
            out.display(),
            made.documents,
            made.paragraphs,
            made.bytes as f64 / 1e6,
            out.display()
        ));
    }
    let bot = Bot::load_with(&config.data_dir, config.policy.clone())?;
    match mode {
        Mode::Run => {
            if config.discord_token.is_some() {
                let runtime =
                    tokio::runtime::Runtime::new().context("starting the async runtime")?;
                return runtime.block_on(asem_bot::discord::gateway::run(&config, bot));
            }
            eprintln!("No DISCORD_TOKEN set: starting the local console (type /help; set DISCORD_TOKEN to run on Discord).");
            console::run(&bot)
        }
        Mode::Console => console::run(&bot),
        Mode::Exec { line, json } => print(&console::render(&console::exec(&bot, &line), json)),
        Mode::Search { query, limit, json } => print(&console::search(&bot, &query, limit, json)?),
        Mode::Check => print(&format!("{}\nok\n", bot.summary())),
        Mode::ServeHttp => {
            let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
            runtime.block_on(asem_bot::discord::http::run(&config, bot))
        }
        Mode::Register => {
            let http = asem_bot::discord::gateway::http_client(&config)?;
            if config.application_id.is_none() {
                bail!("register needs DISCORD_APPLICATION_ID (General Information in the Developer Portal)");
            }
            let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
            runtime.block_on(asem_bot::discord::gateway::register(&http, config.guild_id))
        }
        Mode::Help | Mode::Version | Mode::Commands | Mode::GenerateCorpus { .. } => Ok(()),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = parse_args(&args).and_then(run);
    match result {
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
