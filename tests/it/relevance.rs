//! Relevance on the labelled evaluation sets: asem-bot beside the SQLite FTS5 and plain tantivy
//! baselines and the sentence encoder alone, in the same run, on the same queries. Prints top-1,
//! recall@3, MRR@10, nDCG@10, false "no match" and wrong facts per kind of query and every asem-bot
//! miss, and fails below a floor just under the measured figures, so a change that hurts relevance
//! cannot land unnoticed.
//!
//! `cargo test --test it relevance -- --nocapture` prints the tables that RELEVANCE.md records.
//! `eval/queries.toml` is the set the techniques were tuned on; `eval/holdout.toml`,
//! `eval/holdout2.toml`, `eval/holdout3.toml` and `eval/holdout4.toml` were written before the work they measure and
//! never tuned on, to show whether the techniques generalise.

#[path = "../baselines/mod.rs"]
mod baselines;

use crate::util::{bot, root};
use asem_bot::answer::{meeting::Target, understand};
use asem_bot::commands::matching_commitments;
use asem_bot::search::encoder::ModelChoice;
use asem_bot::search::{Fusion, SearchIndex, Techniques};
use baselines::{fts5::Fts5, plain_tantivy::PlainTantivy};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
struct EvalSet {
    query: Vec<Query>,
}

#[derive(Deserialize)]
struct Query {
    text: String,
    kind: String,
    #[serde(default)]
    answers: Vec<u32>,
    #[serde(default)]
    related: Vec<u32>,
    #[serde(default)]
    fact: Option<String>,
    /// Which meeting a meeting or not-stated query is about (ASEMME1…6, SUMMIT6, NEXT).
    #[serde(default)]
    meeting: Option<String>,
    /// The glossary term a definition query asks about.
    #[serde(default)]
    term: Option<String>,
    #[serde(default)]
    #[allow(dead_code)]
    persona: Option<String>,
}

/// What a system answered: paragraphs of the declaration best first, and what it stated about a
/// meeting if it can.
#[derive(Default)]
struct Answer {
    paragraphs: Vec<u32>,
    /// The fact of facts.toml it answered with.
    fact: Option<String>,
    /// The meeting its statement is about (short name, or NEXT), what was asked and whether the
    /// declaration states it.
    meeting: Option<(String, Option<String>, bool)>,
    /// The glossary term it opened with.
    term: Option<Vec<String>>,
    /// The paragraph it quoted because the query named it.
    reference: Option<u32>,
}

/// The measures of one query, each in [0, 1].
#[derive(Default, Clone, Copy)]
struct Measures {
    top1: f64,
    hit3: f64,
    mrr: f64,
    ndcg: f64,
    /// An answerable query told "nothing matches".
    false_no_match: f64,
    /// A fact stated about another meeting than the one asked, or stated where the declaration
    /// says nothing.
    wrong_fact: f64,
}

#[derive(Default)]
struct Totals {
    count: usize,
    sum: Measures,
}

impl Totals {
    fn add(&mut self, m: Measures) {
        self.count += 1;
        self.sum.top1 += m.top1;
        self.sum.hit3 += m.hit3;
        self.sum.mrr += m.mrr;
        self.sum.ndcg += m.ndcg;
        self.sum.false_no_match += m.false_no_match;
        self.sum.wrong_fact += m.wrong_fact;
    }

    fn mean(&self) -> Measures {
        let n = self.count.max(1) as f64;
        Measures {
            top1: self.sum.top1 / n,
            hit3: self.sum.hit3 / n,
            mrr: self.sum.mrr / n,
            ndcg: self.sum.ndcg / n,
            false_no_match: self.sum.false_no_match / n,
            wrong_fact: self.sum.wrong_fact,
        }
    }
}

/// Per kind of query, and "all".
type Report = BTreeMap<String, Totals>;

fn gain(query: &Query, paragraph: u32) -> f64 {
    if query.answers.contains(&paragraph) {
        2.0
    } else if query.related.contains(&paragraph) {
        1.0
    } else {
        0.0
    }
}

fn ndcg(query: &Query, ranking: &[u32]) -> f64 {
    let dcg: f64 = ranking
        .iter()
        .take(10)
        .enumerate()
        .map(|(i, p)| gain(query, *p) / ((i + 2) as f64).log2())
        .sum();
    let ideal = query
        .answers
        .iter()
        .map(|_| 2.0)
        .chain(query.related.iter().map(|_| 1.0))
        .take(10);
    let idcg: f64 = ideal
        .enumerate()
        .map(|(i, g)| g / ((i + 2) as f64).log2())
        .sum();
    if idcg == 0.0 {
        0.0
    } else {
        dcg / idcg
    }
}

fn all_or_nothing(ok: bool) -> Measures {
    let s = f64::from(u8::from(ok));
    Measures {
        top1: s,
        hit3: s,
        mrr: s,
        ndcg: s,
        ..Measures::default()
    }
}

/// The evaluation sets' meeting names as the timeline spells them.
fn meeting_name(label: &str) -> &str {
    match label {
        "SUMMIT6" => "ASEM Summit 6",
        // The meeting after Seoul, which the bot calls the next one.
        "ASEMME7" => "NEXT",
        other => other,
    }
}

/// Whether the attribute answered fits the fact asked ("when" may be answered with the dates).
fn fits(asked: &str, answered: Option<&str>) -> bool {
    let asked = if asked == "number" { "count" } else { asked };
    match answered {
        // What a meeting adopted: the Seoul Declaration for the declaration's own meeting.
        Some(a) => {
            a == asked
                || matches!(
                    (asked, a),
                    ("year", "dates") | ("dates", "year") | ("declaration", "outcome")
                )
        }
        None => false,
    }
}

/// Scores one answer; returns the measures and a description of a miss.
fn score(query: &Query, answer: &Answer) -> (Measures, Option<String>) {
    let stated_elsewhere = |expected: &str| {
        answer.meeting.as_ref().is_some_and(|(m, _, stated)| {
            *stated && (m != meeting_name(expected) || expected == "NEXT")
        })
    };
    match query.kind.as_str() {
        // The first set's meeting questions name a fact of facts.toml.
        "meeting" if query.meeting.is_none() => {
            let expected = query.fact.as_deref().unwrap_or_default();
            let ok = answer.fact.as_deref() == Some(expected);
            let got = answer.fact.as_deref().unwrap_or("no fact");
            (
                all_or_nothing(ok),
                (!ok).then(|| format!("expected the {expected} fact, got {got}")),
            )
        }
        // The second names the meeting and what is asked of it.
        "meeting" => {
            let expected = query.meeting.as_deref().unwrap_or_default();
            let fact = query.fact.as_deref().unwrap_or_default();
            // Of the declaration's own meeting, a fact of facts.toml answers as its record does
            // ("which days in November did the ministers gather in Korea?" → the dates); of
            // another meeting, such a fact is the Seoul meeting's and wrong.
            fn own_fact(asked: &str) -> Option<&str> {
                match asked {
                    "city" => Some("place"),
                    "year" | "dates" => Some("dates"),
                    "theme" | "host" | "participants" | "declaration" => Some(asked),
                    _ => None,
                }
            }
            let ok = match &answer.meeting {
                Some((m, attribute, true)) => {
                    m == meeting_name(expected) && fits(fact, attribute.as_deref())
                }
                None if expected == "ASEMME6" => {
                    answer.fact.is_some() && answer.fact.as_deref() == own_fact(fact)
                }
                _ => fact == "declaration" && answer.fact.as_deref() == Some("declaration"),
            };
            let seoul_fact_elsewhere = answer.meeting.is_none()
                && expected != "ASEMME6"
                && answer.fact.as_deref().is_some_and(|f| {
                    [
                        "place",
                        "dates",
                        "theme",
                        "host",
                        "participants",
                        "declaration",
                    ]
                    .contains(&f)
                });
            let mut measures = all_or_nothing(ok);
            measures.wrong_fact =
                f64::from(u8::from(stated_elsewhere(expected) || seoul_fact_elsewhere));
            (
                measures,
                (!ok).then(|| {
                    format!(
                        "expected {expected} {fact}, got {:?} / fact {:?}",
                        answer.meeting, answer.fact
                    )
                }),
            )
        }
        "not-stated" => {
            let expected = query.meeting.as_deref().unwrap_or_default();
            let ok = match &answer.meeting {
                Some((m, _, false)) => m == meeting_name(expected),
                _ => false,
            };
            let mut measures = all_or_nothing(ok);
            let stated =
                answer.meeting.as_ref().is_some_and(|(_, _, s)| *s) || answer.fact.is_some();
            measures.wrong_fact = f64::from(u8::from(stated));
            (
                measures,
                (!ok).then(|| {
                    format!(
                        "expected “not stated” about {expected}, got {:?} / fact {:?}",
                        answer.meeting, answer.fact
                    )
                }),
            )
        }
        "definition" => {
            let expected = asem_bot::search::normalize(query.term.as_deref().unwrap_or_default());
            let ok = answer.term.as_ref().is_some_and(|names| {
                names.iter().any(|n| {
                    let n = asem_bot::search::normalize(n);
                    n == expected || n.trim_end_matches('s') == expected.trim_end_matches('s')
                })
            });
            (
                all_or_nothing(ok),
                (!ok).then(|| {
                    format!(
                        "expected the glossary entry {expected:?}, got {:?}",
                        answer.term
                    )
                }),
            )
        }
        "paragraph-ref" => {
            let ok =
                answer.reference.is_some() && answer.reference == query.answers.first().copied();
            (
                all_or_nothing(ok),
                (!ok).then(|| format!("expected ¶{:?}, got {:?}", query.answers, answer.reference)),
            )
        }
        "out-of-scope" => {
            let ok = answer.paragraphs.is_empty()
                && answer.meeting.is_none()
                && answer.fact.is_none()
                && answer.term.is_none();
            let mut measures = all_or_nothing(ok);
            measures.wrong_fact = f64::from(u8::from(
                answer.fact.is_some() || answer.meeting.as_ref().is_some_and(|m| m.2),
            ));
            (
                measures,
                (!ok).then(|| {
                    format!(
                        "expected no match, got {:?} / meeting {:?} / fact {:?}",
                        answer.paragraphs, answer.meeting, answer.fact
                    )
                }),
            )
        }
        _ => {
            let ranking = &answer.paragraphs;
            let first = ranking.iter().position(|p| query.answers.contains(p));
            let measures = Measures {
                top1: f64::from(u8::from(first == Some(0))),
                hit3: f64::from(u8::from(first.is_some_and(|r| r < 3))),
                mrr: first.map_or(0.0, |r| 1.0 / (r + 1) as f64),
                ndcg: ndcg(query, ranking),
                false_no_match: f64::from(u8::from(ranking.is_empty())),
                wrong_fact: 0.0,
            };
            let miss = (measures.top1 < 1.0)
                .then(|| format!("answers {:?}, got {:?}", query.answers, ranking));
            (measures, miss)
        }
    }
}

/// asem-bot's answer, as `/ask` (and the message menu, and `/commitments` for commitment themes)
/// works it out.
fn asem_bot(index: &SearchIndex, query: &Query) -> Answer {
    if query.kind == "commitment-theme" {
        let mut paragraphs: Vec<u32> = matching_commitments(index, &query.text)
            .iter()
            .map(|c| c.paragraph)
            .collect();
        let mut seen = std::collections::HashSet::new();
        paragraphs.retain(|p| seen.insert(*p));
        return Answer {
            paragraphs,
            ..Answer::default()
        };
    }
    let understood = understand(index, &query.text, 10).expect("the question is answered");
    let meeting = understood.meeting.as_ref().map(|statement| {
        let name = match statement.target {
            Some(Target::Future { .. }) => "NEXT".to_string(),
            _ => statement
                .meeting
                .clone()
                .unwrap_or_else(|| "all".to_string()),
        };
        (
            name,
            statement.attribute.map(|a| a.id().to_string()),
            statement.stated,
        )
    });
    let fact = understood
        .fact
        .map(|f| f.id.clone())
        .or_else(|| understood.meeting.as_ref().and_then(|m| m.fact.clone()));
    let term = understood.term.map(|t| {
        let mut names = vec![t.term.clone(), t.expansion.clone()];
        names.extend(t.forms.iter().cloned());
        names.extend(t.aliases.iter().cloned());
        names
    });
    // A paragraph the declaration does not have ("para 17") is answered with an error that says
    // so and quotes nothing: no match.
    let last = i64::from(index.corpus().primary().last_number());
    let missing = understood
        .reference
        .is_some_and(|r| r.first < 1 || r.last > last || r.first > r.last);
    Answer {
        paragraphs: if missing {
            Vec::new()
        } else {
            understood.paragraphs()
        },
        fact,
        meeting,
        term,
        reference: understood
            .reference
            .filter(|_| !missing)
            .and_then(|r| u32::try_from(r.first).ok()),
    }
}

/// The sentence encoder alone: paragraphs by their closest sentence, footnote or bank question,
/// those under the encoder's own floor left out.
fn dense_alone(index: &SearchIndex, query: &Query) -> Answer {
    let semantic = index.semantic().expect("the bot matches by meaning");
    let vector = semantic.embed_query(&query.text).expect("the query embeds");
    Answer {
        paragraphs: semantic
            .rank(&vector)
            .into_iter()
            .filter(|c| c.similarity >= asem_bot::search::SEMANTIC_FLOOR)
            .map(|c| c.ordinal + 1)
            .collect(),
        ..Answer::default()
    }
}

fn paragraphs_of_primary(found: Vec<(usize, u32)>) -> Answer {
    Answer {
        paragraphs: found
            .into_iter()
            .filter(|(d, _)| *d == 0)
            .map(|(_, p)| p)
            .collect(),
        ..Answer::default()
    }
}

fn evaluate(set: &EvalSet, answer: impl Fn(&Query) -> Answer, misses: &mut Vec<String>) -> Report {
    let mut report = Report::new();
    for query in &set.query {
        let (measures, miss) = score(query, &answer(query));
        report.entry(query.kind.clone()).or_default().add(measures);
        report.entry("all".into()).or_default().add(measures);
        if let Some(miss) = miss {
            misses.push(format!("[{}] “{}”: {miss}", query.kind, query.text));
        }
    }
    report
}

/// The file names of every tuning set in eval/, never a held-out one.
fn tuning_sets() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join("eval"))
        .expect("reads eval/")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name == "queries.toml" || name.starts_with("tuning"))
        .collect();
    names.sort();
    names
}

fn load(name: &str) -> EvalSet {
    let text = std::fs::read_to_string(root().join("eval").join(name)).unwrap();
    toml::from_str(&text).unwrap_or_else(|e| panic!("eval/{name}: {e}"))
}

fn percent(x: f64) -> String {
    format!("{:.1}%", 100.0 * x)
}

/// Runs the four systems over a set and prints its tables; returns asem-bot's and FTS5's reports.
fn compare(name: &str, set: &EvalSet) -> (Report, Report) {
    let corpus = bot().corpus();
    let index = bot().index();
    let fts5 = Fts5::build(&corpus).expect("the FTS5 baseline builds");
    let plain = PlainTantivy::build(&corpus).expect("the plain tantivy baseline builds");
    let mut misses = Vec::new();
    let ours = evaluate(set, |q| asem_bot(&index, q), &mut misses);
    let theirs = evaluate(
        set,
        |q| paragraphs_of_primary(fts5.search(&q.text, 10).expect("FTS5 answers")),
        &mut Vec::new(),
    );
    let stock = evaluate(
        set,
        |q| paragraphs_of_primary(plain.search(&q.text, 10).expect("tantivy answers")),
        &mut Vec::new(),
    );
    let dense = evaluate(set, |q| dense_alone(&index, q), &mut Vec::new());
    println!("\n## {name}: {} queries\n", set.query.len());
    println!("| kind | queries | asem-bot top-1 | recall@3 | false no-match | FTS5 top-1 | recall@3 | plain tantivy top-1 | recall@3 | encoder alone top-1 | recall@3 |");
    println!("|---|---|---|---|---|---|---|---|---|---|---|");
    let kinds = ours.keys().filter(|k| *k != "all").map(String::as_str);
    for kind in kinds.chain(["all"]) {
        let totals = &ours[kind];
        let (a, f, p, d) = (
            totals.mean(),
            theirs[kind].mean(),
            stock[kind].mean(),
            dense[kind].mean(),
        );
        println!(
            "| {kind} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            totals.count,
            percent(a.top1),
            percent(a.hit3),
            percent(a.false_no_match),
            percent(f.top1),
            percent(f.hit3),
            percent(p.top1),
            percent(p.hit3),
            percent(d.top1),
            percent(d.hit3)
        );
    }
    println!("\n| system | top-1 | recall@3 | MRR@10 | nDCG@10 | false no-match | wrong facts |\n|---|---|---|---|---|---|---|");
    for (system, report) in [
        ("asem-bot", &ours),
        ("SQLite FTS5", &theirs),
        ("plain tantivy", &stock),
        ("encoder alone", &dense),
    ] {
        let m = report["all"].mean();
        println!(
            "| {system} | {} | {} | {:.3} | {:.3} | {} | {} |",
            percent(m.top1),
            percent(m.hit3),
            m.mrr,
            m.ndcg,
            percent(m.false_no_match),
            m.wrong_fact
        );
    }
    // A held-out set's misses are counted, never listed: reading them would be tuning on them.
    println!("\nasem-bot misses: {}", misses.len());
    if !name.contains("held out") {
        for miss in &misses {
            println!("  {miss}");
        }
    }
    (ours, theirs)
}

/// Leave-one-out: each technique switched off in turn, all the others on, on every set.
fn ablation(tuning: &EvalSet, holdout: &EvalSet, holdout2: &EvalSet) {
    type Switch = fn(&mut Techniques);
    let switches: [(&str, Switch); 13] = [
        ("no sentence encoder", |t| t.semantic = false),
        ("no question bank", |t| t.question_bank = false),
        ("neither encoder nor bank", |t| {
            t.semantic = false;
            t.question_bank = false
        }),
        ("question words kept", |t| t.question_words = false),
        ("no synonym table", |t| t.synonyms = false),
        ("no typo correction", |t| t.typo_correction = false),
        ("no word families", |t| t.word_families = false),
        ("hyphenated words split", |t| t.compound_phrases = false),
        ("no headings", |t| t.headings = false),
        ("no proximity", |t| t.proximity = false),
        ("every form adds up", |t| t.best_form_only = false),
        ("no relevance floor", |t| t.relevance_floor = false),
        ("no unfamiliar-word rule", |t| t.unfamiliar_words = false),
    ];
    println!("\n## What each technique adds: switched off one at a time\n");
    println!(
        "| switched off | tuning top-1 | recall@3 | out-of-scope right | held-out top-1 | held-out 2 top-1 | recall@3 | false no-match |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    let full = [(
        "nothing (asem-bot as shipped)",
        (|_: &mut Techniques| {}) as Switch,
    )];
    // The fusion's own parts, switched off the same way.
    let fusions: [(&str, Fusion); 2] = [
        (
            "closeness by rank only (not by value)",
            Fusion {
                closeness_weight: 0.0,
                ..Fusion::default()
            },
        ),
        (
            "no share-of-words term",
            Fusion {
                coverage_weight: 0.0,
                ..Fusion::default()
            },
        ),
    ];
    let rows = full
        .into_iter()
        .chain(switches)
        .map(|(name, switch)| {
            let mut techniques = Techniques::ALL;
            switch(&mut techniques);
            (name, techniques, Fusion::default())
        })
        .chain(
            fusions
                .into_iter()
                .map(|(name, fusion)| (name, Techniques::ALL, fusion)),
        );
    let encoder = ModelChoice::Shipped.load().expect("the encoder loads");
    for (name, techniques, fusion) in rows {
        let index = SearchIndex::build_with(bot().index().corpus().clone(), encoder.clone(), None)
            .expect("the index builds")
            .with_techniques(techniques)
            .with_fusion(fusion);
        let on = |set| evaluate(set, |q| asem_bot(&index, q), &mut Vec::new());
        let (ours, held, held2) = (on(tuning), on(holdout), on(holdout2));
        let all = ours["all"].mean();
        let second = held2["all"].mean();
        println!(
            "| {name} | {} | {} | {} | {} | {} | {} | {} |",
            percent(all.top1),
            percent(all.hit3),
            percent(ours["out-of-scope"].mean().top1),
            percent(held["all"].mean().top1),
            percent(second.top1),
            percent(second.hit3),
            percent(second.false_no_match),
        );
    }
}

/// The leave-one-out table of techniques (ten indexes rebuilt): on demand, as it takes minutes.
/// `cargo test --release --test it leave_one_out -- --ignored --nocapture`
#[test]
#[ignore = "rebuilds ten indexes; run on demand, see RELEVANCE.md"]
fn leave_one_out() {
    ablation(
        &load("queries.toml"),
        &load("holdout.toml"),
        &load("holdout2.toml"),
    );
}

#[test]
fn relevance_stays_above_its_floor_and_ahead_of_the_baselines() {
    let tuning = load("queries.toml");
    let holdout = load("holdout.toml");
    let holdout2 = load("holdout2.toml");
    assert!(
        tuning.query.len() >= 100 && holdout2.query.len() >= 120,
        "the sets have {} and {} queries",
        tuning.query.len(),
        holdout2.query.len()
    );
    let (ours, fts5) = compare("eval/queries.toml (tuning)", &tuning);
    let (ours_holdout, _) = compare("eval/holdout.toml (held out)", &holdout);
    let (second, _) = compare("eval/holdout2.toml (held out, written blind)", &holdout2);
    let holdout3 = load("holdout3.toml");
    let (third, _) = compare(
        "eval/holdout3.toml (held out, written blind from the declaration's text alone: keyword searches, paraphrases, everyday questions, near-miss out-of-scope)",
        &holdout3,
    );
    let holdout4 = load("holdout4.toml");
    let (fourth, _) = compare(
        "eval/holdout4.toml (held out, written blind from the declaration's text alone, five users as in held-out 2's brief)",
        &holdout4,
    );
    let tuning2 = load("tuning2.toml");
    let (ours2, _) = compare(
        "eval/tuning2.toml (tuning, written blind by a helper)",
        &tuning2,
    );
    let tuning3 = load("tuning3.toml");
    let (ours3, _) = compare(
        "eval/tuning3.toml (tuning, written blind by two helpers)",
        &tuning3,
    );
    let tuning4 = load("tuning4.toml");
    let (ours4, _) = compare(
        "eval/tuning4.toml (tuning, written blind by a helper)",
        &tuning4,
    );
    let tuning5 = load("tuning5.toml");
    let (ours5, _) = compare(
        "eval/tuning5.toml (tuning, written blind by a helper)",
        &tuning5,
    );
    let tuning6 = load("tuning6.toml");
    let (ours6, _) = compare(
        "eval/tuning6.toml (tuning, structural, written blind by a helper)",
        &tuning6,
    );
    let tuning7 = load("tuning7.toml");
    let (ours7, _) = compare(
        "eval/tuning7.toml (tuning, structural, five kinds of users, written blind by a helper)",
        &tuning7,
    );
    let tuning8 = load("tuning8.toml");
    let (ours8, _) = compare(
        "eval/tuning8.toml (tuning, seven more kinds of users, written blind by a helper)",
        &tuning8,
    );
    let tuning9 = load("tuning9.toml");
    let (ours9, _) = compare(
        "eval/tuning9.toml (tuning, how meetings, paragraphs and terms get named, written blind by a helper)",
        &tuning9,
    );
    let tuning10 = load("tuning10.toml");
    let (ours10, _) = compare(
        "eval/tuning10.toml (tuning, messages as they arrive in a channel, written blind by a helper)",
        &tuning10,
    );
    let tuning11 = load("tuning11.toml");
    let (ours11, _) = compare(
        "eval/tuning11.toml (tuning, quoting back, two meetings at once, citation formats, written blind by a helper)",
        &tuning11,
    );
    let tuning12 = load("tuning12.toml");
    let (ours12, _) = compare(
        "eval/tuning12.toml (tuning, meetings described, paragraphs referred to indirectly, written blind by a helper)",
        &tuning12,
    );
    let tuning13 = load("tuning13.toml");
    let (ours13, _) = compare(
        "eval/tuning13.toml (tuning, five users as in held-out 2's brief, written blind by a helper)",
        &tuning13,
    );
    let tuning14 = load("tuning14.toml");
    let (ours14, _) = compare(
        "eval/tuning14.toml (tuning, questions and chat in everyday words, near-miss out-of-scope, written blind by a helper)",
        &tuning14,
    );
    let tuning15 = load("tuning15.toml");
    let (ours15, _) = compare(
        "eval/tuning15.toml (tuning, hard forms of meeting, not-stated and paragraph-reference questions, written blind by a helper)",
        &tuning15,
    );
    let tuning16 = load("tuning16.toml");
    let (ours16, _) = compare(
        "eval/tuning16.toml (tuning, definitions, meetings, paragraph references and chat from phones, voice and second-language English, written blind by a helper)",
        &tuning16,
    );
    let tuning17 = load("tuning17.toml");
    let (ours17, _) = compare(
        "eval/tuning17.toml (tuning, questions in other words, long chat, meetings and references from five kinds of users, written blind by a helper)",
        &tuning17,
    );
    let tuning18 = load("tuning18.toml");
    let (ours18, _) = compare(
        "eval/tuning18.toml (tuning, meetings named every way, not-stated, paragraph references, chat and paraphrased questions from five kinds of users, written blind by a helper from the declaration's text alone)",
        &tuning18,
    );
    let tuning19 = load("tuning19.toml");
    let (ours19, _) = compare(
        "eval/tuning19.toml (tuning, meetings and paragraphs named in unusual ways, not-stated, chat and indirect questions, written blind by a helper from the declaration's text alone)",
        &tuning19,
    );
    let tuning20 = load("tuning20.toml");
    let (ours20, _) = compare(
        "eval/tuning20.toml (tuning, meeting facts, not-stated and paragraphs by number or place as careful users ask, written blind by a helper from the declaration's text alone)",
        &tuning20,
    );
    let tuning21 = load("tuning21.toml");
    let (ours21, _) = compare(
        "eval/tuning21.toml (tuning, meetings named every way, not-stated, paragraphs asked for in words, chat and paraphrase, written blind by a helper from the declaration's text alone)",
        &tuning21,
    );
    let tuning22 = load("tuning22.toml");
    let (ours22, _) = compare(
        "eval/tuning22.toml (tuning, meeting facts inside chat, paragraphs by number or position, not-stated, paraphrase, written blind by a helper from the declaration's text alone)",
        &tuning22,
    );
    let tuning23 = load("tuning23.toml");
    let (ours23, _) = compare(
        "eval/tuning23.toml (tuning, meetings and paragraphs asked for in the least usual ways: typos, abbreviations, numerals, run-on chat, wrong claims, written blind by a helper from the declaration's text alone)",
        &tuning23,
    );
    let tuning24 = load("tuning24.toml");
    let (ours24, _) = compare(
        "eval/tuning24.toml (tuning, keyword searches, paraphrases and everyday questions in words the text does not use, near-miss out-of-scope, written blind by a helper from the declaration's text alone)",
        &tuning24,
    );
    let tuning25 = load("tuning25.toml");
    let (ours25, _) = compare(
        "eval/tuning25.toml (tuning, near-miss out-of-scope and chat noise, paraphrases in everyday words, meetings and not-stated, paragraphs named in words, chat, written blind by a helper from the declaration's text alone)",
        &tuning25,
    );
    let tuning26 = load("tuning26.toml");
    let (ours26, _) = compare(
        "eval/tuning26.toml (tuning, facts of the Seoul meeting asked with context around them, out-of-scope questions with the same asking words about other subjects, written blind by a helper from the declaration's text alone)",
        &tuning26,
    );
    let tuning27 = load("tuning27.toml");
    let (ours27, _) = compare(
        "eval/tuning27.toml (tuning, facts of the Seoul meeting asked beside other subjects' words, out-of-scope questions with the same short asking words, written blind by a helper from the declaration's text alone)",
        &tuning27,
    );
    let tuning28 = load("tuning28.toml");
    let (ours28, _) = compare(
        "eval/tuning28.toml (tuning, facts of the Seoul meeting asked by people reading or discussing the declaration, naming the meeting loosely or not at all, written blind by a helper from the declaration's text alone)",
        &tuning28,
    );
    let tuning29 = load("tuning29.toml");
    let (ours29, _) = compare(
        "eval/tuning29.toml (tuning, meeting facts asked of a meeting described in many ways, out-of-scope questions asking the same of other subjects that share a meeting's city, country or year, written blind by a helper from the declaration's text alone)",
        &tuning29,
    );
    let tuning30 = load("tuning30.toml");
    let (ours30, _) = compare(
        "eval/tuning30.toml (tuning, meeting facts asked with misspelt asking words, the bodies the declaration names asked about, answerable and out-of-scope, everyday searches with typos, written blind by a helper from the declaration's text alone)",
        &tuning30,
    );
    let tuning31 = load("tuning31.toml");
    let (ours31, _) = compare(
        "eval/tuning31.toml (tuning, the bodies, programmes and ideas the declaration names asked about every way: what it says of them, the meeting facts that involve them, what it never says of them, written blind by a helper from the declaration's text alone)",
        &tuning31,
    );
    let tuning32 = load("tuning32.toml");
    let (ours32, _) = compare(
        "eval/tuning32.toml (tuning, questions that name people, places, institutions, events, programmes and documents, half of which the declaration cannot answer and half it can, written blind by a helper from the declaration's text alone)",
        &tuning32,
    );
    let tuning33 = load("tuning33.toml");
    let (ours33, _) = compare(
        "eval/tuning33.toml (tuning, events and organisations around the declaration: ASEM summits named and not, the ministers' meetings, other bodies' meetings, universities, programmes, people, a third in lower case or with typos, written blind by a helper from the declaration's text alone)",
        &tuning33,
    );
    let tuning34 = load("tuning34.toml");
    let (ours34, _) = compare(
        "eval/tuning34.toml (tuning, a broad mix from five kinds of users: paragraph questions, paraphrases, chat, paragraphs named in words, definitions, commitments, every meeting's stated and unstated facts with traps, out-of-scope near misses, a quarter in lower case or with typos, written blind by a helper from the declaration's text alone)",
        &tuning34,
    );
    let tuning35 = load("tuning35.toml");
    let (ours35, _) = compare(
        "eval/tuning35.toml (tuning, near misses: questions in the declaration's vocabulary that it cannot answer, beside answerable keyword searches, paraphrases, chat and unstated meeting facts, written blind by a helper from the declaration's text alone)",
        &tuning35,
    );
    let tuning36 = load("tuning36.toml");
    let (ours36, _) = compare(
        "eval/tuning36.toml (tuning, paragraphs named every way, every meeting's stated and unstated facts with the meeting named every way, look-alike out-of-scope requests, written blind by a helper from the declaration's text alone)",
        &tuning36,
    );
    let tuning37 = load("tuning37.toml");
    let (ours37, _) = compare(
        "eval/tuning37.toml (tuning, everyday words: paraphrased questions and chat about every paragraph that avoid its vocabulary, out-of-scope questions and chat in the same register, written blind by a helper from the declaration's text alone)",
        &tuning37,
    );
    let tuning38 = load("tuning38.toml");
    let (ours38, _) = compare(
        "eval/tuning38.toml (tuning, a broad mix from five kinds of users: meeting facts stated and not with the meeting named every way, near-miss out-of-scope requests, everyday paraphrase, chat, definitions, paragraphs named in words, written blind by a helper from the declaration's text alone)",
        &tuning38,
    );
    let tuning39 = load("tuning39.toml");
    let (ours39, _) = compare(
        "eval/tuning39.toml (tuning, meeting facts stated and not stated with the meeting named every way, paragraphs named in words and figures, chat, out-of-scope, written blind by a helper from the declaration's text alone)",
        &tuning39,
    );
    let tuning40 = load("tuning40.toml");
    let (ours40, _) = compare(
        "eval/tuning40.toml (tuning, meeting facts stated and not stated with the meeting named every way, paragraphs named in words and figures, out-of-scope near the topic, everyday paraphrase, chat, written blind by a helper from the declaration's text alone)",
        &tuning40,
    );
    let tuning41 = load("tuning41.toml");
    let (ours41, _) = compare(
        "eval/tuning41.toml (tuning, traps for wrong facts: meetings named relative to each other, claims to check, facts not stated, bodies mistaken for meetings; near-miss out-of-scope; written blind by a helper from the declaration's text alone)",
        &tuning41,
    );
    let tuning42 = load("tuning42.toml");
    let (ours42, _) = compare(
        "eval/tuning42.toml (tuning, near misses: questions in the declaration's vocabulary that it cannot answer beside answerable ones on the same topics, written blind by a helper from the declaration's text alone)",
        &tuning42,
    );
    let tuning43 = load("tuning43.toml");
    let (ours43, _) = compare(
        "eval/tuning43.toml (tuning, paragraphs named by position in chat: words, ordinals, ranges, typos, quotes whose number is checked, other languages, written blind by a helper from the declaration's text alone)",
        &tuning43,
    );
    let tuning44 = load("tuning44.toml");
    let (ours44, _) = compare(
        "eval/tuning44.toml (tuning, one paragraph identified besides a bare number: place in a section, opening words, a number with a question on it, chat, a half-remembered number with a quote, other languages, written blind by a helper from the declaration's text alone)",
        &tuning44,
    );
    let tuning45 = load("tuning45.toml");
    let (ours45, _) = compare(
        "eval/tuning45.toml (tuning, a paragraph named by its number in a message that also names acronyms, programmes, meetings, cities, years or themes, written blind by a helper from the declaration's text alone)",
        &tuning45,
    );
    let tuning46 = load("tuning46.toml");
    let (ours46, _) = compare(
        "eval/tuning46.toml (tuning, a paragraph named by number or position inside a question about what it says: chat, words, ordinals, roman numerals, typos, other languages, written blind by a helper from the declaration's text alone)",
        &tuning46,
    );
    let tuning47 = load("tuning47.toml");
    let (ours47, _) = compare(
        "eval/tuning47.toml (tuning, five users as in held-out 2's brief: questions, chat, meetings, not-stated, definitions, commitment themes, paragraph references, out-of-scope, written blind by a helper from the declaration, meetings, glossary and commitments files alone)",
        &tuning47,
    );
    let tuning48 = load("tuning48.toml");
    let (ours48, _) = compare(
        "eval/tuning48.toml (tuning, meeting traps: meetings named indirectly and beside distractors, facts not stated, near-miss out-of-scope, paragraphs named beside meetings, written blind by a helper from the declaration, meetings and glossary files alone)",
        &tuning48,
    );
    let tuning49 = load("tuning49.toml");
    let (ours49, _) = compare(
        "eval/tuning49.toml (tuning, one paragraph named by number, words or position, often inside a question or chat, from five kinds of users, written blind by a helper from the declaration's text alone)",
        &tuning49,
    );
    let tuning50 = load("tuning50.toml");
    let (ours50, _) = compare(
        "eval/tuning50.toml (tuning, one paragraph named with typos, in every number form, beside a second ask, by position, in long chat or in nine other languages, from five kinds of users, written blind by a helper from the declaration's text alone)",
        &tuning50,
    );
    let tuning51 = load("tuning51.toml");
    let (ours51, _) = compare(
        "eval/tuning51.toml (tuning, five users weighted to questions, chat and meetings, written blind by a helper from the declaration's text alone)",
        &tuning51,
    );
    let tuning52 = load("tuning52.toml");
    let (ours52, _) = compare(
        "eval/tuning52.toml (tuning, five users weighted to everyday-word questions, meetings and out-of-scope, written blind by a helper from the declaration's text alone)",
        &tuning52,
    );
    let tuning53 = load("tuning53.toml");
    let (ours53, _) = compare(
        "eval/tuning53.toml (tuning, five users asking about the meetings: stated facts, facts not stated, out-of-scope about the meetings, written blind by a helper from the declaration's text alone)",
        &tuning53,
    );
    let tuning54 = load("tuning54.toml");
    let (ours54, _) = compare(
        "eval/tuning54.toml (tuning, five users weighted to everyday-word questions, chat, meetings and out-of-scope, written blind by a helper from the declaration's text alone)",
        &tuning54,
    );
    let tuning55 = load("tuning55.toml");
    let (ours55, _) = compare(
        "eval/tuning55.toml (tuning, five users weighted to meetings named every way, facts not stated, everyday-word questions and near-miss out-of-scope, written blind by a helper from the declaration's text alone)",
        &tuning55,
    );
    let tuning56 = load("tuning56.toml");
    let (ours56, _) = compare(
        "eval/tuning56.toml (tuning, paraphrased questions on every paragraph's less obvious content in words the text does not use, chat, meetings and near-miss out-of-scope, written blind by a helper from the declaration's text alone)",
        &tuning56,
    );
    let tuning57 = load("tuning57.toml");
    let (ours57, _) = compare(
        "eval/tuning57.toml (tuning, specific details of every paragraph, chat, meetings named in unusual ways, facts not stated and near-miss out-of-scope, written blind by a helper from the declaration's text alone)",
        &tuning57,
    );
    let tuning58 = load("tuning58.toml");
    let tuning59 = load("tuning59.toml");
    let tuning60 = load("tuning60.toml");
    let tuning61 = load("tuning61.toml");
    let tuning62 = load("tuning62.toml");
    let tuning63 = load("tuning63.toml");
    let tuning64 = load("tuning64.toml");
    let tuning65 = load("tuning65.toml");
    let tuning66 = load("tuning66.toml");
    let tuning67 = load("tuning67.toml");
    let tuning68 = load("tuning68.toml");
    let (ours68, _) = compare(
        "eval/tuning68.toml (tuning, weighted to paraphrase: questions, chat and searches in everyday words, idioms and implied situations over all sixteen paragraphs, with five facts of each meeting, written blind by a helper from the declaration's text alone)",
        &tuning68,
    );
    let (ours67, _) = compare(
        "eval/tuning67.toml (tuning, weighted to every meeting's facts asked ten ways each and to questions two or three paragraphs answer together, written blind by a helper from the declaration's text alone)",
        &tuning67,
    );
    let (ours66, _) = compare(
        "eval/tuning66.toml (tuning, weighted to the meetings asked in unusual ways, facts not stated asked as if stated, and near misses that borrow the text's names, with questions several paragraphs answer together, written blind by a helper from the declaration's text alone)",
        &tuning66,
    );
    let (ours65, _) = compare(
        "eval/tuning65.toml (tuning, every kind as five users ask, centred on chat of several sentences with the topic implied and near misses about the meetings and programmes, written blind by a helper from the declaration's text alone)",
        &tuning65,
    );
    let (ours64, _) = compare(
        "eval/tuning64.toml (tuning, every kind as five users ask in held-out 4's brief, weighted to the meetings, recall and near misses, written blind by a helper from the declaration's text alone)",
        &tuning64,
    );
    let (ours63, _) = compare(
        "eval/tuning63.toml (tuning, the meetings: every fact stated of each, named and asked in every way, facts not stated and near misses about the meetings, written blind by a helper from the declaration's text alone)",
        &tuning63,
    );
    let (ours62, _) = compare(
        "eval/tuning62.toml (tuning, answerable questions in words the text never uses and chat whose topic is only implied, beside near-miss out-of-scope on the text's own topics, written blind by a helper from the declaration's text alone)",
        &tuning62,
    );
    let (ours61, _) = compare(
        "eval/tuning61.toml (tuning, leaning on the hard parts: meetings named in every way, as claims, comparisons and two facts at once, facts not stated in chatty form, near-miss out-of-scope with the text's own names, written blind by a helper from the declaration's text alone)",
        &tuning61,
    );
    let (ours60, _) = compare(
        "eval/tuning60.toml (tuning, the five personas' own work and worries, every kind: questions, chat for the message menu, meetings, facts not stated, definitions, free-worded commitment themes, paragraphs named in words and near-miss out-of-scope, written blind by a helper from the declaration's text alone)",
        &tuning60,
    );
    let (ours59, _) = compare(
        "eval/tuning59.toml (tuning, very short and long questions, answers spread over paragraphs, negations, chat, every meeting named in every way, facts not stated and near-miss out-of-scope, written blind by a helper from the declaration's text alone)",
        &tuning59,
    );
    let (ours58, _) = compare(
        "eval/tuning58.toml (tuning, who is asked to do what and why, stances, jargon, Discord chat with replies and disagreements, meeting facts as claims put to the test, facts not stated and near-miss out-of-scope, written blind by a helper from the declaration's text alone)",
        &tuning58,
    );

    let all = ours["all"].mean();
    let tuned5 = ours5["all"].mean();
    let tuned6 = ours6["all"].mean();
    let tuned7 = ours7["all"].mean();
    let tuned8 = ours8["all"].mean();
    let tuned9 = ours9["all"].mean();
    let tuned10 = ours10["all"].mean();
    let tuned11 = ours11["all"].mean();
    let tuned12 = ours12["all"].mean();
    let tuned13 = ours13["all"].mean();
    let tuned14 = ours14["all"].mean();
    let tuned15 = ours15["all"].mean();
    let tuned16 = ours16["all"].mean();
    let tuned17 = ours17["all"].mean();
    let tuned18 = ours18["all"].mean();
    let tuned19 = ours19["all"].mean();
    let tuned20 = ours20["all"].mean();
    let tuned21 = ours21["all"].mean();
    let tuned22 = ours22["all"].mean();
    let tuned23 = ours23["all"].mean();
    let tuned24 = ours24["all"].mean();
    let tuned25 = ours25["all"].mean();
    let tuned26 = ours26["all"].mean();
    let tuned27 = ours27["all"].mean();
    let tuned28 = ours28["all"].mean();
    let tuned29 = ours29["all"].mean();
    let tuned30 = ours30["all"].mean();
    let tuned31 = ours31["all"].mean();
    let tuned32 = ours32["all"].mean();
    let tuned33 = ours33["all"].mean();
    let tuned34 = ours34["all"].mean();
    let tuned35 = ours35["all"].mean();
    let tuned36 = ours36["all"].mean();
    let tuned37 = ours37["all"].mean();
    let tuned38 = ours38["all"].mean();
    let tuned39 = ours39["all"].mean();
    let tuned40 = ours40["all"].mean();
    let tuned41 = ours41["all"].mean();
    let tuned42 = ours42["all"].mean();
    let tuned43 = ours43["all"].mean();
    let tuned44 = ours44["all"].mean();
    let tuned45 = ours45["all"].mean();
    let tuned46 = ours46["all"].mean();
    let tuned47 = ours47["all"].mean();
    let tuned48 = ours48["all"].mean();
    let tuned49 = ours49["all"].mean();
    let tuned50 = ours50["all"].mean();
    let tuned51 = ours51["all"].mean();
    let tuned52 = ours52["all"].mean();
    let tuned53 = ours53["all"].mean();
    let tuned54 = ours54["all"].mean();
    let tuned55 = ours55["all"].mean();
    let tuned56 = ours56["all"].mean();
    let tuned57 = ours57["all"].mean();
    let tuned58 = ours58["all"].mean();
    let tuned59 = ours59["all"].mean();
    let tuned60 = ours60["all"].mean();
    let tuned61 = ours61["all"].mean();
    let tuned62 = ours62["all"].mean();
    let tuned63 = ours63["all"].mean();
    let tuned64 = ours64["all"].mean();
    let tuned65 = ours65["all"].mean();
    let tuned66 = ours66["all"].mean();
    let tuned67 = ours67["all"].mean();
    let tuned68 = ours68["all"].mean();
    let tuned2 = ours2["all"].mean();
    let tuned3 = ours3["all"].mean();
    let tuned4 = ours4["all"].mean();
    println!(
        "\nsummary: tuning {} / {}; tuning 2 {} / {}, out-of-scope {}; tuning 3 {} / {}, false no-match {}, wrong facts {}; tuning 4 {}, wrong facts {}; tuning 5 {} / {}, false no-match {}, wrong facts {}; tuning 6 {}, wrong facts {}; tuning 7 {}, wrong facts {}; tuning 8 {} / {}, false no-match {}, wrong facts {}; tuning 9 {}, wrong facts {}; tuning 10 {} / {}, false no-match {}, wrong facts {}; tuning 11 {} / {}, false no-match {}, wrong facts {}; tuning 12 {} / {}, false no-match {}, wrong facts {}; tuning 13 {} / {}, false no-match {}, wrong facts {}; tuning 14 {} / {}, false no-match {}, out-of-scope {}; tuning 15 {} / {}, wrong facts {}; tuning 16 {} / {}, wrong facts {}; tuning 17 {} / {}, false no-match {}, wrong facts {}; tuning 18 {} / {}, false no-match {}, wrong facts {}; tuning 19 {} / {}, false no-match {}, wrong facts {}; tuning 20 {} / {}, false no-match {}, wrong facts {}; tuning 21 {} / {}, false no-match {}, wrong facts {}; tuning 22 {} / {}, false no-match {}, wrong facts {}; tuning 23 {} / {}, false no-match {}, wrong facts {}; tuning 24 {} / {}, false no-match {}, out-of-scope {}; tuning 25 {} / {}, false no-match {}, out-of-scope {}, wrong facts {}; tuning 26 {}, out-of-scope {}, wrong facts {}; tuning 27 {}, out-of-scope {}, wrong facts {}; tuning 28 {}, wrong facts {}; tuning 29 {}, out-of-scope {}, wrong facts {}; tuning 30 {} / {}, out-of-scope {}, wrong facts {}; tuning 31 {} / {}, false no-match {}, out-of-scope {}, wrong facts {}; tuning 32 {} / {}, false no-match {}, out-of-scope {}, wrong facts {}; tuning 33 {} / {}, false no-match {}, out-of-scope {}, wrong facts {}; tuning 34 {} / {}, false no-match {}, out-of-scope {}, wrong facts {}; tuning 35 {} / {}, false no-match {}, out-of-scope {}, wrong facts {}; tuning 36 {} / {}, out-of-scope {}, wrong facts {}; tuning 37 {} / {}, false no-match {}, out-of-scope {}; tuning 38 {} / {}, false no-match {}, out-of-scope {}, wrong facts {}; tuning 39 {} / {}, false no-match {}, out-of-scope {}, wrong facts {}; tuning 40 {} / {}, false no-match {}, out-of-scope {}, wrong facts {}; tuning 41 {} / {}, false no-match {}, out-of-scope {}, wrong facts {}; tuning 42 {} / {}, false no-match {}, out-of-scope {}, wrong facts {}; tuning 43 {} / {}, out-of-scope {}; tuning 44 {}; tuning 45 {}; tuning 46 {}; tuning 47 {} / {}, false no-match {}, out-of-scope {}, wrong facts {}; tuning 48 {} / {}, out-of-scope {}, wrong facts {}; tuning 49 {}; tuning 50 {}; tuning 51 {} / {}, false no-match {}, out-of-scope {}, wrong facts {}; tuning 52 {} / {}, false no-match {}, out-of-scope {}, wrong facts {}; tuning 53 {}, out-of-scope {}, wrong facts {}; tuning 54 {} / {}, false no-match {}, out-of-scope {}, wrong facts {}; tuning 55 {} / {}, false no-match {}, out-of-scope {}, wrong facts {}; tuning 56 {} / {}, false no-match {}, out-of-scope {}, wrong facts {}; tuning 57 {} / {}, false no-match {}, out-of-scope {}, wrong facts {}; tuning 58 {} / {}, false no-match {}, out-of-scope {}, wrong facts {}; tuning 59 {} / {}, false no-match {}, out-of-scope {}, wrong facts {}; tuning 60 {} / {}, false no-match {}, out-of-scope {}, wrong facts {}; tuning 61 {} / {}, false no-match {}, out-of-scope {}, wrong facts {}; tuning 62 {} / {}, false no-match {}, out-of-scope {}; tuning 63 {}, meetings {}, not stated {}, out-of-scope {}, wrong facts {}; tuning 64 {} / {}, false no-match {}, meetings {}, out-of-scope {}, wrong facts {}; tuning 65 {} / {}, false no-match {}, chat {} / {}, out-of-scope {}, wrong facts {}; tuning 66 {} / {}, false no-match {}, meetings {}, not stated {}, out-of-scope {}, wrong facts {}; tuning 67 {} / {}, false no-match {}, meetings {}, not stated {}, out-of-scope {}, wrong facts {}; tuning 68 {} / {}, false no-match {}, chat {}, meetings {}, out-of-scope {}, wrong facts {}; held-out {}; held-out 2 {} / {}, false no-match {}, wrong facts {}; held-out 3 {} / {}, false no-match {}, out-of-scope {}, wrong facts {}; held-out 4 {} / {}, false no-match {}, out-of-scope {}, wrong facts {}",
        percent(all.top1),
        percent(all.hit3),
        percent(tuned2.top1),
        percent(tuned2.hit3),
        percent(ours2["out-of-scope"].mean().top1),
        percent(tuned3.top1),
        percent(tuned3.hit3),
        percent(tuned3.false_no_match),
        tuned3.wrong_fact,
        percent(tuned4.top1),
        tuned4.wrong_fact,
        percent(tuned5.top1),
        percent(tuned5.hit3),
        percent(tuned5.false_no_match),
        tuned5.wrong_fact,
        percent(tuned6.top1),
        tuned6.wrong_fact,
        percent(tuned7.top1),
        tuned7.wrong_fact,
        percent(tuned8.top1),
        percent(tuned8.hit3),
        percent(tuned8.false_no_match),
        tuned8.wrong_fact,
        percent(tuned9.top1),
        tuned9.wrong_fact,
        percent(tuned10.top1),
        percent(tuned10.hit3),
        percent(tuned10.false_no_match),
        tuned10.wrong_fact,
        percent(tuned11.top1),
        percent(tuned11.hit3),
        percent(tuned11.false_no_match),
        tuned11.wrong_fact,
        percent(tuned12.top1),
        percent(tuned12.hit3),
        percent(tuned12.false_no_match),
        tuned12.wrong_fact,
        percent(tuned13.top1),
        percent(tuned13.hit3),
        percent(tuned13.false_no_match),
        tuned13.wrong_fact,
        percent(tuned14.top1),
        percent(tuned14.hit3),
        percent(tuned14.false_no_match),
        percent(ours14["out-of-scope"].mean().top1),
        percent(tuned15.top1),
        percent(tuned15.hit3),
        tuned15.wrong_fact,
        percent(tuned16.top1),
        percent(tuned16.hit3),
        tuned16.wrong_fact,
        percent(tuned17.top1),
        percent(tuned17.hit3),
        percent(tuned17.false_no_match),
        tuned17.wrong_fact,
        percent(tuned18.top1),
        percent(tuned18.hit3),
        percent(tuned18.false_no_match),
        tuned18.wrong_fact,
        percent(tuned19.top1),
        percent(tuned19.hit3),
        percent(tuned19.false_no_match),
        tuned19.wrong_fact,
        percent(tuned20.top1),
        percent(tuned20.hit3),
        percent(tuned20.false_no_match),
        tuned20.wrong_fact,
        percent(tuned21.top1),
        percent(tuned21.hit3),
        percent(tuned21.false_no_match),
        tuned21.wrong_fact,
        percent(tuned22.top1),
        percent(tuned22.hit3),
        percent(tuned22.false_no_match),
        tuned22.wrong_fact,
        percent(tuned23.top1),
        percent(tuned23.hit3),
        percent(tuned23.false_no_match),
        tuned23.wrong_fact,
        percent(tuned24.top1),
        percent(tuned24.hit3),
        percent(tuned24.false_no_match),
        percent(ours24["out-of-scope"].mean().top1),
        percent(tuned25.top1),
        percent(tuned25.hit3),
        percent(tuned25.false_no_match),
        percent(ours25["out-of-scope"].mean().top1),
        tuned25.wrong_fact,
        percent(tuned26.top1),
        percent(ours26["out-of-scope"].mean().top1),
        tuned26.wrong_fact,
        percent(tuned27.top1),
        percent(ours27["out-of-scope"].mean().top1),
        tuned27.wrong_fact,
        percent(tuned28.top1),
        tuned28.wrong_fact,
        percent(tuned29.top1),
        percent(ours29["out-of-scope"].mean().top1),
        tuned29.wrong_fact,
        percent(tuned30.top1),
        percent(tuned30.hit3),
        percent(ours30["out-of-scope"].mean().top1),
        tuned30.wrong_fact,
        percent(tuned31.top1),
        percent(tuned31.hit3),
        percent(tuned31.false_no_match),
        percent(ours31["out-of-scope"].mean().top1),
        tuned31.wrong_fact,
        percent(tuned32.top1),
        percent(tuned32.hit3),
        percent(tuned32.false_no_match),
        percent(ours32["out-of-scope"].mean().top1),
        tuned32.wrong_fact,
        percent(tuned33.top1),
        percent(tuned33.hit3),
        percent(tuned33.false_no_match),
        percent(ours33["out-of-scope"].mean().top1),
        tuned33.wrong_fact,
        percent(tuned34.top1),
        percent(tuned34.hit3),
        percent(tuned34.false_no_match),
        percent(ours34["out-of-scope"].mean().top1),
        tuned34.wrong_fact,
        percent(tuned35.top1),
        percent(tuned35.hit3),
        percent(tuned35.false_no_match),
        percent(ours35["out-of-scope"].mean().top1),
        tuned35.wrong_fact,
        percent(tuned36.top1),
        percent(tuned36.hit3),
        percent(ours36["out-of-scope"].mean().top1),
        tuned36.wrong_fact,
        percent(tuned37.top1),
        percent(tuned37.hit3),
        percent(tuned37.false_no_match),
        percent(ours37["out-of-scope"].mean().top1),
        percent(tuned38.top1),
        percent(tuned38.hit3),
        percent(tuned38.false_no_match),
        percent(ours38["out-of-scope"].mean().top1),
        tuned38.wrong_fact,
        percent(tuned39.top1),
        percent(tuned39.hit3),
        percent(tuned39.false_no_match),
        percent(ours39["out-of-scope"].mean().top1),
        tuned39.wrong_fact,
        percent(tuned40.top1),
        percent(tuned40.hit3),
        percent(tuned40.false_no_match),
        percent(ours40["out-of-scope"].mean().top1),
        tuned40.wrong_fact,
        percent(tuned41.top1),
        percent(tuned41.hit3),
        percent(tuned41.false_no_match),
        percent(ours41["out-of-scope"].mean().top1),
        tuned41.wrong_fact,
        percent(tuned42.top1),
        percent(tuned42.hit3),
        percent(tuned42.false_no_match),
        percent(ours42["out-of-scope"].mean().top1),
        tuned42.wrong_fact,
        percent(tuned43.top1),
        percent(tuned43.hit3),
        percent(ours43["out-of-scope"].mean().top1),
        percent(tuned44.top1),
        percent(tuned45.top1),
        percent(tuned46.top1),
        percent(tuned47.top1),
        percent(tuned47.hit3),
        percent(tuned47.false_no_match),
        percent(ours47["out-of-scope"].mean().top1),
        tuned47.wrong_fact,
        percent(tuned48.top1),
        percent(tuned48.hit3),
        percent(ours48["out-of-scope"].mean().top1),
        tuned48.wrong_fact,
        percent(tuned49.top1),
        percent(tuned50.top1),
        percent(tuned51.top1),
        percent(tuned51.hit3),
        percent(tuned51.false_no_match),
        percent(ours51["out-of-scope"].mean().top1),
        tuned51.wrong_fact,
        percent(tuned52.top1),
        percent(tuned52.hit3),
        percent(tuned52.false_no_match),
        percent(ours52["out-of-scope"].mean().top1),
        tuned52.wrong_fact,
        percent(tuned53.top1),
        percent(ours53["out-of-scope"].mean().top1),
        tuned53.wrong_fact,
        percent(tuned54.top1),
        percent(tuned54.hit3),
        percent(tuned54.false_no_match),
        percent(ours54["out-of-scope"].mean().top1),
        tuned54.wrong_fact,
        percent(tuned55.top1),
        percent(tuned55.hit3),
        percent(tuned55.false_no_match),
        percent(ours55["out-of-scope"].mean().top1),
        tuned55.wrong_fact,
        percent(tuned56.top1),
        percent(tuned56.hit3),
        percent(tuned56.false_no_match),
        percent(ours56["out-of-scope"].mean().top1),
        tuned56.wrong_fact,
        percent(tuned57.top1),
        percent(tuned57.hit3),
        percent(tuned57.false_no_match),
        percent(ours57["out-of-scope"].mean().top1),
        tuned57.wrong_fact,
        percent(tuned58.top1),
        percent(tuned58.hit3),
        percent(tuned58.false_no_match),
        percent(ours58["out-of-scope"].mean().top1),
        tuned58.wrong_fact,
        percent(tuned59.top1),
        percent(tuned59.hit3),
        percent(tuned59.false_no_match),
        percent(ours59["out-of-scope"].mean().top1),
        tuned59.wrong_fact,
        percent(tuned60.top1),
        percent(tuned60.hit3),
        percent(tuned60.false_no_match),
        percent(ours60["out-of-scope"].mean().top1),
        tuned60.wrong_fact,
        percent(tuned61.top1),
        percent(tuned61.hit3),
        percent(tuned61.false_no_match),
        percent(ours61["out-of-scope"].mean().top1),
        tuned61.wrong_fact,
        percent(tuned62.top1),
        percent(tuned62.hit3),
        percent(tuned62.false_no_match),
        percent(ours62["out-of-scope"].mean().top1),
        percent(tuned63.top1),
        percent(ours63["meeting"].mean().top1),
        percent(ours63["not-stated"].mean().top1),
        percent(ours63["out-of-scope"].mean().top1),
        tuned63.wrong_fact,
        percent(tuned64.top1),
        percent(tuned64.hit3),
        percent(tuned64.false_no_match),
        percent(ours64["meeting"].mean().top1),
        percent(ours64["out-of-scope"].mean().top1),
        tuned64.wrong_fact,
        percent(tuned65.top1),
        percent(tuned65.hit3),
        percent(tuned65.false_no_match),
        percent(ours65["chat"].mean().top1),
        percent(ours65["chat"].mean().hit3),
        percent(ours65["out-of-scope"].mean().top1),
        tuned65.wrong_fact,
        percent(tuned66.top1),
        percent(tuned66.hit3),
        percent(tuned66.false_no_match),
        percent(ours66["meeting"].mean().top1),
        percent(ours66["not-stated"].mean().top1),
        percent(ours66["out-of-scope"].mean().top1),
        tuned66.wrong_fact,
        percent(tuned67.top1),
        percent(tuned67.hit3),
        percent(tuned67.false_no_match),
        percent(ours67["meeting"].mean().top1),
        percent(ours67["not-stated"].mean().top1),
        percent(ours67["out-of-scope"].mean().top1),
        tuned67.wrong_fact,
        percent(tuned68.top1),
        percent(tuned68.hit3),
        percent(tuned68.false_no_match),
        percent(ours68["chat"].mean().top1),
        percent(ours68["meeting"].mean().top1),
        percent(ours68["out-of-scope"].mean().top1),
        tuned68.wrong_fact,
        percent(ours_holdout["all"].mean().top1),
        percent(second["all"].mean().top1),
        percent(second["all"].mean().hit3),
        percent(second["all"].mean().false_no_match),
        second["all"].mean().wrong_fact,
        percent(third["all"].mean().top1),
        percent(third["all"].mean().hit3),
        percent(third["all"].mean().false_no_match),
        percent(third["out-of-scope"].mean().top1),
        third["all"].mean().wrong_fact,
        percent(fourth["all"].mean().top1),
        percent(fourth["all"].mean().hit3),
        percent(fourth["all"].mean().false_no_match),
        percent(fourth["out-of-scope"].mean().top1),
        fourth["all"].mean().wrong_fact
    );
    let held = ours_holdout["all"].mean();
    let held2 = second["all"].mean();
    let lead = ours["paraphrase"].mean().top1 - fts5["paraphrase"].mean().top1;
    // Floors just under the figures measured when they were set (see RELEVANCE.md): raise them as
    // relevance improves, never lower them to let a change through.
    let checks = [
        ("tuning top-1", all.top1, TOP1_FLOOR),
        ("tuning recall@3", all.hit3, HIT3_FLOOR),
        ("held-out top-1", held.top1, HOLDOUT_TOP1_FLOOR),
        ("held-out 2 top-1", held2.top1, HOLDOUT2_TOP1_FLOOR),
        ("held-out 2 recall@3", held2.hit3, HOLDOUT2_HIT3_FLOOR),
        (
            "held-out 3 top-1",
            third["all"].mean().top1,
            HOLDOUT3_TOP1_FLOOR,
        ),
        (
            "held-out 3 recall@3",
            third["all"].mean().hit3,
            HOLDOUT3_HIT3_FLOOR,
        ),
        (
            "held-out 4 top-1",
            fourth["all"].mean().top1,
            HOLDOUT4_TOP1_FLOOR,
        ),
        (
            "held-out 4 recall@3",
            fourth["all"].mean().hit3,
            HOLDOUT4_HIT3_FLOOR,
        ),
        (
            "held-out 4 chat recall@3",
            fourth["chat"].mean().hit3,
            HOLDOUT4_CHAT_HIT3_FLOOR,
        ),
        (
            "held-out 2 chat recall@3",
            second["chat"].mean().hit3,
            CHAT_HIT3_FLOOR,
        ),
        ("paraphrase lead over FTS5", lead, PARAPHRASE_LEAD_FLOOR),
        ("tuning 2 top-1", tuned2.top1, TUNING2_TOP1_FLOOR),
        ("tuning 3 top-1", tuned3.top1, TUNING3_TOP1_FLOOR),
        ("tuning 3 recall@3", tuned3.hit3, TUNING3_HIT3_FLOOR),
        (
            "tuning 3 out-of-scope right",
            ours3["out-of-scope"].mean().top1,
            TUNING3_OUT_OF_SCOPE_FLOOR,
        ),
        ("tuning 4 top-1", tuned4.top1, TUNING4_TOP1_FLOOR),
        ("tuning 5 top-1", tuned5.top1, TUNING5_TOP1_FLOOR),
        ("tuning 6 top-1", tuned6.top1, TUNING6_TOP1_FLOOR),
        ("tuning 7 top-1", tuned7.top1, TUNING7_TOP1_FLOOR),
        ("tuning 8 top-1", tuned8.top1, TUNING8_TOP1_FLOOR),
        ("tuning 9 top-1", tuned9.top1, TUNING9_TOP1_FLOOR),
        ("tuning 10 top-1", tuned10.top1, TUNING10_TOP1_FLOOR),
        ("tuning 11 top-1", tuned11.top1, TUNING11_TOP1_FLOOR),
        ("tuning 12 top-1", tuned12.top1, TUNING12_TOP1_FLOOR),
        ("tuning 13 top-1", tuned13.top1, TUNING13_TOP1_FLOOR),
        ("tuning 14 top-1", tuned14.top1, TUNING14_TOP1_FLOOR),
        ("tuning 15 top-1", tuned15.top1, TUNING15_TOP1_FLOOR),
        ("tuning 16 top-1", tuned16.top1, TUNING16_TOP1_FLOOR),
        ("tuning 17 top-1", tuned17.top1, TUNING17_TOP1_FLOOR),
        ("tuning 18 top-1", tuned18.top1, TUNING18_TOP1_FLOOR),
        ("tuning 19 top-1", tuned19.top1, TUNING19_TOP1_FLOOR),
        ("tuning 20 top-1", tuned20.top1, TUNING20_TOP1_FLOOR),
        ("tuning 21 top-1", tuned21.top1, TUNING21_TOP1_FLOOR),
        ("tuning 22 top-1", tuned22.top1, TUNING22_TOP1_FLOOR),
        ("tuning 23 top-1", tuned23.top1, TUNING23_TOP1_FLOOR),
        ("tuning 24 top-1", tuned24.top1, TUNING24_TOP1_FLOOR),
        ("tuning 25 top-1", tuned25.top1, TUNING25_TOP1_FLOOR),
        ("tuning 26 top-1", tuned26.top1, TUNING26_TOP1_FLOOR),
        ("tuning 27 top-1", tuned27.top1, TUNING27_TOP1_FLOOR),
        ("tuning 28 top-1", tuned28.top1, TUNING28_TOP1_FLOOR),
        ("tuning 29 top-1", tuned29.top1, TUNING29_TOP1_FLOOR),
        ("tuning 30 top-1", tuned30.top1, TUNING30_TOP1_FLOOR),
        ("tuning 31 top-1", tuned31.top1, TUNING31_TOP1_FLOOR),
        ("tuning 32 top-1", tuned32.top1, TUNING32_TOP1_FLOOR),
        ("tuning 33 top-1", tuned33.top1, TUNING33_TOP1_FLOOR),
        ("tuning 34 top-1", tuned34.top1, TUNING34_TOP1_FLOOR),
        ("tuning 35 top-1", tuned35.top1, TUNING35_TOP1_FLOOR),
        ("tuning 36 top-1", tuned36.top1, TUNING36_TOP1_FLOOR),
        ("tuning 37 top-1", tuned37.top1, TUNING37_TOP1_FLOOR),
        ("tuning 38 top-1", tuned38.top1, TUNING38_TOP1_FLOOR),
        ("tuning 39 top-1", tuned39.top1, TUNING39_TOP1_FLOOR),
        ("tuning 40 top-1", tuned40.top1, TUNING40_TOP1_FLOOR),
        ("tuning 41 top-1", tuned41.top1, TUNING41_TOP1_FLOOR),
        ("tuning 42 top-1", tuned42.top1, TUNING42_TOP1_FLOOR),
        ("tuning 43 top-1", tuned43.top1, TUNING43_TOP1_FLOOR),
        ("tuning 44 top-1", tuned44.top1, TUNING44_TOP1_FLOOR),
        ("tuning 45 top-1", tuned45.top1, TUNING45_TOP1_FLOOR),
        ("tuning 46 top-1", tuned46.top1, TUNING46_TOP1_FLOOR),
        ("tuning 47 top-1", tuned47.top1, TUNING47_TOP1_FLOOR),
        ("tuning 48 top-1", tuned48.top1, TUNING48_TOP1_FLOOR),
        ("tuning 49 top-1", tuned49.top1, TUNING49_TOP1_FLOOR),
        ("tuning 50 top-1", tuned50.top1, TUNING50_TOP1_FLOOR),
        ("tuning 51 top-1", tuned51.top1, TUNING51_TOP1_FLOOR),
        ("tuning 52 top-1", tuned52.top1, TUNING52_TOP1_FLOOR),
        ("tuning 53 top-1", tuned53.top1, TUNING53_TOP1_FLOOR),
        ("tuning 54 top-1", tuned54.top1, TUNING54_TOP1_FLOOR),
        ("tuning 55 top-1", tuned55.top1, TUNING55_TOP1_FLOOR),
        ("tuning 56 top-1", tuned56.top1, TUNING56_TOP1_FLOOR),
        ("tuning 57 top-1", tuned57.top1, TUNING57_TOP1_FLOOR),
        ("tuning 58 top-1", tuned58.top1, TUNING58_TOP1_FLOOR),
        ("tuning 59 top-1", tuned59.top1, TUNING59_TOP1_FLOOR),
        ("tuning 60 top-1", tuned60.top1, TUNING60_TOP1_FLOOR),
        ("tuning 61 top-1", tuned61.top1, TUNING61_TOP1_FLOOR),
        ("tuning 62 top-1", tuned62.top1, TUNING62_TOP1_FLOOR),
        ("tuning 63 top-1", tuned63.top1, TUNING63_TOP1_FLOOR),
        ("tuning 64 top-1", tuned64.top1, TUNING64_TOP1_FLOOR),
        ("tuning 65 top-1", tuned65.top1, TUNING65_TOP1_FLOOR),
        ("tuning 66 top-1", tuned66.top1, TUNING66_TOP1_FLOOR),
        ("tuning 67 top-1", tuned67.top1, TUNING67_TOP1_FLOOR),
        ("tuning 68 top-1", tuned68.top1, TUNING68_TOP1_FLOOR),
        (
            "tuning 14 out-of-scope right",
            ours14["out-of-scope"].mean().top1,
            TUNING14_OUT_OF_SCOPE_FLOOR,
        ),
        ("tuning 2 recall@3", tuned2.hit3, TUNING2_HIT3_FLOOR),
        (
            "tuning 2 out-of-scope right",
            ours2["out-of-scope"].mean().top1,
            TUNING2_OUT_OF_SCOPE_FLOOR,
        ),
    ];
    for (what, value, floor) in checks {
        assert!(
            value >= floor,
            "{what} fell to {} (floor {})",
            percent(value),
            percent(floor)
        );
    }
    assert!(
        held2.false_no_match <= HOLDOUT2_FALSE_NO_MATCH_CEILING,
        "false “no match” rose to {}",
        percent(held2.false_no_match)
    );
    assert!(
        fourth["all"].mean().false_no_match <= HOLDOUT4_FALSE_NO_MATCH_CEILING,
        "false “no match” on held-out 4 rose to {}",
        percent(fourth["all"].mean().false_no_match)
    );
    let wrong = [
        ("queries", &ours, 0.0),
        ("holdout", &ours_holdout, 0.0),
        ("tuning2", &ours2, TUNING2_WRONG_FACTS_CEILING),
        ("tuning3", &ours3, TUNING3_WRONG_FACTS_CEILING),
        ("tuning4", &ours4, TUNING4_WRONG_FACTS_CEILING),
        ("tuning5", &ours5, 0.0),
        ("tuning6", &ours6, 0.0),
        ("tuning7", &ours7, 0.0),
        ("tuning8", &ours8, 0.0),
        ("tuning9", &ours9, 0.0),
        ("tuning10", &ours10, 0.0),
        ("tuning11", &ours11, 0.0),
        ("tuning12", &ours12, 0.0),
        ("tuning13", &ours13, 0.0),
        ("tuning47", &ours47, TUNING47_WRONG_FACTS_CEILING),
        ("tuning48", &ours48, TUNING48_WRONG_FACTS_CEILING),
        ("tuning51", &ours51, TUNING51_WRONG_FACTS_CEILING),
        ("tuning52", &ours52, TUNING52_WRONG_FACTS_CEILING),
        ("tuning53", &ours53, TUNING53_WRONG_FACTS_CEILING),
        ("tuning54", &ours54, TUNING54_WRONG_FACTS_CEILING),
        ("tuning55", &ours55, TUNING55_WRONG_FACTS_CEILING),
        ("tuning56", &ours56, TUNING56_WRONG_FACTS_CEILING),
        ("tuning57", &ours57, TUNING57_WRONG_FACTS_CEILING),
        ("tuning58", &ours58, TUNING58_WRONG_FACTS_CEILING),
        ("tuning59", &ours59, TUNING59_WRONG_FACTS_CEILING),
        ("tuning60", &ours60, TUNING60_WRONG_FACTS_CEILING),
        ("tuning61", &ours61, TUNING61_WRONG_FACTS_CEILING),
        ("tuning63", &ours63, TUNING63_WRONG_FACTS_CEILING),
        ("tuning64", &ours64, TUNING64_WRONG_FACTS_CEILING),
        ("tuning65", &ours65, TUNING65_WRONG_FACTS_CEILING),
        ("tuning66", &ours66, TUNING66_WRONG_FACTS_CEILING),
        ("tuning67", &ours67, TUNING67_WRONG_FACTS_CEILING),
        ("tuning68", &ours68, TUNING68_WRONG_FACTS_CEILING),
        ("tuning14", &ours14, 0.0),
        ("tuning15", &ours15, 0.0),
        ("tuning16", &ours16, 0.0),
        ("tuning17", &ours17, 0.0),
        ("tuning18", &ours18, 0.0),
        ("tuning19", &ours19, 0.0),
        ("tuning20", &ours20, 0.0),
        ("tuning21", &ours21, 0.0),
        ("tuning22", &ours22, 0.0),
        ("tuning23", &ours23, 0.0),
        ("tuning24", &ours24, 0.0),
        ("tuning25", &ours25, TUNING25_WRONG_FACTS_CEILING),
        ("tuning26", &ours26, TUNING26_WRONG_FACTS_CEILING),
        ("tuning27", &ours27, TUNING27_WRONG_FACTS_CEILING),
        ("tuning28", &ours28, TUNING28_WRONG_FACTS_CEILING),
        ("tuning29", &ours29, TUNING29_WRONG_FACTS_CEILING),
        ("tuning30", &ours30, TUNING30_WRONG_FACTS_CEILING),
        ("tuning31", &ours31, TUNING31_WRONG_FACTS_CEILING),
        ("tuning32", &ours32, TUNING32_WRONG_FACTS_CEILING),
        ("tuning33", &ours33, TUNING33_WRONG_FACTS_CEILING),
        ("tuning34", &ours34, TUNING34_WRONG_FACTS_CEILING),
        ("tuning35", &ours35, TUNING35_WRONG_FACTS_CEILING),
        ("tuning36", &ours36, TUNING36_WRONG_FACTS_CEILING),
        ("tuning38", &ours38, TUNING38_WRONG_FACTS_CEILING),
        ("tuning39", &ours39, TUNING39_WRONG_FACTS_CEILING),
        ("tuning40", &ours40, TUNING40_WRONG_FACTS_CEILING),
        ("tuning41", &ours41, TUNING41_WRONG_FACTS_CEILING),
        ("tuning42", &ours42, TUNING42_WRONG_FACTS_CEILING),
        ("holdout2", &second, HOLDOUT2_WRONG_FACTS_CEILING),
        ("holdout3", &third, HOLDOUT3_WRONG_FACTS_CEILING),
        ("holdout4", &fourth, HOLDOUT4_WRONG_FACTS_CEILING),
    ];
    for (set, report, ceiling) in wrong {
        let count = report["all"].mean().wrong_fact;
        assert!(
            count <= ceiling,
            "{set} has {count} wrong facts (at most {ceiling})"
        );
    }
    let every = [
        ("queries", &ours, "meeting"),
        ("queries", &ours, "paragraph-ref"),
        ("queries", &ours, "not-stated"),
        ("tuning2", &ours2, "paragraph-ref"),
        ("tuning2", &ours2, "not-stated"),
        ("tuning3", &ours3, "meeting"),
        ("tuning3", &ours3, "not-stated"),
        ("tuning3", &ours3, "definition"),
        ("tuning3", &ours3, "paragraph-ref"),
        ("tuning5", &ours5, "meeting"),
        ("tuning5", &ours5, "not-stated"),
        ("tuning5", &ours5, "paragraph-ref"),
        ("tuning5", &ours5, "definition"),
        ("tuning6", &ours6, "meeting"),
        ("tuning6", &ours6, "not-stated"),
        ("tuning6", &ours6, "paragraph-ref"),
        ("tuning6", &ours6, "definition"),
        ("tuning7", &ours7, "paragraph-ref"),
        ("tuning7", &ours7, "definition"),
        ("tuning8", &ours8, "not-stated"),
        ("tuning8", &ours8, "paragraph-ref"),
        ("tuning8", &ours8, "definition"),
        ("tuning9", &ours9, "meeting"),
        ("tuning9", &ours9, "not-stated"),
        ("tuning9", &ours9, "paragraph-ref"),
        ("tuning10", &ours10, "not-stated"),
        ("tuning10", &ours10, "paragraph-ref"),
        ("tuning11", &ours11, "not-stated"),
        ("tuning11", &ours11, "paragraph-ref"),
        ("tuning11", &ours11, "definition"),
        ("tuning12", &ours12, "meeting"),
        ("tuning12", &ours12, "not-stated"),
        ("tuning12", &ours12, "paragraph-ref"),
        ("tuning12", &ours12, "definition"),
        ("tuning13", &ours13, "meeting"),
        ("tuning13", &ours13, "not-stated"),
        ("tuning13", &ours13, "paragraph-ref"),
        ("tuning13", &ours13, "definition"),
        ("tuning43", &ours43, "paragraph-ref"),
        ("tuning44", &ours44, "paragraph-ref"),
        ("tuning46", &ours46, "paragraph-ref"),
        ("tuning49", &ours49, "paragraph-ref"),
        ("tuning50", &ours50, "paragraph-ref"),
        ("holdout2", &second, "out-of-scope"),
        ("holdout2", &second, "not-stated"),
        ("holdout4", &fourth, "paragraph-ref"),
        ("holdout4", &fourth, "not-stated"),
        ("holdout", &ours_holdout, "meeting"),
        ("holdout", &ours_holdout, "out-of-scope"),
    ];
    for (set, report, kind) in every {
        assert_eq!(
            report[kind].mean().top1,
            1.0,
            "every {kind} query of {set} must be answered right"
        );
    }
    let out_of_scope = ours["out-of-scope"].mean().top1;
    assert!(
        out_of_scope >= OUT_OF_SCOPE_FLOOR,
        "out-of-scope right fell to {}",
        percent(out_of_scope)
    );
}

// Floors just under the figures measured at this commit (RELEVANCE.md); the held-out ones are
// reported, never tuned on: they rise only when a change made for other reasons lifts them.
/// 0.95 until the English question bank grew by 12 questions a paragraph (written blind from the
/// text): this set lost one query (a chat message now finds ¶7 first), the second tuning set
/// gained two.
/// 0.97 since closeness by value and the share-of-words term (2026-12-04).
/// 0.98 (measured 98.5%) since words of a glossary name said without it ("sustainable
/// development" without "goals") rank the paragraphs that use them freely first (session 24).
const TOP1_FLOOR: f64 = 0.98;
const HIT3_FLOOR: f64 = 0.99;
/// Lowered from 0.88 when the unfamiliar-word and figure rules came in (one query of 30 lost, chosen
/// on the tuning sets alone; see RELEVANCE.md); 0.89 since closeness by value (chosen on the
/// tuning sets) lifted it to 90.0%; 0.93 since the bank's searches, matched by meaning (chosen on
/// the tuning sets), lifted it to 93.3%. 0.90 since session 30's everyday-words bank (319
/// questions written blind from the text): one query of 30 lost, unread, in a trade taken on the
/// totals (tuning sets 56 queries gained, 21 lost; held-out 3 +1, held-out 2 −1, held-out 4 false
/// "no match" 2.5 → 1.9%; RELEVANCE.md, session 30).
const HOLDOUT_TOP1_FLOOR: f64 = 0.90;
/// Raised on 2026-12-04 to just under 92.1% / 95.4%, reached by changes chosen on the tuning sets;
/// recall@3 0.955 since session 8 (96.0%: no match for what came after the declaration); 0.93 /
/// 0.96 since session 10 (93.4% / 96.7%, after the definitions and meetings tuning 15 and 16 led
/// to, read afterwards); 0.935 / 0.97 since the bank's searches (94.0% / 97.4%, the way of
/// matching them chosen on the tuning sets' totals, read afterwards); 0.94 / 0.975 since a place
/// beside a topic the text lacks is no longer its meeting and "how many meetings" counts them
/// (94.7% / 98.0%, read afterwards); back to 0.935 / 0.97 since a fact's short ask said of
/// another subject is not asked of the meeting (94.0% / 97.4%, read afterwards: one meeting answer
/// lost, unread, for 37 wrong facts fewer on tuning 26–28 — the one trade of a held-out answer we
/// took, because a wrong fact is worse than none; RELEVANCE.md, session 16); 0.94 / 0.975 since a
/// qualifier of the ask ("any concrete outcomes") is no other subject (94.7% / 98.0%, session 21,
/// read afterwards); 0.95 / 0.98 since session 22's meeting changes from tuning 39 (95.4% /
/// 98.7%, read afterwards).
/// Session 28: 96.0% / 99.3% once remarks after a question are read as remarks (an
/// aggregate; the queries stay unread).
/// Session 30: 95.4% / 99.3% with the everyday-words bank (one query lost, unread; the trade is
/// under [`HOLDOUT_TOP1_FLOOR`]).
const HOLDOUT2_TOP1_FLOOR: f64 = 0.95;
const HOLDOUT2_HIT3_FLOOR: f64 = 0.99;
const HOLDOUT2_FALSE_NO_MATCH_CEILING: f64 = 0.02;
/// Wrong facts on the second held-out set: none since the figure and meeting guards.
const HOLDOUT2_WRONG_FACTS_CEILING: f64 = 0.0;
/// Held-out 2 chat recall@3: 100% in session 28.
const CHAT_HIT3_FLOOR: f64 = 0.99;
/// The third held-out set (keyword searches, paraphrases and everyday questions, written blind on
/// 2026-12-05 after the bank's searches came in), never tuned on: 90.8% / 92.5% at its first run
/// (89.2% / 90.8% at c0a36ca, before the searches), false "no match" 0.0% (2.5%), out-of-scope 70%
/// (70%), and one wrong fact both before and after, unread. Session 23: 92.5% / 94.2%, out-of-scope
/// 80%, no wrong fact, once "which countries joined …" (found on tuning 42) asks no meeting's record.
/// Session 30: 93.3% / 94.2% with the everyday-words bank. Session 35: 94.2% / 95.0%,
/// out-of-scope 85%, with the near misses found on tuning 61 (a body's money, its seat put to the
/// test, events after 2017, advice).
const HOLDOUT3_TOP1_FLOOR: f64 = 0.935;
const HOLDOUT3_HIT3_FLOOR: f64 = 0.945;
/// The wrong fact of the third held-out set, there before the searches came in, went with session
/// 23's change from tuning 42 (read as an aggregate: a held-out miss is counted, never read).
const HOLDOUT3_WRONG_FACTS_CEILING: f64 = 0.0;
/// The fourth held-out set (written blind on 2026-12-06 from the declaration's text alone, five
/// users as in held-out 2's brief), never tuned on. At its first run (b9b3bb9): 90.6% / 93.8%,
/// false "no match" 3.8%, chat recall@3 83.3%, no wrong fact, every paragraph reference right;
/// below held-out 2 on chat and questions, where the floor turns answerable messages away.
/// Session 28, after the chat changes found on tuning sets: 91.9% / 95.0%, false "no match"
/// 2.5%, chat recall@3 94.4% (aggregates; the misses stay unread). Session 30: false "no match"
/// 1.9% with the everyday-words bank, top-1 and recall@3 unchanged. Session 34: 93.1% / 96.2%,
/// false "no match" 1.2%, with general fixes found on tuning 59 and 60 ("I'd" read as a name
/// nobody uses turned a question away; a city that hosted; a record said of a place after "in").
/// Session 38: 93.8% / 96.9%, out-of-scope 15/15, with ASEM itself read as a forum with a record
/// of its own ("when was ASEM founded?", found on tuning sets 33–42 and 59–60).
const HOLDOUT4_TOP1_FLOOR: f64 = 0.935;
const HOLDOUT4_HIT3_FLOOR: f64 = 0.965;
const HOLDOUT4_FALSE_NO_MATCH_CEILING: f64 = 0.02;
const HOLDOUT4_CHAT_HIT3_FLOOR: f64 = 0.94;
const HOLDOUT4_WRONG_FACTS_CEILING: f64 = 0.0;
/// The second tuning set (written blind by a helper, tuned on): top-1, recall@3, and its
/// out-of-scope questions told "no match" (most are near misses in the declaration's words).
const TUNING2_TOP1_FLOOR: f64 = 0.94;
const TUNING2_HIT3_FLOOR: f64 = 0.95;
const TUNING2_OUT_OF_SCOPE_FLOOR: f64 = 0.96;
/// The third tuning set (310 queries written blind by two helpers): top-1, recall@3, and its
/// out-of-scope near misses told "no match".
const TUNING3_TOP1_FLOOR: f64 = 0.95;
const TUNING3_HIT3_FLOOR: f64 = 0.98;
const TUNING3_OUT_OF_SCOPE_FLOOR: f64 = 0.96;
/// The fourth (133 messy structural queries written blind by a helper): top-1.
const TUNING4_TOP1_FLOOR: f64 = 0.97;
/// The fifth (218 queries written blind, mostly questions and chat) and the sixth (160 structural
/// ones): top-1, and no wrong fact.
const TUNING5_TOP1_FLOOR: f64 = 0.97;
const TUNING6_TOP1_FLOOR: f64 = 0.98;
/// The seventh (120 structural queries written blind as five kinds of users write): top-1.
const TUNING7_TOP1_FLOOR: f64 = 0.99;
/// The eighth (200 queries in seven more voices), ninth (180 on how meetings, paragraphs and terms
/// get named) and tenth (170 messages as they arrive in a channel), all written blind: top-1, and
/// no wrong fact.
const TUNING8_TOP1_FLOOR: f64 = 0.95;
const TUNING9_TOP1_FLOOR: f64 = 0.97;
const TUNING10_TOP1_FLOOR: f64 = 0.96;
/// Tuning sets 11 (quoting back, two meetings at once, citation formats) and 12 (meetings
/// described, paragraphs referred to indirectly): just under their figures at the session that
/// wrote them (97.1% and 100%).
const TUNING11_TOP1_FLOOR: f64 = 0.98;
const TUNING12_TOP1_FLOOR: f64 = 0.99;
/// Tuning sets 13 (five users, as the second held-out set's brief) and 14 (questions and chat in
/// everyday words, near-miss out-of-scope): just under their figures at the session that wrote them
/// (90.0% and 93.3%).
/// 94.7% in session 28 ("omg thank u. also does it mention virtual exchange? my uni does
/// COIL").
const TUNING13_TOP1_FLOOR: f64 = 0.94;
const TUNING14_TOP1_FLOOR: f64 = 0.94;
/// Tuning 15 (hard forms of meeting and paragraph questions) came in at 71.5% with 10 wrong facts;
/// 98.0% and none after Roman numerals, places anywhere, numbers put to the test, short years and
/// quoted themes (2026-12-04).
const TUNING15_TOP1_FLOOR: f64 = 0.97;
/// Tuning 16 (definitions of every glossary term, meetings, paragraph references and chat from
/// phones, voice and second-language English) came in at 79.5% with 5 wrong facts; 93.5% and none
/// after spelled-out names, requests in other languages and the fixes below (2026-12-04).
/// 98.5% in session 28 ("the helsinki summit in 2006 is what kicked off…" asks for nothing).
const TUNING16_TOP1_FLOOR: f64 = 0.98;
/// Tuning 17 (questions in other words, long chat, meetings and references from five kinds of
/// users) came in at 79.5% / 86.0% with 2 wrong facts; 85.5% / 92.0% and none after the fixes it
/// led to (the last: a meeting the speaker "already" has is only one named after that word).
const TUNING17_TOP1_FLOOR: f64 = 0.85;
/// Tuning 18 (meetings named every way, not-stated, paragraph references, chat and paraphrases,
/// written from the declaration's text alone like held-out 2) came in at 91.0% / 92.0% with 1
/// wrong fact; 95.0% / 96.0% and none after paragraphs named by their opening words, "between 12
/// and 14", "2nd ASEM ME" and a day or month asked besides "when".
const TUNING18_TOP1_FLOOR: f64 = 0.94;
/// Tuning 19 (meetings and paragraphs named in unusual ways, not-stated, chat and indirect
/// questions, from the declaration's text alone) came in at 79.0% / 81.5% with 3 wrong facts;
/// 93.5% / 96.0% and none after paragraphs counted from the end, beside the footnote or next to a
/// numbered one, and meetings named as the subject of a claim, by a year put to the test, in a
/// clause of time, by where the text mentions them or by a choice of two cities, and questions
/// whose framing ("their stance on", "in what context", "how do they rate") was taken for a topic.
const TUNING19_TOP1_FLOOR: f64 = 0.93;
/// Tuning 20 (meeting facts, not-stated and paragraphs by number or place, as careful users ask,
/// from the declaration's text alone) came in at 90.7% with 1 wrong fact; 95.3% and none after
/// "Conclusions by the Chair" read as what was adopted, "what kind of document", a year put
/// forward for the one summit, every paragraph under a section and "punto 4", "paragraaf 12".
/// Session 23: 99.3% once "the one thanking Korea" and "…section, both paragraphs" name paragraphs.
const TUNING20_TOP1_FLOOR: f64 = 0.99;
/// Tuning 21 (meetings named every way, not-stated, paragraphs asked for in words, chat and
/// paraphrase, from the declaration's text alone) came in at 86.9% / 87.5% with 3 wrong facts
/// (5 of its misses a label for the next meeting the scorer does not use); 98.8% / 99.4% and none
/// after terse checks ("ASEMME 4 in Bangkok?"), a meeting's own city with a year not its own,
/// "which one of the meetings", "the one after it" past a claim's sentence, how long a meeting
/// lasted, how many signed, who spoke or opened it, a lead-in before a colon and "refer to".
/// 98.1% since session 30: its "Who chaired ASEMME6?" is labelled with the host, but the
/// declaration names the host ministry, not who chaired; the bot now says it does not say (as
/// tunings 20 and 53 label the same question).
const TUNING21_TOP1_FLOOR: f64 = 0.98;
/// Tuning 22 (meeting facts inside chat, paragraphs by number or position, not-stated,
/// paraphrase, from the declaration's text alone) came in at 93.3% with 2 wrong facts; 99.3% and
/// none after "what about Hanoi?" after a fact of Berlin, "I know KL was…" as what is had, "the
/// 4th in the series", a choice of outcome, "whats in 14?", asides of chat dropped from the
/// question, and who gave a speech or is a minister now in no record.
const TUNING22_TOP1_FLOOR: f64 = 0.99;
/// Tuning 23 (meetings and paragraphs asked for in the least usual ways: typos, abbreviations,
/// numerals, run-on chat, wrong claims, from the declaration's text alone) came in at 84.3% with 1
/// wrong fact; 97.1% and none after "#2" and "asemm" as spelt, city abbreviations (CPH, HN, DK),
/// "what place does it have in the series", a year put to the test before "right", a month after
/// "was in", a choice of outcome or of places, "the name of the document", "was the EU there?",
/// "what does 13 say", "n° 11", "gimme 10 and 11", "the one just before 7", and what is near the
/// venue not the venue.
const TUNING23_TOP1_FLOOR: f64 = 0.98;
/// Tuning 24 (keyword searches, paraphrases and everyday questions in words the text does not
/// use, near-miss out-of-scope, from the declaration's text alone) came in at 75.6% / 81.2%, false
/// "no match" 15.0%: most of its misses are paraphrases turned away. 80.6% / 88.1%, false "no match"
/// 8.8%, once the bank's searches ("free textbooks online") are matched by meaning.
/// Session 23: 83.1%, out-of-scope 90%, once a meeting's place read as its region is no nearer ("finland school reform").
/// Session 27: 83.8% once "worse" carries no topic ("do they worry tech will make inequality worse?").
const TUNING24_TOP1_FLOOR: f64 = 0.835;
/// Tuning 25 (near-miss out-of-scope, paraphrases, meetings, paragraphs named in words, chat) came
/// in at 77.5% / 80.6% with 4 wrong facts: places named beside what the text never speaks of
/// ("when did the berlin wall come down") were answered with their meeting's record. 81.9% / 85.0%
/// and none once they are not; 83.8% / 86.9% once plain words found need some nearness of meaning
/// in a question ("who made you?") and agreeing in a later year is after the text; 84.4% / 87.5%
/// once a paragraph beside one named by its topic is found; 85.0% / 88.1% once "how do I apply for
/// the ASEM-DUO Fellowship? deadline?" is no match.
/// Session 23: 88.8% ("things to see in Riga old town in one day" is no match).
const TUNING25_TOP1_FLOOR: f64 = 0.89;
/// Tuning 26 (facts of the Seoul meeting asked with context, and out-of-scope questions with the
/// same asking words about other subjects) came in at 55.0% with 26 wrong facts: "which city has
/// the most international students in Asia?" was answered with the meeting's place. 66.7% and 1
/// once a fact's short ask said of another subject is not asked of the meeting; 67.5% once "the
/// title of the text adopted at the Seoul meeting" is the declaration's title; 68.3% once "who
/// hosted the Olympic Games in 2018?" is read as asked of the Games; 70.8% once "what's the
/// outcome document of ASEMME6 called" is the declaration's title; 71.7% and none once "the
/// slogan of the Korean Ministry of Education" asks of the ministry and a misspelt ask ("who
/// attened") is read as meant; 74.2% once what no record holds of a body the declaration names
/// ("the deadline for the ASEM-DUO fellowship", "the slogan of Erasmus+") is no match; 76.7% once
/// "which city is the ASEF headquarters located in?" and "who started the Erasmus programme?" are.
/// 81.7% once a record asked of a name nothing the bot holds uses ("when does the spring semester
/// start at Seoul National University?", "who organises the MOOC platform K-MOOC?") is no match,
/// and so is "who hosts the next ASEM summit?"; 82.5% once a summit numbered or dated otherwise
/// than the timeline's ("the EU-ASEAN summit", "the 12th ASEM Summit") is another body's; 83.3%
/// once "the OECD education ministers meeting" is; 84.2% once the document is "named"; 85.8%
/// once "which city has the most international students in Asia?" asks a ranking and "how long
/// did ASEMME6 last" its dates.
/// Session 23: 92.5% ("where are the best universities in Europe for engineering?" asks a ranking).
/// Session 27: 93.3% once clipped words are read in full ("who attended the Erasmus+ info session
/// yesterday?" is no match).
const TUNING26_TOP1_FLOOR: f64 = 0.94;
const TUNING26_WRONG_FACTS_CEILING: f64 = 0.0;
/// Tuning 27 (facts of the Seoul meeting asked beside other subjects' words, and out-of-scope
/// questions with the same short asks) came in at 54.2% with 16 wrong facts; 59.2% and 4 with the
/// same rule; 63.3% once a title said of the declaration is its own, not the meeting's theme. The
/// 4 left name a meeting's place beside another subject ("motto of Seoul National University").
/// 64.2% once "Maria keeps saying the European Union hosted ASEMME6" puts a host to the test;
/// 66.7% and none once what an ask is said of ("motto of Seoul National University", "who hosted
/// the 2023 World Scout Jamboree in Korea") is read; 70.0% once "the name of the declaration from
/// ASEMME6" is its title; 70.8% once "ASEMME6 locaton?" is read as meant; 75.0% once what no record
/// holds of a body ("motto of the European Union?", "where is the ASEM Education Secretariat
/// located now?") is no match; 78.3% once a record asked of a name nothing the bot holds uses
/// ("motto of Seoul National University", "theme of UNESCO's International Day of Education
/// 2025") is; 79.2% once "the ASEM Summit in Brussels in 2018" is a summit the timeline does not
/// have; 80.0% once "the G20 education ministers' meeting" is another body's; 81.7% once "which
/// city has the best universities" asks a ranking and "how long ago was ASEMME6" its year.
/// 87.5% with session 30's everyday-words bank (two out-of-scope questions now find a paragraph).
const TUNING27_TOP1_FLOOR: f64 = 0.87;
const TUNING27_WRONG_FACTS_CEILING: f64 = 0.0;
/// Tuning 28 (facts of the Seoul meeting, the meeting named loosely or not at all: "theme of the
/// event pls") came in at 51.1% with 1 wrong fact; 50.0% with the rule, which drops "hoo hosted
/// this" ("hoo" is taken for another subject); 55.6% once "the event" and "the occasion" speak of
/// a meeting and the declaration's title is its own; 58.9% once what a reader calls the text ("this
/// document", "it") was signed, agreed or drafted at its meeting; 72.2% once "where was it agreed"
/// and "the text was adopted" ask of the making, not of what the text says, "it" was held, "they
/// gather", "was the EU there", and a title or subtitle asked of the document are its own; 74.4%
/// and none once "the summit of education ministers" is their meeting, not the ASEM Summit; 76.7%
/// once a misspelt ask ("titel", "wat was the thema") is read as meant; 80.0% once "who sponsored
/// the session", "who co-organised or supported the conference" ask for the host and "who is the
/// 'we' in this document?" for those who took part; 81.1% once "next week" is the speaker's
/// calendar; 85.6% once the ministers "convene", a theme is a "banner" and the document is "named"
/// or "called" (`facts.toml` asks).
const TUNING28_TOP1_FLOOR: f64 = 0.86;
const TUNING28_WRONG_FACTS_CEILING: f64 = 0.0;
/// Tuning 29 (meeting facts asked of a meeting described in many ways, and out-of-scope questions
/// asking the same of other subjects sharing a meeting's city, country or year), written after the
/// first version of `meeting::asked_of` and measured blind on it: 60.0% with 25 wrong facts
/// before that rule, 68.3% with 16 after it, 74.2% with 6 once a meeting named only by its place
/// or year beside another event ("the COP15 climate summit in Copenhagen") or another year
/// ("Seoul's slogan as World Design Capital in 2010") is that event, and "when was the Helsinki
/// Final Act signed" asks of the Act; 76.7% with 3 once "which country held the EU presidency"
/// asks of the presidency and ministers meeting in a year of no meeting ("the Bologna Process
/// ministers… in 2012") get no fact of the declaration's; none once what is asked of a body the
/// record names ("which country chaired ASEAN"), of an anniversary no meeting had ("Hanoi's
/// 1000-year anniversary") or of a place and a year of two meetings ("signed in Malaysia in 2015")
/// is no meeting's; 77.5% once "what's ASEAN's motto?" is no match; 86.7% once a record asked of
/// a name nothing the bot holds uses ("the theme of the Berlinale in 2008", "who founded the
/// University of Copenhagen?", "who took part in the Eastern Partnership summit in Riga") is;
/// 89.2% once a summit numbered or dated otherwise than the timeline's ("the 10th ASEM summit in
/// Milan in 2014", "the 2015 sustainable development summit") is.
const TUNING29_TOP1_FLOOR: f64 = 0.89;
const TUNING29_WRONG_FACTS_CEILING: f64 = 0.0;
/// Tuning 30 (meeting facts asked with misspelt asking words, the bodies the declaration names
/// asked about, everyday searches with typos), written blind after the first misspelt-ask and body
/// rules and measured on them: 71.7% with 3 wrong facts; 75.0% with 1 once a misspelling that
/// shares its stem with a word of the bank ("venu", "delegats") is read as meant, "whn" is "when"
/// (a dropped letter) and "hwo" is "who", what "have hosted" is said of is read, and "the last ASEF
/// Rectors' Conference" is another body's event; 88.3% once what no record holds of a body the
/// declaration names (when it began, where it sits, who leads it, its motto, its deadlines) is no
/// match. That rule was written from this set's misses: tuning 25, 26, 27 and 29 gained by it too.
/// 89.2% once "who suported the Seoul meeting" asks for the host.
const TUNING30_TOP1_FLOOR: f64 = 0.92;
const TUNING30_WRONG_FACTS_CEILING: f64 = 1.0;
/// Tuning 31 (the bodies, programmes and ideas the declaration names asked about every way),
/// written blind after the body rule to test it on questions it was not written from: 75.8% /
/// 80.0%, out-of-scope 68.9%, 2 wrong facts. 80.0% / 84.2%, out-of-scope 80.0%, 1 wrong fact once
/// a body's head office, its Secretary-General, who may apply and who started or adopted it are
/// asked of the body too, and "who came up with the term OER" asks who thought of it, not who came.
/// 80.8% / 85.0% once a record asked of a name nothing the bot holds uses is no match ("Which
/// university launched the first ever MOOC?"); 81.7% / 85.8% once "the very first ASEM Summit"
/// is one the timeline does not have; 82.5% / 86.7% and none once "Did ASEF publish its own report
/// about the Seoul meeting?" asks what the body did, not for the meeting's record.
/// Session 23: 88.3% once "take part" asks who took part. 87.5% with session 30's everyday-words
/// bank.
const TUNING31_TOP1_FLOOR: f64 = 0.87;
const TUNING31_WRONG_FACTS_CEILING: f64 = 0.0;
/// Tuning 32 (questions that name people, places, institutions, events and documents, half of
/// them out of scope), written blind before the rule on names the declaration never uses: 90.8% /
/// 92.5%, out-of-scope 86.7%, 2 wrong facts. The rule, written from tuning 26, 27 and 29, then
/// gained 1 of its 6 out-of-scope misses here (91.7%). 94.2% / 95.8%, out-of-scope 95.6%, none
/// once a short sentence with a name of three words is not taken for title case ("When was Seoul
/// National University founded?"), the next leaders' summit is no summit of the timeline, and ministers of a year's
/// meeting placed where no meeting was met at another ("the Bologna Process ministers in Yerevan
/// 2015").
/// Session 23: 95.0% ("when was the univeristy of copenhagen founded" is no match).
/// 95.8% in session 28 ("deadline in an hour 🙏 what's the Seoul line on ICT…").
const TUNING32_TOP1_FLOOR: f64 = 0.95;
const TUNING32_WRONG_FACTS_CEILING: f64 = 0.0;
/// Tuning 33 (events and organisations around the declaration, a third in lower case or with
/// typos), written blind after the rules on strangers and other summits, to test them: 85.0% /
/// 88.3%, out-of-scope 67.5%, 2 wrong facts (at b4abe6f, before those rules: 81.7% / 85.0%,
/// out-of-scope 57.5%, 3 wrong facts). 87.5% / 90.8%, out-of-scope 75.0%, none once another
/// body's education ministers ("the ASEAN education ministers", "the OECD education
/// ministerial") meet apart from ASEM's, and a meeting's place that says where something else is
/// ("univeristy of helsinki was founded in what year?") is not the meeting's; 89.2% / 92.5%,
/// out-of-scope 80.0%, once a body's commissioner is asked as its head and "when did the UN adopt
/// the SDGs" as when it began.
/// 90.0% / 93.3%, out-of-scope 82.5%, once "What is the EU's SHARE programme" asks what a name
/// the bot never uses is.
const TUNING33_TOP1_FLOOR: f64 = 0.91;
const TUNING33_WRONG_FACTS_CEILING: f64 = 0.0;
/// Tuning 34 (a broad mix from five kinds of users, every meeting's stated and unstated facts,
/// out-of-scope near misses), written blind at the start of session 20 and measured before any
/// change from it: 93.3% / 95.8%, out-of-scope 88.9%, 2 wrong facts. 95.0% / 97.5%,
/// out-of-scope 94.4%, none once "next month" is the speaker's calendar ("going to seoul next
/// month" asks no meeting's dates) and "the main decisions taken at Hanoi" asks what ¶2 never
/// gives (the Conclusions by the Chair are named, their content is not); 96.7% / 99.2%,
/// out-of-scope 100%, once "what's" is no one's position and what was agreed at another body's
/// meeting is theirs.
const TUNING34_TOP1_FLOOR: f64 = 0.97;
const TUNING34_WRONG_FACTS_CEILING: f64 = 0.0;
/// Tuning 35 (near misses: questions in the declaration's vocabulary that it cannot answer),
/// written blind in session 20 and measured before any change from it: 83.3% / 85.8%,
/// out-of-scope 74.5%, 1 wrong fact. 89.2% / 91.7%, out-of-scope 87.3%, none once what is near
/// a place is no meeting's record ("hotels near the conference venue in seoul"), a ranking
/// ("which country has the best…") or a duration ("how long does recognition take") is asked
/// only of a paragraph that gives one, "what is <a name the bot never uses>" is no glossary
/// question, "after 2017" looks forward, and an agenda or vacancies are another body's affairs.
const TUNING35_TOP1_FLOOR: f64 = 0.895;
const TUNING35_WRONG_FACTS_CEILING: f64 = 0.0;
/// Tuning 36 (paragraphs named every way, every meeting's facts with the meeting named every
/// way, look-alike out-of-scope requests), written blind in session 20 and measured before any
/// change from it: 92.5%, out-of-scope 53.3%, 1 wrong fact. 98.3%, out-of-scope 93.3%, none
/// once a paragraph of another text ("para 3 of the bologna declaration?", "article 9 GDPR") is
/// none of the declaration's, "what other big events were held in copenhagen" sets the meeting
/// aside, and "the one before the last" is the second to last.
const TUNING36_TOP1_FLOOR: f64 = 0.98;
const TUNING36_WRONG_FACTS_CEILING: f64 = 0.0;
/// Tuning 37 (everyday words: paraphrases and chat about every paragraph, out-of-scope in the same
/// register), written blind in session 20 and measured before any change from it: 65.8% / 72.5%,
/// false no-match 18.3% (paraphrase 28%), out-of-scope 76.7%. 66.7% / 73.3% once a
/// "get-together" or a "meetup" is a meeting; 68.3% / 75.0%, out-of-scope 83.3%, once advice
/// asked for the speaker ("can anyone recommend a good online course", "is that worth it?") gets
/// no paragraph. (Tried and dropped: 160 more bank questions in
/// everyday words, written blind, took it to 72.5% and six other sets up, but nine down, out-of-scope
/// lower on four and a wrong fact on tuning 25; an unfamiliar-word floor of 0.62 instead of 0.65
/// gained 0.9 points here and lost out-of-scope answers on twelve sets.) 73.3% / 79.2%, false
/// no-match 13.3%, once the paragraph the meaning and the bank both put first, well ahead of the
/// next, answers when no floor let one through (session 22). 81.7% / 88.3%, false no-match 5.0%,
/// with session 30's everyday-words bank.
const TUNING37_TOP1_FLOOR: f64 = 0.81;
/// Tuning 38 (a broad mix: meeting facts stated and not, near-miss out-of-scope requests,
/// everyday paraphrase, chat, definitions, paragraphs named in words), written blind in session 21
/// and measured before any change from it: 86.7% / 89.2%, false no-match 1.7%, out-of-scope
/// 72.0%, no wrong fact. 93.3% / 95.8%, out-of-scope 92.0%, once phrasal particles ("signed off")
/// are no topic, a request for writing ("write me a cover letter") and what another text says
/// ("what does the bologna process say…") or one person thought ("what did the korean education
/// minister personally think…") get no paragraph, and a qualifier ("any concrete outcomes") is no
/// other subject.
const TUNING38_TOP1_FLOOR: f64 = 0.93;
const TUNING38_WRONG_FACTS_CEILING: f64 = 0.0;
/// Tuning 39 (meeting facts stated and not, paragraphs named in words, chat, out-of-scope),
/// written blind in session 22 and measured before any change from it: 91.7%, out-of-scope 70%,
/// 3 wrong facts. 97.5%, out-of-scope 80%, 2 wrong facts once whether an unnamed party took part
/// is not stated, "how many … meetings" counts them, ordinals offered one after another ask the
/// number, "pgraph 3" names ¶3 and a lower-case institution is a stranger. The two left are
/// "which country hosted the 4th one" (answered with where it was held, Kuala Lumpur; said not to
/// be stated since session 30: 98.3%, 1 wrong fact) and "which countries are members of ASEM?"
/// (answered with who gathered in Seoul).
const TUNING39_TOP1_FLOOR: f64 = 0.98;
/// No wrong fact since session 35.
const TUNING39_WRONG_FACTS_CEILING: f64 = 0.0;
/// Tuning 40 (meeting facts stated and not, paragraphs named in words, out-of-scope near the
/// topic, everyday paraphrase, chat), written blind in session 23 and measured before any change
/// from it: 90.0% / 94.2%, false no-match 1.7%, out-of-scope 83.3%, 2 wrong facts. 93.3% /
/// 96.7%, out-of-scope 88.9%, no wrong fact, once "the previous meeting, the 2015 one" is the
/// previous meeting named again, "which countries signed" asks who signed, a meeting's place read
/// as its region must still be near ("is riga the capital of latvia") and "is Erasmus+ mentioned
/// anywhere?" puts the paragraph using the name first.
const TUNING40_TOP1_FLOOR: f64 = 0.93;
const TUNING40_WRONG_FACTS_CEILING: f64 = 0.0;
/// Tuning 41 (traps for wrong facts, near-miss out-of-scope), written blind in session 23 and
/// measured before any change from it: 90.8% / 90.8%, false no-match 0.8%, out-of-scope 83.3%,
/// no wrong fact. 96.7%, out-of-scope 90.0%, once "take part" asks who took part, "was Riga the
/// 4th?" puts the number to Riga, a theme-named meeting with another's city said of it asks the
/// city, a meeting likened to ("like in Seoul") is not the one asked, "the Korean ministry" names
/// a body, "helsinki summit was 2008 right?" is the recorded summit, "list the ASEAN member
/// states" asks for members and "best universities in copenhagen" a ranking.
const TUNING41_TOP1_FLOOR: f64 = 0.96;
const TUNING41_WRONG_FACTS_CEILING: f64 = 0.0;
/// Tuning 42 (near misses in the declaration's vocabulary beside answerable questions on the same
/// topics), written blind in session 23 and measured before any change from it: 67.5% / 68.8%,
/// false no-match 1.2%, out-of-scope 52%, 5 wrong facts. Some of its out-of-scope labels disagree
/// with what issue 11 asks ("Where will the 7th … be held?", "how many people attended …?" are
/// answered that the declaration does not say, with the closest paragraphs); 4 wrong facts once
/// "which countries joined ASEM" asks no meeting's record.
/// 68.8%, 3 wrong facts once a place inside a meeting's city ("Which venue in Seoul hosted
/// ASEMME6?") is in no record (session 24).
/// 2 wrong facts once what a given outcome decided ("What exactly did the Chair's Conclusions of
/// the Riga 2015 meeting decide about mobility?") is said not to be stated, not answered with the
/// theme.
/// None in session 25: a year bounding a span in a question about no meeting names none ("what
/// happened in ASEM education cooperation before 2006?"), and who stood for a party ("who
/// represented the European Commission at ASEMME6") is a person the record never names.
/// 72.5% / 73.8% in session 30, once whether something exists asks for it ("is there a template
/// agreement…?").
const TUNING42_TOP1_FLOOR: f64 = 0.72;
const TUNING42_WRONG_FACTS_CEILING: f64 = 0.0;
/// Tuning 43 (paragraphs named by position in chat), written blind in session 24 and measured
/// before any change from it: 80.0%, out-of-scope 100%. 97% once words quoted from a paragraph
/// name it whatever number is guessed, number words with a slip ("para sixten") and other
/// languages' words and marks ("párrafo cuatro", "第十一段", "다섯 번째 문단") are read; 100% once
/// lists of paragraphs apart ("can u pull up 1, 5 and 9") and the paragraph described by its
/// footnote are read. Every one of its paragraph references must stay right.
const TUNING43_TOP1_FLOOR: f64 = 0.99;
/// Tuning 44 (one paragraph identified besides a bare number), written blind in session 24 and
/// measured before any change from it: 82.5%. 92.5% once a paragraph is placed in the part
/// named right after "of" ("the closing paragraph of the vision part, right before the key
/// instruments"), in the middle of one, beside or described by its footnote ("right after the
/// paragraph with the footnote", "which paragraph carries the footnote"), a subsection is asked
/// for whole, "#9 — …" opens a message, and a few other languages place it ("le deuxième
/// paragraphe de la section sur la mobilité", "paragraf terakhir dari bagian …"). 100% once two
/// paragraphs that open alike are told apart by the rest of the question, a paragraph is found
/// between two named by their topics, and a number the asker is unsure of gives way to the one
/// paragraph using a name it mentions ("I think para 9 is where they mention MOOCs?"). Every one
/// of its paragraph references must stay right.
const TUNING44_TOP1_FLOOR: f64 = 0.99;
/// Tuning 45 (a paragraph named by its number beside names of other things the bot knows),
/// written blind in session 24 and measured before any change from it: 95.7%. One label
/// disagrees with the rule the bot keeps: "paragraph 10 maybe? the one on Erasmus+... not sure of
/// the number" is answered with ¶6, where Erasmus+ stands, and says it is not ¶10. 98.6% once a
/// paragraph asked to be shown in the end is shown ("what's ASEF? oh wait, it's in paragraph six,
/// just show me that paragraph"), not the term explained.
const TUNING45_TOP1_FLOOR: f64 = 0.98;
/// Tuning 46 (a paragraph named by number or position inside a question about what it says),
/// written blind in session 25 and measured before any change from it: 93.0%. 99.0% once a
/// capital Roman numeral follows ¶ or § ("¶ V, what role…"), "part 8" and "no.13" in a longer
/// message name paragraphs, a topic said before its noun is counted from ("the paragraph right
/// after the ICT one"), and a term beside a paragraph is explained only when nothing else is asked
/// of it ("what is the ASEM Education Secretariat invited to do in paragraph 13?" shows ¶13). Its
/// one miss asked of a term a chat message says a paragraph ends with ("paragrph 10 ends by
/// mentioning credit transfer — credit transfer for what exactly?"); since session 26 the term is
/// explained above the paragraph, and every one is right.
const TUNING46_TOP1_FLOOR: f64 = 0.99;
/// Tuning 47 (five users as in held-out 2's brief, every kind of question), written blind in
/// session 25 and measured before any change from it: 90.0% / 92.0%, false no-match 2.7%,
/// out-of-scope 82.6%, 1 wrong fact ("how long does an ASEM-DUO exchange last? one semester or a
/// full year?" was given the Seoul meeting's dates). 92.0% / 93.3% and none once "one" before a
/// thing counted is a number, not "the one" meeting; "Quick one before deadline" counts from no
/// meeting; and "the asem summit in finland that the declaration mentions" leaves the mention out.
/// Session 27: 94.0% once "worse" carries no topic.
const TUNING47_TOP1_FLOOR: f64 = 0.935;
/// Tuning 48 (meeting traps), written blind in session 25 and measured before any change from it:
/// 80.8% / 87.5%, 4 wrong facts. 85.8% / 91.7% and none once a claim and the question after it are
/// told apart ("berlin was 2008 right?? so where did they go next", "Riga was 2015, so on which
/// exact days in 2017…", "which ministry hosted the 2009 meeting in vietnam? seoul's was hosted by
/// korea's ministry of education", "Seoul was 2017, where will the next one be?"). 88.3% in
/// session 26 once a topic asked of the text is not asked of a meeting, and meetings named only as
/// the scene are left out of the topic's search. 89.2% in session 27 once clipped words are read
/// in full ("does the new seoul text say anything about adult ed?").
/// 90.0% in session 28 ("btw does it mention ASEF anywhere? saw them at the hanoi thing in
/// 09").
const TUNING48_TOP1_FLOOR: f64 = 0.895;
/// Tuning 49 (one paragraph named by number, words or position), written blind in session 26 and
/// measured before any change from it: 93.3%. 100% once a paragraph is counted inside a section
/// named just before it ("In the key instruments section, the first paragraph: …"), "sits right
/// before the one on…", "문단 9", a term asked in a named paragraph explains the term above the
/// paragraph, and "the one about ICT… I mean the paragraph after that one".
const TUNING49_TOP1_FLOOR: f64 = 0.99;
/// Tuning 50 (one paragraph named with typos, second asks, positions, long chat and other
/// languages), written blind in session 27 and measured before any change from it: 95.3%. 100%
/// once a paragraph taken back or settled on, a run-on number, a held-down letter, the middle of
/// a section, ordinals to sixteen in six more languages, Korean "7번 문단", Vietnamese "đoạn văn
/// số 11" and a guess that denies are read.
const TUNING50_TOP1_FLOOR: f64 = 0.99;
/// Tuning 51 (five users weighted to questions, chat and meetings, from the declaration's text
/// alone), written blind in session 28: 94.7% / 95.9% at its first run (4462537), false "no
/// match" 1.8%, one wrong fact ("Which countries are ASEM partners? full list please" is
/// answered with the Seoul meeting's participants). 95.3% / 97.1% at the end of session 28.
const TUNING51_TOP1_FLOOR: f64 = 0.95;
/// No wrong fact since session 35.
const TUNING51_WRONG_FACTS_CEILING: f64 = 0.0;
/// Tuning 52 (five users weighted to everyday-word questions, meetings and out-of-scope, from the
/// declaration's text alone), written blind in session 29: 85.9% / 91.2% at its first run
/// (c7222c1), false "no match" 5.3%, out-of-scope 95.0%, no wrong fact. 87.6% / 92.9%, false
/// "no match" 3.5%, later in session 29; 92.9% / 97.1%, 0.6%, with session 30's everyday-words
/// bank.
const TUNING52_TOP1_FLOOR: f64 = 0.92;
const TUNING52_WRONG_FACTS_CEILING: f64 = 0.0;
/// Tuning 53 (the meetings: stated facts, facts not stated and out-of-scope questions about
/// them, from the declaration's text alone), written blind in session 29: 80.0% at its first
/// run (685626d), out-of-scope 50%, 16 wrong facts. 83.8% and 13 once "meeting number four",
/// "the next ASEM ME" and "who went to…" are read, "interviews after the Riga meeting" is no
/// longer the meeting after Riga, and what an earlier meeting agreed is said not to be stated.
/// 93.1%, out-of-scope 76.7%, 6 wrong facts in session 30, once whether something exists or
/// where to get it asks for it ("is there a video of the Berlin meeting?", "where can I buy
/// tickets…?"), a number put forward or offered asks the number, "which country hosted" asks
/// who hosted and an outcome guessed at the end is no outcome given. 94.4%, out-of-scope 80%, 5
/// wrong facts once who chaired is its own ask, which the declaration answers for no meeting
/// ("who chaired the seoul ministers' meeting?" was answered with the host), and "can journalists
/// get media accreditation…" asks for the accreditation. Open: a few out-of-scope asides (the
/// wifi, TV coverage, the agenda, who took the minutes) still show a paragraph or a fact. 95.0%,
/// 4 wrong facts in session 31, once "which ministers attended…" asks for them one by one; 3 in
/// session 32, once a day's agenda is in no meeting's record; 1 in session 36, once a yes-or-no
/// question of something else at a meeting (TV coverage, interviews) gets no record.
const TUNING53_TOP1_FLOOR: f64 = 0.94;
const TUNING53_WRONG_FACTS_CEILING: f64 = 1.0;
/// Tuning 54 (five users weighted to everyday-word questions, chat, meetings and out-of-scope,
/// from the declaration's text alone), written blind in session 31: 92.0% / 94.5% at its first
/// run, false "no match" 1.0%, out-of-scope 80.0%, no wrong fact. 94.0% / 96.5%, out-of-scope
/// 88.0%, later in session 31, once a question that points back is about what came before it,
/// "where do they talk about it?" asks of the text, "the footnote with the list…" is ¶2's, a
/// visa asked to be needed is the thing asked for and a country of a meeting asked of alone is
/// read as its part of the world; 94.5% / 97.0%, out-of-scope 92.0%, once a translation asked for
/// is advice for the speaker.
const TUNING54_TOP1_FLOOR: f64 = 0.94;
const TUNING54_WRONG_FACTS_CEILING: f64 = 0.0;
/// Tuning 55 (five users weighted to meetings named every way, facts not stated, everyday-word
/// questions and near-miss out-of-scope, from the declaration's text alone), written blind in
/// session 32: 92.5% / 94.0% at its first run, false "no match" 1.0%, out-of-scope 80.0%, no
/// wrong fact. 97.0% / 98.5%, out-of-scope 96.7%, later in session 32, once a claim put to the
/// test is searched as the claim, a slip of an English word is not corrected to a corpus word
/// further off, a negated word is of its positive word's topic and requests the declaration
/// cannot serve (a translation, a procedure, a list it never gives) get no match.
const TUNING55_TOP1_FLOOR: f64 = 0.96;
const TUNING55_WRONG_FACTS_CEILING: f64 = 0.0;
/// Tuning 56 (paraphrased questions on every paragraph's less obvious content, chat, meetings and
/// near-miss out-of-scope, from the declaration's text alone), written blind in session 32:
/// 92.5% / 95.0% at its first run, false "no match" 1.5%, out-of-scope 83.3%, no wrong fact.
/// 94.5% / 97.0%, out-of-scope 90.0%, later in session 32, once the bot's own opinion, a figure
/// asked with a typo and chat's clipped small words ("smth") are read as meant.
const TUNING56_TOP1_FLOOR: f64 = 0.94;
const TUNING56_WRONG_FACTS_CEILING: f64 = 0.0;
/// Tuning 57 (specific details of every paragraph, chat, meetings named in unusual ways, facts not
/// stated and near-miss out-of-scope, from the declaration's text alone), written blind in session 33:
/// 82.5% / 87.5% at its first run, false "no match" 1.5%, out-of-scope 73.3%, 3 wrong facts.
/// 90.5% / 95.5%, out-of-scope 93.3%, no wrong fact, later in session 33, once meetings are named
/// by a paraphrased theme, a British spelling or steps from another, and the bot is asked for
/// what it does not do (a translation, its judgement, a task on a page outside the text).
const TUNING57_TOP1_FLOOR: f64 = 0.90;
const TUNING57_WRONG_FACTS_CEILING: f64 = 0.0;
/// Tuning 58 (who is asked to do what and why, stances, jargon, Discord chat with replies and
/// disagreements, meeting facts as claims put to the test, facts not stated and near-miss
/// out-of-scope, from the declaration's text alone), written blind in session 33:
/// 80.0% / 86.0% at its first run, false "no match" 4.5%, out-of-scope 80.0%, no wrong fact.
/// 82.0% / 88.0% later in session 33, once what a meeting was about is put forward as its theme.
const TUNING58_TOP1_FLOOR: f64 = 0.81;
const TUNING58_WRONG_FACTS_CEILING: f64 = 0.0;
/// Tuning 59 (very short and long questions, answers spread over paragraphs, negations, chat,
/// every meeting named in every way, facts not stated and near-miss out-of-scope, from the
/// declaration's text alone), written blind in session 34:
/// 87.5% / 89.5% at its first run, false "no match" 2.0%, out-of-scope 80.0%, 3 wrong facts.
/// 94.5% / 96.0%, out-of-scope 90.0%, no wrong fact, later in session 34, once claims with "was
/// back in", "was all about", lower-case places, where a series started and forecasts are read.
const TUNING59_TOP1_FLOOR: f64 = 0.94;
const TUNING59_WRONG_FACTS_CEILING: f64 = 0.0;
/// Tuning 60 (the five personas' own work and worries, every kind, from the declaration's text
/// alone), written blind in session 34:
/// 85.5% / 91.5% at its first run, false "no match" 1.5%, out-of-scope 80.0%, no wrong fact.
/// 89.5% / 95.0%, out-of-scope 83.3%, later in session 34 (a city that hosted, a short name
/// spelt out, slips of question words, what someone earns).
const TUNING60_TOP1_FLOOR: f64 = 0.89;
const TUNING60_WRONG_FACTS_CEILING: f64 = 0.0;
/// Tuning 61 (meetings named in every way, facts not stated, near-miss out-of-scope with the
/// text's own names; from the declaration's text alone), written blind in session 35:
/// 83.0% / 84.5% at its first run, false "no match" 1.0%, out-of-scope 72.0%, meetings 76.0%,
/// 4 wrong facts. 92.5% / 94.0%, meetings 94.0%, facts not stated 100%, out-of-scope 88.0%, no
/// wrong fact, later in session 35 (the order of two meetings, a theme read by meaning or put to
/// the test, whether someone went, a body's money and members).
const TUNING61_TOP1_FLOOR: f64 = 0.92;
const TUNING61_WRONG_FACTS_CEILING: f64 = 0.0;
/// Tuning 62 (answerable questions in words the text never uses, chat whose topic is only
/// implied, near-miss out-of-scope; from the declaration's text alone), written blind in session
/// 35:
/// 82.5% / 88.0% at its first run, false "no match" 4.5% (questions 7.0%, chat 5.0%),
/// out-of-scope 90.0%. 84.5% / 90.0%, false "no match" 4.0%, out-of-scope 95.0%, later in
/// session 35.
const TUNING62_TOP1_FLOOR: f64 = 0.84;
/// Tuning 63 (the meetings: every fact stated of each, named and asked in every way, facts not
/// stated, near misses about the meetings; from the declaration's text alone), written blind in
/// session 36: 80.0% at its first run, meetings 90.9%, facts not stated 82.5%, out-of-scope 54.0%,
/// 5 wrong facts. 84.5%, meetings 94.5%, facts not stated 85.0%, out-of-scope 62.0%, no wrong
/// fact, later in session 36.
const TUNING63_TOP1_FLOOR: f64 = 0.865;
const TUNING63_WRONG_FACTS_CEILING: f64 = 0.0;
/// Tuning 64 (every kind as five users ask, in held-out 4's brief, weighted to the meetings, recall
/// and near misses; from the declaration's text alone), written blind in session 37: 88.5% / 93.0%
/// at its first run, false "no match" 1.5%, meetings 95.0%, out-of-scope 84.0%, 1 wrong fact.
/// 91.5% / 97.0%, false "no match" 0.5%, meetings 100.0%, out-of-scope 88.0%, no wrong fact, later
/// in session 37.
const TUNING64_TOP1_FLOOR: f64 = 0.915;
const TUNING64_WRONG_FACTS_CEILING: f64 = 0.0;
/// Tuning 65 (every kind as five users ask, centred on chat of several sentences with the topic
/// implied and on near misses about the meetings and programmes; from the declaration's text
/// alone), written blind in session 37: 83.5% / 89.0% at its first run, false "no match" 2.5%,
/// chat 76.0% / 90.0%, out-of-scope 75.0%, 2 wrong facts. 84.5% / 90.0%, no wrong fact, later in
/// session 37.
const TUNING65_TOP1_FLOOR: f64 = 0.85;
const TUNING65_WRONG_FACTS_CEILING: f64 = 0.0;
/// Tuning 66 (weighted to the meetings asked in unusual ways, facts not stated asked as if stated,
/// and near misses that borrow the text's names; from the declaration's text alone), written blind
/// in session 38: 88.0% / 90.0% at its first run, false "no match" 1.5%, meetings 87.5%, not
/// stated 90.6%, out-of-scope 90.0%, 2 wrong facts. 93.5% / 95.5%, meetings 98.2%, not stated
/// 100.0%, out-of-scope 95.0%, no wrong fact, later in session 38.
const TUNING66_TOP1_FLOOR: f64 = 0.93;
const TUNING66_WRONG_FACTS_CEILING: f64 = 0.0;
/// Tuning 67 (weighted to every meeting's facts, ten ways each, and to questions two or three
/// paragraphs answer together; from the declaration's text alone), written blind in session 39:
/// 89.5% / 92.0% at its first run, false "no match" 2.5%, meetings 85.7%, not stated 100.0%,
/// out-of-scope 100.0%, 1 wrong fact. 92.5% / 95.0%, meetings 94.3%, no wrong fact, later in
/// session 39.
const TUNING67_TOP1_FLOOR: f64 = 0.92;
const TUNING67_WRONG_FACTS_CEILING: f64 = 0.0;
/// Tuning 68 (weighted to paraphrase: everyday words, idioms, implied situations, over all
/// sixteen paragraphs; five facts of each meeting; from the declaration's text alone), written
/// blind in session 40: 83.0% / 88.5% at its first run, false "no match" 3.5%, chat 71.4%,
/// meetings 80.0%, out-of-scope 90.0%, no wrong fact. 87.0% / 93.0%, false "no match" 2.5%,
/// meetings 100.0%, no wrong fact, later in session 40.
const TUNING68_TOP1_FLOOR: f64 = 0.865;
const TUNING68_WRONG_FACTS_CEILING: f64 = 0.0;
const TUNING25_WRONG_FACTS_CEILING: f64 = 0.0;
const TUNING47_WRONG_FACTS_CEILING: f64 = 0.0;
const TUNING48_WRONG_FACTS_CEILING: f64 = 0.0;
/// Tuning 14's near-miss out-of-scope questions were all turned away until the bank's searches
/// came in; one ("which Asian universities rank highest for exchanges with Europe?") now finds
/// ¶6 by a search about exchange between Asia and Europe. 19 of 20: the searches gained 15
/// queries over the tuning sets and 1 on each held-out set, and lost 3 of 368 out-of-scope.
const TUNING14_OUT_OF_SCOPE_FLOOR: f64 = 0.95;
/// Wrong facts on the third and fourth tuning sets: none since a question for something else of a
/// meeting ("which hotel…", "what was the weather…") gets neither its record nor a fact.
const TUNING3_WRONG_FACTS_CEILING: f64 = 0.0;
const TUNING4_WRONG_FACTS_CEILING: f64 = 0.0;
/// Wrong facts on the second tuning set: none since questions for a person's name or an amount
/// are no longer read as the host or the record.
const TUNING2_WRONG_FACTS_CEILING: f64 = 0.0;
/// Out-of-scope questions of the tuning set told "no match" (one, "weather in Seoul tomorrow",
/// still gets ¶2: its city is the declaration's).
const OUT_OF_SCOPE_FLOOR: f64 = 0.9;
/// Paraphrase top-1 over SQLite FTS5's, in points.
const PARAPHRASE_LEAD_FLOOR: f64 = 0.3;

/// Tries the unfamiliar-word floor on the two tuning sets alone (never on a held-out set):
/// `cargo test --release --test it relevance::sweep_unfamiliar -- --ignored --nocapture`.
#[test]
#[ignore]
fn sweep_unfamiliar() {
    let sets = [load("queries.toml"), load("tuning2.toml")];
    let encoder = ModelChoice::Shipped.load().expect("the encoder loads");
    let mut index = SearchIndex::build_with(bot().index().corpus().clone(), encoder, None)
        .expect("the index builds");
    println!("| unfamiliar floor | tuning top-1 | recall@3 | out-of-scope | false no-match | tuning 2 top-1 | recall@3 | out-of-scope | false no-match |");
    for floor in [0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 2.0] {
        index = index.with_fusion(Fusion {
            unfamiliar_floor: floor,
            ..Fusion::default()
        });
        let mut row = format!("| {floor} |");
        for set in &sets {
            let report = evaluate(set, |q| asem_bot(&index, q), &mut Vec::new());
            let m = report["all"].mean();
            row.push_str(&format!(
                " {} | {} | {} | {} |",
                percent(m.top1),
                percent(m.hit3),
                percent(report["out-of-scope"].mean().top1),
                percent(m.false_no_match)
            ));
        }
        println!("{row}");
    }
}

/// Tries fusion settings on the tuning set alone (never on a held-out set) and prints each:
/// `ASEM_SWEEP=1 cargo test --test it relevance::sweep -- --ignored --nocapture`.
#[test]
#[ignore]
fn sweep() {
    let tuning = load("queries.toml");
    let tuning2 = load("tuning2.toml");
    let tuning3 = load("tuning3.toml");
    let encoder = ModelChoice::Shipped.load().expect("the encoder loads");
    let base = SearchIndex::build_with(bot().index().corpus().clone(), encoder, None)
        .expect("the index builds");
    let mut index = base;
    println!("| k | lexical | bank | semantic | tuning top-1 | recall@3 | tuning 2 top-1 | recall@3 | out-of-scope (2) | tuning 3 top-1 | recall@3 |");
    for k in [5.0, 10.0, 20.0] {
        for (lexical, bank, semantic) in [
            (2.0, 1.0, 1.0),
            (2.0, 1.5, 1.0),
            (2.0, 2.0, 1.0),
            (1.5, 1.0, 1.0),
            (2.0, 1.0, 1.5),
            (2.0, 1.5, 1.5),
            (3.0, 1.0, 1.0),
        ] {
            let fusion = Fusion {
                k,
                lexical,
                bank,
                semantic,
                ..Fusion::default()
            };
            index = index.with_fusion(fusion);
            let one = evaluate(&tuning, |q| asem_bot(&index, q), &mut Vec::new());
            let two = evaluate(&tuning2, |q| asem_bot(&index, q), &mut Vec::new());
            let three = evaluate(&tuning3, |q| asem_bot(&index, q), &mut Vec::new());
            let (a, b, c) = (one["all"].mean(), two["all"].mean(), three["all"].mean());
            println!(
                "| {k} | {lexical} | {bank} | {semantic} | {} | {} | {} | {} | {} | {} | {} |",
                percent(a.top1),
                percent(a.hit3),
                percent(b.top1),
                percent(b.hit3),
                percent(two["out-of-scope"].mean().top1),
                percent(c.top1),
                percent(c.hit3),
            );
        }
    }
}

/// Tries adding closeness in meaning by its value (not only its rank) on the tuning sets alone
/// (never on a held-out set):
/// `cargo test --release --test it relevance::sweep_closeness -- --ignored --nocapture`.
#[test]
#[ignore]
fn sweep_closeness() {
    let sets: Vec<EvalSet> = std::iter::once("queries.toml".to_string())
        .chain((2..=53).map(|n| format!("tuning{n}.toml")))
        .map(|name| load(&name))
        .collect();
    let encoder = ModelChoice::Shipped.load().expect("the encoder loads");
    let mut index = SearchIndex::build_with(bot().index().corpus().clone(), encoder, None)
        .expect("the index builds");
    println!("| floor | unfamiliar | weight | spread | coverage | minimum | top-1 of each tuning set (first, 2…53) | all top-1 | out-of-scope | false no-match |");
    let configs: Vec<Vec<f32>> = std::env::var("ASEM_SWEEP")
        .unwrap_or_else(|_| "0.6,0.65,0.2,0.5,0.2".into())
        .split(';')
        .map(|c| c.split(',').map(|x| x.trim().parse().unwrap()).collect())
        .collect();
    for config in configs {
        let (floor, unfamiliar, weight, spread, coverage, minimum) = match config[..] {
            [f, u, w, s, c] => (f, u, w, s, c, Fusion::default().semantic_minimum),
            [f, u, w, s, c, m] => (f, u, w, s, c, m),
            _ => panic!("ASEM_SWEEP takes five or six numbers a setting: {config:?}"),
        };
        index = index.with_fusion(Fusion {
            semantic_floor: floor,
            unfamiliar_floor: unfamiliar,
            closeness_weight: weight,
            closeness_spread: spread,
            coverage_weight: coverage,
            semantic_minimum: minimum,
            ..Fusion::default()
        });
        let mut row =
            format!("| {floor} | {unfamiliar} | {weight} | {spread} | {coverage} | {minimum} |");
        let (mut right, mut total, mut oos, mut oos_total, mut fnm, mut answerable) =
            (0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
        for set in &sets {
            let report = evaluate(set, |q| asem_bot(&index, q), &mut Vec::new());
            let m = report["all"].mean();
            right += m.top1 * set.query.len() as f64;
            total += set.query.len() as f64;
            if let Some(o) = report.get("out-of-scope") {
                oos += o.sum.top1;
                oos_total += o.count as f64;
            }
            fnm += m.false_no_match * set.query.len() as f64;
            answerable += set.query.len() as f64;
            row.push_str(&format!(" {:.1}", m.top1 * 100.0));
        }
        println!(
            "{row} | {} | {} | {} |",
            percent(right / total),
            percent(oos / oos_total),
            percent(fnm / answerable)
        );
    }
}

/// Prints the encoder's closest units for `ASEM_PROBE` (one query per line), for looking into a
/// ranking by hand: `ASEM_PROBE="..." cargo test --test it relevance::probe -- --ignored --nocapture`.
#[test]
#[ignore]
fn probe() {
    let index = bot().index();
    let semantic = index.semantic().expect("the bot matches by meaning");
    for query in std::env::var("ASEM_PROBE").unwrap_or_default().lines() {
        let vector = semantic.embed_query(query).expect("the query embeds");
        let ranked = semantic.rank(&vector);
        let top: Vec<String> = ranked
            .iter()
            .take(4)
            .map(|c| {
                format!(
                    "¶{} {:.3} ({:?})",
                    c.ordinal + 1,
                    c.similarity,
                    semantic.unit(c.unit).kind
                )
            })
            .collect();
        println!("{query}: {}", top.join(", "));
    }
}

/// Prints, for every query of the tuning set, the signals of its best answer and of the best
/// paragraph overall: `cargo test --test it relevance::signals -- --ignored --nocapture`.
#[test]
#[ignore]
fn signals() {
    let index = bot().index();
    for query in load("queries.toml").query {
        let explained = index.explain(&query.text).expect("explains");
        let best_answer = explained
            .iter()
            .filter(|(o, ..)| query.answers.contains(&(o + 1)))
            .map(|(o, l, b, s)| format!("¶{} words {l:.2} bank {b:.2} meaning {s:.2}", o + 1))
            .next()
            .unwrap_or_default();
        let top = explained
            .iter()
            .take(2)
            .map(|(o, l, b, s)| format!("¶{} {l:.2}/{b:.2}/{s:.2}", o + 1))
            .collect::<Vec<_>>()
            .join(" ");
        println!(
            "[{}] {} | answer: {best_answer} | top: {top}",
            query.kind, query.text
        );
    }
}

/// How often something other than ranking answers first, per kind of query and set (counts only,
/// no query shown): `cargo test --test it relevance::leads -- --ignored --nocapture`.
#[test]
#[ignore]
fn leads() {
    let index = bot().index();
    for name in ["queries.toml", "holdout.toml", "holdout2.toml"] {
        let mut counts: BTreeMap<String, [usize; 5]> = BTreeMap::new();
        for query in load(name).query {
            let answer = understand(&index, &query.text, 10).expect("answers");
            let entry = counts.entry(query.kind.clone()).or_default();
            entry[0] += 1;
            entry[1] += usize::from(answer.meeting.is_some());
            entry[2] += usize::from(answer.term.is_some());
            entry[3] += usize::from(answer.fact.is_some());
            entry[4] += usize::from(answer.reference.is_some());
        }
        println!("{name}: kind → [queries, meeting, term, fact, reference]");
        for (kind, c) in counts {
            println!("  {kind}: {c:?}");
        }
    }
}

/// Prints how each query of `ASEM_WHY` (one a line) is read and why each paragraph ranks where it
/// does: `ASEM_WHY="..." cargo test --release --test it relevance::why -- --ignored --nocapture`.
#[test]
#[ignore]
fn why() {
    let index = bot().index();
    for query in std::env::var("ASEM_WHY").unwrap_or_default().lines() {
        let analyzed = index.lexicon().analyze_with(query, &Techniques::ALL);
        let understood = understand(&index, query, 5).expect("understands");
        println!(
            "{query}\n  spelled: {}\n  read as: {} | unfamiliar {:?} | corrections {:?}\n  meeting {:?} | fact {:?} | term {:?} | reference {:?} | hits {:?}",
            index.spelled(query),
            analyzed.compact(),
            analyzed.unfamiliar,
            analyzed.corrections,
            understood
                .meeting
                .as_ref()
                .map(|m| (&m.meeting, &m.attribute, m.stated)),
            understood.fact.map(|f| &f.id),
            understood.term.map(|t| &t.term),
            understood.reference.map(|r| (r.first, r.last)),
            understood.hits.hits.iter().map(|h| h.paragraph).collect::<Vec<_>>(),
        );
        println!(
            "  meeting::understand {:?}",
            asem_bot::answer::meeting::understand(index.corpus(), query)
                .map(|m| (m.target, m.attribute))
        );
        println!(
            "  search hits {:?} | asks for the unknown {}",
            index
                .search(query, 5, 0)
                .expect("searches")
                .hits
                .iter()
                .map(|h| h.paragraph)
                .collect::<Vec<_>>(),
            index.asks_for_the_unknown(query)
        );
        {
            use asem_bot::answer::{advice, body, figure, meeting, section, voices};
            let corpus = index.corpus();
            let words = asem_bot::text::words(query);
            let names = body::Names::of(corpus);
            let held = |w: &str| corpus.held.has_word(w);
            println!(
                "  gates: after {} | other body {} | near {} | within city {} | advice {} | voice {} | body record {} | stranger {} | other text {} | other document {} | figure {:?}",
                meeting::asks_what_came_after(corpus, query),
                meeting::asks_of_another_body(corpus, query),
                meeting::asks_what_is_near(&words),
                meeting::asks_within_its_city(corpus, &words),
                advice::asks_for_advice(query),
                voices::asks_for_a_voice(query),
                names.asks_a_record_of_a_body(query),
                names.asks_a_record_of_a_stranger(query),
                section::asks_of_another_text(corpus.primary(), query, held),
                section::of_another_document(corpus.primary(), query, held),
                figure::asked_in(corpus, query),
            );
        }
        println!(
            "  other subject words {:?}",
            asem_bot::answer::meeting::other_subject_words(
                index.corpus(),
                &asem_bot::text::words(query)
            )
        );
        for (ordinal, words, bank, meaning) in
            index.explain(query).expect("explains").iter().take(5)
        {
            println!(
                "  ¶{} words {words:.2} bank {bank:.2} meaning {meaning:.3}",
                ordinal + 1
            );
        }
    }
}

impl Query {
    /// The same query, worded as `text`.
    fn worded(&self, text: &str) -> Query {
        Query {
            text: text.to_string(),
            kind: self.kind.clone(),
            answers: self.answers.clone(),
            related: self.related.clone(),
            fact: self.fact.clone(),
            meeting: self.meeting.clone(),
            term: self.term.clone(),
            persona: None,
        }
    }
}

/// The same question put the ways people type it (all lower case, without punctuation, behind a
/// greeting or a mention, with thanks after it) must get the same answer: prints every variant of
/// a tuning query answered right that goes wrong, by kind of change. Tuning sets only.
/// `cargo test --release --test it relevance::variants -- --ignored --nocapture`.
#[test]
#[ignore]
fn variants() {
    let index = bot().index();
    type Change = (&'static str, fn(&str) -> String);
    let changes: [Change; 8] = [
        ("lower case", |q| q.to_lowercase()),
        ("upper case", |q| q.to_uppercase()),
        ("no punctuation", |q| {
            q.chars()
                .filter(|c| !matches!(c, '?' | '!' | '.' | ',' | ';' | ':' | '"' | '“' | '”'))
                .collect()
        }),
        ("greeting", |q| format!("hi there! {q}")),
        ("mention", |q| format!("<@1234567890> {q}")),
        ("thanks", |q| format!("{q} thanks!")),
        ("asking politely", |q| {
            format!("could you tell me {}", q.trim_end_matches('?'))
        }),
        ("two spaces, trailing ??", |q| {
            format!("{}  ??", q.trim_end_matches('?').replace(' ', "  "))
        }),
    ];
    let mut failures: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let mut counted = 0;
    for name in tuning_sets() {
        for query in load(&name).query {
            if score(&query, &asem_bot(&index, &query)).0.top1 < 1.0 {
                continue;
            }
            for (label, change) in &changes {
                let text = change(&query.text);
                if text == query.text {
                    continue;
                }
                counted += 1;
                let varied = query.worded(&text);
                let (measures, miss) = score(&varied, &asem_bot(&index, &varied));
                if measures.top1 < 1.0 {
                    failures.entry(label).or_default().push(format!(
                        "[{}] {name} “{text}”: {}",
                        query.kind,
                        miss.unwrap_or_default()
                    ));
                }
            }
        }
    }
    println!("{counted} variants");
    for (label, lines) in failures {
        println!("== {label}: {}", lines.len());
        for line in lines {
            println!("  {line}");
        }
    }
}

/// The names a meeting or a paragraph goes by, for [`namings`]: each found in a tuning query is
/// put in place of the others.
fn names_of(kind: &str, n: u32) -> Vec<String> {
    const ROMAN: [&str; 6] = ["I", "II", "III", "IV", "V", "VI"];
    const PLACES: [(&str, &str, &str, u32); 6] = [
        ("Berlin", "Germany", "German", 2008),
        ("Hanoi", "Vietnam", "Vietnamese", 2009),
        ("Copenhagen", "Denmark", "Danish", 2011),
        ("Kuala Lumpur", "Malaysia", "Malaysian", 2013),
        ("Riga", "Latvia", "Latvian", 2015),
        ("Seoul", "Korea", "Korean", 2017),
    ];
    let i = n as usize - 1;
    let suffix = match n {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    };
    let (word, ordinal) = (
        asem_bot::text::NUMBER_WORDS[i],
        asem_bot::text::ORDINAL_WORDS[i],
    );
    let forms = if kind == "meeting" {
        vec![
            format!("ASEMME{n}"),
            format!("ASEMME {n}"),
            format!("ASEM ME{n}"),
            format!("ASEMME-{n}"),
            format!("ASEMME #{n}"),
            format!("ASEMME {}", ROMAN[i]),
            format!("the {n}{suffix} ASEMME"),
            format!("the {ordinal} ASEMME"),
            format!("the {n}{suffix} ASEM Education Ministers' Meeting"),
            format!("the {ordinal} ASEM Education Ministers' Meeting"),
            format!("the {ordinal} ASEM education ministers meeting"),
            format!("the {ordinal} ministerial"),
            format!("the {n}{suffix} ministerial"),
            format!("the {ordinal} ministers' meeting"),
            format!("the {ordinal} education ministers' meeting"),
            format!("the {ordinal} meeting"),
            format!("the {n}{suffix} meeting"),
        ]
        .into_iter()
        .chain(
            // By its place, its country or its year, as the declaration's footnote gives them.
            {
                let (city, country, adjective, year) = PLACES[i];
                [
                    format!("the {city} meeting"),
                    format!("the meeting in {city}"),
                    format!("the {adjective} meeting"),
                    format!("the meeting in {country}"),
                    format!("the {year} meeting"),
                    format!("the {year} ministerial"),
                    format!("the {adjective} ministerial"),
                ]
            },
        )
        .collect()
    } else {
        vec![
            format!("paragraph {n}"),
            format!("para {n}"),
            format!("¶{n}"),
            format!("¶ {n}"),
            format!("§{n}"),
            format!("paragraph {word}"),
            format!("para {word}"),
            format!("the {ordinal} paragraph"),
            format!("the {n}{suffix} paragraph"),
            format!("par. {n}"),
            format!("paragraph no. {n}"),
            format!("paragraph #{n}"),
            format!("para. {n}"),
            format!("paragraph number {n}"),
        ]
    };
    // Longest first, so "the 3rd ASEMME" is found before "ASEMME".
    let mut forms = forms;
    forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
    forms
}

/// A meeting or a paragraph named one way in a tuning query answered right must be answered the
/// same named any other way ("ASEMME3" → "the third ministerial", "paragraph 6" → "the sixth
/// paragraph"): prints every naming that goes wrong. Tuning sets only.
/// `cargo test --release --test it relevance::namings -- --ignored --nocapture`.
#[test]
#[ignore]
fn namings() {
    let index = bot().index();
    let mut failures: Vec<String> = Vec::new();
    let mut counted = 0;
    for name in tuning_sets() {
        for query in load(&name).query {
            let named = match (query.kind.as_str(), query.meeting.as_deref()) {
                ("meeting" | "not-stated", Some(m)) if m.starts_with("ASEMME") => {
                    // "ASEMME7", the meeting still to come, has no names of the six held.
                    m[6..]
                        .parse::<u32>()
                        .ok()
                        .filter(|&n| n <= 6)
                        .map(|n| names_of("meeting", n))
                }
                ("paragraph-ref", _) => query.answers.first().map(|&n| names_of("paragraph", n)),
                _ => None,
            };
            let Some(forms) = named else { continue };
            let lower = query.text.to_lowercase();
            let Some((at, found)) = forms
                .iter()
                .find_map(|f| lower.find(&f.to_lowercase()).map(|at| (at, f)))
            else {
                continue;
            };
            if score(&query, &asem_bot(&index, &query)).0.top1 < 1.0 {
                continue;
            }
            let before = &query.text[..at];
            let after = &query.text[at + found.len()..];
            // A form by place or year where the query already names the place or year would
            // say it twice ("Copenhagen was the Copenhagen meeting?").
            let rest = format!("{before} {after}").to_lowercase();
            let by_place = |f: &str| {
                forms
                    .iter()
                    .filter(|g| {
                        g.contains("meeting in ")
                            || g.ends_with(" meeting")
                            || g.ends_with(" ministerial")
                    })
                    .count()
                    > 0
                    && f.split(' ').any(|w| {
                        w.len() > 3
                            && w.chars()
                                .next()
                                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                            && !w.starts_with("ASEM")
                            && rest.contains(&w.to_lowercase())
                    })
            };
            for form in forms.iter().filter(|f| *f != found && !by_place(f)) {
                let form = match form.strip_prefix("the ") {
                    Some(bare) if before.to_lowercase().ends_with("the ") => bare,
                    _ => form,
                };
                let text = format!("{before}{form}{after}");
                counted += 1;
                let varied = query.worded(&text);
                let (measures, miss) = score(&varied, &asem_bot(&index, &varied));
                if measures.top1 < 1.0 {
                    failures.push(format!(
                        "[{}] {name} “{text}” (was “{found}”): {}",
                        query.kind,
                        miss.unwrap_or_default()
                    ));
                }
            }
        }
    }
    println!("{counted} namings, {} wrong", failures.len());
    for line in failures {
        println!("  {line}");
    }
}

/// Prints, for every query of the tuning sets (never a held-out set), what the floor of "no
/// match" is decided on: whether it has an unfamiliar topic word, and the first paragraphs by
/// meaning with their word, bank and meaning scores, as tab-separated lines for looking into the
/// floor by hand: `cargo test --release --test it relevance::floor_features -- --ignored --nocapture`.
#[test]
#[ignore]
fn floor_features() {
    let index = bot().index();
    for name in tuning_sets() {
        for query in load(&name).query {
            if !matches!(
                query.kind.as_str(),
                "keyword"
                    | "paraphrase"
                    | "question"
                    | "chat"
                    | "out-of-scope"
                    | "acronym"
                    | "typo"
            ) {
                continue;
            }
            let answer = asem_bot(&index, &query);
            let top: Vec<String> = index
                .explain(&query.text)
                .expect("explains")
                .iter()
                .take(3)
                .map(|(o, w, b, m)| format!("{}:{w:.2}:{b:.2}:{m:.3}", o + 1))
                .collect();
            println!(
                "FEATURES\t{name}\t{}\t{:?}\t{:?}\t{}\t{}\t{}",
                query.kind,
                query.answers,
                answer.paragraphs,
                !index.unfamiliar_topics(&query.text).is_empty(),
                top.join(" "),
                query.text.replace(['\t', '\n'], " ")
            );
        }
    }
}
