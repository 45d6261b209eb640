//! The running bot, shared by every transport: the [`store::Store`] of loaded data, the
//! [`gate::Gate`] every command passes, and the command core between them. Start-up order: config,
//! data, index, each logged with sizes and timings.

pub mod diagnostics;
pub mod gate;
pub mod memory;
pub mod store;

pub use gate::Policy;
pub use store::Embedding;

use crate::commands::{self, Caller, Command, Context, Interaction, Reload, Reloaded};
use crate::corpus::Corpus;
use crate::reply::Response;
use crate::search::SearchIndex;
use gate::Gate;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;
use store::Store;

/// The loaded bot. Cloning is cheap; the clones share one store, whose index a reload replaces as
/// a whole.
#[derive(Clone)]
pub struct Bot {
    store: Arc<Store>,
    gate: Arc<Gate>,
    /// Added before every answer: a drill for the transports' deferral path (see [`Bot::slowed`]).
    delay: Duration,
}

impl Bot {
    /// Loads `data_dir` with the default policy and the shipped encoder.
    pub fn load(data_dir: &Path) -> anyhow::Result<Bot> {
        Bot::open(data_dir, Policy::default(), Embedding::default())
    }

    /// As [`Bot::load`], with the admins and rate limits of `policy`.
    pub fn load_with(data_dir: &Path, policy: Policy) -> anyhow::Result<Bot> {
        Bot::open(data_dir, policy, Embedding::default())
    }

    /// Loads `data_dir` and builds the index; any data problem is an error naming file and line.
    pub fn open(data_dir: &Path, policy: Policy, embedding: Embedding) -> anyhow::Result<Bot> {
        Ok(Bot {
            store: Arc::new(Store::open(data_dir, embedding)?),
            gate: Arc::new(Gate::new(policy)),
            delay: Duration::ZERO,
        })
    }

    /// The same bot, answering every interaction `delay` late: how the tests (and a drill against a
    /// staging application) exercise deferral without depending on how fast the machine is.
    pub fn slowed(mut self, delay: Duration) -> Bot {
        self.delay = delay;
        self
    }

    /// The index serving now.
    pub fn index(&self) -> Arc<SearchIndex> {
        self.store.index()
    }

    pub fn corpus(&self) -> Arc<Corpus> {
        self.index().corpus().clone()
    }

    /// Reads `data/` again; see [`Store`]'s [`Reload`].
    pub fn reload(&self) -> anyhow::Result<Reloaded> {
        self.store.reload()
    }

    /// Answers one interaction from the local operator (the console): trusted, never limited.
    pub fn handle(&self, interaction: &Interaction) -> Response {
        self.handle_as(&Caller::local(), interaction)
    }

    /// Answers one interaction from `caller`: parsed once, through the gate, then applied to the
    /// index serving now.
    #[tracing::instrument(level = "debug", skip(self))]
    pub fn handle_as(&self, caller: &Caller, interaction: &Interaction) -> Response {
        if !self.delay.is_zero() {
            std::thread::sleep(self.delay);
        }
        let locale = caller.locale.as_deref().unwrap_or(crate::locale::SOURCE);
        let parsed = Command::parse(interaction);
        if let Err(refused) = self.gate.admit(caller, parsed.as_ref().ok()) {
            return commands::respond(Err(refused), locale);
        }
        let index = self.index();
        let context = Context {
            index: &index,
            reload: Some(&*self.store),
            locale,
        };
        commands::respond(parsed.and_then(|command| command.apply(&context)), locale)
    }

    /// What was loaded, for `asem-bot check`.
    pub fn summary(&self) -> String {
        diagnostics::summary(&self.store)
    }
}
