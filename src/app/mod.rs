//! The browser UI.
//!
//! The pure parts build everywhere and are tested natively: [`state`] (the one reducer),
//! [`layout`] (article text into paragraphs and marked pieces), [`progressive`] (which
//! paragraphs of a long article are marked yet), [`speakers`] (quotes grouped by speaker),
//! [`when`] (TimeML values in words) and [`clean`] (pasted HTML and Markdown into text). With
//! feature `web` on wasm, `view` renders them with Yew and [`start`]
//! mounts it. It is not the engine: annotations come from the Web Worker (see [`crate::worker`]).

pub mod clean;
pub mod layout;
pub mod progressive;
pub mod saved;
pub mod speakers;
pub mod state;
pub mod when;

#[cfg(all(feature = "web", target_arch = "wasm32"))]
mod view;

/// Mounts the UI into the page's `#gloss` element.
#[cfg(all(feature = "web", target_arch = "wasm32"))]
pub fn start() {
    view::start();
}

/// Mounts the UI into `root` (used by the browser tests).
#[cfg(all(feature = "web", target_arch = "wasm32"))]
pub fn mount(root: web_sys::Element) {
    view::mount(root);
}
