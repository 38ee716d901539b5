//! Shared article fixtures and the way to reach `../shared` (skipping cleanly without it).

use std::path::PathBuf;

/// The `shared/` folder beside the project, if present.
pub fn shared_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared");
    dir.is_dir().then_some(dir)
}

/// Reads `shared/<rel>`, or prints why the test is skipped and returns `None`.
pub fn shared_text(rel: &str) -> Option<String> {
    let Some(dir) = shared_dir() else {
        eprintln!("skipped: ../shared is absent, so {rel} cannot be read");
        return None;
    };
    match std::fs::read_to_string(dir.join(rel)) {
        Ok(text) => Some(text),
        Err(err) => {
            eprintln!("skipped: cannot read ../shared/{rel}: {err}");
            None
        }
    }
}
