//! Fuzzes the engine: any bytes, read as UTF-8 with replacement characters, annotate without
//! panicking and the output keeps every promise of `gloss::engine::invariants::violation`.
//! The first three bytes pick the reference date (or none), so date resolution is fuzzed too.
//! It is not a test of annotation quality.
#![no_main]

use gloss::engine::{annotate, invariants, CivilDate, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (date, body) = data.split_at(data.len().min(3));
    let reference_date = match date {
        [year, month, day] => CivilDate::new(1900 + i32::from(*year), *month % 13, *day % 32),
        _ => None,
    };
    let text = String::from_utf8_lossy(body);
    let options = Options {
        reference_date,
        ..Options::default()
    };
    let out = annotate(&text, &options);
    if let Some(broken) = invariants::violation(&text, &out) {
        panic!("{broken}");
    }
});
