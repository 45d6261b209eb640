//! The search index: every paragraph of every document in a tantivy index in RAM, ranked with BM25
//! over the text and (boosted) its section headings, with a relevance floor for honest "no match"
//! answers and highlighted snippets. One reader for the life of the process; a searcher per query.

mod analysis;
mod reference;
mod snippet;

pub use analysis::{normalize, AnalyzedQuery, Concept, Lexicon, Techniques};
pub use reference::{parse_reference, ParagraphReference};

use crate::corpus::Corpus;
use anyhow::Context;
use snippet::Snippets;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tantivy::collector::TopDocs;
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
/// Corpora from this many paragraphs up are indexed on several threads.
const PARALLEL_INDEXING_FROM: usize = 20_000;
/// Characters of text around the highlighted words in a snippet.
const SNIPPET_CHARS: usize = 220;

/// One ranked paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Index in [`Corpus::documents`].
    pub document: usize,
    pub paragraph: u32,
    pub score: f32,
    /// The best passage, Discord markdown: matched words in `**bold**`, "…" where text was cut.
    pub snippet: String,
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
}

impl SearchIndex {
    /// Indexes every paragraph of the corpus.
    pub fn build(corpus: Arc<Corpus>) -> anyhow::Result<SearchIndex> {
        let started = Instant::now();
        let mut schema = Schema::builder();
        let indexing = TextFieldIndexing::default()
            .set_tokenizer(ANALYZER)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions);
        let text_options = TextOptions::default().set_indexing_options(indexing);
        let ordinal = schema.add_u64_field(ORDINAL, FAST);
        let text = schema.add_text_field("text", text_options.clone());
        let heading = schema.add_text_field("heading", text_options);
        let index = Index::create_in_ram(schema.build());
        index.tokenizers().register(ANALYZER, analysis::analyzer());

        // The lexicon (vocabulary and stems for typo correction) needs a pass over every word as
        // well: it runs on its own thread while tantivy indexes.
        let (indexed, lexicon) = std::thread::scope(|scope| {
            let lexicon = scope.spawn(|| {
                let texts = corpus.documents.iter().flat_map(|d| {
                    d.paragraphs
                        .iter()
                        .map(|p| p.text.as_str())
                        .chain(d.sections.iter().map(|s| s.heading.as_str()))
                });
                let glossary = corpus.glossary.iter().map(|t| t.term.as_str());
                Lexicon::new(texts.chain(glossary), &corpus.synonyms)
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
        Ok(SearchIndex {
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

    /// Ranks paragraphs for a text query; `offset` skips that many relevant hits (for paging).
    pub fn search(&self, query: &str, limit: usize, offset: usize) -> anyhow::Result<Hits> {
        let analyzed = self.lexicon.analyze_with(query, &self.techniques);
        self.search_analyzed(analyzed, limit, offset)
    }

    pub fn search_analyzed(
        &self,
        analyzed: AnalyzedQuery,
        limit: usize,
        offset: usize,
    ) -> anyhow::Result<Hits> {
        if analyzed.concepts.is_empty() || limit == 0 {
            return Ok(Hits {
                query: analyzed,
                ..Hits::default()
            });
        }
        let searcher = self.reader.searcher();
        let query = self.build_query(&analyzed);
        // Fetch enough candidates that the floor can drop some and still fill the page.
        let wanted = offset + limit + 1;
        let candidates = searcher
            .search(
                &query,
                &TopDocs::with_limit((wanted * 3).max(30)).order_by_score(),
            )
            .context("running the query")?;

        let stems: Vec<&str> = analyzed
            .concepts
            .iter()
            .flat_map(|c| {
                c.variants
                    .iter()
                    .flat_map(|v| v.stems.iter().map(String::as_str))
            })
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let doc_freqs = stems
            .iter()
            .map(|stem| searcher.doc_freq(&self.term(self.fields.text, stem)))
            .collect::<Result<Vec<u64>, _>>()?;
        let doc_freq = |stem: &str| stems.binary_search(&stem).map_or(0, |i| doc_freqs[i]);
        let weights = self.concept_weights(searcher.num_docs(), &analyzed, doc_freq);
        let total_weight: f32 = weights.iter().sum();
        let addresses: Vec<DocAddress> = candidates.iter().map(|(_, a)| *a).collect();
        let ordinals = self.ordinals(&searcher, &addresses)?;
        let present = self.stems_present(&searcher, &addresses, &stems)?;
        let mut relevant = Vec::new();
        for (i, (score, _)) in candidates.into_iter().enumerate() {
            let Some(&(document, paragraph)) = self.paragraphs.get(ordinals[i] as usize) else {
                continue;
            };
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
            let floor = self.techniques.relevance_floor;
            if floor && total_weight > 0.0 && covered / total_weight < RELEVANCE_FLOOR {
                continue;
            }
            relevant.push((score, document, paragraph));
            if relevant.len() >= wanted {
                break;
            }
        }
        let more = relevant.len() > offset + limit;
        let snippets = self.snippets(&analyzed, doc_freq);
        let hits = relevant
            .into_iter()
            .skip(offset)
            .take(limit)
            .map(|(score, document, paragraph)| {
                let text = &self.corpus.documents[document].paragraphs[paragraph as usize - 1].text;
                Hit {
                    document,
                    paragraph,
                    score,
                    snippet: snippets.render(text),
                }
            })
            .collect();
        Ok(Hits {
            hits,
            more,
            query: analyzed,
        })
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

    /// Each hit's ordinal, from the fast field.
    fn ordinals(
        &self,
        searcher: &tantivy::Searcher,
        addresses: &[DocAddress],
    ) -> anyhow::Result<Vec<u64>> {
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
            doc.add_text(text, &paragraph.text);
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
    use std::path::Path;

    fn index() -> SearchIndex {
        let corpus = Corpus::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data")).unwrap();
        SearchIndex::build(Arc::new(corpus)).unwrap()
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
    }

    #[test]
    fn typos_still_find_the_paragraph() {
        let index = index();
        assert!(top(&index, "Erasmsu programme").contains(&6));
    }

    #[test]
    fn snippets_highlight_matches() {
        let index = index();
        let hits = index.search("open educational resources", 1, 0).unwrap();
        assert!(hits.hits[0].snippet.contains("**"), "{:?}", hits.hits[0]);
    }
}
