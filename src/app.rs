//! Start-up and the running bot: load the config, load and check `data/`, build the index, then hand
//! a [`Bot`] to whichever transport runs. Sizes and timings are logged.

use crate::commands::{self, Interaction};
use crate::corpus::Corpus;
use crate::reply::Response;
use crate::search::SearchIndex;
use anyhow::Context;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The loaded bot: data, index and commands, shared read-only by every transport.
#[derive(Clone)]
pub struct Bot {
    index: Arc<SearchIndex>,
    /// Reading and checking `data/` (the index build is timed by the index).
    load_time: Duration,
}

impl Bot {
    /// Loads `data_dir` and builds the index; any data problem is an error naming file and line.
    pub fn load(data_dir: &Path) -> anyhow::Result<Bot> {
        let started = Instant::now();
        let corpus = Corpus::load(data_dir)
            .with_context(|| format!("the data in {} is not valid", data_dir.display()))?;
        let loaded = started.elapsed();
        let index = SearchIndex::build(Arc::new(corpus)).context("building the search index")?;
        tracing::info!(
            documents = index.corpus().documents.len(),
            paragraphs = index.paragraph_count(),
            load_ms = loaded.as_secs_f64() * 1000.0,
            index_ms = index.build_time().as_secs_f64() * 1000.0,
            "data loaded and indexed"
        );
        Ok(Bot {
            index: Arc::new(index),
            load_time: loaded,
        })
    }

    pub fn index(&self) -> &SearchIndex {
        &self.index
    }

    pub fn corpus(&self) -> &Corpus {
        self.index.corpus()
    }

    /// Answers one interaction.
    #[tracing::instrument(level = "debug", skip(self))]
    pub fn handle(&self, interaction: &Interaction) -> Response {
        commands::handle(&self.index, interaction)
    }

    /// One paragraph of what was loaded, for `asem-bot check`.
    pub fn summary(&self) -> String {
        let corpus = self.corpus();
        let mut lines = Vec::new();
        // A large corpus gets its first documents and a count, not a screenful per document.
        const LISTED: usize = 5;
        for document in corpus.documents.iter().take(LISTED) {
            lines.push(format!(
                "document {}: {} — {} paragraphs, {} sections, {} footnotes",
                document.id,
                document.title,
                document.paragraphs.len(),
                document.sections.len(),
                document.footnotes.len()
            ));
        }
        if corpus.documents.len() > LISTED {
            lines.push(format!(
                "… and {} more documents ({} paragraphs in all)",
                corpus.documents.len() - LISTED,
                corpus.paragraph_count()
            ));
        }
        lines.push(format!(
            "{} facts, {} meetings, {} themes with {} commitments, {} glossary terms, {} synonym groups",
            corpus.facts.len(),
            corpus.meetings.len(),
            corpus.themes.len(),
            corpus.commitments.len(),
            corpus.glossary.len(),
            corpus.synonyms.len()
        ));
        lines.push(format!(
            "data read and checked in {:.1} ms; index: {} paragraphs, built in {:.1} ms",
            self.load_time.as_secs_f64() * 1000.0,
            self.index.paragraph_count(),
            self.index.build_time().as_secs_f64() * 1000.0
        ));
        if let Some(peak) = peak_memory_bytes() {
            lines.push(format!(
                "peak memory: {:.1} MB",
                peak as f64 / (1024.0 * 1024.0)
            ));
        }
        lines.join("\n")
    }
}

/// The most resident memory this process has used so far (Linux's `VmHWM`); None elsewhere.
pub fn peak_memory_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}
