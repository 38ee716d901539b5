//! Scoring the time-expression stage on TimeML (TempEval-3): reading `.tml` files and the
//! TempEval-3 measures.
//!
//! Strict span match is an identical extent, relaxed match any overlap; type and value
//! accuracy are over relaxed matches; value F1 is relaxed F1 × value accuracy, as TempEval-3
//! defined it. Predictions come from the engine's own path (`text::analyze` then
//! `dates::extract` with the document's creation time). Pure functions over file contents;
//! the CLI reads the files. This is not a test: it measures, it does not assert.

use serde::Serialize;

use super::Prf;
use crate::engine::calendar::CivilDate;
use crate::engine::dates::{self, TimeExpr};
use crate::engine::span::Span;
use crate::engine::text;

/// A gold TIMEX3 of a document's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldTimex {
    /// Byte span in [`TmlDoc::text`].
    pub span: Span,
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    pub kind: String,
    /// The TimeML value.
    pub value: String,
}

/// A TimeML document: its id, creation time, plain text and gold time expressions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TmlDoc {
    /// The `DOCID`, or empty.
    pub id: String,
    /// The document creation time (its date part).
    pub dct: Option<CivilDate>,
    /// The `TEXT` element with tags removed and entities decoded.
    pub text: String,
    /// The TIMEX3 elements inside `TEXT`.
    pub timexes: Vec<GoldTimex>,
}

/// Why a `.tml` file could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TmlError {
    /// No `<TEXT>...</TEXT>` element.
    #[error("no <TEXT> element")]
    NoText,
    /// A tag that never closes.
    #[error("unterminated tag at byte {0}")]
    UnterminatedTag(usize),
}

/// Parses a TimeML file.
///
/// # Errors
/// [`TmlError`] when the file has no `TEXT` element or a tag is cut off.
pub fn parse_tml(content: &str) -> Result<TmlDoc, TmlError> {
    let id = between(content, "<DOCID>", "</DOCID>")
        .unwrap_or_default()
        .trim()
        .to_string();
    let dct = between(content, "<DCT>", "</DCT>")
        .and_then(|dct| attribute(dct, "value"))
        .and_then(|v| CivilDate::parse_iso(v.get(..10)?));
    let start = content.find("<TEXT>").ok_or(TmlError::NoText)? + "<TEXT>".len();
    let end = start + content[start..].find("</TEXT>").ok_or(TmlError::NoText)?;
    let (text, timexes) = strip_tags(&content[start..end], start)?;
    Ok(TmlDoc {
        id,
        dct,
        text,
        timexes,
    })
}

fn between<'a>(s: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let a = s.find(open)? + open.len();
    let b = a + s[a..].find(close)?;
    Some(&s[a..b])
}

fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let pattern = format!(" {name}=\"");
    let a = tag.find(&pattern)? + pattern.len();
    let b = a + tag[a..].find('"')?;
    Some(&tag[a..b])
}

/// The text without tags, and the TIMEX3 spans in it.
fn strip_tags(body: &str, offset: usize) -> Result<(String, Vec<GoldTimex>), TmlError> {
    let mut text = String::with_capacity(body.len());
    let mut timexes = Vec::new();
    let mut open: Option<(usize, String, String)> = None;
    let mut rest = body;
    while let Some(lt) = rest.find('<') {
        text.push_str(&decode(&rest[..lt]));
        let consumed = body.len() - rest.len();
        let gt = rest[lt..]
            .find('>')
            .ok_or(TmlError::UnterminatedTag(offset + consumed + lt))?;
        let tag = &rest[lt..lt + gt + 1];
        if tag.starts_with("<TIMEX3") {
            let kind = attribute(tag, "type").unwrap_or_default().to_string();
            let value = attribute(tag, "value").unwrap_or_default().to_string();
            open = Some((text.len(), kind, value));
        } else if tag.starts_with("</TIMEX3") {
            if let Some((start, kind, value)) = open.take() {
                timexes.push(GoldTimex {
                    span: Span::new(start, text.len()),
                    kind,
                    value,
                });
            }
        }
        rest = &rest[lt + gt + 1..];
    }
    text.push_str(&decode(rest));
    Ok((text, timexes))
}

fn decode(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Counts from comparing predictions with gold, summed over documents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Gold expressions.
    pub gold: usize,
    /// Predicted expressions.
    pub predicted: usize,
    /// Predictions with the exact extent of a gold expression.
    pub strict: usize,
    /// Predictions overlapping a gold expression.
    pub relaxed_predicted: usize,
    /// Gold expressions overlapped by a prediction.
    pub relaxed_gold: usize,
    /// Relaxed matches with the right type.
    pub type_correct: usize,
    /// Relaxed matches with the right value.
    pub value_correct: usize,
}

impl Counts {
    /// Adds another document's counts.
    pub fn add(&mut self, other: Counts) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.strict += other.strict;
        self.relaxed_predicted += other.relaxed_predicted;
        self.relaxed_gold += other.relaxed_gold;
        self.type_correct += other.type_correct;
        self.value_correct += other.value_correct;
    }
}

/// One relaxed match, for error listings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// A gold expression no prediction overlaps.
    Missed(usize),
    /// A prediction that overlaps no gold expression.
    Spurious(usize),
    /// A gold expression and the first prediction overlapping it.
    Matched(usize, usize),
}

/// Compares one document's predictions with its gold expressions.
pub fn compare(gold: &[GoldTimex], predicted: &[TimeExpr]) -> (Counts, Vec<Outcome>) {
    let mut counts = Counts {
        gold: gold.len(),
        predicted: predicted.len(),
        ..Counts::default()
    };
    let mut outcomes = Vec::new();
    for (g_idx, g) in gold.iter().enumerate() {
        match predicted.iter().position(|p| p.span.overlaps(g.span)) {
            Some(p_idx) => {
                let p = &predicted[p_idx];
                counts.relaxed_gold += 1;
                counts.type_correct += usize::from(p.kind.label() == g.kind);
                counts.value_correct += usize::from(p.value == g.value);
                outcomes.push(Outcome::Matched(g_idx, p_idx));
            }
            None => outcomes.push(Outcome::Missed(g_idx)),
        }
    }
    for (p_idx, p) in predicted.iter().enumerate() {
        let overlapping = gold.iter().filter(|g| g.span.overlaps(p.span)).count();
        counts.relaxed_predicted += usize::from(overlapping > 0);
        counts.strict += usize::from(gold.iter().any(|g| g.span == p.span));
        if overlapping == 0 {
            outcomes.push(Outcome::Spurious(p_idx));
        }
    }
    (counts, outcomes)
}

/// TempEval-3's time-expression measures.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct TimexScores {
    /// Exact-extent precision, recall and F1.
    pub strict: Prf,
    /// Overlap precision, recall and F1.
    pub relaxed: Prf,
    /// Share of relaxed matches with the right type.
    pub type_accuracy: f64,
    /// Share of relaxed matches with the right value.
    pub value_accuracy: f64,
    /// Relaxed F1 × value accuracy.
    pub value_f1: f64,
}

impl TimexScores {
    /// The measures from summed counts.
    pub fn from_counts(c: &Counts) -> TimexScores {
        let strict = Prf::from_counts(c.strict, c.predicted, c.gold);
        let relaxed = relaxed_prf(c);
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let type_accuracy = ratio(c.type_correct, c.relaxed_gold);
        let value_accuracy = ratio(c.value_correct, c.relaxed_gold);
        TimexScores {
            strict,
            relaxed,
            type_accuracy,
            value_accuracy,
            value_f1: relaxed.f1 * value_accuracy,
        }
    }
}

fn relaxed_prf(c: &Counts) -> Prf {
    let precision = Prf::from_counts(c.relaxed_predicted, c.predicted, c.gold).precision;
    let recall = Prf::from_counts(c.relaxed_gold, c.predicted, c.gold).recall;
    Prf::from_ratios(precision, recall)
}

/// Runs the engine's date stage on a document, its creation time as reference.
pub fn predict(doc: &TmlDoc) -> Vec<TimeExpr> {
    let analysed = text::analyze(&doc.text);
    dates::extract(&doc.text, &analysed, doc.dct)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TML: &str = r#"<TimeML><DOCID>d1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-27T08:17:00" functionInDocument="CREATION_TIME">02/27/1998</TIMEX3></DCT>
<TEXT>Prices rose &amp; fell <TIMEX3 tid="t1" type="DATE" value="1998-02-26">yesterday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.</TEXT></TimeML>"#;

    #[test]
    fn parses_text_dct_and_timexes() {
        let doc = parse_tml(TML).unwrap();
        assert_eq!(doc.id, "d1");
        assert_eq!(doc.dct, CivilDate::parse_iso("1998-02-27"));
        assert_eq!(doc.text, "Prices rose & fell yesterday for three days.");
        let surfaces: Vec<&str> = doc.timexes.iter().map(|t| t.span.of(&doc.text)).collect();
        assert_eq!(surfaces, ["yesterday", "three days"]);
        assert_eq!(doc.timexes[1].value, "P3D");
    }

    #[test]
    fn strict_relaxed_and_value_scores() {
        let doc = parse_tml(TML).unwrap();
        let mut predicted = predict(&doc);
        assert_eq!(predicted.len(), 2);
        let (counts, _) = compare(&doc.timexes, &predicted);
        let scores = TimexScores::from_counts(&counts);
        assert_eq!(scores.strict.f1, 1.0);
        assert_eq!(scores.value_f1, 1.0);
        predicted[1].span.start += 1;
        predicted[1].value = "P4D".to_string();
        let (counts, _) = compare(&doc.timexes, &predicted);
        let scores = TimexScores::from_counts(&counts);
        assert_eq!(scores.strict.f1, 0.5);
        assert_eq!(scores.relaxed.f1, 1.0);
        assert_eq!(scores.value_accuracy, 0.5);
    }

    #[test]
    fn missing_text_is_an_error() {
        assert_eq!(parse_tml("<TimeML></TimeML>"), Err(TmlError::NoText));
    }
}
