//! The project's own words about the declaration (fact cards, theme names, commitment summaries,
//! glossary explanations, the tour, meeting notes, section names) in other languages, from
//! `data/translations/<locale>.toml`, and a view of the data in one locale that falls back to
//! English where a translation is missing and remembers that it did, so the reply can say so.

use super::{Commitment, Corpus, Fact, Meeting, Section, Term, Theme, TourStatement};
use std::cell::Cell;
use std::collections::HashMap;

/// One language's translations, keyed by the English data they translate.
#[derive(Debug, Clone, Default)]
pub struct Translation {
    /// Fact id → (label, answer).
    pub facts: HashMap<String, (String, String)>,
    /// Theme id → (name, description).
    pub themes: HashMap<String, (String, String)>,
    /// Section id (of the primary document) → short name.
    pub sections: HashMap<String, String>,
    /// Glossary term → explanation.
    pub terms: HashMap<String, String>,
    /// Meeting short name → note.
    pub meetings: HashMap<String, String>,
    /// A commitment's exact English phrase → its summary.
    pub commitments: HashMap<String, String>,
    /// A tour statement's exact English quote → its text.
    pub tour: HashMap<String, String>,
}

/// The data as one locale reads it.
pub struct Localized<'c> {
    translation: Option<&'c Translation>,
    /// Whether this locale's replies are translated: then an English summary is a fallback.
    expects_translation: bool,
    fell_back: Cell<bool>,
}

impl Corpus {
    /// The data in `locale`: translated where `data/translations/` has it, else English.
    pub fn localized(&self, locale: &str) -> Localized<'_> {
        Localized {
            translation: self.translations.get(locale),
            expects_translation: crate::locale::is_translated(locale),
            fell_back: Cell::new(false),
        }
    }
}

impl<'c> Localized<'c> {
    fn pick<'a>(&self, translated: Option<&'a str>, english: &'a str) -> &'a str {
        match translated {
            Some(text) => text,
            None => {
                if self.expects_translation {
                    self.fell_back.set(true);
                }
                english
            }
        }
    }

    pub fn fact_label<'a>(&self, fact: &'a Fact) -> &'a str
    where
        'c: 'a,
    {
        let t = self.translation.and_then(|t| t.facts.get(&fact.id));
        self.pick(t.map(|(label, _)| label.as_str()), &fact.label)
    }

    pub fn fact_answer<'a>(&self, fact: &'a Fact) -> &'a str
    where
        'c: 'a,
    {
        let t = self.translation.and_then(|t| t.facts.get(&fact.id));
        self.pick(t.map(|(_, answer)| answer.as_str()), &fact.answer)
    }

    pub fn theme_name<'a>(&self, theme: &'a Theme) -> &'a str
    where
        'c: 'a,
    {
        let t = self.translation.and_then(|t| t.themes.get(&theme.id));
        self.pick(t.map(|(name, _)| name.as_str()), &theme.name)
    }

    pub fn theme_description<'a>(&self, theme: &'a Theme) -> &'a str
    where
        'c: 'a,
    {
        let t = self.translation.and_then(|t| t.themes.get(&theme.id));
        self.pick(t.map(|(_, d)| d.as_str()), &theme.description)
    }

    /// A section's short name; sections of documents the translations do not describe stay as
    /// they are, without counting as a fallback.
    pub fn section_short<'a>(&self, section: &'a Section, primary: bool) -> &'a str
    where
        'c: 'a,
    {
        if !primary {
            return &section.short;
        }
        let t = self.translation.and_then(|t| t.sections.get(&section.id));
        self.pick(t.map(String::as_str), &section.short)
    }

    pub fn explanation<'a>(&self, term: &'a Term) -> &'a str
    where
        'c: 'a,
    {
        let t = self.translation.and_then(|t| t.terms.get(&term.term));
        self.pick(t.map(String::as_str), &term.explanation)
    }

    pub fn meeting_note<'a>(&self, meeting: &'a Meeting) -> &'a str
    where
        'c: 'a,
    {
        if meeting.note.is_empty() {
            return "";
        }
        let t = self
            .translation
            .and_then(|t| t.meetings.get(&meeting.short));
        self.pick(t.map(String::as_str), &meeting.note)
    }

    pub fn summary<'a>(&self, commitment: &'a Commitment) -> &'a str
    where
        'c: 'a,
    {
        let t = self
            .translation
            .and_then(|t| t.commitments.get(&commitment.phrase));
        self.pick(t.map(String::as_str), &commitment.summary)
    }

    pub fn tour_text<'a>(&self, statement: &'a TourStatement) -> &'a str
    where
        'c: 'a,
    {
        let t = self.translation.and_then(|t| t.tour.get(&statement.quote));
        self.pick(t.map(String::as_str), &statement.text)
    }

    /// Whether anything shown so far fell back to English in a locale that expected a translation.
    pub fn fell_back(&self) -> bool {
        self.fell_back.get()
    }
}
