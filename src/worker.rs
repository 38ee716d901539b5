//! The Web Worker that runs the engine, and the messages it exchanges with the page.
//!
//! [`Request`] and [`Response`] are the serialisable boundary between the UI thread and the
//! worker: they travel as JSON strings through `postMessage`. [`handle`] is the whole job and is
//! pure (tested natively); [`run`] (feature `web`, wasm only) wires it to the worker's message
//! events. It is not the engine: it only calls [`crate::engine::annotate`].

use serde::{Deserialize, Serialize};

use crate::engine::{annotate, Annotations, CivilDate, Options};

/// Asks the worker to annotate one version of the article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    /// Increases with every request; the page ignores answers to superseded ones.
    pub id: u64,
    /// The article text.
    pub text: String,
    /// The publication date as `YYYY-MM-DD`; empty or invalid means "find it in the text".
    pub reference_date: String,
}

/// The worker's answer to one [`Request`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Response {
    /// The id of the request this answers.
    pub id: u64,
    /// The engine's output for the request's text.
    pub annotations: Annotations,
}

/// Annotates the request's text with the built-in engine. `today` is the reference date of
/// last resort, read from the browser's clock by the caller.
pub fn handle(request: &Request, today: Option<CivilDate>) -> Response {
    let options = Options {
        reference_date: CivilDate::parse_iso(request.reference_date.trim()),
        today,
        ..Options::default()
    };
    Response {
        id: request.id,
        annotations: annotate(&request.text, &options),
    }
}

/// Answers one JSON-encoded request with a JSON-encoded response; `None` for a malformed one.
pub fn handle_json(request: &str, today: Option<CivilDate>) -> Option<String> {
    let request: Request = serde_json::from_str(request).ok()?;
    serde_json::to_string(&handle(&request, today)).ok()
}

/// Today's date from the browser's clock (UTC).
#[cfg(all(feature = "web", target_arch = "wasm32"))]
fn today() -> Option<CivilDate> {
    let now = js_sys::Date::new_0();
    let month = u8::try_from(now.get_utc_month() + 1).ok()?;
    let day = u8::try_from(now.get_utc_date()).ok()?;
    CivilDate::new(i32::try_from(now.get_utc_full_year()).ok()?, month, day)
}

/// What the worker posts once it can take requests (earlier ones would be lost).
pub const READY: &str = "ready";

/// Installs the message handler in the worker's global scope, then tells the page it is ready.
#[cfg(all(feature = "web", target_arch = "wasm32"))]
pub fn run() {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let Some(request) = event.data().as_string() else {
            return;
        };
        if let Some(response) = handle_json(&request, today()) {
            // A worker whose page has gone cannot be answered; there is nothing left to do.
            let _ = reply_to.post_message(&JsValue::from_str(&response));
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str(READY));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_is_answered_with_its_id_and_the_texts_sentences() {
        let request = Request {
            id: 7,
            text: "Officials met on Tuesday. They talked.".to_string(),
            reference_date: "2025-03-14".to_string(),
        };
        let response = handle(&request, None);
        assert_eq!(response.id, 7);
        assert_eq!(response.annotations.sentences.len(), 2);
        assert_eq!(
            response.annotations.reference_date.value.as_deref(),
            Some("2025-03-14")
        );
    }

    #[test]
    fn an_invalid_reference_date_is_treated_as_absent() {
        let request = Request {
            id: 1,
            text: "Hello.".to_string(),
            reference_date: "2025-02-30".to_string(),
        };
        assert_ne!(
            handle(&request, None).annotations.reference_date.source,
            "given"
        );
    }

    #[test]
    fn without_a_date_given_or_found_today_is_used() {
        let request = Request {
            id: 2,
            text: "They met on Wednesday.".to_string(),
            reference_date: String::new(),
        };
        let today = CivilDate::new(2025, 7, 24);
        let reference = handle(&request, today).annotations.reference_date;
        assert_eq!(
            (reference.value.as_deref(), reference.source.as_str()),
            (Some("2025-07-24"), "today")
        );
    }

    #[test]
    fn json_requests_round_trip_and_malformed_ones_are_ignored() {
        let request = serde_json::to_string(&Request {
            id: 3,
            text: "One.".to_string(),
            reference_date: String::new(),
        })
        .unwrap();
        let response: Response =
            serde_json::from_str(&handle_json(&request, None).unwrap()).unwrap();
        assert_eq!(response.id, 3);
        assert_eq!(handle_json("{not json", None), None);
    }
}
