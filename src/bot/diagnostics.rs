//! What the running bot can say about itself: the `asem-bot check` report and its memory.

use super::memory::peak_memory_bytes;
use super::store::Store;

/// One paragraph of what was loaded, for `asem-bot check`.
pub fn summary(store: &Store) -> String {
    let loaded = store.current();
    let index = &loaded.index;
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
        loaded.load_time.as_secs_f64() * 1000.0,
        index.paragraph_count(),
        index.build_time().as_secs_f64() * 1000.0
    ));
    let paragraphs = || corpus.documents.iter().flat_map(|d| &d.paragraphs);
    let questions: usize = paragraphs().map(|p| p.questions.len()).sum();
    let searches: usize = paragraphs().map(|p| p.searches.len()).sum();
    let meaning = match (index.semantic(), store.has_encoder()) {
        (Some(semantic), _) => format!("{} units embedded", semantic.unit_count()),
        (None, true) => "being embedded in the background".to_string(),
        (None, false) => "off (ASEM_MODEL_DIR=off)".to_string(),
    };
    lines.push(format!(
        "question bank: {questions} questions, {searches} searches; matching by meaning: {meaning}"
    ));
    if let Some(peak) = peak_memory_bytes() {
        lines.push(format!(
            "peak memory: {:.1} MB",
            peak as f64 / (1024.0 * 1024.0)
        ));
    }
    lines.join("\n")
}
