//! Share links and share files: opening them (from the address's fragment, on load and when
//! it changes) and making them ("Copy share link").
//!
//! Decoding and encoding are `crate::share`'s; this only reads and writes the address, the
//! clipboard and files. A broken link shows its message and leaves the work alone; a good one
//! is offered to the reducer, which asks before replacing unsaved work.

use gloo::events::EventListener;
use yew::prelude::*;

use crate::app::state::{Action, Notice, Shared, State, Work};
use crate::share::{self, ShareError, SharePayload};

/// The work a payload carries.
pub fn shared_of(payload: SharePayload) -> Shared {
    Shared {
        work: Work {
            text: payload.text,
            title: payload.title,
            reference_date: payload.reference_date.unwrap_or_default(),
        },
        hidden: payload.hidden_types.into_iter().collect(),
        corrections: payload.corrections,
    }
}

/// The payload for the current work.
pub fn payload_of(state: &State) -> SharePayload {
    let hidden: Vec<String> = state.hidden.iter().cloned().collect();
    SharePayload::new(
        &state.work.title,
        &state.work.text,
        crate::engine::CivilDate::parse_iso(state.work.reference_date.trim()),
        &hidden,
        state.history.corrections(),
    )
}

/// The action for an opened link or file.
pub fn action_of(result: Result<SharePayload, ShareError>) -> Action {
    match result {
        Ok(payload) => Action::Offer(shared_of(payload)),
        Err(error) => Action::Notify(Notice::error(error.to_string())),
    }
}

fn open_fragment(dispatcher: &UseReducerDispatcher<State>) {
    let location = gloo::utils::window().location();
    let hash = location.hash().unwrap_or_default();
    if share::token_in(&hash).is_none() {
        return;
    }
    dispatcher.dispatch(action_of(share::decode_fragment(&hash)));
    // The link has been read; drop it from the address so a reload does not open it again.
    if let (Ok(history), Ok(path), Ok(search)) = (
        gloo::utils::window().history(),
        location.pathname(),
        location.search(),
    ) {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{search}")),
        );
    }
}

/// Opens the share link in the address on load and whenever the fragment changes.
#[hook]
pub fn use_share_links(dispatcher: UseReducerDispatcher<State>) {
    use_effect_with((), move |_| {
        open_fragment(&dispatcher);
        let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
            open_fragment(&dispatcher)
        });
        move || drop(listener)
    });
}

/// The page's address without its fragment.
fn page_url() -> String {
    let href = gloo::utils::window().location().href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// Makes the share link for the current work and copies it to the clipboard.
pub fn make_link(state: &State) -> String {
    let link = share::link(&page_url(), &payload_of(state));
    let clipboard = gloo::utils::window().navigator().clipboard();
    let _ = clipboard.write_text(&link);
    link
}

/// Offers the current work as a `.json` share file.
pub fn download_json(state: &State) {
    let name = if state.work.title.trim().is_empty() {
        "gloss-article.json".to_string()
    } else {
        format!("{}.gloss.json", file_stem(&state.work.title))
    };
    super::dom::download(
        &name,
        "application/json",
        &share::to_json_file(&payload_of(state)),
    );
}

/// A file-name-safe version of a title.
pub fn file_stem(title: &str) -> String {
    let stem: String = title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let stem = stem
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    stem.chars().take(60).collect()
}
