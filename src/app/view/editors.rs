//! The correction controls shown under the selected panel item: an entity's type, merge,
//! removal and its mentions; a date's value; a quote's speaker.
//!
//! Each control builds a `crate::corrections::Correction` from the annotations shown (ids and
//! indices of the corrected output) and dispatches it; it never edits annotations itself.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::article::type_name;
use crate::app::state::Action;
use crate::corrections::{Correction, ENTITY_TYPES};
use crate::engine::output::Annotations;

/// The value of the `<select>` or `<input>` an event came from.
pub(super) fn control_value(e: &Event) -> String {
    let Some(target) = e.target() else {
        return String::new();
    };
    match target.clone().dyn_into::<HtmlSelectElement>() {
        Ok(select) => select.value(),
        Err(_) => target
            .dyn_into::<HtmlInputElement>()
            .map(|i| i.value())
            .unwrap_or_default(),
    }
}

/// Dispatches the correction `make` builds from a control's value, if it builds one.
fn correct_on_change(
    dispatch: &Callback<Action>,
    make: impl Fn(&str) -> Option<Correction> + 'static,
) -> Callback<Event> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: Event| {
        if let Some(correction) = make(&control_value(&e)) {
            dispatch.emit(Action::Correct(correction));
        }
    })
}

fn correct_on_click(
    dispatch: &Callback<Action>,
    correction: Option<Correction>,
) -> Callback<MouseEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |_: MouseEvent| {
        if let Some(correction) = correction.clone() {
            dispatch.emit(Action::Correct(correction));
        }
    })
}

/// Type, merge, removal and mentions of the entity at `index`.
pub fn entity_editor(a: &Annotations, index: usize, dispatch: &Callback<Action>) -> Html {
    let Some(entity) = a.entities.get(index) else {
        return html! {};
    };
    let shown = Rc::new(a.clone());
    let set_type = {
        let shown = shown.clone();
        correct_on_change(dispatch, move |kind| {
            Correction::set_type(&shown, index, kind)
        })
    };
    let merge = correct_on_change(dispatch, move |into| {
        Correction::merge(&shown, into.parse().ok()?, index)
    });
    let remove = correct_on_click(dispatch, Correction::remove_entity(a, index));
    let many = entity.mentions.len() > 1;
    html! {
        <div class="editor" role="group" aria-label={format!("Correct {}", entity.name)}>
            <label>{ "Type " }
                <select id="edit-type" onchange={set_type}>
                    { for ENTITY_TYPES.iter().map(|kind| html! {
                        <option value={*kind} selected={*kind == entity.kind}>{ format!("{} ({kind})", type_name(kind)) }</option>
                    }) }
                </select>
            </label>
            if a.entities.len() > 1 {
                <label>{ "Merge into " }
                    <select id="edit-merge" onchange={merge}>
                        <option value="" selected=true>{ "Choose an entity…" }</option>
                        { for a.entities.iter().enumerate().filter(|(i, _)| *i != index).map(|(i, other)| html! {
                            <option value={i.to_string()}>{ format!("{} ({})", other.name, other.kind) }</option>
                        }) }
                    </select>
                </label>
            }
            <button type="button" id="edit-remove-entity" onclick={remove}>{ "Remove entity" }</button>
            <ul class="mentions" aria-label="Mentions">
                { for entity.mentions.iter().enumerate().map(|(m, mention)| html! {
                    <li>
                        <span>{ format!("“{}” at {}", mention.text, mention.start) }</span>
                        <button type="button" class="small remove-mention" onclick={correct_on_click(dispatch, Correction::remove_mention(a, index, m))}
                            aria-label={format!("Remove the mention “{}” at {}", mention.text, mention.start)}>{ "Remove" }</button>
                        if many {
                            <button type="button" class="small split-mention" onclick={correct_on_click(dispatch, Correction::split(a, index, m))}
                                aria-label={format!("Split “{}” at {} into its own entity", mention.text, mention.start)}>{ "Split off" }</button>
                        }
                    </li>
                }) }
            </ul>
        </div>
    }
}

/// The value of the date at `date`.
pub fn date_editor(a: &Annotations, date: usize, dispatch: &Callback<Action>) -> Html {
    let Some(d) = a.dates.get(date) else {
        return html! {};
    };
    let shown = Rc::new(a.clone());
    let fix = correct_on_change(dispatch, move |value| {
        Correction::set_date(&shown, date, value)
    });
    html! {
        <div class="editor" role="group" aria-label={format!("Correct the date “{}”", d.text)}>
            <label>{ "Value (TIMEX3, e.g. 2025-03-11) " }
                <input id="edit-date" type="text" value={d.value.clone()} onchange={fix} autocomplete="off" />
            </label>
        </div>
    }
}

/// The speaker of the quote at `quote`.
pub fn quote_editor(a: &Annotations, quote: usize, dispatch: &Callback<Action>) -> Html {
    let Some(q) = a.quotes.get(quote) else {
        return html! {};
    };
    let shown = Rc::new(a.clone());
    let set = correct_on_change(dispatch, move |value| {
        let entity = if value.is_empty() {
            None
        } else {
            Some(value.parse().ok()?)
        };
        Correction::set_speaker(&shown, quote, entity)
    });
    html! {
        <div class="editor" role="group" aria-label="Correct the speaker">
            <label>{ "Speaker " }
                <select id="edit-speaker" onchange={set}>
                    <option value="" selected={q.entity.is_none()}>{ "No speaker" }</option>
                    { for a.entities.iter().enumerate().map(|(i, e)| html! {
                        <option value={i.to_string()} selected={q.entity == Some(e.id)}>{ format!("{} ({})", e.name, e.kind) }</option>
                    }) }
                </select>
            </label>
        </div>
    }
}
