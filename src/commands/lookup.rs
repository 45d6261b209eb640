//! Commands that look things up in the curated data: `/facts`, `/meetings`, `/commitments` and
//! `/glossary`, with the matching of user words to facts, themes and terms that autocomplete shares.

use super::button_id::ButtonId;
use super::error::CommandError;
use super::words::Words;
use crate::answer::fact::match_fact;
use crate::corpus::{Commitment, Corpus, Fact, Localized, Term, Theme};
use crate::reply::{Button, Embed, Reply};
use crate::search::{normalize, SearchIndex};
use crate::text::{cite, cite_all, fold, truncate};

/// A name the user typed compared with the names of an item: exact, then prefix, then contained.
fn name_score(given: &str, names: &[&str]) -> Option<u8> {
    // "ASEM DUO" and "ASEM-DUO" are one name.
    let loose = |text: &str| normalize(&text.replace('-', " "));
    let given = loose(given);
    if given.is_empty() {
        return None;
    }
    names
        .iter()
        .map(|n| loose(n))
        .filter_map(|name| {
            if name == given {
                Some(3)
            } else if name.starts_with(&given) {
                Some(2)
            } else if name.contains(&given) || (given.len() >= 4 && given.contains(&name)) {
                Some(1)
            } else {
                None
            }
        })
        .max()
}

fn best_by_name<'a, T>(
    items: &'a [T],
    given: &str,
    names: impl Fn(&T) -> Vec<&str>,
) -> Option<&'a T> {
    items
        .iter()
        .filter_map(|item| name_score(given, &names(item)).map(|s| (s, item)))
        .fold(None, |best: Option<(u8, &T)>, (s, item)| match best {
            Some((b, _)) if b >= s => best,
            _ => Some((s, item)),
        })
        .map(|(_, item)| item)
}

/// Facts whose id or label matches `given`, best first (for `/facts` and its autocomplete).
pub fn find_fact<'a>(corpus: &'a Corpus, given: &str) -> Option<&'a Fact> {
    best_by_name(&corpus.facts, given, |f| {
        vec![f.id.as_str(), f.label.as_str()]
    })
    .or_else(|| match_fact(corpus, given))
}

pub fn find_theme<'a>(corpus: &'a Corpus, given: &str) -> Option<&'a Theme> {
    best_by_name(&corpus.themes, given, |t| {
        vec![t.id.as_str(), t.name.as_str()]
    })
}

pub fn find_term<'a>(corpus: &'a Corpus, given: &str) -> Option<&'a Term> {
    best_by_name(&corpus.glossary, given, |t| {
        let mut names = vec![t.term.as_str(), t.expansion.as_str()];
        names.extend(t.forms.iter().map(String::as_str));
        names.extend(t.aliases.iter().map(String::as_str));
        names.retain(|n| !n.is_empty());
        names
    })
}

/// `/facts`: the meeting card, or one fact.
pub fn facts(corpus: &Corpus, topic: Option<&str>, words: Words) -> Result<Reply, CommandError> {
    let document = corpus.primary();
    let data = corpus.localized(words.locale);
    if let Some(topic) = topic {
        let fact = find_fact(corpus, topic).ok_or_else(|| CommandError::UnknownChoice {
            what: "fact".into(),
            given: topic.to_string(),
            known: corpus.facts.iter().map(|f| f.id.clone()).collect(),
        })?;
        let embed = super::render::fact_embed(fact, &document.meeting, document, words, &data);
        return Ok(Reply::public(embed).with_button(Button::new(
            format!("Show ¶{}", fact.paragraph),
            ButtonId::show(&document.id, fact.paragraph),
        )));
    }
    let mut embed = Embed::new(&document.meeting).description(format!(
        "**{}** · {}\n*{}*",
        document.dates, document.place, document.theme
    ));
    for fact in &corpus.facts {
        embed = embed.field(
            format!(
                "{} · {}",
                data.fact_label(fact),
                super::render::cite_fact(fact, words)
            ),
            data.fact_answer(fact),
        );
    }
    let ids: Vec<&str> = corpus.facts.iter().map(|f| f.id.as_str()).take(4).collect();
    let command = words.example("facts", "topic", &format!("<{}>", ids.join("|")));
    Ok(Reply::public(embed.footer(words.english_summaries(
        words.with(
            "facts-footer",
            &[("title", document.title.clone()), ("command", command)],
        ),
        &data,
    ))))
}

/// `/meetings`: the timeline from the Helsinki summit to Seoul.
pub fn meetings(corpus: &Corpus, words: Words) -> Reply {
    let document = corpus.primary();
    let data = corpus.localized(words.locale);
    let first = corpus.meetings.iter().map(|m| m.year).min().unwrap_or(0);
    let last = corpus.meetings.iter().map(|m| m.year).max().unwrap_or(0);
    let mut embed = Embed::new(words.with(
        "meetings-title",
        &[("first", first.to_string()), ("last", last.to_string())],
    ))
    .description(words.get("meetings-description"));
    for meeting in &corpus.meetings {
        let mut value = String::new();
        if !meeting.theme.is_empty() {
            value.push_str(&format!("*“{}”*\n", meeting.theme));
        }
        if !meeting.note.is_empty() {
            value.push_str(&format!("{}\n", data.meeting_note(meeting)));
        }
        value.push_str(&format!(
            "{} — {}",
            meeting.name,
            cite(meeting.paragraph, meeting.paragraph)
        ));
        embed = embed.field(
            format!("{} · {} · {}", meeting.year, meeting.short, meeting.city),
            value,
        );
    }
    let cited: Vec<u32> = corpus.meetings.iter().map(|m| m.paragraph).collect();
    Reply::public(embed.footer(words.english_summaries(
        words.with(
            "meetings-source",
            &[
                ("title", document.title.clone()),
                ("paragraphs", cite_all(&cited)),
            ],
        ),
        &data,
    )))
}

/// The commitments a wording is about, best first: those of the paragraphs that the words (and
/// their meaning) find, in the order found, then those whose summary uses the words.
pub fn matching_commitments<'c>(index: &'c SearchIndex, wording: &str) -> Vec<&'c Commitment> {
    let corpus = index.corpus();
    let primary = &corpus.primary().id;
    let mut found: Vec<&Commitment> = Vec::new();
    if let Ok(hits) = index.search(wording, 16, 0) {
        for hit in hits
            .hits
            .iter()
            .filter(|h| &corpus.documents[h.document].id == primary)
        {
            for commitment in corpus
                .commitments
                .iter()
                .filter(|c| c.paragraph == hit.paragraph)
            {
                if !found.iter().any(|f| std::ptr::eq(*f, commitment)) {
                    found.push(commitment);
                }
            }
        }
    }
    let asked = normalize(wording);
    for commitment in &corpus.commitments {
        let named = !asked.is_empty() && normalize(&commitment.summary).contains(&asked);
        if named && !found.iter().any(|f| std::ptr::eq(*f, commitment)) {
            found.push(commitment);
        }
    }
    found
}

/// How many commitments `/commitments` lists for a free wording.
const MATCHED_COMMITMENTS: usize = 8;

/// `/commitments`: every commitment grouped by theme, one theme with the exact words, or the
/// commitments any other wording is about.
pub fn commitments(
    index: &SearchIndex,
    theme: Option<&str>,
    words: Words,
) -> Result<Reply, CommandError> {
    let corpus = index.corpus();
    let document = corpus.primary();
    let data = corpus.localized(words.locale);
    if let Some(given) = theme {
        let Some(theme) = find_theme(corpus, given) else {
            let items = matching_commitments(index, given);
            if items.is_empty() {
                return Err(CommandError::UnknownChoice {
                    what: "theme".into(),
                    given: given.to_string(),
                    known: corpus.themes.iter().map(|t| t.id.clone()).collect(),
                });
            }
            let shown: Vec<&Commitment> = items.into_iter().take(MATCHED_COMMITMENTS).collect();
            return Ok(commitment_list(
                document,
                words.with(
                    "commitments-title",
                    &[("theme", crate::text::escape_user_text(given))],
                ),
                &words.get("commitments-matched"),
                &shown,
                words,
                &data,
            ));
        };
        let index = corpus
            .themes
            .iter()
            .position(|t| t.id == theme.id)
            .unwrap_or(0);
        let items: Vec<&Commitment> = corpus
            .commitments
            .iter()
            .filter(|c| c.theme == index)
            .collect();
        return Ok(commitment_list(
            document,
            words.with(
                "commitments-title",
                &[("theme", data.theme_name(theme).to_string())],
            ),
            data.theme_description(theme),
            &items,
            words,
            &data,
        ));
    }
    // The overview fits one short embed; each theme's list is a press away, shown to the presser
    // alone, and posted only when they choose to.
    let mut lines = Vec::new();
    let mut reply = Reply::default();
    for (index, theme) in corpus.themes.iter().enumerate() {
        let cited = corpus.theme_paragraphs(index);
        if cited.is_empty() {
            continue;
        }
        lines.push(format!(
            "**{}** · {} · {}",
            data.theme_name(theme),
            cited.len(),
            cite_all(&cited)
        ));
        reply = reply.with_button(Button::new(
            truncate(data.theme_name(theme), 80),
            ButtonId::theme(&theme.id, false),
        ));
    }
    let embed = Embed::new(words.with(
        "commitments-overview",
        &[
            ("count", corpus.commitments.len().to_string()),
            ("themes", lines.len().to_string()),
        ],
    ))
    .description(format!(
        "{}\n\n{}",
        words.get("commitments-overview-description"),
        lines.join("\n")
    ))
    .footer(words.english_summaries(
        words.with(
            "commitments-footer",
            &[
                ("title", document.title.clone()),
                ("command", words.example("commitments", "theme", "…")),
            ],
        ),
        &data,
    ));
    reply.embeds.push(embed);
    Ok(reply)
}

/// One theme's commitments, for its button: to the presser alone with a button to post it, or
/// posted in the channel.
pub fn theme_page(
    index: &SearchIndex,
    theme_id: &str,
    post: bool,
    words: Words,
) -> Result<Reply, CommandError> {
    let corpus = index.corpus();
    let theme = corpus
        .themes
        .iter()
        .find(|t| t.id == theme_id)
        .ok_or(CommandError::UnknownButton)?;
    let mut reply = commitments(index, Some(&theme.name), words)?;
    if !post {
        reply.ephemeral = true;
        reply.buttons.clear();
        reply = reply.with_button(
            Button::new("Post in channel", ButtonId::theme(&theme.id, true)).success(),
        );
    }
    Ok(reply)
}

/// Where a glossary term stands in a paragraph: a short excerpt with the term in bold.
fn usage_excerpt(text: &str, forms: &[String]) -> Option<String> {
    let folded = fold(text);
    // Folding keeps byte offsets only for ASCII; search the folded text and map back by characters.
    let (start, form_len) = forms.iter().find_map(|form| {
        let f = fold(form);
        folded
            .find(&f)
            .map(|at| (folded[..at].chars().count(), f.chars().count()))
    })?;
    let chars: Vec<char> = text.chars().collect();
    let start = start.min(chars.len());
    let end = (start + form_len).min(chars.len());
    // About 80 characters either side, widened or narrowed to whole words.
    let mut from = start.saturating_sub(80);
    while from > 0 && from < start && !chars[from - 1].is_whitespace() {
        from += 1;
    }
    let mut to = (end + 80).min(chars.len());
    while to < chars.len() && to > end && !chars[to].is_whitespace() {
        to -= 1;
    }
    // The original's italic markers are dropped: an excerpt may cut an italic span in half.
    let piece = |range: std::ops::Range<usize>| -> String {
        chars[range].iter().filter(|c| **c != '*').collect()
    };
    let (before, term, after) = (piece(from..start), piece(start..end), piece(end..to));
    Some(format!(
        "{}{}**{}**{}{}",
        if from > 0 { "…" } else { "" },
        before,
        term,
        after,
        if to < chars.len() { "…" } else { "" }
    ))
}

/// Commitments with the exact words each stands for, and a button per paragraph cited.
fn commitment_list(
    document: &crate::corpus::Document,
    title: String,
    description: &str,
    items: &[&Commitment],
    words: Words,
    data: &Localized,
) -> Reply {
    let mut embed = Embed::new(truncate(&title, 250)).description(description);
    for item in items {
        embed = embed.field(
            truncate(data.summary(item), 256),
            truncate(
                &format!(
                    "> “{}”\n{}",
                    item.phrase,
                    words.with(
                        "commitment-source",
                        &[
                            ("paragraph", cite(item.paragraph, item.paragraph)),
                            ("strength", item.strength.label().to_string()),
                        ],
                    )
                ),
                1024,
            ),
        );
    }
    let cited: Vec<u32> = items.iter().map(|c| c.paragraph).collect();
    let mut reply =
        Reply::public(embed.footer(
            words.english_summaries(format!("{} {}", document.title, cite_all(&cited)), data),
        ));
    let mut shown: Vec<u32> = Vec::new();
    for number in cited {
        if !shown.contains(&number) && shown.len() < 5 {
            shown.push(number);
            reply = reply.with_button(Button::new(
                format!("Show ¶{number}"),
                ButtonId::show(&document.id, number),
            ));
        }
    }
    reply
}

/// A glossary term explained, with excerpts of where the declaration uses it.
pub fn term_embed(corpus: &Corpus, found: &Term, words: Words, data: &Localized) -> Embed {
    let document = corpus.primary();
    let title = if found.expansion.is_empty() {
        found.term.clone()
    } else {
        format!("{} — {}", found.term, found.expansion)
    };
    let mut embed = Embed::new(title).description(data.explanation(found));
    for number in found.paragraphs.iter().take(3) {
        if let Some(paragraph) = document.paragraph(*number) {
            if let Some(excerpt) = usage_excerpt(&paragraph.text, &found.forms) {
                embed = embed.field(
                    words.with("term-in", &[("paragraph", cite(*number, *number))]),
                    truncate(&excerpt, 1024),
                );
            }
        }
    }
    embed.footer(words.english_summaries(
        words.with(
            "term-used",
            &[
                ("title", document.title.clone()),
                ("paragraphs", cite_all(&found.paragraphs)),
            ],
        ),
        data,
    ))
}

/// `/glossary`: every term, or one term explained with where the declaration uses it.
pub fn glossary(corpus: &Corpus, term: Option<&str>, words: Words) -> Result<Reply, CommandError> {
    let document = corpus.primary();
    let Some(given) = term else {
        let lines: Vec<String> = corpus
            .glossary
            .iter()
            .map(|t| {
                let expansion = if t.expansion.is_empty() {
                    String::new()
                } else {
                    format!(" — {}", t.expansion)
                };
                format!("**{}**{} · {}", t.term, expansion, cite_all(&t.paragraphs))
            })
            .collect();
        return Ok(Reply::public(
            Embed::new(words.with(
                "glossary-title",
                &[("count", corpus.glossary.len().to_string())],
            ))
            .description(lines.join("\n"))
            .footer(words.with(
                "glossary-footer",
                &[("command", words.example("glossary", "term", "…"))],
            )),
        ));
    };
    let found = find_term(corpus, given).ok_or_else(|| CommandError::UnknownChoice {
        what: "term".into(),
        given: given.to_string(),
        known: corpus
            .glossary
            .iter()
            .map(|t| t.term.clone())
            .take(12)
            .collect(),
    })?;
    let embed = term_embed(corpus, found, words, &corpus.localized(words.locale));
    let mut reply = Reply::public(embed);
    for number in found.paragraphs.iter().take(4) {
        reply = reply.with_button(Button::new(
            format!("Show ¶{number}"),
            ButtonId::show(&document.id, *number),
        ));
    }
    Ok(reply)
}
