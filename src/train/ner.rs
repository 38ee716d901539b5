//! Training the entity tagger: CoNLL-2003 in, a quantised, pruned model out.
//!
//! Reads file contents (the CLI does the IO), converts IOB1 to BILOU, hashes features with
//! the engine's own extractor, trains an averaged perceptron with the sentence order
//! shuffled by a seeded generator, keeps the epoch that scores best on the dev file, then
//! quantises weights to `i8` and drops features whose weights all round to zero. The same
//! inputs and seed give the same bytes.

use std::collections::HashMap;

use super::perceptron::{Example, Perceptron};
use crate::engine::entities::features::{DocFeatures, Feature};
use crate::engine::entities::lexicon::{Lexicon, LexiconData};
use crate::engine::entities::model::{tag_document, ModelData};
use crate::engine::entities::tagger::{chunks, tag, Coarse, Position, Scorer, NT};
use crate::eval::ner::{chunks_of_tags, parse, score, Chunk, ConllDoc};

/// Training settings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrainOptions {
    /// Passes over the training data.
    pub epochs: usize,
    /// Seed of the sentence shuffle.
    pub seed: u64,
    /// Features seen fewer times than this in training are dropped.
    pub min_count: u32,
    /// Feature families left out (a bit per [`crate::engine::entities::features::Template`] id), for ablations.
    pub disabled: u32,
}

impl Default for TrainOptions {
    fn default() -> TrainOptions {
        TrainOptions {
            epochs: 12,
            seed: 2003,
            min_count: 3,
            disabled: 0,
        }
    }
}

/// What training measured.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TrainReport {
    /// Per epoch: sentences mistagged in training and dev F1 (float weights, coarse types).
    pub epochs: Vec<(usize, f64)>,
    /// The epoch kept (1-based).
    pub best_epoch: usize,
    /// Dev F1 of the kept epoch.
    pub best_f1: f64,
    /// Distinct features in training after the count cut.
    pub features: usize,
    /// Dev F1 after quantisation.
    pub quantised_f1: f64,
    /// Features kept after quantisation.
    pub kept: usize,
}

/// BILOU tags for chunks over `len` tokens.
pub fn bilou(chunks: &[Chunk], len: usize) -> Vec<usize> {
    let mut tags = vec![0; len];
    for &(start, end, kind) in chunks.iter().filter(|c| c.1 <= len && c.0 < c.1) {
        if end - start == 1 {
            tags[start] = tag(kind, Position::Unit);
        } else {
            tags[start] = tag(kind, Position::Begin);
            for t in &mut tags[start + 1..end - 1] {
                *t = tag(kind, Position::Inside);
            }
            tags[end - 1] = tag(kind, Position::Last);
        }
    }
    tags
}

fn words(doc: &ConllDoc) -> Vec<Vec<&str>> {
    doc.iter()
        .map(|s| s.words.iter().map(String::as_str).collect())
        .collect()
}

fn doc_keys(lexicon: &Lexicon, doc: &ConllDoc, disabled: u32) -> Vec<Vec<Vec<u32>>> {
    let features = DocFeatures::new(lexicon, &words(doc));
    let mut buffer: Vec<Feature> = Vec::new();
    (0..doc.len())
        .map(|s| {
            (0..doc[s].words.len())
                .map(|i| {
                    buffer.clear();
                    features.features(s, i, &mut buffer);
                    buffer
                        .iter()
                        .filter(|f| disabled & (1 << f.1 as u32) == 0)
                        .map(|f| f.0)
                        .collect()
                })
                .collect()
        })
        .collect()
}

/// A seeded xorshift generator: enough for shuffling, stable across platforms.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

/// Float weights looked up by feature key: the dev-time scorer.
struct FloatScorer<'a> {
    rows: &'a HashMap<u32, u32>,
    weights: &'a [f32],
    transitions: &'a [f32],
}

impl Scorer for FloatScorer<'_> {
    fn add(&self, key: u32, scores: &mut [f32; NT]) {
        if let Some(&row) = self.rows.get(&key) {
            let w = &self.weights[row as usize * NT..row as usize * NT + NT];
            for (s, &v) in scores.iter_mut().zip(w) {
                *s += v;
            }
        }
    }

    fn transition(&self, prev: usize, cur: usize) -> f32 {
        self.transitions[prev * NT + cur]
    }
}

struct Dev {
    docs: Vec<DocFeatures>,
    gold: Vec<Vec<Chunk>>,
    tokens: usize,
}

impl Dev {
    fn new(lexicon: &Lexicon, conll: &str) -> Dev {
        let parsed = parse(conll);
        Dev {
            docs: parsed
                .iter()
                .map(|d| DocFeatures::new(lexicon, &words(d)))
                .collect(),
            gold: parsed
                .iter()
                .flat_map(|d| d.iter().map(|s| chunks_of_tags(&s.tags)))
                .collect(),
            tokens: parsed.iter().flatten().map(|s| s.words.len()).sum(),
        }
    }

    fn f1(&self, scorer: &impl Scorer) -> f64 {
        let predicted: Vec<Vec<(usize, usize, Coarse)>> = self
            .docs
            .iter()
            .flat_map(|d| tag_document(scorer, d))
            .map(|tags| chunks(&tags))
            .collect();
        score(&self.gold, &predicted, self.tokens).f1
    }
}

/// Quantises weights to codebook indices: index 0 is exactly zero, the other 255 levels
/// are `±top · r^-k` (geometric, so every weight keeps about the same relative precision)
/// with `top` the largest magnitude and `r` spanning five decades.
fn quantise(weights: &[f32]) -> (Vec<f32>, Vec<u8>) {
    let top = weights.iter().fold(0.0f32, |m, w| m.max(w.abs()));
    let steps = 127;
    let ratio = 1e5f64.powf(1.0 / f64::from(steps));
    let mut centres: Vec<f32> = Vec::new();
    if top > 0.0 {
        for k in 0..steps {
            let level = (f64::from(top) / ratio.powi(k)) as f32;
            centres.push(level);
            centres.push(-level);
        }
        centres.push(top * 1e-6);
    }
    centres.sort_by(f32::total_cmp);
    centres.dedup();
    let mut codebook = vec![0.0f32];
    codebook.extend(&centres);
    codebook.resize(256, 0.0);
    let values = weights
        .iter()
        .map(|&w| {
            if w == 0.0 || centres.is_empty() {
                0
            } else {
                nearest(&centres, w) as u8 + 1
            }
        })
        .collect();
    (codebook, values)
}

/// The index of the centre nearest to `w` in a sorted, non-empty list.
fn nearest(centres: &[f32], w: f32) -> usize {
    let above = centres.partition_point(|&c| c < w);
    match (above.checked_sub(1), centres.get(above)) {
        (Some(below), Some(&up)) if (w - centres[below]).abs() <= (up - w).abs() => below,
        (Some(below), None) => below,
        _ => above.min(centres.len() - 1),
    }
}

/// Trains a model; `log` receives one line per epoch.
pub fn train(
    train_conll: &str,
    dev_conll: &str,
    lexicon_data: LexiconData,
    options: TrainOptions,
    log: &mut dyn FnMut(String),
) -> (ModelData, TrainReport) {
    let lexicon = lexicon_data.clone().into_lexicon();
    let docs = parse(train_conll);
    let keys: Vec<Vec<Vec<Vec<u32>>>> = docs
        .iter()
        .map(|d| doc_keys(&lexicon, d, options.disabled))
        .collect();
    let mut counts: HashMap<u32, u32> = HashMap::new();
    for key in keys.iter().flatten().flatten().flatten() {
        *counts.entry(*key).or_default() += 1;
    }
    let mut kept: Vec<u32> = counts
        .iter()
        .filter(|(_, &c)| c >= options.min_count)
        .map(|(&k, _)| k)
        .collect();
    kept.sort_unstable();
    let rows: HashMap<u32, u32> = kept
        .iter()
        .enumerate()
        .map(|(i, &k)| (k, i as u32))
        .collect();
    let mut examples: Vec<Example> = Vec::new();
    for (doc, doc_keys) in docs.iter().zip(&keys) {
        for (sentence, sentence_keys) in doc.iter().zip(doc_keys) {
            examples.push(Example {
                rows: sentence_keys
                    .iter()
                    .map(|ks| ks.iter().filter_map(|k| rows.get(k).copied()).collect())
                    .collect(),
                gold: bilou(&chunks_of_tags(&sentence.tags), sentence.words.len()),
            });
        }
    }
    drop(keys);
    let dev = Dev::new(&lexicon, dev_conll);
    let mut perceptron = Perceptron::new(kept.len());
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = Rng(options.seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let mut report = TrainReport {
        features: kept.len(),
        ..TrainReport::default()
    };
    let mut best: Option<(Vec<f32>, Vec<f32>)> = None;
    for epoch in 1..=options.epochs {
        rng.shuffle(&mut order);
        let mistakes = order
            .iter()
            .filter(|&&i| perceptron.learn(&examples[i]))
            .count();
        let (weights, transitions) = perceptron.averaged();
        let f1 = dev.f1(&FloatScorer {
            rows: &rows,
            weights: &weights,
            transitions: &transitions,
        });
        log(format!(
            "epoch {epoch}: {mistakes} sentences mistagged, dev F1 {f1:.4}"
        ));
        report.epochs.push((mistakes, f1));
        if f1 > report.best_f1 || best.is_none() {
            report.best_f1 = f1;
            report.best_epoch = epoch;
            best = Some((weights, transitions));
        }
    }
    let (weights, transitions) = best.unwrap_or_else(|| perceptron.averaged());
    let (codebook, values) = quantise(&weights);
    let features: Vec<(u32, [u8; NT])> = kept
        .iter()
        .enumerate()
        .filter_map(|(row, &key)| {
            let mut out = [0u8; NT];
            out.copy_from_slice(&values[row * NT..row * NT + NT]);
            out.iter().any(|&v| v != 0).then_some((key, out))
        })
        .collect();
    report.kept = features.len();
    let dequantised: Vec<f32> = values.iter().map(|&v| codebook[v as usize]).collect();
    report.quantised_f1 = dev.f1(&FloatScorer {
        rows: &rows,
        weights: &dequantised,
        transitions: &transitions,
    });
    let data = ModelData {
        codebook,
        transitions,
        features,
        lexicon: lexicon_data,
    };
    (data, report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bilou_from_chunks() {
        let tags = bilou(&[(0, 3, Coarse::Org), (4, 5, Coarse::Loc)], 5);
        assert_eq!(
            tags,
            vec![
                tag(Coarse::Org, Position::Begin),
                tag(Coarse::Org, Position::Inside),
                tag(Coarse::Org, Position::Last),
                0,
                tag(Coarse::Loc, Position::Unit)
            ]
        );
    }

    #[test]
    fn quantisation_keeps_zero_exact_and_relative_error_small() {
        let weights = [0.5, -1.0, 0.0, 2.0, 0.5, -0.013];
        let (codebook, q) = quantise(&weights);
        assert_eq!(q[2], 0);
        assert_eq!(q[0], q[4]);
        for (&w, &i) in weights.iter().zip(&q) {
            let back = codebook[i as usize];
            assert!((back - w).abs() <= 0.05 * w.abs(), "{w} -> {back}");
        }
    }

    #[test]
    fn training_is_deterministic_for_a_seed() {
        let conll =
            "-DOCSTART- -X- O O\n\nPeter X X I-PER\nsaid X X O\n\nIn X X O\nParis X X I-LOC\n";
        let options = TrainOptions {
            epochs: 2,
            min_count: 1,
            ..TrainOptions::default()
        };
        let run = || train(conll, conll, LexiconData::default(), options, &mut |_| {}).0;
        let a = run();
        assert_eq!(a, run());
        assert!(!a.features.is_empty());
    }
}
