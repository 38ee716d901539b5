//! The annotation engine: pure Rust, deterministic, never fails on text.
//!
//! Stages run in one fixed order, each in its own module, and a later stage may read the
//! output of an earlier one, never the reverse:
//!
//! 1. [`text`]: paragraphs, sentences and tokens, every span a byte range of the input;
//! 2. [`entities`]: named-entity mentions merged into entities, with roles;
//! 3. [`dates`]: time expressions normalised against the reference date;
//! 4. [`quotes`]: quotations, their kind and their speaker;
//! 5. [`timeline`]: dated events in order.
//!
//! What it is not: it does no IO, reads no clock (the reference date is passed in through
//! [`Options`]) and knows nothing of the browser. Only loading a model returns a `Result`;
//! [`annotate`] returns [`Annotations`] for any string, odd input yielding fewer annotations.

pub mod calendar;
pub mod dates;
pub mod entities;
mod error;
pub mod invariants;
pub mod output;
pub mod quotes;
pub mod span;
pub mod text;
pub mod timeline;
mod verbs;
mod words;

pub use calendar::CivilDate;
pub use error::{LoadError, LoadErrorKind};
pub use output::Annotations;
pub use span::Span;

/// What the caller tells the engine about the article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// The publication date relative dates are resolved against ("Wednesday", "last May").
    /// When `None`, the engine looks for one in the text (a dateline or "Published" line).
    pub reference_date: Option<CivilDate>,
    /// Today's date, taken by the caller at its edge (the app, the CLI): the reference date
    /// of last resort, used only when none is given and none is found in the text.
    pub today: Option<CivilDate>,
    /// Whether to say why each annotation was made (`why` fields in the output).
    pub explain: bool,
}

/// The loaded models; cheap to share, expensive to build (build it once).
#[derive(Debug)]
pub struct Engine {
    entities: entities::Model,
}

impl Engine {
    /// Loads an engine from a serialised entity model (see [`entities::Model::from_bytes`]).
    ///
    /// # Errors
    /// Returns a [`LoadError`] when the bytes are not a model this version can read.
    pub fn from_model_bytes(entity_model: &[u8]) -> Result<Engine, LoadError> {
        Ok(Engine {
            entities: entities::Model::from_bytes(entity_model)?,
        })
    }

    /// The engine with the model built into the binary, loaded on first use.
    pub fn builtin() -> &'static Engine {
        static ENGINE: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
        ENGINE.get_or_init(|| Engine {
            entities: entities::Model::builtin(),
        })
    }

    /// Annotates `text`. Never panics and never fails: odd input yields fewer annotations.
    pub fn annotate(&self, text: &str, options: &Options) -> Annotations {
        let doc = text::analyze(text);
        let entities = entities::extract_with(&self.entities, text, &doc, options.explain);
        let reference = dates::reference_date(text, &doc, options.reference_date, options.today);
        let dates = dates::extract(text, &doc, reference.date);
        let quotes = quotes::extract(text, &doc, &entities);
        let events = timeline::build(text, &doc, &entities, &dates);
        let stages = output::Stages {
            doc: &doc,
            reference,
            entities: &entities,
            dates: &dates,
            quotes: &quotes,
            events: &events,
            explain: options.explain,
        };
        output::assemble(text, stages)
    }
}

/// Annotates `text` with the built-in models: the one call most users need.
pub fn annotate(text: &str, options: &Options) -> Annotations {
    Engine::builtin().annotate(text, options)
}
