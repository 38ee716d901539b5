//! W3C Web Annotation JSON-LD: an `AnnotationCollection` with one annotation per entity
//! mention, time expression and quote, each targeting the article with a
//! `TextQuoteSelector` (exact, prefix, suffix) and a `TextPositionSelector` (code points):
//! the model Hypothesis uses.
//!
//! It is not an importer, and it writes no HTML: every value is a JSON string.

use serde_json::{json, Value};

use crate::codepoints::CodePoints;
use crate::engine::Annotations;

/// The IRI standing for the article when the caller has none.
pub const DEFAULT_SOURCE: &str = "urn:gloss:article";

/// Code points of context on each side in a `TextQuoteSelector`, as Hypothesis uses.
const CONTEXT_CHARS: usize = 32;

/// The annotations as a Web Annotation collection about [`DEFAULT_SOURCE`].
pub fn to_json(annotations: &Annotations, text: &str) -> String {
    to_json_about(annotations, text, DEFAULT_SOURCE)
}

/// The annotations as a Web Annotation collection about the document at `source` (an IRI).
pub fn to_json_about(annotations: &Annotations, text: &str, source: &str) -> String {
    let cp = CodePoints::new(text);
    let target = |start: usize, end: usize| target(&cp, source, start, end);
    let mut items = Vec::new();
    for entity in &annotations.entities {
        for (m, mention) in entity.mentions.iter().enumerate() {
            let mut body = vec![
                textual("tagging", &entity.kind),
                textual("identifying", &entity.name),
            ];
            body.extend(entity.roles.iter().map(|r| textual("describing", r)));
            items.push(json!({
                "id": format!("urn:gloss:entity:{}:mention:{m}", entity.id),
                "type": "Annotation",
                "motivation": "identifying",
                "body": body,
                "target": target(mention.start, mention.end),
            }));
        }
    }
    for (d, date) in annotations.dates.iter().enumerate() {
        items.push(json!({
            "id": format!("urn:gloss:date:{d}"),
            "type": "Annotation",
            "motivation": "classifying",
            "body": [textual("tagging", &date.kind), textual("describing", &date.value)],
            "target": target(date.start, date.end),
        }));
    }
    for (q, quote) in annotations.quotes.iter().enumerate() {
        let mut body = vec![textual("tagging", "QUOTE"), textual("tagging", &quote.kind)];
        let speaker = quote
            .entity
            .and_then(|e| annotations.entities.get(e))
            .map(|e| e.name.as_str())
            .or(quote.speaker.as_ref().map(|s| s.text.as_str()));
        body.extend(speaker.map(|s| textual("identifying", s)));
        items.push(json!({
            "id": format!("urn:gloss:quote:{q}"),
            "type": "Annotation",
            "motivation": "describing",
            "body": body,
            "target": target(quote.start, quote.end),
        }));
    }
    let collection = json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "urn:gloss:collection",
        "type": "AnnotationCollection",
        "label": "Gloss annotations",
        "generator": { "type": "Software", "name": "Gloss", "schema": annotations.schema },
        "total": items.len(),
        "first": {
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    });
    serde_json::to_string_pretty(&collection).unwrap_or_default()
}

fn textual(purpose: &str, value: &str) -> Value {
    json!({ "type": "TextualBody", "purpose": purpose, "value": value, "format": "text/plain" })
}

fn target(cp: &CodePoints<'_>, source: &str, start: usize, end: usize) -> Value {
    json!({
        "source": source,
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": cp.slice_clamped(start, end),
                "prefix": cp.slice_clamped(start.saturating_sub(CONTEXT_CHARS), start),
                "suffix": cp.slice_clamped(end, end.saturating_add(CONTEXT_CHARS)),
            },
            { "type": "TextPositionSelector", "start": start, "end": end },
        ],
    })
}
