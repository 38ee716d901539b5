//! Kinds of marked quotations: direct (a quoted clause someone says), partial (a quoted
//! fragment inside reported speech: called it “a disaster”) and scare (a quoted term that is
//! nobody's words: so-called “terrorist infrastructure”).
//!
//! It reads only the quote's own words and the words just before it; who speaks is decided in
//! `attribute`. It does not handle reported speech without marks: see `indirect`.

use super::rules::{self, Rule};
use super::QuoteKind;
use crate::engine::span::Span;
use crate::engine::text::{Token, TokenKind};

/// Words right before a quote that mark it as a term held at a distance.
const SCARE_MARKERS: &[&str] = &[
    "so-called",
    "so called",
    "dubbed",
    "the term",
    "the word",
    "the phrase",
    "the label",
    "quote-unquote",
    "supposed",
    "self-described",
    "self-styled",
    "self-proclaimed",
    "its own",
    "known as",
    "nicknamed",
];

/// Most words a quoted term has when it is no clause of its own.
const MAX_TERM_WORDS: usize = 4;

/// What the kind decision reads about one quote.
pub(crate) struct KindInput<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    /// The quote's tokens, marks included.
    pub quote: std::ops::Range<usize>,
    /// The stretch inside the marks.
    pub inner: Span,
    /// Whether a cue or source was found for it.
    pub attributed: bool,
}

/// The kind of a marked quote, and the rule id when the kind itself is the finding.
pub(crate) fn kind_of(input: &KindInput<'_>) -> (QuoteKind, Option<Rule>) {
    if follows_marker(input) {
        return (QuoteKind::Scare, Some(rules::SCARE_MARKER));
    }
    let words = word_count(input);
    let clause = words > MAX_TERM_WORDS || ends_like_sentence(input);
    match (input.attributed, clause) {
        (false, false) => (QuoteKind::Scare, Some(rules::SCARE_TERM)),
        (false, true) => (QuoteKind::Direct, None),
        (true, _) if embedded(input) => (QuoteKind::Partial, None),
        (true, _) => (QuoteKind::Direct, None),
    }
}

fn word_count(input: &KindInput<'_>) -> usize {
    input.tokens[input.quote.clone()]
        .iter()
        .filter(|t| t.kind != TokenKind::Punct)
        .count()
}

/// Whether the words inside the marks end as a sentence or a clause broken off ("…,").
fn ends_like_sentence(input: &KindInput<'_>) -> bool {
    let inner = input.inner.of(input.text).trim_end();
    inner.ends_with(['.', '!', '?', ',', '…']) && inner.split_whitespace().count() > 1
}

/// Whether the quote runs on inside a sentence: a word right before it and a lowercase
/// start ("called it “a disaster”", "said that “…”").
fn embedded(input: &KindInput<'_>) -> bool {
    let before_word = input
        .quote
        .start
        .checked_sub(1)
        .map(|i| &input.tokens[i])
        .is_some_and(|t| t.kind != TokenKind::Punct);
    let lowercase_start = input
        .inner
        .of(input.text)
        .trim_start()
        .starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit());
    before_word && lowercase_start
}

/// Whether a scare marker ("so-called") stands right before the quote.
fn follows_marker(input: &KindInput<'_>) -> bool {
    let start = input.quote.start;
    SCARE_MARKERS.iter().any(|marker| {
        let n = marker.split(' ').count();
        start >= n
            && input.tokens[start - n..start]
                .iter()
                .map(|t| t.span.of(input.text))
                .zip(marker.split(' '))
                .all(|(word, m)| word.eq_ignore_ascii_case(m))
    })
}
