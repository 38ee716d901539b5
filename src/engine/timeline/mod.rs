//! The timeline: dated events in order, each anchored on a time expression and its sentence.
//!
//! This is the foundation's placeholder: the stage's types are fixed here; event building
//! comes with the dates issue.

use crate::engine::dates::TimeExpr;
use crate::engine::entities::Entity;
use crate::engine::text::Document;

/// A dated event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// The anchoring time expression, an index into the date list.
    pub date: usize,
    /// The sentence it happens in, an index into the sentence list.
    pub sentence: usize,
    /// Who did what, trimmed from the clause around the date.
    pub summary: String,
    /// The entities taking part, indices into the entity list.
    pub entities: Vec<usize>,
}

/// Builds the timeline, sorted by date.
pub fn build(
    _text: &str,
    _doc: &Document,
    _entities: &[Entity],
    _dates: &[TimeExpr],
) -> Vec<Event> {
    Vec::new()
}
