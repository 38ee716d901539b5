//! TimelineJS JSON: the timeline's events as Knight Lab's TimelineJS reads them
//! (`{"events": [{"start_date": {year, month, day}, "end_date": ..., "text": {headline,
//! text}}]}`), so a newsroom can drop a Gloss timeline into the tool it already uses.
//!
//! Events without a calendar value (`PRESENT_REF`, `XXXX-05-07`) are left out: TimelineJS
//! needs a year. Days, months and years become date parts of that precision; weeks,
//! quarters, seasons, decades and ranges ("May 7-10", "from 2019 to 2021") get an
//! `end_date`. The event's text is its sentence. It reads `gloss/1` output and the article,
//! never engine internals.

use serde::Serialize;

use crate::engine::calendar::CivilDate;
use crate::engine::timeline::period_of;
use crate::engine::Annotations;

/// A TimelineJS document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Timeline {
    /// The slides, in timeline order.
    pub events: Vec<Slide>,
}

/// One TimelineJS event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Slide {
    /// When it starts.
    pub start_date: DateParts,
    /// When it ends, for periods and ranges.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<DateParts>,
    /// Headline and body.
    pub text: SlideText,
}

/// A TimelineJS date: year, and month and day when known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateParts {
    /// The year.
    pub year: i32,
    /// The month, 1-12.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub month: Option<u8>,
    /// The day of the month.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub day: Option<u8>,
}

/// A slide's words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SlideText {
    /// The event's summary.
    pub headline: String,
    /// The sentence it comes from.
    pub text: String,
}

/// The timeline of `annotations` (made from `text`) as TimelineJS JSON.
pub fn to_timelinejs(annotations: &Annotations, text: &str) -> String {
    serde_json::to_string_pretty(&timeline(annotations, text)).unwrap_or_default()
}

/// The timeline of `annotations` as TimelineJS structures.
pub fn timeline(annotations: &Annotations, text: &str) -> Timeline {
    let chars: Vec<char> = text.chars().collect();
    let slice = |start: usize, end: usize| -> String {
        chars
            .get(start.min(chars.len())..end.min(chars.len()))
            .map(|c| c.iter().collect())
            .unwrap_or_default()
    };
    let events = annotations
        .events
        .iter()
        .filter_map(|event| {
            let (start_date, mut end_date) = parts_of(&event.value)?;
            if let Some(end) = range_end(annotations, event.date, &slice) {
                end_date = parts_of(&end).map(|(first, _)| first);
            }
            let sentence = annotations
                .sentences
                .get(event.sentence)
                .map(|s| slice(s.start, s.end))
                .unwrap_or_default();
            Some(Slide {
                start_date,
                end_date,
                text: SlideText {
                    headline: event.summary.clone(),
                    text: sentence,
                },
            })
        })
        .collect();
    Timeline { events }
}

/// Start parts and, for periods coarser than a month that are not a plain year, end parts.
fn parts_of(value: &str) -> Option<(DateParts, Option<DateParts>)> {
    let date = value.split('T').next()?;
    let fields: Vec<&str> = date.split('-').collect();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    match fields.as_slice() {
        [y] if y.len() == 4 && digits(y) => Some((year_parts(y.parse().ok()?, None, None), None)),
        [y, m] if digits(y) && digits(m) && y.len() == 4 => {
            let month: u8 = m.parse().ok()?;
            (1..=12).contains(&month).then_some(())?;
            Some((year_parts(y.parse().ok()?, Some(month), None), None))
        }
        [y, m, d] if digits(y) && digits(m) && digits(d) => {
            let day = CivilDate::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)?;
            Some((day_parts(day), None))
        }
        _ => {
            let period = period_of(value)?;
            let first = CivilDate::from_days(period.first)?;
            let last = CivilDate::from_days(period.last)?;
            Some((day_parts(first), Some(day_parts(last))))
        }
    }
}

fn year_parts(year: i32, month: Option<u8>, day: Option<u8>) -> DateParts {
    DateParts { year, month, day }
}

fn day_parts(day: CivilDate) -> DateParts {
    year_parts(day.year(), Some(day.month()), Some(day.day()))
}

/// The end of a range the date opens: "May 7-10" (its own text) or "from X to Y".
fn range_end(
    annotations: &Annotations,
    idx: usize,
    slice: &dyn Fn(usize, usize) -> String,
) -> Option<String> {
    let date = annotations.dates.get(idx)?;
    if let Some((_, last)) = date.text.rsplit_once(['-', '–']) {
        let day: u8 = last.trim().parse().ok()?;
        let (ym, _) = date.value.get(..10)?.rsplit_once('-')?;
        return Some(format!("{ym}-{day:02}"));
    }
    let next = annotations.dates.get(idx + 1)?;
    let before = slice(date.start.saturating_sub(5), date.start).to_lowercase();
    let between = slice(date.end, next.start).trim().to_lowercase();
    let opened = before.ends_with("from ") || before.ends_with("ween ");
    let joined = matches!(
        between.as_str(),
        "to" | "until" | "through" | "and" | "-" | "–"
    );
    (opened && joined && next.kind == date.kind).then(|| next.value.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{annotate, CivilDate, Options};

    fn export(text: &str) -> Timeline {
        let options = Options {
            reference_date: CivilDate::parse_iso("2025-07-23"),
            explain: false,
            ..Options::default()
        };
        timeline(&annotate(text, &options), text)
    }

    #[test]
    fn events_carry_date_parts_and_text() {
        let text = "The ceasefire was announced on May 10. Talks will open on July 25.";
        let t = export(text);
        assert_eq!(t.events.len(), 2);
        assert_eq!(t.events[0].start_date, year_parts(2025, Some(5), Some(10)));
        assert_eq!(
            t.events[0].text.text,
            "The ceasefire was announced on May 10."
        );
        assert_eq!(t.events[1].start_date.month, Some(7));
        assert!(t.events[0].end_date.is_none());
    }

    #[test]
    fn ranges_get_an_end_date() {
        let t = export("Strikes went on May 7-10. Elections ran from 2019 to 2021.");
        assert_eq!(t.events.len(), 2);
        assert_eq!(t.events[0].start_date, year_parts(2019, None, None));
        assert_eq!(t.events[0].end_date, Some(year_parts(2021, None, None)));
        assert_eq!(t.events[0].text.headline, "Elections ran");
        assert_eq!(t.events[1].start_date, year_parts(2025, Some(5), Some(7)));
        assert_eq!(
            t.events[1].end_date,
            Some(year_parts(2025, Some(5), Some(10)))
        );
    }

    #[test]
    fn undatable_events_are_left_out() {
        let text = "Officials are talking now.";
        assert!(export(text).events.is_empty());
        let json = to_timelinejs(&annotate(text, &Options::default()), text);
        assert!(json.contains("\"events\": []"));
    }
}
