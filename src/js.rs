//! The embeddable JavaScript module: wasm-bindgen exports of the engine, built into
//! `pkg/gloss.js` + `pkg/gloss_bg.wasm` by `scripts/build-pkg.sh` (feature `js`).
//!
//! `annotate(text, { referenceDate, explain })` returns the `gloss/1` object as a plain JS
//! object, exactly the shape `gloss annotate` prints as JSON (absent values are `null`).
//! What it is not: it is not the Yew app's worker protocol (see `worker`), and it does no
//! language work itself; it only converts options in and annotations out.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::engine::{self, CivilDate, Options};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** Options of `annotate`. */
export interface AnnotateOptions {
  /** The publication date, `YYYY-MM-DD`, that relative dates ("on Wednesday") resolve against.
   *  Omitted or `null`: the engine looks for a dateline in the text. A malformed or impossible
   *  date throws an `Error`. */
  referenceDate?: string | null;
  /** Add a `why` field to entities, dates and quotes saying which rule or feature made them. */
  explain?: boolean;
}

/** A stretch of text: code-point offsets (like JS `Array.from(text)` indices), end exclusive. */
export interface GlossExtent { start: number; end: number; }
/** A stretch of text with its surface. */
export interface GlossMention extends GlossExtent { text: string; }

/** One real thing the article names, with all its mentions. */
export interface GlossEntity {
  id: number;
  type: "PERSON" | "ORG" | "GPE" | "LOC" | "NORP" | "FAC" | "EVENT" | "LAW" | "PRODUCT" | "WORK" | "MISC";
  name: string;
  roles: string[];
  mentions: GlossMention[];
  why?: string;
}

/** A time expression with its TIMEX3 type and TimeML value. */
export interface GlossDate extends GlossMention {
  type: "DATE" | "TIME" | "DURATION" | "SET";
  value: string;
  why?: string;
}

/** A quotation and its speaker. */
export interface GlossQuote extends GlossMention {
  kind: "direct" | "partial" | "scare" | "indirect";
  speaker: GlossMention | null;
  entity: number | null;
  cue: GlossMention | null;
  why?: string;
}

/** A dated event of the timeline. */
export interface GlossEvent {
  /** Index into `dates`. */
  date: number;
  value: string;
  /** Index into `sentences`. */
  sentence: number;
  summary: string;
  /** Ids of the entities taking part. */
  entities: number[];
}

/** Everything Gloss found in one article: the `gloss/1` format (docs/format.md). */
export interface GlossAnnotations {
  schema: "gloss/1";
  reference_date: { value: string | null; source: "given" | "text" | "missing" };
  sentences: GlossExtent[];
  entities: GlossEntity[];
  dates: GlossDate[];
  quotes: GlossQuote[];
  events: GlossEvent[];
}
"#;

/// The options object as JavaScript passes it; unknown keys are ignored.
#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct JsOptions {
    reference_date: Option<String>,
    explain: bool,
}

/// Annotates one article and returns its `gloss/1` annotations as a plain object.
///
/// # Errors
/// Throws an `Error` when `options` is not an object of the documented shape or
/// `referenceDate` is not a real `YYYY-MM-DD` date. Any text annotates.
#[wasm_bindgen(js_name = annotate, unchecked_return_type = "GlossAnnotations")]
pub fn annotate(
    text: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "AnnotateOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsError> {
    let options = engine_options(options)?;
    let annotations = engine::annotate(text, &options);
    to_plain_object(&annotations)
}

/// The schema tag of the objects [`annotate`] returns (`"gloss/1"`).
#[wasm_bindgen(js_name = schema)]
pub fn schema() -> String {
    engine::output::SCHEMA.to_string()
}

fn engine_options(options: Option<JsValue>) -> Result<Options, JsError> {
    let js: JsOptions = match options {
        None => JsOptions::default(),
        Some(value) => serde_wasm_bindgen::from_value(value)
            .map_err(|err| JsError::new(&format!("gloss.annotate: bad options: {err}")))?,
    };
    let reference_date = js
        .reference_date
        .as_deref()
        .map(parse_reference_date)
        .transpose()?;
    // No clock fallback: an embedder's results depend only on its inputs.
    Ok(Options {
        reference_date,
        today: None,
        explain: js.explain,
    })
}

fn parse_reference_date(value: &str) -> Result<CivilDate, JsError> {
    CivilDate::parse_iso(value).ok_or_else(|| {
        JsError::new(&format!(
            "gloss.annotate: referenceDate {value:?} is not a valid date (expected YYYY-MM-DD, e.g. \"2025-07-23\")"
        ))
    })
}

fn to_plain_object<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::new()
        .serialize_maps_as_objects(true)
        .serialize_missing_as_null(true);
    value
        .serialize(&serializer)
        .map_err(|err| JsError::new(&format!("gloss.annotate: cannot convert the output: {err}")))
}
