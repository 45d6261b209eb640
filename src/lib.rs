//! asem-bot: answers questions about the Seoul Declaration of the 6th ASEM Education Ministers'
//! Meeting (Seoul, 21–22 November 2017) from a search index built from `data/` at start-up.
//!
//! # Layout
//!
//! - [`config`]: typed configuration from `config/asem-bot.toml`, `.env` and the environment; the token
//!   as a secret that never prints.
//! - [`corpus`]: loads and validates `data/` into documents, paragraphs, facts, meetings, commitments,
//!   glossary and synonyms; a broken file is an error naming the file, line and reason.
//! - [`search`]: the tantivy index in RAM over the paragraphs and the question bank, query analysis
//!   (stop words, typos of non-words, synonyms, paragraph references), the sentence encoder
//!   (all-MiniLM-L6-v2 from `assets/minilm/`), rankings fused with a relevance floor, snippets.
//! - [`answer`]: what a question asks for before anything is ranked: a paragraph named in words, a
//!   meeting and what of it (or that the declaration does not say), a term to define, then the
//!   paragraphs.
//! - [`commands`]: the command table (one definition of each command) and one handler per command:
//!   an [`commands::Interaction`] in, a [`reply::Response`] out. No transport code.
//! - [`reply`]: the transport-neutral reply and its rendering to Discord's interaction response JSON
//!   (within every Discord limit) and to plain text.
//! - [`text`]: text helpers every layer shares: limit-safe truncation, markdown escaping, folding.
//! - [`discord`]: the Discord transports (the serenity gateway client), converting Discord's
//!   interactions to the command core's and sending its replies back.
//! - [`console`]: the local console and the one-shot command line (`exec`, `ask`, `search`).
//! - [`rate_limit`]: per-user and per-channel command allowances, bounded in memory.
//! - [`app`]: start-up: config, data and index, in that order, logged with sizes and timings.

pub mod answer;
pub mod bot;
pub mod commands;
pub mod config;
pub mod console;
pub mod corpus;
pub mod discord;
pub mod rate_limit;
pub mod reply;
pub mod search;
pub mod text;

pub use bot::Bot;
