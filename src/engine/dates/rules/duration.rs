//! Durations: "three days", "a decade", "two-year", "the past two months",
//! "the first nine months", "for years", "20 more years", "2 1/2 years", "a minute and a
//! half", "day-long".
//!
//! "a second" (the ordinal), "a quarter" (the fraction) and "a year" after a quantity (the
//! rate "$2 million a year") are not durations; an amount of units followed by ago/later
//! belongs to `relative`.

use crate::engine::text::TokenKind;

use super::super::grammar::{amount, follows_quantity, is, key, unit_at, Amount, Match, Rule, Tok};
use super::super::lexicon::Unit;
use super::super::normalise::Sem;

/// "the past two months", "the next 14 months", "the first nine months".
pub static SPAN: Rule = Rule {
    id: "dur.span",
    reason: "past/last/next/first/coming before an amount of units: a stretch of time (not \
             the verb, \"expected to last several days\"); \
             \"the first two quarters of 1990\" is that year's first half; \"in the last few \
             months\" places in the past (PAST_REF) unless after for",
    takes_the: true,
    parse: span,
};

/// "three days", "a decade", "two-year", "nearly forty years".
pub static AMOUNT: Rule = Rule {
    id: "dur.amount",
    reason: "an amount (digits or words) of a unit, not followed by ago/later; \"a year\" \
             after a quantity is a rate (\"$2 million a year\"), not a time; after \"in\" in \
             future talk (\"would be redeemed in five years\") the date that far ahead; not \
             a fraction (\"three-quarters of its food\"), the count of a rate (\"24 hours a \
             day\") or the article of a year-ago adjective (\"a year-earlier loss\")",
    takes_the: true,
    parse: amount_of_units,
};

/// "two-year", "16-hour", "14-day".
pub static ADJECTIVE: Rule = Rule {
    id: "dur.adjective",
    reason: "a hyphenated amount-unit adjective; its article belongs to the noun, not to it",
    takes_the: false,
    parse: adjective,
};

/// "for years", "over decades".
pub static BARE_PLURAL: Rule = Rule {
    id: "dur.bare_plural",
    reason: "a plural unit after for/over/within or take/last (\"could take weeks\"): an \
             unspecified number of them",
    takes_the: false,
    parse: bare_plural,
};

/// "day-long", "decades-long", "year-long".
pub static LONG: Rule = Rule {
    id: "dur.long",
    reason: "a unit before -long is an adjective of length: one unit, or an unspecified \
             number when plural (\"their third day-long meeting\", \"a decades-long battle\")",
    takes_the: false,
    parse: long_adjective,
};

fn long_adjective(toks: &[Tok], i: usize) -> Option<Match> {
    let (unit, plural) = unit_at(toks, i)?;
    if !is(toks, i + 1, "-") || !is(toks, i + 2, "long") {
        return None;
    }
    let amount = if plural {
        Amount::Vague
    } else {
        Amount::Exact(1)
    };
    Some(Match {
        end: i + 3,
        sem: Sem::Duration { amount, unit },
    })
}

fn span(toks: &[Tok], i: usize) -> Option<Match> {
    if !matches!(
        key(toks, i)?,
        "past" | "last" | "next" | "first" | "coming" | "previous" | "final" | "following"
    ) {
        return None;
    }
    if is_verb_last(toks, i) {
        return None;
    }
    let (n, j) = amount(toks, i + 1)?;
    if matches!(n, Amount::Exact(1)) && matches!(key(toks, i + 1), Some("a" | "an")) {
        return None;
    }
    let (unit, _) = unit_at(toks, j)?;
    if let Some(m) = half_of_year(toks, i, n, unit, j + 1) {
        return Some(m);
    }
    if n == Amount::Vague && locates_in_past(toks, i) {
        return Some(Match {
            end: j + 1,
            sem: Sem::Ref("PAST_REF"),
        });
    }
    Some(Match {
        end: j + 1,
        sem: duration(n, unit),
    })
}

/// "last" after "to" or a modal is the verb ("expected to last several days"): the length
/// after it is a duration of its own, without "last".
fn is_verb_last(toks: &[Tok], i: usize) -> bool {
    is(toks, i, "last")
        && i.checked_sub(1).is_some_and(|j| {
            matches!(
                toks[j].key.as_str(),
                "to" | "will" | "would" | "could" | "may" | "might" | "should" | "can" | "must"
            )
        })
}

/// "(in) the last few months": a vague stretch up to now that places an event in the past
/// rather than measuring it, unless "for" asks how long ("for the past few weeks").
fn locates_in_past(toks: &[Tok], i: usize) -> bool {
    let before_the = i.checked_sub(2).and_then(|k| key(toks, k));
    matches!(key(toks, i), Some("past" | "last" | "previous"))
        && i.checked_sub(1).is_some_and(|k| is(toks, k, "the"))
        && before_the != Some("for")
}

/// "the first two quarters of 1990" is that year's first half, "the last two" its second.
fn half_of_year(toks: &[Tok], i: usize, n: Amount, unit: Unit, j: usize) -> Option<Match> {
    let half = match key(toks, i)? {
        "first" => 1,
        "last" | "final" => 2,
        _ => return None,
    };
    if n != Amount::Exact(2) || unit != Unit::Quarter || !is(toks, j, "of") {
        return None;
    }
    let year = super::absolute::year_number(toks, j + 1)?;
    Some(Match {
        end: j + 2,
        sem: Sem::Half {
            year: Some(year),
            half,
        },
    })
}

fn duration(amount: Amount, unit: Unit) -> Sem {
    match (amount, unit) {
        (Amount::Exact(n), Unit::Quarter) if n > 1 => Sem::Duration {
            amount: Amount::Exact(n * 3),
            unit: Unit::Month,
        },
        _ => Sem::Duration { amount, unit },
    }
}

fn adjective(toks: &[Tok], i: usize) -> Option<Match> {
    let (_, j) = amount(toks, i)?;
    let singular = unit_at(toks, j + 1).is_some_and(|(_, plural)| !plural);
    if !is(toks, j, "-") || !singular {
        return None;
    }
    amount_of_units(toks, i)
}

fn amount_of_units(toks: &[Tok], i: usize) -> Option<Match> {
    let (n, j) = amount(toks, i)?;
    let (n, j) = half_after(n, toks, j);
    let j = j + usize::from(is_more(toks, j));
    let hyphen = usize::from(is(toks, j, "-"));
    let (unit, _) = unit_at(toks, j + hyphen)?;
    let mut end = j + hyphen + 1;
    let mut n = n;
    if let Amount::Exact(whole) = n {
        if is(toks, end, "and") && is(toks, end + 1, "a") && is(toks, end + 2, "half") {
            n = Amount::AndHalf(whole);
            end += 3;
        }
    }
    let article = matches!(key(toks, i), Some("a" | "an"));
    if article && (matches!(unit, Unit::Second | Unit::Quarter) || follows_quantity(toks, i)) {
        return None;
    }
    if toks[i].kind == TokenKind::Number && toks[i].key.contains(['.', ':']) {
        return None;
    }
    let next = key(toks, end);
    let fraction = unit == Unit::Quarter && hyphen == 1 && next == Some("of");
    let rate = matches!(next, Some("a" | "per")) && unit_at(toks, end + 1).is_some();
    if fraction || rate {
        return None;
    }
    let counted_whole = !matches!(n, Amount::AndHalf(_));
    let relative = counted_whole && matches!(next, Some("ago" | "earlier" | "later" | "hence"))
        || (next == Some("from") && is(toks, end + 1, "now"));
    let age = (next == Some("-") && is(toks, end + 1, "old")) || next == Some("old");
    let year_ago_adjective =
        next == Some("-") && matches!(key(toks, end + 1), Some("ago" | "earlier"));
    if relative || age || year_ago_adjective {
        return None;
    }
    let after_in = i.checked_sub(1).is_some_and(|k| is(toks, k, "in"));
    let sem = match n {
        Amount::Exact(n) if after_in && unit_is_calendar(unit) => Sem::Within { amount: n, unit },
        _ => duration(n, unit),
    };
    Some(Match { end, sem })
}

/// Units a date can be counted in ("in five years" from now).
fn unit_is_calendar(unit: Unit) -> bool {
    matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year)
}

/// "2 1/2": a whole number followed by a half.
fn half_after(n: Amount, toks: &[Tok], j: usize) -> (Amount, usize) {
    match n {
        Amount::Exact(whole) if is(toks, j, "1/2") || is(toks, j, "½") => {
            (Amount::AndHalf(whole), j + 1)
        }
        _ => (n, j),
    }
}

/// "more" or a kind of day between an amount and its unit ("20 more years", "two
/// additional weeks", "eight trading days").
fn is_more(toks: &[Tok], j: usize) -> bool {
    let kind_of_day = matches!(key(toks, j), Some("trading" | "business" | "working"))
        && matches!(key(toks, j + 1), Some("day" | "days"));
    kind_of_day
        || matches!(
            key(toks, j),
            Some("more" | "additional" | "extra" | "further")
        ) && unit_at(toks, j + 1).is_some()
}

fn bare_plural(toks: &[Tok], i: usize) -> Option<Match> {
    let (unit, plural) = unit_at(toks, i)?;
    if !plural || matches!(unit, Unit::Second | Unit::Quarter) {
        return None;
    }
    let before = i.checked_sub(1).and_then(|j| key(toks, j));
    if !matches!(
        before,
        Some(
            "for"
                | "over"
                | "within"
                | "take"
                | "takes"
                | "took"
                | "taking"
                | "last"
                | "lasts"
                | "lasted"
        )
    ) {
        return None;
    }
    if matches!(key(toks, i + 1), Some("of" | "ago" | "old" | "-")) {
        return None;
    }
    Some(Match {
        end: i + 1,
        sem: Sem::Duration {
            amount: Amount::Vague,
            unit,
        },
    })
}
