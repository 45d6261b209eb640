//! Questions in other languages: told apart from English by their script or their words, matched
//! against every language's question bank by character n-grams (Chinese, Japanese and Thai need no
//! word segmentation that way, and Korean particles or German endings only cost a gram or two),
//! and carried into the declaration's own English words through each language's concepts.

use crate::corpus::Corpus;
use crate::text::fold;
use std::collections::{HashMap, HashSet};
use unicode_normalization::char::is_combining_mark;

/// How a question in another language is matched: the weights of its two rankings and the floor
/// of the bank's.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Blend {
    /// A bank question's share in a paragraph's score after the best one: agreement among
    /// several questions breaks ties between paragraphs whose best questions are alike.
    pub second: f32,
    /// Reciprocal-rank weights of the bank's ranking and of the ranking of the declaration's
    /// English words for the concepts the question names.
    pub bank: f32,
    pub english: f32,
    /// How close (cosine of n-gram weights) a bank question must be for its paragraph to count
    /// as found by the bank.
    pub floor: f32,
    /// Concepts found by the starts of their words too, not only as written.
    pub loose: bool,
    /// A concept whose English words stand in more than this share of the paragraphs says
    /// nothing about which one is asked for ("ASEM", "education ministers"): it is not searched.
    pub generic: f32,
}

/// How many letters of a word a loose match compares: most of it, at least five (a crude stem:
/// "mobil" of "mobilité", "etudia" of "étudiants"), so "entre" is not "entrepreneuriat".
fn stem_chars(word: &str) -> usize {
    let length = word.chars().count();
    (length * 7).div_ceil(10).max(5)
}

impl Default for Blend {
    fn default() -> Blend {
        // Chosen on eval/languages-tuning.toml (`languages::sweep`): real questions find bank
        // questions close to them, so the bank leads; the concepts' English ranking breaks ties
        // and brings paragraphs the bank misses into the first three.
        Blend {
            second: 0.5,
            bank: 1.0,
            english: 0.25,
            floor: 0.2,
            loose: true,
            generic: 0.5,
        }
    }
}

/// Scripts written without spaces between words, or whose syllables carry the meaning: matched by
/// pairs of characters.
fn unsegmented(ch: char) -> bool {
    matches!(ch,
        '\u{3040}'..='\u{30FF}'   // Hiragana, Katakana
        | '\u{31F0}'..='\u{31FF}'
        | '\u{3400}'..='\u{4DBF}' // CJK
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FF66}'..='\u{FF9F}'
        | '\u{1100}'..='\u{11FF}' // Hangul
        | '\u{3130}'..='\u{318F}'
        | '\u{AC00}'..='\u{D7AF}'
        | '\u{0E00}'..='\u{0E7F}' // Thai
    )
}

fn latin(ch: char) -> bool {
    ch.is_ascii_alphabetic() || matches!(ch, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}')
}

/// A letter of a word: letters, digits and the marks that vowels and tones of Devanagari and Thai
/// are written with.
fn word_char(ch: char) -> bool {
    ch.is_alphanumeric() || is_combining_mark(ch)
}

/// The grams of a text: pairs of characters in unsegmented scripts, and for words of other scripts
/// the word itself and its character trigrams with the word's edges marked.
pub fn grams(text: &str) -> Vec<String> {
    let folded = fold(text);
    let mut out = Vec::new();
    let mut run: Vec<char> = Vec::new();
    let flush = |run: &mut Vec<char>, out: &mut Vec<String>| {
        if run.is_empty() {
            return;
        }
        if unsegmented(run[0]) {
            if run.len() == 1 {
                out.push(run[0].to_string());
            }
            for pair in run.windows(2) {
                out.push(pair.iter().collect());
            }
        } else {
            let word: String = run.iter().collect();
            out.push(word);
            let marked: Vec<char> = std::iter::once('^')
                .chain(run.iter().copied())
                .chain(std::iter::once('$'))
                .collect();
            for tri in marked.windows(3) {
                out.push(tri.iter().collect());
            }
        }
        run.clear();
    };
    for ch in folded.chars() {
        let joins = word_char(ch)
            && run
                .last()
                .is_none_or(|last| unsegmented(*last) == unsegmented(ch) || is_combining_mark(ch));
        if joins {
            run.push(ch);
        } else {
            flush(&mut run, &mut out);
            if word_char(ch) {
                run.push(ch);
            }
        }
    }
    flush(&mut run, &mut out);
    out
}

/// A sparse vector of gram weights, normalised to length 1.
type Vector = Vec<(u32, f32)>;

/// One concept's way of writing, folded, with the English words it stands for.
struct Form {
    folded: String,
    /// Matched anywhere (unsegmented scripts), else only where a word starts.
    anywhere: bool,
    english: String,
}

/// The other languages' question banks and concepts, ready to match.
#[derive(Default)]
pub struct Languages {
    grams: HashMap<String, u32>,
    idf: Vec<f32>,
    /// For each gram, the bank questions that have it, with its weight there.
    postings: Vec<Vec<(u32, f32)>>,
    /// The paragraph each bank question answers.
    owners: Vec<u32>,
    /// Longest first, so "credit transfer" wins over "credit".
    forms: Vec<Form>,
    /// Words of the Latin-script banks that the declaration and its English bank do not use, to
    /// tell those languages apart.
    foreign_words: HashSet<String>,
    /// Words of the declaration and its English bank.
    english_words: HashSet<String>,
    /// The share of the primary document's paragraphs each concept's English words stand in.
    spread: HashMap<String, f32>,
}

/// A question understood as written in another language.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ForeignQuery {
    /// Paragraphs by their closest bank questions, best first, with the score.
    pub bank: Vec<(u32, f32)>,
    /// The declaration's English words for the concepts the question names.
    pub english: Vec<String>,
}

impl Languages {
    pub fn new(corpus: &Corpus) -> Languages {
        let mut languages = Languages::default();
        let mut counted: Vec<HashMap<u32, f32>> = Vec::new();
        for bank in &corpus.languages {
            for (paragraph, question) in &bank.questions {
                let mut counts: HashMap<u32, f32> = HashMap::new();
                for gram in grams(question) {
                    let next = languages.grams.len() as u32;
                    let id = *languages.grams.entry(gram).or_insert(next);
                    *counts.entry(id).or_default() += 1.0;
                }
                counted.push(counts);
                languages.owners.push(*paragraph);
            }
            for concept in &bank.concepts {
                for native in &concept.native {
                    let folded = fold(native);
                    let anywhere = folded.chars().any(unsegmented);
                    languages.forms.push(Form {
                        folded,
                        anywhere,
                        english: concept.english.clone(),
                    });
                }
            }
        }
        if let Some(primary) = corpus.documents.first() {
            let texts: Vec<String> = primary
                .paragraphs
                .iter()
                .map(|p| fold(&super::indexed_text(primary, p)))
                .collect();
            for form in &languages.forms {
                let english = fold(&form.english);
                let standing = texts.iter().filter(|t| t.contains(&english)).count();
                let share = standing as f32 / texts.len().max(1) as f32;
                languages.spread.insert(form.english.clone(), share);
            }
            for paragraph in &primary.paragraphs {
                languages
                    .english_words
                    .extend(crate::text::words(&paragraph.text));
                for question in &paragraph.questions {
                    languages.english_words.extend(crate::text::words(question));
                }
            }
            for note in &primary.footnotes {
                languages
                    .english_words
                    .extend(crate::text::words(&note.text));
            }
        }
        for bank in &corpus.languages {
            let texts = bank.questions.iter().map(|(_, q)| q.as_str()).chain(
                bank.concepts
                    .iter()
                    .flat_map(|c| c.native.iter().map(String::as_str)),
            );
            for text in texts {
                for word in crate::text::words(text) {
                    let foreign =
                        word.chars().all(latin) && !languages.english_words.contains(&word);
                    if foreign {
                        languages.foreign_words.insert(word);
                    }
                }
            }
        }
        languages.forms.sort_by(|a, b| {
            b.folded
                .chars()
                .count()
                .cmp(&a.folded.chars().count())
                .then_with(|| a.folded.cmp(&b.folded))
        });
        let total = counted.len() as f32;
        let mut document_frequency = vec![0u32; languages.grams.len()];
        for counts in &counted {
            for id in counts.keys() {
                document_frequency[*id as usize] += 1;
            }
        }
        languages.idf = document_frequency
            .iter()
            .map(|&df| ((total + 1.0) / (df as f32 + 0.5)).ln())
            .collect();
        languages.postings = vec![Vec::new(); languages.grams.len()];
        for (question, counts) in counted.iter().enumerate() {
            let vector = languages.weigh(counts.iter().map(|(id, count)| (*id, *count)));
            for (id, weight) in vector {
                languages.postings[id as usize].push((question as u32, weight));
            }
        }
        languages
    }

    pub fn is_empty(&self) -> bool {
        self.owners.is_empty() && self.forms.is_empty()
    }

    /// Weights (1 + log of the count) × idf, normalised.
    fn weigh(&self, counts: impl Iterator<Item = (u32, f32)>) -> Vector {
        let mut vector: Vector = counts
            .map(|(id, count)| (id, (1.0 + count.ln()) * self.idf[id as usize]))
            .collect();
        let norm = vector.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        if norm > 0.0 {
            for (_, w) in &mut vector {
                *w /= norm;
            }
        }
        vector
    }

    /// Whether `query` is written in another language than English: mostly in another script, or
    /// in Latin letters with more words of the other languages' banks that English here does not
    /// use than words only English uses ("para 12" stays English).
    pub fn is_foreign(&self, query: &str) -> bool {
        let (foreign, english) = self.evidence(query);
        foreign > english
    }

    /// How much of `query` speaks for the other languages and how much for English: a word of
    /// the other languages' banks that the declaration and its English bank do not use counts 1
    /// for them (½ when it is an English word too: "plus", "reconnaissance"); a word only English
    /// uses counts 1 for English. Mostly another script is all for the other languages; a
    /// paragraph reference ("para 12") is English.
    pub fn evidence(&self, query: &str) -> (f32, f32) {
        if self.is_empty() {
            return (0.0, 0.0);
        }
        let letters: Vec<char> = query.chars().filter(|c| c.is_alphabetic()).collect();
        if letters.is_empty() {
            return (0.0, 0.0);
        }
        let other_script = letters.iter().filter(|c| !latin(**c)).count();
        if other_script * 2 >= letters.len() {
            return (other_script as f32, 0.0);
        }
        if super::find_reference(query).is_some() {
            return (0.0, 1.0);
        }
        let (mut foreign, mut english) = (0.0, 0.0);
        for word in crate::text::words(query) {
            let dictionary = super::english::is_word(&word);
            if self.foreign_words.contains(&word) {
                foreign += if dictionary { 0.5 } else { 1.0 };
            } else if dictionary || self.english_words.contains(&word) {
                english += 1.0;
            }
        }
        (foreign, english)
    }

    /// Ranks paragraphs for a question in another language by its closest bank questions, leaving
    /// out bank question `skip` (to measure the bank on itself), and finds the concepts it names.
    pub fn rank(&self, query: &str, skip: Option<usize>, blend: Blend) -> ForeignQuery {
        let mut counts: HashMap<u32, f32> = HashMap::new();
        for gram in grams(query) {
            if let Some(id) = self.grams.get(&gram) {
                *counts.entry(*id).or_default() += 1.0;
            }
        }
        let vector = self.weigh(counts.into_iter());
        let mut similarity: HashMap<u32, f32> = HashMap::new();
        for (id, weight) in vector {
            for &(question, theirs) in &self.postings[id as usize] {
                if Some(question as usize) != skip {
                    *similarity.entry(question).or_default() += weight * theirs;
                }
            }
        }
        // Each paragraph's two closest questions.
        let mut best: HashMap<u32, (f32, f32)> = HashMap::new();
        for (question, score) in similarity {
            let entry = best.entry(self.owners[question as usize]).or_default();
            if score > entry.0 {
                *entry = (score, entry.0);
            } else if score > entry.1 {
                entry.1 = score;
            }
        }
        let mut bank: Vec<(u32, f32)> = best
            .into_iter()
            .map(|(paragraph, (first, second))| (paragraph, first + blend.second * second))
            .collect();
        bank.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ForeignQuery {
            bank,
            english: self
                .concepts(query, blend.loose)
                .into_iter()
                .filter(|e| self.spread.get(e).copied().unwrap_or(0.0) <= blend.generic)
                .collect(),
        }
    }

    /// The English words of every concept whose way of writing stands in `query`, longest forms
    /// first, each stretch of the question used once; with `loose`, a form in words also stands
    /// where each of its words of three letters or more begins a word of the question (so
    /// "mobilité des étudiants" is in "la mobilité étudiante").
    pub fn concepts(&self, query: &str, loose: bool) -> Vec<String> {
        let folded: Vec<char> = fold(query).chars().collect();
        let mut used = vec![false; folded.len()];
        let mut english: Vec<String> = Vec::new();
        for form in &self.forms {
            let needle: Vec<char> = form.folded.chars().collect();
            if needle.is_empty() || needle.len() > folded.len() {
                continue;
            }
            let mut at = 0;
            while at + needle.len() <= folded.len() {
                let fits = folded[at..at + needle.len()] == needle[..]
                    && !used[at..at + needle.len()].iter().any(|u| *u)
                    && (form.anywhere || at == 0 || !word_char(folded[at - 1]));
                if fits {
                    for u in &mut used[at..at + needle.len()] {
                        *u = true;
                    }
                    if !english.contains(&form.english) {
                        english.push(form.english.clone());
                    }
                    at += needle.len();
                } else {
                    at += 1;
                }
            }
        }
        if !loose {
            return english;
        }
        // The question's words not used above, by where they start.
        let mut spans: Vec<(usize, usize)> = Vec::new();
        let mut start = None;
        for (i, ch) in folded.iter().enumerate() {
            match (word_char(*ch), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    spans.push((s, i));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            spans.push((s, folded.len()));
        }
        let mut free: Vec<(usize, String)> = spans
            .iter()
            .filter(|(a, b)| !used[*a..*b].iter().any(|u| *u))
            .map(|(a, b)| (*a, folded[*a..*b].iter().collect()))
            .collect();
        for form in self.forms.iter().filter(|f| !f.anywhere) {
            if english.contains(&form.english) {
                continue;
            }
            let parts: Vec<String> = crate::text::words(&form.folded)
                .into_iter()
                .filter(|w| w.chars().count() >= 3)
                .collect();
            if parts.is_empty() {
                continue;
            }
            let mut taken = Vec::new();
            for part in &parts {
                let stem: String = part.chars().take(stem_chars(part)).collect();
                let exact = part.chars().count() < 5;
                let found = free.iter().position(|(at, word)| {
                    !taken.contains(at)
                        && if exact {
                            word == part
                        } else {
                            word.starts_with(&stem)
                        }
                });
                match found {
                    Some(i) => taken.push(free[i].0),
                    None => break,
                }
            }
            if taken.len() == parts.len() {
                free.retain(|(at, _)| !taken.contains(at));
                english.push(form.english.clone());
            }
        }
        english
    }

    /// How many bank questions there are.
    pub fn questions(&self) -> usize {
        self.owners.len()
    }

    /// The paragraph bank question `n` answers.
    pub fn owner(&self, n: usize) -> u32 {
        self.owners[n]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grams_pair_unsegmented_scripts_and_mark_word_edges() {
        assert_eq!(grams("학점 인정"), vec!["학점", "인정"]);
        assert_eq!(grams("学分互认"), vec!["学分", "分互", "互认"]);
        assert_eq!(grams("Ö"), vec!["o", "^o$"]);
        assert!(grams("Mobilität").contains(&"^mo".to_string()));
        // A Devanagari vowel sign stays inside its word.
        assert_eq!(grams("शिक्षा")[0], "शिक्षा");
        assert!(grams("ASEM 교육").contains(&"asem".to_string()));
    }
}
