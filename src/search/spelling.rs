//! Typo correction against a corpus's vocabulary: the closest word within one or two edits
//! (optimal string alignment), ties to the more frequent word.

use std::collections::HashMap;

/// The vocabulary by length in characters, for typo correction.
pub struct Speller {
    by_length: Vec<Vec<Spelling>>,
    /// Whether a word the typed one lacks a letter of wins a tie before frequency does.
    dropped_letters_first: bool,
}

impl Speller {
    /// A speller over `vocabulary` (folded words and how often each occurs).
    pub fn new(vocabulary: &HashMap<String, u32>) -> Speller {
        let mut by_length: Vec<Vec<Spelling>> = Vec::new();
        for (word, &count) in vocabulary {
            let chars: Vec<char> = word.chars().collect();
            if by_length.len() <= chars.len() {
                by_length.resize_with(chars.len() + 1, Vec::new);
            }
            by_length[chars.len()].push(Spelling {
                letters: letter_counts(&chars),
                chars,
                count,
                word: word.clone(),
            });
        }
        Speller {
            by_length,
            dropped_letters_first: false,
        }
    }

    /// The corpus word closest to a misspelt one: within one edit for short words, two for longer
    /// ones; ties go to the more frequent word. Numbers and very short words are left alone.
    pub fn correct(&self, word: &str) -> Option<String> {
        let length = word.chars().count();
        if length < 4 || word.chars().any(|c| c.is_ascii_digit()) || length > 30 {
            return None;
        }
        self.closest(word, if length <= 5 { 1 } else { 2 })
    }

    /// The word one edit away from `word`, for a small vocabulary of words people ask with, where
    /// even a short word is safe to correct ("wat" is "what", "hwo" is "who").
    pub fn correct_by_one(&self, word: &str) -> Option<String> {
        let length = word.chars().count();
        if length < 3 || word.chars().any(|c| c.is_ascii_digit()) || length > 30 {
            return None;
        }
        self.closest(word, 1)
    }

    /// The speller with ties at one distance going first to a word the typed one has dropped a
    /// letter of ("whn" is "when" before the more frequent "who"): the commonest slip of all,
    /// for a small vocabulary whose frequencies are made up.
    pub fn dropped_letters_first(mut self) -> Speller {
        self.dropped_letters_first = true;
        self
    }

    /// Whether `word` is in the vocabulary as it stands.
    pub fn has(&self, word: &str) -> bool {
        self.by_length
            .get(word.chars().count())
            .is_some_and(|bucket| bucket.iter().any(|s| s.word == word))
    }

    fn closest(&self, word: &str, max_distance: usize) -> Option<String> {
        let length = word.chars().count();
        let target: Vec<char> = word.chars().collect();
        let target_letters = letter_counts(&target);
        let mut rows = EditRows::default();
        let mut best: Option<Candidate> = None;
        let lengths = length.saturating_sub(max_distance).max(3)..=length + max_distance;
        for bucket in lengths.filter_map(|n| self.by_length.get(n)) {
            for spelling in bucket {
                // One edit changes at most two letter counts by one each: a cheap test that
                // rules out most words before the edit distance is computed.
                let apart: u32 = target_letters
                    .iter()
                    .zip(&spelling.letters)
                    .map(|(a, b)| u32::from(a.abs_diff(*b)))
                    .sum();
                if apart > 2 * max_distance as u32 {
                    continue;
                }
                let Some(distance) = rows.distance(&target, &spelling.chars, max_distance) else {
                    continue;
                };
                let (count, candidate) = (spelling.count, spelling.word.as_str());
                // Typing goes wrong more often at a word's end than at its start: "wher" is
                // "where" before "when".
                let shared = target
                    .iter()
                    .zip(&spelling.chars)
                    .take_while(|(a, b)| a == b)
                    .count();
                let dropped = self.dropped_letters_first
                    && spelling.chars.len() == target.len() + 1
                    && is_subsequence(&target, &spelling.chars);
                let key = (
                    distance,
                    !dropped,
                    std::cmp::Reverse(count),
                    std::cmp::Reverse(shared),
                    candidate,
                );
                if best.as_ref().is_none_or(|b| key < *b) {
                    best = Some(key);
                }
            }
        }
        // A word the vocabulary has (a synonym table word, say) is not a typo.
        best.filter(|(distance, ..)| *distance > 0)
            .map(|(.., w)| w.to_string())
    }
}

/// Optimal-string-alignment distance (Levenshtein with transpositions), or None past `max`.
#[cfg(test)]
fn edit_distance(a: &[char], b: &[char], max: usize) -> Option<usize> {
    EditRows::default().distance(a, b, max)
}

/// A corpus word for typo correction: spelt out, with its letter counts and frequency.
struct Spelling {
    chars: Vec<char>,
    /// How many times each of a–z occurs (other characters are not counted).
    letters: [u8; 26],
    count: u32,
    word: String,
}

/// How a correction ranks, best first: fewer edits, a dropped letter (when asked for), a more
/// frequent word, a longer shared start, then the word itself.
type Candidate<'a> = (
    usize,
    bool,
    std::cmp::Reverse<u32>,
    std::cmp::Reverse<usize>,
    &'a str,
);

/// Whether every letter of `short` stands in `long` in the same order.
fn is_subsequence(short: &[char], long: &[char]) -> bool {
    let mut rest = long.iter();
    short.iter().all(|c| rest.any(|l| l == c))
}

fn letter_counts(chars: &[char]) -> [u8; 26] {
    let mut counts = [0u8; 26];
    for c in chars {
        if c.is_ascii_lowercase() {
            let slot = &mut counts[(*c as u8 - b'a') as usize];
            *slot = slot.saturating_add(1);
        }
    }
    counts
}

/// The three rows of the edit-distance table, kept between calls: typo correction compares one
/// word with thousands and allocating a table each time was most of its cost.
#[derive(Default)]
struct EditRows {
    before: Vec<usize>,
    previous: Vec<usize>,
    current: Vec<usize>,
}

impl EditRows {
    /// Optimal-string-alignment distance between `a` and `b`, or None past `max`.
    fn distance(&mut self, a: &[char], b: &[char], max: usize) -> Option<usize> {
        let (n, m) = (a.len(), b.len());
        if n.abs_diff(m) > max {
            return None;
        }
        for row in [&mut self.before, &mut self.previous, &mut self.current] {
            row.clear();
            row.resize(m + 1, 0);
        }
        for (j, cell) in self.previous.iter_mut().enumerate() {
            *cell = j;
        }
        for i in 1..=n {
            self.current[0] = i;
            let mut row_min = i;
            for j in 1..=m {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut value = (self.previous[j] + 1)
                    .min(self.current[j - 1] + 1)
                    .min(self.previous[j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    value = value.min(self.before[j - 2] + 1);
                }
                self.current[j] = value;
                row_min = row_min.min(value);
            }
            if row_min > max {
                return None;
            }
            // Rotate: before <- previous <- current.
            std::mem::swap(&mut self.before, &mut self.previous);
            std::mem::swap(&mut self.previous, &mut self.current);
        }
        Some(self.previous[m]).filter(|d| *d <= max)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_transpositions_once() {
        let d = |a: &str, b: &str| {
            edit_distance(
                &a.chars().collect::<Vec<_>>(),
                &b.chars().collect::<Vec<_>>(),
                3,
            )
        };
        assert_eq!(d("mobility", "mobiltiy"), Some(1));
        assert_eq!(d("ict", "ict"), Some(0));
        assert_eq!(d("kimchi", "mobility"), None);
    }

    #[test]
    fn a_dropped_letter_wins_a_tie_when_asked_to() {
        let vocabulary: HashMap<String, u32> = [("who", 3), ("when", 2), ("where", 2), ("how", 1)]
            .into_iter()
            .map(|(w, c)| (w.to_string(), c))
            .collect();
        let plain = Speller::new(&vocabulary);
        let asking = Speller::new(&vocabulary).dropped_letters_first();
        // One edit from "who" and from "when": frequency decides, unless a dropped letter does.
        assert_eq!(plain.correct_by_one("whn").as_deref(), Some("who"));
        assert_eq!(asking.correct_by_one("whn").as_deref(), Some("when"));
        // A swap is no dropped letter: "hwo" stays the more frequent "who".
        assert_eq!(asking.correct_by_one("hwo").as_deref(), Some("who"));
        assert_eq!(asking.correct_by_one("wher").as_deref(), Some("where"));
        // A word of the vocabulary is no typo, and short words are left to `correct_by_one`.
        assert_eq!(asking.correct_by_one("when"), None);
        assert_eq!(asking.correct("whn"), None);
        assert!(asking.has("how") && !asking.has("hwo"));
    }
}
