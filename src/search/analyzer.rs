//! The text analyzer of the index and of queries: tantivy's word splitting, then the bot's own
//! folding ([`crate::text::fold`], so the index and what is displayed agree on "ø", "ł", "ệ"), then
//! English stemming.

use crate::text::{fold, words};
use tantivy::tokenizer::{
    Language, RemoveLongFilter, SimpleTokenizer, Stemmer, TextAnalyzer, Token, TokenFilter,
    TokenStream, Tokenizer,
};

/// The analyzer of the index and of queries: words, lower case, folded, English stemming.
pub fn analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(Fold)
        .filter(Stemmer::new(Language::English))
        .build()
}

/// The analyzer without its stemmer: words, lower case, folded.
pub fn plain_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(Fold)
        .build()
}

/// The stems of `text`, in order.
pub fn stems(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

/// Folded form used to compare a query with labels and names.
pub fn normalize(text: &str) -> String {
    words(&fold(text)).join(" ")
}

/// Lower-cases and folds each token with [`fold`].
#[derive(Clone, Copy)]
struct Fold;

impl TokenFilter for Fold {
    type Tokenizer<T: Tokenizer> = FoldTokenizer<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> FoldTokenizer<T> {
        FoldTokenizer(tokenizer)
    }
}

#[derive(Clone)]
struct FoldTokenizer<T>(T);

impl<T: Tokenizer> Tokenizer for FoldTokenizer<T> {
    type TokenStream<'a> = FoldStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        FoldStream(self.0.token_stream(text))
    }
}

struct FoldStream<S>(S);

impl<S: TokenStream> TokenStream for FoldStream<S> {
    fn advance(&mut self) -> bool {
        if !self.0.advance() {
            return false;
        }
        let token = self.0.token_mut();
        // Most tokens are plain ASCII lower case already: fold only what needs it.
        if !token
            .text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        {
            token.text = fold(&token.text);
        }
        true
    }

    fn token(&self) -> &Token {
        self.0.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.0.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_folds_as_the_display_does() {
        let mut analyzer = plain_analyzer();
        assert_eq!(
            stems(&mut analyzer, "Łódź Ørsted Đà-Nẵng ÉCOLE"),
            vec!["lodz", "orsted", "da", "nang", "ecole"]
        );
        assert_eq!(normalize("Đà Nẵng"), "da nang");
    }
}
