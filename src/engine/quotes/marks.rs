//! Quotation marks: which marks open or close a quotation, and the quoted stretches they
//! delimit, paragraph by paragraph.
//!
//! Straight (`"` `'`, and `''` standing for `"`), curly (`“ ” ‘ ’`), low (`„ ‚`) and angle (`« » ‹ ›`) marks are read
//! from the characters around them (angle marks may be spaced off, French style), as Markdown
//! reads its delimiters: a mark followed by a
//! word can open, a mark after a word can close. Apostrophes never open or close: `don't`,
//! `the '90s`, `Pakistan’s`, `officials’ view`; a straight double mark spaced off a closing single
//! mark closes (`"… 'outreach,' " he said`). Marks nest on a shallow stack; a closing mark
//! with no opener is ignored and an opener left unclosed is dropped at the end of its
//! paragraph, unless the next paragraph opens with a mark of its family (a quotation running
//! over several paragraphs), the opener starts the paragraph, or it is a `“` glued to its
//! first word and the paragraph ends a sentence. Where paragraphs are single lines, a
//! quotation opening a line after a sentence's end stops a quotation of its family left open
//! on an earlier line at that line's end, rather than nesting inside it. So an odd mark
//! costs at most its own paragraph, and the scan is linear in the text.
//!
//! Values of markup attributes (`id="123"`) are skipped. This module knows nothing of speakers or kinds: it only finds the stretches.

use crate::engine::span::Span;

/// The families of quotation marks: a quotation closes with a mark of its own family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    /// `"` `“` `”` `„`
    Double,
    /// `'` `‘` `’` `‚`
    Single,
    /// `«` `»`
    Angle,
    /// `‹` `›`
    SingleAngle,
}

/// What a mark can do where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// Either, by what is pending: a straight mark between two words.
    Either,
}

/// Most bytes of space between a closing single mark and the straight double mark it lets
/// close (`'outreach,' "`).
const MAX_NESTED_GAP: usize = 4;

/// How deep quotations may nest before the outermost pending opener is forgotten.
const MAX_DEPTH: usize = 6;

/// A quoted stretch found between marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Marked {
    /// From the opening mark to the closing mark (included), or to the paragraph end.
    pub span: Span,
    /// The stretch inside the marks.
    pub inner: Span,
    /// How many quotations enclose it (0 for a top-level quotation).
    pub depth: usize,
    /// Whether the paragraph ends before a closing mark (a multi-paragraph quotation's
    /// first paragraphs, or an unclosed quotation).
    pub open_ended: bool,
}

#[derive(Debug, Clone, Copy)]
struct Pending {
    family: Family,
    start: usize,
    inner_start: usize,
    /// Opened right after `=`: a markup attribute value (`id="123"`), no quotation.
    markup: bool,
    /// Opened by a mark that only ever opens (`“` `„` `«`), after a space and glued to its
    /// first word.
    sure: bool,
}

/// The quoted stretches of `text` inside the paragraphs `paragraphs`, ordered by start.
pub(crate) fn find(text: &str, paragraphs: &[Span]) -> Vec<Marked> {
    let mut out = Vec::new();
    for (idx, &paragraph) in paragraphs.iter().enumerate() {
        let next_opener = paragraphs
            .get(idx + 1)
            .and_then(|next| opening_family_at(text, next.start));
        scan_paragraph(text, paragraph, next_opener, &mut out);
    }
    out.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    out
}

fn scan_paragraph(text: &str, paragraph: Span, next_opener: Option<Family>, out: &mut Vec<Marked>) {
    let region = paragraph.of(text);
    let found_before = out.len();
    let mut stack: Vec<Pending> = Vec::new();
    // The char before the mark looked at, and where the last mark looked at ended: a
    // doubled mark counts as one `"` there, as it does as the mark.
    let mut prev: Option<char> = None;
    let mut prev_end: Option<usize> = None;
    // Where the last single-quoted stretch closed: a straight double mark after it and a
    // space closes the quote around it (" … 'outreach,' " he told the group).
    let mut single_closed_at: Option<usize> = None;
    let mut from = 0;
    while let Some(offset) = next_candidate(region, from) {
        let mut chars = region[offset..].chars();
        let Some(mut ch) = chars.next() else {
            break;
        };
        let mut len = ch.len_utf8();
        if prev_end != Some(offset) {
            prev = region[..offset].chars().next_back();
        }
        if is_doubled(ch) && region[offset + len..].starts_with(ch) {
            chars.next();
            len += ch.len_utf8();
            ch = '"';
        }
        let next = chars.next();
        from = offset + len;
        prev_end = Some(from);
        let at = paragraph.start + offset;
        let after_nested = single_closed_at.is_some_and(|end| {
            ch == '"'
                && at - end <= MAX_NESTED_GAP
                && text.get(end..at).is_some_and(|gap| gap.trim().is_empty())
        });
        let found = classify(prev, ch, next, &stack)
            .or(after_nested.then_some((Family::Double, Role::Close)));
        if let Some((family, role)) = found {
            if role == Role::Open {
                close_at_line_end(region, paragraph.start, offset, family, &mut stack, out);
            }
            let end = at + len;
            let pending = stack.iter().rposition(|p| p.family == family);
            match (role, pending) {
                (Role::Close | Role::Either, Some(pos)) => {
                    let open = stack[pos];
                    stack.truncate(pos);
                    if open.markup {
                        prev = Some(ch);
                        continue;
                    }
                    out.push(Marked {
                        span: Span::new(open.start, end),
                        inner: Span::new(open.inner_start, at),
                        depth: stack.len(),
                        open_ended: false,
                    });
                    single_closed_at = (family == Family::Single).then_some(end);
                }
                (Role::Open | Role::Either, _) => {
                    if stack.len() == MAX_DEPTH {
                        stack.remove(0);
                    }
                    stack.push(Pending {
                        family,
                        start: at,
                        inner_start: end,
                        markup: prev == Some('='),
                        sure: matches!(ch, '“' | '„' | '«') && is_space(prev) && !is_space(next),
                    });
                }
                (Role::Close, None) => {}
            }
        }
        prev = Some(ch);
    }
    let runs_to_sentence_end = |p: &Pending| {
        p.sure && stack.len() == 1 && region.trim_end().ends_with(['.', '!', '?', '…', ']'])
    };
    let kept = stack.first().filter(|p| {
        !p.markup
            && (next_opener == Some(p.family)
                || p.start == paragraph.start
                || runs_to_sentence_end(p))
    });
    let dropped: Vec<usize> = stack
        .iter()
        .skip(usize::from(kept.is_some()))
        .map(|p| p.start)
        .collect();
    for m in &mut out[found_before..] {
        let unclosed_around = dropped.iter().filter(|&&s| s < m.span.start).count();
        m.depth = m.depth.saturating_sub(unclosed_around);
    }
    if let Some(first) = kept {
        out.push(Marked {
            span: Span::new(first.start, paragraph.end),
            inner: Span::new(first.inner_start, paragraph.end),
            depth: 0,
            open_ended: true,
        });
    }
}

/// A quotation opening a line whose previous line ended a sentence while a quotation of
/// the same family was left open on an earlier line: in text whose paragraphs are single
/// lines, that is a new paragraph of a quotation running over several (or a new quotation
/// after an unclosed one), so the open quotation stops at its line's end instead of
/// nesting the new one.
fn close_at_line_end(
    region: &str,
    base: usize,
    offset: usize,
    family: Family,
    stack: &mut Vec<Pending>,
    out: &mut Vec<Marked>,
) {
    let Some(line_end) = previous_line_end(region, offset) else {
        return;
    };
    let Some(pos) = stack
        .iter()
        .rposition(|p| p.family == family && p.start < base + line_end)
    else {
        return;
    };
    let open = stack[pos];
    stack.truncate(pos);
    if open.markup {
        return;
    }
    out.push(Marked {
        span: Span::new(open.start, base + line_end),
        inner: Span::new(open.inner_start, base + line_end),
        depth: stack.len(),
        open_ended: true,
    });
}

/// Where the text before `offset` ends, when `offset` starts a line (but for blanks) and
/// the line before ends a sentence.
fn previous_line_end(region: &str, offset: usize) -> Option<usize> {
    let before = region.get(..offset)?;
    let line_break = before.trim_end_matches(|c: char| c != '\n' && c.is_whitespace());
    let previous_line = line_break.strip_suffix('\n')?.trim_end();
    previous_line
        .ends_with(['.', '!', '?', '…'])
        .then_some(previous_line.len())
}

/// The byte offset, at or after `from`, of the next char of `region` that may be a
/// quotation mark (a straight mark, a backtick, or one of the two-byte and three-byte
/// marks, whose UTF-8 forms start with 0xC2 and 0xE2): most of the text is skipped a byte at
/// a time without decoding it.
fn next_candidate(region: &str, from: usize) -> Option<usize> {
    region
        .as_bytes()
        .get(from..)?
        .iter()
        .position(|&b| matches!(b, b'"' | b'\'' | b'`' | 0xC2 | 0xE2))
        .map(|at| from + at)
}

/// Whether two of `ch` in a row make a double quotation mark (`''`, typewriter style).
fn is_doubled(ch: char) -> bool {
    matches!(ch, '\'' | '`')
}

/// The family of the opening mark at `offset`, if a mark there opens a quotation.
fn opening_family_at(text: &str, offset: usize) -> Option<Family> {
    let rest = text.get(offset..)?;
    if rest.starts_with("''") || rest.starts_with("``") {
        return Some(Family::Double);
    }
    let mut chars = rest.chars();
    let ch = chars.next()?;
    match classify(None, ch, chars.next(), &[]) {
        Some((family, Role::Open | Role::Either)) => Some(family),
        _ => None,
    }
}

/// What the mark `ch` between `prev` and `next` can do, or `None` if it is no quotation mark
/// here (an apostrophe, or a mark between spaces).
fn classify(
    prev: Option<char>,
    ch: char,
    next: Option<char>,
    stack: &[Pending],
) -> Option<(Family, Role)> {
    let can_open = || opens_flank(prev, next);
    let can_close = || closes_flank(prev, next);
    let pending = |family| stack.iter().any(|p: &Pending| p.family == family);
    // A double mark right after closing punctuation closes a pending quote (`fine,”Katie`).
    let glued_close =
        || prev.is_some_and(|c| matches!(c, ',' | '.' | '!' | '?')) && pending(Family::Double);
    let role = |open: bool, close: bool| match (open, close) {
        (true, true) => Some(Role::Either),
        (true, false) => Some(Role::Open),
        (false, true) => Some(Role::Close),
        (false, false) => None,
    };
    match ch {
        '“' => {
            let spaced_open = spaced(prev, next) && !pending(Family::Double);
            role(can_open() || spaced_open, can_close() && !can_open()).map(|r| (Family::Double, r))
        }
        '”' => {
            let close = can_close() || glued_close();
            let opens_paragraph = prev.is_none() && next.is_some_and(char::is_whitespace);
            role((can_open() || opens_paragraph) && !close, close).map(|r| (Family::Double, r))
        }
        '„' => role(can_open(), false).map(|r| (Family::Double, r)),
        '"' => {
            let spaced_close = spaced(prev, next) && pending(Family::Double);
            role(can_open(), can_close() || spaced_close || glued_close())
                .map(|r| (Family::Double, r))
        }
        '«' => role(!is_word(prev), false).map(|r| (Family::Angle, r)),
        '»' => role(false, !is_word(next)).map(|r| (Family::Angle, r)),
        '‹' => role(!is_word(prev), false).map(|r| (Family::SingleAngle, r)),
        '›' => role(false, !is_word(next)).map(|r| (Family::SingleAngle, r)),
        '‘' | '‚' => {
            let elided = next.is_some_and(|c| c.is_ascii_digit())
                || (prev.is_some_and(char::is_alphanumeric)
                    && next.is_some_and(char::is_alphanumeric));
            role(can_open() && !elided, false).map(|r| (Family::Single, r))
        }
        '’' | '\'' => {
            if is_apostrophe(prev, next) {
                return None;
            }
            let after_word = prev.is_some_and(char::is_alphanumeric);
            let close = can_close() && pending(Family::Single);
            let open = ch == '\'' && can_open() && !after_word;
            role(open, close).map(|r| (Family::Single, r))
        }
        _ => None,
    }
}

/// An apostrophe inside a word (`don't`, `Pakistan’s`) or before digits (`'90s`).
fn is_apostrophe(prev: Option<char>, next: Option<char>) -> bool {
    let letter_before = prev.is_some_and(char::is_alphanumeric);
    let letter_after = next.is_some_and(char::is_alphanumeric);
    let digit_after = next.is_some_and(|c| c.is_ascii_digit());
    (letter_before && letter_after) || digit_after
}

/// Angle marks may stand apart from their words (« oui »), so only a word glued to the
/// outside stops them.
fn is_word(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

/// A mark standing apart between spaces: an opening glyph with nothing pending opens there
/// (`reported, “ … if the`), a straight mark with a quote pending closes it (`"Lyin' " Ted`).
fn spaced(prev: Option<char>, next: Option<char>) -> bool {
    is_space(prev) && next.is_some_and(char::is_whitespace)
}

fn is_space(c: Option<char>) -> bool {
    c.is_none_or(char::is_whitespace)
}

fn is_punct(c: Option<char>) -> bool {
    c.is_some_and(|c| !c.is_alphanumeric() && !c.is_whitespace())
}

/// A mark that could open: something follows it, and it does not stick to a word before.
fn opens_flank(prev: Option<char>, next: Option<char>) -> bool {
    !is_space(next) && (!is_punct(next) || is_space(prev) || is_punct(prev))
}

/// A mark that could close: something precedes it, and it does not stick to a word after.
fn closes_flank(prev: Option<char>, next: Option<char>) -> bool {
    !is_space(prev) && (!is_punct(prev) || is_space(next) || is_punct(next))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::text::paragraphs;

    fn quoted(text: &str) -> Vec<&str> {
        find(text, &paragraphs(text))
            .iter()
            .map(|m| m.span.of(text))
            .collect()
    }

    #[test]
    fn straight_curly_angle_and_single_marks_delimit_quotes() {
        assert_eq!(quoted(r#"He said "yes" today."#), [r#""yes""#]);
        assert_eq!(quoted("He said “yes” today."), ["“yes”"]);
        assert_eq!(quoted("Il a dit « oui » hier."), ["« oui »"]);
        assert_eq!(quoted("He said ‘yes’ today."), ["‘yes’"]);
        assert_eq!(quoted("He said 'yes' today."), ["'yes'"]);
    }

    #[test]
    fn two_straight_single_marks_make_one_double_mark() {
        assert_eq!(
            quoted("He said ''yes, fine,'' then left."),
            ["''yes, fine,''"]
        );
        assert_eq!(quoted("He said ``yes'' then left."), ["``yes''"]);
    }

    #[test]
    fn apostrophes_never_open_or_close() {
        for text in [
            "They don't know.",
            "Back in the '90s it was fine.",
            "Pakistan's view, and Pakistan’s too.",
            "The officials’ view prevailed.",
            "The officials' view prevailed.",
            "Back in the ‘90s it was fine.",
            "Trump‘s comments drew criticism.",
        ] {
            assert_eq!(quoted(text), Vec::<&str>::new(), "{text}");
        }
        assert_eq!(
            quoted("“The officials’ view,” he said."),
            ["“The officials’ view,”"]
        );
    }

    #[test]
    fn nested_quotes_are_found_inside_their_quote() {
        let text = "“He told me ‘never’ twice,” she said.";
        let found = find(text, &paragraphs(text));
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].span.of(text), "“He told me ‘never’ twice,”");
        assert_eq!((found[0].depth, found[1].depth), (0, 1));
        assert_eq!(found[1].span.of(text), "‘never’");
    }

    #[test]
    fn a_straight_mark_spaced_off_a_closing_single_mark_closed_nothing() {
        let text = r#""I've been insulted with the term 'outreach,' " he told the group."#;
        assert_eq!(
            quoted(text),
            [
                r#""I've been insulted with the term 'outreach,' ""#,
                "'outreach,'"
            ]
        );
    }

    #[test]
    fn a_curly_closer_glued_to_the_next_word_still_closed_nothing() {
        let text = "“It was paranoia,”Clinton said. “Some of it.”";
        assert_eq!(quoted(text), ["“It was paranoia,”", "“Some of it.”"]);
    }

    #[test]
    fn markup_attribute_values_are_no_quotes() {
        assert_eq!(
            quoted(r#"<tweet id="7719" author="@x">He said "no".</tweet>"#),
            [r#""no""#]
        );
    }

    #[test]
    fn a_stray_mark_costs_only_its_paragraph() {
        let text = "A 12\" pipe and a stray “ mark here.\n\nNext he said “fine” again.";
        assert_eq!(quoted(text), ["“fine”"]);
    }

    #[test]
    fn a_stray_opener_left_unclosed_does_not_nest_the_quotes_after_it() {
        let text = "A stray “ mark, then “a real quote” here.";
        let found = find(text, &paragraphs(text));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].span.of(text), "“a real quote”");
        assert_eq!(found[0].depth, 0);
    }

    #[test]
    fn a_closing_mark_opening_a_paragraph_opened_nothing() {
        let text = "He was critical.\n\n” … they are so not like him,” she said.";
        assert_eq!(quoted(text), ["” … they are so not like him,”"]);
    }

    #[test]
    fn an_opening_mark_spaced_off_its_words_opened_nothing() {
        let text = "As Politico reported, “ … Trump would win, and handily.”";
        assert_eq!(quoted(text), ["“ … Trump would win, and handily.”"]);
    }

    #[test]
    fn an_opening_mark_left_unclosed_to_a_sentence_end_was_dropped() {
        let text = "He spoke. “Realistically, this is an opportunity.\n\nThen he left.";
        assert_eq!(quoted(text), ["“Realistically, this is an opportunity."]);
        let stray = "A stray “ mark here.\n\nThen he left.";
        assert_eq!(quoted(stray), Vec::<&str>::new());
    }

    #[test]
    fn a_straight_closer_glued_to_the_next_word_opened_a_quote() {
        let text = r#""It is shocking,"Katie Packer said. "More and more, he fails.""#;
        assert_eq!(
            quoted(text),
            [r#""It is shocking,""#, r#""More and more, he fails.""#]
        );
    }

    #[test]
    fn a_multi_paragraph_quote_is_one_quote_per_paragraph() {
        let text = "“First part.\n\n“Second part.\n\n“Last part,” he said.";
        assert_eq!(
            quoted(text),
            ["“First part.", "“Second part.", "“Last part,”"]
        );
    }

    #[test]
    fn an_unclosed_quote_at_the_end_runs_to_the_paragraph_end() {
        let text = "He left.\n\n“And that was all";
        assert_eq!(quoted(text), ["“And that was all"]);
    }

    #[test]
    fn a_curly_opener_used_as_closer_still_closes() {
        assert_eq!(quoted("He said “no way.“ Then left."), ["“no way.“"]);
    }

    #[test]
    fn an_unclosed_quote_before_a_line_opening_a_quote_nested_it() {
        let text =
            "“It is a whistle,” Moore said. “If indeed he is.\n“I have been thinking,” he added.";
        assert_eq!(
            quoted(text),
            [
                "“It is a whistle,”",
                "“If indeed he is.",
                "“I have been thinking,”"
            ]
        );
        let found = find(text, &paragraphs(text));
        assert!(found.iter().all(|m| m.depth == 0));
        let wrapped = "“It is a whistle, he said, and\n“a loud one” too.”";
        assert_eq!(
            quoted(wrapped).len(),
            2,
            "a line not ending a sentence goes on"
        );
    }

    #[test]
    fn deep_runs_of_marks_finish() {
        let text = "“".repeat(10_000) + &"”".repeat(10_000);
        assert!(find(&text, &paragraphs(&text)).len() <= MAX_DEPTH + 1);
    }
}
