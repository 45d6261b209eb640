//! Relevance on the labelled evaluation set (`eval/queries.toml`): top-1, hit@3, MRR@10 and nDCG@10
//! per kind of query, every miss listed, and a floor just under the measured figures so that a change
//! that hurts relevance cannot land unnoticed. `cargo test --test it relevance -- --nocapture` prints
//! the table.

use crate::util::{bot, root};
use asem_bot::commands::{ranked, Interaction, Invocation};
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
}

#[derive(Default)]
struct Scores {
    count: usize,
    top1: f64,
    hit3: f64,
    mrr: f64,
    ndcg: f64,
}

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
    let mut ideal: Vec<f64> = query
        .answers
        .iter()
        .map(|_| 2.0)
        .chain(query.related.iter().map(|_| 1.0))
        .collect();
    ideal.truncate(10);
    let idcg: f64 = ideal
        .iter()
        .enumerate()
        .map(|(i, g)| g / ((i + 2) as f64).log2())
        .sum();
    if idcg == 0.0 {
        0.0
    } else {
        dcg / idcg
    }
}

/// Scores one query in [0, 1] on each measure; returns them and a description of a miss.
fn score(query: &Query) -> ([f64; 4], Option<String>) {
    let index = bot().index();
    match query.kind.as_str() {
        "meeting" => {
            let expected = query.fact.as_deref().unwrap_or_default();
            let label = bot()
                .corpus()
                .facts
                .iter()
                .find(|f| f.id == expected)
                .map(|f| f.label.clone())
                .unwrap_or_default();
            let response = bot().handle(&Interaction::Command(Invocation {
                name: "ask".into(),
                options: vec![("question".into(), query.text.clone())],
            }));
            let json = response.to_discord_json();
            let title = json["data"]["embeds"][0]["title"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            let ok = !label.is_empty() && title.starts_with(&format!("{label} · "));
            let s = f64::from(u8::from(ok));
            (
                [s; 4],
                (!ok).then(|| format!("expected the {expected} fact, got “{title}”")),
            )
        }
        "out-of-scope" => {
            let hits = ranked(index, &query.text, 10).unwrap_or_default();
            let ok = hits.is_empty();
            let s = f64::from(u8::from(ok));
            let found: Vec<u32> = hits.iter().map(|h| h.paragraph).collect();
            (
                [s; 4],
                (!ok).then(|| format!("expected no match, got {found:?}")),
            )
        }
        _ => {
            let ranking: Vec<u32> = ranked(index, &query.text, 10)
                .unwrap_or_default()
                .iter()
                .map(|h| h.paragraph)
                .collect();
            let first_answer = ranking.iter().position(|p| query.answers.contains(p));
            let top1 = f64::from(u8::from(first_answer == Some(0)));
            let hit3 = f64::from(u8::from(first_answer.is_some_and(|r| r < 3)));
            let mrr = first_answer.map_or(0.0, |r| 1.0 / (r + 1) as f64);
            let miss =
                (top1 < 1.0).then(|| format!("answers {:?}, got {:?}", query.answers, ranking));
            ([top1, hit3, mrr, ndcg(query, &ranking)], miss)
        }
    }
}

#[test]
fn relevance_stays_above_its_floor() {
    let text = std::fs::read_to_string(root().join("eval/queries.toml")).unwrap();
    let set: EvalSet = toml::from_str(&text).unwrap();
    assert!(
        set.query.len() >= 100,
        "the set has {} queries",
        set.query.len()
    );
    let mut by_kind: BTreeMap<String, Scores> = BTreeMap::new();
    let mut all = Scores::default();
    let mut misses = Vec::new();
    for query in &set.query {
        let ([top1, hit3, mrr, ndcg], miss) = score(query);
        for scores in [by_kind.entry(query.kind.clone()).or_default(), &mut all] {
            scores.count += 1;
            scores.top1 += top1;
            scores.hit3 += hit3;
            scores.mrr += mrr;
            scores.ndcg += ndcg;
        }
        if let Some(miss) = miss {
            misses.push(format!("[{}] “{}”: {miss}", query.kind, query.text));
        }
    }
    let row = |name: &str, s: &Scores| {
        let n = s.count as f64;
        format!(
            "| {name} | {} | {:.1}% | {:.1}% | {:.3} | {:.3} |",
            s.count,
            100.0 * s.top1 / n,
            100.0 * s.hit3 / n,
            s.mrr / n,
            s.ndcg / n
        )
    };
    println!("| kind | queries | top-1 | hit@3 | MRR@10 | nDCG@10 |\n|---|---|---|---|---|---|");
    for (kind, scores) in &by_kind {
        println!("{}", row(kind, scores));
    }
    println!("{}", row("all", &all));
    println!("misses ({}):", misses.len());
    for miss in &misses {
        println!("  {miss}");
    }
    let top1 = all.top1 / all.count as f64;
    let hit3 = all.hit3 / all.count as f64;
    // Floors just under the figures measured when they were set (see RELEVANCE.md): raise them as
    // relevance improves, never lower them to let a change through.
    assert!(
        top1 >= TOP1_FLOOR,
        "top-1 fell to {:.1}% (floor {:.1}%)",
        100.0 * top1,
        100.0 * TOP1_FLOOR
    );
    assert!(
        hit3 >= HIT3_FLOOR,
        "hit@3 fell to {:.1}% (floor {:.1}%)",
        100.0 * hit3,
        100.0 * HIT3_FLOOR
    );
}

const TOP1_FLOOR: f64 = 0.88;
const HIT3_FLOOR: f64 = 0.92;
