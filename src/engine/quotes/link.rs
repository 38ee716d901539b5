//! Linking a speaker mention to the entity it refers to.
//!
//! A name links to the entity with a mention overlapping it (the one naming the phrase's head
//! word first, never a possessor: "Trump's spokesman" is not Trump). A pronoun links to an
//! entity of a compatible type (a person for "he", "she", "who"; an organisation for "it")
//! mentioned outside quotations. Walking back sentence by sentence, the first entity a main
//! clause names wins, as its subject usually comes first ("Liam Fox criticised Tony Blair's
//! record. … he told the conference" is Liam Fox); a form of the same pronoun coming first
//! ("He said Energis …", "One of his pupils was Putin") passes on its own antecedent, and a
//! possessive gives way to a name right after the next comma ("His creator, Richard
//! Bowden,"). The walk stops at the sentence of the nearest compatible mention, which is the
//! fallback. "who" always takes the nearest mention. A definite description ("the
//! spokesperson", "the minister") links to the person named in apposition right after it
//! ("Its chief executive, Tomasz Nowak,"), else to the nearest earlier entity with a role
//! ending in that word and holding its other words ("the foreign secretary" is not the Home
//! Secretary). "The company", "the firm", "the paper" and the like link to an organisation
//! found the way "it" is. Unnamed sources ("officials", "a diplomat", "sources") link to
//! nothing.
//!
//! It is not coreference resolution: gender only as far as "he" chains through "he", "his"
//! and "him" and "she" through "she" and "her"; no number agreement, no salience beyond
//! coming first in a sentence. Measured on hand-labelled BBC pronoun speakers
//! (`tests/speaker_links.rs`).

use std::ops::Range;

use super::phrases::{is_fronted_opener, is_linking_word};
use crate::engine::entities::{Entity, EntityType};
use crate::engine::span::Span;
use crate::engine::text::{Document, Token};

/// Pronouns and the entity types they may refer to.
const PRONOUN_TYPES: &[(&str, &[EntityType])] = &[
    ("he", &[EntityType::Person]),
    ("she", &[EntityType::Person]),
    ("who", &[EntityType::Person]),
    ("it", &[EntityType::Org]),
];

/// Determiners opening a definite description ("the spokesperson", "its chief executive").
const DEFINITE: &[&str] = &["the", "this", "that", "its", "his", "her", "their"];

/// How many sentences back one step of the walk reads (so the work per pronoun is bounded
/// whatever the text); past them, the nearest mention.
const MAX_SENTENCES_BACK: usize = 12;

/// How many forms of a pronoun in a row may pass on their antecedent (a profile can say
/// "he" for paragraphs; each step goes back to an earlier one).
const MAX_PRONOUN_CHAIN: usize = 32;

/// What linking reads: the analysed text, which tokens lie inside quotations, the entities,
/// and their mentions outside quotations in text order.
pub(crate) struct Discourse<'a> {
    text: &'a str,
    doc: &'a Document,
    quoted: &'a [bool],
    entities: &'a [Entity],
    /// Mentions outside quotations with their entity, by start.
    mentions: Vec<(Span, usize)>,
}

impl<'a> Discourse<'a> {
    /// `quoted` tells, for each token, whether it lies inside a quotation.
    pub(crate) fn new(
        text: &'a str,
        doc: &'a Document,
        quoted: &'a [bool],
        entities: &'a [Entity],
    ) -> Self {
        let outside_quotes = |m: &Span| {
            let token = doc.tokens.partition_point(|t| t.span.end <= m.start);
            !quoted.get(token).copied().unwrap_or(false)
        };
        let mut mentions: Vec<(Span, usize)> = entities
            .iter()
            .enumerate()
            .flat_map(|(id, e)| e.mentions.iter().map(move |m| (*m, id)))
            .filter(|(m, _)| outside_quotes(m))
            .collect();
        mentions.sort_by_key(|(m, _)| (m.start, m.end));
        Self {
            text,
            doc,
            quoted,
            entities,
            mentions,
        }
    }

    /// The mentions starting at `offset`, with their entity.
    fn starting_at(&self, offset: usize) -> impl Iterator<Item = &(Span, usize)> {
        let first = self.mentions.partition_point(|(m, _)| m.start < offset);
        self.mentions[first..]
            .iter()
            .take_while(move |(m, _)| m.start == offset)
    }
}

/// The index of the entity `speaker` refers to, if one can be told.
pub(crate) fn resolve(discourse: &Discourse<'_>, speaker: Span) -> Option<usize> {
    let (text, entities) = (discourse.text, discourse.entities);
    let surface = speaker.of(text);
    let words: Vec<&str> = surface.split_whitespace().collect();
    if let Some(id) = by_overlap(text, speaker, entities) {
        return Some(id);
    }
    if let Some(id) = named_in_apposition(text, speaker, entities) {
        return Some(id);
    }
    if let Some(id) = by_name_in_capitals(surface, entities) {
        return Some(id);
    }
    let first = words.first()?.to_lowercase();
    if words.len() == 1 {
        let types = pronoun_types(&first)?;
        if first == "who" {
            return nearest_before(speaker.start, entities, |e| types.contains(&e.kind));
        }
        if first == "it" && opens_a_copula(text, speaker) {
            return None;
        }
        let forms = PRONOUN_FAMILIES
            .iter()
            .find(|(pronoun, _)| *pronoun == first)
            .map_or(&[][..], |(_, forms)| *forms);
        return antecedent(discourse, speaker.start, types, forms, 0);
    }
    if !DEFINITE.contains(&first.as_str()) {
        return None;
    }
    let described = role_words(&words[1..].join(" "));
    let head = described.last()?.clone();
    let by_role = nearest_before(speaker.start, entities, |e| {
        e.roles
            .iter()
            .any(|role| fits_role(&described, &head, &role_words(role)))
    });
    let names_an_organisation = words.len() == 2 && ORGANISATION_NOUNS.contains(&head.as_str());
    by_role.or_else(|| {
        names_an_organisation
            .then(|| antecedent(discourse, speaker.start, &[EntityType::Org], &[], 0))
            .flatten()
    })
}

/// Verbs after which "it" is no organisation but the clause's dummy subject ("It is
/// “unacceptable”", "it seems “inevitable”").
const COPULAS: &[&str] = &[
    "is", "'s", "’s", "was", "seems", "seemed", "appears", "appeared", "remains", "looks",
];

/// Whether the word after `speaker` ("It is", "It's") is a copula.
fn opens_a_copula(text: &str, speaker: Span) -> bool {
    let rest = text.get(speaker.end..).unwrap_or("").trim_start();
    let word = rest.split(char::is_whitespace).next().unwrap_or("");
    let word = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    COPULAS.contains(&word.to_lowercase().as_str())
}

/// Nouns that, after "the" or "its" alone, stand for an organisation named before, found
/// the way "it" is ("Southcorp rejected the offer. … the company said").
const ORGANISATION_NOUNS: &[&str] = &[
    "company",
    "firm",
    "group",
    "bank",
    "lender",
    "insurer",
    "airline",
    "carrier",
    "retailer",
    "supermarket",
    "chain",
    "carmaker",
    "manufacturer",
    "maker",
    "giant",
    "operator",
    "network",
    "broadcaster",
    "newspaper",
    "paper",
    "publisher",
    "studio",
    "label",
    "club",
    "union",
    "watchdog",
    "regulator",
    "agency",
    "charity",
    "organisation",
    "organization",
];

fn pronoun_types(word: &str) -> Option<&'static [EntityType]> {
    PRONOUN_TYPES
        .iter()
        .find(|(p, _)| *p == word)
        .map(|(_, types)| *types)
}

/// Forms of a personal pronoun, by the pronoun a speaker is: each stands for the same
/// person ("his" in "One of his pupils was Putin" is the "he" of the next sentences). "it"
/// has none: it is too often no pronoun ("It is likely that …").
const PRONOUN_FAMILIES: &[(&str, &[&str])] =
    &[("he", &["he", "his", "him"]), ("she", &["she", "her"])];

/// The antecedent of a pronoun at `offset`: walking back sentence by sentence from its own,
/// no further than the one with the nearest mention of a compatible entity outside
/// quotations, the first entity a main clause names, or the antecedent of a form of the
/// same pronoun coming first; else the nearest mention.
fn antecedent(
    discourse: &Discourse<'_>,
    offset: usize,
    types: &[EntityType],
    forms: &[&str],
    depth: usize,
) -> Option<usize> {
    let doc = discourse.doc;
    let fits = |e: &Entity| types.contains(&e.kind);
    let (mention, nearest) = nearest_mention(discourse, offset, fits)?;
    let (Some(floor), Some(from)) = (doc.sentence_at(mention.start), sentence_before(doc, offset))
    else {
        return Some(nearest);
    };
    let floor = floor.max(from.saturating_sub(MAX_SENTENCES_BACK));
    for sentence in doc.sentences[floor..=from].iter().rev() {
        let start = main_clause_start(discourse.text, &doc.tokens, sentence.tokens.clone());
        match first_referent(discourse, start..sentence.tokens.end, offset, types, forms) {
            Some(Referent::Entity(id)) => return Some(id),
            Some(Referent::Pronoun(at)) if depth < MAX_PRONOUN_CHAIN => {
                return antecedent(discourse, at, types, forms, depth + 1).or(Some(nearest));
            }
            Some(Referent::Pronoun(_)) => return Some(nearest),
            None => {}
        }
    }
    Some(nearest)
}

/// The sentence holding `offset`, or the last one before it.
fn sentence_before(doc: &Document, offset: usize) -> Option<usize> {
    doc.sentences
        .partition_point(|s| s.span.start <= offset)
        .checked_sub(1)
}

/// What a main clause names first: an entity, or a pronoun at an offset.
enum Referent {
    Entity(usize),
    Pronoun(usize),
}

/// The first compatible entity mention or form of the pronoun (`forms`) among `tokens`,
/// outside quotations and before `offset`. A possessive coming first gives way to what opens
/// the phrase after the next comma: "His creator, Richard Bowden," and "Outlining his plan,
/// Mr Howard said" name Bowden and Howard; "One of his pupils was Putin" is "his".
fn first_referent(
    discourse: &Discourse<'_>,
    tokens: Range<usize>,
    offset: usize,
    types: &[EntityType],
    forms: &[&str],
) -> Option<Referent> {
    let (text, doc) = (discourse.text, discourse.doc);
    let usable = |i: usize| doc.tokens[i].span.end <= offset && !discourse.quoted[i];
    let referent_at = |i: usize| {
        let token = doc.tokens[i].span;
        if forms.contains(&token.of(text).to_lowercase().as_str()) {
            return Some(Referent::Pronoun(token.start));
        }
        discourse
            .starting_at(token.start)
            .find(|(_, id)| types.contains(&discourse.entities[*id].kind))
            .map(|(_, id)| Referent::Entity(*id))
    };
    let first = tokens
        .clone()
        .filter(|&i| usable(i))
        .find(|&i| referent_at(i).is_some())?;
    let possessive = POSSESSIVES.contains(&doc.tokens[first].span.of(text).to_lowercase().as_str());
    let after_comma = (first..tokens.end)
        .find(|&i| doc.tokens[i].span.of(text) == ",")
        .map(|comma| comma + 1..(comma + 1 + NAME_AFTER_COMMA).min(tokens.end));
    let named_after_comma = after_comma
        .filter(|_| possessive)
        .and_then(|next| next.filter(|&i| usable(i)).find_map(referent_at));
    named_after_comma.or_else(|| referent_at(first))
}

/// How many tokens after the comma a possessive gives way to may open with before the name
/// ("Outlining his plan, Tory leader Michael Howard said").
const NAME_AFTER_COMMA: usize = 4;

/// Pronoun forms that open a noun phrase ("his creator").
const POSSESSIVES: &[&str] = &["his", "her"];

/// Where a sentence's main clause starts: after linking words ("But"), and after the first
/// comma when a fronted clause or phrase opens it ("After meeting Blair, Brown said").
fn main_clause_start(text: &str, tokens: &[Token], sentence: Range<usize>) -> usize {
    let mut start = sentence.start;
    while start < sentence.end && is_linking_word(text, &tokens[start]) {
        start += 1;
    }
    if start < sentence.end && is_fronted_opener(text, &tokens[start]) {
        if let Some(comma) = sentence.clone().find(|&i| tokens[i].span.of(text) == ",") {
            return comma + 1;
        }
    }
    start
}

/// The latest mention ending before `offset` outside quotations of an entity satisfying
/// `fits`, and that entity.
fn nearest_mention(
    discourse: &Discourse<'_>,
    offset: usize,
    fits: impl Fn(&Entity) -> bool,
) -> Option<(Span, usize)> {
    let before = discourse
        .mentions
        .partition_point(|(m, _)| m.start < offset);
    discourse.mentions[..before]
        .iter()
        .rev()
        .find(|(m, id)| m.end <= offset && fits(&discourse.entities[*id]))
        .copied()
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

/// A transcript's label in capitals ("PENCE", "MR. TRUMP") names the person whose name ends
/// with its last word, the one mentioned most when several do.
fn by_name_in_capitals(surface: &str, entities: &[Entity]) -> Option<usize> {
    if surface.chars().any(char::is_lowercase) {
        return None;
    }
    let last = surface.split_whitespace().last()?.trim_end_matches('.');
    if last.chars().count() < 2 {
        return None;
    }
    entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityType::Person)
        .filter(|(_, e)| {
            e.name
                .split_whitespace()
                .last()
                .is_some_and(|w| w.eq_ignore_ascii_case(last))
        })
        .max_by_key(|(_, e)| e.mentions.len())
        .map(|(id, _)| id)
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

    /// Links `speaker` in `text` the way the quotes stage does, quotations found in the text.
    fn link(text: &str, speaker: Span, entities: &[Entity]) -> Option<usize> {
        let doc = crate::engine::text::analyze(text);
        let marked = super::super::marks::find(text, &doc.paragraphs);
        let quoted = super::super::quoted_tokens(text, &doc, &marked);
        let discourse = Discourse::new(text, &doc, &quoted, entities);
        resolve(&discourse, speaker)
    }

    fn person(text: &str, name: &str, surfaces: &[&str]) -> Entity {
        entity(EntityType::Person, name, &[], text, surfaces)
    }

    fn span_of(text: &str, surface: &str, nth: usize) -> Span {
        let start = text.match_indices(surface).nth(nth).expect(surface).0;
        Span::new(start, start + surface.len())
    }

    #[test]
    fn a_transcript_label_names_the_person_of_that_surname_but_i_names_nobody() {
        let text = "Mike Pence met Pope John Paul I.\n\n\"PENCE: We talked.\" I said so.";
        let entities = [
            person(text, "Mike Pence", &["Mike Pence"]),
            person(text, "John Paul I", &["John Paul I"]),
        ];
        assert_eq!(link(text, span_of(text, "PENCE", 0), &entities), Some(0));
        let i = span_of(text, "I said", 0).start;
        assert_eq!(link(text, Span::new(i, i + 1), &entities), None);
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
        assert_eq!(link(TEXT, span_of(TEXT, "Bruce", 1), &entities), Some(0));
    }

    #[test]
    fn a_pronoun_links_to_the_first_person_of_the_nearest_sentence_naming_one() {
        assert_eq!(link(TEXT, span_of(TEXT, "She", 0), &entities()), Some(0));
        let mut entities = entities();
        entities[1].mentions.push(span_of(TEXT, "Dar", 0));
        assert_eq!(link(TEXT, span_of(TEXT, "She", 0), &entities), Some(0));
    }

    #[test]
    fn a_pronoun_linked_to_a_person_named_after_the_subject() {
        let text = "Tory co-chairman Liam Fox opened with a speech criticising Tony Blair's \
            record. Labour failed, he told the conference.";
        let entities = [
            person(text, "Liam Fox", &["Liam Fox"]),
            person(text, "Tony Blair", &["Tony Blair"]),
        ];
        assert_eq!(link(text, span_of(text, "he", 0), &entities), Some(0));
        let text = "Songwriter Guy Chambers, who has worked with Robbie Williams, backs it. \
            He said so.";
        let entities = [
            person(text, "Guy Chambers", &["Guy Chambers"]),
            person(text, "Robbie Williams", &["Robbie Williams"]),
        ];
        assert_eq!(link(text, span_of(text, "He", 0), &entities), Some(0));
    }

    #[test]
    fn a_pronoun_linked_to_a_person_in_a_fronted_phrase_or_a_quotation() {
        let text = "After meeting Tony Blair, Gordon Brown spoke. He said no.";
        let entities = [
            person(text, "Tony Blair", &["Tony Blair"]),
            person(text, "Gordon Brown", &["Gordon Brown"]),
        ];
        assert_eq!(link(text, span_of(text, "He", 0), &entities), Some(1));
        let text = "Ms Taylor spoke. “I told John Smith to go,” she said.";
        let entities = [
            person(text, "Shelley Taylor", &["Taylor"]),
            person(text, "John Smith", &["John Smith"]),
        ];
        assert_eq!(link(text, span_of(text, "she", 0), &entities), Some(0));
    }

    #[test]
    fn a_pronoun_after_a_sentence_opening_on_the_same_pronoun_shares_its_antecedent() {
        let text = "Mr Seagrave spoke first. He said Energis was ready. “We watch,” he said.";
        let entities = [
            person(text, "Malcolm Seagrave", &["Seagrave"]),
            person(text, "Energis", &["Energis"]),
        ];
        assert_eq!(link(text, span_of(text, "he", 0), &entities), Some(0));
    }

    #[test]
    fn a_pronoun_after_sentences_saying_his_was_linked_to_a_name_in_between() {
        let text = "Mr Makarov joined the KGB. One of his fellow pupils was Vladimir Putin. \
            He spied for MI6. He says he was betrayed.";
        let entities = [
            person(text, "Viktor Makarov", &["Makarov"]),
            person(text, "Vladimir Putin", &["Vladimir Putin"]),
        ];
        assert_eq!(link(text, span_of(text, "he", 0), &entities), Some(0));
    }

    #[test]
    fn a_possessive_opening_an_apposition_gives_way_to_the_name() {
        let text = "Jeremiah is a virtual man. His creator, Richard Bowden, likes him. \
            “He is childlike,” he said.";
        let entities = [
            person(text, "Jeremiah", &["Jeremiah"]),
            person(text, "Richard Bowden", &["Richard Bowden"]),
        ];
        assert_eq!(link(text, span_of(text, "he", 0), &entities), Some(1));
        let text = "Jan Berry spoke. Outlining his plan, Tory leader Michael Howard said more. \
            “It works,” he said.";
        let entities = [
            person(text, "Jan Berry", &["Jan Berry"]),
            person(text, "Michael Howard", &["Michael Howard"]),
        ];
        assert_eq!(link(text, span_of(text, "he", 0), &entities), Some(1));
    }

    #[test]
    fn the_company_links_to_the_organisation_named_before() {
        let text = "Renault boosted its profits. The firm said margins would fall.";
        let renault = entity(EntityType::Org, "Renault", &[], text, &["Renault"]);
        assert_eq!(
            link(text, span_of(text, "The firm", 0), &[renault]),
            Some(0)
        );
        let text = "Renault boosted its profits. The chairman said margins would fall.";
        let renault = entity(EntityType::Org, "Renault", &[], text, &["Renault"]);
        assert_eq!(
            link(text, span_of(text, "The chairman", 0), &[renault]),
            None
        );
    }

    #[test]
    fn who_links_to_the_nearest_person() {
        let text = "Guy Chambers praised Robbie Williams, who said thanks.";
        let entities = [
            person(text, "Guy Chambers", &["Guy Chambers"]),
            person(text, "Robbie Williams", &["Robbie Williams"]),
        ];
        assert_eq!(link(text, span_of(text, "who", 0), &entities), Some(1));
    }

    #[test]
    fn a_description_links_by_role() {
        let speaker = span_of(TEXT, "The spokesperson", 0);
        assert_eq!(link(TEXT, speaker, &entities()), Some(0));
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
        let linked = |surface| link(text, span_of(text, surface, 0), &entities);
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
        assert_eq!(link(text, speaker, &[nowak]), Some(0));
    }

    #[test]
    fn a_possessor_is_not_the_speaker() {
        let speaker = span_of(TEXT, "Trump's spokesman", 0);
        assert_eq!(link(TEXT, speaker, &entities()), None);
    }

    #[test]
    fn unnamed_sources_link_to_nothing() {
        assert_eq!(link(TEXT, span_of(TEXT, "Officials", 0), &entities()), None);
    }
}
