//! Absolute dates: month-day forms, numeric dates, years, decades, centuries, seasons,
//! quarters and halves.
//!
//! Numeric dates read month first (`7/25/2025` is July 25, the US newswire convention)
//! unless the first number cannot be a month (`25/7/2025`); dotted dates (`25.07.2025`)
//! read day first. A bare four-digit number is a year only between 1000 and 2099 and not
//! next to another number, a currency or a product name. Not here: resolving a missing year
//! (see `normalise`).

use crate::engine::text::TokenKind;

use super::super::grammar::{is, key, number_words, Match, Rule, Tok};
use super::super::lexicon::{self, parse_digits};
use super::super::normalise::{Dir, Sem, YearRef};

/// "July 25", "July 25, 2025", "Sept. 30", "May 7-10", "Thursday, April 6".
pub static MONTH_DAY: Rule = Rule {
    id: "abs.month_day",
    reason: "a month name followed by a day number, optionally a year or a day range, \
             optionally after its weekday",
    takes_the: false,
    parse: month_day,
};

/// "25 July 2025", "the 7th of May".
pub static DAY_MONTH: Rule = Rule {
    id: "abs.day_month",
    reason: "a day number or ordinal followed by a month name, optionally a year",
    takes_the: true,
    parse: day_month,
};

/// "July 1997", "January this year".
pub static MONTH_YEAR: Rule = Rule {
    id: "abs.month_year",
    reason: "a month name followed by a year or by this/last/next year",
    takes_the: false,
    parse: month_year,
};

/// "in May", "March" after a date preposition.
pub static MONTH: Rule = Rule {
    id: "abs.month",
    reason: "a capitalised month name; May and March only after a date preposition, since \
             they are also a name, a modal verb and a verb",
    takes_the: false,
    parse: month,
};

/// "2025-07-25", "7/25/2025", "25.07.2025".
pub static NUMERIC_DATE: Rule = Rule {
    id: "abs.numeric",
    reason: "ISO dates, slashed dates (month first unless impossible) and dotted dates (day \
             first), always with a year so fractions and scores stay out",
    takes_the: false,
    parse: numeric_date,
};

/// "1998", "fiscal 1989".
pub static YEAR: Rule = Rule {
    id: "abs.year",
    reason: "a four-digit number in 1000-2099 standing alone, or after fiscal",
    takes_the: false,
    parse: year,
};

/// "nineteen ninety-six", "the year two thousand", "the year 2000".
pub static YEAR_WORDS: Rule = Rule {
    id: "abs.year_words",
    reason: "years written in words, or named as the year N",
    takes_the: true,
    parse: year_words,
};

/// "the 1990s", "the '90s".
pub static DECADE: Rule = Rule {
    id: "abs.decade",
    reason: "a decade written as a year with an s, or spelled after the (\"the nineties\", \
             \"the late eighties\": the 1900s; without the it is an age, \"in his eighties\")",
    takes_the: true,
    parse: decade,
};

/// "the 20th century".
pub static CENTURY: Rule = Rule {
    id: "abs.century",
    reason: "an ordinal followed by century",
    takes_the: true,
    parse: century,
};

/// "summer 2024", "the fall of 1998", "last spring".
pub static SEASON: Rule = Rule {
    id: "abs.season",
    reason: "a season with a year, or after a date word (fall is also a verb)",
    takes_the: true,
    parse: season,
};

/// "the third quarter", "third-quarter", "Q3 2025".
pub static QUARTER: Rule = Rule {
    id: "abs.quarter",
    reason: "an ordinal quarter (fiscal or not), optionally of a year; a year before \
             quarter (\"the 1988 third quarter\", \"the 1988 quarter\") names that year's; \
             \"the 1988 period\" is that year's share of the period being reported",
    takes_the: true,
    parse: quarter,
};

/// "third-quarter" (results), "fiscal second-quarter": an adjective, its "the" is the noun's.
pub static QUARTER_ADJECTIVE: Rule = Rule {
    id: "abs.quarter_adjective",
    reason: "a hyphenated ordinal quarter used as an adjective",
    takes_the: false,
    parse: quarter_adjective,
};

/// "the first half of 1989".
pub static HALF: Rule = Rule {
    id: "abs.half",
    reason: "first or second half, of a year or of the current one",
    takes_the: true,
    parse: half,
};

fn month_at(toks: &[Tok], i: usize) -> Option<u8> {
    let t = toks.get(i)?;
    if t.kind != TokenKind::Word || !t.capital {
        return None;
    }
    lexicon::month(&t.key)
}

fn day_number(toks: &[Tok], i: usize) -> Option<u8> {
    let t = toks.get(i)?;
    let n = match t.kind {
        TokenKind::Number => parse_digits(&t.key)?,
        TokenKind::Word => {
            lexicon::ordinal(&t.key).filter(|_| t.key.as_bytes()[0].is_ascii_digit())?
        }
        TokenKind::Punct => return None,
    };
    (1..=31).contains(&n).then_some(n as u8)
}

/// A four-digit year at `i` ("2025") or an apostrophe year ("'98").
/// A year after a day and month, with or without a comma ("July 25, 2025", "25 July 2025"):
/// the year, if any, and where the match ends.
fn trailing_year(toks: &[Tok], end: usize) -> (Option<i32>, usize) {
    let comma = usize::from(is(toks, end, ","));
    match year_number(toks, end + comma) {
        Some(year) => (Some(year), end + comma + 1),
        None => (None, end),
    }
}

/// A four-digit year at `i`.
pub fn year_number(toks: &[Tok], i: usize) -> Option<i32> {
    let t = toks.get(i)?;
    if t.kind != TokenKind::Number || t.key.len() != 4 {
        return None;
    }
    let y = parse_digits(&t.key)? as i32;
    (1000..=2099).contains(&y).then_some(y)
}

fn day_range(toks: &[Tok], i: usize) -> Option<(u8, u8)> {
    let t = toks.get(i)?;
    let (a, b) = t.key.split_once(['-', '–'])?;
    let (a, b) = (parse_digits(a)?, parse_digits(b)?);
    ((1..=31).contains(&a) && (1..=31).contains(&b) && a < b).then_some((a as u8, b as u8))
}

/// A month-day date at `i`, for rules that attach one ("5 p.m., Nov. 6").
pub fn month_day_at(toks: &[Tok], i: usize) -> Option<Match> {
    month_day(toks, i)
}

fn month_day(toks: &[Tok], i: usize) -> Option<Match> {
    let t = toks.get(i)?;
    if t.capital && lexicon::weekday(&t.key).is_some() {
        let comma = usize::from(is(toks, i + 1, ","));
        return month_day(toks, i + 1 + comma);
    }
    let month = month_at(toks, i)?;
    let (day, to, end) = if let Some(day) = day_number(toks, i + 1) {
        (day, None, i + 2)
    } else {
        let (a, b) = day_range(toks, i + 1)?;
        (a, Some(b), i + 2)
    };
    let (year, end) = trailing_year(toks, end);
    Some(Match {
        end,
        sem: Sem::Day {
            year,
            month,
            day,
            to,
        },
    })
}

fn day_month(toks: &[Tok], i: usize) -> Option<Match> {
    let t = toks.get(i)?;
    let day = match t.kind {
        TokenKind::Number => {
            let n = parse_digits(&t.key)?;
            (1..=31).contains(&n).then_some(n as u8)?
        }
        _ => lexicon::ordinal(&t.key)? as u8,
    };
    let of = usize::from(is(toks, i + 1, "of"));
    let month = month_at(toks, i + 1 + of)?;
    let (year, end) = trailing_year(toks, i + 2 + of);
    Some(Match {
        end,
        sem: Sem::Day {
            year,
            month,
            day,
            to: None,
        },
    })
}

fn month_year(toks: &[Tok], i: usize) -> Option<Match> {
    let month = month_at(toks, i)?;
    let comma = usize::from(is(toks, i + 1, ","));
    if let Some(y) = year_number(toks, i + 1 + comma) {
        return Some(Match {
            end: i + 2 + comma,
            sem: Sem::Month {
                year: Some(y),
                month,
                dir: Dir::Tense,
            },
        });
    }
    if let Some(Match {
        end,
        sem: Sem::Year(y),
    }) = year_words(toks, i + 1 + comma)
    {
        return Some(Match {
            end,
            sem: Sem::Month {
                year: Some(y),
                month,
                dir: Dir::Tense,
            },
        });
    }
    let dir = match key(toks, i + 1)? {
        "this" => Dir::This,
        "last" => Dir::Last,
        "next" => Dir::Next,
        _ => return None,
    };
    if !is(toks, i + 2, "year") {
        return None;
    }
    Some(Match {
        end: i + 3,
        sem: Sem::Month {
            year: None,
            month,
            dir,
        },
    })
}

fn month(toks: &[Tok], i: usize) -> Option<Match> {
    let t = toks.get(i)?;
    let month = month_at(toks, i)?;
    let has_full_stop = t.span.len() > t.key.len();
    if !lexicon::month_is_full(&t.key) && !has_full_stop {
        return None;
    }
    let before = i.checked_sub(1).and_then(|j| key(toks, j));
    let after_context = before.is_some_and(lexicon::date_context);
    let after_name = i > 0 && toks[i - 1].capital && toks[i - 1].kind == TokenKind::Word;
    if (lexicon::month_is_ambiguous(&t.key) || after_name) && !after_context {
        return None;
    }
    let before_name = toks
        .get(i + 1)
        .is_some_and(|n| n.capital && n.kind == TokenKind::Word);
    if lexicon::month_is_ambiguous(&t.key) && before_name {
        return None;
    }
    Some(Match {
        end: i + 1,
        sem: Sem::Month {
            year: None,
            month,
            dir: Dir::Tense,
        },
    })
}

fn numeric_date(toks: &[Tok], i: usize) -> Option<Match> {
    let t = toks.get(i)?;
    if t.kind != TokenKind::Number {
        return None;
    }
    let sem = iso_date(&t.key)
        .or_else(|| separated_date(&t.key, '/', false))
        .or_else(|| separated_date(&t.key, '.', true))
        .or_else(|| year_range(&t.key))?;
    Some(Match { end: i + 1, sem })
}

fn iso_date(s: &str) -> Option<Sem> {
    let parts: Vec<&str> = s.split('-').collect();
    if parts[0].len() != 4 {
        return None;
    }
    let year = parse_digits(parts[0])? as i32;
    match parts.as_slice() {
        [_, m, d] if m.len() == 2 && d.len() == 2 => {
            let (month, day) = (parse_digits(m)? as u8, parse_digits(d)? as u8);
            crate::engine::calendar::CivilDate::new(year, month, day)?;
            Some(Sem::Day {
                year: Some(year),
                month,
                day,
                to: None,
            })
        }
        [_, m] if m.len() == 2 => {
            let month = parse_digits(m)? as u8;
            (1..=12).contains(&month).then_some(Sem::Month {
                year: Some(year),
                month,
                dir: Dir::Tense,
            })
        }
        _ => None,
    }
}

/// `7/25/2025`, `25/7/2025`, `11/02/89`, `25.07.2025`.
fn separated_date(s: &str, sep: char, day_first: bool) -> Option<Sem> {
    let parts: Vec<&str> = s.split(sep).collect();
    let [a, b, y] = parts.as_slice() else {
        return None;
    };
    if a.len() > 2 || b.len() > 2 || !(y.len() == 2 || y.len() == 4) {
        return None;
    }
    let (a, b) = (parse_digits(a)? as u8, parse_digits(b)? as u8);
    let year = parse_digits(y)? as i32;
    let year = match y.len() {
        2 if year >= 50 => 1900 + year,
        2 => 2000 + year,
        _ => year,
    };
    let (month, day) = if day_first || a > 12 { (b, a) } else { (a, b) };
    crate::engine::calendar::CivilDate::new(year, month, day)?;
    Some(Sem::Day {
        year: Some(year),
        month,
        day,
        to: None,
    })
}

/// `2019-2021`.
fn year_range(s: &str) -> Option<Sem> {
    let (a, b) = s.split_once(['-', '–'])?;
    if a.len() != 4 || b.len() != 4 {
        return None;
    }
    let (a, b) = (parse_digits(a)? as i32, parse_digits(b)? as i32);
    let plausible = |y: i32| (1000..=2099).contains(&y);
    (plausible(a) && plausible(b) && a < b)
        .then(|| Sem::Range(Box::new(Sem::Year(a)), Box::new(Sem::Year(b))))
}

fn year(toks: &[Tok], i: usize) -> Option<Match> {
    let k = key(toks, i)?;
    if k == "fiscal" {
        let skip = usize::from(is(toks, i + 1, "year"));
        let y = year_number(toks, i + 1 + skip)?;
        return Some(Match {
            end: i + 2 + skip,
            sem: Sem::Year(y),
        });
    }
    let y = year_number(toks, i)?;
    if !stands_alone(toks, i) {
        return None;
    }
    Some(Match {
        end: i + 1,
        sem: Sem::Year(y),
    })
}

/// Whether the number at `i` is free of neighbours that make it a quantity, a phone number
/// or a model number.
fn stands_alone(toks: &[Tok], i: usize) -> bool {
    let before = i.checked_sub(1).map(|j| &toks[j]);
    let after = toks.get(i + 1);
    let number_near = |t: Option<&Tok>| t.is_some_and(|t| t.kind == TokenKind::Number);
    let money_or_sign = before.is_some_and(|t| {
        matches!(
            t.key.as_str(),
            "$" | "£" | "€" | "#" | "+" | "no" | "number"
        )
    });
    let unit_after = after.is_some_and(|t| {
        matches!(
            t.key.as_str(),
            "%" | "percent"
                | "people"
                | "km"
                | "miles"
                | "feet"
                | "metres"
                | "meters"
                | "tonnes"
                | "tons"
                | "pounds"
                | "dollars"
                | "euros"
                | "votes"
                | "points"
                | "pence"
                | "cents"
                | "yen"
                | "yuan"
                | "rupees"
                | "shares"
                | "barrels"
                | "kg"
                | "kilometres"
                | "kilometers"
                | "acres"
                | "hectares"
                | "jobs"
                | "seats"
                | "words"
        )
    });
    let product = before.is_some_and(|t| {
        t.kind == TokenKind::Word
            && t.capital
            && i >= 2
            && !lexicon::date_context(&t.key)
            && lexicon::month(&t.key).is_none()
            && lexicon::season(&t.key).is_none()
    });
    !(number_near(before) || number_near(after) || money_or_sign || unit_after || product)
}

fn year_words(toks: &[Tok], i: usize) -> Option<Match> {
    let skip = usize::from(is(toks, i, "year"));
    if let Some(y) = year_number(toks, i + skip).filter(|_| skip == 1) {
        return Some(Match {
            end: i + 2,
            sem: Sem::Year(y),
        });
    }
    let start = i + skip;
    let (first, j) = number_words(toks, start)?;
    if (2000..2100).contains(&first) {
        return (skip == 1 || first > 2000).then_some(Match {
            end: j,
            sem: Sem::Year(first as i32),
        });
    }
    if !(10..=20).contains(&first) || j != start + 1 {
        return None;
    }
    let (second, end) = number_words(toks, j)?;
    if !(10..100).contains(&second) {
        return None;
    }
    Some(Match {
        end,
        sem: Sem::Year((first * 100 + second) as i32),
    })
}

fn decade(toks: &[Tok], i: usize) -> Option<Match> {
    let t = toks.get(i)?;
    if let Some(tens) = spelled_decade(&t.key) {
        let before = |n: usize| i.checked_sub(n).and_then(|j| key(toks, j));
        let modifier = matches!(before(1), Some("early" | "mid" | "late"));
        return (before(1 + usize::from(modifier)) == Some("the")).then_some(Match {
            end: i + 1,
            sem: Sem::Decade(190 + tens),
        });
    }
    if t.key == "'" || t.key == "’" {
        let next = toks.get(i + 1)?;
        let digits = next.key.strip_suffix("s")?;
        let n = (digits.len() == 2).then(|| parse_digits(digits))??;
        let century = if n < 30 { 200 } else { 190 };
        return Some(Match {
            end: i + 2,
            sem: Sem::Decade(century + n as i32 / 10),
        });
    }
    let digits = t
        .key
        .strip_suffix("'s")
        .or_else(|| t.key.strip_suffix("’s"))
        .or_else(|| t.key.strip_suffix('s'))?;
    if let Some(short) = digits
        .strip_prefix('\'')
        .or_else(|| digits.strip_prefix('’'))
    {
        let n = (short.len() == 2).then(|| parse_digits(short))??;
        let century = if n < 30 { 200 } else { 190 };
        return Some(Match {
            end: i + 1,
            sem: Sem::Decade(century + n as i32 / 10),
        });
    }
    let y = (digits.len() == 4).then(|| parse_digits(digits))??;
    ((1000..=2090).contains(&y) && y % 10 == 0).then_some(Match {
        end: i + 1,
        sem: Sem::Decade(y as i32 / 10),
    })
}

/// The tens digit of a spelled decade ("nineties" is 9).
pub fn spelled_decade(key: &str) -> Option<i32> {
    let tens = match key {
        "twenties" => 2,
        "thirties" => 3,
        "forties" => 4,
        "fifties" => 5,
        "sixties" => 6,
        "seventies" => 7,
        "eighties" => 8,
        "nineties" => 9,
        _ => return None,
    };
    Some(tens)
}

fn century(toks: &[Tok], i: usize) -> Option<Match> {
    let n = lexicon::ordinal(key(toks, i)?).or_else(|| key(toks, i).and_then(ordinal_teens))?;
    let hyphen = usize::from(is(toks, i + 1, "-"));
    if !is(toks, i + 1 + hyphen, "century") {
        return None;
    }
    Some(Match {
        end: i + 2 + hyphen,
        sem: Sem::Century(n as i32 - 1),
    })
}

fn ordinal_teens(key: &str) -> Option<u32> {
    let words = [
        ("thirteenth", 13),
        ("fourteenth", 14),
        ("fifteenth", 15),
        ("sixteenth", 16),
        ("seventeenth", 17),
        ("eighteenth", 18),
        ("nineteenth", 19),
        ("twentieth", 20),
    ];
    words.iter().find(|(w, _)| *w == key).map(|&(_, n)| n)
}

fn season(toks: &[Tok], i: usize) -> Option<Match> {
    let (code, first_month) = lexicon::season(key(toks, i)?)?;
    let of = usize::from(is(toks, i + 1, "of"));
    if let Some(y) = year_number(toks, i + 1 + of) {
        return Some(Match {
            end: i + 2 + of,
            sem: Sem::Season {
                year: Some(y),
                code,
                first_month,
                dir: Dir::Tense,
            },
        });
    }
    if let Some(m) = year_words(toks, i + 1 + of) {
        if let Sem::Year(y) = m.sem {
            return Some(Match {
                end: m.end,
                sem: Sem::Season {
                    year: Some(y),
                    code,
                    first_month,
                    dir: Dir::Tense,
                },
            });
        }
    }
    let before = i.checked_sub(1).and_then(|j| key(toks, j))?;
    let noun_context = matches!(
        before,
        "the" | "early" | "late" | "mid" | "in" | "during" | "since" | "until" | "-"
    );
    let followed_by_preposition = matches!(key(toks, i + 1), Some("of" | "in" | "from" | "to"));
    if !noun_context || followed_by_preposition {
        return None;
    }
    Some(Match {
        end: i + 1,
        sem: Sem::Season {
            year: None,
            code,
            first_month,
            dir: Dir::Tense,
        },
    })
}

fn quarter_adjective(toks: &[Tok], i: usize) -> Option<Match> {
    let skip = usize::from(is(toks, i, "fiscal"));
    if !is(toks, i + skip + 1, "-") {
        return None;
    }
    quarter_of(toks, i)
}

fn quarter(toks: &[Tok], i: usize) -> Option<Match> {
    if let Some(year) = year_number(toks, i) {
        return numbered_year_quarter(toks, i + 1, year);
    }
    let skip = usize::from(is(toks, i, "fiscal"));
    if is(toks, i + skip + 1, "-") {
        return None;
    }
    quarter_of(toks, i)
}

fn quarter_of(toks: &[Tok], i: usize) -> Option<Match> {
    let k = key(toks, i)?;
    if let Some(q) = k
        .strip_prefix('q')
        .and_then(parse_digits)
        .filter(|q| (1..=4).contains(q))
    {
        let year = year_number(toks, i + 1);
        return Some(Match {
            end: i + 1 + usize::from(year.is_some()),
            sem: Sem::Quarter {
                year,
                quarter: q as u8,
            },
        });
    }
    let skip = usize::from(k == "fiscal");
    let q = lexicon::ordinal(key(toks, i + skip)?).filter(|q| (1..=4).contains(q))?;
    let mut j = i + skip + 1;
    j += usize::from(is(toks, j, "-"));
    j += usize::from(is(toks, j, "fiscal"));
    if !is(toks, j, "quarter") {
        return None;
    }
    j += 1;
    if !is(toks, j, "of") && in_a_game(toks) {
        return None;
    }
    let mut year = None;
    let of = usize::from(is(toks, j, "of"));
    let fiscal = usize::from(is(toks, j + of, "fiscal"));
    if let Some(y) = year_number(toks, j + of + fiscal) {
        year = Some(y);
        j += of + fiscal + 1;
    }
    Some(Match {
        end: j,
        sem: Sem::Quarter {
            year,
            quarter: q as u8,
        },
    })
}

/// "1988 third quarter", "1988 quarter" (the latest completed quarter's number), "1988
/// period" after the year at `i - 1`.
fn numbered_year_quarter(toks: &[Tok], i: usize, year: i32) -> Option<Match> {
    let quarter = key(toks, i)
        .and_then(lexicon::ordinal)
        .filter(|q| (1..=4).contains(q));
    let j = i + usize::from(quarter.is_some());
    if quarter.is_none() && is(toks, j, "period") {
        return Some(Match {
            end: j + 1,
            sem: Sem::PeriodOf(year),
        });
    }
    is(toks, j, "quarter").then(|| Match {
        end: j + 1,
        sem: Sem::QuarterOf {
            year: YearRef::Absolute(year),
            quarter: quarter.map(|q| q as u8),
        },
    })
}

fn half(toks: &[Tok], i: usize) -> Option<Match> {
    let h = match key(toks, i)? {
        "first" => 1,
        "second" | "last" => 2,
        _ => return None,
    };
    let hyphen = usize::from(is(toks, i + 1, "-"));
    if !is(toks, i + 1 + hyphen, "half") || i == 0 || !is(toks, i - 1, "the") {
        return None;
    }
    let mut end = i + 2 + hyphen;
    let mut year = None;
    if is(toks, end, "of") {
        if let Some(y) = year_number(toks, end + 1) {
            year = Some(y);
            end += 2;
        }
    }
    if year.is_none() && !is(toks, end, "of") && in_a_game(toks) {
        return None;
    }
    Some(Match {
        end,
        sem: Sem::Half { year, half: h },
    })
}

/// Words only a match report uses: there "the second half" or "the first quarter" is part of
/// the game, not of the year.
const GAME_WORDS: &[&str] = &[
    "scored",
    "goal",
    "goals",
    "try",
    "tries",
    "penalty",
    "kick",
    "kicking",
    "match",
    "half-time",
    "pitch",
    "striker",
    "winger",
    "referee",
    "tackle",
    "wicket",
    "innings",
    "equaliser",
    "header",
    "conversion",
    "whistle",
    "substitute",
    "fly-half",
    "scrum",
    "touchline",
    "free-kick",
    "kick-off",
];

/// Whether the sentence reports a game.
fn in_a_game(toks: &[Tok]) -> bool {
    toks.iter().any(|t| GAME_WORDS.contains(&t.key.as_str()))
}
