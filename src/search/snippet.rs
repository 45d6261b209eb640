//! Snippets: the passage of a paragraph that best shows why it matched, its matched words in bold,
//! as Discord markdown. One pass over the words with their stems looked up in the lexicon's table,
//! because re-analysing each shown paragraph with the full analyzer was most of a query's time.

use super::Lexicon;
use std::collections::HashMap;

/// The words to highlight, by stem, with how much each counts towards choosing the passage.
pub struct Snippets<'a> {
    lexicon: &'a Lexicon,
    targets: HashMap<String, f32>,
    /// The first two letters of each target stem. An English stem begins as its word does, so a
    /// word beginning otherwise cannot match and is not looked up (most words of a paragraph).
    beginnings: Vec<(char, Option<char>)>,
    max_bytes: usize,
}

/// The first two letters of a word as the index sees them: lower case, accents folded.
fn beginning(word: &str) -> (char, Option<char>) {
    let mut letters = [' '; 2];
    let mut count = 0;
    for c in word.chars() {
        if count == 2 {
            break;
        }
        if c.is_ascii() {
            letters[count] = c.to_ascii_lowercase();
            count += 1;
        } else {
            for folded in crate::text::fold(c.encode_utf8(&mut [0; 4])).chars() {
                if count < 2 {
                    letters[count] = folded;
                    count += 1;
                }
            }
        }
    }
    (letters[0], (count == 2).then_some(letters[1]))
}

/// A word of the paragraph: its byte range and what it scores.
struct Word {
    start: usize,
    end: usize,
    score: f32,
}

impl<'a> Snippets<'a> {
    pub fn new(lexicon: &'a Lexicon, targets: HashMap<String, f32>, max_bytes: usize) -> Self {
        let mut beginnings: Vec<(char, Option<char>)> =
            targets.keys().map(|stem| beginning(stem)).collect();
        beginnings.sort_unstable();
        beginnings.dedup();
        Snippets {
            lexicon,
            targets,
            beginnings,
            max_bytes,
        }
    }

    fn words(&self, text: &str) -> Vec<Word> {
        let mut words = Vec::with_capacity(text.len() / 6);
        let mut lowered = String::with_capacity(32);
        let mut start: Option<usize> = None;
        let mut push = |from: usize, to: usize, lowered: &mut String| {
            let word = &text[from..to];
            let mut score = 0.0;
            if self.beginnings.binary_search(&beginning(word)).is_ok() {
                lowered.clear();
                lowered.extend(word.chars().flat_map(char::to_lowercase));
                score = self
                    .lexicon
                    .token_stem(lowered)
                    .and_then(|stem| self.targets.get(stem.as_ref()).copied())
                    .unwrap_or(0.0);
            }
            words.push(Word {
                start: from,
                end: to,
                score,
            });
        };
        for (i, ch) in text.char_indices() {
            match (ch.is_alphanumeric(), start) {
                (true, None) => start = Some(i),
                (false, Some(from)) => {
                    push(from, i, &mut lowered);
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(from) = start {
            push(from, text.len(), &mut lowered);
        }
        words
    }

    /// The best passage of `text`: matches in bold, the original's italic markers dropped (a
    /// passage may cut an italic span in half), "…" where the passage was cut.
    pub fn render(&self, text: &str) -> String {
        let words = self.words(text);
        if !words.iter().any(|w| w.score > 0.0) {
            let plain: String = text.chars().filter(|c| *c != '*').collect();
            return crate::text::truncate(&plain, self.max_bytes);
        }
        // The window of words within `max_bytes` that scores most (the first of equals).
        let (mut best, mut best_score) = ((0, 0), f32::MIN);
        let (mut left, mut score) = (0, 0.0);
        for right in 0..words.len() {
            score += words[right].score;
            while left < right && words[right].end - words[left].start > self.max_bytes {
                score -= words[left].score;
                left += 1;
            }
            if score > best_score + 1e-6 {
                best_score = score;
                best = (left, right);
            }
        }
        // Trim the window to its matches, then give them context on both sides in turn.
        let (mut first, mut last) = best;
        while words[first].score <= 0.0 && first < last {
            first += 1;
        }
        while words[last].score <= 0.0 && last > first {
            last -= 1;
        }
        let fits = |a: usize, b: usize| words[b].end - words[a].start <= self.max_bytes;
        loop {
            let after = last + 1 < words.len() && fits(first, last + 1);
            if after {
                last += 1;
            }
            let before = first > 0 && fits(first - 1, last);
            if before {
                first -= 1;
            }
            if !after && !before {
                break;
            }
        }
        let start = if first == 0 { 0 } else { words[first].start };
        let end = if last + 1 == words.len() {
            text.len()
        } else {
            words[last].end
        };

        // Neighbouring matches ("Open Educational Resources") read better as one bold run.
        let mut runs: Vec<(usize, usize)> = Vec::new();
        for word in words[first..=last].iter().filter(|w| w.score > 0.0) {
            match runs.last_mut() {
                Some(run) if text[run.1..word.start].trim().is_empty() => run.1 = word.end,
                _ => runs.push((word.start, word.end)),
            }
        }
        let mut out = String::with_capacity(end - start + 8 * runs.len() + 8);
        if start > 0 {
            out.push('…');
        }
        let mut cursor = start;
        for (from, to) in runs {
            push_plain(&mut out, &text[cursor..from]);
            out.push_str("**");
            push_plain(&mut out, &text[from..to]);
            out.push_str("**");
            cursor = to;
        }
        push_plain(&mut out, &text[cursor..end]);
        if end < text.len() {
            out.push('…');
        }
        out
    }
}

/// Text without the `*` italic markers of the source.
fn push_plain(out: &mut String, text: &str) {
    out.extend(text.chars().filter(|c| *c != '*'));
}
