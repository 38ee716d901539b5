//! The stage's pipeline: from the text layer's sentences to typed mentions and entities.
//!
//! It reads token surfaces out of the text (never copying the article), tags whole
//! documents at once (document-level features need the whole article), turns tag chunks
//! into mentions with byte spans (trimming titles, possessives and member titles), has
//! `tidy` split and trim them and `repeats` add missed surnames, merges them into entities
//! and attaches roles and explanations. Features, tagger, types, tidying, resolution and
//! roles each live in their own module.

use std::collections::BTreeMap;
use std::ops::Range;

use super::company::company_evidence;
use super::features::{case_of, normalize, Case, DocFeatures, Feature, Template, TokenInfo};
use super::lexicon::{phrase_hash, GazList, Lexicon};
use super::model::{tag_document, Model};
use super::repeats::add_surname_repeats;
use super::resolve::{cluster, MergeRule};
use super::roles::{add_role, is_title_word, RoleContext};
use super::tagger::{chunks, untag, Coarse};
use super::tidy::{
    drop_capitalised_common_words, join_nationality_orgs, split_compounds, split_country_orgs,
    split_titled_people, trim_hyphen_suffixes, HYPHEN_ADJECTIVE, HYPHEN_COMPOUND,
};
use super::types::{coarse_of, fine_type, Rule, CONTEXT_BAND, CONTEXT_COMPANY, CONTEXT_WORK};
use super::works::{band_evidence, work_evidence};
use super::{Entity, EntityType};
use crate::engine::span::Span;
use crate::engine::text::Document;

/// A typed mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Where it is in the text.
    pub span: Span,
    /// Its tokens, indices into [`Document::tokens`] (the whole token for a part of one).
    pub tokens: Range<usize>,
    /// Its words, normalised and lower-cased.
    pub words: Vec<String>,
    /// The tagger's type.
    pub coarse: Coarse,
    /// The typing rule that gave its fine type.
    pub rule: Rule,
    /// The rule that made it: `tagger`, or a pipeline rule id.
    pub origin: &'static str,
}

/// Tags pre-tokenised sentences (one document) and returns each sentence's chunks with
/// their fine types mapped back to CoNLL's four: the path `gloss eval ner` measures.
pub fn tag_tokens<S: AsRef<str>>(
    model: &Model,
    sentences: &[Vec<S>],
) -> Vec<Vec<(usize, usize, Coarse)>> {
    let tags = model.tag(sentences);
    sentences
        .iter()
        .zip(tags)
        .map(|(sentence, tags)| {
            let words: Vec<&str> = sentence.iter().map(AsRef::as_ref).collect();
            chunks(&tags)
                .into_iter()
                .map(|(start, end, coarse)| (trim(&words, start..end, coarse), coarse))
                .filter(|(r, coarse)| !r.is_empty() && is_name(&words[r.clone()], *coarse))
                .map(|(r, coarse)| {
                    let next = words.get(r.end).copied();
                    let rule = fine_type(&model.lexicon, coarse, &words[r.clone()], next);
                    (r.start, r.end, coarse_of(rule.kind))
                })
                .collect()
        })
        .collect()
}

/// Function words a capitalised headline or a sentence may put in front of a name ("Despite
/// India"); sentence adverbs are in [`SENTENCE_ADVERBS`].
const LEADING_NON_NAMES: &[&str] = &[
    "despite", "in", "on", "at", "for", "with", "after", "before", "as", "by", "from", "to", "and",
    "but", "or", "may", "could", "should", "would", "says", "said", "over", "amid", "against",
    "between", "into", "about", "why", "how", "what", "when", "where", "who", "is", "are", "was",
    "were", "not", "no", "new:", "if", "while", "under", "near", "via", "plus", "than", "then",
    "also", "so", "yet", "many", "veteran", "fellow", "senior",
];

/// Origin of mentions the tagger found as they are.
pub(super) const TAGGER: &str = "tagger";

/// An entity-level rule that retyped a name from what the article says of it, with the words
/// that said it ("oil giant Yukos").
struct Retyped {
    rule: Rule,
    words: String,
}

/// Titles that are also common surnames ("King"): alone, they may be a person.
const SURNAME_TITLES: &[&str] = &["king", "general", "major", "bishop", "judge", "marshal"];

fn is_possessive(word: &str) -> bool {
    matches!(normalize(word).as_ref(), "'s" | "'" | "s'")
}

/// Titles of elected members written in capitals after their party or seat ("Labour MP",
/// "Salford MPs"): no part of the name before them.
const MEMBER_TITLES: &[&str] = &["MP", "MPs", "MEP", "MEPs", "MSP", "MSPs"];

/// Narrows a chunk to its name: no trailing possessive or member title, no leading titles on
/// a person.
fn trim(words: &[&str], mut range: Range<usize>, coarse: Coarse) -> Range<usize> {
    while range.end > range.start
        && (is_possessive(words[range.end - 1])
            || range.end - range.start > 1 && MEMBER_TITLES.contains(&words[range.end - 1]))
    {
        range.end -= 1;
    }
    while range.end - range.start > 1
        && leads_no_name(words[range.start])
        && !is_possessive(words[range.start + 1])
    {
        range.start += 1;
    }
    if coarse == Coarse::Per {
        while range.end - range.start > 1 && is_title_word(words[range.start]) {
            range.start += 1;
        }
    }
    range
}

/// Sentence adverbs and conjunctions: no name, alone ("However, Norfolk police chief Andy
/// Hayman …") or in front of one ("Instead Mr Blair").
const SENTENCE_ADVERBS: &[&str] = &[
    "however",
    "meanwhile",
    "therefore",
    "moreover",
    "nevertheless",
    "nonetheless",
    "furthermore",
    "although",
    "though",
    "because",
    "unless",
    "whether",
    "instead",
    "indeed",
];

/// Whether a word in front of a name is no part of it ("However Roddick", "Despite India").
fn leads_no_name(word: &str) -> bool {
    let word = word.to_lowercase();
    LEADING_NON_NAMES.contains(&word.as_str()) || SENTENCE_ADVERBS.contains(&word.as_str())
}

/// Whether a chunk can be a name: it has a letter, is no amount of money ("A$431m",
/// "US$40,000"), no sentence adverb alone and, for a person, not titles alone.
fn is_name(words: &[&str], coarse: Coarse) -> bool {
    if let [word] = words {
        if SENTENCE_ADVERBS.contains(&word.to_lowercase().as_str()) {
            return false;
        }
    }
    let has_letter = words.iter().any(|w| w.chars().any(char::is_alphabetic));
    let money = words
        .iter()
        .any(|w| w.contains(['$', '£', '€', '¥']) && w.chars().any(|c| c.is_ascii_digit()));
    if money {
        return false;
    }
    let bare_title = coarse == Coarse::Per
        && words.iter().all(|w| is_title_word(w))
        && !words
            .iter()
            .any(|w| SURNAME_TITLES.contains(&w.to_lowercase().as_str()));
    has_letter && !bare_title
}

struct Tagged<'a> {
    surfaces: Vec<Vec<&'a str>>,
    features: DocFeatures,
    tags: Vec<Vec<usize>>,
    /// Per sentence, whether it is written in capitals.
    shouting: Vec<bool>,
}

fn tag_doc<'a>(model: &Model, text: &'a str, doc: &Document) -> Tagged<'a> {
    let surfaces: Vec<Vec<&str>> = (0..doc.sentences.len())
        .map(|s| {
            doc.sentence_tokens(s)
                .iter()
                .map(|t| t.span.of(text))
                .collect()
        })
        .collect();
    let features = DocFeatures::new(&model.lexicon, &surfaces);
    let tags = tag_document(&model.weights, &features);
    let shouting = (0..features.len())
        .map(|s| sentence_shouted(features.tokens(s)))
        .collect();
    Tagged {
        surfaces,
        features,
        tags,
        shouting,
    }
}

fn lower_words(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| normalize(w).to_lowercase()).collect()
}

fn tagged_mentions(model: &Model, doc: &Document, tagged: &Tagged<'_>) -> Vec<Mention> {
    let mut out = Vec::new();
    for (s, (words, tags)) in tagged.surfaces.iter().zip(&tagged.tags).enumerate() {
        let first = doc.sentences[s].tokens.start;
        for (start, end, coarse) in chunks(tags) {
            let range = trim(words, start..end, coarse);
            let name = &words[range.clone()];
            if range.is_empty() || !is_name(name, coarse) {
                continue;
            }
            let rule = fine_type(&model.lexicon, coarse, name, words.get(range.end).copied());
            let span = doc.tokens[first + range.start]
                .span
                .cover(doc.tokens[first + range.end - 1].span);
            out.push(Mention {
                span,
                tokens: first + range.start..first + range.end,
                words: lower_words(name),
                coarse,
                rule,
                origin: TAGGER,
            });
        }
    }
    out
}

/// Finds the entities of the document; with `explain`, says why each got its type (else
/// [`Entity::why`] stays empty and the work of explaining is skipped).
pub fn extract(model: &Model, text: &str, doc: &Document, explain: bool) -> Vec<Entity> {
    let tagged = tag_doc(model, text, doc);
    let mut mentions = tagged_mentions(model, doc, &tagged);
    drop_capitalised_common_words(text, doc, &mut mentions);
    trim_hyphen_suffixes(model, text, doc, &mut mentions);
    split_compounds(model, text, doc, &mut mentions);
    join_nationality_orgs(model, doc, &mut mentions);
    split_country_orgs(model, text, doc, &mut mentions);
    split_titled_people(model, text, doc, &mut mentions);
    add_surname_repeats(&model.lexicon, text, doc, &mut mentions);
    let groups = cluster(&model.lexicon, text, &mentions);
    let names: Vec<Range<usize>> = mentions
        .iter()
        .filter(|m| m.coarse != Coarse::Per)
        .map(|m| m.tokens.clone())
        .collect();
    let roles = RoleContext::new(text, doc, &names);
    groups
        .iter()
        .map(|group| {
            let (kind, retyped) = kind_of(&model.lexicon, text, doc, &mentions, group);
            let mut entity = build_entity(text, doc, &tagged, &mentions, group, kind, &roles);
            if explain {
                entity.why = explain_group(model, doc, &tagged, &mentions, group, retyped);
            }
            entity
        })
        .collect()
}

fn vote(mentions: &[Mention], group: &[(usize, Option<MergeRule>)]) -> (EntityType, usize) {
    let mut votes: BTreeMap<EntityType, (usize, std::cmp::Reverse<usize>)> = BTreeMap::new();
    for &(i, _) in group {
        let m = &mentions[i];
        let entry = votes
            .entry(m.rule.kind)
            .or_insert((0, std::cmp::Reverse(i)));
        if m.origin != HYPHEN_ADJECTIVE {
            entry.0 += m.words.len();
        }
    }
    let kind = votes
        .iter()
        .max_by_key(|(_, v)| **v)
        .map_or(EntityType::Misc, |(k, _)| *k);
    let of_kind = |i: &usize| mentions[*i].rule.kind == kind;
    let members = || group.iter().map(|&(i, _)| i);
    let best = members()
        .filter(of_kind)
        .find(|&i| mentions[i].origin == TAGGER)
        .or_else(|| members().find(of_kind))
        .unwrap_or(group[0].0);
    (kind, best)
}

/// The entity's type: the vote of its mentions, unless the article says otherwise of a name
/// that opens with no given name: a work noun before it makes it a work ("film The
/// Aviator"), a band noun an organisation ("band Doves"), and company evidence makes a
/// person an organisation ("oil giant Yukos"); with the rule and words that showed it.
fn kind_of(
    lexicon: &Lexicon,
    text: &str,
    doc: &Document,
    mentions: &[Mention],
    group: &[(usize, Option<MergeRule>)],
) -> (EntityType, Option<Retyped>) {
    let (kind, _) = vote(mentions, group);
    let tokens: Vec<Range<usize>> = group
        .iter()
        .map(|&(i, _)| mentions[i].tokens.clone())
        .collect();
    let given_name = group
        .iter()
        .any(|&(i, _)| opens_with_given_name(lexicon, &mentions[i]));
    let retyped = |rule: Rule| move |words: String| (rule.kind, Some(Retyped { rule, words }));
    let from_context = (!given_name)
        .then(|| {
            work_evidence(text, doc, &tokens)
                .map(retyped(CONTEXT_WORK))
                .or_else(|| band_evidence(text, doc, &tokens).map(retyped(CONTEXT_BAND)))
        })
        .flatten()
        .filter(|(new, _)| *new != kind);
    let company = || {
        (kind == EntityType::Person)
            .then(|| company_evidence(text, doc, &tokens, given_name))
            .flatten()
            .map(retyped(CONTEXT_COMPANY))
    };
    from_context.or_else(company).unwrap_or((kind, None))
}

/// Whether a mention of two words or more opens with a given name ("Tony Blair", not "Time
/// Warner").
pub(super) fn opens_with_given_name(lexicon: &Lexicon, mention: &Mention) -> bool {
    mention.words.len() > 1
        && lexicon
            .lookup(phrase_hash([mention.words[0].as_str()]))
            .is_some_and(|hit| hit.has(GazList::FirstName))
}

/// The fullest form: most words, then not all capitals, then earliest.
fn canonical(text: &str, mentions: &[Mention], group: &[(usize, Option<MergeRule>)]) -> usize {
    group
        .iter()
        .map(|&(i, _)| i)
        .max_by_key(|&i| {
            let m = &mentions[i];
            let shouting = case_of(m.span.of(text)) == Case::Upper && m.span.len() > 4;
            let length = m.span.len();
            (m.words.len(), !shouting, length, std::cmp::Reverse(i))
        })
        .unwrap_or(0)
}

/// Whether the sentence around `span` is written in capitals (a headline or dateline).
fn shouted(doc: &Document, tagged: &Tagged<'_>, span: Span) -> bool {
    doc.sentence_at(span.start)
        .and_then(|s| tagged.shouting.get(s).copied())
        .unwrap_or(false)
}

/// Whether a sentence's words are written in capitals, at least half of them (headline
/// truecasing reads some title-case words as lower case, which counts the same here).
fn sentence_shouted(tokens: &[TokenInfo]) -> bool {
    let (mut cased, mut upper) = (0usize, 0usize);
    for case in tokens.iter().map(|t| t.case) {
        cased += usize::from(case != Case::None);
        upper += usize::from(case == Case::Upper);
    }
    cased >= 2 && upper * 2 >= cased
}

/// The display form of a name: white space collapsed, and a name from a capitalised
/// headline or dateline in title case (`WASHINGTON` → `Washington`).
fn display_name(surface: &str, shouting: bool) -> String {
    let words: Vec<&str> = surface.split_whitespace().collect();
    if !shouting || case_of(surface) != Case::Upper || surface.contains('.') {
        return words.join(" ");
    }
    words
        .iter()
        .map(|w| {
            let lower = w.to_lowercase();
            let mut chars = lower.chars();
            chars
                .next()
                .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn build_entity(
    text: &str,
    doc: &Document,
    tagged: &Tagged<'_>,
    mentions: &[Mention],
    group: &[(usize, Option<MergeRule>)],
    kind: EntityType,
    roles: &RoleContext<'_>,
) -> Entity {
    let name_at = canonical(text, mentions, group);
    let mut entity_roles = Vec::new();
    if kind == EntityType::Person {
        for &(i, _) in group {
            let m = &mentions[i];
            let before = roles
                .before(m.tokens.start)
                .or_else(|| roles.before_comma(m.tokens.start));
            let found = [before, roles.after(m.tokens.end)];
            for role in found.into_iter().flatten() {
                add_role(
                    &mut entity_roles,
                    &display_name(role.of(text), shouted(doc, tagged, role)),
                );
            }
        }
    }
    let mut name = display_name(
        mentions[name_at].span.of(text),
        shouted(doc, tagged, mentions[name_at].span),
    );
    if kind == EntityType::Person && !name.contains(' ') {
        if let Some(peerage) = peerage_before(text, doc, mentions, group) {
            name = format!("{peerage} {name}");
        }
    }
    Entity {
        kind,
        name,
        roles: entity_roles,
        mentions: group.iter().map(|&(i, _)| mentions[i].span).collect(),
        why: String::new(),
    }
}

/// Peerage titles a person is known by with their surname alone ("Lord Janner").
const PEERAGES: &[&str] = &["Lord", "Lady", "Baroness", "Baron"];

/// The peerage title written right before one of the group's mentions, if any.
fn peerage_before<'a>(
    text: &'a str,
    doc: &Document,
    mentions: &[Mention],
    group: &[(usize, Option<MergeRule>)],
) -> Option<&'a str> {
    group.iter().find_map(|&(i, _)| {
        let before = mentions[i].tokens.start.checked_sub(1)?;
        let word = doc.tokens[before].span.of(text);
        PEERAGES.contains(&word).then_some(word)
    })
}

/// Why an entity got its type: the explanation of the mention that typed it, then the
/// merge rules that joined its mentions; `retyped` holds the rule and words that retyped it
/// from what the article says of it, if any did.
fn explain_group(
    model: &Model,
    doc: &Document,
    tagged: &Tagged<'_>,
    mentions: &[Mention],
    group: &[(usize, Option<MergeRule>)],
    retyped: Option<Retyped>,
) -> String {
    let (_, typed_by) = vote(mentions, group);
    let mut why = explain(model, doc, tagged, &mentions[typed_by]);
    if let Some(Retyped { rule, words }) = retyped {
        why.push_str(&format!(
            "; type rule {}: {}; here \"{words}\"",
            rule.id, rule.reason
        ));
    }
    let mut merges: Vec<&str> = group
        .iter()
        .filter_map(|(_, r)| r.map(MergeRule::id))
        .collect();
    if !merges.is_empty() {
        merges.sort_unstable();
        merges.dedup();
        why.push_str(&format!("; merged by {}", merges.join(", ")));
    }
    why
}

/// Why a mention got its type: the tagger's tag with the feature families that pushed it
/// most, then the typing rule.
fn explain(model: &Model, doc: &Document, tagged: &Tagged<'_>, mention: &Mention) -> String {
    let rule = format!("type rule {}: {}", mention.rule.id, mention.rule.reason);
    if mention.origin == HYPHEN_COMPOUND {
        return format!("rule {HYPHEN_COMPOUND}: a place inside a hyphenated word; {rule}");
    }
    let rule = if mention.origin == TAGGER {
        rule
    } else {
        format!("rule {}; {rule}", mention.origin)
    };
    let Some(s) = doc
        .tokens
        .get(mention.tokens.start)
        .and_then(|t| doc.sentence_at(t.span.start))
    else {
        return rule;
    };
    let first = doc.sentences[s].tokens.start;
    let mut totals: BTreeMap<Template, f32> = BTreeMap::new();
    let mut features: Vec<Feature> = Vec::new();
    let mut tag_label = String::new();
    for t in mention.tokens.clone() {
        let i = t - first;
        let Some(&tag) = tagged.tags.get(s).and_then(|tags| tags.get(i)) else {
            continue;
        };
        if tag_label.is_empty() {
            tag_label = untag(tag).0.map_or("O", Coarse::label).to_string();
        }
        features.clear();
        tagged.features.features(s, i, &mut features);
        for &(key, template) in &features {
            if let Some(row) = model.weights.row(key) {
                let w = row.get(tag).copied().unwrap_or(0.0);
                *totals.entry(template).or_default() += w;
            }
        }
    }
    let mut ranked: Vec<(Template, f32)> = totals.into_iter().filter(|(_, w)| *w > 0.0).collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
    let top: Vec<String> = ranked
        .iter()
        .take(3)
        .map(|(t, w)| format!("{} +{w:.1}", t.name()))
        .collect();
    format!("tagger {tag_label} ({}); {rule}", top.join(", "))
}
