//! Linking a speaker mention to the entity it refers to.
//!
//! A name links to the entity with a mention overlapping it (the one naming the phrase's head
//! word first, never a possessor: "Trump's spokesman" is not Trump). A pronoun links to the
//! nearest entity of a compatible type mentioned before it (a person for "he", "she", "who";
//! an organisation for "it"). A definite description ("the spokesperson", "the minister")
//! links to the person named in apposition right after it ("Its chief executive, Tomasz
//! Nowak,"), else to the nearest earlier entity with a role ending in that word and holding
//! its other words ("the foreign secretary" is not the Home Secretary). Unnamed sources
//! ("officials", "a diplomat", "sources") link to nothing.
//!
//! It is not coreference resolution: no gender, number or salience beyond the nearest
//! compatible mention.

use crate::engine::entities::{Entity, EntityType};
use crate::engine::span::Span;

/// Pronouns and the entity types they may refer to.
const PRONOUN_TYPES: &[(&str, &[EntityType])] = &[
    ("he", &[EntityType::Person]),
    ("she", &[EntityType::Person]),
    ("who", &[EntityType::Person]),
    ("it", &[EntityType::Org]),
];

/// Determiners opening a definite description ("the spokesperson", "its chief executive").
const DEFINITE: &[&str] = &["the", "this", "that", "its", "his", "her", "their"];

/// The index of the entity `speaker` refers to, if one can be told.
pub(crate) fn resolve(text: &str, speaker: Span, entities: &[Entity]) -> Option<usize> {
    let surface = speaker.of(text);
    let words: Vec<&str> = surface.split_whitespace().collect();
    if let Some(id) = by_overlap(text, speaker, entities) {
        return Some(id);
    }
    if let Some(id) = named_in_apposition(text, speaker, entities) {
        return Some(id);
    }
    let first = words.first()?.to_lowercase();
    if words.len() == 1 {
        let types = PRONOUN_TYPES.iter().find(|(p, _)| *p == first)?.1;
        return nearest_before(speaker.start, entities, |e| types.contains(&e.kind));
    }
    if !DEFINITE.contains(&first.as_str()) {
        return None;
    }
    let described = role_words(&words[1..].join(" "));
    let head = described.last()?.clone();
    nearest_before(speaker.start, entities, |e| {
        e.roles
            .iter()
            .any(|role| fits_role(&described, &head, &role_words(role)))
    })
}

/// Words a description may carry that its role need not ("the former minister").
const TIME_MODIFIERS: &[&str] = &["former", "new", "current", "then", "outgoing", "incoming"];

/// Whether a description's words fit a role: the same last word, and every other word
/// found in the role but for time modifiers, so "the minister" and "the foreign minister" fit
/// "Foreign Minister" while "the foreign secretary" does not fit "Home Secretary".
fn fits_role(described: &[String], head: &str, role: &[String]) -> bool {
    role.last().is_some_and(|last| last == head)
        && described[..described.len() - 1]
            .iter()
            .all(|w| TIME_MODIFIERS.contains(&w.as_str()) || role.contains(w))
}

/// The words of a role or description, lowercased, without edge punctuation.
fn role_words(phrase: &str) -> Vec<String> {
    phrase
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// The person named right after the speaker phrase between commas: "Its chief executive,
/// Tomasz Nowak, said" is Tomasz Nowak.
fn named_in_apposition(text: &str, speaker: Span, entities: &[Entity]) -> Option<usize> {
    let rest = text.get(speaker.end..)?;
    let after_comma = rest.strip_prefix(',')?;
    let name_start = speaker.end + 1 + (after_comma.len() - after_comma.trim_start().len());
    entities.iter().position(|e| {
        e.kind == EntityType::Person
            && e.mentions.iter().any(|m| {
                m.start == name_start
                    && text
                        .get(m.end..)
                        .is_some_and(|after| after.starts_with(','))
            })
    })
}

/// The entity with a mention inside the speaker phrase, preferring the one covering its
/// last word, and skipping possessors ("Trump" in "Trump's spokesman").
fn by_overlap(text: &str, speaker: Span, entities: &[Entity]) -> Option<usize> {
    let possessor = |m: Span| {
        let rest = text.get(m.end..speaker.end).unwrap_or("");
        rest.starts_with("'s") || rest.starts_with("’s")
    };
    let all: Vec<(usize, Span)> = entities
        .iter()
        .enumerate()
        .flat_map(|(id, e)| e.mentions.iter().map(move |m| (id, *m)))
        .filter(|&(_, m)| m.overlaps(speaker) && !possessor(m))
        .collect();
    all.iter()
        .find(|(_, m)| m.end >= speaker.end)
        .or_else(|| all.first())
        .map(|(id, _)| *id)
}

/// The entity satisfying `fits` with the latest mention ending before `offset`.
fn nearest_before(
    offset: usize,
    entities: &[Entity],
    fits: impl Fn(&Entity) -> bool,
) -> Option<usize> {
    entities
        .iter()
        .enumerate()
        .filter(|(_, e)| fits(e))
        .filter_map(|(id, e)| {
            let last = e
                .mentions
                .iter()
                .filter(|m| m.end <= offset)
                .map(|m| m.end)
                .max()?;
            Some((last, id))
        })
        .max()
        .map(|(_, id)| id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(
        kind: EntityType,
        name: &str,
        roles: &[&str],
        text: &str,
        surfaces: &[&str],
    ) -> Entity {
        let mentions = surfaces
            .iter()
            .map(|s| {
                let start = text.find(s).expect(s);
                Span::new(start, start + s.len())
            })
            .collect();
        Entity {
            kind,
            name: name.to_string(),
            roles: roles.iter().map(|r| r.to_string()).collect(),
            mentions,
            why: String::new(),
        }
    }

    fn span_of(text: &str, surface: &str, nth: usize) -> Span {
        let start = text.match_indices(surface).nth(nth).expect(surface).0;
        Span::new(start, start + surface.len())
    }

    const TEXT: &str = "Spokesperson Tammy Bruce met Ishaq Dar at the State Department. \
        Bruce said it went well. She smiled. The spokesperson said more. \
        Trump's spokesman said nothing. Officials said it was fine.";

    fn entities() -> Vec<Entity> {
        vec![
            entity(
                EntityType::Person,
                "Tammy Bruce",
                &["State Department spokesperson"],
                TEXT,
                &["Tammy Bruce"],
            ),
            entity(
                EntityType::Person,
                "Ishaq Dar",
                &["Foreign Minister"],
                TEXT,
                &["Ishaq Dar"],
            ),
            entity(
                EntityType::Org,
                "State Department",
                &[],
                TEXT,
                &["State Department"],
            ),
            entity(EntityType::Person, "Donald Trump", &[], TEXT, &["Trump"]),
        ]
    }

    #[test]
    fn a_name_links_by_overlap() {
        let mut entities = entities();
        entities[0].mentions.push(span_of(TEXT, "Bruce", 1));
        assert_eq!(resolve(TEXT, span_of(TEXT, "Bruce", 1), &entities), Some(0));
    }

    #[test]
    fn a_pronoun_links_to_the_nearest_earlier_person() {
        assert_eq!(resolve(TEXT, span_of(TEXT, "She", 0), &entities()), Some(1));
        let mut entities = entities();
        entities[0].mentions.push(span_of(TEXT, "Bruce", 1));
        assert_eq!(resolve(TEXT, span_of(TEXT, "She", 0), &entities), Some(0));
    }

    #[test]
    fn a_description_links_by_role() {
        let speaker = span_of(TEXT, "The spokesperson", 0);
        assert_eq!(resolve(TEXT, speaker, &entities()), Some(0));
    }

    #[test]
    fn a_description_with_another_modifier_linked_to_the_wrong_secretary() {
        let text = "Home Secretary Charles Clarke spoke. The foreign secretary said no. \
            The home secretary said yes. The former secretary said maybe.";
        let clarke = entity(
            EntityType::Person,
            "Charles Clarke",
            &["Home Secretary"],
            text,
            &["Charles Clarke"],
        );
        let entities = [clarke];
        let linked = |surface| resolve(text, span_of(text, surface, 0), &entities);
        assert_eq!(linked("The foreign secretary"), None);
        assert_eq!(linked("The home secretary"), Some(0));
        assert_eq!(linked("The former secretary"), Some(0));
    }

    #[test]
    fn a_description_before_a_name_in_commas_was_left_unlinked() {
        let text = "Its chief executive, Tomasz Nowak, said so.";
        let nowak = entity(
            EntityType::Person,
            "Tomasz Nowak",
            &[],
            text,
            &["Tomasz Nowak"],
        );
        let speaker = span_of(text, "Its chief executive", 0);
        assert_eq!(resolve(text, speaker, &[nowak]), Some(0));
    }

    #[test]
    fn a_possessor_is_not_the_speaker() {
        let speaker = span_of(TEXT, "Trump's spokesman", 0);
        assert_eq!(resolve(TEXT, speaker, &entities()), None);
    }

    #[test]
    fn unnamed_sources_link_to_nothing() {
        assert_eq!(
            resolve(TEXT, span_of(TEXT, "Officials", 0), &entities()),
            None
        );
    }
}
