//! Small bridges to the document: keyboard shortcuts, scrolling to the selection, focusing
//! elements and offering files for download.
//!
//! It is not where state changes: shortcuts only dispatch actions.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use crate::app::state::{Action, Panel, Selection, State};

/// Moves the keyboard focus to the element with `id`, if there is one.
pub fn focus(id: &str) {
    if let Some(element) = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// Whether the key event comes from a field the reader is typing in.
fn typing(event: &KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
}

/// The action a key stands for, outside text fields.
fn shortcut(key: &str) -> Option<Action> {
    Some(match key {
        "j" | "n" => Action::Step(1),
        "k" | "p" => Action::Step(-1),
        "1" => Action::ShowPanel(Panel::Entities),
        "2" => Action::ShowPanel(Panel::Timeline),
        "3" => Action::ShowPanel(Panel::Quotes),
        "Escape" => Action::ClearSelection,
        _ => return None,
    })
}

/// Undo (Ctrl+Z) and redo (Ctrl+Shift+Z, Ctrl+Y) of corrections.
fn history_key(event: &KeyboardEvent) -> Option<Action> {
    match (event.key().to_ascii_lowercase().as_str(), event.shift_key()) {
        ("z", false) => Some(Action::Undo),
        ("z", true) | ("y", false) => Some(Action::Redo),
        _ => None,
    }
}

/// Listens for the page's keyboard shortcuts.
#[hook]
pub fn use_shortcuts(dispatcher: UseReducerDispatcher<State>) {
    use_effect_with((), move |_| {
        // Not passive: the shortcuts must be able to stop the key's default action.
        let options = EventListenerOptions::enable_prevent_default();
        let document = gloo::utils::document();
        let listener =
            EventListener::new_with_options(&document, "keydown", options, move |event| {
                let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if event.ctrl_key() || event.meta_key() {
                    if let (false, Some(action)) = (typing(event), history_key(event)) {
                        event.prevent_default();
                        dispatcher.dispatch(action);
                    }
                    return;
                }
                if event.alt_key() {
                    return;
                }
                if typing(event) {
                    if event.key() == "Escape" {
                        focus("article");
                    }
                    return;
                }
                match event.key().as_str() {
                    "e" => {
                        event.prevent_default();
                        focus("text");
                    }
                    "a" => focus("article"),
                    key => {
                        if let Some(action) = shortcut(key) {
                            dispatcher.dispatch(action);
                        }
                    }
                }
            });
        move || drop(listener)
    });
}

/// Scrolls the first highlighted piece of the article into view when the selection changes.
#[hook]
pub fn use_scroll_to_selection(selection: Option<Selection>) {
    use_effect_with(selection, |selection| {
        if selection.is_some() {
            scroll_to_first(".article .sel");
        }
    });
}

fn scroll_to_first(selector: &str) {
    let Ok(Some(element)) = gloo::utils::document().query_selector(selector) else {
        return;
    };
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Center);
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Offers `contents` as a file download named `name`.
pub fn download(name: &str, mime: &str, contents: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let document = gloo::utils::document();
    if let Ok(anchor) = document.create_element("a") {
        if let Ok(anchor) = anchor.dyn_into::<web_sys::HtmlAnchorElement>() {
            anchor.set_href(&url);
            anchor.set_download(name);
            anchor.click();
        }
    }
    // Revoking at once can cancel the download; the URL is freed a little later.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
}
