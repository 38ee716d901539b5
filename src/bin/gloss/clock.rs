//! Today's date, read from the system clock: the CLI's edge, never the engine's.

use gloss::engine::CivilDate;

/// Today's date in UTC, or `None` if the clock is before 1970 or past the calendar's range.
pub fn today() -> Option<CivilDate> {
    let since_epoch = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?;
    CivilDate::from_days(i64::try_from(since_epoch.as_secs() / 86_400).ok()?)
}
