//! asem-bot: answers questions about the Seoul Declaration of the 6th ASEM Education Ministers'
//! Meeting (Seoul, 21–22 November 2017) from a search index built from `data/` at start-up.
//!
//! # Layout
//!
//! - [`config`]: typed configuration from `config/asem-bot.toml`, `.env` and the environment; the token
//!   as a secret that never prints.
//! - [`corpus`]: loads and validates `data/` into documents, paragraphs, facts, meetings, commitments,
//!   glossary, synonyms, the other languages' concepts and question banks, and the summaries'
//!   translations; a broken file is an error naming the file, line and reason.
//! - [`search`]: the tantivy index in RAM over the paragraphs and the question bank, query analysis
//!   (stop words, typos of non-words, synonyms, paragraph references), the sentence encoder
//!   (all-MiniLM-L6-v2 from `assets/minilm/`), rankings fused with a relevance floor, snippets;
//!   questions in other languages told apart and matched through their language's bank and concepts.
//! - [`answer`]: what a question asks for before anything is ranked: a paragraph named in words, a
//!   meeting and what of it (or that the declaration does not say), a term to define, then the
//!   paragraphs.
//! - [`commands`]: the command table (one definition of each command); every
//!   [`commands::Interaction`] parsed once into a typed [`commands::Command`], admitted, then applied
//!   to give a [`reply::Response`]; button ids as a type ([`commands::ButtonId`]). No transport code.
//! - [`reply`]: the transport-neutral reply and its rendering to Discord's interaction response JSON
//!   (within every Discord limit) and to plain text.
//! - [`text`]: text helpers every layer shares: grapheme-safe truncation, markdown escaping, folding.
//! - [`bot`]: the [`Bot`] every transport shares: a store that swaps one loaded state on reload, the
//!   gate (administrators' commands, rate limits), diagnostics.
//! - [`discord`]: the Discord transports (the serenity gateway client and the signed HTTP endpoint),
//!   one answer plan for both, the REST client, shutdown and reload signals.
//! - [`console`]: the local console and the one-shot command line (`exec`, `ask`, `search`).
//! - [`rate_limit`]: per-user and per-channel command allowances, bounded in memory.
//! - [`locale`]: the Discord locales the bot speaks and its Fluent catalogues (`locales/`).

pub mod answer;
pub mod bot;
pub mod commands;
pub mod config;
pub mod console;
pub mod corpus;
pub mod discord;
pub mod locale;
pub mod rate_limit;
pub mod reply;
pub mod search;
pub mod text;

pub use bot::Bot;
