//! Buttons: building their `custom_id`s and answering presses. State rides in the id itself (at most
//! 100 characters), so any replica of the bot can answer any press and nothing is kept in memory.
//!
//! - `show:<document>:<n>`: the paragraph whole, to the presser alone, with a button to post it.
//! - `post:<document>:<n>`: the paragraph as a public message.
//! - `more:<limit>:<offset>:<query>`: the next page of a search; the query is its content words,
//!   cut at a word boundary to fit.
//! - `about:<step>`: a step of the `/about` tour, replacing the current one.
//! - `theme:<id>` / `theme-post:<id>`: a commitment theme's page, to the presser or posted.

use super::about;
use super::error::CommandError;
use super::reading::{quote_range, search};
use crate::reply::{limits, Button, Response};
use crate::search::{ParagraphReference, SearchIndex};

pub fn show_id(document: &str, paragraph: u32) -> String {
    format!("show:{document}:{paragraph}")
}

pub fn post_id(document: &str, paragraph: u32) -> String {
    format!("post:{document}:{paragraph}")
}

/// A commitment theme's page: `theme:<id>` shows it to the presser, `theme-post:<id>` posts it.
pub fn theme_id(theme: &str, post: bool) -> String {
    if post {
        format!("theme-post:{theme}")
    } else {
        format!("theme:{theme}")
    }
}

pub fn about_id(step: usize) -> String {
    format!("about:{step}")
}

/// The "more results" id, or `None` when even one word of the query cannot fit.
pub fn more_id(limit: usize, offset: usize, query: &str) -> Option<String> {
    let prefix = format!("more:{limit}:{offset}:");
    let mut id = prefix.clone();
    for word in query.split_whitespace() {
        let sep = if id.len() > prefix.len() { " " } else { "" };
        if id.len() + sep.len() + word.len() > limits::CUSTOM_ID {
            break;
        }
        id.push_str(sep);
        id.push_str(word);
    }
    (id.len() > prefix.len()).then_some(id)
}

/// Answers a button press.
pub fn press(index: &SearchIndex, custom_id: &str) -> Result<Response, CommandError> {
    let mut parts = custom_id.splitn(4, ':');
    let kind = parts.next().unwrap_or_default();
    match kind {
        "show" | "post" => {
            let document_id = parts.next().ok_or(CommandError::UnknownButton)?;
            let number: i64 = parts
                .next()
                .and_then(|n| n.parse().ok())
                .ok_or(CommandError::UnknownButton)?;
            if parts.next().is_some() {
                return Err(CommandError::UnknownButton);
            }
            let document = index
                .corpus()
                .document(document_id)
                .ok_or(CommandError::UnknownButton)?;
            let reference = ParagraphReference {
                first: number,
                last: number,
            };
            let private = kind == "show";
            let mut reply = quote_range(document, reference, private)?;
            if private {
                reply = reply.with_button(
                    Button::new("Post in channel", post_id(&document.id, number as u32)).success(),
                );
            }
            Ok(Response::Message(reply))
        }
        "more" => {
            let limit: usize = parts
                .next()
                .and_then(|n| n.parse().ok())
                .filter(|n| (1..=10).contains(n))
                .ok_or(CommandError::UnknownButton)?;
            let offset: usize = parts
                .next()
                .and_then(|n| n.parse().ok())
                .filter(|n| *n <= 1000)
                .ok_or(CommandError::UnknownButton)?;
            let query = parts
                .next()
                .filter(|q| !q.trim().is_empty())
                .ok_or(CommandError::UnknownButton)?;
            let mut reply = search(index, query, limit, offset)?;
            reply.ephemeral = true;
            Ok(Response::Message(reply))
        }
        "theme" | "theme-post" => {
            let theme = parts.next().ok_or(CommandError::UnknownButton)?;
            if parts.next().is_some() {
                return Err(CommandError::UnknownButton);
            }
            let reply = super::lookup::theme_page(index, theme, kind == "theme-post")?;
            Ok(Response::Message(reply))
        }
        "about" => {
            let step: usize = parts
                .next()
                .and_then(|n| n.parse().ok())
                .filter(|n| (1..=about::STEPS).contains(n))
                .ok_or(CommandError::UnknownButton)?;
            Ok(Response::Update(about::step(index.corpus(), step)))
        }
        _ => Err(CommandError::UnknownButton),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn more_ids_fit_in_100_characters() {
        let long = "mobility ".repeat(40);
        let id = more_id(5, 5, &long).unwrap();
        assert!(id.len() <= 100);
        assert!(id.ends_with("mobility"));
        assert_eq!(more_id(5, 5, &"x".repeat(200)), None);
    }
}
