//! Synthetic corpora for scale benchmarks: extra documents in the `data/` format, written from the
//! declaration's own words, word order and sentence lengths by a seeded generator, next to a copy of
//! the shipped data, so that the real loader, validator and index run on them. Same seed, same files.

use super::Corpus;
use anyhow::Context;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

/// Paragraphs per synthetic document: about the size of a long declaration.
const PARAGRAPHS_PER_DOCUMENT: usize = 100;
/// Sections per synthetic document.
const SECTIONS_PER_DOCUMENT: usize = 5;

/// What [`generate`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generated {
    pub documents: usize,
    /// Paragraphs in the whole corpus, the shipped ones included.
    pub paragraphs: usize,
    pub bytes: u64,
}

/// SplitMix64: small, fast and the same on every platform, which is all a corpus generator needs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// A first-order Markov model of the declaration's prose: which word follows which, how long its
/// sentences are and how many sentences a paragraph has.
struct Model {
    starts: Vec<String>,
    next: HashMap<String, Vec<String>>,
    sentence_lengths: Vec<usize>,
    sentences_per_paragraph: Vec<usize>,
}

impl Model {
    fn learn(corpus: &Corpus) -> Model {
        let mut model = Model {
            starts: Vec::new(),
            next: HashMap::new(),
            sentence_lengths: Vec::new(),
            sentences_per_paragraph: Vec::new(),
        };
        for paragraph in &corpus.primary().paragraphs {
            let text = paragraph.text.replace('*', "");
            let sentences: Vec<&str> = text
                .split_inclusive(". ")
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect();
            model.sentences_per_paragraph.push(sentences.len());
            for sentence in sentences {
                let words: Vec<&str> = sentence.split_whitespace().collect();
                let Some(first) = words.first() else { continue };
                model.starts.push(first.to_string());
                model.sentence_lengths.push(words.len());
                for pair in words.windows(2) {
                    model
                        .next
                        .entry(pair[0].to_string())
                        .or_default()
                        .push(pair[1].to_string());
                }
            }
        }
        model
    }

    fn sentence(&self, rng: &mut Rng) -> String {
        let length = *rng.pick(&self.sentence_lengths);
        let mut word = rng.pick(&self.starts).clone();
        let mut out = word.clone();
        for _ in 1..length {
            word = match self.next.get(&word) {
                Some(followers) => rng.pick(followers).clone(),
                None => rng.pick(&self.starts).to_lowercase(),
            };
            out.push(' ');
            out.push_str(&word);
        }
        let mut out = out
            .trim_end_matches(|c: char| !c.is_alphanumeric())
            .to_string();
        out.push('.');
        out
    }

    fn paragraph(&self, rng: &mut Rng) -> String {
        let count = *rng.pick(&self.sentences_per_paragraph);
        (0..count.max(1))
            .map(|_| self.sentence(rng))
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn heading(&self, rng: &mut Rng) -> String {
        let sentence = self.sentence(rng);
        let words: Vec<&str> = sentence.trim_end_matches('.').split(' ').collect();
        let take = 4 + rng.below(8);
        words[..take.min(words.len())].join(" ")
    }
}

/// Copies the shipped data in `source` to `out` and adds synthetic documents until the corpus has
/// `paragraphs` paragraphs in all (never fewer than the shipped ones). Deterministic for a seed.
pub fn generate(
    source: &Path,
    out: &Path,
    paragraphs: usize,
    seed: u64,
) -> anyhow::Result<Generated> {
    let corpus = Corpus::load(source)
        .with_context(|| format!("the data in {} is not valid", source.display()))?;
    let shipped = corpus.paragraph_count();
    // Never mix with an earlier corpus: stale documents would change the size and the figures.
    if std::fs::read_dir(out).is_ok_and(|mut entries| entries.next().is_some()) {
        anyhow::bail!(
            "{} is not empty: give generate-corpus a new or empty folder",
            out.display()
        );
    }
    let documents_dir = out.join("documents");
    std::fs::create_dir_all(&documents_dir)
        .with_context(|| format!("creating {}", documents_dir.display()))?;
    let mut bytes = 0;
    for folder in [source.to_path_buf(), source.join("documents")] {
        let target = if folder == source {
            out.to_path_buf()
        } else {
            documents_dir.clone()
        };
        for entry in
            std::fs::read_dir(&folder).with_context(|| format!("reading {}", folder.display()))?
        {
            let path = entry?.path();
            if path.extension().is_some_and(|e| e == "toml") {
                bytes += std::fs::copy(&path, target.join(path.file_name().unwrap_or_default()))
                    .with_context(|| format!("copying {}", path.display()))?;
            }
        }
    }

    let model = Model::learn(&corpus);
    let mut rng = Rng(seed);
    let wanted = paragraphs.saturating_sub(shipped);
    let mut documents = 0;
    let mut written = 0;
    while written < wanted {
        documents += 1;
        let count = PARAGRAPHS_PER_DOCUMENT.min(wanted - written);
        let text = document(&model, &mut rng, documents, count);
        let path = documents_dir.join(format!("synthetic-{documents:05}.toml"));
        std::fs::write(&path, &text).with_context(|| format!("writing {}", path.display()))?;
        bytes += text.len() as u64;
        written += count;
    }
    Ok(Generated {
        documents: corpus.documents.len() + documents,
        paragraphs: shipped + written,
        bytes,
    })
}

fn document(model: &Model, rng: &mut Rng, number: usize, paragraphs: usize) -> String {
    let mut out = String::with_capacity(paragraphs * 700);
    let _ = writeln!(
        out,
        "# Synthetic document for benchmarks (asem-bot generate-corpus).\n\n[document]\nid = \"synthetic-{number:05}\"\ntitle = \"Synthetic Declaration {number}\"\nsubtitle = '''{}'''\nmeeting = \"Synthetic ASEM meeting {number}\"\ntheme = '''{}'''\ndates = \"1 January 2030\"\nplace = \"Nowhere\"\n",
        model.heading(rng),
        model.heading(rng),
    );
    for section in 0..SECTIONS_PER_DOCUMENT {
        let _ = writeln!(
            out,
            "[[section]]\nid = \"s{section}\"\nheading = '''{}'''\n",
            model.heading(rng)
        );
    }
    for n in 1..=paragraphs {
        let section = (n - 1) * SECTIONS_PER_DOCUMENT / paragraphs.max(1);
        let _ = writeln!(
            out,
            "[[paragraph]]\nnumber = {n}\nsection = \"s{section}\"\ntext = '''{}'''\n",
            model.paragraph(rng)
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
    }

    #[test]
    fn the_same_seed_writes_the_same_corpus_and_it_loads() {
        let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let made = generate(&shipped(), a.path(), 250, 7).unwrap();
        generate(&shipped(), b.path(), 250, 7).unwrap();
        assert_eq!(made.paragraphs, 250);
        assert_eq!(made.documents, 4);
        for name in ["synthetic-00001.toml", "synthetic-00003.toml"] {
            let read =
                |dir: &Path| std::fs::read_to_string(dir.join("documents").join(name)).unwrap();
            assert_eq!(read(a.path()), read(b.path()));
        }
        let corpus = Corpus::load(a.path()).unwrap();
        assert_eq!(corpus.paragraph_count(), 250);
        assert_eq!(corpus.primary().id, "seoul-2017");
    }
}
