//! A fast hasher for the engine's fixed word tables (date openers, quote cues, the
//! timeline's verbs): short lower-case keys looked up once per token.
//!
//! Not for feature keys (those are part of the model format, see `entities::hash`) and not
//! for maps fed by the text alone: it does not resist chosen collisions, which only slows a
//! lookup, since the tables' keys are fixed at build time.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A small multiplicative hash over the bytes of a word.
#[derive(Debug, Default)]
pub struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Builds [`WordHasher`]s.
pub type WordBuild = BuildHasherDefault<WordHasher>;

/// A set of fixed words.
pub type WordSet = HashSet<&'static str, WordBuild>;

/// A map from fixed words.
pub type WordMap<V> = HashMap<&'static str, V, WordBuild>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_set_finds_its_words_and_nothing_else() {
        let set: WordSet = ["may", "june", "monday"].into_iter().collect();
        assert!(set.contains("june"));
        assert!(!set.contains("jun"));
        assert!(!set.contains(""));
    }
}
