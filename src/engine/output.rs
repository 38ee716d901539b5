//! The `gloss/1` output format: what the engine returns, the CLI prints and the worker sends.
//!
//! These are the only serialisable engine types (a boundary, not internals). Offsets are
//! Unicode code points from the start of the input, end exclusive, as in W3C Web Annotation,
//! doccano and Python strings. The format is documented in `docs/format.md`; a change that
//! breaks readers bumps [`SCHEMA`].

use serde::{Deserialize, Serialize};

use super::dates::{Reference, ReferenceSource, TimeExpr};
use super::entities::Entity;
use super::quotes::Quote;
use super::span::{CharOffsets, Span};
use super::text::Document;
use super::timeline::Event;

/// The schema tag of this format version.
pub const SCHEMA: &str = "gloss/1";

/// Everything the engine found in one article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Annotations {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// The date relative expressions were resolved against.
    pub reference_date: ReferenceDate,
    /// Sentences in text order.
    pub sentences: Vec<Extent>,
    /// Entities, each with all its mentions.
    pub entities: Vec<EntityOut>,
    /// Time expressions with TIMEX3 types and values.
    pub dates: Vec<DateOut>,
    /// Quotations with their speakers.
    pub quotes: Vec<QuoteOut>,
    /// Dated events, in timeline order.
    pub events: Vec<EventOut>,
}

/// The reference date and where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferenceDate {
    /// `YYYY-MM-DD`, or `null` when unknown.
    pub value: Option<String>,
    /// `given`, `text`, `today` or `missing`.
    pub source: String,
}

/// A stretch of text without its surface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extent {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
}

/// A stretch of text with its surface.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The text it covers.
    pub text: String,
}

/// An entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityOut {
    /// Its index in `entities`, referred to by quotes and events.
    pub id: usize,
    /// `PERSON`, `ORG`, `GPE`, `LOC`, `NORP`, `FAC`, `EVENT`, `LAW`, `PRODUCT`, `WORK`, `MISC`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The canonical (fullest) name.
    pub name: String,
    /// Titles and descriptions from the article.
    pub roles: Vec<String>,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
    /// Why it got its type; only with `explain`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<String>,
}

/// A time expression.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateOut {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The text it covers.
    pub text: String,
    /// TIMEX3 type: `DATE`, `TIME`, `DURATION` or `SET`.
    #[serde(rename = "type")]
    pub kind: String,
    /// TimeML value: `2025-05-07`, `2025-05`, `P3D`, `PRESENT_REF`...
    pub value: String,
    /// The rule that found it; only with `explain`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<String>,
}

/// A quotation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteOut {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The text it covers.
    pub text: String,
    /// `direct`, `partial`, `scare` or `indirect`.
    pub kind: String,
    /// The speaker's mention, if attributed.
    pub speaker: Option<Mention>,
    /// The speaker's entity id, if resolved.
    pub entity: Option<usize>,
    /// The speech cue ("said", "according to"), if any.
    pub cue: Option<Mention>,
    /// The rule that attributed it; only with `explain`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<String>,
}

/// A dated event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventOut {
    /// Index into `dates` of the expression that dates it.
    pub date: usize,
    /// That expression's value, repeated for convenience.
    pub value: String,
    /// Index into `sentences`.
    pub sentence: usize,
    /// Who did what.
    pub summary: String,
    /// Ids of the entities taking part.
    pub entities: Vec<usize>,
}

/// Converts byte spans into code-point mentions of one text.
struct Converter<'a> {
    text: &'a str,
    offsets: CharOffsets,
}

impl Converter<'_> {
    fn extent(&self, span: Span) -> Extent {
        Extent {
            start: self.offsets.char_at(span.start),
            end: self.offsets.char_at(span.end),
        }
    }

    fn mention(&self, span: Span) -> Mention {
        let Extent { start, end } = self.extent(span);
        Mention {
            start,
            end,
            text: span.of(self.text).to_string(),
        }
    }
}

/// The stage outputs to assemble, borrowed.
pub(crate) struct Stages<'a> {
    pub doc: &'a Document,
    pub reference: Reference,
    pub entities: &'a [Entity],
    pub dates: &'a [TimeExpr],
    pub quotes: &'a [Quote],
    pub events: &'a [Event],
    pub explain: bool,
}

/// Builds the `gloss/1` output from the stages' byte-span results.
pub(crate) fn assemble(text: &str, stages: Stages<'_>) -> Annotations {
    let conv = Converter {
        text,
        offsets: CharOffsets::new(text),
    };
    let explain = |why: &str| stages.explain.then(|| why.to_string());
    Annotations {
        schema: SCHEMA.to_string(),
        reference_date: reference_out(stages.reference),
        sentences: stages
            .doc
            .sentences
            .iter()
            .map(|s| conv.extent(s.span))
            .collect(),
        entities: stages
            .entities
            .iter()
            .enumerate()
            .map(|(id, e)| EntityOut {
                id,
                kind: e.kind.label().to_string(),
                name: e.name.clone(),
                roles: e.roles.clone(),
                mentions: e.mentions.iter().map(|&m| conv.mention(m)).collect(),
                why: explain(&e.why),
            })
            .collect(),
        dates: stages
            .dates
            .iter()
            .map(|d| {
                let Mention { start, end, text } = conv.mention(d.span);
                DateOut {
                    start,
                    end,
                    text,
                    kind: d.kind.label().to_string(),
                    value: d.value.clone(),
                    why: explain(d.rule),
                }
            })
            .collect(),
        quotes: stages
            .quotes
            .iter()
            .map(|q| {
                let Mention { start, end, text } = conv.mention(q.span);
                QuoteOut {
                    start,
                    end,
                    text,
                    kind: q.kind.label().to_string(),
                    speaker: q.speaker.map(|s| conv.mention(s)),
                    entity: q.entity,
                    cue: q.cue.map(|s| conv.mention(s)),
                    why: explain(q.rule),
                }
            })
            .collect(),
        events: stages
            .events
            .iter()
            .map(|e| EventOut {
                date: e.date,
                value: stages.dates[e.date].value.clone(),
                sentence: e.sentence,
                summary: e.summary.clone(),
                entities: e.entities.clone(),
            })
            .collect(),
    }
}

fn reference_out(reference: Reference) -> ReferenceDate {
    let source = match reference.source {
        ReferenceSource::Given => "given",
        ReferenceSource::Text => "text",
        ReferenceSource::Today => "today",
        ReferenceSource::Missing => "missing",
    };
    ReferenceDate {
        value: reference.date.map(|d| d.to_string()),
        source: source.to_string(),
    }
}
