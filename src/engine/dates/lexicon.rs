//! The words time expressions are made of: months, weekdays, seasons, parts of the day,
//! units, number words and the modifiers around them.
//!
//! Plain lookup tables over lower-cased keys (trailing full stop removed). This is not a
//! grammar: which sequences form an expression is decided in [`super::rules`].

use std::sync::OnceLock;

use crate::engine::calendar::Weekday;
use crate::engine::words::WordSet;

/// A unit of time, as durations and relative expressions count it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Seconds.
    Second,
    /// Minutes.
    Minute,
    /// Hours.
    Hour,
    /// Days.
    Day,
    /// Weeks.
    Week,
    /// Months.
    Month,
    /// Quarters of a year.
    Quarter,
    /// Years.
    Year,
    /// Ten years.
    Decade,
    /// A hundred years.
    Century,
}

/// Month names and abbreviations to month numbers (1–12).
pub fn month(key: &str) -> Option<u8> {
    let m = match key {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sept" | "sep" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    };
    Some(m)
}

/// Whether the key is a month's full name (abbreviations stand alone only with a full stop).
pub fn month_is_full(key: &str) -> bool {
    matches!(
        key,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
    )
}

/// Whether the month key is a word that is also common English ("May", "March").
pub fn month_is_ambiguous(key: &str) -> bool {
    matches!(key, "may" | "march" | "mar" | "jan" | "dec" | "sep")
}

/// Full weekday names (abbreviations like "Sun" and "Wed" are left out: too ambiguous).
pub fn weekday(key: &str) -> Option<Weekday> {
    let w = match key {
        "monday" => Weekday::Mon,
        "tuesday" | "tues" => Weekday::Tue,
        "wednesday" => Weekday::Wed,
        "thursday" | "thurs" => Weekday::Thu,
        "friday" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        "sunday" => Weekday::Sun,
        _ => return None,
    };
    Some(w)
}

/// Plural weekdays ("Mondays") for recurrences.
pub fn weekday_plural(key: &str) -> Option<Weekday> {
    weekday(key.strip_suffix('s')?)
}

/// Seasons to their TimeML codes and first month.
pub fn season(key: &str) -> Option<(&'static str, u8)> {
    let s = match key {
        "spring" => ("SP", 3),
        "summer" => ("SU", 6),
        "fall" | "autumn" => ("FA", 9),
        "winter" => ("WI", 12),
        _ => return None,
    };
    Some(s)
}

/// Parts of the day to their TimeML codes.
pub fn part_of_day(key: &str) -> Option<&'static str> {
    let p = match key {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        "night" | "overnight" => "NI",
        _ => return None,
    };
    Some(p)
}

/// Unit nouns, singular or plural.
pub fn unit(key: &str) -> Option<(Unit, bool)> {
    let u = match key {
        "second" => (Unit::Second, false),
        "seconds" => (Unit::Second, true),
        "minute" | "min" => (Unit::Minute, false),
        "minutes" | "mins" => (Unit::Minute, true),
        "hour" | "hr" => (Unit::Hour, false),
        "hours" | "hrs" => (Unit::Hour, true),
        "day" => (Unit::Day, false),
        "days" => (Unit::Day, true),
        "week" => (Unit::Week, false),
        "weeks" => (Unit::Week, true),
        "month" => (Unit::Month, false),
        "months" => (Unit::Month, true),
        "quarter" => (Unit::Quarter, false),
        "quarters" => (Unit::Quarter, true),
        "year" => (Unit::Year, false),
        "years" => (Unit::Year, true),
        "decade" => (Unit::Decade, false),
        "decades" => (Unit::Decade, true),
        "century" => (Unit::Century, false),
        "centuries" => (Unit::Century, true),
        _ => return None,
    };
    Some(u)
}

/// Number words up to nineteen, and the tens.
pub fn small_number(key: &str) -> Option<u32> {
    let n = match key {
        "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    };
    Some(n)
}

/// Ordinal words and forms ("third", "3rd") up to 31.
pub fn ordinal(key: &str) -> Option<u32> {
    let word = match key {
        "first" => Some(1),
        "second" => Some(2),
        "third" => Some(3),
        "fourth" => Some(4),
        "fifth" => Some(5),
        "sixth" => Some(6),
        "seventh" => Some(7),
        "eighth" => Some(8),
        "ninth" => Some(9),
        "tenth" => Some(10),
        "eleventh" => Some(11),
        "twelfth" => Some(12),
        _ => None,
    };
    if word.is_some() {
        return word;
    }
    if !key.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let digits = key
        .strip_suffix("st")
        .or_else(|| key.strip_suffix("nd"))
        .or_else(|| key.strip_suffix("rd"))
        .or_else(|| key.strip_suffix("th"))?;
    let n: u32 = parse_digits(digits)?;
    (1..=31).contains(&n).then_some(n)
}

/// Words before an amount that soften it ("about two years", "nearly a decade").
pub fn approximator(key: &str) -> bool {
    matches!(key, "nearly" | "approximately" | "roughly")
}

/// Prepositions and determiners after which a bare month or season is a date ("in May").
pub fn date_context(key: &str) -> bool {
    matches!(
        key,
        "in" | "since"
            | "until"
            | "till"
            | "by"
            | "during"
            | "from"
            | "through"
            | "before"
            | "after"
            | "of"
            | "early"
            | "late"
            | "mid"
            | "last"
            | "next"
            | "this"
            | "that"
            | "between"
            | "and"
            | "to"
            | "or"
            | "each"
            | "every"
            | "for"
            | "throughout"
            | "past"
            | "coming"
            | "on"
    )
}

/// Parses an all-digit string.
pub fn parse_digits(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Every word of this lexicon that can open an expression, plus `extra` (the rules' own
/// openers): one hash lookup instead of a dozen string tables per token.
pub fn opens_expression(key: &str, extra: fn(&str) -> bool) -> bool {
    static WORDS: OnceLock<WordSet> = OnceLock::new();
    let words = WORDS.get_or_init(|| {
        let candidates = [
            "january",
            "jan",
            "february",
            "feb",
            "march",
            "mar",
            "april",
            "apr",
            "may",
            "june",
            "jun",
            "july",
            "jul",
            "august",
            "aug",
            "september",
            "sept",
            "sep",
            "october",
            "oct",
            "november",
            "nov",
            "december",
            "dec",
            "monday",
            "tuesday",
            "tues",
            "wednesday",
            "thursday",
            "thurs",
            "friday",
            "saturday",
            "sunday",
            "mondays",
            "tuesdays",
            "wednesdays",
            "thursdays",
            "fridays",
            "saturdays",
            "sundays",
            "spring",
            "summer",
            "fall",
            "autumn",
            "winter",
            "morning",
            "afternoon",
            "evening",
            "night",
            "overnight",
            "second",
            "seconds",
            "minute",
            "min",
            "minutes",
            "mins",
            "hour",
            "hr",
            "hours",
            "hrs",
            "day",
            "days",
            "week",
            "weeks",
            "month",
            "months",
            "quarter",
            "quarters",
            "year",
            "years",
            "decade",
            "decades",
            "century",
            "centuries",
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "sixty",
            "seventy",
            "eighty",
            "ninety",
            "first",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
        ];
        candidates.into_iter().collect()
    });
    words.contains(key) || extra(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lexicon_word_opens_an_expression() {
        let no_extra = |_: &str| false;
        for key in [
            "may",
            "sundays",
            "overnight",
            "centuries",
            "ninety",
            "twelfth",
            "fall",
        ] {
            assert!(opens_expression(key, no_extra), "{key}");
        }
        for key in ["the", "said", "mayor", ""] {
            assert!(!opens_expression(key, no_extra), "{key}");
        }
        let lexicon_words = (1..=12).filter(|&m| month_name_known(m)).count();
        assert_eq!(lexicon_words, 12);
    }

    fn month_name_known(m: u8) -> bool {
        const NAMES: [&str; 12] = [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ];
        let name = NAMES[usize::from(m - 1)];
        month(name) == Some(m) && opens_expression(name, |_| false)
    }
}
