//! `gloss train` (filled in by its issue).

use std::process::ExitCode;

use anyhow::{bail, Result};
use clap::Args;

/// Arguments (none yet).
#[derive(Debug, Args)]
pub struct TrainNerArgs {}

/// Runs the command.
pub fn run(_args: &TrainNerArgs) -> Result<ExitCode> {
    bail!("not implemented yet")
}
