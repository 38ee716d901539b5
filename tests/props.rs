//! Property tests: `annotate` never panics on any string, and every span it returns is in
//! bounds, ordered where order is promised, and names the text it covers.

use gloss::engine::output::{Annotations, Mention};
use gloss::engine::{annotate, CivilDate, Options};
use proptest::prelude::*;

/// Byte offset of every code point, plus the end, so code-point spans can slice the text.
fn char_starts(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(b, _)| b)
        .chain([text.len()])
        .collect()
}

fn slice<'a>(text: &'a str, starts: &[usize], start: usize, end: usize) -> &'a str {
    assert!(
        start <= end && end < starts.len(),
        "span {start}..{end} out of bounds ({} chars)",
        starts.len() - 1
    );
    &text[starts[start]..starts[end]]
}

fn check_mention(text: &str, starts: &[usize], m: &Mention) {
    assert_eq!(
        slice(text, starts, m.start, m.end),
        m.text,
        "mention text matches its span"
    );
}

/// Every invariant of the output format that holds for any input.
fn check_annotations(text: &str, out: &Annotations) {
    let starts = char_starts(text);
    assert_eq!(out.schema, "gloss/1");
    let mut previous_end = 0;
    for s in &out.sentences {
        assert!(s.start < s.end, "sentences are never empty");
        assert!(
            s.start >= previous_end,
            "sentences are ordered and disjoint"
        );
        slice(text, &starts, s.start, s.end);
        previous_end = s.end;
    }
    for e in &out.entities {
        assert!(!e.mentions.is_empty(), "an entity has a mention");
        e.mentions
            .iter()
            .for_each(|m| check_mention(text, &starts, m));
    }
    for d in &out.dates {
        assert_eq!(slice(text, &starts, d.start, d.end), d.text);
    }
    for q in &out.quotes {
        assert_eq!(slice(text, &starts, q.start, q.end), q.text);
        q.speaker
            .iter()
            .chain(&q.cue)
            .for_each(|m| check_mention(text, &starts, m));
        assert!(
            q.entity.is_none_or(|id| id < out.entities.len()),
            "quote entity id is valid"
        );
    }
    for e in &out.events {
        assert!(
            e.date < out.dates.len() && e.sentence < out.sentences.len(),
            "event indices are valid"
        );
        assert!(e.entities.iter().all(|&id| id < out.entities.len()));
    }
}

fn options() -> Options {
    Options {
        reference_date: CivilDate::new(2025, 7, 23),
        ..Options::default()
    }
}

/// Strings built from news-like pieces and awkward characters, so the rules get exercised.
fn newsy_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Mr. ",
        "Dar",
        " said",
        " “",
        "”",
        "\"",
        "'",
        "’s",
        " on May 7",
        ", 2025",
        " U.S.",
        ". ",
        "\n",
        "\n\n",
        "WASHINGTON:",
        " — ",
        "(Reuters) -",
        " 3pm",
        " last week",
        " Wednesday",
        "\u{301}",
        "😀",
        "\u{202E}",
        "\u{0}",
        "\t",
        "שלום",
        "ﷺ",
        " 7/25/2025",
        "...",
        "•",
        " according to officials",
        " two days later",
        "‘",
        "«",
        "»",
        " so-called",
        "-",
        "$5.2bn",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_unicode_string_annotates_with_valid_spans(text in any::<String>()) {
        check_annotations(&text, &annotate(&text, &options()));
    }

    #[test]
    fn newsy_strings_annotate_with_valid_spans(text in newsy_text()) {
        check_annotations(&text, &annotate(&text, &options()));
    }

    #[test]
    fn without_a_reference_date_nothing_breaks(text in newsy_text()) {
        check_annotations(&text, &annotate(&text, &Options::default()));
    }
}

#[test]
fn a_megabyte_of_prose_annotates() {
    let paragraph = "Foreign Minister Ishaq Dar met U.S. Secretary of State Marco Rubio in Washington on July 25, officials said on Wednesday. “We are ready,” Dar said.\n\n";
    let text = paragraph.repeat(1_000_000 / paragraph.len() + 1);
    let out = annotate(&text, &options());
    check_annotations(&text, &out);
    assert!(out.sentences.len() >= 2 * (1_000_000 / paragraph.len()));
}

#[test]
fn a_megabyte_without_spaces_or_newlines_annotates() {
    for unit in ["a", "“", ".", "€", "\u{301}", "'"] {
        let text = unit.repeat(1_000_000 / unit.len());
        check_annotations(&text, &annotate(&text, &options()));
    }
}

#[test]
fn control_characters_and_binary_junk_annotate() {
    let junk: String = (0u32..0x3000).filter_map(char::from_u32).collect();
    check_annotations(&junk, &annotate(&junk, &options()));
}
