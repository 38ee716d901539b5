//! Gloss: a news-article annotator that runs entirely in the browser.
//!
//! The crate is one package with three faces:
//! - [`engine`]: pure Rust NLP (text layer, entities, dates, quotes, timeline). No IO, no clock,
//!   no web crates; the only entry points are [`engine::annotate`] and [`engine::Engine`].
//! - [`app`] and [`worker`]: the browser UI's pure state and text handling (always built, tested
//!   natively) and, with feature `web`, the Yew UI and the Web Worker that runs the engine.
//! - the `gloss` binary (feature `cli`): annotate, evaluate and train from the command line.
//!
//! ```
//! use gloss::engine::{annotate, Options, CivilDate};
//! let opts = Options { reference_date: CivilDate::new(2025, 7, 23), ..Options::default() };
//! let out = annotate("Officials met on Wednesday. They talked.", &opts);
//! assert_eq!(out.sentences.len(), 2);
//! assert_eq!(out.schema, "gloss/1");
//! ```
#![forbid(unsafe_code)]

mod codepoints;
pub mod corrections;
pub mod engine;
pub mod eval;
pub mod export;
pub mod share;
#[cfg(feature = "train")]
pub mod train;

pub mod app;
#[cfg(feature = "js")]
pub mod js;
pub mod worker;
