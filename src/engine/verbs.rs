//! Words that are verbs wherever news uses them, for the stages that must tell a clause's
//! verb from the nouns around it without tagging parts of speech: the timeline (does a clause
//! have a verb?) and the quotes stage (where does a source phrase end?).
//!
//! Not a part-of-speech tagger: a fixed list of frequent irregular verbs and auxiliaries,
//! and lower-case words in "-ed".

use std::sync::OnceLock;

use super::words::WordSet;

/// Words that are verbs or auxiliaries wherever news uses them; with words ending in "-ed"
/// they tell a clause that has a verb from a bare list of nouns.
const VERBS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
    "can", "could", "may", "might", "must", "shall", "should", "did", "does", "do", "said", "says",
    "say", "told", "tells", "met", "meets", "meet", "took", "takes", "made", "makes", "began",
    "begins", "went", "goes", "came", "comes", "won", "wins", "lost", "saw", "left", "held",
    "holds", "fell", "falls", "rose", "rises", "gave", "gives", "got", "gets", "paid", "sold",
    "bought", "led", "leads", "ran", "runs", "set", "sent", "spent", "struck", "thought", "became",
    "becomes", "broke", "chose", "drew", "fled", "flew", "grew", "hit", "kept", "knew", "put",
    "read", "shot", "spoke", "stood", "wrote", "voted", "votes",
];

/// Whether `word` is (very likely) a verb: a listed one, or a lower-case word in "-ed".
pub(crate) fn is_verb(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| VERBS.iter().copied().collect())
        .contains(word)
        || word.len() > 4 && word.ends_with("ed") && word.starts_with(|c: char| c.is_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_verbs_and_lower_case_words_in_ed_are_verbs() {
        assert!(is_verb("gave"));
        assert!(is_verb("employed"));
        assert!(!is_verb("Reed"));
        assert!(!is_verb("bank"));
    }
}
