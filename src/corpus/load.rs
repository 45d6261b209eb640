//! Reading `data/` from TOML into the corpus types, with every check that keeps bad data from being
//! served: syntax, unknown keys, paragraph numbering, references between files, and quoted phrases.

use super::{
    Citation, Commitment, Concept, Corpus, Document, Fact, Footnote, LanguageBank, Meeting,
    MeetingAttribute, MeetingKind, MeetingQuestions, Omitted, Paragraph, Section, Strength, Term,
    Theme, TourStatement, Translation,
};
use crate::text::{fold, squash_whitespace, words};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use std::collections::HashMap;
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// A problem in a data file: which file, which line (when known) and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    pub path: PathBuf,
    pub line: Option<usize>,
    pub reason: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.path.display(), line, self.reason),
            None => write!(f, "{}: {}", self.path.display(), self.reason),
        }
    }
}

impl std::error::Error for DataError {}

/// One data file's text, kept to turn byte spans into line numbers.
struct Source {
    path: PathBuf,
    text: String,
}

impl Source {
    fn read(path: PathBuf) -> Result<Source, DataError> {
        match std::fs::read_to_string(&path) {
            Ok(text) => Ok(Source { path, text }),
            Err(err) => Err(DataError {
                reason: format!("cannot read this file: {err}"),
                path,
                line: None,
            }),
        }
    }

    fn parse<T: DeserializeOwned>(&self) -> Result<T, DataError> {
        toml::from_str(&self.text).map_err(|err| {
            let line = err.span().map(|span| self.line_at(span.start));
            self.error(line, format!("not valid here: {}", err.message().trim()))
        })
    }

    fn line_at(&self, offset: usize) -> usize {
        let end = offset.min(self.text.len());
        self.text.as_bytes()[..end]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1
    }

    fn error(&self, line: Option<usize>, reason: impl Into<String>) -> DataError {
        DataError {
            path: self.path.clone(),
            line,
            reason: reason.into(),
        }
    }

    fn error_at(&self, span: Range<usize>, reason: impl Into<String>) -> DataError {
        self.error(Some(self.line_at(span.start)), reason)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDocumentFile {
    document: RawDocumentHeader,
    #[serde(default)]
    section: Vec<Spanned<RawSection>>,
    #[serde(default)]
    paragraph: Vec<Spanned<RawParagraph>>,
    #[serde(default)]
    footnote: Vec<Spanned<RawFootnote>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDocumentHeader {
    id: Spanned<String>,
    title: String,
    #[serde(default)]
    subtitle: String,
    #[serde(default)]
    meeting: String,
    #[serde(default)]
    theme: String,
    #[serde(default)]
    dates: String,
    #[serde(default)]
    place: String,
    #[serde(default)]
    source_url: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSection {
    id: String,
    heading: String,
    #[serde(default)]
    short: String,
    parent: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawParagraph {
    number: Spanned<i64>,
    section: Spanned<String>,
    text: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFootnote {
    paragraph: Spanned<i64>,
    marker: String,
    text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFactsFile {
    document: Spanned<String>,
    #[serde(default)]
    fact: Vec<Spanned<RawFact>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFact {
    id: Spanned<String>,
    label: String,
    answer: String,
    paragraph: Spanned<i64>,
    #[serde(default)]
    source: Option<Spanned<String>>,
    quote: Spanned<String>,
    #[serde(default)]
    asks: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeetingsFile {
    document: Spanned<String>,
    #[serde(default)]
    timeline: Option<Spanned<String>>,
    #[serde(default)]
    asks: HashMap<String, Spanned<Vec<String>>>,
    #[serde(default)]
    unknown: RawUnknown,
    #[serde(default)]
    meeting: Vec<Spanned<RawMeeting>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawUnknown {
    #[serde(default)]
    earlier: Vec<Spanned<i64>>,
    #[serde(default)]
    future: Vec<Spanned<i64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestionsFile {
    document: Spanned<String>,
    #[serde(default)]
    paragraph: Vec<Spanned<RawQuestions>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestions {
    number: Spanned<i64>,
    #[serde(default)]
    footnote: bool,
    questions: Spanned<Vec<String>>,
    /// Searches typed as phrases rather than asked ("free textbooks online"), kept beside the
    /// questions and matched by meaning.
    #[serde(default)]
    searches: Option<Spanned<Vec<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeeting {
    short: String,
    name: String,
    #[serde(default)]
    kind: Option<Spanned<String>>,
    number: Spanned<i64>,
    #[serde(default)]
    facts: HashMap<String, Spanned<String>>,
    city: Spanned<String>,
    #[serde(default)]
    place_names: Vec<String>,
    #[serde(default)]
    region: Vec<String>,
    year: Spanned<i64>,
    theme: Option<Spanned<String>>,
    #[serde(default)]
    note: String,
    paragraph: Spanned<i64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCommitmentsFile {
    document: Spanned<String>,
    #[serde(default)]
    theme: Vec<Spanned<RawTheme>>,
    #[serde(default)]
    commitment: Vec<Spanned<RawCommitment>>,
    #[serde(default)]
    omitted: Vec<Spanned<RawOmitted>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOmitted {
    paragraph: Spanned<i64>,
    phrase: Spanned<String>,
    reason: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTheme {
    id: Spanned<String>,
    name: String,
    description: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCommitment {
    theme: Spanned<String>,
    strength: Spanned<String>,
    summary: Spanned<String>,
    paragraph: Spanned<i64>,
    phrase: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGlossaryFile {
    document: Spanned<String>,
    #[serde(default)]
    term: Vec<Spanned<RawTerm>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTerm {
    term: Spanned<String>,
    #[serde(default)]
    expansion: String,
    explanation: String,
    forms: Spanned<Vec<String>>,
    #[serde(default)]
    aliases: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSynonymsFile {
    #[serde(default)]
    stop_words: Vec<Spanned<String>>,
    #[serde(default)]
    group: Vec<Spanned<RawGroup>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGroup {
    words: Vec<String>,
}

pub(super) fn load(dir: &Path) -> Result<Corpus, DataError> {
    if !dir.is_dir() {
        return Err(DataError {
            path: dir.to_path_buf(),
            line: None,
            reason:
                "the data folder does not exist; run from the project folder or set ASEM_DATA_DIR"
                    .into(),
        });
    }
    let documents = load_documents(&dir.join("documents"))?;

    let facts_source = Source::read(dir.join("facts.toml"))?;
    let (facts, primary_id) = load_facts(&facts_source, &documents)?;
    let meetings_source = Source::read(dir.join("meetings.toml"))?;
    let (meetings, meeting_questions) = load_meetings(&meetings_source, &documents, &facts)?;
    let commitments_source = Source::read(dir.join("commitments.toml"))?;
    let (themes, commitments, omitted) = load_commitments(&commitments_source, &documents)?;
    let tour = load_tour(&Source::read(dir.join("tour.toml"))?, &documents)?;
    let glossary_source = Source::read(dir.join("glossary.toml"))?;
    let glossary = load_glossary(&glossary_source, &documents)?;
    let synonyms_source = Source::read(dir.join("synonyms.toml"))?;
    let (synonyms, stop_words) = load_synonyms(&synonyms_source)?;
    // The question bank is optional: a corpus without one is searched by its text alone.
    let questions_path = dir.join("questions.toml");
    let mut documents = documents;
    if questions_path.exists() {
        load_questions(&Source::read(questions_path)?, &mut documents)?;
    }

    // The document `facts.toml` describes is the primary one (the meeting's own declaration): keep it
    // first so `Corpus::primary` finds it.
    if let Some(index) = documents.iter().position(|d| d.id == primary_id) {
        documents.swap(0, index);
    }
    // Other languages are optional too: without them a question is matched in English only.
    let languages = match documents.first() {
        Some(primary) => load_languages(&dir.join("languages"), primary)?,
        None => Vec::new(),
    };
    let mut corpus = Corpus {
        documents,
        facts,
        meetings,
        meeting_questions,
        themes,
        commitments,
        omitted,
        tour,
        glossary,
        synonyms,
        stop_words,
        languages,
        translations: HashMap::new(),
        primary_words: Default::default(),
        held: Default::default(),
    };
    corpus.primary_words = corpus
        .documents
        .first()
        .into_iter()
        .flat_map(|d| &d.paragraphs)
        .flat_map(|p| crate::text::words(&p.text))
        .flat_map(|w| {
            let parts: Vec<String> = w.split('-').map(str::to_string).collect();
            std::iter::once(w).chain(parts)
        })
        .collect();
    corpus.held = crate::corpus::Held::of(&corpus);
    corpus.translations = load_translations(&dir.join("translations"), &corpus)?;
    Ok(corpus)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTranslationFile {
    locale: Spanned<String>,
    #[serde(default)]
    fact: HashMap<String, Spanned<RawFactWords>>,
    #[serde(default)]
    theme: HashMap<String, Spanned<RawThemeWords>>,
    #[serde(default)]
    section: HashMap<String, Spanned<RawSectionWords>>,
    #[serde(default)]
    term: HashMap<String, Spanned<RawTermWords>>,
    #[serde(default)]
    meeting: HashMap<String, Spanned<RawMeetingWords>>,
    #[serde(default)]
    commitment: Vec<Spanned<RawCommitmentWords>>,
    #[serde(default)]
    tour: Vec<Spanned<RawTourWords>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFactWords {
    label: String,
    answer: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawThemeWords {
    name: String,
    description: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSectionWords {
    short: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTermWords {
    explanation: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeetingWords {
    note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCommitmentWords {
    phrase: String,
    summary: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTourWords {
    quote: String,
    text: String,
}

/// The numbers a text states (years, dates, counts, ¶ numbers), in order of first use.
fn numbers(text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    let mut current = String::new();
    for ch in text.chars().chain(std::iter::once(' ')) {
        if ch.is_ascii_digit() {
            current.push(ch);
        } else if !current.is_empty() {
            if !found.contains(&current) {
                found.push(std::mem::take(&mut current));
            }
            current.clear();
        }
    }
    found.sort();
    found
}

/// Reads every `<locale>.toml` of `data/translations/`: each entry must name English data that
/// exists, say something, and state the numbers of the English it translates and no other (a
/// translation cannot add a date or change a count).
fn load_translations(
    dir: &Path,
    corpus: &Corpus,
) -> Result<HashMap<String, Translation>, DataError> {
    let mut out = HashMap::new();
    if !dir.exists() {
        return Ok(out);
    }
    let paths = toml_files(dir)?;
    let primary = corpus.primary();
    for path in paths {
        let source = Source::read(path.clone())?;
        let raw: RawTranslationFile = source.parse()?;
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        if raw.locale.get_ref() != stem {
            return Err(source.error_at(
                raw.locale.span(),
                format!("the locale must be the file's name, {stem:?}"),
            ));
        }
        // Each translated text: not empty, and the English one's numbers.
        let check = |span: Range<usize>, english: &str, translated: &str| {
            let translated = squash_whitespace(translated);
            if translated.is_empty() {
                return Err(source.error_at(
                    span,
                    "an empty translation: write it, or leave the entry out",
                ));
            }
            // Every number of the English, and none it lacks but a month written as a number
            // ("2017年11月", "tháng 11").
            let (theirs, ours) = (numbers(english), numbers(&translated));
            let month = |n: &String| n.parse::<u32>().is_ok_and(|n| (1..=12).contains(&n));
            let lost = theirs.iter().any(|n| !ours.contains(n));
            let added = ours.iter().any(|n| !theirs.contains(n) && !month(n));
            if lost || added {
                return Err(source.error_at(
                    span,
                    format!(
                        "the numbers differ from the English {english:?}: {ours:?} here, {theirs:?} there"
                    ),
                ));
            }
            Ok(translated)
        };
        let unknown = |span: Range<usize>, what: &str, key: &str| {
            source.error_at(
                span,
                format!("no {what} is {key:?} in the data: copy the key from it"),
            )
        };
        let mut translation = Translation::default();
        for (id, entry) in raw.fact {
            let span = entry.span();
            let fact = corpus
                .facts
                .iter()
                .find(|f| f.id == id)
                .ok_or_else(|| unknown(span.clone(), "fact id", &id))?;
            let entry = entry.into_inner();
            let label = check(span.clone(), &fact.label, &entry.label)?;
            let answer = check(span, &fact.answer, &entry.answer)?;
            translation.facts.insert(id, (label, answer));
        }
        for (id, entry) in raw.theme {
            let span = entry.span();
            let theme = corpus
                .themes
                .iter()
                .find(|t| t.id == id)
                .ok_or_else(|| unknown(span.clone(), "theme id", &id))?;
            let entry = entry.into_inner();
            let name = check(span.clone(), &theme.name, &entry.name)?;
            let description = check(span, &theme.description, &entry.description)?;
            translation.themes.insert(id, (name, description));
        }
        for (id, entry) in raw.section {
            let span = entry.span();
            let section = primary
                .sections
                .iter()
                .find(|s| s.id == id)
                .ok_or_else(|| unknown(span.clone(), "section id", &id))?;
            let short = check(span, &section.short, &entry.into_inner().short)?;
            translation.sections.insert(id, short);
        }
        for (term, entry) in raw.term {
            let span = entry.span();
            let known = corpus
                .glossary
                .iter()
                .find(|t| t.term == term)
                .ok_or_else(|| unknown(span.clone(), "glossary term", &term))?;
            let text = check(span, &known.explanation, &entry.into_inner().explanation)?;
            translation.terms.insert(term, text);
        }
        for (short, entry) in raw.meeting {
            let span = entry.span();
            let meeting = corpus
                .meetings
                .iter()
                .find(|m| m.short == short)
                .ok_or_else(|| unknown(span.clone(), "meeting", &short))?;
            let note = check(span, &meeting.note, &entry.into_inner().note)?;
            translation.meetings.insert(short, note);
        }
        for entry in raw.commitment {
            let span = entry.span();
            let entry = entry.into_inner();
            let commitment = corpus
                .commitments
                .iter()
                .find(|c| c.phrase == squash_whitespace(&entry.phrase))
                .ok_or_else(|| unknown(span.clone(), "commitment phrase", &entry.phrase))?;
            let summary = check(span, &commitment.summary, &entry.summary)?;
            translation
                .commitments
                .insert(commitment.phrase.clone(), summary);
        }
        for entry in raw.tour {
            let span = entry.span();
            let entry = entry.into_inner();
            let statement = corpus
                .tour
                .iter()
                .find(|s| s.quote == squash_whitespace(&entry.quote))
                .ok_or_else(|| unknown(span.clone(), "tour quote", &entry.quote))?;
            let text = check(span, &statement.text, &entry.text)?;
            translation.tour.insert(statement.quote.clone(), text);
        }
        out.insert(stem.to_string(), translation);
    }
    Ok(out)
}

/// Document files per parsing thread below which one thread does it all.
const PARALLEL_FILES_FROM: usize = 8;

fn load_documents(dir: &Path) -> Result<Vec<Document>, DataError> {
    let folder_error = |reason: String| DataError {
        path: dir.to_path_buf(),
        line: None,
        reason,
    };
    let entries = std::fs::read_dir(dir).map_err(|err| {
        folder_error(format!(
            "cannot read the documents folder ({err}); it holds one .toml file per document"
        ))
    })?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(folder_error(
            "no document: add the declaration as a .toml file here".into(),
        ));
    }
    // Files parse independently: spread them over the cores (a large corpus has hundreds), then
    // check them in name order so the error reported is always the same one.
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(paths.len().div_ceil(PARALLEL_FILES_FROM))
        .max(1);
    let chunk = paths.len().div_ceil(threads);
    let parsed: Vec<Result<(Document, usize), DataError>> = std::thread::scope(|scope| {
        let workers: Vec<_> = paths
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || part.iter().map(|p| read_document(p)).collect::<Vec<_>>())
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| worker.join().unwrap_or_default())
            .collect()
    });
    if parsed.len() != paths.len() {
        return Err(folder_error(
            "reading the documents failed part way; try again".into(),
        ));
    }
    let mut documents: Vec<Document> = Vec::with_capacity(paths.len());
    let mut seen: HashMap<String, PathBuf> = HashMap::new();
    for (path, result) in paths.iter().zip(parsed) {
        let (document, id_line) = result?;
        if let Some(other) = seen.get(&document.id) {
            return Err(DataError {
                path: path.clone(),
                line: Some(id_line),
                reason: format!(
                    "document id {:?} is already used by {}",
                    document.id,
                    other.display()
                ),
            });
        }
        seen.insert(document.id.clone(), path.clone());
        documents.push(document);
    }
    Ok(documents)
}

/// Reads, parses and checks one document file; returns it with the line of its id.
fn read_document(path: &Path) -> Result<(Document, usize), DataError> {
    let source = Source::read(path.to_path_buf())?;
    let raw: RawDocumentFile = source.parse()?;
    let id_line = source.line_at(raw.document.id.span().start);
    Ok((build_document(&source, raw)?, id_line))
}

fn build_document(source: &Source, raw: RawDocumentFile) -> Result<Document, DataError> {
    let id = raw.document.id.get_ref().trim().to_string();
    if id.is_empty() || id.contains(char::is_whitespace) || id.contains(':') {
        return Err(source.error_at(
            raw.document.id.span(),
            "a document id must be one word without ':' (for example \"seoul-2017\")",
        ));
    }
    let mut sections: Vec<Section> = Vec::new();
    let mut section_index: HashMap<String, usize> = HashMap::new();
    for spanned in &raw.section {
        let section = spanned.get_ref();
        let section_id = section.id.trim().to_string();
        if section_index.contains_key(&section_id) {
            return Err(source.error_at(
                spanned.span(),
                format!("section id {section_id:?} appears twice"),
            ));
        }
        if section.heading.trim().is_empty() {
            return Err(source.error_at(spanned.span(), "a section needs a heading"));
        }
        let parent = match &section.parent {
            None => None,
            Some(parent) => Some(*section_index.get(parent.get_ref().trim()).ok_or_else(|| {
                source.error_at(
                    parent.span(),
                    format!(
                        "parent section {:?} is not defined above this one",
                        parent.get_ref()
                    ),
                )
            })?),
        };
        section_index.insert(section_id.clone(), sections.len());
        let heading = squash_whitespace(&section.heading);
        let short = match squash_whitespace(&section.short) {
            short if short.is_empty() => heading.clone(),
            short => short,
        };
        sections.push(Section {
            id: section_id,
            heading,
            short,
            parent,
        });
    }

    let mut paragraphs: Vec<Paragraph> = Vec::new();
    let mut first_line: HashMap<i64, usize> = HashMap::new();
    for spanned in &raw.paragraph {
        let paragraph = spanned.get_ref();
        let number = *paragraph.number.get_ref();
        let line = source.line_at(paragraph.number.span().start);
        if let Some(first) = first_line.get(&number) {
            return Err(source.error(
                Some(line),
                format!("paragraph {number} appears twice (first at line {first})"),
            ));
        }
        first_line.insert(number, line);
        let expected = paragraphs.len() as i64 + 1;
        if number != expected {
            return Err(source.error(
                Some(line),
                format!(
                    "paragraph {number} found where paragraph {expected} should be: paragraphs run 1, 2, 3… in order, without gaps (is paragraph {expected} missing?)"
                ),
            ));
        }
        let section = *section_index
            .get(paragraph.section.get_ref().trim())
            .ok_or_else(|| {
                source.error_at(
                    paragraph.section.span(),
                    format!(
                        "paragraph {number} names section {:?}, which no [[section]] defines",
                        paragraph.section.get_ref()
                    ),
                )
            })?;
        let text = squash_whitespace(paragraph.text.get_ref());
        if text.is_empty() {
            return Err(source.error_at(
                paragraph.text.span(),
                format!("paragraph {number} has no text"),
            ));
        }
        paragraphs.push(Paragraph {
            number: number as u32,
            section,
            text,
            questions: Vec::new(),
            searches: Vec::new(),
        });
    }
    if paragraphs.is_empty() {
        return Err(source.error(
            None,
            "the document has no [[paragraph]]: add its paragraphs, numbered from 1",
        ));
    }

    let mut footnotes = Vec::new();
    for spanned in &raw.footnote {
        let footnote = spanned.get_ref();
        let number = *footnote.paragraph.get_ref();
        let Some(paragraph) = usize::try_from(number)
            .ok()
            .and_then(|n| n.checked_sub(1))
            .and_then(|i| paragraphs.get(i))
        else {
            return Err(source.error_at(
                footnote.paragraph.span(),
                format!("this footnote belongs to paragraph {number}, which does not exist"),
            ));
        };
        if !paragraph.text.contains(footnote.marker.as_str()) {
            return Err(source.error_at(
                spanned.span(),
                format!(
                    "paragraph {number} has no footnote marker {:?} to attach this footnote to",
                    footnote.marker
                ),
            ));
        }
        footnotes.push(Footnote {
            paragraph: number as u32,
            marker: footnote.marker.clone(),
            text: squash_whitespace(&footnote.text),
        });
    }

    let source_url = match &raw.document.source_url {
        Some(url) if !url.get_ref().trim().starts_with("https://") => {
            return Err(source.error_at(
                url.span(),
                "source_url is where the official text is published: an https:// address, or leave it out",
            ))
        }
        Some(url) => Some(url.get_ref().trim().to_string()),
        None => None,
    };
    Ok(Document {
        id,
        source_url,
        title: squash_whitespace(&raw.document.title),
        subtitle: squash_whitespace(&raw.document.subtitle),
        meeting: squash_whitespace(&raw.document.meeting),
        theme: squash_whitespace(&raw.document.theme),
        dates: squash_whitespace(&raw.document.dates),
        place: squash_whitespace(&raw.document.place),
        sections,
        paragraphs,
        footnotes,
    })
}

/// Finds the document a file describes, by the file's top-level `document` key.
fn described<'a>(
    source: &Source,
    documents: &'a [Document],
    id: &Spanned<String>,
) -> Result<&'a Document, DataError> {
    documents
        .iter()
        .find(|d| d.id == id.get_ref().trim())
        .ok_or_else(|| {
            let known: Vec<&str> = documents.iter().map(|d| d.id.as_str()).collect();
            source.error_at(
                id.span(),
                format!(
                    "document {:?} is not in data/documents (known: {})",
                    id.get_ref(),
                    known.join(", ")
                ),
            )
        })
}

/// Checks that a paragraph number exists in the document.
fn paragraph_number(
    source: &Source,
    document: &Document,
    number: &Spanned<i64>,
) -> Result<u32, DataError> {
    let value = *number.get_ref();
    match u32::try_from(value) {
        Ok(n) if document.paragraph(n).is_some() => Ok(n),
        _ => Err(source.error_at(
            number.span(),
            format!(
                "paragraph {value} does not exist: {} has paragraphs 1 to {}",
                document.title,
                document.last_number()
            ),
        )),
    }
}

/// The facts, and the id of the document they describe.
fn load_facts(source: &Source, documents: &[Document]) -> Result<(Vec<Fact>, String), DataError> {
    let raw: RawFactsFile = source.parse()?;
    let document = described(source, documents, &raw.document)?;
    let mut facts: Vec<Fact> = Vec::new();
    for spanned in raw.fact {
        let fact = spanned.into_inner();
        let id = fact.id.get_ref().trim().to_lowercase();
        if id.is_empty() || id.contains(char::is_whitespace) {
            return Err(source.error_at(fact.id.span(), "a fact id must be one word"));
        }
        if facts.iter().any(|f| f.id == id) {
            return Err(source.error_at(fact.id.span(), format!("fact {id:?} appears twice")));
        }
        let paragraph = paragraph_number(source, document, &fact.paragraph)?;
        let (citation, quote) = checked_quote(
            source,
            document,
            paragraph,
            fact.source.as_ref(),
            &fact.quote,
        )?;
        let mut asks = Vec::new();
        for ask in &fact.asks {
            let folded = ask_words(ask.get_ref());
            if folded.is_empty() {
                return Err(source.error_at(ask.span(), "an empty entry in `asks`"));
            }
            asks.push(folded);
        }
        facts.push(Fact {
            id,
            citation,
            quote,
            label: squash_whitespace(&fact.label),
            answer: squash_whitespace(&fact.answer),
            paragraph,
            asks,
        });
    }
    Ok((facts, document.id.clone()))
}

/// Reads where a statement of ours stands (`source`: paragraph, footnote or heading) and checks
/// that its `quote` stands there word for word.
fn checked_quote(
    source: &Source,
    document: &Document,
    paragraph: u32,
    place: Option<&Spanned<String>>,
    quote: &Spanned<String>,
) -> Result<(Citation, String), DataError> {
    let citation = match place.map(|s| s.get_ref().as_str()) {
        None | Some("paragraph") => Citation::Paragraph,
        Some("footnote") => Citation::Footnote,
        Some("heading") => Citation::Heading,
        Some(other) => {
            return Err(source.error_at(
                place.map_or(0..0, |s| s.span()),
                format!("source {other:?} is not paragraph, footnote or heading"),
            ))
        }
    };
    let text = squash_whitespace(quote.get_ref());
    let cited = match citation {
        Citation::Paragraph => document
            .paragraph(paragraph)
            .map(|p| p.text.clone())
            .unwrap_or_default(),
        Citation::Footnote => document
            .footnotes_of(paragraph)
            .map(|f| f.text.clone())
            .collect::<Vec<_>>()
            .join(" "),
        Citation::Heading => [
            &document.title,
            &document.subtitle,
            &document.meeting,
            &document.theme,
            &document.dates,
            &document.place,
        ]
        .map(|s| s.as_str())
        .join("\n"),
    };
    if text.is_empty() || !squash_whitespace(&cited.replace('*', "")).contains(&text) {
        let where_ = match citation {
            Citation::Paragraph => format!("paragraph {paragraph}"),
            Citation::Footnote => format!("the footnote of paragraph {paragraph}"),
            Citation::Heading => "the document's heading".to_string(),
        };
        return Err(source.error_at(
            quote.span(),
            format!("this quote does not stand word for word in {where_}: copy it exactly, or fix `paragraph`/`source`"),
        ));
    }
    Ok((citation, text))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTourFile {
    document: Spanned<String>,
    #[serde(default)]
    statement: Vec<Spanned<RawStatement>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStatement {
    step: Spanned<i64>,
    text: Spanned<String>,
    paragraph: Spanned<i64>,
    #[serde(default)]
    source: Option<Spanned<String>>,
    quote: Spanned<String>,
}

/// Reads `tour.toml`: what the tour says in its own words, each statement with the declaration's
/// words it rests on, checked to stand where it cites.
fn load_tour(source: &Source, documents: &[Document]) -> Result<Vec<TourStatement>, DataError> {
    let raw: RawTourFile = source.parse()?;
    let document = described(source, documents, &raw.document)?;
    let mut statements = Vec::new();
    for spanned in raw.statement {
        let statement = spanned.into_inner();
        let step = usize::try_from(*statement.step.get_ref())
            .ok()
            .filter(|s| (1..=9).contains(s))
            .ok_or_else(|| {
                source.error_at(statement.step.span(), "step is the tour's step, 1 to 9")
            })?;
        let paragraph = paragraph_number(source, document, &statement.paragraph)?;
        let (citation, quote) = checked_quote(
            source,
            document,
            paragraph,
            statement.source.as_ref(),
            &statement.quote,
        )?;
        let text = squash_whitespace(statement.text.get_ref());
        if text.is_empty() {
            return Err(source.error_at(statement.text.span(), "the statement is empty"));
        }
        statements.push(TourStatement {
            step,
            text,
            paragraph,
            citation,
            quote,
        });
    }
    Ok(statements)
}

/// The folded text of a paragraph and its footnotes, for checking that names appear in it.
fn folded_paragraph_with_notes(document: &Document, number: u32) -> String {
    let mut text = document
        .paragraph(number)
        .map(|p| p.text.clone())
        .unwrap_or_default();
    for note in document.footnotes_of(number) {
        text.push(' ');
        text.push_str(&note.text);
    }
    fold(&text)
}

fn load_meetings(
    source: &Source,
    documents: &[Document],
    facts: &[Fact],
) -> Result<(Vec<Meeting>, MeetingQuestions), DataError> {
    let raw: RawMeetingsFile = source.parse()?;
    let document = described(source, documents, &raw.document)?;
    let mut questions = MeetingQuestions::default();
    if let Some(id) = &raw.timeline {
        questions.timeline = Some(
            facts
                .iter()
                .position(|f| &f.id == id.get_ref())
                .ok_or_else(|| {
                    source.error_at(
                        id.span(),
                        format!("facts.toml has no fact {:?}", id.get_ref()),
                    )
                })?,
        );
    }
    let mut asks: Vec<(&String, &Spanned<Vec<String>>)> = raw.asks.iter().collect();
    asks.sort_by_key(|(_, phrases)| phrases.span().start);
    for (id, phrases) in asks {
        let attribute = MeetingAttribute::from_id(id).ok_or_else(|| {
            source.error_at(
                phrases.span(),
                format!(
                    "[asks] has {id:?}, which is not one of {}",
                    attribute_list()
                ),
            )
        })?;
        let folded: Vec<Vec<String>> = phrases
            .get_ref()
            .iter()
            .map(|phrase| ask_words(phrase))
            .filter(|w| !w.is_empty())
            .collect();
        questions.asks.push((attribute, folded));
    }
    for (target, given) in [
        (&mut questions.earlier, &raw.unknown.earlier),
        (&mut questions.future, &raw.unknown.future),
    ] {
        for number in given {
            target.push(paragraph_number(source, document, number)?);
        }
    }
    let mut meetings = Vec::new();
    for spanned in raw.meeting {
        let meeting = spanned.into_inner();
        let kind = match meeting.kind.as_ref().map(|k| k.get_ref().as_str()) {
            None | Some("ministerial") => MeetingKind::Ministerial,
            Some("summit") => MeetingKind::Summit,
            Some(other) => {
                return Err(source.error_at(
                    meeting.kind.as_ref().map_or(0..0, |k| k.span()),
                    format!("kind {other:?} is neither \"ministerial\" nor \"summit\""),
                ))
            }
        };
        let number = u32::try_from(*meeting.number.get_ref())
            .ok()
            .filter(|n| (1..=99).contains(n))
            .ok_or_else(|| {
                source.error_at(
                    meeting.number.span(),
                    "number is the meeting's ordinal, 1 to 99",
                )
            })?;
        let mut linked = Vec::new();
        let mut fact_links: Vec<(&String, &Spanned<String>)> = meeting.facts.iter().collect();
        fact_links.sort_by_key(|(_, f)| f.span().start);
        for (attribute_id, fact_id) in fact_links {
            let attribute = MeetingAttribute::from_id(attribute_id).ok_or_else(|| {
                source.error_at(
                    fact_id.span(),
                    format!("{attribute_id:?} is not one of {}", attribute_list()),
                )
            })?;
            let fact = facts
                .iter()
                .position(|f| &f.id == fact_id.get_ref())
                .ok_or_else(|| {
                    source.error_at(
                        fact_id.span(),
                        format!("facts.toml has no fact {:?}", fact_id.get_ref()),
                    )
                })?;
            linked.push((attribute, fact));
        }
        let paragraph = paragraph_number(source, document, &meeting.paragraph)?;
        let cited = folded_paragraph_with_notes(document, paragraph);
        let city = squash_whitespace(meeting.city.get_ref());
        if !cited.contains(&fold(&city)) {
            return Err(source.error_at(
                meeting.city.span(),
                format!("{city:?} does not appear in paragraph {paragraph} or its footnotes"),
            ));
        }
        let theme = meeting
            .theme
            .as_ref()
            .map(|t| squash_whitespace(t.get_ref()))
            .unwrap_or_default();
        if let Some(spanned) = meeting
            .theme
            .as_ref()
            .filter(|_| !cited.contains(&fold(&theme)))
        {
            return Err(source.error_at(
                spanned.span(),
                format!("this theme is not quoted in paragraph {paragraph} or its footnotes"),
            ));
        }
        let year = *meeting.year.get_ref();
        let year = u32::try_from(year)
            .ok()
            .filter(|y| (1996..=2100).contains(y))
            .ok_or_else(|| {
                source.error_at(
                    meeting.year.span(),
                    format!("{year} is not a plausible year"),
                )
            })?;
        meetings.push(Meeting {
            short: squash_whitespace(&meeting.short),
            name: squash_whitespace(&meeting.name),
            kind,
            number,
            facts: linked,
            city,
            place_names: names(&meeting.place_names),
            region: names(&meeting.region),
            year,
            theme,
            note: squash_whitespace(&meeting.note),
            paragraph,
        });
    }
    Ok((meetings, questions))
}

/// A list of names, each squashed, the empty ones left out.
fn names(list: &[String]) -> Vec<String> {
    list.iter()
        .map(|a| squash_whitespace(a))
        .filter(|a| !a.is_empty())
        .collect()
}

fn attribute_list() -> String {
    MeetingAttribute::ALL
        .iter()
        .map(|a| a.id())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The folded words of an `asks` phrase; a trailing `*` stays as a prefix marker.
fn ask_words(phrase: &str) -> Vec<String> {
    phrase
        .split_whitespace()
        .map(|word| {
            let star = word.ends_with('*');
            let mut folded = words(word).join("");
            if star {
                folded.push('*');
            }
            folded
        })
        .filter(|w| !w.is_empty() && w != "*")
        .collect()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguageFile {
    locale: Spanned<String>,
    language: String,
    #[serde(default)]
    concept: Vec<Spanned<RawConcept>>,
    #[serde(default)]
    paragraph: Vec<Spanned<RawLanguageQuestions>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConcept {
    english: Spanned<String>,
    native: Spanned<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguageQuestions {
    number: Spanned<i64>,
    questions: Spanned<Vec<String>>,
}

/// The `.toml` files of a folder, by name.
fn toml_files(dir: &Path) -> Result<Vec<PathBuf>, DataError> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|err| DataError {
            path: dir.to_path_buf(),
            line: None,
            reason: format!("cannot list this folder: {err}"),
        })?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    Ok(paths)
}

/// Reads every `<locale>.toml` of `data/languages/`, in file-name order: the concepts' English
/// words must stand in the primary document, every paragraph must exist, no list may be empty.
fn load_languages(dir: &Path, primary: &Document) -> Result<Vec<LanguageBank>, DataError> {
    if !dir.exists() {
        return Ok(Vec::new());
    }
    let paths = toml_files(dir)?;
    let text: String = primary
        .paragraphs
        .iter()
        .map(|p| fold(&p.text))
        .chain(primary.footnotes.iter().map(|f| fold(&f.text)))
        .collect::<Vec<_>>()
        .join(" ");
    let known: std::collections::HashSet<String> = words(&text).into_iter().collect();
    let mut banks = Vec::new();
    for path in paths {
        let source = Source::read(path.clone())?;
        let raw: RawLanguageFile = source.parse()?;
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        if raw.locale.get_ref() != stem {
            return Err(source.error_at(
                raw.locale.span(),
                format!("the locale must be the file's name, {stem:?}"),
            ));
        }
        let mut bank = LanguageBank {
            locale: raw.locale.get_ref().clone(),
            language: raw.language,
            ..LanguageBank::default()
        };
        for spanned in raw.concept {
            let concept = spanned.into_inner();
            let english = squash_whitespace(concept.english.get_ref());
            if !words(&fold(&english)).iter().any(|w| known.contains(w)) {
                return Err(source.error_at(
                    concept.english.span(),
                    format!("no word of {english:?} stands in the declaration: use its own words"),
                ));
            }
            let native: Vec<String> = concept
                .native
                .get_ref()
                .iter()
                .map(|n| squash_whitespace(n))
                .filter(|n| !n.is_empty())
                .collect();
            if native.is_empty() {
                return Err(source.error_at(
                    concept.native.span(),
                    "no way of writing it: list at least one in `native`",
                ));
            }
            bank.concepts.push(Concept { english, native });
        }
        for spanned in raw.paragraph {
            let entry = spanned.into_inner();
            let number = paragraph_number(&source, primary, &entry.number)?;
            let mut questions = 0;
            for question in entry.questions.get_ref() {
                let question = squash_whitespace(question);
                if !question.is_empty() {
                    bank.questions.push((number, question));
                    questions += 1;
                }
            }
            if questions == 0 {
                return Err(source.error_at(entry.questions.span(), "no questions"));
            }
        }
        banks.push(bank);
    }
    Ok(banks)
}

/// Fewest questions a bank entry must hold: fewer cannot cover the ways people ask.
const MIN_BANK_QUESTIONS: usize = 5;

/// Reads `questions.toml` into the paragraphs of the document it names.
fn load_questions(source: &Source, documents: &mut [Document]) -> Result<(), DataError> {
    let raw: RawQuestionsFile = source.parse()?;
    let index = documents
        .iter()
        .position(|d| d.id == *raw.document.get_ref())
        .ok_or_else(|| {
            source.error_at(
                raw.document.span(),
                format!("no document has the id {:?}", raw.document.get_ref()),
            )
        })?;
    for spanned in raw.paragraph {
        let entry = spanned.into_inner();
        let document = &documents[index];
        let number = paragraph_number(source, document, &entry.number)?;
        if entry.footnote && document.footnotes_of(number).next().is_none() {
            return Err(source.error_at(
                entry.number.span(),
                format!("paragraph {number} has no footnote: drop `footnote = true`"),
            ));
        }
        let mut questions = Vec::new();
        for question in entry.questions.get_ref() {
            let question = squash_whitespace(question);
            if question.is_empty() {
                return Err(source.error_at(entry.questions.span(), "an empty question"));
            }
            questions.push(question);
        }
        let mut searches = Vec::new();
        if let Some(typed) = &entry.searches {
            for search in typed.get_ref() {
                let search = squash_whitespace(search);
                if search.is_empty() {
                    return Err(source.error_at(typed.span(), "an empty search"));
                }
                searches.push(search);
            }
        }
        if questions.len() < MIN_BANK_QUESTIONS {
            return Err(source.error_at(
                entry.questions.span(),
                format!(
                    "only {} questions: write at least {MIN_BANK_QUESTIONS} (20 or more cover the ways people ask)",
                    questions.len()
                ),
            ));
        }
        let paragraph = &mut documents[index].paragraphs[number as usize - 1];
        paragraph.questions.extend(questions);
        paragraph.searches.extend(searches);
    }
    Ok(())
}

/// What `commitments.toml` holds once checked: themes, commitments, and what was left out.
type CommitmentsFile = (Vec<Theme>, Vec<Commitment>, Vec<Omitted>);

fn load_commitments(source: &Source, documents: &[Document]) -> Result<CommitmentsFile, DataError> {
    let raw: RawCommitmentsFile = source.parse()?;
    let document = described(source, documents, &raw.document)?;
    let mut themes: Vec<Theme> = Vec::new();
    for spanned in raw.theme {
        let theme = spanned.into_inner();
        let id = theme.id.get_ref().trim().to_lowercase();
        if themes.iter().any(|t| t.id == id) {
            return Err(source.error_at(theme.id.span(), format!("theme {id:?} appears twice")));
        }
        themes.push(Theme {
            id,
            name: squash_whitespace(&theme.name),
            description: squash_whitespace(&theme.description),
        });
    }
    let mut commitments = Vec::new();
    for spanned in raw.commitment {
        let commitment = spanned.into_inner();
        let theme_id = commitment.theme.get_ref().trim().to_lowercase();
        let theme = themes
            .iter()
            .position(|t| t.id == theme_id)
            .ok_or_else(|| {
                source.error_at(
                    commitment.theme.span(),
                    format!("theme {theme_id:?} is not defined by a [[theme]] in this file"),
                )
            })?;
        let paragraph = paragraph_number(source, document, &commitment.paragraph)?;
        let phrase = squash_whitespace(commitment.phrase.get_ref());
        let text = &document
            .paragraph(paragraph)
            .map(|p| p.text.as_str())
            .unwrap_or("");
        if phrase.is_empty() || !text.contains(&phrase) {
            return Err(source.error_at(
                commitment.phrase.span(),
                format!(
                    "this phrase does not stand word for word in paragraph {paragraph}: copy it exactly from the declaration, or fix the paragraph number"
                ),
            ));
        }
        let summary = squash_whitespace(commitment.summary.get_ref());
        if summary.is_empty() {
            return Err(source.error_at(commitment.summary.span(), "the summary is empty"));
        }
        let strength =
            Strength::from_id(commitment.strength.get_ref().trim()).ok_or_else(|| {
                source.error_at(
                    commitment.strength.span(),
                    format!(
                        "strength {:?} is not one of {}",
                        commitment.strength.get_ref(),
                        Strength::ALL.map(|s| s.id()).join(", ")
                    ),
                )
            })?;
        let sentence = fold(sentence_around(text, &phrase));
        if !strength.cues().iter().any(|cue| sentence.contains(cue)) {
            return Err(source.error_at(
                commitment.strength.span(),
                format!(
                    "the sentence this phrase stands in does not say {:?}: give the strength the declaration uses there",
                    strength.label()
                ),
            ));
        }
        commitments.push(Commitment {
            theme,
            strength,
            summary,
            paragraph,
            phrase,
        });
    }
    let mut omitted = Vec::new();
    for spanned in raw.omitted {
        let entry = spanned.into_inner();
        let paragraph = paragraph_number(source, document, &entry.paragraph)?;
        let phrase = squash_whitespace(entry.phrase.get_ref());
        let text = document
            .paragraph(paragraph)
            .map_or("", |p| p.text.as_str());
        if phrase.is_empty() || !text.contains(&phrase) {
            return Err(source.error_at(
                entry.phrase.span(),
                format!("this phrase does not stand word for word in paragraph {paragraph}"),
            ));
        }
        let reason = squash_whitespace(entry.reason.get_ref());
        if reason.is_empty() {
            return Err(source.error_at(entry.reason.span(), "say why this is not a commitment"));
        }
        omitted.push(Omitted {
            paragraph,
            phrase,
            reason,
        });
    }
    Ok((themes, commitments, omitted))
}

/// The sentence of `text` that `phrase` stands in (from the full stop before it to the one after).
fn sentence_around<'t>(text: &'t str, phrase: &str) -> &'t str {
    let Some(at) = text.find(phrase) else {
        return "";
    };
    let start = text[..at].rfind(". ").map_or(0, |i| i + 2);
    let end = text[at + phrase.len()..]
        .find(". ")
        .map_or(text.len(), |i| at + phrase.len() + i + 1);
    &text[start..end]
}

fn load_glossary(source: &Source, documents: &[Document]) -> Result<Vec<Term>, DataError> {
    let raw: RawGlossaryFile = source.parse()?;
    let document = described(source, documents, &raw.document)?;
    let mut terms: Vec<Term> = Vec::new();
    for spanned in raw.term {
        let term = spanned.into_inner();
        let name = squash_whitespace(term.term.get_ref());
        if name.is_empty() {
            return Err(source.error_at(term.term.span(), "a glossary term needs a name"));
        }
        if terms.iter().any(|t| fold(&t.term) == fold(&name)) {
            return Err(source.error_at(term.term.span(), format!("term {name:?} appears twice")));
        }
        let forms: Vec<String> = term
            .forms
            .get_ref()
            .iter()
            .map(|f| squash_whitespace(f))
            .filter(|f| !f.is_empty())
            .collect();
        let folded_forms: Vec<String> = forms.iter().map(|f| fold(f)).collect();
        let paragraphs: Vec<u32> = document
            .paragraphs
            .iter()
            .filter(|p| {
                let text = fold(&p.text);
                folded_forms
                    .iter()
                    .any(|form| contains_whole_words(&text, form))
            })
            .map(|p| p.number)
            .collect();
        if paragraphs.is_empty() {
            return Err(source.error_at(
                term.forms.span(),
                format!(
                    "none of the forms of {name:?} appears in {}: list the spelling the declaration uses",
                    document.title
                ),
            ));
        }
        let by_first_form: Vec<u32> = document
            .paragraphs
            .iter()
            .filter(|p| contains_whole_words(&fold(&p.text), &folded_forms[0]))
            .map(|p| p.number)
            .collect();
        terms.push(Term {
            term: name,
            expansion: squash_whitespace(&term.expansion),
            explanation: squash_whitespace(&term.explanation),
            forms,
            aliases: term.aliases.iter().map(|a| squash_whitespace(a)).collect(),
            paragraphs,
            by_first_form,
        });
    }
    Ok(terms)
}

/// Whether `needle` stands in `text` as whole words: "STEM" in "STEM disciplines", not in
/// "systems" (both folded).
fn contains_whole_words(text: &str, needle: &str) -> bool {
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    text.match_indices(needle).any(|(at, found)| {
        !is_word(text[..at].chars().next_back())
            && !is_word(text[at + found.len()..].chars().next())
    })
}

/// The synonym groups and the corpus's stop words.
fn load_synonyms(source: &Source) -> Result<(Vec<Vec<String>>, Vec<String>), DataError> {
    let raw: RawSynonymsFile = source.parse()?;
    let mut stop_words = Vec::new();
    for word in raw.stop_words {
        let text = squash_whitespace(word.get_ref());
        if text.is_empty() || text.contains(' ') {
            return Err(source.error_at(word.span(), "a stop word is one word"));
        }
        stop_words.push(text);
    }
    let mut groups = Vec::new();
    for spanned in raw.group {
        let span = spanned.span();
        let group: Vec<String> = spanned
            .into_inner()
            .words
            .iter()
            .map(|w| squash_whitespace(w))
            .filter(|w| !w.is_empty())
            .collect();
        if group.len() < 2 {
            return Err(
                source.error_at(span, "a synonym group needs at least two words or phrases")
            );
        }
        groups.push(group);
    }
    Ok((groups, stop_words))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Corpus {
        Corpus::shipped()
    }

    #[test]
    fn shipped_data_loads_whole() {
        let corpus = shipped();
        let declaration = corpus.primary();
        assert_eq!(declaration.paragraphs.len(), 16);
        assert!(declaration.paragraphs[8]
            .text
            .ends_with("private-economic sectors"));
        assert_eq!(declaration.footnotes_of(2).count(), 1);
        assert_eq!(corpus.meetings.len(), 7);
        assert!(corpus.commitments.len() >= 20);
    }

    #[test]
    fn sections_nest_and_cover_ranges() {
        let corpus = shipped();
        let declaration = corpus.primary();
        let p10 = declaration.paragraph(10).unwrap();
        assert_eq!(
            declaration.section_path(p10).first().copied(),
            Some("Vision for the next decade: Promotion of mobility and skills development")
        );
        assert_eq!(declaration.section_range(1), Some((6, 10)));
    }

    #[test]
    fn every_operative_sentence_is_a_commitment_or_omitted_with_a_reason() {
        let corpus = shipped();
        let declaration = corpus.primary();
        for paragraph in &declaration.paragraphs {
            let text = &paragraph.text;
            let mut start = 0;
            let mut sentences = Vec::new();
            while let Some(i) = text[start..].find(". ") {
                sentences.push(start..start + i + 1);
                start += i + 2;
            }
            sentences.push(start..text.len());
            let phrases: Vec<&str> = corpus
                .commitments
                .iter()
                .filter(|c| c.paragraph == paragraph.number)
                .map(|c| c.phrase.as_str())
                .chain(
                    corpus
                        .omitted
                        .iter()
                        .filter(|o| o.paragraph == paragraph.number)
                        .map(|o| o.phrase.as_str()),
                )
                .collect();
            for range in sentences {
                let sentence = &text[range.clone()];
                let folded = fold(sentence);
                let operative = Strength::ALL
                    .iter()
                    .flat_map(|s| s.cues())
                    .any(|cue| folded.contains(cue))
                    || folded.starts_with("we ")
                    || folded.contains(" we ");
                if !operative {
                    continue;
                }
                let covered = phrases.iter().any(|phrase| {
                    let at = text.find(phrase).unwrap_or(usize::MAX);
                    range.contains(&at) || (at < range.start && at + phrase.len() > range.start)
                });
                assert!(
                    covered,
                    "¶{}: “{sentence}” is neither a commitment nor omitted with a reason",
                    paragraph.number
                );
            }
        }
    }

    #[test]
    fn commitments_keep_the_declarations_strength() {
        let corpus = shipped();
        let strength_of = |paragraph: u32, words: &str| {
            corpus
                .commitments
                .iter()
                .find(|c| c.paragraph == paragraph && c.phrase.contains(words))
                .map(|c| c.strength)
        };
        assert_eq!(
            strength_of(6, "recognition of qualifications"),
            Some(Strength::ExpressWillingness)
        );
        assert_eq!(
            strength_of(14, "educational and employment opportunities"),
            Some(Strength::AcknowledgeNeed)
        );
        assert_eq!(
            strength_of(12, "ASEM Education Secretariat should be strengthened"),
            Some(Strength::WillStrive)
        );
        assert_eq!(
            strength_of(15, "host educational ministerial meetings"),
            Some(Strength::ExpressWillingness)
        );
        assert_eq!(
            strength_of(7, "cross-border exchange"),
            Some(Strength::Believe)
        );
        // The commitments the first summaries missed.
        assert!(strength_of(8, "development of key competencies").is_some());
        assert!(strength_of(12, "expansion of the overall partnership").is_some());
        assert!(strength_of(12, "adequacy, suitability and transparency").is_some());
        assert!(strength_of(15, "work towards synergies").is_some());
        assert!(strength_of(10, "equity and accessibility in education").is_some());
        for commitment in &corpus.commitments {
            let summary = fold(&commitment.summary);
            for promise in [
                "will address",
                "will give",
                "will strengthen the asem education secretariat",
            ] {
                assert!(
                    !summary.contains(promise),
                    "“{}” promises more than the text",
                    commitment.summary
                );
            }
        }
    }

    #[test]
    fn glossary_forms_match_whole_words_only() {
        let corpus = shipped();
        let stem = corpus.glossary.iter().find(|t| t.term == "STEM").unwrap();
        assert_eq!(stem.paragraphs, [8], "¶3 and ¶11 only have “systems”");
        assert!(contains_whole_words("stem disciplines", "stem"));
        assert!(!contains_whole_words("education systems", "stem"));
    }

    #[test]
    fn glossary_finds_where_terms_are_used() {
        let corpus = shipped();
        let oer = corpus.glossary.iter().find(|t| t.term == "OER").unwrap();
        assert_eq!(oer.paragraphs, vec![10]);
    }
}
