//! The Entities, Timeline and Quotes panels: beside the article on wide screens, tabs on phones.
//!
//! Each item is a button that selects it (the article then highlights and scrolls to it). The
//! tab bar is only displayed on narrow screens (see `www/style.css`); the panels are named
//! regions either way. It is not where selection logic lives (see `crate::app::state`).

use yew::prelude::*;

use super::article::{type_abbr, type_class, type_name};
use super::editors::{date_editor, entity_editor, quote_editor};
use crate::app::state::{Action, Panel, Selection, View};
use crate::engine::output::Annotations;

/// Properties of [`Panels`].
#[derive(Properties, PartialEq)]
pub struct PanelsProps {
    /// The latest annotations.
    pub view: Option<View>,
    /// How many corrections no longer find what they correct.
    pub skipped: usize,
    /// The picked item.
    pub selection: Option<Selection>,
    /// The panel shown on phones.
    pub panel: Panel,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

fn panel_id(panel: Panel) -> String {
    format!("panel-{}", panel.name().to_ascii_lowercase())
}

/// The three panels and their tab bar.
#[function_component(Panels)]
pub fn panels(props: &PanelsProps) -> Html {
    let annotations = props.view.as_ref().map(|v| v.annotations.as_ref());
    html! {
        <div class="panels">
            <div class="tabs" role="tablist" aria-label="Panels">
                if props.skipped > 0 {
                <p class="warning" role="status">{ format!("{} of your corrections no longer match the text and are not applied.", props.skipped) }</p>
            }
            { for Panel::ALL.into_iter().map(|panel| {
                    let active = panel == props.panel;
                    let show = props.dispatch.reform(move |_: MouseEvent| Action::ShowPanel(panel));
                    html! {
                        <button type="button" role="tab" id={format!("tab-{}", panel.name().to_ascii_lowercase())}
                            aria-selected={active.to_string()} aria-controls={panel_id(panel)}
                            tabindex={if active { "0" } else { "-1" }} onclick={show}>
                            { panel.name() }
                        </button>
                    }
                }) }
            </div>
            if props.skipped > 0 {
                <p class="warning" role="status">{ format!("{} of your corrections no longer match the text and are not applied.", props.skipped) }</p>
            }
            { for Panel::ALL.into_iter().map(|panel| {
                let heading = format!("{}-heading", panel_id(panel));
                let body = match annotations {
                    None => html! { <p class="empty">{ "Waiting for the article…" }</p> },
                    Some(a) => match panel {
                        Panel::Entities => entities(a, props),
                        Panel::Timeline => timeline(a, props),
                        Panel::Quotes => quotes(a, props),
                    },
                };
                html! {
                    <section id={panel_id(panel)} class={classes!("panel", (panel != props.panel).then_some("inactive"))}
                        aria-labelledby={heading.clone()}>
                        <h2 id={heading}>{ panel.name() }</h2>
                        { body }
                    </section>
                }
            }) }
        </div>
    }
}

fn item(
    props: &PanelsProps,
    selection: Selection,
    content: Html,
    editor: impl FnOnce() -> Html,
) -> Html {
    let selected = props.selection == Some(selection);
    let select = props
        .dispatch
        .reform(move |_: MouseEvent| Action::Select(selection));
    html! {
        <li>
            <button type="button" class={classes!("item", selected.then_some("selected"))}
                aria-pressed={selected.to_string()} onclick={select}>
                { content }
            </button>
            if selected {
                { editor() }
            }
        </li>
    }
}

fn entities(a: &Annotations, props: &PanelsProps) -> Html {
    if a.entities.is_empty() {
        return html! { <p class="empty">{ "No people, organisations or places found." }</p> };
    }
    html! {
        <ul class="items">
            { for a.entities.iter().enumerate().map(|(index, e)| item(props, Selection::Entity(e.id), html! {
                <>
                    <span class={classes!("badge", type_class(&e.kind))} title={type_name(&e.kind)}>{ type_abbr(&e.kind) }</span>
                    <span class="name">{ e.name.clone() }</span>
                    <span class="count" aria-label={format!("{} mentions", e.mentions.len())}>{ format!("×{}", e.mentions.len()) }</span>
                    if !e.roles.is_empty() {
                        <span class="roles">{ e.roles.join(", ") }</span>
                    }
                </>
            }, || entity_editor(a, index, &props.dispatch))) }
        </ul>
    }
}

fn timeline(a: &Annotations, props: &PanelsProps) -> Html {
    if !a.events.is_empty() {
        return html! {
            <ol class="items">
                { for a.events.iter().enumerate().map(|(i, e)| item(props, Selection::Event(i), html! {
                    <>
                        <span class="when">{ e.value.clone() }</span>
                        <span class="what">{ e.summary.clone() }</span>
                    </>
                }, || date_editor(a, e.date, &props.dispatch))) }
            </ol>
        };
    }
    if a.dates.is_empty() {
        return html! { <p class="empty">{ "No dates found." }</p> };
    }
    html! {
        <ol class="items">
            { for a.dates.iter().enumerate().map(|(i, d)| item(props, Selection::Date(i), html! {
                <>
                    <span class="when">{ d.value.clone() }</span>
                    <span class="what">{ d.text.clone() }</span>
                </>
            }, || date_editor(a, i, &props.dispatch))) }
        </ol>
    }
}

fn quotes(a: &Annotations, props: &PanelsProps) -> Html {
    if a.quotes.is_empty() {
        return html! { <p class="empty">{ "No quotes found." }</p> };
    }
    html! {
        <ul class="items">
            { for a.quotes.iter().enumerate().map(|(i, q)| {
                let speaker = q
                    .entity
                    .and_then(|id| a.entities.iter().find(|e| e.id == id))
                    .map(|e| e.name.clone())
                    .or_else(|| q.speaker.as_ref().map(|s| s.text.clone()));
                item(props, Selection::Quote(i), html! {
                    <>
                        <q class="quote-text">{ q.text.trim_matches(|c| matches!(c, '"' | '“' | '”')).to_string() }</q>
                        <span class="speaker">{ speaker.map_or_else(|| "Unattributed".to_string(), |s| format!("— {s}")) }</span>
                    </>
                }, || quote_editor(a, i, &props.dispatch))
            }) }
        </ul>
    }
}
