//! Shared article fixtures, the way to reach `../shared` (skipping cleanly without it) and
//! the reader of hand-label files.

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

/// Compares `got` with the golden file `tests/data/golden/<rel>`; with `UPDATE_EXPECT` set,
/// rewrites the file instead.
pub fn check_golden(rel: &str, got: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/golden")
        .join(rel);
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::create_dir_all(path.parent().expect("golden dir")).expect("create golden dir");
        std::fs::write(&path, got).expect("write golden file");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        got, expected,
        "golden mismatch in {rel} (UPDATE_EXPECT=1 to accept)"
    );
}

/// The rows of a tab-separated hand-label file with three fields, skipping `#` comments and
/// blank lines; a row of any other shape is a broken label file.
pub fn label_rows(labels: &str) -> Vec<[&str; 3]> {
    labels
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            let [a, b, c] = fields[..] else {
                panic!("not a label line: {line}");
            };
            [a, b, c]
        })
        .collect()
}
