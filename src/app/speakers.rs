//! Who said each quote, as the Quotes panel shows it: the speaker's name and role, and the
//! list of speakers the panel can be filtered by.
//!
//! A quote whose speaker resolved to an entity is that entity's (its name and first role); one
//! with only a speaker mention ("officials", "a diplomat") is that mention's, matched without
//! regard to case; one with neither is unattributed and is never given a guessed name. It is
//! not attribution: the engine's quote stage decides speakers; this only groups them.

use std::collections::HashMap;

use crate::engine::output::{Annotations, QuoteOut};

/// The key of quotes with no speaker.
pub const UNATTRIBUTED: &str = "unattributed";

/// One speaker as the panel names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// Stable within one annotation: `entity:ID`, `mention:lower-cased text` or
    /// [`UNATTRIBUTED`].
    pub key: String,
    /// What the reader sees: the entity's name, the mention, or "Unattributed".
    pub label: String,
    /// The entity's first role ("State Department spokesperson"), if the article gives one.
    pub role: Option<String>,
}

/// The speaker of `quote` in `annotations`.
pub fn speaker_of(annotations: &Annotations, quote: &QuoteOut) -> Speaker {
    // An entity's id is its index (a promise of `gloss/1`, see `engine::invariants`): filtering
    // a long article's quotes by speaker stays linear.
    let entity = quote.entity.and_then(|id| annotations.entities.get(id));
    if let Some(entity) = entity {
        return Speaker {
            key: format!("entity:{}", entity.id),
            label: entity.name.clone(),
            role: entity.roles.first().cloned(),
        };
    }
    match &quote.speaker {
        Some(mention) => Speaker {
            key: format!("mention:{}", mention.text.to_lowercase()),
            label: mention.text.clone(),
            role: None,
        },
        None => Speaker {
            key: UNATTRIBUTED.to_string(),
            label: "Unattributed".to_string(),
            role: None,
        },
    }
}

/// Every speaker with how many quotes they have: most quotes first, then in order of first
/// quote; unattributed quotes last whatever their number.
pub fn speakers(annotations: &Annotations) -> Vec<(Speaker, usize)> {
    let mut counted: Vec<(Speaker, usize)> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for quote in &annotations.quotes {
        let speaker = speaker_of(annotations, quote);
        match index.get(&speaker.key) {
            Some(&at) => counted[at].1 += 1,
            None => {
                index.insert(speaker.key.clone(), counted.len());
                counted.push((speaker, 1));
            }
        }
    }
    counted.sort_by_key(|(s, n)| (s.key == UNATTRIBUTED, std::cmp::Reverse(*n)));
    counted
}

/// The indices of the quotes by the speaker `key`, or of every quote when `key` is `None`.
pub fn quotes_by(annotations: &Annotations, key: Option<&str>) -> Vec<usize> {
    annotations
        .quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| key.is_none_or(|k| speaker_of(annotations, q).key == k))
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{annotate, CivilDate, Options};

    const TEXT: &str = "“It is over.” State Department spokesperson Tammy Bruce met reporters \
        on Wednesday. “We have Pakistan on the agenda,” Bruce said. “We will talk,” she added. \
        “Nothing is agreed,” officials said. “No comment,” Officials said.";

    fn annotated() -> Annotations {
        let options = Options {
            reference_date: CivilDate::new(2025, 7, 23),
            ..Options::default()
        };
        annotate(TEXT, &options)
    }

    #[test]
    fn a_resolved_speaker_is_named_by_its_entity_with_its_role() {
        let a = annotated();
        let bruce = speaker_of(&a, &a.quotes[1]);
        assert_eq!(bruce.label, "Tammy Bruce");
        assert_eq!(bruce.role.as_deref(), Some("State Department spokesperson"));
        assert!(bruce.key.starts_with("entity:"));
    }

    #[test]
    fn speakers_are_counted_most_quotes_first_and_unattributed_last() {
        let a = annotated();
        let list = speakers(&a);
        let labels: Vec<(&str, usize)> = list.iter().map(|(s, n)| (s.label.as_str(), *n)).collect();
        assert_eq!(labels.first(), Some(&("Tammy Bruce", 2)), "{labels:?}");
        assert_eq!(
            labels.last().map(|l| l.0),
            Some("Unattributed"),
            "{labels:?}"
        );
        assert_eq!(list.iter().map(|(_, n)| n).sum::<usize>(), a.quotes.len());
    }

    #[test]
    fn unnamed_sources_group_without_regard_to_case() {
        let a = annotated();
        let officials = speakers(&a)
            .into_iter()
            .find(|(s, _)| s.key == "mention:officials");
        assert_eq!(officials.map(|(_, n)| n), Some(2));
    }

    #[test]
    fn filtering_keeps_only_that_speakers_quotes_and_none_keeps_all() {
        let a = annotated();
        let bruce = speaker_of(&a, &a.quotes[1]).key;
        assert_eq!(quotes_by(&a, Some(&bruce)), vec![1, 2]);
        assert_eq!(quotes_by(&a, Some(UNATTRIBUTED)), vec![0]);
        assert_eq!(quotes_by(&a, None).len(), a.quotes.len());
        assert!(quotes_by(&a, Some("entity:999")).is_empty());
    }
}
