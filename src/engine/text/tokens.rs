//! The tokeniser: white-space chunks split into words, numbers and punctuation.
//!
//! Conventions follow CoNLL-2003 (Reuters) so a tagger trained there sees familiar shapes:
//! hyphenated compounds stay whole (`Pakistan-US`), abbreviations keep their full stop
//! (`U.S.`, `Mr.`), clitics split off (`do` `n't`, `Trump` `'s`), currency symbols and
//! quotation marks are tokens of their own (`$` `5.2bn`). Dashes and slashes between words
//! split (`situation` `—` `particularly`, `WASHINGTON` `/` `ISLAMABAD`).
//!
//! It is not a normaliser: tokens are spans of the original text, nothing is rewritten.

use crate::engine::span::Span;

use super::Token;

/// What a token looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Contains a letter: `Dar`, `U.S.`, `n't`, `'90s`, `5.2bn`.
    Word,
    /// Starts with a digit and has no letter: `25`, `5.2`, `1,000`, `2025-07-25`, `15:00`.
    Number,
    /// Anything else: punctuation and symbols.
    Punct,
}

/// Marks that open a chunk and are split off its front.
const OPENERS: &[char] = &[
    '"', '“', '‘', '«', '‹', '(', '[', '{', '¿', '¡', '•', '·', '*', '—', '–', '„', '‚', '$', '£',
    '€', '¥', '#', '@',
];

/// Marks that close a chunk and are split off its end (the full stop is handled apart).
const CLOSERS: &[char] = &[
    '"', '”', '’', '\'', '»', '›', ')', ']', '}', ',', ';', ':', '!', '?', '%', '—', '–', '…',
];

/// Abbreviations that keep their full stop (without it, compared case-sensitively).
pub(crate) const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Capt", "Cmdr", "Sgt", "Maj", "Adm",
    "Sen", "Rep", "Gov", "Pres", "Supt", "Insp", "Det", "Rev", "Hon", "Fr", "St", "Mt", "Ft", "Jr",
    "Sr", "Inc", "Ltd", "Co", "Corp", "Bros", "Plc", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
    "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs",
    "Fri", "Sat", "Sun", "No", "Nos", "vs", "etc", "approx", "est", "Ave", "Blvd", "Rd", "Dept",
    "Univ", "Assn", "Fig", "Vol", "pp", "cf", "al", "Ald",
];

/// The tokens of `span`, a stretch of `text` (usually a paragraph), in order.
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let region = span.of(text);
    let mut out = Vec::with_capacity(region.len() / 5);
    let mut chunk_start: Option<usize> = None;
    for (i, ch) in region.char_indices() {
        match (ch.is_whitespace(), chunk_start) {
            (true, Some(start)) => {
                split_chunk(text, span.start + start, span.start + i, &mut out);
                chunk_start = None;
            }
            (false, None) => chunk_start = Some(i),
            _ => {}
        }
    }
    if let Some(start) = chunk_start {
        split_chunk(text, span.start + start, span.end, &mut out);
    }
    out
}

/// The kind of a token's surface.
pub fn kind_of(surface: &str) -> TokenKind {
    let first = surface.chars().next().unwrap_or(' ');
    if surface.chars().any(char::is_alphabetic) {
        TokenKind::Word
    } else if first.is_ascii_digit() {
        TokenKind::Number
    } else {
        TokenKind::Punct
    }
}

fn push(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    if start < end {
        let span = Span::new(start, end);
        out.push(Token {
            span,
            kind: kind_of(span.of(text)),
        });
    }
}

/// Splits one white-space-free chunk `[start, end)`.
fn split_chunk(text: &str, mut start: usize, mut end: usize, out: &mut Vec<Token>) {
    if let Some(kind) = plain_kind(&text[start..end]) {
        out.push(Token {
            span: Span::new(start, end),
            kind,
        });
        return;
    }
    while let Some(len) = leading_mark_len(&text[start..end]) {
        push(text, start, start + len, out);
        start += len;
    }
    let mut trailing = Vec::new();
    while let Some(len) = trailing_mark_len(&text[start..end]) {
        trailing.push(Span::new(end - len, end));
        end -= len;
    }
    let clitic = clitic_len(&text[start..end]);
    split_core(text, start, end - clitic, out);
    push(text, end - clitic, end, out);
    for mark in trailing.into_iter().rev() {
        push(text, mark.start, mark.end, out);
    }
}

/// The kind of a chunk of ASCII letters and digits only (most words), which is one token
/// as it stands; `None` for any other chunk.
fn plain_kind(chunk: &str) -> Option<TokenKind> {
    let mut letters = false;
    for b in chunk.bytes() {
        if !b.is_ascii_alphanumeric() {
            return None;
        }
        letters |= b.is_ascii_alphabetic();
    }
    Some(if letters {
        TokenKind::Word
    } else {
        TokenKind::Number
    })
}

/// The length of a mark to split off the front of `chunk`, if any.
fn leading_mark_len(chunk: &str) -> Option<usize> {
    if chunk.as_bytes().first()?.is_ascii_alphanumeric() {
        return None;
    }
    let mut chars = chunk.chars();
    let first = chars.next()?;
    let rest = chars.as_str();
    if rest.is_empty() {
        return None;
    }
    if chunk.starts_with("--") || chunk.starts_with("...") {
        return Some(if chunk.starts_with("--") { 2 } else { 3 });
    }
    let is_quote_apostrophe = matches!(first, '\'' | '’')
        && !rest.starts_with(|c: char| c.is_ascii_digit())
        && !is_elision(rest);
    (OPENERS.contains(&first) || is_quote_apostrophe).then_some(first.len_utf8())
}

/// Words that start with an apostrophe standing for dropped letters: `'em`, `'tis`.
fn is_elision(rest: &str) -> bool {
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic())
        .take(5)
        .collect();
    ["em", "tis", "twas", "n"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
}

/// The length of a mark to split off the end of `chunk`, if any.
fn trailing_mark_len(chunk: &str) -> Option<usize> {
    if chunk.as_bytes().last()?.is_ascii_alphanumeric() {
        return None;
    }
    let last = chunk.chars().next_back()?;
    if chunk.len() == last.len_utf8() {
        return None;
    }
    if chunk.ends_with("...") && chunk.len() > 3 {
        return Some(3);
    }
    if last == '.' {
        return (!keeps_full_stop(chunk)).then_some(1);
    }
    let plural_possessive =
        matches!(last, '\'' | '’') && chunk[..chunk.len() - last.len_utf8()].ends_with('s');
    if plural_possessive && chunk.len() > 3 {
        return Some(last.len_utf8());
    }
    CLOSERS.contains(&last).then_some(last.len_utf8())
}

/// Whether `chunk` (ending in `.`) is an abbreviation or initials that keep the full stop.
pub(crate) fn keeps_full_stop(chunk: &str) -> bool {
    let body = &chunk[..chunk.len() - 1];
    if body.is_empty()
        || body.ends_with('.') && body.chars().filter(|&c| c == '.').count() == body.len()
    {
        return false;
    }
    is_initials(chunk) || ABBREVIATIONS.contains(&body) || is_single_capital(body)
}

/// `U.S.`, `J.F.K.`, `a.m.`, `e.g.`: letters each followed by a full stop.
pub(crate) fn is_initials(chunk: &str) -> bool {
    let mut chars = chunk.chars();
    let mut n_letters = 0;
    loop {
        match (chars.next(), chars.next()) {
            (None, _) => return n_letters >= 2,
            (Some(c), Some('.')) if c.is_alphabetic() => n_letters += 1,
            _ => return false,
        }
    }
}

fn is_single_capital(body: &str) -> bool {
    let mut chars = body.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

/// Clitics split off the end of a word, with straight and curly apostrophes.
const CLITICS: &[&str] = &[
    "n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "n’t", "’s", "’re", "’ve", "’ll", "’d", "’m",
];

/// The length of a clitic at the end of a word (`'s`, `n't`, `'re`, ...), or 0.
fn clitic_len(word: &str) -> usize {
    if !word.contains(['\'', '’']) {
        return 0;
    }
    for clitic in CLITICS {
        let Some(cut) = word.len().checked_sub(clitic.len()) else {
            continue;
        };
        let matches = word.is_char_boundary(cut) && word[cut..].eq_ignore_ascii_case(clitic);
        if matches && word[..cut].chars().any(char::is_alphabetic) {
            return clitic.len();
        }
    }
    0
}

/// Splits the core of a chunk on dashes, ellipses and word-joining slashes.
fn split_core(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let core = &text[start..end];
    if !core.bytes().any(may_separate) {
        push(text, start, end, out);
        return;
    }
    let mut piece_start = 0;
    let mut iter = core.char_indices().peekable();
    while let Some((i, ch)) = iter.next() {
        let sep_len = separator_len(core, i, ch);
        if sep_len > 0 && i > piece_start && i + sep_len < core.len() {
            push(text, start + piece_start, start + i, out);
            push(text, start + i, start + i + sep_len, out);
            piece_start = i + sep_len;
            while iter.peek().is_some_and(|&(j, _)| j < piece_start) {
                iter.next();
            }
        }
    }
    push(text, start + piece_start, end, out);
}

/// Whether byte `b` may start a separator: `-`, `.`, `/` or a byte of a non-ASCII character
/// (dashes and the ellipsis). Most words have none and are pushed whole.
fn may_separate(b: u8) -> bool {
    matches!(b, b'-' | b'.' | b'/') || !b.is_ascii()
}

/// The length of a separator at byte `i` of `core`, or 0.
fn separator_len(core: &str, i: usize, ch: char) -> usize {
    let before = core[..i].chars().next_back();
    let after = core[i + ch.len_utf8()..].chars().next();
    let letters_around =
        before.is_some_and(char::is_alphabetic) && after.is_some_and(char::is_alphabetic);
    match ch {
        '—' | '–' | '…' => ch.len_utf8(),
        '-' if core[i..].starts_with("--") => 2,
        '.' if core[i..].starts_with("...") => 3,
        '/' if letters_around => 1,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn surfaces(text: &str) -> Vec<&str> {
        tokenize(text, Span::new(0, text.len()))
            .into_iter()
            .map(|t| t.span.of(text))
            .collect()
    }

    #[test]
    fn conll_shapes() {
        assert_eq!(surfaces("Pakistan-US talks"), ["Pakistan-US", "talks"]);
        assert_eq!(surfaces("the U.S. said"), ["the", "U.S.", "said"]);
        assert_eq!(surfaces("don't"), ["do", "n't"]);
        assert_eq!(surfaces("Trump's role"), ["Trump", "'s", "role"]);
        assert_eq!(surfaces("India’s recent"), ["India", "’s", "recent"]);
        assert_eq!(surfaces("$5.2bn."), ["$", "5.2bn", "."]);
    }

    #[test]
    fn punctuation_around_words() {
        assert_eq!(
            surfaces("“We have Pakistan,” she said."),
            ["“", "We", "have", "Pakistan", ",", "”", "she", "said", "."]
        );
        assert_eq!(surfaces("(Reuters) -"), ["(", "Reuters", ")", "-"]);
        assert_eq!(surfaces("infrastructure.”"), ["infrastructure", ".", "”"]);
        assert_eq!(
            surfaces("WASHINGTON/ISLAMABAD:"),
            ["WASHINGTON", "/", "ISLAMABAD", ":"]
        );
        assert_eq!(
            surfaces("situation—particularly"),
            ["situation", "—", "particularly"]
        );
        assert_eq!(surfaces("wait..."), ["wait", "..."]);
    }

    #[test]
    fn numbers_stay_whole() {
        assert_eq!(
            surfaces("1,000 5.2 2025-07-25 15:00 7/25/2025"),
            ["1,000", "5.2", "2025-07-25", "15:00", "7/25/2025"]
        );
        assert_eq!(surfaces("the '90s"), ["the", "'90s"]);
        assert_eq!(surfaces("up 5%."), ["up", "5", "%", "."]);
    }

    #[test]
    fn abbreviations_keep_their_full_stop() {
        assert_eq!(
            surfaces("Mr. Dar met Gen. Munir"),
            ["Mr.", "Dar", "met", "Gen.", "Munir"]
        );
        assert_eq!(
            surfaces("J.F.K. and John F. Kennedy"),
            ["J.F.K.", "and", "John", "F.", "Kennedy"]
        );
        assert_eq!(surfaces("at 3 p.m. today"), ["at", "3", "p.m.", "today"]);
        assert_eq!(surfaces("the end."), ["the", "end", "."]);
    }

    #[test]
    fn plural_possessive_and_single_quotes() {
        assert_eq!(
            surfaces("the officials’ view"),
            ["the", "officials", "’", "view"]
        );
        assert_eq!(
            surfaces("'terrorist infrastructure'"),
            ["'", "terrorist", "infrastructure", "'"]
        );
    }

    #[test]
    fn plain_chunks_get_the_kind_of_the_general_path() {
        for chunk in ["Dar", "2025", "5bn", "x", "7", "COVID19"] {
            assert_eq!(plain_kind(chunk), Some(kind_of(chunk)), "{chunk}");
        }
        for chunk in ["U.S.", "don't", "said,", "é", "5.2", "-"] {
            assert_eq!(plain_kind(chunk), None, "{chunk}");
        }
    }

    #[test]
    fn kinds() {
        assert_eq!(kind_of("Dar"), TokenKind::Word);
        assert_eq!(kind_of("5.2bn"), TokenKind::Word);
        assert_eq!(kind_of("1,000"), TokenKind::Number);
        assert_eq!(kind_of("“"), TokenKind::Punct);
    }
}
