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

/// Words right before a quote that mark it as a term held at a distance. Words that name
/// someone's usage ("the term", "dubbed", "nicknamed") are not among them: the term is then
/// that someone's words, as PolNeAR annotates it ("Trump has used the phrase “…”").
const SCARE_MARKERS: &[&str] = &[
    "so-called",
    "so called",
    "quote-unquote",
    "self-described",
    "self-proclaimed",
    "its own",
    "known as",
];

/// Nouns for a show or work: a title-cased quote right before or after one names it (the
/// documentary “13th”, the “Avatar” sequel).
const WORK_NOUNS: &[&str] = &[
    "show",
    "program",
    "programme",
    "podcast",
    "movie",
    "film",
    "documentary",
    "series",
    "reboot",
    "sequel",
    "pageant",
    "episode",
    "broadcast",
    "segment",
    "album",
    "song",
    "newsletter",
    "book",
    "memoir",
    "novel",
    "play",
    "sitcom",
    "ad",
    "spot",
];

/// Nouns for the people of a show, right after its title (the “Avatar” star).
const SHOW_PEOPLE: &[&str] = &["star", "host", "co-host", "anchor", "actor", "actress"];

/// Short words a title leaves in lowercase (“Meet the Press”, “Fast & Furious”).
const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as",
    "but", "nor", "vs", "is", "are", "was", "be", "de", "la", "el", "y",
];

/// Most words a quoted title or nickname has.
const MAX_TITLE_WORDS: usize = 8;

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
    /// Whether the quote stands alone on its line.
    pub own_line: bool,
}

/// The kind of a marked quote, and the rule id when the kind itself is the finding.
pub(crate) fn kind_of(input: &KindInput<'_>) -> (QuoteKind, Option<Rule>) {
    if is_heading(input) {
        return (QuoteKind::Scare, Some(rules::SCARE_HEADING));
    }
    if follows_marker(input) {
        return (QuoteKind::Scare, Some(rules::SCARE_MARKER));
    }
    if is_nickname(input.text, input.tokens, input.quote.clone()) {
        return (QuoteKind::Scare, Some(rules::SCARE_NICKNAME));
    }
    if names_a_work(input) {
        return (QuoteKind::Scare, Some(rules::SCARE_TITLE));
    }
    if has_byline(input) {
        return (QuoteKind::Scare, Some(rules::SCARE_BYLINE));
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

/// The words inside a quote's marks (its tokens that are no punctuation).
fn inner_words<'a>(
    text: &'a str,
    tokens: &'a [Token],
    quote: std::ops::Range<usize>,
) -> impl Iterator<Item = &'a str> + 'a {
    tokens[quote]
        .iter()
        .filter(|t| t.kind != TokenKind::Punct)
        .map(move |t| t.span.of(text))
}

fn starts_upper(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
}

/// Whether a quote's words read as a title: capitalised, but for short function words.
fn title_cased(text: &str, tokens: &[Token], quote: std::ops::Range<usize>) -> bool {
    let mut words = inner_words(text, tokens, quote).peekable();
    let opens = words
        .peek()
        .is_some_and(|w| starts_upper(w) || w.starts_with(|c: char| c.is_ascii_digit()));
    let mut count = 0;
    let all = words.all(|w| {
        count += 1;
        starts_upper(w)
            || w.starts_with(|c: char| c.is_ascii_digit())
            || TITLE_SMALL_WORDS.contains(&w.to_lowercase().as_str())
    });
    opens && all && count <= MAX_TITLE_WORDS
}

/// Robert C. "Bobby" Scott: one or two capitalised words quoted between the parts of a name
/// are a nickname, nobody's words.
pub(crate) fn is_nickname(text: &str, tokens: &[Token], quote: std::ops::Range<usize>) -> bool {
    let name_part = |i: Option<usize>| {
        i.and_then(|i| tokens.get(i))
            .is_some_and(|t| t.kind == TokenKind::Word && starts_upper(t.span.of(text)))
    };
    let words: Vec<&str> = inner_words(text, tokens, quote.clone()).take(3).collect();
    (1..=2).contains(&words.len())
        && words.iter().all(|w| starts_upper(w))
        && name_part(quote.start.checked_sub(1))
        && name_part(Some(quote.end))
}

/// CNN’s “State of the Union” / the documentary “13th” / the “Avatar” star / his “Keepin' It
/// Real” radio program / told “Fox and Friends”: a title-cased quote right after a capitalised
/// possessive, a noun for a show or work or a hearer's place ("told"), or right before such a
/// noun or one word before it, names that work.
fn names_a_work(input: &KindInput<'_>) -> bool {
    let (text, tokens, quote) = (input.text, input.tokens, input.quote.clone());
    if !title_cased(text, tokens, quote.clone()) {
        return false;
    }
    let surface = |i: usize| tokens.get(i).map(|t| t.span.of(text));
    let noun = |i: usize, people: bool| {
        surface(i).is_some_and(|w| {
            let w = w.to_lowercase();
            let singular = w.strip_suffix('s').unwrap_or(&w);
            WORK_NOUNS.contains(&singular) || (people && SHOW_PEOPLE.contains(&singular))
        })
    };
    let owned = quote.start >= 2
        && matches!(surface(quote.start - 1), Some("'s" | "’s" | "'" | "’"))
        && surface(quote.start - 2).is_some_and(starts_upper);
    let mut before = quote.start;
    while before > 0 && matches!(surface(before - 1), Some("," | "of")) {
        before -= 1;
    }
    let after_work = before > 0 && noun(before - 1, false);
    let word_between = tokens
        .get(quote.end)
        .is_some_and(|t| t.kind == TokenKind::Word);
    owned
        || after_work
        || noun(quote.end, true)
        || (word_between && noun(quote.end + 1, false))
        || follows_any(text, tokens, quote.start, HEARER_OPENERS)
}

/// Words right before a title-cased quote that make it the programme someone spoke to, not
/// words anyone said: told “Fox and Friends”; in an interview with “Fox News Sunday”.
const HEARER_OPENERS: &[&str] = &["told", "interview with"];

/// Whether one of `phrases` ends right before token `start` (case aside).
fn follows_any(text: &str, tokens: &[Token], start: usize, phrases: &[&str]) -> bool {
    phrases.iter().any(|phrase| {
        let n = phrase.split(' ').count();
        start >= n
            && tokens[start - n..start]
                .iter()
                .map(|t| t.span.of(text))
                .zip(phrase.split(' '))
                .all(|(word, p)| word.eq_ignore_ascii_case(p))
    })
}

/// “Met accused of whitewashing baby Jesus,” by Post's Kathianne Boniello: a quote ending in
/// a comma, then "by" and a capitalised name ("the" may open it), is a headline with its
/// byline. "“All Right Now,” by the band Free" is not: its name is in lowercase.
fn has_byline(input: &KindInput<'_>) -> bool {
    let (text, tokens) = (input.text, input.tokens);
    let word = |i: usize| tokens.get(i).map(|t| t.span.of(text));
    let capitalised = |i: usize| word(i).is_some_and(starts_upper);
    let after_by = input.quote.end + 1;
    input.inner.of(text).trim_end().ends_with(',')
        && word(input.quote.end) == Some("by")
        && (capitalised(after_by) || (word(after_by) == Some("the") && capitalised(after_by + 1)))
}

/// A quote in capitals standing alone on its line is a heading or a stage direction:
/// “DIVISIVE, STUPID AND WRONG”, "(CROSSTALK.)".
fn is_heading(input: &KindInput<'_>) -> bool {
    let mut letters = input
        .inner
        .of(input.text)
        .chars()
        .filter(|c| c.is_alphabetic())
        .peekable();
    input.own_line && letters.peek().is_some() && letters.all(char::is_uppercase)
}

/// Whether a scare marker ("so-called") stands right before the quote.
fn follows_marker(input: &KindInput<'_>) -> bool {
    follows_any(input.text, input.tokens, input.quote.start, SCARE_MARKERS)
}
