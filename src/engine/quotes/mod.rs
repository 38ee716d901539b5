//! Quotations: their spans, their kind (direct, partial, scare, indirect) and their speaker.
//!
//! This is the foundation's placeholder: the stage's types are fixed here; the rules come
//! with the quotes issue.

use crate::engine::entities::Entity;
use crate::engine::span::Span;
use crate::engine::text::Document;

/// What kind of quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuoteKind {
    /// A quoted clause or sentence attributed to someone.
    Direct,
    /// A quoted fragment inside reported speech.
    Partial,
    /// A quoted term that is nobody's words.
    Scare,
    /// Reported speech without quotation marks.
    Indirect,
}

impl QuoteKind {
    /// The label used in `gloss/1` output.
    pub fn label(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Scare => "scare",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// A quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// The quoted content, marks included for marked quotes.
    pub span: Span,
    /// Its kind.
    pub kind: QuoteKind,
    /// The mention of the speaker, if found.
    pub speaker: Option<Span>,
    /// The entity the speaker refers to, an index into the entity list.
    pub entity: Option<usize>,
    /// The speech verb or phrase ("said", "according to").
    pub cue: Option<Span>,
    /// The id of the rule that attributed it, for `--explain`.
    pub rule: &'static str,
}

/// Finds the quotations of the document.
pub fn extract(_text: &str, _doc: &Document, _entities: &[Entity]) -> Vec<Quote> {
    Vec::new()
}
