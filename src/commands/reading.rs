//! Commands that read the declaration itself: `/ask`, `/search`, `/quote`, the *Find in
//! declaration* message menu and mentions.

use super::button_id::ButtonId;
use super::error::CommandError;
use super::lookup::term_embed;
use super::render::{paragraph_label, quote_embed, show_buttons, with_hit_fields};
use super::words::Words;
use crate::answer::understand_in;
use crate::corpus::{Corpus, Document, Localized};
use crate::reply::{Button, Embed, Reply};
use crate::search::{
    find_list, find_reference, parse_reference, Hits, ParagraphReference, SearchIndex,
};
use crate::text::{cite_all, discord_len, escape_user_text, truncate};

/// How many paragraphs `/ask` shows under its answer.
const ASK_HITS: usize = 3;

/// Checks a paragraph reference against the primary document; returns the inclusive range.
pub fn resolve_reference(
    document: &Document,
    reference: ParagraphReference,
) -> Result<(u32, u32), CommandError> {
    let count = document.last_number();
    let reference = reference.resolve_last(count);
    let (low, high) = if reference.first <= reference.last {
        (reference.first, reference.last)
    } else {
        (reference.last, reference.first)
    };
    for asked in [low, high] {
        if asked < 1 || asked > i64::from(count) {
            return Err(CommandError::NoSuchParagraph {
                asked,
                count,
                title: document.title.clone(),
            });
        }
    }
    Ok((low as u32, high as u32))
}

/// Topics to suggest when nothing matched: the commitment themes.
fn suggestions(corpus: &Corpus) -> Vec<String> {
    corpus
        .themes
        .iter()
        .take(5)
        .map(|t| t.name.to_lowercase())
        .collect()
}

fn no_match(corpus: &Corpus, query: &str) -> CommandError {
    CommandError::NoMatch {
        query: query.to_string(),
        suggestions: suggestions(corpus),
    }
}

/// "Showing results for …" when misspelt words were corrected: the question as it was searched.
fn corrections_note(question: &str, hits: &Hits, words: Words) -> Option<String> {
    if hits.query.corrections.is_empty() {
        return None;
    }
    let mut shown: Vec<String> = Vec::new();
    for word in question.split_whitespace() {
        let folded = crate::text::words(word).join("");
        match hits
            .query
            .corrections
            .iter()
            .find(|(typed, _)| *typed == folded)
        {
            Some((_, fixed)) => shown.push(format!("**{fixed}**")),
            None => shown.push(escape_user_text(word)),
        }
    }
    Some(truncate(
        &words.with("search-corrected", &[("query", shown.join(" "))]),
        300,
    ))
}

/// Up to `most` paragraphs as fields: the label over the opening of the text.
fn paragraph_fields(
    mut embed: Embed,
    document: &Document,
    numbers: &[u32],
    most: usize,
    data: &Localized,
) -> Embed {
    for number in numbers.iter().take(most) {
        if let Some(paragraph) = document.paragraph(*number) {
            embed = embed.field(
                truncate(&paragraph_label(document, paragraph, data, true), 256),
                truncate(&paragraph.text.replace('*', ""), 300),
            );
        }
    }
    embed
}

/// `/ask`: what the question asks for first (a named paragraph, a meeting fact or what the
/// declaration does not say, a definition, another fact), then the best paragraphs.
pub fn ask(index: &SearchIndex, question: &str, words: Words) -> Result<Reply, CommandError> {
    let corpus = index.corpus();
    let question = question.trim();
    let answer = understand_in(index, question, ASK_HITS, words.locale)?;
    let data = corpus.localized(words.locale);
    if let Some(reference) = answer.reference {
        if !answer.also.is_empty() {
            let mut listed = vec![reference.first];
            listed.extend(answer.also.iter().map(|&n| i64::from(n)));
            return quote_list(corpus.primary(), &listed, false);
        }
        let mut reply = quote_range(corpus.primary(), reference, false)?;
        // "what does FMM mean in para 12?": the term's entry above the paragraph.
        if let Some(term) = answer.term {
            reply
                .embeds
                .insert(0, term_embed(corpus, term, words, &data));
        }
        // "… — that's para 9 right?": say so when the paragraph shown is another.
        if let Some(guessed) = answer.guessed {
            reply.content = words.with(
                "ask-not-that-paragraph",
                &[
                    ("found", reference.first.to_string()),
                    ("guessed", guessed.to_string()),
                ],
            );
        }
        return Ok(reply);
    }
    if answer.is_empty() {
        return Err(no_match(corpus, question));
    }
    let document = corpus.primary();
    let mut reply = Reply::default();
    let mut leading: Vec<u32> = Vec::new();
    if let Some(statement) = &answer.meeting {
        let footer = if statement.fact.is_some() {
            // The answer is a fact of the data, written in English.
            words.english_summaries(
                format!("{} {}", document.title, cite_all(&statement.paragraphs)),
                &data,
            )
        } else if statement.stated {
            format!("{} {}", document.title, cite_all(&statement.paragraphs))
        } else {
            words.with(
                "ask-closest-footer",
                &[
                    ("title", document.title.clone()),
                    ("paragraphs", cite_all(&statement.paragraphs)),
                ],
            )
        };
        reply = reply.with_embed(
            Embed::new(&statement.title)
                .description(&statement.text)
                .footer(footer),
        );
        if !statement.stated {
            reply = reply.with_embed(paragraph_fields(
                Embed::new(words.get("ask-closest")),
                document,
                &statement.paragraphs,
                3,
                &data,
            ));
        }
        leading.extend(&statement.paragraphs);
    } else if let Some(term) = answer.term {
        reply = reply.with_embed(term_embed(corpus, term, words, &data));
        leading.extend(answer.term_paragraphs().into_iter().take(2));
    } else if let Some(fact) = answer.fact {
        reply = reply.with_embed(super::render::fact_embed(
            fact,
            short_meeting(document),
            document,
            words,
            &data,
        ));
        leading.push(fact.paragraph);
    }
    // A meeting's fact is the answer, with its paragraph one press away: ranked paragraphs under
    // it would only repeat the question's words ("held", "meeting") back.
    let meeting_answer = answer.meeting.is_some();
    let hits = &answer.hits;
    if !hits.hits.is_empty() && !meeting_answer {
        let mut embed = Embed::new(if reply.embeds.is_empty() {
            truncate(&format!("“{}”", escape_user_text(question)), 250)
        } else {
            words.get("ask-also")
        });
        if let Some(note) = corrections_note(question, hits, words) {
            embed = embed.description(note);
        }
        embed = with_hit_fields(embed, &corpus.documents, &hits.hits, &data);
        reply = reply.with_embed(embed.footer(words.get("ask-press")));
    }
    // One "Show" button for each paragraph the reply names, in the order it names them.
    let mut shown: Vec<u32> = Vec::new();
    let ranked = if meeting_answer {
        Vec::new()
    } else {
        hits.hits
            .iter()
            .filter(|h| h.document == 0)
            .map(|h| h.paragraph)
            .collect()
    };
    for number in leading.into_iter().chain(ranked) {
        if !shown.contains(&number) && shown.len() < 5 {
            shown.push(number);
            reply = reply.with_button(Button::new(
                format!("Show ¶{number}"),
                ButtonId::show(&document.id, number),
            ));
        }
    }
    for hit in hits.hits.iter().filter(|h| h.document != 0) {
        if reply.buttons.len() < 5 && !meeting_answer {
            reply = reply.with_button(Button::new(
                format!("Show ¶{}", hit.paragraph),
                ButtonId::show(&corpus.documents[hit.document].id, hit.paragraph),
            ));
        }
    }
    Ok(reply)
}

/// "ASEMME6" out of "6th ASEM Education Ministers' Meeting (ASEMME6)", or the whole name.
fn short_meeting(document: &Document) -> &str {
    document
        .meeting
        .rsplit_once('(')
        .and_then(|(_, tail)| tail.strip_suffix(')'))
        .unwrap_or(&document.meeting)
}

/// `/search`: ranked paragraphs with snippets, "show" buttons and a "more results" button.
pub fn search(
    index: &SearchIndex,
    query: &str,
    limit: usize,
    offset: usize,
    locale: &str,
) -> Result<Reply, CommandError> {
    let catalogues = crate::locale::catalogues();
    let corpus = index.corpus();
    let query = query.trim();
    if let Some(reference) = parse_reference(query) {
        return quote_range(corpus.primary(), reference, false);
    }
    let limit = limit.clamp(1, 10);
    let hits = index.search(query, limit, offset)?;
    if hits.hits.is_empty() {
        if offset > 0 {
            return Err(CommandError::NoMatch {
                query: Words::new(locale)
                    .with("search-no-further", &[("query", query.to_string())]),
                suggestions: Vec::new(),
            });
        }
        return Err(no_match(corpus, query));
    }
    let first = offset + 1;
    let last = offset + hits.hits.len();
    let mut description = catalogues.reply_with(
        locale,
        "search-results",
        &[("first", first.to_string()), ("last", last.to_string())],
    );
    if let Some(note) = corrections_note(query, &hits, Words::new(locale)) {
        description.push('\n');
        description.push_str(&note);
    }
    let mut embed = Embed::new(truncate(
        &catalogues.reply_with(
            locale,
            "search-title",
            &[("query", escape_user_text(query))],
        ),
        250,
    ))
    .description(description);
    embed = with_hit_fields(
        embed,
        &corpus.documents,
        &hits.hits,
        &corpus.localized(locale),
    );
    let mut reply = Reply::public(embed);
    for button in show_buttons(&corpus.documents, &hits.hits, hits.hits.len()) {
        reply = reply.with_button(button);
    }
    if hits.more {
        if let Some(id) = ButtonId::more(limit, offset + limit, &hits.query.compact()) {
            reply = reply.with_button(Button::new("More results", id).primary());
        }
    }
    Ok(reply)
}

/// Paragraphs offered when words do not pin one down.
const QUOTE_CANDIDATES: usize = 5;

/// `/quote`: the exact text of a paragraph, a range (`6-7`) or a list (`6, 8, 12`), public and
/// cited. Words post a paragraph only when they pin it down (a phrase only it has, or a single
/// match); otherwise the user picks from the candidates, privately, and only the pick is posted.
pub fn quote(index: &SearchIndex, asked: &str, locale: &str) -> Result<Reply, CommandError> {
    let corpus = index.corpus();
    let document = corpus.primary();
    if let Some(reference) = parse_reference(asked) {
        return quote_range(document, reference, false);
    }
    if let Some(numbers) = parse_list(asked).or_else(|| find_list(asked)) {
        return quote_list(document, &numbers, false);
    }
    if let Some(reference) = find_reference(asked) {
        return quote_range(
            document,
            reference.resolve_last(document.last_number()),
            false,
        );
    }
    let phrase = crate::search::normalize(asked);
    let holding: Vec<u32> = document
        .paragraphs
        .iter()
        .map(|p| p.number)
        .filter(|n| {
            !phrase.is_empty()
                && index
                    .primary_folded(*n)
                    .is_some_and(|folded| folded.contains(&phrase))
        })
        .collect();
    if let [only] = holding.as_slice() {
        let n = i64::from(*only);
        return quote_range(document, ParagraphReference { first: n, last: n }, false);
    }
    let hits = index.search(asked, QUOTE_CANDIDATES, 0)?;
    let found: Vec<_> = hits.hits.iter().filter(|h| h.document == 0).collect();
    match found.as_slice() {
        [] => Err(no_match(corpus, asked)),
        [only] => {
            let n = i64::from(only.paragraph);
            quote_range(document, ParagraphReference { first: n, last: n }, false)
        }
        several => {
            let catalogues = crate::locale::catalogues();
            let mut embed = Embed::new(catalogues.reply(locale, "quote-choose-title")).description(
                catalogues.reply_with(
                    locale,
                    "quote-choose",
                    &[("asked", truncate(&escape_user_text(asked), 200))],
                ),
            );
            let shown: Vec<crate::search::Hit> = several.iter().map(|h| (*h).clone()).collect();
            embed = with_hit_fields(embed, &corpus.documents, &shown, &corpus.localized(locale));
            let mut reply = Reply::ephemeral(embed);
            for hit in &shown {
                reply = reply.with_button(Button::new(
                    format!("Post ¶{}", hit.paragraph),
                    ButtonId::post(&document.id, hit.paragraph),
                ));
            }
            Ok(reply)
        }
    }
}

/// `6, 8, 12`, `6 and 8`, `¶6 & ¶8`: two or more paragraph numbers.
fn parse_list(asked: &str) -> Option<Vec<i64>> {
    let spaced = asked
        .replace([',', ';', '&', '+'], " ")
        .replace(" and ", " ")
        .replace('¶', " ");
    let numbers: Vec<i64> = spaced
        .split_whitespace()
        .filter(|w| !w.eq_ignore_ascii_case("and"))
        .map(|w| w.parse::<i64>().ok())
        .collect::<Option<Vec<_>>>()?;
    (numbers.len() >= 2).then_some(numbers)
}

/// The paragraphs of a list, each whole, in the order asked (a number twice, once); `ephemeral`
/// for the message menu.
fn quote_list(
    document: &Document,
    numbers: &[i64],
    ephemeral: bool,
) -> Result<Reply, CommandError> {
    let mut embeds = Vec::new();
    let mut seen = Vec::new();
    for &n in numbers {
        let (first, _) = resolve_reference(document, ParagraphReference { first: n, last: n })?;
        if seen.contains(&first) {
            continue;
        }
        seen.push(first);
        if let Some(paragraph) = document.paragraph(first) {
            embeds.push(quote_embed(document, paragraph));
        }
    }
    let size: usize = embeds
        .iter()
        .map(|e| discord_len(&e.title) + discord_len(&e.description) + discord_len(&e.footer))
        .sum();
    if embeds.len() > crate::reply::limits::EMBEDS || size > crate::reply::limits::EMBEDS_TOTAL {
        let first = seen.first().copied().unwrap_or(1);
        return Err(CommandError::RangeTooLong { first, last: first });
    }
    Ok(Reply {
        embeds,
        ephemeral,
        ..Reply::default()
    })
}

/// Quote embeds for a range of paragraphs; `ephemeral` for the "show" button.
pub fn quote_range(
    document: &Document,
    reference: ParagraphReference,
    ephemeral: bool,
) -> Result<Reply, CommandError> {
    let (first, last) = resolve_reference(document, reference)?;
    let embeds: Vec<Embed> = (first..=last)
        .filter_map(|n| document.paragraph(n))
        .map(|p| quote_embed(document, p))
        .collect();
    // A quote is never cut: a range that does not fit is refused instead.
    let size: usize = embeds
        .iter()
        .map(|e| discord_len(&e.title) + discord_len(&e.description) + discord_len(&e.footer))
        .sum();
    let too_long = embeds.len() > crate::reply::limits::EMBEDS
        || size > crate::reply::limits::EMBEDS_TOTAL
        || embeds
            .iter()
            .any(|e| discord_len(&e.description) > crate::reply::limits::EMBED_DESCRIPTION);
    if too_long {
        return Err(CommandError::RangeTooLong { first, last });
    }
    Ok(Reply {
        embeds,
        ephemeral,
        ..Reply::default()
    })
}

/// Longest stretch of a message that the message menu searches with.
const MENU_TEXT_CHARS: usize = 300;

/// The *Find in declaration* message menu: paragraphs related to a message, shown to the user alone.
pub fn find_in_declaration(
    index: &SearchIndex,
    content: &str,
    locale: &str,
) -> Result<Reply, CommandError> {
    let text = truncate(content.trim(), MENU_TEXT_CHARS);
    let corpus = index.corpus();
    // A message naming paragraphs ("see para twelve", "paras 3, 7 and 12") is about them.
    if let Some(numbers) = find_list(&text) {
        if let Ok(reply) = quote_list(corpus.primary(), &numbers, true) {
            return Ok(reply);
        }
    }
    if let Some(reference) = find_reference(&text) {
        if let Ok(reply) = quote_range(corpus.primary(), reference, true) {
            return Ok(reply);
        }
    }
    let hits = crate::answer::search_past_the_scene(index, &text, ASK_HITS)?;
    if hits.hits.is_empty() {
        return Err(no_match(corpus, &text));
    }
    let catalogues = crate::locale::catalogues();
    let mut embed =
        Embed::new(catalogues.reply(locale, "menu-title")).description(catalogues.reply_with(
            locale,
            "menu-for",
            &[("message", truncate(&escape_user_text(&text), 200))],
        ));
    embed = with_hit_fields(
        embed,
        &corpus.documents,
        &hits.hits,
        &corpus.localized(locale),
    );
    let mut reply = Reply::ephemeral(embed);
    for button in show_buttons(&corpus.documents, &hits.hits, ASK_HITS) {
        reply = reply.with_button(button);
    }
    Ok(reply)
}

/// One ranked paragraph, as the command line's `search` reports it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct RankedParagraph {
    pub document: String,
    pub paragraph: u32,
    pub score: f32,
    pub section: String,
    pub snippet: String,
}

/// The ranked paragraphs for a query, best first; a paragraph number or range goes straight to
/// those paragraphs (score 1). The same rules as `/search`, without a Discord reply around them.
pub fn ranked(
    index: &SearchIndex,
    query: &str,
    limit: usize,
) -> Result<Vec<RankedParagraph>, CommandError> {
    let corpus = index.corpus();
    let view = |document: &Document, number: u32, score: f32, snippet: String| {
        let section = document
            .paragraph(number)
            .map(|p| document.heading_of(p).to_string())
            .unwrap_or_default();
        RankedParagraph {
            document: document.id.clone(),
            paragraph: number,
            score,
            section,
            snippet,
        }
    };
    if let Some(reference) = parse_reference(query) {
        let document = corpus.primary();
        let (first, last) = resolve_reference(document, reference)?;
        return Ok((first..=last)
            .filter_map(|n| document.paragraph(n))
            .map(|p| {
                view(
                    document,
                    p.number,
                    1.0,
                    truncate(&p.text.replace('*', ""), 220),
                )
            })
            .collect());
    }
    let hits = index.search(query, limit, 0)?;
    Ok(hits
        .hits
        .into_iter()
        .map(|hit| {
            view(
                &corpus.documents[hit.document],
                hit.paragraph,
                hit.score,
                hit.snippet,
            )
        })
        .collect())
}
