//! `gloss eval timex` (filled in by its issue).

use std::process::ExitCode;

use anyhow::{bail, Result};
use clap::Args;

/// Arguments (none yet).
#[derive(Debug, Args)]
pub struct EvalTimexArgs {}

/// Runs the command.
pub fn run(_args: &EvalTimexArgs) -> Result<ExitCode> {
    bail!("not implemented yet")
}
