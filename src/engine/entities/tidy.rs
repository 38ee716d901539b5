//! Tidying the tagger's mentions before they are merged: names taken out of hyphenated
//! adjectives ("US-based") and place compounds ("Pakistan-US"), a nationality joined to the
//! organisation after it, a country abbreviation split off one, and a person split off the
//! chunk the tagger ran on through their honorific. Each new mention names its origin, which
//! `--explain` prints.
//!
//! It neither tags nor merges: the tagger and `resolve` do.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use super::features::{case_of, normalize, Case};
use super::lexicon::{phrase_hash, GazList};
use super::model::Model;
use super::pipeline::{Mention, TAGGER};
use super::roles::{is_honorific, is_role_head, is_title_word};
use super::tagger::Coarse;
use super::types::fine_type;
use super::EntityType;
use crate::engine::span::Span;
use crate::engine::text::Document;

/// Origin of a name taken out of a hyphenated adjective ("US-based", "Oscar-nominated").
pub(super) const HYPHEN_ADJECTIVE: &str = "hyphen-adjective";
/// Origin of places found inside a hyphenated word ("Pakistan-US").
pub(super) const HYPHEN_COMPOUND: &str = "hyphen-compound";
/// Origin of a nationality or country joined to the organisation after it ("Indian Air Force").
pub(super) const JOIN_NATIONALITY_ORG: &str = "join-nationality-org";
/// Origin of a country abbreviation split off an organisation ("U.S. State Department").
pub(super) const SPLIT_COUNTRY_ORG: &str = "split-country-abbreviation";
/// Origin of a person split off the name before their honorific ("Labour MP Lord Janner").
pub(super) const SPLIT_TITLED_PERSON: &str = "split-titled-person";

/// Rewrites each mention into the ones `each` pushes in its place.
fn rewrite(mentions: &mut Vec<Mention>, mut each: impl FnMut(Mention, &mut Vec<Mention>)) {
    let mut out = Vec::with_capacity(mentions.len());
    for m in mentions.drain(..) {
        each(m, &mut out);
    }
    *mentions = out;
}

/// The mention of the whole tokens `tokens` of `m`, typed from `coarse`.
fn part(
    model: &Model,
    text: &str,
    doc: &Document,
    m: &Mention,
    tokens: Range<usize>,
    coarse: Coarse,
    origin: &'static str,
) -> Mention {
    let surfaces: Vec<&str> = tokens
        .clone()
        .map(|t| doc.tokens[t].span.of(text))
        .collect();
    let offset = m.tokens.start;
    Mention {
        span: doc.tokens[tokens.start]
            .span
            .cover(doc.tokens[tokens.end - 1].span),
        words: m.words[tokens.start - offset..tokens.end - offset].to_vec(),
        tokens,
        coarse,
        rule: fine_type(&model.lexicon, coarse, &surfaces, None),
        origin,
    }
}

/// The place names inside a hyphenated token (`Pakistan-US`), if every part is one.
fn compound_places(model: &Model, surface: &str, at: usize) -> Option<Vec<(Span, String)>> {
    if !surface.contains('-') {
        return None;
    }
    let mut parts = Vec::new();
    let mut offset = 0;
    for part in surface.split('-') {
        let mut lower = normalize(part).to_lowercase();
        let mut hit = model.lexicon.lookup(phrase_hash([lower.as_str()]));
        if hit.is_none() && part.contains('.') {
            lower.push('.');
            hit = model.lexicon.lookup(phrase_hash([lower.as_str()]));
        }
        let hit = hit?;
        let place = hit.has(GazList::Country) || hit.has(GazList::City) || hit.has(GazList::Region);
        let capitalised = matches!(case_of(part), Case::Title | Case::Upper);
        if !place || !capitalised {
            return None;
        }
        parts.push((Span::new(at + offset, at + offset + part.len()), lower));
        offset += part.len() + 1;
    }
    (parts.len() >= 2).then_some(parts)
}

/// Words that, after a hyphen, make a name an adjective ("US-based", "Ballymena-born",
/// "Oscar-nominated"): the name is the part before them.
const HYPHEN_SUFFIXES: &[&str] = &[
    "based",
    "born",
    "bred",
    "led",
    "backed",
    "owned",
    "made",
    "nominated",
    "winning",
    "like",
    "style",
    "linked",
    "funded",
    "run",
    "listed",
    "registered",
    "controlled",
    "dominated",
    "bound",
    "inspired",
    "themed",
    "sponsored",
    "educated",
    "trained",
    "speaking",
    "produced",
    "headquartered",
    "era",
    "shaped",
    "friendly",
    "focused",
    "specific",
    "wide",
];

/// Of those, the ones whose name is a place ("Paris-based", "Ballymena-born").
const PLACE_SUFFIXES: &[&str] = &["based", "born", "bred", "headquartered"];

/// The name and adjective of a token like "US-based", if it is one.
fn hyphen_adjective(surface: &str) -> Option<(&str, &str)> {
    let (name, suffix) = surface.rsplit_once('-')?;
    let capitalised = name.starts_with(char::is_uppercase);
    (capitalised && HYPHEN_SUFFIXES.contains(&suffix)).then_some((name, suffix))
}

/// Takes the hyphenated adjectives out of the tagger's mentions: "US-based" → "US", typed
/// as a place after "-based" or "-born" or when the gazetteer knows it as one; "Paris-based
/// IEA" → "Paris" + "IEA". A name that is no place and that the article names elsewhere
/// ("Blair-era" beside "Tony Blair") is left to those mentions: its type is unknown.
pub(super) fn trim_hyphen_suffixes(
    model: &Model,
    text: &str,
    doc: &Document,
    mentions: &mut Vec<Mention>,
) {
    rewrite(mentions, |m, out| {
        let first = doc.tokens[m.tokens.start].span;
        let last = doc.tokens[m.tokens.end - 1].span;
        let opening = (m.origin == TAGGER && m.tokens.len() > 1)
            .then(|| hyphen_adjective(first.of(text)))
            .flatten();
        if let Some((name, suffix)) = opening {
            let place = Span::new(first.start, first.start + name.len());
            let tokens = m.tokens.start..m.tokens.start + 1;
            out.push(adjective_name(model, text, &m, place, tokens, suffix));
            let rest = m.tokens.start + 1..m.tokens.end;
            out.push(part(model, text, doc, &m, rest, m.coarse, m.origin));
            return;
        }
        let closing = (m.origin == TAGGER)
            .then(|| hyphen_adjective(last.of(text)))
            .flatten();
        match closing {
            Some((name, suffix)) => {
                let span = Span::new(m.span.start, last.start + name.len());
                out.push(adjective_name(
                    model,
                    text,
                    &m,
                    span,
                    m.tokens.clone(),
                    suffix,
                ));
            }
            None => out.push(m),
        }
    });
    let named_elsewhere = |m: &Mention| {
        mentions.iter().any(|other| {
            other.origin != HYPHEN_ADJECTIVE
                && (other.words == m.words || other.words.last() == m.words.last())
        })
    };
    let keep: Vec<bool> = mentions
        .iter()
        .map(|m| m.origin != HYPHEN_ADJECTIVE || m.coarse == Coarse::Loc || !named_elsewhere(m))
        .collect();
    let mut keep = keep.into_iter();
    mentions.retain(|_| keep.next().unwrap_or(true));
}

/// The mention of the name before a hyphenated adjective, within `m`.
fn adjective_name(
    model: &Model,
    text: &str,
    m: &Mention,
    span: Span,
    tokens: Range<usize>,
    suffix: &str,
) -> Mention {
    let words: Vec<&str> = span.of(text).split_whitespace().collect();
    let lower: Vec<String> = words.iter().map(|w| normalize(w).to_lowercase()).collect();
    let known_place = model
        .lexicon
        .lookup(phrase_hash(lower.iter().map(String::as_str)))
        .is_some_and(|hit| {
            hit.has(GazList::Country) || hit.has(GazList::City) || hit.has(GazList::Region)
        });
    let coarse = if known_place || PLACE_SUFFIXES.contains(&suffix) {
        Coarse::Loc
    } else {
        m.coarse
    };
    Mention {
        span,
        tokens,
        words: lower,
        coarse,
        rule: fine_type(&model.lexicon, coarse, &words, None),
        origin: HYPHEN_ADJECTIVE,
    }
}

/// Replaces mentions of hyphenated place compounds by one mention per place.
pub(super) fn split_compounds(
    model: &Model,
    text: &str,
    doc: &Document,
    mentions: &mut Vec<Mention>,
) {
    let mut replaced: Vec<Span> = Vec::new();
    let mut parts_found: Vec<Mention> = Vec::new();
    for (t, token) in doc.tokens.iter().enumerate() {
        let surface = token.span.of(text);
        let Some(parts) = compound_places(model, surface, token.span.start) else {
            continue;
        };
        replaced.push(token.span);
        for (span, lower) in parts {
            let rule = fine_type(&model.lexicon, Coarse::Loc, &[span.of(text)], None);
            parts_found.push(Mention {
                span,
                tokens: t..t + 1,
                words: vec![lower],
                coarse: Coarse::Loc,
                rule,
                origin: HYPHEN_COMPOUND,
            });
        }
    }
    if replaced.is_empty() {
        return;
    }
    mentions.retain(|m| {
        let at = replaced.partition_point(|r| r.end <= m.span.start);
        !replaced.get(at).is_some_and(|r| r.overlaps(m.span))
    });
    mentions.extend(parts_found);
    mentions.sort_by_key(|m| m.span);
}

fn same_sentence(doc: &Document, a: &Mention, b: &Mention) -> bool {
    doc.sentence_at(a.span.start).is_some()
        && doc.sentence_at(a.span.start) == doc.sentence_at(b.span.start)
}

/// Joins a nationality or country right before an organisation into it: the tagger often
/// splits "Indian" + "Air Force".
pub(super) fn join_nationality_orgs(model: &Model, doc: &Document, mentions: &mut Vec<Mention>) {
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    for b in mentions.drain(..) {
        let joins = out.last().is_some_and(|a| {
            let modifier = matches!(a.rule.kind, EntityType::Norp | EntityType::Gpe);
            let adjacent =
                a.tokens.end == b.tokens.start && a.origin == TAGGER && b.origin == TAGGER;
            modifier && adjacent && b.coarse == Coarse::Org && same_sentence(doc, a, &b)
        });
        match out.last_mut().filter(|_| joins) {
            Some(a) => {
                a.words.extend(b.words);
                *a = Mention {
                    span: a.span.cover(b.span),
                    tokens: a.tokens.start..b.tokens.end,
                    words: std::mem::take(&mut a.words),
                    coarse: Coarse::Org,
                    rule: fine_type(&model.lexicon, Coarse::Org, &[], None),
                    origin: JOIN_NATIONALITY_ORG,
                };
            }
            None => out.push(b),
        }
    }
    *mentions = out;
}

/// Splits a country abbreviation off the organisation it opens ("U.S." + "State Department").
pub(super) fn split_country_orgs(
    model: &Model,
    text: &str,
    doc: &Document,
    mentions: &mut Vec<Mention>,
) {
    rewrite(mentions, |m, out| {
        let first = doc.tokens.get(m.tokens.start).map(|t| t.span);
        let country = m
            .words
            .first()
            .and_then(|w| model.lexicon.lookup(phrase_hash([w.as_str()])));
        let splits = m.coarse == Coarse::Org
            && m.words.len() >= 3
            && m.origin == TAGGER
            && country.is_some_and(|h| h.has(GazList::Country))
            && first.is_some_and(|f| case_of(f.of(text)) == Case::Upper);
        let Some(first) = first.filter(|_| splits) else {
            out.push(m);
            return;
        };
        let rest_start = doc.tokens[m.tokens.start + 1].span.start;
        out.push(Mention {
            span: first,
            tokens: m.tokens.start..m.tokens.start + 1,
            words: m.words[..1].to_vec(),
            coarse: Coarse::Loc,
            rule: fine_type(&model.lexicon, Coarse::Loc, &[first.of(text)], None),
            origin: SPLIT_COUNTRY_ORG,
        });
        out.push(Mention {
            span: Span::new(rest_start, m.span.end),
            tokens: m.tokens.start + 1..m.tokens.end,
            words: m.words[1..].to_vec(),
            origin: SPLIT_COUNTRY_ORG,
            ..m
        });
    });
}

/// Splits a person off a chunk the tagger typed otherwise through an honorific: one
/// opening it ("Lord Greaves" tagged an organisation) or one the tagger ran on to from an
/// organisation or party ("Labour MP Lord Janner" → "Labour" + "Janner", "Foreign Policy
/// Centre Mr Straw" → "Foreign Policy Centre" + "Straw"); the role words between them are
/// left to `roles`. Not an office ("Lord Chief Justice") nor "DR Congo".
pub(super) fn split_titled_people(
    model: &Model,
    text: &str,
    doc: &Document,
    mentions: &mut Vec<Mention>,
) {
    rewrite(mentions, |m, out| {
        let surface = |t: usize| doc.tokens[t].span.of(text);
        let honorific = (m.coarse != Coarse::Per && m.origin == TAGGER)
            .then(|| {
                (m.tokens.start..m.tokens.end.saturating_sub(1)).find(|&t| is_honorific(surface(t)))
            })
            .flatten();
        let Some(honorific) = honorific else {
            out.push(m);
            return;
        };
        let name_start = honorific + 1;
        let written_as_honorific = case_of(surface(honorific)) != Case::Upper;
        let named = (name_start..m.tokens.end).all(|t| surface(t).starts_with(char::is_uppercase))
            && (name_start..m.tokens.end).any(|t| !is_title_word(surface(t)));
        if !(named && written_as_honorific) {
            out.push(m);
            return;
        }
        let mut prefix_end = honorific;
        while prefix_end > m.tokens.start && is_role_head(surface(prefix_end - 1)) {
            prefix_end -= 1;
        }
        if prefix_end > m.tokens.start {
            let prefix = m.tokens.start..prefix_end;
            out.push(part(
                model,
                text,
                doc,
                &m,
                prefix,
                m.coarse,
                SPLIT_TITLED_PERSON,
            ));
        }
        let name = name_start..m.tokens.end;
        out.push(part(
            model,
            text,
            doc,
            &m,
            name,
            Coarse::Per,
            SPLIT_TITLED_PERSON,
        ));
    });
}

/// Drops a one-word mention whose only sign of being a name is the capital that opens its
/// sentence: the article writes the word in lower case elsewhere and never capitalised
/// inside a sentence ("Growth slowed." beside "growth", "Personally, I …" beside
/// "personally").
pub(super) fn drop_capitalised_common_words(
    text: &str,
    doc: &Document,
    mentions: &mut Vec<Mention>,
) {
    let mut opening = vec![false; doc.tokens.len()];
    for sentence in &doc.sentences {
        let first_word = doc.tokens[sentence.tokens.clone()]
            .iter()
            .position(|t| t.span.of(text).starts_with(char::is_alphabetic));
        if let Some(at) = first_word {
            opening[sentence.tokens.start + at] = true;
        }
    }
    let candidates: BTreeSet<&str> = mentions
        .iter()
        .filter(|m| m.origin == TAGGER && m.tokens.len() == 1 && opening[m.tokens.start])
        .map(|m| m.span.of(text))
        .filter(|w| w.chars().skip(1).all(char::is_lowercase))
        .collect();
    if candidates.is_empty() {
        return;
    }
    let lowered: BTreeMap<String, &str> =
        candidates.iter().map(|w| (w.to_lowercase(), *w)).collect();
    let lengths: BTreeSet<usize> = lowered
        .keys()
        .map(String::len)
        .chain(candidates.iter().map(|w| w.len()))
        .collect();
    let mut written_lower: BTreeSet<&str> = BTreeSet::new();
    let mut capitalised_inside: BTreeSet<&str> = BTreeSet::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        let surface = t.span.of(text);
        if !lengths.contains(&surface.len()) {
            continue;
        }
        if let Some(word) = lowered.get(surface) {
            written_lower.insert(word);
        }
        if !opening[i] && candidates.contains(surface) {
            capitalised_inside.insert(surface);
        }
    }
    mentions.retain(|m| {
        let word = m.span.of(text);
        !(m.origin == TAGGER
            && m.tokens.len() == 1
            && opening[m.tokens.start]
            && written_lower.contains(word)
            && !capitalised_inside.contains(word))
    });
}
