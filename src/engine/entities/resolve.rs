//! One entity per real thing: mentions of the same person, place or organisation within an
//! article are merged, and the entity is named by its fullest form.
//!
//! Merge rules, each with an id (shown by `--explain`): the same words; the same country
//! under another name (`US` = `U.S.` = `United States`, from the gazetteer's alias groups);
//! a person's surname or shorter name (`Dar` = `Ishaq Dar`); an acronym of a longer name
//! (`PAF` = `Pakistan Air Force`); a unique shorter tail of an organisation's name. This
//! module does not find or type mentions.

use super::features::normalize;
use super::lexicon::{phrase_hash, GazList, Lexicon};
use super::pipeline::Mention;
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

fn acronym_letters(surface: &str) -> Option<String> {
    let letters: String = surface.chars().filter(|c| *c != '.').collect();
    let ok = (2..=6).contains(&letters.chars().count())
        && letters
            .chars()
            .all(|c| c.is_uppercase() && c.is_alphabetic());
    ok.then_some(letters)
}

fn initials(surface: &str) -> String {
    surface
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !ACRONYM_SKIP.contains(&w.to_lowercase().as_str()))
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// Whether `short` is a contiguous run of `long` ending at its last word.
fn is_tail(short: &[String], long: &[String]) -> bool {
    short.len() < long.len() && long.ends_with(short)
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

fn link(text: &str, a: (&Key, &Mention), b: (&Key, &Mention)) -> Option<MergeRule> {
    let ((ka, ma), (kb, mb)) = (a, b);
    if ka.words == kb.words {
        return Some(MergeRule::Same);
    }
    if ka.group.is_some() && ka.group == kb.group {
        return Some(MergeRule::Alias);
    }
    let both = |c: Coarse| ka.coarse == c && kb.coarse == c;
    if both(Coarse::Per) && (is_tail(&ka.words, &kb.words) || is_tail(&kb.words, &ka.words)) {
        return Some(MergeRule::Surname);
    }
    let (sa, sb) = (ma.span.of(text), mb.span.of(text));
    let acronym = |short: &str, long: &str| {
        acronym_letters(short).is_some_and(|letters| {
            long.split_whitespace().count() >= 2 && initials(long) == letters
        })
    };
    if acronym(sa, sb) || acronym(sb, sa) {
        return Some(MergeRule::Acronym);
    }
    None
}

/// Groups mentions into entities: each group lists mention indices in text order, with
/// the rule that brought each mention in (the first has none).
pub fn cluster(
    lexicon: &Lexicon,
    text: &str,
    mentions: &[Mention],
) -> Vec<Vec<(usize, Option<MergeRule>)>> {
    let keys: Vec<Key> = mentions.iter().map(|m| key_of(lexicon, text, m)).collect();
    let mut groups: Vec<Vec<(usize, Option<MergeRule>)>> = Vec::new();
    for (i, mention) in mentions.iter().enumerate() {
        let found = groups.iter().enumerate().rev().find_map(|(g, members)| {
            members.iter().find_map(|&(j, _)| {
                link(text, (&keys[i], mention), (&keys[j], &mentions[j])).map(|rule| (g, rule))
            })
        });
        match found {
            Some((g, rule)) => groups[g].push((i, Some(rule))),
            None => groups.push(vec![(i, None)]),
        }
    }
    merge_org_tails(&keys, &mut groups);
    groups
}

/// Folds a group whose every mention is a shorter tail of exactly one organisation's
/// name into that organisation.
fn merge_org_tails(keys: &[Key], groups: &mut Vec<Vec<(usize, Option<MergeRule>)>>) {
    let mut g = 0;
    while g < groups.len() {
        let short = &keys[groups[g][0].0];
        let candidates: Vec<usize> = (0..groups.len())
            .filter(|&h| h != g)
            .filter(|&h| {
                groups[h].iter().any(|&(j, _)| {
                    keys[j].coarse == Coarse::Org
                        && short.coarse == Coarse::Org
                        && short.words.len() >= 2
                        && is_tail(&short.words, &keys[j].words)
                })
            })
            .collect();
        if let [target] = candidates.as_slice() {
            let target = *target;
            let moved: Vec<(usize, Option<MergeRule>)> = groups[g]
                .iter()
                .map(|&(i, _)| (i, Some(MergeRule::Tail)))
                .collect();
            groups[target].extend(moved);
            groups[target].sort_by_key(|&(i, _)| i);
            groups.remove(g);
        } else {
            g += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_match_initials_of_capitalised_words() {
        assert_eq!(acronym_letters("PAF").as_deref(), Some("PAF"));
        assert_eq!(acronym_letters("U.N.").as_deref(), Some("UN"));
        assert_eq!(acronym_letters("Dar"), None);
        assert_eq!(initials("Pakistan Air Force"), "PAF");
        assert_eq!(initials("Bank of England"), "BE");
    }

    #[test]
    fn tails_are_proper_suffixes() {
        let w = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        assert!(is_tail(&w("dar"), &w("ishaq dar")));
        assert!(!is_tail(&w("ishaq"), &w("ishaq dar")));
        assert!(!is_tail(&w("ishaq dar"), &w("ishaq dar")));
    }
}
