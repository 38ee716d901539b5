//! Byte spans over the original text, and their conversion to Unicode code points.
//!
//! Everything inside the engine speaks byte offsets (`&text[span.range()]` is the surface);
//! only the output boundary ([`super::output`]) speaks code points. This module is not a
//! string type: it never owns text.

use std::ops::Range;

/// A half-open byte range `[start, end)` into the original text, on char boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The byte range, for slicing the text.
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// The text this span covers.
    pub fn of(self, text: &str) -> &str {
        &text[self.range()]
    }

    /// Length in bytes.
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers nothing.
    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// Whether the two spans share at least one byte.
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Whether `other` lies within this span.
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// Converts byte offsets of one text into code-point offsets in `O(log n)` each.
///
/// It stores one entry per non-ASCII char only, so ASCII text costs nothing.
#[derive(Debug, Clone)]
pub struct CharOffsets {
    /// For each non-ASCII char: its byte offset and the extra bytes (beyond one) of all
    /// non-ASCII chars up to and including it.
    wide: Vec<(usize, usize)>,
}

impl CharOffsets {
    /// Indexes `text`.
    pub fn new(text: &str) -> CharOffsets {
        const WINDOW: usize = 64;
        let mut extra = 0;
        let mut wide = Vec::new();
        let mut at = 0;
        while at < text.len() {
            let window_end = (at + WINDOW).min(text.len());
            if text.as_bytes()[at..window_end].is_ascii() {
                at = window_end;
                continue;
            }
            let mut next = window_end;
            for (offset, ch) in text[at..].char_indices() {
                let byte = at + offset;
                if byte >= window_end {
                    break;
                }
                if !ch.is_ascii() {
                    extra += ch.len_utf8() - 1;
                    wide.push((byte, extra));
                }
                next = byte + ch.len_utf8();
            }
            at = next;
        }
        CharOffsets { wide }
    }

    /// The code-point offset of the char boundary at `byte`.
    pub fn char_at(&self, byte: usize) -> usize {
        let before = self.wide.partition_point(|&(b, _)| b < byte);
        let extra = if before == 0 {
            0
        } else {
            self.wide[before - 1].1
        };
        byte - extra
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_code_points_not_bytes() {
        let text = "a€b😀c";
        let offsets = CharOffsets::new(text);
        let expected: Vec<(usize, usize)> = text
            .char_indices()
            .enumerate()
            .map(|(i, (b, _))| (b, i))
            .collect();
        for (byte, chars) in expected {
            assert_eq!(offsets.char_at(byte), chars, "byte {byte}");
        }
        assert_eq!(offsets.char_at(text.len()), text.chars().count());
    }

    #[test]
    fn char_offsets_are_right_across_ascii_windows_and_chars_that_straddle_them() {
        for pad in 0..70 {
            let text = format!(
                "{}é{}😀b{}ü",
                "a".repeat(pad),
                "x".repeat(63),
                "y".repeat(pad)
            );
            let offsets = CharOffsets::new(&text);
            for (chars, (byte, _)) in text.char_indices().enumerate() {
                assert_eq!(offsets.char_at(byte), chars, "pad {pad}, byte {byte}");
            }
            assert_eq!(offsets.char_at(text.len()), text.chars().count());
        }
    }

    #[test]
    fn span_slices_its_surface() {
        let text = "Dar’s meeting";
        let span = Span::new(0, "Dar".len());
        assert_eq!(span.of(text), "Dar");
        assert!(span.overlaps(Span::new(2, 4)));
        assert!(!span.overlaps(Span::new(3, 6)));
    }
}
