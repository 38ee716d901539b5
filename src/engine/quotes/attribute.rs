//! Attribution: finding the cue and the source mention of one marked quotation, in the
//! orders news uses (“…,” he said; “…,” said Smith; Smith said: “…”; Bruce …, saying: “…”;
//! according to Smith, “…”; Smith on Twitter: “…”; “…” Smith said.; Smith said:¶“…”).
//!
//! It reads a bounded window of tokens around the quote (so the work per quote is constant)
//! and never looks inside other quotations for cues. It does not decide the kind and does not
//! resolve the source to an entity: see `kinds` and `link`.

use std::ops::Range;

use super::cues::{cue_at, CueForm, CueMatch};
use super::phrases::{clause_subject, is_between_word, is_pronoun, phrase_after, phrase_before};
use super::rules::{self, Rule};
use crate::engine::span::Span;
use crate::engine::text::{Document, Token};

/// How many tokens before and after a quote are read for its cue and source.
const WINDOW: usize = 60;

/// How many tokens a source phrase may take between a quote and its cue ("“…,” Clinton's
/// campaign manager Robby Mook said").
const MAX_SOURCE_BEFORE_CUE: usize = 10;

/// A cue and source found for a quote, and the rule that found them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Attribution {
    pub speaker: Option<Span>,
    pub cue: Option<Span>,
    pub rule: Rule,
}

/// What attribution reads: the text, its tokens and which tokens lie inside quotations.
pub(crate) struct Context<'a> {
    pub text: &'a str,
    pub doc: &'a Document,
    /// For each token, whether it lies inside a top-level quotation (marks included).
    pub quoted: Vec<bool>,
}

/// Where a quote sits among the tokens.
#[derive(Debug, Clone)]
pub(crate) struct Frame {
    /// The quote's tokens, marks included.
    pub tokens: Range<usize>,
    /// The tokens that may be read around it: its sentences, within the window, within the
    /// enclosing quotation for a nested one.
    pub bounds: Range<usize>,
    /// Whether the quote lies inside another (then `quoted` does not hide tokens).
    pub nested: bool,
}

impl Context<'_> {
    fn tokens(&self) -> &[Token] {
        &self.doc.tokens
    }

    fn surface(&self, i: usize) -> &str {
        self.doc.tokens[i].span.of(self.text)
    }

    fn hidden(&self, frame: &Frame, i: usize) -> bool {
        !frame.nested && self.quoted[i]
    }

    /// The token after the last hidden (quoted) token before `end`, not below `floor`.
    fn floor_after_quotes(&self, frame: &Frame, floor: usize, end: usize) -> usize {
        (floor..end)
            .rev()
            .find(|&i| self.hidden(frame, i))
            .map_or(floor, |i| i + 1)
    }
}

/// The frame of the quote covering `span`, inside the token range `outer`.
pub(crate) fn frame(doc: &Document, span: Span, outer: Range<usize>, nested: bool) -> Frame {
    let first = doc.tokens.partition_point(|t| t.span.start < span.start);
    let end = doc
        .tokens
        .partition_point(|t| t.span.end <= span.end)
        .max(first);
    let sentence_tokens = |offset: usize| {
        doc.sentence_at(offset)
            .map(|s| doc.sentences[s].tokens.clone())
    };
    let low = sentence_tokens(span.start).map_or(first, |r| r.start);
    let high = sentence_tokens(span.end.saturating_sub(1)).map_or(end, |r| r.end);
    let low = low.max(first.saturating_sub(WINDOW)).max(outer.start);
    let high = high.min(end + WINDOW).min(outer.end).max(end);
    Frame {
        tokens: first..end,
        bounds: low.min(first)..high,
        nested,
    }
}

/// The attribution of a quote from the text right after it, then before it, then around.
pub(crate) fn attribute(ctx: &Context<'_>, frame: &Frame) -> Option<Attribution> {
    after(ctx, frame, frame.tokens.end, frame.bounds.end)
        .or_else(|| before(ctx, frame, frame.bounds.start, frame.tokens.start))
        .or_else(|| colon(ctx, frame, frame.bounds.start, frame.tokens.start))
        .or_else(|| next_sentence(ctx, frame))
        .or_else(|| previous_sentence(ctx, frame))
}

/// “…,” he said / “…,” said Smith / “…,” according to Smith.
fn after(ctx: &Context<'_>, frame: &Frame, start: usize, ceiling: usize) -> Option<Attribution> {
    let mut i = start;
    while i < ceiling && i < start + 2 && matches!(ctx.surface(i), "," | "—" | "–" | "-" | "--")
    {
        i += 1;
    }
    let (at, cue) = cue_ahead(ctx, frame, i, ceiling)?;
    let cue_span = cue_span(ctx.tokens(), at, cue);
    if at == i {
        let rule = match cue.entry.form {
            CueForm::Finite => rules::AFTER_CUE_SOURCE,
            CueForm::Preposition => rules::AFTER_ACCORDING,
            CueForm::Participle => return None,
        };
        let speaker = phrase_after(ctx.text, ctx.tokens(), at + cue.len, ceiling)?;
        return Some(Attribution {
            speaker: Some(speaker),
            cue: Some(cue_span),
            rule,
        });
    }
    if cue.entry.form != CueForm::Finite {
        return None;
    }
    let speaker = phrase_before(ctx.text, ctx.tokens(), i, at)?;
    Some(Attribution {
        speaker: Some(speaker),
        cue: Some(cue_span),
        rule: rules::AFTER_SOURCE_CUE,
    })
}

/// The first cue from `start`, if only source words stand before it.
fn cue_ahead(
    ctx: &Context<'_>,
    frame: &Frame,
    start: usize,
    ceiling: usize,
) -> Option<(usize, CueMatch)> {
    let limit = ceiling.min(start + MAX_SOURCE_BEFORE_CUE);
    for i in start..limit {
        if ctx.hidden(frame, i) {
            return None;
        }
        if let Some(cue) = cue_at(ctx.text, ctx.tokens(), i) {
            return Some((i, cue));
        }
        let token = &ctx.tokens()[i];
        let sourcey = is_pronoun(ctx.text, token)
            || is_between_word(ctx.text, token)
            || phrase_after(ctx.text, ctx.tokens(), i, i + 1).is_some()
            || matches!(
                token.span.of(ctx.text),
                "'s" | "’s" | "," | "the" | "The" | "a" | "A"
            );
        if !sourcey {
            return None;
        }
    }
    None
}

fn cue_span(tokens: &[Token], at: usize, cue: CueMatch) -> Span {
    tokens[at].span.cover(tokens[at + cue.len - 1].span)
}

/// The nearest cue before `end`, not inside a quotation: `(start token, cue)`.
fn cue_behind(
    ctx: &Context<'_>,
    frame: &Frame,
    floor: usize,
    end: usize,
) -> Option<(usize, CueMatch)> {
    for i in (floor..end).rev() {
        if ctx.hidden(frame, i) {
            continue;
        }
        let longest = (i.saturating_sub(3).max(floor)..=i).find_map(|k| {
            let cue = cue_at(ctx.text, ctx.tokens(), k)?;
            (k + cue.len > i && k + cue.len <= end).then_some((k, cue))
        });
        if longest.is_some() {
            return longest;
        }
    }
    None
}

/// Smith said: “…” / said Smith, “…” / Bruce …, saying: “…” / according to Smith, “…”.
fn before(ctx: &Context<'_>, frame: &Frame, floor: usize, end: usize) -> Option<Attribution> {
    let (at, cue) = cue_behind(ctx, frame, floor, end)?;
    let cue_end = at + cue.len;
    let source_floor = ctx.floor_after_quotes(frame, floor, at);
    let tokens = ctx.tokens();
    let (speaker, rule) = match cue.entry.form {
        CueForm::Finite => match phrase_before(ctx.text, tokens, source_floor, at) {
            Some(span) => (Some(span), rules::BEFORE_SOURCE_CUE),
            None => (
                phrase_after(ctx.text, tokens, cue_end, end),
                rules::BEFORE_CUE_SOURCE,
            ),
        },
        CueForm::Participle => (
            clause_subject(ctx.text, tokens, source_floor, at),
            rules::BEFORE_PARTICIPLE,
        ),
        CueForm::Preposition => (
            phrase_after(ctx.text, tokens, cue_end, end),
            rules::BEFORE_ACCORDING,
        ),
    };
    Some(Attribution {
        speaker,
        cue: Some(cue_span(tokens, at, cue)),
        rule,
    })
}

/// Smith on Twitter: “…”: a clause ending in a colon right before the quote.
fn colon(ctx: &Context<'_>, frame: &Frame, floor: usize, end: usize) -> Option<Attribution> {
    let last = end.checked_sub(1).filter(|&l| l >= floor)?;
    if ctx.surface(last) != ":" {
        return None;
    }
    let source_floor = ctx.floor_after_quotes(frame, floor, last);
    let speaker = clause_subject(ctx.text, ctx.tokens(), source_floor, last)?;
    Some(Attribution {
        speaker: Some(speaker),
        cue: Some(ctx.tokens()[last].span),
        rule: rules::BEFORE_COLON,
    })
}

/// “…” Smith said.: the quote ends its sentence and the next one opens with source and cue.
fn next_sentence(ctx: &Context<'_>, frame: &Frame) -> Option<Attribution> {
    if frame.nested {
        return None;
    }
    let last = frame.tokens.end.checked_sub(1)?;
    let sentence = ctx.doc.sentence_at(ctx.tokens()[last].span.start)?;
    let current = &ctx.doc.sentences[sentence];
    let next = ctx.doc.sentences.get(sentence + 1)?;
    if current.tokens.end != frame.tokens.end || next.paragraph != current.paragraph {
        return None;
    }
    let found = after(ctx, frame, next.tokens.start, next.tokens.end)?;
    (found.rule == rules::AFTER_SOURCE_CUE).then_some(Attribution {
        rule: rules::NEXT_SENTENCE,
        ..found
    })
}

/// Smith said:¶“…”: the quote opens its sentence after one ending in a colon.
fn previous_sentence(ctx: &Context<'_>, frame: &Frame) -> Option<Attribution> {
    if frame.nested {
        return None;
    }
    let first = ctx.tokens().get(frame.tokens.start)?;
    let sentence = ctx.doc.sentence_at(first.span.start)?;
    if ctx.doc.sentences[sentence].tokens.start != frame.tokens.start || sentence == 0 {
        return None;
    }
    let previous = ctx.doc.sentences[sentence - 1].tokens.clone();
    if previous.is_empty() || ctx.surface(previous.end - 1) != ":" {
        return None;
    }
    let floor = previous.start.max(previous.end.saturating_sub(WINDOW));
    let found = before(ctx, frame, floor, previous.end)
        .filter(|a| a.speaker.is_some())
        .or_else(|| colon(ctx, frame, floor, previous.end))?;
    Some(Attribution {
        rule: rules::PREVIOUS_SENTENCE,
        ..found
    })
}
