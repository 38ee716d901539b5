//! Quotations: their spans, their kind (direct, partial, scare, indirect) and their speaker.
//!
//! The stage runs in four steps, each in its own module: `marks` finds the stretches between
//! quotation marks; `attribute` finds each one's cue (from the data lexicon in `cues`) and
//! source mention (read by `phrases`), which `refine` hands to an outer source when one
//! holds the quote ("according to CNN"); `kinds` tells a direct quote from a partial or scare
//! one; `indirect` finds reported speech without marks. Quotes left without a source inherit
//! one from the same quotation (several paragraphs) or the quote before them, else take the
//! subject of their clause or of the sentence before (`cueless`). Finally `link`
//! resolves each source mention to an entity. Every decision names its rule (`rules`).
//!
//! It never fails or panics on any text; every span lies on char boundaries of the input.
//! It does not resolve coreference beyond linking a speaker mention.

mod attribute;
mod cueless;
mod cues;
mod indirect;
mod kinds;
mod link;
mod marks;
mod phrases;
mod refine;
pub mod rules;
mod transcript;

use std::ops::Range;

use crate::engine::entities::Entity;
use crate::engine::span::Span;
use crate::engine::text::{Document, Token};
use attribute::{Attribution, Context, Frame};
use kinds::KindInput;
use marks::Marked;

/// What kind of quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuoteKind {
    /// A quoted clause or sentence attributed to someone.
    Direct,
    /// A quoted fragment inside reported speech.
    Partial,
    /// A quoted term that is nobody's words.
    Scare,
    /// Reported speech without quotation marks.
    Indirect,
}

impl QuoteKind {
    /// The label used in `gloss/1` output.
    pub fn label(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Scare => "scare",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// A quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// The quoted content, marks included for marked quotes.
    pub span: Span,
    /// Its kind.
    pub kind: QuoteKind,
    /// The mention of the speaker, if found.
    pub speaker: Option<Span>,
    /// The entity the speaker refers to, an index into the entity list.
    pub entity: Option<usize>,
    /// The speech verb or phrase ("said", "according to").
    pub cue: Option<Span>,
    /// The id of the rule that attributed it, for `--explain`.
    pub rule: &'static str,
}

/// Whether `phrase` holds a speech cue of the lexicon ("has said", "according to"): for
/// scoring reported speech against annotations whose cues go beyond speech.
pub fn holds_speech_cue(phrase: &str) -> bool {
    cues::holds_cue(phrase)
}

/// Whether a token is a quotation mark standing alone.
pub(crate) fn is_quote_mark_token(text: &str, token: &Token) -> bool {
    matches!(
        token.span.of(text),
        "\"" | "“" | "”" | "„" | "'" | "‘" | "’" | "‚" | "«" | "»" | "‹" | "›"
    )
}

/// One marked quotation while it is being attributed.
struct Pending {
    marked: Marked,
    frame: Frame,
    attribution: Option<Attribution>,
}

/// Finds the quotations of the document.
pub fn extract(text: &str, doc: &Document, entities: &[Entity]) -> Vec<Quote> {
    let marked = marks::find(text, &doc.paragraphs);
    let ctx = Context {
        text,
        doc,
        quoted: quoted_tokens(text, doc, &marked),
        mentions: mention_spans(entities),
    };
    let mut pending = frames(text, doc, marked);
    for p in &mut pending {
        p.attribution = attribute::attribute(&ctx, &p.frame);
    }
    share_within_quotations(text, doc, &mut pending);
    inherit_from_previous_quote(doc, &mut pending);
    for p in pending.iter_mut().filter(|p| p.attribution.is_none()) {
        p.attribution = cueless::clause_subject_of(&ctx, &p.frame)
            .or_else(|| cueless::previous_subject(&ctx, &p.frame));
    }
    let mut quotes: Vec<Quote> = pending.iter().map(|p| to_quote(text, doc, p)).collect();
    quotes.extend(
        indirect::find(text, doc, &ctx.quoted)
            .into_iter()
            .map(|r| Quote {
                span: r.content,
                kind: QuoteKind::Indirect,
                speaker: Some(r.speaker),
                entity: None,
                cue: Some(r.cue),
                rule: r.rule.id,
            }),
    );
    let discourse = link::Discourse::new(text, doc, &ctx.quoted, entities);
    for quote in &mut quotes {
        quote.entity = quote.speaker.and_then(|s| link::resolve(&discourse, s));
    }
    quotes.sort_by_key(|q| (q.span.start, q.span.end));
    quotes
}

/// Every entity mention, in text order.
fn mention_spans(entities: &[Entity]) -> Vec<Span> {
    let mut spans: Vec<Span> = entities
        .iter()
        .flat_map(|e| e.mentions.iter().copied())
        .collect();
    spans.sort_by_key(|s| (s.start, s.end));
    spans
}

/// For each token, whether it lies inside a top-level marked quotation (a nickname inside a
/// name is part of the name: Marcia "Cia" Price).
fn quoted_tokens(text: &str, doc: &Document, marked: &[Marked]) -> Vec<bool> {
    let mut quoted = vec![false; doc.tokens.len()];
    for m in marked.iter().filter(|m| m.depth == 0) {
        let first = doc.tokens.partition_point(|t| t.span.start < m.span.start);
        let end = doc.tokens.partition_point(|t| t.span.end <= m.span.end);
        if kinds::is_nickname(text, &doc.tokens, first..end.max(first)) {
            continue;
        }
        quoted[first..end.max(first)]
            .iter_mut()
            .for_each(|q| *q = true);
    }
    quoted
}

/// The frame of every marked quotation; a nested one reads only inside its enclosing quote.
fn frames(text: &str, doc: &Document, marked: Vec<Marked>) -> Vec<Pending> {
    let mut enclosing: Vec<(Span, Range<usize>)> = Vec::new();
    let all = 0..doc.tokens.len();
    marked
        .into_iter()
        .map(|m| {
            while enclosing
                .last()
                .is_some_and(|(span, _)| !span.contains(m.span))
            {
                enclosing.pop();
            }
            let nested = m.depth > 0 && !enclosing.is_empty();
            let outer = match enclosing.last() {
                Some((_, tokens)) if nested => tokens.start + 1..tokens.end.saturating_sub(1),
                _ => all.clone(),
            };
            let trails = text
                .get(m.inner.range())
                .is_some_and(|inner| inner.trim_end().ends_with([',', '?', '!', '—', '-', '…']));
            let frame = attribute::frame(doc, m.span, outer, nested, trails);
            enclosing.push((m.span, frame.tokens.clone()));
            Pending {
                marked: m,
                frame,
                attribution: None,
            }
        })
        .collect()
}

/// Gives the paragraphs of a quotation running over several paragraphs one attribution.
fn share_within_quotations(text: &str, doc: &Document, pending: &mut [Pending]) {
    let top: Vec<usize> = (0..pending.len())
        .filter(|&i| pending[i].marked.depth == 0)
        .collect();
    let mut group: Vec<usize> = Vec::new();
    for (n, &i) in top.iter().enumerate() {
        group.push(i);
        let continues = pending[i].marked.open_ended
            && top
                .get(n + 1)
                .is_some_and(|&j| opens_next_paragraph(text, doc, &pending[i], &pending[j]));
        if !continues {
            share(pending, &group);
            group.clear();
        }
    }
}

fn opens_next_paragraph(text: &str, doc: &Document, first: &Pending, next: &Pending) -> bool {
    let paragraph = doc
        .paragraphs
        .partition_point(|p| p.end < first.marked.span.end);
    let gap = doc.paragraphs.get(paragraph + 1).map(|p| p.start);
    gap == Some(next.marked.span.start) && text.is_char_boundary(next.marked.span.start)
}

/// Each paragraph of the quotation without an attribution of its own takes the nearest one
/// before it (a transcript's paragraphs go on with the last named speaker), or the first one
/// after it (“…¶“…,” he said.).
fn share(pending: &mut [Pending], group: &[usize]) {
    let Some(mut found) = group.iter().find_map(|&i| pending[i].attribution) else {
        return;
    };
    for &i in group {
        match pending[i].attribution {
            Some(own) => found = own,
            None => {
                pending[i].attribution = Some(Attribution {
                    rule: rules::SAME_QUOTATION,
                    ..found
                });
            }
        }
    }
}

/// Whether `speaker` ends right before `quote` with only white space between: the phrase
/// holding the scare marker itself ("The so-called “peace plan”"), which is nobody.
fn abuts(text: &str, speaker: Option<Span>, quote: Span) -> bool {
    speaker.is_some_and(|s| {
        text.get(s.end..quote.start)
            .is_some_and(|gap| gap.trim().is_empty())
    })
}

/// “…,” he said. “…”: an unattributed quote opening its sentence continues the previous
/// attributed quote of the same or the previous paragraph.
fn inherit_from_previous_quote(doc: &Document, pending: &mut [Pending]) {
    let mut last: Option<(usize, Attribution)> = None;
    for p in pending.iter_mut().filter(|p| p.marked.depth == 0) {
        let Some(sentence) = doc.sentence_at(p.marked.span.start) else {
            continue;
        };
        let paragraph = doc.sentences[sentence].paragraph;
        let opens_sentence = doc.sentences[sentence].tokens.start == p.frame.tokens.start;
        match (p.attribution, last) {
            (Some(found), _) => last = Some((paragraph, found)),
            (None, Some((from, found))) if opens_sentence && paragraph <= from + 1 => {
                p.attribution = Some(Attribution {
                    rule: rules::PREVIOUS_QUOTE,
                    ..found
                });
                last = Some((paragraph, found));
            }
            _ => {}
        }
    }
}

/// Whether the quote stands alone on its line, but for white space.
fn is_own_line(text: &str, quote: Span) -> bool {
    let before = text.get(..quote.start).unwrap_or_default();
    let after = text.get(quote.end..).unwrap_or_default();
    let blank = |c: char| c != '\n' && c.is_whitespace();
    let opens_line = before.trim_end_matches(blank);
    let closes_line = after.trim_start_matches(blank);
    (opens_line.is_empty() || opens_line.ends_with('\n'))
        && (closes_line.is_empty() || closes_line.starts_with('\n'))
}

fn to_quote(text: &str, doc: &Document, p: &Pending) -> Quote {
    let input = KindInput {
        text,
        tokens: &doc.tokens,
        quote: p.frame.tokens.clone(),
        inner: p.marked.inner,
        attributed: p.attribution.is_some(),
        own_line: is_own_line(text, p.marked.span),
    };
    let (kind, kind_rule) = kinds::kind_of(&input);
    let rule = kind_rule
        .or(p.attribution.map(|a| a.rule))
        .unwrap_or(rules::UNATTRIBUTED);
    let nobodys_words = [
        rules::SCARE_TERM,
        rules::SCARE_NICKNAME,
        rules::SCARE_TITLE,
        rules::SCARE_BYLINE,
        rules::SCARE_HEADING,
    ];
    let attribution = p
        .attribution
        .filter(|_| !kind_rule.is_some_and(|r| nobodys_words.contains(&r)))
        .filter(|a| {
            !(kind_rule == Some(rules::SCARE_MARKER) && abuts(text, a.speaker, p.marked.span))
        });
    Quote {
        span: p.marked.span,
        kind,
        speaker: attribution.and_then(|a| a.speaker),
        entity: None,
        cue: attribution.and_then(|a| a.cue),
        rule: rule.id,
    }
}
