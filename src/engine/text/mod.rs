//! The text layer: paragraphs, sentences and tokens over the original text.
//!
//! Every later stage reads a [`Document`]: spans are byte ranges into the input, never
//! copies or normalised text, so `&text[token.span.range()]` is always the surface. The
//! tokeniser follows CoNLL-2003 conventions closely enough that a tagger trained there sees
//! the same shapes (`U.S.`, `Pakistan-US`, `do` + `n't`, `Trump` + `'s`).
//!
//! This module is not a linguistic analyser: no parts of speech, no lemmas.

mod paragraphs;
mod sentences;
mod tokens;

pub use paragraphs::paragraphs;
pub use sentences::SentenceKind;
pub use tokens::{tokenize, TokenKind};

use super::span::Span;
use std::ops::Range;

/// A token: a word, number or punctuation mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Where it is.
    pub span: Span,
    /// What it looks like.
    pub kind: TokenKind,
}

/// A sentence: a run of tokens inside one paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// From its first token's start to its last token's end.
    pub span: Span,
    /// Its tokens, as indices into [`Document::tokens`].
    pub tokens: Range<usize>,
    /// The paragraph it belongs to, an index into [`Document::paragraphs`].
    pub paragraph: usize,
    /// Headline, dateline, bullet or body.
    pub kind: SentenceKind,
}

/// The analysed text: what every later stage reads.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Document {
    /// Paragraphs: blocks separated by blank lines, trimmed of surrounding white space.
    pub paragraphs: Vec<Span>,
    /// Sentences in text order.
    pub sentences: Vec<Sentence>,
    /// All tokens in text order.
    pub tokens: Vec<Token>,
}

impl Document {
    /// The tokens of sentence `idx`.
    pub fn sentence_tokens(&self, idx: usize) -> &[Token] {
        &self.tokens[self.sentences[idx].tokens.clone()]
    }

    /// The index of the sentence containing byte `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let idx = self.sentences.partition_point(|s| s.span.end <= offset);
        (idx < self.sentences.len() && self.sentences[idx].span.start <= offset).then_some(idx)
    }
}

/// Splits `text` into paragraphs, sentences and tokens.
pub fn analyze(text: &str) -> Document {
    let mut doc = Document::default();
    for (paragraph_idx, paragraph) in paragraphs(text).into_iter().enumerate() {
        let first_token = doc.tokens.len();
        doc.tokens.extend(tokenize(text, paragraph));
        let paragraph_tokens = &doc.tokens[first_token..];
        for (range, kind) in sentences::split(text, paragraph_tokens) {
            let tokens = first_token + range.start..first_token + range.end;
            let span = doc.tokens[tokens.start]
                .span
                .cover(doc.tokens[tokens.end - 1].span);
            doc.sentences.push(Sentence {
                span,
                tokens,
                paragraph: paragraph_idx,
                kind,
            });
        }
        doc.paragraphs.push(paragraph);
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_at_finds_the_enclosing_sentence() {
        let text = "One here. Two there.\n\nThree.";
        let doc = analyze(text);
        assert_eq!(doc.sentences.len(), 3);
        assert_eq!(doc.sentence_at(0), Some(0));
        assert_eq!(doc.sentence_at(text.find("Two").unwrap()), Some(1));
        assert_eq!(doc.sentence_at(text.find("Three").unwrap()), Some(2));
        assert_eq!(doc.sentence_at(text.find("\n").unwrap()), None);
    }

    #[test]
    fn empty_and_blank_text_have_no_sentences() {
        for text in ["", "   ", "\n\n\t\n"] {
            assert_eq!(analyze(text), Document::default());
        }
    }
}
