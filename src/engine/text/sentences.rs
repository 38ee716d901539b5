//! The sentence splitter: news-aware boundaries over one paragraph's tokens.
//!
//! A sentence ends at `.`, `!`, `?` or an ellipsis followed by something that can start a
//! sentence, taking along the closing quotes and brackets that follow the mark; at a line
//! break unless the text is plainly hard-wrapped; and after a dateline (`WASHINGTON/ISLAMABAD:`,
//! `LONDON (Reuters) -`). Abbreviations keep their full stop in the tokeniser, so `Mr.` never
//! ends a sentence and `U.S.` ends one only before a word that usually opens a sentence.
//!
//! It is not a parser: no clause structure, no quotation matching.

use std::ops::Range;

use super::tokens::{is_initials, ABBREVIATIONS};
use super::{Token, TokenKind};

/// What kind of line or sentence this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SentenceKind {
    /// Ordinary running text.
    Body,
    /// A title line: a whole paragraph with no final punctuation.
    Headline,
    /// A place (and agency) line that opens a story: `WASHINGTON/ISLAMABAD:`.
    Dateline,
    /// A list item opened by a bullet mark.
    Bullet,
}

/// Abbreviations after which a sentence never ends (a name or number always follows).
const NEVER_FINAL: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Lt.", "Col.", "Capt.", "Cmdr.", "Sgt.", "Maj.",
    "Adm.", "Sen.", "Rep.", "Gov.", "Pres.", "Supt.", "Insp.", "Det.", "Rev.", "Hon.", "Fr.",
    "St.", "Mt.", "Ft.", "No.", "Nos.", "vs.", "cf.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.",
    "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
];

/// Words that usually open a sentence: after `U.S.` or `Inc.` they signal a boundary.
const SENTENCE_OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "But",
    "And",
    "Yet",
    "So",
    "In",
    "On",
    "At",
    "This",
    "That",
    "These",
    "Those",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "There",
    "When",
    "While",
    "After",
    "Before",
    "As",
    "If",
    "However",
    "Meanwhile",
    "Still",
    "Now",
    "Then",
    "Some",
    "Many",
    "Most",
    "Officials",
    "Sources",
];

const CLOSING_MARKS: &[&str] = &["”", "’", "\"", "'", ")", "]", "}", "»"];
const BULLETS: &[&str] = &["•", "·", "*", "-", "–", "—", "▪", "◦"];

/// Splits one paragraph's tokens into sentences: token ranges (relative to `tokens`) with
/// their kinds. Every token belongs to exactly one sentence.
pub fn split(text: &str, tokens: &[Token]) -> Vec<(Range<usize>, SentenceKind)> {
    let mut out = Vec::new();
    let mut start = 0;
    if let Some(end) = dateline_end(text, tokens) {
        out.push((0..end, SentenceKind::Dateline));
        start = end;
    }
    let mut i = start;
    while i < tokens.len() {
        let end = if ends_at_line_break(text, tokens, i) {
            Some(i + 1)
        } else {
            terminal_end(text, tokens, i)
        };
        match end {
            Some(end) if end < tokens.len() => {
                out.push((start..end, kind_of(text, tokens, start..end, false)));
                start = end;
                i = end;
            }
            _ => i += 1,
        }
    }
    if start < tokens.len() {
        let whole = start == 0;
        out.push((
            start..tokens.len(),
            kind_of(text, tokens, start..tokens.len(), whole),
        ));
    }
    out
}

fn surface<'a>(text: &'a str, token: &Token) -> &'a str {
    token.span.of(text)
}

/// If a sentence can end after the terminal mark at `i`, where it ends (after closers).
fn terminal_end(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    let word = surface(text, &tokens[i]);
    let is_mark = matches!(word, "." | "!" | "?" | "..." | "…" | "?!" | "!?");
    let is_abbreviation =
        tokens[i].kind == TokenKind::Word && word.ends_with('.') && word.len() > 1;
    if !is_mark && !is_abbreviation {
        return None;
    }
    if is_abbreviation && NEVER_FINAL.contains(&word) {
        return None;
    }
    let mut end = i + 1;
    while end < tokens.len() && is_attached_closer(text, tokens, end) {
        end += 1;
    }
    let next = tokens.get(end)?;
    let next_word = surface(text, next);
    let opens = can_open_sentence(text, tokens, end);
    let starts_sentence = if is_abbreviation {
        let initial_or_abbreviation =
            is_initials(word) || ABBREVIATIONS.contains(&word.trim_end_matches('.'));
        initial_or_abbreviation && SENTENCE_OPENERS.contains(&next_word) && word.chars().count() > 2
    } else {
        opens
    };
    starts_sentence.then_some(end)
}

/// A closing quote or bracket glued to the token before it (no space between).
fn is_attached_closer(text: &str, tokens: &[Token], idx: usize) -> bool {
    CLOSING_MARKS.contains(&surface(text, &tokens[idx]))
        && tokens[idx - 1].span.end == tokens[idx].span.start
}

/// Whether the token at `idx` can begin a sentence: a capital or digit, possibly after
/// opening marks (`“We`, `(The`).
fn can_open_sentence(text: &str, tokens: &[Token], idx: usize) -> bool {
    for token in &tokens[idx..] {
        let Some(first) = surface(text, token).chars().next() else {
            return false;
        };
        if first.is_uppercase() || first.is_ascii_digit() {
            return true;
        }
        if !matches!(
            first,
            '“' | '"' | '‘' | '\'' | '(' | '[' | '«' | '—' | '-' | '•'
        ) {
            return false;
        }
    }
    false
}

/// A line break after token `i` ends the sentence unless the text is hard-wrapped: the
/// next line starts in lower case, or this one ends mid-phrase (comma, hyphen, bracket).
fn ends_at_line_break(text: &str, tokens: &[Token], i: usize) -> bool {
    let Some(next) = tokens.get(i + 1) else {
        return false;
    };
    let gap = &text[tokens[i].span.end..next.span.start];
    if !gap.contains('\n') {
        return false;
    }
    let last = surface(text, &tokens[i]);
    let next_first = surface(text, next).chars().next().unwrap_or(' ');
    let mid_phrase = matches!(last, "," | "-" | "(" | "—" | "–" | "&");
    !(next_first.is_lowercase() || mid_phrase)
}

/// The end of a dateline opening the paragraph: capitalised place words, an optional
/// bracketed agency, then `:` or a dash (`WASHINGTON/ISLAMABAD:`, `LONDON (Reuters) -`).
fn dateline_end(text: &str, tokens: &[Token]) -> Option<usize> {
    let mut in_brackets = false;
    let mut n_places = 0;
    for (i, token) in tokens.iter().enumerate().take(12) {
        let word = surface(text, token);
        match word {
            "(" => in_brackets = true,
            ")" => in_brackets = false,
            ":" | "-" | "—" | "–" | "--" if n_places > 0 && !in_brackets => {
                return (i + 1 < tokens.len() || word == ":").then_some(i + 1);
            }
            "/" | "," => {}
            _ if in_brackets => {}
            _ if is_upper_word(word) => n_places += 1,
            _ => return None,
        }
    }
    None
}

fn is_upper_word(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}

fn kind_of(
    text: &str,
    tokens: &[Token],
    range: Range<usize>,
    whole_paragraph: bool,
) -> SentenceKind {
    let first = surface(text, &tokens[range.start]);
    if BULLETS.contains(&first) && range.len() > 1 {
        return SentenceKind::Bullet;
    }
    let last = surface(text, &tokens[range.end - 1]);
    let unpunctuated = !matches!(
        last,
        "." | "!" | "?" | "..." | "…" | ":" | "”" | "\"" | "’" | ")"
    ) && !last.ends_with('.');
    if whole_paragraph && unpunctuated && range.len() <= 30 {
        SentenceKind::Headline
    } else {
        SentenceKind::Body
    }
}

#[cfg(test)]
mod tests {
    use super::super::analyze;
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        analyze(text)
            .sentences
            .iter()
            .map(|s| s.span.of(text))
            .collect()
    }

    fn kinds(text: &str) -> Vec<SentenceKind> {
        analyze(text).sentences.iter().map(|s| s.kind).collect()
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        assert_eq!(
            sentences("Mr. Dar met Gen. Asim Munir. They spoke."),
            ["Mr. Dar met Gen. Asim Munir.", "They spoke."]
        );
        assert_eq!(
            sentences("John F. Kennedy spoke on Jan. 5 in the U.S. capital."),
            ["John F. Kennedy spoke on Jan. 5 in the U.S. capital."]
        );
        assert_eq!(
            sentences("It backs the U.S. The talks go on."),
            ["It backs the U.S.", "The talks go on."]
        );
    }

    #[test]
    fn decimals_and_money_do_not_split() {
        assert_eq!(
            sentences("Profits rose 5.2% to $3.4bn. Shares fell."),
            ["Profits rose 5.2% to $3.4bn.", "Shares fell."]
        );
    }

    #[test]
    fn closing_quotes_and_brackets_stay_with_their_sentence() {
        let text = "It hit so-called “terrorist infrastructure.” The attack killed many. (He left.) Then more.";
        assert_eq!(
            sentences(text),
            [
                "It hit so-called “terrorist infrastructure.”",
                "The attack killed many.",
                "(He left.)",
                "Then more."
            ]
        );
    }

    #[test]
    fn lowercase_after_a_full_stop_continues() {
        assert_eq!(
            sentences("He said so... and left."),
            ["He said so... and left."]
        );
    }

    #[test]
    fn datelines_are_sentences_of_their_own() {
        assert_eq!(
            sentences("WASHINGTON/ISLAMABAD:"),
            ["WASHINGTON/ISLAMABAD:"]
        );
        assert_eq!(kinds("WASHINGTON/ISLAMABAD:"), [SentenceKind::Dateline]);
        assert_eq!(
            sentences("LONDON (Reuters) - Shares fell."),
            ["LONDON (Reuters) -", "Shares fell."]
        );
        assert_eq!(
            sentences("ISLAMABAD: Talks resumed."),
            ["ISLAMABAD:", "Talks resumed."]
        );
    }

    #[test]
    fn headlines_and_bullets() {
        let text = "Kashmir Issue May Feature in Pakistan-US Talks\n\nBody text here.";
        assert_eq!(kinds(text), [SentenceKind::Headline, SentenceKind::Body]);
        let text = "Key points:\n• Talks on July 25\n• Ceasefire holds";
        assert_eq!(
            sentences(text),
            ["Key points:", "• Talks on July 25", "• Ceasefire holds"]
        );
        assert_eq!(kinds(text)[1], SentenceKind::Bullet);
    }

    #[test]
    fn hard_wrapped_lines_join() {
        assert_eq!(
            sentences("The minister said\nthe talks would go on."),
            ["The minister said\nthe talks would go on."]
        );
    }

    #[test]
    fn questions_and_exclamations() {
        assert_eq!(
            sentences("Will it hold? Nobody knows! Wait."),
            ["Will it hold?", "Nobody knows!", "Wait."]
        );
    }
}
