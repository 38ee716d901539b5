//! The entity model file: reading and writing `models/ner.bin`, and tagging with it.
//!
//! Layout: [`MAGIC`], a `u32` format version, a `u32` payload length, then the payload
//! compressed with zlib. The payload holds the tag count, the weight codebook, the
//! transition scores, the feature keys (sorted, delta-coded `u32`), their quantised weights
//! (`u8` codebook indices, one column per tag) and the lexicon. All integers are
//! little-endian and fixed-width. This module does not train (see `crate::train`).

use std::collections::HashMap;

use super::codec::{Reader, Writer};
use super::features::DocFeatures;
use super::hash::IdBuild;
use super::lexicon::{Lexicon, LexiconData};
use super::tagger::{Decoder, Scorer, Weights, NT};
use super::MAGIC;
use crate::engine::{LoadError, LoadErrorKind};

/// The format version this build reads and writes.
pub const VERSION: u32 = 1;

/// The trained entity model: tagger weights and lexicon.
#[derive(Debug, Clone, Default)]
pub struct Model {
    /// Tagger weights.
    pub weights: Weights,
    /// Word clusters and gazetteers.
    pub lexicon: Lexicon,
}

/// A model's contents before quantisation is undone: what training produces.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ModelData {
    /// The weight of each stored index; index 0 is zero.
    pub codebook: Vec<f32>,
    /// `(NT + 1) × NT` transition scores.
    pub transitions: Vec<f32>,
    /// Feature keys with their quantised weights, sorted by key.
    pub features: Vec<(u32, [u8; NT])>,
    /// Clusters and gazetteers.
    pub lexicon: LexiconData,
}

impl ModelData {
    /// The serialised model file.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.u32(NT as u32);
        for i in 0..256 {
            w.u32(self.codebook.get(i).copied().unwrap_or(0.0).to_bits());
        }
        for t in 0..(NT + 1) * NT {
            w.u32(self.transitions.get(t).copied().unwrap_or(0.0).to_bits());
        }
        w.u32(self.features.len() as u32);
        let mut last = 0u32;
        for &(key, _) in &self.features {
            w.u32(key.wrapping_sub(last));
            last = key;
        }
        for t in 0..NT {
            for (_, row) in &self.features {
                w.u8(row[t]);
            }
        }
        self.lexicon.write(&mut w);
        let payload = miniz_oxide::deflate::compress_to_vec_zlib(&w.bytes, 9);
        let mut out = Vec::with_capacity(payload.len() + 16);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.extend_from_slice(&(w.bytes.len() as u32).to_le_bytes());
        out.extend_from_slice(&payload);
        out
    }
}

fn corrupt(what: &str) -> LoadError {
    LoadErrorKind::Corrupt(what.to_string()).into()
}

impl Model {
    /// Reads a model from its serialised bytes.
    ///
    /// # Errors
    /// [`LoadErrorKind::BadMagic`] when the bytes are not an entity model,
    /// [`LoadErrorKind::UnsupportedVersion`] for another format version and
    /// [`LoadErrorKind::Corrupt`] when the contents do not add up.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, LoadError> {
        let Some(rest) = bytes.strip_prefix(MAGIC.as_slice()) else {
            return Err(LoadErrorKind::BadMagic.into());
        };
        let mut header = Reader::new(rest);
        let version = header.u32("version")?;
        if version != VERSION {
            return Err(LoadErrorKind::UnsupportedVersion {
                found: version,
                supported: VERSION,
            }
            .into());
        }
        let size = header.u32("payload size")? as usize;
        let compressed = rest.get(8..).ok_or_else(|| corrupt("no payload"))?;
        let payload = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(compressed, size)
            .map_err(|_| corrupt("payload does not inflate"))?;
        Model::from_payload(&payload)
    }

    fn from_payload(payload: &[u8]) -> Result<Model, LoadError> {
        let mut r = Reader::new(payload);
        if r.u32("tag count")? as usize != NT {
            return Err(corrupt("tag count differs from this build's"));
        }
        let mut codebook = [0.0f32; 256];
        for weight in &mut codebook {
            *weight = f32::from_bits(r.u32("codebook")?);
        }
        let mut transitions = Vec::with_capacity((NT + 1) * NT);
        for _ in 0..(NT + 1) * NT {
            transitions.push(f32::from_bits(r.u32("transition")?));
        }
        let n = r.count("features")?;
        let mut rows = Vec::with_capacity(n);
        let mut key = 0u32;
        for _ in 0..n {
            key = key.wrapping_add(r.u32("feature key")?);
            rows.push((key, [0u8; NT]));
        }
        for t in 0..NT {
            let column = r.take(n, "weights")?;
            for ((_, row), &v) in rows.iter_mut().zip(column) {
                row[t] = v;
            }
        }
        let lexicon = LexiconData::read_lexicon(&mut r)?;
        if !r.is_done() {
            return Err(corrupt("trailing bytes after the lexicon"));
        }
        Ok(Model {
            weights: Weights::new(&codebook, transitions, &rows),
            lexicon,
        })
    }

    /// The model built into the binary (an empty model if the embedded file is unreadable).
    pub fn builtin() -> Model {
        Model::from_bytes(include_bytes!("../../../models/ner.bin")).unwrap_or_default()
    }

    /// Tags every sentence of a document given as token surfaces: one tag index per token.
    pub fn tag<S: AsRef<str>>(&self, sentences: &[Vec<S>]) -> Vec<Vec<usize>> {
        let doc = DocFeatures::new(&self.lexicon, sentences);
        tag_document(&self.weights, &doc)
    }
}

/// Tags an analysed document with any scorer.
///
/// A word's own features come first in every token's list, so the sum of their weights is
/// kept per word and reused when the word comes again: the same additions in the same
/// order, so the same scores.
pub fn tag_document(scorer: &impl Scorer, doc: &DocFeatures) -> Vec<Vec<usize>> {
    let mut emissions: Vec<[f32; NT]> = Vec::new();
    let mut word_scores: HashMap<u64, [f32; NT], IdBuild> = HashMap::default();
    let mut decoder = Decoder::new(scorer);
    (0..doc.len())
        .map(|s| {
            emissions.clear();
            emissions.extend(doc.tokens(s).iter().enumerate().map(|(i, token)| {
                let mut scores = *word_scores.entry(token.word_hash()).or_insert_with(|| {
                    let mut scores = [0.0f32; NT];
                    token.each_word_feature(|key, _| scorer.add(key, &mut scores));
                    scores
                });
                doc.each_context_feature(s, i, |key, _| scorer.add(key, &mut scores));
                scores
            }));
            let mut tags = Vec::with_capacity(emissions.len());
            decoder.decode(&emissions, &mut tags);
            tags
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_model_reads_back() {
        let mut row = [0u8; NT];
        row[3] = 7;
        row[16] = 200;
        let data = ModelData {
            codebook: (0..256).map(|i| i as f32 / 2.0).collect(),
            transitions: (0..(NT + 1) * NT).map(|i| i as f32).collect(),
            features: vec![(5, row), (9, [1; NT])],
            lexicon: LexiconData::default(),
        };
        let model = Model::from_bytes(&data.to_bytes()).unwrap();
        let decoded = |r: [u8; NT]| r.map(|v| f32::from(v) / 2.0);
        assert_eq!(model.weights.row(5), Some(decoded(row)));
        assert_eq!(model.weights.row(9), Some(decoded([1u8; NT])));
        assert_eq!(model.weights.row(5).map(|r| r[16]), Some(100.0));
        assert_eq!(model.weights.row(7), None);
        assert_eq!(model.weights.transitions[20], 20.0);
    }

    #[test]
    fn bad_bytes_are_load_errors() {
        assert_eq!(
            Model::from_bytes(b"nope").unwrap_err().kind,
            LoadErrorKind::BadMagic
        );
        let mut bytes = ModelData::default().to_bytes();
        bytes[8] = 9;
        assert!(matches!(
            Model::from_bytes(&bytes).unwrap_err().kind,
            LoadErrorKind::UnsupportedVersion { found: 9, .. }
        ));
        let bytes = ModelData::default().to_bytes();
        assert!(Model::from_bytes(&bytes[..bytes.len() - 3]).is_err());
    }
}
