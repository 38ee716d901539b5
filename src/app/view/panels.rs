//! The Entities, Timeline and Quotes panels: beside the article on wide screens, tabs on phones.
//!
//! Each item is a button that selects it (the article then highlights and scrolls to it). The
//! tab bar is only displayed on narrow screens (see `www/style.css`); the panels are named
//! regions either way. It is not where selection logic lives (see `crate::app::state`).

use yew::prelude::*;

use super::article::{type_abbr, type_class, type_name};
use super::editors::{control_value, date_editor, entity_editor, quote_editor};
use crate::app::speakers::{self, Speaker};
use crate::app::state::{Action, Panel, Selection, View};
use crate::engine::output::{Annotations, QuoteOut};

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
    /// The speaker whose quotes alone are listed, if any.
    pub quote_speaker: Option<String>,
    /// How many items each panel lists, in the order of [`Panel::ALL`].
    pub listed: [usize; 3],
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

/// How many items `panel` lists.
fn listed(props: &PanelsProps, panel: Panel) -> usize {
    Panel::ALL
        .iter()
        .position(|&p| p == panel)
        .map_or(usize::MAX, |i| props.listed[i])
}

/// "Show all 3,204": lists the rest of a long panel.
fn list_all_button(props: &PanelsProps, panel: Panel, total: usize) -> Html {
    if listed(props, panel) >= total {
        return html! {};
    }
    let list_all = props
        .dispatch
        .reform(move |_: MouseEvent| Action::ListAll(panel));
    html! {
        <button type="button" class="list-all" onclick={list_all}>
            { format!("Show all {total} ({} more)", total - listed(props, panel)) }
        </button>
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
        <>
        <ul class="items">
            { for a.entities.iter().enumerate().take(listed(props, Panel::Entities)).map(|(index, e)| item(props, Selection::Entity(e.id), html! {
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
        { list_all_button(props, Panel::Entities, a.entities.len()) }
        </>
    }
}

fn timeline(a: &Annotations, props: &PanelsProps) -> Html {
    if !a.events.is_empty() {
        return html! {
            <>
            <ol class="items">
                { for a.events.iter().enumerate().take(listed(props, Panel::Timeline)).map(|(i, e)| item(props, Selection::Event(i), html! {
                    <>
                        { when(&e.value) }
                        <span class="what">{ e.summary.clone() }</span>
                    </>
                }, || date_editor(a, e.date, &props.dispatch))) }
            </ol>
            { list_all_button(props, Panel::Timeline, a.events.len()) }
            </>
        };
    }
    if a.dates.is_empty() {
        return html! { <p class="empty">{ "No dates found." }</p> };
    }
    html! {
        <>
        <ol class="items">
            { for a.dates.iter().enumerate().take(listed(props, Panel::Timeline)).map(|(i, d)| item(props, Selection::Date(i), html! {
                <>
                    { when(&d.value) }
                    <span class="what">{ d.text.clone() }</span>
                </>
            }, || date_editor(a, i, &props.dispatch))) }
        </ol>
        { list_all_button(props, Panel::Timeline, a.dates.len()) }
        </>
    }
}

fn quotes(a: &Annotations, props: &PanelsProps) -> Html {
    if a.quotes.is_empty() {
        return html! { <p class="empty">{ "No quotes found." }</p> };
    }
    let shown = speakers::quotes_by(a, props.quote_speaker.as_deref());
    let total = shown.len();
    html! {
        <>
            { speaker_filter(a, props) }
            <ul class="items">
                { for shown.into_iter().take(listed(props, Panel::Quotes)).map(|i| {
                    let q = &a.quotes[i];
                    item(props, Selection::Quote(i), html! {
                        <>
                            <span class={classes!("badge", "kind", format!("kind-{}", q.kind))}>{ q.kind.clone() }</span>
                            { quote_text(q) }
                            { speaker_line(&speakers::speaker_of(a, q)) }
                        </>
                    }, || quote_editor(a, i, &props.dispatch))
                }) }
            </ul>
            { list_all_button(props, Panel::Quotes, total) }
        </>
    }
}

/// A quotation in quotation marks; reported speech without them, since its words are the
/// writer's, not the speaker's.
fn quote_text(q: &QuoteOut) -> Html {
    if q.kind == "indirect" {
        return html! { <span class="quote-text reported">{ q.text.clone() }</span> };
    }
    html! {
        <q class="quote-text">{ q.text.trim_matches(|c| matches!(c, '"' | '“' | '”')).to_string() }</q>
    }
}

/// A date in words, its TimeML value kept in `data-value` and the tooltip.
fn when(value: &str) -> Html {
    html! {
        <span class="when" data-value={value.to_string()} title={value.to_string()}>{ crate::app::when::human(value) }</span>
    }
}

/// "— Tammy Bruce, State Department spokesperson", or "Unattributed": never a guessed name.
fn speaker_line(speaker: &Speaker) -> Html {
    let unattributed = speaker.key == speakers::UNATTRIBUTED;
    html! {
        <span class={classes!("speaker", unattributed.then_some("unattributed"))}>
            { if unattributed { speaker.label.clone() } else { format!("— {}", speaker.label) } }
            if let Some(role) = &speaker.role {
                <span class="role">{ format!(", {role}") }</span>
            }
        </span>
    }
}

/// A menu of the speakers with their number of quotes; shown when there are two or more.
fn speaker_filter(a: &Annotations, props: &PanelsProps) -> Html {
    let list = speakers::speakers(a);
    if list.len() < 2 {
        return html! {};
    }
    let current = props.quote_speaker.clone().unwrap_or_default();
    let on_change = props.dispatch.reform(|e: Event| {
        let key = control_value(&e);
        Action::FilterQuotes((!key.is_empty()).then_some(key))
    });
    html! {
        <label class="speaker-filter">
            { "Speaker " }
            <select id="quote-speaker" onchange={on_change}>
                <option value="" selected={current.is_empty()}>{ format!("All speakers ({})", a.quotes.len()) }</option>
                { for list.into_iter().map(|(s, n)| html! {
                    <option value={s.key.clone()} selected={s.key == current}>{ format!("{} ({n})", s.label) }</option>
                }) }
            </select>
        </label>
    }
}
