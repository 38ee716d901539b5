//! Paragraphs: blocks of text separated by blank lines.
//!
//! A line holding only white space counts as blank. Each paragraph span is trimmed of
//! surrounding white space. This is not HTML cleaning: markup is text here.

use crate::engine::span::Span;

/// The paragraphs of `text`, in order, trimmed and never empty.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let line_end = line_start + line.len();
        if line.trim().is_empty() {
            push_trimmed(text, start.take(), end, &mut out);
        } else {
            start.get_or_insert(line_start);
            end = line_end;
        }
        line_start = line_end;
    }
    push_trimmed(text, start, end, &mut out);
    out
}

fn push_trimmed(text: &str, start: Option<usize>, end: usize, out: &mut Vec<Span>) {
    let Some(start) = start else { return };
    let block = &text[start..end];
    let leading = block.len() - block.trim_start().len();
    let trailing = block.len() - block.trim_end().len();
    if leading + trailing < block.len() {
        out.push(Span::new(start + leading, end - trailing));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn surfaces(text: &str) -> Vec<&str> {
        paragraphs(text).into_iter().map(|s| s.of(text)).collect()
    }

    #[test]
    fn blank_lines_separate_paragraphs() {
        let text = "Headline\n\n  First line\nsecond line.  \n \t\nLast.";
        assert_eq!(
            surfaces(text),
            ["Headline", "First line\nsecond line.", "Last."]
        );
    }

    #[test]
    fn crlf_and_trailing_blank_lines() {
        assert_eq!(surfaces("A\r\n\r\nB\r\n\r\n"), ["A", "B"]);
    }
}
