//! Attribution without a cue: a quote no speech verb or phrase attributes takes the subject
//! of its own clause, or, standing alone as a sentence, the subject of the sentence before.
//! These run only after `attribute` and the sharing within quotations found nothing.
//!
//! It does not resolve the subject to an entity (see `link`); it only uses entity mentions
//! to refuse a lone word that names nobody.

use super::attribute::{Attribution, Context, Frame, WINDOW};
use super::phrases::{clause_subject, is_pronoun, sentence_subject};
use super::refine;
use super::rules;
use crate::engine::span::Span;

/// He voiced a wish for a “strong Mexico”: a quote inside a sentence with no speech verb
/// takes the subject of its clause as source and the verb after it as cue. Not inside another
/// quotation: there the clause is the quoted speaker's own words, and a term they put in marks
/// with no speech verb is their scare quote ("It comes across as “too loud”").
pub(crate) fn clause_subject_of(ctx: &Context<'_>, frame: &Frame) -> Option<Attribution> {
    let floor = frame.bounds.start;
    if frame.nested || floor >= frame.tokens.start {
        return None;
    }
    let tokens = ctx.tokens();
    let hidden = |i| ctx.hidden(frame, i);
    let speaker = clause_subject(ctx.text, tokens, floor, frame.tokens.start, &hidden)?;
    let verb = tokens[floor..frame.tokens.start]
        .iter()
        .find(|t| t.span.start >= speaker.end)
        .map(|t| t.span);
    Some(refine::with_antecedent(
        ctx,
        frame,
        Attribution {
            speaker: Some(speaker),
            cue: verb,
            rule: rules::CLAUSE_SUBJECT,
        },
    ))
}

/// Valastro praised Christie's leadership.¶“We need someone who …”: a quote that is a
/// sentence of its own, with no cue near it, after a sentence with no quote: that sentence's
/// subject speaks. Never "it", "this" or a subject inside a quote.
pub(crate) fn previous_subject(ctx: &Context<'_>, frame: &Frame) -> Option<Attribution> {
    if frame.nested {
        return None;
    }
    let first = ctx.tokens().get(frame.tokens.start)?;
    let sentence = ctx.doc.sentence_at(first.span.start)?;
    let current = &ctx.doc.sentences[sentence];
    if current.tokens.start != frame.tokens.start {
        return None;
    }
    let previous = &ctx.doc.sentences[sentence.checked_sub(1)?];
    if previous.paragraph + 1 < current.paragraph || previous.tokens.clone().any(|i| ctx.quoted[i])
    {
        return None;
    }
    let start = previous
        .tokens
        .start
        .max(previous.tokens.end.saturating_sub(WINDOW));
    let speaker = sentence_subject(ctx.text, ctx.tokens(), start, previous.tokens.end)?;
    let word = speaker.of(ctx.text).to_lowercase();
    if matches!(
        word.as_str(),
        "it" | "this" | "that" | "there" | "what" | "who"
    ) || is_lone_unnamed_word(ctx, speaker)
    {
        return None;
    }
    Some(Attribution {
        speaker: Some(speaker),
        cue: None,
        rule: rules::PREVIOUS_SUBJECT,
    })
}

/// Whether a subject is one word that is neither a pronoun nor an entity mention: a
/// sentence opening with a verb or a preposition ("Fill in the gaps.", "Alongside …")
/// has no subject to speak.
fn is_lone_unnamed_word(ctx: &Context<'_>, subject: Span) -> bool {
    let tokens = ctx.tokens();
    let first = tokens.partition_point(|t| t.span.start < subject.start);
    let one_word = tokens.get(first).is_some_and(|t| t.span.end >= subject.end);
    one_word && !is_pronoun(ctx.text, &tokens[first]) && !ctx.names_a_mention(subject)
}
