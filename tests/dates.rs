//! The date stage and the timeline through the public API: every family of the grammar
//! against a fixed reference date, the reference found in text, and the sample article
//! pinned by a golden file (`UPDATE_EXPECT=1` rewrites it; skipped without `../shared`).

use gloss::engine::dates::{extract, reference_date, ReferenceSource, TimeExpr};
use gloss::engine::text::analyze;
use gloss::engine::{annotate, CivilDate, Options};

use crate::fixtures::shared_text;

// One test per class that once broke, named after what broke.
mod regressions;

fn reference() -> Option<CivilDate> {
    CivilDate::parse_iso("2025-07-23")
}

fn dates_in(text: &str) -> Vec<TimeExpr> {
    extract(text, &analyze(text), reference())
}

/// `(surface, type, value)` of every expression in `text`.
fn found(text: &str) -> Vec<(String, &'static str, String)> {
    dates_in(text)
        .into_iter()
        .map(|d| {
            assert_eq!(d.span.of(text), &text[d.span.range()]);
            (d.span.of(text).to_string(), d.kind.label(), d.value)
        })
        .collect()
}

fn assert_one(text: &str, surface: &str, kind: &str, value: &str) {
    let all = found(text);
    assert!(
        all.iter()
            .any(|(s, k, v)| s == surface && *k == kind && v == value),
        "{text:?}: expected {surface:?} {kind} {value}, found {all:?}"
    );
}

#[test]
fn absolute_dates_in_every_common_form() {
    assert_one(
        "It opened on July 25, 2025.",
        "July 25, 2025",
        "DATE",
        "2025-07-25",
    );
    assert_one(
        "It opened on 25 July 2025.",
        "25 July 2025",
        "DATE",
        "2025-07-25",
    );
    assert_one(
        "It opened on 2025-07-25.",
        "2025-07-25",
        "DATE",
        "2025-07-25",
    );
    assert_one("It opened on 7/25/2025.", "7/25/2025", "DATE", "2025-07-25");
    assert_one("It opened on 25/7/2025.", "25/7/2025", "DATE", "2025-07-25");
    assert_one(
        "It opened on 25.07.2025.",
        "25.07.2025",
        "DATE",
        "2025-07-25",
    );
    assert_one(
        "Profits fell in Sept. 1998.",
        "Sept. 1998",
        "DATE",
        "1998-09",
    );
    assert_one("It was founded in 1998.", "1998", "DATE", "1998");
    assert_one("It grew in the 1990s.", "the 1990s", "DATE", "199");
    assert_one(
        "It began in the 20th century.",
        "the 20th century",
        "DATE",
        "19",
    );
    assert_one(
        "Sales rose in the third quarter.",
        "the third quarter",
        "DATE",
        "2025-Q3",
    );
    assert_one(
        "Sales rose in the fourth quarter.",
        "the fourth quarter",
        "DATE",
        "2024-Q4",
    );
    assert_one("Sales rose in Q3 2024.", "Q3 2024", "DATE", "2024-Q3");
    assert_one(
        "They met in the summer of 2019.",
        "the summer of 2019",
        "DATE",
        "2019-SU",
    );
    assert_one(
        "They met in nineteen ninety-six.",
        "nineteen ninety-six",
        "DATE",
        "1996",
    );
}

#[test]
fn relative_dates_resolve_against_the_reference() {
    assert_one("Prices rose yesterday.", "yesterday", "DATE", "2025-07-22");
    assert_one("Prices rose last week.", "last week", "DATE", "2025-W29");
    assert_one(
        "Prices rose earlier this month.",
        "earlier this month",
        "DATE",
        "2025-07",
    );
    assert_one(
        "They will meet next Tuesday.",
        "next Tuesday",
        "DATE",
        "2025-07-29",
    );
    assert_one("They met on Monday.", "Monday", "DATE", "2025-07-21");
    assert_one("They will meet on Monday.", "Monday", "DATE", "2025-07-28");
    assert_one("It fell two years ago.", "two years ago", "DATE", "2023");
    assert_one("They will vote in May.", "May", "DATE", "2026-05");
    assert_one("They voted in May.", "May", "DATE", "2025-05");
    let later = found("The strike came on May 7. Two days later, a truce was agreed.");
    assert_eq!(
        later[1],
        (
            "Two days later".to_string(),
            "DATE",
            "2025-05-09".to_string()
        )
    );
}

#[test]
fn times_durations_sets_and_vague_references() {
    assert_one("The vote closes at 3pm.", "3pm", "TIME", "2025-07-23T15:00");
    assert_one(
        "It starts at 15:00 GMT.",
        "15:00 GMT",
        "TIME",
        "2025-07-23T15:00",
    );
    assert_one(
        "They met on Tuesday night.",
        "Tuesday night",
        "DATE",
        "2025-07-22",
    );
    assert_one(
        "The talks lasted three days.",
        "three days",
        "DURATION",
        "P3D",
    );
    assert_one("It took a decade.", "a decade", "DURATION", "P10Y");
    assert_one(
        "Violence grew over the past decade.",
        "the past decade",
        "DURATION",
        "P10Y",
    );
    assert_one("It took two-year talks.", "two-year", "DURATION", "P2Y");
    assert_one(
        "They meet every Monday.",
        "every Monday",
        "SET",
        "XXXX-WXX-1",
    );
    assert_one("The paper appears weekly.", "weekly", "SET", "P1W");
    assert_one("Orangemen march each July.", "each July", "SET", "XXXX-07");
    assert_one("Prices are high now.", "now", "DATE", "PRESENT_REF");
    assert_one("Prices rose recently.", "recently", "DATE", "PAST_REF");
    assert_one("It was worse in the past.", "the past", "DATE", "PAST_REF");
    assert_one(
        "It will list shares in the near future.",
        "the near future",
        "DATE",
        "FUTURE_REF",
    );
    assert_one(
        "Holders lose in the short term.",
        "the short term",
        "DATE",
        "FUTURE_REF",
    );
}

#[test]
fn ranges_keep_their_end() {
    let dates = dates_in("Strikes went on from May 7-10 and talks ran from 2019 to 2021.");
    assert_eq!(dates[0].value, "2025-05-07");
    assert_eq!(dates[0].end.as_deref(), Some("2025-05-10"));
    assert_eq!(dates[1].value, "2019");
    assert_eq!(dates[1].end.as_deref(), Some("2021"));
}

#[test]
fn reference_found_in_a_published_line_else_missing() {
    let text = "Talks resume\n\nPublished: 23 July 2025\n\nThe envoys met on Monday.";
    let doc = analyze(text);
    let found = reference_date(text, &doc, None, None);
    assert_eq!(found.source, ReferenceSource::Text);
    assert_eq!(found.date, reference());
    let annotations = annotate(text, &Options::default());
    let monday = annotations
        .dates
        .iter()
        .find(|d| d.text == "Monday")
        .unwrap();
    assert_eq!(monday.value, "2025-07-21");

    let bare = "The envoys met on May 7.";
    let doc = analyze(bare);
    assert_eq!(
        reference_date(bare, &doc, None, None).source,
        ReferenceSource::Missing
    );
    assert_eq!(extract(bare, &doc, None)[0].value, "XXXX-05-07");
}

#[test]
fn the_sample_article_dates_and_timeline_match_the_golden_file() {
    let Some(text) = shared_text("samples/pakistan-us-talks.txt") else {
        return;
    };
    let options = Options {
        reference_date: reference(),
        explain: false,
        ..Options::default()
    };
    let annotations = annotate(&text, &options);
    let values: Vec<(&str, &str)> = annotations
        .dates
        .iter()
        .map(|d| (d.text.as_str(), d.value.as_str()))
        .collect();
    for expected in [
        ("July 25", "2025-07-25"),
        ("Wednesday", "2025-07-23"),
        ("May", "2025-05"),
        ("May 7", "2025-05-07"),
        ("May 10", "2025-05-10"),
    ] {
        assert!(values.contains(&expected), "{expected:?} not in {values:?}");
    }
    let order: Vec<&str> = annotations
        .events
        .iter()
        .filter(|e| e.value.len() == 10)
        .map(|e| e.summary.as_str())
        .collect();
    let keywords = ["strike", "ceasefire", "officials confirmed", "Rubio"];
    assert_eq!(order.len(), keywords.len(), "{order:?}");
    for (summary, keyword) in order.iter().zip(keywords) {
        assert!(summary.contains(keyword), "{summary:?} lacks {keyword:?}");
    }

    let mut got = String::new();
    for d in &annotations.dates {
        got.push_str(&format!("date\t{}\t{}\t{}\n", d.text, d.kind, d.value));
    }
    for e in &annotations.events {
        got.push_str(&format!("event\t{}\t{}\n", e.value, e.summary));
    }
    crate::fixtures::check_golden("dates/pakistan-us-talks.timeline", &got);
}
