//! The calendar period a TimeML value names, as a first and last day (days since
//! 1970-01-01): `2025-05-07`, `2025-05`, `2025`, `2025-W30`, `2025-Q3`, `2025-H1`,
//! `2025-SU`, `199` (a decade), `19` (a century), with any `T...` time part ignored.
//!
//! Values with placeholders (`XXXX-05-07`), references (`PRESENT_REF`) and durations name
//! no period and give `None`.

use crate::engine::calendar::{days_in_month, CivilDate};

/// A stretch of calendar days, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// First day, in days since 1970-01-01.
    pub first: i64,
    /// Last day, in days since 1970-01-01.
    pub last: i64,
}

/// The period `value` names, if it names one.
pub fn period_of(value: &str) -> Option<Period> {
    let date_part = value.split('T').next()?;
    let parts: Vec<&str> = date_part.split('-').collect();
    let number = |s: &str| -> Option<i32> {
        (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    match parts.as_slice() {
        [y] if y.len() == 4 => months(number(y)?, 1, 12),
        [d] if d.len() == 3 => {
            let start = number(d)? * 10;
            join(months(start.max(1), 1, 1)?, months(start + 9, 12, 12)?)
        }
        [c] if c.len() == 2 => {
            let start = number(c)? * 100;
            join(months(start.max(1), 1, 1)?, months(start + 99, 12, 12)?)
        }
        [y, m] if m.len() == 2 && number(m).is_some() => {
            let m = number(m)? as u8;
            months(number(y)?, m, m)
        }
        [y, q] if q.starts_with('Q') => {
            let q = number(&q[1..])? as u8;
            (1..=4).contains(&q).then_some(())?;
            months(number(y)?, q * 3 - 2, q * 3)
        }
        [y, h] if h.starts_with('H') => {
            let h = number(&h[1..])? as u8;
            (1..=2).contains(&h).then_some(())?;
            months(number(y)?, h * 6 - 5, h * 6)
        }
        [y, s] if matches!(*s, "SP" | "SU" | "FA" | "WI") => {
            let y = number(y)?;
            match *s {
                "SP" => months(y, 3, 5),
                "SU" => months(y, 6, 8),
                "FA" => months(y, 9, 11),
                _ => join(months(y, 12, 12)?, months(y + 1, 2, 2)?),
            }
        }
        [y, w, ..] if w.starts_with('W') => week(number(y)?, number(&w[1..])?),
        [y, m, d] => {
            let day = CivilDate::new(number(y)?, number(m)? as u8, number(d)? as u8)?.to_days();
            Some(Period {
                first: day,
                last: day,
            })
        }
        _ => None,
    }
}

fn months(year: i32, first: u8, last: u8) -> Option<Period> {
    let start = CivilDate::new(year, first, 1)?;
    let end = CivilDate::new(year, last, days_in_month(year, last))?;
    Some(Period {
        first: start.to_days(),
        last: end.to_days(),
    })
}

fn join(a: Period, b: Period) -> Option<Period> {
    Some(Period {
        first: a.first,
        last: b.last,
    })
}

fn week(year: i32, week: i32) -> Option<Period> {
    if !(1..=53).contains(&week) {
        return None;
    }
    let jan4 = CivilDate::new(year, 1, 4)?;
    let monday = jan4.to_days() - jan4.weekday().index() + i64::from(week - 1) * 7;
    Some(Period {
        first: monday,
        last: monday + 6,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn days(s: &str) -> i64 {
        CivilDate::parse_iso(s).unwrap().to_days()
    }

    #[test]
    fn periods_of_common_values() {
        let may = period_of("2025-05").unwrap();
        assert_eq!(
            (may.first, may.last),
            (days("2025-05-01"), days("2025-05-31"))
        );
        let day = period_of("2025-05-07T15:00").unwrap();
        assert_eq!(day.first, days("2025-05-07"));
        let week = period_of("2025-W30").unwrap();
        assert_eq!(
            (week.first, week.last),
            (days("2025-07-21"), days("2025-07-27"))
        );
        let q3 = period_of("1989-Q3").unwrap();
        assert_eq!(q3.last, days("1989-09-30"));
        assert_eq!(period_of("199").unwrap().first, days("1990-01-01"));
    }

    #[test]
    fn placeholders_and_references_name_no_period() {
        for v in ["XXXX-05-07", "PRESENT_REF", "P3D", "", "2025-13", "2025-Q9"] {
            assert_eq!(period_of(v), None, "{v}");
        }
    }
}
