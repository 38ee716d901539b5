//! Tests of the reducer, on hand-built annotations.

use super::*;
use crate::engine::output::{EntityOut, Extent, QuoteOut, ReferenceDate};

fn annotations(entities: usize, quotes: usize) -> Annotations {
    Annotations {
        schema: "gloss/1".into(),
        reference_date: ReferenceDate {
            value: None,
            source: "missing".into(),
        },
        sentences: vec![Extent { start: 0, end: 4 }],
        entities: (0..entities)
            .map(|id| EntityOut {
                id,
                kind: if id % 2 == 0 { "PERSON" } else { "ORG" }.into(),
                name: format!("E{id}"),
                roles: vec![],
                mentions: vec![],
                why: None,
            })
            .collect(),
        dates: vec![],
        quotes: (0..quotes)
            .map(|i| QuoteOut {
                start: i,
                end: i + 1,
                text: "x".into(),
                kind: "direct".into(),
                speaker: None,
                entity: None,
                cue: None,
                why: None,
            })
            .collect(),
        events: vec![],
    }
}

fn annotated(entities: usize, quotes: usize) -> State {
    let mut state = State::new(Work::demo());
    let revision = state.revision;
    state.apply(Action::Annotated {
        revision,
        annotations: annotations(entities, quotes),
    });
    state
}

#[test]
fn editing_the_text_or_date_asks_for_new_annotations_and_the_title_does_not() {
    let mut state = annotated(1, 0);
    assert!(!state.is_annotating());
    state.apply(Action::EditTitle("New title".into()));
    assert!(!state.is_annotating());
    state.apply(Action::EditText("Other text.".into()));
    assert!(state.is_annotating());
    let before = state.revision;
    state.apply(Action::EditDate("2025-01-01".into()));
    assert_eq!(state.revision, before + 1);
}

#[test]
fn answers_for_superseded_revisions_are_ignored() {
    let mut state = State::new(Work::demo());
    let old = state.revision;
    state.apply(Action::EditText("Changed.".into()));
    state.apply(Action::Annotated {
        revision: old,
        annotations: annotations(2, 0),
    });
    assert!(state.view.is_none());
    let current = state.revision;
    state.apply(Action::Annotated {
        revision: current,
        annotations: annotations(2, 0),
    });
    assert_eq!(state.view.as_ref().map(|v| &*v.text), Some("Changed."));
}

#[test]
fn the_view_keeps_the_text_it_was_computed_on_while_the_reader_types() {
    let mut state = annotated(1, 0);
    state.apply(Action::EditText("Typed more.".into()));
    assert_eq!(state.view.as_ref().map(|v| &*v.text), Some(DEMO_TEXT));
}

#[test]
fn new_article_empties_the_work_and_the_view() {
    let mut state = annotated(1, 0);
    state.apply(Action::Select(Selection::Entity(0)));
    state.apply(Action::NewArticle);
    assert!(state.work.is_empty());
    assert!(state.view.is_none());
    assert_eq!(state.selection, None);
}

#[test]
fn toggling_a_type_twice_shows_it_again() {
    let mut state = annotated(1, 0);
    state.apply(Action::ToggleType("PERSON".into()));
    assert!(state.hidden.contains("PERSON"));
    state.apply(Action::ToggleType("PERSON".into()));
    assert!(state.hidden.is_empty());
}

#[test]
fn selecting_an_item_shows_its_panel_and_stepping_wraps_around() {
    let mut state = annotated(3, 2);
    state.apply(Action::Select(Selection::Quote(1)));
    assert_eq!(state.panel, Panel::Quotes);
    state.apply(Action::Step(1));
    assert_eq!(state.selection, Some(Selection::Quote(0)));
    state.apply(Action::ShowPanel(Panel::Entities));
    state.apply(Action::ClearSelection);
    state.apply(Action::Step(-1));
    assert_eq!(state.selection, Some(Selection::Entity(2)));
}

#[test]
fn a_selection_that_no_longer_exists_is_dropped_on_new_annotations() {
    let mut state = annotated(3, 0);
    state.apply(Action::Select(Selection::Entity(2)));
    state.apply(Action::EditText("Shorter.".into()));
    let revision = state.revision;
    state.apply(Action::Annotated {
        revision,
        annotations: annotations(1, 0),
    });
    assert_eq!(state.selection, None);
}

#[test]
fn a_selected_quote_highlights_its_range() {
    let mut state = annotated(0, 2);
    state.apply(Action::Select(Selection::Quote(1)));
    assert_eq!(state.highlight().range, Some((1, 2)));
}

fn person_annotations(text: &str, name: &str) -> Annotations {
    let start = text.find(name).unwrap();
    let mut a = annotations(0, 0);
    a.entities.push(EntityOut {
        id: 0,
        kind: "PERSON".into(),
        name: name.into(),
        roles: vec![],
        mentions: vec![crate::engine::output::Mention {
            start,
            end: start + name.len(),
            text: name.into(),
        }],
        why: None,
    });
    a
}

/// A state whose text "Mayor Elena Vasquez spoke." has been annotated with one person.
fn vasquez_annotated() -> State {
    let text = "Mayor Elena Vasquez spoke.";
    let mut state = State::new(Work {
        text: text.into(),
        ..Work::default()
    });
    let revision = state.revision;
    state.apply(Action::Annotated {
        revision,
        annotations: person_annotations(text, "Elena Vasquez"),
    });
    state
}

#[test]
fn corrections_apply_to_the_view_and_undo_and_redo() {
    let mut state = vasquez_annotated();
    let shown = state.annotations().unwrap().clone();
    let correction = Correction::set_type(&shown, 0, "ORG").unwrap();
    state.apply(Action::Correct(correction));
    assert_eq!(state.annotations().unwrap().entities[0].kind, "ORG");
    state.apply(Action::Undo);
    assert_eq!(state.annotations().unwrap().entities[0].kind, "PERSON");
    state.apply(Action::Redo);
    assert_eq!(state.annotations().unwrap().entities[0].kind, "ORG");
}

#[test]
fn corrections_survive_reannotation_of_an_edited_text() {
    let mut state = vasquez_annotated();
    let shown = state.annotations().unwrap().clone();
    state.apply(Action::Correct(
        Correction::set_type(&shown, 0, "ORG").unwrap(),
    ));
    let edited = "Today Mayor Elena Vasquez spoke.";
    state.apply(Action::EditText(edited.into()));
    let revision = state.revision;
    state.apply(Action::Annotated {
        revision,
        annotations: person_annotations(edited, "Elena Vasquez"),
    });
    assert_eq!(state.annotations().unwrap().entities[0].kind, "ORG");
}

fn shared(text: &str) -> Shared {
    Shared {
        work: Work {
            text: text.into(),
            title: "Shared".into(),
            reference_date: String::new(),
        },
        hidden: BTreeSet::new(),
        corrections: Vec::new(),
    }
}

#[test]
fn a_shared_article_replaces_the_untouched_demo_at_once() {
    let mut state = State::new(Work::demo());
    state.apply(Action::Offer(shared("Shared text.")));
    assert_eq!(state.work.text, "Shared text.");
    assert_eq!(state.offer, None);
}

#[test]
fn a_shared_article_never_replaces_unsaved_work_without_asking() {
    let mut state = State::new(Work::demo());
    state.apply(Action::EditText("My own draft.".into()));
    state.apply(Action::Offer(shared("Shared text.")));
    assert_eq!(state.work.text, "My own draft.");
    assert!(state.offer.is_some());
    state.apply(Action::DeclineOffer);
    assert_eq!(state.work.text, "My own draft.");
    assert_eq!(state.offer, None);
    state.apply(Action::Offer(shared("Shared text.")));
    state.apply(Action::AcceptOffer);
    assert_eq!(state.work.text, "Shared text.");
}

#[test]
fn the_legend_lists_common_types_first_then_dates_and_quotes() {
    let state = annotated(2, 1);
    assert_eq!(state.legend(), vec!["PERSON", "ORG", "QUOTE"]);
}

/// Two entities; quotes 0 and 2 by entity 1, quote 1 unattributed.
fn quotes_by_two_speakers() -> State {
    let mut a = annotations(2, 3);
    for i in [0, 2] {
        a.quotes[i].entity = Some(1);
    }
    let mut state = State::new(Work::demo());
    let revision = state.revision;
    state.apply(Action::Annotated {
        revision,
        annotations: a,
    });
    state
}

#[test]
fn filtering_quotes_by_speaker_lists_and_steps_through_only_theirs() {
    let mut state = quotes_by_two_speakers();
    state.apply(Action::FilterQuotes(Some("entity:1".into())));
    assert_eq!(state.panel, Panel::Quotes);
    assert_eq!(
        state.items(Panel::Quotes),
        vec![Selection::Quote(0), Selection::Quote(2)]
    );
    state.apply(Action::Step(1));
    state.apply(Action::Step(1));
    assert_eq!(state.selection, Some(Selection::Quote(2)));
    state.apply(Action::FilterQuotes(None));
    assert_eq!(state.items(Panel::Quotes).len(), 3);
}

#[test]
fn a_filter_drops_a_selected_quote_it_hides() {
    let mut state = quotes_by_two_speakers();
    state.apply(Action::Select(Selection::Quote(1)));
    state.apply(Action::FilterQuotes(Some("entity:1".into())));
    assert_eq!(state.selection, None);
}

#[test]
fn picking_a_hidden_quote_in_the_article_lifts_the_filter() {
    let mut state = quotes_by_two_speakers();
    state.apply(Action::FilterQuotes(Some(speakers::UNATTRIBUTED.into())));
    state.apply(Action::Select(Selection::Quote(0)));
    assert_eq!(state.quote_speaker, None);
    assert_eq!(state.selection, Some(Selection::Quote(0)));
}

#[test]
fn a_filter_that_matches_nothing_after_reannotation_is_dropped() {
    let mut state = quotes_by_two_speakers();
    state.apply(Action::FilterQuotes(Some("entity:1".into())));
    state.apply(Action::EditText("Nobody is quoted now.".into()));
    let revision = state.revision;
    state.apply(Action::Annotated {
        revision,
        annotations: annotations(2, 3),
    });
    assert_eq!(state.quote_speaker, None);
    assert_eq!(state.items(Panel::Quotes).len(), 3);
}

#[test]
fn opening_another_article_clears_the_quote_filter() {
    let mut state = quotes_by_two_speakers();
    state.apply(Action::FilterQuotes(Some("entity:1".into())));
    state.apply(Action::NewArticle);
    assert_eq!(state.quote_speaker, None);
}

#[test]
fn a_long_panel_lists_a_page_until_asked_for_all() {
    let mut state = annotated(PANEL_PAGE + 50, 0);
    assert_eq!(state.listed(Panel::Entities), PANEL_PAGE);
    state.apply(Action::ListAll(Panel::Entities));
    assert_eq!(state.listed(Panel::Entities), PANEL_PAGE + 50);
    state.apply(Action::NewArticle);
    assert!(state.listed_in_full.is_empty());
}

#[test]
fn a_selected_item_past_the_page_is_listed() {
    let mut state = annotated(PANEL_PAGE + 50, 0);
    state.apply(Action::Select(Selection::Entity(PANEL_PAGE + 9)));
    assert_eq!(state.listed(Panel::Entities), PANEL_PAGE + 10);
    assert_eq!(annotated(3, 0).listed(Panel::Entities), 3);
}

#[test]
fn pasting_another_article_over_the_demo_drops_the_demo_title_and_date() {
    let mut state = State::new(Work::demo());
    state.apply(Action::EditText(
        "Storm closes the coast road on Wednesday.".into(),
    ));
    assert_eq!(state.work.title, "");
    assert_eq!(state.work.reference_date, "");
}

#[test]
fn editing_within_the_demo_keeps_its_title_and_date() {
    let mut state = State::new(Work::demo());
    let edited = format!("{}\nA line the reader added.", DEMO_TEXT);
    state.apply(Action::EditText(edited));
    assert_eq!(state.work.title, DEMO_TITLE);
    assert_eq!(state.work.reference_date, DEMO_DATE);
}

#[test]
fn a_title_the_reader_gave_the_demo_is_kept_when_its_text_is_replaced() {
    let mut state = State::new(Work::demo());
    state.apply(Action::EditTitle("My notes".into()));
    state.apply(Action::EditText("Storm closes the coast road.".into()));
    assert_eq!(state.work.title, "My notes");
}
