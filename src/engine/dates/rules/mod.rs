//! The date grammar's rules, one file per family. Each rule is data: an id, a reason and a
//! parse function (see [`super::grammar::Rule`]); [`ALL`] lists them in priority order
//! (on equal length the earlier rule wins).
//!
//! Rules recognise and give meaning ([`super::normalise::Sem`]); they never resolve against
//! the reference date.

mod absolute;
mod clock;
mod duration;
mod holiday;
mod relative;
mod set;
mod vague;

use super::grammar::Rule;

/// Every rule, in priority order.
pub static ALL: &[&Rule] = &[
    &absolute::MONTH_DAY,
    &absolute::DAY_MONTH,
    &absolute::MONTH_YEAR,
    &absolute::MONTH,
    &absolute::NUMERIC_DATE,
    &absolute::YEAR,
    &absolute::YEAR_WORDS,
    &absolute::DECADE,
    &absolute::CENTURY,
    &absolute::SEASON,
    &absolute::QUARTER_ADJECTIVE,
    &absolute::QUARTER,
    &absolute::HALF,
    &holiday::HOLIDAY,
    &clock::CLOCK,
    &relative::DAY_WORD,
    &relative::DEICTIC,
    &relative::AGO,
    &relative::WEEKDAY,
    &relative::YEAR_AGO_ADJ_BARE,
    &relative::YEAR_AGO_ADJ,
    &relative::PERIOD_A_YEAR_BACK,
    &relative::LATEST_QUARTER,
    &relative::THE_UNIT,
    &relative::ANAPHORIC,
    &set::EVERY,
    &set::ADVERB,
    &set::PLURAL_WEEKDAY,
    &set::FREQUENCY,
    &duration::SPAN,
    &duration::ADJECTIVE,
    &duration::AMOUNT,
    &duration::BARE_PLURAL,
    &duration::LONG,
    &vague::WORD,
    &vague::PHRASE,
    &vague::PLURAL,
    &vague::AHEAD,
    &vague::THE_YEARS,
];

/// Words that can open an expression without being a month, weekday, unit or number.
pub fn is_starter(key: &str) -> bool {
    absolute::spelled_decade(key).is_some()
        || matches!(
            key,
            "today"
                | "yesterday"
                | "tomorrow"
                | "tonight"
                | "this"
                | "current"
                | "last"
                | "past"
                | "previous"
                | "next"
                | "coming"
                | "now"
                | "currently"
                | "nowadays"
                | "recently"
                | "soon"
                | "lately"
                | "fiscal"
                | "q1"
                | "q2"
                | "q3"
                | "q4"
                | "final"
                | "following"
                | "preceding"
                | "latest"
                | "corresponding"
                | "comparable"
                | "same"
                | "period"
                | "recent"
                | "full"
                | "entire"
                | "whole"
                | "noon"
                | "midday"
                | "midnight"
                | "every"
                | "each"
                | "daily"
                | "nightly"
                | "weekly"
                | "monthly"
                | "annually"
                | "yearly"
                | "hourly"
                | "once"
                | "twice"
                | "several"
                | "few"
                | "many"
                | "couple"
                | "dozens"
                | "hundreds"
                | "future"
                | "weekend"
                | "near"
                | "thanksgiving"
                | "christmas"
                | "halloween"
        )
}

/// Words that open an expression only before certain words ("a year", "at present").
pub fn starts_before(key: &str, next: &str) -> bool {
    match key {
        "a" | "an" => {
            super::lexicon::unit(next).is_some()
                || matches!(next, "few" | "couple" | "dozen" | "half")
        }
        "that" => {
            super::lexicon::unit(next).is_some() || matches!(next, "same" | "morning" | "night")
        }
        "these" => next == "days",
        "short" => next == "term",
        "new" => next == "year",
        "valentine" => next == "'s" || next == "’s",
        "labor" | "labour" | "memorial" | "independence" | "veterans" | "election" => next == "day",
        "at" => next == "present",
        "as" => next == "soon",
        _ => false,
    }
}
