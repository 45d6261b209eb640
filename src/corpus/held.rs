//! What the bot holds of its primary document, folded: the paragraphs, footnotes and question
//! bank, the meetings' records, the facts and the glossary. A name none of them uses ("Seoul
//! National University", "the Berlinale") is one the bot knows nothing of.

use super::Corpus;
use std::collections::HashSet;

#[derive(Debug, Clone, Default)]
pub struct Held {
    /// Each text as its folded words (a hyphen parts them), the texts joined by " | " so no name
    /// runs across two.
    text: String,
    words: HashSet<String>,
}

impl Held {
    pub(crate) fn of(corpus: &Corpus) -> Held {
        let Some(primary) = corpus.documents.first() else {
            return Held::default();
        };
        let document = [
            &primary.title,
            &primary.subtitle,
            &primary.meeting,
            &primary.theme,
            &primary.place,
        ]
        .into_iter()
        .chain(
            primary
                .paragraphs
                .iter()
                .flat_map(|p| std::iter::once(&p.text).chain(&p.questions)),
        )
        .chain(primary.footnotes.iter().map(|f| &f.text));
        let meetings = corpus.meetings.iter().flat_map(|m| {
            [&m.short, &m.name, &m.city, &m.theme, &m.note]
                .into_iter()
                .chain(&m.place_names)
                .chain(&m.region)
        });
        let facts = corpus.facts.iter().flat_map(|f| [&f.answer, &f.quote]);
        let glossary = corpus.glossary.iter().flat_map(|t| {
            [&t.term, &t.expansion, &t.explanation]
                .into_iter()
                .chain(&t.forms)
                .chain(&t.aliases)
        });
        let mut held = Held {
            text: String::from(" "),
            words: HashSet::new(),
        };
        for said in document.chain(meetings).chain(facts).chain(glossary) {
            for word in crate::text::words(&said.replace('-', " ")) {
                held.text.push_str(&word);
                held.text.push(' ');
                held.words.insert(word);
            }
            held.text.push_str("| ");
        }
        held
    }

    /// Whether a text the bot holds has the folded word, or the word it is the plural of ("SDGs").
    pub fn has_word(&self, word: &str) -> bool {
        self.words.contains(word)
            || word
                .strip_suffix('s')
                .is_some_and(|w| self.words.contains(w))
    }

    /// Whether a text the bot holds has the folded words one after another.
    pub fn has_phrase(&self, words: &[String]) -> bool {
        self.text.contains(&format!(" {} ", words.join(" ")))
    }
}
