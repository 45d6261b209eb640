//! Matching by meaning: every paragraph's sentences, footnotes and bank questions embedded by the
//! [`Encoder`]; a question is embedded too, and each paragraph scores by its closest unit. Vectors
//! are kept as 8-bit integers (a quarter of the memory of f32, the same ranking) and cached on
//! disk by a hash of the text and the model, so a restart embeds only what changed.

use super::encoder::{fnv1a, Encoder};
use crate::corpus::Corpus;
use anyhow::Context;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

/// Paragraphs kept by closeness in meaning for each query, at least: enough for any answer's
/// ranking, a bounded cost for fusing them at any corpus size.
pub const CLOSEST_KEPT: usize = 200;
/// Sentences of a query embedded on their own, at most.
const MAX_SENTENCES: usize = 6;
/// The scale of the stored 8-bit vectors: a unit vector's components are within ±1.
const SCALE: f32 = 127.0;

/// What a unit of meaning is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitKind {
    /// A sentence of the paragraph's text.
    Sentence,
    /// A footnote of the paragraph, or one item of it.
    Footnote,
    /// A question of the bank that the paragraph answers.
    Question,
    /// A search of the bank ("free textbooks online") that finds the paragraph.
    Search,
}

#[derive(Debug, Clone)]
pub struct Unit {
    /// The paragraph's ordinal in the index.
    pub ordinal: u32,
    pub kind: UnitKind,
    /// Byte range of a sentence in the paragraph's text (empty for other kinds).
    pub span: std::ops::Range<usize>,
}

/// The embedded units of a corpus.
pub struct Semantic {
    encoder: Arc<Encoder>,
    dims: usize,
    units: Vec<Unit>,
    /// `units.len() × dims` components.
    vectors: Vec<i8>,
}

/// The closest unit of one paragraph to a query.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Closeness {
    pub ordinal: u32,
    /// Cosine similarity in [-1, 1].
    pub similarity: f32,
    /// Index of the unit in [`Semantic::unit`].
    pub unit: usize,
}

impl Semantic {
    /// Embeds every unit of `corpus` (paragraph ordinals as in `paragraphs`), reusing cached
    /// vectors; `None` if `cancel` is set before it is done.
    pub fn build(
        encoder: Arc<Encoder>,
        corpus: &Corpus,
        paragraphs: &[(usize, u32)],
        cache: Option<&Path>,
        cancel: &AtomicBool,
    ) -> anyhow::Result<Option<Semantic>> {
        let (units, texts) = units_of(corpus, paragraphs);
        let dims = encoder.dimensions();
        let Some(vectors) = embed_cached(&encoder, &texts, cache, cancel)? else {
            return Ok(None);
        };
        Ok(Some(Semantic {
            encoder,
            dims,
            units,
            vectors,
        }))
    }

    pub fn unit(&self, index: usize) -> &Unit {
        &self.units[index]
    }

    pub fn unit_count(&self) -> usize {
        self.units.len()
    }

    /// Embeds a query as the units are.
    pub fn embed_query(&self, query: &str) -> anyhow::Result<Vec<f32>> {
        Ok(self
            .encoder
            .embed(&[crate::text::tidy_marks(query).as_str()])?
            .pop()
            .unwrap_or_else(|| vec![0.0; self.dims]))
    }

    /// How close `text` is in meaning to each of `others`, in their order.
    pub fn closeness_to(&self, text: &str, others: &[&str]) -> anyhow::Result<Vec<f32>> {
        let mut texts: Vec<String> = vec![crate::text::tidy_marks(text)];
        texts.extend(others.iter().map(|other| crate::text::tidy_marks(other)));
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let vectors = self.encoder.embed(&refs)?;
        Ok(vectors[1..]
            .iter()
            .map(|other| super::encoder::similarity(&vectors[0], other))
            .collect())
    }

    /// [`Semantic::rank`] for a text: a message of several sentences also by each sentence, a
    /// paragraph by the closest of them ("Thanks! We plan a staff exchange…" is about the second).
    /// Only the paragraphs that can matter are kept: the [`CLOSEST_KEPT`] closest, and any other
    /// at least `keep_above` close (a large corpus would otherwise rank all of its paragraphs).
    pub fn rank_text(&self, text: &str, keep_above: f32) -> anyhow::Result<Vec<Closeness>> {
        let text = &crate::text::tidy_marks(text);
        let mut pieces: Vec<&str> = vec![text];
        let spans = sentences(text);
        if spans.len() > 1 {
            pieces.extend(
                spans
                    .into_iter()
                    .map(|s| &text[s])
                    .filter(|piece| crate::text::words(piece).len() >= 3)
                    // A long text's first sentences carry its point; each costs an embedding.
                    .take(MAX_SENTENCES),
            );
        }
        let vectors = self.encoder.embed(&pieces)?;
        // Every scan lists the paragraphs in the same order: merge them in place.
        let mut best: Vec<Closeness> = Vec::new();
        for vector in &vectors {
            let scanned = self.scan(vector);
            if best.is_empty() {
                best = scanned;
                continue;
            }
            for (kept, close) in best.iter_mut().zip(scanned) {
                if close.similarity > kept.similarity {
                    *kept = close;
                }
            }
        }
        let closer = |a: &Closeness, b: &Closeness| {
            b.similarity
                .total_cmp(&a.similarity)
                .then(a.ordinal.cmp(&b.ordinal))
        };
        if best.len() > CLOSEST_KEPT {
            best.select_nth_unstable_by(CLOSEST_KEPT - 1, closer);
            let (head, tail) = best.split_at(CLOSEST_KEPT);
            let mut kept = head.to_vec();
            kept.extend(tail.iter().filter(|c| c.similarity >= keep_above));
            best = kept;
        }
        best.sort_by(closer);
        Ok(best)
    }

    /// Every paragraph with a unit, by its closest unit to the query, closest first.
    pub fn rank(&self, query: &[f32]) -> Vec<Closeness> {
        let mut best = self.scan(query);
        best.sort_by(|a, b| {
            b.similarity
                .total_cmp(&a.similarity)
                .then(a.ordinal.cmp(&b.ordinal))
        });
        best
    }

    /// Every paragraph with a unit and its closest unit to the query, in the units' order.
    fn scan(&self, query: &[f32]) -> Vec<Closeness> {
        // 16-bit products summed into 32 bits: the form the compiler turns into multiply-add
        // instructions (about twice as fast as 32-bit products here).
        let quantized: Vec<i16> = query.iter().map(|x| (x * SCALE).round() as i16).collect();
        // A paragraph's units stand together (they are built paragraph by paragraph): keep the
        // closest of each run.
        let mut best: Vec<Closeness> = Vec::new();
        for (index, (unit, row)) in self
            .units
            .iter()
            .zip(self.vectors.chunks_exact(self.dims))
            .enumerate()
        {
            let dot: i32 = row
                .iter()
                .zip(&quantized)
                .map(|(a, b)| i32::from(i16::from(*a) * b))
                .sum();
            let similarity = dot as f32 / (SCALE * SCALE);
            match best.last_mut() {
                Some(last) if last.ordinal == unit.ordinal => {
                    if similarity > last.similarity {
                        last.similarity = similarity;
                        last.unit = index;
                    }
                }
                _ => best.push(Closeness {
                    ordinal: unit.ordinal,
                    similarity,
                    unit: index,
                }),
            }
        }
        best
    }
}

/// A search without the corpus's own subject words ("Seoul", "declaration"), which nearly every
/// question uses: in a few words they would outweigh what the search is about and draw any
/// question naming them ("weather in Seoul tomorrow") to its paragraph.
fn without_subject_words(search: &str, subject: &[String]) -> String {
    let kept: Vec<&str> = search
        .split_whitespace()
        .filter(|piece| {
            let word = crate::text::fold(piece.trim_matches(|c: char| !c.is_alphanumeric()));
            !subject.iter().any(|s| crate::text::fold(s) == word)
        })
        .collect();
    if kept.is_empty() {
        search.to_string()
    } else {
        kept.join(" ")
    }
}

/// The text without the source's italic markers.
fn plain(text: &str) -> String {
    text.replace('*', "")
}

/// Byte ranges of the sentences of a paragraph: cut after `.`, `;`, `?` or `!` followed by a
/// space and a capital letter (so "e.g. ASEM" and "ASEM FMM)" do not cut).
pub fn sentences(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut spans = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, ch) in text.char_indices() {
        if !matches!(ch, '.' | '?' | '!') {
            continue;
        }
        let next = text[i + 1..].chars().nth(1);
        let abbreviation = text[..i].ends_with("e.g") || text[..i].ends_with("i.e");
        if bytes.get(i + 1) == Some(&b' ') && next.is_some_and(char::is_uppercase) && !abbreviation
        {
            spans.push(start..i + 1);
            start = i + 2;
        }
    }
    if start < text.len() {
        spans.push(start..text.len());
    }
    spans.retain(|s| !text[s.clone()].trim().is_empty());
    spans
}

/// A footnote's items (the footnote of ¶2 lists six meetings, each in its own quotation marks),
/// and the footnote whole.
fn footnote_items(text: &str) -> Vec<String> {
    let plain = plain(text);
    let mut items: Vec<String> = plain
        .split("”,")
        .map(|item| {
            item.trim()
                .trim_start_matches("and ")
                .trim_matches(|c| c == '“' || c == '”' || c == ' ')
                .to_string()
        })
        .filter(|item| !item.is_empty())
        .collect();
    if items.len() > 1 {
        items.push(plain.trim().to_string());
    }
    items
}

/// The units of meaning of `paragraphs` (sentences, footnote items, bank questions) and the text
/// each is embedded from.
fn units_of(corpus: &Corpus, paragraphs: &[(usize, u32)]) -> (Vec<Unit>, Vec<String>) {
    let mut units = Vec::new();
    let mut texts: Vec<String> = Vec::new();
    for (ordinal, &(document, number)) in paragraphs.iter().enumerate() {
        let document = &corpus.documents[document];
        let Some(paragraph) = document.paragraph(number) else {
            continue;
        };
        let ordinal = ordinal as u32;
        for span in sentences(&paragraph.text) {
            texts.push(plain(&paragraph.text[span.clone()]));
            units.push(Unit {
                ordinal,
                kind: UnitKind::Sentence,
                span,
            });
        }
        for note in document.footnotes_of(number) {
            for item in footnote_items(&note.text) {
                texts.push(item);
                units.push(Unit {
                    ordinal,
                    kind: UnitKind::Footnote,
                    span: 0..0,
                });
            }
        }
        for question in &paragraph.questions {
            texts.push(question.clone());
            units.push(Unit {
                ordinal,
                kind: UnitKind::Question,
                span: 0..0,
            });
        }
        for search in &paragraph.searches {
            texts.push(without_subject_words(search, &corpus.stop_words));
            units.push(Unit {
                ordinal,
                kind: UnitKind::Search,
                span: 0..0,
            });
        }
    }
    (units, texts)
}

/// Fills the cache in `cache_dir` with stand-in vectors for every unit of `corpus` that `encoder`
/// would embed: unit vectors made from each text's hash, so that a benchmark can time a corpus too
/// large to embed on this machine (over an hour at 100k paragraphs) in everything but the
/// embedding. Their closeness means nothing; nothing that answers users calls this.
pub fn seed_stand_in_cache(
    encoder: &Encoder,
    corpus: &Corpus,
    cache_dir: &Path,
) -> anyhow::Result<usize> {
    let paragraphs: Vec<(usize, u32)> = corpus
        .documents
        .iter()
        .enumerate()
        .flat_map(|(d, document)| document.paragraphs.iter().map(move |p| (d, p.number)))
        .collect();
    let (_, texts) = units_of(corpus, &paragraphs);
    let dims = encoder.dimensions();
    let model = encoder.fingerprint();
    let mut vectors: HashMap<u64, Vec<i8>> = HashMap::with_capacity(texts.len());
    for text in &texts {
        let k = key(model, text);
        let mut state = k | 1;
        let raw: Vec<f32> = (0..dims)
            .map(|_| {
                // xorshift64: cheap, deterministic noise.
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                (state >> 40) as f32 / (1u64 << 24) as f32 - 0.5
            })
            .collect();
        let norm = raw
            .iter()
            .map(|x| x * x)
            .sum::<f32>()
            .sqrt()
            .max(f32::EPSILON);
        let unit: Vec<f32> = raw.iter().map(|x| x / norm).collect();
        vectors.insert(k, quantize(&unit));
    }
    write_cache(&cache_dir.join("embeddings.bin"), model, dims, &vectors)?;
    Ok(vectors.len())
}

/// Vectors already made in this process, by the hash of model and text: every index built in a
/// process (reloads, tests) shares them.
fn memory() -> &'static Mutex<HashMap<u64, Vec<i8>>> {
    static MEMORY: OnceLock<Mutex<HashMap<u64, Vec<i8>>>> = OnceLock::new();
    MEMORY.get_or_init(|| Mutex::new(HashMap::new()))
}

fn key(model: u64, text: &str) -> u64 {
    fnv1a(text.as_bytes()) ^ model.rotate_left(17)
}

/// Texts embedded at a time between checks for cancellation (and turns of other builders).
const CHUNK: usize = 64;

/// The vectors of `texts`, from memory, then the disk cache, then the encoder; new ones are
/// written back to the disk cache (best effort: a read-only disk only costs time). `None` when
/// `cancel` was set before the end.
fn embed_cached(
    encoder: &Encoder,
    texts: &[String],
    cache: Option<&Path>,
    cancel: &AtomicBool,
) -> anyhow::Result<Option<Vec<i8>>> {
    // One chunk at a time in a process: indexes built at once (tests, a reload during start-up)
    // take turns, and each finds in memory what another has just made instead of making it again.
    static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());
    let dims = encoder.dimensions();
    let model = encoder.fingerprint();
    let keys: Vec<u64> = texts.iter().map(|t| key(model, t)).collect();
    let file = cache.map(|dir| dir.join("embeddings.bin"));
    let missing_in_memory = {
        let memory = memory().lock().unwrap_or_else(|e| e.into_inner());
        keys.iter().any(|k| !memory.contains_key(k))
    };
    let mut from_disk: HashMap<u64, Vec<i8>> = HashMap::new();
    if missing_in_memory {
        if let Some(file) = &file {
            from_disk = read_cache(file, model, dims);
            let mut memory = memory().lock().unwrap_or_else(|e| e.into_inner());
            for k in &keys {
                if let Some(v) = from_disk.get(k) {
                    memory.entry(*k).or_insert_with(|| v.clone());
                }
            }
        }
    }
    let mut missing: Vec<usize> = {
        let memory = memory().lock().unwrap_or_else(|e| e.into_inner());
        (0..texts.len())
            .filter(|&i| !memory.contains_key(&keys[i]))
            .collect()
    };
    let mut seen = std::collections::HashSet::new();
    missing.retain(|&i| seen.insert(keys[i]));
    let started = std::time::Instant::now();
    let mut embedded = 0;
    for chunk in missing.chunks(CHUNK) {
        if cancel.load(Ordering::Relaxed) {
            return Ok(None);
        }
        let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
        let todo: Vec<usize> = {
            let memory = memory().lock().unwrap_or_else(|e| e.into_inner());
            chunk
                .iter()
                .copied()
                .filter(|&i| !memory.contains_key(&keys[i]))
                .collect()
        };
        if todo.is_empty() {
            continue;
        }
        let batch: Vec<&str> = todo.iter().map(|&i| texts[i].as_str()).collect();
        let vectors = encoder.embed(&batch).context("embedding the corpus")?;
        let mut memory = memory().lock().unwrap_or_else(|e| e.into_inner());
        for (&i, vector) in todo.iter().zip(vectors) {
            memory.insert(keys[i], quantize(&vector));
        }
        embedded += todo.len();
    }
    let memory = memory().lock().unwrap_or_else(|e| e.into_inner());
    if embedded > 0 {
        tracing::info!(
            embedded,
            ms = started.elapsed().as_secs_f64() * 1000.0,
            "embedded texts not in the cache"
        );
        if let Some(file) = &file {
            // What the file had, and this corpus's vectors.
            for k in &keys {
                if let Some(v) = memory.get(k) {
                    from_disk.entry(*k).or_insert_with(|| v.clone());
                }
            }
            if let Err(error) = write_cache(file, model, dims, &from_disk) {
                tracing::warn!(
                    error = format!("{error:#}"),
                    "could not write the embedding cache"
                );
            }
        }
    }
    let mut vectors = Vec::with_capacity(texts.len() * dims);
    for k in &keys {
        match memory.get(k) {
            Some(v) => vectors.extend_from_slice(v),
            None => anyhow::bail!("an embedding went missing from memory"),
        }
    }
    Ok(Some(vectors))
}

fn quantize(vector: &[f32]) -> Vec<i8> {
    vector
        .iter()
        .map(|x| (x * SCALE).round().clamp(-127.0, 127.0) as i8)
        .collect()
}

const MAGIC: &[u8; 8] = b"ASEMEMB1";

/// Reads the cache file; anything unreadable or made by another model reads as empty.
fn read_cache(file: &Path, model: u64, dims: usize) -> HashMap<u64, Vec<i8>> {
    let mut out = HashMap::new();
    let Ok(bytes) = std::fs::read(file) else {
        return out;
    };
    let header = 8 + 8 + 4;
    if bytes.len() < header
        || &bytes[..8] != MAGIC
        || bytes[8..16] != model.to_le_bytes()
        || bytes[16..20] != (dims as u32).to_le_bytes()
    {
        return out;
    }
    for record in bytes[header..].chunks_exact(8 + dims) {
        let mut k = [0u8; 8];
        k.copy_from_slice(&record[..8]);
        out.insert(
            u64::from_le_bytes(k),
            record[8..].iter().map(|b| *b as i8).collect(),
        );
    }
    out
}

fn write_cache(
    file: &Path,
    model: u64,
    dims: usize,
    vectors: &HashMap<u64, Vec<i8>>,
) -> anyhow::Result<()> {
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    let mut bytes = Vec::with_capacity(20 + vectors.len() * (8 + dims));
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&model.to_le_bytes());
    bytes.extend_from_slice(&(dims as u32).to_le_bytes());
    let mut keys: Vec<&u64> = vectors.keys().collect();
    keys.sort_unstable();
    for k in keys {
        bytes.extend_from_slice(&k.to_le_bytes());
        bytes.extend(vectors[k].iter().map(|v| *v as u8));
    }
    // A temporary file renamed into place: a reader never sees half a cache.
    let temporary: PathBuf = file.with_extension(format!("tmp{}", std::process::id()));
    std::fs::write(&temporary, &bytes)
        .with_context(|| format!("writing {}", temporary.display()))?;
    std::fs::rename(&temporary, file).with_context(|| format!("replacing {}", file.display()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_search_is_embedded_without_the_subject_words() {
        let subject = vec!["Seoul".to_string(), "declaration".to_string()];
        assert_eq!(
            super::without_subject_words("concluding statement of the Seoul text", &subject),
            "concluding statement of the text"
        );
        assert_eq!(
            super::without_subject_words("why the seoul declaration matters", &subject),
            "why the matters"
        );
        assert_eq!(super::without_subject_words("Seoul", &subject), "Seoul");
    }

    use super::*;

    #[test]
    fn sentences_cut_at_full_stops_not_abbreviations() {
        let text = "We agree. We support (e.g. ASEM Summits). We invite them";
        let parts: Vec<&str> = sentences(text).into_iter().map(|s| &text[s]).collect();
        assert_eq!(
            parts,
            [
                "We agree.",
                "We support (e.g. ASEM Summits).",
                "We invite them"
            ]
        );
    }

    #[test]
    fn footnote_items_split_per_meeting() {
        let items =
            footnote_items("*“A (Berlin, 2008)”*, *“B (Hanoi, 2009)”*, and *“C (Seoul, 2017)”*");
        assert_eq!(
            items[..3],
            ["A (Berlin, 2008)", "B (Hanoi, 2009)", "C (Seoul, 2017)"]
        );
    }
}
