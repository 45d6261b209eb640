//! The local console and the one-shot command line: the same commands as on Discord, typed as
//! `/name option: value` and answered as text (or as the exact JSON Discord would receive).

mod line;

pub use line::parse_line;

use crate::commands::{self, Caller, CommandError};
use crate::reply::Response;
use crate::Bot;
use serde_json::json;
use std::io::{BufRead, IsTerminal, Write};

/// Runs one command line as Discord would, for a user of the source locale (English).
pub fn exec(bot: &Bot, line: &str) -> Response {
    exec_in(bot, line, None)
}

/// Runs one command line as Discord would, for a user whose Discord locale is `locale`.
pub fn exec_in(bot: &Bot, line: &str, locale: Option<&str>) -> Response {
    match parse_line(line) {
        Ok(interaction) => bot.handle_as(
            &Caller::local().in_locale(locale.map(str::to_string)),
            &interaction,
        ),
        Err(error) => Response::Message(error.to_reply_in(locale.unwrap_or(crate::locale::SOURCE))),
    }
}

/// Renders a response for the terminal (its notes in `locale`) or, with `json`, as the
/// interaction response body.
pub fn render(response: &Response, json: bool, locale: Option<&str>) -> String {
    if json {
        format!("{}\n", response.to_discord_json())
    } else {
        response.to_text_in(locale.unwrap_or(crate::locale::SOURCE))
    }
}

/// `asem-bot search`: ranked hits, as text or as `{"query":..,"hits":[..]}`. A mistake such as ¶17
/// gives no hits and a `note` saying what is wrong, in `locale` (English by default).
pub fn search(
    bot: &Bot,
    query: &str,
    limit: usize,
    json: bool,
    locale: Option<&str>,
) -> anyhow::Result<String> {
    let locale = locale.unwrap_or(crate::locale::SOURCE);
    let (hits, note) = match commands::ranked(&bot.index(), query, limit.clamp(1, 100)) {
        Ok(hits) => (hits, None),
        Err(CommandError::Internal(detail)) => anyhow::bail!("search failed: {detail}"),
        Err(mistake) => (Vec::new(), Some(mistake.message_in(locale))),
    };
    if json {
        let mut out = json!({ "query": query, "hits": hits });
        if let Some(note) = note {
            out["note"] = json!(note);
        }
        return Ok(format!("{out}\n"));
    }
    if let Some(note) = note {
        return Ok(format!("{note}\n"));
    }
    if hits.is_empty() {
        let nothing = CommandError::NoMatch {
            query: query.to_string(),
            suggestions: Vec::new(),
        };
        let catalogues = crate::locale::catalogues();
        return Ok(format!(
            "{} {}\n",
            nothing.message_in(locale),
            catalogues.reply(locale, "hint-no-match")
        ));
    }
    let mut out = String::new();
    for (rank, hit) in hits.iter().enumerate() {
        out.push_str(&format!(
            "{}. ¶{} · {} (score {:.2})\n   {}\n",
            rank + 1,
            hit.paragraph,
            hit.section,
            hit.score,
            hit.snippet
        ));
    }
    Ok(out)
}

/// The interactive console: reads command lines until end of input or `quit`, answering as for a
/// user of `locale`.
pub fn run(bot: &Bot, locale: Option<&str>) -> anyhow::Result<()> {
    let stdin = std::io::stdin();
    let interactive = stdin.is_terminal();
    let mut out = std::io::stdout().lock();
    if interactive {
        writeln!(
            out,
            "asem-bot console · {} · type /help, /about, or a question; `quit` to leave",
            bot.corpus().primary().title
        )?;
    }
    let mut input = stdin.lock();
    let mut line = String::new();
    loop {
        if interactive {
            write!(out, "> ")?;
            out.flush()?;
        }
        line.clear();
        if input.read_line(&mut line)? == 0 {
            break;
        }
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        if matches!(trimmed, "quit" | "exit" | "/quit" | "/exit") {
            break;
        }
        let response = exec_in(bot, trimmed, locale);
        write!(
            out,
            "{}",
            response.to_text_in(locale.unwrap_or(crate::locale::SOURCE))
        )?;
        out.flush()?;
    }
    Ok(())
}
