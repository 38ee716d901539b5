//! The promises the `gloss/1` output keeps for any input, as one checkable function.
//!
//! [`violation`] is what the property tests (`tests/props.rs`) and the fuzz targets
//! (`fuzz/`) assert on every annotated string, and what an embedder can run on output it
//! stored. It is not a validator of a document's meaning (whether "Dar" is a person): only
//! of offsets, order and references between the output's lists.

use super::output::{Annotations, Mention};

/// The first broken promise of `out` as the annotation of `text`, in words, or `None`.
///
/// Promises: the schema is `gloss/1`; sentences are non-empty, ordered and disjoint; every
/// span is in bounds (code points, end exclusive) and its `text` is the text it covers; every
/// entity has a mention; quote, event and entity references point at existing items.
pub fn violation(text: &str, out: &Annotations) -> Option<String> {
    let starts = char_starts(text);
    let slicer = Slicer { text, starts };
    (out.schema != "gloss/1")
        .then(|| format!("schema is {:?}", out.schema))
        .or_else(|| sentence_violation(&slicer, out))
        .or_else(|| entity_violation(&slicer, out))
        .or_else(|| date_violation(&slicer, out))
        .or_else(|| quote_violation(&slicer, out))
        .or_else(|| event_violation(out))
}

/// Slices `text` by code-point offsets.
struct Slicer<'a> {
    text: &'a str,
    /// The byte offset of every code point, plus the end.
    starts: Vec<usize>,
}

impl<'a> Slicer<'a> {
    fn slice(&self, start: usize, end: usize) -> Result<&'a str, String> {
        if start <= end && end < self.starts.len() {
            Ok(&self.text[self.starts[start]..self.starts[end]])
        } else {
            Err(format!(
                "span {start}..{end} is out of bounds ({} code points)",
                self.starts.len() - 1
            ))
        }
    }

    /// Whether `[start, end)` covers exactly `surface`.
    fn names(&self, what: &str, start: usize, end: usize, surface: &str) -> Option<String> {
        match self.slice(start, end) {
            Ok(covered) if covered == surface => None,
            Ok(covered) => Some(format!("{what} says {surface:?} but covers {covered:?}")),
            Err(e) => Some(format!("{what}: {e}")),
        }
    }

    fn mention(&self, what: &str, m: &Mention) -> Option<String> {
        self.names(what, m.start, m.end, &m.text)
    }
}

fn char_starts(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(b, _)| b)
        .chain([text.len()])
        .collect()
}

fn sentence_violation(slicer: &Slicer, out: &Annotations) -> Option<String> {
    let mut previous_end = 0;
    for (i, s) in out.sentences.iter().enumerate() {
        if s.start >= s.end || s.start < previous_end {
            return Some(format!(
                "sentence {i} is empty, overlaps or is out of order"
            ));
        }
        if let Err(e) = slicer.slice(s.start, s.end) {
            return Some(format!("sentence {i}: {e}"));
        }
        previous_end = s.end;
    }
    None
}

fn entity_violation(slicer: &Slicer, out: &Annotations) -> Option<String> {
    out.entities.iter().enumerate().find_map(|(i, e)| {
        if e.id != i {
            return Some(format!("entity {i} has id {}", e.id));
        }
        if e.mentions.is_empty() {
            return Some(format!("entity {i} has no mention"));
        }
        e.mentions
            .iter()
            .find_map(|m| slicer.mention("entity mention", m))
    })
}

fn date_violation(slicer: &Slicer, out: &Annotations) -> Option<String> {
    out.dates
        .iter()
        .find_map(|d| slicer.names("date", d.start, d.end, &d.text))
}

fn quote_violation(slicer: &Slicer, out: &Annotations) -> Option<String> {
    out.quotes.iter().find_map(|q| {
        slicer
            .names("quote", q.start, q.end, &q.text)
            .or_else(|| {
                q.speaker
                    .as_ref()
                    .and_then(|m| slicer.mention("speaker", m))
            })
            .or_else(|| q.cue.as_ref().and_then(|m| slicer.mention("cue", m)))
            .or_else(|| {
                q.entity
                    .filter(|&id| id >= out.entities.len())
                    .map(|id| format!("quote {:?} names missing entity {id}", q.text))
            })
    })
}

fn event_violation(out: &Annotations) -> Option<String> {
    out.events.iter().enumerate().find_map(|(i, e)| {
        let dangling = e.date >= out.dates.len()
            || e.sentence >= out.sentences.len()
            || e.entities.iter().any(|&id| id >= out.entities.len());
        dangling.then(|| format!("event {i} refers to a missing date, sentence or entity"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{annotate, CivilDate, Options};

    fn sample() -> (&'static str, Annotations) {
        let text =
            "Foreign Minister Ishaq Dar met Marco Rubio on July 25. “We are ready,” Dar said.";
        let options = Options {
            reference_date: CivilDate::new(2025, 7, 23),
            ..Options::default()
        };
        (text, annotate(text, &options))
    }

    #[test]
    fn real_output_keeps_every_promise() {
        let (text, out) = sample();
        assert!(!out.entities.is_empty() && !out.quotes.is_empty());
        assert_eq!(violation(text, &out), None);
    }

    #[test]
    fn a_mention_whose_text_differs_from_its_span_is_reported() {
        let (text, mut out) = sample();
        out.entities[0].mentions[0].text.push('x');
        assert!(violation(text, &out).is_some_and(|v| v.contains("covers")));
    }

    #[test]
    fn a_span_past_the_end_is_reported() {
        let (text, mut out) = sample();
        out.dates[0].end = text.chars().count() + 1;
        assert!(violation(text, &out).is_some_and(|v| v.contains("out of bounds")));
    }

    #[test]
    fn an_event_pointing_at_a_missing_date_is_reported() {
        let (text, mut out) = sample();
        out.events[0].date = out.dates.len();
        assert!(violation(text, &out).is_some_and(|v| v.contains("event 0")));
    }

    #[test]
    fn overlapping_sentences_are_reported() {
        let (text, mut out) = sample();
        out.sentences[1].start = out.sentences[0].start;
        assert!(violation(text, &out).is_some_and(|v| v.contains("sentence 1")));
    }
}
