//! The baselines asem-bot is measured against, built from the same corpus and asked the same
//! queries: SQLite FTS5 (BM25, Porter stemming) and a tantivy index with its stock `en_stem` field and
//! nothing else. Shared by the relevance evaluation and the benchmarks (`#[path]`-included by both).

// Each includer uses its own part (the benchmarks want snippets, the evaluation wants tantivy too).
#![allow(dead_code)]

pub mod fts5;
pub mod plain_tantivy;

/// The words of a query, as a baseline user of either engine would pass them: letters and digits
/// only, so that no query syntax (quotes, colons, `AND`, `-`) reaches the engine.
pub fn query_words(query: &str) -> Vec<String> {
    query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !matches!(w.as_str(), "and" | "or" | "not" | "near"))
        .collect()
}
