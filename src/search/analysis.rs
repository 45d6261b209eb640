//! Turning what a user typed into what the index is asked: words folded and stemmed, question words
//! dropped, typos corrected against the corpus vocabulary, and synonyms and acronyms expanded.
//! User text is never parsed as query syntax: quotes, colons and operators are just punctuation here.

use super::analyzer::{analyzer, plain_analyzer, stems};
use super::spelling::Speller;
use super::stop_words::StopWords;
use crate::text::{for_each_word, words};
use std::borrow::Cow;
use std::collections::HashMap;
use tantivy::tokenizer::TextAnalyzer;

/// One alternative way a concept can appear in a paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct Variant {
    /// One stem for a word, several for a phrase.
    pub stems: Vec<String>,
    /// How much a match of this variant counts, against 1.0 for the user's own word.
    pub weight: f32,
}

/// Something the user asked about: one of their words (or phrases) with its alternatives.
#[derive(Debug, Clone, PartialEq)]
pub struct Concept {
    /// The user's words, as typed (folded).
    pub words: String,
    pub variants: Vec<Variant>,
}

/// A query after analysis.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AnalyzedQuery {
    pub concepts: Vec<Concept>,
    /// Corrections made, as (typed, corrected), to tell the user.
    pub corrections: Vec<(String, String)>,
    /// Real English words of the query that neither the corpus nor its question bank uses
    /// ("kindergartens", "salaries"): the question is about something the text does not cover,
    /// unless the meaning of a paragraph is plainly the same.
    pub unfamiliar: Vec<String>,
}

impl AnalyzedQuery {
    /// The concepts' words, space-separated: a compact restatement of the query.
    pub fn compact(&self) -> String {
        self.concepts
            .iter()
            .map(|c| c.words.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// The ranking techniques, each of which can be switched off to measure what it adds (the
/// relevance evaluation does, leave-one-out). The bot always runs with all of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Techniques {
    /// Drop words that carry no topic in a question ("what did the ministers say about…").
    pub question_words: bool,
    /// Expand words and phrases through the synonym and acronym table.
    pub synonyms: bool,
    /// Correct misspelt words to corpus words before searching.
    pub typo_correction: bool,
    /// Match words the stemmer leaves apart by their shared beginning.
    pub word_families: bool,
    /// Search a hyphenated word as a phrase.
    pub compound_phrases: bool,
    /// Match the section headings too, boosted below the text.
    pub headings: bool,
    /// Reward query words standing near each other in the text.
    pub proximity: bool,
    /// Count each concept once, by its best form (else every synonym found adds up).
    pub best_form_only: bool,
    /// Leave out hits that match under half of the query's weight.
    pub relevance_floor: bool,
    /// Search the question bank (questions people ask, per paragraph) beside the text.
    pub question_bank: bool,
    /// Match by meaning with the sentence encoder, fused with the word rankings.
    pub semantic: bool,
    /// Ask more of the meaning when the question uses a real word the corpus and its question
    /// bank never use.
    pub unfamiliar_words: bool,
}

impl Techniques {
    pub const ALL: Techniques = Techniques {
        question_words: true,
        synonyms: true,
        typo_correction: true,
        word_families: true,
        compound_phrases: true,
        headings: true,
        proximity: true,
        best_form_only: true,
        relevance_floor: true,
        question_bank: true,
        semantic: true,
        unfamiliar_words: true,
    };
}

impl Default for Techniques {
    fn default() -> Techniques {
        Techniques::ALL
    }
}

/// Weight of a synonym against the word the user typed.
const SYNONYM_WEIGHT: f32 = 0.6;
/// Weight of a typo correction: below the exact word, well above a synonym.
const CORRECTION_WEIGHT: f32 = 0.9;
/// The shortest word read as a slip of a word the text lacks ("entrepeneurship") or of a question
/// word ("anywere").
pub(super) const SLIP_MIN_LENGTH: usize = 6;
/// Weight of a word of the same family found by its beginning ("entrepreneurship" for
/// "entrepreneurial"): surer than a synonym, less than a typo.
const RELATIVE_WEIGHT: f32 = 0.7;
/// Letters two stems must share at their beginning to count as one family.
const MIN_FAMILY_PREFIX: usize = 5;

/// What query analysis needs from the corpus: its vocabulary and its synonym table, both stemmed.
pub struct Lexicon {
    analyzer: TextAnalyzer,
    /// Stems the index knows.
    known_stems: HashMap<String, u32>,
    /// Each synonym group as the stem sequences of its members.
    synonym_groups: Vec<Vec<Vec<String>>>,
    speller: Speller,
    stop_words: StopWords,
    /// The stem of every token of the corpus, for [`Lexicon::token_stem`].
    token_stems: HashMap<String, String>,
    /// Stems of the words people use in the question bank, beside the corpus's own.
    bank_stems: std::collections::HashSet<String>,
    /// The bank's own words (those the corpus lacks), for slips of them ("entrepeneurship").
    bank_speller: Option<Speller>,
}

impl Lexicon {
    pub fn new<'a>(
        texts: impl Iterator<Item = &'a str>,
        synonyms: &[Vec<String>],
        stop_words: &[String],
    ) -> Lexicon {
        let mut analyzer = analyzer();
        let mut vocabulary: HashMap<String, u32> = HashMap::new();
        for text in texts {
            for_each_word(text, |word| match vocabulary.get_mut(word) {
                Some(count) => *count += 1,
                None => {
                    vocabulary.insert(word.to_string(), 1);
                }
            });
        }
        // Stem each distinct token once, into the table snippets look stems up in: a large corpus
        // repeats a small vocabulary millions of times.
        let mut plain = plain_analyzer();
        let mut token_stems: HashMap<String, String> = HashMap::new();
        let mut stem_tokens = |word: &str, analyzer: &mut TextAnalyzer| -> Vec<String> {
            let mut out = Vec::new();
            let mut stream = plain.token_stream(word);
            while stream.advance() {
                let token = &stream.token().text;
                let stem = match token_stems.get(token) {
                    Some(stem) => stem.clone(),
                    None => match stems(analyzer, token).pop() {
                        Some(stem) => {
                            token_stems.insert(token.clone(), stem.clone());
                            stem
                        }
                        None => continue,
                    },
                };
                out.push(stem);
            }
            out
        };
        let mut known_stems: HashMap<String, u32> = HashMap::new();
        for (word, count) in &vocabulary {
            for stem in stem_tokens(word, &mut analyzer) {
                *known_stems.entry(stem).or_default() += count;
            }
        }
        let synonym_groups: Vec<Vec<Vec<String>>> = synonyms
            .iter()
            .map(|group| {
                group
                    .iter()
                    .map(|member| stems(&mut analyzer, member))
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .collect();
        // Synonyms are words users may type: they must not be "corrected" into corpus words.
        for group in synonyms {
            for member in group {
                for word in words(member) {
                    if let std::collections::hash_map::Entry::Vacant(slot) = vocabulary.entry(word)
                    {
                        stem_tokens(slot.key(), &mut analyzer);
                        slot.insert(1);
                    }
                }
            }
        }
        let speller = Speller::new(&vocabulary);
        Lexicon {
            analyzer,
            known_stems,
            synonym_groups,
            speller,
            stop_words: StopWords::new(stop_words),
            token_stems,
            bank_stems: Default::default(),
            bank_speller: None,
        }
    }

    /// The stem of one lower-cased word as the index has it: looked up for the corpus's own words,
    /// else stemmed.
    pub fn token_stem(&self, lowered: &str) -> Option<Cow<'_, str>> {
        match self.token_stems.get(lowered) {
            Some(stem) => Some(Cow::Borrowed(stem.as_str())),
            None => self.stems(lowered).pop().map(Cow::Owned),
        }
    }

    /// Learns the words of the question bank (questions in the words people use), so that a word
    /// only they use is not taken for a topic the corpus lacks.
    pub fn with_bank<'a>(mut self, questions: impl Iterator<Item = &'a str>) -> Lexicon {
        let mut analyzer = self.analyzer.clone();
        let mut bank_words: HashMap<String, u32> = HashMap::new();
        for question in questions {
            for stem in stems(&mut analyzer, question) {
                if !self.known_stems.contains_key(&stem) {
                    self.bank_stems.insert(stem);
                }
            }
            for word in words(question) {
                if !self.speller.has(&word) {
                    *bank_words.entry(word).or_default() += 1;
                }
            }
        }
        self.bank_speller = Some(Speller::new(&bank_words));
        self
    }

    /// The words that carry no topic, for this corpus.
    pub fn stop_words(&self) -> &StopWords {
        &self.stop_words
    }

    pub fn knows_stem(&self, stem: &str) -> bool {
        self.known_stems.contains_key(stem)
    }

    pub fn stems(&self, text: &str) -> Vec<String> {
        stems(&mut self.analyzer.clone(), text)
    }

    /// Analyzes a query into concepts.
    pub fn analyze(&self, query: &str) -> AnalyzedQuery {
        self.analyze_with(query, &Techniques::default())
    }

    /// Analyzes a query with only some techniques on (to measure what each adds).
    pub fn analyze_with(&self, query: &str, techniques: &Techniques) -> AnalyzedQuery {
        let mut analyzer = self.analyzer.clone();
        // One token per stem, remembering the word it came from.
        struct Token {
            /// Which word of the query the stem came from.
            word_index: usize,
            word: String,
            stem: String,
            question_word: bool,
        }
        let mut tokens: Vec<Token> = Vec::new();
        let mut question_word_slips = Vec::new();
        for (word_index, word) in words(query).into_iter().enumerate() {
            // "is religion mentioned anywere?": a slip of a question word asks with it.
            let slip = Some(&word)
                .filter(|word| {
                    techniques.question_words
                        && techniques.typo_correction
                        && !self.stop_words.contains(word)
                        && !self.speller.has(word)
                        && !self.uses(word)
                })
                .and_then(|word| self.stop_words.slip_of_one(word));
            let question_word =
                techniques.question_words && (self.stop_words.contains(&word) || slip.is_some());
            if let Some(fixed) = slip {
                question_word_slips.push((word.clone(), fixed));
            }
            for stem in stems(&mut analyzer, &word) {
                tokens.push(Token {
                    word_index,
                    word: word.clone(),
                    stem,
                    question_word,
                });
            }
        }
        let mut covered = vec![false; tokens.len()];
        let mut concepts: Vec<(usize, Concept)> = Vec::new();

        // Synonym phrases first, longest first, so "online courses" wins over "online".
        let groups = if techniques.synonyms {
            &self.synonym_groups[..]
        } else {
            &[]
        };
        let mut members: Vec<(usize, &Vec<String>)> = groups
            .iter()
            .enumerate()
            .flat_map(|(g, group)| group.iter().map(move |m| (g, m)))
            .collect();
        members.sort_by_key(|(_, m)| std::cmp::Reverse(m.len()));
        for (group, member) in members {
            let n = member.len();
            if n == 0 || n > tokens.len() {
                continue;
            }
            for start in 0..=tokens.len() - n {
                if covered[start..start + n].iter().any(|c| *c) {
                    continue;
                }
                let matches = tokens[start..start + n]
                    .iter()
                    .zip(member)
                    .all(|(t, s)| &t.stem == s);
                // A lone question word ("work", "will") is not enough to pull in a synonym group.
                if !matches || (n == 1 && tokens[start].question_word) {
                    continue;
                }
                covered[start..start + n].iter_mut().for_each(|c| *c = true);
                let mut variants = vec![Variant {
                    stems: member.clone(),
                    weight: 1.0,
                }];
                for other in &self.synonym_groups[group] {
                    if other != member && !variants.iter().any(|v| &v.stems == other) {
                        variants.push(Variant {
                            stems: other.clone(),
                            weight: SYNONYM_WEIGHT,
                        });
                    }
                }
                let phrase: Vec<&str> = dedup_words(&tokens[start..start + n], |t| &t.word);
                concepts.push((
                    start,
                    Concept {
                        words: phrase.join(" "),
                        variants,
                    },
                ));
            }
        }

        let mut corrections = question_word_slips;
        let mut unfamiliar = Vec::new();
        let content: Vec<usize> = (0..tokens.len())
            .filter(|&i| !covered[i] && !tokens[i].question_word)
            .collect();
        // When a question is only question words ("what is asem"), search for them all the same.
        let chosen: Vec<usize> = if content.is_empty() && concepts.is_empty() {
            (0..tokens.len()).collect()
        } else {
            content
        };
        for &i in &chosen {
            let token = &tokens[i];
            // A hyphenated word ("people-to-people", "capacity-building") is one concept: its
            // parts as a phrase, not each part on its own ("to" would match everywhere).
            let parts: Vec<usize> = chosen
                .iter()
                .copied()
                .filter(|&j| tokens[j].word_index == token.word_index)
                .collect();
            if parts.len() > 1 && techniques.compound_phrases {
                if parts[0] == i {
                    let mut variants = vec![Variant {
                        stems: parts.iter().map(|&j| tokens[j].stem.clone()).collect(),
                        weight: 1.0,
                    }];
                    if techniques.typo_correction
                        && parts.iter().any(|&j| !self.knows_stem(&tokens[j].stem))
                        && !super::english::is_word(&token.word)
                    {
                        if let Some(fixed) = self.correct(&token.word) {
                            corrections.push((token.word.clone(), fixed.clone()));
                            variants.push(Variant {
                                stems: stems(&mut analyzer, &fixed),
                                weight: CORRECTION_WEIGHT,
                            });
                        }
                    }
                    concepts.push((
                        i,
                        Concept {
                            words: token.word.clone(),
                            variants,
                        },
                    ));
                }
                continue;
            }
            if concepts
                .iter()
                .any(|(_, c)| c.variants.len() == 1 && c.variants[0].stems == [token.stem.clone()])
            {
                continue; // the same word twice adds nothing
            }
            let mut variants = vec![Variant {
                stems: vec![token.stem.clone()],
                weight: 1.0,
            }];
            if !self.knows_stem(&token.stem) {
                // A real English word is what the user meant, even if the declaration lacks it.
                // A slip of an English word that beats the corpus's correction is kept for below.
                let mut slip = None;
                let fixed = Some(&token.word)
                    .filter(|word| techniques.typo_correction && !super::english::is_word(word))
                    .and_then(|word| self.correct(word).map(|fixed| (word, fixed)))
                    .filter(|(word, fixed)| {
                        slip = techniques
                            .word_families
                            .then(|| self.slip_of_english(word, fixed))
                            .flatten();
                        slip.is_none()
                    })
                    .map(|(_, fixed)| (stems(&mut analyzer, &fixed), fixed))
                    .filter(|(fixed_stems, _)| !fixed_stems.is_empty());
                if let Some((fixed_stems, fixed)) = fixed {
                    corrections.push((token.word.clone(), fixed));
                    variants.push(Variant {
                        stems: fixed_stems,
                        weight: CORRECTION_WEIGHT,
                    });
                } else if let Some(relative) = Some(&token.stem)
                    .filter(|_| techniques.word_families)
                    .and_then(|stem| self.relative(stem))
                    .or_else(|| {
                        Some(&token.word)
                            .filter(|_| techniques.word_families)
                            .and_then(|word| self.negated(word))
                    })
                {
                    variants.push(Variant {
                        stems: vec![relative],
                        weight: RELATIVE_WEIGHT,
                    });
                } else if let Some((fixed_stems, fixed)) = slip.or_else(|| {
                    Some(&token.word)
                        .filter(|_| techniques.typo_correction && techniques.word_families)
                        .and_then(|word| self.english_slip(word))
                }) {
                    // "entrepeneurship": a slip of an English word the bank uses, or one of the
                    // same family as a word of the text. "relgion" is both: the bank's
                    // "religion" and the text's "inter-religious".
                    let text_relative = fixed_stems
                        .first()
                        .filter(|stem| !self.knows_stem(stem))
                        .and_then(|stem| self.relative(stem));
                    corrections.push((token.word.clone(), fixed));
                    variants.push(Variant {
                        stems: fixed_stems,
                        weight: CORRECTION_WEIGHT,
                    });
                    if let Some(relative) = text_relative {
                        variants.push(Variant {
                            stems: vec![relative],
                            weight: CORRECTION_WEIGHT.min(RELATIVE_WEIGHT),
                        });
                    }
                } else if techniques.unfamiliar_words && !self.bank_stems.contains(&token.stem) {
                    // A real word, or a name no typo correction reaches ("PISA", "Germany").
                    unfamiliar.push(token.word.clone());
                }
            }
            concepts.push((
                i,
                Concept {
                    words: token.word.clone(),
                    variants,
                },
            ));
        }
        concepts.sort_by_key(|(start, _)| *start);
        corrections.dedup();
        AnalyzedQuery {
            concepts: concepts.into_iter().map(|(_, c)| c).collect(),
            corrections,
            unfamiliar,
        }
    }

    /// The stems a misspelt word stands for, with the word: the closest word of the bank, or else
    /// the English word closest to it when the bank uses it or the text has a word of its family.
    fn english_slip(&self, word: &str) -> Option<(Vec<String>, String)> {
        // One slip in a long word: a short word, or one two edits away, is as likely another
        // word or another language ("fand", "dritte", "siloed"). A word one letter shorter is
        // read only as the commonest slip of all, a dropped letter ("degre" of "degree").
        let length = word.chars().count();
        if length + 1 < SLIP_MIN_LENGTH || super::english::is_word(word) {
            return None;
        }
        let fixed = self
            .bank_speller
            .as_ref()
            .and_then(|bank| bank.correct_by_one(word))
            .or_else(|| super::english::closest(word))
            .filter(|fixed| length >= SLIP_MIN_LENGTH || drops_a_letter_of(word, fixed))?;
        let fixed_stems = self.stems(&fixed);
        let stem = fixed_stems.first()?;
        if fixed_stems.len() != 1 {
            return None;
        }
        if self.bank_stems.contains(stem) {
            return Some((fixed_stems, fixed));
        }
        let relative = self.relative(stem)?;
        Some((vec![relative], fixed))
    }

    /// A stem of the corpus from the same word family as one it lacks, which the stemmer did not
    /// bring together ("entrepreneurship" and "entrepreneurial", "religions" and "inter-religious"):
    /// the known stem sharing the longest beginning with it, when that beginning is at least
    /// [`MIN_FAMILY_PREFIX`] letters and all of the shorter stem but for one letter.
    pub fn relative(&self, stem: &str) -> Option<String> {
        let stem: Vec<char> = stem.chars().collect();
        if stem.len() < MIN_FAMILY_PREFIX || stem.iter().any(|c| c.is_ascii_digit()) {
            return None;
        }
        let mut best: Option<(usize, u32, &str)> = None;
        for (known, &count) in &self.known_stems {
            let length = known.chars().count();
            let shared = known
                .chars()
                .zip(&stem)
                .take_while(|(a, b)| a == *b)
                .count();
            if shared < MIN_FAMILY_PREFIX || shared + 1 < length.min(stem.len()) {
                continue;
            }
            let better = match best {
                None => true,
                Some((s, c, k)) => {
                    (shared, count, std::cmp::Reverse(known.as_str()))
                        > (s, c, std::cmp::Reverse(k))
                }
            };
            if better {
                best = Some((shared, count, known));
            }
        }
        best.map(|(_, _, known)| known.to_string())
    }

    /// The stem of the corpus a negated word denies ("disagreement" of "agree", "unemployment"
    /// of "employment"): a question about the one is about the other's topic.
    fn negated(&self, word: &str) -> Option<String> {
        let rest = ["dis", "un", "non-", "non"]
            .iter()
            .find_map(|prefix| word.strip_prefix(prefix))
            .filter(|rest| rest.chars().count() >= 5 && super::english::is_word(rest))?;
        // "agreement" is of the family of "agree", which the stemmer keeps apart.
        let bare = ["ment", "ness"]
            .iter()
            .find_map(|suffix| rest.strip_suffix(suffix))
            .filter(|bare| bare.chars().count() >= 4);
        std::iter::once(rest).chain(bare).find_map(|word| {
            let stems = self.stems(word);
            let [stem] = stems.as_slice() else {
                return None;
            };
            if self.knows_stem(stem) {
                return Some(stem.clone());
            }
            self.relative(stem)
        })
    }

    /// The corpus word closest to a misspelt one; see [`Speller::correct`].
    pub fn correct(&self, word: &str) -> Option<String> {
        self.speller.correct(word)
    }

    /// The slip of an English word that `word` is, when it is two edits from the corpus's closest
    /// word `corrected` and one from an English word the bank uses or the text has a word of the
    /// family of ("relgion" is "religion", of the text's "inter-religious", not "regions"): the
    /// English word's stems and the word.
    fn slip_of_english(&self, word: &str, corrected: &str) -> Option<(Vec<String>, String)> {
        if self.speller.correct_by_one(word).is_some() {
            return None;
        }
        // "whereis": the bank's "wheres" and the corpus's "where" are one word.
        let corrected = self.stems(corrected);
        self.english_slip(word)
            .filter(|(stems, _)| *stems != corrected)
    }

    /// Whether the corpus (or its synonym table) has `word`, folded, as it stands.
    pub fn has_word(&self, word: &str) -> bool {
        self.speller.has(word)
    }

    /// Whether the corpus or its question bank uses `word` (or a word of its stem).
    pub fn uses(&self, word: &str) -> bool {
        self.stems(word)
            .iter()
            .any(|stem| self.knows_stem(stem) || self.bank_stems.contains(stem))
    }
}

/// Whether `typed` is `word` with one letter left out.
fn drops_a_letter_of(typed: &str, word: &str) -> bool {
    let (typed, word): (Vec<char>, Vec<char>) = (typed.chars().collect(), word.chars().collect());
    let mut rest = word.iter();
    word.len() == typed.len() + 1 && typed.iter().all(|c| rest.any(|l| l == c))
}

fn dedup_words<T>(tokens: &[T], word: impl Fn(&T) -> &String) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for token in tokens {
        let w = word(token).as_str();
        if out.last() != Some(&w) {
            out.push(w);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> Lexicon {
        Lexicon::new(
            [
                "Promotion of mobility between Asia and Europe",
                "Massive Open Online Courses (MOOCs) can increase access",
            ]
            .into_iter(),
            &[vec!["MOOCs".into(), "online courses".into()]],
            &["ministers".into()],
        )
    }

    #[test]
    fn question_words_drop_and_synonyms_expand() {
        let query = lexicon().analyze("What did ministers say about online courses?");
        assert_eq!(query.concepts.len(), 1, "{query:?}");
        assert_eq!(query.concepts[0].words, "online courses");
        assert!(query.concepts[0]
            .variants
            .iter()
            .any(|v| v.stems == ["mooc"]));
    }

    #[test]
    fn typos_are_corrected_to_corpus_words() {
        let query = lexicon().analyze("mobilty");
        assert_eq!(
            query.corrections,
            vec![("mobilty".to_string(), "mobility".to_string())]
        );
    }

    #[test]
    fn slips_of_the_banks_words_are_corrected_and_other_words_are_not() {
        let lexicon = lexicon().with_bank(
            [
                "Should universities teach entrepreneurship?",
                "Is youth unemployment a worry?",
            ]
            .into_iter(),
        );
        let query = lexicon.analyze("entrepeneurship and youth unemployemnt");
        assert_eq!(
            query.corrections,
            vec![
                (
                    "entrepeneurship".to_string(),
                    "entrepreneurship".to_string()
                ),
                ("unemployemnt".to_string(), "unemployment".to_string())
            ]
        );
        assert!(query.unfamiliar.is_empty(), "{query:?}");
        // A real word, a short one, or one two slips away, is left as typed.
        for typed in ["entrepreneurs", "dritte", "entrepenership"] {
            let query = lexicon.analyze(typed);
            assert!(query.corrections.is_empty(), "{typed}: {query:?}");
        }
    }

    #[test]
    fn a_negated_word_is_of_its_positive_words_topic_and_an_english_slip_beats_a_far_corpus_word() {
        let lexicon = Lexicon::new(
            [
                "We agree to strengthen inter-religious understanding",
                "Regions of Asia and Europe",
            ]
            .into_iter(),
            &[],
            &[],
        )
        .with_bank(["Does it mention religion?", "Is my degree recognised?"].into_iter());
        let query = lexicon.analyze("is there disagreement");
        assert!(query.unfamiliar.is_empty(), "{query:?}");
        assert!(query.concepts[0]
            .variants
            .iter()
            .any(|v| v.stems == ["agre"]));
        // "relgion" is one slip from the bank's "religion", two from the text's "regions".
        let query = lexicon.analyze("relgion");
        assert_eq!(
            query.corrections,
            vec![("relgion".to_string(), "religion".to_string())]
        );
        // A word one letter shorter than a slip's least length is read only as a dropped letter.
        let query = lexicon.analyze("degre recognition");
        assert_eq!(
            query.corrections,
            vec![("degre".to_string(), "degree".to_string())]
        );
    }

    #[test]
    fn a_slip_of_a_question_word_carries_no_topic() {
        let query = lexicon().analyze("mobility mentioned anywere?");
        let words: Vec<&str> = query.concepts.iter().map(|c| c.words.as_str()).collect();
        assert_eq!(words, vec!["mobility"]);
        assert!(query.unfamiliar.is_empty(), "{query:?}");
        assert_eq!(
            query.corrections,
            vec![("anywere".to_string(), "anywhere".to_string())]
        );
    }

    #[test]
    fn query_syntax_is_just_text() {
        let query = lexicon().analyze("\"mobility AND (asia: +europe) -x");
        let words: Vec<&str> = query.concepts.iter().map(|c| c.words.as_str()).collect();
        assert_eq!(words, vec!["mobility", "asia", "europe", "x"]);
    }
}
