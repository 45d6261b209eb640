//! Speed and scale, asem-bot beside SQLite FTS5 in the same run, at the shipped corpus and at
//! synthetic corpora of 1k, 10k and 100k paragraphs (made by `corpus::synthetic`, loaded by the real
//! loader). Criterion times load + index, the query mix, the `/ask` path rendered to Discord JSON and
//! autocomplete; then a second pass samples every query on its own for p50/p99, runs the real binary
//! for start-up to first answer and peak memory, and prints the Markdown tables BENCHMARKS.md keeps.
//!
//! Every corpus is embedded for matching by meaning into an empty cache first (the cold figure),
//! then loaded again from that cache (the warm one); the query mix runs both the fused answer path
//! (words, question bank and meaning) and words alone.
//!
//! `cargo bench --bench scale` runs it all (hours at 100k, most of it embedding cold);
//! `ASEM_BENCH_SIZES=shipped,1k cargo bench --bench scale` a subset.
//! `ASEM_BENCH_STAND_IN=1` fills the cache of the 10k and 100k corpora with stand-in vectors
//! (`semantic::seed_stand_in_cache`) instead of embedding them: everything is timed as usual but
//! the cold embedding, which is reported as not run.

#[path = "../tests/baselines/mod.rs"]
mod baselines;

use asem_bot::bot::{Embedding, Policy};
use asem_bot::commands::{ranked, Interaction, Invocation};
use asem_bot::corpus::{synthetic, Corpus};
use asem_bot::search::encoder::ModelChoice;
use asem_bot::search::{semantic, Mode};
use asem_bot::{console, Bot};
use baselines::fts5::Fts5;
use criterion::{BenchmarkId, Criterion};
use std::hint::black_box;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Questions in other languages (Korean, Chinese, German, Thai, Vietnamese without diacritics):
/// timed apart from the English mix, whose figures stay comparable with earlier runs.
const FOREIGN: &[&str] = &[
    "학점 인정에 대해 알려주세요",
    "终身学习和职业教育",
    "Anerkennung von Studienleistungen im Ausland",
    "ใครเป็นเจ้าภาพการประชุมที่โซล",
    "cong nhan tin chi dai hoc",
];

/// The fixed query mix: single words, phrases, questions, typos, paragraph numbers, no-match and
/// hostile text, as people type them.
const QUERY_MIX: &[&str] = &[
    "mobility",
    "MOOCs",
    "lifelong learning",
    "recognition of qualifications and credits",
    "What did the ministers say about online courses?",
    "will automation threaten jobs?",
    "mobilty of studnets",
    "Erasmsu programme",
    "¶10",
    "6-7",
    "recipe for kimchi",
    "\"quotes\" : colons AND (operators) -minus @everyone",
];

const ASK: &str = "/ask question: What did the ministers say about online courses?";
const SIZES: &[(&str, usize)] = &[
    ("shipped", 0),
    ("1k", 1_000),
    ("10k", 10_000),
    ("100k", 100_000),
];
const SEED: u64 = 2017;

fn shipped_data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

/// The sizes asked for in `ASEM_BENCH_SIZES` (all by default).
fn sizes() -> Vec<(&'static str, usize)> {
    let wanted = std::env::var("ASEM_BENCH_SIZES").unwrap_or_default();
    SIZES
        .iter()
        .copied()
        .filter(|(name, _)| wanted.is_empty() || wanted.split(',').any(|w| w.trim() == *name))
        .collect()
}

/// A corpus of `paragraphs` paragraphs on disk (the shipped data for 0), kept for the whole run.
struct Prepared {
    name: &'static str,
    dir: PathBuf,
    _temp: Option<tempfile::TempDir>,
    /// The embedding cache this run made: empty at first, so the first load is cold.
    cache: tempfile::TempDir,
    bot: Bot,
    fts5: Fts5,
    /// Load, index and embed every unit with nothing cached (not run with stand-in vectors).
    cold: Option<Duration>,
}

/// The bot over `dir` with its embeddings cached in `cache`, once it matches by meaning.
fn load_ready(dir: &Path, cache: &Path) -> Bot {
    let embedding = Embedding {
        cache_dir: Some(cache.to_path_buf()),
        ..Embedding::default()
    };
    let bot = Bot::open(dir, Policy::default(), embedding).expect("the corpus loads");
    // A large corpus is embedded in the background: wait for it.
    while !bot.index().has_semantic() {
        std::thread::sleep(Duration::from_millis(100));
    }
    bot
}

fn prepare(name: &'static str, paragraphs: usize) -> Prepared {
    let (dir, temp) = if paragraphs == 0 {
        (shipped_data(), None)
    } else {
        let temp = tempfile::tempdir().expect("a temporary folder");
        let dir = temp.path().join("data");
        synthetic::generate(&shipped_data(), &dir, paragraphs, SEED).expect("generating a corpus");
        (dir, Some(temp))
    };
    let cache = tempfile::tempdir().expect("a temporary folder");
    let stand_in =
        std::env::var("ASEM_BENCH_STAND_IN").is_ok_and(|v| v == "1") && paragraphs >= 10_000;
    if stand_in {
        let encoder = ModelChoice::Shipped
            .load()
            .expect("the encoder loads")
            .expect("the shipped model");
        let corpus = Corpus::load(&dir).expect("the corpus loads");
        let seeded = semantic::seed_stand_in_cache(&encoder, &corpus, cache.path())
            .expect("the stand-in vectors are written");
        println!("{name}: {seeded} stand-in vectors in the cache instead of embedding");
    }
    let started = Instant::now();
    let bot = load_ready(&dir, cache.path());
    let cold = (!stand_in).then(|| started.elapsed());
    let fts5 = Fts5::build(&bot.corpus()).expect("FTS5 builds");
    Prepared {
        name,
        dir,
        _temp: temp,
        cache,
        bot,
        fts5,
        cold,
    }
}

fn ask_json(bot: &Bot) -> String {
    console::render(&console::exec(bot, ASK), true, None)
}

fn autocomplete(bot: &Bot, command: &str, option: &str, typed: &str) -> usize {
    let response = bot.handle(&Interaction::Autocomplete {
        invocation: Invocation {
            name: command.into(),
            options: vec![(option.into(), typed.into())],
        },
        focused: option.into(),
    });
    response.to_discord_json().to_string().len()
}

fn criterion_benches(c: &mut Criterion, corpus: &Prepared) {
    let name = corpus.name;
    let mut load = c.benchmark_group(format!("load_and_index/{name}"));
    load.sample_size(10);
    load.bench_function("asem-bot", |b| {
        b.iter(|| load_ready(black_box(&corpus.dir), corpus.cache.path()))
    });
    load.bench_function("sqlite-fts5", |b| {
        b.iter(|| Fts5::build(&Corpus::load(black_box(&corpus.dir)).unwrap()).unwrap())
    });
    load.finish();

    let mut queries = c.benchmark_group(format!("query_mix/{name}"));
    queries.bench_function(BenchmarkId::new("asem-bot", QUERY_MIX.len()), |b| {
        b.iter(|| {
            for query in QUERY_MIX {
                black_box(ranked(&corpus.bot.index(), query, 5).ok());
            }
        })
    });
    queries.bench_function(BenchmarkId::new("sqlite-fts5", QUERY_MIX.len()), |b| {
        b.iter(|| {
            for query in QUERY_MIX {
                black_box(corpus.fts5.search_with_snippets(query, 5).unwrap());
            }
        })
    });
    queries.finish();

    let mut paths = c.benchmark_group(format!("paths/{name}"));
    paths.bench_function("ask_exec_json", |b| b.iter(|| ask_json(&corpus.bot)));
    paths.bench_function("autocomplete_search", |b| {
        b.iter(|| autocomplete(&corpus.bot, "search", "query", "mob"))
    });
    paths.bench_function("autocomplete_quote", |b| {
        b.iter(|| autocomplete(&corpus.bot, "quote", "paragraph", "lifelong"))
    });
    paths.finish();
}

/// p50 and p99 of `runs` timings of `work`, in microseconds.
fn percentiles(mut samples: Vec<Duration>) -> (f64, f64) {
    samples.sort();
    let at = |q: f64| {
        let i = ((samples.len() as f64 - 1.0) * q).round() as usize;
        samples[i].as_secs_f64() * 1e6
    };
    (at(0.50), at(0.99))
}

fn sample(rounds: usize, mut work: impl FnMut()) -> Vec<Duration> {
    (0..rounds)
        .map(|_| {
            let started = Instant::now();
            work();
            started.elapsed()
        })
        .collect()
}

/// Process start until the first byte of a reply on standard output, median of `runs`.
fn startup_to_first_answer(dir: &Path, cache: &Path, runs: usize) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let started = Instant::now();
            let mut child = Command::new(env!("CARGO_BIN_EXE_asem-bot"))
                .args(["exec", "/quote paragraph: 1"])
                .env("ASEM_DATA_DIR", dir)
                .env("ASEM_CACHE_DIR", cache)
                .env("DISCORD_TOKEN", "")
                .env_remove("RUST_LOG")
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .expect("the asem-bot binary starts");
            let mut first = [0u8; 1];
            let _ = child.stdout.take().expect("stdout").read(&mut first);
            let elapsed = started.elapsed();
            let _ = child.wait();
            elapsed
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

/// `asem-bot check`'s own figure for its peak resident memory, in MB.
fn peak_memory_mb(dir: &Path, cache: &Path) -> Option<f64> {
    let output = Command::new(env!("CARGO_BIN_EXE_asem-bot"))
        .arg("check")
        .env("ASEM_DATA_DIR", dir)
        .env("ASEM_CACHE_DIR", cache)
        .env("DISCORD_TOKEN", "")
        .env_remove("RUST_LOG")
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&output.stdout);
    let line = text.lines().find(|l| l.starts_with("peak memory: "))?;
    line.trim_start_matches("peak memory: ")
        .trim_end_matches(" MB")
        .parse()
        .ok()
}

fn ratio(ours: f64, theirs: f64) -> String {
    format!("{:.2}×", ours / theirs)
}

fn report(corpus: &Prepared) {
    let paragraphs = corpus.bot.corpus().paragraph_count();
    let rounds = if paragraphs > 50_000 { 30 } else { 200 };
    let bot = &corpus.bot;

    let mut ours = Vec::new();
    let mut words_only = Vec::new();
    let mut theirs = Vec::new();
    let mut per_query = String::new();
    for query in QUERY_MIX {
        let mine = sample(rounds, || {
            black_box(ranked(&bot.index(), query, 5).ok());
        });
        let lexical = sample(rounds, || {
            black_box(bot.index().search_mode(query, 5, 0, Mode::Lexical).ok());
        });
        let other = sample(rounds, || {
            black_box(corpus.fts5.search_with_snippets(query, 5).unwrap());
        });
        let (m, l, o) = (
            percentiles(mine.clone()).0,
            percentiles(lexical.clone()).0,
            percentiles(other.clone()).0,
        );
        per_query.push_str(&format!(
            "| `{}` | {m:.1} | {l:.1} | {o:.1} | {} |\n",
            query.replace('|', "\\|"),
            ratio(m, o)
        ));
        words_only.extend(lexical);
        ours.extend(mine);
        theirs.extend(other);
    }
    let (ours_p50, ours_p99) = percentiles(ours);
    let (words_p50, words_p99) = percentiles(words_only);
    let (fts_p50, fts_p99) = percentiles(theirs);
    let (ask_p50, ask_p99) = percentiles(sample(rounds * 4, || {
        black_box(ask_json(bot));
    }));
    let mut foreign = Vec::new();
    let mut foreign_fts = Vec::new();
    for query in FOREIGN {
        foreign.extend(sample(rounds, || {
            black_box(ranked(&bot.index(), query, 5).ok());
        }));
        foreign_fts.extend(sample(rounds, || {
            black_box(corpus.fts5.search_with_snippets(query, 5).unwrap());
        }));
    }
    let (foreign_p50, foreign_p99) = percentiles(foreign);
    let (foreign_fts_p50, foreign_fts_p99) = percentiles(foreign_fts);
    let (auto_p50, auto_p99) = percentiles(sample(rounds * 4, || {
        black_box(autocomplete(bot, "search", "query", "mob"));
        black_box(autocomplete(bot, "quote", "paragraph", "lifelong"));
    }));

    let build = Instant::now();
    drop(load_ready(&corpus.dir, corpus.cache.path()));
    let ours_build = build.elapsed();
    let build = Instant::now();
    drop(Fts5::build(&Corpus::load(&corpus.dir).unwrap()).unwrap());
    let fts_build = build.elapsed();
    let startup = startup_to_first_answer(
        &corpus.dir,
        corpus.cache.path(),
        if paragraphs > 50_000 { 3 } else { 9 },
    );
    let empty = tempfile::tempdir().expect("a temporary folder");
    let cold_startup = startup_to_first_answer(&corpus.dir, empty.path(), 1);
    let cold = corpus.cold.map_or_else(
        || "not run (stand-in vectors)".to_string(),
        |cold| format!("{:.1}", cold.as_secs_f64() * 1e3),
    );
    let units = bot.index().semantic().map_or(0, |s| s.unit_count());
    let memory = peak_memory_mb(&corpus.dir, corpus.cache.path())
        .map(|m| format!("{m:.1} MB"))
        .unwrap_or_else(|| "n/a".into());

    println!(
        "\n### {} ({paragraphs} paragraphs)\n\n\
         | measure | asem-bot | SQLite FTS5 | asem-bot / FTS5 |\n|---|---|---|---|\n\
         | query mix, fused (words, bank, meaning), p50 (µs) | {ours_p50:.1} | {fts_p50:.1} | {} |\n\
         | query mix, fused, p99 (µs) | {ours_p99:.1} | {fts_p99:.1} | {} |\n\
         | query mix, words only, p50 / p99 (µs) | {words_p50:.1} / {words_p99:.1} | | |\n\
         | questions in other languages ({}), p50 / p99 (µs) | {foreign_p50:.1} / {foreign_p99:.1} | {foreign_fts_p50:.1} / {foreign_fts_p99:.1} | {} |\n\
         | load + validate + index + embeddings from the cache (ms) | {:.1} | {:.1} | {} |\n\
         | the same with an empty cache: {units} units embedded (ms) | {cold} | | |\n\
         | `/ask` to Discord JSON, p50 / p99 (µs) | {ask_p50:.1} / {ask_p99:.1} | | |\n\
         | autocomplete (2 calls), p50 / p99 (µs) | {auto_p50:.1} / {auto_p99:.1} | | |\n\
         | start-up to first answer, real binary, warm / cold cache (ms) | {:.1} / {:.1} | | |\n\
         | peak resident memory, `asem-bot check` | {memory} | | |\n\n\
         | query | asem-bot fused p50 (µs) | words only p50 (µs) | FTS5 p50 (µs) | fused / FTS5 |\n|---|---|---|---|---|\n{per_query}",
        corpus.name,
        ratio(ours_p50, fts_p50),
        ratio(ours_p99, fts_p99),
        FOREIGN.len(),
        ratio(foreign_p50, foreign_fts_p50),
        ours_build.as_secs_f64() * 1e3,
        fts_build.as_secs_f64() * 1e3,
        ratio(ours_build.as_secs_f64(), fts_build.as_secs_f64()),
        startup.as_secs_f64() * 1e3,
        cold_startup.as_secs_f64() * 1e3,
    );
}

fn main() {
    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    let prepared: Vec<Prepared> = sizes()
        .into_iter()
        .map(|(name, n)| prepare(name, n))
        .collect();
    for corpus in &prepared {
        criterion_benches(&mut criterion, corpus);
    }
    criterion.final_summary();
    println!("\n## Latency and start-up per size (asem-bot beside SQLite FTS5, same run)");
    for corpus in &prepared {
        report(corpus);
    }
}
