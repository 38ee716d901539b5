//! The cue lexicon: the words and phrases that report speech ("said", "according to"), as
//! data (multi-word phrases, and speech verbs in their past, present and participle forms),
//! and where each kind of cue expects its source.
//!
//! It is not a verb list for parsing: only words that introduce someone's words belong here,
//! and a word earns its place by how news reports speech ("posted", "tweeted").

use std::sync::OnceLock;

use crate::engine::text::{Token, TokenKind};
use crate::engine::words::WordMap;

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

/// Multi-word cues, tried before single verbs.
const PHRASES: &[CueEntry] = &[
    CueEntry {
        phrase: "puts it",
        form: CueForm::Finite,
        reports: false,
    },
    CueEntry {
        phrase: "put it",
        form: CueForm::Finite,
        reports: false,
    },
    CueEntry {
        phrase: "according to",
        form: CueForm::Preposition,
        reports: true,
    },
    CueEntry {
        phrase: "went on to say",
        form: CueForm::Finite,
        reports: true,
    },
    CueEntry {
        phrase: "goes on to say",
        form: CueForm::Finite,
        reports: true,
    },
    CueEntry {
        phrase: "pointed out",
        form: CueForm::Finite,
        reports: true,
    },
    CueEntry {
        phrase: "points out",
        form: CueForm::Finite,
        reports: true,
    },
    CueEntry {
        phrase: "pointing out",
        form: CueForm::Participle,
        reports: false,
    },
    CueEntry {
        phrase: "shot back",
        form: CueForm::Finite,
        reports: false,
    },
    CueEntry {
        phrase: "fired back",
        form: CueForm::Finite,
        reports: false,
    },
    CueEntry {
        phrase: "referred to",
        form: CueForm::Finite,
        reports: false,
    },
    CueEntry {
        phrase: "refers to",
        form: CueForm::Finite,
        reports: false,
    },
    CueEntry {
        phrase: "referring to",
        form: CueForm::Participle,
        reports: false,
    },
    CueEntry {
        phrase: "summed up",
        form: CueForm::Finite,
        reports: false,
    },
    CueEntry {
        phrase: "in the words of",
        form: CueForm::Preposition,
        reports: false,
    },
];

/// A speech verb in its three cue forms.
struct Verb {
    past: &'static str,
    present: &'static str,
    participle: &'static str,
    /// Whether it also introduces reported speech without marks ("said that …").
    reports: bool,
}

const fn verb(
    past: &'static str,
    present: &'static str,
    participle: &'static str,
    reports: bool,
) -> Verb {
    Verb {
        past,
        present,
        participle,
        reports,
    }
}

/// The speech verbs: past and present tense are finite cues, the participle hangs off a
/// clause ("…, saying"). Base forms ("say", "tell") follow "will", "did" and the like.
const VERBS: &[Verb] = &[
    verb("said", "says", "saying", true),
    verb("told", "tells", "telling", true),
    verb("added", "adds", "adding", true),
    verb("asked", "asks", "asking", false),
    verb("insisted", "insists", "insisting", true),
    verb("warned", "warns", "warning", true),
    verb("wrote", "writes", "writing", true),
    verb("posted", "posts", "posting", false),
    verb("tweeted", "tweets", "tweeting", false),
    verb("stated", "states", "stating", true),
    verb("explained", "explains", "explaining", true),
    verb("noted", "notes", "noting", true),
    verb("continued", "continues", "continuing", false),
    verb("replied", "replies", "replying", false),
    verb("responded", "responds", "responding", false),
    verb("declared", "declares", "declaring", true),
    verb("argued", "argues", "arguing", true),
    verb("claimed", "claims", "claiming", true),
    verb("concluded", "concludes", "concluding", true),
    verb("recalled", "recalls", "recalling", true),
    verb("admitted", "admits", "admitting", true),
    verb("acknowledged", "acknowledges", "acknowledging", true),
    verb("announced", "announces", "announcing", true),
    verb("remarked", "remarks", "remarking", true),
    verb("suggested", "suggests", "suggesting", true),
    verb("promised", "promises", "promising", true),
    verb("pledged", "pledges", "pledging", true),
    verb("vowed", "vows", "vowing", true),
    verb("urged", "urges", "urging", false),
    verb("shouted", "shouts", "shouting", false),
    verb("yelled", "yells", "yelling", false),
    verb("joked", "jokes", "joking", true),
    verb("quipped", "quips", "quipping", false),
    verb("observed", "observes", "observing", true),
    verb("countered", "counters", "countering", true),
    verb("reiterated", "reiterates", "reiterating", true),
    verb("emphasized", "emphasizes", "emphasizing", true),
    verb("stressed", "stresses", "stressing", true),
    verb("maintained", "maintains", "maintaining", true),
    verb("asserted", "asserts", "asserting", true),
    verb("predicted", "predicts", "predicting", true),
    verb("called", "calls", "calling", false),
    verb("described", "describes", "describing", false),
    verb("reported", "reports", "reporting", true),
    verb("testified", "testifies", "testifying", true),
    verb("confirmed", "confirms", "confirming", true),
    verb("conceded", "concedes", "conceding", true),
    verb("boasted", "boasts", "boasting", true),
    verb("complained", "complains", "complaining", true),
    verb("cautioned", "cautions", "cautioning", true),
    verb("chanted", "chants", "chanting", false),
    verb("read", "reads", "reading", false),
    verb("wondered", "wonders", "wondering", false),
    verb("charged", "charges", "charging", true),
    verb("accused", "accuses", "accusing", false),
    verb("blasted", "blasts", "blasting", false),
    verb("mocked", "mocks", "mocking", false),
    verb("dubbed", "dubs", "dubbing", false),
    verb("labeled", "labels", "labeling", false),
    verb("criticized", "criticizes", "criticizing", false),
    verb("praised", "praises", "praising", false),
    verb("attacked", "attacks", "attacking", false),
    verb("defended", "defends", "defending", false),
    verb("questioned", "questions", "questioning", false),
    verb("dismissed", "dismisses", "dismissing", false),
    verb("denounced", "denounces", "denouncing", false),
    verb("blamed", "blames", "blaming", false),
    verb("echoed", "echoes", "echoing", false),
    verb("repeated", "repeats", "repeating", false),
    verb("cited", "cites", "citing", false),
    verb("denied", "denies", "denying", true),
    verb("rejected", "rejects", "rejecting", false),
    verb("condemned", "condemns", "condemning", false),
    verb("challenged", "challenges", "challenging", false),
    verb("agreed", "agrees", "agreeing", true),
    verb("characterized", "characterizes", "characterizing", false),
    verb("touted", "touts", "touting", false),
    verb("lamented", "laments", "lamenting", true),
    verb("demanded", "demands", "demanding", false),
    verb("proclaimed", "proclaims", "proclaiming", true),
    verb("whispered", "whispers", "whispering", false),
    verb("muttered", "mutters", "muttering", false),
    verb("scoffed", "scoffs", "scoffing", false),
    verb("sniped", "snipes", "sniping", false),
    verb("groused", "grouses", "grousing", true),
    verb("griped", "gripes", "griping", true),
    verb("thundered", "thunders", "thundering", false),
    verb("marveled", "marvels", "marveling", true),
    verb("advised", "advises", "advising", false),
    verb("pleaded", "pleads", "pleading", false),
    verb("begged", "begs", "begging", false),
    verb("texted", "texts", "texting", false),
    verb("emailed", "emails", "emailing", false),
    verb("messaged", "messages", "messaging", false),
    verb("ridiculed", "ridicules", "ridiculing", false),
    verb("slammed", "slams", "slamming", false),
    verb("hailed", "hails", "hailing", false),
    verb("summed", "sums", "summing", false),
    verb("recounted", "recounts", "recounting", true),
    verb("speculated", "speculates", "speculating", true),
    verb("estimated", "estimates", "estimating", true),
    verb("contended", "contends", "contending", true),
    verb("mused", "muses", "musing", true),
    verb("assured", "assures", "assuring", true),
    verb("indicated", "indicates", "indicating", true),
    verb("exhorted", "exhorts", "exhorting", false),
    verb("answered", "answers", "answering", true),
    verb("exclaimed", "exclaims", "exclaiming", false),
    verb("barked", "barks", "barking", false),
    verb("vented", "vents", "venting", false),
    verb("fumed", "fumes", "fuming", false),
    verb("pressed", "presses", "pressing", false),
    verb("elaborated", "elaborates", "elaborating", false),
    verb("confessed", "confesses", "confessing", true),
    verb("surmised", "surmises", "surmising", true),
    verb("protested", "protests", "protesting", false),
    verb("retorted", "retorts", "retorting", false),
    verb("beamed", "beams", "beaming", false),
    verb("opined", "opines", "opining", true),
    verb("scolded", "scolds", "scolding", false),
    verb("lauded", "lauds", "lauding", false),
    verb("bemoaned", "bemoans", "bemoaning", false),
    verb("sang", "sings", "singing", false),
    verb("interjected", "interjects", "interjecting", false),
    verb("snapped", "snaps", "snapping", false),
    verb("gushed", "gushes", "gushing", false),
    verb("chided", "chides", "chiding", false),
    verb("retweeted", "retweets", "retweeting", false),
];

/// Base forms that act as finite cues ("Sources say", "they tell").
const BASE_FORMS: &[&str] = &[
    "say", "tell", "write", "argue", "insist", "explain", "predict",
];

/// Every cue phrase and verb form.
pub(crate) fn lexicon() -> Vec<CueEntry> {
    let mut all: Vec<CueEntry> = PHRASES.to_vec();
    for v in VERBS {
        for (phrase, form) in [
            (v.past, CueForm::Finite),
            (v.present, CueForm::Finite),
            (v.participle, CueForm::Participle),
        ] {
            all.push(CueEntry {
                phrase,
                form,
                reports: v.reports && form == CueForm::Finite,
            });
        }
    }
    all.extend(BASE_FORMS.iter().map(|&phrase| CueEntry {
        phrase,
        form: CueForm::Finite,
        reports: true,
    }));
    all
}

/// Whether `phrase` holds a cue of the lexicon as whole words ("has said", "according to"
/// the report), in any case.
pub(crate) fn holds_cue(phrase: &str) -> bool {
    let lower = phrase.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    (0..words.len()).any(|i| {
        index().get(words[i]).is_some_and(|slot| {
            slot.word.is_some()
                || slot.phrases.iter().any(|e| {
                    let cue: Vec<&str> = e.phrase.split(' ').collect();
                    words[i..].starts_with(&cue)
                })
        })
    })
}

/// What the lexicon holds for one lowercase word: its single-word cue, and the multi-word
/// cues it opens (in lexicon order).
#[derive(Debug, Default)]
struct Slot {
    word: Option<CueEntry>,
    phrases: Vec<CueEntry>,
}

type Index = WordMap<Slot>;

/// The lexicon indexed by word, so that reading a token costs one lookup however long the
/// lexicon grows.
fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = Index::default();
        for entry in lexicon() {
            match entry.phrase.split_once(' ') {
                Some((first, _)) => index.entry(first).or_default().phrases.push(entry),
                None => index.entry(entry.phrase).or_default().word = Some(entry),
            }
        }
        index
    })
}

/// A cue found in the text: its entry and how many tokens it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CueMatch {
    pub entry: CueEntry,
    pub len: usize,
}

/// The cue starting at token `at`, if any. A capitalised word after another word is a name,
/// not a cue ("United States", "Read").
pub(crate) fn cue_at(text: &str, tokens: &[Token], at: usize) -> Option<CueMatch> {
    let token = tokens.get(at)?;
    let word = token.span.of(text);
    if token.kind != TokenKind::Word
        || word.len() > MAX_CUE_WORD
        || !word.starts_with(|c: char| c.is_ascii_alphabetic())
    {
        return None;
    }
    let mut buffer = [0u8; MAX_CUE_WORD];
    let lower = buffer.get_mut(..word.len())?;
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    let slot = index().get(std::str::from_utf8(lower).ok()?)?;
    let phrase = slot.phrases.iter().find_map(|entry| {
        let len = phrase_len(text, tokens, at, entry.phrase)?;
        Some(CueMatch { entry: *entry, len })
    });
    phrase.or_else(|| {
        let after_word = at > 0 && tokens[at - 1].kind != TokenKind::Punct;
        if after_word && word.starts_with(|c: char| c.is_ascii_uppercase()) {
            return None;
        }
        if lower.ends_with(b"s") && after_noun_marker(text, tokens, at) {
            return None;
        }
        Some(CueMatch {
            entry: slot.word?,
            len: 1,
        })
    })
}

/// Words before a verb form in -s that make it a plural noun ("her remarks", "the 2012
/// attacks", "Pyongyang's claims", "in states across the country"): determiners,
/// possessives, quantifiers and prepositions.
const NOUN_MARKERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "these", "those", "whose",
    "'s", "’s", "'", "’", "several", "many", "some", "such", "no", "other", "recent", "earlier",
    "previous", "latest", "further", "numerous", "repeated", "opening", "in", "to", "of", "for",
    "with", "from", "across", "by", "on", "at", "into", "about", "among", "between", "all", "both",
    "most", "more", "fewer",
];

/// Whether the token before `at` marks a plural noun, or is a number ("2012 attacks").
fn after_noun_marker(text: &str, tokens: &[Token], at: usize) -> bool {
    at.checked_sub(1)
        .and_then(|i| tokens.get(i))
        .is_some_and(|t| {
            t.kind == TokenKind::Number || {
                let w = t.span.of(text);
                NOUN_MARKERS.iter().any(|m| m.eq_ignore_ascii_case(w))
            }
        })
}

/// The longest word a cue starts with ("characterizing"); longer words are never cues.
const MAX_CUE_WORD: usize = 14;

/// How many tokens from `at` spell `phrase` (case-insensitively), if they do.
fn phrase_len(text: &str, tokens: &[Token], at: usize, phrase: &str) -> Option<usize> {
    let first = tokens.get(at)?.span.of(text).as_bytes().first()?;
    if !phrase.as_bytes().first()?.eq_ignore_ascii_case(first) {
        return None;
    }
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
    fn the_index_finds_every_lexicon_entry_in_any_case() {
        for entry in lexicon() {
            for phrase in [entry.phrase.to_string(), entry.phrase.to_uppercase()] {
                let text = format!("— {phrase} .");
                let tokens = tokenize(&text, Span::new(0, text.len()));
                let found = cue_at(&text, &tokens, 1).expect(entry.phrase);
                assert_eq!(found.entry, entry);
                assert_eq!(found.len, entry.phrase.split(' ').count());
            }
        }
    }

    #[test]
    fn a_phrase_holding_a_cue_is_told_from_one_without() {
        assert!(holds_cue("has said"));
        assert!(holds_cue("According to"));
        assert!(!holds_cue("shows"));
        assert!(!holds_cue("accord"));
    }

    #[test]
    fn the_lexicon_lists_each_phrase_once_in_lowercase() {
        let all = lexicon();
        for (i, entry) in all.iter().enumerate() {
            assert_eq!(entry.phrase, entry.phrase.to_lowercase());
            assert!(
                all[..i].iter().all(|e| e.phrase != entry.phrase),
                "{}",
                entry.phrase
            );
        }
    }
}
