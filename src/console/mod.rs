//! The local console and the one-shot command line: the same commands as on Discord, typed as
//! `/name option: value` and answered as text (or as the exact JSON Discord would receive).

mod line;

pub use line::parse_line;

use crate::app::Bot;
use crate::reply::Response;
use crate::search::parse_reference;
use serde_json::{json, Value};
use std::io::{BufRead, IsTerminal, Write};

/// Runs one command line as Discord would.
pub fn exec(bot: &Bot, line: &str) -> Response {
    match parse_line(line) {
        Ok(interaction) => bot.handle(&interaction),
        Err(error) => Response::Message(error.to_reply()),
    }
}

/// Renders a response for the terminal or, with `json`, as the interaction response body.
pub fn render(response: &Response, json: bool) -> String {
    if json {
        format!("{}\n", response.to_discord_json())
    } else {
        response.to_text()
    }
}

/// `asem-bot search`: ranked hits, as text or as `{"query":..,"hits":[..]}`.
pub fn search(bot: &Bot, query: &str, limit: usize, json: bool) -> anyhow::Result<String> {
    let corpus = bot.corpus();
    let limit = limit.clamp(1, 100);
    let mut hits: Vec<Value> = Vec::new();
    let mut note: Option<String> = None;
    if let Some(reference) = parse_reference(query) {
        let document = corpus.primary();
        let last = i64::from(document.last_number());
        if reference.first.min(reference.last) >= 1 && reference.first.max(reference.last) <= last {
            for number in reference.first.min(reference.last)..=reference.first.max(reference.last)
            {
                if let Some(paragraph) = document.paragraph(number as u32) {
                    hits.push(json!({
                        "document": document.id,
                        "paragraph": paragraph.number,
                        "score": 1.0,
                        "section": document.heading_of(paragraph),
                        "snippet": crate::text::truncate(&paragraph.text, 220),
                    }));
                }
            }
        } else {
            note = Some(format!(
                "there is no ¶{}: the {} has paragraphs 1 to {last}",
                reference.first, document.title
            ));
        }
    } else {
        for hit in bot.index().search(query, limit, 0)?.hits {
            let document = &corpus.documents[hit.document];
            let section = document
                .paragraph(hit.paragraph)
                .map(|p| document.heading_of(p))
                .unwrap_or("");
            hits.push(json!({
                "document": document.id,
                "paragraph": hit.paragraph,
                "score": hit.score,
                "section": section,
                "snippet": hit.snippet,
            }));
        }
    }
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
        return Ok(format!(
            "Nothing in the declaration matches “{query}”. Try other words, or fewer of them.\n"
        ));
    }
    let mut out = String::new();
    for (rank, hit) in hits.iter().enumerate() {
        out.push_str(&format!(
            "{}. ¶{} · {} (score {:.2})\n   {}\n",
            rank + 1,
            hit["paragraph"],
            hit["section"].as_str().unwrap_or(""),
            hit["score"].as_f64().unwrap_or(0.0),
            hit["snippet"].as_str().unwrap_or("")
        ));
    }
    Ok(out)
}

/// The interactive console: reads command lines until end of input or `quit`.
pub fn run(bot: &Bot) -> anyhow::Result<()> {
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
        let response = exec(bot, trimmed);
        write!(out, "{}", response.to_text())?;
        out.flush()?;
    }
    Ok(())
}
