//! Typed errors of the engine. Only loading a model can fail; annotating never does.

/// Why a model could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot load model: {kind}")]
pub struct LoadError {
    /// What went wrong.
    pub kind: LoadErrorKind,
}

/// The kinds of [`LoadError`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LoadErrorKind {
    /// The bytes do not start with the model's magic header.
    #[error("not a Gloss model (bad magic)")]
    BadMagic,
    /// The model was written by a format version this build cannot read.
    #[error("unsupported model version {found} (this build reads {supported})")]
    UnsupportedVersion {
        /// The version in the file.
        found: u32,
        /// The version this build reads.
        supported: u32,
    },
    /// The bytes end before the model does, or a length field points past the end.
    #[error("model is truncated or corrupt: {0}")]
    Corrupt(String),
}

impl From<LoadErrorKind> for LoadError {
    fn from(kind: LoadErrorKind) -> LoadError {
        LoadError { kind }
    }
}
