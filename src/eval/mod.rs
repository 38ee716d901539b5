//! Evaluation: scoring the extractors against annotated data (CoNLL-2003, TimeML, PolNeAR).
//!
//! Pure functions from file contents (strings) to scores; the CLI reads the files. This is
//! not a test suite: it measures, it does not assert.

pub mod ner;
pub mod quotes;
pub mod timex;

use serde::Serialize;

/// Precision, recall and F1 of one comparison, as fractions in 0..1.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Prf {
    /// Share of predictions that are right.
    pub precision: f64,
    /// Share of gold items that were found.
    pub recall: f64,
    /// Harmonic mean of the two.
    pub f1: f64,
}

impl Prf {
    /// From counts of true positives, predictions and gold items.
    pub fn from_counts(correct: usize, predicted: usize, gold: usize) -> Prf {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        Prf::from_ratios(ratio(correct, predicted), ratio(correct, gold))
    }

    /// From a precision and a recall computed elsewhere (F1 is their harmonic mean).
    pub fn from_ratios(precision: f64, recall: f64) -> Prf {
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Prf {
            precision,
            recall,
            f1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prf_from_counts() {
        let prf = Prf::from_counts(3, 4, 6);
        assert_eq!(prf.precision, 0.75);
        assert_eq!(prf.recall, 0.5);
        assert!((prf.f1 - 0.6).abs() < 1e-12);
        assert_eq!(Prf::from_counts(0, 0, 0), Prf::default());
    }
}
