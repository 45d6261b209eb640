//! What a button's `custom_id` says, as a type: written with `Display`, read back with `FromStr`.
//! State rides in the id itself (at most 100 characters), so any replica of the bot can answer any
//! press and nothing is kept in memory. This module only encodes; pressing is a command like any other.
//!
//! - `show:<document>:<n>`: the paragraph whole, to the presser alone, with a button to post it.
//! - `post:<document>:<n>`: the paragraph as a public message.
//! - `more:<limit>:<offset>:<query>`: the next page of a search; the query is its content words,
//!   cut at a word boundary to fit.
//! - `about:<step>`: a step of the `/about` tour, replacing the current one.
//! - `theme:<id>` / `theme-post:<id>`: a commitment theme's page, to the presser or posted.

use crate::reply::limits;
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ButtonId {
    /// A paragraph, to the presser alone (`post: false`) or posted in the channel.
    Paragraph {
        document: String,
        number: u32,
        post: bool,
    },
    /// The next page of a search.
    More {
        limit: usize,
        offset: usize,
        query: String,
    },
    /// A step of the tour.
    About { step: usize },
    /// A commitment theme's page, to the presser alone or posted.
    Theme { id: String, post: bool },
}

/// The most results one search page shows, and how deep "more" may page.
pub const MAX_PAGE: usize = 10;
pub const MAX_OFFSET: usize = 1000;

/// A button id that is not one of ours (or no longer valid).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownButton;

impl ButtonId {
    pub fn show(document: &str, number: u32) -> ButtonId {
        ButtonId::Paragraph {
            document: document.to_string(),
            number,
            post: false,
        }
    }

    pub fn post(document: &str, number: u32) -> ButtonId {
        ButtonId::Paragraph {
            document: document.to_string(),
            number,
            post: true,
        }
    }

    pub fn theme(id: &str, post: bool) -> ButtonId {
        ButtonId::Theme {
            id: id.to_string(),
            post,
        }
    }

    /// The "more results" button, its query cut at a word boundary so the id fits; `None` when even
    /// one word of the query cannot fit.
    pub fn more(limit: usize, offset: usize, query: &str) -> Option<ButtonId> {
        let room = limits::CUSTOM_ID - format!("more:{limit}:{offset}:").len();
        let mut kept = String::new();
        for word in query.split_whitespace() {
            let sep = if kept.is_empty() { "" } else { " " };
            if kept.len() + sep.len() + word.len() > room {
                break;
            }
            kept.push_str(sep);
            kept.push_str(word);
        }
        (!kept.is_empty()).then_some(ButtonId::More {
            limit,
            offset,
            query: kept,
        })
    }
}

impl fmt::Display for ButtonId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ButtonId::Paragraph {
                document,
                number,
                post,
            } => {
                let kind = if *post { "post" } else { "show" };
                write!(f, "{kind}:{document}:{number}")
            }
            ButtonId::More {
                limit,
                offset,
                query,
            } => write!(f, "more:{limit}:{offset}:{query}"),
            ButtonId::About { step } => write!(f, "about:{step}"),
            ButtonId::Theme { id, post } => {
                let kind = if *post { "theme-post" } else { "theme" };
                write!(f, "{kind}:{id}")
            }
        }
    }
}

impl From<ButtonId> for String {
    fn from(id: ButtonId) -> String {
        id.to_string()
    }
}

/// A name inside an id: no colon (the separator), no space, not empty.
fn name(part: Option<&str>) -> Result<String, UnknownButton> {
    part.filter(|p| !p.is_empty() && !p.contains([':', ' ']))
        .map(str::to_string)
        .ok_or(UnknownButton)
}

fn number<T: FromStr>(part: Option<&str>) -> Result<T, UnknownButton> {
    part.and_then(|p| p.parse().ok()).ok_or(UnknownButton)
}

impl FromStr for ButtonId {
    type Err = UnknownButton;

    fn from_str(id: &str) -> Result<ButtonId, UnknownButton> {
        if id.len() > limits::CUSTOM_ID {
            return Err(UnknownButton);
        }
        let (kind, rest) = id.split_once(':').ok_or(UnknownButton)?;
        let button = match kind {
            "show" | "post" => {
                let mut parts = rest.split(':');
                let document = name(parts.next())?;
                let number = number(parts.next())?;
                if parts.next().is_some() {
                    return Err(UnknownButton);
                }
                ButtonId::Paragraph {
                    document,
                    number,
                    post: kind == "post",
                }
            }
            "more" => {
                let mut parts = rest.splitn(3, ':');
                let limit: usize = number(parts.next())?;
                let offset: usize = number(parts.next())?;
                let query = parts.next().unwrap_or_default();
                if !(1..=MAX_PAGE).contains(&limit)
                    || offset > MAX_OFFSET
                    || query.trim().is_empty()
                {
                    return Err(UnknownButton);
                }
                ButtonId::More {
                    limit,
                    offset,
                    query: query.to_string(),
                }
            }
            "about" => ButtonId::About {
                step: number(Some(rest))?,
            },
            "theme" | "theme-post" => ButtonId::Theme {
                id: name(Some(rest))?,
                post: kind == "theme-post",
            },
            _ => return Err(UnknownButton),
        };
        Ok(button)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn more_ids_fit_in_100_characters() {
        let long = "mobility ".repeat(40);
        let id = ButtonId::more(5, 5, &long).unwrap().to_string();
        assert!(id.len() <= 100);
        assert!(id.ends_with("mobility"));
        assert_eq!(ButtonId::more(5, 5, &"x".repeat(200)), None);
    }

    #[test]
    fn ids_of_other_bots_are_refused() {
        for id in [
            "",
            "show",
            "show:seoul-2017",
            "show:seoul-2017:x",
            "show:seoul-2017:6:7",
            "more:0:0:q",
            "more:5:5:",
            "more:5:5000:q",
            "about:x",
            "theme:",
            "vote:1",
        ] {
            assert_eq!(id.parse::<ButtonId>(), Err(UnknownButton), "{id}");
        }
    }

    fn any_button() -> impl Strategy<Value = ButtonId> {
        let document = "[a-z0-9][a-z0-9-]{0,40}";
        prop_oneof![
            (document, 1u32..100_000, any::<bool>()).prop_map(|(document, number, post)| {
                ButtonId::Paragraph {
                    document,
                    number,
                    post,
                }
            }),
            (1..=MAX_PAGE, 0..=MAX_OFFSET, "\\PC{1,300}")
                .prop_filter_map("a query with a word", |(limit, offset, query)| {
                    ButtonId::more(limit, offset, &query)
                }),
            (1usize..1000).prop_map(|step| ButtonId::About { step }),
            ("[a-z][a-z-]{0,60}", any::<bool>())
                .prop_map(|(id, post)| ButtonId::Theme { id, post }),
        ]
    }

    proptest! {
        #[test]
        fn every_id_round_trips_and_fits(button in any_button()) {
            let id = button.to_string();
            prop_assert!(id.chars().count() <= limits::CUSTOM_ID, "{id}");
            prop_assert_eq!(id.parse::<ButtonId>(), Ok(button));
        }
    }
}
