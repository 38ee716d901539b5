//! Code-point addressing of an article, for the modules that work on `gloss/1` output
//! (corrections, share links, exports), whose offsets are Unicode code points.
//!
//! It is not the engine's byte-span machinery ([`crate::engine::span`]): it only slices and
//! searches the text by code point, and never panics on offsets out of range.

/// An article indexed by code point.
pub(crate) struct CodePoints<'a> {
    text: &'a str,
    /// The byte offset of every char, then the text's length in bytes.
    bytes: Vec<usize>,
}

impl<'a> CodePoints<'a> {
    /// Indexes `text`.
    pub(crate) fn new(text: &'a str) -> CodePoints<'a> {
        let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        bytes.push(text.len());
        CodePoints { text, bytes }
    }

    /// The number of code points.
    pub(crate) fn len(&self) -> usize {
        self.bytes.len() - 1
    }

    /// The text from code point `start` to `end`, or `None` when out of range or reversed.
    pub(crate) fn slice(&self, start: usize, end: usize) -> Option<&'a str> {
        if start > end {
            return None;
        }
        let (from, to) = (*self.bytes.get(start)?, *self.bytes.get(end)?);
        Some(&self.text[from..to])
    }

    /// The text from code point `start` to `end`, clamped to the text.
    pub(crate) fn slice_clamped(&self, start: usize, end: usize) -> &'a str {
        let end = end.min(self.len());
        self.slice(start.min(end), end).unwrap_or_default()
    }

    /// The code-point offset of the char starting at byte `byte`.
    pub(crate) fn char_at(&self, byte: usize) -> usize {
        self.bytes.partition_point(|&b| b < byte)
    }

    /// The code-point start of every occurrence of `needle`, overlapping ones included.
    pub(crate) fn occurrences(&self, needle: &str) -> Vec<usize> {
        let mut found = Vec::new();
        if needle.is_empty() {
            return found;
        }
        let mut from = 0;
        while let Some(at) = self.text[from..].find(needle) {
            let byte = from + at;
            found.push(self.char_at(byte));
            from = byte + self.text[byte..].chars().next().map_or(1, char::len_utf8);
        }
        found
    }

    /// The occurrence of `needle` whose start is nearest to `start` (the earlier on a tie).
    pub(crate) fn nearest(&self, needle: &str, start: usize) -> Option<usize> {
        self.occurrences(needle)
            .into_iter()
            .min_by_key(|&at| (at.abs_diff(start), at))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_by_code_point_not_byte() {
        let cp = CodePoints::new("Dar’s 😀 talks");
        assert_eq!(cp.len(), 13);
        assert_eq!(cp.slice(0, 5), Some("Dar’s"));
        assert_eq!(cp.slice(6, 7), Some("😀"));
        assert_eq!(cp.slice(8, 14), None);
        assert_eq!(cp.slice(3, 2), None);
        assert_eq!(cp.slice_clamped(8, 99), "talks");
    }

    #[test]
    fn finds_overlapping_occurrences_and_the_nearest() {
        let cp = CodePoints::new("é aaa é aa");
        assert_eq!(cp.occurrences("aa"), vec![2, 3, 8]);
        assert_eq!(cp.nearest("aa", 7), Some(8));
        assert_eq!(cp.nearest("é", 4), Some(6));
        assert_eq!(cp.nearest("zz", 4), None);
        assert_eq!(cp.occurrences(""), Vec::<usize>::new());
    }
}
