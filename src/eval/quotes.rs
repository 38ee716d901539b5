//! Scoring of the quotes stage against PolNeAR's direct quotes (`../shared/data/polnear`).
//!
//! A predicted quote of kind direct or partial matches a gold quote when both spans, trimmed
//! of quotation marks, white space and edge punctuation, cover the same code points. Speaker
//! (cue) accuracy is the share of matched gold quotes with a gold speaker (cue) whose
//! predicted speaker mention (cue) overlaps one of the gold spans. Scare and indirect quotes
//! are not scored, nor quotes in marks other than `“ ”` and `"`: PolNeAR's quotes are derived
//! from those marks only, so a quote in `''` or `‘ ’` can never be gold. Indirect quotes are
//! scored apart, against the indirect attributions (`indirect`). This module reads strings
//! and runs the engine; it does no IO.

mod indirect;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::Prf;
use crate::engine::output::{Mention, QuoteOut};
use crate::engine::{annotate, Options};

/// A PolNeAR line could not be read.
#[derive(Debug, thiserror::Error)]
#[error("line {line}: not a PolNeAR document: {source}")]
pub struct PolnearError {
    /// The 1-based line number in the JSONL input.
    pub line: usize,
    /// What serde_json said.
    pub source: serde_json::Error,
}

/// The scores, as `gloss eval quotes --json` prints them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Scores {
    /// Quote spans.
    pub quote: Prf,
    /// Share of matched gold quotes with a speaker whose predicted speaker overlaps it.
    pub speaker_accuracy: f64,
    /// Share of matched gold quotes with a cue whose predicted cue overlaps it.
    pub cue_accuracy: f64,
    /// Indirect quotes against PolNeAR's indirect attributions (see `indirect`).
    pub indirect: Prf,
    /// Share of matched indirect attributions with a source whose predicted speaker
    /// overlaps it.
    pub indirect_speaker_accuracy: f64,
    /// Recall over the indirect attributions whose cue holds a speech cue of the lexicon.
    pub indirect_speech_recall: f64,
    /// Gold quotes with no word between their edges (a lone quotation mark, where PolNeAR's
    /// derivation paired marks wrongly): counted in the recall, but no prediction can match
    /// them.
    pub gold_without_words: usize,
    /// Predicted direct and partial quotes left out of the figures because their marks are
    /// neither `“ ”` nor `"` (`''`, `‘ ’`): PolNeAR's derivation never makes those gold.
    pub unscored_other_marks: usize,
}

/// What went wrong on one quote, for reading errors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Miss {
    /// The document.
    pub doc_id: String,
    /// What kind of error.
    pub what: MissKind,
    /// The quote's text.
    pub quote: String,
    /// Gold and predicted speaker or cue, when the error is about them.
    pub detail: String,
}

/// The kinds of [`Miss`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MissKind {
    /// A gold quote no prediction matched.
    Missed,
    /// A predicted quote matching no gold quote.
    Spurious,
    /// A matched quote whose speaker does not overlap the gold speaker.
    Speaker,
    /// A matched quote whose cue does not overlap the gold cue.
    Cue,
    /// An indirect attribution no indirect quote matched.
    IndirectMissed,
    /// An indirect quote matching no indirect attribution.
    IndirectSpurious,
}

/// Scores and the errors behind them.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// The figures.
    pub scores: Scores,
    /// Every error, in document order.
    pub misses: Vec<Miss>,
}

#[derive(Debug, Deserialize)]
struct Document {
    doc_id: String,
    text: String,
    direct_quotes: Vec<GoldQuote>,
    #[serde(default)]
    primary_annotator: Option<String>,
    #[serde(default)]
    annotations: HashMap<String, Vec<indirect::GoldAttribution>>,
}

#[derive(Debug, Deserialize)]
struct GoldQuote {
    quote: (usize, usize),
    quote_text: String,
    speaker: Vec<(usize, usize)>,
    speaker_text: String,
    cue: Vec<(usize, usize)>,
    cue_text: String,
}

#[derive(Debug, Default)]
struct Tally {
    correct: usize,
    predicted: usize,
    gold: usize,
    speaker_right: usize,
    speaker_total: usize,
    cue_right: usize,
    cue_total: usize,
    gold_without_words: usize,
    unscored_other_marks: usize,
    indirect: IndirectTally,
}

#[derive(Debug, Default)]
struct IndirectTally {
    correct: usize,
    predicted: usize,
    gold: usize,
    speaker_right: usize,
    speaker_total: usize,
    speech_gold: usize,
    speech_found: usize,
}

/// Scores the engine on a PolNeAR JSONL text (one document per line).
///
/// # Errors
/// [`PolnearError`] when a non-blank line is not a PolNeAR document.
pub fn evaluate(jsonl: &str) -> Result<Report, PolnearError> {
    let mut tally = Tally::default();
    let mut misses = Vec::new();
    for (idx, line) in jsonl.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let doc: Document = serde_json::from_str(line).map_err(|source| PolnearError {
            line: idx + 1,
            source,
        })?;
        let predicted = annotate(&doc.text, &Options::default()).quotes;
        let chars: Vec<char> = doc.text.chars().collect();
        score_document(&doc, &chars, &predicted, &mut tally, &mut misses);
        indirect::score_document(&doc, &chars, &predicted, &mut tally, &mut misses);
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    Ok(Report {
        scores: Scores {
            quote: Prf::from_counts(tally.correct, tally.predicted, tally.gold),
            speaker_accuracy: ratio(tally.speaker_right, tally.speaker_total),
            cue_accuracy: ratio(tally.cue_right, tally.cue_total),
            indirect: Prf::from_counts(
                tally.indirect.correct,
                tally.indirect.predicted,
                tally.indirect.gold,
            ),
            indirect_speaker_accuracy: ratio(
                tally.indirect.speaker_right,
                tally.indirect.speaker_total,
            ),
            indirect_speech_recall: ratio(tally.indirect.speech_found, tally.indirect.speech_gold),
            gold_without_words: tally.gold_without_words,
            unscored_other_marks: tally.unscored_other_marks,
        },
        misses,
    })
}

fn score_document(
    doc: &Document,
    chars: &[char],
    predicted: &[QuoteOut],
    tally: &mut Tally,
    misses: &mut Vec<Miss>,
) {
    let miss = |what, quote: &str, detail: String| Miss {
        doc_id: doc.doc_id.clone(),
        what,
        quote: quote.to_string(),
        detail,
    };
    let mut gold_by_span: HashMap<(usize, usize), Vec<usize>> = HashMap::new();
    for (i, g) in doc.direct_quotes.iter().enumerate() {
        let (start, end) = trim(chars, g.quote);
        if start == end {
            tally.gold_without_words += 1;
        }
        gold_by_span.entry((start, end)).or_default().push(i);
    }
    let mut matched = vec![false; doc.direct_quotes.len()];
    let quoted_words = predicted
        .iter()
        .filter(|q| matches!(q.kind.as_str(), "direct" | "partial"));
    let (scored, other_marks): (Vec<&QuoteOut>, Vec<&QuoteOut>) =
        quoted_words.partition(|q| has_gold_marks(&q.text));
    tally.unscored_other_marks += other_marks.len();
    for q in scored {
        tally.predicted += 1;
        let key = trim(chars, (q.start, q.end));
        let gold = gold_by_span
            .get(&key)
            .and_then(|ids| ids.iter().copied().find(|&i| !matched[i]));
        let Some(g) = gold else {
            misses.push(miss(MissKind::Spurious, &q.text, String::new()));
            continue;
        };
        matched[g] = true;
        tally.correct += 1;
        let gold = &doc.direct_quotes[g];
        if !gold.speaker.is_empty() {
            tally.speaker_total += 1;
            if overlaps_any(q.speaker.as_ref(), &gold.speaker) {
                tally.speaker_right += 1;
            } else {
                let detail = format!(
                    "gold {:?}, predicted {:?}",
                    gold.speaker_text,
                    q.speaker.as_ref().map(|m| &m.text)
                );
                misses.push(miss(MissKind::Speaker, &q.text, detail));
            }
        }
        if !gold.cue.is_empty() {
            tally.cue_total += 1;
            if overlaps_any(q.cue.as_ref(), &gold.cue) {
                tally.cue_right += 1;
            } else {
                let detail = format!(
                    "gold {:?}, predicted {:?}",
                    gold.cue_text,
                    q.cue.as_ref().map(|m| &m.text)
                );
                misses.push(miss(MissKind::Cue, &q.text, detail));
            }
        }
    }
    tally.gold += doc.direct_quotes.len();
    for (g, found) in doc.direct_quotes.iter().zip(&matched) {
        if !found {
            misses.push(miss(
                MissKind::Missed,
                &g.quote_text,
                nearby(predicted, g.quote),
            ));
        }
    }
}

/// The predicted quotes overlapping a missed gold quote, as "kind: text".
fn nearby(predicted: &[QuoteOut], (start, end): (usize, usize)) -> String {
    let found: Vec<String> = predicted
        .iter()
        .filter(|q| q.start < end && start < q.end)
        .map(|q| format!("{}: {}", q.kind, q.text))
        .collect();
    found.join(" | ")
}

/// Whether a quote is delimited by the marks PolNeAR's quotes are derived from (`“ ”` and
/// `"`): quotes in other marks (`''`, `‘ ’`) can never be gold, so they are not scored.
fn has_gold_marks(quote: &str) -> bool {
    const MARKS: [char; 3] = ['“', '”', '"'];
    quote.starts_with(MARKS) || quote.ends_with(MARKS)
}

fn overlaps_any(mention: Option<&Mention>, gold: &[(usize, usize)]) -> bool {
    mention.is_some_and(|m| gold.iter().any(|&(s, e)| m.start < e && s < m.end))
}

/// Whether a character is trimmed off a quote's edges before comparing.
fn is_edge(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '"' | '“'
                | '”'
                | '„'
                | '\''
                | '‘'
                | '’'
                | '‚'
                | '«'
                | '»'
                | '‹'
                | '›'
                | '.'
                | ','
                | ';'
                | ':'
                | '!'
                | '?'
                | '…'
                | '—'
                | '–'
                | '-'
        )
}

/// The code-point span `(start, end)` trimmed of quotation marks, white space and edge
/// punctuation; out-of-range ends are clamped.
fn trim(chars: &[char], (start, end): (usize, usize)) -> (usize, usize) {
    let mut end = end.min(chars.len());
    let mut start = start.min(end);
    while start < end && is_edge(chars[start]) {
        start += 1;
    }
    while end > start && is_edge(chars[end - 1]) {
        end -= 1;
    }
    (start, end)
}

/// The code-point span of the first `surface` in `text`, as PolNeAR writes spans.
#[cfg(test)]
fn char_span(text: &str, surface: &str) -> (usize, usize) {
    let byte = text.find(surface).expect(surface);
    let start = text[..byte].chars().count();
    (start, start + surface.chars().count())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str, quote: &str, speaker: &str, cue: &str) -> String {
        let at = |s: &str| char_span(text, s);
        serde_json::json!({
            "doc_id": "d1",
            "text": text,
            "direct_quotes": [{
                "quote": at(quote), "quote_text": quote,
                "speaker": [at(speaker)], "speaker_text": speaker,
                "cue": [at(cue)], "cue_text": cue,
            }],
        })
        .to_string()
    }

    #[test]
    fn trimming_drops_marks_space_and_edge_punctuation() {
        let chars: Vec<char> = "“ Yes, we can. ”".chars().collect();
        let (s, e) = trim(&chars, (0, chars.len()));
        assert_eq!(chars[s..e].iter().collect::<String>(), "Yes, we can");
        assert_eq!(trim(&chars, (2, 99)), (2, 13));
    }

    #[test]
    fn a_found_quote_with_its_speaker_and_cue_scores_full_marks() {
        let text = "“We will win the vote,” Smith said on Monday.";
        let report = evaluate(&line(text, "We will win the vote,", "Smith", "said")).unwrap();
        assert_eq!(report.scores.quote, Prf::from_counts(1, 1, 1));
        assert_eq!(report.scores.speaker_accuracy, 1.0);
        assert_eq!(report.scores.cue_accuracy, 1.0);
        assert!(report.misses.is_empty(), "{:?}", report.misses);
    }

    #[test]
    fn a_gold_quote_that_is_a_lone_mark_is_counted_as_unmatchable() {
        let text = "“We will win the vote,” Smith said.\n\n” … and nothing else.";
        let mut doc: serde_json::Value =
            serde_json::from_str(&line(text, "We will win the vote,", "Smith", "said")).unwrap();
        let lone = char_span(text, "” …");
        doc["direct_quotes"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({
                "quote": (lone.0, lone.0 + 1), "quote_text": "”",
                "speaker": [], "speaker_text": "", "cue": [], "cue_text": "",
            }));
        let report = evaluate(&doc.to_string()).unwrap();
        assert_eq!(report.scores.gold_without_words, 1);
        assert_eq!(report.scores.quote.recall, 0.5);
    }

    #[test]
    fn quotes_in_double_apostrophes_are_counted_apart_and_not_scored() {
        let text = "“We will win the vote,” Smith said. ''We will not,'' Jones said.";
        let report = evaluate(&line(text, "We will win the vote,", "Smith", "said")).unwrap();
        assert_eq!(report.scores.quote, Prf::from_counts(1, 1, 1));
        assert_eq!(report.scores.unscored_other_marks, 1);
    }

    #[test]
    fn a_bad_line_names_its_number() {
        let err = evaluate("\n{\"doc_id\": 3}\n").unwrap_err();
        assert_eq!(err.line, 2);
    }
}
