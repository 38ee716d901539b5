//! `gloss annotate --jsonl`: an archive of articles, one JSON line each, annotated on every core.
//!
//! Reads lines `{"id": .., "text": "..", "dct": "YYYY-MM-DD"}` (`id` and `dct` optional) and
//! writes, in input order, one line per article: `{"id": .., "result": {gloss/1}}`, or
//! `{"id": .., "line": N, "error": ".."}` when the line cannot be read. Blank lines are skipped.
//! Memory stays constant: a reader thread cuts the input into bounded chunks, rayon annotates
//! one chunk at a time on all cores (`RAYON_NUM_THREADS` caps them), and a writer thread prints
//! the previous chunk meanwhile. What it is not: no language work happens here.

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::thread;

use anyhow::{anyhow, Context, Result};
use gloss::engine::{annotate, Annotations, CivilDate, Options};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use serde::Serialize;
use serde_json::Value;

/// Lines per chunk for each worker thread: enough to even out long and short articles.
const LINES_PER_THREAD: usize = 32;
/// A chunk closes once its lines add up to this many bytes, whatever their number.
const CHUNK_BYTES: usize = 16 << 20;

/// What applies to every line.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    /// The reference date of lines without a `dct`.
    pub default_dct: Option<CivilDate>,
    /// Whether to add `why` fields.
    pub explain: bool,
}

/// Consecutive raw input lines, numbered from `first_line` (1-based).
struct Chunk {
    first_line: usize,
    lines: Vec<Vec<u8>>,
    bytes: usize,
}

/// What became of one input line.
enum Outcome {
    Blank,
    Annotated(String),
    Failed { message: String, record: String },
}

#[derive(Serialize)]
struct ResultRecord<'a> {
    id: &'a Value,
    result: &'a Annotations,
}

#[derive(Serialize)]
struct ErrorRecord<'a> {
    id: &'a Value,
    line: usize,
    error: &'a str,
}

/// Runs the batch over `input` (a file, or standard input for `None` or `-`).
pub fn run(input: Option<&Path>, settings: Settings) -> Result<ExitCode> {
    let (reader, size) = open_input(input)?;
    let progress = progress_bar(size);
    let chunk_lines = LINES_PER_THREAD * rayon::current_num_threads();
    let (chunk_tx, chunk_rx) = sync_channel(1);
    let reader = thread::spawn(move || read_chunks(reader, chunk_lines, &chunk_tx));
    let (out_tx, out_rx) = sync_channel(1);
    let writer = thread::spawn(move || write_outputs(&out_rx));

    let mut totals = Totals::default();
    for chunk in chunk_rx {
        let outcomes: Vec<Outcome> = chunk
            .lines
            .par_iter()
            .enumerate()
            .map(|(offset, line)| process_line(chunk.first_line + offset, line, settings))
            .collect();
        totals.report(chunk.first_line, &outcomes);
        progress.inc(chunk.bytes as u64);
        progress.set_message(format!("{} articles", totals.lines));
        if out_tx.send(outcomes).is_err() {
            break;
        }
    }
    drop(out_tx);
    progress.finish_and_clear();
    writer
        .join()
        .map_err(|_| anyhow!("the writer thread panicked"))?
        .context("cannot write standard output")?;
    reader
        .join()
        .map_err(|_| anyhow!("the reader thread panicked"))?
        .context("cannot read the input")?;
    totals.finish()
}

/// Counts of lines seen and failed, for the closing summary.
#[derive(Debug, Default)]
struct Totals {
    lines: usize,
    failed: usize,
}

impl Totals {
    /// Counts a chunk's outcomes and reports its failures on stderr with their line numbers.
    fn report(&mut self, first_line: usize, outcomes: &[Outcome]) {
        for (offset, outcome) in outcomes.iter().enumerate() {
            match outcome {
                Outcome::Blank => {}
                Outcome::Annotated(_) => self.lines += 1,
                Outcome::Failed { message, .. } => {
                    self.lines += 1;
                    self.failed += 1;
                    eprintln!("gloss: line {}: {message}", first_line + offset);
                }
            }
        }
    }

    fn finish(self) -> Result<ExitCode> {
        if self.failed == 0 {
            return Ok(ExitCode::SUCCESS);
        }
        eprintln!(
            "gloss: {} of {} lines failed (error records written in their place)",
            self.failed, self.lines
        );
        Ok(ExitCode::FAILURE)
    }
}

fn open_input(input: Option<&Path>) -> Result<(Box<dyn BufRead + Send>, Option<u64>)> {
    match input {
        Some(path) if path.as_os_str() != "-" => {
            let file =
                File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
            let size = file.metadata().ok().map(|m| m.len());
            Ok((Box::new(BufReader::with_capacity(1 << 20, file)), size))
        }
        _ => Ok((
            Box::new(BufReader::with_capacity(1 << 20, std::io::stdin())),
            None,
        )),
    }
}

/// A progress bar on stderr when it is a terminal; hidden otherwise.
fn progress_bar(size: Option<u64>) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    match size {
        Some(total) => ProgressBar::new(total).with_style(
            ProgressStyle::with_template(
                "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} {msg} eta {eta}",
            )
            .expect("the template is valid"),
        ),
        None => ProgressBar::new_spinner().with_style(
            ProgressStyle::with_template("{spinner} {bytes} {bytes_per_sec} {msg}")
                .expect("the template is valid"),
        ),
    }
}

/// Cuts the input into chunks of at most `chunk_lines` lines or about [`CHUNK_BYTES`] bytes.
/// Stops early, without error, when the receiving side has gone.
fn read_chunks(
    mut reader: Box<dyn BufRead + Send>,
    chunk_lines: usize,
    tx: &SyncSender<Chunk>,
) -> std::io::Result<()> {
    let mut next_line = 1;
    loop {
        let mut chunk = Chunk {
            first_line: next_line,
            lines: Vec::with_capacity(chunk_lines),
            bytes: 0,
        };
        while chunk.lines.len() < chunk_lines && chunk.bytes < CHUNK_BYTES {
            let mut line = Vec::new();
            let read = reader.read_until(b'\n', &mut line)?;
            if read == 0 {
                break;
            }
            chunk.bytes += read;
            chunk.lines.push(line);
        }
        next_line += chunk.lines.len();
        if chunk.lines.is_empty() || tx.send(chunk).is_err() {
            return Ok(());
        }
    }
}

/// Writes each chunk's records in order. A closed pipe (`| head`) ends it quietly.
fn write_outputs(rx: &Receiver<Vec<Outcome>>) -> std::io::Result<()> {
    let mut out = BufWriter::with_capacity(1 << 20, std::io::stdout().lock());
    for outcomes in rx {
        match write_chunk(&mut out, &outcomes) {
            Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => return Ok(()),
            other => other?,
        }
    }
    match out.flush() {
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

fn write_chunk(out: &mut impl Write, outcomes: &[Outcome]) -> std::io::Result<()> {
    for outcome in outcomes {
        match outcome {
            Outcome::Blank => {}
            Outcome::Annotated(record) | Outcome::Failed { record, .. } => {
                out.write_all(record.as_bytes())?;
                out.write_all(b"\n")?;
            }
        }
    }
    Ok(())
}

/// Annotates input line number `number` into its output record.
fn process_line(number: usize, raw: &[u8], settings: Settings) -> Outcome {
    let Ok(line) = std::str::from_utf8(raw) else {
        return failure(&Value::Null, number, "not UTF-8 text");
    };
    let line = line.trim_end_matches(['\n', '\r']);
    if line.trim().is_empty() {
        return Outcome::Blank;
    }
    let mut fields = match serde_json::from_str::<Value>(line) {
        Ok(Value::Object(fields)) => fields,
        Ok(_) => return failure(&Value::Null, number, "not a JSON object"),
        Err(err) => return failure(&Value::Null, number, &format!("not valid JSON: {err}")),
    };
    let id = fields.remove("id").unwrap_or(Value::Null);
    let text = match fields.remove("text") {
        Some(Value::String(text)) => text,
        Some(_) => return failure(&id, number, "\"text\" is not a string"),
        None => return failure(&id, number, "no \"text\" field"),
    };
    let reference_date = match reference_date(fields.get("dct"), settings.default_dct) {
        Ok(date) => date,
        Err(message) => return failure(&id, number, &message),
    };
    let options = Options {
        reference_date,
        today: crate::clock::today(),
        explain: settings.explain,
    };
    let result = annotate(&text, &options);
    let record = ResultRecord {
        id: &id,
        result: &result,
    };
    Outcome::Annotated(serde_json::to_string(&record).expect("annotations serialise"))
}

/// The line's `dct`, or the default when it has none.
fn reference_date(
    dct: Option<&Value>,
    default: Option<CivilDate>,
) -> Result<Option<CivilDate>, String> {
    match dct {
        None | Some(Value::Null) => Ok(default),
        Some(Value::String(s)) => CivilDate::parse_iso(s)
            .map(Some)
            .ok_or_else(|| format!("\"dct\" {s:?} is not a valid date (expected YYYY-MM-DD)")),
        Some(_) => Err("\"dct\" is not a string".to_string()),
    }
}

/// The error record that stands in for line `line`.
fn failure(id: &Value, line: usize, message: &str) -> Outcome {
    let record = ErrorRecord {
        id,
        line,
        error: message,
    };
    Outcome::Failed {
        message: message.to_string(),
        record: serde_json::to_string(&record).expect("an error record serialises"),
    }
}
