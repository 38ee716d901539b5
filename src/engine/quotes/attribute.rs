//! Attribution: finding the cue and the source mention of one marked quotation, in the
//! orders news uses (“…,” he said; “…,” said Smith; Smith said: “…”; Bruce …, saying: “…”;
//! according to Smith, “…”; Smith on Twitter: “…”; “…” Smith said.; Smith said:¶“…”).
//!
//! It reads a bounded window of tokens around the quote (so the work per quote is constant)
//! and never looks inside other quotations for cues. It does not decide the kind and does not
//! resolve the source to an entity: see `kinds` and `link`.

use std::ops::Range;

use super::cues::{cue_at, CueForm, CueMatch};
use super::phrases::{
    clause_subject, is_phrase_word, is_pronoun, phrase_after, phrase_before, run_after,
    sentence_subject,
};
use super::refine;
use super::rules::{self, Rule};
use super::transcript::transcript_label;
use crate::engine::span::Span;
use crate::engine::text::{Document, Token, TokenKind};

/// How many tokens before and after a quote are read for its cue and source.
pub(super) const WINDOW: usize = 60;

/// How many tokens a source may take between a quote and its cue ("“…,” Harry Bond, 30, of
/// Raleigh, N.C., who was among those polled, said").
pub(super) const MAX_SOURCE_BEFORE_CUE: usize = 24;

/// How far after a quote running inside its sentence its cue and source may reach ("“…”
/// Trump said").
const ADJACENT_CUE: usize = 4;

/// A cue and source found for a quote, and the rule that found them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Attribution {
    pub speaker: Option<Span>,
    pub cue: Option<Span>,
    pub rule: Rule,
}

/// What attribution reads: the text, its tokens and which tokens lie inside quotations.
pub(crate) struct Context<'a> {
    pub text: &'a str,
    pub doc: &'a Document,
    /// For each token, whether it lies inside a top-level quotation (marks included).
    pub quoted: Vec<bool>,
    /// Every entity mention, in text order.
    pub mentions: Vec<Span>,
}

/// Where a quote sits among the tokens.
#[derive(Debug, Clone)]
pub(crate) struct Frame {
    /// The quote, marks included.
    pub span: Span,
    /// The quote's tokens, marks included.
    pub tokens: Range<usize>,
    /// The tokens that may be read around it: its sentences, within the window, within the
    /// enclosing quotation for a nested one.
    pub bounds: Range<usize>,
    /// Whether the quote lies inside another (then `quoted` does not hide tokens).
    pub nested: bool,
    /// Whether its words end in a comma, question or exclamation mark inside the marks, as a
    /// quote followed by its attribution does (“…,” he said).
    pub trails: bool,
}

impl Context<'_> {
    pub(super) fn tokens(&self) -> &[Token] {
        &self.doc.tokens
    }

    /// Whether `span` overlaps an entity mention.
    pub(super) fn names_a_mention(&self, span: Span) -> bool {
        let after = self.mentions.partition_point(|m| m.end <= span.start);
        self.mentions.get(after).is_some_and(|m| m.start < span.end)
    }

    pub(super) fn surface(&self, i: usize) -> &str {
        self.doc.tokens[i].span.of(self.text)
    }

    pub(super) fn hidden(&self, frame: &Frame, i: usize) -> bool {
        !frame.nested && self.quoted[i]
    }

    /// The token after the last hidden (quoted) token before `end`, not below `floor`.
    pub(super) fn floor_after_quotes(&self, frame: &Frame, floor: usize, end: usize) -> usize {
        (floor..end)
            .rev()
            .find(|&i| self.hidden(frame, i))
            .map_or(floor, |i| i + 1)
    }
}

/// The frame of the quote covering `span`, inside the token range `outer`.
pub(crate) fn frame(
    doc: &Document,
    span: Span,
    outer: Range<usize>,
    nested: bool,
    trails: bool,
) -> Frame {
    let first = doc.tokens.partition_point(|t| t.span.start < span.start);
    let end = doc
        .tokens
        .partition_point(|t| t.span.end <= span.end)
        .max(first);
    let sentence_tokens = |offset: usize| {
        doc.sentence_at(offset)
            .map(|s| doc.sentences[s].tokens.clone())
    };
    let low = sentence_tokens(span.start).map_or(first, |r| r.start);
    let high = sentence_tokens(span.end.saturating_sub(1)).map_or(end, |r| r.end);
    let low = low.max(first.saturating_sub(WINDOW)).max(outer.start);
    let high = high.min(end + WINDOW).min(outer.end).max(end);
    Frame {
        span,
        tokens: first..end,
        bounds: low.min(first)..high,
        nested,
        trails,
    }
}

/// The attribution of a quote from the text right after it, then before it, then around.
///
/// A quote running inside its sentence (a word right before it, no comma closing it: called
/// it “a disaster” and) reads the text before it first, and after it only a cue right there;
/// a source and cue closing its sentence (“…” for the EU, said Geert Wilders.) outrank what
/// it read before it; a cue found with no source gives way to any reading that names one
/// (Asked which county he liked, he demurred: “…”).
pub(crate) fn attribute(ctx: &Context<'_>, frame: &Frame) -> Option<Attribution> {
    if let Some(signed) = dash_signature(ctx, frame).or_else(|| transcript_label(ctx, frame)) {
        return Some(signed);
    }
    let (start, end) = (frame.tokens.start, frame.tokens.end);
    let embedded = start > frame.bounds.start
        && !frame.trails
        && ctx.tokens()[start - 1].kind != TokenKind::Punct;
    let found = if embedded {
        before(ctx, frame, frame.bounds.start, start).or_else(|| {
            let ceiling = frame.bounds.end.min(end + ADJACENT_CUE);
            after(ctx, frame, end, ceiling)
        })
    } else {
        after(ctx, frame, end, frame.bounds.end)
            .or_else(|| before(ctx, frame, frame.bounds.start, start))
    };
    let found = match found {
        Some(weak) if embedded || weak.rule == rules::BEFORE_CLAUSE_SUBJECT => {
            sentence_end(ctx, frame).or(Some(weak))
        }
        other => other,
    };
    let around = || {
        colon(ctx, frame, frame.bounds.start, frame.tokens.start)
            .or_else(|| sentence_end(ctx, frame))
            .or_else(|| next_sentence(ctx, frame))
            .or_else(|| previous_sentence(ctx, frame))
    };
    match found {
        Some(named) if named.speaker.is_some() => Some(named),
        Some(unnamed) => around().filter(|a| a.speaker.is_some()).or(Some(unnamed)),
        None => around(),
    }
    .map(|found| refine::refine(ctx, frame, found))
}

/// The dashes that sign a quote with its author's name (“…” ― Sonya Herridge).
const SIGNATURE_DASHES: &[&str] = &["―", "—", "–", "--"];

/// “…” ― Sonya Herridge: a quote standing as its own line, then a dash and a name closing
/// the line (or opening the line below, and maybe a place: -Michelle Marks, Philadelphia.),
/// is signed by that name, as a byline signs a reader's comment or an epigraph.
fn dash_signature(ctx: &Context<'_>, frame: &Frame) -> Option<Attribution> {
    let (text, tokens) = (ctx.text, ctx.tokens());
    let after = text.get(frame.span.end..)?;
    let same_line = after.trim_start_matches([' ', '\u{a0}']);
    let next_line = same_line.trim_start();
    let breaks = same_line.len() - next_line.len();
    let skipped = &same_line[..breaks];
    let own_line_below = breaks > 0 && skipped.matches('\n').count() <= 2;
    let rest_start = if own_line_below { next_line } else { same_line };
    let dash_start = frame.span.end + (after.len() - rest_start.len());
    // On the line below, a hyphen signs too (“…”¶-Michelle Marks, Philadelphia.).
    let hyphen = own_line_below.then_some(&"-");
    let dash = SIGNATURE_DASHES
        .iter()
        .chain(hyphen)
        .find(|d| rest_start.starts_with(**d))?;
    let dash = Span::new(dash_start, dash_start + dash.len());
    let previous_end = frame
        .tokens
        .start
        .checked_sub(1)
        .map_or(0, |i| tokens[i].span.end);
    let own_line = previous_end == 0 || text.get(previous_end..frame.span.start)?.contains('\n');
    if frame.nested || !own_line {
        return None;
    }
    let line_end = line_end_after(ctx, dash.end);
    let name = tokens.partition_point(|t| t.span.end <= dash.end);
    let limit = tokens.len().min(name + SIGNATURE_WORDS);
    let ceiling = (name..limit)
        .find(|&i| tokens[i].span.start >= line_end)
        .unwrap_or(limit);
    let first = tokens.get(name).filter(|_| name < ceiling)?;
    let glued = Span::new(first.span.start.max(dash.end), first.span.end);
    if !glued.of(text).starts_with(char::is_uppercase) {
        return None;
    }
    let run = run_after(text, tokens, name, ceiling)?;
    let speaker = Span::new(run.start.max(dash.end), run.end);
    let rest = text
        .get(speaker.end..line_end)?
        .trim_matches(|c: char| c == '.' || c.is_whitespace());
    let place = rest.strip_prefix(',').is_some_and(|place| {
        place
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
    });
    (rest.is_empty() || place).then_some(Attribution {
        speaker: Some(speaker),
        cue: Some(dash),
        rule: rules::AFTER_DASH_SIGNATURE,
    })
}

/// Where the line holding `offset` ends: the next line break, or its paragraph's end, read
/// at most `SIGNATURE_BYTES` ahead (a longer line signs nothing).
fn line_end_after(ctx: &Context<'_>, offset: usize) -> usize {
    let paragraphs = &ctx.doc.paragraphs;
    let paragraph_end = paragraphs
        .get(paragraphs.partition_point(|p| p.end <= offset))
        .map_or(ctx.text.len(), |p| p.end);
    let window = paragraph_end.min(offset + SIGNATURE_BYTES);
    ctx.text.as_bytes()[offset.min(window)..window]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(window, |i| offset + i)
}

/// How far a signature line is read for its end.
const SIGNATURE_BYTES: usize = 160;

/// Most words a signature name takes ("Christina N Luis Olidem").
const SIGNATURE_WORDS: usize = 6;

/// “…,” he said / “…,” said Smith / “…,” according to Smith / “…,” Harry Bond, 30, of
/// Raleigh, said. A participle right after the quote opens no source (“…,” meaning it …).
fn after(ctx: &Context<'_>, frame: &Frame, start: usize, ceiling: usize) -> Option<Attribution> {
    let mut i = start;
    while i < ceiling && i < start + 2 && matches!(ctx.surface(i), "," | "—" | "–" | "-" | "--")
    {
        i += 1;
    }
    let Some((at, cue)) = cue_ahead(ctx, frame, i, ceiling) else {
        return source_then_verb(ctx, frame, i, ceiling);
    };
    let cue_span = cue_span(ctx.tokens(), at, cue);
    if at == i {
        let rule = match cue.entry.form {
            CueForm::Finite => rules::AFTER_CUE_SOURCE,
            CueForm::Preposition => rules::AFTER_ACCORDING,
            CueForm::Participle => return None,
        };
        let speaker = phrase_after(ctx.text, ctx.tokens(), at + cue.len, ceiling)?;
        return Some(Attribution {
            speaker: Some(speaker),
            cue: Some(cue_span),
            rule,
        });
    }
    if cue.entry.form != CueForm::Finite {
        return None;
    }
    let tokens = ctx.tokens();
    let verb_form =
        |w: &str| w.starts_with(char::is_lowercase) && (w.ends_with("ing") || w.ends_with("ed"));
    if verb_form(ctx.surface(i)) {
        return None;
    }
    let speaker = phrase_before(ctx.text, tokens, i, at)
        .filter(|span| span.start == tokens[i].span.start)
        .or_else(|| run_after(ctx.text, tokens, i, at))?;
    Some(Attribution {
        speaker: Some(speaker),
        cue: Some(cue_span),
        rule: rules::AFTER_SOURCE_CUE,
    })
}

/// “…,” Hannity started.: after a quote that trails off into its attribution, a source and
/// any lowercase verb ending the clause.
fn source_then_verb(
    ctx: &Context<'_>,
    frame: &Frame,
    start: usize,
    ceiling: usize,
) -> Option<Attribution> {
    let tokens = ctx.tokens();
    let first = frame.tokens.start;
    let opens_clause = first == frame.bounds.start || tokens[first - 1].kind == TokenKind::Punct;
    if !frame.trails
        || !opens_clause
        || !tokens
            .get(start)
            .is_some_and(|t| start < ceiling && opens_source(ctx.text, t))
    {
        return None;
    }
    let speaker = run_after(ctx.text, tokens, start, ceiling)?;
    let verb = (start..ceiling).find(|&i| tokens[i].span.start >= speaker.end)?;
    let word = ctx.surface(verb);
    let verb_like = tokens[verb].kind == TokenKind::Word && word.starts_with(char::is_lowercase);
    let clause_ends = tokens
        .get(verb + 1)
        .filter(|_| verb + 1 < ceiling)
        .is_none_or(|t| {
            t.kind == TokenKind::Punct || t.span.of(ctx.text).starts_with(char::is_lowercase)
        });
    (verb_like && clause_ends).then_some(Attribution {
        speaker: Some(speaker),
        cue: Some(tokens[verb].span),
        rule: rules::AFTER_SOURCE_VERB,
    })
}

/// The first cue from `start`, if a source phrase opens the stretch before it and nothing
/// there ends the sentence or opens a quote.
fn cue_ahead(
    ctx: &Context<'_>,
    frame: &Frame,
    start: usize,
    ceiling: usize,
) -> Option<(usize, CueMatch)> {
    let limit = ceiling.min(start + MAX_SOURCE_BEFORE_CUE);
    let first = ctx.tokens().get(start).filter(|_| start < limit)?;
    let opens = opens_source(ctx.text, first) || is_phrase_word(ctx.text, first);
    if cue_at(ctx.text, ctx.tokens(), start).is_none() && !opens {
        return None;
    }
    let mut in_parens = false;
    for i in start..limit {
        let abbreviation = ctx.surface(i) == "." && i + 1 < limit && ctx.surface(i + 1) == ",";
        match ctx.surface(i) {
            "(" => in_parens = true,
            ")" => in_parens = false,
            "." if abbreviation => {}
            "." | "!" | "?" | ";" | ":" if !in_parens => return None,
            _ => {}
        }
        if ctx.hidden(frame, i) {
            return None;
        }
        if let Some(cue) = cue_at(ctx.text, ctx.tokens(), i) {
            return Some((i, cue));
        }
    }
    None
}

/// Whether a token can open a source phrase: a pronoun, a determiner or a capitalised word.
fn opens_source(text: &str, token: &Token) -> bool {
    let surface = token.span.of(text);
    is_pronoun(text, token)
        || surface.starts_with(char::is_uppercase)
        || matches!(
            surface.to_lowercase().as_str(),
            "the"
                | "a"
                | "an"
                | "another"
                | "one"
                | "his"
                | "her"
                | "their"
                | "some"
                | "many"
                | "several"
        )
}

pub(super) fn cue_span(tokens: &[Token], at: usize, cue: CueMatch) -> Span {
    tokens[at].span.cover(tokens[at + cue.len - 1].span)
}

/// The cue covering token `i` (the longest starting up to three tokens earlier) and ending
/// by `end`.
pub(super) fn cue_covering(
    ctx: &Context<'_>,
    floor: usize,
    i: usize,
    end: usize,
) -> Option<(usize, CueMatch)> {
    (i.saturating_sub(3).max(floor)..=i).find_map(|k| {
        let cue = cue_at(ctx.text, ctx.tokens(), k)?;
        (k + cue.len > i && k + cue.len <= end).then_some((k, cue))
    })
}

/// How many cues before a quote are tried for a source before falling back on the subject
/// of the first one's clause.
const CUES_TRIED: usize = 3;

/// Smith said: “…” / Smith called it “a disaster” / said Smith, “…” / Bruce …, saying: “…” /
/// according to Smith, “…”. Tries the nearest cues in turn; a cue without its own source
/// ("to say", "and called") takes the subject of its clause.
fn before(ctx: &Context<'_>, frame: &Frame, floor: usize, end: usize) -> Option<Attribution> {
    let mut first: Option<(usize, CueMatch)> = None;
    let mut tried = 0;
    let mut i = end;
    while i > floor && tried < CUES_TRIED {
        i -= 1;
        if ctx.hidden(frame, i) {
            continue;
        }
        let Some((at, cue)) = cue_covering(ctx, floor, i, end) else {
            continue;
        };
        if names_a_thing(ctx, floor, at, end) {
            i = at;
            continue;
        }
        tried += 1;
        first.get_or_insert((at, cue));
        if let Some(found) = source_of_cue(ctx, frame, floor, end, at, cue) {
            return Some(found);
        }
        i = at;
    }
    let (at, cue) = first?;
    Some(Attribution {
        speaker: clause_subject(ctx.text, ctx.tokens(), floor, at, &|i| ctx.hidden(frame, i)),
        cue: Some(cue_span(ctx.tokens(), at, cue)),
        rule: rules::BEFORE_CLAUSE_SUBJECT,
    })
}

/// Participles that name a thing when they follow its noun ("a book called “…”").
const NAMING_PARTICIPLES: &[&str] = &["called", "named", "titled", "entitled", "dubbed"];

/// How many lowercase words may stand between "a" and a naming participle.
const NAMED_NOUN_WORDS: usize = 4;

/// a short film called "Tenemos Familias": a naming participle right before the quote,
/// after an indefinite noun phrase, names a thing and reports no one's words.
fn names_a_thing(ctx: &Context<'_>, floor: usize, at: usize, quote: usize) -> bool {
    if at + 1 != quote || !NAMING_PARTICIPLES.contains(&ctx.surface(at)) {
        return false;
    }
    let tokens = ctx.tokens();
    let lowest = floor.max(at.saturating_sub(NAMED_NOUN_WORDS + 1));
    (lowest..at)
        .rev()
        .take_while(|&i| {
            let t = &tokens[i];
            t.kind != TokenKind::Punct && !ctx.surface(i).starts_with(char::is_uppercase)
        })
        .any(|i| matches!(ctx.surface(i), "a" | "an"))
        && !is_pronoun(ctx.text, &tokens[at - 1])
}

/// The source a cue before a quote names by its own form, if it names one.
fn source_of_cue(
    ctx: &Context<'_>,
    frame: &Frame,
    floor: usize,
    end: usize,
    at: usize,
    cue: CueMatch,
) -> Option<Attribution> {
    let tokens = ctx.tokens();
    let cue_end = at + cue.len;
    let source_floor = ctx.floor_after_quotes(frame, floor, at);
    let opens_clause = at == source_floor || matches!(ctx.surface(at - 1), ":" | "—" | "–" | "(");
    let (speaker, rule) = match cue.entry.form {
        CueForm::Finite => match phrase_before(ctx.text, tokens, source_floor, at) {
            Some(span) => (span, rules::BEFORE_SOURCE_CUE),
            None if opens_clause => (
                phrase_after(ctx.text, tokens, cue_end, end)?,
                rules::BEFORE_CUE_SOURCE,
            ),
            None => (
                inserted_source(ctx, at, cue_end, end)?,
                rules::BEFORE_CUE_SOURCE,
            ),
        },
        CueForm::Participle => (
            absolute_subject(ctx, source_floor, at)
                .or_else(|| clause_subject(ctx.text, tokens, floor, at, &|i| ctx.hidden(frame, i)))
                .or_else(|| main_clause_subject(ctx, frame, at))?,
            rules::BEFORE_PARTICIPLE,
        ),
        CueForm::Preposition => (
            phrase_after(ctx.text, tokens, cue_end, end)?,
            rules::BEFORE_ACCORDING,
        ),
    };
    Some(Attribution {
        speaker: Some(speaker),
        cue: Some(cue_span(tokens, at, cue)),
        rule,
    })
}

/// The paradox of Nancy, says Carl Anthony, historian …, is that she was “…”: a cue between
/// commas with its source right after it and closed by a comma or a colon is an inserted
/// attribution, whose source speaks the sentence it sits in. The source must be a name: a
/// lowercase phrase after the cue is the subject of what was said ("Rawlings, …, said the
/// event brought back memories of her father, and of “…”"), and an object pronoun is no
/// source ("Smith, a Republican, called it “a disaster”").
fn inserted_source(ctx: &Context<'_>, at: usize, cue_end: usize, end: usize) -> Option<Span> {
    let tokens = ctx.tokens();
    let named = tokens
        .get(cue_end)
        .is_some_and(|t| t.span.of(ctx.text).starts_with(char::is_uppercase));
    if at == 0 || ctx.surface(at - 1) != "," || !named {
        return None;
    }
    let source = phrase_after(ctx.text, tokens, cue_end, end)?;
    let next = tokens.partition_point(|t| t.span.start < source.end);
    (next < end && matches!(ctx.surface(next), "," | ":")).then_some(source)
}

/// with Cruz recently promising to “carpet bomb them”: a participle after "with" and a
/// source phrase has that phrase for its own subject (an absolute construction).
fn absolute_subject(ctx: &Context<'_>, floor: usize, at: usize) -> Option<Span> {
    let tokens = ctx.tokens();
    let subject = phrase_before(ctx.text, tokens, floor, at)?;
    let first = tokens.partition_point(|t| t.span.start < subject.start);
    let after_with = first > floor && ctx.surface(first - 1).eq_ignore_ascii_case("with");
    after_with.then_some(subject)
}

/// Words that may stand before a participle opening its sentence ("In declaring …").
const PARTICIPLE_OPENERS: &[&str] = &["in", "by", "after", "while", "when", "before", "since"];

/// Acknowledging that Trump “says a lot of stupid stuff,” Allen said …: a participle cue
/// opening its sentence hangs off the main clause after it, whose subject follows the quote
/// and the comma closing the participle's phrase (and an aside: “…,” though, Allen …).
fn main_clause_subject(ctx: &Context<'_>, frame: &Frame, at: usize) -> Option<Span> {
    let tokens = ctx.tokens();
    let sentence = &ctx.doc.sentences[ctx.doc.sentence_at(tokens.get(at)?.span.start)?];
    let opens = match at.checked_sub(sentence.tokens.start)? {
        0 => true,
        1 => PARTICIPLE_OPENERS
            .iter()
            .any(|w| ctx.surface(at - 1).eq_ignore_ascii_case(w)),
        _ => false,
    };
    if !opens || frame.nested {
        return None;
    }
    let end = frame.bounds.end.min(sentence.tokens.end);
    let mut start = if frame.trails {
        frame.tokens.end
    } else {
        (frame.tokens.end..end).find(|&i| ctx.surface(i) == ",")? + 1
    };
    let aside = |i: usize| {
        ctx.surface(i).starts_with(char::is_lowercase)
            && !is_pronoun(ctx.text, &tokens[i])
            && i + 1 < end
            && ctx.surface(i + 1) == ","
    };
    if start < end && aside(start) {
        start += 2;
    }
    if (frame.tokens.end..start).any(|i| ctx.hidden(frame, i)) {
        return None;
    }
    sentence_subject(ctx.text, tokens, start, end).filter(|s| s.start == tokens[start].span.start)
}

/// Smith on Twitter: “…”: a clause ending in a colon right before the quote.
fn colon(ctx: &Context<'_>, frame: &Frame, floor: usize, end: usize) -> Option<Attribution> {
    let last = end.checked_sub(1).filter(|&l| l >= floor)?;
    if ctx.surface(last) != ":" {
        return None;
    }
    let speaker = subject_before_verb(ctx, floor, last).or_else(|| {
        clause_subject(ctx.text, ctx.tokens(), floor, last, &|i| {
            ctx.hidden(frame, i)
        })
    })?;
    Some(Attribution {
        speaker: Some(speaker),
        cue: Some(ctx.tokens()[last].span),
        rule: rules::BEFORE_COLON,
    })
}

/// "Article 33 affirms:" / "Isaiah 45:1 reads:": a clause of a source phrase and one verb
/// in -s or -ed before a colon; the phrase is the source.
fn subject_before_verb(ctx: &Context<'_>, floor: usize, colon: usize) -> Option<Span> {
    let verb = colon.checked_sub(1).filter(|&v| v > floor)?;
    let word = ctx.surface(verb);
    let verb_like = word.starts_with(char::is_lowercase)
        && (word.ends_with('s') || word.ends_with("ed"))
        && !is_pronoun(ctx.text, &ctx.tokens()[verb]);
    let subject = phrase_before(ctx.text, ctx.tokens(), floor, verb).filter(|_| verb_like)?;
    let opens_clause = subject.start == ctx.tokens()[floor].span.start;
    opens_clause.then_some(subject)
}

/// “the beginning of the end” for the EU, said Geert Wilders.: the source and cue close the
/// quote's sentence after a comma.
fn sentence_end(ctx: &Context<'_>, frame: &Frame) -> Option<Attribution> {
    let tokens = ctx.tokens();
    let mut end = frame.bounds.end;
    while end > frame.tokens.end && matches!(ctx.surface(end - 1), "." | "!" | "?") {
        end -= 1;
    }
    let lowest = frame
        .tokens
        .end
        .max(end.saturating_sub(MAX_SOURCE_BEFORE_CUE));
    (lowest.max(frame.tokens.end)..end)
        .rev()
        .filter(|&i| ctx.surface(i) == "," && !ctx.hidden(frame, i))
        .take(COMMAS_TRIED)
        .find_map(|comma| {
            let found = after(ctx, frame, comma + 1, end)?;
            let last = found.speaker?.end.max(found.cue?.end);
            let rest: Vec<&Token> = tokens[comma + 1..end]
                .iter()
                .filter(|t| t.span.start >= last)
                .collect();
            let adjacent = |a: Span, b: Span| {
                ctx.text
                    .get(a.end..b.start)
                    .is_some_and(|gap| gap.trim().is_empty())
            };
            let (speaker, cue) = (found.speaker?, found.cue?);
            let tight = adjacent(cue, speaker) || adjacent(speaker, cue);
            let appositive = tight && rest.first().is_some_and(|t| t.span.of(ctx.text) == ",");
            (rest.len() <= TRAILING_REST || appositive).then_some(Attribution {
                rule: rules::SENTENCE_END,
                ..found
            })
        })
}

/// How many words may follow an attribution closing a sentence ("said on Tuesday"), but
/// for a comma after a source right beside its cue (", said Dante Scala, a political
/// scientist at …", ", she said, referencing …").
const TRAILING_REST: usize = 4;

/// How many commas from the sentence end are tried as the start of its attribution.
const COMMAS_TRIED: usize = 3;

/// “…” Smith said.: the quote ends its sentence and the next one opens with source and cue.
fn next_sentence(ctx: &Context<'_>, frame: &Frame) -> Option<Attribution> {
    if frame.nested {
        return None;
    }
    let last = frame.tokens.end.checked_sub(1)?;
    let sentence = ctx.doc.sentence_at(ctx.tokens()[last].span.start)?;
    let current = &ctx.doc.sentences[sentence];
    let next = ctx.doc.sentences.get(sentence + 1)?;
    if current.tokens.end != frame.tokens.end || next.paragraph != current.paragraph {
        return None;
    }
    if follows_quote(ctx, frame) || !opens_source(ctx.text, ctx.tokens().get(next.tokens.start)?) {
        return None;
    }
    let found = after(ctx, frame, next.tokens.start, next.tokens.end)?;
    let opens_next =
        found.speaker.map(|s| s.start) == Some(ctx.tokens()[next.tokens.start].span.start);
    (found.rule == rules::AFTER_SOURCE_CUE && opens_next).then_some(Attribution {
        rule: rules::NEXT_SENTENCE,
        ..found
    })
}

/// Whether the quote opens its sentence right after a sentence of the same paragraph that
/// holds a quote: then it continues that quote (“…,” he said. “…”), whatever follows.
fn follows_quote(ctx: &Context<'_>, frame: &Frame) -> bool {
    let Some(sentence) = ctx
        .tokens()
        .get(frame.tokens.start)
        .and_then(|t| ctx.doc.sentence_at(t.span.start))
    else {
        return false;
    };
    let current = &ctx.doc.sentences[sentence];
    let previous = sentence.checked_sub(1).map(|p| &ctx.doc.sentences[p]);
    current.tokens.start == frame.tokens.start
        && previous.is_some_and(|p| {
            p.paragraph == current.paragraph && p.tokens.clone().any(|i| ctx.quoted[i])
        })
}

/// Smith said:¶“…” / Sam Lau said in a statement. “…”: the quote opens its sentence after
/// one ending in a colon, or in a source and cue with no quote of their own.
fn previous_sentence(ctx: &Context<'_>, frame: &Frame) -> Option<Attribution> {
    if frame.nested {
        return None;
    }
    let first = ctx.tokens().get(frame.tokens.start)?;
    let sentence = ctx.doc.sentence_at(first.span.start)?;
    if ctx.doc.sentences[sentence].tokens.start != frame.tokens.start || sentence == 0 {
        return None;
    }
    let previous = ctx.doc.sentences[sentence - 1].tokens.clone();
    let floor = previous.start.max(previous.end.saturating_sub(WINDOW));
    let last = previous.end.checked_sub(1).filter(|&l| l >= floor)?;
    let found = if ctx.surface(last) == ":" {
        before(ctx, frame, floor, previous.end)
            .filter(|a| a.speaker.is_some())
            .or_else(|| colon(ctx, frame, floor, previous.end))?
    } else {
        let unquoted = !(floor..previous.end).any(|i| ctx.quoted[i]);
        let tail = ctx.tokens()[previous.end.saturating_sub(TRAILING_CUE).max(floor)]
            .span
            .start;
        before(ctx, frame, floor, previous.end)
            .filter(|a| unquoted && a.speaker.is_some() && a.cue.is_some_and(|c| c.start >= tail))?
    };
    Some(Attribution {
        rule: rules::PREVIOUS_SENTENCE,
        ..found
    })
}

/// How near its end a sentence introducing the next one's quote has its cue ("Sam Lau, the
/// director, said in a statement.").
const TRAILING_CUE: usize = 6;
