//! The timeline: dated events in order, each anchored on a time expression and its sentence.
//!
//! Every DATE or TIME expression anchors one event; durations, recurrences and vague
//! references ("now", "recently": `PRESENT_REF`, `PAST_REF`) do not, nor does a date with
//! nothing happening around it (a dateline: "PORTHAVEN, March 14 —"). The summary is who did
//! what in the clause around the expression (see [`summary`]); the event's entities are
//! those with a mention in that clause, and the subject the summary took from before it.
//!
//! Order: events whose value names a calendar period come first, sorted by the period's end,
//! then by its length (so a day comes before the month or year that contains it: coarser
//! after finer), then by text position. Events with no calendar value (`XXXX-05-07` when
//! the reference date is missing, `XXXX-WXX-3`) are kept apart: they come last, in text
//! order. A range ("May 7-10", "from 2019 to 2021") sorts by its last day and is one
//! event, anchored on its first expression.

mod period;
mod summary;

use crate::engine::dates::{TimeExpr, TimexType};
use crate::engine::entities::Entity;
use crate::engine::text::Document;

pub use period::{period_of, Period};
pub use summary::MAX_SUMMARY_WORDS;

/// A dated event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// The anchoring time expression, an index into the date list.
    pub date: usize,
    /// The sentence it happens in, an index into the sentence list.
    pub sentence: usize,
    /// Who did what, trimmed from the clause around the date.
    pub summary: String,
    /// The entities taking part, indices into the entity list.
    pub entities: Vec<usize>,
}

/// An event with its sort key (period end and length, if datable) and text position.
type Keyed = (Option<(i64, i64)>, usize, Event);

/// Builds the timeline, sorted by date (undatable events last).
pub fn build(text: &str, doc: &Document, entities: &[Entity], dates: &[TimeExpr]) -> Vec<Event> {
    let mut keyed: Vec<Keyed> = Vec::new();
    for (idx, date) in dates.iter().enumerate() {
        let vague = date.value.ends_with("_REF");
        if !matches!(date.kind, TimexType::Date | TimexType::Time) || vague {
            continue;
        }
        if closes_range(dates, idx) {
            continue;
        }
        let Some(sentence) = doc.sentence_at(date.span.start) else {
            continue;
        };
        let extent = match dates.get(idx + 1).filter(|_| closes_range(dates, idx + 1)) {
            Some(partner) => date.span.cover(partner.span),
            None => date.span,
        };
        let summary = summary::summarise(text, doc, entities, sentence, extent);
        if !summary.text.chars().any(char::is_lowercase) {
            continue;
        }
        let participants = entities
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                e.mentions
                    .iter()
                    .any(|m| summary.clause.contains(*m) || summary.subject == Some(*m))
            })
            .map(|(i, _)| i)
            .collect();
        let key = sort_key(date);
        keyed.push((
            key,
            date.span.start,
            Event {
                date: idx,
                sentence,
                summary: summary.text,
                entities: participants,
            },
        ));
    }
    keyed.sort_by(|a, b| match (a.0, b.0) {
        (Some(x), Some(y)) => x.cmp(&y).then(a.1.cmp(&b.1)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.1.cmp(&b.1),
    });
    keyed.into_iter().map(|(_, _, e)| e).collect()
}

/// Whether date `idx` is the second half of "from X to Y" (the first carries it as its end).
fn closes_range(dates: &[TimeExpr], idx: usize) -> bool {
    idx > 0
        && dates[idx - 1].end.as_deref() == Some(dates[idx].value.as_str())
        && dates[idx - 1].span.end < dates[idx].span.start
}

/// (last day, length in days) of the expression's period, ranges to their last day.
fn sort_key(date: &TimeExpr) -> Option<(i64, i64)> {
    let first = period_of(&date.value)?;
    let last = date
        .end
        .as_deref()
        .and_then(period_of)
        .map_or(first.last, |p| p.last);
    Some((last, last - first.first))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::calendar::CivilDate;
    use crate::engine::dates::extract;
    use crate::engine::text::analyze;

    fn timeline(text: &str, reference: Option<CivilDate>) -> Vec<(String, String)> {
        let doc = analyze(text);
        let dates = extract(text, &doc, reference);
        build(text, &doc, &[], &dates)
            .into_iter()
            .map(|e| (dates[e.date].value.clone(), e.summary))
            .collect()
    }

    #[test]
    fn finer_dates_come_before_the_period_that_holds_them() {
        let text = "Talks collapsed in May. Troops crossed the border on May 7. \
                    The year 2024 was calm. Officials spoke now.";
        let got = timeline(text, CivilDate::parse_iso("2025-07-23"));
        let values: Vec<&str> = got.iter().map(|(v, _)| v.as_str()).collect();
        assert_eq!(values, ["2024", "2025-05-07", "2025-05"]);
        assert_eq!(got[1].1, "Troops crossed the border");
    }

    #[test]
    fn undatable_events_come_last_in_text_order() {
        let text = "Troops crossed on Monday. The talks began on May 7. It ended in 1999.";
        let got = timeline(text, None);
        let values: Vec<&str> = got.iter().map(|(v, _)| v.as_str()).collect();
        assert_eq!(values, ["1999", "XXXX-WXX-1", "XXXX-05-07"]);
    }
}
