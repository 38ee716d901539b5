//! The work saved in the browser's local storage between visits, and reading it back.
//!
//! Pure and natively tested: the view's storage effect passes strings in and out. A saved
//! value that cannot be read is reported as [`Unreadable`] and never silently replaced; the
//! view keeps a copy of it before anything else is written. It is not a share link.

use serde::{Deserialize, Serialize};

use super::state::Work;
use crate::corrections::Correction;

/// The local-storage key of the saved work.
pub const KEY: &str = "gloss.work.v1";
/// Where an unreadable saved value is moved so that nothing is lost.
pub const UNREADABLE_KEY: &str = "gloss.work.v1.unreadable";
/// The version written in every saved value.
pub const VERSION: u32 = 1;

/// What is saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Saved {
    /// Always [`VERSION`].
    pub version: u32,
    /// The reader's work.
    pub work: Work,
    /// Legend keys the reader has hidden.
    #[serde(default)]
    pub hidden: Vec<String>,
    /// The reader's corrections in force.
    #[serde(default)]
    pub corrections: Vec<Correction>,
}

/// A saved value that is not a [`Saved`] this version can read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the saved work could not be read: {reason}")]
pub struct Unreadable {
    /// Why.
    pub reason: String,
}

impl Saved {
    /// Reads a saved value.
    ///
    /// # Errors
    /// [`Unreadable`] when it is not JSON of this shape or has another version.
    pub fn parse(raw: &str) -> Result<Saved, Unreadable> {
        let saved: Saved = serde_json::from_str(raw).map_err(|e| Unreadable {
            reason: e.to_string(),
        })?;
        if saved.version != VERSION {
            return Err(Unreadable {
                reason: format!("version {} is not {VERSION}", saved.version),
            });
        }
        Ok(saved)
    }

    /// The value to store.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_work_round_trips() {
        let saved = Saved {
            version: VERSION,
            work: Work::demo(),
            hidden: vec!["DATE".into()],
            corrections: Vec::new(),
        };
        assert_eq!(Saved::parse(&saved.to_json()), Ok(saved));
    }

    #[test]
    fn corrupt_or_foreign_values_are_unreadable() {
        assert!(Saved::parse("{\"version\":1,\"work\":").is_err());
        assert!(Saved::parse("[]").is_err());
        let future = r#"{"version":9,"work":{"text":"","title":"","reference_date":""}}"#;
        assert!(Saved::parse(future)
            .unwrap_err()
            .reason
            .contains("version 9"));
    }
}
