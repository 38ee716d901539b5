//! The date grammar's rules, one file per family. Each rule is data: an id, a reason and a
//! parse function (see [`super::grammar::Rule`]); [`ALL`] lists them in priority order
//! (on equal length the earlier rule wins).
//!
//! Rules recognise and give meaning ([`super::normalise::Sem`]); they never resolve against
//! the reference date.

mod absolute;
mod clock;
mod duration;
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
    &clock::CLOCK,
    &relative::DAY_WORD,
    &relative::DEICTIC,
    &relative::AGO,
    &relative::WEEKDAY,
    &relative::YEAR_AGO_ADJ,
    &relative::LATEST_QUARTER,
    &set::EVERY,
    &set::ADVERB,
    &set::PLURAL_WEEKDAY,
    &set::FREQUENCY,
    &duration::SPAN,
    &duration::ADJECTIVE,
    &duration::AMOUNT,
    &duration::BARE_PLURAL,
    &vague::WORD,
    &vague::PHRASE,
];

/// Words that can open an expression without being a month, weekday, unit or number.
pub const STARTERS: &[&str] = &[
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "this",
    "last",
    "next",
    "past",
    "coming",
    "previous",
    "now",
    "currently",
    "current",
    "recently",
    "recent",
    "lately",
    "previously",
    "formerly",
    "soon",
    "future",
    "these",
    "nowadays",
    "at",
    "every",
    "each",
    "daily",
    "weekly",
    "monthly",
    "annually",
    "yearly",
    "hourly",
    "nightly",
    "fiscal",
    "year",
    "q1",
    "q2",
    "q3",
    "q4",
    "noon",
    "midnight",
    "once",
    "twice",
    "first",
    "latest",
    "the",
    "weekend",
    "later",
    "earlier",
    "in",
    "several",
    "few",
    "couple",
    "a",
    "an",
    "dozens",
    "hundreds",
    "that",
    "overnight",
    "mid",
    "decades",
    "centuries",
];
