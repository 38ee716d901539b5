//! The toolbar's second half: undo and redo of corrections, the share link, and exports; plus
//! the banners they raise (the link to copy, the question before a shared article replaces
//! the reader's work).
//!
//! Export formats are `crate::export`'s; this only names the files and offers them.

use yew::prelude::*;

use super::dom::download;
use super::sharing::{download_json, file_stem, make_link};
use crate::app::state::{Action, State};
use crate::export;
use crate::share;

/// One export: its button label, file suffix, media type and maker.
struct Format {
    id: &'static str,
    label: &'static str,
    suffix: &'static str,
    mime: &'static str,
    make: fn(&crate::engine::Annotations, &str) -> String,
}

fn gloss_json(annotations: &crate::engine::Annotations, _text: &str) -> String {
    serde_json::to_string_pretty(annotations).unwrap_or_default()
}

const FORMATS: [Format; 5] = [
    Format {
        id: "export-gloss",
        label: "gloss/1 JSON",
        suffix: ".gloss1.json",
        mime: "application/json",
        make: gloss_json,
    },
    Format {
        id: "export-webanno",
        label: "Web Annotation (JSON-LD)",
        suffix: ".annotations.jsonld",
        mime: "application/ld+json",
        make: export::webanno::to_json,
    },
    Format {
        id: "export-csv",
        label: "Entities and mentions (CSV)",
        suffix: ".entities.csv",
        mime: "text/csv",
        make: export::csv::to_csv,
    },
    Format {
        id: "export-timelinejs",
        label: "Timeline (TimelineJS JSON)",
        suffix: ".timeline.json",
        mime: "application/json",
        make: export::timelinejs::to_timelinejs,
    },
    Format {
        id: "export-quotes",
        label: "Quotes (Markdown)",
        suffix: ".quotes.md",
        mime: "text/markdown",
        make: export::markdown::to_markdown,
    },
];

/// Undo, redo, share and export.
pub fn toolbar(state: &UseReducerHandle<State>) -> Html {
    let undo_title = state
        .history
        .next_undo()
        .map_or_else(|| "Nothing to undo".to_string(), |c| format!("Undo: {c}"));
    let redo_title = state
        .history
        .next_redo()
        .map_or_else(|| "Nothing to redo".to_string(), |c| format!("Redo: {c}"));
    let undo = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Undo))
    };
    let redo = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Redo))
    };
    let share_link = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let link = make_link(&state);
            state.dispatch(Action::ShowLink(Some(link)));
        })
    };
    let stem = if state.work.title.trim().is_empty() {
        "gloss-article".to_string()
    } else {
        file_stem(&state.work.title)
    };
    html! {
        <div class="actions" role="group" aria-label="Corrections, sharing and export">
            <button type="button" id="undo" onclick={undo} disabled={state.history.next_undo().is_none()}
                title={undo_title.clone()} aria-label={undo_title}>{ "Undo" }</button>
            <button type="button" id="redo" onclick={redo} disabled={state.history.next_redo().is_none()}
                title={redo_title.clone()} aria-label={redo_title}>{ "Redo" }</button>
            <button type="button" id="share" onclick={share_link}>{ "Copy share link" }</button>
            <details class="menu" id="export">
                <summary>{ "Export" }</summary>
                <div class="menu-items">
                    { for FORMATS.iter().map(|format| {
                        let annotated = state.view.is_some();
                        let state = state.clone();
                        let name = format!("{stem}{}", format.suffix);
                        let (mime, make) = (format.mime, format.make);
                        let click = Callback::from(move |_: MouseEvent| {
                            if let Some(view) = &state.view {
                                download(&name, mime, &make(&view.annotations, &view.text));
                            }
                            if let Some(menu) = gloo::utils::document().get_element_by_id("export") {
                                let _ = menu.remove_attribute("open");
                            }
                        });
                        html! {
                            <button type="button" id={format.id} onclick={click} disabled={!annotated}>{ format.label }</button>
                        }
                    }) }
                </div>
            </details>
        </div>
    }
}

/// The share link just made, with a warning and a file when it is too long for chat apps.
pub fn link_banner(state: &UseReducerHandle<State>) -> Html {
    let Some(link) = &state.link else {
        return html! {};
    };
    let close = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::ShowLink(None)))
    };
    let json = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| download_json(&state))
    };
    let too_long = share::is_too_long_for_chat(link);
    html! {
        <div class="notice-slot">
            <div class="notice share" role="status" id="share-banner">
                <div class="share-body">
                    <label for="share-link">{ format!("Share link copied ({} KB). It holds the article and your corrections; nothing is sent to any server.", link.len().div_ceil(1024)) }</label>
                    <input id="share-link" type="text" readonly=true value={link.clone()} />
                    if too_long {
                        <p class="warning" id="share-warning">{ "This link is over 8 KB: chat and mail apps may cut it. Send the .json file instead; Gloss opens it with “Open file…”." }</p>
                    }
                </div>
                <div class="choices">
                    <button type="button" id="share-json" class={classes!(too_long.then_some("primary"))} onclick={json}>{ "Download .json file" }</button>
                    <button type="button" onclick={close}>{ "Close" }</button>
                </div>
            </div>
        </div>
    }
}

/// The question asked before a shared article replaces the reader's work.
pub fn offer_banner(state: &UseReducerHandle<State>) -> Html {
    let Some(offer) = &state.offer else {
        return html! {};
    };
    let accept = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::AcceptOffer))
    };
    let decline = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::DeclineOffer))
    };
    let title = if offer.work.title.trim().is_empty() {
        "a shared article".to_string()
    } else {
        format!("“{}”", offer.work.title.trim())
    };
    html! {
        <div class="notice-slot">
            <div class="notice error" role="alertdialog" aria-labelledby="offer-text" id="offer">
                <p id="offer-text">{ format!("Open {title}? It would replace the article you are working on here.") }</p>
                <div class="choices">
                    <button type="button" id="offer-accept" onclick={accept}>{ "Open the shared article" }</button>
                    <button type="button" id="offer-decline" class="primary" onclick={decline}>{ "Keep my work" }</button>
                </div>
            </div>
        </div>
    }
}
