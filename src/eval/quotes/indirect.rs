//! Scoring of reported speech (indirect quotes) against PolNeAR's indirect attributions.
//!
//! The gold items are the primary annotator's attributions with no quoted material
//! (`quote_type` "indirect"). A predicted indirect quote matches one when their contents,
//! trimmed like direct quotes and taken from the first to the last piece of a discontinuous
//! gold content, overlap by at least half of the longer of the two: reported clauses have no
//! marks to fix their edges, so exact spans would mostly measure where "that" or a trailing
//! phrase was cut. Each gold item and each prediction matches at most once. Speaker accuracy
//! is the share of matched gold items with a source whose predicted speaker overlaps it.
//!
//! PolNeAR's indirect attributions also hold beliefs, plans and findings without a speech
//! verb ("polls show", "X wants"), which the engine leaves out by design, so recall stays
//! well below 1; precision is the figure that says whether what is shown can be trusted,
//! and the recall over attributions whose cue holds a speech cue of the engine's lexicon
//! ("said", "according to") says how much of what it sets out to find it finds.

use serde::Deserialize;

use super::{overlaps_any, trim, Document, Miss, MissKind, Tally};
use crate::engine::output::QuoteOut;
use crate::engine::quotes::holds_speech_cue;

/// One attribution of a PolNeAR annotator, as far as indirect scoring reads it.
#[derive(Debug, Deserialize)]
pub(super) struct GoldAttribution {
    #[serde(default)]
    source: Vec<(usize, usize)>,
    #[serde(default)]
    source_text: String,
    #[serde(default)]
    content: Vec<(usize, usize)>,
    #[serde(default)]
    content_text: String,
    #[serde(default)]
    cue_text: String,
    #[serde(default)]
    quote_type: String,
}

/// Least share of the longer content that two contents must share to match.
const MIN_OVERLAP: f64 = 0.5;

/// Scores one document's indirect quotes into `tally`, noting errors in `misses`.
pub(super) fn score_document(
    doc: &Document,
    chars: &[char],
    predicted: &[QuoteOut],
    tally: &mut Tally,
    misses: &mut Vec<Miss>,
) {
    let gold: Vec<&GoldAttribution> = doc
        .primary_annotator
        .as_ref()
        .and_then(|id| doc.annotations.get(id))
        .into_iter()
        .flatten()
        .filter(|a| a.quote_type == "indirect" && !a.content.is_empty())
        .collect();
    let gold_spans: Vec<(usize, usize)> = gold.iter().map(|a| content_span(chars, a)).collect();
    let mut matched = vec![false; gold.len()];
    let miss = |what, quote: &str, detail: String| Miss {
        doc_id: doc.doc_id.clone(),
        what,
        quote: quote.to_string(),
        detail,
    };
    for q in predicted.iter().filter(|q| q.kind == "indirect") {
        tally.indirect.predicted += 1;
        let span = trim(chars, (q.start, q.end));
        let best = (0..gold.len())
            .filter(|&g| !matched[g])
            .map(|g| (overlap_ratio(span, gold_spans[g]), g))
            .filter(|&(ratio, _)| ratio >= MIN_OVERLAP)
            .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
        let Some((_, g)) = best else {
            misses.push(miss(MissKind::IndirectSpurious, &q.text, String::new()));
            continue;
        };
        matched[g] = true;
        tally.indirect.correct += 1;
        if !gold[g].source.is_empty() {
            tally.indirect.speaker_total += 1;
            if overlaps_any(q.speaker.as_ref(), &gold[g].source) {
                tally.indirect.speaker_right += 1;
            }
        }
    }
    tally.indirect.gold += gold.len();
    for (a, found) in gold.iter().zip(&matched) {
        if holds_speech_cue(&a.cue_text) {
            tally.indirect.speech_gold += 1;
            tally.indirect.speech_found += usize::from(*found);
        }
        if !found {
            let detail = format!("source {:?}", a.source_text);
            misses.push(miss(MissKind::IndirectMissed, &a.content_text, detail));
        }
    }
}

/// The trimmed stretch from a gold content's first piece to its last.
fn content_span(chars: &[char], attribution: &GoldAttribution) -> (usize, usize) {
    let start = attribution.content.iter().map(|c| c.0).min().unwrap_or(0);
    let end = attribution.content.iter().map(|c| c.1).max().unwrap_or(0);
    trim(chars, (start, end))
}

/// The code points two spans share, as a share of the longer one.
fn overlap_ratio(a: (usize, usize), b: (usize, usize)) -> f64 {
    let shared = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    let longer = (a.1 - a.0).max(b.1 - b.0);
    if longer == 0 {
        0.0
    } else {
        shared as f64 / longer as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::quotes::evaluate;
    use crate::eval::Prf;

    fn document(text: &str, content: &str, source: &str, quote_type: &str) -> String {
        let at = |s: &str| super::super::char_span(text, s);
        serde_json::json!({
            "doc_id": "d1",
            "text": text,
            "primary_annotator": "a1",
            "annotations": {"a1": [{
                "source": [at(source)], "source_text": source,
                "content": [at(content)], "content_text": content,
                "quote_type": quote_type,
            }]},
            "direct_quotes": [],
        })
        .to_string()
    }

    #[test]
    fn a_reported_clause_with_its_source_scores_full_marks() {
        let text = "Officials said the talks would resume in July.";
        let line = document(
            text,
            "the talks would resume in July",
            "Officials",
            "indirect",
        );
        let report = evaluate(&line).unwrap();
        assert_eq!(report.scores.indirect, Prf::from_counts(1, 1, 1));
        assert_eq!(report.scores.indirect_speaker_accuracy, 1.0);
    }

    #[test]
    fn contents_sharing_less_than_half_do_not_match() {
        let text = "Officials said the talks would resume in July.";
        let line = document(text, "the talks", "Officials", "indirect");
        let report = evaluate(&line).unwrap();
        assert_eq!(report.scores.indirect, Prf::from_counts(0, 1, 1));
    }

    #[test]
    fn direct_attributions_are_no_indirect_gold() {
        let text = "Officials said the talks would resume in July.";
        let line = document(
            text,
            "the talks would resume in July",
            "Officials",
            "direct",
        );
        let report = evaluate(&line).unwrap();
        assert_eq!(report.scores.indirect, Prf::from_counts(0, 1, 0));
    }

    #[test]
    fn overlap_is_a_share_of_the_longer_span() {
        assert_eq!(overlap_ratio((0, 10), (5, 10)), 0.5);
        assert_eq!(overlap_ratio((0, 4), (6, 10)), 0.0);
        assert_eq!(overlap_ratio((3, 3), (3, 3)), 0.0);
    }
}
