//! The Yew view: the page shell, wiring the reducer to the worker, storage and keyboard.
//!
//! Only built with feature `web` on wasm. The state lives in one `use_reducer`
//! ([`super::state::State`]); the effects here talk to the outside world (the engine worker,
//! local storage, the document's keys) and turn what they hear into actions. Text is only
//! ever rendered as text nodes, never as HTML.

mod article;
mod dom;
mod editors;
mod engine;
mod input;
mod panels;
mod sharing;
mod storage;
mod toolbar;

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use super::state::{Action, Focus, Notice, Panel, Shared, State, Work};
use article::ArticleView;
use input::InputForm;
use panels::Panels;

/// Mounts [`App`] into `#gloss`.
pub fn start() {
    let root = gloo::utils::document()
        .get_element_by_id("gloss")
        .unwrap_or_else(|| gloo::utils::body().into());
    mount(root);
}

/// Mounts [`App`] into `root`.
pub fn mount(root: web_sys::Element) {
    console_error_panic_hook::set_once();
    yew::Renderer::<App>::with_root(root).render();
}

/// The initial state: the saved work if any, else the demo.
fn initial_state() -> State {
    match storage::load() {
        Ok(Some(saved)) => {
            let mut state = State::default();
            state.apply(Action::Restore(Shared {
                work: saved.work,
                hidden: saved.hidden.into_iter().collect::<BTreeSet<_>>(),
                corrections: saved.corrections,
            }));
            state
        }
        Ok(None) => State::new(Work::demo()),
        Err(unreadable) => {
            let mut state = State::new(Work::demo());
            state.notice = Some(Notice::error(format!(
                "Your saved work could not be read ({}). Nothing was deleted: a copy is kept in \
                 this browser's storage under “{}”. The demo article is shown instead.",
                unreadable.reason,
                super::saved::UNREADABLE_KEY
            )));
            state
        }
    }
}

/// The whole page.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(initial_state);
    engine::use_engine(&state);
    storage::use_autosave(&state);
    dom::use_shortcuts(state.dispatcher());
    sharing::use_share_links(state.dispatcher());
    dom::use_scroll_to_selection(state.selection);

    // One callback for the page's lifetime, so that components whose other props did not
    // change (the article, the panels) are not re-rendered on every keystroke.
    let dispatch = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| {
            Callback::from(move |action: Action| dispatcher.dispatch(action))
        }))
        .clone()
    };
    html! {
        <>
            <a class="skip" href="#article">{ "Skip to the article" }</a>
            <header class="top">
                <div class="brand">
                    <h1>{ "Gloss" }</h1>
                    <p class="tagline">{ "People, places, dates and quotes in a news article. Private: nothing leaves your browser." }</p>
                </div>
                <input::Actions dispatch={dispatch.clone()} work={state.work.clone()} />
                { toolbar::toolbar(&state) }
            </header>
            { toolbar::offer_banner(&state) }
            { toolbar::link_banner(&state) }
            { notice_view(&state.notice, &dispatch) }
            <main class="layout" id="main">
                <InputForm work={state.work.clone()} dispatch={dispatch.clone()} />
                <ArticleView
                    view={state.view.clone()}
                    title={state.work.title.clone()}
                    pending_text={state.view.is_none().then(|| Rc::from(state.work.text.as_str()))}
                    empty={state.work.text.trim().is_empty()}
                    annotating={state.is_annotating()}
                    hidden={state.hidden.clone()}
                    legend={state.legend()}
                    highlight={state.highlight()}
                    dispatch={dispatch.clone()}
                />
                <Panels
                    view={state.view.clone()}
                    skipped={state.view.as_ref().map_or(0, |v| v.skipped)}
                    selection={state.selection}
                    panel={state.panel}
                    quote_speaker={state.quote_speaker.clone()}
                    listed={Panel::ALL.map(|p| state.listed(p))}
                    dispatch={dispatch.clone()}
                />
            </main>
            { focus_bar(&state) }
            <footer class="keys">
                <h2>{ "Keyboard" }</h2>
                <p>
                    <kbd>{"j"}</kbd>{" / "}<kbd>{"k"}</kbd>{" next / previous item · "}
                    <kbd>{"1"}</kbd>{" "}<kbd>{"2"}</kbd>{" "}<kbd>{"3"}</kbd>{" Entities, Timeline, Quotes · "}
                    <kbd>{"e"}</kbd>{" edit the text · "}<kbd>{"a"}</kbd>{" go to the article · "}
                    <kbd>{"Esc"}</kbd>{" clear the selection · "}
                    <kbd>{"Ctrl+Z"}</kbd>{" / "}<kbd>{"Ctrl+Shift+Z"}</kbd>{" undo / redo a correction"}
                </p>
            </footer>
        </>
    }
}

fn notice_view(notice: &Option<Notice>, dispatch: &Callback<Action>) -> Html {
    let Some(notice) = notice else {
        return html! { <div class="notice-slot" role="status" aria-live="polite"></div> };
    };
    let dismiss = dispatch.reform(|_: MouseEvent| Action::Dismiss);
    let class = if notice.error {
        "notice error"
    } else {
        "notice"
    };
    let role = if notice.error { "alert" } else { "status" };
    html! {
        <div class="notice-slot">
            <div class={class} role={role} id="notice">
                <p>{ notice.text.clone() }</p>
                <button type="button" onclick={dismiss}>{ "Dismiss" }</button>
            </div>
        </div>
    }
}

/// The line describing the mention under the pointer or keyboard focus.
fn focus_bar(state: &State) -> Html {
    let text = match (state.focus, state.annotations()) {
        (Some(Focus::Entity(id)), Some(a)) => a.entities.iter().find(|e| e.id == id).map(|e| {
            let mut line = format!("{} · {}", e.name, article::type_name(&e.kind));
            if !e.roles.is_empty() {
                line.push_str(" · ");
                line.push_str(&e.roles.join(", "));
            }
            line.push_str(&format!(
                " · {} mention{}",
                e.mentions.len(),
                plural(e.mentions.len())
            ));
            line
        }),
        (Some(Focus::Date(i)), Some(a)) => a
            .dates
            .get(i)
            .map(|d| format!("{} · {} · {}", d.text, article::type_name(&d.kind), d.value)),
        _ => None,
    };
    html! {
        <div class={classes!("focusbar", text.is_none().then_some("empty"))} id="focusbar" role="status" aria-live="polite">
            { text.unwrap_or_default() }
        </div>
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
