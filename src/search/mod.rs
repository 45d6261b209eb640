//! The search index: every paragraph of every document in a tantivy index in RAM, ranked with BM25
//! over the text and (boosted) its section headings, with a relevance floor for honest "no match"
//! answers and highlighted snippets. One reader for the life of the process; a searcher per query.

mod analysis;
mod analyzer;
pub mod encoder;
pub mod english;
pub mod languages;
pub(crate) mod reference;
pub mod semantic;
mod snippet;
mod spelling;
mod stop_words;

pub use analysis::{AnalyzedQuery, Concept, Lexicon, Techniques};
pub use analyzer::normalize;
pub use encoder::Encoder;

pub use reference::{
    find_list, find_reference, parse_reference, speaks_of_a_paragraph, ParagraphReference,
};
pub use semantic::Semantic;
pub use stop_words::StopWords;

use crate::corpus::Corpus;
use anyhow::Context;
use snippet::Snippets;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{
    BooleanQuery, BoostQuery, DisjunctionMaxQuery, Occur, PhraseQuery, Query, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST};
use tantivy::{DocAddress, DocSet, Index, IndexReader, ReloadPolicy, Term};

/// The fast field holding each paragraph's position in [`SearchIndex::paragraphs`].
const ORDINAL: &str = "ordinal";
/// Name under which the analyzer is registered with the index.
const ANALYZER: &str = "asem_en";
/// How much a match in a section heading counts against one in the paragraph text.
const HEADING_BOOST: f32 = 0.6;
/// How much two query words standing together in the text add.
const PROXIMITY_BOOST: f32 = 0.5;
/// How many other words may stand between two query words that count as near each other.
const PROXIMITY_SLOP: u32 = 2;
/// Forms of a concept weighing less than this (synonyms, word families) are not sought in headings.
const HEADING_MIN_WEIGHT: f32 = 0.9;
/// How much the other ways a concept appears add to its best one.
const SYNONYM_TIE_BREAKER: f32 = 0.1;
/// A hit must match at least this share of the query's weight (by IDF) to be shown at all.
const RELEVANCE_FLOOR: f32 = 0.5;
/// How close in meaning a paragraph sharing some of the question's words must at least be to pass
/// because it is nearer the topic than one that passed on its words.
const NEARER_MINIMUM: f32 = 0.4;
/// How near in meaning a paragraph with every plain word of the question must be.
const WORDS_ALONE_MINIMUM: f32 = 0.3;
/// Closeness in meaning by its value, and the share of the question's words found, beside the
/// ranks: chosen on the tuning sets 1, 2, 3 and 5 (`relevance::sweep_closeness`; 93.5 -> 95.2%
/// top-1 over their 770 queries, out-of-scope and false "no match" unchanged).
const CLOSENESS_WEIGHT: f32 = 0.2;
const CLOSENESS_SPREAD: f32 = 0.5;
const COVERAGE_WEIGHT: f32 = 0.2;
/// How much under the floor a paragraph found by meaning may fall with the meetings' places
/// read as their regions ("a uni in Malaysia" is a little nearer exchanges than "a uni in Asia").
const PLACES_SLACK: f32 = 0.05;
/// How many paragraphs may use a quoted word and still be found by it whatever else is said.
const QUOTE_FOUND_IN_AT_MOST: usize = 3;
/// How near in meaning, and how far ahead of the next, the paragraph the meaning and the bank
/// both put first must be to answer when no floor let anything through: on every tuning set, 13
/// false "no match" answered and no out-of-scope question (0.5 answered one, "can my kid use
/// chatgpt for homework"; a margin of 0.05 answered 11, of 0.015 the same 13).
const AGREED_MINIMUM: f32 = 0.55;
const AGREED_MARGIN: f32 = 0.03;
/// A list shorter than this is filled up to it with paragraphs within this much of the nearest
/// that passed, and at least this near.
const COMPANIONS_UP_TO: usize = 3;
const COMPANION_MARGIN: f32 = 0.1;
const COMPANION_MINIMUM: f32 = 0.4;
/// Corpora up to this many paragraphs are embedded before the index serves; larger ones in the
/// background, so a large corpus starts at once and matches by meaning when it is ready.
const EMBED_BEFORE_SERVING: usize = 2_000;
/// Corpora from this many paragraphs up are indexed on several threads.
const PARALLEL_INDEXING_FROM: usize = 20_000;
/// Characters of text around the highlighted words in a snippet.
const SNIPPET_CHARS: usize = 220;
/// A paragraph this close in meaning to the question is relevant even with no word in common.
pub const SEMANTIC_FLOOR: f32 = 0.6;
/// The closeness in meaning a paragraph needs when the question uses an unfamiliar word.
pub const UNFAMILIAR_FLOOR: f32 = 0.65;
/// Longer text is chat, whose small talk is full of words no paragraph uses: the unfamiliar-word
/// rule is for questions.
const UNFAMILIAR_MAX_WORDS: usize = 14;

/// How the word, bank and meaning rankings are fused, and the floors of each.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fusion {
    /// Reciprocal rank fusion: a list's item at rank r (from 1) adds `weight / (k + r)`.
    pub k: f32,
    pub lexical: f32,
    pub bank: f32,
    pub semantic: f32,
    /// A paragraph this close in meaning is relevant even with no word in common.
    pub semantic_floor: f32,
    /// A paragraph sharing only some of the question's words must be at least this close in
    /// meaning: the question is otherwise about something else that uses the declaration's words.
    pub semantic_minimum: f32,
    /// When the question uses a real word the corpus and its bank never use, only a paragraph
    /// this close in meaning is relevant: the words it shares may be the declaration's, the topic not.
    pub unfamiliar_floor: f32,
    /// Ranks hide how far apart two paragraphs are in meaning: a paragraph adds up to this much
    /// by its closeness, the closest the most, nothing from `closeness_spread` below it.
    pub closeness_weight: f32,
    pub closeness_spread: f32,
    /// A paragraph adds this much times the share of the query's weight its words (or its best
    /// bank question's) cover: ranks alone do not tell one that has every word of the question.
    pub coverage_weight: f32,
}

impl Default for Fusion {
    fn default() -> Fusion {
        // The bank's weight rose from 1 to 1.5 when it grew to 36 questions a paragraph: on the
        // two tuning sets, 2 queries of 242 gained, none lost (`relevance::sweep`).
        Fusion {
            k: 10.0,
            lexical: 2.0,
            bank: 1.5,
            semantic: 1.0,
            semantic_floor: SEMANTIC_FLOOR,
            semantic_minimum: 0.45,
            unfamiliar_floor: UNFAMILIAR_FLOOR,
            closeness_weight: CLOSENESS_WEIGHT,
            closeness_spread: CLOSENESS_SPREAD,
            coverage_weight: COVERAGE_WEIGHT,
        }
    }
}

/// How a query is to be matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Words, the question bank and meaning, fused: for answers.
    Full,
    /// Words only: for autocomplete, which must answer while the user types.
    Lexical,
}

/// One ranked paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Index in [`Corpus::documents`].
    pub document: usize,
    pub paragraph: u32,
    pub score: f32,
    /// The best passage, Discord markdown: matched words in `**bold**`, "…" where text was cut.
    pub snippet: String,
    /// Whether it did not pass on its own but follows a short list as nearly as near in meaning.
    pub companion: bool,
}

/// Hits for a text query, with what the query was understood as.
#[derive(Debug, Clone, Default)]
pub struct Hits {
    pub hits: Vec<Hit>,
    /// Whether more hits pass the relevance floor beyond `offset + limit`.
    pub more: bool,
    pub query: AnalyzedQuery,
}

struct Fields {
    text: Field,
    heading: Field,
}

/// The index over a corpus, ready to answer queries.
pub struct SearchIndex {
    corpus: Arc<Corpus>,
    /// (document index, paragraph number) of each indexed ordinal.
    paragraphs: Vec<(usize, u32)>,
    reader: IndexReader,
    fields: Fields,
    lexicon: Lexicon,
    /// Every distinct section heading with its folded form, for autocomplete.
    headings: Vec<(String, String)>,
    /// Each paragraph of the primary document, heading and text folded, for autocomplete.
    primary_folded: Vec<String>,
    techniques: Techniques,
    build_time: Duration,
    /// The question bank: one tantivy document per question, and the paragraph ordinal of each.
    bank: Option<(IndexReader, Vec<u32>)>,
    /// Matching by meaning, when an encoder was given and the corpus is embedded (a large one
    /// is embedded in the background: until then, answers match by words and the bank).
    semantic: Arc<OnceLock<Semantic>>,
    /// Tells a background embedding that this index is gone.
    cancel: Arc<AtomicBool>,
    fusion: Fusion,
    /// Questions in other languages: their banks and concepts.
    languages: languages::Languages,
    /// The glossary's names of two words or more ("Sustainable Development Goals"), as stems in
    /// order, each with the stems of its term ("sdg").
    names: Vec<(Vec<String>, Vec<String>)>,
    /// The words questions ask with, for reading a misspelt ask (see [`SearchIndex::spelled`]).
    asking: spelling::Speller,
}

impl Drop for SearchIndex {
    fn drop(&mut self) {
        self.cancel.store(true, Ordering::Relaxed);
    }
}

/// One paragraph as ranked by words (its place in the list is its rank): the share of the query's
/// weight it has.
#[derive(Debug, Clone, Copy)]
struct Lexical {
    ordinal: u32,
    coverage: f32,
    /// The share it has with words that only stand inside a name the question does not name
    /// ("sustainable development" in "Sustainable Development Goals") counted as their other
    /// variants count: for ranking, not for passing the floor.
    named_coverage: f32,
}

/// The searchable text of a paragraph: its own text, then its footnotes.
pub fn indexed_text(
    document: &crate::corpus::Document,
    paragraph: &crate::corpus::Paragraph,
) -> String {
    let mut text = paragraph.text.clone();
    for note in document.footnotes_of(paragraph.number) {
        text.push('\n');
        text.push_str(&note.marker);
        text.push(' ');
        text.push_str(&note.text);
    }
    text
}

impl SearchIndex {
    /// Indexes every paragraph of the corpus, for matching by words and the question bank.
    pub fn build(corpus: Arc<Corpus>) -> anyhow::Result<SearchIndex> {
        SearchIndex::build_with(corpus, None, None)
    }

    /// Indexes every paragraph of the corpus; with an encoder, matches by meaning too, its vectors
    /// cached in `cache` (a folder) when given.
    pub fn build_with(
        corpus: Arc<Corpus>,
        encoder: Option<Arc<Encoder>>,
        cache: Option<&std::path::Path>,
    ) -> anyhow::Result<SearchIndex> {
        let started = Instant::now();
        let (index, ordinal, text, heading) = empty_index();

        // The lexicon (vocabulary and stems for typo correction) needs a pass over every word as
        // well: it runs on its own thread while tantivy indexes.
        let (indexed, lexicon) = std::thread::scope(|scope| {
            let lexicon = scope.spawn(|| {
                let texts = corpus.documents.iter().flat_map(|d| {
                    d.paragraphs
                        .iter()
                        .map(|p| p.text.as_str())
                        .chain(d.footnotes.iter().map(|f| f.text.as_str()))
                        .chain(d.sections.iter().map(|s| s.heading.as_str()))
                });
                let glossary = corpus.glossary.iter().map(|t| t.term.as_str());
                Lexicon::new(texts.chain(glossary), &corpus.synonyms, &corpus.stop_words).with_bank(
                    corpus
                        .documents
                        .iter()
                        .flat_map(|d| &d.paragraphs)
                        .flat_map(|p| &p.questions)
                        .map(String::as_str),
                )
            });
            let indexed = index_paragraphs(&index, &corpus, ordinal, text, heading);
            (indexed, lexicon.join())
        });
        let paragraphs = indexed?;
        let lexicon = lexicon.map_err(|_| anyhow::anyhow!("building the lexicon failed"))?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .context("opening the index reader")?;
        let bank = index_bank(&corpus, &paragraphs)?;
        let semantic = Arc::new(OnceLock::new());
        let cancel = Arc::new(AtomicBool::new(false));
        if let Some(encoder) = encoder {
            if paragraphs.len() <= EMBED_BEFORE_SERVING {
                if let Some(built) = Semantic::build(encoder, &corpus, &paragraphs, cache, &cancel)
                    .context("embedding the corpus")?
                {
                    let _ = semantic.set(built);
                }
            } else {
                let (corpus, paragraphs, cache) = (
                    corpus.clone(),
                    paragraphs.clone(),
                    cache.map(|c| c.to_path_buf()),
                );
                let (target, cancel) = (semantic.clone(), cancel.clone());
                std::thread::Builder::new()
                    .name("embedding".into())
                    .spawn(move || {
                        let started = Instant::now();
                        match Semantic::build(
                            encoder,
                            &corpus,
                            &paragraphs,
                            cache.as_deref(),
                            &cancel,
                        ) {
                            Ok(Some(built)) => {
                                let _ = target.set(built);
                                tracing::info!(
                                    paragraphs = paragraphs.len(),
                                    seconds = started.elapsed().as_secs_f64(),
                                    "matching by meaning is ready"
                                );
                            }
                            Ok(None) => {}
                            Err(error) => tracing::error!(
                                error = format!("{error:#}"),
                                "embedding the corpus failed; answers match by words only"
                            ),
                        }
                    })
                    .context("starting the embedding thread")?;
            }
        }
        let stemmer = &lexicon;
        let names = corpus
            .glossary
            .iter()
            .flat_map(|term| {
                let own = stemmer.stems(&term.term);
                std::iter::once(&term.expansion)
                    .filter(|e| !e.is_empty())
                    .map(move |name| (stemmer.stems(name), own.clone()))
            })
            .filter(|(name, _)| name.len() >= 2)
            .collect();
        Ok(SearchIndex {
            names,
            languages: languages::Languages::new(&corpus),
            asking: asking_speller(&corpus),
            bank,
            semantic,
            cancel,
            fusion: Fusion::default(),
            headings: distinct_headings(&corpus),
            primary_folded: corpus
                .primary()
                .paragraphs
                .iter()
                .map(|p| {
                    let heading = normalize(corpus.primary().heading_of(p));
                    // The line break keeps a typed phrase from matching across the two.
                    format!("{heading}\n{}", normalize(&p.text))
                })
                .collect(),
            corpus,
            paragraphs,
            reader,
            fields: Fields { text, heading },
            lexicon,
            techniques: Techniques::ALL,
            build_time: started.elapsed(),
        })
    }

    /// The same index ranking with only some techniques on (for the relevance evaluation).
    pub fn with_techniques(mut self, techniques: Techniques) -> SearchIndex {
        self.techniques = techniques;
        self
    }

    pub fn corpus(&self) -> &Arc<Corpus> {
        &self.corpus
    }

    pub fn build_time(&self) -> Duration {
        self.build_time
    }

    pub fn paragraph_count(&self) -> usize {
        self.paragraphs.len()
    }

    /// Every distinct section heading of the corpus as (folded, as written), in reading order.
    pub fn headings(&self) -> &[(String, String)] {
        &self.headings
    }

    /// The folded heading and text of paragraph `n` of the primary document.
    pub fn primary_folded(&self, n: u32) -> Option<&str> {
        let index = usize::try_from(n).ok()?.checked_sub(1)?;
        self.primary_folded.get(index).map(String::as_str)
    }

    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// The same index fusing its rankings otherwise (for tuning on the tuning set).
    pub fn with_fusion(mut self, fusion: Fusion) -> SearchIndex {
        self.fusion = fusion;
        self
    }

    /// Whether answers match by meaning as well as by words.
    pub fn has_semantic(&self) -> bool {
        self.semantic.get().is_some()
    }

    pub fn semantic(&self) -> Option<&Semantic> {
        self.semantic.get()
    }

    /// Whether the query names a place of the meetings or a name of the glossary ("hanoi",
    /// "erasmus+"), however it is cased.
    fn names_something_held(&self, query: &str) -> bool {
        let spaced = format!(" {} ", crate::text::words(query).join(" "));
        let meetings = self.corpus.meetings.iter().flat_map(|m| m.places());
        let glossary = self.corpus.glossary.iter().flat_map(|t| {
            std::iter::once(&t.term)
                .chain(&t.aliases)
                .chain(t.forms.iter().filter(|f| f.chars().any(char::is_uppercase)))
        });
        meetings.chain(glossary).any(|name| {
            let words = crate::text::words(name);
            !words.is_empty() && spaced.contains(&format!(" {} ", words.join(" ")))
        })
    }

    /// `query` with the places of the earlier meetings read as the part of the world they are in
    /// ("is riga the capital of latvia" → "is Europe the capital of Europe"), or `None` when it
    /// names none. The declaration's own meeting's places name the declaration and stay.
    fn with_places_as_regions(&self, query: &str) -> Option<String> {
        let words = crate::text::words(query);
        let own = &self.corpus.primary().meeting;
        let places: Vec<(Vec<String>, &str)> = self
            .corpus
            .meetings
            .iter()
            .filter(|m| !own.contains(&m.short))
            .filter_map(|m| Some((m, m.region.first()?)))
            .flat_map(|(m, region)| {
                m.places()
                    .map(move |name| (crate::text::words(name), region.as_str()))
            })
            .filter(|(name, _)| !name.is_empty())
            .collect();
        let mut kept: Vec<&str> = Vec::new();
        let mut at = 0;
        let mut named = false;
        while at < words.len() {
            match places.iter().find(|(p, _)| words[at..].starts_with(p)) {
                Some((place, region)) => {
                    named = true;
                    kept.push(region);
                    at += place.len();
                }
                None => {
                    kept.push(&words[at]);
                    at += 1;
                }
            }
        }
        named.then(|| kept.join(" "))
    }

    /// `query` without the remarks around its question (see [`remarks_around_a_question`]), if it
    /// has any: for a message that matched nothing as a whole.
    fn without_remarks(&self, query: &str) -> Option<String> {
        let analyzed = self.lexicon.analyze_with(query, &self.techniques);
        let familiar = familiar_words(&analyzed);
        let sentences = remarks_and_questions(query);
        let remarks = remarks_around_a_question(&sentences, &familiar, true);
        remarks.contains(&true).then(|| {
            sentences
                .iter()
                .zip(&remarks)
                .filter(|(_, remark)| !**remark)
                .map(|((sentence, _, _), _)| *sentence)
                .collect::<String>()
                .trim()
                .to_string()
        })
    }

    /// Ranks paragraphs for a text query; `offset` skips that many relevant hits (for paging).
    pub fn search(&self, query: &str, limit: usize, offset: usize) -> anyhow::Result<Hits> {
        self.search_mode(query, limit, offset, Mode::Full)
    }

    /// As [`SearchIndex::search`], by words only or fused with the bank and meaning.
    pub fn search_mode(
        &self,
        query: &str,
        limit: usize,
        offset: usize,
        mode: Mode,
    ) -> anyhow::Result<Hits> {
        let query = &crate::text::question_of(query);
        if mode == Mode::Full && self.languages.is_foreign(query) {
            return self.search_foreign(query, limit, offset, None);
        }
        // "my friend said the declaration talks about religion?? is that true": the claim put to
        // the test is what is asked about; the test adds only words of chat.
        let claim = (mode == Mode::Full).then(|| claim_checked(query)).flatten();
        let query = claim.as_deref().unwrap_or(query);
        let mut hits = self.search_english(query, limit, offset, mode)?;
        // "does it mention ASEF anywhere? saw them at the hanoi thing": where the whole message
        // matched nothing, the question without the remarks around it may; their words, even the
        // declaration's ("hanoi"), weigh against the question's.
        if mode == Mode::Full && hits.hits.is_empty() {
            if let Some(asked) = self.without_remarks(query) {
                let alone = self.search_english(&asked, limit, offset, mode)?;
                if !alone.hits.is_empty() {
                    hits = alone;
                }
            }
        }
        // "MOOCs are overrated imo. but did the ministers actually back them?": the question
        // alone asks nothing the text answers; what it points back at is its topic.
        if mode == Mode::Full && hits.hits.is_empty() {
            if let Some(topic) = pointed_at(query) {
                let alone = self.search_english(&topic, limit, offset, mode)?;
                if !alone.hits.is_empty() {
                    hits = alone;
                }
            }
        }
        // Read as English, nothing matched; a question with as much of another language in it as
        // English ("reconnaissance des crédits") may match read in that language.
        if mode == Mode::Full && hits.hits.is_empty() {
            let (foreign, english) = self.languages.evidence(query);
            if foreign > 0.0 && foreign >= english {
                return self.search_foreign(query, limit, offset, None);
            }
        }
        Ok(hits)
    }

    /// Words, the English bank and meaning, fused (see [`SearchIndex::search_mode`]).
    fn search_english(
        &self,
        query: &str,
        limit: usize,
        offset: usize,
        mode: Mode,
    ) -> anyhow::Result<Hits> {
        // "adult ed" is searched as "adult education".
        let unclipped = english::unclipped(query, |word| self.lexicon.uses(word));
        let query = unclipped.as_str();
        // Whether a message is long chat is a matter of all it says, asides and all.
        let message = query;
        let mut analyzed = self.lexicon.analyze_with(query, &self.techniques);
        let aside_removed = without_asides(query, &analyzed);
        let query = match &aside_removed {
            Some(asked) => {
                analyzed = self.lexicon.analyze_with(asked, &self.techniques);
                asked.as_str()
            }
            None => query,
        };
        if limit == 0 || query.trim().is_empty() {
            return Ok(Hits {
                query: analyzed,
                ..Hits::default()
            });
        }
        let wanted = offset + limit + 1;
        // "did the seoul meeting discuss mobility?": the meeting's name is said of the paragraphs
        // that name it; the meaning asked is the rest. Autocomplete, by words only, never reads
        // the meaning.
        let meaning_asked = (mode == Mode::Full && self.techniques.semantic)
            .then(|| crate::answer::meeting::without_the_meeting_named(&self.corpus, query))
            .flatten();
        let (lexical, bank, closeness) = self.signals(
            query,
            meaning_asked.as_deref(),
            &analyzed,
            (wanted * 3).max(30),
            mode,
        )?;
        let floor = self.techniques.relevance_floor;
        let semantic_on = !closeness.is_empty();
        let mut fused: HashMap<u32, f32> = HashMap::new();
        let mut passes: HashSet<u32> = HashSet::new();
        let mut similarity: HashMap<u32, f32> = HashMap::new();
        for c in &closeness {
            similarity.insert(c.ordinal, c.similarity);
        }
        let fusion = self.fusion;
        // How much of the query's weight a paragraph has, in its text or its best bank question.
        let mut words: HashMap<u32, f32> = HashMap::new();
        let mut ranked_words: HashMap<u32, f32> = HashMap::new();
        for (list, weight) in [(&lexical, fusion.lexical), (&bank, fusion.bank)] {
            for (rank, hit) in list.iter().enumerate() {
                *fused.entry(hit.ordinal).or_default() += weight / (fusion.k + rank as f32 + 1.0);
                let best = words.entry(hit.ordinal).or_default();
                *best = best.max(hit.coverage);
                let ranked = ranked_words.entry(hit.ordinal).or_default();
                *ranked = ranked.max(hit.named_coverage);
            }
        }
        for (rank, close) in closeness.iter().enumerate() {
            *fused.entry(close.ordinal).or_default() +=
                fusion.semantic / (fusion.k + rank as f32 + 1.0);
        }
        if fusion.coverage_weight > 0.0 {
            for (ordinal, share) in &ranked_words {
                *fused.entry(*ordinal).or_default() += fusion.coverage_weight * share;
            }
        }
        if let Some(top) = closeness.first().map(|c| c.similarity) {
            if fusion.closeness_weight > 0.0 {
                for close in closeness
                    .iter()
                    .take_while(|c| c.similarity > top - fusion.closeness_spread)
                {
                    *fused.entry(close.ordinal).or_default() += fusion.closeness_weight
                        * (1.0 - (top - close.similarity) / fusion.closeness_spread);
                }
            }
        }
        let meaning_floor = semantic_floor_for(fusion.semantic_floor, query);
        // A name, an acronym or a number ("Erasmus", "4IR", "2017") is found by its words, which
        // the encoder may not know; plain words found ("who made you?" → "progress made") need
        // the meaning to be at least somewhat near in a question or a message.
        // So do a few words searched for ("connectivity"): each paragraph using them is listed.
        let searched = !query.contains('?') && crate::text::words(query).len() <= 3;
        let names_a_thing = searched
            || query.split_whitespace().any(|typed| {
                let typed = typed.trim_matches(|c: char| !c.is_alphanumeric());
                typed.chars().any(|c| c.is_ascii_digit())
                    || typed.chars().skip(1).any(char::is_uppercase)
                    || (typed.chars().next().is_some_and(char::is_uppercase)
                        && !query.trim_start().starts_with(typed))
            });
        let unfamiliar = !topical_unfamiliar(query, &analyzed).is_empty()
            && crate::text::words(message).len() <= UNFAMILIAR_MAX_WORDS
            && !remarks(message);
        // "Which hotel…?", "what speech did the president give?": the thing asked for is nowhere
        // in the declaration or its bank, so no paragraph answers, however close the rest is.
        let asks_for_the_unknown = asks_for_unknown(query, &analyzed);
        // Words quoted from the declaration ("'historic achievement'?? 😂") find their paragraph
        // whatever else the message says.
        // "the text keeps saying people-to-people": a compound of three words and more quotes
        // itself, marks or not.
        let mut quoted = quoted_phrases(query);
        quoted.extend(
            crate::text::words(query)
                .into_iter()
                .filter(|w| w.split('-').filter(|part| !part.is_empty()).count() >= 3),
        );
        // Three topic words of the question standing together in a paragraph ("open educational
        // resources") say it is the one asked about, whatever unfamiliar framing is around them
        // ("to what extent…, and in what terms?").
        let runs = if unfamiliar {
            topic_runs(query, &analyzed, self.lexicon.stop_words())
        } else {
            Vec::new()
        };
        // A paragraph's words, folded and spaced, for finding quotes and runs in it. Only a
        // paragraph found by its words is read (a large corpus is not read through per query).
        let spaced_text = |ordinal: u32| -> Option<String> {
            if !words.contains_key(&ordinal) {
                return None;
            }
            let &(d, n) = self.paragraphs.get(ordinal as usize)?;
            let document = &self.corpus.documents[d];
            let p = document.paragraph(n)?;
            Some(format!(
                " {} ",
                crate::text::words(&indexed_text(document, p)).join(" ")
            ))
        };
        // A place the meetings were held in is near the footnote that lists them, whatever is
        // asked of it ("is riga the capital of latvia"): a paragraph found by meaning alone must
        // still be near with each place read as its part of the world, which the text speaks of.
        // The words decide most paragraphs; the query is embedded again only when one is left to
        // the meaning alone.
        let on_words = |share: f32, close: f32| {
            (share >= 0.999 && (close >= WORDS_ALONE_MINIMUM || names_a_thing))
                || (share >= RELEVANCE_FLOOR && close >= fusion.semantic_minimum)
        };
        let left_to_meaning = floor
            && semantic_on
            && !unfamiliar
            && !asks_for_the_unknown
            && closeness.iter().any(|c| {
                c.similarity >= meaning_floor
                    && !on_words(words.get(&c.ordinal).copied().unwrap_or(0.0), c.similarity)
            });
        // "what is the capital of vietnam": a place the meetings were held in, with no meeting
        // spoken of, asks of the place; the bank's questions about the meeting there share its
        // words, so those words must not decide alone.
        // A city the text itself names ("why is helsinki even mentioned") is the text's.
        let as_regions = self.with_places_as_regions(query);
        let query_words = crate::text::words(query);
        let names_a_city = || {
            self.corpus.meetings.iter().any(|m| {
                let city = crate::text::words(&m.city);
                !city.is_empty()
                    && query_words
                        .windows(city.len())
                        .any(|w| w == city.as_slice())
            })
        };
        let place_without_a_meeting = as_regions.is_some()
            && floor
            && semantic_on
            && !searched
            && !query_words
                .iter()
                .any(|w| crate::answer::meeting::is_meeting_noun(w))
            && !names_a_city();
        let placeless: Option<HashMap<u32, f32>> = match as_regions {
            Some(rest) if left_to_meaning || place_without_a_meeting => {
                let semantic = self.semantic.get().context("the encoder is loaded")?;
                let closeness = semantic
                    .rank_text(&rest, fusion.semantic_minimum)
                    .context("embedding the query without its places")?;
                Some(
                    closeness
                        .iter()
                        .map(|c| (c.ordinal, c.similarity))
                        .collect(),
                )
            }
            _ => None,
        };
        let near_without_places = |ordinal: u32, bar: f32| {
            placeless
                .as_ref()
                .is_none_or(|closeness| closeness.get(&ordinal).copied().unwrap_or(0.0) >= bar)
        };
        // "how do you say 'education' in korean": a word quoted that most paragraphs use points
        // at none of them.
        quoted.retain(|q| {
            fused
                .keys()
                .filter(|&&ordinal| {
                    spaced_text(ordinal).is_some_and(|text| text.contains(&format!(" {q} ")))
                })
                .count()
                <= QUOTE_FOUND_IN_AT_MOST
        });
        for &ordinal in fused.keys() {
            let share = words.get(&ordinal).copied().unwrap_or(0.0);
            let relevant = if !floor {
                true
            } else if asks_for_the_unknown {
                false
            } else if !semantic_on {
                share >= RELEVANCE_FLOOR
            } else {
                let close = similarity.get(&ordinal).copied().unwrap_or(0.0);
                // Every word found ("4IR", "Erasmus") needs no help from the encoder, which may
                // not know an acronym; some words found need the meaning to agree; the meaning
                // alone must be close.
                if unfamiliar {
                    close >= fusion.unfamiliar_floor.max(meaning_floor)
                        || (close >= fusion.semantic_minimum
                            && !runs.is_empty()
                            && spaced_text(ordinal).is_some_and(|text| {
                                runs.iter().any(|r| text.contains(&format!(" {r} ")))
                            }))
                } else if place_without_a_meeting {
                    (on_words(share, close) || close >= meaning_floor)
                        && near_without_places(ordinal, meaning_floor - PLACES_SLACK)
                } else {
                    on_words(share, close)
                        || (close >= meaning_floor
                            && near_without_places(ordinal, meaning_floor - PLACES_SLACK))
                }
            };
            let quotes_it = !quoted.is_empty()
                && spaced_text(ordinal)
                    .is_some_and(|text| quoted.iter().any(|q| text.contains(&format!(" {q} "))));
            if relevant || quotes_it {
                passes.insert(ordinal);
            }
        }
        // A paragraph closer in meaning than one that passed on its words alone, and sharing
        // enough of them, is at least as relevant: the minimum of meaning is there to turn away
        // paragraphs that only borrow the question's words, and this one is nearer the topic.
        if floor && semantic_on && !unfamiliar && !asks_for_the_unknown {
            let close_of = |ordinal: &u32| similarity.get(ordinal).copied().unwrap_or(0.0);
            let bar = passes
                .iter()
                .filter(|o| words.get(o).copied().unwrap_or(0.0) >= 0.999)
                .map(close_of)
                .reduce(f32::min);
            if let Some(bar) = bar {
                let nearer: Vec<u32> = fused
                    .keys()
                    .filter(|o| !passes.contains(o))
                    .filter(|o| words.get(o).copied().unwrap_or(0.0) >= RELEVANCE_FLOOR)
                    .filter(|o| close_of(o) >= bar.max(NEARER_MINIMUM))
                    .copied()
                    .collect();
                passes.extend(nearer);
            }
        }
        // Everyday words the encoder only half knows ("learning that never stops after school")
        // fall under every floor, yet the meaning and the bank agree on one paragraph, well ahead
        // of the next. A question that names something the declaration names ("how old is
        // ASEF?") is left to the floors: agreement there is on the name, not the topic.
        if floor && semantic_on && passes.is_empty() && !asks_for_the_unknown && !names_a_thing {
            if let Some(agreed) = agreed_paragraph(&closeness, &bank) {
                if !self.names_something_held(query) {
                    passes.insert(agreed);
                }
            }
        }
        // A short list leaves room for what comes near it: paragraphs nearly as near in meaning
        // as the nearest that passed follow the ones that passed, never before them ("i just
        // want a job after graduating" → ¶8 on employability, then ¶14 on employment
        // opportunities for the young).
        let companions: Vec<u32> = if floor
            && semantic_on
            && !asks_for_the_unknown
            && (1..COMPANIONS_UP_TO).contains(&passes.len())
        {
            let nearest = passes
                .iter()
                .map(|o| similarity.get(o).copied().unwrap_or(0.0))
                .fold(f32::MIN, f32::max);
            closeness
                .iter()
                .filter(|c| {
                    !passes.contains(&c.ordinal)
                        && c.similarity >= nearest - COMPANION_MARGIN
                        && c.similarity >= COMPANION_MINIMUM
                })
                .take(COMPANIONS_UP_TO - passes.len())
                .map(|c| c.ordinal)
                .collect()
        } else {
            Vec::new()
        };
        let companions: Vec<(u32, f32)> = companions
            .into_iter()
            .map(|o| (o, fused.get(&o).copied().unwrap_or(0.0)))
            .collect();
        let passed = passes.len();
        let mut ranked: Vec<(u32, f32)> = fused
            .into_iter()
            .filter(|(ordinal, _)| passes.contains(ordinal))
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked.extend(companions);
        let more = ranked.len() > offset + limit;
        let searcher = self.reader.searcher();
        let stems = self.query_stems(&analyzed);
        let doc_freqs = stems
            .iter()
            .map(|stem| searcher.doc_freq(&self.term(self.fields.text, stem)))
            .collect::<Result<Vec<u64>, _>>()?;
        let doc_freq = |stem: &str| stems.binary_search(&stem).map_or(0, |i| doc_freqs[i]);
        let snippets = self.snippets(&analyzed, doc_freq);
        let best_unit: HashMap<u32, usize> =
            closeness.iter().map(|c| (c.ordinal, c.unit)).collect();
        let hits = ranked
            .into_iter()
            .enumerate()
            .skip(offset)
            .take(limit)
            .filter_map(|(rank, (ordinal, score))| {
                let &(document, paragraph) = self.paragraphs.get(ordinal as usize)?;
                let document_ref = &self.corpus.documents[document];
                let para = document_ref.paragraph(paragraph)?;
                let text = indexed_text(document_ref, para);
                let mut snippet = snippets.render(&text);
                // Found by meaning with no word in common: show the sentence that matched.
                if !snippet.contains("**") {
                    if let Some(unit) = best_unit
                        .get(&ordinal)
                        .and_then(|&u| self.semantic.get().map(|s| s.unit(u)))
                        .filter(|u| u.kind == semantic::UnitKind::Sentence)
                    {
                        let sentence = para.text[unit.span.clone()].replace('*', "");
                        snippet = crate::text::truncate(&sentence, SNIPPET_CHARS + 40);
                    }
                }
                Some(Hit {
                    document,
                    paragraph,
                    score,
                    snippet,
                    companion: rank >= passed,
                })
            })
            .collect();
        Ok(Hits {
            hits,
            more,
            query: analyzed,
        })
    }

    /// The other languages' banks and concepts.
    pub fn languages(&self) -> &languages::Languages {
        &self.languages
    }

    /// A question in another language: the paragraphs of its closest bank questions, fused with
    /// those the declaration's own words for the concepts it names find (whose snippets show those
    /// words). `skip` leaves one bank question out, to measure the bank on itself.
    pub fn search_foreign(
        &self,
        query: &str,
        limit: usize,
        offset: usize,
        skip: Option<usize>,
    ) -> anyhow::Result<Hits> {
        self.search_foreign_with(query, limit, offset, skip, languages::Blend::default())
    }

    /// [`SearchIndex::search_foreign`] with another blend of its rankings (to compare blends).
    pub fn search_foreign_with(
        &self,
        query: &str,
        limit: usize,
        offset: usize,
        skip: Option<usize>,
        blend: languages::Blend,
    ) -> anyhow::Result<Hits> {
        // Paging re-runs the question as typed.
        let restated = AnalyzedQuery {
            concepts: vec![analysis::Concept {
                words: crate::text::squash_whitespace(query),
                variants: Vec::new(),
            }],
            ..AnalyzedQuery::default()
        };
        if limit == 0 || query.trim().is_empty() {
            return Ok(Hits {
                query: restated,
                ..Hits::default()
            });
        }
        let found = self.languages.rank(query, skip, blend);
        let english = self.concept_hits(&found, offset + limit + 1)?;
        Ok(self.fuse_foreign(restated, &found, &english, blend, limit, offset))
    }

    /// The paragraphs the declaration's English words for a foreign question's concepts find.
    pub fn concept_hits(
        &self,
        found: &languages::ForeignQuery,
        wanted: usize,
    ) -> anyhow::Result<Hits> {
        if found.english.is_empty() {
            return Ok(Hits::default());
        }
        self.search_mode(&found.english.join(" "), wanted.max(10), 0, Mode::Full)
    }

    /// The bank's ranking and the concepts' fused by reciprocal rank, with the English hits'
    /// snippets (which show the concepts' words) or the paragraph's opening.
    pub fn fuse_foreign(
        &self,
        query: AnalyzedQuery,
        found: &languages::ForeignQuery,
        english: &Hits,
        blend: languages::Blend,
        limit: usize,
        offset: usize,
    ) -> Hits {
        let k = self.fusion.k;
        let mut fused: HashMap<(usize, u32), f32> = HashMap::new();
        let bank = found.bank.iter().filter(|(_, score)| *score >= blend.floor);
        for (rank, (paragraph, _)) in bank.enumerate() {
            *fused.entry((0, *paragraph)).or_default() += blend.bank / (k + rank as f32 + 1.0);
        }
        for (rank, hit) in english.hits.iter().enumerate() {
            *fused.entry((hit.document, hit.paragraph)).or_default() +=
                blend.english / (k + rank as f32 + 1.0);
        }
        let mut ranked: Vec<((usize, u32), f32)> = fused.into_iter().collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let more = ranked.len() > offset + limit;
        let hits = ranked
            .into_iter()
            .skip(offset)
            .take(limit)
            .filter_map(|((document, paragraph), score)| {
                let snippet = match english
                    .hits
                    .iter()
                    .find(|h| h.document == document && h.paragraph == paragraph)
                {
                    Some(hit) => hit.snippet.clone(),
                    None => {
                        let text = self.corpus.documents[document]
                            .paragraph(paragraph)?
                            .text
                            .replace('*', "");
                        crate::text::truncate(&text, SNIPPET_CHARS + 40)
                    }
                };
                Some(Hit {
                    document,
                    paragraph,
                    score,
                    snippet,
                    companion: false,
                })
            })
            .collect();
        Hits { hits, more, query }
    }

    /// The three rankings of a query: by words in the paragraphs, by words in the question bank,
    /// by meaning (the last two only in [`Mode::Full`]).
    fn signals(
        &self,
        query: &str,
        meaning_asked: Option<&str>,
        analyzed: &AnalyzedQuery,
        candidates: usize,
        mode: Mode,
    ) -> anyhow::Result<(Vec<Lexical>, Vec<Lexical>, Vec<semantic::Closeness>)> {
        let borrowed = self.names_borrowed(analyzed);
        let lexical = if analyzed.concepts.is_empty() {
            Vec::new()
        } else {
            self.lexical(&self.reader, analyzed, &borrowed, candidates, None)?
        };
        let fuse = mode == Mode::Full;
        let bank = match (&self.bank, fuse && self.techniques.question_bank) {
            (Some((reader, owners)), true) if !analyzed.concepts.is_empty() => {
                self.lexical(reader, analyzed, &borrowed, candidates * 4, Some(owners))?
            }
            _ => Vec::new(),
        };
        let closeness = match (self.semantic.get(), fuse && self.techniques.semantic) {
            (Some(semantic), true) => {
                // Misspelt words are embedded as corrected: the encoder knows "Erasmus".
                let mut corrected = meaning_asked.unwrap_or(query).to_string();
                for (typed, fixed) in &analyzed.corrections {
                    corrected = replace_word(&corrected, typed, fixed);
                }
                let corrected = self.without_titles(&corrected);
                semantic
                    .rank_text(&corrected, self.fusion.semantic_minimum)
                    .context("embedding the query")?
            }
            _ => Vec::new(),
        };
        Ok((lexical, bank, closeness))
    }

    /// `query` with each misspelt word as the speller corrects it ("copenhagn meeting which
    /// year" names the Copenhagen meeting), for working out which meeting a question names.
    /// A misspelt word of asking ("wher did they meet", "titel of the document", "the thema") is
    /// read as that word first: the declaration's own words are not what a question asks with.
    pub fn spelled(&self, query: &str) -> String {
        let analyzed = self.lexicon.analyze_with(query, &self.techniques);
        let asking = &self.asking;
        let mut text = query.to_string();
        let mut done: Vec<String> = Vec::new();
        if self.techniques.typo_correction {
            // A misspelling may share its stem with a word the corpus has ("venu" for "venue"):
            // every word the corpus lacks as typed is looked at.
            // "para", "pgh": a word for a paragraph is not a slip for "part".
            let typed_words: Vec<String> = crate::text::words(query)
                .into_iter()
                .filter(|w| {
                    !self.lexicon.has_word(w) && !reference::PARAGRAPH_NOUNS.contains(&w.as_str())
                })
                .collect();
            for typed in typed_words
                .iter()
                .chain(analyzed.corrections.iter().map(|(typed, _)| typed))
            {
                // "thema" asks in German; "hat" and "cost" are what they say.
                if asking.has(typed) {
                    done.push(typed.clone());
                } else if let Some(fixed) = Some(typed)
                    .filter(|typed| !english::is_word(typed))
                    .and_then(|typed| asking.correct_by_one(typed))
                    // Three letters are too few to tell "days" from the German "das": only a
                    // question word is read into them ("wat", "whn", "hwo").
                    .filter(|fixed| {
                        typed.chars().count() > 3 || QUESTION_WORDS.contains(&fixed.as_str())
                    })
                {
                    text = replace_word(&text, typed, &fixed);
                    done.push(typed.clone());
                }
            }
        }
        for (typed, fixed) in &analyzed.corrections {
            if !done.contains(typed) {
                text = replace_word(&text, typed, fixed);
            }
        }
        let text = where_for_were(&text);
        let text = who_before_a_deed(&text, query);
        // "wen was the sixth ASEMME", "hoo hosted this": a real word one slip from a question
        // word, opening a question before its verb, is that question word.
        let stop = self.lexicon.stop_words();
        question_word_for_a_slip(&text, |word| {
            Some(word)
                .filter(|w| w.chars().count() <= 4 && !stop.contains(w) && !asking.has(w))
                .and_then(|w| asking.correct_by_one(w))
                .filter(|fixed| QUESTION_WORDS.contains(&fixed.as_str()))
        })
    }

    /// `query` with each real English word that is one slip from a word questions ask with read
    /// as that word ("which ministry hosed the 6th meeting": "hosted"), or `None` when there is
    /// none. A real word is as typed everywhere else; this reading is only for a question that
    /// names a meeting and asks nothing of it as typed.
    pub fn with_real_word_slips(&self, query: &str) -> Option<String> {
        let asking = &self.asking;
        let stop = self.lexicon.stop_words();
        let mut text = query.to_string();
        for typed in crate::text::words(query) {
            let fixed = Some(&typed)
                .filter(|w| w.chars().count() >= 4 && english::is_word(w))
                .filter(|w| !stop.contains(w) && !asking.has(w) && !self.lexicon.has_word(w))
                .and_then(|w| asking.correct_by_one(w));
            if let Some(fixed) = fixed {
                text = replace_word(&text, &typed, &fixed);
            }
        }
        (text != query).then_some(text)
    }

    /// Whether `query` asks "what…" or "which…" of something the declaration and its bank never
    /// name ("which hotel was the venue?"): nothing answers it, not even a meeting's record.
    pub fn asks_for_the_unknown(&self, query: &str) -> bool {
        // "like which org": a clipped word is read whole, as a search reads it.
        let query = &english::unclipped(query, |word| self.lexicon.uses(word));
        asks_for_unknown(query, &self.lexicon.analyze_with(query, &self.techniques))
    }

    /// The words of `text` the declaration and its bank never use, as typed, outside small talk
    /// ("wall" in "when did the berlin wall come down", not "heyyy" in "heyyy, when was it?").
    pub fn unfamiliar_topics(&self, text: &str) -> Vec<String> {
        let analyzed = self.lexicon.analyze_with(text, &self.techniques);
        let unfamiliar = topical_unfamiliar(text, &analyzed);
        // A clipped word ("wasn't") is no topic: it is left out whole.
        text.split_whitespace()
            .map(|typed| typed.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|typed| !typed.is_empty() && !typed.contains(['\'', '’']))
            .filter(|typed| unfamiliar.iter().any(|u| **u == crate::text::fold(typed)))
            .map(str::to_string)
            .collect()
    }

    /// `query` with the documents' own names read as "it": a name refers to the whole text, not
    /// to a topic, yet the encoder finds "Is the Seoul Declaration legally binding?" close to every
    /// paragraph that names the declaration, and "What does the Seoul Declaration say about adult
    /// education?" closer to them than to the one on adult education.
    fn without_titles(&self, query: &str) -> String {
        let mut text = query.to_string();
        for document in &self.corpus.documents {
            let title = document.title.to_ascii_lowercase();
            if title.is_empty() {
                continue;
            }
            for (name, pronoun) in [
                (format!("the {title}'s"), "its"),
                (format!("{title}'s"), "its"),
                (format!("the {title}"), "it"),
                (title.clone(), "it"),
            ] {
                // ASCII lowercasing keeps every byte where it was, so a match is a range of `text`.
                while let Some(at) = text.to_ascii_lowercase().find(&name) {
                    text.replace_range(at..at + name.len(), pronoun);
                }
            }
        }
        text
    }

    /// Why each paragraph ranks where it does for `query`, for looking into a ranking by hand:
    /// (paragraph ordinal, share of the query's weight in its text, in its best bank question,
    /// closeness in meaning), best by meaning first.
    pub fn explain(&self, query: &str) -> anyhow::Result<Vec<(u32, f32, f32, f32)>> {
        let analyzed = self.lexicon.analyze_with(query, &self.techniques);
        let (lexical, bank, closeness) = self.signals(query, None, &analyzed, 30, Mode::Full)?;
        let coverage = |list: &[Lexical], ordinal: u32| {
            list.iter()
                .find(|l| l.ordinal == ordinal)
                .map_or(0.0, |l| l.coverage)
        };
        Ok(closeness
            .iter()
            .map(|c| {
                (
                    c.ordinal,
                    coverage(&lexical, c.ordinal),
                    coverage(&bank, c.ordinal),
                    c.similarity,
                )
            })
            .collect())
    }

    /// The distinct stems of every variant of the query, sorted.
    fn query_stems<'q>(&self, analyzed: &'q AnalyzedQuery) -> Vec<&'q str> {
        analyzed
            .concepts
            .iter()
            .flat_map(|c| {
                c.variants
                    .iter()
                    .flat_map(|v| v.stems.iter().map(String::as_str))
            })
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect()
    }

    /// Paragraphs by words (BM25 with the query's concepts), best first, each with the share of the
    /// query's weight it covers. With `owners`, `reader` is the question bank: each question
    /// counts for the paragraph that owns it, by its best question. `borrowed`: the names whose
    /// words the query uses without them ([`SearchIndex::names_borrowed`]).
    fn lexical(
        &self,
        reader: &IndexReader,
        analyzed: &AnalyzedQuery,
        borrowed: &[(&Vec<String>, Vec<String>)],
        limit: usize,
        owners: Option<&Vec<u32>>,
    ) -> anyhow::Result<Vec<Lexical>> {
        let searcher = reader.searcher();
        let query = self.build_query(analyzed);
        let candidates = searcher
            .search(&query, &TopDocs::with_limit(limit).order_by_score())
            .context("running the query")?;

        let stems = self.query_stems(analyzed);
        // Weights come from the paragraphs' own statistics, whichever index is searched: a word
        // is as telling in a question of the bank as in the text it stands for.
        let paragraph_searcher = self.reader.searcher();
        let doc_freqs = stems
            .iter()
            .map(|stem| paragraph_searcher.doc_freq(&self.term(self.fields.text, stem)))
            .collect::<Result<Vec<u64>, _>>()?;
        let doc_freq = |stem: &str| stems.binary_search(&stem).map_or(0, |i| doc_freqs[i]);
        let weights = self.concept_weights(paragraph_searcher.num_docs(), analyzed, doc_freq);
        let total_weight: f32 = weights.iter().sum();
        let addresses: Vec<DocAddress> = candidates.iter().map(|(_, a)| *a).collect();
        let ordinals = ordinals(&searcher, &addresses)?;
        let present = self.stems_present(&searcher, &addresses, &stems)?;
        let mut out: Vec<Lexical> = Vec::new();
        let mut seen = HashSet::new();
        for (i, _) in candidates.into_iter().enumerate() {
            let ordinal = match owners {
                Some(owners) => match owners.get(ordinals[i] as usize) {
                    Some(&owner) => owner,
                    None => continue,
                },
                None => ordinals[i] as u32,
            };
            if self.paragraphs.get(ordinal as usize).is_none() {
                continue;
            }
            let has = |stem: &String| {
                stems
                    .binary_search(&stem.as_str())
                    .is_ok_and(|s| present[i][s])
            };
            let covered: f32 = analyzed
                .concepts
                .iter()
                .zip(&weights)
                .filter(|(concept, _)| concept.variants.iter().any(|v| v.stems.iter().all(has)))
                .map(|(_, w)| *w)
                .sum();
            let share = |covered: f32| {
                if total_weight > 0.0 {
                    covered / total_weight
                } else {
                    0.0
                }
            };
            let coverage = share(covered);
            let named_coverage = if borrowed.is_empty() {
                coverage
            } else {
                let text = match owners {
                    Some(_) => self.bank_question(ordinals[i]),
                    None => self.paragraph_text(ordinal),
                };
                let bound = text.map_or_else(Vec::new, |text| self.bound_in(&text, borrowed));
                share(
                    analyzed
                        .concepts
                        .iter()
                        .zip(&weights)
                        .map(|(concept, w)| {
                            let free = |v: &&analysis::Variant| {
                                v.stems.iter().all(has)
                                    && !bound.iter().any(|(modifier, head)| {
                                        v.stems.contains(modifier) && !v.stems.contains(head)
                                    })
                            };
                            let best = concept
                                .variants
                                .iter()
                                .filter(free)
                                .map(|v| v.weight.min(1.0))
                                .fold(0.0, f32::max);
                            // Only concepts a bound word touches count their variants' weights.
                            let touched = concept.variants.iter().any(|v| {
                                bound.iter().any(|(modifier, _)| v.stems.contains(modifier))
                            });
                            match (
                                touched,
                                concept.variants.iter().any(|v| v.stems.iter().all(has)),
                            ) {
                                (_, false) => 0.0,
                                (false, true) => *w,
                                (true, true) => w * best,
                            }
                        })
                        .sum(),
                )
            };
            // A paragraph counts once, by its best document (its best question, in the bank).
            if seen.insert(ordinal) {
                out.push(Lexical {
                    ordinal,
                    coverage,
                    named_coverage,
                });
            } else if let Some(previous) = out.iter_mut().find(|l| l.ordinal == ordinal) {
                previous.coverage = previous.coverage.max(coverage);
                previous.named_coverage = previous.named_coverage.max(named_coverage);
            }
        }
        Ok(out)
    }

    /// The glossary's names whose words the question uses without the name's last word, its
    /// head ("sustainable development" without "goals"), nor the name's own term ("SDG"): each
    /// as its stems in order, with the words of it the question uses that the corpus also uses
    /// outside the name. A word only the name uses ("labour" of the Labour and Employment
    /// Ministers' Conference) names it, whatever else the question calls it.
    fn names_borrowed(&self, analyzed: &AnalyzedQuery) -> Vec<(&Vec<String>, Vec<String>)> {
        let typed: HashSet<&str> = analyzed
            .concepts
            .iter()
            .filter_map(|c| c.variants.first())
            .flat_map(|v| v.stems.iter().map(String::as_str))
            .collect();
        let searcher = self.reader.searcher();
        let field = self.fields.text;
        let count = |query: &dyn Query| searcher.search(query, &Count).unwrap_or(0) as u64;
        let mut borrowed = Vec::new();
        for (name, term) in &self.names {
            let (head, modifiers) = name.split_last().expect("names have two words or more");
            if typed.contains(head.as_str()) || term.iter().any(|t| typed.contains(t.as_str())) {
                continue;
            }
            let used: Vec<&String> = modifiers
                .iter()
                .filter(|m| typed.contains(m.as_str()))
                .collect();
            if used.is_empty() {
                continue;
            }
            let with_the_name = count(&PhraseQuery::new(
                name.iter().map(|stem| self.term(field, stem)).collect(),
            ));
            let elsewhere: Vec<String> = used
                .into_iter()
                .filter(|m| {
                    count(&TermQuery::new(
                        self.term(field, m),
                        IndexRecordOption::Basic,
                    )) > with_the_name
                })
                .cloned()
                .collect();
            if !elsewhere.is_empty() {
                borrowed.push((name, elsewhere));
            }
        }
        borrowed
    }

    /// The words of `borrowed` names that stand in `text` only inside those names, each with the
    /// head of its name.
    fn bound_in(
        &self,
        text: &str,
        borrowed: &[(&Vec<String>, Vec<String>)],
    ) -> Vec<(String, String)> {
        let stems = self.lexicon.stems(text);
        let mut inside = vec![false; stems.len()];
        for (name, _) in borrowed {
            for at in 0..stems.len().saturating_sub(name.len() - 1) {
                if stems[at..at + name.len()] == name[..] {
                    inside[at..at + name.len()]
                        .iter_mut()
                        .for_each(|i| *i = true);
                }
            }
        }
        let mut bound = Vec::new();
        for (name, modifiers) in borrowed {
            let head = name.last().expect("names have two words or more");
            for modifier in modifiers {
                let mut used = stems
                    .iter()
                    .zip(&inside)
                    .filter(|(s, _)| *s == modifier)
                    .peekable();
                if used.peek().is_some() && used.all(|(_, inside)| *inside) {
                    bound.push((modifier.clone(), head.clone()));
                }
            }
        }
        bound
    }

    /// The searchable text of the paragraph at `ordinal`.
    fn paragraph_text(&self, ordinal: u32) -> Option<String> {
        let &(d, n) = self.paragraphs.get(ordinal as usize)?;
        let document = &self.corpus.documents[d];
        Some(indexed_text(document, document.paragraph(n)?))
    }

    /// The bank question at `ordinal` of the bank's index (questions are indexed paragraph by
    /// paragraph, in order).
    fn bank_question(&self, ordinal: u64) -> Option<String> {
        let (_, owners) = self.bank.as_ref()?;
        let owner = *owners.get(ordinal as usize)?;
        let first = owners.partition_point(|&o| o < owner);
        let &(d, n) = self.paragraphs.get(owner as usize)?;
        let paragraph = self.corpus.documents[d].paragraph(n)?;
        paragraph.questions.get(ordinal as usize - first).cloned()
    }

    fn term(&self, field: Field, stem: &str) -> Term {
        Term::from_field_text(field, stem)
    }

    fn build_query(&self, analyzed: &AnalyzedQuery) -> BooleanQuery {
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let techniques = &self.techniques;
        let fields: &[(Field, f32)] = if techniques.headings {
            &[
                (self.fields.text, 1.0),
                (self.fields.heading, HEADING_BOOST),
            ]
        } else {
            &[(self.fields.text, 1.0)]
        };
        for concept in &analyzed.concepts {
            for &(field, boost) in fields {
                let alternatives: Vec<Box<dyn Query>> = concept
                    .variants
                    .iter()
                    // A form the corpus lacks cannot match: leave it out rather than build its
                    // scorer (most synonyms of a small corpus are absent from it).
                    .filter(|variant| variant.stems.iter().all(|s| self.lexicon.knows_stem(s)))
                    // Headings are short and on-topic: the user's own words (or their spelling
                    // fixed) are enough there, synonyms add cost and nothing measured.
                    .filter(|variant| {
                        field == self.fields.text || variant.weight >= HEADING_MIN_WEIGHT
                    })
                    .map(|variant| {
                        let inner: Box<dyn Query> = match variant.stems.as_slice() {
                            [stem] => Box::new(TermQuery::new(
                                self.term(field, stem),
                                IndexRecordOption::WithFreqs,
                            )),
                            stems => Box::new(PhraseQuery::new(
                                stems.iter().map(|s| self.term(field, s)).collect(),
                            )),
                        };
                        Box::new(BoostQuery::new(inner, variant.weight * boost)) as Box<dyn Query>
                    })
                    .collect();
                // A concept counts once, by its best way of appearing: a paragraph that has the
                // user's word and two of its synonyms must not outrank one with the exact phrase.
                if techniques.best_form_only {
                    clauses.push((
                        Occur::Should,
                        Box::new(DisjunctionMaxQuery::with_tie_breaker(
                            alternatives,
                            SYNONYM_TIE_BREAKER,
                        )),
                    ));
                } else {
                    clauses.extend(alternatives.into_iter().map(|q| (Occur::Should, q)));
                }
            }
        }
        // Neighbouring words of the query standing near each other in the text.
        let pairs = if techniques.proximity {
            analyzed.concepts.windows(2)
        } else {
            [].windows(2)
        };
        for pair in pairs {
            let (Some(a), Some(b)) = (
                edge_stem(&pair[0], Edge::Last),
                edge_stem(&pair[1], Edge::First),
            ) else {
                continue;
            };
            if a == b {
                continue;
            }
            // In either order: "participation of stakeholders" answers "stakeholders participation".
            let orders: Vec<Box<dyn Query>> = [(a, b), (b, a)]
                .into_iter()
                .map(|(first, second)| {
                    let mut phrase = PhraseQuery::new(vec![
                        self.term(self.fields.text, first),
                        self.term(self.fields.text, second),
                    ]);
                    phrase.set_slop(PROXIMITY_SLOP);
                    Box::new(phrase) as Box<dyn Query>
                })
                .collect();
            clauses.push((
                Occur::Should,
                Box::new(BoostQuery::new(
                    Box::new(DisjunctionMaxQuery::new(orders)),
                    PROXIMITY_BOOST,
                )),
            ));
        }
        BooleanQuery::new(clauses)
    }

    /// Each concept's weight: the IDF of the user's own word when the index knows it, else of its
    /// rarest known alternative, else that of the rarest word of the corpus.
    fn concept_weights(
        &self,
        num_docs: u64,
        analyzed: &AnalyzedQuery,
        doc_freq: impl Fn(&str) -> u64,
    ) -> Vec<f32> {
        let n = num_docs as f32;
        let idf = |df: u64| (1.0 + (n - df as f32 + 0.5) / (df as f32 + 0.5)).ln();
        let mut weights = Vec::with_capacity(analyzed.concepts.len());
        for concept in &analyzed.concepts {
            let mut per_variant = Vec::with_capacity(concept.variants.len());
            for variant in &concept.variants {
                // A phrase is as rare as its rarest word.
                let mut rarest: Option<u64> = None;
                for stem in &variant.stems {
                    let df = doc_freq(stem);
                    rarest = Some(rarest.map_or(df, |r| r.min(df)));
                }
                per_variant.push(rarest.unwrap_or(0));
            }
            let weight = match per_variant.first() {
                Some(&df) if df > 0 => idf(df),
                _ => per_variant
                    .iter()
                    .filter(|df| **df > 0)
                    .map(|df| idf(*df))
                    .fold(None, |best: Option<f32>, w| {
                        Some(best.map_or(w, |b| b.max(w)))
                    })
                    // A word the corpus lacks weighs as much as its rarest word: enough that a
                    // query about something absent is not "answered" by its common words alone.
                    .unwrap_or_else(|| idf(1)),
            };
            weights.push(weight);
        }
        weights
    }
}

/// Each hit's ordinal, from the fast field.
fn ordinals(searcher: &tantivy::Searcher, addresses: &[DocAddress]) -> anyhow::Result<Vec<u64>> {
    {
        let mut columns = HashMap::new();
        addresses
            .iter()
            .map(|address| {
                let column = match columns.entry(address.segment_ord) {
                    std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                    std::collections::hash_map::Entry::Vacant(e) => e.insert(
                        searcher
                            .segment_reader(address.segment_ord)
                            .fast_fields()
                            .u64(ORDINAL)
                            .context("reading the ordinals")?,
                    ),
                };
                Ok(column.first(address.doc_id).unwrap_or(u64::MAX))
            })
            .collect()
    }
}

impl SearchIndex {
    /// Which of `stems` (sorted) each hit contains in its text or headings, read from the posting
    /// lists: re-analysing every candidate paragraph instead cost most of a query's time.
    fn stems_present(
        &self,
        searcher: &tantivy::Searcher,
        addresses: &[DocAddress],
        stems: &[&str],
    ) -> anyhow::Result<Vec<Vec<bool>>> {
        let mut present = vec![vec![false; stems.len()]; addresses.len()];
        // Posting lists only read forward: visit each segment's hits in document order.
        let mut order: Vec<usize> = (0..addresses.len()).collect();
        order.sort_by_key(|&i| (addresses[i].segment_ord, addresses[i].doc_id));
        let segments: BTreeSet<u32> = addresses.iter().map(|a| a.segment_ord).collect();
        for segment in segments {
            let reader = searcher.segment_reader(segment);
            let hits: Vec<usize> = order
                .iter()
                .copied()
                .filter(|&i| addresses[i].segment_ord == segment)
                .collect();
            for field in [self.fields.text, self.fields.heading] {
                let inverted = reader.inverted_index(field)?;
                for (s, stem) in stems.iter().enumerate() {
                    let term = self.term(field, stem);
                    let Some(mut postings) =
                        inverted.read_postings(&term, IndexRecordOption::Basic)?
                    else {
                        continue;
                    };
                    for &i in &hits {
                        let doc = addresses[i].doc_id;
                        let at = if postings.doc() < doc {
                            postings.seek(doc)
                        } else {
                            postings.doc()
                        };
                        if at == doc {
                            present[i][s] = true;
                        }
                    }
                }
            }
        }
        Ok(present)
    }

    fn snippets(&self, analyzed: &AnalyzedQuery, doc_freq: impl Fn(&str) -> u64) -> Snippets<'_> {
        let mut terms: HashMap<String, f32> = HashMap::new();
        for concept in &analyzed.concepts {
            // The words of a synonym phrase ("distance learning") would each light up wherever
            // they stand alone ("learning" is everywhere): bold only single-word synonyms.
            let shown = concept
                .variants
                .iter()
                .filter(|v| v.stems.len() == 1 || v.weight >= 1.0);
            for variant in shown {
                for stem in &variant.stems {
                    let df = doc_freq(stem);
                    if df > 0 {
                        terms.insert(stem.clone(), variant.weight / (1.0 + df as f32));
                    }
                }
            }
        }
        Snippets::new(&self.lexicon, terms, SNIPPET_CHARS)
    }
}

/// Adds one tantivy document per paragraph (its text and its section headings) and commits;
/// returns (document index, paragraph number) by ordinal.
fn index_paragraphs(
    index: &Index,
    corpus: &Corpus,
    ordinal: Field,
    text: Field,
    heading: Field,
) -> anyhow::Result<Vec<(usize, u32)>> {
    // One indexing thread keeps a small corpus in one segment, so equal scores rank in a fixed
    // order; a large one gets every core.
    let threads = if corpus.paragraph_count() < PARALLEL_INDEXING_FROM {
        1
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get().min(4))
    };
    let mut writer = index
        .writer_with_num_threads(threads, threads * 50_000_000)
        .context("creating the index writer")?;
    let mut paragraphs = Vec::with_capacity(corpus.paragraph_count());
    for (doc_index, document) in corpus.documents.iter().enumerate() {
        for paragraph in &document.paragraphs {
            let mut doc = tantivy::TantivyDocument::default();
            doc.add_u64(ordinal, paragraphs.len() as u64);
            doc.add_text(text, indexed_text(document, paragraph));
            for heading_text in document.section_path(paragraph) {
                doc.add_text(heading, heading_text);
            }
            writer.add_document(doc).context("indexing a paragraph")?;
            paragraphs.push((doc_index, paragraph.number));
        }
    }
    writer.commit().context("committing the index")?;
    Ok(paragraphs)
}

/// The clauses of `query`, each with its words and whether a colon ends it. An emoji ends a
/// clause of chat as a mark does ("ugh deadline tonight 😩 does it…").
fn clauses(query: &str) -> Vec<(&str, Vec<String>, bool)> {
    query
        .split_inclusive(|c: char| {
            matches!(c, '.' | '!' | '?' | ';' | ',' | ':' | '—' | '–' | '(' | ')')
                || crate::text::is_emoji(c)
        })
        .map(|clause| (clause, crate::text::words(clause), clause.ends_with(':')))
        .filter(|(_, words, _)| !words.is_empty())
        .collect()
}

/// The sentences of a message of chat ([`crate::text::chat_sentences`]), each with its words and
/// whether a question mark ends it.
fn remarks_and_questions(query: &str) -> Vec<(&str, Vec<String>, bool)> {
    crate::text::chat_sentences(query)
        .map(|sentence| {
            let questioned = sentence.trim_end().ends_with('?');
            (sentence, crate::text::words(sentence), questioned)
        })
        .collect()
}

/// Which of `sentences` are remarks around a question asked with the declaration's words: after
/// it, neither asking nor ending in a question mark ("does it mention ASEF anywhere? saw them at
/// the hanoi thing"); before it, when the question turns away with "anyway" or `before_too`.
/// None is, when no sentence asks with its words.
fn remarks_around_a_question(
    sentences: &[(&str, Vec<String>, bool)],
    familiar: &HashSet<String>,
    before_too: bool,
) -> Vec<bool> {
    let asks_with_its_words = |(_, words, _): &(&str, Vec<String>, bool)| {
        !crate::text::tells_of_the_speaker(words)
            && crate::text::asks_in(words)
            && words.iter().any(|w| familiar.contains(w))
    };
    // What follows the question; what comes before it sets the scene ("my credits didn't count
    // back home 😤 do they promise to fix that?") unless `before_too`.
    let asked_at = sentences.iter().position(asks_with_its_words);
    // "…all my seniors are still looking. anyway is there anything…": a question that turns
    // away from what came before leaves it behind as a remark.
    let turned_at = asked_at.filter(|&asked| {
        sentences[asked]
            .1
            .iter()
            .take(3)
            .any(|w| matches!(w.as_str(), "anyway" | "anyways" | "anyhow"))
    });
    // "MOOCs are overrated imo. but did the ministers actually back them?": a question that
    // points back needs what came before it.
    let points_back = asked_at.is_some_and(|asked| points_back(&sentences[asked].1));
    sentences
        .iter()
        .enumerate()
        .map(|(at, (_, words, questioned))| {
            if turned_at.is_some_and(|asked| at < asked) {
                return true;
            }
            // "…? full day or half": alternatives offered go on with the question.
            asked_at.is_some_and(|asked| at > asked || (before_too && at < asked && !points_back))
                && !questioned
                && !crate::text::asks_in(words)
                && !words.iter().any(|w| w == "or")
        })
        .collect()
}

/// Whether a question points back at what was said before it ("…did they back them?", "where do
/// they talk about it?").
fn points_back(words: &[String]) -> bool {
    words
        .iter()
        .any(|w| matches!(w.as_str(), "them" | "those" | "these"))
        || words
            .last()
            .is_some_and(|w| matches!(w.as_str(), "it" | "that" | "this"))
}

/// The claim a message ends by asking to be checked ("my friend said the text talks about
/// religion?? is that true"): the sentences before the check, when the check asks nothing else.
fn claim_checked(query: &str) -> Option<String> {
    let sentences = remarks_and_questions(query);
    let (last, before) = sentences.split_last()?;
    let check: Vec<&str> = last
        .1
        .iter()
        .map(String::as_str)
        .filter(|w| !matches!(*w, "lol" | "or" | "not" | "really" | "actually" | "even"))
        .collect();
    let checks = matches!(
        check.as_slice(),
        ["true" | "right" | "correct" | "accurate" | "legit"]
            | [
                "is" | "s" | "was",
                "that" | "it" | "this" | "he" | "she" | "they",
                "true" | "right" | "correct" | "accurate" | "legit" | "so"
            ]
            | [
                "that" | "it" | "this",
                "true" | "right" | "correct" | "accurate" | "legit"
            ]
            | [
                "thats" | "its",
                "true" | "right" | "correct" | "accurate" | "legit"
            ]
    );
    let claim: String = before.iter().map(|(sentence, _, _)| *sentence).collect();
    let claim = claim.trim();
    (checks && !claim.is_empty()).then(|| claim.to_string())
}

/// What a question that points back points at: the sentences before it ("best practice sharing
/// sounds boring but my director loves it. where do they talk about it?").
fn pointed_at(query: &str) -> Option<String> {
    let sentences = remarks_and_questions(query);
    let asked = sentences
        .iter()
        .position(|(_, words, _)| crate::text::asks_in(words))?;
    (asked > 0 && points_back(&sentences[asked].1)).then(|| {
        sentences[..asked]
            .iter()
            .map(|(sentence, _, _)| *sentence)
            .collect::<String>()
            .trim()
            .to_string()
    })
}

/// The words of `analyzed` the declaration or its bank uses, folded (each word of a phrase:
/// "learning analytics" makes "learning" and "analytics" familiar).
fn familiar_words(analyzed: &AnalyzedQuery) -> HashSet<String> {
    analyzed
        .concepts
        .iter()
        .filter(|c| !analyzed.unfamiliar.contains(&c.words))
        .flat_map(|c| crate::text::words(&c.words))
        .collect()
}

/// `query` without its asides of chat ("ugh deadline tonight 😩 does the declaration say anything
/// about credit recognition"): clauses that ask nothing and use none of the declaration's words,
/// when another clause asks with its words. Their words would weigh in the query and dilute its
/// meaning. `None` when there is no such aside.
fn without_asides(query: &str, analyzed: &AnalyzedQuery) -> Option<String> {
    if analyzed.unfamiliar.is_empty() {
        return None;
    }
    let familiar = familiar_words(analyzed);
    let clauses = clauses(query);
    let topical = |words: &[String]| words.iter().any(|w| familiar.contains(w));
    let aside = |words: &[String]| !crate::text::asks_in(words) && !topical(words);
    let asked = clauses
        .iter()
        .any(|(_, words, _)| crate::text::asks_in(words) && topical(words));
    if !asked || !clauses.iter().any(|(_, words, _)| aside(words)) {
        return None;
    }
    Some(
        clauses
            .iter()
            .filter(|(_, words, _)| !aside(words))
            .map(|(clause, _, _)| *clause)
            .collect::<String>()
            .trim()
            .to_string(),
    )
}

/// The unfamiliar words of a query that may carry its topic: not those of a clause with none of
/// the words the declaration uses, which is small talk ("good morning!", "pretty cool", "lol").
fn topical_unfamiliar<'a>(query: &str, analyzed: &'a AnalyzedQuery) -> Vec<&'a String> {
    if analyzed.unfamiliar.is_empty() {
        return Vec::new();
    }
    let familiar = familiar_words(analyzed);
    // "brain drain worries - what do they say about…": a dash between spaces ends a clause too.
    let dashed = query.replace(" - ", " — ");
    let clauses: Vec<(Vec<String>, bool)> = clauses(&dashed)
        .into_iter()
        .map(|(_, words, colon)| (words, colon))
        .collect();
    // "does it say anything for teachers? my sister is one": where another clause asks, what the
    // speaker tells of themselves is context, not a topic the text lacks; so is a lead-in that
    // asks nothing ("quick sanity check before my talk: is STEM mentioned?").
    let speaker = |clause: &[String]| crate::text::tells_of_the_speaker(clause);
    let asks = clauses
        .iter()
        .any(|(c, _)| !speaker(c) && crate::text::asks_in(c));
    let lead_in = |clause: &[String], colon: bool| colon && !crate::text::asks_in(clause);
    let topical = |clause: &[String]| clause.iter().any(|w| familiar.contains(w));
    // "brain drain worries - what do they say about people moving between asia and europe?": a
    // last clause that asks of a topic in the text's own words (two of them at least), and of
    // nothing it lacks, is the question; the words before it frame it.
    let has_unfamiliar = |clause: &[String]| {
        clause.iter().any(|w| {
            analyzed
                .unfamiliar
                .iter()
                .any(|u| crate::text::fold(u) == *w)
        })
    };
    let asked_in_its_words = clauses.len() >= 2
        && clauses.last().is_some_and(|(c, _)| {
            !speaker(c)
                && crate::text::asks_in(c)
                && c.iter().filter(|w| familiar.contains(*w)).count() >= 2
                && !has_unfamiliar(c)
        });
    let mut small_talk: HashSet<String> = clauses
        .into_iter()
        .filter(|(clause, colon)| {
            !topical(clause)
                || (asks && (speaker(clause) || lead_in(clause, *colon)))
                || (asked_in_its_words && has_unfamiliar(clause))
        })
        .flat_map(|(clause, _)| clause)
        .collect();
    // "does it mention ASEF anywhere? saw them at the hanoi thing": the remarks around a
    // question ("…? one semester or a full year?" is still the question).
    let sentences = remarks_and_questions(query);
    let remarks = remarks_around_a_question(&sentences, &familiar, false);
    small_talk.extend(
        sentences
            .into_iter()
            .zip(remarks)
            .filter(|(_, remark)| *remark)
            .flat_map(|((_, words, _), _)| words),
    );
    analyzed
        .unfamiliar
        .iter()
        .filter(|w| !small_talk.contains(&crate::text::fold(w)))
        .collect()
}

/// Whether `query` is a remark of chat rather than a question or a search ("virtual exchange over
/// zoom was honestly kinda fun during my masters"): eight words or more, no question mark and no
/// question word. Its unfamiliar words are the speaker's, not a topic the text lacks.
fn remarks(query: &str) -> bool {
    let words = crate::text::words(query);
    words.len() >= 8
        && !query.contains('?')
        && !words.iter().any(|w| {
            matches!(
                w.as_str(),
                "what"
                    | "whats"
                    | "which"
                    | "how"
                    | "who"
                    | "where"
                    | "when"
                    | "why"
                    | "does"
                    | "do"
                    | "did"
                    | "is"
                    | "are"
                    | "can"
                    | "tell"
                    | "show"
                    | "find"
                    | "anything"
            )
        })
}

/// Whether the thing a "what…" or "which…" question asks for is a word neither the text nor its
/// bank uses ("which hotel…", "what speech…").
fn asks_for_unknown(query: &str, analyzed: &AnalyzedQuery) -> bool {
    let unfamiliar = |word: &str| {
        analyzed
            .unfamiliar
            .iter()
            .any(|u| crate::text::fold(u) == word)
    };
    asked_thing(query).is_some_and(|thing| {
        // "what time zone…": the thing asked for is named by both words.
        let words = crate::text::words(query);
        let pointing = matches!(thing.as_str(), "this" | "that" | "these" | "those" | "it");
        // "which Asian universities rank highest…": what the thing does is asked for too; "the
        // top item on ASEM's agenda" frames a topic with both words.
        let compound = !pointing
            && words.iter().position(|w| *w == thing).is_some_and(|at| {
                words.get(at + 1).is_some_and(|next| unfamiliar(next))
                    && !words.get(at + 2).is_some_and(|w| frames_a_topic(w))
            });
        (unfamiliar(&thing) && !frames_what_is_said(&thing)) || compound
    })
}

/// Whether `word`, as the thing a question asks for, asks what the text says in other terms:
/// a reason, a danger, a view ("whats the motivation given for a new declaration", "what danger do
/// they see in…"). The text gives its reasons and worries in its own words.
fn frames_what_is_said(word: &str) -> bool {
    matches!(
        word,
        "motivation"
            | "motivations"
            | "motive"
            | "motives"
            | "rationale"
            | "reason"
            | "reasons"
            | "reasoning"
            | "justification"
            | "purpose"
            | "danger"
            | "dangers"
            | "risk"
            | "risks"
            | "threat"
            | "threats"
            | "worry"
            | "worries"
            | "concern"
            | "concerns"
            | "fear"
            | "fears"
            | "hope"
            | "hopes"
            | "ambition"
            | "ambitions"
            | "attitude"
            | "stance"
            | "opinion"
            | "view"
            | "message"
            | "takeaway"
            | "argument"
    )
}

/// The thing a "what…" or "which…" question asks for: the first word after it that is not a verb
/// of being or an article ("which hotel", "what was the weather"); none when that word frames a
/// topic ("what's the stance on studying abroad").
fn asked_thing(query: &str) -> Option<String> {
    let words = crate::text::words(query);
    let mut thing = crate::text::asked_things(&words)
        .next()
        .or_else(|| the_thing_when_or_where(&words))
        .or_else(|| the_thing_listed(&words))
        .or_else(|| crate::text::things_asked_about(&words).next())?;
    // "what's their stance on…": whose it is, then the thing.
    if matches!(
        words[thing].as_str(),
        "their" | "its" | "his" | "her" | "our" | "your" | "my"
    ) && thing + 1 < words.len()
    {
        thing += 1;
    }
    let framing = words.get(thing + 1).is_some_and(|w| frames_a_topic(w));
    (!framing).then(|| words[thing].clone())
}

/// Whether `word`, after the thing a question asks for, says what topic it is about ("the stance
/// *on* mobility").
fn frames_a_topic(word: &str) -> bool {
    matches!(
        word,
        "on" | "about" | "regarding" | "towards" | "toward" | "concerning" | "re" | "for"
    )
}

/// "list the ASEAN member states", "name all the universities…": a request that opens by asking
/// for a list asks for the thing after it.
fn the_thing_listed(words: &[String]) -> Option<usize> {
    // "can you list all 17 sustainable development goals": the request, politely.
    let opening = words.iter().position(|w| {
        !matches!(
            w.as_str(),
            "can" | "could" | "would" | "will" | "you" | "u" | "please" | "pls" | "plz" | "just"
        )
    })?;
    if !matches!(words[opening].as_str(), "list" | "name" | "enumerate") {
        return None;
    }
    (opening + 1..words.len())
        .find(|&at| !matches!(words[at].as_str(), "the" | "all" | "of" | "every" | "me"))
}

/// "when is the deadline…", "where was the press conference…", "who is the current…", "who took
/// the minutes…": the thing whose time, place or person is asked for.
fn the_thing_when_or_where(words: &[String]) -> Option<usize> {
    let at = words
        .iter()
        .position(|w| matches!(w.as_str(), "when" | "where" | "who"))?;
    let mut next = at + 1;
    // "who took the minutes…", "who moderated the panel…": what someone did is done to a thing.
    let did_to_the = words[at] == "who"
        && words.get(next).is_some_and(|verb| {
            !matches!(
                verb.as_str(),
                "do" | "does"
                    | "did"
                    | "will"
                    | "would"
                    | "can"
                    | "could"
                    | "should"
                    | "has"
                    | "have"
                    | "had"
                    | "is"
                    | "was"
                    | "are"
                    | "were"
                    | "s"
            )
        })
        && words.get(next + 1).is_some_and(|w| w == "the");
    if did_to_the {
        return (next + 2 < words.len()).then_some(next + 2);
    }
    if !words
        .get(next)
        .is_some_and(|w| matches!(w.as_str(), "is" | "was" | "are" | "were" | "s"))
    {
        return None;
    }
    next += 1;
    while words
        .get(next)
        .is_some_and(|w| matches!(w.as_str(), "the" | "a" | "an"))
    {
        next += 1;
    }
    (next < words.len()).then_some(next)
}

/// Runs of three neighbouring words of `query` that each carry a topic the text knows ("open
/// educational resources"), folded and spaced.
fn topic_runs(query: &str, analyzed: &AnalyzedQuery, stop: &StopWords) -> Vec<String> {
    let words = crate::text::words(query);
    let topical = |w: &String| {
        w.chars().count() >= 3
            && !stop.contains(w)
            && !analyzed
                .unfamiliar
                .iter()
                .any(|u| crate::text::fold(u) == *w)
    };
    words
        .windows(3)
        .filter(|run| run.iter().all(topical))
        .map(|run| run.join(" "))
        .collect()
}

/// Words in quotes, folded and with single spaces. A mark opens at the start of a word and closes
/// at the end of one ("the text keeps saying 'tangible'"), so the apostrophes of "it's the
/// ministers' view" quote nothing.
pub fn quoted_phrases(query: &str) -> Vec<String> {
    let chars: Vec<char> = crate::text::fold(query).chars().collect();
    let word_char = |at: Option<&char>| at.is_some_and(|c| c.is_alphanumeric());
    let mut phrases = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        let mark = chars[at];
        let opens = matches!(mark, '"' | '\'')
            && !word_char(at.checked_sub(1).and_then(|i| chars.get(i)))
            && word_char(chars.get(at + 1));
        if !opens {
            at += 1;
            continue;
        }
        let close = (at + 2..chars.len()).find(|&end| {
            chars[end] == mark && !chars[end - 1].is_whitespace() && !word_char(chars.get(end + 1))
        });
        match close {
            Some(end) => {
                let inside: String = chars[at + 1..end].iter().collect();
                let words = crate::text::words(&inside);
                if !words.is_empty() {
                    phrases.push(words.join(" "));
                }
                at = end + 1;
            }
            None => at += 1,
        }
    }
    phrases
}

/// The paragraph both the meaning and the bank put first, when it is near enough in meaning and
/// clearly nearer than the next one.
fn agreed_paragraph(closeness: &[semantic::Closeness], bank: &[Lexical]) -> Option<u32> {
    let top = closeness.first()?;
    let second = closeness.get(1).map_or(0.0, |c| c.similarity);
    (bank.first()?.ordinal == top.ordinal
        && top.similarity >= AGREED_MINIMUM
        && top.similarity - second >= AGREED_MARGIN)
        .then_some(top.ordinal)
}

/// The closeness in meaning that makes a paragraph relevant on its own, for a query of this
/// length: a long chatty message's vector is diluted by its small talk, so the same relevance
/// shows as a lower cosine (down by a tenth from 6 to 14 words).
fn semantic_floor_for(floor: f32, query: &str) -> f32 {
    let words = crate::text::words(query).len() as f32;
    let dilution = ((words - 6.0) / 8.0).clamp(0.0, 1.0);
    floor - 0.1 * dilution
}

/// The English words a question asks with.
const QUESTION_WORDS: [&str; 9] = [
    "what", "when", "where", "which", "who", "whom", "whose", "why", "how",
];

/// A speller over the words questions ask with: the question words, and every word of the
/// phrases that ask for a meeting's record or a fact ("title", "theme", "hosted").
fn asking_speller(corpus: &Corpus) -> spelling::Speller {
    let mut vocabulary: HashMap<String, u32> = HashMap::new();
    let phrases = corpus
        .meeting_questions
        .asks
        .iter()
        .flat_map(|(_, phrases)| phrases)
        .chain(corpus.facts.iter().flat_map(|f| &f.asks));
    let stop = StopWords::new(&corpus.stop_words);
    for word in phrases
        .flatten()
        .filter(|w| !w.ends_with('*') && !stop.contains(w))
    {
        vocabulary.entry(word.clone()).or_insert(1);
    }
    // "secnd meeting city??", "who chaired the very frist one": an ordinal names the meeting.
    for word in crate::text::ORDINAL_WORDS {
        vocabulary.entry(word.to_string()).or_insert(1);
    }
    // "hwo hosted…" is one edit from "who" and from "how": the meeting's records answer "who".
    for word in QUESTION_WORDS {
        let count = match word {
            "who" => 3,
            "what" | "when" | "where" | "which" => 2,
            _ => 1,
        };
        vocabulary.insert(word.to_string(), count);
    }
    spelling::Speller::new(&vocabulary).dropped_letters_first()
}

/// `text` with "were" read as "where" where it opens a clause before another verb of being or
/// doing ("were was ASEMME3?", "were did they meet"): two such verbs in a row are no English, and
/// "were" for "where" is the commonest slip of those who learnt it second.
fn where_for_were(text: &str) -> String {
    let pieces: Vec<&str> = text.split(' ').collect();
    let mut opens = true;
    let mut out = Vec::with_capacity(pieces.len());
    for (at, piece) in pieces.iter().enumerate() {
        let core = piece.trim_matches(|c: char| !c.is_alphanumeric());
        let next = pieces
            .get(at + 1)
            .map(|n| crate::text::fold(n.trim_matches(|c: char| !c.is_alphanumeric())));
        let verb_follows = next.as_deref().is_some_and(|n| {
            matches!(
                n,
                "was" | "is" | "are" | "were" | "did" | "does" | "do" | "will"
            )
        });
        if opens && crate::text::fold(core) == "were" && verb_follows {
            out.push(piece.replacen(
                core,
                if core.starts_with('W') {
                    "Where"
                } else {
                    "where"
                },
                1,
            ));
        } else {
            out.push(piece.to_string());
        }
        if !core.is_empty() {
            opens = piece.ends_with(['.', '?', '!', ',', ';', ':']);
        }
    }
    out.join(" ")
}

/// `text` with the word opening it read as the question word `fix` gives for it, when a verb
/// follows it as one follows a question word ("wen was…", "hoo hosted…").
fn question_word_for_a_slip(text: &str, fix: impl Fn(&str) -> Option<String>) -> String {
    let mut pieces = text.split(' ').filter(|p| !p.is_empty());
    let (Some(first), Some(second)) = (pieces.next(), pieces.next()) else {
        return text.to_string();
    };
    let core = first.trim_matches(|c: char| !c.is_alphanumeric());
    let next = crate::text::fold(second.trim_matches(|c: char| !c.is_alphanumeric()));
    let auxiliary = matches!(
        next.as_str(),
        "was" | "is" | "are" | "were" | "did" | "does" | "do" | "will"
    );
    // "how" goes before an auxiliary only ("how hosted" is no English).
    let past = is_a_deed(&next);
    let fits = |fixed: &String| auxiliary || (past && fixed != "how");
    match fix(&crate::text::fold(core)).filter(|fixed| fits(fixed) && !core.is_empty()) {
        Some(fixed) => text.replacen(core, &fixed, 1),
        None => text.to_string(),
    }
}

/// Whether `word` is something done at a meeting, in the past, that "who" asks about ("hosted",
/// "chaired").
fn is_a_deed(word: &str) -> bool {
    matches!(
        word,
        "hosted" | "held" | "organised" | "organized" | "chaired" | "signed" | "attended"
    )
}

/// `text` with a slip read as "how" before a deed read as "who" ("hoo hosted this": "how hosted"
/// is no English): `typed`, as typed, did not open with "how".
fn who_before_a_deed(text: &str, typed: &str) -> String {
    let words = crate::text::words(text);
    let opened_with_how = crate::text::words(typed)
        .first()
        .is_some_and(|w| w == "how");
    match words.as_slice() {
        [first, next, ..] if first == "how" && is_a_deed(next) && !opened_with_how => {
            let at = text.to_ascii_lowercase().find("how").unwrap_or(0);
            format!("{}who{}", &text[..at], &text[at + 3..])
        }
        _ => text.to_string(),
    }
}

/// `text` with each whole-word occurrence of `word` (folded) replaced by `with`.
fn replace_word(text: &str, word: &str, with: &str) -> String {
    text.split(' ')
        .map(|piece| {
            // "erasmsu+": a word's own "+" is of it.
            let core = piece.trim_matches(|c: char| !c.is_alphanumeric() && c != '+');
            // "hanoy's meeting": the slip is the word its possessive belongs to.
            let owner = ["'s", "’s"]
                .iter()
                .find_map(|mark| core.strip_suffix(mark))
                .unwrap_or(core);
            if !owner.is_empty() && crate::text::fold(owner) == word {
                piece.replacen(owner, with, 1)
            } else {
                piece.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// An empty index with the schema every index here shares: an ordinal, the text and headings.
fn empty_index() -> (Index, Field, Field, Field) {
    let mut schema = Schema::builder();
    let indexing = TextFieldIndexing::default()
        .set_tokenizer(ANALYZER)
        .set_index_option(IndexRecordOption::WithFreqsAndPositions);
    let text_options = TextOptions::default().set_indexing_options(indexing);
    let ordinal = schema.add_u64_field(ORDINAL, FAST);
    let text = schema.add_text_field("text", text_options.clone());
    let heading = schema.add_text_field("heading", text_options);
    let index = Index::create_in_ram(schema.build());
    index.tokenizers().register(ANALYZER, analyzer::analyzer());
    (index, ordinal, text, heading)
}

/// The question bank as its own index (its questions must not change the paragraphs' word
/// statistics): one document per question, with the ordinal of the paragraph that answers it.
fn index_bank(
    corpus: &Corpus,
    paragraphs: &[(usize, u32)],
) -> anyhow::Result<Option<(IndexReader, Vec<u32>)>> {
    let (index, ordinal, text, _) = empty_index();
    let mut owners = Vec::new();
    let mut writer = index
        .writer_with_num_threads(1, 15_000_000)
        .context("creating the question bank's index writer")?;
    for (paragraph_ordinal, &(document, number)) in paragraphs.iter().enumerate() {
        let Some(paragraph) = corpus.documents[document].paragraph(number) else {
            continue;
        };
        for question in &paragraph.questions {
            let mut doc = tantivy::TantivyDocument::default();
            doc.add_u64(ordinal, owners.len() as u64);
            doc.add_text(text, question);
            writer.add_document(doc).context("indexing a question")?;
            owners.push(paragraph_ordinal as u32);
        }
    }
    if owners.is_empty() {
        return Ok(None);
    }
    writer.commit().context("committing the question bank")?;
    let reader = index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .try_into()
        .context("opening the question bank's reader")?;
    Ok(Some((reader, owners)))
}

fn distinct_headings(corpus: &Corpus) -> Vec<(String, String)> {
    let mut seen = HashSet::new();
    corpus
        .documents
        .iter()
        .flat_map(|d| d.sections.iter().map(|s| s.heading.as_str()))
        .filter(|heading| seen.insert(*heading))
        .map(|heading| (normalize(heading), heading.to_string()))
        .collect()
}

enum Edge {
    First,
    Last,
}

/// The first or last stem of how the user put a concept: where it touches its neighbour.
fn edge_stem(concept: &Concept, edge: Edge) -> Option<&String> {
    let stems = &concept.variants.first()?.stems;
    match edge {
        Edge::First => stems.first(),
        Edge::Last => stems.last(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> SearchIndex {
        let corpus = Corpus::shipped();
        SearchIndex::build(Arc::new(corpus)).unwrap()
    }

    #[test]
    fn remarks_around_a_question_are_told_from_it() {
        let familiar: HashSet<String> = ["asef", "hanoi", "education"]
            .iter()
            .map(|w| w.to_string())
            .collect();
        let flags = |query: &str| {
            remarks_around_a_question(&remarks_and_questions(query), &familiar, false)
        };
        assert_eq!(
            flags("btw does it mention ASEF anywhere? saw them at the hanoi thing"),
            [false, true]
        );
        // Before the question, a remark sets the scene; alternatives go on with it.
        assert_eq!(
            flags("saw them in hanoi. does it mention ASEF?"),
            [false, false]
        );
        assert_eq!(
            flags("how long did the ASEF sessions last? full day or half"),
            [false, false]
        );
        // No question asked with the declaration's words: nothing is a remark.
        assert_eq!(
            flags("what's up? saw them at the hanoi thing"),
            [false, false]
        );
    }

    #[test]
    fn a_claim_put_to_the_test_is_what_is_asked_about() {
        assert_eq!(
            claim_checked(
                "hey guys, my friend said the declaration talks about relgion?? is that true"
            )
            .as_deref(),
            Some("hey guys, my friend said the declaration talks about relgion?")
        );
        assert_eq!(
            claim_checked("they promised free tuition. true or not?").as_deref(),
            Some("they promised free tuition.")
        );
        // A question of its own, or nothing before the check, is no claim put to the test.
        assert!(claim_checked("is that true of the Riga meeting too?").is_none());
        assert!(claim_checked("is that true?").is_none());
    }

    #[test]
    fn a_question_that_points_back_is_about_what_came_before() {
        assert_eq!(
            pointed_at("MOOCs are overrated imo. but did the ministers actually back them?")
                .as_deref(),
            Some("MOOCs are overrated imo.")
        );
        assert_eq!(pointed_at("does it mention ASEF anywhere?"), None);
        assert_eq!(pointed_at("saw them in hanoi. does it mention ASEF?"), None);
    }

    fn top(index: &SearchIndex, query: &str) -> Vec<u32> {
        index
            .search(query, 3, 0)
            .unwrap()
            .hits
            .iter()
            .map(|h| h.paragraph)
            .collect()
    }

    #[test]
    fn moocs_rank_paragraph_10_first() {
        let index = index();
        assert_eq!(top(&index, "MOOCs").first(), Some(&10));
        assert_eq!(top(&index, "online courses").first(), Some(&10));
    }

    #[test]
    fn out_of_scope_questions_get_no_hits() {
        let index = index();
        assert!(top(&index, "recipe for kimchi").is_empty());
        assert!(top(&index, "football education").is_empty());
        // The thing asked for is nowhere in the text, however close the rest of the question is.
        assert!(top(&index, "Which hotel was the Seoul meeting held in?").is_empty());
        assert!(!top(&index, "What's the stance on studying abroad?").is_empty());
        // A meeting's city is near the footnote whatever is asked of it; read as its region, the
        // question is no nearer any paragraph.
        assert!(top(&index, "is riga the capital of latvia").is_empty());
        assert!(top(&index, "things to see in Riga old town in one day").is_empty());
        // A list asked for is the thing asked for.
        assert!(top(&index, "list the ASEAN member states").is_empty());
        assert_eq!(
            index
                .with_places_as_regions("a uni in Kuala Lumpur and one in Seoul")
                .as_deref(),
            Some("a uni in Asia and one in seoul")
        );
        assert_eq!(index.with_places_as_regions("studying abroad"), None);
    }

    #[test]
    fn a_real_word_one_slip_from_a_question_word_opens_the_question() {
        let fix = |w: &str| (w == "wen").then(|| "when".to_string());
        assert_eq!(
            question_word_for_a_slip("wen was the sixth ASEMME", fix),
            "when was the sixth ASEMME"
        );
        assert_eq!(
            question_word_for_a_slip("a wen was removed", fix),
            "a wen was removed"
        );
        assert_eq!(
            question_word_for_a_slip("wen and then", fix),
            "wen and then"
        );
        let how = |_: &str| Some("how".to_string());
        assert_eq!(
            question_word_for_a_slip("hoo hosted this", how),
            "hoo hosted this"
        );
        assert_eq!(question_word_for_a_slip("hoo was it", how), "how was it");
        // A slip read as "how" before a deed is "who"; a "how" typed stays.
        assert_eq!(
            who_before_a_deed("how hosted the fifth ASEMME", "hoo hosted the fifth ASEMME"),
            "who hosted the fifth ASEMME"
        );
        assert_eq!(
            who_before_a_deed("how held it", "how held it"),
            "how held it"
        );
    }

    #[test]
    fn meaning_and_bank_agree_on_one_paragraph_well_ahead() {
        let close = |ordinal, similarity| semantic::Closeness {
            ordinal,
            similarity,
            unit: 0,
        };
        let bank = |ordinal| Lexical {
            ordinal,
            coverage: 0.5,
            named_coverage: 0.5,
        };
        let ahead = [close(9, 0.60), close(10, 0.55)];
        assert_eq!(agreed_paragraph(&ahead, &[bank(9)]), Some(9));
        // The bank puts another paragraph first, the meaning is not near enough, or the next
        // paragraph is as near: no agreement.
        assert_eq!(agreed_paragraph(&ahead, &[bank(10)]), None);
        assert_eq!(agreed_paragraph(&[close(9, 0.5)], &[bank(9)]), None);
        let level = [close(9, 0.60), close(10, 0.59)];
        assert_eq!(agreed_paragraph(&level, &[bank(9)]), None);
        assert_eq!(agreed_paragraph(&ahead, &[]), None);
    }

    #[test]
    fn names_of_the_meetings_places_and_the_glossary_are_known_in_any_case() {
        let index = index();
        assert!(index.names_something_held("who won the hanoi marathon"));
        assert!(index.names_something_held("erasmus+ age limit"));
        assert!(index.names_something_held("how old is ASEF?"));
        assert!(!index.names_something_held("learning that never stops after school"));
    }

    #[test]
    fn the_thing_asked_for_is_past_whose_it_is() {
        assert_eq!(asked_thing("what's their stance on OER?"), None);
        assert_eq!(
            asked_thing("what's their budget?"),
            Some("budget".to_string())
        );
        assert_eq!(asked_thing("and in what context?"), None);
        assert_eq!(
            asked_thing("can you list all 17 sustainable development goals").as_deref(),
            Some("17")
        );
        assert_eq!(asked_thing("which hotel?"), Some("hotel".to_string()));
        assert_eq!(
            asked_thing("when is the deadline to apply for ASEM-DUO?"),
            Some("deadline".to_string())
        );
        assert_eq!(
            asked_thing("where was the press conference held"),
            Some("press".to_string())
        );
        assert_eq!(asked_thing("when did they meet?"), None);
        // Whether something exists asks for that thing, unless it frames a topic.
        assert_eq!(
            asked_thing("is there a video of the berlin meeting on youtube?"),
            Some("video".to_string())
        );
        assert_eq!(
            asked_thing("Were there any protests outside the Riga meeting?"),
            Some("protests".to_string())
        );
        assert_eq!(
            asked_thing("is there a mention of lifelong learning?"),
            None
        );
        assert_eq!(
            asked_thing("Is there any link drawn between education and employment?"),
            None
        );
        // So does where to get it.
        assert_eq!(
            asked_thing("where can i buy tickets to attend the ministers meeting?"),
            Some("tickets".to_string())
        );
        assert_eq!(
            asked_thing("can i find the group photo from the copenhagen ministerial?"),
            Some("group".to_string())
        );
        assert_eq!(
            asked_thing("Can journalists get media accreditation for the next meeting?"),
            Some("media".to_string())
        );
        // Who did something to a thing asks of that thing.
        assert_eq!(
            asked_thing("who took the minutes at the Hanoi ministerial?"),
            Some("minutes".to_string())
        );
        assert_eq!(asked_thing("who did the ministers thank?"), None);
    }

    #[test]
    fn a_reason_or_a_danger_asked_for_is_what_the_text_says() {
        let index = index();
        assert!(!index.asks_for_the_unknown("whats the motivation given for a new declaration"));
        assert!(!index.asks_for_the_unknown(
            "What danger do they see in some people using technology far less than others?"
        ));
        assert!(index.asks_for_the_unknown("which hotel did the ministers stay at?"));
    }

    #[test]
    fn a_misspelt_ordinal_is_read_as_the_ordinal() {
        let index = index();
        assert_eq!(
            index.spelled("secnd meeting city??"),
            "second meeting city??"
        );
        assert_eq!(
            index.spelled("who chaired the very frist one"),
            "who chaired the very first one"
        );
    }

    #[test]
    fn were_opening_before_a_verb_is_where() {
        assert_eq!(where_for_were("were was ASEMME3"), "where was ASEMME3");
        assert_eq!(
            where_for_were("ok. Were did they meet?"),
            "ok. Where did they meet?"
        );
        for unchanged in [
            "Were the ministers in Seoul?",
            "were there many countries?",
            "they were was",
        ] {
            assert_eq!(where_for_were(unchanged), unchanged);
        }
    }

    #[test]
    fn quoted_words_are_read_at_word_edges() {
        assert_eq!(
            quoted_phrases("the text keeps saying 'tangible'. what do they mean?"),
            vec!["tangible"]
        );
        assert_eq!(
            quoted_phrases("it's the ministers' view, isn't it"),
            Vec::<String>::new()
        );
        assert_eq!(
            quoted_phrases("“historic achievement”?? 😂"),
            vec!["historic achievement"]
        );
    }

    #[test]
    fn typos_still_find_the_paragraph() {
        let index = index();
        assert!(top(&index, "Erasmsu programme").contains(&6));
    }

    #[test]
    fn a_word_with_its_plus_is_replaced_whole() {
        assert_eq!(
            replace_word("whats the erasmsu+ programme?", "erasmsu+", "erasmus+"),
            "whats the erasmus+ programme?"
        );
        assert_eq!(replace_word("a + b", "a", "c"), "c + b");
        assert_eq!(
            replace_word("what was hanoy's meeting about", "hanoy", "hanoi"),
            "what was hanoi's meeting about"
        );
    }

    #[test]
    fn snippets_highlight_matches() {
        let index = index();
        let hits = index.search("open educational resources", 1, 0).unwrap();
        assert!(hits.hits[0].snippet.contains("**"), "{:?}", hits.hits[0]);
    }
}
