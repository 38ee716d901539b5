//! Roles: the titles and descriptions an article gives a person, from the words before the
//! name ("Deputy Prime Minister and Foreign Minister Ishaq Dar", "U.S. Secretary of State
//! Marco Rubio") and from apposition ("Tammy Bruce, a State Department spokesperson,").
//!
//! Also the title lexicon the pipeline uses to keep a bare title from becoming a person.
//! This module does not find names; it reads around the ones found.

use std::collections::HashMap;
use std::ops::Range;

use super::features::normalize;
use crate::engine::dates::lexicon::{month, weekday};
use crate::engine::span::Span;
use crate::engine::text::Document;

/// Words that head a role: a role needs at least one.
const HEADS: &[&str] = &[
    "minister",
    "secretary",
    "president",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "senator",
    "governor",
    "ambassador",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "leader",
    "mayor",
    "councillor",
    "councilor",
    "councilman",
    "councilwoman",
    "alderman",
    "judge",
    "justice",
    "commissioner",
    "envoy",
    "adviser",
    "advisor",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "chancellor",
    "premier",
    "officer",
    "executive",
    "ceo",
    "head",
    "chief",
    "general",
    "commander",
    "representative",
    "deputy",
    "manager",
    "coach",
    "captain",
    "founder",
    "editor",
    "correspondent",
    "analyst",
    "professor",
    "economist",
    "lawyer",
    "attorney",
    "prosecutor",
    "sheriff",
    "inspector",
    "spokesperson",
    "diplomat",
    "mp",
    "peer",
    "lawmaker",
    "congressman",
    "congresswoman",
    "presidents",
    "ministers",
    "candidate",
    "nominee",
    "chairperson",
    "speaker",
    "administrator",
    "negotiator",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "actor",
    "actress",
    "singer",
    "author",
    "reporter",
    "boss",
    "producer",
    "referee",
    "magnate",
    "tycoon",
    "strategist",
    "barrister",
    "frontbencher",
    "guitarist",
    "bassist",
    "drummer",
    "film-maker",
    "filmmaker",
    "star",
    "winger",
    "presenter",
    "novelist",
    "writer",
    "businessman",
    "businesswoman",
    "comedian",
    "designer",
    "broadcaster",
    "campaigner",
];

/// Words that modify a role's head ("Deputy Prime", "Foreign", "former").
const MODIFIERS: &[&str] = &[
    "first",
    "prime",
    "foreign",
    "vice",
    "former",
    "acting",
    "interim",
    "defence",
    "defense",
    "interior",
    "finance",
    "home",
    "state",
    "national",
    "security",
    "assistant",
    "senior",
    "deputy",
    "principal",
    "press",
    "general",
    "executive",
    "chief",
    "trade",
    "health",
    "education",
    "justice",
    "energy",
    "foreign-affairs",
    "affairs",
    "federal",
    "provincial",
    "regional",
    "opposition",
    "party",
    "army",
    "military",
    "cabinet",
    "supreme",
    "high",
    "top",
    "department",
    "white",
    "house",
    "us",
    "u.s.",
    "then",
    "new",
    "current",
    "information",
    "economic",
    "climate",
    "culture",
    "sports",
    "transport",
    "labour",
    "media",
    "political",
    "business",
    "economics",
    "environment",
    "science",
    "technology",
    "arts",
    "legal",
    "financial",
    "diplomatic",
    "world",
    "managing",
    "junior",
    "shadow",
    "music",
    "film",
];

/// Honorifics: before a name but not roles.
const HONORIFICS: &[&str] = &[
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady", "prof",
    "prof.", "madam",
];

/// Capitalised words that open a sentence or clause but never an official title.
const NOT_IN_TITLES: &[&str] = &[
    "the",
    "a",
    "an",
    "but",
    "and",
    "then",
    "yesterday",
    "today",
    "however",
    "meanwhile",
    "also",
    "when",
    "as",
    "after",
    "before",
    "while",
    "if",
    "so",
    "on",
    "in",
    "at",
    "by",
    "with",
    "from",
    "last",
    "this",
    "his",
    "her",
    "their",
    "our",
    "its",
    "my",
    "former",
    "since",
    "under",
    "for",
    "to",
    "of",
    "about",
    "against",
    "like",
    "than",
    "during",
    "until",
    "via",
    "into",
    "over",
    "said",
    "says",
    "told",
    "both",
    "either",
    "neither",
];

/// Words joining parts of a role.
const CONNECTORS: &[&str] = &["and", "of", "for", "'s", "&"];

/// Heads of roles held for someone else: "a spokesman for EU trade commissioner Peter
/// Mandelson" gives Mandelson the role "EU trade commissioner", not the spokesman's.
const SERVING_HEADS: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "lawyer",
    "lawyers",
    "adviser",
    "advisor",
    "aide",
    "assistant",
];

/// Prepositions that tie a role to an organisation or place named right after them
/// ("an economist at Northfield University", "ambassador to the UN").
const TIES: &[&str] = &["at", "of", "for", "to", "with", "in"];

/// Words that end an appositive role: punctuation, a speech verb, a relative pronoun
/// ("an economist at Northfield University who studied the service").
const APPOSITION_ENDS: &[&str] = &[",", ".", ";", "said", "told", "who", "which", "whose"];

/// Determiners that may open an appositive role.
const DETERMINERS: &[&str] = &["the", "a", "an", "its", "his", "her", "their"];

fn lower(word: &str) -> String {
    normalize(word).to_lowercase()
}

/// Whether `word` is an honorific that may open a person's name ("Lord", "Mr.", "Dame").
pub fn is_honorific(word: &str) -> bool {
    HONORIFICS.contains(&lower(word).as_str())
}

/// Whether `word` is the head of a role ("minister", "MP", "spokesman").
pub fn is_role_head(word: &str) -> bool {
    HEADS.contains(&lower(word).as_str())
}

/// Whether `word` is a role word or honorific (so a name made only of them is no name).
pub fn is_title_word(word: &str) -> bool {
    let w = lower(word);
    HEADS.contains(&w.as_str())
        || MODIFIERS.contains(&w.as_str())
        || HONORIFICS.contains(&w.as_str())
}

/// What roles are read from: the article, its tokens and the other names in it (a role
/// may contain them: "U.S.", "State Department").
pub struct RoleContext<'a> {
    text: &'a str,
    doc: &'a Document,
    by_end: HashMap<usize, Range<usize>>,
    by_start: HashMap<usize, Range<usize>>,
}

impl<'a> RoleContext<'a> {
    /// A context over `text`, with `names` the token ranges of non-person mentions.
    pub fn new(text: &'a str, doc: &'a Document, names: &[Range<usize>]) -> RoleContext<'a> {
        RoleContext {
            text,
            doc,
            by_end: names.iter().map(|r| (r.end, r.clone())).collect(),
            by_start: names.iter().map(|r| (r.start, r.clone())).collect(),
        }
    }

    fn word(&self, t: usize) -> String {
        self.doc
            .tokens
            .get(t)
            .map_or(String::new(), |tok| lower(tok.span.of(self.text)))
    }

    /// "Constitutional Affairs Minister", "Former Conservative leader": a capitalised word
    /// that is no time word nor linking word, read as part of an official title once its head
    /// is found and before any "and" (the name before "and Venezuelan President" is someone
    /// else's).
    fn is_title_case_modifier(&self, t: usize) -> bool {
        let Some(token) = self.doc.tokens.get(t) else {
            return false;
        };
        let surface = token.span.of(self.text);
        let word = lower(surface);
        surface.starts_with(char::is_uppercase)
            && surface.chars().any(char::is_lowercase)
            && !NOT_IN_TITLES.contains(&word.as_str())
            && month(&word).is_none()
            && weekday(&word).is_none()
    }

    /// "home of National Review editor William F. Buckley": a lower-case word that is no
    /// head, then "of", opens no role; the role starts after them.
    fn opens_with_place_of(&self, t: usize) -> bool {
        let lower_case = self.doc.tokens.get(t).is_some_and(|tok| {
            tok.span
                .of(self.text)
                .starts_with(|c: char| c.is_lowercase())
        });
        lower_case && !HEADS.contains(&self.word(t).as_str()) && self.word(t + 1) == "of"
    }

    fn name_ending_at(&self, t: usize) -> Option<Range<usize>> {
        self.by_end.get(&(t + 1)).filter(|r| r.start <= t).cloned()
    }

    fn name_starting_at(&self, t: usize) -> Option<Range<usize>> {
        self.by_start.get(&t).filter(|r| r.end > t).cloned()
    }

    fn sentence_of(&self, t: usize) -> Range<usize> {
        self.doc
            .tokens
            .get(t)
            .and_then(|tok| self.doc.sentence_at(tok.span.start))
            .map_or(t..t + 1, |s| self.doc.sentences[s].tokens.clone())
    }

    fn span(&self, tokens: Range<usize>) -> Option<Span> {
        let first = self.doc.tokens.get(tokens.start)?;
        let last = self.doc.tokens.get(tokens.end.checked_sub(1)?)?;
        Some(first.span.cover(last.span))
    }

    /// The role written before the name starting at token `start`. A connector right before
    /// the name ends no role: "best director for Million Dollar Baby" names a film.
    pub fn before(&self, start: usize) -> Option<Span> {
        self.role_before(start, true)
    }

    /// The role ending before token `start`; when `serving_ends` (the name follows with no
    /// comma), a role held for someone else ends at its "for" ("a spokesman for EU trade
    /// commissioner Peter Mandelson"), while "A spokesman for US Customs, Dean Boyd," is
    /// Boyd's whole role.
    fn role_before(&self, start: usize, serving_ends: bool) -> Option<Span> {
        let sentence = self.sentence_of(start);
        let mut t = start;
        while t > sentence.start && HONORIFICS.contains(&self.word(t - 1).as_str()) {
            t -= 1;
        }
        if t > sentence.start && CONNECTORS.contains(&self.word(t - 1).as_str()) {
            return None;
        }
        let end = t;
        let mut first = t;
        let mut has_head = false;
        let mut joined = false;
        while t > sentence.start {
            let w = self.word(t - 1);
            let serves = serving_ends
                && t >= sentence.start + 2
                && w == "for"
                && SERVING_HEADS.contains(&self.word(t - 2).as_str());
            if serves {
                break;
            }
            if HEADS.contains(&w.as_str()) {
                has_head = true;
            } else if let Some(name) = self.name_ending_at(t - 1) {
                t = name.start;
                first = t;
                continue;
            } else if !(MODIFIERS.contains(&w.as_str())
                || CONNECTORS.contains(&w.as_str())
                || has_head && !joined && self.is_title_case_modifier(t - 1))
            {
                break;
            }
            t -= 1;
            if CONNECTORS.contains(&w.as_str()) {
                joined = true;
            } else {
                first = t;
            }
        }
        while first + 1 < end && self.opens_with_place_of(first) {
            first += 2;
        }
        (has_head && first < end)
            .then(|| self.span(first..end))
            .flatten()
    }

    /// The role written before the name and a comma: "The party's leader, Nicola Sturgeon".
    pub fn before_comma(&self, start: usize) -> Option<Span> {
        let comma = start.checked_sub(1)?;
        (self.word(comma) == "," && self.sentence_of(start).start < comma)
            .then(|| self.role_before(comma, false))
            .flatten()
    }

    /// A preposition at token `t` tying a role to the name right after it, with an optional
    /// article: the name's tokens.
    fn tied_name(&self, t: usize) -> Option<Range<usize>> {
        if !TIES.contains(&self.word(t).as_str()) {
            return None;
        }
        let after_article = if self.word(t + 1) == "the" {
            t + 2
        } else {
            t + 1
        };
        self.name_starting_at(after_article)
    }

    /// The role in apposition after the name ending before token `end`: `, (a|the) ROLE ,`.
    pub fn after(&self, end: usize) -> Option<Span> {
        let sentence = self.sentence_of(end.saturating_sub(1));
        if end >= sentence.end || self.word(end) != "," {
            return None;
        }
        let mut t = end + 1;
        if t < sentence.end && DETERMINERS.contains(&self.word(t).as_str()) {
            t += 1;
        }
        let first = t;
        let mut last = t;
        let mut has_head = false;
        while t < sentence.end {
            let w = self.word(t);
            if let Some(name) = self.name_starting_at(t) {
                t = name.end;
                last = t;
                continue;
            }
            if let Some(name) = self.tied_name(t).filter(|_| has_head) {
                t = name.end;
                last = t;
                continue;
            }
            if HEADS.contains(&w.as_str()) {
                has_head = true;
            } else if !(MODIFIERS.contains(&w.as_str()) || CONNECTORS.contains(&w.as_str())) {
                break;
            }
            t += 1;
            if !CONNECTORS.contains(&w.as_str()) {
                last = t;
            }
        }
        let closed = t >= sentence.end || APPOSITION_ENDS.contains(&self.word(t).as_str());
        (has_head && closed && first < last)
            .then(|| self.span(first..last))
            .flatten()
    }
}

/// Adds `role` to `roles` unless an existing role already says it; a longer role replaces a
/// shorter one it contains.
pub fn add_role(roles: &mut Vec<String>, role: &str) {
    let new = role.to_lowercase();
    if roles.iter().any(|r| r.to_lowercase().contains(&new)) {
        return;
    }
    roles.retain(|r| !new.contains(&r.to_lowercase()));
    roles.push(role.to_string());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::text::analyze;

    fn token_at(doc: &Document, text: &str, word: &str) -> usize {
        let at = text.find(word).unwrap();
        doc.tokens.iter().position(|t| t.span.start == at).unwrap()
    }

    #[test]
    fn pre_name_titles_with_connectors_and_places() {
        let text = "Deputy Prime Minister and Foreign Minister Ishaq Dar met U.S. Secretary of State Marco Rubio.";
        let doc = analyze(text);
        let us = token_at(&doc, text, "U.S.");
        let names: Vec<Range<usize>> = std::iter::once(us..us + 1).collect();
        let ctx = RoleContext::new(text, &doc, &names);
        let role = ctx.before(token_at(&doc, text, "Ishaq")).unwrap();
        assert_eq!(role.of(text), "Deputy Prime Minister and Foreign Minister");
        let role = ctx.before(token_at(&doc, text, "Marco")).unwrap();
        assert_eq!(role.of(text), "U.S. Secretary of State");
    }

    #[test]
    fn the_place_a_role_holder_owns_was_taken_into_the_role() {
        let text = "They met at the Connecticut home of National Review editor William Buckley.";
        let doc = analyze(text);
        let review = token_at(&doc, text, "National");
        let names: Vec<Range<usize>> = std::iter::once(review..review + 2).collect();
        let ctx = RoleContext::new(text, &doc, &names);
        let role = ctx.before(token_at(&doc, text, "William")).unwrap();
        assert_eq!(role.of(text), "National Review editor");
    }

    #[test]
    fn bosses_referees_and_stars_had_no_role() {
        let text = "Liverpool boss Rafael Benitez and South African referee Jonathan Kaplan met \
                    music producer Phil Spector.";
        let doc = analyze(text);
        let liverpool = token_at(&doc, text, "Liverpool");
        let south = token_at(&doc, text, "South");
        let names: Vec<Range<usize>> = vec![liverpool..liverpool + 1, south..south + 2];
        let ctx = RoleContext::new(text, &doc, &names);
        let role = |name| ctx.before(token_at(&doc, text, name)).map(|r| r.of(text));
        assert_eq!(role("Rafael"), Some("Liverpool boss"));
        assert_eq!(role("Jonathan"), Some("South African referee"));
        assert_eq!(role("Phil"), Some("music producer"));
    }

    #[test]
    fn capitalised_words_of_an_official_title_were_cut_off() {
        let text = "Former Conservative leader Iain Duncan Smith met Constitutional Affairs \
                    Minister Chris Leslie. Since President Bush spoke, Argentine President Nestor \
                    Kirchner and Venezuelan President Hugo Chavez agreed.";
        let doc = analyze(text);
        let ctx = RoleContext::new(text, &doc, &[]);
        let role = |name| ctx.before(token_at(&doc, text, name)).map(|r| r.of(text));
        assert_eq!(role("Iain"), Some("Former Conservative leader"));
        assert_eq!(role("Chris"), Some("Constitutional Affairs Minister"));
        assert_eq!(role("Bush"), Some("President"));
        assert_eq!(role("Hugo"), Some("Venezuelan President"));
    }

    #[test]
    fn apposition_and_bare_names() {
        let text = "Tammy Bruce, a State Department spokesperson, said so. Bruce left.";
        let doc = analyze(text);
        let state = token_at(&doc, text, "State");
        let names: Vec<Range<usize>> = std::iter::once(state..state + 2).collect();
        let ctx = RoleContext::new(text, &doc, &names);
        let role = ctx.after(token_at(&doc, text, ",")).unwrap();
        assert_eq!(role.of(text), "State Department spokesperson");
        assert_eq!(ctx.before(token_at(&doc, text, "Bruce left")), None);
    }

    #[test]
    fn a_role_may_end_in_a_comma_before_the_name() {
        let text = "The Scottish Green Party's health spokeswoman, Eleanor Scott, said so.";
        let doc = analyze(text);
        let party = token_at(&doc, text, "Scottish");
        let names: Vec<Range<usize>> = std::iter::once(party..party + 3).collect();
        let ctx = RoleContext::new(text, &doc, &names);
        let role = ctx.before_comma(token_at(&doc, text, "Eleanor")).unwrap();
        assert_eq!(role.of(text), "Scottish Green Party's health spokeswoman");
        assert_eq!(ctx.before_comma(token_at(&doc, text, "said")), None);
    }

    #[test]
    fn an_appositive_role_may_name_its_organisation_and_end_at_who() {
        let text = "Dr. Amara Osei, an economist at Northfield University who studied it, said so.";
        let doc = analyze(text);
        let uni = token_at(&doc, text, "Northfield");
        let names: Vec<Range<usize>> = std::iter::once(uni..uni + 2).collect();
        let ctx = RoleContext::new(text, &doc, &names);
        let role = ctx.after(token_at(&doc, text, ",")).unwrap();
        assert_eq!(role.of(text), "economist at Northfield University");
    }

    #[test]
    fn a_preposition_without_a_name_after_it_ends_no_role() {
        let text = "Amara Osei, an economist at heart, said so.";
        let doc = analyze(text);
        let ctx = RoleContext::new(text, &doc, &[]);
        assert_eq!(ctx.after(token_at(&doc, text, ",")), None);
    }

    #[test]
    fn a_connector_right_before_a_name_ends_no_role() {
        let text = "Clint Eastwood won best director for Million Dollar Baby.";
        let doc = analyze(text);
        let ctx = RoleContext::new(text, &doc, &[]);
        assert_eq!(ctx.before(token_at(&doc, text, "Million")), None);
    }

    #[test]
    fn a_role_held_for_the_named_person_stops_at_for() {
        let text = "A spokesman for EU trade commissioner Peter Mandelson said so.";
        let doc = analyze(text);
        let eu = token_at(&doc, text, "EU");
        let ctx = RoleContext::new(
            text,
            &doc,
            &[Range {
                start: eu,
                end: eu + 1,
            }],
        );
        let role = ctx.before(token_at(&doc, text, "Peter")).unwrap();
        assert_eq!(role.of(text), "EU trade commissioner");
        let text = "A spokesman for US Customs, Dean Boyd, said so.";
        let doc = analyze(text);
        let us = token_at(&doc, text, "US");
        let ctx = RoleContext::new(
            text,
            &doc,
            &[Range {
                start: us,
                end: us + 2,
            }],
        );
        let role = ctx.before_comma(token_at(&doc, text, "Dean")).unwrap();
        assert_eq!(role.of(text), "spokesman for US Customs");
    }

    #[test]
    fn councillor_is_a_title() {
        let text = "Councillor Robert Hale voted against.";
        let doc = analyze(text);
        let ctx = RoleContext::new(text, &doc, &[]);
        let role = ctx.before(token_at(&doc, text, "Robert")).unwrap();
        assert_eq!(role.of(text), "Councillor");
    }

    #[test]
    fn longer_roles_absorb_shorter_ones() {
        let mut roles = vec!["Foreign Minister".to_string()];
        add_role(&mut roles, "Deputy Prime Minister and Foreign Minister");
        add_role(&mut roles, "foreign minister");
        assert_eq!(roles, vec!["Deputy Prime Minister and Foreign Minister"]);
    }
}
