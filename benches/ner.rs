//! Criterion benchmarks of the entity stage, natively on one thread: the tagger alone over
//! pre-tokenised CoNLL-style sentences (tokens per second), the whole entity stage over an
//! article's text (tokens per second), and decoding the built-in model.
//!
//! Run `cargo bench --bench ner`. The inputs are built in (a news paragraph repeated to
//! ~50,000 tokens), so it runs without `../shared`. It is not a correctness test.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use gloss::engine::entities::{extract, Model};
use gloss::engine::text::analyze;

const PARAGRAPH: &str = "Deputy Prime Minister and Foreign Minister Ishaq Dar will hold his first \
official meeting with U.S. Secretary of State Marco Rubio in Washington on July 25, officials \
confirmed on Wednesday. The meeting comes at a crucial time, as Pakistan looks to strengthen \
diplomatic engagement following India's recent military provocations. On May 7, the Indian Air \
Force launched a strike; in response the Pakistan Air Force downed six Indian aircraft, including \
three Rafale jets. Shares of BHP Billiton rose 2.5 percent in Sydney after the European \
Commission said it would not block the deal.\n\n";

const TOKENS: usize = 50_000;

fn article() -> String {
    let per = analyze(PARAGRAPH).tokens.len().max(1);
    PARAGRAPH.repeat(TOKENS / per + 1)
}

fn sentences(text: &str) -> Vec<Vec<String>> {
    let doc = analyze(text);
    (0..doc.sentences.len())
        .map(|s| {
            doc.sentence_tokens(s)
                .iter()
                .map(|t| t.span.of(text).to_string())
                .collect()
        })
        .collect()
}

fn bench_tagger(c: &mut Criterion) {
    let model = Model::builtin();
    let text = article();
    let sentences = sentences(&text);
    let tokens: usize = sentences.iter().map(Vec::len).sum();
    let mut group = c.benchmark_group("ner");
    group.throughput(Throughput::Elements(tokens as u64));
    group.sample_size(20);
    group.bench_function("tag_tokens", |b| {
        b.iter(|| black_box(model.tag(black_box(&sentences))))
    });
    let doc = analyze(&text);
    group.bench_function("extract_entities", |b| {
        b.iter(|| black_box(extract(&model, black_box(&text), black_box(&doc))))
    });
    group.finish();
}

fn bench_load(c: &mut Criterion) {
    let bytes = include_bytes!("../models/ner.bin");
    c.bench_function("ner/load_model", |b| {
        b.iter(|| black_box(Model::from_bytes(black_box(bytes)).map(|m| m.weights.len())))
    });
}

criterion_group!(benches, bench_tagger, bench_load);
criterion_main!(benches);
