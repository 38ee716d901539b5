//! Training: builds the model files the engine embeds, from the data in `../shared/data`.
//!
//! Native only (feature `train`), reproducible for a given seed. Never compiled into the
//! browser build. Functions take file contents; the CLI reads the files.

pub mod ner;
pub mod ner_lexicon;
pub mod perceptron;
