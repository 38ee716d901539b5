//! Building corrections from what the reader clicked: ids and indices into the output the
//! page currently shows (already corrected), turned into anchors.
//!
//! Each constructor returns `None` when an id or index is out of range or the request makes
//! no sense (a type that does not exist, an empty selection); it never panics.

use crate::codepoints::CodePoints;
use crate::engine::output::Mention;
use crate::engine::Annotations;

use super::{is_date_value, Anchor, Correction, ENTITY_TYPES};

fn entity_anchor(out: &Annotations, entity: usize) -> Option<Anchor> {
    out.entities
        .get(entity)?
        .mentions
        .first()
        .map(Anchor::of_mention)
}

fn mention_anchor(out: &Annotations, entity: usize, mention: usize) -> Option<Anchor> {
    out.entities
        .get(entity)?
        .mentions
        .get(mention)
        .map(Anchor::of_mention)
}

fn known_type(kind: &str) -> Option<String> {
    ENTITY_TYPES.contains(&kind).then(|| kind.to_string())
}

impl Correction {
    /// Give entity `entity` the type `kind`.
    pub fn set_type(out: &Annotations, entity: usize, kind: &str) -> Option<Correction> {
        Some(Correction::SetType {
            entity: entity_anchor(out, entity)?,
            kind: known_type(kind)?,
        })
    }

    /// Remove mention `mention` of entity `entity`.
    pub fn remove_mention(out: &Annotations, entity: usize, mention: usize) -> Option<Correction> {
        Some(Correction::RemoveMention {
            mention: mention_anchor(out, entity, mention)?,
        })
    }

    /// Remove entity `entity` and all its mentions.
    pub fn remove_entity(out: &Annotations, entity: usize) -> Option<Correction> {
        Some(Correction::RemoveEntity {
            entity: entity_anchor(out, entity)?,
        })
    }

    /// Make an entity of type `kind` from the selection `start..end` (code points) of
    /// `text`, trimmed of surrounding spaces and punctuation other than closing dots.
    pub fn add_entity(text: &str, start: usize, end: usize, kind: &str) -> Option<Correction> {
        let kind = known_type(kind)?;
        let selected = CodePoints::new(text).slice(start, end)?;
        let lead = selected.chars().take_while(|c| is_trimmed(*c)).count();
        let trimmed = trim_end(selected.trim_start_matches(is_trimmed));
        let begin = start + lead;
        let span = Anchor::at(text, begin, begin + trimmed.chars().count())?;
        Some(Correction::AddEntity { span, kind })
    }

    /// Fold entity `from` into entity `into`.
    pub fn merge(out: &Annotations, into: usize, from: usize) -> Option<Correction> {
        (into != from).then_some(())?;
        Some(Correction::Merge {
            into: entity_anchor(out, into)?,
            from: entity_anchor(out, from)?,
        })
    }

    /// Move mention `mention` of entity `entity` into an entity of its own.
    pub fn split(out: &Annotations, entity: usize, mention: usize) -> Option<Correction> {
        (out.entities.get(entity)?.mentions.len() > 1).then_some(())?;
        Some(Correction::Split {
            mention: mention_anchor(out, entity, mention)?,
        })
    }

    /// Attribute quote `quote` to entity `entity` (its mention nearest the quote), or to
    /// nobody when `entity` is `None`.
    pub fn set_speaker(
        out: &Annotations,
        quote: usize,
        entity: Option<usize>,
    ) -> Option<Correction> {
        let q = out.quotes.get(quote)?;
        let speaker = match entity {
            None => None,
            Some(e) => {
                let nearest = out
                    .entities
                    .get(e)?
                    .mentions
                    .iter()
                    .min_by_key(|m| (distance(m, q.start, q.end), m.start))?;
                Some(Anchor::of_mention(nearest))
            }
        };
        Some(Correction::SetSpeaker {
            quote: quote_anchor(out, quote)?,
            speaker,
        })
    }

    /// Attribute quote `quote` to the words `start..end` (code points) of `text`, which
    /// need not be an entity ("a senior official").
    pub fn set_speaker_span(
        out: &Annotations,
        text: &str,
        quote: usize,
        start: usize,
        end: usize,
    ) -> Option<Correction> {
        Some(Correction::SetSpeaker {
            quote: quote_anchor(out, quote)?,
            speaker: Some(Anchor::at(text, start, end)?),
        })
    }

    /// Give time expression `date` the TimeML value `value`.
    pub fn set_date(out: &Annotations, date: usize, value: &str) -> Option<Correction> {
        let d = out.dates.get(date)?;
        let value = value.trim();
        is_date_value(value).then_some(())?;
        Some(Correction::SetDate {
            date: Anchor {
                start: d.start,
                end: d.end,
                text: d.text.clone(),
            },
            value: value.to_string(),
        })
    }
}

fn quote_anchor(out: &Annotations, quote: usize) -> Option<Anchor> {
    let q = out.quotes.get(quote)?;
    Some(Anchor {
        start: q.start,
        end: q.end,
        text: q.text.clone(),
    })
}

/// Code points between a mention and the stretch `start..end` (0 when they touch).
fn distance(m: &Mention, start: usize, end: usize) -> usize {
    if m.end <= start {
        start - m.end
    } else {
        m.start.saturating_sub(end)
    }
}

/// The selection without trailing spaces and punctuation, keeping the closing dot of an
/// abbreviation with inner dots (`U.S.`) but not a sentence's full stop (`Dar.`).
fn trim_end(selected: &str) -> &str {
    let kept = selected.trim_end_matches(|c: char| c != '.' && is_trimmed(c));
    match kept.strip_suffix('.') {
        Some(before) if !before.contains('.') => before.trim_end_matches(is_trimmed),
        _ => kept,
    }
}

/// Characters a selection is trimmed of: spaces and punctuation.
fn is_trimmed(c: char) -> bool {
    c.is_whitespace() || (c.is_ascii_punctuation() || "“”‘’«»—–".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_entity_drops_a_full_stop_but_keeps_an_abbreviation_dot() {
        let text = "He met “Ishaq Dar,” then the U.S. envoy.";
        let c = Correction::add_entity(text, 7, 19, "PERSON").unwrap();
        let Correction::AddEntity { span, .. } = c else {
            panic!("wrong op")
        };
        assert_eq!(span.text, "Ishaq Dar");
        assert!(span.matches(text));
        let c = Correction::add_entity(text, 28, 34, "GPE").unwrap();
        let Correction::AddEntity { span, .. } = c else {
            panic!("wrong op")
        };
        assert_eq!(span.text, "U.S.");
        let c = Correction::add_entity("They met Dar. ", 9, 14, "PERSON").unwrap();
        assert_eq!(c.anchors()[0].text, "Dar");
        assert_eq!(Correction::add_entity(text, 2, 3, "PERSON"), None);
        assert_eq!(Correction::add_entity(text, 7, 19, "HERO"), None);
    }
}
