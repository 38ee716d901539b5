//! `gloss`: the native command line. Annotate articles, evaluate and train the extractors.
//!
//! This binary is the IO edge: it reads files, takes today's date from the clock when no
//! reference date is given, and turns errors into one-line messages with `anyhow`. All the
//! language work happens in the library.

mod annotate;
mod batch;
mod clock;
mod eval_ner;
mod eval_quotes;
mod eval_timex;
mod train;

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
    /// Measure an extractor on annotated data.
    #[command(subcommand)]
    Eval(EvalCommand),
    /// Train a model from ../shared/data.
    #[command(subcommand)]
    Train(TrainCommand),
}

#[derive(Debug, Subcommand)]
enum EvalCommand {
    /// Entities on a CoNLL-2003 file: conlleval-style precision, recall, F1.
    Ner(eval_ner::EvalNerArgs),
    /// Time expressions on TimeML files: TempEval-3 measures.
    Timex(eval_timex::EvalTimexArgs),
    /// Quotes and speakers on a PolNeAR JSONL file.
    Quotes(eval_quotes::EvalQuotesArgs),
}

#[derive(Debug, Subcommand)]
enum TrainCommand {
    /// The entity tagger.
    Ner(train::TrainNerArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Annotate(args) => annotate::run(&args),
        Command::Eval(EvalCommand::Ner(args)) => eval_ner::run(&args),
        Command::Eval(EvalCommand::Timex(args)) => eval_timex::run(&args),
        Command::Eval(EvalCommand::Quotes(args)) => eval_quotes::run(&args),
        Command::Train(TrainCommand::Ner(args)) => train::run(&args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("gloss: {err:#}");
            ExitCode::FAILURE
        }
    }
}
