//! The timeline: dated events in order, each anchored on a time expression and its sentence.
//!
//! Every DATE or TIME expression anchors one event; durations, recurrences and vague
//! references ("now", "recently": `PRESENT_REF`, `PAST_REF`) do not. The
//! summary is the clause around the expression, the expression and its preposition cut out,
//! trailing participle clauses dropped ("claiming to ..."), leading articles dropped and
//! the rest capped at [`MAX_SUMMARY_WORDS`] words. Its entities are those with a mention in
//! that clause.
//!
//! Order: events whose value names a calendar period come first, sorted by the period's end,
//! then by its length (so a day comes before the month or year that contains it: coarser
//! after finer), then by text position. Events with no calendar value (`XXXX-05-07` when
//! the reference date is missing, `XXXX-WXX-3`) are kept apart: they come last, in text
//! order. A range ("May 7-10", "from 2019 to 2021") sorts by its last day and is one
//! event, anchored on its first expression.

mod period;

use crate::engine::dates::{TimeExpr, TimexType};
use crate::engine::entities::Entity;
use crate::engine::span::Span;
use crate::engine::text::{Document, TokenKind};

pub use period::{period_of, Period};

/// The longest summary, in words.
pub const MAX_SUMMARY_WORDS: usize = 24;

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
        let clause = clause_around(text, doc, sentence, extent);
        let summary = summarise(text, doc, sentence, clause, extent);
        let participants = entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.mentions.iter().any(|m| clause.contains(*m)))
            .map(|(i, _)| i)
            .collect();
        let key = sort_key(date);
        keyed.push((
            key,
            date.span.start,
            Event {
                date: idx,
                sentence,
                summary,
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

/// The clause holding the expression: the sentence cut at clause punctuation, extended
/// forward when the expression's own stretch has nothing but the expression ("On May 7, ...").
fn clause_around(text: &str, doc: &Document, sentence: usize, span: Span) -> Span {
    let tokens = doc.sentence_tokens(sentence);
    let breaks: Vec<usize> = tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == TokenKind::Punct && is_clause_mark(t.span.of(text)))
        .map(|(i, _)| i)
        .collect();
    let at = tokens
        .iter()
        .position(|t| t.span.end > span.start)
        .unwrap_or(0);
    let mut start = breaks.iter().rev().find(|&&b| b < at).map_or(0, |&b| b + 1);
    let mut end = breaks
        .iter()
        .find(|&&b| b >= at && tokens[b].span.start >= span.end)
        .copied()
        .unwrap_or(tokens.len());
    let words_outside = tokens[start..end]
        .iter()
        .filter(|t| t.kind == TokenKind::Word && !span.contains(t.span))
        .count();
    if words_outside <= 1 && end < tokens.len() {
        start = end + 1;
        end = breaks
            .iter()
            .find(|&&b| b > start)
            .copied()
            .unwrap_or(tokens.len());
    }
    if start >= end {
        return doc.sentences[sentence].span;
    }
    tokens[start].span.cover(tokens[end - 1].span)
}

fn is_clause_mark(s: &str) -> bool {
    matches!(
        s,
        "," | ";" | ":" | "—" | "–" | "--" | "(" | ")" | "." | "!" | "?"
    )
}

/// Who did what: the clause without the date phrase, articles, quotes and trailing
/// participle clauses, capped in length.
fn summarise(text: &str, doc: &Document, sentence: usize, clause: Span, date: Span) -> String {
    let tokens = doc.sentence_tokens(sentence);
    let mut words: Vec<&str> = Vec::new();
    let in_clause: Vec<_> = tokens.iter().filter(|t| clause.contains(t.span)).collect();
    for (i, t) in in_clause.iter().enumerate() {
        let surface = t.span.of(text);
        if date.contains(t.span) {
            continue;
        }
        let before_date = in_clause
            .get(i + 1)
            .is_some_and(|next| next.span.start == date.start);
        if before_date && is_date_preposition(surface) {
            continue;
        }
        if t.kind == TokenKind::Punct && matches!(surface, "“" | "”" | "\"" | "‘" | "’") {
            continue;
        }
        if words.is_empty() && matches!(surface, "the" | "The" | "a" | "A" | "an" | "An") {
            continue;
        }
        if words.len() >= 3
            && surface.len() > 4
            && surface.ends_with("ing")
            && t.kind == TokenKind::Word
            && i > 0
            && in_clause[i - 1].span.of(text) == ","
        {
            break;
        }
        words.push(surface);
        if words.len() >= MAX_SUMMARY_WORDS {
            break;
        }
    }
    join_words(&words)
}

fn is_date_preposition(s: &str) -> bool {
    matches!(
        s.to_ascii_lowercase().as_str(),
        "on" | "in" | "at" | "since" | "by" | "until" | "from" | "during" | "of"
    )
}

/// Joins tokens with spaces, except before closing punctuation and clitics.
fn join_words(words: &[&str]) -> String {
    let mut out = String::new();
    for w in words {
        let attach = w.starts_with(['\'', '’', ',', '.', ';', ':', '!', '?', ')', '%'])
            || w.eq_ignore_ascii_case("n't");
        if !out.is_empty() && !attach {
            out.push(' ');
        }
        out.push_str(w);
    }
    out.trim_end_matches([',', ';', ':']).to_string()
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
