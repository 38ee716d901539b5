//! Relative dates: "yesterday", "last week", "next Tuesday", "two years ago",
//! "two days later", weekdays ("Tuesday night") and the quarter-report idioms
//! ("the year-ago quarter").
//!
//! Rules only say what is meant relative to what; `normalise` picks the calendar value.

use crate::engine::calendar::Weekday;
use crate::engine::text::TokenKind;

use super::super::grammar::{amount, is, key, unit_at, Amount, Match, Rule, Tok};
use super::super::lexicon::{self, Unit};
use super::super::normalise::{Dir, Sem, YearRef};
use super::clock;

/// "today", "yesterday morning", "tomorrow", "tonight".
pub static DAY_WORD: Rule = Rule {
    id: "rel.day_word",
    reason: "today, yesterday, tomorrow and tonight, optionally with a part of the day; not \
             the generic \"today's youth\" or \"the people of tomorrow\"",
    takes_the: false,
    parse: day_word,
};

/// "last week", "this year", "next Tuesday", "the past year", "this morning".
pub static DEICTIC: Rule = Rule {
    id: "rel.deictic",
    reason: "this/last/next/past/coming before a unit, weekday, month, season, holiday or \
             part of day; \"the past decade/century\" is a duration up to now; \"next year's \
             first quarter\" is that quarter, \"last year's quarter\" the latest one a year \
             back; \"the last week\" is the seven days up to now, not the calendar week before; \
             a quoted capitalised \"This Week\" is a programme's title; \"the previous \
             Friday\" is the one before the last dated day",
    takes_the: true,
    parse: deictic,
};

/// "two years ago", "a year earlier", "three days later".
pub static AGO: Rule = Rule {
    id: "rel.ago",
    reason: "an amount of units before ago (from the reference) or later/earlier (from the \
             last dated expression: \"elected in 2008 and re-elected four years later\" is \
             2012); a vague amount before later/earlier (\"a few days later\") \
             dates nothing: it is the length alone, as TimeML tags it",
    takes_the: false,
    parse: ago,
};

/// "Wednesday", "Tuesday night", "Friday at 3pm".
pub static WEEKDAY: Rule = Rule {
    id: "rel.weekday",
    reason: "a capitalised weekday, resolved by tense, optionally with a part of day or time",
    takes_the: false,
    parse: weekday,
};

/// "year-earlier", "the year-ago quarter".
pub static YEAR_AGO_ADJ: Rule = Rule {
    id: "rel.year_ago_adj",
    reason: "the quarterly-report adjectives year-ago and year-earlier, with their noun; \
             before a count of months (\"the year-earlier nine months\") the length those \
             months report, as TimeBank values it; \"the year-earlier period\" is the period \
             reported just before, a year back",
    takes_the: true,
    parse: year_ago_adj,
};

/// "the year", "the fiscal year", "the week", "the morning", "year-end".
pub static THE_UNIT: Rule = Rule {
    id: "rel.the_unit",
    reason: "the (full/fiscal/current) year or week: the reference's (\"sales for the year\"), \
             or a year's length when ended/ending or to and a month follow or over/throughout \
             precede (\"the year ended March 31\", \"the year to December\" are twelve-month \
             periods); year-end is the reference's year",
    takes_the: true,
    parse: the_unit,
};

/// "the following year", "that day", "the next morning".
pub static ANAPHORIC: Rule = Rule {
    id: "rel.anaphoric",
    reason: "the following/previous/next or that before a unit: counted from the last dated \
             expression",
    takes_the: true,
    parse: anaphoric,
};

/// "year-earlier" alone, an adjective: its article belongs to the noun after it.
pub static YEAR_AGO_ADJ_BARE: Rule = Rule {
    id: "rel.year_ago_adj_bare",
    reason: "year-ago / year-earlier before a noun other than quarter or period",
    takes_the: false,
    parse: year_ago_adj_bare,
};

/// "the corresponding period last year", "the quarter a year ago".
pub static PERIOD_A_YEAR_BACK: Rule = Rule {
    id: "rel.period_a_year_back",
    reason: "the (corresponding/comparable/same) period or quarter followed by last year, a \
             year ago or a year earlier is one expression: the year-ago period, a quarter in \
             quarterly talk",
    takes_the: true,
    parse: period_a_year_back,
};

fn period_a_year_back(toks: &[Tok], i: usize) -> Option<Match> {
    let adjective = matches!(key(toks, i), Some("corresponding" | "comparable" | "same"));
    let j = i + usize::from(adjective);
    if !matches!(key(toks, j), Some("period" | "quarter")) {
        return None;
    }
    let the = i.checked_sub(1).is_some_and(|k| is(toks, k, "the"));
    let last_year = is(toks, j + 1, "last") && is(toks, j + 2, "year");
    let a_year_back = is(toks, j + 1, "a")
        && is(toks, j + 2, "year")
        && matches!(key(toks, j + 3), Some("ago" | "earlier"));
    let end = if last_year {
        j + 3
    } else if a_year_back {
        j + 4
    } else {
        return None;
    };
    the.then_some(Match {
        end,
        sem: Sem::YearAgo,
    })
}

/// "the quarter", "the latest quarter".
pub static LATEST_QUARTER: Rule = Rule {
    id: "rel.latest_quarter",
    reason: "the (latest) quarter of a results report: the last completed quarter",
    takes_the: true,
    parse: latest_quarter,
};

fn part_after(toks: &[Tok], i: usize) -> Option<&'static str> {
    lexicon::part_of_day(key(toks, i)?)
}

fn day_word(toks: &[Tok], i: usize) -> Option<Match> {
    if is_generic_day(toks, i) || names_a_programme(toks, i) {
        return None;
    }
    let offset = match key(toks, i)? {
        "today" => 0,
        "yesterday" => -1,
        "tomorrow" => 1,
        "tonight" => {
            return Some(Match {
                end: i + 1,
                sem: Sem::Shift {
                    unit: Unit::Day,
                    offset: 0,
                    part: None,
                },
            })
        }
        _ => return None,
    };
    let part = part_after(toks, i + 1);
    let mut end = i + 1 + usize::from(part.is_some());
    let sem = Sem::Shift {
        unit: Unit::Day,
        offset,
        part,
    };
    if let Some((hour, minute, clock_end)) = at_clock(toks, end) {
        end = clock_end;
        return Some(Match {
            end,
            sem: Sem::Clock {
                hour,
                minute,
                day: Some(Box::new(Sem::Shift {
                    unit: Unit::Day,
                    offset,
                    part: None,
                })),
            },
        });
    }
    Some(Match { end, sem })
}

/// "today's youth", "many of today's computers", "the people of tomorrow": the present
/// age or the future at large, not a day.
/// "Radio 4's Today", "told Today:", "USA Today": a capitalised day word inside a sentence,
/// after a lower-case word or a possessive, is the name of a programme or a paper. A
/// title-case headline ("Talks Resume Today") keeps its date.
fn names_a_programme(toks: &[Tok], i: usize) -> bool {
    let Some(previous) = i.checked_sub(1).and_then(|j| toks.get(j)) else {
        return false;
    };
    let after_lower_word = previous.kind == TokenKind::Word
        && !previous.capital
        && !previous.key.chars().all(|c| c.is_ascii_digit());
    toks[i].capital && (after_lower_word || matches!(previous.key.as_str(), "'s" | "’s" | "usa"))
}

fn is_generic_day(toks: &[Tok], i: usize) -> bool {
    let before = |n: usize| i.checked_sub(n).and_then(|j| key(toks, j));
    match key(toks, i) {
        Some("today") if matches!(key(toks, i + 1), Some("'s" | "’s")) => {
            matches!(
                key(toks, i + 2),
                Some("world" | "youth" | "society" | "generation" | "young" | "children" | "kids")
            ) || (before(1) == Some("of") && matches!(before(2), Some("many" | "most" | "all")))
        }
        Some("tomorrow") => before(1) == Some("of"),
        _ => false,
    }
}

/// "at 3pm" after a day.
fn at_clock(toks: &[Tok], i: usize) -> Option<(u8, u8, usize)> {
    let skip = usize::from(is(toks, i, "at"));
    clock::time_of_day(toks, i + skip)
}

fn deictic(toks: &[Tok], i: usize) -> Option<Match> {
    let dir = match key(toks, i)? {
        "this" | "current" => Dir::This,
        "last" | "past" | "previous" => Dir::Last,
        "next" | "coming" => Dir::Next,
        _ => return None,
    };
    if is_quoted_title(toks, i) {
        return None;
    }
    let this_past = dir == Dir::This && matches!(key(toks, i + 1), Some("past" | "coming"));
    let j = i + 1 + usize::from(this_past);
    let k = key(toks, j)?;
    let t = &toks[j];
    if let Some((holiday, end)) = super::holiday::holiday_at(toks, j) {
        return Some(Match {
            end,
            sem: Sem::Holiday { holiday, dir },
        });
    }
    if let Some(w) = lexicon::weekday(k).filter(|_| t.capital) {
        let part = part_after(toks, j + 1);
        let the_previous = is(toks, i, "previous") && i > 0 && is(toks, i - 1, "the");
        let sem = if the_previous {
            Sem::WeekdayBeforeAnchor(w)
        } else {
            Sem::Weekday {
                weekday: w,
                dir,
                part,
            }
        };
        return Some(Match {
            end: j + 1 + usize::from(part.is_some()),
            sem,
        });
    }
    if let Some(month) = lexicon::month(k).filter(|_| t.capital && lexicon::month_is_full(k)) {
        return Some(Match {
            end: j + 1,
            sem: Sem::Month {
                year: None,
                month,
                dir,
            },
        });
    }
    if let Some((code, first_month)) = lexicon::season(k) {
        return Some(Match {
            end: j + 1,
            sem: Sem::Season {
                year: None,
                code,
                first_month,
                dir,
            },
        });
    }
    if let Some(part) = lexicon::part_of_day(k) {
        let offset = match (dir, part) {
            (Dir::Last, "NI" | "EV") => -1,
            (Dir::This, _) => 0,
            _ => return None,
        };
        return Some(Match {
            end: j + 1,
            sem: Sem::Shift {
                unit: Unit::Day,
                offset,
                part: Some(part),
            },
        });
    }
    if k == "weekend" {
        return Some(Match {
            end: j + 1,
            sem: Sem::Weekend { dir },
        });
    }
    let (unit, plural) = unit_at(toks, j)?;
    if plural || matches!(unit, Unit::Second | Unit::Minute | Unit::Hour) {
        return None;
    }
    if is(toks, i, "past") && matches!(unit, Unit::Decade | Unit::Century) {
        return Some(Match {
            end: j + 1,
            sem: Sem::Duration {
                amount: Amount::Exact(1),
                unit,
            },
        });
    }
    let offset = match dir {
        Dir::Last => -1,
        Dir::Next => 1,
        _ => 0,
    };
    let the_before = i.checked_sub(1).is_some_and(|k| is(toks, k, "the"));
    if the_before && dir == Dir::Last && unit == Unit::Week {
        return Some(Match {
            end: j + 1,
            sem: Sem::TrailingWeek,
        });
    }
    if let Some((quarter, end)) = possessive_quarter(toks, j + 1).filter(|_| unit == Unit::Year) {
        return Some(Match {
            end,
            sem: Sem::QuarterOf {
                year: YearRef::Offset(offset as i32),
                quarter,
            },
        });
    }
    Some(Match {
        end: j + 1,
        sem: Sem::Shift {
            unit,
            offset,
            part: None,
        },
    })
}

/// A capitalised phrase just after an opening quote ("This Week," the ABC programme): a
/// title, not a date.
fn is_quoted_title(toks: &[Tok], i: usize) -> bool {
    let quoted = i
        .checked_sub(1)
        .is_some_and(|j| matches!(toks[j].key.as_str(), "\"" | "“" | "``" | "‘" | "'"));
    quoted && toks[i].capital && toks.get(i + 1).is_some_and(|t| t.capital)
}

/// After "next year": "'s first quarter" or "'s quarter", as the quarter meant (none for
/// the latest) and the end.
fn possessive_quarter(toks: &[Tok], j: usize) -> Option<(Option<u8>, usize)> {
    if !matches!(key(toks, j), Some("'s" | "’s")) {
        return None;
    }
    let mut k = j + 1 + usize::from(is(toks, j + 1, "fiscal"));
    let quarter = key(toks, k)
        .and_then(lexicon::ordinal)
        .filter(|q| (1..=4).contains(q));
    if quarter.is_some() {
        k += 1;
        k += usize::from(is(toks, k, "-"));
        k += usize::from(is(toks, k, "fiscal"));
    }
    is(toks, k, "quarter").then_some((quarter.map(|q| q as u8), k + 1))
}

fn ago(toks: &[Tok], i: usize) -> Option<Match> {
    let (n, j) = amount(toks, i)?;
    let (unit, _) = unit_at(toks, j)?;
    let word = key(toks, j + 1)?;
    let sign = match word {
        "ago" | "earlier" => -1,
        "later" | "hence" => 1,
        "from" if is(toks, j + 2, "now") => 1,
        _ => return None,
    };
    let end = j + 2 + usize::from(word == "from");
    let Amount::Exact(n) = n else {
        if matches!(word, "later" | "earlier") {
            return Some(Match {
                end: j + 1,
                sem: Sem::Duration { amount: n, unit },
            });
        }
        let value = if sign < 0 { "PAST_REF" } else { "FUTURE_REF" };
        return Some(Match {
            end,
            sem: Sem::Ref(value),
        });
    };
    let offset = sign * i64::from(n);
    let from_reference = matches!(word, "ago" | "hence" | "from");
    let sem = if unit == Unit::Year && n == 1 && sign < 0 && !is(toks, i, "1") {
        Sem::YearAgo
    } else if from_reference || matches!(unit, Unit::Decade | Unit::Century) {
        Sem::Shift {
            unit,
            offset,
            part: None,
        }
    } else {
        Sem::FromAnchor { unit, offset }
    };
    Some(Match { end, sem })
}

fn weekday(toks: &[Tok], i: usize) -> Option<Match> {
    let t = toks.get(i)?;
    if !t.capital || t.kind != TokenKind::Word {
        return None;
    }
    let w: Weekday = lexicon::weekday(&t.key)?;
    let mut end = i + 1;
    if let Some((hour, minute, clock_end)) = at_clock(toks, end) {
        return Some(Match {
            end: clock_end,
            sem: Sem::Clock {
                hour,
                minute,
                day: Some(Box::new(Sem::Weekday {
                    weekday: w,
                    dir: Dir::Tense,
                    part: None,
                })),
            },
        });
    }
    let part = part_after(toks, end);
    end += usize::from(part.is_some());
    Some(Match {
        end,
        sem: Sem::Weekday {
            weekday: w,
            dir: Dir::Tense,
            part,
        },
    })
}

fn year_ago_adj_bare(toks: &[Tok], i: usize) -> Option<Match> {
    let m = year_ago_adj(toks, i)?;
    (m.end == i + 3).then_some(m)
}

fn year_ago_adj(toks: &[Tok], i: usize) -> Option<Match> {
    if !is(toks, i, "year") || !is(toks, i + 1, "-") {
        return None;
    }
    if !matches!(key(toks, i + 2), Some("ago" | "earlier")) {
        return None;
    }
    let mut end = i + 3;
    if let Some((Amount::Exact(n), j)) = amount(toks, end) {
        if matches!(unit_at(toks, j), Some((Unit::Month, true))) {
            return Some(Match {
                end: j + 1,
                sem: Sem::Duration {
                    amount: Amount::Exact(n),
                    unit: Unit::Month,
                },
            });
        }
    }
    let ordinal_quarter =
        key(toks, end).and_then(lexicon::ordinal).is_some() && is(toks, end + 1, "quarter");
    if ordinal_quarter {
        end += 2;
    } else if is(toks, end, "period") {
        return Some(Match {
            end: end + 1,
            sem: Sem::YearAgoPeriod,
        });
    } else if is(toks, end, "quarter") {
        end += 1;
    }
    Some(Match {
        end,
        sem: Sem::YearAgo,
    })
}

fn the_unit(toks: &[Tok], i: usize) -> Option<Match> {
    if is(toks, i, "year") {
        let end_word = |j: usize| is(toks, j, "end");
        let end = if is(toks, i + 1, "-") && end_word(i + 2) {
            Some(i + 3)
        } else if end_word(i + 1) {
            Some(i + 2)
        } else if matches!(key(toks, i + 1), Some("'s" | "’s")) && end_word(i + 2) {
            Some(i + 3)
        } else {
            None
        };
        if let Some(end) = end {
            return Some(Match {
                end,
                sem: Sem::Shift {
                    unit: Unit::Year,
                    offset: 0,
                    part: None,
                },
            });
        }
    }
    let the = i.checked_sub(1).filter(|&j| is(toks, j, "the"))?;
    let adjective = matches!(
        key(toks, i),
        Some("full" | "fiscal" | "entire" | "whole" | "current" | "latest")
    );
    let j = i + usize::from(adjective) + usize::from(adjective && is(toks, i + 1, "fiscal"));
    let before = the.checked_sub(1).and_then(|k| key(toks, k));
    let sem = match key(toks, j)? {
        "year"
            if matches!(key(toks, j + 1), Some("ended" | "ending"))
                || (is(toks, j + 1, "to")
                    && key(toks, j + 2).and_then(lexicon::month).is_some()
                    && toks[j + 2].capital)
                || matches!(before, Some("over" | "throughout")) =>
        {
            Sem::Duration {
                amount: Amount::Exact(1),
                unit: Unit::Year,
            }
        }
        "year" => Sem::Shift {
            unit: Unit::Year,
            offset: 0,
            part: None,
        },
        "week" if !adjective => Sem::Shift {
            unit: Unit::Week,
            offset: 0,
            part: None,
        },
        "morning" | "afternoon" | "evening" if !adjective => Sem::Shift {
            unit: Unit::Day,
            offset: 0,
            part: lexicon::part_of_day(key(toks, j)?),
        },
        _ => return None,
    };
    if matches!(
        key(toks, j + 1),
        Some("before" | "after" | "of" | "'s" | "’s" | "-" | "earlier" | "ago")
    ) {
        return None;
    }
    Some(Match { end: j + 1, sem })
}

fn anaphoric(toks: &[Tok], i: usize) -> Option<Match> {
    let offset = match key(toks, i)? {
        "following" | "next" if i > 0 && is(toks, i - 1, "the") => 1,
        "previous" | "preceding" if i > 0 && is(toks, i - 1, "the") => -1,
        "that" => 0,
        _ => return None,
    };
    let same = usize::from(offset == 0 && is(toks, i + 1, "same"));
    let j = i + 1 + same;
    let k = key(toks, j)?;
    let unit = match k {
        "day" | "morning" | "afternoon" | "evening" | "night" => Unit::Day,
        "week" => Unit::Week,
        "month" => Unit::Month,
        "year" => Unit::Year,
        _ => return None,
    };
    if matches!(key(toks, j + 1), Some("of" | "-")) {
        return None;
    }
    Some(Match {
        end: j + 1,
        sem: Sem::FromAnchor { unit, offset },
    })
}

fn latest_quarter(toks: &[Tok], i: usize) -> Option<Match> {
    let latest = matches!(key(toks, i), Some("latest" | "recent" | "just-ended"));
    let j = i + usize::from(latest);
    let period = latest && is(toks, j, "period");
    if !(is(toks, j, "quarter") || period) || i == 0 || !is(toks, i - 1, "the") {
        return None;
    }
    if matches!(key(toks, j + 1), Some("of" | "-")) {
        return None;
    }
    Some(Match {
        end: j + 1,
        sem: Sem::LatestQuarter { years_back: 0 },
    })
}
