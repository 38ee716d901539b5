//! Criterion benchmark of the date stage alone (`dates::extract` on an analysed document),
//! in bytes per second, native and single-threaded.
//!
//! The corpus is every BBC article of `../shared/data/news-articles/bbc` concatenated (a
//! built-in paragraph when `../shared` is absent). Text analysis runs once outside the
//! measured loop. Not a test: it asserts nothing.

use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use gloss::engine::dates::extract;
use gloss::engine::text::analyze;
use gloss::engine::CivilDate;

const FALLBACK: &str = "On May 7, the Indian Air Force launched a strike. A ceasefire was \
announced on May 10, officials confirmed on Wednesday. Dar will meet Rubio on July 25, \
2025, and talks continue next week. Sales rose 5% in the third quarter from a year ago; \
the board meets every Monday at 3pm GMT and will report in the first half of 2026.\n\n";

fn corpus() -> String {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/news-articles/bbc");
    let mut paths = Vec::new();
    for section in ["business", "entertainment", "politics", "sport", "tech"] {
        if let Ok(entries) = std::fs::read_dir(dir.join(section)) {
            paths.extend(entries.filter_map(|e| e.ok().map(|e| e.path())));
        }
    }
    paths.sort();
    let text: String = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect::<Vec<_>>()
        .join("\n\n");
    if text.is_empty() {
        eprintln!("../shared is absent: benchmarking the built-in paragraph");
        FALLBACK.repeat(2000)
    } else {
        text
    }
}

fn bench_dates(c: &mut Criterion) {
    let text = corpus();
    let doc = analyze(&text);
    let reference = CivilDate::parse_iso("2005-06-01");
    let mut group = c.benchmark_group("dates");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    group.bench_function("extract", |b| b.iter(|| extract(&text, &doc, reference)));
    group.finish();
}

criterion_group!(benches, bench_dates);
criterion_main!(benches);
