//! Autocomplete suggestions for every option that has them: at most 25, names and values within 100
//! characters, computed from the corpus alone so they come back fast.

use super::lookup::{find_fact, find_term, find_theme};
use crate::reply::{limits, Choice};
use crate::search::{normalize, parse_reference, SearchIndex};
use crate::text::{cite_all, truncate};

/// The options that offer suggestions while the user types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    QuoteParagraph,
    SearchQuery,
    FactsTopic,
    CommitmentsTheme,
    GlossaryTerm,
    /// An option without suggestions (or one this version does not know): suggest nothing.
    None,
}

pub fn suggest(index: &SearchIndex, field: Field, typed: &str, locale: &str) -> Vec<Choice> {
    let mut choices = match field {
        Field::QuoteParagraph => paragraphs(index, typed),
        Field::SearchQuery => queries(index, typed),
        Field::FactsTopic => facts(index, typed, locale),
        Field::CommitmentsTheme => themes(index, typed, locale),
        Field::GlossaryTerm => terms(index, typed),
        Field::None => Vec::new(),
    };
    choices.truncate(limits::CHOICES);
    choices
}

fn choice(name: impl AsRef<str>, value: impl AsRef<str>) -> Choice {
    Choice {
        name: truncate(name.as_ref(), limits::CHOICE_NAME),
        value: value.as_ref().chars().take(limits::CHOICE_VALUE).collect(),
    }
}

fn matches(typed: &str, candidate: &str) -> bool {
    let typed = normalize(typed);
    typed.is_empty() || normalize(candidate).contains(&typed)
}

/// `¶6 · Promotion of mobility…`: by number or range, by words of the heading or the text, or by search.
fn paragraphs(index: &SearchIndex, typed: &str) -> Vec<Choice> {
    let corpus = index.corpus();
    let document = corpus.primary();
    // The paragraph's own opening words tell paragraphs apart; six of them share one heading.
    let label = |n: u32| {
        document
            .paragraph(n)
            .map(|p| choice(format!("¶{n} · {}", p.text.replace('*', "")), n.to_string()))
    };
    // "6-" offers the ranges from ¶6.
    if let Some(open) = typed.trim_end().strip_suffix(['-', '–']) {
        if let Some(reference) = parse_reference(open) {
            let from = reference.first;
            if (1..i64::from(document.last_number())).contains(&from) {
                let from = from as u32;
                return (from + 1..=document.last_number())
                    .map(|to| {
                        choice(
                            format!("{} ({})", crate::text::cite(from, to), document.title),
                            format!("{from}-{to}"),
                        )
                    })
                    .collect();
            }
        }
    }
    if let Some(reference) = parse_reference(typed) {
        let last = i64::from(document.last_number());
        if reference.first != reference.last
            && (1..=last).contains(&reference.first)
            && (1..=last).contains(&reference.last)
        {
            let (a, b) = (
                reference.first.min(reference.last),
                reference.first.max(reference.last),
            );
            return vec![choice(
                format!(
                    "{} ({})",
                    crate::text::cite(a as u32, b as u32),
                    document.title
                ),
                format!("{a}-{b}"),
            )];
        }
        // "1" suggests ¶1 and ¶10–16.
        let digits = reference.first.to_string();
        return (1..=document.last_number())
            .filter(|n| n.to_string().starts_with(&digits))
            .filter_map(label)
            .collect();
    }
    let words = normalize(typed);
    if words.is_empty() {
        return (1..=document.last_number()).filter_map(label).collect();
    }
    let mut numbers: Vec<u32> = document
        .paragraphs
        .iter()
        .filter(|p| {
            index
                .primary_folded(p.number)
                .is_some_and(|folded| folded.contains(&words))
        })
        .map(|p| p.number)
        .collect();
    if numbers.is_empty() {
        if let Ok(hits) = index.search(typed, 10, 0) {
            numbers = hits
                .hits
                .iter()
                .filter(|h| h.document == 0)
                .map(|h| h.paragraph)
                .collect();
        }
    }
    numbers.into_iter().filter_map(label).collect()
}

/// Query suggestions: what was typed, then glossary terms, themes and headings that contain it.
fn queries(index: &SearchIndex, typed: &str) -> Vec<Choice> {
    let corpus = index.corpus();
    let mut out: Vec<Choice> = Vec::new();
    let push = |out: &mut Vec<Choice>, name: String, value: String| {
        if !out.iter().any(|c| c.value.eq_ignore_ascii_case(&value)) {
            out.push(choice(name, value));
        }
    };
    if !typed.trim().is_empty() {
        push(&mut out, typed.trim().to_string(), typed.trim().to_string());
    }
    for term in &corpus.glossary {
        if matches(typed, &term.term) || matches(typed, &term.expansion) {
            let name = if term.expansion.is_empty() {
                format!("{} · {}", term.term, cite_all(&term.paragraphs))
            } else {
                format!(
                    "{} ({}) · {}",
                    term.term,
                    term.expansion,
                    cite_all(&term.paragraphs)
                )
            };
            push(&mut out, name, term.term.clone());
        }
    }
    for (i, theme) in corpus.themes.iter().enumerate() {
        if matches(typed, &theme.name) {
            push(
                &mut out,
                format!("{} · {}", theme.name, cite_all(&corpus.theme_paragraphs(i))),
                theme.name.to_lowercase(),
            );
        }
    }
    // A large corpus has thousands of headings: compare with their folded forms, made once, and
    // stop when the list is full.
    let folded = normalize(typed);
    for (normalized, heading) in index.headings() {
        if out.len() >= limits::CHOICES {
            break;
        }
        if normalized.contains(&folded) {
            push(&mut out, heading.clone(), heading.clone());
        }
    }
    out
}

/// Facts, named in the caller's language (and found by their English words too).
fn facts(index: &SearchIndex, typed: &str, locale: &str) -> Vec<Choice> {
    let corpus = index.corpus();
    let data = corpus.localized(locale);
    let shown = |f: &crate::corpus::Fact| {
        choice(
            format!(
                "{} — {}",
                data.fact_label(f),
                data.fact_answer(f).replace('*', "")
            ),
            &f.id,
        )
    };
    let mut out: Vec<Choice> = corpus
        .facts
        .iter()
        .filter(|f| {
            [
                f.id.as_str(),
                &f.label,
                &f.answer,
                data.fact_label(f),
                data.fact_answer(f),
            ]
            .iter()
            .any(|name| matches(typed, name))
        })
        .map(shown)
        .collect();
    if out.is_empty() {
        if let Some(f) = find_fact(corpus, typed) {
            out.push(shown(f));
        }
    }
    out
}

/// Commitment themes, named in the caller's language (and found by their English words too).
fn themes(index: &SearchIndex, typed: &str, locale: &str) -> Vec<Choice> {
    let corpus = index.corpus();
    let data = corpus.localized(locale);
    let mut out: Vec<Choice> = corpus
        .themes
        .iter()
        .enumerate()
        .filter(|(_, t)| {
            [
                t.id.as_str(),
                &t.name,
                &t.description,
                data.theme_name(t),
                data.theme_description(t),
            ]
            .iter()
            .any(|name| matches(typed, name))
        })
        .map(|(i, t)| {
            choice(
                format!(
                    "{} · {} — {}",
                    data.theme_name(t),
                    cite_all(&corpus.theme_paragraphs(i)),
                    data.theme_description(t)
                ),
                &t.id,
            )
        })
        .collect();
    if out.is_empty() {
        if let Some(t) = find_theme(corpus, typed) {
            out.push(choice(data.theme_name(t), &t.id));
        }
    }
    out
}

fn terms(index: &SearchIndex, typed: &str) -> Vec<Choice> {
    let corpus = index.corpus();
    let mut out: Vec<Choice> = corpus
        .glossary
        .iter()
        .filter(|t| matches(typed, &t.term) || matches(typed, &t.expansion))
        .map(|t| {
            let name = if t.expansion.is_empty() {
                t.term.clone()
            } else {
                format!("{} — {}", t.term, t.expansion)
            };
            choice(name, &t.term)
        })
        .collect();
    if out.is_empty() {
        if let Some(t) = find_term(corpus, typed) {
            out.push(choice(&t.term, &t.term));
        }
    }
    out
}
