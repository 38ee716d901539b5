//! `gloss eval ner FILE`: conlleval-style entity scores of the built-in tagger on a
//! CoNLL-2003 file, through the engine's own path (tagger and fine types mapped back).
//!
//! The IO edge of [`gloss::eval::ner`]: reads the file, prints a table or JSON, optionally
//! writes `token gold predicted` lines for conlleval.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Args;
use gloss::engine::entities::Model;
use gloss::eval::ner::evaluate;

/// Arguments of `gloss eval ner`.
#[derive(Debug, Args)]
pub struct EvalNerArgs {
    /// A CoNLL-2003 file (IOB1 or IOB2 tags in the last column).
    file: PathBuf,
    /// Write `token gold predicted` lines (conlleval input) here.
    #[arg(long)]
    predictions: Option<PathBuf>,
    /// Score this model file instead of the built-in one.
    #[arg(long)]
    model: Option<PathBuf>,
    /// Print one JSON object instead of a table.
    #[arg(long)]
    json: bool,
}

/// Runs the command.
pub fn run(args: &EvalNerArgs) -> Result<ExitCode> {
    let text = std::fs::read_to_string(&args.file)
        .with_context(|| format!("cannot read {}", args.file.display()))?;
    let model = match &args.model {
        Some(path) => {
            let bytes =
                std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
            Model::from_bytes(&bytes).with_context(|| format!("cannot load {}", path.display()))?
        }
        None => Model::builtin(),
    };
    let (report, lines) = evaluate(&model, &text);
    if let Some(path) = &args.predictions {
        std::fs::write(path, lines).with_context(|| format!("cannot write {}", path.display()))?;
    }
    let mut out = std::io::stdout().lock();
    if args.json {
        writeln!(out, "{}", serde_json::to_string(&report)?)?;
    } else {
        writeln!(
            out,
            "{} tokens, {} gold entities, {} predicted",
            report.tokens, report.gold, report.predicted
        )?;
        writeln!(
            out,
            "{:<8} {:>9} {:>9} {:>9}",
            "type", "precision", "recall", "F1"
        )?;
        writeln!(
            out,
            "{:<8} {:>9.4} {:>9.4} {:>9.4}",
            "overall", report.precision, report.recall, report.f1
        )?;
        for (kind, prf) in &report.per_type {
            writeln!(
                out,
                "{:<8} {:>9.4} {:>9.4} {:>9.4}",
                kind, prf.precision, prf.recall, prf.f1
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
