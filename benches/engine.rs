//! Criterion benchmarks of the whole engine, natively: each stage over ~1 MB of de-duplicated
//! BBC articles, the full pipeline over the same corpus, three single articles (shortest,
//! median, longest) and loading the built-in model.
//!
//! Run `cargo bench --bench engine` (add `-- stage/` to pick a group). Throughputs are bytes of
//! article text per second on one thread. Needs `../shared/data/news-articles/bbc-news.jsonl`;
//! without it only the model-load benchmark runs, after saying so. It is not a correctness test.

use std::collections::HashSet;
use std::hint::black_box;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use gloss::engine::dates::TimeExpr;
use gloss::engine::entities::{self, Entity};
use gloss::engine::text::{self, Document};
use gloss::engine::{annotate, dates, quotes, timeline, CivilDate, Options};

/// Bytes of article text the corpus benchmarks cover.
const CORPUS_BYTES: usize = 1_000_000;

/// The BBC corpus is from 2004-2005.
fn reference() -> Option<CivilDate> {
    CivilDate::new(2005, 6, 1)
}

/// De-duplicated articles in file order up to [`CORPUS_BYTES`], or empty without `../shared`.
fn corpus() -> &'static [String] {
    static CORPUS: OnceLock<Vec<String>> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/data/news-articles/bbc-news.jsonl");
        let Ok(jsonl) = std::fs::read_to_string(&path) else {
            eprintln!(
                "skipped: {} is absent; only model load is benchmarked",
                path.display()
            );
            return Vec::new();
        };
        unique_articles(&jsonl, CORPUS_BYTES)
    })
}

fn unique_articles(jsonl: &str, budget: usize) -> Vec<String> {
    let mut seen = HashSet::new();
    let mut articles = Vec::new();
    let mut bytes = 0;
    for line in jsonl.lines().filter(|l| !l.trim().is_empty()) {
        if bytes >= budget {
            break;
        }
        let record: serde_json::Value = serde_json::from_str(line).expect("bbc-news.jsonl is JSON");
        let text = record["text"].as_str().expect("every article has text");
        let key = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if seen.insert(key) {
            bytes += text.len();
            articles.push(text.to_string());
        }
    }
    articles
}

fn corpus_bytes(articles: &[String]) -> u64 {
    articles.iter().map(|a| a.len() as u64).sum()
}

/// Every stage's output for one article, so each stage can be timed on its real inputs.
struct Staged {
    doc: Document,
    entities: Vec<Entity>,
    dates: Vec<TimeExpr>,
}

fn staged(articles: &[String]) -> Vec<Staged> {
    let model = entities::Model::builtin();
    articles
        .iter()
        .map(|text| {
            let doc = text::analyze(text);
            let entities = entities::extract(&model, text, &doc);
            let reference = dates::reference_date(text, &doc, reference(), None);
            let dates = dates::extract(text, &doc, reference.date);
            Staged {
                doc,
                entities,
                dates,
            }
        })
        .collect()
}

fn stages(c: &mut Criterion) {
    let articles = corpus();
    if articles.is_empty() {
        return;
    }
    let model = entities::Model::builtin();
    let inputs = staged(articles);
    let pairs = || articles.iter().zip(&inputs);
    let mut group = c.benchmark_group("stage");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(8))
        .throughput(Throughput::Bytes(corpus_bytes(articles)));
    group.bench_function("text", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|t| text::analyze(t).sentences.len())
                .sum::<usize>()
        })
    });
    group.bench_function("entities", |b| {
        b.iter(|| {
            pairs()
                .map(|(t, s)| entities::extract(&model, t, &s.doc).len())
                .sum::<usize>()
        })
    });
    group.bench_function("dates", |b| {
        b.iter(|| {
            pairs()
                .map(|(t, s)| {
                    let reference = dates::reference_date(t, &s.doc, reference(), None);
                    dates::extract(t, &s.doc, reference.date).len()
                })
                .sum::<usize>()
        })
    });
    group.bench_function("quotes", |b| {
        b.iter(|| {
            pairs()
                .map(|(t, s)| quotes::extract(t, &s.doc, &s.entities).len())
                .sum::<usize>()
        })
    });
    group.bench_function("timeline", |b| {
        b.iter(|| {
            pairs()
                .map(|(t, s)| timeline::build(t, &s.doc, &s.entities, &s.dates).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

fn options() -> Options {
    Options {
        reference_date: reference(),
        explain: false,
        ..Options::default()
    }
}

fn pipeline(c: &mut Criterion) {
    let articles = corpus();
    if articles.is_empty() {
        return;
    }
    let options = options();
    let mut group = c.benchmark_group("pipeline");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(10))
        .throughput(Throughput::Bytes(corpus_bytes(articles)));
    group.bench_function("annotate_corpus", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|t| annotate(t, &options).entities.len())
                .sum::<usize>()
        })
    });
    group.bench_function("annotate_corpus_to_json", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|t| serde_json::to_string(&annotate(t, &options)).map_or(0, |j| j.len()))
                .sum::<usize>()
        })
    });
    group.finish();
}

fn per_article(c: &mut Criterion) {
    let articles = corpus();
    if articles.is_empty() {
        return;
    }
    let mut by_size: Vec<&String> = articles.iter().collect();
    by_size.sort_by_key(|a| a.len());
    let picks = [
        ("shortest", by_size[0]),
        ("median", by_size[by_size.len() / 2]),
        ("longest", by_size[by_size.len() - 1]),
    ];
    let options = options();
    let mut group = c.benchmark_group("article");
    for (name, text) in picks {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("{name}_{}_bytes", text.len()), |b| {
            b.iter(|| annotate(black_box(text), &options))
        });
    }
    group.finish();
}

fn model_load(c: &mut Criterion) {
    c.bench_function("model/entities_builtin", |b| {
        b.iter(entities::Model::builtin)
    });
}

criterion_group!(benches, model_load, stages, pipeline, per_article);
criterion_main!(benches);
