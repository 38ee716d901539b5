//! Source mentions: reading the noun phrase that names who speaks, around a cue.
//!
//! Without parts of speech, a source is read as a run of words that are no function words,
//! or a lone pronoun: backwards from a cue ("the former secretary of state said"), forwards
//! after one ("said Sen. Ted Cruz", skipping "on Monday"), or as the subject of a clause
//! ("On May 7, the Indian Air Force launched …, claiming"). Word lists here are data.
//!
//! It is not a parser: a phrase may be a little too long ("the debate Trump"); a source is
//! judged by overlapping the right mention, and the entity link picks the name inside.

use crate::engine::span::Span;
use crate::engine::text::{Token, TokenKind};
use crate::engine::verbs::is_verb;

/// Pronouns that are a whole source by themselves.
const PRONOUNS: &[&str] = &[
    "he", "she", "they", "i", "we", "it", "who", "you", "one", "someone", "both", "others",
];

/// Words that end a source phrase: they belong to the clause around it.
const STOP_WORDS: &[&str] = &[
    "that",
    "which",
    "and",
    "but",
    "or",
    "nor",
    "because",
    "meanwhile",
    "however",
    "therefore",
    "although",
    "though",
    "whereas",
    "unless",
    "until",
    "when",
    "while",
    "if",
    "as",
    "than",
    "to",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "from",
    "about",
    "after",
    "before",
    "during",
    "since",
    "into",
    "over",
    "under",
    "through",
    "against",
    "also",
    "has",
    "have",
    "had",
    "is",
    "was",
    "were",
    "are",
    "be",
    "been",
    "being",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "can",
    "did",
    "does",
    "do",
    "not",
    "n't",
    "then",
    "later",
    "so",
    "yet",
    "there",
    "here",
    "where",
    "what",
    "how",
    "why",
    "whether",
    "once",
    "again",
    "even",
    "just",
    "still",
    "only",
    "never",
    "always",
    "this",
    "these",
    "those",
    "it",
    "him",
    "them",
    "me",
    "us",
    "said",
    "says",
    "say",
    "told",
    "asked",
    "added",
    "according",
    "all",
    "very",
    "too",
];

/// Words that may sit between a source and its cue ("he also said", "Trump has said").
const BETWEEN_SOURCE_AND_CUE: &[&str] = &[
    "also",
    "now",
    "meanwhile",
    "has",
    "have",
    "had",
    "later",
    "then",
    "once",
    "again",
    "previously",
    "recently",
    "reportedly",
    "repeatedly",
    "publicly",
    "privately",
    "would",
    "will",
    "did",
    "does",
    "simply",
    "just",
    "further",
    "often",
    "flatly",
    "quickly",
    "even",
    "had",
    "last",
    "week",
    "earlier",
    "first",
    "once",
    "never",
    "always",
    "still",
    "actually",
    "specifically",
    "'d",
    "’d",
    "'ll",
    "’ll",
    "'ve",
    "’ve",
];

/// Time words skipped after a cue before its inverted source ("said Monday", "said on
/// Tuesday", "said last week").
const TIME_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tonight",
    "recently",
    "earlier",
    "later",
    "last",
    "this",
    "week",
    "month",
    "year",
    "night",
    "morning",
    "afternoon",
    "evening",
    "on",
    "in",
    "a",
    "an",
    "statement",
    "interview",
    "then",
    "also",
    "again",
    "once",
    "previously",
    "of",
    "past",
];

/// Words that open a fronted phrase or subordinate clause rather than a subject.
const FRONTED_OPENERS: &[&str] = &[
    "when",
    "after",
    "before",
    "as",
    "while",
    "if",
    "although",
    "though",
    "since",
    "because",
    "in",
    "on",
    "at",
    "during",
    "asked",
    "speaking",
    "responding",
    "for",
    "with",
    "without",
    "from",
    "to",
    "by",
    "under",
    "over",
    "into",
    "writing",
    "addressing",
    "that",
    "which",
    "where",
    "what",
    "whether",
    "until",
    "unless",
    "once",
];

/// Words that may open a clause before its subject ("But he said", "Later, Trump said").
const LINKING_WORDS: &[&str] = &[
    "but",
    "and",
    "so",
    "yet",
    "still",
    "now",
    "then",
    "also",
    "however",
    "meanwhile",
    "instead",
    "earlier",
    "later",
    "moreover",
    "indeed",
    "today",
    "yesterday",
    "again",
    "maybe",
    "perhaps",
];

/// Words that open a source phrase without being one.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "another", "his", "her", "their", "its", "our", "my", "one", "some", "many",
    "several", "two", "three",
];

/// Determiners that stand alone as a source before its cue ("Another said", "Several said").
const STANDALONE_DETERMINERS: &[&str] = &["another", "several", "many", "some"];

/// Most tokens of an apposition or relative clause between a source and its cue ("Elward
/// Edd, an official at the Hopi Tribal Housing Authority in Arizona, which has a backlog of
/// more than 500 homes to repair, said"); 14 found 0.1% fewer speakers on PolNeAR train.
const MAX_APPOSITION: usize = 24;

/// Most words a source phrase takes.
const MAX_PHRASE: usize = 8;

fn lower(text: &str, token: &Token) -> String {
    token.span.of(text).to_lowercase()
}

/// Whether the token is a pronoun that stands as a source by itself.
pub(crate) fn is_pronoun(text: &str, token: &Token) -> bool {
    PRONOUNS.contains(&lower(text, token).as_str())
}

/// Whether the token can be part of a source phrase (a word that is no function word, a
/// number, or a clitic).
pub(crate) fn is_phrase_word(text: &str, token: &Token) -> bool {
    let surface = token.span.of(text);
    let clitic = is_clitic(surface);
    let word = matches!(token.kind, TokenKind::Word | TokenKind::Number);
    clitic || (word && !STOP_WORDS.contains(&surface.to_lowercase().as_str()))
}

/// A possessive clitic, or the percent sign that clings to its number the same way ("42% of
/// voters").
fn is_clitic(surface: &str) -> bool {
    matches!(surface, "'s" | "’s" | "'" | "’" | "%")
}

fn is_time_word(text: &str, token: &Token) -> bool {
    TIME_WORDS.contains(&lower(text, token).as_str())
}

/// Whether the token opens a fronted clause or phrase ("After", "Speaking", "When").
pub(crate) fn is_fronted_opener(text: &str, token: &Token) -> bool {
    FRONTED_OPENERS.contains(&lower(text, token).as_str())
}

/// Whether the token is a linking word that may open a sentence ("But", "Meanwhile").
pub(crate) fn is_linking_word(text: &str, token: &Token) -> bool {
    LINKING_WORDS.contains(&lower(text, token).as_str())
}

/// Whether the token may stand between a source and its cue.
pub(crate) fn is_between_word(text: &str, token: &Token) -> bool {
    let word = lower(text, token);
    BETWEEN_SOURCE_AND_CUE.contains(&word.as_str())
        || (word.len() > 4
            && word.ends_with("ly")
            && token.kind == TokenKind::Word
            && !starts_upper(text, token))
}

fn starts_upper(text: &str, token: &Token) -> bool {
    token.span.of(text).starts_with(char::is_uppercase)
}

fn cover(tokens: &[Token], first: usize, last: usize) -> Span {
    tokens[first].span.cover(tokens[last].span)
}

/// The source phrase ending just before token `end`, not before `floor`: "he", "Sen. Ted
/// Cruz", "Clinton's campaign manager Robby Mook". Skips words that sit between a source and
/// its cue, a parenthesis ("Sen. Chuck Schumer (D-N.Y.)") and an apposition or relative
/// clause set off by commas ("Trump, the nominee,").
pub(crate) fn phrase_before(
    text: &str,
    tokens: &[Token],
    floor: usize,
    end: usize,
) -> Option<Span> {
    let mut j = end;
    loop {
        if j > floor && is_between_word(text, &tokens[j - 1]) {
            j -= 1;
        } else if let Some(before) = time_adverbial_before(text, tokens, floor, j) {
            j = before;
        } else {
            break;
        }
    }
    if j > floor && tokens[j - 1].span.of(text) == ")" {
        let lowest = j.saturating_sub(10).max(floor);
        if let Some(open) = (lowest..j - 1)
            .rev()
            .find(|&i| tokens[i].span.of(text) == "(")
        {
            j = open;
        }
    }
    if j > floor && tokens[j - 1].span.of(text) == "," {
        return phrase_before_apposition(text, tokens, floor, j - 1);
    }
    run_before(text, tokens, floor, j)
}

fn run_before(text: &str, tokens: &[Token], floor: usize, end: usize) -> Option<Span> {
    let last = end.checked_sub(1).filter(|&l| l >= floor)?;
    if is_pronoun(text, &tokens[last]) {
        return Some(tokens[last].span);
    }
    let mut first = end;
    while first > floor && end - first < MAX_PHRASE && is_phrase_word(text, &tokens[first - 1]) {
        first -= 1;
    }
    if first + 1 < end && opens_time_adverbial(text, tokens, floor, first) {
        first += 1;
    }
    let run = first..end;
    let named = run.clone().any(|i| {
        let token = &tokens[i];
        !is_time_word(text, token) && !DETERMINERS.contains(&lower(text, token).as_str())
    });
    let alone =
        run.len() == 1 && STANDALONE_DETERMINERS.contains(&lower(text, &tokens[last]).as_str());
    (!run.is_empty() && (named || alone)).then(|| cover(tokens, first, last))
}

/// Prepositions that make a year a time adverbial ("who in 2010 said").
const YEAR_PREPOSITIONS: &[&str] = &["in", "since", "by", "during", "until"];

/// Whether a year-like number (1000 to 2099).
fn is_year(text: &str, token: &Token) -> bool {
    let surface = token.span.of(text);
    token.kind == TokenKind::Number
        && surface.len() == 4
        && surface
            .parse::<u16>()
            .is_ok_and(|y| (1000..2100).contains(&y))
}

/// Whether token `at` is a year after a preposition: "in 2017 America says" names America,
/// not "2017 America".
fn opens_time_adverbial(text: &str, tokens: &[Token], floor: usize, at: usize) -> bool {
    at > floor
        && is_year(text, &tokens[at])
        && YEAR_PREPOSITIONS.contains(&lower(text, &tokens[at - 1]).as_str())
}

/// Where a year adverbial ending right before token `end` starts, when one does: "who in 2010
/// said". The source lies before it.
fn time_adverbial_before(text: &str, tokens: &[Token], floor: usize, end: usize) -> Option<usize> {
    let year = end.checked_sub(1)?;
    opens_time_adverbial(text, tokens, floor, year).then(|| year - 1)
}

/// "Trump, the Republican nominee, said": the phrase before the first comma.
fn phrase_before_apposition(
    text: &str,
    tokens: &[Token],
    floor: usize,
    comma: usize,
) -> Option<Span> {
    let lowest = comma.saturating_sub(MAX_APPOSITION).max(floor);
    let mut opening = (lowest..comma)
        .rev()
        .find(|&i| tokens[i].span.of(text) == ",")?;
    for _ in 0..STACKED_APPOSITIONS {
        let run = run_before(text, tokens, floor, opening)?;
        let first = tokens.partition_point(|t| t.span.start < run.start);
        match apposition_opening(text, tokens, floor, first, opening) {
            Some(earlier) => opening = earlier,
            None => return Some(run),
        }
    }
    None
}

/// How many appositions may stand in a row between a source and its cue ("Rawlings, 59, of
/// Ashton, who watched, said").
const STACKED_APPOSITIONS: usize = 4;

/// The comma opening the run `first..end` found before an apposition, when that run is an
/// apposition itself, set off by a comma: an age ("59") or a place ("of Ashton").
fn apposition_opening(
    text: &str,
    tokens: &[Token],
    floor: usize,
    first: usize,
    end: usize,
) -> Option<usize> {
    let comma = first
        .checked_sub(1)
        .filter(|&i| i >= floor && tokens[i].span.of(text) == ",")?;
    let age = end == first + 1 && tokens[first].kind == TokenKind::Number;
    let place = matches!(lower(text, &tokens[first]).as_str(), "of" | "from");
    (age || place).then_some(comma)
}

/// The source phrase starting at token `start` (skipping time words), not past `ceiling`:
/// "said Sen. Ted Cruz", "according to officials".
pub(crate) fn phrase_after(
    text: &str,
    tokens: &[Token],
    start: usize,
    ceiling: usize,
) -> Option<Span> {
    let mut i = start;
    while i < ceiling && is_time_word(text, &tokens[i]) && !starts_upper(text, &tokens[i]) {
        i += 1;
    }
    while i < ceiling && is_weekday_or_month(text, &tokens[i]) {
        i += 1;
    }
    run_after(text, tokens, i, ceiling)
}

fn is_weekday_or_month(text: &str, token: &Token) -> bool {
    starts_upper(text, token) && is_time_word(text, token)
}

/// The run of source words from `start`: a pronoun alone, or a determiner and words. A name
/// (capitalised words) ends at the next lowercase word, and a lowercase word ending in
/// "-ed" after the first ends the run ("the Indian Air Force launched", "officials warned"),
/// while a possessive starts a new phrase ("Trump's spokesman Hope Hicks").
pub(crate) fn run_after(
    text: &str,
    tokens: &[Token],
    start: usize,
    ceiling: usize,
) -> Option<Span> {
    let first = tokens.get(start).filter(|_| start < ceiling)?;
    if is_pronoun(text, first) {
        return Some(first.span);
    }
    let mut end = start;
    let determiner = DETERMINERS.contains(&lower(text, first).as_str());
    if determiner {
        end += 1;
    }
    let body = end;
    let mut in_name = false;
    while end < ceiling && end - start < MAX_PHRASE && is_phrase_word(text, &tokens[end]) {
        let token = &tokens[end];
        let clitic = is_clitic(token.span.of(text));
        let upper = starts_upper(text, token);
        let surface = token.span.of(text);
        let verb_like = !upper && end > body && (surface.ends_with("ed") || is_verb(surface));
        if (in_name && !upper && !clitic) || verb_like {
            break;
        }
        in_name = upper;
        end += 1;
    }
    (end > body).then(|| cover(tokens, start, end - 1))
}

/// The subject of the clause that a participle cue at `cue` hangs off: the first source
/// phrase after the latest clause boundary that is followed by a verb-like word, looking
/// back from the cue to `floor`. Tokens for which `hidden` holds (other quotations) never
/// start a subject.
pub(crate) fn clause_subject(
    text: &str,
    tokens: &[Token],
    floor: usize,
    cue: usize,
    hidden: &dyn Fn(usize) -> bool,
) -> Option<Span> {
    let mut stop = cue;
    while stop > floor && is_boundary(text, &tokens[stop - 1]) {
        stop -= 1;
    }
    let mut starts: Vec<usize> = (floor..stop)
        .filter(|&i| is_boundary(text, &tokens[i]))
        .map(|i| i + 1)
        .collect();
    starts.insert(0, floor);
    starts.retain(|&start| start < stop && !hidden(start));
    [false, true].into_iter().find_map(|lenient| {
        starts
            .iter()
            .rev()
            .find_map(|&start| subject_at(text, tokens, start, stop, lenient))
    })
}

/// The subject of a sentence's first clause that has one ("Valastro praised Christie's
/// leadership.", "At her direction, the DNC issued a statement."): a source phrase
/// followed by a verb-like word, at the sentence start or after a clause boundary.
pub(crate) fn sentence_subject(
    text: &str,
    tokens: &[Token],
    start: usize,
    end: usize,
) -> Option<Span> {
    let end = end.min(tokens.len());
    std::iter::once(start)
        .chain(
            (start..end)
                .filter(|&i| is_boundary(text, &tokens[i]))
                .map(|i| i + 1),
        )
        .filter(|&at| at < end)
        .find_map(|at| subject_at(text, tokens, at, end, false))
}

fn is_boundary(text: &str, token: &Token) -> bool {
    matches!(
        token.span.of(text),
        "," | "—" | "–" | ";" | ":" | "(" | ")" | "--" | "-"
    ) || super::is_quote_mark_token(text, token)
}

/// A subject at `start`, after linking words: a pronoun, determiner or capitalised word
/// that opens no fronted clause, followed by a verb-like word. When `lenient`, also a
/// phrase followed by a comma opening an apposition ("Others, reacting to it, shouted"),
/// one running to the clause's end ("Hoff's letter makes a case:"), and one opening in
/// lowercase that holds a name ("conservative commentator Jonah Goldberg imagined").
fn subject_at(
    text: &str,
    tokens: &[Token],
    mut start: usize,
    stop: usize,
    lenient: bool,
) -> Option<Span> {
    while start < stop && LINKING_WORDS.contains(&lower(text, &tokens[start]).as_str()) {
        start += 1;
    }
    let first = tokens.get(start).filter(|_| start < stop)?;
    let word = lower(text, first);
    if FRONTED_OPENERS.contains(&word.as_str()) {
        return None;
    }
    let opens_phrase = is_pronoun(text, first)
        || DETERMINERS.contains(&word.as_str())
        || starts_upper(text, first);
    let span = run_after(text, tokens, start, stop)?;
    let named = tokens[start..stop]
        .iter()
        .take_while(|t| t.span.end <= span.end)
        .any(|t| starts_upper(text, t));
    let opens_with_verb = !opens_phrase && word.ends_with("ed");
    if !(opens_phrase || lenient && named) || opens_with_verb {
        return None;
    }
    let after = tokens[start..stop]
        .iter()
        .position(|t| t.span.start >= span.end)
        .map_or(stop, |p| start + p);
    let Some(next) = tokens.get(after).filter(|_| after < stop) else {
        return lenient.then_some(span);
    };
    let verb_like = next.kind == TokenKind::Word && !starts_upper(text, next);
    let apposition = matches!(next.span.of(text), "," | "(");
    (verb_like || (lenient && apposition)).then_some(span)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::text::tokenize;

    fn toks(text: &str) -> Vec<Token> {
        tokenize(text, Span::new(0, text.len()))
    }

    fn index_of(text: &str, tokens: &[Token], word: &str) -> usize {
        tokens
            .iter()
            .position(|t| t.span.of(text) == word)
            .expect(word)
    }

    #[test]
    fn a_source_is_read_backwards_from_its_cue() {
        for (text, source) in [
            (
                "Clinton's campaign manager Robby Mook said",
                "Clinton's campaign manager Robby Mook",
            ),
            ("In a statement, he also said", "he"),
            ("Trump, the Republican nominee, said", "Trump"),
            ("Sources say", "Sources"),
        ] {
            let tokens = toks(text);
            let cue = index_of(text, &tokens, text.split(' ').next_back().unwrap());
            let span = phrase_before(text, &tokens, 0, cue).expect(text);
            assert_eq!(span.of(text), source);
        }
    }

    #[test]
    fn an_inverted_source_follows_its_cue_past_time_words() {
        let text = "said on Monday Sen. Ted Cruz in Iowa";
        let tokens = toks(text);
        let span = phrase_after(text, &tokens, 1, tokens.len()).unwrap();
        assert_eq!(span.of(text), "Sen. Ted Cruz");
    }

    #[test]
    fn a_participle_cue_takes_its_clause_subject() {
        for (text, subject) in [
            (
                "On May 7, the Indian Air Force launched a strike, claiming",
                "the Indian Air Force",
            ),
            (
                "When asked about it—as it does—Bruce gave a response, saying",
                "Bruce",
            ),
            ("Trump attacked Clinton, saying", "Trump"),
        ] {
            let tokens = toks(text);
            let cue = tokens.len() - 1;
            let span = clause_subject(text, &tokens, 0, cue, &|_| false).expect(text);
            assert_eq!(span.of(text), subject, "{text}");
        }
    }
}
