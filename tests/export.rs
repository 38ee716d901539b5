//! Exports: Web Annotation selectors agree with the text, CSV parses back per RFC 4180
//! and is defused against formula injection, Markdown renders quotes as written, and
//! `<script>` or `<img onerror>` in the article stays inert text in every format.

use gloss::engine::output::{EntityOut, Extent, QuoteOut, ReferenceDate};
use gloss::engine::Annotations;
use gloss::export::{csv, markdown, timelinejs, webanno};
use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::Value;

use crate::corrections::{mention, sample, TEXT};

const HOSTILE: &str =
    "=HYPERLINK(\"http://evil\",\"x\") met <img src=x onerror=alert(1)> in Paris. \
“<script>alert(2)</script> *bold* [link](javascript:alert(3)),” said @Dar, per -Reuters.\n\
# Heading\n";

const NAMES: [&str; 5] = [
    "=HYPERLINK(\"http://evil\",\"x\")",
    "<img src=x onerror=alert(1)>",
    "Paris",
    "@Dar",
    "-Reuters",
];

/// Entities named with formulas and HTML, and a quote full of Markdown and a script.
fn hostile() -> Annotations {
    let quote = mention(
        HOSTILE,
        "“<script>alert(2)</script> *bold* [link](javascript:alert(3)),”",
        0,
    );
    Annotations {
        schema: "gloss/1".into(),
        reference_date: ReferenceDate {
            value: None,
            source: "missing".into(),
        },
        sentences: vec![Extent {
            start: 0,
            end: HOSTILE.chars().count(),
        }],
        entities: NAMES
            .iter()
            .enumerate()
            .map(|(id, name)| EntityOut {
                id,
                kind: "MISC".into(),
                name: name.to_string(),
                roles: vec!["<b>role</b>".into()],
                mentions: vec![mention(HOSTILE, name, 0)],
                why: None,
            })
            .collect(),
        dates: Vec::new(),
        quotes: vec![QuoteOut {
            start: quote.start,
            end: quote.end,
            text: quote.text,
            kind: "direct".into(),
            speaker: Some(mention(HOSTILE, "@Dar", 0)),
            entity: None,
            cue: Some(mention(HOSTILE, "said", 0)),
            why: None,
        }],
        events: Vec::new(),
    }
}

fn chars(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

fn items(json: &str) -> Vec<Value> {
    let doc: Value = serde_json::from_str(json).expect("valid JSON");
    assert_eq!(doc["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(doc["type"], "AnnotationCollection");
    let items = doc["first"]["items"].as_array().expect("items").clone();
    assert_eq!(doc["total"], items.len());
    items
}

#[test]
fn web_annotation_selectors_quote_and_locate_the_same_text() {
    let annotations = sample(TEXT);
    let items = items(&webanno::to_json(&annotations, TEXT));
    assert_eq!(items.len(), 5 + 2 + 1, "mentions, dates, quotes");
    for item in &items {
        assert_eq!(item["type"], "Annotation");
        assert_eq!(item["target"]["source"], webanno::DEFAULT_SOURCE);
        let selectors = item["target"]["selector"].as_array().unwrap();
        let (quote, position) = (&selectors[0], &selectors[1]);
        assert_eq!(quote["type"], "TextQuoteSelector");
        assert_eq!(position["type"], "TextPositionSelector");
        let start = position["start"].as_u64().unwrap() as usize;
        let end = position["end"].as_u64().unwrap() as usize;
        assert_eq!(quote["exact"], chars(TEXT, start, end));
        assert_eq!(
            quote["prefix"],
            chars(TEXT, start.saturating_sub(32), start)
        );
        assert_eq!(quote["suffix"], chars(TEXT, end, end + 32));
    }
    let dar = &items[2];
    let bodies: Vec<&str> = dar["body"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["value"].as_str().unwrap())
        .collect();
    assert_eq!(bodies, vec!["PERSON", "Ishaq Dar", "Finance Minister"]);
    let about = webanno::to_json_about(&annotations, TEXT, "https://example.org/a");
    assert_eq!(items_source(&about), "https://example.org/a");
}

fn items_source(json: &str) -> String {
    items(json)[0]["target"]["source"]
        .as_str()
        .unwrap()
        .to_string()
}

/// Reads RFC 4180 CSV back into rows of cells.
fn parse_csv(csv: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut cell) = (Vec::new(), Vec::new(), String::new());
    let mut chars = csv.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "records end with CRLF");
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    assert!(
        row.is_empty() && cell.is_empty(),
        "the last record ends with CRLF"
    );
    rows
}

#[test]
fn csv_has_one_row_per_mention_with_its_entity() {
    let rows = parse_csv(&csv::to_csv(&sample(TEXT), TEXT));
    assert_eq!(rows[0], csv::HEADER.to_vec());
    assert_eq!(rows.len(), 1 + 5);
    assert_eq!(
        rows[3],
        vec![
            "1",
            "PERSON",
            "Ishaq Dar",
            "Finance Minister",
            "40",
            "49",
            "Ishaq Dar"
        ]
    );
    for row in &rows[1..] {
        let (start, end) = (row[4].parse().unwrap(), row[5].parse().unwrap());
        assert_eq!(chars(TEXT, start, end), row[6]);
    }
}

#[test]
fn csv_cells_that_a_spreadsheet_would_run_are_defused() {
    let rows = parse_csv(&csv::to_csv(&hostile(), HOSTILE));
    for (row, name) in rows[1..].iter().zip(NAMES) {
        let dangerous = name.starts_with(['=', '+', '-', '@']);
        let expected = if dangerous {
            format!("'{name}")
        } else {
            name.to_string()
        };
        assert_eq!(row[2], expected, "name cell");
        assert_eq!(row[6], expected, "mention cell");
        assert_eq!(row[3], "<b>role</b>", "HTML is kept as text");
    }
    assert_eq!(rows[2][2], "<img src=x onerror=alert(1)>");
}

#[test]
fn markdown_lists_each_quote_with_its_speaker() {
    let md = markdown::to_markdown(&sample(TEXT), TEXT);
    assert_eq!(
        md,
        "# Quotes\n\n> “We are committed to the programme,”\n\n— **Ishaq Dar** (direct; said)\n"
    );
    let mut none = sample(TEXT);
    none.quotes.clear();
    assert_eq!(
        markdown::to_markdown(&none, TEXT),
        "# Quotes\n\nNo quotes found.\n"
    );
}

/// Undoes CommonMark backslash escapes.
fn unescape(md: &str) -> String {
    let mut out = String::new();
    let mut chars = md.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.extend(chars.next()),
            c => out.push(c),
        }
    }
    out
}

#[test]
fn markdown_escapes_html_links_and_emphasis_in_quotes() {
    let md = markdown::to_markdown(&hostile(), HOSTILE);
    let quote_line = md.lines().find(|l| l.starts_with("> ")).unwrap();
    assert_eq!(
        unescape(&quote_line[2..]),
        "“<script>alert(2)</script> *bold* [link](javascript:alert(3)),”"
    );
    let body = &quote_line[2..];
    for (at, _) in body.match_indices(['<', '>', '[', ']', '*']) {
        assert!(body[..at].ends_with('\\'), "unescaped at {at}: {body}");
    }
    assert!(md.ends_with("\n— **@Dar** (direct; said)\n"), "{md}");
}

#[test]
fn script_and_img_in_the_text_survive_as_inert_text_in_every_export() {
    let annotations = hostile();
    let items = items(&webanno::to_json(&annotations, HOSTILE));
    let exacts: Vec<&str> = items
        .iter()
        .map(|i| i["target"]["selector"][0]["exact"].as_str().unwrap())
        .collect();
    assert!(exacts.contains(&"<img src=x onerror=alert(1)>"));
    assert!(exacts
        .iter()
        .any(|e| e.contains("<script>alert(2)</script>")));
    let csv = csv::to_csv(&annotations, HOSTILE);
    assert!(parse_csv(&csv)
        .iter()
        .flatten()
        .any(|c| c == "<img src=x onerror=alert(1)>"));
    let md = markdown::to_markdown(&annotations, HOSTILE);
    let raw_tags = md
        .match_indices('<')
        .filter(|(at, _)| !md[..*at].ends_with('\\'));
    assert_eq!(raw_tags.count(), 0, "{md}");
    assert!(md.contains("\\<script\\>alert(2)\\</script\\>"));
}

/// Runs `gloss annotate --dct 2025-07-23 <args>` on `text`; returns stdout and success.
fn annotate_cli(args: &[&str], text: &str) -> (String, bool) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gloss"))
        .args(["annotate", "--dct", "2025-07-23"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("gloss runs");
    let written = child.stdin.take().unwrap().write_all(text.as_bytes());
    if let Err(err) = written {
        // gloss may exit on a bad argument before reading its input.
        assert_eq!(err.kind(), std::io::ErrorKind::BrokenPipe, "{err}");
    }
    let out = child.wait_with_output().unwrap();
    (String::from_utf8(out.stdout).unwrap(), out.status.success())
}

#[test]
fn the_cli_prints_each_export_format() {
    let text = "“<script>x</script>,” Dar said on Monday.";
    let (json, ok) = annotate_cli(&["--format", "json"], text);
    assert!(ok && json.starts_with("{\"schema\":\"gloss/1\""), "{json}");
    let (default, _) = annotate_cli(&[], text);
    assert_eq!(default, json, "json is the default");
    let annotations: Annotations = serde_json::from_str(&json).unwrap();
    let exports = [
        ("webanno", webanno::to_json(&annotations, text) + "\n"),
        ("csv", csv::to_csv(&annotations, text)),
        ("markdown", markdown::to_markdown(&annotations, text)),
        (
            "timelinejs",
            timelinejs::to_timelinejs(&annotations, text) + "\n",
        ),
    ];
    for (format, expected) in exports {
        let (out, ok) = annotate_cli(&["--format", format], text);
        assert!(ok, "--format {format}");
        assert_eq!(out, expected, "--format {format}");
    }
    let (_, ok) = annotate_cli(&["--format", "xml"], text);
    assert!(!ok, "an unknown format is an error");
}
