//! Words and numbers that look like dates but are not: each must yield no time expression
//! (or none over the misleading word).

use gloss::engine::dates::extract;
use gloss::engine::text::analyze;
use gloss::engine::CivilDate;

fn surfaces(text: &str) -> Vec<String> {
    let reference = CivilDate::parse_iso("2025-07-23");
    extract(text, &analyze(text), reference)
        .into_iter()
        .map(|d| d.span.of(text).to_string())
        .collect()
}

fn assert_no_date(text: &str) {
    let found = surfaces(text);
    assert!(found.is_empty(), "{text:?} gave {found:?}");
}

#[test]
fn may_the_name_and_the_modal_verb() {
    assert_no_date("Theresa May said the deal was done.");
    assert_no_date("May I ask a question?");
    assert_no_date("Kashmir Issue May Feature in Pakistan-US Talks");
    assert_no_date("Prices may rise, and May Ellis may resign.");
}

#[test]
fn march_fall_and_sun_as_ordinary_words() {
    assert_no_date("Protesters March on the capital.");
    assert_no_date("Thousands will march through the city.");
    assert_no_date("Shares could Fall further.");
    assert_no_date("The fall in prices hurt exporters.");
    assert_no_date("The Sun reported the story first.");
}

#[test]
fn a_second_the_ordinal() {
    assert_no_date("He won a second term.");
    assert_no_date("A second ship sank.");
}

#[test]
fn a_share_price_in_pence_was_read_as_a_year() {
    assert_no_date("The share price was down 1% at 1218 pence.");
    assert_no_date("The firm will cut 1500 jobs and sell 2000 shares.");
    assert_eq!(surfaces("The 1997 election changed everything."), ["1997"]);
}

#[test]
fn model_numbers_scores_and_phone_numbers() {
    assert_no_date("The Boeing 737 and the Airbus A320 were grounded.");
    assert_no_date("They bought Windows 2000 licences.");
    assert_no_date("City sealed a 2-1 win.");
    assert_no_date("Call 555-1234 or (202) 555-0100 for details.");
    assert_no_date("Call +44 20 7946 0958 for help.");
    assert_no_date("It cost $2025 and 1,999 people came.");
    assert_no_date("Half the voters, 3/4 of them, agreed.");
}

#[test]
fn today_the_programme_and_the_paper() {
    assert_no_date("He told BBC Radio 4's Today programme: \"It might be appropriate.\"");
    assert_no_date("Mr Michael told Today that Labour wanted change.");
    assert_no_date("The figures were first reported by USA Today.");
    assert_eq!(surfaces("Today, the talks resume."), ["Today"]);
    assert_eq!(surfaces("Talks Resume Today"), ["Today"]);
    assert_eq!(surfaces("The talks resume today."), ["today"]);
}

#[test]
fn newspapers_programmes_and_people_named_with_time_words() {
    assert_no_date("The Sunday Times reported it first.");
    assert_no_date("He told the Evening Chronicle so.");
    assert_no_date("He told Entertainment Weekly so.");
    let found = surfaces("Wales centre Jamie Noon scored twice.");
    assert!(!found.iter().any(|s| s.contains("Noon")), "{found:?}");
    assert_eq!(surfaces("Netanyahu Monday rejected the plan."), ["Monday"]);
}

#[test]
fn the_halves_and_quarters_of_a_game() {
    assert_no_date("Wales scored twice in the second half.");
    assert_no_date("The first quarter was marked by periods of tactical kicking.");
    assert_eq!(
        surfaces("Profits rose in the second half."),
        ["the second half"]
    );
}
