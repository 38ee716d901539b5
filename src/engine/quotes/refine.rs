//! Refining a found attribution: the source that holds a quote may be another than the one
//! read next to its cue. A relative "who" stands for the phrase before it; a source whose
//! clause is reported by an outer speech verb gives way to that verb's source ("Lynch said
//! she recalled “…”"); a pronoun in "what he called" stands for its sentence's subject; and
//! speech reported "according to" someone is theirs. PolNeAR annotates the outer
//! attribution in each case.
//!
//! It only rereads a bounded window around an attribution `attribute` found; it finds none
//! itself.

use super::attribute::{
    cue_covering, cue_span, Attribution, Context, Frame, MAX_SOURCE_BEFORE_CUE,
};
use super::cues::{cue_at, CueForm};
use super::phrases::{phrase_after, phrase_before, sentence_subject};
use super::rules;
use crate::engine::text::TokenKind;

/// The attribution that holds the quote, from the one found next to its cue.
pub(super) fn refine(ctx: &Context<'_>, frame: &Frame, found: Attribution) -> Attribution {
    let found = with_antecedent(ctx, frame, found);
    let found = with_reporting_source(ctx, frame, found);
    let found = with_sentence_subject(ctx, frame, found);
    with_according_source(ctx, frame, found)
}

/// Words opening the free relative clause a pronoun source stands in ("what he called").
const RELATIVE_OPENERS: &[&str] = &["what"];

/// Personal pronouns that, as a source inside a sentence, stand for its subject.
const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "it", "they"];

/// "Ban Ki-moon condemned what he called a “brazen breach”": a pronoun source in a free
/// relative clause stands for the subject of its sentence before it, the mention PolNeAR's
/// annotators pick.
fn with_sentence_subject(ctx: &Context<'_>, frame: &Frame, found: Attribution) -> Attribution {
    let Some(speaker) = found.speaker else {
        return found;
    };
    if !SUBJECT_PRONOUNS.contains(&speaker.of(ctx.text).to_lowercase().as_str()) {
        return found;
    }
    let Some(sentence) = ctx.doc.sentence_at(speaker.start) else {
        return found;
    };
    let range = ctx.doc.sentences[sentence].tokens.clone();
    let at = ctx
        .tokens()
        .partition_point(|t| t.span.start < speaker.start);
    let start = range.start.max(frame.bounds.start);
    let in_relative =
        at > start && RELATIVE_OPENERS.contains(&ctx.surface(at - 1).to_lowercase().as_str());
    if !in_relative || (start..at).any(|i| ctx.hidden(frame, i)) {
        return found;
    }
    match sentence_subject(ctx.text, ctx.tokens(), start, at) {
        Some(subject) if subject.end <= speaker.start => Attribution {
            speaker: Some(subject),
            rule: rules::SENTENCE_SUBJECT,
            ..found
        },
        _ => found,
    }
}

/// How many tokens after its cue or source an "according to" may stand and still report it
/// ("Sanders said Monday in Cheyenne, according to CNN").
const ACCORDING_REACH: usize = 8;

/// "“…,” Sanders said, according to CNN." / "According to ProPublica, Clinton praised her
/// “wonderful donors”": speech reported through another source is that source's
/// attribution, so "according to" in the attribution's sentence names the speaker.
fn with_according_source(ctx: &Context<'_>, frame: &Frame, found: Attribution) -> Attribution {
    let (Some(speaker), Some(cue)) = (found.speaker, found.cue) else {
        return found;
    };
    if matches!(found.rule, rules::AFTER_ACCORDING | rules::BEFORE_ACCORDING) {
        return found;
    }
    let tokens = ctx.tokens();
    let Some(sentence) = ctx.doc.sentence_at(cue.start) else {
        return found;
    };
    let range = ctx.doc.sentences[sentence].tokens.clone();
    let according = |i: usize| {
        cue_at(ctx.text, tokens, i)
            .filter(|c| c.entry.form == CueForm::Preposition && c.len == 2)
            .map(|c| (i, c))
    };
    let from = tokens.partition_point(|t| t.span.start < speaker.end.max(cue.end));
    let trailing = (from..range.end.min(from + ACCORDING_REACH))
        .take_while(|&i| !ctx.hidden(frame, i) && !matches!(ctx.surface(i), "." | "!" | "?" | ";"))
        .find_map(according)
        .map(|found| (found, range.end));
    let first = speaker.start.min(cue.start);
    let leading = according(range.start)
        .filter(|&(i, c)| i + c.len < tokens.len() && tokens[i + c.len].span.end <= first)
        .map(|(i, c)| {
            let reach = range.end.min(i + MAX_SOURCE_BEFORE_CUE);
            let comma = (i..reach).find(|&j| ctx.surface(j) == ",");
            ((i, c), comma.unwrap_or(range.end))
        });
    let Some(((at, according_to), end)) = trailing.or(leading) else {
        return found;
    };
    match phrase_after(ctx.text, tokens, at + according_to.len, end) {
        Some(source) => Attribution {
            speaker: Some(source),
            cue: Some(cue_span(tokens, at, according_to)),
            rule: rules::THROUGH_ACCORDING,
        },
        None => found,
    }
}

/// "Lynch said she recalled thinking, “…”": a source whose clause is itself reported by a
/// speech verb right before it gives way to that verb's source: the outer attribution holds
/// the quote.
fn with_reporting_source(ctx: &Context<'_>, frame: &Frame, found: Attribution) -> Attribution {
    let Some(speaker) = found.speaker else {
        return found;
    };
    let tokens = ctx.tokens();
    let at = tokens.partition_point(|t| t.span.start < speaker.start);
    let opens_phrase = tokens
        .get(at)
        .is_some_and(|t| t.span.start == speaker.start && ctx.surface(at) != "who");
    let floor = frame.bounds.start;
    if !opens_phrase || at <= floor {
        return found;
    }
    let mut cue_end = at;
    if ctx.surface(cue_end - 1).eq_ignore_ascii_case("that") {
        cue_end -= 1;
    }
    let Some((cue_start, cue)) = cue_covering(ctx, floor, cue_end.saturating_sub(1), cue_end)
        .filter(|&(k, cue)| k + cue.len == cue_end && cue.entry.form == CueForm::Finite)
    else {
        return found;
    };
    if found.cue.map(|c| c.start) == Some(tokens[cue_start].span.start) {
        return found;
    }
    let source_floor = ctx.floor_after_quotes(frame, floor, cue_start);
    match phrase_before(ctx.text, tokens, source_floor, cue_start) {
        Some(outer) => Attribution {
            speaker: Some(outer),
            cue: Some(cue_span(tokens, cue_start, cue)),
            rule: rules::REPORTED_SPEAKER,
        },
        None => found,
    }
}

/// "Sanders, who has represented Vermont for decades, rallied …": a relative "who" set off
/// by commas, its clause closed before the cue, stands for the phrase before it. Its clause
/// holding the cue ("Beck, who described Trump as “…”"), "who" is the speaker.
pub(super) fn with_antecedent(ctx: &Context<'_>, frame: &Frame, found: Attribution) -> Attribution {
    let (Some(speaker), Some(cue)) = (found.speaker, found.cue) else {
        return found;
    };
    let tokens = ctx.tokens();
    let at = tokens.partition_point(|t| t.span.start < speaker.start);
    let relative = tokens
        .get(at)
        .is_some_and(|t| t.span == speaker && t.span.of(ctx.text).eq_ignore_ascii_case("who"));
    let floor = frame.bounds.start.min(at);
    if !relative || at < floor + 2 || ctx.surface(at - 1) != "," {
        return found;
    }
    let cue_at = tokens.partition_point(|t| t.span.start < cue.start);
    let clause_closed = cue_at > at + 2
        && tokens
            .get(at + 1)
            .is_some_and(|t| t.kind == TokenKind::Word)
        && (at + 2..cue_at).any(|i| ctx.surface(i) == ",");
    if !clause_closed {
        return found;
    }
    let floor = ctx.floor_after_quotes(frame, floor, at - 1);
    match phrase_before(ctx.text, tokens, floor, at - 1) {
        Some(antecedent) => Attribution {
            speaker: Some(antecedent),
            ..found
        },
        None => found,
    }
}
