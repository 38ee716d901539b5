//! Fuzzes the autosaved state read back from the browser's storage, which another tab, an
//! extension or a full disk may have corrupted: parsing never panics, and what parses writes
//! back to JSON that parses to the same state. It is not a test of the reducer.
#![no_main]

use gloss::app::saved::Saved;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(raw) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(saved) = Saved::parse(raw) {
        let again = Saved::parse(&saved.to_json()).expect("written state parses");
        assert_eq!(again, saved, "write then parse is the identity");
    }
});
