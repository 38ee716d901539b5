//! W3C Web Annotation JSON-LD: an `AnnotationCollection` with one annotation per entity
//! mention, time expression and quote, each targeting the article with a
//! `TextQuoteSelector` (exact, prefix, suffix) and a `TextPositionSelector` (code points):
//! the model Hypothesis uses.
//!
//! It is not an importer, and it writes no HTML: every value is a JSON string.

use serde::Serialize;

use crate::codepoints::CodePoints;
use crate::engine::Annotations;

/// The IRI standing for the article when the caller has none.
pub const DEFAULT_SOURCE: &str = "urn:gloss:article";

/// Code points of context on each side in a `TextQuoteSelector`, as Hypothesis uses.
const CONTEXT_CHARS: usize = 32;

#[derive(Serialize)]
struct Collection<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    id: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    label: &'static str,
    generator: Generator<'a>,
    total: usize,
    first: Page<'a>,
}

#[derive(Serialize)]
struct Generator<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    name: &'static str,
    schema: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Page<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    start_index: usize,
    items: Vec<Annotation<'a>>,
}

#[derive(Serialize)]
struct Annotation<'a> {
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    motivation: &'static str,
    body: Vec<Body<'a>>,
    target: Target<'a>,
}

#[derive(Serialize)]
struct Body<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    purpose: &'static str,
    value: &'a str,
    format: &'static str,
}

#[derive(Serialize)]
struct Target<'a> {
    source: &'a str,
    selector: (QuoteSelector<'a>, PositionSelector),
}

#[derive(Serialize)]
struct QuoteSelector<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    exact: &'a str,
    prefix: &'a str,
    suffix: &'a str,
}

#[derive(Serialize)]
struct PositionSelector {
    #[serde(rename = "type")]
    kind: &'static str,
    start: usize,
    end: usize,
}

/// The annotations as a Web Annotation collection about [`DEFAULT_SOURCE`].
pub fn to_json(annotations: &Annotations, text: &str) -> String {
    to_json_about(annotations, text, DEFAULT_SOURCE)
}

/// The annotations as a Web Annotation collection about the document at `source` (an IRI).
pub fn to_json_about(annotations: &Annotations, text: &str, source: &str) -> String {
    let cp = CodePoints::new(text);
    let annotation = |id: String, motivation, body, start, end| Annotation {
        id,
        kind: "Annotation",
        motivation,
        body,
        target: target(&cp, source, start, end),
    };
    let mut items = Vec::new();
    for entity in &annotations.entities {
        for (m, mention) in entity.mentions.iter().enumerate() {
            let mut body = vec![
                textual("tagging", &entity.kind),
                textual("identifying", &entity.name),
            ];
            body.extend(entity.roles.iter().map(|r| textual("describing", r)));
            let id = format!("urn:gloss:entity:{}:mention:{m}", entity.id);
            items.push(annotation(
                id,
                "identifying",
                body,
                mention.start,
                mention.end,
            ));
        }
    }
    for (d, date) in annotations.dates.iter().enumerate() {
        let body = vec![
            textual("tagging", &date.kind),
            textual("describing", &date.value),
        ];
        let id = format!("urn:gloss:date:{d}");
        items.push(annotation(id, "classifying", body, date.start, date.end));
    }
    for (q, quote) in annotations.quotes.iter().enumerate() {
        let mut body = vec![textual("tagging", "QUOTE"), textual("tagging", &quote.kind)];
        let speaker = quote
            .entity
            .and_then(|e| annotations.entities.get(e))
            .map(|e| e.name.as_str())
            .or(quote.speaker.as_ref().map(|s| s.text.as_str()));
        body.extend(speaker.map(|s| textual("identifying", s)));
        let id = format!("urn:gloss:quote:{q}");
        items.push(annotation(id, "describing", body, quote.start, quote.end));
    }
    let collection = Collection {
        context: "http://www.w3.org/ns/anno.jsonld",
        id: "urn:gloss:collection",
        kind: "AnnotationCollection",
        label: "Gloss annotations",
        generator: Generator {
            kind: "Software",
            name: "Gloss",
            schema: &annotations.schema,
        },
        total: items.len(),
        first: Page {
            kind: "AnnotationPage",
            start_index: 0,
            items,
        },
    };
    serde_json::to_string_pretty(&collection).unwrap_or_default()
}

fn textual<'a>(purpose: &'static str, value: &'a str) -> Body<'a> {
    Body {
        kind: "TextualBody",
        purpose,
        value,
        format: "text/plain",
    }
}

fn target<'a>(cp: &CodePoints<'a>, source: &'a str, start: usize, end: usize) -> Target<'a> {
    let quote = QuoteSelector {
        kind: "TextQuoteSelector",
        exact: cp.slice_clamped(start, end),
        prefix: cp.slice_clamped(start.saturating_sub(CONTEXT_CHARS), start),
        suffix: cp.slice_clamped(end, end.saturating_add(CONTEXT_CHARS)),
    };
    let position = PositionSelector {
        kind: "TextPositionSelector",
        start,
        end,
    };
    Target {
        source,
        selector: (quote, position),
    }
}
