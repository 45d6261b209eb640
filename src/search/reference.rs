//! Paragraph references in user text: `10`, `¶10`, `para 6-7`, `paragraphs 6 to 7`, `§ 3`.
//! They are recognised here so that every command treats them alike.

/// A paragraph number or range as typed; bounds are checked by the caller against a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParagraphReference {
    pub first: i64,
    pub last: i64,
}

/// Reads `text` as a paragraph reference, if that is all it is. Numbers that do not fit are
/// saturated (so "¶99999999999999999999" is an out-of-range reference, not text), and a leading
/// minus sign is kept ("-3" is a reference to a paragraph that cannot exist).
pub fn parse_reference(text: &str) -> Option<ParagraphReference> {
    let mut rest = text.trim().trim_end_matches('.').trim();
    let lower = rest.to_lowercase();
    for prefix in [
        "paragraphs",
        "paragraph",
        "paras",
        "para.",
        "para",
        "pars",
        "par.",
        "par",
        "pp.",
        "p.",
        "¶¶",
        "¶",
        "§§",
        "§",
        "#",
    ] {
        if lower.starts_with(prefix) {
            rest = rest[prefix.len()..].trim_start();
            // "para-7" joins the word to its number; "¶-3" stays a negative number.
            if prefix.starts_with(|c: char| c.is_ascii_alphabetic()) {
                rest = rest.strip_prefix('-').unwrap_or(rest);
            }
            break;
        }
    }
    // "VII": a Roman numeral in capitals, alone.
    if rest.len() >= 2 && rest.bytes().all(|b| b"IVXL".contains(&b)) {
        let n = crate::text::roman_value(&rest.to_ascii_lowercase())?;
        return Some(ParagraphReference {
            first: i64::from(n),
            last: i64::from(n),
        });
    }
    let (first, after) = number(rest)?;
    let after = after.trim_start();
    if after.is_empty() {
        return Some(ParagraphReference { first, last: first });
    }
    let after = ["-", "–", "—", "to", "..", "~"]
        .iter()
        .find_map(|sep| after.strip_prefix(sep))?
        .trim_start()
        .trim_start_matches('¶')
        .trim_start();
    let (last, tail) = number(after)?;
    tail.trim()
        .is_empty()
        .then_some(ParagraphReference { first, last })
}

impl ParagraphReference {
    /// The reference with [`LAST`] replaced by `last`, the number of the document's last paragraph.
    pub fn resolve_last(self, last: u32) -> ParagraphReference {
        let at = |n: i64| match from_end(n) {
            Some(back) => i64::from(last) - back,
            None => n,
        };
        ParagraphReference {
            first: at(self.first),
            last: at(self.last),
        }
    }
}

/// Stands for the last paragraph of whatever document the reference is resolved against.
pub const LAST: i64 = i64::MIN + 1;
/// The paragraph before the last ("the second to last paragraph"), resolved as [`LAST`] is.
pub const SECOND_LAST: i64 = i64::MIN + 2;
/// The one before that ("the third-to-last paragraph").
pub const THIRD_LAST: i64 = i64::MIN + 3;

/// The paragraph `back` before the last ("the fourth paragraph from the end" is 3 back), resolved
/// as [`LAST`] is.
fn counted_from_end(back: u32) -> i64 {
    LAST + i64::from(back)
}

/// How many paragraphs before the last a reference counted from the end stands for.
fn from_end(n: i64) -> Option<i64> {
    let back = n.checked_sub(LAST)?;
    (0..100).contains(&back).then_some(back)
}

/// Words that name a paragraph.
pub(crate) const PARAGRAPH_NOUNS: &[&str] = &[
    "paragraph",
    "paragraphs",
    "para",
    "paras",
    "par",
    "pars",
    "point",
    "points",
    "article",
    "articles",
    "item",
    "items",
    "clause",
    "pgh",
    "pgph",
    "parag",
    // A journalist's word for a paragraph ("the nut graf", "graf 6").
    "graf",
    "grafs",
    "pt",
    "pts",
    "para.",
    "parra",
    "parah",
    "paragraf",
    "paragraphe",
    "paragrafo",
    "parrafo",
    "absatz",
    "paragraaf",
    "punto",
    "alinea",
    "doan",
];
/// The words for a paragraph of other languages, after which their number words count too
/// ("párrafo cuatro", "Absatz zwei"); "para" is Spanish for "for", so only these.
const FOREIGN_NOUNS: &[&str] = &[
    "parrafo",
    "paragrafo",
    "paragraphe",
    "paragraf",
    "absatz",
    "paragraaf",
    "alinea",
    "doan",
    "punto",
];
/// "el último párrafo", "le dernier paragraphe", "der letzte Absatz", "de laatste alinea".
pub(crate) const LAST_ELSEWHERE: &[&str] = &[
    "ultimo", "ultima", "dernier", "derniere", "letzte", "letzten", "letzter", "laatste",
    "terakhir",
];
/// One to sixteen in Spanish, French, German, Portuguese, Italian and Dutch, folded.
const FOREIGN_NUMBERS: [&[&str]; 16] = [
    &["uno", "una", "un", "une", "eins", "um", "een"],
    &["dos", "deux", "zwei", "dois", "duas", "due", "twee"],
    &["tres", "trois", "drei", "tre", "drie"],
    &["cuatro", "quatre", "vier", "quatro", "quattro"],
    &["cinco", "cinq", "funf", "fuenf", "cinque", "vijf"],
    &["seis", "six", "sechs", "sei", "zes"],
    &["siete", "sept", "sieben", "sete", "sette", "zeven"],
    &["ocho", "huit", "acht", "oito", "otto"],
    &["nueve", "neuf", "neun", "nove", "negen"],
    &["diez", "dix", "zehn", "dez", "dieci", "tien"],
    &["once", "onze", "elf", "undici"],
    &[
        "doce", "douze", "zwolf", "zwoelf", "doze", "dodici", "twaalf",
    ],
    &["trece", "treize", "dreizehn", "treze", "tredici", "dertien"],
    &[
        "catorce",
        "quatorze",
        "vierzehn",
        "catorze",
        "quattordici",
        "veertien",
    ],
    &[
        "quince",
        "quinze",
        "funfzehn",
        "fuenfzehn",
        "quindici",
        "vijftien",
    ],
    &[
        "dieciseis",
        "seize",
        "sechzehn",
        "dezesseis",
        "dezasseis",
        "sedici",
        "zestien",
    ],
];

/// "the paragraph before ¶10", "what comes right after §5": the step from a marked paragraph
/// to the one next to it, when the words before the mark count from it.
fn step_before_mark(before: &str) -> Option<i64> {
    let words = crate::text::words(before);
    let mut back = words.iter().rev().map(String::as_str);
    let step = match back.next()? {
        "after" | "following" => 1,
        "before" | "preceding" => -1,
        _ => return None,
    };
    let counter = back.find(|w| !matches!(*w, "just" | "right" | "immediately" | "directly"))?;
    (PARAGRAPH_NOUNS.contains(&counter) || matches!(counter, "one" | "comes" | "come"))
        .then_some(step)
}

/// A number word of another language ("cuatro", "zwölf"), said after that language's word for a
/// paragraph.
fn foreign_number(word: &str) -> Option<u32> {
    FOREIGN_NUMBERS
        .iter()
        .zip(1..)
        .find_map(|(forms, n)| forms.contains(&word).then_some(n))
}
/// Verbs that, before a bare number, ask for that paragraph ("quote 12", "show me 7").
/// Words of a meeting: "the one before 6" beside them counts meetings, not paragraphs.
const MEETING_WORDS: &[&str] = &[
    "meeting",
    "meetings",
    "asemme",
    "summit",
    "ministerial",
    "conference",
];

const ASKING_VERBS: &[&str] = &[
    "quote", "show", "read", "display", "print", "open", "give", "cite", "gimme", "paste", "post",
];

/// "제6항", "6번째 문단", "第6段落": a number with the paragraph mark of Korean, Japanese or
/// Chinese, which write no space between them.
fn east_asian(text: &str) -> Option<ParagraphReference> {
    const MARKS: &[&str] = &[
        "항",
        "문단",
        "단락",
        "번째 문단",
        "번째 단락",
        "번째 항",
        // "7번 문단": 번 is "number".
        "번 문단",
        "번 단락",
        "번문단",
        "번단락",
        "項",
        "段落",
        "段",
    ];
    let mut previous_digit = false;
    for (at, c) in text.char_indices() {
        let starts = c.is_ascii_digit() && !previous_digit;
        previous_digit = c.is_ascii_digit();
        if !starts {
            continue;
        }
        let digits: String = text[at..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        let rest = text[at + digits.len()..].trim_start();
        if digits.len() <= 3 && MARKS.iter().any(|mark| rest.starts_with(mark)) {
            let n: i64 = digits.parse().ok()?;
            return Some(ParagraphReference { first: n, last: n });
        }
    }
    // "문단 9", "단락 3": the Korean word for a paragraph before its number.
    for mark in ["문단", "단락"] {
        for (at, _) in text.match_indices(mark) {
            let digits: String = text[at + mark.len()..]
                .trim_start()
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            if (1..=3).contains(&digits.len()) {
                let n: i64 = digits.parse().ok()?;
                return Some(ParagraphReference { first: n, last: n });
            }
        }
    }
    // "第十一段", "第三項": Chinese numerals after 第 ("the …th").
    for (at, _) in text.match_indices('第') {
        let after = &text[at + '第'.len_utf8()..];
        let numerals: String = after
            .chars()
            .take_while(|c| chinese_digit(*c).is_some() || *c == '十')
            .collect();
        let rest = after[numerals.len()..].trim_start();
        if let Some(n) = chinese_number(&numerals) {
            if MARKS.iter().any(|mark| rest.starts_with(mark)) {
                return Some(ParagraphReference { first: n, last: n });
            }
        }
    }
    // "다섯 번째 문단": a Korean number word before 번째 ("…th") and a word for a paragraph.
    const KOREAN: [&str; 16] = [
        "첫",
        "두",
        "세",
        "네",
        "다섯",
        "여섯",
        "일곱",
        "여덟",
        "아홉",
        "열",
        "열한",
        "열두",
        "열세",
        "열네",
        "열다섯",
        "열여섯",
    ];
    for (at, _) in text.match_indices("번째") {
        let before = text[..at].trim_end();
        let word = before.rsplit(char::is_whitespace).next().unwrap_or(before);
        let rest = text[at..].trim_start_matches("번째").trim_start();
        let paragraph = ["문단", "단락", "항"].iter().any(|m| rest.starts_with(m));
        if let (true, Some(n)) = (paragraph, KOREAN.iter().position(|k| *k == word)) {
            let n = n as i64 + 1;
            return Some(ParagraphReference { first: n, last: n });
        }
    }
    None
}

/// 一 to 九 (and 两 for two).
fn chinese_digit(c: char) -> Option<i64> {
    "一二三四五六七八九"
        .chars()
        .position(|d| d == c)
        .map(|i| i as i64 + 1)
        .or((c == '两').then_some(2))
}

/// "三" 3, "十" 10, "十一" 11, "二十" 20: Chinese numerals up to 99.
fn chinese_number(numerals: &str) -> Option<i64> {
    let chars: Vec<char> = numerals.chars().collect();
    match chars.as_slice() {
        ['十'] => Some(10),
        [d] => chinese_digit(*d),
        ['十', d] => Some(10 + chinese_digit(*d)?),
        [t, '十'] => Some(10 * chinese_digit(*t)?),
        [t, '十', d] => Some(10 * chinese_digit(*t)? + chinese_digit(*d)?),
        _ => None,
    }
}

/// A paragraph named anywhere in a question, in digits or words: "what does paragraph 6 say?",
/// "the 4th paragraph", "para twelve", "paragraph number 3", "paragraphs 6 to 7".
pub fn find_reference(text: &str) -> Option<ParagraphReference> {
    if let Some(reference) = parse_reference(text) {
        return Some(reference);
    }
    if let Some(reference) = settled_on(text) {
        return Some(reference);
    }
    // "para 6 & 7" reads as "para 6 and 7".
    // "para-7" reads as "para 7".
    let words: Vec<String> = crate::text::words(&text.replace('&', " and "))
        .into_iter()
        .flat_map(|word| match word.split_once('-') {
            Some((noun, n))
                if (PARAGRAPH_NOUNS.contains(&noun) || matches!(noun, "p" | "pg" | "section"))
                    && !n.is_empty()
                    && n.bytes().all(|b| b.is_ascii_digit()) =>
            {
                vec![noun.to_string(), n.to_string()]
            }
            _ => vec![word],
        })
        .collect();
    let mentions_text = words
        .iter()
        .any(|w| matches!(w.as_str(), "text" | "declaration" | "doc" | "document"));
    // "¶7" or "§ 7" anywhere in the text; "#13" in a short message, one about the text or one
    // asking what it says ("what did #13 say again").
    let says = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "say" | "says" | "said" | "quote" | "read" | "show" | "paste"
        )
    });
    // "#9 — is adult education in there?": a message that opens with one names it.
    let opens_with_hash = text.trim_start().starts_with('#');
    let hash_counts =
        mentions_text || opens_with_hash || words.len() <= 3 || (says && words.len() <= 8);
    // "ASEMME #4", "meeting #2": the number of a meeting, not a paragraph.
    let numbers_a_meeting = |at: usize| {
        crate::text::words(&text[..at]).last().is_some_and(|w| {
            w.starts_with("asemme")
                || matches!(
                    w.as_str(),
                    "meeting" | "ministerial" | "summit" | "me" | "conference" | "gathering"
                )
        })
    };
    for (at, mark) in text.char_indices().filter(|(at, c)| {
        matches!(c, '¶' | '§') || (*c == '#' && hash_counts && !numbers_a_meeting(*at))
    }) {
        let after = text[at + mark.len_utf8()..]
            .trim_start()
            .trim_start_matches(['¶', '§']);
        if let Some((first, rest)) = number(after.trim_start()) {
            let rest = rest.trim_start();
            let last = ["-", "–", "to"]
                .iter()
                .find_map(|sep| rest.strip_prefix(sep))
                .and_then(|r| number(r.trim_start().trim_start_matches('¶')))
                .map_or(first, |(n, _)| n);
            if first == last {
                if let Some(step) = step_before_mark(&text[..at]) {
                    let n = first + step;
                    return Some(ParagraphReference { first: n, last: n });
                }
            }
            return Some(ParagraphReference { first, last });
        }
        // "¶ V, what role…", "§ XII — does it…": a Roman numeral, in capitals.
        let numeral: String = after
            .trim_start()
            .chars()
            .take_while(char::is_ascii_alphabetic)
            .collect();
        let roman = (numeral.chars().all(|c| c.is_ascii_uppercase()))
            .then(|| crate::text::roman_value(&numeral.to_ascii_lowercase()))
            .flatten();
        if let Some(n) = roman {
            let n = i64::from(n);
            return Some(ParagraphReference { first: n, last: n });
        }
    }
    if let Some(reference) = east_asian(text) {
        return Some(reference);
    }
    // "show me 16/16", "7/16": a paragraph counted out of all of them, in a short message.
    if text.split_whitespace().count() <= 5 {
        let counted = text.split_whitespace().find_map(|token| {
            let (n, of) = token
                .trim_matches(|c: char| !c.is_ascii_digit())
                .split_once('/')?;
            let (n, of) = (n.parse::<i64>().ok()?, of.parse::<i64>().ok()?);
            (n >= 1 && n <= of && (10..100).contains(&of)).then_some(n)
        });
        if let Some(n) = counted {
            return Some(ParagraphReference { first: n, last: n });
        }
    }
    // "quote 12", "show me 7", "read out 6-7 please"
    if words
        .first()
        .is_some_and(|w| ASKING_VERBS.contains(&w.as_str()))
    {
        let rest: Vec<&str> = words[1..]
            .iter()
            .map(String::as_str)
            .filter(|w| {
                ![
                    "me",
                    "out",
                    "us",
                    "please",
                    "the",
                    "paragraph",
                    "number",
                    "no",
                    "nr",
                    "of",
                    "from",
                    "in",
                    "declaration",
                    "text",
                    "for",
                ]
                .contains(w)
            })
            .collect();
        if let [only] = rest.as_slice() {
            if let Some(reference) = parse_reference(only) {
                return Some(reference);
            }
        }
    }
    // "number 5 of the text?", "seoul declaration — what's in 14?": a number said to be in or of
    // the text.
    let of_the_text = |at: usize| {
        words[at..]
            .iter()
            .take(3)
            .any(|w| matches!(w.as_str(), "text" | "declaration" | "doc" | "document"))
    };
    for (i, word) in words.iter().enumerate() {
        // "what does XI say in the declaration": a number said to say something.
        let says = i >= 1
            && matches!(words[i - 1].as_str(), "does" | "do")
            && words
                .get(i + 1)
                .is_some_and(|w| matches!(w.as_str(), "say" | "says" | "cover" | "state" | "mean"))
            // "what does 13 say" is short enough to mean the text's.
            && (mentions_text || (words.len() <= 4 && word.bytes().all(|b| b.is_ascii_digit())));
        if let Some(n) = crate::text::roman_value(word)
            .filter(|_| word.len() >= 2)
            .or_else(|| crate::text::number_value(word).filter(|_| word.len() <= 2))
            .filter(|_| says)
        {
            let n = i64::from(n);
            return Some(ParagraphReference { first: n, last: n });
        }
    }
    for (i, word) in words.iter().enumerate() {
        // Digits of a paragraph number (not a year), or a number in words.
        let digits = word.bytes().all(|b| b.is_ascii_digit());
        let Some(n) = crate::text::number_value(word).filter(|_| !digits || word.len() <= 2) else {
            continue;
        };
        let before = |back: usize| i.checked_sub(back).map(|j| words[j].as_str());
        // "declaration text, number 9 please": a short message that speaks of the text.
        // "number seven paragraph what does it say"
        // "the bit numbered 7, can I see it?"
        let numbered_bit = before(1) == Some("numbered")
            && matches!(
                before(2),
                Some("bit" | "one" | "part" | "piece" | "passage")
            );
        // "which paragraph is number seven"
        let paragraph_is_numbered = matches!(before(1), Some("number" | "no" | "nr"))
            && before(2) == Some("is")
            && before(3).is_some_and(|w| PARAGRAPH_NOUNS.contains(&w));
        let numbered = numbered_bit
            || paragraph_is_numbered
            || matches!(before(1), Some("number" | "no" | "nr"))
                && ((words.get(i + 1).is_some_and(|w| w == "of" || w == "in")
                    && of_the_text(i + 1))
                    || (words
                        .get(i + 1)
                        .is_some_and(|w| PARAGRAPH_NOUNS.contains(&w.as_str()))
                        // "the number one item on ASEM's to-do list": the top one on a topic.
                        && !(n == 1 && first_or_last_on_a_topic(&words[i + 2..])))
                    || (mentions_text && words.len() <= 6));
        // "what's in 14 of the declaration?", or just "whats in 14?" or "what's in number six?"
        let after_number = usize::from(matches!(before(1), Some("number" | "no" | "nr")));
        let what_is_in = i + 1 == words.len()
            && before(1 + after_number) == Some("in")
            && matches!(before(2 + after_number), Some("whats" | "what" | "s"))
            && (mentions_text
                || (words.len() <= 4 + after_number && (words[i].len() <= 2 || after_number == 1)));
        if numbered || what_is_in {
            let n = i64::from(n);
            return Some(ParagraphReference { first: n, last: n });
        }
    }
    // "the one between 12 and 14": the paragraph between two that are one apart from it, in a
    // short message or one that speaks of paragraphs.
    let paragraph_spoken_of = words
        .iter()
        .any(|w| PARAGRAPH_NOUNS.contains(&w.as_str()) || misspelt_paragraph(w));
    if words.len() <= 8 || paragraph_spoken_of {
        let small = |w: &String| {
            (w.len() <= 2)
                .then(|| crate::text::number_value(w))
                .flatten()
        };
        let between = (0..words.len()).find_map(|at| {
            let [b, x, and, y] = words.get(at..at + 4)? else {
                return None;
            };
            let (x, y) = (small(x)?, small(y)?);
            (b == "between" && (and == "and" || and == "n") && y == x + 2).then_some(x + 1)
        });
        if let Some(n) = between {
            let n = i64::from(n);
            return Some(ParagraphReference { first: n, last: n });
        }
    }
    // "third from the end", "the fourth paragraph from the bottom", "the third-from-last
    // paragraph", "fourth to last".
    let split: Vec<String> = words
        .iter()
        .flat_map(|w| w.split('-'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    let counted_back = (1..split.len()).find_map(|at| {
        let words = &split;
        let end = match words.get(at + 1).map(String::as_str) {
            Some("the") => words.get(at + 2),
            _ => words.get(at + 1),
        };
        let counting_back = match words[at].as_str() {
            "from" => end.is_some_and(|w| matches!(w.as_str(), "end" | "bottom" | "last")),
            "to" => words.get(at + 1).is_some_and(|w| w == "last"),
            _ => false,
        };
        // "the second to last meeting" counts meetings, not paragraphs.
        let of_meetings = words[at + 1..]
            .iter()
            .take(3)
            .any(|w| MEETING_WORDS.contains(&w.as_str()));
        if !counting_back || of_meetings {
            return None;
        }
        let mut k = at - 1;
        if k >= 1 && (PARAGRAPH_NOUNS.contains(&words[k].as_str()) || words[k] == "one") {
            k -= 1;
        }
        // "from first to last" counts nothing back.
        crate::text::ordinal_value(&words[k]).filter(|&n| n >= 1 && (words[at] == "from" || n >= 2))
    });
    if let Some(n) = counted_back {
        let n = counted_from_end(n - 1);
        return Some(ParagraphReference { first: n, last: n });
    }
    // "Number eleven plz, the whole thing": a first clause that is a number and a please.
    let first_clause = text
        .split([',', '.', '?', '!', ';', ':', '—', '-'])
        .next()
        .map(crate::text::words)
        .unwrap_or_default();
    if let [number, n, rest @ ..] = first_clause.as_slice() {
        // "number 5, where was it held?" asks of a meeting.
        let of_a_meeting = words.iter().any(|w| {
            matches!(
                w.as_str(),
                "where" | "when" | "who" | "which" | "year" | "city" | "theme" | "host" | "hosted"
            )
        });
        let polite = !of_a_meeting
            && rest
                .iter()
                .all(|w| matches!(w.as_str(), "plz" | "pls" | "please" | "thx" | "thanks"));
        let n = (n.len() <= 6)
            .then(|| crate::text::number_value(n))
            .flatten();
        if let (true, true, Some(n)) =
            (matches!(number.as_str(), "number" | "no" | "nr"), polite, n)
        {
            let n = i64::from(n);
            return Some(ParagraphReference { first: n, last: n });
        }
    }
    // "what is number 4 about?", "what does no. 9 say": a numbered thing that is about something
    // now, or says it, is a paragraph; a meeting *was* about something ("what was no. 4 about").
    let of_the_past = words.iter().any(|w| {
        MEETING_WORDS.contains(&w.as_str())
            || matches!(
                w.as_str(),
                "was" | "were" | "did" | "held" | "hosted" | "where" | "when" | "who" | "year"
            )
    });
    let says_now = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "about" | "say" | "says" | "cover" | "covers" | "mean" | "means"
        )
    });
    if !of_the_past && says_now {
        let numbered = words.windows(2).find_map(|pair| {
            matches!(pair[0].as_str(), "number" | "no" | "nr")
                .then(|| pair[1].parse::<i64>().ok())
                .flatten()
                .filter(|n| (1..=99).contains(n))
        });
        if let Some(n) = numbered {
            return Some(ParagraphReference { first: n, last: n });
        }
    }
    // "whats the sixth one in the declaration say (paragraph i mean)": an ordinal "one" in a
    // message that speaks of paragraphs.
    // "can you quote the 10th one": a request to quote or show one of them.
    // "what's in the 8th one of the declaration?": one of the text's.
    let one_of_the_text = |at: usize| {
        matches!(words.get(at + 1).map(String::as_str), Some("of" | "in")) && of_the_text(at + 1)
    };
    let speaks_of_paragraphs =
        paragraph_spoken_of || words.iter().any(|w| matches!(w.as_str(), "quote" | "cite"));
    {
        if let Some(n) = (1..words.len()).find_map(|at| {
            (words[at] == "one" && (speaks_of_paragraphs || one_of_the_text(at)))
                .then(|| match words[at - 1].as_str() {
                    // "the very last one, can you quote it", not "the one before the final one".
                    "last" | "final"
                        if !words[at.saturating_sub(3)..at - 1].iter().any(|w| {
                            matches!(w.as_str(), "before" | "after" | "preceding" | "following")
                        }) =>
                    {
                        Some(LAST)
                    }
                    // "the para after the 6th one" counts from it, below.
                    _ if words[at.saturating_sub(4)..at - 1].iter().any(|w| {
                        matches!(w.as_str(), "before" | "after" | "preceding" | "following")
                    }) =>
                    {
                        None
                    }
                    w => crate::text::ordinal_value(w).map(i64::from),
                })
                .flatten()
        }) {
            return Some(ParagraphReference { first: n, last: n });
        }
    }
    // "no.13 — who does the secretariat work with?": "no." with its dot abbreviates "number",
    // and a number of the text that no meeting is spoken of beside is a paragraph's.
    let of_a_meeting = words.iter().any(|w| {
        MEETING_WORDS.contains(&w.as_str())
            || matches!(
                w.as_str(),
                "was" | "were" | "held" | "hosted" | "where" | "when" | "year" | "city"
            )
    });
    if !of_a_meeting {
        let lower = text.to_lowercase();
        let abbreviated = lower.match_indices("no.").find_map(|(at, mark)| {
            let starts_a_word = lower[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let after = lower[at + mark.len()..].trim_start();
            let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
            let ends = after[digits.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            (starts_a_word && ends && (1..=2).contains(&digits.len()))
                .then(|| digits.parse::<i64>().ok())
                .flatten()
        });
        if let Some(n) = abbreviated {
            return Some(ParagraphReference { first: n, last: n });
        }
    }
    // A short message (or a request: "can u show me p3") that is a number with a mark run
    // together ("p11", "para6") or after "no." ("no. 13 text").
    // "paragraph6 quote", "pls explain para13 to me": a whole word for a paragraph with its number
    // run on, anywhere.
    let run_on = words.iter().find_map(|w| {
        let noun = w.trim_end_matches(|c: char| c.is_ascii_digit());
        let digits = &w[noun.len()..];
        ((1..=2).contains(&digits.len())
            && noun.len() >= 4
            && (PARAGRAPH_NOUNS.contains(&noun) || misspelt_paragraph(noun)))
        .then(|| digits.parse::<i64>().ok())
        .flatten()
    });
    if let Some(n) = run_on {
        return Some(ParagraphReference { first: n, last: n });
    }
    let asks = words.iter().any(|w| ASKING_VERBS.contains(&w.as_str()));
    if words.len() <= 4 || asks {
        let glued = words.iter().find_map(|w| {
            ["para", "par", "pgh", "p"]
                .iter()
                .find_map(|mark| w.strip_prefix(mark))
                .filter(|n| !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|n| n.parse::<i64>().ok())
        });
        // "no. 13 text", "n° 11 svp"
        let numbered = match words.as_slice() {
            [no, n, ..] if matches!(no.as_str(), "no" | "nr" | "n") => {
                n.parse::<i64>().ok().filter(|_| n.len() <= 3)
            }
            _ => None,
        };
        if let Some(n) = glued.or(numbered) {
            return Some(ParagraphReference { first: n, last: n });
        }
        // "gimme 10 and 11", "show me 4 & 5": two paragraphs side by side.
        let small = |w: &String| {
            (w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()))
                .then(|| w.parse::<i64>().ok())
                .flatten()
        };
        let pair = (1..words.len()).find_map(|at| {
            let first = small(&words[at])?;
            let asked = words[..at]
                .iter()
                .rev()
                .take(2)
                .any(|w| ASKING_VERBS.contains(&w.as_str()));
            let and = words.get(at + 1).is_some_and(|w| w == "and");
            let second = words.get(at + 2).and_then(small)?;
            (asked && and).then_some((first, second))
        });
        if let Some((first, second)) = pair {
            let last = if second == first + 1 { second } else { first };
            return Some(ParagraphReference { first, last });
        }
    }
    // "the one just before 7": a short message counting from a numbered paragraph.
    if words.len() <= 6 && !words.iter().any(|w| MEETING_WORDS.contains(&w.as_str())) {
        let next_to = (1..words.len()).find_map(|at| {
            let n = words[at]
                .parse::<i64>()
                .ok()
                .filter(|_| words[at].len() <= 2)?;
            let step = match words[at - 1].as_str() {
                "after" | "following" => 1,
                "before" | "preceding" => -1,
                _ => return None,
            };
            let mut one = at.checked_sub(2)?;
            while one > 0 && matches!(words[one].as_str(), "right" | "just" | "immediately") {
                one -= 1;
            }
            (words[one] == "one").then_some(n + step)
        });
        if let Some(n) = next_to {
            return Some(ParagraphReference { first: n, last: n });
        }
    }
    // "the one before the last, what does it say?": the second to last, when no meeting is
    // spoken of ("the one before the last meeting" counts meetings).
    if !words.iter().any(|w| MEETING_WORDS.contains(&w.as_str())) {
        let before_last = (0..words.len()).any(|at| {
            let rest = &words[at..];
            matches!(
                rest,
                [one, before, the, last, ..] if one == "one" && before == "before" && the == "the"
                    && matches!(last.as_str(), "last" | "final")
            ) || matches!(
                rest,
                [one, before, last, ..] if one == "one" && before == "before"
                    && matches!(last.as_str(), "last" | "final")
            )
        });
        if before_last {
            return Some(ParagraphReference {
                first: SECOND_LAST,
                last: SECOND_LAST,
            });
        }
    }
    // "Which paragraph comes last?", "which para is the conclusion?": an end of the text asked
    // for by its place.
    let at_an_end = (0..words.len()).find_map(|at| {
        let [which, noun, verb, rest @ ..] = &words[at..] else {
            return None;
        };
        if !matches!(which.as_str(), "which" | "what")
            || !PARAGRAPH_NOUNS.contains(&noun.as_str())
            || !matches!(verb.as_str(), "is" | "s" | "comes" | "come")
        {
            return None;
        }
        let (end, after) = match rest {
            [the, end, after @ ..] if the == "the" => (end, after),
            [end, after @ ..] => (end, after),
            [] => return None,
        };
        // Not "which paragraph is the first to mention mobility?".
        let nothing_more = after.iter().all(|w| {
            matches!(
                w.as_str(),
                "in" | "of" | "the" | "declaration" | "text" | "document" | "seoul" | "one"
            ) || PARAGRAPH_NOUNS.contains(&w.as_str())
        });
        if !nothing_more {
            return None;
        }
        match end.as_str() {
            "last" | "final" | "conclusion" | "closing" | "concluding" => Some(LAST),
            "first" | "introduction" | "opening" => Some(1),
            _ => None,
        }
    });
    if let Some(n) = at_an_end {
        return Some(ParagraphReference { first: n, last: n });
    }
    // "the intro", "the first bit of the declaration", "the closing part of the text": an end
    // of the text named by its place, in a message that says nothing else.
    let named_end = {
        let said: Vec<&str> = words
            .iter()
            .map(String::as_str)
            .filter(|w| {
                !matches!(
                    *w,
                    "the"
                        | "of"
                        | "in"
                        | "declaration"
                        | "text"
                        | "document"
                        | "seoul"
                        | "pls"
                        | "please"
                        | "show"
                        | "me"
                        | "quote"
                        | "what"
                        | "whats"
                        | "s"
                        | "is"
                        | "very"
                )
            })
            .collect();
        match said.as_slice() {
            // "the lede": a journalist's word for the opening paragraph.
            ["intro" | "introduction" | "lede"] => Some(1),
            // "what's the very last thing the declaration says?"
            [end, "thing", rest @ ..]
                if rest
                    .iter()
                    .all(|w| matches!(*w, "it" | "says" | "say" | "said" | "does")) =>
            {
                match *end {
                    "first" | "opening" => Some(1),
                    "last" | "final" => Some(LAST),
                    _ => None,
                }
            }
            [end, "bit" | "part" | "passage" | "sentence" | "line" | "words" | "word"] => {
                match *end {
                    "first" | "opening" | "introductory" => Some(1),
                    "last" | "final" | "closing" | "concluding" => Some(LAST),
                    _ => None,
                }
            }
            _ => None,
        }
    };
    if let Some(n) = named_end {
        return Some(ParagraphReference { first: n, last: n });
    }
    // "how does the declaration begin?", "what does the text end with": an end of the text
    // asked for by what it does there.
    let how_it_ends = (0..words.len()).find_map(|at| {
        let [how, does, rest @ ..] = &words[at..] else {
            return None;
        };
        if !matches!(how.as_str(), "how" | "what") || does != "does" {
            return None;
        }
        let rest: Vec<&str> = rest
            .iter()
            .map(String::as_str)
            .skip_while(|w| matches!(*w, "the" | "this" | "seoul"))
            .collect();
        let [noun, verb, after @ ..] = rest.as_slice() else {
            return None;
        };
        let nothing_more = after.iter().all(|w| matches!(*w, "with" | "off"));
        // "how does it end?": the declaration is what the bot is asked about.
        if !matches!(*noun, "declaration" | "text" | "document" | "doc" | "it") || !nothing_more {
            return None;
        }
        match *verb {
            "begin" | "start" | "open" => Some(1),
            "end" | "close" | "conclude" | "finish" => Some(LAST),
            _ => None,
        }
    });
    if let Some(n) = how_it_ends {
        return Some(ParagraphReference { first: n, last: n });
    }
    // "the fifteenth", "number 3 pls": a message that is a paragraph's number and nothing else.
    if words.len() <= 4 {
        let said: Vec<&String> = words
            .iter()
            .filter(|w| {
                !matches!(
                    w.as_str(),
                    "the" | "number" | "no" | "nr" | "pls" | "please" | "plz" | "one" | "thx"
                )
            })
            .collect();
        if let [only] = said.as_slice() {
            let short = only.len() <= 2 || !only.bytes().all(|b| b.is_ascii_digit());
            if let Some(n) = crate::text::number_value(only).filter(|_| short) {
                return Some(ParagraphReference {
                    first: i64::from(n),
                    last: i64::from(n),
                });
            }
        }
    }
    for (i, word) in words.iter().enumerate() {
        // "section 11", "p. 9": nouns that name a paragraph only with a number after them.
        // "part 8 of the declaration": its parts are not numbered, its paragraphs are.
        // "section six", "bullet 6", "pg 6": the declaration has no sections, bullets or pages
        // of its own, so a number after them is a paragraph's; "part one" stays a part of a
        // question.
        let numbered_only = match word.as_str() {
            "section" | "sec" | "p" | "pp" | "art" | "part" | "pg" | "bullet" => {
                words.get(i + 1).is_some_and(|w| {
                    w.chars().all(|c| c.is_ascii_digit())
                        || (word != "part" && crate::text::number_value(w).is_some_and(|n| n <= 16))
                })
            }
            _ => false,
        };
        if !PARAGRAPH_NOUNS.contains(&word.as_str()) && !misspelt_paragraph(word) && !numbered_only
        {
            continue;
        }
        let before = |back: usize| i.checked_sub(back).map(|j| words[j].as_str());
        // "the one right after paragraph 8", "just before para 8": the one next to it.
        let mut back = 1;
        while matches!(
            before(back),
            Some("the" | "right" | "just" | "immediately" | "directly")
        ) {
            back += 1;
        }
        let step = match before(back) {
            Some("after" | "following") => Some(1),
            Some("before" | "preceding") => Some(-1),
            _ => None,
        };
        // "after paragraph 8", "after paragraph nine"; not a year.
        let numbered = words
            .get(i + 1)
            .and_then(|w| crate::text::number_value(w))
            .filter(|&n| n < 100);
        if let (Some(step), Some(n)) = (step, numbered) {
            let n = i64::from(n) + step;
            return Some(ParagraphReference { first: n, last: n });
        }
        // "penultimate", "second-to-last", "second to last", "last but one", "next-to-last".
        let spelled: Vec<&str> = (1..=3).rev().filter_map(before).collect();
        let tail = spelled.join("-");
        let second_last = [
            "penultimate",
            "second-last",
            "second-to-last",
            "next-to-last",
            "last-but-one",
        ]
        .iter()
        .any(|phrase| tail == *phrase || tail.ends_with(&format!("-{phrase}")));
        if second_last {
            return Some(ParagraphReference {
                first: SECOND_LAST,
                last: SECOND_LAST,
            });
        }
        if ["third-to-last", "third-last", "antepenultimate"]
            .iter()
            .any(|phrase| tail == *phrase || tail.ends_with(&format!("-{phrase}")))
        {
            return Some(ParagraphReference {
                first: THIRD_LAST,
                last: THIRD_LAST,
            });
        }
        // "the one right before the last paragraph".
        if matches!(before(1), Some("last" | "final"))
            && (before(2) == Some("before")
                || (before(2) == Some("the") && before(3) == Some("before")))
        {
            return Some(ParagraphReference {
                first: SECOND_LAST,
                last: SECOND_LAST,
            });
        }
        // "the last paragraph about mobility", "the first paragraph that mentions lifelong
        // learning", "the top item on ASEM's agenda": the first or last of those on a topic, not
        // of the text.
        if first_or_last_on_a_topic(&words[i + 1..])
            && before(1).is_some_and(|w| {
                crate::text::ordinal_value(w) == Some(1)
                    || matches!(
                        w,
                        "last" | "final" | "opening" | "closing" | "top" | "bottom"
                    )
            })
        {
            continue;
        }
        // "the last paragraph": the caller's document decides which number that is.
        if matches!(
            before(1),
            Some("last" | "final" | "closing" | "concluding" | "conclusion")
        ) || before(1).is_some_and(|w| LAST_ELSEWHERE.contains(&w))
        {
            return Some(ParagraphReference {
                first: LAST,
                last: LAST,
            });
        }
        if matches!(
            before(1),
            Some("opening" | "introductory" | "intro" | "introduction" | "top")
        ) {
            return Some(ParagraphReference { first: 1, last: 1 });
        }
        // "the bottom paragraph": the last, as the top one is the first.
        if before(1) == Some("bottom") {
            return Some(ParagraphReference {
                first: LAST,
                last: LAST,
            });
        }
        // "the first three paragraphs", "the last two paras": a run counted from an end.
        let counted = before(1)
            .filter(|w| crate::text::ordinal_value(w).is_none())
            .and_then(crate::text::number_value)
            .filter(|n| (2..=9).contains(n));
        if let Some(count) = counted {
            match before(2) {
                Some("first" | "opening") => {
                    return Some(ParagraphReference {
                        first: 1,
                        last: i64::from(count),
                    })
                }
                Some("last" | "final" | "closing" | "concluding") => {
                    return Some(ParagraphReference {
                        first: counted_from_end(count - 1),
                        last: LAST,
                    })
                }
                _ => {}
            }
        }
        // "the sixth and seventh paragraphs", "6th & 7th paras": two side by side.
        if let (Some(a), Some("and" | "n"), Some(b)) = (
            before(3).and_then(crate::text::ordinal_value),
            before(2),
            before(1).and_then(crate::text::ordinal_value),
        ) {
            if b == a + 1 {
                return Some(ParagraphReference {
                    first: i64::from(a),
                    last: i64::from(b),
                });
            }
        }
        // "the fourth paragraph", "4th para", "twelth paragraph"
        if let Some(n) = i.checked_sub(1).and_then(|j| {
            crate::text::ordinal_value(&words[j]).or_else(|| slipped_number(&words[j]))
        }) {
            return Some(ParagraphReference {
                first: i64::from(n),
                last: i64::from(n),
            });
        }
        // "the paragraph after 6", "the paragraph just before 12", "the para right after the
        // opening one", "the paragraph before the final one".
        let mut k = i + 1;
        while words
            .get(k)
            .is_some_and(|w| matches!(w.as_str(), "just" | "right" | "immediately" | "directly"))
        {
            k += 1;
        }
        let step = match words.get(k).map(String::as_str) {
            Some("after" | "following") => Some(1),
            Some("before" | "preceding") => Some(-1),
            _ => None,
        };
        if let Some(step) = step {
            let mut from_at = k + 1;
            if words.get(from_at).is_some_and(|w| w == "the") {
                from_at += 1;
            }
            let edge = match words.get(from_at).map(String::as_str) {
                Some("opening" | "first" | "introductory" | "intro") => Some(1),
                Some("last" | "final" | "closing" | "concluding") => Some(LAST),
                _ => None,
            };
            match (edge, step) {
                (Some(1), 1) => return Some(ParagraphReference { first: 2, last: 2 }),
                (Some(LAST), -1) => {
                    return Some(ParagraphReference {
                        first: SECOND_LAST,
                        last: SECOND_LAST,
                    })
                }
                _ => {}
            }
            // "the paragraph after 6", "the para after the 6th one".
            let from = words.get(from_at).and_then(|w| {
                (w.len() <= 2)
                    .then(|| crate::text::number_value(w))
                    .flatten()
                    .or_else(|| crate::text::ordinal_value(w))
            });
            if let Some(from) = from {
                let n = i64::from(from) + step;
                return Some(ParagraphReference { first: n, last: n });
            }
        }
        let mut j = i + 1;
        // "đoạn văn số 11": Vietnamese "đoạn văn" is a paragraph and "số" a number.
        if word == "doan" && words.get(j).is_some_and(|w| w == "van") {
            j += 1;
        }
        if words.get(j).is_some_and(|w| {
            matches!(
                w.as_str(),
                "number" | "no" | "numbered" | "nr" | "numero" | "nummer" | "num"
            ) || (word == "doan" && w == "so")
        }) {
            j += 1;
        }
        let Some(next) = words.get(j) else {
            continue;
        };
        // "6-7" stays one word.
        if let Some((a, b)) = next.split_once('-') {
            if let (Some(a), Some(b)) = (crate::text::number_value(a), crate::text::number_value(b))
            {
                return Some(ParagraphReference {
                    first: i64::from(a),
                    last: i64::from(b),
                });
            }
        }
        let Some(first) = crate::text::number_value(next)
            .or_else(|| crate::text::roman_value(next))
            .or_else(|| slipped_number(next))
            .or_else(|| {
                FOREIGN_NOUNS
                    .contains(&word.as_str())
                    .then(|| foreign_number(next))
                    .flatten()
            })
        else {
            continue;
        };
        let last = match (words.get(j + 1).map(String::as_str), words.get(j + 2)) {
            (Some("to" | "through"), Some(end)) => crate::text::number_value(end).unwrap_or(first),
            // "paragraphs one and two", "para 6 & 7": two side by side are read together.
            // "alinea 7 en 8", "Absatz 7 und 8".
            (Some("and" | "n" | "en" | "et" | "y" | "und" | "e"), Some(end)) => {
                crate::text::number_value(end)
                    .filter(|&end| end == first + 1)
                    .unwrap_or(first)
            }
            _ => first,
        };
        return Some(ParagraphReference {
            first: i64::from(first),
            last: i64::from(last),
        });
    }
    None
}

/// Words after which a message takes back the paragraph it named ("para 8 — no wait, I meant
/// para 9") or settles between two ("para 1 or para 2? I'm going with 2").
const SETTLING: &[&str] = &[
    "i meant",
    "i mean",
    "no wait",
    "sorry",
    "scratch that",
    "make that",
    "going with",
    "go with",
    "i'd say",
    "i’d say",
    "my guess is",
    "my bet is",
    "actually",
];

/// The paragraph a message settles on after naming another: the reference after the last
/// [`SETTLING`] words, or a bare number there ("I'm going with 2"), when one was named before
/// them.
fn settled_on(text: &str) -> Option<ParagraphReference> {
    let lower = text.to_lowercase();
    let (at, marker) = SETTLING
        .iter()
        .filter_map(|marker| {
            lower
                .rmatch_indices(marker)
                .find(|(at, _)| {
                    let starts = lower[..*at]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !c.is_alphanumeric());
                    let ends = lower[at + marker.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphanumeric());
                    starts && ends
                })
                .map(|(at, _)| (at, *marker))
        })
        .max_by_key(|(at, _)| *at)?;
    find_reference(&text[..at])?;
    let after = &text[at + marker.len()..];
    if let Some(reference) = find_reference(after) {
        return Some(reference);
    }
    let first = crate::text::words(after).into_iter().next()?;
    (first.len() <= 2)
        .then(|| first.parse::<i64>().ok())
        .flatten()
        .map(|n| ParagraphReference { first: n, last: n })
}

/// Whether `word` is a verb that tells what a paragraph is about ("mentions", "talks", "covers").
pub fn tells_a_topic(word: &str) -> bool {
    [
        "mention", "talk", "discuss", "cover", "deal", "refer", "speak",
    ]
    .iter()
    .any(|verb| word.starts_with(verb))
}

/// Whether the words after a paragraph's noun tell it by its topic ("about mobility", "that
/// mentions ICT", "to mention lifelong learning").
pub fn first_or_last_on_a_topic(after: &[String]) -> bool {
    // "what's the first paragraph about? just who came…": nothing after "about" but a new
    // question asks what the paragraph is about.
    let a_topic = |w: &str| {
        !matches!(
            w,
            "just"
                | "who"
                | "what"
                | "where"
                | "when"
                | "why"
                | "how"
                | "and"
                | "i"
                | "it"
                | "is"
                | "s"
                | "please"
                | "pls"
                | "exactly"
                | "really"
                | "in"
                | "anyway"
                | "again"
        )
    };
    let leads = |w: &str| {
        matches!(
            w,
            "about" | "on" | "mentioning" | "covering" | "discussing" | "regarding" | "concerning"
        )
    };
    match after {
        [lead, next, ..] if leads(lead) => a_topic(next),
        [that, verb, ..] => matches!(that.as_str(), "that" | "which" | "to") && tells_a_topic(verb),
        _ => false,
    }
}

/// "can u pull up 1, 5 and 9", "the 2nd and 4th paragraphs", "paras 3, 7 & 12", "6, 8, 12": several
/// paragraphs listed (in the order asked), when the list stands next to a word for a paragraph,
/// ends a request to show them, or is the whole message.
pub fn find_list(text: &str) -> Option<Vec<i64>> {
    let words = crate::text::words(&text.replace(['&', '+'], " and ").replace('¶', " ¶ "));
    let item = |w: &String| {
        let digits = w.bytes().all(|b| b.is_ascii_digit());
        crate::text::number_value(w)
            .filter(|_| !digits || w.len() <= 2)
            .map(i64::from)
    };
    let joins = |w: &String| matches!(w.as_str(), "and" | "n" | "en" | "und" | "et" | "y");
    let filler = |w: &String| {
        matches!(
            w.as_str(),
            "please" | "pls" | "plz" | "thx" | "thanks" | "of" | "the" | "declaration" | "text"
        )
    };
    let noun = |w: &String| PARAGRAPH_NOUNS.contains(&w.as_str()) || misspelt_paragraph(w);
    let mut at = 0;
    while at < words.len() {
        let Some(first) = item(&words[at]) else {
            at += 1;
            continue;
        };
        let mut listed = vec![first];
        let mut end = at + 1;
        loop {
            let next = if words.get(end).is_some_and(joins) {
                end + 1
            } else {
                end
            };
            match words.get(next).and_then(item) {
                Some(n) => {
                    listed.push(n);
                    end = next + 1;
                }
                None => break,
            }
        }
        if listed.len() >= 2 {
            let before = &words[..at];
            let after = &words[end..];
            let named_before = before.last().is_some_and(noun);
            let named_after = after.first().is_some_and(noun);
            let asked = before
                .iter()
                .any(|w| ASKING_VERBS.contains(&w.as_str()) || w == "pull")
                && after.iter().all(|w| filler(w) || noun(w));
            let alone = before.iter().all(|w| w == "the" || noun(w)) && after.iter().all(filler);
            if named_before || named_after || asked || alone {
                let mut seen = Vec::new();
                listed.retain(|n| {
                    !seen.contains(n) && {
                        seen.push(*n);
                        true
                    }
                });
                return (listed.len() >= 2).then_some(listed);
            }
        }
        at = end;
    }
    None
}

/// Whether `words` (folded) ask to see a paragraph: a verb of showing with a word for a paragraph
/// soon after it ("just show me that paragraph", "show article twelve", "post the para").
/// The place of the last verb asking to be shown a paragraph ("show me that paragraph").
pub(crate) fn where_a_paragraph_is_asked_for(words: &[String]) -> Option<usize> {
    words.iter().enumerate().rposition(|(at, w)| {
        ASKING_VERBS.contains(&w.as_str())
            && words[at + 1..]
                .iter()
                .take(4)
                .any(|w| PARAGRAPH_NOUNS.contains(&w.as_str()) || misspelt_paragraph(w))
    })
}

/// Whether `words` (folded) speak of a paragraph: a word for one ("which para is that?"), or a
/// small number said alone ("is it in 8 or 9?").
pub fn speaks_of_a_paragraph(words: &[String]) -> bool {
    words.iter().any(|w| {
        PARAGRAPH_NOUNS.contains(&w.as_str())
            || misspelt_paragraph(w)
            || (w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// "paragarph", "pargraph", "paragrah": "paragraph" typed with one slip (a swap, a letter missing,
/// extra or wrong), which a reader would never take for another word.
fn misspelt_paragraph(word: &str) -> bool {
    let word = word.strip_suffix('s').unwrap_or(word);
    if word == "paragraph" || !word.starts_with('p') {
        return false;
    }
    // "paraaaagraph": a letter held down ("paragraph" has no double letter of its own).
    let mut held: Vec<char> = word.chars().collect();
    held.dedup();
    if held.len() < word.chars().count() && held.iter().collect::<String>() == "paragraph" {
        return true;
    }
    if abbreviates_paragraph(word) {
        return true;
    }
    if !(8..=10).contains(&word.len()) {
        return false;
    }
    let target: Vec<char> = "paragraph".chars().collect();
    let typed: Vec<char> = word.chars().collect();
    within_one_edit(&typed, &target)
}

/// "pgraph", "prgrph", "pargph": the letters of "paragraph" in order with some left out, its "g"
/// kept (so "par", "pap" and "pah" stay words).
fn abbreviates_paragraph(word: &str) -> bool {
    let mut letters = "paragraph".chars();
    (4..=8).contains(&word.chars().count())
        && word.contains('g')
        && word.chars().all(|c| letters.any(|l| l == c))
}

/// "sixten", "twelth", "foruth": a number word typed with one slip, read only beside a word for a
/// paragraph. Words of five letters and more only, and only when one number is that near, so "for"
/// or "tree" are never read as numbers.
fn slipped_number(word: &str) -> Option<u32> {
    if word.len() < 5 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let typed: Vec<char> = word.chars().collect();
    let mut near = crate::text::NUMBER_WORDS
        .iter()
        .zip(1..)
        .chain(crate::text::ORDINAL_WORDS.iter().zip(1..))
        .filter(|(number, _)| number.len() >= 5)
        .filter(|(number, _)| within_one_edit(&typed, &number.chars().collect::<Vec<_>>()))
        .map(|(_, n)| n);
    let first = near.next()?;
    near.all(|n| n == first).then_some(first)
}

/// Whether `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours.
fn within_one_edit(a: &[char], b: &[char]) -> bool {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    match a.len() as i64 - b.len() as i64 {
        0 => a.len() <= 1 || a[1..] == b[1..] || (a[0] == b[1] && a[1] == b[0] && a[2..] == b[2..]),
        1 => a[1..] == *b,
        -1 => *a == b[1..],
        _ => false,
    }
}

fn number(text: &str) -> Option<(i64, &str)> {
    let (negative, digits_start) = match text.strip_prefix(['-', '−']) {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let end = digits_start
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(digits_start.len());
    if end == 0 {
        return None;
    }
    let value = digits_start[..end].parse::<i64>().unwrap_or(i64::MAX);
    Some((if negative { -value } else { value }, &digits_start[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_paragraph_settled_on_is_the_one_meant() {
        let r = |n| Some(ParagraphReference { first: n, last: n });
        assert_eq!(
            find_reference("para 8 — no wait, I meant para 9. show me 9"),
            r(9)
        );
        assert_eq!(
            find_reference("Was it in para 1 or para 2? I'm going with 2 — quote it please"),
            r(2)
        );
        assert_eq!(find_reference("para 5, sorry, para 6"), r(6));
        // Nothing named before the words: they take nothing back.
        assert_eq!(find_reference("sorry, what does para 4 say?"), r(4));
        assert_eq!(find_reference("para 5 actually says what?"), r(5));
    }

    fn r(first: i64, last: i64) -> Option<ParagraphReference> {
        Some(ParagraphReference { first, last })
    }

    #[test]
    fn paragraphs_named_in_words() {
        assert_eq!(find_reference("what does paragraph 6 say?"), r(6, 6));
        // Nouns the declaration has no numbered things of its own for.
        assert_eq!(find_reference("pg. 6"), r(6, 6));
        assert_eq!(find_reference("section six"), r(6, 6));
        assert_eq!(find_reference("bullet 6"), r(6, 6));
        assert_eq!(find_reference("the nut graf, graf 3"), r(3, 3));
        assert_eq!(find_reference("part one of my question: mobility"), None);
        assert_eq!(find_reference("what's in number six?"), r(6, 6));
        assert_eq!(find_reference("para-7"), r(7, 7));
        assert_eq!(find_reference("VII"), r(7, 7));
        assert_eq!(find_reference("which paragraph is number seven"), r(7, 7));
        assert_eq!(
            find_reference("what's the very last thing the declaration says?"),
            r(LAST, LAST)
        );
        assert_eq!(find_reference("paragraph6 quote"), r(6, 6));
        assert_eq!(find_reference("pls show paraaaagraph 15"), r(15, 15));
        assert_eq!(find_reference("7번 문단 내용이 뭐예요?"), r(7, 7));
        assert_eq!(find_reference("đoạn văn số 11 nói gì?"), r(11, 11));
        assert_eq!(find_reference("el primer párrafo"), r(1, 1));
        assert_eq!(find_reference("douzième paragraphe"), r(12, 12));
        assert_eq!(
            find_reference("Was steht im vierzehnten Absatz?"),
            r(14, 14)
        );
        assert_eq!(
            find_reference("🇰🇷 문단 9 is about lifelong learning?"),
            r(9, 9)
        );
        assert_eq!(find_reference("the intro"), r(1, 1));
        assert_eq!(find_reference("the first bit of the declaration"), r(1, 1));
        assert_eq!(find_reference("the last part"), r(LAST, LAST));
        assert_eq!(
            find_reference("what's the first sentence of the declaration"),
            r(1, 1)
        );
        assert_eq!(find_reference("the opening line"), r(1, 1));
        assert_eq!(find_reference("how does it end"), r(LAST, LAST));
        assert_eq!(find_reference("the top paragraph"), r(1, 1));
        assert_eq!(find_reference("the bottom paragraph"), r(LAST, LAST));
        assert_eq!(find_reference("how does it work"), None);
        assert_eq!(find_reference("the last paragraph about mobility"), None);
        assert_eq!(
            find_reference("whats the top item on ASEMs agenda acording to the text"),
            None
        );
        assert_eq!(
            find_reference("the first paragraph that mentions lifelong learning"),
            None
        );
        assert_eq!(
            find_reference("the last paragraph, what does it say?"),
            r(LAST, LAST)
        );
        assert_eq!(find_reference("whats the 1st paragraph about"), r(1, 1));
        assert_eq!(
            find_reference("what is the very first paragraph about? just who came?"),
            r(1, 1)
        );
        assert_eq!(find_reference("how does the declaration begin?"), r(1, 1));
        assert_eq!(find_reference("what does the text end with"), r(LAST, LAST));
        assert_eq!(
            find_reference("how does the declaration define lifelong learning"),
            None
        );
        // A number word with a slip beside a word for a paragraph.
        assert_eq!(find_reference("para sixten"), r(16, 16));
        assert_eq!(find_reference("#9 — is adult education in there?"), r(9, 9));
        // Lists of paragraphs apart.
        assert_eq!(find_list("can u pull up 1, 5 and 9"), Some(vec![1, 5, 9]));
        assert_eq!(find_list("the 2nd and 4th paragraphs"), Some(vec![2, 4]));
        assert_eq!(find_list("paras 3, 7 & 12 pls"), Some(vec![3, 7, 12]));
        assert_eq!(find_list("6, 8, 12"), Some(vec![6, 8, 12]));
        assert_eq!(find_list("show me the 3rd and 4th meetings"), None);
        assert_eq!(find_list("between 2008 and 2009"), None);
        assert_eq!(find_list("is it in 8 or 9?"), None);
        // Other languages: number words, "last", "and", and the marks of Chinese and Korean.
        assert_eq!(find_reference("¿Qué dice el párrafo cuatro?"), r(4, 4));
        assert_eq!(find_reference("Qual é o último parágrafo?"), r(LAST, LAST));
        assert_eq!(find_reference("alinea 7 en 8 graag"), r(7, 8));
        assert_eq!(find_reference("Cho mình xem đoạn 10 với"), r(10, 10));
        assert_eq!(find_reference("首尔宣言第十一段是什么内容？"), r(11, 11));
        assert_eq!(find_reference("第三項"), r(3, 3));
        assert_eq!(find_reference("서울 선언문 다섯 번째 문단 보여줘"), r(5, 5));
        assert_eq!(find_reference("para tres países"), None);
        assert_eq!(find_reference("twelth paragraph"), r(12, 12));
        assert_eq!(find_reference("foruth para"), r(4, 4));
        assert_eq!(find_reference("the paragraph for teachers"), None);
        assert_eq!(find_reference("show me the 4th paragraph"), r(4, 4));
        assert_eq!(find_reference("para twelve please"), r(12, 12));
        assert_eq!(find_reference("Read out paragraph number three"), r(3, 3));
        assert_eq!(find_reference("the fourth paragraph"), r(4, 4));
        assert_eq!(find_reference("paragraphs 6 to 7"), r(6, 7));
        assert_eq!(find_reference("which paragraph is about mobility?"), None);
        assert_eq!(find_reference("the 4th Industrial Revolution"), None);
        assert_eq!(find_reference("can you read ¶7 to us"), r(7, 7));
        assert_eq!(find_reference("what's in § 6-7?"), r(6, 7));
        assert_eq!(find_reference("the last paragraph"), r(LAST, LAST));
        assert_eq!(
            find_reference("where was the one before the last meeting?"),
            None
        );
        assert_eq!(find_reference("quote 12 please"), r(12, 12));
        assert_eq!(find_reference("what does point 13 say"), r(13, 13));
        assert_eq!(find_reference("show me the article"), None);
        assert_eq!(find_reference("can u show me p3"), r(3, 3));
        assert_eq!(find_reference("number 5 of the text?"), r(5, 5));
        assert_eq!(find_reference("art. 5 pls"), r(5, 5));
        assert_eq!(find_reference("declaration text, number 9 please"), r(9, 9));
        assert_eq!(
            find_reference("the one right before the last paragraph"),
            r(SECOND_LAST, SECOND_LAST)
        );
        assert_eq!(find_reference("show me 16/16"), r(16, 16));
        assert_eq!(find_reference("21/11/2017"), None);
        assert_eq!(find_reference("서울 선언 제6항 보여줘"), r(6, 6));
        assert_eq!(find_reference("第 9 段落"), r(9, 9));
        assert_eq!(find_reference("2017년 11월 회의"), None);
        assert_eq!(
            find_reference("seoul declaration — what's in 14?"),
            r(14, 14)
        );
        assert_eq!(
            find_reference("whats the sixth one in the declaration say (paragraph i mean)"),
            r(6, 6)
        );
        assert_eq!(find_reference("what's in 2017 for the text?"), None);
        assert_eq!(find_reference("the declaration: what's in it?"), None);
        assert_eq!(
            find_reference("what does the fourth paragarph cover"),
            r(4, 4)
        );
        assert_eq!(find_reference("the opening paragraph"), r(1, 1));
        assert_eq!(
            find_reference("what's the lede of the declaration"),
            r(1, 1)
        );
        assert_eq!(find_reference("the paragraph before ¶10"), r(9, 9));
        assert_eq!(find_reference("what comes right after §5?"), r(6, 6));
        assert_eq!(find_reference("is mobility mentioned before ¶6?"), r(6, 6));
        assert_eq!(
            find_reference("what was the theme of the second to last meeting"),
            None
        );
        assert_eq!(
            find_reference("second to last paragraph?"),
            r(SECOND_LAST, SECOND_LAST)
        );
        for second_last in [
            "the second-to-last paragraph",
            "read the last but one paragraph",
            "penultimate para",
            "the next-to-last paragraph please",
            "the one before the last, what does it say?",
        ] {
            assert_eq!(
                find_reference(second_last),
                r(SECOND_LAST, SECOND_LAST),
                "{second_last}"
            );
        }
        assert_eq!(find_reference("the last paragraph"), r(LAST, LAST));
        assert_eq!(
            find_reference("the third-to-last paragraph"),
            r(THIRD_LAST, THIRD_LAST)
        );
        assert_eq!(
            find_reference("third from the end, what does it say?"),
            r(THIRD_LAST, THIRD_LAST)
        );
        assert_eq!(find_reference("whats in 14?"), r(14, 14));
        assert_eq!(find_reference("what does 13 say"), r(13, 13));
        assert_eq!(find_reference("n° 11 svp"), r(11, 11));
        assert_eq!(find_reference("gimme 10 and 11"), r(10, 11));
        assert_eq!(find_reference("show me 3 and 5"), r(3, 3));
        assert_eq!(find_reference("the one just before 7"), r(6, 6));
        assert_eq!(find_reference("the meeting just before 6"), None);
        assert_eq!(find_reference("whats in 2017?"), None);
        assert_eq!(
            find_reference("the third-from-last paragraph"),
            r(THIRD_LAST, THIRD_LAST)
        );
        assert_eq!(
            find_reference("fourth to last paragraph pls").map(|r| r.resolve_last(16)),
            r(13, 13)
        );
        assert_ne!(
            find_reference("read the paragraphs from first to last"),
            r(LAST, LAST)
        );
        assert_eq!(
            find_reference("the fourth paragraph from the bottom").map(|r| r.resolve_last(16)),
            r(13, 13)
        );
        assert_eq!(
            find_reference("the very last one, can you quote it"),
            r(LAST, LAST)
        );
        assert_eq!(find_reference("number 5, where was it held?"), None);
        assert_eq!(
            find_reference("what does the declaration say in the paragraph before the final one?"),
            r(SECOND_LAST, SECOND_LAST)
        );
        assert_eq!(find_reference("#13 of the declaration"), r(13, 13));
        assert_eq!(find_reference("we were #1 in the rankings"), None);
        assert_eq!(find_reference("what was number 4 about"), None);
        assert_eq!(find_reference("is there a number 5 meeting?"), None);
        for (text, n) in [
            ("pgph 2", 2),
            ("pgraph 3?", 3),
            ("what is number 4 about", 4),
            ("what does no. 9 say?", 9),
            ("prgrph 7 pls", 7),
            ("the para right after the opening one", 2),
            ("what's in the 8th one of the declaration?", 8),
            ("number 9 in the declaration, what does it cover", 9),
            ("what does XI say in the declaration", 11),
            ("the paragraph just before 14", 13),
            ("the one between 12 and 14", 13),
            ("paragraaf 3", 3),
            ("punto 5 por favor", 5),
            ("what's in the one right after paragraph 8", 9),
            ("the one right after paragraph nine", 10),
            ("the one just before para 3", 2),
            ("what did #13 say again", 13),
            ("Number eleven plz, the whole thing", 11),
            ("para between 3 and 5 pls", 4),
            ("quote 14 for me", 14),
            ("number seven paragraph what does it say", 7),
            ("the bit numbered 7, can I see it?", 7),
            ("what's in the intro paragraph", 1),
            ("the paragraph numbered 5, what does it say", 5),
            ("paragraph VI", 6),
            ("items 7 of the seoul declaration?", 7),
            ("pgh 8 pls", 8),
            ("p11", 11),
            ("no. 13 text", 13),
            ("parra 8 plz", 8),
            ("the fifteenth", 15),
            ("pt 4", 4),
            ("the paragraph after 6", 7),
            ("the paragraph before 12", 11),
            ("can you quote the 10th one", 10),
            ("Absatz 8 bitte", 8),
            ("párrafo 6 por favor", 6),
            ("number 3 pls", 3),
        ] {
            assert_eq!(find_reference(text), r(n, n), "{text}");
        }
        assert_eq!(find_reference("which paragraph I should read"), None);
        assert_eq!(find_reference("no way"), None);
        assert_eq!(find_reference("the 2017 one"), None);
        assert_eq!(find_reference("the first meeting"), None);
        assert_eq!(find_reference("give me section 11"), r(11, 11));
        assert_eq!(find_reference("text of p. 9"), r(9, 9));
        assert_eq!(find_reference("the first section of the text"), None);
        assert_eq!(find_reference("a paradigm shift"), None);
    }

    #[test]
    fn two_paragraphs_or_a_run_from_an_end() {
        assert_eq!(find_reference("para 6 & 7"), r(6, 7));
        assert_eq!(find_reference("paragraphs one and two"), r(1, 2));
        assert_eq!(find_reference("6th and 7th paragraphs"), r(6, 7));
        assert_eq!(find_reference("the sixth and seventh paragraphs"), r(6, 7));
        // Two apart are not a run: the first is shown, not what lies between.
        assert_eq!(find_reference("paragraphs 3 and 9"), r(3, 3));
        assert_eq!(find_reference("the first three paragraphs"), r(1, 3));
        assert_eq!(
            find_reference("the last two paragraphs").map(|r| r.resolve_last(16)),
            r(15, 16)
        );
        assert_eq!(find_reference("the first paragraph"), r(1, 1));
    }

    #[test]
    fn numbers_inside_questions_about_the_text() {
        let ask = |q: &str| find_reference(q);
        assert_eq!(
            ask("¶ V, what role do they say education cooperation played?"),
            r(5, 5)
        );
        assert_eq!(
            ask("§ XII — does it say anything about joint research?"),
            r(12, 12)
        );
        // A lower-case letter after the mark is a word, not a numeral.
        assert_eq!(ask("¶ i think it is there"), None);
        assert_eq!(
            ask("part 8 of the declaration: what kind of thinking?"),
            r(8, 8)
        );
        assert_eq!(
            ask("no.13 — who does the secretariat work with?"),
            r(13, 13)
        );
        assert_eq!(ask("no.4 — where was it held?"), None);
        assert_eq!(ask("the para after the 6th one"), r(7, 7));
        assert_eq!(
            ask("Which paragraph comes last in the declaration?"),
            r(LAST, LAST)
        );
        assert_eq!(ask("which para is the conclusion?"), r(LAST, LAST));
        assert_eq!(ask("the introduction paragraph"), r(1, 1));
        assert_eq!(
            ask("which paragraph is the first to mention mobility?"),
            None
        );
    }

    #[test]
    fn recognises_numbers_and_ranges() {
        assert_eq!(parse_reference("10"), r(10, 10));
        assert_eq!(parse_reference("¶10"), r(10, 10));
        assert_eq!(parse_reference(" para 6-7 "), r(6, 7));
        assert_eq!(parse_reference("Paragraphs 6 to 7"), r(6, 7));
        assert_eq!(parse_reference("¶6–¶7"), r(6, 7));
        assert_eq!(parse_reference("-3"), r(-3, -3));
        assert_eq!(parse_reference("¶0"), r(0, 0));
        assert_eq!(
            parse_reference("99999999999999999999999"),
            r(i64::MAX, i64::MAX)
        );
    }

    #[test]
    fn leaves_text_alone() {
        assert_eq!(parse_reference("4th industrial revolution"), None);
        assert_eq!(parse_reference("mobility"), None);
        assert_eq!(parse_reference("6 7"), None);
        assert_eq!(parse_reference(""), None);
        assert_eq!(parse_reference("paragraph"), None);
    }
}
