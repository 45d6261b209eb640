//! `/about`, the guided tour for newcomers (steps with Back/Next buttons), and `/help`.
//! The tour's structure and theme steps are computed from the data, so they follow its edits.

use super::button_id::ButtonId;
use super::spec::{self, CommandKind, COMMANDS};
use super::words::Words;
use crate::corpus::Corpus;
use crate::locale;
use crate::reply::{Button, Embed, Reply};
use crate::text::{cite, cite_all};

pub const STEPS: usize = 5;

/// Step `n` (1-based) of the tour, ephemeral, with Back/Next buttons, in the caller's language (the
/// data's own statements stay in English, and the footer says so).
pub fn step(corpus: &Corpus, n: usize, words: Words) -> Reply {
    let n = n.clamp(1, STEPS);
    let document = corpus.primary();
    let data = corpus.localized(words.locale);
    let embed = match n {
        1 => {
            let asem = corpus
                .glossary
                .iter()
                .find(|t| t.term == "ASEM")
                .map(|t| {
                    format!(
                        "{} ",
                        words.with("tour-asem", &[("expansion", t.expansion.clone())])
                    )
                })
                .unwrap_or_default();
            let statements: Vec<String> = corpus
                .tour
                .iter()
                .filter(|s| s.step == 1)
                .map(|s| {
                    format!(
                        "{} ({}).",
                        data.tour_text(s).trim_end_matches('.'),
                        super::render::cite_source(s.citation, s.paragraph, words)
                    )
                })
                .collect();
            Embed::new(words.get("tour-welcome-title"))
                .description(format!("{asem}{}", statements.join("\n\n")))
        }
        2 => {
            let host = corpus
                .facts
                .iter()
                .find(|f| f.id == "host")
                .map(|f| data.fact_answer(f))
                .unwrap_or("");
            let adopted = words.with(
                "tour-adopted",
                &[
                    ("title", document.title.clone()),
                    ("paragraph", cite(5, 5)),
                    ("subtitle", document.subtitle.clone()),
                ],
            );
            let card = words.with("tour-facts", &[("facts", words.slash("facts"))]);
            Embed::new(words.with(
                "tour-meeting-title",
                &[("meeting", document.meeting.clone())],
            ))
            .description(format!(
                "**{}:** {}\n**{}:** {}\n**{}:** *“{}”*\n{host}\n\n{adopted}\n\n{card}",
                words.get("tour-when"),
                document.dates,
                words.get("tour-where"),
                document.place,
                words.get("tour-theme"),
                document.theme,
            ))
        }
        3 => {
            let mut lines = Vec::new();
            for (index, section) in document.sections.iter().enumerate() {
                let depth = {
                    let mut depth = 0;
                    let mut parent = section.parent;
                    while let Some(p) = parent {
                        depth += 1;
                        parent = document.sections[p].parent;
                    }
                    depth
                };
                let range = document
                    .section_range(index)
                    .map(|(a, b)| format!(" · {}", cite(a, b)))
                    .unwrap_or_default();
                lines.push(format!(
                    "{}{}{}",
                    "  ".repeat(depth) + "• ",
                    section.heading,
                    range
                ));
            }
            let example = words.example("quote", "paragraph", "6");
            Embed::new(words.with(
                "tour-declaration-title",
                &[("count", document.last_number().to_string())],
            ))
            .description(format!(
                "{}\n\n{}",
                lines.join("\n"),
                words.with("tour-quote", &[("example", example)])
            ))
        }
        4 => {
            let mut lines = Vec::new();
            for (index, theme) in corpus.themes.iter().enumerate() {
                let cited = corpus.theme_paragraphs(index);
                if !cited.is_empty() {
                    lines.push(format!(
                        "**{}** · {}\n{}",
                        data.theme_name(theme),
                        cite_all(&cited),
                        data.theme_description(theme)
                    ));
                }
            }
            let example = words.example("commitments", "theme", "mobility");
            Embed::new(words.get("tour-themes-title")).description(format!(
                "{}\n\n{}",
                lines.join("\n"),
                words.with("tour-commitments", &[("example", example)])
            ))
        }
        _ => {
            let menu = spec::find(spec::FIND_IN_DECLARATION)
                .map_or(spec::FIND_IN_DECLARATION.to_string(), |c| {
                    c.name_in(words.locale)
                });
            let lines = [
                words.with(
                    "tour-use-ask",
                    &[(
                        "ask",
                        format!("{} …", words.example("ask", "question", "").trim_end()),
                    )],
                ),
                words.with(
                    "tour-use-search",
                    &[
                        (
                            "search",
                            format!("{} …", words.example("search", "query", "").trim_end()),
                        ),
                        (
                            "show",
                            words.with("button-show", &[("paragraph", "N".to_string())]),
                        ),
                    ],
                ),
                words.with(
                    "tour-use-quote",
                    &[("quote", words.example("quote", "paragraph", "10"))],
                ),
                words.with(
                    "tour-use-cards",
                    &[
                        ("facts", words.slash("facts")),
                        ("meetings", words.slash("meetings")),
                        ("commitments", words.slash("commitments")),
                        ("glossary", words.slash("glossary")),
                    ],
                ),
                words.with("tour-use-menu", &[("menu", menu)]),
                words.with("tour-use-help", &[("help", words.slash("help"))]),
            ];
            let bulleted: Vec<String> = lines.iter().map(|l| format!("• {l}")).collect();
            Embed::new(words.get("tour-use-title")).description(bulleted.join("\n"))
        }
    };
    let footer = words.with(
        "tour-footer",
        &[
            ("step", n.to_string()),
            ("steps", STEPS.to_string()),
            ("title", document.title.clone()),
        ],
    );
    // Steps 1, 2 and 4 show the data's statements and theme summaries, written in English.
    let footer = if matches!(n, 1 | 2 | 4) {
        words.english_summaries(footer, &data)
    } else {
        footer
    };
    let mut reply = Reply::ephemeral(embed.footer(footer));
    if n > 1 {
        reply = reply.with_button(Button::new("Back", ButtonId::About { step: n - 1 }));
    }
    if n < STEPS {
        reply = reply.with_button(Button::new("Next", ButtonId::About { step: n + 1 }).primary());
    }
    reply
}

/// `/help`: every command from the command table, one line each, in the caller's language: the
/// names and descriptions Discord shows in its picker, and the bot's own words from `locales/`.
pub fn help(locale: &str) -> Reply {
    let catalogues = locale::catalogues();
    let lines: Vec<String> = COMMANDS
        .iter()
        .map(|c| match c.kind {
            CommandKind::Slash => {
                format!("`{}` — {}", c.usage_in(locale), c.description_in(locale))
            }
            CommandKind::MessageMenu => format!(
                "**{}** ({}) — {}",
                c.name_in(locale),
                catalogues.reply(locale, "help-message-menu"),
                catalogues.reply(locale, "help-menu-description")
            ),
        })
        .collect();
    let mut description = format!(
        "{}\n\n{}",
        lines.join("\n"),
        catalogues.reply_with(
            locale,
            "help-mention",
            &[(
                "ask",
                spec::find("ask").map_or("/ask".to_string(), |ask| format!(
                    "/{}",
                    ask.name_in(locale)
                )),
            )]
        )
    );
    let translated = locale::is_translated(locale);
    if translated {
        description.push('\n');
        description.push_str(&catalogues.reply(locale, "help-english-note"));
    }
    Reply::ephemeral(
        Embed::new(catalogues.reply(locale, "help-title"))
            .description(description)
            .footer(catalogues.reply(locale, "help-footer")),
    )
}
