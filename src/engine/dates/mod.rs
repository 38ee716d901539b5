//! Time expressions: found by a rule grammar and normalised to TimeML values against the
//! reference date.
//!
//! - [`lexicon`]: the words (months, weekdays, units, number words);
//! - [`grammar`]: the token view and the leftmost-longest matcher with shared modifiers;
//! - `rules`: the rules themselves, one file per family, each rule data with an id and a
//!   reason;
//! - [`tense`] and [`normalise`]: resolving underspecified dates by tense and context;
//! - [`reference`]: the reference date found in the text when none is given.
//!
//! Extents follow TimeML/TempEval-3: a leading "the" belongs to quarters, periods and
//! durations ("the third quarter") but not to dates; prepositions never do ("in May" is
//! tagged "May"); modifiers do ("early next year", "nearly two weeks ago"). A range
//! ("May 7-10") is one expression with an [`TimeExpr::end`]; "from 2019 to 2021" is two
//! expressions, the first carrying the second's value as its end. It never reads the clock.

pub mod grammar;
pub mod lexicon;
pub mod normalise;
pub mod reference;
mod rules;
pub mod tense;

use crate::engine::calendar::CivilDate;
use crate::engine::span::Span;
use crate::engine::text::Document;

use normalise::Context;

/// Where the reference date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReferenceSource {
    /// Given by the caller (the reader's publication-date field or `--dct`).
    Given,
    /// Found in the text (a dateline or a "Published" line).
    Text,
    /// Neither given nor found: the caller's today ([`crate::engine::Options::today`]).
    Today,
    /// Unknown: relative dates stay unresolved.
    Missing,
}

/// The date relative expressions are resolved against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference {
    /// The date, if known.
    pub date: Option<CivilDate>,
    /// Where it came from.
    pub source: ReferenceSource,
}

/// TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimexType {
    /// A calendar date or period: `2025-05-07`, `2025-05`, `2025-W30`.
    Date,
    /// A time of day: `2025-07-23T15:00`.
    Time,
    /// A length of time: `P3D`.
    Duration,
    /// A recurrence: `XXXX-WXX-1`.
    Set,
}

impl TimexType {
    /// The TIMEX3 label.
    pub fn label(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// A time expression and its normalised value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeExpr {
    /// Where it is.
    pub span: Span,
    /// Its TIMEX3 type.
    pub kind: TimexType,
    /// Its TimeML value (`2025-05-07`, `P3D`, `PRESENT_REF`).
    pub value: String,
    /// The id of the rule that found it, for `--explain`.
    pub rule: &'static str,
    /// For a range ("May 7-10", "from 2019 to 2021"), the value of its last date.
    pub end: Option<String>,
}

/// The reference date: the one given, else one found in the text, else missing.
pub fn reference_date(
    text: &str,
    doc: &Document,
    given: Option<CivilDate>,
    today: Option<CivilDate>,
) -> Reference {
    if let Some(date) = given {
        return Reference {
            date: Some(date),
            source: ReferenceSource::Given,
        };
    }
    match reference::find(text, doc) {
        Some(date) => Reference {
            date: Some(date),
            source: ReferenceSource::Text,
        },
        None => Reference {
            date: today,
            source: if today.is_some() {
                ReferenceSource::Today
            } else {
                ReferenceSource::Missing
            },
        },
    }
}

/// Finds and normalises the time expressions of the document, in text order.
pub fn extract(text: &str, doc: &Document, reference: Option<CivilDate>) -> Vec<TimeExpr> {
    let mut out = Vec::new();
    let mut anchor = None;
    let mut anchor_year = None;
    let mut period: Option<(u32, usize)> = None;
    let quarterly = talks_of_quarters(text, doc);
    for idx in 0..doc.sentences.len() {
        let toks = grammar::sentence_toks(text, doc, idx);
        let found = grammar::scan(&toks);
        if found.is_empty() {
            continue;
        }
        let first = out.len();
        for f in &found {
            let ctx = Context {
                reference,
                tense: tense::around(&toks, f.tokens.start, f.tokens.end),
                anchor,
                anchor_year,
                quarterly,
                period_months: period
                    .filter(|&(_, named_in)| idx - named_in <= 1)
                    .map(|(months, _)| months),
            };
            let resolved = normalise::resolve(&f.sem, &ctx);
            if resolved.value.contains("-Q") {
                period = None;
            } else if let Some(months) = reporting_months(&resolved) {
                period = Some((months, idx));
            }
            if let Some(day) = resolved.day {
                anchor = Some(normalise::Anchor::Day(day));
                anchor_year = None;
            } else if let Some(day) = month_start(&resolved.value) {
                anchor = Some(normalise::Anchor::Month(day));
                anchor_year = None;
            } else if let (normalise::Sem::Year(_), Some(day)) =
                (&f.sem, year_start(&resolved.value))
            {
                anchor_year = Some(day);
            }
            out.push(TimeExpr {
                span: f.span,
                kind: resolved.kind,
                value: resolved.value,
                rule: f.rule,
                end: resolved.end,
            });
        }
        link_ranges(&toks, &found, &mut out[first..]);
    }
    out
}

/// The months of a reporting period shorter than a year ("the nine months": `P9M`).
fn reporting_months(resolved: &normalise::Resolved) -> Option<u32> {
    if resolved.kind != TimexType::Duration {
        return None;
    }
    let months: u32 = resolved
        .value
        .strip_prefix('P')?
        .strip_suffix('M')?
        .parse()
        .ok()?;
    (2..12).contains(&months).then_some(months)
}

/// The first day of a `YYYY` value, so "that year" can count from it. Only a year
/// written out anchors years: "this year" or "a year ago" do not.
fn year_start(value: &str) -> Option<CivilDate> {
    if value.len() != 4 {
        return None;
    }
    CivilDate::new(value.parse().ok()?, 1, 1)
}

/// The first day of a `YYYY-MM` value, so "the following month" can count from it.
fn month_start(value: &str) -> Option<CivilDate> {
    let (year, month) = value.split_once('-')?;
    if year.len() != 4 || month.len() != 2 {
        return None;
    }
    CivilDate::new(year.parse().ok()?, month.parse().ok()?, 1)
}

/// Whether the article reports quarterly results (then "a year ago" is a quarter): one
/// fiscal quarter named is enough ("third-quarter net", "the quarter"); "a quarter of the
/// market" (the fraction) and "quarter-century" are not quarters.
fn talks_of_quarters(text: &str, doc: &Document) -> bool {
    let word = |i: usize| doc.tokens.get(i).map_or("", |t| t.span.of(text));
    (0..doc.tokens.len()).any(|i| {
        let surface = word(i).as_bytes();
        let tail = &surface[surface.len().saturating_sub(8)..];
        let fraction = i
            .checked_sub(1)
            .is_some_and(|j| ["a", "one"].iter().any(|w| word(j).eq_ignore_ascii_case(w)))
            && word(i + 1).eq_ignore_ascii_case("of");
        (surface.eq_ignore_ascii_case(b"quarter") && !fraction)
            || (surface.len() > 8 && tail.eq_ignore_ascii_case(b"-quarter"))
    })
}

/// Gives "from X to Y" and "between X and Y" their end.
fn link_ranges(toks: &[grammar::Tok], found: &[grammar::Found], exprs: &mut [TimeExpr]) {
    for k in 1..found.len() {
        let (a, b) = (&found[k - 1].tokens, &found[k].tokens);
        let opener = a.start.checked_sub(1).and_then(|j| grammar::key(toks, j));
        let joiner = (b.start == a.end + 1)
            .then(|| grammar::key(toks, a.end))
            .flatten();
        let linked = matches!(
            (opener, joiner),
            (
                Some("from"),
                Some("to" | "until" | "till" | "through" | "-" | "–")
            ) | (Some("between"), Some("and"))
        );
        if linked && exprs[k - 1].kind == exprs[k].kind && exprs[k - 1].end.is_none() {
            exprs[k - 1].end = Some(exprs[k].value.clone());
        }
    }
}
