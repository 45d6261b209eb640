//! Questions that ask for a figure ("how many students…", "how much money…", "what percentage…"):
//! only a paragraph that gives one, for what is counted, answers them. The declaration gives few
//! figures, so most such questions are honestly told that nothing in it answers them.

use crate::text::{number_value, words};

/// What a question asks to be counted or measured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Figure {
    /// "How many <thing>": a number followed by the thing (`10 years`, `ten partners`).
    Count(String),
    /// "How much", "what percentage", "what budget": an amount with its unit (`5 million`, `40%`).
    Amount,
}

/// The figure `question` asks for, if it asks for one.
pub fn asked_figure(question: &str) -> Option<Figure> {
    let words = words(question);
    for (i, word) in words.iter().enumerate() {
        let next = words.get(i + 1).map(String::as_str);
        match (word.as_str(), next) {
            ("how", Some("many")) => {
                return words.get(i + 2).map(|thing| Figure::Count(singular(thing)));
            }
            ("how", Some("much")) => return Some(Figure::Amount),
            ("what" | "which", Some("percentage" | "proportion" | "budget" | "amount")) => {
                return Some(Figure::Amount)
            }
            _ => {}
        }
    }
    None
}

/// Whether `text` gives the figure asked for.
pub fn gives(figure: &Figure, text: &str) -> bool {
    let words = words(text);
    let is_number = |w: &str| {
        // A year says when, not how many.
        let year =
            w.len() == 4 && w.starts_with(['1', '2']) && w.bytes().all(|b| b.is_ascii_digit());
        !year && number_value(w).is_some_and(|n| n > 0) && crate::text::ordinal_value(w).is_none()
    };
    match figure {
        Figure::Count(thing) => {
            words
                .windows(2)
                .any(|pair| is_number(&pair[0]) && singular(&pair[1]) == *thing)
                || words
                    .windows(3)
                    .any(|triple| is_number(&triple[0]) && singular(&triple[2]) == *thing)
        }
        Figure::Amount => {
            text.contains('%')
                || words.windows(2).any(|pair| {
                    is_number(&pair[0])
                        && matches!(
                            pair[1].as_str(),
                            "percent"
                                | "million"
                                | "billion"
                                | "euro"
                                | "euros"
                                | "dollars"
                                | "usd"
                                | "eur"
                                | "won"
                        )
                })
        }
    }
}

fn singular(word: &str) -> String {
    match word.strip_suffix("ies") {
        Some(stem) => format!("{stem}y"),
        None => word.strip_suffix('s').unwrap_or(word).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_are_asked_and_given() {
        let students = asked_figure("How many students moved between Asia and Europe?");
        assert_eq!(students, Some(Figure::Count("student".into())));
        let years = asked_figure("how many years have the ministers met?").unwrap();
        assert!(gives(&years, "to celebrate the 10 years of its gathering"));
        assert!(!gives(&years, "since 2008 in Berlin"));
        let money = asked_figure("How much money was set aside?").unwrap();
        assert!(!gives(&money, "the 10 years of its gathering"));
        assert!(gives(&money, "a fund of 5 million euros"));
        assert_eq!(
            asked_figure("What did the ministers say about mobility?"),
            None
        );
        assert!(!gives(
            &Figure::Count("mooc".into()),
            "the 4th Industrial Revolution and MOOCs"
        ));
    }
}
