//! Text helpers shared by every layer: Discord-safe lengths and truncation, escaping user text,
//! and the folding that makes "Erasmus+", "ERASMUS" and "erasmus" compare equal.

use unicode_segmentation::UnicodeSegmentation;

/// Length as Discord measures it. Discord counts UTF-16 code units for its limits, which is never
/// less than the number of characters, so staying under it is safe either way.
pub fn discord_len(text: &str) -> usize {
    text.encode_utf16().count()
}

/// Cuts `text` so that its Discord length is at most `max`, at a word boundary when one is near,
/// never inside a character or a grapheme (what a reader sees as one symbol), and marks the cut with "…". Markdown bold left open by the cut is closed.
pub fn truncate(text: &str, max: usize) -> String {
    if discord_len(text) <= max {
        return text.to_string();
    }
    if max == 0 {
        return String::new();
    }
    // Room for the ellipsis and a possible closing "**".
    let budget = max.saturating_sub(3);
    // Whole graphemes only: a flag (🇰🇷) or a family emoji is several characters that read as one.
    let mut end = 0;
    let mut used = 0;
    for (index, grapheme) in text.grapheme_indices(true) {
        let width = discord_len(grapheme);
        if used + width > budget {
            break;
        }
        used += width;
        end = index + grapheme.len();
    }
    let hard = &text[..end];
    // Prefer a word boundary unless it would throw away more than a fifth of the room.
    let cut = match hard.rfind(char::is_whitespace) {
        Some(space) if space * 5 >= hard.len() * 4 => hard[..space].trim_end(),
        _ => hard,
    };
    let mut out = cut.trim_end().to_string();
    if out.matches("**").count() % 2 == 1 {
        out.push_str("**");
    }
    out.push('…');
    out
}

/// Escapes Discord markdown and defuses mentions in text a user typed, so that echoing it back can
/// neither format the reply nor ping anyone (allowed_mentions is empty as well; this is the second lock).
pub fn escape_user_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '*' | '_' | '~' | '`' | '|' | '>' | '#' | '[' | ']' | '\\' => {
                out.push('\\');
                out.push(ch);
            }
            '@' => out.push_str("@\u{200B}"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Collapses runs of whitespace into single spaces and trims the ends.
pub fn squash_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` with its spacing and question and exclamation marks as a careful writer types them:
/// one space between words (lines stay lines), none before a mark, one mark where there were
/// several ("why  ??!" → "why?"). The sentence encoder reads "  ??" as words of their own.
pub fn tidy_marks(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut previous_mark = false;
    for ch in single_spaced(text).chars() {
        let mark = matches!(ch, '?' | '!');
        if !(mark && previous_mark) {
            out.push(ch);
        }
        previous_mark = mark;
    }
    out
}

/// Lower-cases and folds Latin letters to ASCII (accents off: "é" → "e", "ø" → "o", "ł" → "l",
/// "ệ" → "e", "ß" → "ss") and typographic punctuation to its plain form, for comparisons that should
/// not care about case, accents or curly quotes. The search index folds its tokens with this same
/// function, so what is displayed and what is indexed agree. Other scripts are only lower-cased.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        fold_char(ch, &mut out);
    }
    out
}

fn fold_char(ch: char, out: &mut String) {
    if ch.is_ascii() {
        out.push(ch.to_ascii_lowercase());
        return;
    }
    let plain = match ch {
        '‘' | '’' | '‛' | '′' => "'",
        '“' | '”' | '„' | '″' => "\"",
        '–' | '—' | '‐' | '‑' => "-",
        'ø' | 'Ø' => "o",
        'ł' | 'Ł' => "l",
        'đ' | 'Đ' | 'ð' | 'Ð' => "d",
        'ß' | 'ẞ' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'þ' | 'Þ' => "th",
        'ı' => "i",
        'ħ' | 'Ħ' => "h",
        'ŧ' | 'Ŧ' => "t",
        _ => "",
    };
    if !plain.is_empty() {
        out.push_str(plain);
        return;
    }
    // Latin letters with accents (Latin-1, Extended-A/B, and Vietnamese's Extended Additional)
    // decompose into a base letter and marks; the marks go. Other scripts keep their letters.
    let latin = matches!(ch, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}');
    if latin {
        let mut base = String::new();
        unicode_normalization::char::decompose_canonical(ch, |part| {
            if !unicode_normalization::char::is_combining_mark(part) {
                base.push(part);
            }
        });
        if base.is_ascii() && !base.is_empty() {
            out.push_str(&base.to_ascii_lowercase());
            return;
        }
    }
    out.extend(ch.to_lowercase());
}

/// The words of `text`, folded: runs of letters, digits, `+` and inner hyphens ("people-to-people",
/// "erasmus+", "4th").
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_word(text, |word| out.push(word.to_string()));
    out
}

/// Calls `visit` with each word of `text` as [`words`] finds them, without allocating a string per
/// word (the lexicon of a large corpus visits millions).
pub fn for_each_word(text: &str, mut visit: impl FnMut(&str)) {
    let folded = fold(text);
    for_each_word_span(&folded, |span| visit(&folded[span]));
}

/// Calls `visit` with the byte range of each word of `folded` (a text already [`fold`]ed), as
/// [`words`] finds them.
pub fn for_each_word_span(folded: &str, mut visit: impl FnMut(std::ops::Range<usize>)) {
    let mut start: Option<usize> = None;
    let mut chars = folded.char_indices().peekable();
    while let Some((i, ch)) = chars.next() {
        let inner_hyphen =
            ch == '-' && start.is_some() && chars.peek().is_some_and(|(_, c)| c.is_alphanumeric());
        if ch.is_alphanumeric() || inner_hyphen || (ch == '+' && start.is_some()) {
            start.get_or_insert(i);
        } else if let Some(from) = start.take() {
            visit(from..i);
        }
    }
    if let Some(from) = start {
        visit(from..folded.len());
    }
}

/// A ¶ citation for one paragraph or a range: `¶6`, `¶6–7`.
pub fn cite(first: u32, last: u32) -> String {
    if first == last {
        format!("¶{first}")
    } else {
        format!("¶{first}–{last}")
    }
}

/// Cites a list of paragraph numbers compactly, merging consecutive runs: `¶1, ¶6–7, ¶10`.
pub fn cite_all(numbers: &[u32]) -> String {
    let mut sorted = numbers.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let mut parts = Vec::new();
    let mut iter = sorted.into_iter().peekable();
    while let Some(first) = iter.next() {
        let mut last = first;
        while iter.peek() == Some(&(last + 1)) {
            last = iter.next().unwrap_or(last);
        }
        parts.push(cite(first, last));
    }
    parts.join(", ")
}

/// "one" to "twenty", in order.
pub const NUMBER_WORDS: [&str; 20] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];
/// "first" to "twentieth", in order.
pub const ORDINAL_WORDS: [&str; 20] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

/// The first seven ordinals of French, German, Spanish, Italian and Portuguese, folded, in every
/// gender and case ending people type.
const FOREIGN_ORDINALS: [&[&str]; 16] = [
    &[
        "premier", "premiere", "1er", "1re", "erste", "primer", "ersten", "erster", "erstes",
        "primera", "primero", "prima", "primo", "primeira", "primeiro", "eerste",
    ],
    &[
        "deuxieme", "seconde", "zweite", "zweiten", "zweiter", "zweites", "segunda", "segundo",
        "seconda", "secondo", "tweede",
    ],
    &[
        "troisieme",
        "dritte",
        "dritten",
        "dritter",
        "drittes",
        "tercera",
        "tercero",
        "tercer",
        "terza",
        "terzo",
        "terceira",
        "terceiro",
        "derde",
    ],
    &[
        "quatrieme",
        "vierte",
        "vierten",
        "vierter",
        "viertes",
        "cuarta",
        "cuarto",
        "quarta",
        "quarto",
        "vierde",
    ],
    &[
        "cinquieme",
        "funfte",
        "funften",
        "funfter",
        "fuenfte",
        "quinta",
        "quinto",
        "vijfde",
    ],
    &[
        "sixieme", "sechste", "sechsten", "sechster", "sexta", "sexto", "sesta", "sesto", "zesde",
    ],
    &[
        "septieme", "siebte", "siebten", "siebter", "septima", "septimo", "settima", "settimo",
        "setima", "setimo", "zevende",
    ],
    &[
        "huitieme", "achte", "achten", "achter", "achtes", "octava", "octavo", "ottava", "ottavo",
        "oitava", "oitavo", "achtste",
    ],
    &[
        "neuvieme", "neunte", "neunten", "neunter", "neuntes", "novena", "noveno", "nona", "nono",
        "negende",
    ],
    &[
        "dixieme", "zehnte", "zehnten", "zehnter", "zehntes", "decima", "decimo", "tiende",
    ],
    &[
        "onzieme",
        "elfte",
        "elften",
        "elfter",
        "elftes",
        "undecima",
        "undecimo",
        "decimoprimera",
        "decimoprimero",
        "undicesima",
        "undicesimo",
        "elfde",
    ],
    &[
        "douzieme",
        "zwolfte",
        "zwolften",
        "zwolfter",
        "zwolftes",
        "zwoelfte",
        "zwoelften",
        "zwoelfter",
        "zwoelftes",
        "duodecima",
        "duodecimo",
        "decimosegunda",
        "decimosegundo",
        "dodicesima",
        "dodicesimo",
        "twaalfde",
    ],
    &[
        "treizieme",
        "dreizehnte",
        "dreizehnten",
        "dreizehnter",
        "dreizehntes",
        "decimotercera",
        "decimotercero",
        "decimotercer",
        "tredicesima",
        "tredicesimo",
        "dertiende",
    ],
    &[
        "quatorzieme",
        "vierzehnte",
        "vierzehnten",
        "vierzehnter",
        "vierzehntes",
        "decimocuarta",
        "decimocuarto",
        "quattordicesima",
        "quattordicesimo",
        "veertiende",
    ],
    &[
        "quinzieme",
        "funfzehnte",
        "funfzehnten",
        "funfzehnter",
        "funfzehntes",
        "fuenfzehnte",
        "fuenfzehnten",
        "fuenfzehnter",
        "fuenfzehntes",
        "decimoquinta",
        "decimoquinto",
        "quindicesima",
        "quindicesimo",
        "vijftiende",
    ],
    &[
        "seizieme",
        "sechzehnte",
        "sechzehnten",
        "sechzehnter",
        "sechzehntes",
        "decimosexta",
        "decimosexto",
        "sedicesima",
        "sedicesimo",
        "zestiende",
    ],
];

/// A Roman numeral up to 39 ("vi", "xiv"), as some documents number their paragraphs and some
/// people their meetings ("ASEMME III").
pub fn roman_value(word: &str) -> Option<u32> {
    // A lone "i" is the pronoun ("which paragraph I should read").
    if word.len() < 2 && word != "v" && word != "x"
        || word.len() > 6
        || !word.chars().all(|c| matches!(c, 'i' | 'v' | 'x'))
    {
        return None;
    }
    let digit = |c: char| match c {
        'i' => 1,
        'v' => 5,
        _ => 10,
    };
    let values: Vec<u32> = word.chars().map(digit).collect();
    let mut total: i64 = 0;
    for (i, value) in values.iter().enumerate() {
        match values.get(i + 1) {
            Some(next) if next > value => total -= i64::from(*value),
            _ => total += i64::from(*value),
        }
    }
    u32::try_from(total).ok().filter(|n| (1..40).contains(n))
}

/// Words that qualify the thing asked for, and are not it ("what were the precise dates", "the
/// main decisions", "any concrete outcomes").
pub const ASK_QUALIFIERS: &[&str] = &[
    "exact",
    "precise",
    "official",
    "specific",
    "actual",
    "full",
    "formal",
    "approximate",
    "main",
    "key",
    "major",
    "principal",
    "overall",
    "chief",
    "concrete",
];

/// The things a question asks about without "what" or "which": whether one exists ("is there a
/// video of…?") or where to get one ("where can I buy tickets…?", "can I find the group
/// photo…?"). Each is where it stands in `words` (folded).
pub fn things_asked_about(words: &[String]) -> impl Iterator<Item = usize> + '_ {
    thing_said_to_exist(words)
        .into_iter()
        .chain(thing_sought(words))
        .chain(thing_needed(words))
}

/// "do i need a visa to study in korea…", "does my child need to apply for a permit…": what
/// someone is asked to need.
fn thing_needed(words: &[String]) -> Option<usize> {
    // One or two words for who needs it: "do i need…", "does my son need…".
    let needed_at = (2..words.len()).find(|&at| {
        matches!(
            words[at].as_str(),
            "need" | "needs" | "require" | "requires"
        ) && words[at.saturating_sub(3)..at - 1]
            .iter()
            .any(|w| matches!(w.as_str(), "do" | "does" | "did" | "will" | "would"))
    })?;
    let mut next = needed_at + 1;
    // "need to apply for a visa", "need to get a permit": the thing after the getting.
    if words.get(next).is_some_and(|w| w == "to") {
        next += 2;
        if words
            .get(next)
            .is_some_and(|w| matches!(w.as_str(), "for" | "with"))
        {
            next += 1;
        }
    }
    past_articles(words, next)
}

/// The articles and quantifiers that may stand before the thing asked about.
fn past_articles(words: &[String], mut at: usize) -> Option<usize> {
    while words
        .get(at)
        .is_some_and(|w| matches!(w.as_str(), "a" | "an" | "any" | "some" | "the"))
    {
        at += 1;
    }
    (at < words.len()).then_some(at)
}

/// "where can I buy tickets…", "can I find the group photo…", "can journalists get media
/// accreditation…": what the speaker, or those they speak of, want to get hold of.
fn thing_sought(words: &[String]) -> Option<usize> {
    // "can I get…", "can journalists get…": one word for who wants it.
    let at = words.windows(3).position(|three| {
        matches!(three[0].as_str(), "can" | "could")
            && !matches!(
                three[1].as_str(),
                "the" | "a" | "an" | "it" | "this" | "they"
            )
            && matches!(
                three[2].as_str(),
                "buy"
                    | "get"
                    | "find"
                    | "watch"
                    | "download"
                    | "access"
                    | "order"
                    | "book"
                    | "stream"
                    | "view"
                    | "purchase"
            )
    })?;
    past_articles(words, at + 3)
}

/// "is there a video of the Berlin meeting?", "were there any protests…": a question whether
/// something exists asks for that thing.
pub fn thing_said_to_exist(words: &[String]) -> Option<usize> {
    let at = words.iter().enumerate().position(|(i, w)| {
        w == "theres"
            || (w == "there"
                && i.checked_sub(1).is_some_and(|before| {
                    matches!(words[before].as_str(), "is" | "was" | "were" | "are")
                }))
    })?;
    let mut next = at + 1;
    while words
        .get(next)
        .is_some_and(|w| matches!(w.as_str(), "a" | "an" | "any" | "some" | "the"))
    {
        next += 1;
    }
    // "is there any link drawn between…", "is there a mention of…": a word that frames a topic
    // asks for the topic, not for itself.
    let frames_a_topic = words.get(next).is_some_and(|w| {
        matches!(
            w.as_str(),
            "link"
                | "links"
                | "connection"
                | "connections"
                | "relation"
                | "relationship"
                | "mention"
                | "mentions"
                | "reference"
                | "references"
                | "word"
                | "words"
                | "talk"
                | "bit"
                | "part"
                | "section"
                | "passage"
                | "line"
                | "sentence"
                | "anything"
                | "something"
                | "stuff"
        )
    });
    (next < words.len() && !frames_a_topic).then_some(next)
}

/// Where the thing a "what…" or "which…" question asks for stands in `words` (folded), for every
/// such question word: the first word after it that is not a verb of being, an article or a
/// qualifier ("which hotel", "what was the weather", "what kind of support", "the exact date").
pub fn asked_things(words: &[String]) -> impl Iterator<Item = usize> + '_ {
    words.iter().enumerate().filter_map(|(i, w)| {
        if !matches!(w.as_str(), "what" | "which" | "whats") {
            return None;
        }
        // "the helsinki summit is what kicked it off", "that's what they said": a relative
        // "what" names what was said, and asks for nothing.
        let before = i.checked_sub(1).map(|j| words[j].as_str());
        let after = words.get(i + 1).map(String::as_str);
        // "from what I read, they…": so does "from what" someone read or heard.
        let from_what_one = before == Some("from") && matches!(after, Some("i" | "we" | "you"));
        if w == "what"
            && (matches!(before, Some("is" | "was" | "s" | "thats" | "exactly")) || from_what_one)
        {
            return None;
        }
        // "what kicked it off", "what prompted them to…": "what" is who or what did it, and a
        // verb follows it, not the thing asked for.
        let after_next = words.get(i + 2).map(String::as_str);
        // "what went wrong", "what led to it": so does a verb of the past that ends otherwise.
        // "the summit which launched the ministers' meetings": a "which" after a noun, a verb
        // after it, opens a clause that says what the noun did.
        let relative_which = w == "which"
            && before.is_some_and(|noun| {
                noun.len() >= 3
                    && !matches!(
                        noun,
                        "and"
                            | "but"
                            | "then"
                            | "for"
                            | "from"
                            | "with"
                            | "about"
                            | "into"
                            | "know"
                            | "knows"
                            | "tell"
                            | "wonder"
                            | "sure"
                            | "ask"
                            | "asks"
                            | "asking"
                            | "asked"
                            | "see"
                            | "find"
                            | "out"
                            | "idea"
                            | "clue"
                            | "say"
                            | "says"
                    )
            });
        let a_verb_follows = (w == "what" || relative_which)
            && after.is_some_and(|verb| {
                (verb.len() > 4 && verb.ends_with("ed"))
                    || matches!(
                        verb,
                        "went"
                            | "came"
                            | "made"
                            | "led"
                            | "brought"
                            | "took"
                            | "gave"
                            | "got"
                            | "drove"
                            | "began"
                            | "kept"
                    )
                    || matches!(
                        after_next,
                        Some("it" | "them" | "this" | "us" | "him" | "her")
                    )
            });
        // "…diplomas we can't assess, which is a real barrier": a "which" after a noun or a
        // verb, then "is a…", says what that was.
        let describes_what_came_before = relative_which
            && matches!(after, Some("is" | "was" | "are" | "were"))
            && matches!(after_next, Some("a" | "an"));
        if a_verb_follows || describes_what_came_before {
            return None;
        }
        let rest = &words[i + 1..];
        rest.iter()
            .enumerate()
            .position(|(k, next)| {
                // "which one of the ministerial meetings": the meetings are the thing asked.
                let one_of = next == "one" && rest.get(k + 1).is_some_and(|w| w == "of");
                // "what's the #1 thing…": a rank says which thing, it is not the thing.
                let rank = next.chars().all(|c| c.is_ascii_digit());
                !one_of
                    && !rank
                    && !ASK_QUALIFIERS.contains(&next.as_str())
                    && !matches!(
                        next.as_str(),
                        "was"
                        | "is"
                        | "were"
                        | "are"
                        | "s"
                        | "the"
                        // "whats teh reason": the article as slipped.
                        | "teh"
                        | "hte"
                        | "a"
                        | "an"
                        | "kind"
                        | "sort"
                        | "type"
                        | "of"
                        // "to what extent", "in what terms", "in what context": how far, not a
                        // thing.
                        | "extent"
                        | "context"
                        | "terms"
                        | "respect"
                        | "respects"
                        | "sense"
                    )
            })
            .map(|offset| i + 1 + offset)
    })
}

/// The question in a message as typed: without a mention or a hand-typed command before it
/// ("@asem-bot what does ASEF stand for", "<@123> …", "/ask …", "ask: …") and without spoken
/// punctuation; neither is part of what is asked.
pub fn question_of(text: &str) -> String {
    single_spaced(&with_clause_marks(&question_as_typed(text)))
}

/// [`question_of`] without the clause marks it adds: the clauses the asker made.
pub fn question_as_typed(text: &str) -> String {
    let mut rest = text.trim_start();
    loop {
        let before = rest;
        if let Some(after) = rest.strip_prefix("<@") {
            if let Some(end) = after.find('>') {
                rest = after[end + 1..].trim_start();
            }
        } else if rest.starts_with('@') {
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            rest = rest[end..].trim_start();
        }
        let lower = rest.to_ascii_lowercase();
        for prefix in ["/ask ", "ask:"] {
            if lower.starts_with(prefix) {
                rest = rest[prefix.len()..].trim_start();
            }
        }
        if rest == before {
            break;
        }
    }
    if rest.trim().is_empty() {
        return without_spoken_punctuation(text);
    }
    // "btw @lena they also said…": a person called on in the middle of chat is no topic.
    let unnamed: String;
    if rest.split_whitespace().any(|token| token.starts_with('@')) {
        unnamed = rest
            .split_whitespace()
            .filter(|token| !token.starts_with('@'))
            .collect::<Vec<_>>()
            .join(" ");
        if !unnamed.trim().is_empty() {
            rest = &unnamed;
        }
    }
    without_spoken_punctuation(without_courtesy(without_preamble(rest)))
}

/// A message typed without a single mark, with a comma where a new clause plainly begins, so that
/// what reads clause by clause can ("hiii does it say anything for teachers my sister is one" →
/// "…for teachers, my sister is one"): before a question word that follows the clause's words,
/// before "my", "I"… opening what the speaker tells, and before "does", "is"… opening a question
/// about "it", "the"…. Text with any mark is left as typed.
pub fn with_clause_marks(text: &str) -> String {
    const MARKS: &[char] = &['.', ',', '?', '!', ';', ':', '\n', '—', '–', '(', ')'];
    let tokens: Vec<&str> = text.split_whitespace().collect();
    // A message in capitals shows no names by their capital; an emoji already ends a clause.
    let cased = text.chars().any(char::is_lowercase);
    if tokens.len() < 6 || text.contains(MARKS) || !cased {
        return text.to_string();
    }
    let emoji = |i: usize| {
        tokens[i]
            .chars()
            .all(|c| is_emoji(c) || !c.is_alphanumeric())
    };
    let folded: Vec<String> = tokens.iter().map(|t| fold(t)).collect();
    let is = |i: usize, list: &[&str]| folded.get(i).is_some_and(|w| list.contains(&w.as_str()));
    // Words after which a question word or "my" goes on the same clause ("tell me what", "about
    // what", "and my").
    const JOINING: &[&str] = &[
        "about",
        "of",
        "in",
        "on",
        "for",
        "to",
        "with",
        "from",
        "at",
        "by",
        "and",
        "or",
        "but",
        "so",
        "because",
        "cuz",
        "bc",
        "if",
        "as",
        "since",
        "that",
        "than",
        "know",
        "tell",
        "ask",
        "asking",
        "wonder",
        "wondering",
        "sure",
        "idea",
        "matter",
        "explain",
        "see",
        "say",
        "says",
        "is",
        "was",
        "are",
        "were",
        "me",
        "us",
        "do",
        "does",
        "did",
        "can",
        "could",
        "should",
        "would",
        "will",
        "am",
        "not",
        "no",
        "just",
        "even",
        "also",
        "exactly",
        "like",
        "remind",
        "reminds",
        "wonders",
        "show",
        "find",
        "what",
        "which",
        "where",
        "when",
        "who",
        "why",
        "how",
        "whats",
        "the",
        "a",
        "an",
        "this",
        "these",
        "those",
    ];
    const QUESTION_WORDS: &[&str] = &[
        "what", "whats", "which", "where", "when", "who", "why", "how",
    ];
    const SPEAKER: &[&str] = &["my", "i", "im", "ive", "our"];
    const YES_NO: &[&str] = &[
        "does", "do", "did", "is", "are", "can", "could", "will", "has",
    ];
    const ASKED_OF: &[&str] = &[
        "it", "the", "this", "that", "there", "they", "anything", "any",
    ];
    const NUMBERED: &[&str] = &[
        "asemme",
        "me",
        "summit",
        "meeting",
        "number",
        "no",
        "paragraph",
        "para",
        "part",
        "section",
        "article",
        "chapter",
        "phase",
    ];
    let mut out = String::with_capacity(text.len() + 8);
    for (i, token) in tokens.iter().enumerate() {
        // "ASEMME I", "paragraph I": a numeral, not the speaker.
        let numeral = folded[i] == "i" && i >= 1 && is(i - 1, NUMBERED);
        let opens = i >= 2
            && !is(i - 1, JOINING)
            && !emoji(i - 1)
            && (is(i, QUESTION_WORDS)
                || (is(i, SPEAKER) && !numeral)
                || (is(i, YES_NO)
                    && (is(i + 1, ASKED_OF)
                        || tokens
                            .get(i + 1)
                            .is_some_and(|t| t.chars().next().is_some_and(char::is_uppercase)))));
        if i > 0 {
            out.push_str(if opens { ", " } else { " " });
        }
        out.push_str(token);
    }
    out
}

/// `text` with one space where it had several and none before a question or exclamation mark
/// ("where  was it  ??" → "where was it??"); lines stay lines (a quoted line is a quote).
fn single_spaced(text: &str) -> String {
    text.lines()
        .map(|line| {
            let mut out = String::with_capacity(line.len());
            for piece in line.split([' ', '\t']).filter(|p| !p.is_empty()) {
                if !out.is_empty() && !piece.starts_with(['?', '!']) {
                    out.push(' ');
                }
                out.push_str(piece);
            }
            out
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `text` without the courtesies around a question: a greeting before it ("hi there!", "good
/// morning all,"), a request that frames it ("could you tell me", "pls") and thanks after it
/// ("… thanks!", "ty in advance"). They are not what is asked, and "thanks" would otherwise find
/// the paragraph where the ministers thank Korea.
pub fn without_courtesy(text: &str) -> &str {
    const GREETINGS: &[&str] = &[
        "hi",
        "hii",
        "hiii",
        "hey",
        "heyy",
        "heyyy",
        "hello",
        "helo",
        "hallo",
        "hiya",
        "howdy",
        "yo",
        "greetings",
        "dear",
    ];
    const ADDRESSEES: &[&str] = &[
        "there",
        "all",
        "everyone",
        "everybody",
        "folks",
        "guys",
        "team",
        "bot",
        "asem-bot",
        "asembot",
        "friends",
        "yall",
        "y'all",
        "people",
        "again",
    ];
    const REQUESTS: &[&[&str]] = &[
        &["could", "you", "please", "tell", "me"],
        &["can", "you", "please", "tell", "me"],
        &["would", "you", "please", "tell", "me"],
        &["could", "you", "tell", "me"],
        &["can", "you", "tell", "me"],
        &["would", "you", "tell", "me"],
        &["could", "u", "tell", "me"],
        &["can", "u", "tell", "me"],
        &["please", "tell", "me"],
        &["pls", "tell", "me"],
        &["could", "you", "please"],
        &["can", "you", "please"],
        &["would", "you", "please"],
        &["please"],
        &["pls"],
        &["plz"],
        &["kindly"],
    ];
    const THANKS: &[&[&str]] = &[
        &["thanks", "in", "advance"],
        &["thank", "you", "in", "advance"],
        &["thank", "you", "so", "much"],
        &["thank", "you", "very", "much"],
        &["thanks", "so", "much"],
        &["thanks", "a", "lot"],
        &["many", "thanks"],
        &["much", "appreciated"],
        &["appreciate", "it"],
        &["thank", "you"],
        &["thanks"],
        &["thanx"],
        &["thx"],
        &["ty"],
        &["tysm"],
        &["tia"],
        &["cheers"],
        &["please"],
        &["pls"],
        &["plz"],
    ];
    // Pieces of the text between spaces, with their folded word (punctuation off).
    let pieces: Vec<(usize, usize, String)> = {
        let mut out = Vec::new();
        let mut start = None;
        for (i, ch) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            match (ch.is_whitespace(), start) {
                (false, None) => start = Some(i),
                (true, Some(from)) => {
                    let word = fold(text[from..i].trim_matches(|c: char| !c.is_alphanumeric()));
                    out.push((from, i, word));
                    start = None;
                }
                _ => {}
            }
        }
        out
    };
    let word = |at: usize| pieces.get(at).map(|p| p.2.as_str());
    let phrase_at = |at: usize, phrase: &[&str]| {
        phrase
            .iter()
            .enumerate()
            .all(|(i, w)| word(at + i) == Some(*w))
    };
    // Whether a piece ends its clause ("hi there!", "morning all,").
    let ends_clause = |at: usize| {
        let (from, to, _) = &pieces[at];
        text[*from..*to].ends_with([',', '!', '.', ':', ';', '-', '—'])
    };
    let mut first = 0;
    let mut last = pieces.len();
    // "good morning all", "hi there!", "hey bot,".
    let good_day = word(first) == Some("good")
        && word(first + 1).is_some_and(|w| ["morning", "afternoon", "evening", "day"].contains(&w));
    if good_day {
        first += 1;
    }
    if (good_day || word(first).is_some_and(|w| GREETINGS.contains(&w))) && first + 1 < last {
        let mut after = first + 1;
        while !ends_clause(after - 1)
            && word(after).is_some_and(|w| ADDRESSEES.contains(&w))
            && after + 1 < last
        {
            after += 1;
        }
        first = after;
    }
    if let Some(request) = REQUESTS.iter().find(|r| phrase_at(first, r)) {
        if first + request.len() < last {
            first += request.len();
        }
    }
    // Thanks after the question, never all of it ("thanks" alone stays).
    loop {
        // An emoji or a mark after the thanks goes with it ("thanks 🙏").
        let mut end = last;
        while end > first + 1 && word(end - 1) == Some("") {
            end -= 1;
        }
        let thanks = THANKS
            .iter()
            .find(|t| t.len() < end - first && phrase_at(end - t.len(), t));
        match thanks {
            Some(t) => last = end - t.len(),
            None => break,
        }
    }
    if first == 0 && last == pieces.len() {
        return text;
    }
    &text[pieces[first].0..pieces[last - 1].1]
}

/// Whether a clause tells of the speaker ("my sister is one", "i'm a grad student…"), or gives
/// the speaker's view without asking ("MOOCs are overrated imo").
pub fn tells_of_the_speaker(clause: &[String]) -> bool {
    clause
        .first()
        .is_some_and(|w| matches!(w.as_str(), "my" | "i" | "im" | "ive" | "me"))
        || (clause
            .iter()
            .any(|w| matches!(w.as_str(), "imo" | "imho" | "tbh" | "ngl"))
            && !asks_in(clause))
}

/// Whether `c` is a pictograph or symbol of chat (an emoji, a dingbat, an arrow): no letter,
/// digit or mark of punctuation of any script.
pub fn is_emoji(c: char) -> bool {
    !c.is_alphanumeric() && matches!(u32::from(c), 0x2190..=0x2BFF | 0x1F000..=0x1FAFF)
}

/// Words of chat that may come before a question's opening ("btw does it…", "so is there…").
const LEAD_WORDS: &[&str] = &[
    "btw", "so", "also", "and", "but", "ok", "okay", "hey", "hi", "oh", "um", "uh", "just", "lol",
    "omg", "yo", "well", "anyway", "anyways", "sorry", "wait", "hmm", "then", "quick", "q",
];

/// The sentences of a message of chat, marks kept: a full stop, an exclamation or question mark,
/// or an emoji ends one ("deadline in an hour 🙏 what's…"); a dash or a comma does not ("the
/// EU–Korea agreement"). Sentences without a word are left out.
pub fn chat_sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split_inclusive(|c: char| matches!(c, '.' | '!' | '?') || is_emoji(c))
        .filter(|sentence| !words(sentence).is_empty())
}

/// Whether a clause asks something: a question word, a yes-or-no opening, or a question put
/// indirectly ("colleagues want to know if the declaration talks about…", "…whether it covers…").
pub fn asks_in(clause: &[String]) -> bool {
    let indirect = clause.windows(2).any(|pair| {
        pair[1] == "whether"
            || (pair[1] == "if"
                && matches!(
                    pair[0].as_str(),
                    "know"
                        | "wonder"
                        | "wondering"
                        | "wondered"
                        | "ask"
                        | "asking"
                        | "asked"
                        | "check"
                        | "checking"
                        | "see"
                        | "tell"
                ))
    });
    indirect
        || clause.iter().any(|w| {
            matches!(
                w.as_str(),
                "what" | "whats" | "which" | "how" | "who" | "where" | "when" | "why" | "anything"
            )
        })
        || clause
            .iter()
            .find(|w| !LEAD_WORDS.contains(&w.as_str()))
            .is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "does"
                        | "do"
                        | "did"
                        | "is"
                        | "are"
                        | "can"
                        | "could"
                        | "will"
                        | "would"
                        | "has"
                        | "have"
                )
            })
}

/// `text` without the clauses of chat that lead into a question and ask nothing ("ok last one:",
/// "thx! one more,", "sorry, quick q:"): "last one" there is no meeting.
fn without_preamble(text: &str) -> &str {
    const PREAMBLE: &[&str] = &[
        "ok",
        "okay",
        "lol",
        "last",
        "one",
        "more",
        "quick",
        "q",
        "question",
        "another",
        "sorry",
        "so",
        "and",
        "also",
        "thx",
        "thanks",
        "thank",
        "u",
        "you",
        "cool",
        "hi",
        "hey",
        "hello",
        "omg",
        "great",
        "ty",
        "alright",
        "right",
        "final",
        "follow",
        "up",
        "follow-up",
    ];
    let mut rest = text;
    while let Some(end) = rest.find([':', ',', '!', '.']) {
        let clause = words(&rest[..end]);
        let leads_in = !clause.is_empty()
            && clause.iter().all(|w| PREAMBLE.contains(&w.as_str()))
            && clause.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "one"
                        | "more"
                        | "q"
                        | "question"
                        | "thx"
                        | "thanks"
                        | "thank"
                        | "ty"
                        | "cool"
                        | "ok"
                        | "okay"
                )
            });
        let after = rest[end + 1..].trim_start();
        if !leads_in || after.is_empty() {
            break;
        }
        rest = after;
    }
    rest
}

/// `text` without the punctuation a dictating user speaks ("is adult education mentioned
/// anywhere question mark"): those words are not the question's.
pub fn without_spoken_punctuation(text: &str) -> String {
    const SPOKEN: &[&[&str]] = &[
        &["question", "mark"],
        &["exclamation", "mark"],
        &["exclamation", "point"],
        &["full", "stop"],
        &["new", "line"],
    ];
    let pieces: Vec<&str> = text.split_whitespace().collect();
    let core = |piece: &str| fold(piece.trim_matches(|c: char| !c.is_alphanumeric()));
    let mut kept: Vec<&str> = Vec::with_capacity(pieces.len());
    let mut at = 0;
    while at < pieces.len() {
        let spoken = SPOKEN.iter().find(|phrase| {
            phrase
                .iter()
                .enumerate()
                .all(|(i, word)| pieces.get(at + i).is_some_and(|p| core(p) == *word))
        });
        match spoken {
            Some(phrase) => at += phrase.len(),
            None => {
                kept.push(pieces[at]);
                at += 1;
            }
        }
    }
    if kept.len() == pieces.len() {
        text.to_string()
    } else {
        kept.join(" ")
    }
}

/// The number a folded word names: `6`, `six`, `6th`, `sixth` (up to twenty in words).
pub fn number_value(word: &str) -> Option<u32> {
    ordinal_value(word).or_else(|| {
        if !word.is_empty() && word.len() <= 4 && word.bytes().all(|b| b.is_ascii_digit()) {
            return word.parse().ok();
        }
        NUMBER_WORDS
            .iter()
            .position(|w| *w == word)
            .map(|i| i as u32 + 1)
    })
}

/// The number an ordinal names: `3rd`, `third`, `21st` (not a bare `3`), `IVth`, and the first
/// seven in French, German, Spanish, Italian and Portuguese ("première", "dritte", "segunda").
pub fn ordinal_value(word: &str) -> Option<u32> {
    if let Some(i) = ORDINAL_WORDS.iter().position(|w| *w == word) {
        return Some(i as u32 + 1);
    }
    if let Some(i) = FOREIGN_ORDINALS
        .iter()
        .position(|forms| forms.contains(&word))
    {
        return Some(i as u32 + 1);
    }
    // "IVth", "IIIrd": a Roman numeral with an English suffix.
    if let Some(roman) = ["th", "st", "nd", "rd"]
        .iter()
        .find_map(|suffix| word.strip_suffix(suffix))
    {
        if let Some(n) = roman_value(roman) {
            return Some(n);
        }
    }
    // "5th", and "5e", "5eme" (French), "5o", "5a" (Spanish, Italian, Portuguese "5º").
    let digits = [
        "st", "nd", "rd", "th", "eme", "er", "re", "e", "o", "a", "º", "ª",
    ]
    .iter()
    .find_map(|suffix| word.strip_suffix(suffix))?;
    if digits.is_empty() || digits.len() > 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_person_called_on_mid_chat_is_left_out() {
        assert_eq!(
            question_as_typed("btw @lena they also said it, right?"),
            "btw they also said it, right?"
        );
        assert_eq!(question_as_typed("@everyone"), "@everyone");
    }

    #[test]
    fn a_relative_what_asks_for_nothing() {
        let asked = |text: &str| asked_things(&words(text)).count();
        assert_eq!(asked("the helsinki summit is what kicked it off"), 0);
        assert_eq!(asked("that's what they said"), 0);
        assert_eq!(
            asked("from what I read, they see schooling as the route"),
            0
        );
        assert_eq!(asked("what did they say about mobility"), 1);
        // Nor a relative "which" after a noun, a verb after it.
        assert_eq!(
            asked("the summit which launched the ministers' meetings was in Stockholm?"),
            0
        );
        assert_eq!(asked("so which launched the process?"), 1);
        // Nor one that says what came before it was.
        assert_eq!(
            asked("we can't assess them, which is a real barrier. do they touch on it?"),
            0
        );
        assert_eq!(asked("which hotel was the meeting in?"), 1);
    }

    #[test]
    fn the_thing_asked_about_is_what_exists_is_sought_or_is_needed() {
        let thing = |text: &str| {
            let words = words(text);
            let at = things_asked_about(&words).next();
            at.map(|at| words[at].clone())
        };
        assert_eq!(
            thing("is there a video of the Berlin meeting?").as_deref(),
            Some("video")
        );
        assert_eq!(
            thing("can journalists get media accreditation?").as_deref(),
            Some("media")
        );
        assert_eq!(
            thing("do i need a visa to study in korea").as_deref(),
            Some("visa")
        );
        assert_eq!(
            thing("does my son need to apply for a permit?").as_deref(),
            Some("permit")
        );
        assert_eq!(thing("what does it say about mobility?"), None);
        // What the rank says is not the thing: "what's the #1 thing".
        let ranked = words("what's the #1 thing on the list");
        let at = asked_things(&ranked).next();
        assert_eq!(at.map(|at| ranked[at].as_str()), Some("thing"));
    }

    #[test]
    fn a_question_may_open_after_a_word_of_chat() {
        let asks = |clause: &str| asks_in(&words(clause));
        assert!(asks("btw does it mention ASEF"));
        assert!(asks("so is there anything on mobility"));
        assert!(!asks("saw them at the hanoi thing"));
        assert!(!asks("btw my uni likes it"));
        // Put indirectly.
        assert!(asks(
            "colleagues want to know if the declaration talks about training officials"
        ));
        assert!(asks(
            "can someone tell me whether the declaration covers exchanges"
        ));
        assert!(!asks("if it rains we stay home"));
    }

    #[test]
    fn clauses_typed_without_marks_are_marked() {
        assert_eq!(
            with_clause_marks("hiii does it say anything for teachers my sister is one"),
            "hiii does it say anything for teachers, my sister is one"
        );
        assert_eq!(
            with_clause_marks("remind me what asean means i always mix it up with asem"),
            "remind me what asean means, i always mix it up with asem"
        );
        assert_eq!(
            with_clause_marks("when Latvia hosted what was the theme"),
            "when Latvia hosted, what was the theme"
        );
        // A message may open with "I".
        assert_eq!(
            with_clause_marks("i want to know the rules on mobility my friend asked"),
            "i want to know the rules on mobility, my friend asked"
        );
        // "ASEMME I" is a numeral; text with a mark is left as typed.
        assert_eq!(
            with_clause_marks("where was the asemme i held back then"),
            "where was the asemme i held back then"
        );
        assert_eq!(
            with_clause_marks("hi, does it say anything for teachers my sister is one"),
            "hi, does it say anything for teachers my sister is one"
        );
    }

    #[test]
    fn ordinals_in_other_forms() {
        assert_eq!(ordinal_value("ivth"), Some(4));
        assert_eq!(ordinal_value("premiere"), Some(1));
        assert_eq!(ordinal_value("dritte"), Some(3));
        assert_eq!(ordinal_value("segunda"), Some(2));
        // German "ist" (is) is no Roman first.
        assert_eq!(ordinal_value("ist"), None);
        assert_eq!(ordinal_value("last"), None);
        assert_eq!(roman_value("xi"), Some(11));
        assert_eq!(roman_value("i"), None);
    }

    #[test]
    fn mentions_and_typed_commands_are_not_part_of_the_question() {
        assert_eq!(
            question_of("@asem-bot what does ASEF stand for"),
            "what does ASEF stand for"
        );
        assert_eq!(
            question_of("<@1234567890> /ask where was ASEMME3"),
            "where was ASEMME3"
        );
        assert_eq!(question_of("ask: mobility"), "mobility");
        assert_eq!(question_of("@everyone"), "@everyone");
    }

    #[test]
    fn marks_are_tidied_for_the_encoder() {
        assert_eq!(tidy_marks("why  ??"), "why?");
        assert_eq!(tidy_marks("really?!  what"), "really? what");
        assert_eq!(tidy_marks("?? what"), "? what");
        assert_eq!(tidy_marks("a . b"), "a . b");
    }

    #[test]
    fn courtesies_are_not_part_of_the_question() {
        assert_eq!(question_of("hi there! what is OER?"), "what is OER?");
        assert_eq!(question_of("good morning all, p11"), "p11");
        assert_eq!(question_of("hey bot quote 8"), "quote 8");
        assert_eq!(question_of("could you tell me ¶10"), "¶10");
        assert_eq!(
            question_of("who hosted ASEMME3? thanks!"),
            "who hosted ASEMME3?"
        );
        assert_eq!(question_of("mobility thanks in advance 🙏"), "mobility");
        assert_eq!(question_of("Who do they thank?"), "Who do they thank?");
        assert_eq!(question_of("thanks"), "thanks");
        assert_eq!(question_of("hello"), "hello");
        assert_eq!(
            question_of("hi, is there anything on adult education? pls"),
            "is there anything on adult education?"
        );
        assert_eq!(
            question_of("jobs  for  graduates  ??"),
            "jobs for graduates??"
        );
        assert_eq!(
            question_of("> a quote\nwhat is it"),
            "> a quote\nwhat is it"
        );
    }

    #[test]
    fn chat_that_leads_into_a_question_is_not_part_of_it() {
        assert_eq!(
            question_of("lol ok last one: anything about adult education"),
            "anything about adult education"
        );
        assert_eq!(
            question_of("thx! one more, why do they keep saying people-to-people?"),
            "why do they keep saying people-to-people?"
        );
        assert_eq!(question_of("ok, thanks."), "thanks.");
        assert_eq!(
            question_of("the last one, where was it?"),
            "the last one, where was it?"
        );
    }

    #[test]
    fn spoken_punctuation_is_not_part_of_the_question() {
        assert_eq!(
            without_spoken_punctuation("is adult education mentioned anywhere question mark"),
            "is adult education mentioned anywhere"
        );
        assert_eq!(
            without_spoken_punctuation("the question of mobility, marked by change"),
            "the question of mobility, marked by change"
        );
    }

    #[test]
    fn truncate_respects_limit_and_char_boundaries() {
        let text = "naïve café ".repeat(50) + "😀😀😀";
        for max in 0..80 {
            let cut = truncate(&text, max);
            assert!(discord_len(&cut) <= max, "{max}: {cut}");
        }
        assert_eq!(truncate("short", 10), "short");
        assert_eq!(
            truncate("alpha beta gamma delta epsilon", 20),
            "alpha beta gamma…"
        );
    }

    #[test]
    fn truncate_never_splits_a_grapheme() {
        let flags = "🇰🇷".repeat(30);
        let cut = truncate(&flags, 25);
        assert!(discord_len(&cut) <= 25);
        assert_eq!(
            cut.trim_end_matches('…').graphemes(true).count(),
            5,
            "{cut}"
        );
        assert!(cut.trim_end_matches('…').graphemes(true).all(|g| g == "🇰🇷"));
        let family = "👩‍👩‍👧‍👦 ".repeat(10);
        let cut = truncate(&family, 30);
        assert!(cut
            .trim_end_matches('…')
            .split_whitespace()
            .all(|g| g == "👩‍👩‍👧‍👦"));
    }

    #[test]
    fn folding_covers_latin_letters_beyond_latin_1() {
        assert_eq!(
            fold("Łódź, Ørsted, Đà Nẵng, Straße"),
            "lodz, orsted, da nang, strasse"
        );
        assert_eq!(fold("“Erasmus+” – ÉCOLE"), "\"erasmus+\" - ecole");
        assert_eq!(fold("학점 인정"), "학점 인정");
        assert_eq!(fold("Йошкар"), "йошкар");
    }

    #[test]
    fn truncate_closes_open_bold() {
        let cut = truncate("a **bold phrase that goes on and on** end", 20);
        assert_eq!(cut.matches("**").count() % 2, 0, "{cut}");
    }

    #[test]
    fn escape_defuses_mentions_and_markdown() {
        let out = escape_user_text("@everyone **hi** `x`");
        assert!(!out.contains("@everyone"));
        assert!(out.contains("\\*\\*hi\\*\\*"));
    }

    #[test]
    fn words_keep_inner_hyphens_and_plus() {
        assert_eq!(
            words("People-to-people, Erasmus+ and the 4th “Industrial” -x"),
            vec![
                "people-to-people",
                "erasmus+",
                "and",
                "the",
                "4th",
                "industrial",
                "x"
            ]
        );
    }

    #[test]
    fn citations_merge_runs() {
        assert_eq!(cite_all(&[7, 6, 10, 1, 6]), "¶1, ¶6–7, ¶10");
        assert_eq!(cite(3, 3), "¶3");
    }
}
