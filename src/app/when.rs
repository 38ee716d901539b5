//! TimeML values as a reader says them: `2025-05-07` is "7 May 2025", `2026-SP` "spring
//! 2026", `199` "1990s". The Timeline panel shows these and keeps the exact value in a
//! tooltip.
//!
//! It is not a parser of dates in text (that is the engine's date grammar), and it never
//! guesses: a value it does not know (`XXXX-05-07`, `PRESENT_REF`) is shown as it is.

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The value in words, or the value itself when it is not a calendar value.
pub fn human(value: &str) -> String {
    let (date, time) = value.split_once('T').unwrap_or((value, ""));
    let Some(day) = human_date(date) else {
        return value.to_string();
    };
    match human_time(time) {
        Some(t) => format!("{day}, {t}"),
        None if time.is_empty() => day,
        None => value.to_string(),
    }
}

fn human_date(date: &str) -> Option<String> {
    let parts: Vec<&str> = date.split('-').collect();
    match parts.as_slice() {
        [year] => year_or_span(year),
        [year, part] => {
            let year = number(year, 4)?;
            let part = match *part {
                "SP" => format!("spring {year}"),
                "SU" => format!("summer {year}"),
                "FA" => format!("autumn {year}"),
                "WI" => format!("winter {year}"),
                p if p.starts_with('Q') || p.starts_with('H') => format!("{p} {year}"),
                p if p.starts_with('W') => format!("week {}, {year}", number(&p[1..], 2)?),
                p => format!("{} {year}", month(p)?),
            };
            Some(part)
        }
        [year, month_part, day] => {
            let year = number(year, 4)?;
            let day = number(day, 2).filter(|d| (1..=31).contains(d))?;
            Some(format!("{day} {} {year}", month(month_part)?))
        }
        _ => None,
    }
}

/// A year (`2025`), decade (`199`: the 1990s) or century (`19`: the 20th century).
fn year_or_span(digits: &str) -> Option<String> {
    match digits.len() {
        4 => number(digits, 4).map(|y| y.to_string()),
        3 => number(digits, 3).map(|d| format!("{d}0s")),
        2 => number(digits, 2).map(|c| format!("{} century", ordinal(c + 1))),
        _ => None,
    }
}

fn human_time(time: &str) -> Option<String> {
    let named = match time {
        "MO" => "morning",
        "MI" => "midday",
        "AF" => "afternoon",
        "EV" => "evening",
        "NI" => "night",
        "DT" => "daytime",
        _ => "",
    };
    if !named.is_empty() {
        return Some(named.to_string());
    }
    let (hour, minute) = time.split_once(':').unwrap_or((time, "00"));
    let hour = number(hour, 2).filter(|h| *h <= 24)?;
    let minute = number(minute.get(..2)?, 2).filter(|m| *m < 60)?;
    Some(format!("{hour:02}:{minute:02}"))
}

/// `digits` as a number when it is exactly `len` ASCII digits.
fn number(digits: &str, len: usize) -> Option<u32> {
    (digits.len() == len && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
}

fn month(digits: &str) -> Option<&'static str> {
    let m = number(digits, 2)?;
    MONTHS
        .get(usize::try_from(m).ok()?.checked_sub(1)?)
        .copied()
}

fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::human;

    #[test]
    fn calendar_values_read_as_words() {
        assert_eq!(human("2025-05-07"), "7 May 2025");
        assert_eq!(human("2025-05"), "May 2025");
        assert_eq!(human("2025"), "2025");
        assert_eq!(human("2026-SP"), "spring 2026");
        assert_eq!(human("2025-Q3"), "Q3 2025");
        assert_eq!(human("2025-W30"), "week 30, 2025");
        assert_eq!(human("199"), "1990s");
        assert_eq!(human("19"), "20th century");
        assert_eq!(human("20"), "21st century");
    }

    #[test]
    fn times_follow_their_day() {
        assert_eq!(human("2025-07-23T15:00"), "23 Jul 2025, 15:00");
        assert_eq!(human("2025-07-23TNI"), "23 Jul 2025, night");
    }

    #[test]
    fn values_that_are_not_calendar_dates_are_shown_as_they_are() {
        for value in [
            "XXXX-05-07",
            "PRESENT_REF",
            "2025-13",
            "2025-05-40",
            "P3D",
            "2025-07-23T99",
        ] {
            assert_eq!(human(value), value);
        }
    }
}
