//! Architecture invariants from ARCHITECTURE.md, checked on the source tree.
//!
//! Each check names the invariant it guards. They read files only; they never build.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The code of a file before its unit tests.
fn non_test_code(source: &str) -> &str {
    source
        .find("#[cfg(test)]")
        .map_or(source, |at| &source[..at])
}

#[test]
fn every_rust_file_opens_with_a_module_doc() {
    let mut missing = Vec::new();
    for dir in ["src", "tests", "benches", "fuzz/fuzz_targets"] {
        for path in rust_files(&root().join(dir)) {
            let first = read(&path).lines().next().unwrap_or_default().to_string();
            if !first.starts_with("//!") {
                missing.push(path.display().to_string());
            }
        }
    }
    assert!(
        missing.is_empty(),
        "files without a //! doc on their first line: {missing:#?}"
    );
}

#[test]
fn the_engine_is_pure_rust_without_io_clock_web_or_unsafe() {
    const FORBIDDEN: &[&str] = &[
        "web_sys",
        "js_sys",
        "wasm_bindgen",
        "yew",
        "gloo",
        "std::fs",
        "std::net",
        "std::env",
        "std::process",
        "std::time",
        "SystemTime",
        "Instant::",
        "println!",
        "eprintln!",
        "print!(",
        "dbg!",
        "unsafe ",
        "std::io::stdin",
        "std::io::stdout",
        "File::",
    ];
    let mut found = Vec::new();
    for path in rust_files(&root().join("src/engine")) {
        let source = read(&path);
        for (idx, line) in source.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for word in FORBIDDEN.iter().filter(|w| code.contains(**w)) {
                found.push(format!("{}:{}: {word}", path.display(), idx + 1));
            }
        }
    }
    assert!(
        found.is_empty(),
        "the engine must do no IO, read no clock and use no web crate: {found:#?}"
    );
}

#[test]
fn source_files_stay_small_enough_to_read() {
    let mut long = Vec::new();
    for path in rust_files(&root().join("src")) {
        let n_lines = non_test_code(&read(&path)).lines().count();
        if n_lines > 800 {
            long.push(format!(
                "{} ({n_lines} lines before its tests)",
                path.display()
            ));
        }
    }
    assert!(
        long.is_empty(),
        "split these files (over 800 lines of code): {long:#?}"
    );
}

#[test]
fn no_todo_fixme_or_ignored_tests() {
    let mut found = Vec::new();
    for dir in ["src", "tests", "benches"] {
        for path in rust_files(&root().join(dir)) {
            if path.ends_with("tidy.rs") {
                continue;
            }
            for (idx, line) in read(&path).lines().enumerate() {
                if ["TODO", "FIXME", "#[ignore]", "#[should_panic]"]
                    .iter()
                    .any(|w| line.contains(w))
                {
                    found.push(format!("{}:{}", path.display(), idx + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "leave a note or an issue instead: {found:#?}"
    );
}

#[test]
fn only_boundary_types_are_serialisable_in_the_engine() {
    let mut found = Vec::new();
    for path in rust_files(&root().join("src/engine")) {
        if path.ends_with("output.rs") {
            continue;
        }
        if read(&path).contains("Serialize") {
            found.push(path.display().to_string());
        }
    }
    assert!(
        found.is_empty(),
        "only engine/output.rs holds serialisable types: {found:#?}"
    );
}
