//! The normaliser: from what a rule recognised ([`Sem`]) to a TIMEX3 type and TimeML value,
//! given the reference date, the sentence's tense and the last fully dated expression.
//!
//! Underspecified dates resolve by tense: a bare "May 7" in a past-tense sentence is the
//! latest May 7 on or before the reference (or up to 90 days after it: reported plans), in a
//! future one the next, otherwise the nearest. A bare weekday without tense is the latest one
//! unless the next is at most two days ahead (news reports the past: in TBAQ 95% of weekdays
//! are on or before the creation date). "last spring" is the previous year's.
//! Without a reference date, values keep `X` placeholders (`XXXX-05-07`). This module finds
//! nothing in text; see [`super::grammar`] and [`super::rules`].

use crate::engine::calendar::{days_in_month, CivilDate, Weekday};

use super::grammar::Amount;
use super::lexicon::Unit;
use super::tense::Tense;
use super::TimexType;

/// Which occurrence an underspecified expression means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    /// Decided by the sentence's tense.
    Tense,
    /// The latest one before the reference ("last May").
    Last,
    /// The one of the reference's own period ("this Friday").
    This,
    /// The first one after the reference ("next Tuesday").
    Next,
}

/// What an expression means, before resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sem {
    /// A day of a month, maybe without a year; `to` ends a range ("May 7-10").
    Day {
        year: Option<i32>,
        month: u8,
        day: u8,
        to: Option<u8>,
    },
    /// A month, maybe without a year.
    Month {
        year: Option<i32>,
        month: u8,
        dir: Dir,
    },
    /// A year.
    Year(i32),
    /// A decade, as its first three digits (199 for the 1990s).
    Decade(i32),
    /// A century, as its first two digits (19 for the 20th century).
    Century(i32),
    /// A season of a year.
    Season {
        year: Option<i32>,
        code: &'static str,
        first_month: u8,
        dir: Dir,
    },
    /// A quarter of a year.
    Quarter { year: Option<i32>, quarter: u8 },
    /// The latest completed quarter, `years_back` years earlier ("the year-ago quarter").
    LatestQuarter { years_back: i32 },
    /// A quarter of a year named by number or counted from the reference ("the 1988 third
    /// quarter", "next year's first quarter"); without an ordinal ("last year's quarter"),
    /// the quarter the latest completed one is.
    QuarterOf { year: YearRef, quarter: Option<u8> },
    /// A half of a year.
    Half { year: Option<i32>, half: u8 },
    /// A weekday, maybe with a part of the day ("Tuesday night"); the part shows only when the
    /// reference is missing: TBAQ values "Friday night" as the day more often than not.
    Weekday {
        weekday: Weekday,
        dir: Dir,
        part: Option<&'static str>,
    },
    /// "The previous Friday": the latest such weekday before the last dated day, else
    /// before the reference.
    WeekdayBeforeAnchor(Weekday),
    /// The reference shifted by whole units ("yesterday", "last week", "two years ago").
    Shift {
        unit: Unit,
        offset: i64,
        part: Option<&'static str>,
    },
    /// "the past week": the seven days up to the reference, valued as the week holding most
    /// of them.
    TrailingWeek,
    /// A weekend ("the weekend", "last weekend").
    Weekend { dir: Dir },
    /// A named holiday ("Thanksgiving", "last Christmas").
    Holiday { holiday: Holiday, dir: Dir },
    /// "A year ago": the same period a year back, a quarter in quarterly-results talk.
    YearAgo,
    /// "The year-earlier period": the reporting period named just before, a year back; after
    /// a count of months ("For the nine months, ...") that length (`P9M`, as TimeBank values
    /// it), otherwise as [`Sem::YearAgo`].
    YearAgoPeriod,
    /// "The 1988 period": that year's part of the period being reported: its quarter in
    /// quarterly talk, else the year (also after a count of months, "the first nine
    /// months ... the 1988 period").
    PeriodOf(i32),
    /// Counted from the last dated expression ("two days later").
    FromAnchor { unit: Unit, offset: i64 },
    /// A clock time, on a given day; without one, in past talk the last dated day ("it
    /// exploded on Friday ... at 10:35 a.m."), otherwise the reference day.
    Clock {
        hour: u8,
        minute: u8,
        day: Option<Box<Sem>>,
    },
    /// A length of time.
    Duration { amount: Amount, unit: Unit },
    /// "in five years": in future talk the date that far ahead of the reference, otherwise
    /// the length ("the second letter in two weeks").
    Within { amount: u32, unit: Unit },
    /// A recurrence with its TimeML value.
    Set(String),
    /// `PRESENT_REF`, `PAST_REF` or `FUTURE_REF`.
    Ref(&'static str),
    /// A first and last date ("from 2019 to 2021"), resolved apart.
    Range(Box<Sem>, Box<Sem>),
}

/// A year given by number or as years from the reference's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearRef {
    /// "1988".
    Absolute(i32),
    /// "next year" is +1.
    Offset(i32),
}

/// A holiday's place in the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Holiday {
    /// Its month.
    pub month: u8,
    /// Its day.
    pub day: HolidayDay,
}

/// Which day of its month a holiday falls on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HolidayDay {
    /// Always the same day number (Christmas: 25).
    Fixed(u8),
    /// The n-th weekday of the month, 0 for the last one (Thanksgiving: 4th Thursday).
    Nth(Weekday, u8),
    /// The day after the n-th weekday (US Election Day: the Tuesday after the first Monday
    /// of November).
    DayAfterNth(Weekday, u8),
}

impl Holiday {
    /// Its date in `year`.
    pub fn in_year(self, year: i32) -> Option<CivilDate> {
        match self.day {
            HolidayDay::Fixed(d) => CivilDate::new(year, self.month, d),
            HolidayDay::Nth(w, n) => CivilDate::nth_weekday(year, self.month, w, n),
            HolidayDay::DayAfterNth(w, n) => {
                CivilDate::nth_weekday(year, self.month, w, n).and_then(|d| d.add_days(1))
            }
        }
    }
}

/// What the normaliser knows when resolving one expression.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    /// The reference date.
    pub reference: Option<CivilDate>,
    /// The tense around the expression.
    pub tense: Tense,
    /// The last expression resolved to a day or month, for "two days later".
    pub anchor: Option<Anchor>,
    /// A year written out after that anchor ("in 1988"), held as its first day, for "that
    /// year" and "four years later"; shorter units still count from [`Context::anchor`].
    pub anchor_year: Option<CivilDate>,
    /// Whether the sentence talks of quarters (financial results).
    pub quarterly: bool,
    /// The months of a reporting period named in this or the previous sentence ("For the
    /// nine months"), if that was the last period named.
    pub period_months: Option<u32>,
}

/// The last dated expression, which "two days later" counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// A full day ("May 7").
    Day(CivilDate),
    /// A month, held as its first day ("in October"): "the following month" counts from
    /// it, but "that same day" has no known day in it.
    Month(CivilDate),
}

/// A resolved expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// TIMEX3 type.
    pub kind: TimexType,
    /// TimeML value.
    pub value: String,
    /// The value of the range's end, for ranges.
    pub end: Option<String>,
    /// The full day it names, if it names one (becomes the next anchor).
    pub day: Option<CivilDate>,
}

impl Resolved {
    fn date(value: String) -> Resolved {
        Resolved {
            kind: TimexType::Date,
            value,
            end: None,
            day: None,
        }
    }

    fn on(day: CivilDate) -> Resolved {
        Resolved {
            kind: TimexType::Date,
            value: day.to_string(),
            end: None,
            day: Some(day),
        }
    }

    fn with_kind(mut self, kind: TimexType) -> Resolved {
        self.kind = kind;
        self
    }
}

/// Resolves `sem` in `ctx`.
pub fn resolve(sem: &Sem, ctx: &Context) -> Resolved {
    match *sem {
        Sem::Day {
            year,
            month,
            day,
            to,
        } => resolve_day(year, month, day, to, ctx),
        Sem::Month { year, month, dir } => {
            let year = year.or_else(|| month_year(month, dir, ctx));
            Resolved::date(format!("{}-{month:02}", year_str(year)))
        }
        Sem::Year(y) => Resolved::date(format!("{y:04}")),
        Sem::Decade(d) => Resolved::date(format!("{d:03}")),
        Sem::Century(c) => Resolved::date(format!("{c:02}")),
        Sem::Season {
            year,
            code,
            first_month,
            dir,
        } => {
            let year = year.or_else(|| season_year(first_month, dir, ctx));
            Resolved::date(format!("{}-{code}", year_str(year)))
        }
        Sem::Quarter { year, quarter } => {
            let year = year.or_else(|| quarter_year(quarter, ctx));
            Resolved::date(format!("{}-Q{quarter}", year_str(year)))
        }
        Sem::LatestQuarter { years_back } => match ctx.reference {
            Some(r) => {
                let (y, q) = previous_quarter(r);
                Resolved::date(format!("{:04}-Q{q}", y - years_back))
            }
            None => Resolved::date("XXXX-QX".to_string()),
        },
        Sem::QuarterOf { year, quarter } => resolve_quarter_of(year, quarter, ctx),
        Sem::Half { year, half } => {
            let year = year.or(ctx.reference.map(CivilDate::year));
            Resolved::date(format!("{}-H{half}", year_str(year)))
        }
        Sem::Weekday { weekday, dir, part } => resolve_weekday(weekday, dir, part, ctx),
        Sem::WeekdayBeforeAnchor(weekday) => {
            let from = match ctx.anchor {
                Some(Anchor::Day(day)) => Some(day),
                _ => ctx.reference,
            };
            let anchored = Context {
                reference: from,
                ..*ctx
            };
            resolve_weekday(weekday, Dir::Last, None, &anchored)
        }
        Sem::Shift { unit, offset, part } => shift(ctx.reference, unit, offset, part),
        Sem::Weekend { dir } => weekend(dir, ctx),
        Sem::TrailingWeek => shift(
            ctx.reference.and_then(|r| r.add_days(-3)),
            Unit::Week,
            0,
            None,
        ),
        Sem::Holiday { holiday, dir } => resolve_holiday(holiday, dir, ctx),
        Sem::YearAgo => match (ctx.reference, ctx.quarterly) {
            (Some(_), true) => resolve(&Sem::LatestQuarter { years_back: 1 }, ctx),
            _ => shift(ctx.reference, Unit::Year, -1, None),
        },
        Sem::YearAgoPeriod => match ctx.period_months {
            Some(n) => resolve(
                &Sem::Duration {
                    amount: Amount::Exact(n),
                    unit: Unit::Month,
                },
                ctx,
            ),
            None => resolve(&Sem::YearAgo, ctx),
        },
        Sem::PeriodOf(year) if ctx.quarterly && ctx.period_months.is_none() => resolve(
            &Sem::QuarterOf {
                year: YearRef::Absolute(year),
                quarter: None,
            },
            ctx,
        ),
        Sem::PeriodOf(year) => Resolved::date(format!("{year:04}")),
        Sem::FromAnchor { unit, offset } => from_anchor(unit, offset, ctx),
        Sem::Clock {
            hour,
            minute,
            ref day,
        } => {
            let base = match day {
                Some(day) => resolve(day, ctx).value,
                None => ctx
                    .anchor
                    .filter(|_| ctx.tense == Tense::Past)
                    .and_then(|a| match a {
                        Anchor::Day(d) => Some(d),
                        Anchor::Month(_) => None,
                    })
                    .or(ctx.reference)
                    .map_or_else(|| "XXXX-XX-XX".to_string(), |r| r.to_string()),
            };
            let base = base.split('T').next().unwrap_or_default().to_string();
            Resolved::date(format!("{base}T{hour:02}:{minute:02}")).with_kind(TimexType::Time)
        }
        Sem::Duration { amount, unit } => {
            Resolved::date(duration_value(amount, unit)).with_kind(TimexType::Duration)
        }
        Sem::Within { amount, unit } if ctx.tense == Tense::Future => {
            shift(ctx.reference, unit, i64::from(amount), None)
        }
        Sem::Within { amount, unit } => {
            let amount = Amount::Exact(amount);
            Resolved::date(duration_value(amount, unit)).with_kind(TimexType::Duration)
        }
        Sem::Set(ref value) => Resolved::date(value.clone()).with_kind(TimexType::Set),
        Sem::Ref(value) => Resolved::date(value.to_string()),
        Sem::Range(ref from, ref to) => {
            let mut first = resolve(from, ctx);
            first.end = Some(resolve(to, ctx).value);
            first
        }
    }
}

fn year_str(year: Option<i32>) -> String {
    year.map_or_else(|| "XXXX".to_string(), |y| format!("{y:04}"))
}

fn resolve_day(year: Option<i32>, month: u8, day: u8, to: Option<u8>, ctx: &Context) -> Resolved {
    let year = year.or_else(|| day_year(month, day, ctx));
    let Some(date) = year.and_then(|y| CivilDate::new(y, month, day)) else {
        let mut out = Resolved::date(format!("{}-{month:02}-{day:02}", year_str(year)));
        out.end = to.map(|t| format!("{}-{month:02}-{t:02}", year_str(year)));
        return out;
    };
    let mut out = Resolved::on(date);
    out.end = to
        .and_then(|t| CivilDate::new(date.year(), month, t))
        .map(|d| d.to_string());
    out
}

/// How far ahead of the reference a date reported in past tense may still lie in the
/// reference's year ("said the hearing is on March 12", written in February).
const NEAR_FUTURE_DAYS: i64 = 90;

/// How far behind the reference a date in future tense may still lie in the reference's
/// year: a tense read a clause away is often not the date's ("the Aug. 7 bombings, which
/// will …"), but a plan a month gone is next year's ("will be held on 6 January", written
/// in March).
const FUTURE_SLACK_DAYS: i64 = 30;

/// The year of a year-less day, by tense: without one, the year puts it within
/// [`NEAR_FUTURE_DAYS`] ahead or a year less that behind ("payable Jan. 2" in November is
/// next January); in future tense, no more than [`FUTURE_SLACK_DAYS`] behind.
fn day_year(month: u8, day: u8, ctx: &Context) -> Option<i32> {
    let r = ctx.reference?;
    let candidate = |y: i32| CivilDate::new(y, month, day.min(days_in_month(y, month)));
    let this = candidate(r.year())?;
    let ahead = this.to_days() - r.to_days();
    Some(match ctx.tense {
        Tense::Past | Tense::Present if ahead > NEAR_FUTURE_DAYS => r.year() - 1,
        Tense::Future if ahead < -FUTURE_SLACK_DAYS => r.year() + 1,
        Tense::Present if ahead < NEAR_FUTURE_DAYS - 365 => r.year() + 1,
        Tense::Past | Tense::Future | Tense::Present => r.year(),
    })
}

fn nearest_year(r: CivilDate, candidate: impl Fn(i32) -> Option<CivilDate>) -> i32 {
    let mut best = (i64::MAX, r.year());
    for y in [r.year(), r.year() - 1, r.year() + 1] {
        if let Some(d) = candidate(y) {
            let distance = (d.to_days() - r.to_days()).abs();
            if distance < best.0 {
                best = (distance, y);
            }
        }
    }
    best.1
}

fn month_year(month: u8, dir: Dir, ctx: &Context) -> Option<i32> {
    let r = ctx.reference?;
    let (y, m) = (r.year(), r.month());
    Some(match (dir, ctx.tense) {
        (Dir::This, _) => y,
        (Dir::Last, _) => y - i32::from(month >= m),
        (Dir::Next, _) => y + i32::from(month <= m),
        (Dir::Tense, Tense::Past) => y - i32::from(month > m + 2),
        (Dir::Tense, Tense::Future) => y + i32::from(month < m),
        (Dir::Tense, Tense::Present) => nearest_year(r, |year| CivilDate::new(year, month, 15)),
    })
}

fn season_year(first_month: u8, dir: Dir, ctx: &Context) -> Option<i32> {
    let r = ctx.reference?;
    let (y, m) = (r.year(), r.month());
    let started = first_month <= m;
    Some(match (dir, ctx.tense) {
        (Dir::Last, _) => y - 1,
        (Dir::Next, _) => y + i32::from(started),
        (Dir::Tense, Tense::Past) => y - i32::from(!started),
        _ => y,
    })
}

fn quarter_year(quarter: u8, ctx: &Context) -> Option<i32> {
    let r = ctx.reference?;
    let current = (r.month() - 1) / 3 + 1;
    Some(r.year() - i32::from(quarter > current && ctx.tense == Tense::Past))
}

fn resolve_quarter_of(year: YearRef, quarter: Option<u8>, ctx: &Context) -> Resolved {
    let latest = ctx.reference.map(previous_quarter);
    let year = match year {
        YearRef::Absolute(y) => Some(y),
        YearRef::Offset(n) if quarter.is_none() => latest.map(|(y, _)| y + n),
        YearRef::Offset(n) => ctx.reference.map(|r| r.year() + n),
    };
    let quarter = quarter
        .or(latest.map(|(_, q)| q))
        .map_or_else(|| "X".to_string(), |q| q.to_string());
    Resolved::date(format!("{}-Q{quarter}", year_str(year)))
}

fn previous_quarter(r: CivilDate) -> (i32, u8) {
    let current = (r.month() - 1) / 3 + 1;
    if current == 1 {
        (r.year() - 1, 4)
    } else {
        (r.year(), current - 1)
    }
}

fn resolve_weekday(
    weekday: Weekday,
    dir: Dir,
    part: Option<&'static str>,
    ctx: &Context,
) -> Resolved {
    let suffix = part.map(|p| format!("T{p}")).unwrap_or_default();
    let Some(r) = ctx.reference else {
        return Resolved::date(format!("XXXX-WXX-{}{suffix}", weekday.index() + 1));
    };
    let back = (r.weekday().index() - weekday.index()).rem_euclid(7);
    let forward = (weekday.index() - r.weekday().index()).rem_euclid(7);
    let offset = match (dir, ctx.tense) {
        (Dir::Last, _) => -(if back == 0 { 7 } else { back }),
        (Dir::Next, _) => {
            if forward == 0 {
                7
            } else {
                forward
            }
        }
        (Dir::This, _) | (Dir::Tense, Tense::Future) => forward,
        (Dir::Tense, Tense::Past) => -back,
        (Dir::Tense, Tense::Present) => {
            if forward < back && forward <= 2 {
                forward
            } else {
                -back
            }
        }
    };
    match r.add_days(offset) {
        Some(day) => Resolved::on(day),
        None => Resolved::date(format!("XXXX-WXX-{}{suffix}", weekday.index() + 1)),
    }
}

/// A holiday's date: last/next move to the one before/after the reference, otherwise its
/// year is chosen by tense as for any year-less day.
fn resolve_holiday(holiday: Holiday, dir: Dir, ctx: &Context) -> Resolved {
    let unknown = || {
        let day = match holiday.day {
            HolidayDay::Fixed(d) => format!("{d:02}"),
            HolidayDay::Nth(..) | HolidayDay::DayAfterNth(..) => "XX".to_string(),
        };
        Resolved::date(format!("XXXX-{:02}-{day}", holiday.month))
    };
    let Some(r) = ctx.reference else {
        return unknown();
    };
    let this = holiday.in_year(r.year());
    let year = match dir {
        Dir::Last => r.year() - i32::from(this.is_none_or(|d| d >= r)),
        Dir::Next => r.year() + i32::from(this.is_none_or(|d| d <= r)),
        Dir::This => r.year(),
        Dir::Tense => {
            let day = this.map_or(15, CivilDate::day);
            day_year(holiday.month, day, ctx).unwrap_or(r.year())
        }
    };
    holiday.in_year(year).map_or_else(unknown, Resolved::on)
}

/// The weekend meant: the coming one in future talk or on a weekend, else the last one.
fn weekend(dir: Dir, ctx: &Context) -> Resolved {
    let Some(r) = ctx.reference else {
        return Resolved::date("XXXX-WXX-WE".to_string());
    };
    let on_weekend = r.weekday().index() >= 5;
    let weeks_back = match (dir, ctx.tense) {
        (Dir::Last, _) => 1,
        (Dir::Next, _) => -1,
        (Dir::This, _) | (Dir::Tense, Tense::Future) => 0,
        (Dir::Tense, _) => i64::from(!on_weekend),
    };
    match r.add_days(-7 * weeks_back) {
        Some(day) => {
            let (y, w) = day.iso_week();
            Resolved::date(format!("{y:04}-W{w:02}-WE"))
        }
        None => Resolved::date("XXXX-WXX-WE".to_string()),
    }
}

/// Counted from the anchor, else the reference; days counted within a month-only anchor
/// keep the day unknown ("in October ... that same day" is `YYYY-10-XX`); years count from a
/// year written after the last dated day ("in 1988 ... that year").
fn from_anchor(unit: Unit, offset: i64, ctx: &Context) -> Resolved {
    if let Some(year) = ctx
        .anchor_year
        .filter(|_| matches!(unit, Unit::Year | Unit::Decade | Unit::Century))
    {
        return shift(Some(year), unit, offset, None);
    }
    match ctx.anchor {
        Some(Anchor::Month(first))
            if matches!(
                unit,
                Unit::Second | Unit::Minute | Unit::Hour | Unit::Day | Unit::Week
            ) =>
        {
            Resolved::date(format!("{:04}-{:02}-XX", first.year(), first.month()))
        }
        Some(Anchor::Month(day) | Anchor::Day(day)) => shift(Some(day), unit, offset, None),
        None => shift(ctx.reference, unit, offset, None),
    }
}

/// The reference moved by `offset` units, at that unit's granularity.
fn shift(base: Option<CivilDate>, unit: Unit, offset: i64, part: Option<&'static str>) -> Resolved {
    let Some(r) = base else {
        return Resolved::date(unknown_at(unit).to_string());
    };
    let moved = match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => r.add_days(offset),
        Unit::Week => r.add_days(offset * 7),
        _ => Some(r),
    };
    let Some(moved) = moved else {
        return Resolved::date(unknown_at(unit).to_string());
    };
    let months = |n: i64| {
        let total = i64::from(r.year()) * 12 + i64::from(r.month()) - 1 + n;
        (total.div_euclid(12), total.rem_euclid(12) + 1)
    };
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => {
            let mut out = Resolved::on(moved);
            if let Some(p) = part {
                out.value.push_str(&format!("T{p}"));
                out.kind = TimexType::Time;
            }
            out
        }
        Unit::Week => {
            let (y, w) = moved.iso_week();
            Resolved::date(format!("{y:04}-W{w:02}"))
        }
        Unit::Month => {
            let (y, m) = months(offset);
            Resolved::date(format!("{y:04}-{m:02}"))
        }
        Unit::Quarter => {
            let (y, m) = months(offset * 3);
            Resolved::date(format!("{y:04}-Q{}", (m - 1) / 3 + 1))
        }
        Unit::Year => Resolved::date(format!("{:04}", i64::from(r.year()) + offset)),
        Unit::Decade => Resolved::date(format!("{:03}", (i64::from(r.year()) + offset * 10) / 10)),
        Unit::Century => {
            Resolved::date(format!("{:02}", (i64::from(r.year()) + offset * 100) / 100))
        }
    }
}

fn unknown_at(unit: Unit) -> &'static str {
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => "XXXX-XX-XX",
        Unit::Week => "XXXX-WXX",
        Unit::Month => "XXXX-XX",
        Unit::Quarter => "XXXX-QX",
        Unit::Year => "XXXX",
        Unit::Decade => "XXX",
        Unit::Century => "XX",
    }
}

/// The TimeML duration value: `P3D`, `PT2H`, `PXY`.
pub fn duration_value(amount: Amount, unit: Unit) -> String {
    let n = match amount {
        Amount::Exact(n) => Some(n),
        Amount::Vague => None,
        Amount::AndHalf(n) => return and_half_value(n, unit),
    };
    let count = |k: u32| n.map_or_else(|| "X".to_string(), |n| (n.saturating_mul(k)).to_string());
    match unit {
        Unit::Second => format!("PT{}S", count(1)),
        Unit::Minute => format!("PT{}M", count(1)),
        Unit::Hour => format!("PT{}H", count(1)),
        Unit::Day => format!("P{}D", count(1)),
        Unit::Week => format!("P{}W", count(1)),
        Unit::Month => format!("P{}M", count(1)),
        Unit::Quarter => format!("P{}Q", count(1)),
        Unit::Year => format!("P{}Y", count(1)),
        Unit::Decade => match n {
            Some(_) => format!("P{}Y", count(10)),
            None => "PXDE".to_string(),
        },
        Unit::Century => match n {
            Some(_) => format!("P{}Y", count(100)),
            None => "PXCE".to_string(),
        },
    }
}

/// A number of units and a half, the half in the next smaller unit: `P2Y6M`, `PT5H30M`.
fn and_half_value(n: u32, unit: Unit) -> String {
    match unit {
        Unit::Second => format!("PT{n}S"),
        Unit::Minute => format!("PT{n}M30S"),
        Unit::Hour => format!("PT{n}H30M"),
        Unit::Day => format!("P{n}DT12H"),
        Unit::Week => format!("P{}DT12H", n.saturating_mul(7).saturating_add(3)),
        Unit::Month => format!("P{n}M15D"),
        Unit::Quarter => format!("P{}M15D", n.saturating_mul(3).saturating_add(1)),
        Unit::Year => format!("P{n}Y6M"),
        Unit::Decade => format!("P{}Y", n.saturating_mul(10).saturating_add(5)),
        Unit::Century => format!("P{}Y", n.saturating_mul(100).saturating_add(50)),
    }
}
