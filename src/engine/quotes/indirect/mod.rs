//! Reported speech without quotation marks (indirect quotes): "Sources say the agenda will
//! include …", "X said that …", "According to X, …", "…, officials said."
//!
//! Only sentences free of quotation marks are read (a marked quote already carries its
//! sentence's attribution); after a report, the rest of its sentence is read again for
//! another (", but he said …"). The content is the reported clause:
//! - from after the cue (and "that"; after "asked", from its "whether"; a "how" or "why"
//!   clause right after the cue, whole: "explained how important it is …"; after a phrase
//!   opening with a preposition, from the pronoun subject: "said after the convention he
//!   would …"; an aside right after "that" stays in) to the end of the sentence without its
//!   final mark, a contrasting ", but …" or a second report joined by "and" ("said he would
//!   order a review and warned …"), or to the next comma when the source opens a
//!   subordinate clause ("Though she says …, she …");
//! - everything before a trailing attribution after one of the sentence's last commas
//!   ("…, said Dar, an analyst at …");
//! - the whole sentence around a source set off by commas ("The plan, he said, would
//!   fail");
//! - the clause after a speech participle, reported by the main clause's subject ("Dar
//!   spoke, saying the talks would resume");
//! - the clause after a speech verb joined by "and" or "but" to an earlier one, reported by
//!   that verb's subject ("Fields tweeted a photograph and said she had been pushed");
//! - a relative clause around its source ("…, which he said would be its lowest ever").
//!
//! It is not a paraphrase detector: opinions without a speech cue ("X believes") are left
//! out.

use std::ops::Range;

use super::cues::{cue_at, CueForm, CueMatch};
use super::phrases::{clause_subject, phrase_after, phrase_before};
use super::rules::{self, Rule};
use crate::engine::span::Span;
use crate::engine::text::{Document, SentenceKind, Token, TokenKind};

/// Cues that take a reported clause without "that" ("Sources say the agenda …"); other
/// cues need "that", or they take an object ("confirmed the meeting").
const CLAUSE_WITHOUT_THAT: &[&str] = &[
    "say",
    "says",
    "said",
    "added",
    "adds",
    "claimed",
    "claims",
    "argued",
    "argues",
    "insisted",
    "insists",
    "warned",
    "warns",
    "wrote",
    "writes",
    "noted",
    "notes",
    "predicted",
    "stressed",
];

/// Words after which a source opens a clause of its own ("and officials say …", "where
/// experts say …", "about four in 10 say …").
const CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "where", ";", ":", "—", "about", "nearly", "almost", "roughly", "only", "just",
];

/// Words opening a subordinate clause, whose report ends at the next comma ("Though she
/// says she will not vote for him, she applauds …", "Shares jumped after the firm said an
/// oilfield was larger").
const SUBORDINATORS: &[&str] = &[
    "though", "although", "while", "whereas", "because", "since", "if", "when", "as", "after",
    "before", "until", "once", "unless",
];

/// Words that open a phrase after the cue, not a reported clause ("said on Twitter", "told
/// a crowd of 500", "spoke about what she should do").
const PREPOSITIONS: &[&str] = &[
    "to", "on", "in", "at", "during", "about", "after", "before", "of", "for", "with", "from",
    "by", "through", "while", "as", "into", "over", "so",
];

/// Most tokens between a cue and its "that" ("told reporters on Monday that").
const THAT_AFTER_CUE: usize = 5;

/// Most tokens between a cue and its "that" when a phrase follows the cue ("said in a
/// statement released by his campaign on Monday that").
const THAT_AFTER_PHRASE: usize = 12;

/// Fewest tokens a reported clause has.
const MIN_CONTENT: usize = 3;

/// An indirect quote: content, source, cue and the rule that found it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Reported {
    pub content: Span,
    pub speaker: Span,
    pub cue: Span,
    pub rule: Rule,
}

/// The indirect quotes of the sentences whose tokens are all unquoted.
pub(crate) fn find(text: &str, doc: &Document, quoted: &[bool]) -> Vec<Reported> {
    doc.sentences
        .iter()
        .filter(|s| s.kind == SentenceKind::Body && !s.tokens.clone().any(|i| quoted[i]))
        .flat_map(|s| {
            reports_in(
                text,
                &doc.tokens,
                without_final_mark(text, &doc.tokens, s.tokens.clone()),
            )
        })
        .collect()
}

/// Most reports read in one sentence.
const MAX_REPORTS_PER_SENTENCE: usize = 3;

/// The reports of one sentence: the first, then any in the rest of the sentence after it
/// ("Putney told CNN that the video …, but he said witnesses saw a gun").
fn reports_in(text: &str, tokens: &[Token], range: Range<usize>) -> Vec<Reported> {
    let mut found = Vec::new();
    let mut from = range.start;
    while found.len() < MAX_REPORTS_PER_SENTENCE {
        let Some(report) = in_sentence(text, tokens, from..range.end) else {
            break;
        };
        let last = report
            .content
            .end
            .max(report.cue.end)
            .max(report.speaker.end);
        let next = tokens.partition_point(|t| t.span.start < last);
        found.push(report);
        if next <= from || next >= range.end {
            break;
        }
        from = next;
    }
    found
}

fn without_final_mark(text: &str, tokens: &[Token], mut range: Range<usize>) -> Range<usize> {
    while range.end > range.start && tokens[range.end - 1].kind == TokenKind::Punct {
        let mark = tokens[range.end - 1].span.of(text);
        if !matches!(mark, "." | "!" | "?" | ")" | "…") {
            break;
        }
        range.end -= 1;
    }
    range
}

/// The cues of one sentence, found once: every shape below reads them.
type Cues = [(usize, CueMatch)];

fn in_sentence(text: &str, tokens: &[Token], range: Range<usize>) -> Option<Reported> {
    let cues: Vec<(usize, CueMatch)> = range
        .clone()
        .filter_map(|i| cue_at(text, tokens, i).map(|c| (i, c)))
        .collect();
    if cues.is_empty() {
        return None;
    }
    according_first(text, tokens, range.clone(), &cues)
        .or_else(|| trailing(text, tokens, range.clone(), &cues))
        .or_else(|| parenthetical(text, tokens, range.clone(), &cues))
        .or_else(|| source_cue(text, tokens, range.clone(), &cues))
        .or_else(|| participle(text, tokens, range.clone(), &cues))
        .or_else(|| coordinated(text, tokens, range.clone(), &cues))
        .or_else(|| relative(text, tokens, range, &cues))
}

/// The first cue at or after `from` for which `fits` holds.
fn first_cue(
    cues: &Cues,
    from: usize,
    fits: impl Fn(&CueMatch) -> bool,
) -> Option<(usize, CueMatch)> {
    cues.iter()
        .copied()
        .find(|(at, cue)| *at >= from && fits(cue))
}

fn span(tokens: &[Token], range: Range<usize>) -> Option<Span> {
    (!range.is_empty()).then(|| tokens[range.start].span.cover(tokens[range.end - 1].span))
}

fn cue_span(tokens: &[Token], at: usize, cue: CueMatch) -> Span {
    tokens[at].span.cover(tokens[at + cue.len - 1].span)
}

fn is(text: &str, token: &Token, word: &str) -> bool {
    token.span.of(text).eq_ignore_ascii_case(word)
}

/// Whether the token is one of `words` (lowercase), in any case.
fn is_any(text: &str, token: &Token, words: &[&str]) -> bool {
    words.iter().any(|w| is(text, token, w))
}

/// The token right before `phrase`, if it lies at or after `floor`.
fn before_phrase(tokens: &[Token], floor: usize, at: usize, phrase: Span) -> Option<usize> {
    tokens[..at]
        .iter()
        .rposition(|t| t.span.end <= phrase.start)
        .filter(|&i| i >= floor)
}

/// A report of at least `MIN_CONTENT` tokens.
fn report(
    tokens: &[Token],
    content: Range<usize>,
    speaker: Span,
    cue: Span,
    rule: Rule,
) -> Option<Reported> {
    (content.len() >= MIN_CONTENT).then_some(Reported {
        content: span(tokens, content)?,
        speaker,
        cue,
        rule,
    })
}

/// "According to officials, the talks will resume."
fn according_first(
    text: &str,
    tokens: &[Token],
    range: Range<usize>,
    cues: &Cues,
) -> Option<Reported> {
    let (_, cue) = first_cue(cues, range.start, |c| c.entry.form == CueForm::Preposition)
        .filter(|&(at, _)| at == range.start)?;
    let after_cue = range.start + cue.len;
    let comma = (after_cue..range.end).find(|&i| is(text, &tokens[i], ","))?;
    let speaker = phrase_after(text, tokens, after_cue, comma)?;
    let cue = cue_span(tokens, range.start, cue);
    report(
        tokens,
        comma + 1..range.end,
        speaker,
        cue,
        rules::INDIRECT_ACCORDING,
    )
}

/// "The talks will resume, officials said." / "…, according to officials." / "…, said Dar,
/// an analyst at …": the attribution after one of the last commas of the sentence.
fn trailing(text: &str, tokens: &[Token], range: Range<usize>, cues: &Cues) -> Option<Reported> {
    (range.start..range.end)
        .rev()
        .take(TRAILING_REACH)
        .filter(|&i| is(text, &tokens[i], ","))
        .take(TRAILING_COMMAS)
        .find_map(|comma| trailing_after(text, tokens, range.clone(), comma, cues))
}

/// Tokens from the sentence end within which a trailing attribution's comma lies.
const TRAILING_REACH: usize = 30;

/// Most tokens after a trailing "officials said" ("on Tuesday", "in a statement").
const MAX_AFTER_TRAILING_CUE: usize = 3;

/// Commas tried, from the last, for a trailing attribution.
const TRAILING_COMMAS: usize = 3;

fn trailing_after(
    text: &str,
    tokens: &[Token],
    range: Range<usize>,
    comma: usize,
    cues: &Cues,
) -> Option<Reported> {
    let tail = comma + 1..range.end;
    let (at, cue) = first_cue(cues, tail.start, |_| true)?;
    let cue_end = at + cue.len;
    let speaker = match cue.entry.form {
        CueForm::Finite if at > tail.start => {
            let speaker = phrase_before(text, tokens, tail.start, at)?;
            let plain_tail = range.end - cue_end <= MAX_AFTER_TRAILING_CUE
                && (cue_end..range.end).all(|i| tokens[i].kind != TokenKind::Punct);
            (tokens[tail.start].span.start == speaker.start && plain_tail).then_some(speaker)?
        }
        CueForm::Preposition if at == tail.start => phrase_after(text, tokens, cue_end, range.end)?,
        CueForm::Finite if at == tail.start => {
            let speaker = phrase_after(text, tokens, cue_end, range.end)?;
            let next = tokens[cue_end..range.end]
                .iter()
                .find(|t| t.span.start >= speaker.end);
            next.is_none_or(|t| is(text, t, ",")).then_some(speaker)?
        }
        _ => return None,
    };
    let cue = cue_span(tokens, at, cue);
    report(
        tokens,
        range.start..comma,
        speaker,
        cue,
        rules::INDIRECT_TRAILING,
    )
}

/// A source phrase grown back over the head it completes ("members" of "members of
/// Congress", "experts" of "experts on North Korea"), at most twice.
fn with_head_before(text: &str, tokens: &[Token], floor: usize, mut speaker: Span) -> Span {
    for _ in 0..2 {
        let first = tokens.partition_point(|t| t.span.start < speaker.start);
        let Some(mut link) = first.checked_sub(1).filter(|&i| i > floor) else {
            break;
        };
        if !is_any(text, &tokens[link], HEAD_LINKS) {
            break;
        }
        if is(text, &tokens[link], "of") && link > floor + 1 && is(text, &tokens[link - 1], "out") {
            link -= 1;
        }
        match phrase_before(text, tokens, floor, link) {
            Some(head) if head.end == tokens[link - 1].span.end => speaker = head.cover(speaker),
            _ => break,
        }
    }
    speaker
}

/// Prepositions joining a source's head to its complement ("four out of 10 voters").
const HEAD_LINKS: &[&str] = &["of", "on", "from", "at", "in", "for"];

/// Where a contrasting clause joins the report ("…, but Cook did not say when"; "…;
/// …"): the report ends there.
fn contrast_at(text: &str, tokens: &[Token], range: Range<usize>) -> Option<usize> {
    range.clone().find(|&i| {
        let here = tokens[i].span.of(text);
        here == ";"
            || (here == ","
                && tokens
                    .get(i + 1)
                    .filter(|_| i + 1 < range.end)
                    .is_some_and(|next| {
                        is_any(text, next, CONTRASTS) || is_any(text, next, REPORTING_PARTICIPLES)
                    }))
    })
}

/// Words after a comma that join a contrasting clause or a comparison to a report, besides
/// the speech participles of a new report ("while", "though" and "yet" were tried too: no
/// better on PolNeAR train, nor were ":", dashes and any word in -ing).
const CONTRASTS: &[&str] = &["but", "compared"];

/// "Podesta told the AP his firm worked …": the clause after the hearer, when it opens with
/// a pronoun.
fn clause_after_hearer(text: &str, tokens: &[Token], start: usize, end: usize) -> Option<usize> {
    let hearer = phrase_after(text, tokens, start, end)?;
    let next = (start..end).find(|&i| tokens[i].span.start >= hearer.end)?;
    is_any(text, &tokens[next], CLAUSE_PRONOUNS).then_some(next)
}

/// Pronouns that can only be a subject, so open a clause after any speech verb ("announced
/// he would run", where "announced the arrest" takes an object).
const NOMINATIVES: &[&str] = &["he", "she", "they", "we", "i"];

/// "Trump said after the convention he would not …": after a cue, a phrase opening with a
/// preposition, then a clause opening with a pronoun subject, within the reach of a "that";
/// never a pronoun inside a question word's clause ("take notes about what she should do").
fn clause_after_phrase(text: &str, tokens: &[Token], start: usize, end: usize) -> Option<usize> {
    let reach = end.min(start + THAT_AFTER_PHRASE);
    let subject = (start + 2..reach).find(|&i| is_any(text, &tokens[i], NOMINATIVES))?;
    let plain = (start..subject)
        .all(|i| tokens[i].kind != TokenKind::Punct && !is_any(text, &tokens[i], WH_WORDS));
    plain.then_some(subject)
}

/// Words opening a clause of their own inside a phrase ("about what she should do").
const WH_WORDS: &[&str] = &[
    "what", "who", "whom", "which", "whether", "if", "why", "how", "when", "where",
];

/// Cues that report a question ("asked whether …").
const ASKING: &[&str] = &["asked", "asks"];

/// Words opening a reported question, kept in its content.
const QUESTION_WORDS: &[&str] = &["whether", "if", "why", "how"];

/// Cues whose hearer comes before the reported clause ("told reporters he …").
const TELLING: &[&str] = &["told", "tells", "tell"];

/// Words that open a reported clause right after a hearer.
const CLAUSE_PRONOUNS: &[&str] = &[
    "he", "she", "they", "we", "i", "it", "his", "her", "their", "its", "there",
];

/// "Dar spoke briefly, saying that talks would resume.": the clause after a comma and a
/// speech participle, attributed to the main clause's subject.
fn participle(text: &str, tokens: &[Token], range: Range<usize>, cues: &Cues) -> Option<Reported> {
    let (at, cue) = first_cue(cues, range.start, |c| c.entry.form == CueForm::Participle)?;
    let after_comma = at > range.start && is(text, &tokens[at - 1], ",");
    if !after_comma || !REPORTING_PARTICIPLES.contains(&cue.entry.phrase) {
        return None;
    }
    let speaker = clause_subject(text, tokens, range.start, at - 1, &|_| false)?;
    let start = clause_opening(text, tokens, at + cue.len, range.end)?;
    let content = start..contrast_at(text, tokens, start..range.end).unwrap_or(range.end);
    let cue = cue_span(tokens, at, cue);
    report(tokens, content, speaker, cue, rules::INDIRECT_PARTICIPLE)
}

/// "Fields tweeted a photograph and said she had been pushed.": a speech verb joined by "and"
/// or "but" to an earlier verb reports the clause after it, for that verb's subject. Without
/// "that", only "say" takes a clause here, opening on a subject ("and added his own
/// comment" is an object).
fn coordinated(text: &str, tokens: &[Token], range: Range<usize>, cues: &Cues) -> Option<Reported> {
    let (at, cue) = first_cue(cues, range.start, |c| {
        c.entry.form == CueForm::Finite && c.entry.reports
    })?;
    let joined = at > range.start + 1 && is_any(text, &tokens[at - 1], &["and", "but"]);
    if !joined {
        return None;
    }
    let after = at + cue.len;
    let start = clause_opening(text, tokens, after, range.end)?;
    if start == after && !SAYING.contains(&cue.entry.phrase) {
        return None;
    }
    let speaker = clause_subject(text, tokens, range.start, at - 1, &|_| false)?;
    let content = start..contrast_at(text, tokens, start..range.end).unwrap_or(range.end);
    let cue = cue_span(tokens, at, cue);
    report(tokens, content, speaker, cue, rules::INDIRECT_COORDINATED)
}

/// Forms of "say".
const SAYING: &[&str] = &["say", "says", "said"];

/// Where a reported clause starting at token `start` (after an optional "that") opens: on a
/// pronoun, a subject determiner or a capitalised word, or anything after "that".
fn clause_opening(text: &str, tokens: &[Token], mut start: usize, end: usize) -> Option<usize> {
    let that = tokens
        .get(start)
        .is_some_and(|t| start < end && is(text, t, "that"));
    start += usize::from(that);
    let first = tokens.get(start).filter(|_| start < end)?;
    let opens = that
        || is_any(text, first, CLAUSE_PRONOUNS)
        || is_any(text, first, SUBJECT_DETERMINERS)
        || first.span.of(text).starts_with(char::is_uppercase);
    opens.then_some(start)
}

/// Determiners that open a reported clause's subject after a participle ("saying the talks
/// would resume"), where a bare noun is more often its object ("saying goodbye").
const SUBJECT_DETERMINERS: &[&str] = &[
    "the", "this", "these", "those", "many", "most", "some", "all",
];

/// "… spending, which he said would be its lowest ever": a relative pronoun, a source and a
/// speech verb followed straight by the clause's own verb report that relative clause, from
/// its pronoun to its end.
fn relative(text: &str, tokens: &[Token], range: Range<usize>, cues: &Cues) -> Option<Reported> {
    let (at, cue) = first_cue(cues, range.start, |c| {
        RELATIVE_CUES.contains(&c.entry.phrase)
    })?;
    let verb = at + cue.len;
    let auxiliary = tokens
        .get(verb)
        .filter(|_| verb < range.end)
        .is_some_and(|t| is_any(text, t, AUXILIARIES));
    let speaker = phrase_before(text, tokens, range.start, at)?;
    let pronoun = before_phrase(tokens, range.start, at, speaker)
        .filter(|&i| is_any(text, &tokens[i], RELATIVE_PRONOUNS))?;
    let end = (verb..range.end)
        .find(|&i| is(text, &tokens[i], ","))
        .unwrap_or(range.end);
    let cue = cue_span(tokens, at, cue);
    report(tokens, pronoun..end, speaker, cue, rules::INDIRECT_RELATIVE)
        .filter(|_| auxiliary && end - verb >= MIN_CONTENT)
}

/// Pronouns opening a relative clause that may hold a source.
const RELATIVE_PRONOUNS: &[&str] = &["which", "that", "who", "what"];

/// Cues that can stand inside a relative clause before its verb; not those taking an object
/// ("the book that he wrote was …").
const RELATIVE_CUES: &[&str] = &[
    "say",
    "says",
    "said",
    "claims",
    "claimed",
    "argue",
    "argues",
    "argued",
    "insist",
    "insists",
    "insisted",
    "predicted",
];

/// Verbs that open a relative clause's own predicate after "he said" ("which he said would
/// be", "who they say was").
const AUXILIARIES: &[&str] = &[
    "would", "will", "was", "were", "is", "are", "had", "has", "have", "could", "should", "might",
    "may", "can", "must",
];

/// Participles that report a clause ("saying he would", "adding that").
const REPORTING_PARTICIPLES: &[&str] = &[
    "saying",
    "adding",
    "arguing",
    "claiming",
    "insisting",
    "noting",
    "explaining",
    "warning",
    "stating",
    "declaring",
    "concluding",
];

/// "The plan, he said, would fail.": a source and cue between two commas inside the
/// sentence report the whole sentence around them.
fn parenthetical(
    text: &str,
    tokens: &[Token],
    range: Range<usize>,
    cues: &Cues,
) -> Option<Reported> {
    let (at, cue) = first_cue(cues, range.start, |c| c.entry.form == CueForm::Finite)?;
    let cue_end = at + cue.len;
    let closing = tokens
        .get(cue_end)
        .filter(|t| cue_end < range.end && is(text, t, ","))?;
    let opening = (range.start..at)
        .rev()
        .find(|&i| is(text, &tokens[i], ","))?;
    let speaker = phrase_before(text, tokens, opening + 1, at)?;
    let set_off = tokens[opening + 1].span.start == speaker.start && closing.span.end > speaker.end;
    let around = opening - range.start >= 1 && range.end - cue_end > MIN_CONTENT;
    let cue = cue_span(tokens, at, cue);
    report(tokens, range, speaker, cue, rules::INDIRECT_PARENTHETICAL).filter(|_| set_off && around)
}

/// "Sources say the agenda will include …" / "Dar said that …" / "Dar told reporters that …".
fn source_cue(text: &str, tokens: &[Token], range: Range<usize>, cues: &Cues) -> Option<Reported> {
    let (at, cue) = first_cue(cues, range.start, |c| {
        let asks = ASKING.contains(&c.entry.phrase);
        c.entry.form == CueForm::Finite && (c.entry.reports || asks)
    })?;
    let speaker = with_head_before(
        text,
        tokens,
        range.start,
        phrase_before(text, tokens, range.start, at)?,
    );
    let opener = before_phrase(tokens, range.start, at, speaker).map(|i| &tokens[i]);
    let subordinate = opener.is_some_and(|t| is_any(text, t, SUBORDINATORS));
    let opens_clause =
        opener.is_none_or(|t| is(text, t, ",") || is_any(text, t, CLAUSE_OPENERS)) || subordinate;
    if !opens_clause {
        return None;
    }
    let mut start = at + cue.len;
    let is_preposition = |t: &Token| is_any(text, t, PREPOSITIONS);
    let reach = if tokens.get(start).is_some_and(is_preposition) {
        THAT_AFTER_PHRASE
    } else {
        THAT_AFTER_CUE
    };
    let that = (start..range.end.min(start + reach)).find(|&i| is(text, &tokens[i], "that"));
    match that {
        _ if ASKING.contains(&cue.entry.phrase) => {
            start = (start..range.end.min(start + THAT_AFTER_CUE))
                .find(|&i| QUESTION_WORDS.iter().any(|w| is(text, &tokens[i], w)))?;
        }
        Some(i) => {
            start = i + 1;
            if tokens.get(start).is_some_and(|t| is(text, t, ",")) {
                start += 1;
            }
        }
        None if TELLING.contains(&cue.entry.phrase) => {
            start = clause_after_hearer(text, tokens, start, range.end)?;
        }
        None if CLAUSE_WITHOUT_THAT.contains(&cue.entry.phrase) => {}
        None if tokens
            .get(start)
            .is_some_and(|t| start < range.end && is_any(text, t, &["how", "why"])) => {}
        None if tokens
            .get(start)
            .is_some_and(|t| start < range.end && is_any(text, t, NOMINATIVES)) => {}
        None => return None,
    }
    let as_noted = opener.is_some_and(|t| is(text, t, "as"))
        && that.is_none()
        && tokens
            .get(start)
            .is_some_and(|t| start < range.end && is(text, t, ","));
    if as_noted {
        let cue = cue_span(tokens, at, cue);
        return report(
            tokens,
            start + 1..range.end,
            speaker,
            cue,
            rules::INDIRECT_SOURCE_CUE,
        );
    }
    let first = tokens.get(start).filter(|_| start < range.end)?;
    if that.is_none() && is_preposition(first) {
        start = clause_after_phrase(text, tokens, start, range.end)?;
    } else if first.kind == TokenKind::Punct {
        return None;
    }
    let end = if subordinate {
        (start..range.end)
            .find(|&i| is(text, &tokens[i], ","))
            .unwrap_or(range.end)
    } else {
        let next_report = first_cue(cues, start, |c| c.entry.form == CueForm::Finite)
            .map(|(next, _)| next)
            .filter(|&next| next > start + 1 && is(text, &tokens[next - 1], "and"))
            .map_or(range.end, |next| next - 1);
        contrast_at(text, tokens, start..next_report).unwrap_or(next_report)
    };
    let cue = cue_span(tokens, at, cue);
    report(tokens, start..end, speaker, cue, rules::INDIRECT_SOURCE_CUE)
}

#[cfg(test)]
mod tests;
