//! Time expressions: found by a rule grammar and normalised to TimeML values against the
//! reference date.
//!
//! This is the foundation's placeholder: the stage's types and the reference-date contract
//! are fixed here; the grammar comes with the dates issue. It never reads the clock.

use crate::engine::calendar::CivilDate;
use crate::engine::span::Span;
use crate::engine::text::Document;

/// Where the reference date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReferenceSource {
    /// Given by the caller (the reader's publication-date field or `--dct`).
    Given,
    /// Found in the text (a dateline or a "Published" line).
    Text,
    /// Unknown: relative dates stay unresolved.
    Missing,
}

/// The date relative expressions are resolved against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference {
    /// The date, if known.
    pub date: Option<CivilDate>,
    /// Where it came from.
    pub source: ReferenceSource,
}

/// TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimexType {
    /// A calendar date or period: `2025-05-07`, `2025-05`, `2025-W30`.
    Date,
    /// A time of day: `2025-07-23T15:00`.
    Time,
    /// A length of time: `P3D`.
    Duration,
    /// A recurrence: `XXXX-WXX-1`.
    Set,
}

impl TimexType {
    /// The TIMEX3 label.
    pub fn label(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// A time expression and its normalised value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeExpr {
    /// Where it is.
    pub span: Span,
    /// Its TIMEX3 type.
    pub kind: TimexType,
    /// Its TimeML value (`2025-05-07`, `P3D`, `PRESENT_REF`).
    pub value: String,
    /// The id of the rule that found it, for `--explain`.
    pub rule: &'static str,
}

/// The reference date: the one given, else one found in the text.
pub fn reference_date(_text: &str, _doc: &Document, given: Option<CivilDate>) -> Reference {
    match given {
        Some(date) => Reference {
            date: Some(date),
            source: ReferenceSource::Given,
        },
        None => Reference {
            date: None,
            source: ReferenceSource::Missing,
        },
    }
}

/// Finds and normalises the time expressions of the document.
pub fn extract(_text: &str, _doc: &Document, _reference: Option<CivilDate>) -> Vec<TimeExpr> {
    Vec::new()
}
