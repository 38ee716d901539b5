//! Progressive marking of long articles: which paragraphs show their marks now, and which are
//! still plain text waiting for their turn.
//!
//! A 1 MB article has tens of thousands of marks; building all their elements at once blocks
//! the page for seconds. The whole text is always in the page (so print, find-in-page and text
//! selection see all of it), but only the first screenful of paragraphs is marked at once; the
//! rest is marked a chunk at a time between frames, and the paragraph holding the selection is
//! marked out of turn; before printing, all are marked. Pure and natively tested; the article
//! view keeps a [`Progress`] and only wires it to a timer. It is not the layout (see
//! `crate::app::layout`).

use std::borrow::Borrow;
use std::rc::Rc;

use super::layout::Paragraph;

/// The weight marked at once when an article appears: a screenful or two.
pub const FIRST_WEIGHT: usize = 6_000;
/// The weight marked per step afterwards: small enough to stay under a long task.
pub const STEP_WEIGHT: usize = 12_000;
/// Paragraphs per rendering block, so that a step re-renders a few blocks, not every paragraph.
pub const BLOCK: usize = 32;

/// What marking a paragraph costs: its length plus its pieces (each piece is an element).
pub fn weight(paragraph: &Paragraph) -> usize {
    paragraph.end.saturating_sub(paragraph.start) + 40 * paragraph.pieces.len()
}

/// The number of leading paragraphs to mark so that `budget` more weight is spent after the
/// first `from`: at least one more when any is left, never more than there are.
pub fn advance<P: Borrow<Paragraph>>(paragraphs: &[P], from: usize, budget: usize) -> usize {
    let mut spent = 0;
    let mut to = from.min(paragraphs.len());
    while to < paragraphs.len() && (spent < budget || to == from) {
        spent += weight(paragraphs[to].borrow());
        to += 1;
    }
    to
}

/// The index of the first paragraph holding a selected piece (the one scrolled to).
pub fn first_selected<P: Borrow<Paragraph>>(paragraphs: &[P]) -> Option<usize> {
    paragraphs
        .iter()
        .position(|p| p.borrow().pieces.iter().any(|piece| piece.selected))
}

/// The layout to show for a selection: the paragraphs of `highlighted` (the same text laid out
/// with the selection) that hold a selected piece, and `plain`'s own paragraphs (laid out with
/// nothing selected) everywhere else, so that unchanged paragraphs stay the same `Rc` and are
/// not compared or re-rendered. Both layouts must be of the same text.
pub fn with_selection(plain: &[Rc<Paragraph>], highlighted: Vec<Paragraph>) -> Vec<Rc<Paragraph>> {
    highlighted
        .into_iter()
        .zip(plain)
        .map(|(new, old)| {
            if new.pieces.iter().any(|p| p.selected) {
                Rc::new(new)
            } else {
                old.clone()
            }
        })
        .collect()
}

/// How many bytes differ between two texts: what is left once their common start and their
/// common end are taken away (the larger side).
pub fn edit_size(old: &str, new: &str) -> usize {
    let (old, new) = (old.as_bytes(), new.as_bytes());
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let room = old.len().min(new.len()) - prefix;
    let suffix = old
        .iter()
        .rev()
        .zip(new.iter().rev())
        .take(room)
        .take_while(|(a, b)| a == b)
        .count();
    old.len().max(new.len()) - prefix - suffix
}

/// How far marking has got in the article shown.
#[derive(Debug, Default)]
pub struct Progress {
    /// The text the count is for.
    text: Option<Rc<str>>,
    /// How many leading paragraphs are marked.
    marked: usize,
}

impl Progress {
    /// Follows the layout `paragraphs` of `text` and returns how many leading paragraphs to
    /// mark. A small edit (typing) keeps what was marked; another text starts again from its
    /// first screenful.
    pub fn follow<P: Borrow<Paragraph>>(&mut self, text: &Rc<str>, paragraphs: &[P]) -> usize {
        let same = match &self.text {
            Some(old) => Rc::ptr_eq(old, text) || edit_size(old, text) <= STEP_WEIGHT,
            None => false,
        };
        if !same {
            self.marked = advance(paragraphs, 0, FIRST_WEIGHT);
        }
        self.text = Some(text.clone());
        self.marked = self.marked.min(paragraphs.len());
        self.marked
    }

    /// Marks the next step of `paragraphs`; returns whether some are still plain.
    pub fn step<P: Borrow<Paragraph>>(&mut self, paragraphs: &[P]) -> bool {
        self.marked = advance(paragraphs, self.marked, STEP_WEIGHT);
        self.marked < paragraphs.len()
    }

    /// Marks every paragraph at the next render (before printing).
    pub fn finish(&mut self) {
        self.marked = usize::MAX;
    }

    /// How many leading paragraphs are marked.
    pub fn marked(&self) -> usize {
        self.marked
    }
}

/// Whether paragraph `index` shows its marks, given how many lead paragraphs are marked and the
/// paragraph the selection needs.
pub fn is_marked(index: usize, marked: usize, needed: Option<usize>) -> bool {
    index < marked || needed == Some(index)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::layout::Piece;

    fn paragraph(start: usize, len: usize, selected: bool) -> Paragraph {
        Paragraph {
            start,
            end: start + len,
            pieces: vec![Piece {
                start,
                end: start + len,
                text: "x".repeat(len),
                mark: None,
                in_quote: false,
                selected,
            }],
        }
    }

    fn article(count: usize, len: usize) -> Vec<Paragraph> {
        (0..count)
            .map(|i| paragraph(i * (len + 2), len, false))
            .collect()
    }

    #[test]
    fn advance_spends_the_budget_and_always_moves_on() {
        let paragraphs = article(10, 960);
        assert_eq!(weight(&paragraphs[0]), 1_000);
        assert_eq!(advance(&paragraphs, 0, 2_500), 3);
        assert_eq!(advance(&paragraphs, 3, 1), 4);
        assert_eq!(advance(&paragraphs, 3, 0), 4);
        assert_eq!(advance(&paragraphs, 8, 50_000), 10);
        assert_eq!(advance(&paragraphs, 10, 50_000), 10);
        assert_eq!(advance(&paragraphs, 12, 50_000), 10);
    }

    #[test]
    fn a_long_article_is_marked_in_steps_until_done() {
        let paragraphs = article(1_000, 460);
        let text: Rc<str> = Rc::from("a long article");
        let mut progress = Progress::default();
        let first = progress.follow(&text, &paragraphs);
        assert!(first > 0 && first < 20, "first screenful {first}");
        let mut steps = 0;
        while progress.step(&paragraphs) {
            steps += 1;
            assert!(steps < 200, "never finishes");
        }
        assert_eq!(progress.marked(), 1_000);
        assert!(steps > 10, "marked in {steps} steps");
    }

    #[test]
    fn a_short_article_is_marked_at_once() {
        let paragraphs = article(5, 300);
        let mut progress = Progress::default();
        assert_eq!(progress.follow(&Rc::from("demo"), &paragraphs), 5);
        assert!(!progress.step(&paragraphs));
    }

    #[test]
    fn typing_keeps_the_marked_paragraphs_and_a_new_text_starts_again() {
        let paragraphs = article(200, 460);
        let text: Rc<str> = Rc::from("x".repeat(92_000).as_str());
        let mut progress = Progress::default();
        progress.follow(&text, &paragraphs);
        while progress.step(&paragraphs) {}
        let typed: Rc<str> = Rc::from(format!("{text} The council meets.").as_str());
        assert_eq!(progress.follow(&typed, &paragraphs), 200);
        let other: Rc<str> = Rc::from("y".repeat(92_000).as_str());
        assert!(progress.follow(&other, &paragraphs) < 20);
    }

    #[test]
    fn finishing_marks_every_paragraph_of_the_same_text() {
        let paragraphs = article(1_000, 460);
        let text: Rc<str> = Rc::from("a long article");
        let mut progress = Progress::default();
        assert!(progress.follow(&text, &paragraphs) < 1_000);
        progress.finish();
        assert_eq!(progress.follow(&text, &paragraphs), 1_000);
        assert!(!progress.step(&paragraphs));
    }

    #[test]
    fn fewer_paragraphs_clamp_the_count() {
        let text: Rc<str> = Rc::from("t");
        let mut progress = Progress::default();
        progress.follow(&text, &article(200, 460));
        while progress.step(&article(200, 460)) {}
        assert_eq!(progress.follow(&text, &article(3, 460)), 3);
    }

    #[test]
    fn the_selected_paragraph_is_found_and_marked_out_of_turn() {
        let mut paragraphs = article(50, 100);
        assert_eq!(first_selected(&paragraphs), None);
        paragraphs[41] = paragraph(paragraphs[41].start, 100, true);
        paragraphs[45] = paragraph(paragraphs[45].start, 100, true);
        assert_eq!(first_selected(&paragraphs), Some(41));
        assert!(is_marked(41, 3, Some(41)));
        assert!(is_marked(2, 3, Some(41)));
        assert!(!is_marked(45, 3, Some(41)));
    }

    #[test]
    fn only_paragraphs_with_a_selection_are_replaced() {
        let plain: Vec<Rc<Paragraph>> = article(4, 10).into_iter().map(Rc::new).collect();
        let mut highlighted = article(4, 10);
        highlighted[2] = paragraph(highlighted[2].start, 10, true);
        let shown = with_selection(&plain, highlighted);
        assert_eq!(shown.len(), 4);
        for i in [0, 1, 3] {
            assert!(Rc::ptr_eq(&shown[i], &plain[i]), "paragraph {i} kept");
        }
        assert!(shown[2].pieces[0].selected);
    }

    #[test]
    fn edit_size_counts_what_changed_between_common_ends() {
        assert_eq!(edit_size("abc", "abc"), 0);
        assert_eq!(edit_size("abc", "abXc"), 1);
        assert_eq!(edit_size("aaaa", "aaaaa"), 1);
        assert_eq!(edit_size("hello world", "hello there"), 5);
        assert_eq!(edit_size("", "new text"), 8);
        assert_eq!(edit_size("old text", ""), 8);
    }
}
