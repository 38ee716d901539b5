//! `gloss eval quotes`: quote spans, speakers and cues on a PolNeAR JSONL file.
//!
//! The IO edge of [`gloss::eval::quotes`]: reads the file, prints the figures (or JSON) and,
//! on request, the errors behind them. It does no scoring itself.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Args;
use gloss::eval::quotes::{evaluate, MissKind, Report};

/// Arguments of `gloss eval quotes`.
#[derive(Debug, Args)]
pub struct EvalQuotesArgs {
    /// A PolNeAR JSONL file (`../shared/data/polnear/polnear-dev.jsonl`).
    file: PathBuf,
    /// Print `{"quote":{"precision","recall","f1"},"speaker_accuracy","cue_accuracy",
    /// "indirect":{…},"indirect_speaker_accuracy","indirect_speech_recall",
    /// "gold_without_words","unscored_other_marks"}`.
    #[arg(long)]
    json: bool,
    /// Also print up to N errors of each kind (missed, spurious, speaker, cue, and missed and
    /// spurious indirect quotes).
    #[arg(long, value_name = "N", default_value_t = 0)]
    errors: usize,
}

/// Runs the command.
pub fn run(args: &EvalQuotesArgs) -> Result<ExitCode> {
    let jsonl = std::fs::read_to_string(&args.file)
        .with_context(|| format!("cannot read {}", args.file.display()))?;
    let report = evaluate(&jsonl).with_context(|| format!("in {}", args.file.display()))?;
    if args.json {
        println!("{}", serde_json::to_string(&report.scores)?);
    } else {
        print_figures(&report);
    }
    print_errors(&report, args.errors);
    Ok(ExitCode::SUCCESS)
}

fn print_figures(report: &Report) {
    let s = report.scores;
    println!(
        "quote      P {:.4}  R {:.4}  F1 {:.4}",
        s.quote.precision, s.quote.recall, s.quote.f1
    );
    println!("speaker accuracy {:.4}", s.speaker_accuracy);
    println!("cue accuracy     {:.4}", s.cue_accuracy);
    println!(
        "gold quotes without words (no prediction can match them): {}",
        s.gold_without_words
    );
    println!(
        "quotes in single marks or '' (never gold in PolNeAR), not scored: {}",
        s.unscored_other_marks
    );
    println!(
        "indirect   P {:.4}  R {:.4}  F1 {:.4}  speaker accuracy {:.4}",
        s.indirect.precision, s.indirect.recall, s.indirect.f1, s.indirect_speaker_accuracy
    );
    println!(
        "indirect with a speech cue: R {:.4}",
        s.indirect_speech_recall
    );
}

fn print_errors(report: &Report, limit: usize) {
    for what in [
        MissKind::Missed,
        MissKind::Spurious,
        MissKind::Speaker,
        MissKind::Cue,
        MissKind::IndirectMissed,
        MissKind::IndirectSpurious,
    ] {
        let misses = report.misses.iter().filter(|m| m.what == what).take(limit);
        for m in misses {
            eprintln!(
                "{what:?}\t{}\t{}\t{}",
                m.doc_id,
                m.quote.replace('\n', " "),
                m.detail
            );
        }
    }
}
