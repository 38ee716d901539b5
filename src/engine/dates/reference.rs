//! The reference date found in the text: a full date (with a year) on a "Published",
//! "Updated", "Posted" or "Date" line, in a dateline, or alone on a line near the top.
//!
//! Only the first few sentences are read, and only dates with a year count (a dateline
//! "July 23" alone cannot anchor anything). It is not a guess from the body: without such a
//! line the reference stays missing.

use crate::engine::calendar::CivilDate;
use crate::engine::text::{Document, SentenceKind};

use super::grammar;
use super::normalise::Sem;

/// How many opening sentences may hold the reference date.
const OPENING_SENTENCES: usize = 8;

/// The words that open a publication line.
const PUBLICATION_WORDS: &[&str] = &["published", "updated", "posted", "date", "dated", "last"];

/// The publication date written in the text, if any.
pub fn find(text: &str, doc: &Document) -> Option<CivilDate> {
    for (idx, sentence) in doc.sentences.iter().enumerate().take(OPENING_SENTENCES) {
        let toks = grammar::sentence_toks(text, doc, idx);
        let opens_with_publication = toks
            .first()
            .is_some_and(|t| PUBLICATION_WORDS.contains(&t.key.as_str()));
        let eligible = opens_with_publication
            || matches!(
                sentence.kind,
                SentenceKind::Dateline | SentenceKind::Headline
            )
            || toks.len() <= 12;
        if !eligible {
            continue;
        }
        for found in grammar::scan(&toks) {
            if let Sem::Day {
                year: Some(year),
                month,
                day,
                ..
            } = found.sem
            {
                if let Some(date) = CivilDate::new(year, month, day) {
                    return Some(date);
                }
            }
        }
    }
    None
}
