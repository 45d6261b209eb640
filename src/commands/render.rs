//! Pieces of replies that several commands share: paragraph labels, citations, quote embeds and
//! result fields, so that a paragraph looks the same wherever it appears.

use crate::corpus::{Citation, Document, Fact, Localized, Paragraph};
use crate::locale;
use crate::reply::{Button, Embed, Reply};
use crate::search::Hit;
use crate::text::truncate;

use super::button_id::ButtonId;
use super::words::Words;

/// `¶8 · Skills and lifelong learning`: the section's short name, which reads on a phone; the
/// full section path stays on the quote itself.
pub fn paragraph_label(
    document: &Document,
    paragraph: &Paragraph,
    data: &Localized,
    primary: bool,
) -> String {
    format!(
        "¶{} · {}",
        paragraph.number,
        data.section_short(&document.sections[paragraph.section], primary)
    )
}

/// The paragraph word for word, with its footnotes after it, cited in title and footer.
pub fn quote_embed(document: &Document, paragraph: &Paragraph) -> Embed {
    let mut text = paragraph.text.clone();
    for note in document.footnotes_of(paragraph.number) {
        text.push_str(&format!("\n\n{} {}", note.marker, note.text));
    }
    Embed::new(format!("¶{} · {}", paragraph.number, document.title))
        .description(text)
        .footer(match &document.source_url {
            Some(url) => format!(
                "{} · official text: {url}",
                document.section_path(paragraph).join(" › ")
            ),
            None => document.section_path(paragraph).join(" › "),
        })
}

/// Adds one field per search hit: the paragraph label (with the document's title when several
/// documents are loaded) over its highlighted snippet.
pub fn with_hit_fields(
    mut embed: Embed,
    documents: &[Document],
    hits: &[Hit],
    data: &Localized,
) -> Embed {
    let several_documents = documents.len() > 1;
    for hit in hits {
        let document = &documents[hit.document];
        let name = match document.paragraph(hit.paragraph) {
            Some(p) if several_documents => {
                format!(
                    "{} · {}",
                    document.title,
                    paragraph_label(document, p, data, hit.document == 0)
                )
            }
            Some(p) => paragraph_label(document, p, data, hit.document == 0),
            None => format!("¶{}", hit.paragraph),
        };
        embed = embed.field(truncate(&name, 256), hit.snippet.clone());
    }
    embed
}

/// The buttons' labels in `locale`. Handlers label buttons in English (the source); a label that is
/// the English default for its button's id is replaced by the catalogue's, so every button of every
/// reply is translated in this one place.
pub fn localize_buttons(reply: &mut Reply, locale: &str) {
    if locale == locale::SOURCE {
        return;
    }
    let catalogues = locale::catalogues();
    let say = |id: &str, args: &[(&str, String)]| {
        (
            catalogues.reply_with(locale::SOURCE, id, args),
            catalogues.reply_with(locale, id, args),
        )
    };
    for button in &mut reply.buttons {
        let Ok(id) = button.custom_id.parse::<ButtonId>() else {
            continue;
        };
        let candidates = match id {
            ButtonId::Paragraph {
                number,
                post: false,
                ..
            } => vec![say("button-show", &[("paragraph", number.to_string())])],
            ButtonId::Paragraph {
                number, post: true, ..
            } => vec![
                say(
                    "button-post-paragraph",
                    &[("paragraph", number.to_string())],
                ),
                say("button-post", &[]),
            ],
            ButtonId::More { .. } => vec![say("button-more", &[])],
            ButtonId::About { .. } => vec![say("button-back", &[]), say("button-next", &[])],
            ButtonId::Theme { post: true, .. } => vec![say("button-post", &[])],
            ButtonId::Theme { post: false, .. } => Vec::new(),
        };
        if let Some((_, translated)) = candidates
            .into_iter()
            .find(|(english, _)| *english == button.label)
        {
            button.label = translated;
        }
    }
}

/// Commands the data names in backticks (`` `/meetings` ``) as the caller's client names them
/// (`` `/treffen` ``): the data and its translations are written once, with the English names.
pub fn name_commands(reply: &mut Reply, locale: &str) {
    if locale == locale::SOURCE {
        return;
    }
    let words = Words::new(locale);
    let rename = |text: &mut String| {
        if !text.contains("`/") {
            return;
        }
        let mut out = String::with_capacity(text.len());
        let mut rest = text.as_str();
        while let Some(at) = rest.find("`/") {
            out.push_str(&rest[..at + 1]);
            let after = &rest[at + 2..];
            let name: String = after
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect();
            match super::spec::find(&name) {
                Some(_) if !name.is_empty() => {
                    out.push_str(&words.slash(&name));
                    rest = &after[name.len()..];
                }
                _ => {
                    out.push('/');
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        *text = out;
    };
    for embed in &mut reply.embeds {
        rename(&mut embed.title);
        rename(&mut embed.description);
        rename(&mut embed.footer);
        for field in &mut embed.fields {
            rename(&mut field.name);
            rename(&mut field.value);
        }
    }
}

/// "Show ¶N" buttons for the first hits.
pub fn show_buttons(documents: &[Document], hits: &[Hit], most: usize) -> Vec<Button> {
    let mut seen = Vec::new();
    hits.iter()
        .filter(|h| {
            let key = (h.document, h.paragraph);
            let new = !seen.contains(&key);
            seen.push(key);
            new
        })
        .take(most)
        .map(|h| {
            Button::new(
                format!("Show ¶{}", h.paragraph),
                ButtonId::show(&documents[h.document].id, h.paragraph),
            )
        })
        .collect()
}

/// Where the words a fact or tour statement rests on stand: `¶1`, `¶2, footnote`, or `heading`.
pub fn cite_source(citation: Citation, paragraph: u32, words: Words) -> String {
    match citation {
        Citation::Paragraph => format!("¶{paragraph}"),
        Citation::Footnote => words.with("cite-footnote", &[("paragraph", paragraph.to_string())]),
        Citation::Heading => words.get("cite-heading"),
    }
}

/// A fact's card: its label and the meeting it is about over its answer, cited.
pub fn fact_embed(
    fact: &Fact,
    meeting: &str,
    document: &Document,
    words: Words,
    data: &Localized,
) -> Embed {
    Embed::new(format!("{} · {meeting}", data.fact_label(fact)))
        .description(data.fact_answer(fact))
        .footer(words.english_summaries(
            format!("{} {}", document.title, cite_fact(fact, words)),
            data,
        ))
}

/// Where a fact stands.
pub fn cite_fact(fact: &Fact, words: Words) -> String {
    cite_source(fact.citation, fact.paragraph, words)
}
