//! Property tests: `annotate` never panics on any string, and its output keeps every promise
//! of [`gloss::engine::invariants::violation`]: spans in bounds, ordered where order is
//! promised, naming the text they cover, and references that point at existing items.

use gloss::engine::output::Annotations;
use gloss::engine::{annotate, invariants, CivilDate, Options};
use proptest::prelude::*;

/// Every invariant of the output format that holds for any input.
fn check_annotations(text: &str, out: &Annotations) {
    if let Some(broken) = invariants::violation(text, out) {
        panic!("{broken}");
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
