//! One entity per real thing: mentions of the same person, place or organisation within an
//! article are merged, and the entity is named by its fullest form.
//!
//! Merge rules, each with an id (shown by `--explain`): the same words; the same country
//! under another name (`US` = `U.S.` = `United States`, from the gazetteer's alias groups);
//! a person's surname or given name (`Dar` = `Ishaq Dar`, even when the tagger typed
//! the short form otherwise), never joining two full names with different given names
//! (`Katherine Jackson` is not `Michael Jackson`); an acronym of a longer name
//! (`PAF` = `Pakistan Air Force`); a unique shorter tail of an organisation's name. This
//! module does not find or type mentions.

use std::collections::HashMap;

use super::features::normalize;
use super::lexicon::{phrase_hash, GazList, Lexicon};
use super::pipeline::Mention;
use super::roles::is_title_word;
use super::tagger::Coarse;

/// Words that do not count towards an acronym's letters.
const ACRONYM_SKIP: &[&str] = &["of", "the", "and", "for", "de", "du", "la", "&"];

/// A mention's words, normalised for comparison.
#[derive(Debug, Clone)]
struct Key {
    words: Vec<String>,
    group: Option<u16>,
    coarse: Coarse,
}

fn key_of(lexicon: &Lexicon, text: &str, mention: &Mention) -> Key {
    let surface = mention.span.of(text);
    let words: Vec<String> = surface
        .split_whitespace()
        .map(|w| normalize(w).to_lowercase())
        .collect();
    let group = lexicon
        .lookup(phrase_hash(mention.words.iter().map(String::as_str)))
        .filter(|h| h.has(GazList::Country) && h.group != u16::MAX)
        .map(|h| h.group);
    Key {
        words,
        group,
        coarse: mention.coarse,
    }
}

/// The letters of an acronym (`PAF`, `U.N.`, `M&S`: two to six capitals, full stops and
/// ampersands left out).
fn acronym_letters(surface: &str) -> Option<String> {
    let letters = || surface.chars().filter(|c| !matches!(c, '.' | '&'));
    let mut count = 0;
    for c in letters() {
        count += 1;
        if count > 6 || !(c.is_uppercase() && c.is_alphabetic()) {
            return None;
        }
    }
    (count >= 2).then(|| letters().collect())
}

/// The capitals opening the words of a name that count for an acronym.
fn initials(surface: &str) -> String {
    surface
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !ACRONYM_SKIP.iter().any(|skip| w.eq_ignore_ascii_case(skip)))
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// Whether `short` is a contiguous run of `long` ending at its last word.
fn is_tail(short: &[String], long: &[String]) -> bool {
    short.len() < long.len() && long.ends_with(short)
}

/// Whether `short` is the one-word given name of the longer `long` ("Sir Digby" … "Digby").
fn is_given_name(short: &[String], long: &[String]) -> bool {
    short.len() == 1 && long.len() >= 2 && long.first() == short.first()
}

/// Whether a group already holds a person's full name that `words`, a full name too, cannot
/// be a form of: "Katherine Jackson" does not join the group of "Michael Jackson" through
/// their shared "Jackson". Forms that differ by a title or an initial can ("Gen Musharraf",
/// "Lord Callaghan", "G Henson").
fn names_someone_else(keys: &[Key], group: &Group, words: &[String]) -> bool {
    words.len() >= 2
        && group.iter().any(|&(j, _)| {
            let other = &keys[j].words;
            keys[j].coarse == Coarse::Per
                && other.len() >= 2
                && !is_tail(other, words)
                && !is_tail(words, other)
                && other_given_names(other, words)
        })
}

/// Short titles the role lexicon does not hold ("Gen Musharraf", "Miss Kidman").
const SHORT_TITLES: &[&str] = &[
    "miss", "gen", "gen.", "col", "col.", "lt", "sgt", "capt", "maj", "rev", "fr", "sen", "rep",
    "gov", "pm", "ex-pm",
];

/// Whether two full names of one surname open on two different given names: no title
/// before either surname, and neither first word the same as or an initial of the other.
fn other_given_names(a: &[String], b: &[String]) -> bool {
    let titled = |name: &[String]| {
        name[..name.len() - 1]
            .iter()
            .any(|w| is_title_word(w) || SHORT_TITLES.contains(&w.as_str()))
    };
    let initial_of = |short: &str, long: &str| {
        let short = short.trim_end_matches('.');
        short.chars().count() == 1 && long.starts_with(short)
    };
    let (first_a, first_b) = (a[0].as_str(), b[0].as_str());
    first_a != first_b
        && !titled(a)
        && !titled(b)
        && !initial_of(first_a, first_b)
        && !initial_of(first_b, first_a)
}

/// Why two mentions were merged (rule ids).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MergeRule {
    /// The same words.
    Same,
    /// Names of one country.
    Alias,
    /// A shorter form of a person's name.
    Surname,
    /// An acronym of the other.
    Acronym,
    /// The only organisation whose name ends in these words.
    Tail,
}

impl MergeRule {
    /// The rule id.
    pub fn id(self) -> &'static str {
        match self {
            MergeRule::Same => "merge-same",
            MergeRule::Alias => "merge-country-alias",
            MergeRule::Surname => "merge-person-short-name",
            MergeRule::Acronym => "merge-acronym",
            MergeRule::Tail => "merge-org-tail",
        }
    }
}

/// Lookup tables over the groups built so far: each maps a key to the latest group.
#[derive(Default)]
struct Index {
    by_words: HashMap<Vec<String>, usize>,
    by_alias: HashMap<u16, usize>,
    people_by_last: HashMap<String, Vec<usize>>,
    by_initials: HashMap<String, usize>,
    by_acronym: HashMap<String, usize>,
}

/// One entity's mentions: indices with the rule that merged each in.
type Group = Vec<(usize, Option<MergeRule>)>;
type Groups = Vec<Group>;

impl Index {
    fn find(
        &self,
        text: &str,
        keys: &[Key],
        mentions: &[Mention],
        groups: &Groups,
        i: usize,
    ) -> Option<(usize, MergeRule)> {
        let key = &keys[i];
        if let Some(&g) = self.by_words.get(&key.words) {
            return Some((g, MergeRule::Same));
        }
        if let Some(g) = key.group.and_then(|a| self.by_alias.get(&a)) {
            return Some((*g, MergeRule::Alias));
        }
        if key.coarse == Coarse::Per || key.words.len() == 1 {
            let last = key.words.last().map_or("", String::as_str);
            let person = self.people_by_last.get(last).and_then(|gs| {
                gs.iter().rev().copied().find(|&g| {
                    !names_someone_else(keys, &groups[g], &key.words)
                        && groups[g].iter().any(|&(j, _)| {
                            let other = &keys[j].words;
                            let surname =
                                is_tail(&key.words, other) || is_given_name(&key.words, other);
                            keys[j].coarse == Coarse::Per
                                && (surname
                                    || key.coarse == Coarse::Per && is_tail(other, &key.words))
                        })
                })
            });
            if let Some(g) = person {
                return Some((g, MergeRule::Surname));
            }
        }
        let surface = mentions[i].span.of(text);
        if let Some(letters) = acronym_letters(surface) {
            if let Some(&g) = self.by_initials.get(&letters) {
                return Some((g, MergeRule::Acronym));
            }
        } else if surface.split_whitespace().count() >= 2 {
            if let Some(&g) = self.by_acronym.get(&initials(surface)) {
                return Some((g, MergeRule::Acronym));
            }
        }
        None
    }

    fn add(&mut self, text: &str, key: &Key, mention: &Mention, g: usize) {
        self.by_words.insert(key.words.clone(), g);
        if let Some(alias) = key.group {
            self.by_alias.insert(alias, g);
        }
        if key.coarse == Coarse::Per {
            for word in &key.words {
                let groups = self.people_by_last.entry(word.clone()).or_default();
                if groups.last() != Some(&g) {
                    groups.push(g);
                }
            }
        }
        let surface = mention.span.of(text);
        match acronym_letters(surface) {
            Some(letters) => {
                self.by_acronym.insert(letters, g);
            }
            None if surface.split_whitespace().count() >= 2 => {
                let letters = initials(surface);
                if letters.chars().count() >= 2 {
                    self.by_initials.insert(letters, g);
                }
            }
            None => {}
        }
    }
}

/// Groups mentions into entities: each group lists mention indices in text order, with
/// the rule that brought each mention in (the first has none).
pub fn cluster(lexicon: &Lexicon, text: &str, mentions: &[Mention]) -> Groups {
    let keys: Vec<Key> = mentions.iter().map(|m| key_of(lexicon, text, m)).collect();
    let mut groups: Groups = Vec::new();
    let mut index = Index::default();
    for (i, mention) in mentions.iter().enumerate() {
        let g = match index.find(text, &keys, mentions, &groups, i) {
            Some((g, rule)) => {
                groups[g].push((i, Some(rule)));
                g
            }
            None => {
                groups.push(vec![(i, None)]);
                groups.len() - 1
            }
        };
        index.add(text, &keys[i], mention, g);
    }
    merge_org_tails(&keys, groups)
}

/// Folds a group that starts with a multi-word organisation name which is a shorter tail of
/// exactly one other organisation's name into that organisation.
fn merge_org_tails(keys: &[Key], groups: Groups) -> Groups {
    let mut tails: HashMap<&[String], Vec<usize>> = HashMap::new();
    for (g, members) in groups.iter().enumerate() {
        for &(j, _) in members
            .iter()
            .filter(|(j, _)| keys[*j].coarse == Coarse::Org)
        {
            let words = &keys[j].words;
            for k in 2..words.len() {
                let owners = tails.entry(&words[words.len() - k..]).or_default();
                if owners.last() != Some(&g) {
                    owners.push(g);
                }
            }
        }
    }
    let target = |g: usize| -> Option<usize> {
        let first = &keys[groups[g][0].0];
        if first.coarse != Coarse::Org || first.words.len() < 2 {
            return None;
        }
        match tails.get(first.words.as_slice())?.as_slice() {
            [only] if *only != g => Some(*only),
            _ => None,
        }
    };
    let moves: Vec<Option<usize>> = (0..groups.len()).map(target).collect();
    let mut out: Vec<Option<Group>> = groups.into_iter().map(Some).collect();
    for (g, to) in moves.iter().enumerate() {
        let Some(to) = *to else { continue };
        if moves[to].is_some() {
            continue;
        }
        let moved: Vec<(usize, Option<MergeRule>)> = out[g]
            .take()
            .unwrap_or_default()
            .into_iter()
            .map(|(i, _)| (i, Some(MergeRule::Tail)))
            .collect();
        if let Some(members) = out[to].as_mut() {
            members.extend(moved);
            members.sort_by_key(|&(i, _)| i);
        }
    }
    out.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_match_initials_of_capitalised_words() {
        assert_eq!(acronym_letters("PAF").as_deref(), Some("PAF"));
        assert_eq!(acronym_letters("U.N.").as_deref(), Some("UN"));
        assert_eq!(acronym_letters("M&S").as_deref(), Some("MS"));
        assert_eq!(initials("Marks & Spencer"), "MS");
        assert_eq!(acronym_letters("Dar"), None);
        assert_eq!(acronym_letters("P"), None);
        assert_eq!(acronym_letters("NASDAQX"), None);
        assert_eq!(acronym_letters("ÉTAT").as_deref(), Some("ÉTAT"));
        assert_eq!(initials("Pakistan Air Force"), "PAF");
        assert_eq!(initials("Bank of England"), "BE");
        assert_eq!(initials("Bank OF England"), "BE");
    }

    #[test]
    fn given_names_match_only_the_first_word() {
        let w = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        assert!(is_given_name(&w("digby"), &w("digby jones")));
        assert!(!is_given_name(&w("jones"), &w("digby jones")));
        assert!(!is_given_name(&w("digby jones"), &w("digby jones")));
    }

    #[test]
    fn tails_are_proper_suffixes() {
        let w = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        assert!(is_tail(&w("dar"), &w("ishaq dar")));
        assert!(!is_tail(&w("ishaq"), &w("ishaq dar")));
        assert!(!is_tail(&w("ishaq dar"), &w("ishaq dar")));
    }
}
