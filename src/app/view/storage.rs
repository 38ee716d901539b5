//! Saves the work to local storage as the reader works, and reads it back on start.
//!
//! An unreadable saved value is first copied to [`UNREADABLE_KEY`] (unless a copy is already
//! there), so that saving the new work never destroys it. It is not the share link.

use yew::prelude::*;

use crate::app::saved::{Saved, Unreadable, KEY, UNREADABLE_KEY, VERSION};
use crate::app::state::State;

fn raw_storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// The saved work, if any.
///
/// # Errors
/// [`Unreadable`] when something is saved but cannot be read; a copy of it is kept.
pub fn load() -> Result<Option<Saved>, Unreadable> {
    let Some(storage) = raw_storage() else {
        return Ok(None);
    };
    let Ok(Some(raw)) = storage.get_item(KEY) else {
        return Ok(None);
    };
    Saved::parse(&raw).map(Some).inspect_err(|_| {
        if matches!(storage.get_item(UNREADABLE_KEY), Ok(None)) {
            let _ = storage.set_item(UNREADABLE_KEY, &raw);
        }
        let _ = storage.remove_item(KEY);
    })
}

/// Saves the work after each change, at once, so that a crash loses nothing.
#[hook]
pub fn use_autosave(state: &UseReducerHandle<State>) {
    let saved = Saved {
        version: VERSION,
        work: state.work.clone(),
        hidden: state.hidden.iter().cloned().collect(),
        corrections: state.history.corrections().to_vec(),
    };
    use_effect_with(saved, |saved| {
        if let Some(storage) = raw_storage() {
            let _ = storage.set_item(KEY, &saved.to_json());
        }
    });
}
