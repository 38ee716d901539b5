//! Transcripts quoted paragraph by paragraph: "WALLACE: Let's start … / "PENCE: Well, look, …
//! Each paragraph opens with its speaker's name in capitals and a colon, and that name is
//! the speaker, whatever sentence introduced the transcript.
//!
//! It reads only the first tokens inside the quote; labels that name no speaker ("VIDEO:",
//! "UPDATE:") are data below, and make the paragraph nobody's. It does not link the name to
//! an entity: see `link`.

use super::attribute::{Attribution, Context, Frame};
use super::rules;
use crate::engine::text::TokenKind;

/// Most words a speaker label takes ("SEN. BERNIE SANDERS").
const LABEL_WORDS: usize = 3;

/// Capitalised labels that open a paragraph without naming who speaks.
const NOT_SPEAKERS: &[&str] = &[
    "VIDEO",
    "AUDIO",
    "UPDATE",
    "BREAKING",
    "NOTE",
    "EDITOR'S NOTE",
    "PHOTO",
    "WATCH",
    "READ",
    "CLIP",
    "TRANSCRIPT",
    "CROSSTALK",
    "APPLAUSE",
    "LAUGHTER",
];

/// "PENCE: Well, look, …: a quote opening its line whose words open with a name in
/// capitals and a colon is that name's; one opening with a label naming nobody ("VIDEO:")
/// is nobody's, and the paragraphs after it are not the last speaker's.
pub(crate) fn transcript_label(ctx: &Context<'_>, frame: &Frame) -> Option<Attribution> {
    if frame.nested || !opens_line(ctx.text, frame.span.start) {
        return None;
    }
    let first = frame.tokens.start + 1;
    let end = frame.tokens.end.min(first + 2 * LABEL_WORDS);
    let colon = (first..end).find(|&i| ctx.surface(i) == ":")?;
    let tokens = ctx.tokens();
    let label = (first..colon).all(|i| {
        let surface = ctx.surface(i);
        surface == "."
            || tokens[i].kind == TokenKind::Word
                && surface.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !surface.chars().any(char::is_lowercase)
    });
    let words = (first..colon)
        .filter(|&i| tokens[i].kind == TokenKind::Word)
        .count();
    if colon == first || !label || words > LABEL_WORDS {
        return None;
    }
    let speaker = tokens[first].span.cover(tokens[colon - 1].span);
    let name = speaker.of(ctx.text).trim_end_matches('.');
    Some(Attribution {
        speaker: (!NOT_SPEAKERS.contains(&name)).then_some(speaker),
        cue: Some(tokens[colon].span),
        rule: rules::TRANSCRIPT_LABEL,
    })
}

/// Whether only white space stands between the line's start and `offset`.
fn opens_line(text: &str, offset: usize) -> bool {
    let before = text.get(..offset).unwrap_or_default();
    let line = before.rsplit('\n').next().unwrap_or_default();
    line.trim().is_empty()
}
