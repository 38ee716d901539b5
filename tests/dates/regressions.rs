//! Regression tests of the date stage: one per class of expression that once came out
//! wrong, each named after what broke, against the fixed reference date of the parent.

use gloss::engine::dates::extract;
use gloss::engine::text::analyze;
use gloss::engine::CivilDate;

use super::{assert_one, found, reference};

#[test]
fn a_modifier_ending_a_sentence_does_not_panic() {
    for text in [
        "It happened at the end of",
        "Prices rose by the start of",
        "It was early",
        "mid-",
    ] {
        let doc = analyze(text);
        assert!(extract(text, &doc, reference()).is_empty(), "{text:?}");
    }
}

#[test]
fn durations_with_more_or_a_half_are_read_whole() {
    assert_one(
        "He faces at least 20 more years in prison.",
        "at least 20 more years",
        "DURATION",
        "P20Y",
    );
    assert_one("He served 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M");
    assert_one(
        "It lasted a minute and a half.",
        "a minute and a half",
        "DURATION",
        "PT1M30S",
    );
    assert!(found("Give me a more pleasant day.")
        .iter()
        .all(|(s, _, _)| s != "a more pleasant day"));
}

#[test]
fn recent_and_coming_plurals_are_vague_references() {
    assert_one(
        "Prices are expected to slow in the coming months.",
        "coming months",
        "DATE",
        "FUTURE_REF",
    );
    assert_one(
        "Sales grew in recent years.",
        "recent years",
        "DATE",
        "PAST_REF",
    );
    assert_one(
        "Funds fell in recent weeks.",
        "recent weeks",
        "DURATION",
        "PXW",
    );
}

#[test]
fn a_month_with_a_spoken_year() {
    assert_one(
        "January nineteen ninety-seven. Atlanta again.",
        "January nineteen ninety-seven",
        "DATE",
        "1997-01",
    );
    assert_one("In May twenty people came.", "May", "DATE", "2025-05");
}

#[test]
fn holidays_resolve_to_their_day() {
    assert_one(
        "They met on Thanksgiving Day.",
        "Thanksgiving Day",
        "DATE",
        "2024-11-28",
    );
    assert_one(
        "Talks resume after Labor Day, he said.",
        "Labor Day",
        "DATE",
        "2025-09-01",
    );
    assert_one(
        "He visited last Christmas.",
        "last Christmas",
        "DATE",
        "2024-12-25",
    );
    assert!(found("The new year brings memorial day sales.").is_empty());
}

#[test]
fn the_year_ended_a_date_is_a_twelve_month_period_but_sales_for_the_year_are_this_year() {
    assert_one(
        "Revenue was $980 million in the year ended March 31.",
        "the year",
        "DURATION",
        "P1Y",
    );
    assert_one(
        "In the fiscal year ending June 30, sales rose.",
        "the fiscal year",
        "DURATION",
        "P1Y",
    );
    assert_one(
        "Sales for the full year were $6.6 billion.",
        "the full year",
        "DATE",
        "2025",
    );
}

#[test]
fn a_year_before_a_quarter_names_that_years_quarter() {
    assert_one(
        "It could be effective as early as next year's first quarter.",
        "next year's first quarter",
        "DATE",
        "2026-Q1",
    );
    assert_one(
        "U.K. sales for last year's quarter were about $3 million.",
        "last year's quarter",
        "DATE",
        "2024-Q2",
    );
    assert_one(
        "Net fell from the 2024 third quarter.",
        "the 2024 third quarter",
        "DATE",
        "2024-Q3",
    );
    assert_one(
        "It earned $4 million in the 2024 quarter.",
        "the 2024 quarter",
        "DATE",
        "2024-Q2",
    );
}

#[test]
fn a_date_after_effective_is_a_change_to_come() {
    assert_one(
        "It also created an office of the chairman, effective Feb. 1.",
        "Feb. 1",
        "DATE",
        "2026-02-01",
    );
}

#[test]
fn a_rate_after_a_quantity_is_not_a_time() {
    for text in [
        "That should save $500 million a year in costs.",
        "The economy created 358,000 jobs a month.",
        "Revenue should increase by 20% annually.",
    ] {
        assert!(found(text).is_empty(), "{text:?}: {:?}", found(text));
    }
    assert_one("It took a year to build.", "a year", "DURATION", "P1Y");
    assert_one("Rallies are held annually.", "annually", "SET", "P1Y");
}

#[test]
fn an_arrangement_before_a_weekday_points_forward() {
    assert_one(
        "The team planned to leave Nairobi on Thursday for Dar es Salaam.",
        "Thursday",
        "DATE",
        "2025-07-24",
    );
    assert_one(
        "Officials postponed until Tuesday morning any action on the case.",
        "Tuesday morning",
        "DATE",
        "2025-07-29",
    );
    assert_one(
        "The stock is to resume trading in Paris Tuesday.",
        "Tuesday",
        "DATE",
        "2025-07-29",
    );
    assert_one(
        "On Friday, the government planned to pay the first claims.",
        "Friday",
        "DATE",
        "2025-07-18",
    );
    assert_one(
        "His grandparents could be located Monday in their hometown.",
        "Monday",
        "DATE",
        "2025-07-21",
    );
}

#[test]
fn a_word_after_wire_style_opening_quotes_is_read() {
    assert_one(
        "He said ``now that we have this information, we will look at it.''",
        "now",
        "DATE",
        "PRESENT_REF",
    );
    assert_one(
        "``Today is a good day,'' she said.",
        "Today",
        "DATE",
        "2025-07-23",
    );
}

#[test]
fn now_with_a_comma_opening_a_sentence_turns_the_argument() {
    assert!(found("Now, he says, it looks different.").is_empty());
    assert_one(
        "Now officials are investigating.",
        "Now",
        "DATE",
        "PRESENT_REF",
    );
}

#[test]
fn the_first_two_quarters_of_a_year_are_its_first_half() {
    assert_one(
        "The trend should last through the first two quarters of 2026.",
        "the first two quarters of 2026",
        "DATE",
        "2026-H1",
    );
    assert_one(
        "Sales rose in the past two quarters.",
        "the past two quarters",
        "DURATION",
        "P6M",
    );
}

#[test]
fn an_adjective_in_ed_after_an_article_is_not_a_past() {
    assert_one(
        "The split would be paid on a still unspecified date in January.",
        "January",
        "DATE",
        "2026-01",
    );
}

#[test]
fn a_vague_amount_before_later_is_a_length_not_a_date() {
    assert_one(
        "In January it hired a new chief. A few days later, it cut its forecast.",
        "A few days",
        "DURATION",
        "PXD",
    );
}

#[test]
fn in_an_amount_of_years_is_a_date_only_in_future_talk() {
    assert_one(
        "The stock would be redeemed in five years.",
        "five years",
        "DATE",
        "2030",
    );
    assert_one(
        "His second letter in two weeks was published.",
        "two weeks",
        "DURATION",
        "P2W",
    );
}

#[test]
fn daily_qualifying_a_count_is_a_rate() {
    for text in [
        "Qantas plans daily flights to Bombay.",
        "It is 5% of the average daily volume.",
    ] {
        assert!(found(text).is_empty(), "{text:?}: {:?}", found(text));
    }
    assert_one("We check leads on a daily basis.", "daily", "SET", "P1D");
    assert_one("They rally almost daily.", "daily", "SET", "P1D");
}

#[test]
fn high_noon_is_not_a_time_and_trading_days_are_days() {
    assert!(found("For Poland, high noon comes at last.").is_empty());
    assert_one(
        "It took eight trading days to recover.",
        "eight trading days",
        "DURATION",
        "P8D",
    );
    assert!(found("Currently, organs are rationed.").is_empty());
}

#[test]
fn through_a_month_after_a_present_perfect_is_the_nearest_one() {
    assert_one(
        "The banks have extended loans through January.",
        "January",
        "DATE",
        "2026-01",
    );
    assert_one(
        "The fund has fallen 2% this year through June.",
        "June",
        "DATE",
        "2025-06",
    );
}

#[test]
fn a_deadline_that_had_been_set_is_gone_and_midnight_ends_its_day() {
    assert_one(
        "The offer previously had been scheduled to expire at midnight Friday.",
        "midnight Friday",
        "TIME",
        "2025-07-18T24:00",
    );
    assert_one(
        "It had been due to expire Friday evening.",
        "Friday evening",
        "DATE",
        "2025-07-18",
    );
}

#[test]
fn in_the_last_few_months_places_in_the_past() {
    assert_one(
        "Rates have fallen in the last few months.",
        "the last few months",
        "DATE",
        "PAST_REF",
    );
    assert_one(
        "For the past few weeks we have been attacked.",
        "the past few weeks",
        "DURATION",
        "PXW",
    );
}

#[test]
fn the_last_week_is_the_seven_days_up_to_now() {
    let week_of = |text: &str, reference: &str| {
        extract(text, &analyze(text), CivilDate::parse_iso(reference))[0]
            .value
            .clone()
    };
    let trailing = "He has been in Bethesda for the last week.";
    assert_eq!(week_of(trailing, "2025-07-25"), "2025-W30");
    assert_eq!(week_of(trailing, "2025-07-21"), "2025-W29");
    assert_eq!(
        week_of("Talks stalled last week.", "2025-07-25"),
        "2025-W29"
    );
}

#[test]
fn a_day_counted_from_a_month_keeps_the_day_unknown() {
    assert_one(
        "In October the firm was founded. That same day, it hired staff.",
        "That same day",
        "DATE",
        "2024-10-XX",
    );
    assert_one(
        "In October the firm was founded. The following month it hired staff.",
        "The following month",
        "DATE",
        "2024-11",
    );
}

#[test]
fn generic_today_fractions_and_rate_counts_are_not_times() {
    for text in [
        "The case is for today's youth what the blockade was for us.",
        "They are the chips in many of today's personal computers.",
        "I would have chosen the people of tomorrow.",
        "Iraq imports about three-quarters of its food.",
        "Guards stood there 24 hours a day.",
    ] {
        assert!(found(text).is_empty(), "{text:?}: {:?}", found(text));
    }
    assert_one(
        "Shareholders responded coolly to today's announcement.",
        "today",
        "DATE",
        "2025-07-23",
    );
}

#[test]
fn a_quoted_programme_title_is_not_a_week() {
    assert!(
        found("Baker said on ABC's \"This Week With David Brinkley\" that talks failed.")
            .is_empty()
    );
    assert_one(
        "He said \"this week is decisive\".",
        "this week",
        "DATE",
        "2025-W30",
    );
}

#[test]
fn a_bare_clock_time_in_past_talk_is_on_the_last_dated_day() {
    assert_one(
        "The bombs went off on Friday. The blast occurred at about 10:35 a.m.",
        "10:35 a.m.",
        "TIME",
        "2025-07-18T10:35",
    );
    assert_one(
        "The bombs went off on Friday. The vote closes at 3pm.",
        "3pm",
        "TIME",
        "2025-07-23T15:00",
    );
}

#[test]
fn the_weeks_ahead_and_a_minute_and_a_half_later_are_lengths() {
    assert_one(
        "Funds may fall further in the weeks ahead.",
        "the weeks ahead",
        "DURATION",
        "PXW",
    );
    assert_one(
        "A minute and a half later, a pilot called.",
        "A minute and a half",
        "DURATION",
        "PT1M30S",
    );
}

#[test]
fn one_named_quarter_makes_a_year_ago_that_quarter() {
    let report = "Third-quarter net fell to $7.4 million from $32.3 million a year ago.";
    assert_one(report, "a year ago", "DATE", "2024-Q2");
    let fraction = "A quarter of the staff left. Sales were higher than a year ago.";
    assert_one(fraction, "a year ago", "DATE", "2024");
    let century = "Rates are near a quarter-century low, below a year ago.";
    assert_one(century, "a year ago", "DATE", "2024");
}

#[test]
fn soon_is_the_future_but_not_a_condition_or_past_talk() {
    assert_one(
        "Prosecutors have told him that they may soon seek an indictment.",
        "soon",
        "DATE",
        "FUTURE_REF",
    );
    assert_one(
        "They want to liquidate the unit as soon as possible.",
        "as soon as possible",
        "DATE",
        "FUTURE_REF",
    );
    for text in [
        "Investors could buy the stock as soon as trading opened.",
        "He was soon released from the hospital.",
        "He was probably killed soon after being captured.",
    ] {
        assert!(found(text).is_empty(), "{text:?}: {:?}", found(text));
    }
}

#[test]
fn the_year_earlier_period_after_nine_months_is_that_length() {
    let text = "For the nine months, Norton had net of $81.2 million. In the year-earlier \
                period, the company had net of $77.2 million.";
    assert_one(text, "the year-earlier period", "DURATION", "P9M");
    let quarter = "Third-quarter net rose 5%. In the year-earlier period, it earned $2 million.";
    assert_one(quarter, "the year-earlier period", "DATE", "2024-Q2");
    assert_one(
        "Net for the year-earlier nine months included a gain.",
        "the year-earlier nine months",
        "DURATION",
        "P9M",
    );
}

#[test]
fn a_month_after_since_is_the_last_one_even_in_future_talk() {
    assert_one(
        "The Kennedy will replace the Eisenhower, which has been on patrol since October.",
        "October",
        "DATE",
        "2024-10",
    );
}

#[test]
fn a_meeting_in_the_bare_present_is_scheduled_ahead() {
    assert_one(
        "He and Arafat meet separately Monday with the Secretary of State.",
        "Monday",
        "DATE",
        "2025-07-28",
    );
    assert_one(
        "The offer had been scheduled to expire at midnight Friday.",
        "midnight Friday",
        "TIME",
        "2025-07-18T24:00",
    );
}

#[test]
fn over_the_years_is_a_vague_length() {
    assert_one(
        "Over the years many more patients have been saved.",
        "the years",
        "DURATION",
        "PXY",
    );
    assert_one(
        "In the years that followed, the guerrillas waged war.",
        "the years",
        "DURATION",
        "PXY",
    );
    assert_one(
        "You don't save as many lives in the early years.",
        "the early years",
        "DURATION",
        "PXY",
    );
    for text in [
        "It happened in the years before the war.",
        "They remember the years of hardship.",
    ] {
        assert!(found(text).is_empty(), "{text:?}: {:?}", found(text));
    }
}

#[test]
fn a_spelled_decade_after_the_is_a_decade_but_an_age_is_not() {
    assert_one(
        "Hate crimes rose through the nineties.",
        "the nineties",
        "DATE",
        "199",
    );
    assert_one(
        "It peaked in the late eighties.",
        "the late eighties",
        "DATE",
        "198",
    );
    let age = "He is in his eighties.";
    assert!(found(age).is_empty(), "{age:?}: {:?}", found(age));
}

#[test]
fn the_article_of_a_year_earlier_adjective_is_not_a_year() {
    assert_one(
        "Third-quarter net was $1 million, compared with a year-earlier loss of $26,956.",
        "year-earlier",
        "DATE",
        "2024-Q2",
    );
}

#[test]
fn a_unit_before_long_is_a_length() {
    assert_one(
        "The family emerged from their third day-long meeting.",
        "day-long",
        "DURATION",
        "P1D",
    );
    assert_one(
        "It symbolises the decades-long battle.",
        "decades-long",
        "DURATION",
        "PXDE",
    );
}

#[test]
fn the_year_period_is_that_years_reported_quarter_or_nine_months() {
    let quarter = "Third-quarter sales rose. In the 2024 period also, interest expense was lower.";
    assert_one(quarter, "the 2024 period", "DATE", "2024-Q2");
    let nine_months = "The quarter was weak. In the first nine months, net was $306 million, \
                       compared with a loss in the 2024 period.";
    assert_one(nine_months, "the 2024 period", "DATE", "2024");
}

#[test]
fn the_period_last_year_is_one_year_ago_expression() {
    let text = "Third-quarter net was $1 million, against $1.8 million for the corresponding \
                period last year. For the quarter a year ago, it reported earnings.";
    assert_one(
        text,
        "the corresponding period last year",
        "DATE",
        "2024-Q2",
    );
    assert_one(text, "the quarter a year ago", "DATE", "2024-Q2");
}

#[test]
fn that_year_after_a_year_is_that_year() {
    let text = "Imports totaled $37.3 million in 1988, a small share of the $1.5 billion in \
                watch imports that year.";
    assert_one(text, "that year", "DATE", "1988");
    let later = "The plant opened in 2019. The following year it closed.";
    assert_one(later, "The following year", "DATE", "2020");
}

#[test]
fn election_day_is_the_tuesday_after_the_first_monday_of_november() {
    assert_one(
        "Voters will go to the polls on Election Day.",
        "Election Day",
        "DATE",
        "2025-11-04",
    );
    let election = gloss::engine::dates::normalise::Holiday {
        month: 11,
        day: gloss::engine::dates::normalise::HolidayDay::DayAfterNth(
            gloss::engine::calendar::Weekday::Mon,
            1,
        ),
    };
    assert_eq!(election.in_year(2022), CivilDate::parse_iso("2022-11-08"));
}

#[test]
fn the_previous_weekday_is_the_one_before_the_last_dated_day() {
    let text = "The index fell on July 18. It was down 4.5% from the previous Friday.";
    assert_one(text, "the previous Friday", "DATE", "2025-07-11");
    let alone = "It was down 4.5% from the previous Friday.";
    assert_one(alone, "the previous Friday", "DATE", "2025-07-18");
}

#[test]
fn years_later_count_from_the_last_dated_expression() {
    let text = "He was elected in 2008 and re-elected four years later.";
    assert_one(text, "four years later", "DATE", "2012");
    let day = "The plant opened on May 7, 2019. Two years later it closed.";
    assert_one(day, "Two years later", "DATE", "2021");
    assert_one(
        "Sales rose from a year earlier.",
        "a year earlier",
        "DATE",
        "2024",
    );
}

#[test]
fn last_the_verb_is_not_part_of_the_length() {
    assert_one(
        "The talks are expected to last several days.",
        "several days",
        "DURATION",
        "PXD",
    );
}

#[test]
fn a_law_that_takes_effect_in_a_month_takes_it_ahead() {
    let reference = CivilDate::parse_iso("2013-03-22");
    let text = "The law takes effect in January.";
    let dates = extract(text, &analyze(text), reference);
    assert_eq!(dates.len(), 1);
    assert_eq!(dates[0].value, "2014-01");
}

#[test]
fn a_bare_plural_after_take_or_last_is_a_vague_length() {
    assert_one(
        "Officials said the operation could take weeks.",
        "weeks",
        "DURATION",
        "PXW",
    );
    assert_one("The hearings lasted months.", "months", "DURATION", "PXM");
}

#[test]
fn a_relative_year_does_not_displace_the_last_dated_day() {
    let text = "He resigned on July 3. Earlier this year the country was at peace. Two days \
                later, he left.";
    assert_one(text, "Two days later", "DATE", "2025-07-05");
}

#[test]
fn a_year_in_passing_does_not_displace_the_day_two_days_later_counts_from() {
    let text = "On May 7, India launched strikes, the worst fighting since 1971. Two days \
                later, a ceasefire was agreed.";
    assert_one(text, "Two days later", "DATE", "2025-05-09");
}

#[test]
fn a_ceremony_set_for_a_weekday_is_ahead() {
    assert_one(
        "The inauguration Mass is set for Tuesday morning.",
        "Tuesday morning",
        "DATE",
        "2025-07-29",
    );
}

#[test]
fn every_summer_is_a_yearly_set() {
    assert_one(
        "Every summer, tourists flood the island.",
        "Every summer",
        "SET",
        "XXXX-SU",
    );
}

#[test]
fn the_year_to_a_month_is_a_twelve_month_period() {
    assert_one(
        "Results for the year to December were better.",
        "the year",
        "DURATION",
        "P1Y",
    );
    assert_one("Sales for the year rose.", "the year", "DATE", "2025");
}

#[test]
fn a_weekday_in_a_fronted_phrase_took_no_tense_from_the_main_clause() {
    assert_one(
        "In an email to the Associated Press on Friday, Conte said he was innocent.",
        "Friday",
        "DATE",
        "2025-07-18",
    );
}

#[test]
fn more_than_expected_was_read_as_a_plan() {
    assert_one(
        "The deficit widened by more than expected in October.",
        "October",
        "DATE",
        "2024-10",
    );
}

#[test]
fn a_plan_for_a_day_gone_this_year_was_put_in_the_past() {
    assert_one(
        "The summit will be held on 6 June.",
        "6 June",
        "DATE",
        "2026-06-06",
    );
}

#[test]
fn a_kick_off_time_in_gmt_was_read_as_a_year() {
    assert_one(
        "Kick-off is at 1430 GMT.",
        "1430 GMT",
        "TIME",
        "2025-07-23T14:30",
    );
}

#[test]
fn new_year_without_day_or_eve_was_missed() {
    assert_one(
        "Sales rose over the New Year period.",
        "New Year",
        "DATE",
        "2025-01-01",
    );
    assert!(found("He made a new year resolution.").is_empty());
}
