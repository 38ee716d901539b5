//! Corrections over engine output: every kind of edit, consistency of ids after each,
//! survival across a small edit of the text, skipped edits, undo/redo, and a property
//! test that any correction list applies without panicking.

use gloss::corrections::{self, apply, Anchor, Correction, History, SkipReason};
use gloss::engine::output::{
    DateOut, EntityOut, EventOut, Extent, Mention, QuoteOut, ReferenceDate,
};
use gloss::engine::{annotate, Annotations, CivilDate, Options};
use proptest::prelude::*;

/// A short article with a curly apostrophe, so code points and bytes differ.
pub const TEXT: &str = "WASHINGTON: Pakistan’s Finance Minister Ishaq Dar met U.S. officials on \
Wednesday. “We are committed to the programme,” Dar said. Pakistan expects a deal by May 2025.\n";

/// The `nth` occurrence of `needle` in `text`, as a code-point mention.
pub fn mention(text: &str, needle: &str, nth: usize) -> Mention {
    let (byte, _) = text
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} #{nth} not in the text"));
    let start = text[..byte].chars().count();
    Mention {
        start,
        end: start + needle.chars().count(),
        text: needle.to_string(),
    }
}

fn entity(id: usize, kind: &str, name: &str, mentions: Vec<Mention>) -> EntityOut {
    EntityOut {
        id,
        kind: kind.into(),
        name: name.into(),
        roles: Vec::new(),
        mentions,
        why: None,
    }
}

fn date(text: &str, needle: &str, value: &str) -> DateOut {
    let Mention { start, end, text } = mention(text, needle, 0);
    DateOut {
        start,
        end,
        text,
        kind: "DATE".into(),
        value: value.into(),
        why: None,
    }
}

/// What the engine could say about [`TEXT`] (or a small edit of it): Pakistan, Ishaq Dar
/// (with a role), the U.S., two dates, one quote spoken by "Dar", two events.
pub fn sample(text: &str) -> Annotations {
    let quote = mention(text, "“We are committed to the programme,”", 0);
    let mut dar = entity(
        1,
        "PERSON",
        "Ishaq Dar",
        vec![mention(text, "Ishaq Dar", 0), mention(text, "Dar", 1)],
    );
    dar.roles.push("Finance Minister".into());
    Annotations {
        schema: "gloss/1".into(),
        reference_date: ReferenceDate {
            value: Some("2025-07-23".into()),
            source: "given".into(),
        },
        sentences: vec![Extent {
            start: 0,
            end: text.chars().count(),
        }],
        entities: vec![
            entity(
                0,
                "GPE",
                "Pakistan",
                vec![mention(text, "Pakistan", 0), mention(text, "Pakistan", 1)],
            ),
            dar,
            entity(2, "GPE", "U.S.", vec![mention(text, "U.S.", 0)]),
        ],
        dates: vec![
            date(text, "Wednesday", "2025-07-23"),
            date(text, "May 2025", "2025-05"),
        ],
        quotes: vec![QuoteOut {
            start: quote.start,
            end: quote.end,
            text: quote.text,
            kind: "direct".into(),
            speaker: Some(mention(text, "Dar", 1)),
            entity: Some(1),
            cue: Some(mention(text, "said", 0)),
            why: None,
        }],
        events: vec![
            EventOut {
                date: 1,
                value: "2025-05".into(),
                sentence: 0,
                summary: "Pakistan expects a deal".into(),
                entities: vec![0],
            },
            EventOut {
                date: 0,
                value: "2025-07-23".into(),
                sentence: 0,
                summary: "Ishaq Dar met U.S. officials".into(),
                entities: vec![1, 2],
            },
        ],
    }
}

/// Ids equal indices, every reference points at an entity, every mention is its text.
pub fn assert_consistent(out: &Annotations, text: &str) {
    let chars: Vec<char> = text.chars().collect();
    for (i, e) in out.entities.iter().enumerate() {
        assert_eq!(e.id, i, "entity ids are indices");
        assert!(!e.mentions.is_empty(), "entity {i} has no mention");
        for m in &e.mentions {
            let surface: String = chars[m.start..m.end].iter().collect();
            assert_eq!(surface, m.text, "mention text");
        }
    }
    let n = out.entities.len();
    assert!(out.quotes.iter().all(|q| q.entity.is_none_or(|e| e < n)));
    assert!(out
        .events
        .iter()
        .all(|ev| ev.entities.iter().all(|&e| e < n)));
}

fn anchor(text: &str, needle: &str, nth: usize) -> Anchor {
    let Mention { start, end, text } = mention(text, needle, nth);
    Anchor { start, end, text }
}

fn names(out: &Annotations) -> Vec<(&str, &str)> {
    out.entities
        .iter()
        .map(|e| (e.name.as_str(), e.kind.as_str()))
        .collect()
}

fn applied(corrections: &[Correction]) -> Annotations {
    let result = apply(&sample(TEXT), TEXT, corrections);
    assert_eq!(result.skipped, vec![], "every correction anchors");
    assert_consistent(&result.annotations, TEXT);
    result.annotations
}

#[test]
fn set_type_changes_only_that_entity() {
    let out = applied(&[Correction::set_type(&sample(TEXT), 2, "ORG").unwrap()]);
    assert_eq!(
        names(&out),
        vec![
            ("Pakistan", "GPE"),
            ("Ishaq Dar", "PERSON"),
            ("U.S.", "ORG")
        ]
    );
}

#[test]
fn removing_the_last_mention_removes_the_entity_and_renumbers_references() {
    let out = applied(&[Correction::remove_mention(&sample(TEXT), 0, 1).unwrap()]);
    assert_eq!(out.entities[0].mentions.len(), 1);
    let out = applied(&[
        Correction::remove_mention(&sample(TEXT), 0, 1).unwrap(),
        Correction::remove_mention(&sample(TEXT), 0, 0).unwrap(),
    ]);
    assert_eq!(names(&out), vec![("Ishaq Dar", "PERSON"), ("U.S.", "GPE")]);
    assert_eq!(out.quotes[0].entity, Some(0), "Dar is now entity 0");
    assert_eq!(out.events[0].entities, Vec::<usize>::new());
    assert_eq!(out.events[1].entities, vec![0, 1]);
}

#[test]
fn removing_the_speakers_mention_unlinks_the_quote_and_renames_the_entity() {
    let out = applied(&[Correction::remove_mention(&sample(TEXT), 1, 0).unwrap()]);
    assert_eq!(
        out.entities[1].name, "Dar",
        "named by its remaining mention"
    );
    assert_eq!(out.quotes[0].entity, Some(1));
    let out = applied(&[Correction::remove_mention(&sample(TEXT), 1, 1).unwrap()]);
    assert_eq!(out.entities[1].name, "Ishaq Dar");
    assert_eq!(out.quotes[0].entity, None, "its speaker mention is gone");
    assert_eq!(out.quotes[0].speaker.as_ref().unwrap().text, "Dar");
}

#[test]
fn remove_entity_drops_it_from_quotes_and_events() {
    let out = applied(&[Correction::remove_entity(&sample(TEXT), 1).unwrap()]);
    assert_eq!(names(&out), vec![("Pakistan", "GPE"), ("U.S.", "GPE")]);
    assert_eq!(out.quotes[0].entity, None);
    assert_eq!(out.events[1].entities, vec![1]);
}

#[test]
fn add_entity_takes_over_overlapping_mentions_and_links_its_quotes() {
    let add = Correction::add_entity(TEXT, 40, 50, "PERSON").unwrap();
    assert_eq!(add.anchors()[0].text, "Ishaq Dar");
    let out = applied(&[Correction::add_entity(TEXT, 23, 39, "ORG").unwrap()]);
    assert_eq!(out.entities[3].name, "Finance Minister");
    let span = mention(TEXT, "Dar", 1);
    let out = applied(&[
        Correction::remove_entity(&sample(TEXT), 1).unwrap(),
        Correction::add_entity(TEXT, span.start, span.end, "PERSON").unwrap(),
    ]);
    assert_eq!(names(&out).last(), Some(&("Dar", "PERSON")));
    assert_eq!(
        out.quotes[0].entity,
        Some(2),
        "the quote's speaker is the new entity"
    );
    let whole = mention(TEXT, "U.S. officials", 0);
    let out = applied(&[Correction::add_entity(TEXT, whole.start, whole.end, "NORP").unwrap()]);
    assert_eq!(
        names(&out),
        vec![
            ("Pakistan", "GPE"),
            ("Ishaq Dar", "PERSON"),
            ("U.S. officials", "NORP")
        ],
        "U.S. lost its only mention"
    );
    assert_eq!(out.events[1].entities, vec![1], "U.S. left the event");
}

#[test]
fn merge_folds_mentions_roles_and_references_into_one_entity() {
    let out = applied(&[Correction::merge(&sample(TEXT), 2, 1).unwrap()]);
    assert_eq!(names(&out), vec![("Pakistan", "GPE"), ("Ishaq Dar", "GPE")]);
    let merged = &out.entities[1];
    assert_eq!(merged.mentions.len(), 3);
    assert!(merged.mentions.windows(2).all(|w| w[0].start < w[1].start));
    assert_eq!(merged.roles, vec!["Finance Minister".to_string()]);
    assert_eq!(out.quotes[0].entity, Some(1));
    assert_eq!(
        out.events[1].entities,
        vec![1],
        "no duplicate after the merge"
    );
    assert_eq!(Correction::merge(&sample(TEXT), 1, 1), None);
}

#[test]
fn split_moves_a_mention_and_its_quote_to_a_new_entity() {
    let out = applied(&[Correction::split(&sample(TEXT), 1, 1).unwrap()]);
    assert_eq!(names(&out).last(), Some(&("Dar", "PERSON")));
    assert_eq!(out.entities[1].mentions.len(), 1);
    assert_eq!(out.quotes[0].entity, Some(3));
    assert_eq!(
        Correction::split(&sample(TEXT), 2, 0),
        None,
        "a single mention"
    );
}

#[test]
fn speakers_can_be_changed_to_an_entity_or_words_or_cleared() {
    let s = sample(TEXT);
    let out = applied(&[Correction::set_speaker(&s, 0, Some(0)).unwrap()]);
    let speaker = out.quotes[0].speaker.clone().unwrap();
    assert_eq!(
        (speaker.text.as_str(), out.quotes[0].entity),
        ("Pakistan", Some(0))
    );
    assert_eq!(
        speaker,
        mention(TEXT, "Pakistan", 1),
        "the mention nearest the quote"
    );
    let words = mention(TEXT, "officials", 0);
    let out =
        applied(&[Correction::set_speaker_span(&s, TEXT, 0, words.start, words.end).unwrap()]);
    assert_eq!(out.quotes[0].speaker, Some(words));
    assert_eq!(out.quotes[0].entity, None);
    let out = applied(&[Correction::set_speaker(&s, 0, None).unwrap()]);
    assert_eq!(
        (&out.quotes[0].speaker, out.quotes[0].entity),
        (&None, None)
    );
}

#[test]
fn set_date_changes_the_value_and_its_events() {
    let out = applied(&[Correction::set_date(&sample(TEXT), 1, " 2025-05-31 ").unwrap()]);
    assert_eq!(out.dates[1].value, "2025-05-31");
    assert_eq!(out.events[0].value, "2025-05-31");
    assert_eq!(out.events[1].value, "2025-07-23");
    let out = applied(&[Correction::set_date(&sample(TEXT), 1, "2025-08-01").unwrap()]);
    let order: Vec<&str> = out.events.iter().map(|e| e.value.as_str()).collect();
    assert_eq!(
        order,
        vec!["2025-07-23", "2025-08-01"],
        "the event moved to its place in time"
    );
    let out = applied(&[Correction::set_date(&sample(TEXT), 0, "PRESENT_REF").unwrap()]);
    let order: Vec<&str> = out.events.iter().map(|e| e.value.as_str()).collect();
    assert_eq!(
        order,
        vec!["2025-05", "PRESENT_REF"],
        "undatable events come last"
    );
    assert_eq!(Correction::set_date(&sample(TEXT), 1, "<b>May</b>"), None);
}

#[test]
fn corrections_survive_a_small_edit_before_and_inside_the_text() {
    let made_on = sample(TEXT);
    let corrections = vec![
        Correction::set_type(&made_on, 2, "ORG").unwrap(),
        Correction::remove_mention(&made_on, 0, 1).unwrap(),
        Correction::split(&made_on, 1, 1).unwrap(),
        Correction::set_date(&made_on, 0, "2025-07-16").unwrap(),
    ];
    let edited = format!("UPDATED — {}", TEXT.replace("met U.S.", "met senior U.S."));
    let result = apply(&sample(&edited), &edited, &corrections);
    assert_eq!(result.skipped, vec![]);
    let out = &result.annotations;
    assert_consistent(out, &edited);
    assert_eq!(
        names(out),
        vec![
            ("Pakistan", "GPE"),
            ("Ishaq Dar", "PERSON"),
            ("U.S.", "ORG"),
            ("Dar", "PERSON")
        ]
    );
    assert_eq!(
        out.entities[0].mentions,
        vec![mention(&edited, "Pakistan", 0)]
    );
    assert_eq!(out.dates[0].value, "2025-07-16");
    let relocated = corrections::relocate(&corrections, &edited);
    assert_eq!(relocated.len(), corrections.len());
    assert!(relocated
        .iter()
        .flat_map(|c| c.anchors())
        .all(|a| a.matches(&edited)));
}

#[test]
fn a_correction_that_no_longer_anchors_is_reported_and_the_rest_apply() {
    let ghost = Correction::RemoveEntity {
        entity: Anchor {
            start: 3,
            end: 7,
            text: "Khan".into(),
        },
    };
    let bad_type = Correction::SetType {
        entity: anchor(TEXT, "Dar", 1),
        kind: "HERO".into(),
    };
    let fine = Correction::set_type(&sample(TEXT), 2, "ORG").unwrap();
    let result = apply(&sample(TEXT), TEXT, &[ghost, bad_type, fine]);
    let indices: Vec<usize> = result.skipped.iter().map(|s| s.index).collect();
    assert_eq!(indices, vec![0, 1]);
    assert_eq!(
        result.skipped[0].reason,
        SkipReason::NotFound("Khan".into())
    );
    assert_eq!(
        result.skipped[0].reason.to_string(),
        "“Khan” is no longer found"
    );
    assert_eq!(result.annotations.entities[2].kind, "ORG");
}

#[test]
fn undo_and_redo_replay_to_the_same_output() {
    let base = sample(TEXT);
    let mut history = History::default();
    history.push(Correction::remove_entity(&base, 2).unwrap());
    let after_one = apply(&base, TEXT, history.corrections()).annotations;
    history.push(Correction::set_type(&after_one, 0, "LOC").unwrap());
    let after_two = apply(&base, TEXT, history.corrections()).annotations;
    assert_eq!(after_two.entities[0].kind, "LOC");
    history.undo();
    assert_eq!(
        apply(&base, TEXT, history.corrections()).annotations,
        after_one
    );
    history.undo();
    assert_eq!(apply(&base, TEXT, history.corrections()).annotations, base);
    history.redo();
    history.redo();
    assert_eq!(
        apply(&base, TEXT, history.corrections()).annotations,
        after_two
    );
    let json = serde_json::to_string(&history).unwrap();
    assert_eq!(serde_json::from_str::<History>(&json).unwrap(), history);
}

/// What a reader sees, without offsets: entities, dates and quotes with their speakers.
fn seen(out: &Annotations) -> Vec<String> {
    let mut seen: Vec<String> = out
        .entities
        .iter()
        .map(|e| {
            let mentions: Vec<&str> = e.mentions.iter().map(|m| m.text.as_str()).collect();
            format!("{} {} {mentions:?}", e.kind, e.name)
        })
        .collect();
    seen.sort();
    seen.extend(
        out.dates
            .iter()
            .map(|d| format!("{} = {}", d.text, d.value)),
    );
    seen.extend(out.quotes.iter().map(|q| {
        let entity = q.entity.map(|e| out.entities[e].name.as_str());
        format!(
            "{} by {:?} ({entity:?})",
            q.text,
            q.speaker.as_ref().map(|s| &s.text)
        )
    }));
    seen
}

/// Corrections a reader would click on this output: fold each entity into an earlier one
/// of the same type whose name ends with its name, retype the last entity, fix the first
/// date and clear the first quote's speaker.
fn reader_corrections(base: &Annotations) -> Vec<Correction> {
    let mut history = History::default();
    let current = |h: &History| apply(base, TEXT, h.corrections()).annotations;
    while let Some(c) = {
        let out = current(&history);
        let pair = (0..out.entities.len()).find_map(|from| {
            let e = &out.entities[from];
            let into = out.entities[..from]
                .iter()
                .position(|x| x.kind == e.kind && x.name.ends_with(&e.name))?;
            Some((into, from))
        });
        pair.and_then(|(into, from)| Correction::merge(&out, into, from))
    } {
        history.push(c);
    }
    let out = current(&history);
    let last = out.entities.len().checked_sub(1);
    let fixes = [
        last.and_then(|e| Correction::set_type(&out, e, "ORG")),
        Correction::set_date(&out, 0, "2025-07-16"),
        Correction::set_speaker(&out, 0, None),
    ];
    for fix in fixes.into_iter().flatten() {
        history.push(fix);
    }
    history.corrections().to_vec()
}

#[test]
fn corrections_of_engine_output_survive_re_annotation_of_an_edited_text() {
    let options = Options {
        reference_date: CivilDate::new(2025, 7, 23),
        ..Options::default()
    };
    let before = annotate(TEXT, &options);
    let corrections = reader_corrections(&before);
    assert!(
        corrections.len() >= 2,
        "the engine finds something to correct: {corrections:?}"
    );
    let corrected = apply(&before, TEXT, &corrections);
    assert_eq!(corrected.skipped, vec![]);
    let edited = format!(
        "By our staff. {}",
        TEXT.replace("met U.S.", "met senior U.S.")
    );
    let after = annotate(&edited, &options);
    let replayed = apply(&after, &edited, &corrections);
    assert_eq!(
        replayed.skipped,
        vec![],
        "every correction re-anchors after the edit"
    );
    assert_consistent(&replayed.annotations, &edited);
    assert_eq!(seen(&replayed.annotations), seen(&corrected.annotations));
}

/// One correction of any kind, anchored on a random stretch of [`TEXT`].
fn any_correction() -> impl Strategy<Value = Correction> {
    let len = TEXT.chars().count();
    let anchor = (0..len, 1..12usize).prop_map(move |(start, n)| {
        let end = (start + n).min(len);
        Anchor::at(TEXT, start, end).unwrap()
    });
    let kind = prop::sample::select(corrections::ENTITY_TYPES.to_vec()).prop_map(String::from);
    prop_oneof![
        (anchor.clone(), kind.clone())
            .prop_map(|(entity, kind)| Correction::SetType { entity, kind }),
        anchor
            .clone()
            .prop_map(|mention| Correction::RemoveMention { mention }),
        anchor
            .clone()
            .prop_map(|entity| Correction::RemoveEntity { entity }),
        (anchor.clone(), kind).prop_map(|(span, kind)| Correction::AddEntity { span, kind }),
        (anchor.clone(), anchor.clone()).prop_map(|(into, from)| Correction::Merge { into, from }),
        anchor
            .clone()
            .prop_map(|mention| Correction::Split { mention }),
        (anchor.clone(), prop::option::of(anchor.clone()))
            .prop_map(|(quote, speaker)| Correction::SetSpeaker { quote, speaker }),
        (anchor, "[-A-Z0-9<>]{0,12}").prop_map(|(date, value)| Correction::SetDate { date, value }),
    ]
}

/// Corrections built from ids of the output as it stands, as the page builds them.
fn clicked(ops: &[(u8, usize, usize)]) -> Vec<Correction> {
    let base = sample(TEXT);
    let mut done = Vec::new();
    for &(op, a, b) in ops {
        let out = apply(&base, TEXT, &done).annotations;
        let correction = match op % 6 {
            0 => Correction::set_type(&out, a, "ORG"),
            1 => Correction::remove_mention(&out, a, b),
            2 => Correction::remove_entity(&out, a),
            3 => Correction::merge(&out, a, b),
            4 => Correction::split(&out, a, b),
            _ => Correction::add_entity(TEXT, a * 7, a * 7 + b + 1, "MISC"),
        };
        done.extend(correction);
    }
    done
}

proptest! {
    #[test]
    fn any_corrections_apply_without_panicking_and_stay_consistent(
        list in prop::collection::vec(any_correction(), 0..12),
    ) {
        let result = apply(&sample(TEXT), TEXT, &list);
        assert_consistent(&result.annotations, TEXT);
        prop_assert!(result.skipped.iter().all(|s| s.index < list.len()));
    }

    #[test]
    fn corrections_made_by_clicking_always_anchor(
        ops in prop::collection::vec((0u8..6, 0usize..4, 0usize..3), 0..10),
    ) {
        let list = clicked(&ops);
        let result = apply(&sample(TEXT), TEXT, &list);
        prop_assert_eq!(result.skipped, vec![]);
        assert_consistent(&result.annotations, TEXT);
    }
}
