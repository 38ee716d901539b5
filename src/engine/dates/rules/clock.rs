//! Clock times: "3pm", "3:30 p.m.", "15:00 GMT", "1430 GMT", "noon", with an optional zone and day
//! ("10 p.m. Wednesday", "noon Thursday").
//!
//! A bare `hh:mm` is a time only with two-digit minutes and an hour below 24. Zones are part
//! of the extent but not of the value (TimeML values carry no zone here).

use crate::engine::text::TokenKind;

use super::super::grammar::{is, key, Match, Rule, Tok};
use super::super::lexicon::{self, parse_digits, Unit};
use super::super::normalise::{Dir, Sem};

/// "3pm", "15:00 GMT", "noon Thursday".
pub static CLOCK: Rule = Rule {
    id: "time.clock",
    reason: "a clock time with am/pm, a 24-hour hh:mm, noon or midnight; zone and day \
             optional; \"high noon\" is a showdown, not a time",
    takes_the: false,
    parse: clock,
};

const ZONES: &[&str] = &[
    "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest",
    "ist", "pkt", "jst", "et", "pt", "aest", "msk", "eet",
];

fn clock(toks: &[Tok], i: usize) -> Option<Match> {
    let (hour, minute, mut end) = time_of_day(toks, i).or_else(|| zoned_hhmm(toks, i))?;
    if is(toks, end, "local") && is(toks, end + 1, "time") {
        end += 2;
    } else if key(toks, end).is_some_and(|k| ZONES.contains(&k)) {
        end += 1;
    }
    let (day, day_end) = day_after(toks, end);
    Some(Match {
        end: day_end,
        sem: Sem::Clock {
            hour,
            minute,
            day: day.map(Box::new),
        },
    })
}

/// "1430 GMT": four digits with a zone after them are a 24-hour time, not a year.
fn zoned_hhmm(toks: &[Tok], i: usize) -> Option<(u8, u8, usize)> {
    let t = toks.get(i).filter(|t| t.kind == TokenKind::Number)?;
    let zoned = key(toks, i + 1).is_some_and(|k| ZONES.contains(&k));
    if !zoned || t.key.len() != 4 || !t.key.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let hour: u8 = t.key[..2].parse().ok()?;
    let minute: u8 = t.key[2..].parse().ok()?;
    (hour < 24 && minute < 60).then_some((hour, minute, i + 1))
}

fn day_after(toks: &[Tok], i: usize) -> (Option<Sem>, usize) {
    let comma = usize::from(is(toks, i, ","));
    if let Some(m) = super::absolute::month_day_at(toks, i + comma) {
        return (Some(m.sem), m.end);
    }
    let on = usize::from(is(toks, i, "on"));
    let Some(t) = toks.get(i + on) else {
        return (None, i);
    };
    if let Some(weekday) = lexicon::weekday(&t.key).filter(|_| t.capital) {
        let sem = Sem::Weekday {
            weekday,
            dir: Dir::Tense,
            part: None,
        };
        return (Some(sem), i + on + 1);
    }
    let offset = match t.key.as_str() {
        "today" => 0,
        "yesterday" => -1,
        "tomorrow" => 1,
        _ => return (None, i),
    };
    let sem = Sem::Shift {
        unit: Unit::Day,
        offset,
        part: None,
    };
    (Some(sem), i + on + 1)
}

/// A time of day at `i`: hour, minute and the index after it. Midnight is hour 24, the end
/// of its day ("midnight Friday" closes Friday), as TimeML writes it.
pub fn time_of_day(toks: &[Tok], i: usize) -> Option<(u8, u8, usize)> {
    let t = toks.get(i)?;
    let high = i.checked_sub(1).is_some_and(|j| is(toks, j, "high"));
    match t.key.as_str() {
        "noon" if high => return None,
        "noon" | "midday" => return Some((12, 0, i + 1)),
        "midnight" => return Some((24, 0, i + 1)),
        _ => {}
    }
    if t.kind == TokenKind::Word {
        let (digits, meridiem) = split_meridiem(&t.key)?;
        let (h, m) = hour_minute(digits)?;
        return Some((apply_meridiem(h, meridiem)?, m, i + 1));
    }
    if t.kind != TokenKind::Number {
        return None;
    }
    let (h, m) = hour_minute(&t.key)?;
    if let Some(meridiem) = key(toks, i + 1).and_then(meridiem) {
        return Some((apply_meridiem(h, meridiem)?, m, i + 2));
    }
    if is(toks, i + 1, "o'clock") {
        return Some((h, 0, i + 2));
    }
    let has_colon = t.key.contains(':');
    (has_colon && h < 24).then_some((h, m, i + 1))
}

fn meridiem(key: &str) -> Option<bool> {
    match key {
        "am" | "a.m" => Some(false),
        "pm" | "p.m" => Some(true),
        _ => None,
    }
}

fn split_meridiem(key: &str) -> Option<(&str, bool)> {
    for (suffix, pm) in [("a.m", false), ("p.m", true), ("am", false), ("pm", true)] {
        if let Some(digits) = key.strip_suffix(suffix) {
            if !digits.is_empty() {
                return Some((digits, pm));
            }
        }
    }
    None
}

fn hour_minute(s: &str) -> Option<(u8, u8)> {
    let (h, m) = match s.split_once([':', '.']) {
        Some((h, m)) if m.len() == 2 => (parse_digits(h)?, parse_digits(m)?),
        Some(_) => return None,
        None => (parse_digits(s)?, 0),
    };
    (h < 24 && m < 60 && !s.is_empty() && s.len() <= 5).then_some((h as u8, m as u8))
}

fn apply_meridiem(h: u8, pm: bool) -> Option<u8> {
    if !(1..=12).contains(&h) {
        return None;
    }
    Some(match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    })
}
