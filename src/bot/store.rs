//! The data the bot serves: `data/` read, checked and indexed into one [`Loaded`] state, swapped as a
//! whole on reload (arc-swap), so every command reads one consistent index to its end.

use crate::commands::{Reload, Reloaded};
use crate::corpus::Corpus;
use crate::search::encoder::{Encoder, ModelChoice};
use crate::search::SearchIndex;
use anyhow::Context;
use arc_swap::ArcSwap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How the bot matches by meaning: which encoder, and where its vectors are cached between runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Embedding {
    pub model: ModelChoice,
    /// `None`: vectors are not cached on disk.
    pub cache_dir: Option<PathBuf>,
}

impl Default for Embedding {
    fn default() -> Embedding {
        Embedding {
            model: ModelChoice::Shipped,
            cache_dir: default_cache_dir(),
        }
    }
}

/// One load of `data/`: the index and how long reading and checking the files took.
pub struct Loaded {
    pub index: Arc<SearchIndex>,
    /// Reading and checking `data/` (the index build is timed by the index).
    pub load_time: Duration,
}

pub struct Store {
    data_dir: PathBuf,
    /// Loaded once; every reload embeds with it.
    encoder: Option<Arc<Encoder>>,
    cache_dir: Option<PathBuf>,
    current: ArcSwap<Loaded>,
    /// One reload at a time.
    reloading: Mutex<()>,
}

impl Store {
    /// Loads `data_dir` and builds the index; any data problem is an error naming file and line.
    pub fn open(data_dir: &Path, embedding: Embedding) -> anyhow::Result<Store> {
        let encoder = embedding.model.load()?;
        let loaded = load(data_dir, encoder.clone(), embedding.cache_dir.as_deref())?;
        Ok(Store {
            data_dir: data_dir.to_path_buf(),
            encoder,
            cache_dir: embedding.cache_dir,
            current: ArcSwap::from_pointee(loaded),
            reloading: Mutex::new(()),
        })
    }

    /// The state serving now.
    pub fn current(&self) -> Arc<Loaded> {
        self.current.load_full()
    }

    pub fn index(&self) -> Arc<SearchIndex> {
        self.current.load().index.clone()
    }

    /// Whether answers can match by meaning (an encoder is loaded).
    pub fn has_encoder(&self) -> bool {
        self.encoder.is_some()
    }
}

impl Reload for Store {
    /// Reads `data/` again and, only if all of it is valid, serves it from the next command on;
    /// otherwise the state serving now stays, and the error names file, line and reason.
    fn reload(&self) -> anyhow::Result<Reloaded> {
        let _one_at_a_time = self.reloading.lock().unwrap_or_else(|e| e.into_inner());
        let started = Instant::now();
        let loaded = load(
            &self.data_dir,
            self.encoder.clone(),
            self.cache_dir.as_deref(),
        )
        .inspect_err(|error| {
            tracing::error!(
                error = format!("{error:#}"),
                "reload failed; still serving the previous data"
            );
        })?;
        let reloaded = Reloaded {
            documents: loaded.index.corpus().documents.len(),
            paragraphs: loaded.index.paragraph_count(),
            took: started.elapsed(),
        };
        drop(self.current.swap(Arc::new(loaded)));
        super::memory::release_freed_memory();
        tracing::info!(
            documents = reloaded.documents,
            paragraphs = reloaded.paragraphs,
            ms = reloaded.took.as_secs_f64() * 1000.0,
            "data reloaded"
        );
        Ok(reloaded)
    }
}

/// Reads and checks `data_dir` and indexes it.
fn load(
    data_dir: &Path,
    encoder: Option<Arc<Encoder>>,
    cache_dir: Option<&Path>,
) -> anyhow::Result<Loaded> {
    let started = Instant::now();
    let corpus = Corpus::load(data_dir)
        .with_context(|| format!("the data in {} is not valid", data_dir.display()))?;
    let load_time = started.elapsed();
    let index = SearchIndex::build_with(Arc::new(corpus), encoder, cache_dir)
        .context("building the search index")?;
    tracing::info!(
        documents = index.corpus().documents.len(),
        paragraphs = index.paragraph_count(),
        load_ms = load_time.as_secs_f64() * 1000.0,
        index_ms = index.build_time().as_secs_f64() * 1000.0,
        "data loaded and indexed"
    );
    Ok(Loaded {
        index: Arc::new(index),
        load_time,
    })
}

/// `$XDG_CACHE_HOME/asem-bot`, else `~/.cache/asem-bot`: where embeddings are kept between runs.
pub fn default_cache_dir() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|v| !v.is_empty())
                .map(|home| PathBuf::from(home).join(".cache"))
        })?;
    Some(base.join("asem-bot"))
}
