//! Start-up and the running bot: load the config, load and check `data/`, build the index, then hand
//! a [`Bot`] to whichever transport runs. Sizes and timings are logged.

use crate::commands::{self, Caller, CommandError, Interaction};
use crate::corpus::Corpus;
use crate::rate_limit::{Limiter, Rate};
use crate::reply::{Embed, Reply, Response};
use crate::search::encoder::{Encoder, ModelChoice};
use crate::search::SearchIndex;
use anyhow::Context;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

/// Who may reload, and how often anyone may ask: from the configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    /// Discord users allowed to run `/reload` (besides Discord's own admin-only registration).
    pub admins: Vec<u64>,
    pub user_rate: Rate,
    pub channel_rate: Rate,
    /// The sentence encoder answers match by meaning with.
    pub model: ModelChoice,
    /// Where embeddings are cached between runs (`None`: not cached on disk).
    pub cache_dir: Option<PathBuf>,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            admins: Vec::new(),
            user_rate: DEFAULT_USER_RATE,
            channel_rate: DEFAULT_CHANNEL_RATE,
            model: ModelChoice::Shipped,
            cache_dir: default_cache_dir(),
        }
    }
}

/// A person reading along clicks quickly, but not 10 times in 30 seconds for long.
pub const DEFAULT_USER_RATE: Rate = Rate {
    count: 10,
    window: Duration::from_secs(30),
};
/// A busy channel: several people at once.
pub const DEFAULT_CHANNEL_RATE: Rate = Rate {
    count: 30,
    window: Duration::from_secs(30),
};

/// The loaded bot: data, index and commands, shared by every transport. Cloning is cheap; the
/// clones share one index, which [`Bot::reload`] replaces as a whole.
#[derive(Clone)]
pub struct Bot {
    shared: Arc<Shared>,
}

struct Shared {
    data_dir: PathBuf,
    /// Loaded once; every reload embeds with it.
    encoder: Option<Arc<Encoder>>,
    cache_dir: Option<PathBuf>,
    /// The index every command reads: a command takes the `Arc` and keeps it to the end, so a
    /// reload never changes the data under a command half-way.
    index: RwLock<Arc<SearchIndex>>,
    /// Reading and checking `data/` the last time (the index build is timed by the index).
    load_time: RwLock<Duration>,
    /// One reload at a time.
    reloading: Mutex<()>,
    admins: Vec<u64>,
    per_user: Limiter,
    per_channel: Limiter,
}

/// What a reload loaded.
#[derive(Debug, Clone)]
pub struct Reloaded {
    pub documents: usize,
    pub paragraphs: usize,
    pub took: Duration,
}

impl Bot {
    /// Loads `data_dir` and builds the index; any data problem is an error naming file and line.
    pub fn load(data_dir: &Path) -> anyhow::Result<Bot> {
        Bot::load_with(data_dir, Policy::default())
    }

    /// As [`Bot::load`], with the admins and rate limits of `policy`.
    pub fn load_with(data_dir: &Path, policy: Policy) -> anyhow::Result<Bot> {
        let encoder = policy.model.load()?;
        let (index, load_time) = build(data_dir, encoder.clone(), policy.cache_dir.as_deref())?;
        Ok(Bot {
            shared: Arc::new(Shared {
                data_dir: data_dir.to_path_buf(),
                encoder,
                cache_dir: policy.cache_dir,
                index: RwLock::new(Arc::new(index)),
                load_time: RwLock::new(load_time),
                reloading: Mutex::new(()),
                admins: policy.admins,
                per_user: Limiter::new(policy.user_rate),
                per_channel: Limiter::new(policy.channel_rate),
            }),
        })
    }

    /// The index serving now.
    pub fn index(&self) -> Arc<SearchIndex> {
        self.shared
            .index
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    pub fn corpus(&self) -> Arc<Corpus> {
        self.index().corpus().clone()
    }

    /// Reads `data/` again and, only if all of it is valid, serves it from the next command on;
    /// otherwise the index serving now stays, and the error names file, line and reason.
    pub fn reload(&self) -> anyhow::Result<Reloaded> {
        let _one_at_a_time = self
            .shared
            .reloading
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        let started = Instant::now();
        let (index, load_time) = build(
            &self.shared.data_dir,
            self.shared.encoder.clone(),
            self.shared.cache_dir.as_deref(),
        )
        .inspect_err(|error| {
            tracing::error!(
                error = format!("{error:#}"),
                "reload failed; still serving the previous data"
            );
        })?;
        let reloaded = Reloaded {
            documents: index.corpus().documents.len(),
            paragraphs: index.paragraph_count(),
            took: started.elapsed(),
        };
        let previous = std::mem::replace(
            &mut *self.shared.index.write().unwrap_or_else(|e| e.into_inner()),
            Arc::new(index),
        );
        *self
            .shared
            .load_time
            .write()
            .unwrap_or_else(|e| e.into_inner()) = load_time;
        drop(previous);
        release_freed_memory();
        tracing::info!(
            documents = reloaded.documents,
            paragraphs = reloaded.paragraphs,
            ms = reloaded.took.as_secs_f64() * 1000.0,
            "data reloaded"
        );
        Ok(reloaded)
    }

    /// Answers one interaction from the local operator (the console): trusted, never limited.
    pub fn handle(&self, interaction: &Interaction) -> Response {
        self.handle_as(&Caller::local(), interaction)
    }

    /// Answers one interaction from `caller`: rate limits first (autocomplete aside, which Discord
    /// sends at every keystroke), then `/reload` here, everything else in the command core.
    #[tracing::instrument(level = "debug", skip(self))]
    pub fn handle_as(&self, caller: &Caller, interaction: &Interaction) -> Response {
        if !caller.local && !matches!(interaction, Interaction::Autocomplete { .. }) {
            if let Err(error) = self.take_allowance(caller) {
                return Response::Message(error.to_reply());
            }
        }
        if let Interaction::Command(invocation) = interaction {
            if invocation.name.eq_ignore_ascii_case("reload") {
                return Response::Message(
                    self.reload_command(caller)
                        .unwrap_or_else(|error| error.to_reply()),
                );
            }
        }
        commands::handle(&self.index(), interaction)
    }

    fn take_allowance(&self, caller: &Caller) -> Result<(), CommandError> {
        let now = Instant::now();
        let checks = [
            (caller.user, &self.shared.per_user, "you"),
            (caller.channel, &self.shared.per_channel, "this channel"),
        ];
        for (key, limiter, scope) in checks {
            let Some(key) = key else { continue };
            if let Err(wait) = limiter.take(key, now) {
                let rate = limiter.rate();
                return Err(CommandError::SlowDown {
                    scope: scope.into(),
                    limit: format!("{} commands every {} s", rate.count, rate.window.as_secs()),
                    wait_secs: wait.as_secs_f64().ceil().max(1.0) as u64,
                });
            }
        }
        Ok(())
    }

    fn reload_command(&self, caller: &Caller) -> Result<Reply, CommandError> {
        let allowed = caller.local || caller.user.is_some_and(|u| self.shared.admins.contains(&u));
        if !allowed {
            tracing::warn!(
                user = caller.user,
                "a /reload by a user not in ASEM_ADMIN_USER_IDS was refused"
            );
            return Err(CommandError::NotAllowed {
                command: "reload".into(),
            });
        }
        let reloaded = self
            .reload()
            .map_err(|error| CommandError::ReloadFailed(format!("{error:#}")))?;
        Ok(Reply::ephemeral(Embed::new("Reloaded").description(
            format!(
                "Now serving {} documents, {} paragraphs (read and indexed in {:.0} ms).",
                reloaded.documents,
                reloaded.paragraphs,
                reloaded.took.as_secs_f64() * 1000.0
            ),
        )))
    }

    /// One paragraph of what was loaded, for `asem-bot check`.
    pub fn summary(&self) -> String {
        let index = self.index();
        let corpus = index.corpus();
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
            self.shared
                .load_time
                .read()
                .map(|t| t.as_secs_f64() * 1000.0)
                .unwrap_or_default(),
            index.paragraph_count(),
            index.build_time().as_secs_f64() * 1000.0
        ));
        let questions: usize = corpus
            .documents
            .iter()
            .flat_map(|d| &d.paragraphs)
            .map(|p| p.questions.len())
            .sum();
        let meaning = match (index.semantic(), &self.shared.encoder) {
            (Some(semantic), _) => format!("{} units embedded", semantic.unit_count()),
            (None, Some(_)) => "being embedded in the background".to_string(),
            (None, None) => "off (ASEM_MODEL_DIR=off)".to_string(),
        };
        lines.push(format!(
            "question bank: {questions} questions; matching by meaning: {meaning}"
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

/// Reads and checks `data_dir` and indexes it; returns the index and how long reading took.
fn build(
    data_dir: &Path,
    encoder: Option<Arc<Encoder>>,
    cache_dir: Option<&Path>,
) -> anyhow::Result<(SearchIndex, Duration)> {
    let started = Instant::now();
    let corpus = Corpus::load(data_dir)
        .with_context(|| format!("the data in {} is not valid", data_dir.display()))?;
    let loaded = started.elapsed();
    let index = SearchIndex::build_with(Arc::new(corpus), encoder, cache_dir)
        .context("building the search index")?;
    tracing::info!(
        documents = index.corpus().documents.len(),
        paragraphs = index.paragraph_count(),
        load_ms = loaded.as_secs_f64() * 1000.0,
        index_ms = index.build_time().as_secs_f64() * 1000.0,
        "data loaded and indexed"
    );
    Ok((index, loaded))
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

/// Hands memory freed by an old index back to the system. glibc keeps freed memory in per-thread
/// arenas, and each reload builds on fresh threads (tantivy's indexers, the lexicon), so without
/// this a long-running bot's resident memory would step up with every reload.
fn release_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim takes no pointer and only walks glibc's own free lists.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// The most resident memory this process has used so far (Linux's `VmHWM`); None elsewhere.
pub fn peak_memory_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}
