//! The stage's pipeline: from the text layer's sentences to typed mentions and entities.
//!
//! It reads token surfaces out of the text (never copying the article), tags whole
//! documents at once (document-level features need the whole article), and turns tag
//! chunks into mentions with byte spans. It is not where any single decision is made:
//! features, tagger, types, resolution and roles each live in their own module.

use std::ops::Range;

use super::model::Model;
use super::tagger::{chunks, Coarse};
use super::types::{coarse_of, fine_type, Rule};
use super::Entity;
use crate::engine::span::Span;
use crate::engine::text::Document;

/// A typed mention found by the tagger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Where it is in the text.
    pub span: Span,
    /// Its tokens, indices into [`Document::tokens`].
    pub tokens: Range<usize>,
    /// The tagger's type.
    pub coarse: Coarse,
    /// The typing rule that gave its fine type.
    pub rule: Rule,
}

/// Tags pre-tokenised sentences (one document) and returns each sentence's chunks with
/// their fine types mapped back to CoNLL's four: the path `gloss eval ner` measures.
pub fn tag_tokens<S: AsRef<str>>(
    model: &Model,
    sentences: &[Vec<S>],
) -> Vec<Vec<(usize, usize, Coarse)>> {
    let tags = model.tag(sentences);
    sentences
        .iter()
        .zip(tags)
        .map(|(sentence, tags)| {
            let words: Vec<&str> = sentence.iter().map(AsRef::as_ref).collect();
            chunks(&tags)
                .into_iter()
                .map(|(start, end, coarse)| {
                    let rule = fine_type(
                        &model.lexicon,
                        coarse,
                        &words[start..end],
                        words.get(end).copied(),
                    );
                    (start, end, coarse_of(rule.kind))
                })
                .collect()
        })
        .collect()
}

/// The typed mentions of a document.
pub fn mentions(model: &Model, text: &str, doc: &Document) -> Vec<Mention> {
    let surfaces: Vec<Vec<&str>> = (0..doc.sentences.len())
        .map(|s| {
            doc.sentence_tokens(s)
                .iter()
                .map(|t| t.span.of(text))
                .collect()
        })
        .collect();
    let tags = model.tag(&surfaces);
    let mut out = Vec::new();
    for (s, (words, tags)) in surfaces.iter().zip(tags).enumerate() {
        let first = doc.sentences[s].tokens.start;
        for (start, end, coarse) in chunks(&tags) {
            let rule = fine_type(
                &model.lexicon,
                coarse,
                &words[start..end],
                words.get(end).copied(),
            );
            let span = doc.tokens[first + start]
                .span
                .cover(doc.tokens[first + end - 1].span);
            out.push(Mention {
                span,
                tokens: first + start..first + end,
                coarse,
                rule,
            });
        }
    }
    out
}

/// Finds the entities of the document.
pub fn extract(model: &Model, text: &str, doc: &Document) -> Vec<Entity> {
    mentions(model, text, doc)
        .into_iter()
        .map(|m| Entity {
            kind: m.rule.kind,
            name: m.span.of(text).to_string(),
            roles: Vec::new(),
            mentions: vec![m.span],
            why: m.rule.id.to_string(),
        })
        .collect()
}
