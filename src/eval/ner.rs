//! Scoring the entity tagger on CoNLL-2003: reading the files, conlleval-style chunks, and
//! entity-level exact-match precision, recall and F1, overall and per type.
//!
//! Pure functions over file contents; the CLI reads and writes the files. Predictions come
//! from the engine's own path ([`crate::engine::entities::tag_tokens`]), so what is measured
//! is what ships. This is not a test: it measures, it does not assert.

use std::collections::BTreeMap;

use serde::Serialize;

use super::Prf;
use crate::engine::entities::tagger::Coarse;
use crate::engine::entities::{tag_tokens, Model};

/// One sentence of a CoNLL file: words and their NER tags as written (IOB1 or IOB2).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConllSentence {
    /// The tokens.
    pub words: Vec<String>,
    /// The last column of each line.
    pub tags: Vec<String>,
}

/// One document (between `-DOCSTART-` lines).
pub type ConllDoc = Vec<ConllSentence>;

/// A chunk: first token, one past the last, type.
pub type Chunk = (usize, usize, Coarse);

/// Parses a CoNLL-2003 file into documents of sentences.
pub fn parse(text: &str) -> Vec<ConllDoc> {
    let mut docs: Vec<ConllDoc> = Vec::new();
    let mut doc: ConllDoc = Vec::new();
    let mut sentence = ConllSentence::default();
    for line in text.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        match fields.as_slice() {
            [] => {
                if !sentence.words.is_empty() {
                    doc.push(std::mem::take(&mut sentence));
                }
            }
            [first, ..] if *first == "-DOCSTART-" => {
                if !sentence.words.is_empty() {
                    doc.push(std::mem::take(&mut sentence));
                }
                if !doc.is_empty() {
                    docs.push(std::mem::take(&mut doc));
                }
            }
            [word, .., tag] => {
                sentence.words.push((*word).to_string());
                sentence.tags.push((*tag).to_string());
            }
            [word] => {
                sentence.words.push((*word).to_string());
                sentence.tags.push("O".to_string());
            }
        }
    }
    if !sentence.words.is_empty() {
        doc.push(sentence);
    }
    if !doc.is_empty() {
        docs.push(doc);
    }
    docs
}

fn split_tag(tag: &str) -> (char, Option<Coarse>) {
    match tag.split_once('-') {
        Some((p, t)) => (p.chars().next().unwrap_or('I'), Coarse::from_label(t)),
        None => ('O', None),
    }
}

/// The chunks of IOB1/IOB2 tags, as conlleval reads them.
pub fn chunks_of_tags(tags: &[String]) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut open: Option<(usize, Coarse)> = None;
    for (i, tag) in tags.iter().enumerate() {
        let (prefix, kind) = split_tag(tag);
        let continues = matches!((prefix, kind, open), ('I', Some(k), Some((_, ok))) if k == ok);
        if !continues {
            if let Some((start, k)) = open.take() {
                out.push((start, i, k));
            }
            open = kind.map(|k| (i, k));
        }
    }
    if let Some((start, k)) = open {
        out.push((start, tags.len(), k));
    }
    out
}

/// IOB1 tags for chunks over `len` tokens (`B-` only between adjacent chunks of one type).
pub fn iob1_tags(chunks: &[Chunk], len: usize) -> Vec<String> {
    let mut tags = vec!["O".to_string(); len];
    let mut last_end_kind: Option<(usize, Coarse)> = None;
    for &(start, end, kind) in chunks {
        for (i, tag) in tags.iter_mut().enumerate().take(end.min(len)).skip(start) {
            let adjacent = last_end_kind == Some((start, kind));
            let prefix = if i == start && adjacent { "B" } else { "I" };
            *tag = format!("{prefix}-{}", kind.label());
        }
        last_end_kind = Some((end, kind));
    }
    tags
}

/// Counts for one type.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Counts {
    correct: usize,
    predicted: usize,
    gold: usize,
}

/// The scores of one evaluation.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NerReport {
    /// Micro-averaged precision over all chunks.
    pub precision: f64,
    /// Micro-averaged recall.
    pub recall: f64,
    /// Micro-averaged F1.
    pub f1: f64,
    /// Scores per CoNLL type.
    pub per_type: BTreeMap<String, Prf>,
    /// Gold chunks.
    pub gold: usize,
    /// Predicted chunks.
    pub predicted: usize,
    /// Tokens scored.
    pub tokens: usize,
}

/// Scores predicted chunks against gold chunks, sentence by sentence.
pub fn score(gold: &[Vec<Chunk>], predicted: &[Vec<Chunk>], tokens: usize) -> NerReport {
    let mut per: BTreeMap<Coarse, Counts> = BTreeMap::new();
    for (g, p) in gold.iter().zip(predicted) {
        for chunk in g {
            per.entry(chunk.2).or_default().gold += 1;
            if p.contains(chunk) {
                per.entry(chunk.2).or_default().correct += 1;
            }
        }
        for chunk in p {
            per.entry(chunk.2).or_default().predicted += 1;
        }
    }
    let total = per.values().fold(Counts::default(), |a, c| Counts {
        correct: a.correct + c.correct,
        predicted: a.predicted + c.predicted,
        gold: a.gold + c.gold,
    });
    let overall = Prf::from_counts(total.correct, total.predicted, total.gold);
    NerReport {
        precision: overall.precision,
        recall: overall.recall,
        f1: overall.f1,
        per_type: per
            .iter()
            .map(|(k, c)| {
                (
                    k.label().to_string(),
                    Prf::from_counts(c.correct, c.predicted, c.gold),
                )
            })
            .collect(),
        gold: total.gold,
        predicted: total.predicted,
        tokens,
    }
}

/// Runs the model over every document of a CoNLL file and scores it; also returns the
/// conlleval prediction lines (`token gold predicted`).
pub fn evaluate(model: &Model, conll: &str) -> (NerReport, String) {
    let docs = parse(conll);
    let mut gold = Vec::new();
    let mut predicted = Vec::new();
    let mut lines = String::new();
    let mut tokens = 0;
    for doc in &docs {
        let words: Vec<Vec<&str>> = doc
            .iter()
            .map(|s| s.words.iter().map(String::as_str).collect())
            .collect();
        let found = tag_tokens(model, &words);
        for (sentence, chunks) in doc.iter().zip(found) {
            let predicted_tags = iob1_tags(&chunks, sentence.words.len());
            for ((word, g), p) in sentence
                .words
                .iter()
                .zip(&sentence.tags)
                .zip(&predicted_tags)
            {
                lines.push_str(&format!("{word} {g} {p}\n"));
            }
            lines.push('\n');
            tokens += sentence.words.len();
            gold.push(chunks_of_tags(&sentence.tags));
            predicted.push(chunks);
        }
    }
    (score(&gold, &predicted, tokens), lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\
German JJ I-NP I-MISC\ncall NN I-NP O\n\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\n\n\
-DOCSTART- -X- O O\n\nA X X I-LOC\nB X X B-LOC\nC X X I-LOC\n";

    #[test]
    fn parses_documents_and_sentences() {
        let docs = parse(SAMPLE);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].len(), 2);
        assert_eq!(docs[0][1].words, vec!["Peter", "Blackburn"]);
    }

    #[test]
    fn iob1_b_tag_splits_adjacent_chunks() {
        let docs = parse(SAMPLE);
        assert_eq!(
            chunks_of_tags(&docs[1][0].tags),
            vec![(0, 1, Coarse::Loc), (1, 3, Coarse::Loc)]
        );
        assert_eq!(
            iob1_tags(&chunks_of_tags(&docs[1][0].tags), 3),
            docs[1][0].tags
        );
    }

    #[test]
    fn exact_match_scoring_counts_boundaries() {
        let gold = vec![vec![(0, 2, Coarse::Per), (3, 4, Coarse::Loc)]];
        let predicted = vec![vec![(0, 1, Coarse::Per), (3, 4, Coarse::Loc)]];
        let report = score(&gold, &predicted, 5);
        assert_eq!(report.precision, 0.5);
        assert_eq!(report.recall, 0.5);
        assert_eq!(report.per_type["LOC"].f1, 1.0);
        assert_eq!(report.per_type["PER"].f1, 0.0);
    }
}
