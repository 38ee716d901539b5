//! The lexical resources the model carries: Brown word clusters and gazetteers.
//!
//! Both are read from the model file and turned into hash tables keyed by the same
//! string hashes the features use, so a lookup never allocates. This module does not decide
//! anything: it answers "which cluster" and "which lists does this phrase belong to".

use std::collections::HashMap;

use super::codec::{Reader, Writer};
use super::hash::{hash_str, mix, IdBuild};
use crate::engine::LoadError;

/// A gazetteer list a phrase can belong to (a bit in [`GazHit::lists`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum GazList {
    /// Sovereign countries and their alternative names.
    Country = 0,
    /// Cities of at least the population cut used in training.
    City = 1,
    /// States, provinces and other subdivisions.
    Region = 2,
    /// Nationality adjectives and demonyms ("Indian", "Pakistani").
    Nationality = 3,
    /// Given names.
    FirstName = 4,
    /// Continents and world regions.
    Continent = 5,
}

/// How many gazetteer lists there are.
pub const GAZ_LISTS: usize = 6;

/// What a gazetteer knows about one phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GazHit {
    /// A bit per [`GazList`].
    pub lists: u8,
    /// The alias group (a country's index in [`Lexicon::groups`]), or `u16::MAX`.
    pub group: u16,
}

impl GazHit {
    /// Whether the phrase is on `list`.
    pub fn has(self, list: GazList) -> bool {
        self.lists & (1 << list as u8) != 0
    }
}

/// One gazetteer phrase as stored: its tokens lower-cased and joined by single spaces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GazEntry {
    /// The lists it is on.
    pub lists: u8,
    /// Its alias group or `u16::MAX`.
    pub group: u16,
    /// Lower-cased tokens joined by spaces.
    pub phrase: String,
}

/// Brown clusters and gazetteers, ready for lookups.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// Each cluster's bit string: the bits (first bit highest) and the length.
    pub paths: Vec<(u32, u8)>,
    /// Word hash (exact form) to cluster index.
    pub brown: HashMap<u64, u16, IdBuild>,
    /// Phrase hash (folded token hashes of the lower-cased tokens) to hit.
    pub gazetteer: HashMap<u64, GazHit, IdBuild>,
    /// The longest gazetteer phrase, in tokens.
    pub max_phrase: usize,
    /// Canonical names of alias groups (countries).
    pub groups: Vec<String>,
}

/// The start of every phrase hash.
pub const PHRASE_SEED: u64 = 0x51_7cc1_b727_220a;

/// The hash of a token sequence, folded token by token (tokens already lower-cased).
pub fn phrase_hash<'a>(tokens: impl IntoIterator<Item = &'a str>) -> u64 {
    tokens
        .into_iter()
        .fold(PHRASE_SEED, |h, t| mix(h, hash_str(t)))
}

impl Lexicon {
    /// Builds the lookup tables from stored lists.
    pub fn build(
        paths: Vec<(u32, u8)>,
        words: &[(u16, String)],
        entries: &[GazEntry],
        groups: Vec<String>,
    ) -> Lexicon {
        let mut brown = HashMap::with_capacity_and_hasher(words.len(), IdBuild::default());
        for (cluster, word) in words {
            if (*cluster as usize) < paths.len() {
                brown.insert(hash_str(word), *cluster);
            }
        }
        let mut lexicon = Lexicon {
            paths,
            brown,
            groups,
            ..Lexicon::default()
        };
        for entry in entries {
            lexicon.add_phrase(&entry.phrase, entry.lists, entry.group);
        }
        lexicon
    }

    fn add_phrase(&mut self, phrase: &str, lists: u8, group: u16) {
        self.max_phrase = self.max_phrase.max(phrase.split(' ').count());
        let hit = self
            .gazetteer
            .entry(phrase_hash(phrase.split(' ')))
            .or_insert(GazHit {
                lists: 0,
                group: u16::MAX,
            });
        hit.lists |= lists;
        if group != u16::MAX {
            hit.group = group;
        }
    }

    /// The Brown cluster of a word hash, if known.
    pub fn cluster(&self, word_hash: u64) -> Option<(u32, u8)> {
        let idx = *self.brown.get(&word_hash)?;
        self.paths.get(idx as usize).copied()
    }

    /// The gazetteer hit of a phrase hash, if any.
    pub fn lookup(&self, phrase: u64) -> Option<GazHit> {
        self.gazetteer.get(&phrase).copied()
    }

    /// The canonical name of an alias group.
    pub fn group_name(&self, group: u16) -> Option<&str> {
        self.groups.get(group as usize).map(String::as_str)
    }
}

/// The stored form of the lexicon: what training writes and loading reads.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LexiconData {
    /// Cluster bit strings.
    pub paths: Vec<(u32, u8)>,
    /// `(cluster, word)` pairs.
    pub words: Vec<(u16, String)>,
    /// Gazetteer phrases.
    pub entries: Vec<GazEntry>,
    /// Alias group names.
    pub groups: Vec<String>,
}

impl LexiconData {
    /// Writes the lists.
    pub fn write(&self, w: &mut Writer) {
        w.u32(self.paths.len() as u32);
        for &(bits, len) in &self.paths {
            w.u32(bits);
            w.u8(len);
        }
        w.u32(self.words.len() as u32);
        for (cluster, word) in &self.words {
            w.u16(*cluster);
            w.str(word);
        }
        w.u32(self.entries.len() as u32);
        for entry in &self.entries {
            w.u8(entry.lists);
            w.u16(entry.group);
            w.str(&entry.phrase);
        }
        w.u32(self.groups.len() as u32);
        for group in &self.groups {
            w.str(group);
        }
    }

    /// Reads the stored lists straight into lookup tables, without copying the words.
    pub fn read_lexicon(r: &mut Reader<'_>) -> Result<Lexicon, LoadError> {
        let mut lexicon = Lexicon::default();
        for _ in 0..r.count("cluster paths")? {
            lexicon
                .paths
                .push((r.u32("path bits")?, r.u8("path length")?));
        }
        let words = r.count("cluster words")?;
        lexicon.brown.reserve(words);
        for _ in 0..words {
            let cluster = r.u16("word cluster")?;
            let word = r.str("cluster word")?;
            if (cluster as usize) < lexicon.paths.len() {
                lexicon.brown.insert(hash_str(word), cluster);
            }
        }
        let entries = r.count("gazetteer entries")?;
        lexicon.gazetteer.reserve(entries);
        for _ in 0..entries {
            let lists = r.u8("gazetteer lists")?;
            let group = r.u16("gazetteer group")?;
            let phrase = r.str("gazetteer phrase")?;
            lexicon.add_phrase(phrase, lists, group);
        }
        for _ in 0..r.count("alias groups")? {
            lexicon.groups.push(r.str("alias group")?.to_string());
        }
        Ok(lexicon)
    }

    /// The lookup tables.
    pub fn into_lexicon(self) -> Lexicon {
        Lexicon::build(self.paths, &self.words, &self.entries, self.groups)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_lists_read_back_as_lookups() {
        let data = LexiconData {
            paths: vec![(0b0110 << 28, 4)],
            words: vec![(0, "Paris".to_string())],
            entries: vec![GazEntry {
                lists: 1 << GazList::Country as u8,
                group: 0,
                phrase: "united states".to_string(),
            }],
            groups: vec!["United States".to_string()],
        };
        let mut w = Writer::default();
        data.write(&mut w);
        let lexicon = LexiconData::read_lexicon(&mut Reader::new(&w.bytes)).unwrap();
        assert_eq!(lexicon.cluster(hash_str("Paris")), Some((0b0110 << 28, 4)));
        assert_eq!(lexicon.cluster(hash_str("paris")), None);
        let hit = lexicon.lookup(phrase_hash(["united", "states"])).unwrap();
        assert!(hit.has(GazList::Country));
        assert_eq!(lexicon.group_name(hit.group), Some("United States"));
        assert_eq!(lexicon.max_phrase, 2);
    }
}
