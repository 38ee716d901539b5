//! Getting an article in: the title, date and text fields, pasting rich HTML, dropping or
//! opening a file, the demo and "new article".
//!
//! Pasted HTML and opened files go through [`crate::app::clean`], which returns text; nothing
//! pasted is ever parsed by the browser or rendered as HTML.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use wasm_bindgen::JsCast;
use web_sys::{ClipboardEvent, DragEvent, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::app::clean::{html_to_text, text_of_file, title_of_file};
use crate::app::state::{Action, Notice, Work};

/// The largest file the page opens.
const MAX_FILE_BYTES: f64 = 8.0 * 1024.0 * 1024.0;

/// Reads of dropped or opened files still in progress.
type Readers = Rc<RefCell<Vec<FileReader>>>;

/// Reads `file` and opens it as the work (keeping the reference date).
fn open_file(file: web_sys::File, date: String, dispatch: Callback<Action>, readers: &Readers) {
    if file.size() > MAX_FILE_BYTES {
        dispatch.emit(Action::Notify(Notice::error(format!(
            "“{}” is too large to open (over 8 MB).",
            file.name()
        ))));
        return;
    }
    let name = file.name();
    let file = gloo::file::File::from(file);
    let reader = gloo::file::callbacks::read_as_text(&file, move |result| match result {
        Ok(contents) if name.to_ascii_lowercase().ends_with(".json") => dispatch.emit(
            super::sharing::action_of(crate::share::from_json_file(&contents)),
        ),
        Ok(contents) => dispatch.emit(Action::Open(Work {
            text: text_of_file(&name, &contents),
            title: title_of_file(&name),
            reference_date: date,
        })),
        Err(_) => dispatch.emit(Action::Notify(Notice::error(format!(
            "“{name}” could not be read as text."
        )))),
    });
    readers.borrow_mut().push(reader);
}

/// Properties of [`InputForm`].
#[derive(Properties, PartialEq)]
pub struct InputProps {
    /// The work being edited.
    pub work: Work,
    /// Where changes go.
    pub dispatch: Callback<Action>,
}

/// The title, date and text fields; the text area takes pastes and dropped files.
#[function_component(InputForm)]
pub fn input_form(props: &InputProps) -> Html {
    let readers: Readers = use_mut_ref(Vec::new);
    let dispatch = props.dispatch.clone();
    let on_title = dispatch.reform(|e: InputEvent| Action::EditTitle(value_of(&e)));
    let on_date = dispatch.reform(|e: Event| Action::EditDate(input_value(&e)));
    let on_text = dispatch.reform(|e: InputEvent| Action::EditText(value_of(&e)));
    let on_paste = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| paste_html(e, &dispatch))
    };
    let on_drop = {
        let dispatch = dispatch.clone();
        let date = props.work.reference_date.clone();
        let readers = readers.clone();
        Callback::from(move |e: DragEvent| {
            let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            else {
                return;
            };
            e.prevent_default();
            open_file(file, date.clone(), dispatch.clone(), &readers);
        })
    };
    let on_drag_over = Callback::from(|e: DragEvent| e.prevent_default());
    html! {
        <section class="input" aria-label="Input" ondrop={on_drop} ondragover={on_drag_over}>
            <div class="fields">
                <label class="field title-field">
                    <span>{ "Title" }</span>
                    <input id="title" type="text" value={props.work.title.clone()} oninput={on_title}
                        autocomplete="off" placeholder="Headline (optional)" />
                </label>
                <label class="field date-field">
                    <span>{ "Publication date" }</span>
                    <input id="date" type="date" value={props.work.reference_date.clone()} onchange={on_date} />
                </label>
            </div>
            <label class="field text-field" for="text">
                <span>{ "Article text" }</span>
            </label>
            <textarea id="text" value={props.work.text.clone()} oninput={on_text} onpaste={on_paste}
                spellcheck="false" aria-describedby="text-hint"
                placeholder="Paste a news article here: plain text or straight from a web page." />
            <p class="hint" id="text-hint">{ "Paste text or a web page, or drop a .txt, .html or .md file here. Annotations update as you type." }</p>
        </section>
    }
}

fn value_of(e: &InputEvent) -> String {
    e.target()
        .and_then(|t| {
            t.clone()
                .dyn_into::<HtmlTextAreaElement>()
                .map(|a| a.value())
                .ok()
                .or_else(|| t.dyn_into::<HtmlInputElement>().ok().map(|i| i.value()))
        })
        .unwrap_or_default()
}

fn input_value(e: &Event) -> String {
    e.target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        .map(|i| i.value())
        .unwrap_or_default()
}

/// Replaces a paste of rich HTML with its cleaned text; plain pastes are left to the browser.
fn paste_html(e: Event, dispatch: &Callback<Action>) {
    let Some(event) = e.dyn_ref::<ClipboardEvent>() else {
        return;
    };
    let Some(html) = event
        .clipboard_data()
        .and_then(|d| d.get_data("text/html").ok())
        .filter(|h| !h.trim().is_empty())
    else {
        return;
    };
    let Some(area) = e
        .target()
        .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
    else {
        return;
    };
    event.prevent_default();
    let _ = area.set_range_text_with_start_and_end_and_mode(
        &html_to_text(&html),
        area.selection_start().ok().flatten().unwrap_or(0),
        area.selection_end().ok().flatten().unwrap_or(0),
        "end",
    );
    dispatch.emit(Action::EditText(area.value()));
}

/// Properties of [`Actions`].
#[derive(Properties, PartialEq)]
pub struct ActionsProps {
    /// Where actions go.
    pub dispatch: Callback<Action>,
    /// The work, to ask before replacing it and to keep its date.
    pub work: Work,
}

/// The toolbar: new article, demo, open a file.
#[function_component(Actions)]
pub fn actions(props: &ActionsProps) -> Html {
    let readers: Readers = use_mut_ref(Vec::new);
    let file_input = use_node_ref();
    let dispatch = props.dispatch.clone();
    let unsaved = !props.work.is_empty() && props.work != Work::demo();
    let on_new = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            if !unsaved
                || gloo::dialogs::confirm("Start a new article? The current one will be cleared.")
            {
                dispatch.emit(Action::NewArticle);
                super::dom::focus("text");
            }
        })
    };
    let on_demo = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            if !unsaved
                || gloo::dialogs::confirm(
                    "Load the demo article? The current one will be replaced.",
                )
            {
                dispatch.emit(Action::Open(Work::demo()));
            }
        })
    };
    let on_open = {
        let file_input = file_input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = file_input.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    let on_file = {
        let date = props.work.reference_date.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            else {
                return;
            };
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                open_file(file, date.clone(), dispatch.clone(), &readers);
            }
            input.set_value("");
        })
    };
    html! {
        <nav class="actions" aria-label="Actions">
            <button type="button" id="new" onclick={on_new}>{ "New article" }</button>
            <button type="button" id="demo" onclick={on_demo}>{ "Demo" }</button>
            <button type="button" id="open" onclick={on_open}>{ "Open file…" }</button>
            <input ref={file_input} type="file" id="file" class="visually-hidden" tabindex="-1"
                aria-hidden="true" accept=".txt,.html,.htm,.md,.markdown,.json,text/plain,text/html,text/markdown,application/json"
                onchange={on_file} />
        </nav>
    }
}
