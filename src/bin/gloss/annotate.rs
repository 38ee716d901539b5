//! `gloss annotate`: one article from a file or standard input to `gloss/1` JSON.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};
use gloss::engine::{annotate, Annotations, CivilDate, Options};
use gloss::export::{csv, markdown, timelinejs, webanno};

/// Arguments of `gloss annotate`.
#[derive(Debug, Args)]
pub struct AnnotateArgs {
    /// The article, UTF-8 text; `-` or nothing reads standard input.
    file: Option<PathBuf>,
    /// The publication date (YYYY-MM-DD) relative dates are resolved against.
    #[arg(long, value_parser = parse_date)]
    dct: Option<CivilDate>,
    /// Pretty-print the JSON.
    #[arg(long)]
    pretty: bool,
    /// What to print: `gloss/1` JSON, W3C Web Annotation JSON-LD, CSV of entity mentions,
    /// the quotes as Markdown, or the timeline as TimelineJS JSON.
    #[arg(long, value_enum, default_value_t = Format::Json, conflicts_with = "jsonl")]
    format: Format,
    /// Say why each annotation was made (`why` fields).
    #[arg(long)]
    explain: bool,
    /// Read JSON lines `{"id","text","dct"}` from FILE (or `-`) and write one `gloss/1` result
    /// per line, in order, on every core; `--dct` is the default for lines without one.
    #[arg(long, conflicts_with = "pretty")]
    jsonl: bool,
}

fn parse_date(s: &str) -> Result<CivilDate, String> {
    CivilDate::parse_iso(s)
        .ok_or_else(|| format!("'{s}' is not a valid date (expected YYYY-MM-DD)"))
}

/// Runs the command.
pub fn run(args: &AnnotateArgs) -> Result<ExitCode> {
    if args.jsonl {
        let settings = crate::batch::Settings {
            default_dct: args.dct,
            explain: args.explain,
        };
        return crate::batch::run(args.file.as_deref(), settings);
    }
    let (name, bytes) = read_input(args.file.as_ref())?;
    let text = decode_utf8(&name, bytes)?;
    let options = Options {
        reference_date: args.dct,
        today: crate::clock::today(),
        explain: args.explain,
    };
    let annotations = annotate(&text, &options);
    let mut output = args.format.render(&annotations, &text, args.pretty)?;
    if !output.ends_with('\n') {
        output.push('\n');
    }
    let mut stdout = std::io::stdout().lock();
    write!(stdout, "{output}").or_else(ignore_broken_pipe)?;
    Ok(ExitCode::SUCCESS)
}

fn read_input(file: Option<&PathBuf>) -> Result<(String, Vec<u8>)> {
    match file {
        Some(path) if path.as_os_str() != "-" => {
            let bytes =
                std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
            Ok((path.display().to_string(), bytes))
        }
        _ => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .context("cannot read standard input")?;
            Ok(("<stdin>".to_string(), bytes))
        }
    }
}

/// The text, or an error saying where the first invalid byte is.
fn decode_utf8(name: &str, bytes: Vec<u8>) -> Result<String> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(err) => {
            let at = err.utf8_error().valid_up_to();
            let valid = &err.as_bytes()[..at];
            let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
            let column = at - valid.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1) + 1;
            bail!("{name} is not UTF-8 text: invalid byte 0x{:02x} at byte {at} (line {line}, column {column})", err.as_bytes()[at])
        }
    }
}

/// A closed pipe (`gloss annotate x | head`) is not an error.
fn ignore_broken_pipe(err: std::io::Error) -> std::io::Result<()> {
    if err.kind() == std::io::ErrorKind::BrokenPipe {
        Ok(())
    } else {
        Err(err)
    }
}

/// The output formats of `gloss annotate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// `gloss/1` JSON (`--pretty` indents it).
    Json,
    /// W3C Web Annotation JSON-LD (TextQuoteSelector + TextPositionSelector).
    Webanno,
    /// CSV, one row per entity mention.
    Csv,
    /// The quotes as Markdown.
    Markdown,
    /// The timeline as TimelineJS JSON.
    Timelinejs,
}

impl Format {
    fn render(self, annotations: &Annotations, text: &str, pretty: bool) -> Result<String> {
        Ok(match self {
            Format::Json if pretty => serde_json::to_string_pretty(annotations)?,
            Format::Json => serde_json::to_string(annotations)?,
            Format::Webanno => webanno::to_json(annotations, text),
            Format::Csv => csv::to_csv(annotations, text),
            Format::Markdown => markdown::to_markdown(annotations, text),
            Format::Timelinejs => timelinejs::to_timelinejs(annotations, text),
        })
    }
}
