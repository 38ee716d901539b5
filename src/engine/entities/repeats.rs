//! Repeated surnames: once the tagger has found a person by full name ("Richard Viguerie"),
//! the surname standing alone elsewhere in the article is a mention of them even where the
//! tagger missed it ("Viguerie is upbeat", "…,” Viguerie tells").
//!
//! It is not coreference. It adds only exact, capitalised repeats of the last word of a
//! person name that opens with a given name, standing
//! apart from other capitalised words (so "Bush Administration" or "Burger King" stay as
//! they are). A lone repeat the tagger typed otherwise for its inner capital is retyped
//! ("DiCaprio", typed an organisation, after "Leonardo DiCaprio"). It never takes a surname
//! the article also writes in lower case ("Mark Green" does not make "Green energy" a
//! person), a holiday, or one that names a month or a day ("Brian May" does not make "in
//! May" a person).

use std::collections::{BTreeMap, BTreeSet};

use super::lexicon::Lexicon;
use super::pipeline::{opens_with_given_name, Mention};
use super::roles::is_honorific;
use super::tagger::Coarse;
use super::types::Rule;
use crate::engine::dates::lexicon::{month, weekday};
use crate::engine::text::{Document, Token};

/// Origin of a mention added as the repeat of a known surname.
pub(crate) const SURNAME_REPEAT: &str = "surname-repeat";

/// Holidays, which the tagger may take for a person's name ("Merry Christmas").
const HOLIDAYS: &[&str] = &[
    "christmas",
    "easter",
    "hanukkah",
    "ramadan",
    "eid",
    "diwali",
    "thanksgiving",
    "halloween",
];

/// Name endings that are not surnames.
const SUFFIXES: &[&str] = &["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"];

/// Adds a mention for every untagged lone repeat of a tagged person's surname, and retypes
/// a lone repeat with an inner capital the tagger typed otherwise ("DiCaprio" as an
/// organisation), each typed like the full name it repeats; keeps `mentions` in text order.
pub(crate) fn add_surname_repeats(
    lexicon: &Lexicon,
    text: &str,
    doc: &Document,
    mentions: &mut Vec<Mention>,
) {
    let tokens = &doc.tokens;
    let surnames = known_surnames(lexicon, text, doc, mentions);
    if surnames.is_empty() {
        return;
    }
    let retyped: Vec<(usize, Coarse, Rule)> = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.coarse != Coarse::Per && m.tokens.len() == 1)
        .filter(|(_, m)| has_inner_capital(m.span.of(text)))
        .filter(|(_, m)| stands_apart(text, tokens, m.tokens.start))
        .filter_map(|(at, m)| {
            let full = surnames.get(m.span.of(text))?;
            Some((at, full.coarse, full.rule))
        })
        .collect();
    let mut covered = vec![false; tokens.len()];
    for m in mentions.iter() {
        covered[m.tokens.clone()].iter_mut().for_each(|c| *c = true);
    }
    let found: Vec<Mention> = (0..tokens.len())
        .filter(|&i| !covered[i])
        .filter_map(|i| {
            let word = tokens[i].span.of(text);
            let capitalised = word.starts_with(|c: char| c.is_ascii_uppercase())
                || !word.is_ascii() && word.starts_with(char::is_uppercase);
            capitalised.then(|| Some((i, *surnames.get(word)?)))?
        })
        .filter(|&(i, _)| stands_apart(text, tokens, i))
        .map(|(i, full)| Mention {
            span: tokens[i].span,
            tokens: i..i + 1,
            words: vec![full.words[full.words.len() - 1].clone()],
            coarse: full.coarse,
            rule: full.rule,
            origin: SURNAME_REPEAT,
        })
        .collect();
    for (at, coarse, rule) in retyped {
        let m = &mut mentions[at];
        (m.coarse, m.rule, m.origin) = (coarse, rule, SURNAME_REPEAT);
    }
    if found.is_empty() {
        return;
    }
    mentions.extend(found);
    mentions.sort_by_key(|m| m.span);
}

/// The surnames that may stand for a person, each with the first full name that gave it.
fn known_surnames<'a>(
    lexicon: &Lexicon,
    text: &'a str,
    doc: &Document,
    mentions: &'a [Mention],
) -> BTreeMap<&'a str, &'a Mention> {
    let mut surnames = BTreeMap::new();
    for full in mentions
        .iter()
        .filter(|m| is_full_person_name(m) && opens_with_given_name(lexicon, m))
    {
        let surname = doc.tokens[full.tokens.end - 1].span.of(text);
        let lower = surname.to_lowercase();
        let refused = !is_surname_like(surname)
            || HOLIDAYS.contains(&lower.as_str())
            || month(&lower).is_some()
            || weekday(&lower).is_some();
        if !refused {
            surnames.entry(surname).or_insert(full);
        }
    }
    if !surnames.is_empty() {
        let lowered: BTreeSet<String> = surnames.keys().map(|s| s.to_lowercase()).collect();
        let lengths: BTreeSet<usize> = lowered.iter().map(String::len).collect();
        let written_lower: BTreeSet<&str> = doc
            .tokens
            .iter()
            .filter(|t| lengths.contains(&t.span.len()))
            .map(|t| t.span.of(text))
            .filter(|w| w.starts_with(char::is_lowercase) && lowered.contains(*w))
            .collect();
        surnames.retain(|s, _| !written_lower.contains(s.to_lowercase().as_str()));
    }
    surnames
}

/// "DiCaprio", "McKinley", "O'Sullivan": a capital inside the word, the shape the tagger
/// reads as a company's. Only such surnames are retyped: a plain word the tagger typed
/// otherwise is as often a real organisation or place ("Labour" after a headline's "Blair
/// Labour", "England" after "Tudor England").
fn has_inner_capital(word: &str) -> bool {
    word.chars().skip(1).any(char::is_uppercase)
}

fn is_full_person_name(mention: &Mention) -> bool {
    mention.coarse == Coarse::Per
        && mention.words.len() >= 2
        && mention.tokens.len() == mention.words.len()
        && mention
            .words
            .last()
            .is_some_and(|w| !SUFFIXES.contains(&w.as_str()))
}

/// Capitalised, then lower-case letters: "Viguerie", "McCain", "O’Malley"; not "PAC".
fn is_surname_like(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().count() >= 3
        && word.chars().any(char::is_lowercase)
        && word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'))
}

/// Whether the token has no capitalised word beside it, but for an honorific before it.
fn stands_apart(text: &str, tokens: &[Token], i: usize) -> bool {
    let capitalised = |t: &Token| t.span.of(text).starts_with(char::is_uppercase);
    let before_ok = i
        .checked_sub(1)
        .map(|p| &tokens[p])
        .filter(|t| t.span.end + 1 >= tokens[i].span.start)
        .is_none_or(|t| !capitalised(t) || is_honorific(t.span.of(text)));
    let after_ok = tokens
        .get(i + 1)
        .filter(|t| t.span.start <= tokens[i].span.end + 1)
        .is_none_or(|t| !capitalised(t));
    before_ok && after_ok
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::{GazEntry, GazList, LexiconData};
    use super::super::types::PERSON;
    use super::*;
    use crate::engine::span::Span;
    use crate::engine::text;

    fn person(doc: &Document, text: &str, surface: &str) -> Mention {
        let start = text.find(surface).expect(surface);
        let span = Span::new(start, start + surface.len());
        let first = doc.tokens.partition_point(|t| t.span.start < span.start);
        let end = doc.tokens.partition_point(|t| t.span.end <= span.end);
        Mention {
            span,
            tokens: first..end,
            words: surface.split(' ').map(str::to_lowercase).collect(),
            coarse: Coarse::Per,
            rule: PERSON,
            origin: "tagger",
        }
    }

    fn given_names() -> Lexicon {
        let entries = ["richard", "stephen", "mark", "brian", "merry", "leonardo"]
            .map(|name| GazEntry {
                lists: 1 << GazList::FirstName as u8,
                group: 0,
                phrase: name.to_string(),
            })
            .to_vec();
        LexiconData {
            paths: Vec::new(),
            words: Vec::new(),
            entries,
            groups: Vec::new(),
        }
        .into_lexicon()
    }

    fn repeats<'a>(text: &'a str, full: &str) -> Vec<&'a str> {
        let doc = text::analyze(text);
        let mut mentions = vec![person(&doc, text, full)];
        add_surname_repeats(&given_names(), text, &doc, &mut mentions);
        mentions
            .iter()
            .filter(|m| m.origin == SURNAME_REPEAT)
            .map(|m| {
                assert_eq!(m.span.of(text), &text[m.span.range()]);
                m.span.of(text)
            })
            .collect()
    }

    #[test]
    fn a_sentence_opening_surname_the_tagger_missed_is_a_mention() {
        let text =
            "Richard Viguerie backs Cruz.\n\nViguerie is upbeat. “Cruz can win,” Viguerie says.";
        assert_eq!(repeats(text, "Richard Viguerie"), ["Viguerie", "Viguerie"]);
    }

    #[test]
    fn a_name_without_a_given_name_gives_no_repeats() {
        let text = "Tudor England ended. England played.";
        assert!(repeats(text, "Tudor England").is_empty());
    }

    #[test]
    fn a_holiday_after_a_given_name_is_no_surname() {
        let text = "Merry Christmas to all. Christmas trees sold out.";
        assert!(repeats(text, "Merry Christmas").is_empty());
    }

    #[test]
    fn a_surname_typed_an_organisation_for_its_inner_capital_was_left_apart() {
        let text = "Leonardo DiCaprio starred. DiCaprio said so. The DiCaprio Group agreed.";
        let doc = text::analyze(text);
        let mut lone = person(&doc, text, "DiCaprio said");
        lone.span = Span::new(lone.span.start, lone.span.start + "DiCaprio".len());
        lone.tokens = lone.tokens.start..lone.tokens.start + 1;
        lone.words = vec!["dicaprio".to_string()];
        lone.coarse = Coarse::Org;
        let mut mentions = vec![person(&doc, text, "Leonardo DiCaprio"), lone];
        add_surname_repeats(&given_names(), text, &doc, &mut mentions);
        let people: Vec<&str> = mentions
            .iter()
            .filter(|m| m.coarse == Coarse::Per)
            .map(|m| m.span.of(text))
            .collect();
        assert_eq!(people, ["Leonardo DiCaprio", "DiCaprio"]);
    }

    #[test]
    fn a_surname_that_names_a_month_is_left_alone() {
        let text = "Brian May spoke. The tour starts in May. May said so.";
        assert!(repeats(text, "Brian May").is_empty());
    }

    #[test]
    fn a_surname_inside_another_name_is_left_alone() {
        let text =
            "Stephen King wrote it. Burger King sold it. King Charles read it. Mr. King smiled.";
        assert_eq!(repeats(text, "Stephen King"), ["King"]);
    }

    #[test]
    fn a_surname_the_article_also_writes_in_lower_case_is_left_alone() {
        let text = "Mark Green spoke. Green energy is cheap, and green jobs follow.";
        assert!(repeats(text, "Mark Green").is_empty());
    }
}
