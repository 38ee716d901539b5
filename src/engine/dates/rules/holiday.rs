//! Named holidays: "Thanksgiving", "Christmas Day", "New Year's Eve", "Labor Day",
//! "Election Day" (the US one: the Tuesday after the first Monday of November).
//!
//! Only capitalised names count ("memorial day" in lower case is not a holiday). The
//! holidays are the US and international ones newswire copy dates events by; Easter and
//! other moveable feasts of lunar calendars are left out. `relative` reuses
//! [`holiday_at`] for "last Thanksgiving". Not here: choosing the year (see `normalise`).

use crate::engine::calendar::Weekday;

use super::super::grammar::{is, key, Match, Rule, Tok};
use super::super::normalise::{Dir, Holiday, HolidayDay, Sem};

/// "Thanksgiving", "Christmas Eve", "Independence Day", "New Year" (its first day).
pub static HOLIDAY: Rule = Rule {
    id: "abs.holiday",
    reason: "a capitalised holiday name, on its fixed day or its n-th weekday of the month, \
             the year read by tense like any year-less day",
    takes_the: false,
    parse: holiday,
};

fn holiday(toks: &[Tok], i: usize) -> Option<Match> {
    let (holiday, end) = holiday_at(toks, i)?;
    Some(Match {
        end,
        sem: Sem::Holiday {
            holiday,
            dir: Dir::Tense,
        },
    })
}

/// A holiday name at `i` and the index after it.
pub fn holiday_at(toks: &[Tok], i: usize) -> Option<(Holiday, usize)> {
    if !toks.get(i)?.capital {
        return None;
    }
    let fixed = |month, day| {
        Some(Holiday {
            month,
            day: HolidayDay::Fixed(day),
        })
    };
    let nth = |month, weekday, n| {
        Some(Holiday {
            month,
            day: HolidayDay::Nth(weekday, n),
        })
    };
    let day_after = |j: usize| usize::from(is(toks, j, "day"));
    let (found, end) = match key(toks, i)? {
        "thanksgiving" => (nth(11, Weekday::Thu, 4), i + 1 + day_after(i + 1)),
        "christmas" if is(toks, i + 1, "eve") => (fixed(12, 24), i + 2),
        "christmas" => (fixed(12, 25), i + 1 + day_after(i + 1)),
        "halloween" => (fixed(10, 31), i + 1),
        "new" if is(toks, i + 1, "year") && possessive(toks, i + 2) => match key(toks, i + 3) {
            Some("eve") => (fixed(12, 31), i + 4),
            Some("day") => (fixed(1, 1), i + 4),
            _ => return None,
        },
        "new" if is(toks, i + 1, "year") && toks[i + 1].capital => (fixed(1, 1), i + 2),
        "valentine" if possessive(toks, i + 1) && is(toks, i + 2, "day") => (fixed(2, 14), i + 3),
        "labor" | "labour" if is(toks, i + 1, "day") => (nth(9, Weekday::Mon, 1), i + 2),
        "memorial" if is(toks, i + 1, "day") => (nth(5, Weekday::Mon, 0), i + 2),
        "independence" if is(toks, i + 1, "day") => (fixed(7, 4), i + 2),
        "veterans" if is(toks, i + 1, "day") => (fixed(11, 11), i + 2),
        "election" if is(toks, i + 1, "day") && toks[i + 1].capital => (
            Some(Holiday {
                month: 11,
                day: HolidayDay::DayAfterNth(Weekday::Mon, 1),
            }),
            i + 2,
        ),
        _ => return None,
    };
    Some((found?, end))
}

fn possessive(toks: &[Tok], j: usize) -> bool {
    matches!(key(toks, j), Some("'s" | "’s"))
}
