//! The matcher: a token view of each sentence and the leftmost-longest search that runs the
//! rules of [`super::rules`] over it, with the modifiers every rule shares ("the", "about",
//! "early", "the end of").
//!
//! Each rule is data: an id, a reason and a parse function from a token position to a
//! [`Match`]. This module owns no rule itself and resolves nothing: values come from
//! [`super::normalise`].

use compact_str::CompactString;

use crate::engine::span::Span;
use crate::engine::text::{Document, TokenKind};

use super::lexicon::{self, Unit};
use super::normalise::Sem;
use super::rules;

/// A token as the grammar sees it: hyphenated words are split into their parts.
#[derive(Debug, Clone)]
pub struct Tok {
    /// Where it is in the text.
    pub span: Span,
    /// Lower-cased surface without a trailing full stop ("sept." → "sept").
    pub key: CompactString,
    /// Word, number or punctuation.
    pub kind: TokenKind,
    /// Whether the surface starts with an upper-case letter.
    pub capital: bool,
}

/// What a rule recognised: the token index one past its end, and what it means.
#[derive(Debug, Clone)]
pub struct Match {
    /// One past the last token.
    pub end: usize,
    /// Its meaning, resolved later.
    pub sem: Sem,
}

/// A grammar rule: data with an id and a reason.
pub struct Rule {
    /// Stable id, shown by `--explain`.
    pub id: &'static str,
    /// Why the rule exists (what it reads and how).
    pub reason: &'static str,
    /// Whether a leading "the" belongs to the expression ("the third quarter").
    pub takes_the: bool,
    /// Tries the rule at a token index of a sentence.
    pub parse: fn(&[Tok], usize) -> Option<Match>,
}

/// A position modifier before the core ("early", "the end of"): part of the extent, and of
/// the TimeML `mod`, not of the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Prefix {
    The,
    Other,
}

/// An expression found in one sentence.
#[derive(Debug, Clone)]
pub struct Found {
    /// Its extent in the text.
    pub span: Span,
    /// Its meaning.
    pub sem: Sem,
    /// The rule that found its core.
    pub rule: &'static str,
    /// Its tokens, indices into the sentence's token view.
    pub tokens: std::ops::Range<usize>,
}

/// The grammar's view of sentence `idx`; wire-style opening quotes (``) split off the word
/// they open ("``now").
pub fn sentence_toks(text: &str, doc: &Document, idx: usize) -> Vec<Tok> {
    let tokens = doc.sentence_tokens(idx);
    let mut out = Vec::with_capacity(tokens.len() + tokens.len() / 8);
    for token in tokens {
        let mut surface = token.span.of(text);
        let mut start = token.span.start;
        let ticks = surface.len() - surface.trim_start_matches('`').len();
        if ticks > 0 && ticks < surface.len() {
            out.push(tok(&surface[..ticks], start, TokenKind::Punct));
            surface = &surface[ticks..];
            start += ticks;
        }
        if token.kind == TokenKind::Word
            && surface.len() > 2
            && surface.as_bytes()[1..].contains(&b'-')
        {
            split_hyphens(surface, start, &mut out);
        } else {
            out.push(tok(surface, start, token.kind));
        }
    }
    out
}

fn tok(surface: &str, start: usize, kind: TokenKind) -> Tok {
    let key = match surface.strip_suffix('.') {
        Some(stripped) if !stripped.is_empty() => lower_key(stripped),
        _ => lower_key(surface),
    };
    Tok {
        span: Span::new(start, start + surface.len()),
        key,
        kind,
        capital: surface.chars().next().is_some_and(char::is_uppercase),
    }
}

/// `surface` in lower case, kept inline when short (most tokens), so a token costs no allocation.
fn lower_key(surface: &str) -> CompactString {
    if !surface.is_ascii() {
        CompactString::from(surface.to_lowercase())
    } else if surface.bytes().any(|b| b.is_ascii_uppercase()) {
        let mut key = CompactString::from(surface);
        key.make_ascii_lowercase();
        key
    } else {
        CompactString::from(surface)
    }
}

fn split_hyphens(surface: &str, start: usize, out: &mut Vec<Tok>) {
    let mut piece = 0;
    for (i, _) in surface.match_indices('-') {
        if i > piece {
            let part = &surface[piece..i];
            out.push(tok(part, start + piece, part_kind(part)));
        }
        out.push(tok("-", start + i, TokenKind::Punct));
        piece = i + 1;
    }
    if piece < surface.len() {
        let part = &surface[piece..];
        out.push(tok(part, start + piece, part_kind(part)));
    }
}

fn part_kind(part: &str) -> TokenKind {
    if part.chars().any(char::is_alphabetic) {
        TokenKind::Word
    } else if part.starts_with(|c: char| c.is_ascii_digit()) {
        TokenKind::Number
    } else {
        TokenKind::Punct
    }
}

/// Finds the expressions of one sentence, leftmost-longest, never overlapping.
pub fn scan(toks: &[Tok]) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    let headline = is_title_cased(toks);
    while i < toks.len() {
        match longest_at(toks, i) {
            Some((start, found)) if !headline && inside_a_name(toks, start, found.end) => {
                i = found.end;
            }
            Some((start, found)) => {
                let end = found.end;
                out.push(Found {
                    span: toks[start].span.cover(toks[end - 1].span),
                    sem: found.sem,
                    rule: found.rule,
                    tokens: start..end,
                });
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// Whether most words of the sentence are capitalised, as in a headline ("Talks Resume
/// Today"): capitals then say nothing about names.
fn is_title_cased(toks: &[Tok]) -> bool {
    let (words, capitalised) = toks
        .iter()
        .skip(1)
        .filter(|t| t.kind == TokenKind::Word)
        .fold((0, 0), |(n, c), t| (n + 1, c + usize::from(t.capital)));
    words >= 2 && capitalised * 2 > words
}

/// Capitalised words that, after a time word, make it a newspaper's or a programme's name
/// ("The Sunday Times", "the Evening Standard", "Scotland's Sunday Live").
const TITLE_NOUNS: &[&str] = &[
    "times",
    "telegraph",
    "mirror",
    "express",
    "herald",
    "post",
    "mail",
    "standard",
    "chronicle",
    "observer",
    "independent",
    "tribune",
    "star",
    "sport",
    "people",
    "business",
    "record",
    "sun",
    "news",
    "journal",
    "live",
    "show",
    "edition",
    "politics",
];

/// "The Sunday Times", "the Evening Chronicle", "Entertainment Weekly", "centre Jamie
/// Noon": an expression of capitalised words is part of a name when a newspaper's or
/// programme's noun follows it, or when it is one ordinary word ("Noon", "Weekly", "Now",
/// not a weekday or a month: "Netanyahu Monday rejected" is a date) right after a
/// capitalised word that does not open the sentence, unless a comma follows it as after a
/// fronted adverb ("Hewlett-Packard Co. Recently, analysts …").
fn inside_a_name(toks: &[Tok], start: usize, end: usize) -> bool {
    let words: Vec<&Tok> = toks[start..end]
        .iter()
        .filter(|t| t.kind == TokenKind::Word && !matches!(t.key.as_str(), "the" | "a"))
        .collect();
    if words.is_empty() || !words.iter().all(|t| t.capital) {
        return false;
    }
    let title_after = toks
        .get(end)
        .is_some_and(|t| t.capital && TITLE_NOUNS.contains(&t.key.as_str()));
    let ordinary = matches!(words.as_slice(), [w] if lexicon::month(&w.key).is_none()
        && lexicon::weekday(&w.key).is_none());
    let name_before = start
        .checked_sub(1)
        .filter(|&j| j > 0)
        .is_some_and(|j| toks[j].kind == TokenKind::Word && toks[j].capital);
    let opens_a_clause = toks.get(end).is_some_and(|t| t.key == ",");
    title_after || (ordinary && name_before && !opens_a_clause)
}

struct Best {
    end: usize,
    sem: Sem,
    rule: &'static str,
}

/// The longest expression starting exactly at `i`, prefixes included.
fn longest_at(toks: &[Tok], i: usize) -> Option<(usize, Best)> {
    toks.get(i)?;
    let mut best: Option<Best> = None;
    let mut consider = |candidate: Best| {
        if best.as_ref().is_none_or(|b| candidate.end > b.end) {
            best = Some(candidate);
        }
    };
    if could_start(toks, i) {
        for rule in rules::ALL {
            if let Some(m) = (rule.parse)(toks, i) {
                consider(Best {
                    end: m.end,
                    sem: m.sem,
                    rule: rule.id,
                });
            }
        }
    }
    if let Some((prefix, len)) = prefix_at(toks, i) {
        if let Some((_, inner)) = longest_at(toks, i + len) {
            let allowed = prefix != Prefix::The || rule_takes_the(inner.rule);
            if allowed {
                consider(inner);
            }
        }
    }
    best.map(|b| (i, b))
}

fn rule_takes_the(id: &str) -> bool {
    rules::ALL.iter().any(|r| r.id == id && r.takes_the)
}

/// Whether a rule could start at token `i` (a cheap filter before trying them all).
fn could_start(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    let k = t.key.as_str();
    match t.kind {
        TokenKind::Number => true,
        TokenKind::Punct => k == "'" || k == "’",
        TokenKind::Word => {
            k.as_bytes()[0].is_ascii_digit()
                || lexicon::opens_expression(k, rules::is_starter)
                || key(toks, i + 1).is_some_and(|next| rules::starts_before(k, next))
        }
    }
}

/// A modifier at `i` and how many tokens it takes.
fn prefix_at(toks: &[Tok], i: usize) -> Option<(Prefix, usize)> {
    let k = |j: usize| key(toks, j);
    let first = k(i)?;
    if first == "the" {
        if matches!(
            k(i + 1),
            Some("end" | "beginning" | "start" | "middle" | "turn")
        ) && k(i + 2) == Some("of")
        {
            return Some((Prefix::Other, 3));
        }
        return Some((Prefix::The, 1));
    }
    if matches!(first, "end" | "beginning" | "start" | "middle") && k(i + 1) == Some("of") {
        return Some((Prefix::Other, 2));
    }
    if matches!(first, "more" | "less" | "fewer") && k(i + 1) == Some("than") {
        return Some((Prefix::Other, 2));
    }
    if (first == "at" && matches!(k(i + 1), Some("least" | "most")))
        || (first == "up" && k(i + 1) == Some("to"))
    {
        return Some((Prefix::Other, 2));
    }
    if first == "mid" && k(i + 1) == Some("-") {
        return Some((Prefix::Other, 2));
    }
    if matches!(first, "early" | "late" | "mid") || lexicon::approximator(first) {
        return Some((Prefix::Other, 1));
    }
    if matches!(first, "earlier" | "later")
        && matches!(k(i + 1), Some("this" | "that" | "in" | "next" | "last"))
    {
        return Some((Prefix::Other, 1));
    }
    None
}

/// The key of token `i`, if there is one.
pub fn key(toks: &[Tok], i: usize) -> Option<&str> {
    toks.get(i).map(|t| t.key.as_str())
}

/// Whether token `i` is `word`.
pub fn is(toks: &[Tok], i: usize, word: &str) -> bool {
    key(toks, i) == Some(word)
}

/// Whether token `i` follows a quantity ("$2 million", "20%", "700 seats"): then "a year"
/// or "annually" after it is a rate, not a time ("$2 million a year").
pub fn follows_quantity(toks: &[Tok], i: usize) -> bool {
    let Some(before) = i.checked_sub(1).and_then(|j| toks.get(j)) else {
        return false;
    };
    let is_quantity = |t: &Tok| {
        t.kind == TokenKind::Number
            || t.key.ends_with('%')
            || matches!(
                t.key.as_str(),
                "percent" | "million" | "billion" | "trillion" | "thousand" | "cents" | "dollars"
            )
    };
    let counted_plural = before.kind == TokenKind::Word
        && before.key.len() > 3
        && before.key.ends_with('s')
        && i.checked_sub(2)
            .and_then(|j| toks.get(j))
            .is_some_and(|t| t.kind == TokenKind::Number);
    is_quantity(before) || counted_plural
}

/// An amount of units: exact, or vague ("several").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Amount {
    /// A number.
    Exact(u32),
    /// "several", "a few", "many".
    Vague,
    /// A number and a half: "2 1/2", "a minute and a half".
    AndHalf(u32),
}

/// A cardinal at `i` (digits, number words, "a"/"an", "a few", "a couple of") and the
/// index after it.
pub fn amount(toks: &[Tok], i: usize) -> Option<(Amount, usize)> {
    let t = toks.get(i)?;
    if t.kind == TokenKind::Number {
        let n = lexicon::parse_digits(&t.key.replace(',', ""))?;
        return Some((Amount::Exact(n), i + 1));
    }
    match t.key.as_str() {
        "a" | "an" => {
            return match key(toks, i + 1) {
                Some("few") => Some((Amount::Vague, i + 2)),
                Some("couple") if is(toks, i + 2, "of") => Some((Amount::Exact(2), i + 3)),
                Some("dozen") => Some((Amount::Exact(12), i + 2)),
                Some("half") if is(toks, i + 2, "dozen") => Some((Amount::Exact(6), i + 3)),
                _ => Some((Amount::Exact(1), i + 1)),
            };
        }
        "several" | "few" | "many" => return Some((Amount::Vague, i + 1)),
        "couple" if is(toks, i + 1, "of") => return Some((Amount::Exact(2), i + 2)),
        "dozens" | "hundreds" | "thousands" if is(toks, i + 1, "of") => {
            return Some((Amount::Vague, i + 2))
        }
        _ => {}
    }
    let (n, end) = number_words(toks, i)?;
    Some((Amount::Exact(n), end))
}

/// Number words at `i`: "two", "twenty four", "twenty-four", "a hundred", "two thousand".
pub fn number_words(toks: &[Tok], i: usize) -> Option<(u32, usize)> {
    let mut n = lexicon::small_number(key(toks, i)?)?;
    let mut j = i + 1;
    if n >= 20 && n % 10 == 0 {
        let skip = usize::from(is(toks, j, "-"));
        if let Some(ones) = key(toks, j + skip).and_then(lexicon::small_number) {
            if (1..10).contains(&ones) {
                n += ones;
                j += skip + 1;
            }
        }
    }
    if is(toks, j, "hundred") {
        n *= 100;
        j += 1;
    } else if is(toks, j, "thousand") {
        n *= 1000;
        j += 1;
    }
    Some((n, j))
}

/// A unit noun at `i`, with whether it was plural.
pub fn unit_at(toks: &[Tok], i: usize) -> Option<(Unit, bool)> {
    lexicon::unit(key(toks, i)?)
}
