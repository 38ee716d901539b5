//! `gloss`: the native command line. Annotate articles, evaluate and train the extractors.
//!
//! This binary is the IO edge: it reads files, takes today's date from the clock when no
//! reference date is given, and turns errors into one-line messages with `anyhow`. All the
//! language work happens in the library.

mod annotate;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Gloss: entities, timeline and quotes from news articles.
#[derive(Debug, Parser)]
#[command(name = "gloss", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Annotate an article and print `gloss/1` JSON.
    Annotate(annotate::AnnotateArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Annotate(args) => annotate::run(&args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("gloss: {err:#}");
            ExitCode::FAILURE
        }
    }
}
