//! `gloss eval timex PATH`: TempEval-3 time-expression scores of the date stage on TimeML
//! files, each document's creation time as the reference date.
//!
//! The IO edge of [`gloss::eval::timex`]: finds and reads the `.tml` files, optionally keeps
//! only the documents of a list, prints a table or JSON, and with `--errors` lists misses,
//! spurious expressions and wrong values.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::Args;
use gloss::eval::timex::{compare, parse_tml, predict, Counts, Outcome, TimexScores};

/// Arguments of `gloss eval timex`.
#[derive(Debug, Args)]
pub struct EvalTimexArgs {
    /// A `.tml` file or a folder searched recursively for them.
    path: PathBuf,
    /// Only score the documents listed in this file (first column: doc id; `#` comments).
    #[arg(long)]
    docs: Option<PathBuf>,
    /// Score every document except those listed in `--docs`.
    #[arg(long, requires = "docs")]
    exclude: bool,
    /// Print one JSON object instead of a table.
    #[arg(long)]
    json: bool,
    /// List every miss, spurious expression and wrong value on stderr.
    #[arg(long)]
    errors: bool,
}

/// Runs the command.
pub fn run(args: &EvalTimexArgs) -> Result<ExitCode> {
    let mut files = Vec::new();
    collect_tml(&args.path, &mut files)?;
    files.sort();
    let listed = args.docs.as_deref().map(read_doc_list).transpose()?;
    let mut total = Counts::default();
    let mut scored = 0;
    let mut err = std::io::stderr().lock();
    for file in &files {
        let content = std::fs::read_to_string(file)
            .with_context(|| format!("cannot read {}", file.display()))?;
        let doc = parse_tml(&content).with_context(|| format!("{}", file.display()))?;
        let id = if doc.id.is_empty() {
            file.file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string()
        } else {
            doc.id.clone()
        };
        if let Some(list) = &listed {
            if list.contains(&id) == args.exclude {
                continue;
            }
        }
        let predicted = predict(&doc);
        let (counts, outcomes) = compare(&doc.timexes, &predicted);
        total.add(counts);
        scored += 1;
        if args.errors {
            for outcome in outcomes {
                let line = match outcome {
                    Outcome::Missed(g) => {
                        let g = &doc.timexes[g];
                        format!("MISS  {:?} {} {}", g.span.of(&doc.text), g.kind, g.value)
                    }
                    Outcome::Spurious(p) => {
                        let p = &predicted[p];
                        format!(
                            "SPUR  {:?} {} {} [{}]",
                            p.span.of(&doc.text),
                            p.kind.label(),
                            p.value,
                            p.rule
                        )
                    }
                    Outcome::Matched(g, p) => {
                        let (g, p) = (&doc.timexes[g], &predicted[p]);
                        if g.span == p.span && g.value == p.value && g.kind == p.kind.label() {
                            continue;
                        }
                        format!(
                            "DIFF  {:?} {} {} | {:?} {} {} [{}]",
                            g.span.of(&doc.text),
                            g.kind,
                            g.value,
                            p.span.of(&doc.text),
                            p.kind.label(),
                            p.value,
                            p.rule
                        )
                    }
                };
                writeln!(err, "{id} {:?} {line}", doc.dct.map(|d| d.to_string()))?;
            }
        }
    }
    if scored == 0 {
        bail!("no TimeML documents scored under {}", args.path.display());
    }
    print_scores(&TimexScores::from_counts(&total), &total, scored, args.json)?;
    Ok(ExitCode::SUCCESS)
}

fn collect_tml(path: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    if path.is_file() {
        out.push(path.to_path_buf());
        return Ok(());
    }
    let entries =
        std::fs::read_dir(path).with_context(|| format!("cannot read {}", path.display()))?;
    for entry in entries {
        let entry_path = entry?.path();
        let name = entry_path.file_name().unwrap_or_default().to_string_lossy();
        if entry_path.is_dir() {
            collect_tml(&entry_path, out)?;
        } else if name.ends_with(".tml") && !name.starts_with("._") {
            out.push(entry_path);
        }
    }
    Ok(())
}

fn read_doc_list(path: &Path) -> Result<BTreeSet<String>> {
    let content =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    Ok(content
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| l.split_whitespace().next())
        .map(|id| id.trim_end_matches(".tml").to_string())
        .collect())
}

fn print_scores(scores: &TimexScores, counts: &Counts, docs: usize, json: bool) -> Result<()> {
    let mut out = std::io::stdout().lock();
    if json {
        writeln!(out, "{}", serde_json::to_string(scores)?)?;
        return Ok(());
    }
    writeln!(
        out,
        "{docs} documents, {} gold time expressions, {} predicted",
        counts.gold, counts.predicted
    )?;
    writeln!(
        out,
        "{:<8} {:>9} {:>9} {:>9}",
        "span", "precision", "recall", "F1"
    )?;
    for (name, prf) in [("strict", scores.strict), ("relaxed", scores.relaxed)] {
        writeln!(
            out,
            "{:<8} {:>9.4} {:>9.4} {:>9.4}",
            name, prf.precision, prf.recall, prf.f1
        )?;
    }
    writeln!(out, "type accuracy  {:.4}", scores.type_accuracy)?;
    writeln!(out, "value accuracy {:.4}", scores.value_accuracy)?;
    writeln!(out, "value F1       {:.4}", scores.value_f1)?;
    Ok(())
}
