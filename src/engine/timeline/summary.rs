//! An event's summary: who did what, read from the clause around its time expression.
//!
//! A heuristic over tokens, not a parser. The clause is the sentence cut at clause
//! punctuation, widened when it holds no verb, back ("… with commuters, fishermen and
//! students since November" reaches "had filled") and then forward ("In a court filing on
//! Wednesday, Yukos said …"), or moved forward when it holds nothing but the date ("On May
//! 7, …"). The summary drops the date and its preposition, but not a date that names a thing
//! ("in Thursday's Sun", "on 2004 figures") or is joined to another ("2000 and 2003
//! results"); it drops quotation marks, a leading article and trailing participle clauses
//! ("claiming to …"), and is capped at [`MAX_SUMMARY_WORDS`] words, ending in "…" when that
//! cuts it. A clause that opens on its verb ("… , said on Wednesday that …") gets its
//! subject back: the sentence's first named entity before it. Words keep the spacing of the
//! original text ("$4.2 million", "9-4", "2%"). It is not a paraphrase: every word is the
//! article's.

use crate::engine::dates::lexicon;
use crate::engine::entities::{Entity, EntityType};
use crate::engine::span::Span;
use crate::engine::text::{Document, Token, TokenKind};
use crate::engine::verbs::is_verb;

/// The longest summary, in words.
pub const MAX_SUMMARY_WORDS: usize = 24;

/// An event's clause and summary.
pub struct Summary {
    /// The stretch of text the summary was read from.
    pub clause: Span,
    /// Who did what.
    pub text: String,
    /// The mention the subject was taken from, when the clause lacked one.
    pub subject: Option<Span>,
}

/// Summarises the event anchored on `date` (a span within sentence `sentence`).
pub fn summarise(
    text: &str,
    doc: &Document,
    entities: &[Entity],
    sentence: usize,
    date: Span,
) -> Summary {
    let tokens = doc.sentence_tokens(sentence);
    let clause = clause_around(text, tokens, date).unwrap_or(doc.sentences[sentence].span);
    let (kept, cut) = kept_tokens(text, tokens, clause, date);
    let subject = kept
        .first()
        .filter(|t| is_verb(t.span.of(text)))
        .and_then(|first| subject_before(entities, doc.sentences[sentence].span, first.span));
    let mut spans: Vec<Span> = subject.into_iter().collect();
    spans.extend(kept.iter().map(|t| t.span));
    let mut summary = join_spaced(text, &spans);
    if cut {
        summary.push('…');
    }
    Summary {
        clause,
        text: summary,
        subject,
    }
}

/// The clause holding `date`, or `None` when it cannot be cut from the sentence.
fn clause_around(text: &str, tokens: &[Token], date: Span) -> Option<Span> {
    let breaks: Vec<usize> = tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == TokenKind::Punct && is_clause_mark(t.span.of(text)))
        .map(|(i, _)| i)
        .collect();
    let at = tokens.iter().position(|t| t.span.end > date.start)?;
    let mut start = breaks.iter().rev().find(|&&b| b < at).map_or(0, |&b| b + 1);
    let mut end = breaks
        .iter()
        .find(|&&b| b >= at && tokens[b].span.start >= date.end)
        .copied()
        .unwrap_or(tokens.len());
    let words_outside = tokens[start..end]
        .iter()
        .filter(|t| t.kind == TokenKind::Word && !date.contains(t.span))
        .count();
    if words_outside <= 1 && end < tokens.len() {
        start = end + 1;
        end = breaks
            .iter()
            .find(|&&b| b > start)
            .copied()
            .unwrap_or(tokens.len());
    }
    while start > 0 && !has_verb(text, &tokens[start..end], date) {
        start = breaks
            .iter()
            .rev()
            .find(|&&b| b + 1 < start)
            .map_or(0, |&b| b + 1);
    }
    while end < tokens.len() && !has_verb(text, &tokens[start..end], date) {
        end = breaks
            .iter()
            .find(|&&b| b > end)
            .copied()
            .unwrap_or(tokens.len());
    }
    (start < end).then(|| tokens[start].span.cover(tokens[end - 1].span))
}

fn is_clause_mark(s: &str) -> bool {
    matches!(
        s,
        "," | ";" | ":" | "—" | "–" | "--" | "(" | ")" | "." | "!" | "?"
    )
}

fn has_verb(text: &str, tokens: &[Token], date: Span) -> bool {
    tokens
        .iter()
        .any(|t| !date.contains(t.span) && is_verb(t.span.of(text)))
}

/// The tokens of the clause that make the summary, in order, and whether the summary was
/// cut short of the clause's end.
fn kept_tokens<'d>(
    text: &str,
    tokens: &'d [Token],
    clause: Span,
    date: Span,
) -> (Vec<&'d Token>, bool) {
    let in_clause: Vec<&Token> = tokens.iter().filter(|t| clause.contains(t.span)).collect();
    let after = || {
        in_clause
            .iter()
            .copied()
            .filter(|t| t.span.start >= date.end)
    };
    let before = || {
        in_clause
            .iter()
            .rev()
            .copied()
            .filter(|t| t.span.end <= date.start)
    };
    let keeps_date = after().next().is_some_and(|t| names_a_thing(text, t))
        || coordinated(text, after())
        || coordinated(text, before());
    let mut kept: Vec<&Token> = Vec::new();
    let mut cut = false;
    for (i, t) in in_clause.iter().enumerate() {
        let surface = t.span.of(text);
        let before_date = in_clause
            .get(i + 1)
            .is_some_and(|next| next.span.start == date.start);
        let dropped = !keeps_date
            && (date.contains(t.span) || before_date && is_date_preposition(surface))
            || t.kind == TokenKind::Punct && matches!(surface, "“" | "”" | "\"" | "‘" | "’")
            || kept.is_empty() && (opens_badly(surface) || t.kind == TokenKind::Punct);
        if dropped {
            continue;
        }
        let participle_clause = kept.len() >= 3
            && surface.len() > 4
            && surface.ends_with("ing")
            && t.kind == TokenKind::Word
            && i > 0
            && in_clause[i - 1].span.of(text) == ",";
        if participle_clause {
            break;
        }
        kept.push(t);
        if kept.len() >= MAX_SUMMARY_WORDS {
            cut = i + 1 < in_clause.len();
            break;
        }
    }
    while kept
        .last()
        .is_some_and(|t| t.kind == TokenKind::Punct && t.span.of(text) != "%")
    {
        kept.pop();
    }
    (kept, cut)
}

/// Whether the date is one of two joined by "and" or "or" ("restate 2000 and 2003
/// results", "December and January's figures"): `beside` reads away from the date.
/// Dropping one would strand the other.
fn coordinated<'d>(text: &str, mut beside: impl Iterator<Item = &'d Token>) -> bool {
    let joined = beside
        .next()
        .is_some_and(|t| matches!(t.span.of(text), "and" | "or"));
    joined
        && beside.next().is_some_and(|t| {
            t.kind == TokenKind::Number || lexicon::month(&t.span.of(text).to_lowercase()).is_some()
        })
}

/// Words that may follow a date and still leave it a time: function words and verbs ("in
/// 2004 and …", "in May the council voted").
const AFTER_A_TIME: &[&str] = &[
    "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "as", "when", "that", "which",
    "who", "the", "a", "an", "it", "he", "she", "they", "we", "i", "this", "there", "before",
    "after", "from", "by", "than", "until", "since", "while", "if", "so", "last", "next", "alone",
    "ago", "earlier", "later", "onwards",
];

/// Whether the word after a date makes the date part of a thing's name: a possessive
/// ("Thursday's Sun") or a lower-case noun it modifies ("on 2004 figures", "the 2005
/// budget"), so that dropping the date would leave the summary broken.
fn names_a_thing(text: &str, next: &Token) -> bool {
    let word = next.span.of(text);
    matches!(word, "'s" | "’s")
        || next.kind == TokenKind::Word
            && word.starts_with(|c: char| c.is_lowercase())
            && !is_verb(word)
            && !AFTER_A_TIME.contains(&word)
}

/// Words a summary does not start with: articles and a leading participle ("ending a
/// dispute …" reads "dispute …").
fn opens_badly(word: &str) -> bool {
    matches!(word, "the" | "The" | "a" | "A" | "an" | "An")
        || word.len() > 4 && word.ends_with("ing") && word.starts_with(|c: char| c.is_lowercase())
}

fn is_date_preposition(s: &str) -> bool {
    matches!(
        s.to_ascii_lowercase().as_str(),
        "on" | "in" | "at" | "since" | "by" | "until" | "from" | "during" | "of"
    )
}

/// The first mention of a person or organisation in `sentence` before `verb`: the subject
/// a clause that opens on its verb has lost to the commas before it.
fn subject_before(entities: &[Entity], sentence: Span, verb: Span) -> Option<Span> {
    entities
        .iter()
        .filter(|e| {
            matches!(
                e.kind,
                EntityType::Person | EntityType::Org | EntityType::Gpe | EntityType::Norp
            )
        })
        .flat_map(|e| e.mentions.iter().copied())
        .filter(|m| sentence.contains(*m) && m.end <= verb.start)
        .min_by_key(|m| m.start)
}

/// The spans' texts, separated by one space where the text has white space between them.
fn join_spaced(text: &str, spans: &[Span]) -> String {
    let mut out = String::new();
    let mut previous_end: Option<usize> = None;
    for span in spans {
        let gap = previous_end.is_some_and(|end| end != span.start);
        let gap_was_spaced = text[..span.start].ends_with(char::is_whitespace);
        if gap && (gap_was_spaced || !matches!(span.of(text), "," | ";" | ":" | "." | ")")) {
            out.push(' ');
        }
        out.push_str(span.of(text));
        previous_end = Some(span.end);
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::engine::calendar::CivilDate;
    use crate::engine::{dates, entities, text, timeline};

    /// (value, summary) of every event, with the built-in entity model.
    fn events(text: &str) -> Vec<(String, String)> {
        let doc = text::analyze(text);
        let found = entities::extract(&entities::Model::builtin(), text, &doc);
        let dates = dates::extract(text, &doc, CivilDate::new(2025, 3, 14));
        timeline::build(text, &doc, &found, &dates)
            .into_iter()
            .map(|e| (dates[e.date].value.clone(), e.summary))
            .collect()
    }

    #[test]
    fn a_clause_opening_on_its_verb_gets_the_sentence_subject_back() {
        let got = events(
            "The Coastal Transit Authority, which operates the ferries under contract, \
             had warned in January that fuel costs would rise.",
        );
        assert_eq!(
            got[0].1,
            "Coastal Transit Authority had warned that fuel costs would rise"
        );
    }

    #[test]
    fn a_clause_without_a_verb_reaches_back_to_one() {
        let got = events(
            "The vote ended a dispute that had filled the town hall with commuters, \
             fishermen and students since November.",
        );
        assert!(got[0].1.contains("had filled the town hall"), "{got:?}");
    }

    #[test]
    fn summaries_keep_the_original_spacing() {
        let got = events("The council approved $4.2 million in aid on Tuesday.");
        assert_eq!(got[0].1, "council approved $4.2 million in aid");
    }

    #[test]
    fn a_possessive_date_left_a_dangling_s_in_the_summary() {
        let got = events("A photograph appears in Thursday's Sun newspaper.");
        assert_eq!(got[0].1, "photograph appears in Thursday's Sun newspaper");
    }

    #[test]
    fn a_date_modifying_a_noun_left_its_preposition_stranded() {
        let got = events("Based on 2004 figures the merged firm would have sales of $5bn.");
        assert_eq!(
            got[0].1,
            "Based on 2004 figures the merged firm would have sales of $5bn"
        );
        let time = events("The council voted in 2004 and the mayor resigned.");
        assert_eq!(time[0].1, "council voted and the mayor resigned");
    }

    #[test]
    fn a_fronted_phrase_alone_was_the_whole_summary() {
        let got = events("In a court filing on Wednesday, the firm said it would appeal.");
        assert_eq!(got[0].1, "In a court filing, the firm said it would appeal");
    }

    #[test]
    fn a_percent_sign_was_trimmed_as_punctuation() {
        let got = events("The economy grew by 2% in 2004.");
        assert_eq!(got[0].1, "economy grew by 2%");
    }

    #[test]
    fn one_of_two_joined_dates_was_dropped_and_stranded_the_other() {
        let got = events("The firm has to restate 2000 and 2003 results.");
        assert_eq!(got[0].1, "firm has to restate 2000 and 2003 results");
        assert_eq!(got[1].1, "firm has to restate 2000 and 2003 results");
    }

    #[test]
    fn a_summary_cut_at_its_length_ends_in_an_ellipsis() {
        let got = events(
            "On Monday the council voted to close the old ferry terminal and to move every bus \
             and every train and every ferry service to the new harbour that the mayor opened \
             with a long speech.",
        );
        assert!(got[0].1.starts_with("council voted"), "{got:?}");
        assert!(got[0].1.ends_with('…'), "{got:?}");
    }

    #[test]
    fn a_dateline_is_not_an_event() {
        let got = events("PORTHAVEN, March 14 —\n\nThe council voted on Tuesday.");
        let values: Vec<&str> = got.iter().map(|(v, _)| v.as_str()).collect();
        assert_eq!(values, ["2025-03-11"]);
    }
}
