//! The declaration data as typed, validated values: documents with their sections, paragraphs and
//! footnotes, and the meeting facts, timeline, commitments, glossary and synonyms about them.
//!
//! Values of these types only come out of [`Corpus::load`], which checks every cross-reference, so
//! the rest of the program can index by paragraph number without checking again.

mod held;
mod load;
pub mod synthetic;
mod translation;

pub use held::Held;
pub use load::DataError;
pub use translation::{Localized, Translation};

use std::path::Path;

/// Everything in `data/`, loaded and checked.
#[derive(Debug, Clone)]
pub struct Corpus {
    /// The documents, the primary one (that facts and commitments describe) first.
    pub documents: Vec<Document>,
    pub facts: Vec<Fact>,
    pub meetings: Vec<Meeting>,
    /// How questions ask about meetings, and where to look when the declaration does not say.
    pub meeting_questions: MeetingQuestions,
    pub themes: Vec<Theme>,
    pub commitments: Vec<Commitment>,
    /// Operative-sounding sentences deliberately not counted as commitments, with why.
    pub omitted: Vec<Omitted>,
    /// What the `/about` tour says in its own words, each statement with its source.
    pub tour: Vec<TourStatement>,
    pub glossary: Vec<Term>,
    /// Groups of words or phrases that mean the same for search.
    pub synonyms: Vec<Vec<String>>,
    /// Words of the corpus's own subject that queries drop ("declaration", "ministers").
    pub stop_words: Vec<String>,
    /// For questions in other languages: each language's words for the key concepts and its
    /// question bank (`data/languages/<locale>.toml`), about the primary document.
    pub languages: Vec<LanguageBank>,
    /// The project's own words in other languages, by locale (`data/translations/<locale>.toml`).
    pub translations: std::collections::HashMap<String, Translation>,
    /// Every word of the primary document's paragraphs, folded, a hyphenated word also by its
    /// parts: whether a question's word is the declaration's own.
    pub primary_words: std::collections::HashSet<String>,
    /// Every text the bot holds of the primary document: whether a name is one it uses.
    pub held: Held,
}

/// What matching a question in one language needs, from `data/languages/<locale>.toml`.
#[derive(Debug, Clone, Default)]
pub struct LanguageBank {
    /// The Discord locale (`ko`, `es-ES`).
    pub locale: String,
    /// The language's own name.
    pub language: String,
    pub concepts: Vec<Concept>,
    /// (paragraph of the primary document, a question it answers).
    pub questions: Vec<(u32, String)>,
}

/// A concept of the declaration: its English words (which stand in the text) and how a language
/// writes it.
#[derive(Debug, Clone, Default)]
pub struct Concept {
    pub english: String,
    pub native: Vec<String>,
}

/// One declaration (or other ASEM document) with its numbered paragraphs.
#[derive(Debug, Clone)]
pub struct Document {
    pub id: String,
    pub title: String,
    pub subtitle: String,
    pub meeting: String,
    pub theme: String,
    pub dates: String,
    pub place: String,
    /// Where the official text is published, when the data records it (never guessed).
    pub source_url: Option<String>,
    pub sections: Vec<Section>,
    /// Paragraph `n` is at index `n - 1`: numbering is checked to run 1, 2, 3… without gaps.
    pub paragraphs: Vec<Paragraph>,
    pub footnotes: Vec<Footnote>,
}

#[derive(Debug, Clone)]
pub struct Section {
    pub id: String,
    pub heading: String,
    /// A few words for result lists on a phone (the heading itself when none is given).
    pub short: String,
    /// Index of the enclosing section in [`Document::sections`].
    pub parent: Option<usize>,
}

#[derive(Debug, Clone)]
pub struct Paragraph {
    pub number: u32,
    /// Index in [`Document::sections`].
    pub section: usize,
    /// The verbatim text; `*…*` marks the original's italics.
    pub text: String,
    /// Questions people ask that this paragraph (or its footnotes) answers, from `questions.toml`.
    pub questions: Vec<String>,
    /// Searches people type for what this paragraph says ("free textbooks online"), from
    /// `questions.toml`.
    pub searches: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Footnote {
    pub paragraph: u32,
    pub marker: String,
    pub text: String,
}

/// One statement of the tour, with the declaration's words it rests on.
#[derive(Debug, Clone)]
pub struct TourStatement {
    /// The tour step it belongs to (1-based).
    pub step: usize,
    /// What the tour says (Discord markdown).
    pub text: String,
    pub paragraph: u32,
    pub citation: Citation,
    /// The exact words of the declaration it rests on (checked at load).
    pub quote: String,
}

/// Where in the declaration a fact stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Citation {
    /// In the text of its paragraph.
    Paragraph,
    /// In a footnote of its paragraph.
    Footnote,
    /// In the document's heading (title, meeting, theme) above the paragraphs.
    Heading,
}

/// A fact about the meeting, answerable by `/facts` and `/ask`.
#[derive(Debug, Clone)]
pub struct Fact {
    pub id: String,
    pub label: String,
    pub answer: String,
    /// The paragraph it comes from (or, for the heading, the paragraph to show beside it).
    pub paragraph: u32,
    /// Where the words it rests on stand.
    pub citation: Citation,
    /// Those words, exactly as the declaration has them (checked at load).
    pub quote: String,
    /// Each entry is a set of folded words that must all occur in a question; a trailing `*` is a prefix.
    pub asks: Vec<Vec<String>>,
}

/// One meeting of the process, for the timeline.
#[derive(Debug, Clone)]
pub struct Meeting {
    pub short: String,
    pub name: String,
    pub kind: MeetingKind,
    /// Its number among meetings of its kind (the 3rd ministerial meeting: 3).
    pub number: u32,
    /// Facts of facts.toml (by index in [`Corpus::facts`]) that answer questions about it.
    pub facts: Vec<(MeetingAttribute, usize)>,
    pub city: String,
    /// Other names people use for the city ("KL"); they find the meeting, and are never shown.
    pub place_names: Vec<String>,
    /// The part of the world it was held in, then other words for it ("Asia", "Asian"); they find
    /// it by its place in that part's series ("the first meeting held in Asia").
    pub region: Vec<String>,
    pub year: u32,
    pub theme: String,
    pub note: String,
    pub paragraph: u32,
}

impl Meeting {
    /// Every name of its place: its city, then the other names people use for it.
    pub fn places(&self) -> impl Iterator<Item = &String> {
        std::iter::once(&self.city).chain(&self.place_names)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeetingKind {
    /// An ASEM Education Ministers' Meeting (ASEMME).
    Ministerial,
    /// An ASEM Summit of heads of state and government.
    Summit,
}

/// What a question can ask about a meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MeetingAttribute {
    City,
    Year,
    Dates,
    Theme,
    Host,
    /// Who chaired it (the declaration names no chair of any meeting).
    Chair,
    Participants,
    /// How many took part (the declaration says who, never how many).
    Headcount,
    /// Who signed (the declaration says who adopted it, not who signed).
    Signatories,
    /// What it adopted ("which declaration came out of it?").
    Outcome,
    /// How many meetings there have been.
    Count,
}

impl MeetingAttribute {
    pub const ALL: [MeetingAttribute; 11] = [
        MeetingAttribute::City,
        MeetingAttribute::Year,
        MeetingAttribute::Dates,
        MeetingAttribute::Theme,
        MeetingAttribute::Host,
        MeetingAttribute::Chair,
        MeetingAttribute::Participants,
        MeetingAttribute::Headcount,
        MeetingAttribute::Signatories,
        MeetingAttribute::Outcome,
        MeetingAttribute::Count,
    ];

    /// The name used in `data/meetings.toml` (and in evaluation sets).
    pub fn id(self) -> &'static str {
        match self {
            MeetingAttribute::City => "city",
            MeetingAttribute::Year => "year",
            MeetingAttribute::Dates => "dates",
            MeetingAttribute::Theme => "theme",
            MeetingAttribute::Host => "host",
            MeetingAttribute::Chair => "chair",
            MeetingAttribute::Participants => "participants",
            MeetingAttribute::Headcount => "headcount",
            MeetingAttribute::Signatories => "signatories",
            MeetingAttribute::Outcome => "outcome",
            MeetingAttribute::Count => "count",
        }
    }

    pub fn from_id(id: &str) -> Option<MeetingAttribute> {
        MeetingAttribute::ALL.into_iter().find(|a| a.id() == id)
    }
}

/// The `[asks]` and `[unknown]` tables of `meetings.toml`.
#[derive(Debug, Clone, Default)]
pub struct MeetingQuestions {
    /// For each attribute, the phrases (folded words; a trailing `*` is a prefix) that ask for it.
    pub asks: Vec<(MeetingAttribute, Vec<Vec<String>>)>,
    /// Paragraphs closest to what the declaration leaves unsaid about earlier meetings.
    pub earlier: Vec<u32>,
    /// … and about meetings still to come.
    pub future: Vec<u32>,
    /// The fact (index in [`Corpus::facts`]) that lists the meetings.
    pub timeline: Option<usize>,
}

#[derive(Debug, Clone)]
pub struct Theme {
    pub id: String,
    pub name: String,
    pub description: String,
}

/// How strongly the ministers put something: the declaration's own verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strength {
    Declare,
    Agree,
    WillStrive,
    StronglyEncourage,
    Encourage,
    Urge,
    Invite,
    Welcome,
    Ready,
    Intend,
    Envision,
    Adopt,
    LookForward,
    ExpressWillingness,
    RecogniseNeed,
    AcknowledgeNeed,
    Need,
    Believe,
    Recognise,
    Acknowledge,
}

impl Strength {
    pub const ALL: [Strength; 20] = [
        Strength::Declare,
        Strength::Agree,
        Strength::WillStrive,
        Strength::StronglyEncourage,
        Strength::Encourage,
        Strength::Urge,
        Strength::Invite,
        Strength::Welcome,
        Strength::Ready,
        Strength::Intend,
        Strength::Envision,
        Strength::Adopt,
        Strength::LookForward,
        Strength::ExpressWillingness,
        Strength::RecogniseNeed,
        Strength::AcknowledgeNeed,
        Strength::Need,
        Strength::Believe,
        Strength::Recognise,
        Strength::Acknowledge,
    ];

    /// The name used in `data/commitments.toml`.
    pub fn id(self) -> &'static str {
        self.parts().0
    }

    /// How replies name it: what the ministers do ("express willingness").
    pub fn label(self) -> &'static str {
        self.parts().1
    }

    /// Words (folded) of which one must stand in the sentence a commitment quotes.
    pub fn cues(self) -> &'static [&'static str] {
        self.parts().2
    }

    fn parts(self) -> (&'static str, &'static str, &'static [&'static str]) {
        match self {
            Strength::Declare => ("declare", "declare", &["declare"]),
            Strength::Agree => ("agree", "agree", &["agree"]),
            Strength::WillStrive => ("will-strive", "will strive", &["strive"]),
            Strength::StronglyEncourage => (
                "strongly-encourage",
                "strongly encourage",
                &["strongly encourage"],
            ),
            Strength::Encourage => ("encourage", "encourage", &["encourag"]),
            Strength::Urge => ("urge", "urge", &["urge"]),
            Strength::Invite => ("invite", "invite", &["invite"]),
            Strength::Welcome => ("welcome", "welcome", &["welcome"]),
            Strength::Ready => ("ready", "are ready", &["ready"]),
            Strength::Intend => ("intend", "intend", &["intend"]),
            Strength::Envision => ("envision", "envision", &["envision"]),
            Strength::Adopt => ("adopt", "adopt", &["adopt"]),
            Strength::LookForward => ("look-forward", "look forward", &["look forward"]),
            Strength::ExpressWillingness => (
                "express-willingness",
                "express willingness",
                &["willingness"],
            ),
            Strength::RecogniseNeed => (
                "recognise-need",
                "recognise the need",
                &["recognise the need"],
            ),
            Strength::AcknowledgeNeed => (
                "acknowledge-need",
                "acknowledge the need",
                &["acknowledge the need"],
            ),
            Strength::Need => ("need", "see the need", &["need to"]),
            Strength::Believe => ("believe", "believe … should", &["believe"]),
            Strength::Recognise => ("recognise", "recognise", &["recognis"]),
            Strength::Acknowledge => ("acknowledge", "acknowledge", &["acknowledge"]),
        }
    }

    pub fn from_id(id: &str) -> Option<Strength> {
        Strength::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// A sentence that says "we …" but commits to nothing, left out of the commitments on purpose.
#[derive(Debug, Clone)]
pub struct Omitted {
    pub paragraph: u32,
    pub phrase: String,
    pub reason: String,
}

/// Something the ministers committed to, with the exact words it stands for.
#[derive(Debug, Clone)]
pub struct Commitment {
    /// Index in [`Corpus::themes`].
    pub theme: usize,
    /// How strongly the declaration puts it.
    pub strength: Strength,
    pub summary: String,
    pub paragraph: u32,
    pub phrase: String,
}

#[derive(Debug, Clone)]
pub struct Term {
    pub term: String,
    pub expansion: String,
    pub explanation: String,
    pub forms: Vec<String>,
    /// Names people type that the declaration itself does not use ("TVET"): found, never quoted.
    pub aliases: Vec<String>,
    /// The paragraphs of the primary document that use one of the forms, found at load time.
    pub paragraphs: Vec<u32>,
    /// Those that use its first form, the term's own name ("credit transfer", not "credits").
    pub by_first_form: Vec<u32>,
}

impl Corpus {
    /// The data the repository ships, for unit tests.
    #[cfg(test)]
    pub(crate) fn shipped() -> Corpus {
        Corpus::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data"))
            .expect("shipped data loads")
    }

    /// Loads and validates every file in `dir`; the first problem stops the load.
    pub fn load(dir: &Path) -> Result<Corpus, DataError> {
        load::load(dir)
    }

    /// The paragraph of each commitment of theme `index` (of [`Corpus::themes`]), in order: one
    /// entry a commitment.
    pub fn theme_paragraphs(&self, index: usize) -> Vec<u32> {
        self.commitments
            .iter()
            .filter(|c| c.theme == index)
            .map(|c| c.paragraph)
            .collect()
    }

    /// The document that facts, meetings, commitments and the glossary describe.
    pub fn primary(&self) -> &Document {
        &self.documents[0]
    }

    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    pub fn paragraph_count(&self) -> usize {
        self.documents.iter().map(|d| d.paragraphs.len()).sum()
    }
}

impl Document {
    pub fn paragraph(&self, number: u32) -> Option<&Paragraph> {
        let index = usize::try_from(number).ok()?.checked_sub(1)?;
        self.paragraphs.get(index)
    }

    pub fn last_number(&self) -> u32 {
        self.paragraphs.len() as u32
    }

    /// The headings from the outermost section down to the paragraph's own.
    pub fn section_path(&self, paragraph: &Paragraph) -> Vec<&str> {
        let mut path = Vec::new();
        let mut next = Some(paragraph.section);
        while let Some(index) = next {
            let section = &self.sections[index];
            path.push(section.heading.as_str());
            next = section.parent;
        }
        path.reverse();
        path
    }

    /// The paragraph's own section heading.
    pub fn heading_of(&self, paragraph: &Paragraph) -> &str {
        &self.sections[paragraph.section].heading
    }

    pub fn footnotes_of(&self, number: u32) -> impl Iterator<Item = &Footnote> {
        self.footnotes.iter().filter(move |f| f.paragraph == number)
    }

    /// The paragraphs under a section or any of its sub-sections, as (first, last).
    pub fn section_range(&self, section: usize) -> Option<(u32, u32)> {
        let inside = |mut index: usize| loop {
            if index == section {
                return true;
            }
            match self.sections[index].parent {
                Some(parent) => index = parent,
                None => return false,
            }
        };
        let numbers: Vec<u32> = self
            .paragraphs
            .iter()
            .filter(|p| inside(p.section))
            .map(|p| p.number)
            .collect();
        Some((*numbers.first()?, *numbers.last()?))
    }
}
