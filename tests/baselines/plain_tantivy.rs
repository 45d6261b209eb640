//! tantivy with the stock `en_stem` tokenizer on one text field, queried through its `QueryParser`
//! (any word matching): what tantivy gives before any of asem-bot's analysis or ranking.

use asem_bot::corpus::Corpus;
use tantivy::collector::TopDocs;
use tantivy::query::QueryParser;
use tantivy::schema::{Field, Schema, Value, STORED};
use tantivy::{Index, IndexReader, TantivyDocument};

pub struct PlainTantivy {
    reader: IndexReader,
    parser: QueryParser,
    document: Field,
    number: Field,
}

impl PlainTantivy {
    pub fn build(corpus: &Corpus) -> tantivy::Result<PlainTantivy> {
        let mut schema = Schema::builder();
        let text_options = tantivy::schema::TextOptions::default().set_indexing_options(
            tantivy::schema::TextFieldIndexing::default()
                .set_tokenizer("en_stem")
                .set_index_option(tantivy::schema::IndexRecordOption::WithFreqsAndPositions),
        );
        let text = schema.add_text_field("text", text_options);
        let document = schema.add_u64_field("document", STORED);
        let number = schema.add_u64_field("number", STORED);
        let index = Index::create_in_ram(schema.build());
        let mut writer = index.writer_with_num_threads(1, 50_000_000)?;
        for (d, doc) in corpus.documents.iter().enumerate() {
            for paragraph in &doc.paragraphs {
                let mut row = TantivyDocument::default();
                row.add_text(text, &paragraph.text);
                row.add_u64(document, d as u64);
                row.add_u64(number, u64::from(paragraph.number));
                writer.add_document(row)?;
            }
        }
        writer.commit()?;
        let reader = index.reader()?;
        let parser = QueryParser::for_index(&index, vec![text]);
        Ok(PlainTantivy {
            reader,
            parser,
            document,
            number,
        })
    }

    /// The best paragraphs as (document index, paragraph number).
    pub fn search(&self, query: &str, limit: usize) -> tantivy::Result<Vec<(usize, u32)>> {
        let words = super::query_words(query);
        if words.is_empty() {
            return Ok(Vec::new());
        }
        let query = self.parser.parse_query(&words.join(" "))?;
        let searcher = self.reader.searcher();
        let top = searcher.search(&query, &TopDocs::with_limit(limit).order_by_score())?;
        top.into_iter()
            .map(|(_, address)| {
                let stored: TantivyDocument = searcher.doc(address)?;
                let field = |f: Field| stored.get_first(f).and_then(|v| v.as_u64()).unwrap_or(0);
                Ok((field(self.document) as usize, field(self.number) as u32))
            })
            .collect()
    }
}
