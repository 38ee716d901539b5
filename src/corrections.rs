//! The reader's corrections: edits over the engine's `gloss/1` output, kept apart from it.
//!
//! A [`Correction`] names what it changes by an [`Anchor`] (the text of a mention, quote or
//! date plus its code-point offset), never by an id, so it survives re-annotation and small
//! edits to the text: an anchor is re-found at the nearest item with the same text.
//! [`apply`] replays a list of corrections over fresh engine output, in order, and reports
//! the ones that no longer anchor instead of failing. [`History`] is the undo/redo stack the
//! UI holds. Corrections are serialisable: they travel in share links and local storage.
//!
//! What it is not: it never runs the engine and never edits the article text.

mod edit;
mod history;
mod make;

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::codepoints::CodePoints;
use crate::engine::output::Mention;
use crate::engine::Annotations;

pub use history::History;

/// The entity types a correction may set (the `type` labels of `gloss/1`).
pub const ENTITY_TYPES: [&str; 11] = [
    "PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT", "WORK", "MISC",
];

/// The longest date value a correction may set.
pub const MAX_DATE_VALUE_CHARS: usize = 64;

/// A stretch of the article a correction points at: where it was and what it said.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Anchor {
    /// First code point when the correction was made.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The text it covered.
    pub text: String,
}

impl Anchor {
    /// The anchor of code points `start..end` of `text`, if that is a non-empty stretch of it.
    pub fn at(text: &str, start: usize, end: usize) -> Option<Anchor> {
        let surface = CodePoints::new(text).slice(start, end)?;
        (!surface.is_empty()).then(|| Anchor {
            start,
            end,
            text: surface.to_string(),
        })
    }

    /// Whether `text` has exactly this anchor's text at its offsets.
    pub fn matches(&self, text: &str) -> bool {
        CodePoints::new(text).slice(self.start, self.end) == Some(self.text.as_str())
    }

    fn of_mention(m: &Mention) -> Anchor {
        Anchor {
            start: m.start,
            end: m.end,
            text: m.text.clone(),
        }
    }
}

/// One edit the reader made to the engine's output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Correction {
    /// Give the entity that has this mention another type.
    SetType {
        /// A mention of the entity.
        entity: Anchor,
        /// The new type, one of [`ENTITY_TYPES`].
        #[serde(rename = "type")]
        kind: String,
    },
    /// Drop one mention (its entity goes when it has no mention left).
    RemoveMention {
        /// The mention.
        mention: Anchor,
    },
    /// Drop the entity that has this mention, with all its mentions.
    RemoveEntity {
        /// A mention of the entity.
        entity: Anchor,
    },
    /// Make a new entity of a stretch of text; mentions it overlaps leave their entities.
    AddEntity {
        /// The stretch of text.
        span: Anchor,
        /// Its type, one of [`ENTITY_TYPES`].
        #[serde(rename = "type")]
        kind: String,
    },
    /// Fold one entity into another, which keeps its type.
    Merge {
        /// A mention of the entity that stays.
        into: Anchor,
        /// A mention of the entity that goes.
        from: Anchor,
    },
    /// Move one mention out of its entity into a new entity of the same type.
    Split {
        /// The mention.
        mention: Anchor,
    },
    /// Attribute a quote to another speaker, or to none.
    SetSpeaker {
        /// The quote.
        quote: Anchor,
        /// The speaker's words in the text (a name, "a spokesman"), or `None` to clear.
        speaker: Option<Anchor>,
    },
    /// Correct the TimeML value of a time expression.
    SetDate {
        /// The time expression.
        date: Anchor,
        /// Its value (`2025-05-07`, `2025-W19`, `P3D`...).
        value: String,
    },
}

impl Correction {
    /// Every anchor of the correction.
    pub fn anchors(&self) -> Vec<&Anchor> {
        match self {
            Correction::SetType { entity, .. } | Correction::RemoveEntity { entity } => {
                vec![entity]
            }
            Correction::RemoveMention { mention } | Correction::Split { mention } => vec![mention],
            Correction::AddEntity { span, .. } => vec![span],
            Correction::Merge { into, from } => vec![into, from],
            Correction::SetSpeaker { quote, speaker } => {
                std::iter::once(quote).chain(speaker.as_ref()).collect()
            }
            Correction::SetDate { date, .. } => vec![date],
        }
    }

    fn anchors_mut(&mut self) -> Vec<&mut Anchor> {
        match self {
            Correction::SetType { entity, .. } | Correction::RemoveEntity { entity } => {
                vec![entity]
            }
            Correction::RemoveMention { mention } | Correction::Split { mention } => vec![mention],
            Correction::AddEntity { span, .. } => vec![span],
            Correction::Merge { into, from } => vec![into, from],
            Correction::SetSpeaker { quote, speaker } => {
                std::iter::once(quote).chain(speaker.as_mut()).collect()
            }
            Correction::SetDate { date, .. } => vec![date],
        }
    }

    /// What is wrong with the correction on its own (before looking at any article), if
    /// anything: an unknown type, a malformed date value, an empty or inconsistent anchor.
    pub fn problem(&self) -> Option<Problem> {
        if let Some(bad) = self
            .anchors()
            .into_iter()
            .find(|a| !anchor_is_consistent(a))
        {
            return Some(Problem::BadAnchor(bad.clone()));
        }
        match self {
            Correction::SetType { kind, .. } | Correction::AddEntity { kind, .. }
                if !ENTITY_TYPES.contains(&kind.as_str()) =>
            {
                Some(Problem::UnknownType(kind.clone()))
            }
            Correction::SetDate { value, .. } if !is_date_value(value) => {
                Some(Problem::BadDateValue(value.clone()))
            }
            _ => None,
        }
    }
}

impl fmt::Display for Correction {
    /// A short description for undo buttons and messages: `remove mention “Pakistan”`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Correction::SetType { entity, kind } => {
                write!(f, "make “{}” {kind}", entity.text)
            }
            Correction::RemoveMention { mention } => {
                write!(f, "remove mention “{}”", mention.text)
            }
            Correction::RemoveEntity { entity } => write!(f, "remove entity “{}”", entity.text),
            Correction::AddEntity { span, kind } => write!(f, "add {kind} “{}”", span.text),
            Correction::Merge { into, from } => {
                write!(f, "merge “{}” into “{}”", from.text, into.text)
            }
            Correction::Split { mention } => write!(f, "split off “{}”", mention.text),
            Correction::SetSpeaker {
                speaker: Some(s), ..
            } => write!(f, "attribute quote to “{}”", s.text),
            Correction::SetSpeaker { speaker: None, .. } => write!(f, "clear a quote’s speaker"),
            Correction::SetDate { date, value } => write!(f, "date “{}” as {value}", date.text),
        }
    }
}

/// Why a correction is malformed on its own.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    /// The type is not one of [`ENTITY_TYPES`].
    #[error("“{0}” is not an entity type")]
    UnknownType(String),
    /// The value has characters no TimeML value has, or is empty or too long.
    #[error("“{0}” is not a date value")]
    BadDateValue(String),
    /// The anchor is empty, or its offsets disagree with the length of its text.
    #[error("the anchor “{}” at {}..{} is inconsistent", .0.text, .0.start, .0.end)]
    BadAnchor(Anchor),
}

/// Why a correction had no effect on this article.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SkipReason {
    /// The correction is malformed.
    #[error(transparent)]
    Malformed(#[from] Problem),
    /// Nothing in the output has the anchor's text any more.
    #[error("“{0}” is no longer found")]
    NotFound(String),
}

/// A correction that [`apply`] could not use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// Its index in the list given to [`apply`].
    pub index: usize,
    /// Why.
    pub reason: SkipReason,
}

/// The corrected output, and the corrections that no longer anchor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    /// The engine's output with every usable correction applied.
    pub annotations: Annotations,
    /// The corrections that were skipped, in order.
    pub skipped: Vec<Skipped>,
}

/// Replays `corrections`, in order, over the engine's output for `text`.
///
/// Pure and total: a correction that is malformed or whose anchor is gone is reported in
/// [`Applied::skipped`] and changes nothing. Entity ids stay equal to their index (they
/// are renumbered after a removal) and every reference to them is kept consistent.
pub fn apply(annotations: &Annotations, text: &str, corrections: &[Correction]) -> Applied {
    let cp = CodePoints::new(text);
    let mut out = annotations.clone();
    let mut skipped = Vec::new();
    for (index, correction) in corrections.iter().enumerate() {
        let result = match correction.problem() {
            Some(problem) => Err(SkipReason::Malformed(problem)),
            None => edit::apply_one(&mut out, &cp, correction),
        };
        if let Err(reason) = result {
            skipped.push(Skipped { index, reason });
        }
    }
    Applied {
        annotations: out,
        skipped,
    }
}

/// The corrections with every anchor moved onto `text`: kept where its text still is,
/// else moved to the nearest occurrence of its text. A correction with an anchor whose
/// text no longer occurs at all can never apply, and is dropped.
///
/// Call it before saving or sharing corrections made on an earlier version of the text.
pub fn relocate(corrections: &[Correction], text: &str) -> Vec<Correction> {
    let cp = CodePoints::new(text);
    corrections
        .iter()
        .filter_map(|c| {
            let mut moved = c.clone();
            moved
                .anchors_mut()
                .into_iter()
                .all(|a| relocate_anchor(a, &cp))
                .then_some(moved)
        })
        .collect()
}

fn relocate_anchor(anchor: &mut Anchor, cp: &CodePoints<'_>) -> bool {
    if cp.slice(anchor.start, anchor.end) == Some(anchor.text.as_str()) {
        return true;
    }
    let Some(start) = cp.nearest(&anchor.text, anchor.start) else {
        return false;
    };
    anchor.end = start + anchor.text.chars().count();
    anchor.start = start;
    true
}

fn anchor_is_consistent(anchor: &Anchor) -> bool {
    !anchor.text.is_empty()
        && anchor.start.checked_add(anchor.text.chars().count()) == Some(anchor.end)
}

/// Whether `value` looks like a TimeML value: short, ASCII letters, digits and `-:._+`.
pub fn is_date_value(value: &str) -> bool {
    !value.is_empty()
        && value.chars().count() <= MAX_DATE_VALUE_CHARS
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-:._+".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn anchor(text: &str, start: usize) -> Anchor {
        Anchor {
            start,
            end: start + text.chars().count(),
            text: text.to_string(),
        }
    }

    #[test]
    fn anchor_at_takes_code_points_and_refuses_empty_or_out_of_range() {
        let text = "Dar’s talks";
        assert_eq!(Anchor::at(text, 0, 5), Some(anchor("Dar’s", 0)));
        assert_eq!(Anchor::at(text, 3, 3), None);
        assert_eq!(Anchor::at(text, 6, 12), None);
        assert!(anchor("talks", 6).matches(text));
        assert!(!anchor("talks", 5).matches(text));
    }

    #[test]
    fn problems_are_found_before_any_article_is_read() {
        let bad_type = Correction::SetType {
            entity: anchor("Dar", 0),
            kind: "WIZARD".into(),
        };
        assert_eq!(
            bad_type.problem(),
            Some(Problem::UnknownType("WIZARD".into()))
        );
        let bad_value = Correction::SetDate {
            date: anchor("May", 0),
            value: "<b>".into(),
        };
        assert_eq!(
            bad_value.problem(),
            Some(Problem::BadDateValue("<b>".into()))
        );
        let inconsistent = Correction::Split {
            mention: Anchor {
                start: 4,
                end: 99,
                text: "Dar".into(),
            },
        };
        assert!(matches!(
            inconsistent.problem(),
            Some(Problem::BadAnchor(_))
        ));
        let fine = Correction::SetDate {
            date: anchor("May", 0),
            value: "2025-05".into(),
        };
        assert_eq!(fine.problem(), None);
    }

    #[test]
    fn relocate_moves_shifted_anchors_and_drops_vanished_ones() {
        let kept = Correction::RemoveMention {
            mention: anchor("Dar", 0),
        };
        let gone = Correction::RemoveMention {
            mention: anchor("Asif", 8),
        };
        let moved = relocate(&[kept, gone], "Today, Dar spoke.");
        assert_eq!(
            moved,
            vec![Correction::RemoveMention {
                mention: anchor("Dar", 7)
            }]
        );
    }

    #[test]
    fn corrections_serialise_with_an_op_tag() {
        let c = Correction::SetType {
            entity: anchor("Dar", 0),
            kind: "PERSON".into(),
        };
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(
            json,
            r#"{"op":"set_type","entity":{"start":0,"end":3,"text":"Dar"},"type":"PERSON"}"#
        );
        assert_eq!(serde_json::from_str::<Correction>(&json).unwrap(), c);
        assert_eq!(c.to_string(), "make “Dar” PERSON");
    }
}
