//! `gloss annotate --jsonl`: order, error records with line numbers, exit codes, chunking.
#![cfg(feature = "cli")]

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::{json, Value};

fn gloss_jsonl(extra: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gloss"))
        .args(["annotate", "--jsonl"])
        .args(extra)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the gloss binary runs");
    let mut stdin_pipe = child.stdin.take().expect("stdin is piped");
    let input = stdin.to_string();
    let feeder = std::thread::spawn(move || stdin_pipe.write_all(input.as_bytes()));
    let output = child.wait_with_output().expect("gloss finishes");
    feeder
        .join()
        .expect("the feeder thread ends")
        .expect("stdin accepts the input");
    output
}

fn records(output: &Output) -> Vec<Value> {
    String::from_utf8(output.stdout.clone())
        .expect("stdout is UTF-8")
        .lines()
        .map(|line| serde_json::from_str(line).expect("each output line is JSON"))
        .collect()
}

fn line(id: usize, text: &str) -> String {
    json!({"id": id, "text": text}).to_string()
}

#[test]
fn results_keep_input_order_across_chunks() {
    // More lines than one chunk holds (32 per thread), of uneven length, so workers finish out of order.
    let input: Vec<String> = (0..300)
        .map(|i| line(i, &"Talks began. They ended. ".repeat(1 + (i * 37) % 20)))
        .collect();
    let output = gloss_jsonl(&[], &(input.join("\n") + "\n"));
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let out = records(&output);
    assert_eq!(out.len(), 300);
    for (i, record) in out.iter().enumerate() {
        assert_eq!(record["id"], i);
        let sentences = record["result"]["sentences"].as_array().expect("sentences");
        assert_eq!(sentences.len(), 2 * (1 + (i * 37) % 20));
    }
}

#[test]
fn a_bad_line_gets_an_error_record_and_a_nonzero_exit() {
    let input = [
        line(1, "Talks began."),
        "{not json".to_string(),
        json!({"id": "no-text"}).to_string(),
        json!({"id": "bad-dct", "text": "x", "dct": "2025-02-30"}).to_string(),
        line(5, "They ended."),
    ]
    .join("\n");
    let output = gloss_jsonl(&[], &input);
    assert!(!output.status.success());
    let out = records(&output);
    assert_eq!(out.len(), 5);
    assert_eq!(out[0]["result"]["schema"], "gloss/1");
    assert_eq!(out[1]["line"], 2);
    assert_eq!(out[1]["id"], Value::Null);
    assert_eq!(
        out[2],
        json!({"id": "no-text", "line": 3, "error": "no \"text\" field"})
    );
    assert_eq!(out[3]["id"], "bad-dct");
    assert!(out[3]["error"]
        .as_str()
        .expect("error text")
        .contains("2025-02-30"));
    assert_eq!(out[4]["id"], 5);
    let stderr = String::from_utf8_lossy(&output.stderr);
    for number in [2, 3, 4] {
        assert!(
            stderr.contains(&format!("line {number}:")),
            "stderr: {stderr}"
        );
    }
    assert!(stderr.contains("3 of 5 lines failed"), "stderr: {stderr}");
}

#[test]
fn dct_per_line_overrides_the_default() {
    let input = [
        json!({"id": "a", "text": "Talks began.", "dct": "2024-01-02"}).to_string(),
        json!({"id": "b", "text": "Talks began."}).to_string(),
    ]
    .join("\n");
    let output = gloss_jsonl(&["--dct", "2025-07-23"], &input);
    let out = records(&output);
    assert_eq!(out[0]["result"]["reference_date"]["value"], "2024-01-02");
    assert_eq!(out[1]["result"]["reference_date"]["value"], "2025-07-23");
}

#[test]
fn blank_lines_and_crlf_are_skipped_quietly() {
    let input = format!("{}\r\n\r\n\n{}\r\n", line(1, "One."), line(2, "Two."));
    let output = gloss_jsonl(&[], &input);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let ids: Vec<Value> = records(&output).iter().map(|r| r["id"].clone()).collect();
    assert_eq!(ids, [json!(1), json!(2)]);
}

#[test]
fn invalid_utf8_on_one_line_does_not_stop_the_rest() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gloss"))
        .args(["annotate", "--jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the gloss binary runs");
    let mut input = line(1, "One.").into_bytes();
    input.extend_from_slice(b"\n{\"id\":2,\"text\":\"\xff\"}\n");
    input.extend_from_slice(line(3, "Three.").as_bytes());
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(&input)
        .expect("write");
    let output = child.wait_with_output().expect("gloss finishes");
    assert!(!output.status.success());
    let out = records(&output);
    assert_eq!(out.len(), 3);
    assert_eq!(
        out[1],
        json!({"id": null, "line": 2, "error": "not UTF-8 text"})
    );
    assert_eq!(out[2]["id"], 3);
}

#[test]
fn jsonl_and_pretty_conflict() {
    let output = gloss_jsonl(&["--pretty"], "");
    assert_eq!(output.status.code(), Some(2));
}
