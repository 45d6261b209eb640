//! `/about`, the guided tour for newcomers (steps with Back/Next buttons), and `/help`.
//! The tour's structure and theme steps are computed from the data, so they follow its edits.

use super::button_id::ButtonId;
use super::spec::{self, CommandKind, COMMANDS};
use crate::corpus::Corpus;
use crate::locale;
use crate::reply::{Button, Embed, Reply};
use crate::text::{cite, cite_all};

pub const STEPS: usize = 5;

/// Step `n` (1-based) of the tour, ephemeral, with Back/Next buttons.
pub fn step(corpus: &Corpus, n: usize) -> Reply {
    let n = n.clamp(1, STEPS);
    let document = corpus.primary();
    let embed = match n {
        1 => {
            let asem = corpus
                .glossary
                .iter()
                .find(|t| t.term == "ASEM")
                .map(|t| format!("**ASEM** ({}) is where Asia and Europe cooperate. ", t.expansion))
                .unwrap_or_default();
            let statements: Vec<String> = corpus
                .tour
                .iter()
                .filter(|s| s.step == 1)
                .map(|s| format!("{} ({}).", s.text.trim_end_matches('.'), super::render::cite_source(s.citation, s.paragraph)))
                .collect();
            Embed::new("Welcome · What is ASEM?").description(format!(
                "{asem}{}",
                statements.join("\n\n")
            ))
        }
        2 => {
            let host = corpus.facts.iter().find(|f| f.id == "host").map(|f| f.answer.as_str()).unwrap_or("");
            Embed::new(format!("This meeting · {}", document.meeting)).description(format!(
                "**When:** {}\n**Where:** {}\n**Theme:** *“{}”*\n{}\n\nThe ministers adopted the **{}** ({}), titled in its heading *{}*.\n\n`/facts` has the meeting card.",
                document.dates, document.place, document.theme, host, document.title, cite(5, 5), document.subtitle
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
                lines.push(format!("{}{}{}", "  ".repeat(depth) + "• ", section.heading, range));
            }
            Embed::new(format!("The declaration · {} paragraphs", document.last_number()))
                .description(format!(
                    "{}\n\n`/quote paragraph: 6` posts a paragraph word for word.",
                    lines.join("\n")
                ))
        }
        4 => {
            let mut lines = Vec::new();
            for (index, theme) in corpus.themes.iter().enumerate() {
                let cited: Vec<u32> = corpus.commitments.iter().filter(|c| c.theme == index).map(|c| c.paragraph).collect();
                if !cited.is_empty() {
                    lines.push(format!("**{}** · {}\n{}", theme.name, cite_all(&cited), theme.description));
                }
            }
            Embed::new("The main themes").description(format!(
                "{}\n\n`/commitments theme: mobility` lists what was promised, with the exact words.",
                lines.join("\n")
            ))
        }
        _ => Embed::new("How to use me").description(
            "• `/ask question: …` answers in your own words, e.g. *who hosted the meeting?* or *what about online courses?*\n\
             • `/search query: …` lists the best paragraphs; press **Show ¶N** to read one whole.\n\
             • `/quote paragraph: 10` posts a paragraph word for word, for everyone.\n\
             • `/facts`, `/meetings`, `/commitments`, `/glossary` for the reference cards.\n\
             • Right-click a message › Apps › **Find in declaration** to find what it relates to.\n\
             • Mention me with a question, or `/help` for every command.",
        ),
    };
    let mut reply =
        Reply::ephemeral(embed.footer(format!("Step {n} of {STEPS} · {}", document.title)));
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
    let translated = !locale.starts_with("en") && locale::reply_locales().any(|l| l == locale);
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
