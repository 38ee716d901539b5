//! The `gloss` binary: arguments, output, errors and exit codes.
#![cfg(feature = "cli")]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn gloss(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gloss"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the gloss binary runs");
    let mut input = child.stdin.take().expect("stdin is piped");
    // A run that fails on its arguments exits before reading: a closed pipe is fine then.
    if let Err(err) = input.write_all(stdin) {
        assert_eq!(err.kind(), std::io::ErrorKind::BrokenPipe, "{err}");
    }
    drop(input);
    child.wait_with_output().expect("gloss finishes")
}

fn json(output: &Output) -> serde_json::Value {
    assert!(
        output.status.success(),
        "gloss failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("stdout is JSON")
}

#[test]
fn annotate_reads_stdin_and_prints_gloss_1() {
    let out = json(&gloss(
        &["annotate", "--dct", "2025-07-23"],
        "Talks began. They ended.".as_bytes(),
    ));
    assert_eq!(out["schema"], "gloss/1");
    assert_eq!(out["reference_date"]["value"], "2025-07-23");
    assert_eq!(out["reference_date"]["source"], "given");
    assert_eq!(
        out["sentences"],
        serde_json::json!([{"start": 0, "end": 12}, {"start": 13, "end": 24}])
    );
}

#[test]
fn offsets_are_code_points() {
    let out = json(&gloss(&["annotate", "-"], "“Ça va.” Oui.".as_bytes()));
    assert_eq!(
        out["sentences"][1],
        serde_json::json!({"start": 9, "end": 13})
    );
}

#[test]
fn non_utf8_input_says_where_and_fails() {
    let output = gloss(&["annotate"], b"ok line\nbad \xff byte");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("not UTF-8")
            && stderr.contains("byte 12")
            && stderr.contains("line 2, column 5"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "one-line error: {stderr}");
}

#[test]
fn a_bad_date_is_rejected_with_a_clear_message() {
    let output = gloss(&["annotate", "--dct", "2025-02-30"], b"text");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("not a valid date"));
}

#[test]
fn a_missing_file_names_the_file() {
    let output = gloss(&["annotate", "no/such/article.txt"], b"");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("no/such/article.txt"));
}

#[test]
fn empty_input_gives_an_empty_document() {
    let out = json(&gloss(&["annotate"], b""));
    assert_eq!(out["sentences"], serde_json::json!([]));
    assert_eq!(out["entities"], serde_json::json!([]));
}

#[test]
fn without_a_date_given_or_found_the_cli_resolves_against_today() {
    let out = json(&gloss(&["annotate"], b"They met on Wednesday."));
    assert_eq!(out["reference_date"]["source"], "today");
    let today = out["reference_date"]["value"]
        .as_str()
        .expect("a date")
        .to_string();
    assert!(
        gloss::engine::CivilDate::parse_iso(&today).is_some(),
        "{today}"
    );
}
