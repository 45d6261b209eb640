//! SQLite FTS5 with its `bm25()` ranking and the Porter stemmer over the paragraph text: the
//! plain-BM25 baseline. An in-memory database, one row per paragraph.

use asem_bot::corpus::Corpus;
use rusqlite::{params, Connection};

pub struct Fts5 {
    connection: Connection,
}

impl Fts5 {
    pub fn build(corpus: &Corpus) -> rusqlite::Result<Fts5> {
        let connection = Connection::open_in_memory()?;
        connection.execute_batch(
            "CREATE VIRTUAL TABLE paragraphs USING fts5(
                 text, document UNINDEXED, number UNINDEXED,
                 tokenize = 'porter unicode61 remove_diacritics 2'
             );",
        )?;
        {
            let transaction = connection.unchecked_transaction()?;
            let mut insert = transaction
                .prepare("INSERT INTO paragraphs (text, document, number) VALUES (?1, ?2, ?3)")?;
            for (d, document) in corpus.documents.iter().enumerate() {
                for paragraph in &document.paragraphs {
                    insert.execute(params![
                        paragraph.text.replace('*', ""),
                        d as i64,
                        paragraph.number
                    ])?;
                }
            }
            drop(insert);
            transaction.commit()?;
        }
        Ok(Fts5 { connection })
    }

    /// The best paragraphs as (document index, paragraph number), any query word matching (OR).
    pub fn search(&self, query: &str, limit: usize) -> rusqlite::Result<Vec<(usize, u32)>> {
        let Some(expression) = match_expression(query) else {
            return Ok(Vec::new());
        };
        let mut statement = self.connection.prepare_cached(
            "SELECT document, number FROM paragraphs WHERE paragraphs MATCH ?1
             ORDER BY bm25(paragraphs) LIMIT ?2",
        )?;
        let rows = statement.query_map(params![expression, limit as i64], |row| {
            Ok((row.get::<_, i64>(0)? as usize, row.get::<_, u32>(1)?))
        })?;
        rows.collect()
    }

    /// As [`Fts5::search`], with a highlighted snippet of each paragraph, as asem-bot's search
    /// returns: the like-for-like workload for the benchmarks.
    pub fn search_with_snippets(
        &self,
        query: &str,
        limit: usize,
    ) -> rusqlite::Result<Vec<(usize, u32, String)>> {
        let Some(expression) = match_expression(query) else {
            return Ok(Vec::new());
        };
        let mut statement = self.connection.prepare_cached(
            "SELECT document, number, snippet(paragraphs, 0, '**', '**', '…', 32)
             FROM paragraphs WHERE paragraphs MATCH ?1 ORDER BY bm25(paragraphs) LIMIT ?2",
        )?;
        let rows = statement.query_map(params![expression, limit as i64], |row| {
            Ok((
                row.get::<_, i64>(0)? as usize,
                row.get::<_, u32>(1)?,
                row.get::<_, String>(2)?,
            ))
        })?;
        rows.collect()
    }
}

/// The query's words, quoted and OR-ed, or None when it has none.
fn match_expression(query: &str) -> Option<String> {
    let words = super::query_words(query);
    (!words.is_empty()).then(|| {
        words
            .iter()
            .map(|w| format!("\"{w}\""))
            .collect::<Vec<_>>()
            .join(" OR ")
    })
}
