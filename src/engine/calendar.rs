//! Proleptic Gregorian calendar arithmetic on plain dates.
//!
//! Just enough calendar for normalising news dates: validation, ISO parsing and printing,
//! weekdays, day arithmetic and ISO weeks. It is not a time-zone library and never reads
//! the clock.

use std::fmt;

/// A calendar date (proleptic Gregorian), always valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilDate {
    year: i32,
    month: u8,
    day: u8,
}

/// Days of the week, Monday first as in ISO 8601.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weekday {
    /// Monday.
    Mon,
    /// Tuesday.
    Tue,
    /// Wednesday.
    Wed,
    /// Thursday.
    Thu,
    /// Friday.
    Fri,
    /// Saturday.
    Sat,
    /// Sunday.
    Sun,
}

impl Weekday {
    const ALL: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];

    /// 0 for Monday up to 6 for Sunday.
    pub fn index(self) -> i64 {
        self as i64
    }

    /// The weekday with ISO index `i` (taken modulo 7).
    pub fn from_index(i: i64) -> Weekday {
        Weekday::ALL[i.rem_euclid(7) as usize]
    }
}

/// Whether `year` is a Gregorian leap year.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in `month` (1–12) of `year`; 0 for an invalid month.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl CivilDate {
    /// The date, if it exists (years 1–9999).
    pub fn new(year: i32, month: u8, day: u8) -> Option<CivilDate> {
        let valid = (1..=9999).contains(&year) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(CivilDate { year, month, day })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<CivilDate> {
        let mut parts = s.trim().splitn(3, '-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        CivilDate::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1–12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1–31.
    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01, if within years 1–9999.
    pub fn from_days(days: i64) -> Option<CivilDate> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = yoe + era * 400 + i64::from(month <= 2);
        CivilDate::new(i32::try_from(year).ok()?, month, day)
    }

    /// This date moved by `days` (saturating at the calendar's ends by returning `None`).
    pub fn add_days(self, days: i64) -> Option<CivilDate> {
        CivilDate::from_days(self.to_days().checked_add(days)?)
    }

    /// The day of the week.
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (index 3).
        Weekday::from_index(self.to_days() + 3)
    }

    /// The `n`-th (1-based) `weekday` of a month, or with `n == 0` its last one
    /// (Thanksgiving is the fourth Thursday of November, Memorial Day the last Monday of May).
    pub fn nth_weekday(year: i32, month: u8, weekday: Weekday, n: u8) -> Option<CivilDate> {
        if n == 0 {
            let last = CivilDate::new(year, month, days_in_month(year, month))?;
            let back = (last.weekday().index() - weekday.index()).rem_euclid(7);
            return last.add_days(-back);
        }
        let first = CivilDate::new(year, month, 1)?;
        let forward = (weekday.index() - first.weekday().index()).rem_euclid(7);
        let day = first.add_days(forward + 7 * (i64::from(n) - 1))?;
        (day.month() == month).then_some(day)
    }

    /// The ISO 8601 week-numbering year and week (1–53).
    pub fn iso_week(self) -> (i32, u8) {
        let thursday = self.to_days() - self.weekday().index() + 3;
        let thursday = CivilDate::from_days(thursday).unwrap_or(self);
        let jan1 = CivilDate {
            year: thursday.year,
            month: 1,
            day: 1,
        };
        let week = (thursday.to_days() - jan1.to_days()) / 7 + 1;
        (thursday.year, week as u8)
    }
}

impl fmt::Display for CivilDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> CivilDate {
        CivilDate::parse_iso(s).unwrap()
    }

    #[test]
    fn nth_and_last_weekdays_of_a_month() {
        let thanksgiving = CivilDate::nth_weekday(1999, 11, Weekday::Thu, 4);
        assert_eq!(thanksgiving, Some(date("1999-11-25")));
        let memorial = CivilDate::nth_weekday(2025, 5, Weekday::Mon, 0);
        assert_eq!(memorial, Some(date("2025-05-26")));
        assert_eq!(CivilDate::nth_weekday(2025, 2, Weekday::Mon, 5), None);
    }

    #[test]
    fn rejects_impossible_dates() {
        assert!(CivilDate::new(2025, 2, 29).is_none());
        assert!(CivilDate::new(2024, 2, 29).is_some());
        assert!(CivilDate::new(2025, 13, 1).is_none());
        assert!(CivilDate::parse_iso("2025-7-23").is_none());
    }

    #[test]
    fn day_arithmetic_round_trips() {
        for s in [
            "1970-01-01",
            "2000-02-29",
            "2025-07-23",
            "1600-03-01",
            "0001-01-01",
        ] {
            let d = date(s);
            assert_eq!(CivilDate::from_days(d.to_days()), Some(d), "{s}");
        }
        assert_eq!(date("2025-07-23").add_days(2), Some(date("2025-07-25")));
        assert_eq!(date("2025-03-01").add_days(-1), Some(date("2025-02-28")));
    }

    #[test]
    fn weekdays_and_iso_weeks() {
        assert_eq!(date("2025-07-23").weekday(), Weekday::Wed);
        assert_eq!(date("1970-01-01").weekday(), Weekday::Thu);
        assert_eq!(date("2025-07-23").iso_week(), (2025, 30));
        assert_eq!(date("2021-01-03").iso_week(), (2020, 53));
        assert_eq!(date("2024-12-30").iso_week(), (2025, 1));
    }
}
