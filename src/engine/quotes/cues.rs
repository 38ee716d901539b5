//! The cue lexicon: the words and phrases that report speech ("said", "according to"), as
//! data, and where each kind of cue expects its source.
//!
//! It is not a verb list for parsing: only words that introduce someone's words belong here,
//! and a word earns its place by how news reports speech ("posted", "tweeted").

use crate::engine::text::Token;

/// Where a cue expects its source, which decides how the source is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CueForm {
    /// A finite verb: the source stands before it ("he said") or, inverted, after it ("said
    /// Smith").
    Finite,
    /// A participle hanging off a clause: the source is that clause's subject ("Bruce gave a
    /// response, saying").
    Participle,
    /// A preposition: the source follows it ("according to officials").
    Preposition,
}

/// A cue phrase, lowercase, words separated by single spaces, with its form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CueEntry {
    /// The words, as they appear in the text, lowercased.
    pub phrase: &'static str,
    /// Where its source is.
    pub form: CueForm,
    /// Whether the cue also introduces reported speech without marks ("said that …").
    pub reports: bool,
}

const fn finite(phrase: &'static str, reports: bool) -> CueEntry {
    CueEntry {
        phrase,
        form: CueForm::Finite,
        reports,
    }
}

const fn participle(phrase: &'static str) -> CueEntry {
    CueEntry {
        phrase,
        form: CueForm::Participle,
        reports: false,
    }
}

/// The lexicon. Longer phrases come before the shorter ones they start with.
pub(crate) const CUES: &[CueEntry] = &[
    CueEntry {
        phrase: "according to",
        form: CueForm::Preposition,
        reports: true,
    },
    finite("went on to say", true),
    finite("pointed out", true),
    finite("shot back", false),
    finite("said", true),
    finite("says", true),
    finite("say", true),
    finite("told", true),
    finite("tells", true),
    finite("added", true),
    finite("adds", true),
    finite("asked", false),
    finite("asks", false),
    finite("insisted", true),
    finite("insists", true),
    finite("warned", true),
    finite("warns", true),
    finite("wrote", true),
    finite("writes", true),
    finite("posted", false),
    finite("tweeted", false),
    finite("tweets", false),
    finite("stated", true),
    finite("states", true),
    finite("explained", true),
    finite("explains", true),
    finite("noted", true),
    finite("notes", true),
    finite("continued", false),
    finite("continues", false),
    finite("replied", false),
    finite("responded", false),
    finite("declared", true),
    finite("declares", true),
    finite("argued", true),
    finite("argues", true),
    finite("claimed", true),
    finite("claims", true),
    finite("concluded", true),
    finite("recalled", true),
    finite("admitted", true),
    finite("acknowledged", true),
    finite("announced", true),
    finite("remarked", true),
    finite("suggested", true),
    finite("promised", true),
    finite("pledged", true),
    finite("vowed", true),
    finite("urged", false),
    finite("shouted", false),
    finite("yelled", false),
    finite("joked", true),
    finite("quipped", false),
    finite("observed", true),
    finite("countered", true),
    finite("reiterated", true),
    finite("emphasized", true),
    finite("stressed", true),
    finite("maintained", true),
    finite("asserted", true),
    finite("predicted", true),
    finite("called", false),
    finite("calls", false),
    finite("described", false),
    finite("describes", false),
    finite("reported", true),
    finite("reports", true),
    finite("testified", true),
    finite("confirmed", true),
    finite("conceded", true),
    finite("boasted", true),
    finite("complained", true),
    finite("cautioned", true),
    finite("chanted", false),
    finite("reads", false),
    finite("read", false),
    finite("wondered", false),
    finite("charged", true),
    finite("accused", false),
    finite("blasted", false),
    finite("mocked", false),
    finite("dubbed", false),
    finite("labeled", false),
    finite("referred to", false),
    participle("saying"),
    participle("adding"),
    participle("telling"),
    participle("calling"),
    participle("noting"),
    participle("writing"),
    participle("asking"),
    participle("arguing"),
    participle("declaring"),
    participle("explaining"),
    participle("insisting"),
    participle("warning"),
    participle("claiming"),
    participle("stating"),
    participle("describing"),
    participle("tweeting"),
    participle("posting"),
    participle("replying"),
    participle("responding"),
    participle("suggesting"),
    participle("remarking"),
    participle("urging"),
    participle("accusing"),
    participle("promising"),
    participle("vowing"),
    participle("referring to"),
    participle("dubbing"),
    participle("labeling"),
];

/// A cue found in the text: its entry and how many tokens it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CueMatch {
    pub entry: CueEntry,
    pub len: usize,
}

/// The cue starting at token `at`, if any.
pub(crate) fn cue_at(text: &str, tokens: &[Token], at: usize) -> Option<CueMatch> {
    CUES.iter().find_map(|entry| {
        let len = phrase_len(text, tokens, at, entry.phrase)?;
        Some(CueMatch { entry: *entry, len })
    })
}

/// How many tokens from `at` spell `phrase` (case-insensitively), if they do.
fn phrase_len(text: &str, tokens: &[Token], at: usize, phrase: &str) -> Option<usize> {
    let mut len = 0;
    for word in phrase.split(' ') {
        let token = tokens.get(at + len)?;
        if !token.span.of(text).eq_ignore_ascii_case(word) {
            return None;
        }
        len += 1;
    }
    Some(len)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::span::Span;
    use crate::engine::text::tokenize;

    #[test]
    fn multi_word_cues_match_before_their_first_word() {
        let text = "According to officials, he went on to say so.";
        let tokens = tokenize(text, Span::new(0, text.len()));
        let first = cue_at(text, &tokens, 0).expect("according to");
        assert_eq!((first.entry.form, first.len), (CueForm::Preposition, 2));
        let went = cue_at(text, &tokens, 5).expect("went on to say");
        assert_eq!(went.len, 4);
        assert_eq!(cue_at(text, &tokens, 4), None, "'he' is no cue");
    }

    #[test]
    fn the_lexicon_lists_each_phrase_once_in_lowercase() {
        for (i, entry) in CUES.iter().enumerate() {
            assert_eq!(entry.phrase, entry.phrase.to_lowercase());
            assert!(
                CUES[..i].iter().all(|e| e.phrase != entry.phrase),
                "{}",
                entry.phrase
            );
        }
    }
}
