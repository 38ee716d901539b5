//! Exports of `gloss/1` annotations to the formats other tools read.
//!
//! Pure functions from [`crate::engine::Annotations`] (and the text) to strings. Not part
//! of the engine: they read its output, never its internals.

pub mod csv;
pub mod markdown;
pub mod timelinejs;
pub mod webanno;
