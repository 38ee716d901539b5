//! Feature extraction for the tagger: what a token looks like, its neighbours, gazetteer
//! and word-cluster hits, and what the rest of the article says about the same word.
//!
//! Training and tagging share this code, so a feature means the same in both. Features are
//! hashed (template id mixed with a string hash) into 32-bit keys; nothing here allocates
//! per feature. This module does not score or decode.

use std::collections::HashMap;

use super::hash::{hash_str, key32, mix, Fnv, IdBuild};
use super::lexicon::{Lexicon, GAZ_LISTS, PHRASE_SEED};

/// A feature family; the explanation of a tag sums weights per family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[repr(u8)]
pub enum Template {
    /// Always on.
    Bias = 0,
    /// The exact word.
    Word,
    /// The lower-cased word.
    Lower,
    /// The word's shape (`Xxxx`, `X.X.`, `dd`).
    Shape,
    /// Prefixes and suffixes of the lower-cased word.
    Affix,
    /// Neighbouring words.
    Context,
    /// Neighbouring shapes.
    ContextShape,
    /// Position and capitalisation in context: sentence start, headline, all caps.
    Casing,
    /// Gazetteer hits on the token.
    Gazetteer,
    /// Gazetteer hits on neighbours.
    GazetteerContext,
    /// Brown cluster prefixes.
    Cluster,
    /// Brown cluster prefixes of neighbours.
    ClusterContext,
    /// How the same word is written elsewhere in the article.
    Document,
}

impl Template {
    /// Every family, in id order.
    pub const ALL: [Template; 13] = [
        Template::Bias,
        Template::Word,
        Template::Lower,
        Template::Shape,
        Template::Affix,
        Template::Context,
        Template::ContextShape,
        Template::Casing,
        Template::Gazetteer,
        Template::GazetteerContext,
        Template::Cluster,
        Template::ClusterContext,
        Template::Document,
    ];

    /// A short name for explanations.
    pub fn name(self) -> &'static str {
        match self {
            Template::Bias => "bias",
            Template::Word => "word",
            Template::Lower => "lowercase word",
            Template::Shape => "shape",
            Template::Affix => "affixes",
            Template::Context => "neighbouring words",
            Template::ContextShape => "neighbouring shapes",
            Template::Casing => "capitalisation in context",
            Template::Gazetteer => "gazetteer",
            Template::GazetteerContext => "gazetteer (neighbours)",
            Template::Cluster => "word cluster",
            Template::ClusterContext => "word cluster (neighbours)",
            Template::Document => "elsewhere in the article",
        }
    }
}

/// One feature: its key and family.
pub type Feature = (u32, Template);

/// How a word is capitalised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// No letters.
    None,
    /// All letters lower case.
    Lower,
    /// First letter upper case, some lower.
    Title,
    /// All letters upper case.
    Upper,
    /// Anything else (`iPhone`, `McDonald`).
    Mixed,
}

/// How a whole sentence is capitalised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SentenceCase {
    Normal,
    Headline,
    AllCaps,
}

/// What is precomputed for each token.
#[derive(Debug, Clone, PartialEq)]
pub struct TokenInfo {
    word: u64,
    lower: u64,
    shape: u64,
    short_shape: u64,
    prefixes: [u64; 4],
    suffixes: [u64; 4],
    cluster: [u64; 4],
    /// Capitalisation.
    pub case: Case,
    /// Gazetteer bits: list `l`, position `p` (B, I, L, U) is bit `4 * l + p`.
    pub gaz: u32,
}

/// A document's tokens, sentence by sentence, with everything features need.
#[derive(Debug, Clone, Default)]
pub struct DocFeatures {
    sentences: Vec<SentenceInfo>,
    /// Per lower-cased word: (times written lower case, times capitalised mid-sentence).
    usage: HashMap<u64, (u32, u32), IdBuild>,
}

#[derive(Debug, Clone)]
struct SentenceInfo {
    tokens: Vec<TokenInfo>,
    case: SentenceCase,
}

/// Replaces typographic quotes and dashes with their ASCII forms (as in the training data).
pub fn normalize(word: &str) -> std::borrow::Cow<'_, str> {
    if word.is_ascii() {
        return std::borrow::Cow::Borrowed(word);
    }
    let mapped: String = word
        .chars()
        .map(|c| match c {
            '’' | '‘' | '`' | '´' => '\'',
            '“' | '”' | '„' => '"',
            '–' | '—' | '‐' | '‑' => '-',
            other => other,
        })
        .collect();
    std::borrow::Cow::Owned(mapped)
}

/// The capitalisation of `word`.
pub fn case_of(word: &str) -> Case {
    let mut letters = Letters::default();
    if word.is_ascii() {
        for b in word.bytes().filter(u8::is_ascii_alphabetic) {
            letters.count(b.is_ascii_uppercase());
        }
    } else {
        for c in word.chars().filter(|c| c.is_alphabetic()) {
            letters.count(c.is_uppercase());
        }
    }
    letters.case()
}

fn shape_char(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_alphabetic() {
        'x'
    } else if c.is_ascii_digit() {
        'd'
    } else {
        c
    }
}

#[cfg(test)]
fn shape_of(word: &str, compress: bool) -> String {
    let mut out = String::new();
    let mut last = None;
    for s in word.chars().take(16).map(shape_char) {
        if compress && last == Some(s) {
            continue;
        }
        last = Some(s);
        out.push(s);
    }
    out
}

/// The hashes of the word's shape and of its shape with repeats compressed (what
/// `hash_str(&shape_of(word, false))` and `hash_str(&shape_of(word, true))` give).
fn shape_hashes(word: &str) -> (u64, u64) {
    let mut full = Fnv::default();
    let mut short = Fnv::default();
    let mut last = None;
    for s in word.chars().take(16).map(shape_char) {
        full.char(s);
        if last != Some(s) {
            short.char(s);
        }
        last = Some(s);
    }
    (full.0, short.0)
}

/// The cluster prefix hashes of a word, looked up as written (`word_hash`), lower-cased
/// (`lower_hash`, the hash of `lower`) and title-cased.
fn cluster_prefixes(lexicon: &Lexicon, word_hash: u64, lower_hash: u64, lower: &str) -> [u64; 4] {
    let found = lexicon
        .cluster(word_hash)
        .or_else(|| {
            (lower_hash != word_hash)
                .then(|| lexicon.cluster(lower_hash))
                .flatten()
        })
        .or_else(|| {
            let title_hash = title_case_hash(lower);
            (title_hash != word_hash && title_hash != lower_hash)
                .then(|| lexicon.cluster(title_hash))
                .flatten()
        });
    let Some((bits, len)) = found else {
        return [0; 4];
    };
    let mut out = [0u64; 4];
    for (slot, want) in out.iter_mut().zip([4u8, 6, 10, 20]) {
        let n = want.min(len);
        let prefix = if n == 0 {
            0
        } else {
            bits >> (32 - u32::from(n))
        };
        *slot = mix(u64::from(n), u64::from(prefix)) | 1;
    }
    out
}

/// The hash of `lower` with its first letter upper-cased, without building that string.
fn title_case_hash(lower: &str) -> u64 {
    let mut h = Fnv::default();
    let mut chars = lower.chars();
    if let Some(first) = chars.next() {
        first.to_uppercase().for_each(|c| h.char(c));
        h.bytes(chars.as_str().as_bytes());
    }
    h.0
}

fn affixes(lower: &str) -> ([u64; 4], [u64; 4]) {
    let mut prefixes = [0u64; 4];
    let mut suffixes = [0u64; 4];
    let starts: Vec<usize>;
    let (count, start_of): (usize, &dyn Fn(usize) -> usize) = if lower.is_ascii() {
        (lower.len(), &|i| i)
    } else {
        starts = lower.char_indices().map(|(i, _)| i).collect();
        (starts.len(), &|i| starts[i])
    };
    for k in 1..=4usize {
        if count > k {
            prefixes[k - 1] = mix(k as u64, hash_str(&lower[..start_of(k)]));
            let from = start_of(count - k);
            suffixes[k - 1] = mix(k as u64 + 8, hash_str(&lower[from..]));
        }
    }
    (prefixes, suffixes)
}

/// Writes the lower-cased `word` into `out` (reused from token to token).
fn lower_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
    } else {
        out.push_str(&word.to_lowercase());
    }
}

fn token_info(lexicon: &Lexicon, raw: &str, lower: &mut String) -> TokenInfo {
    if raw.is_ascii() {
        ascii_token_info(lexicon, raw, lower)
    } else {
        any_token_info(lexicon, raw, lower)
    }
}

/// [`token_info`] for any word, `lower` receiving its normalised lower-case form.
fn any_token_info(lexicon: &Lexicon, raw: &str, lower: &mut String) -> TokenInfo {
    let word = normalize(raw);
    lower_into(&word, lower);
    let lower = lower.as_str();
    let (prefixes, suffixes) = affixes(lower);
    let (shape, short_shape) = shape_hashes(&word);
    let (word_hash, lower_hash) = (hash_str(&word), hash_str(lower));
    TokenInfo {
        word: word_hash,
        lower: lower_hash,
        shape,
        short_shape,
        prefixes,
        suffixes,
        cluster: cluster_prefixes(lexicon, word_hash, lower_hash, lower),
        case: case_of(&word),
        gaz: 0,
    }
}

/// Counts of a word's letters by case, for [`Case`].
#[derive(Default)]
struct Letters {
    first_upper: Option<bool>,
    upper: usize,
    lower: usize,
}

impl Letters {
    fn count(&mut self, is_upper: bool) {
        self.first_upper.get_or_insert(is_upper);
        if is_upper {
            self.upper += 1;
        } else {
            self.lower += 1;
        }
    }

    fn case(&self) -> Case {
        match (self.first_upper, self.upper, self.lower) {
            (None, _, _) => Case::None,
            (_, 0, _) => Case::Lower,
            (_, _, 0) => Case::Upper,
            (Some(true), 1, _) => Case::Title,
            _ => Case::Mixed,
        }
    }
}

/// [`token_info`] for an ASCII word (which needs no normalising) in one pass over its
/// bytes: the word, lower-case, prefix and shape hashes and the letter case together.
fn ascii_token_info(lexicon: &Lexicon, word: &str, lower: &mut String) -> TokenInfo {
    let bytes = word.as_bytes();
    let n = bytes.len();
    let (mut word_hash, mut lower_hash) = (Fnv::default(), Fnv::default());
    let (mut full, mut short) = (Fnv::default(), Fnv::default());
    let mut last_shape = None;
    let mut letters = Letters::default();
    let mut prefixes = [0u64; 4];
    for (i, &b) in bytes.iter().enumerate() {
        word_hash.byte(b);
        lower_hash.byte(b.to_ascii_lowercase());
        if i < 4 && n > i + 1 {
            prefixes[i] = mix(i as u64 + 1, lower_hash.0);
        }
        if i < 16 {
            let shape = shape_char(char::from(b)) as u8;
            full.byte(shape);
            if last_shape != Some(shape) {
                short.byte(shape);
            }
            last_shape = Some(shape);
        }
        if b.is_ascii_alphabetic() {
            letters.count(b.is_ascii_uppercase());
        }
    }
    let mut suffixes = [0u64; 4];
    for (k, suffix) in (1..=4usize).zip(&mut suffixes).filter(|(k, _)| n > *k) {
        let mut h = Fnv::default();
        bytes[n - k..]
            .iter()
            .for_each(|b| h.byte(b.to_ascii_lowercase()));
        *suffix = mix(k as u64 + 8, h.0);
    }
    lower_into(word, lower);
    TokenInfo {
        word: word_hash.0,
        lower: lower_hash.0,
        shape: full.0,
        short_shape: short.0,
        prefixes,
        suffixes,
        cluster: cluster_prefixes(lexicon, word_hash.0, lower_hash.0, lower),
        case: letters.case(),
        gaz: 0,
    }
}

impl TokenInfo {
    /// The hash of the (normalised) word: tokens with the same one have the same word
    /// features.
    pub fn word_hash(&self) -> u64 {
        self.word
    }

    /// Calls `found` with the features that depend on the word alone, in order: the first
    /// ones [`DocFeatures::each_feature`] lists.
    pub fn each_word_feature(&self, mut found: impl FnMut(u32, Template)) {
        let mut emit = |template: Template, h: u64| {
            found(key32(mix(template as u64 + 1, h)), template);
        };
        emit(Template::Bias, 0);
        emit(Template::Word, self.word);
        emit(Template::Lower, self.lower);
        emit(Template::Shape, self.shape);
        emit(Template::Shape, mix(1, self.short_shape));
        for h in self
            .prefixes
            .iter()
            .chain(&self.suffixes)
            .filter(|&&h| h != 0)
        {
            emit(Template::Affix, *h);
        }
        for &h in self.cluster.iter().filter(|&&h| h != 0) {
            emit(Template::Cluster, h);
            emit(Template::Cluster, mix(h, self.case as u64));
        }
    }
}

fn sentence_case(tokens: &[TokenInfo]) -> SentenceCase {
    let words: Vec<Case> = tokens
        .iter()
        .map(|t| t.case)
        .filter(|c| *c != Case::None)
        .collect();
    if words.len() < 2 {
        return SentenceCase::Normal;
    }
    let upper = words.iter().filter(|&&c| c == Case::Upper).count();
    let capitalised = words
        .iter()
        .filter(|&&c| matches!(c, Case::Upper | Case::Title | Case::Mixed))
        .count();
    if upper * 4 >= words.len() * 3 {
        SentenceCase::AllCaps
    } else if capitalised * 4 >= words.len() * 3 && words.len() >= 3 {
        SentenceCase::Headline
    } else {
        SentenceCase::Normal
    }
}

/// Marks gazetteer matches (longest first, capitalised starts only) on a sentence's tokens.
fn mark_gazetteer(lexicon: &Lexicon, tokens: &mut [TokenInfo]) {
    let n = tokens.len();
    for start in 0..n {
        if !matches!(tokens[start].case, Case::Title | Case::Upper | Case::Mixed) {
            continue;
        }
        let mut phrase = PHRASE_SEED;
        let mut longest = None;
        for len in 1..=lexicon.max_phrase.min(n - start) {
            phrase = mix(phrase, tokens[start + len - 1].lower);
            if let Some(hit) = lexicon.lookup(phrase) {
                longest = Some((len, hit));
            }
        }
        let Some((len, hit)) = longest else {
            continue;
        };
        for list in (0..GAZ_LISTS).filter(|l| hit.lists & (1 << l) != 0) {
            for (offset, token) in tokens[start..start + len].iter_mut().enumerate() {
                let position = match (len, offset) {
                    (1, _) => 3,
                    (_, 0) => 0,
                    (_, o) if o + 1 == len => 2,
                    _ => 1,
                };
                token.gaz |= 1 << (4 * list + position);
            }
        }
    }
}

impl DocFeatures {
    /// Analyses a document given as sentences of token surfaces.
    ///
    /// A word that comes again reuses what was worked out for it the first time (keyed by
    /// the hash of its surface).
    pub fn new<S: AsRef<str>>(lexicon: &Lexicon, sentences: &[Vec<S>]) -> DocFeatures {
        let mut doc = DocFeatures::default();
        let mut lower = String::new();
        let words: usize = sentences.iter().map(Vec::len).sum();
        let distinct = distinct_words_estimate(words);
        let mut seen: HashMap<u64, TokenInfo, IdBuild> =
            HashMap::with_capacity_and_hasher(distinct, IdBuild::default());
        doc.usage.reserve(distinct);
        doc.sentences.reserve(sentences.len());
        for sentence in sentences {
            let mut tokens: Vec<TokenInfo> = sentence
                .iter()
                .map(|t| {
                    let raw = t.as_ref();
                    seen.entry(hash_str(raw))
                        .or_insert_with(|| token_info(lexicon, raw, &mut lower))
                        .clone()
                })
                .collect();
            mark_gazetteer(lexicon, &mut tokens);
            let case = sentence_case(&tokens);
            for (i, token) in tokens.iter().enumerate() {
                let usage = doc.usage.entry(token.lower).or_default();
                match token.case {
                    Case::Lower => usage.0 += 1,
                    Case::Title | Case::Mixed if i > 0 && case == SentenceCase::Normal => {
                        usage.1 += 1
                    }
                    _ => {}
                }
            }
            doc.sentences.push(SentenceInfo { tokens, case });
        }
        doc.truecase_headlines(lexicon, sentences);
        doc
    }

    /// In a title-case headline (one of the lines before the first ordinary sentence, so
    /// not a table of names further down), reads a capitalised word as lower case when the article
    /// never capitalises it mid-sentence and it is a known lower-case word ("Kashmir Issue
    /// May Feature": `issue`, `feature`), so headline capitals do not look like names.
    fn truecase_headlines<S: AsRef<str>>(&mut self, lexicon: &Lexicon, sentences: &[Vec<S>]) {
        for (info, words) in self.sentences.iter_mut().zip(sentences) {
            if info.case == SentenceCase::Normal {
                break;
            }
            if info.case != SentenceCase::Headline {
                continue;
            }
            let mut lower = String::new();
            for (token, word) in info.tokens.iter_mut().zip(words) {
                let (lower_uses, cap_uses) =
                    self.usage.get(&token.lower).copied().unwrap_or_default();
                let common = lower_uses > 0 || lexicon.cluster(token.lower).is_some();
                if token.case == Case::Title && cap_uses == 0 && common {
                    let lowered = normalize(word.as_ref()).to_lowercase();
                    *token = token_info(lexicon, &lowered, &mut lower);
                }
            }
        }
    }

    /// How many sentences there are.
    pub fn len(&self) -> usize {
        self.sentences.len()
    }

    /// Whether there are no sentences.
    pub fn is_empty(&self) -> bool {
        self.sentences.is_empty()
    }

    /// The tokens of sentence `s`.
    pub fn tokens(&self, s: usize) -> &[TokenInfo] {
        self.sentences.get(s).map_or(&[], |s| s.tokens.as_slice())
    }

    /// The features of token `i` of sentence `s`, appended to `out`.
    pub fn features(&self, s: usize, i: usize, out: &mut Vec<Feature>) {
        self.each_feature(s, i, |key, template| out.push((key, template)));
    }

    /// Calls `found` with each feature of token `i` of sentence `s`, in the order
    /// [`DocFeatures::features`] lists them.
    pub fn each_feature(&self, s: usize, i: usize, mut found: impl FnMut(u32, Template)) {
        if let Some(t) = self.tokens(s).get(i) {
            t.each_word_feature(&mut found);
        }
        self.each_context_feature(s, i, found);
    }

    /// Calls `found` with the features of token `i` of sentence `s` that come after its
    /// word features ([`TokenInfo::each_word_feature`]), in order.
    pub fn each_context_feature(&self, s: usize, i: usize, mut found: impl FnMut(u32, Template)) {
        let Some(sentence) = self.sentences.get(s) else {
            return;
        };
        let tokens = &sentence.tokens;
        let Some(t) = tokens.get(i) else {
            return;
        };
        let mut emit = |template: Template, h: u64| {
            found(key32(mix(template as u64 + 1, h)), template);
        };
        let (before_start, after_end) = (hash_str("<s>"), hash_str("</s>"));
        let boundary = |d: i64| if d < 0 { before_start } else { after_end };
        let near = |d: i64| -> Option<&TokenInfo> {
            let j = i as i64 + d;
            usize::try_from(j).ok().and_then(|j| tokens.get(j))
        };
        for d in [-2i64, -1, 1, 2] {
            let lower = near(d).map_or(boundary(d), |n| n.lower);
            emit(Template::Context, mix(d as u64, lower));
        }
        let prev_lower = near(-1).map_or(boundary(-1), |n| n.lower);
        let next_lower = near(1).map_or(boundary(1), |n| n.lower);
        emit(Template::Context, mix(mix(10, prev_lower), t.lower));
        emit(Template::Context, mix(mix(11, t.lower), next_lower));
        let prev_shape = near(-1).map_or(boundary(-1), |n| n.short_shape);
        let next_shape = near(1).map_or(boundary(1), |n| n.short_shape);
        emit(
            Template::ContextShape,
            mix(mix(1, prev_shape), t.short_shape),
        );
        emit(
            Template::ContextShape,
            mix(mix(2, t.short_shape), next_shape),
        );
        emit(
            Template::ContextShape,
            mix(mix(mix(3, prev_shape), t.short_shape), next_shape),
        );
        let initial = u64::from(i == 0);
        let case = sentence.case as u64;
        emit(Template::Casing, mix(mix(initial, case), t.short_shape));
        emit(Template::Casing, mix(mix(initial + 4, case), t.case as u64));
        emit(Template::Casing, mix(mix(8, case), t.lower));
        for bit in bits(t.gaz) {
            emit(Template::Gazetteer, mix(bit, t.case as u64));
            emit(Template::Gazetteer, mix(bit + 64, case));
        }
        for d in [-1i64, 1] {
            if let Some(n) = near(d) {
                for bit in bits(n.gaz) {
                    emit(Template::GazetteerContext, mix(d as u64, bit));
                }
                for &h in n.cluster.iter().take(2).filter(|&&h| h != 0) {
                    emit(Template::ClusterContext, mix(d as u64, h));
                }
            }
        }
        if matches!(t.case, Case::Title | Case::Upper | Case::Mixed) {
            let (lower_uses, cap_uses) = self.usage.get(&t.lower).copied().unwrap_or_default();
            let mid = i > 0 && sentence.case == SentenceCase::Normal;
            let cap_elsewhere = cap_uses > u32::from(mid);
            let evidence = u64::from(lower_uses > 0) | u64::from(cap_elsewhere) << 1;
            emit(Template::Document, mix(evidence, mix(initial, case)));
            emit(Template::Document, mix(evidence + 4, t.case as u64));
        }
    }
}

/// About how many distinct words a document of `words` tokens has (in news text up to three
/// in five for an article, far fewer for a long one), so that its tables are sized once.
fn distinct_words_estimate(words: usize) -> usize {
    (words * 3 / 5).min(2_000 + words / 8)
}

/// The set bits of `mask`, lowest first.
fn bits(mut mask: u32) -> impl Iterator<Item = u64> {
    std::iter::from_fn(move || {
        let bit = mask.trailing_zeros();
        mask &= mask.wrapping_sub(1);
        (bit < 32).then_some(u64::from(bit))
    })
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::LexiconData;
    use super::*;

    #[test]
    fn case_of_words() {
        assert_eq!(case_of("Dar"), Case::Title);
        assert_eq!(case_of("U.S."), Case::Upper);
        assert_eq!(case_of("iPhone"), Case::Mixed);
        assert_eq!(case_of("talks"), Case::Lower);
        assert_eq!(case_of("2025"), Case::None);
        assert_eq!(case_of("ÉCOLE"), Case::Upper);
        assert_eq!(case_of("Élan"), Case::Title);
    }

    #[test]
    fn shapes_compress_repeats() {
        assert_eq!(shape_of("Pakistan-U.S.", true), "Xx-X.X.");
        assert_eq!(shape_of("1996-08-22", false), "dddd-dd-dd");
        for word in ["Pakistan-U.S.", "Dar’s", "1996", "ÉCOLE"] {
            let expected = (
                hash_str(&shape_of(word, false)),
                hash_str(&shape_of(word, true)),
            );
            assert_eq!(shape_hashes(word), expected, "{word}");
        }
    }

    #[test]
    fn title_case_hashes_match_the_title_cased_string() {
        assert_eq!(title_case_hash("paris"), hash_str("Paris"));
        assert_eq!(title_case_hash("élan"), hash_str("Élan"));
        assert_eq!(title_case_hash("ßx"), hash_str("SSx"));
        assert_eq!(title_case_hash(""), hash_str(""));
    }

    #[test]
    fn lower_casing_into_a_buffer_matches_to_lowercase() {
        let mut out = String::from("stale");
        for word in ["U.S.", "ÉCOLE", "ΟΔΟΣ", "McDonald's"] {
            lower_into(word, &mut out);
            assert_eq!(out, word.to_lowercase());
        }
    }

    #[test]
    fn ascii_words_get_the_token_info_of_the_general_path() {
        let lexicon = LexiconData {
            paths: vec![(0b1011 << 28, 4), (0b0110_1110 << 24, 8)],
            words: vec![(0, "Paris".to_string()), (1, "the".to_string())],
            ..LexiconData::default()
        }
        .into_lexicon();
        let words = [
            "Paris",
            "PARIS",
            "paris",
            "The",
            "the",
            "U.S.",
            "1996-08-22",
            "iPhone",
            "a",
            "ab",
            "abcd",
            "abcde",
            "",
            "McDonald's",
            "ABCDEFGHIJKLMNOPQRSTU",
            "x--ray",
            "aaaaaaaaaaaaaaaaaaaB",
        ];
        let (mut lower, mut general_lower) = (String::new(), String::new());
        for word in words {
            let general = any_token_info(&lexicon, word, &mut general_lower);
            assert_eq!(
                ascii_token_info(&lexicon, word, &mut lower),
                general,
                "{word}"
            );
            assert_eq!(lower, general_lower);
        }
    }

    #[test]
    fn curly_apostrophes_match_ascii() {
        assert_eq!(normalize("’s"), "'s");
    }

    #[test]
    fn features_are_the_same_for_the_same_context() {
        let lexicon = Lexicon::default();
        let doc = DocFeatures::new(&lexicon, &[vec!["Ishaq", "Dar", "spoke"]]);
        let mut a = Vec::new();
        let mut b = Vec::new();
        doc.features(0, 1, &mut a);
        doc.features(0, 1, &mut b);
        assert_eq!(a, b);
        assert!(a.len() > 15);
        let mut none = Vec::new();
        doc.features(0, 9, &mut none);
        doc.features(4, 0, &mut none);
        assert!(none.is_empty());
    }
}
