//! Runs the engine in a Web Worker: posts each new revision of the work (debounced while the
//! reader types) and turns the worker's answers into `Annotated` actions.
//!
//! The page thread never annotates; it only serialises requests and parses responses. It is
//! not the worker itself (see `crate::worker`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{MessageEvent, Worker};
use yew::prelude::*;

use crate::app::state::{Action, Notice, State};
use crate::worker::{Request, Response, READY};

/// The script Trunk generates to start the worker; relative, so sub-paths work.
const WORKER_URL: &str = "./worker_loader.js";
/// How long typing must pause before the text is annotated again.
const DEBOUNCE_MS: u32 = 250;

/// Requests are held here until the worker says it is ready: only the latest matters.
#[derive(Default)]
struct Outbox {
    ready: Cell<bool>,
    waiting: RefCell<Option<String>>,
}

/// The worker and the handlers that must live as long as it.
struct Engine {
    worker: Option<Worker>,
    outbox: Rc<Outbox>,
    _on_message: Closure<dyn Fn(MessageEvent)>,
    _on_error: Closure<dyn Fn(web_sys::Event)>,
}

fn spawn(dispatcher: UseReducerDispatcher<State>) -> Engine {
    let answered = Rc::new(Cell::new(false));
    let on_answer = dispatcher.clone();
    let outbox = Rc::new(Outbox::default());
    let worker = Worker::new(WORKER_URL).ok();
    let (flush_to, flush_box) = (worker.clone(), outbox.clone());
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let Some(json) = event.data().as_string() else {
            return;
        };
        if json == READY {
            flush_box.ready.set(true);
            if let (Some(worker), Some(waiting)) = (&flush_to, flush_box.waiting.take()) {
                let _ = worker.post_message(&JsValue::from_str(&waiting));
            }
            return;
        }
        let Ok(response) = serde_json::from_str::<Response>(&json) else {
            return;
        };
        if !answered.replace(true) {
            mark("gloss:first-annotation");
        }
        on_answer.dispatch(Action::Annotated {
            revision: response.id,
            annotations: response.annotations,
        });
    });
    let on_error = Closure::<dyn Fn(web_sys::Event)>::new(move |_: web_sys::Event| {
        dispatcher.dispatch(Action::Notify(Notice::error(
            "The annotation engine stopped. Reload the page to start it again; your work is saved.",
        )));
    });
    if let Some(worker) = &worker {
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    }
    Engine {
        worker,
        outbox,
        _on_message: on_message,
        _on_error: on_error,
    }
}

/// Records a named instant for the Performance API (read by the end-to-end timings).
pub fn mark(name: &str) {
    if let Some(performance) = gloo::utils::window().performance() {
        let _ = performance.mark(name);
    }
}

/// Keeps the worker busy with the latest revision of the work.
#[hook]
pub fn use_engine(state: &UseReducerHandle<State>) {
    let engine = {
        let dispatcher = state.dispatcher();
        use_memo((), move |_| spawn(dispatcher))
    };
    let request = Request {
        id: state.revision,
        text: state.work.text.clone(),
        reference_date: state.work.reference_date.clone(),
    };
    let delay = if state.view.is_some() { DEBOUNCE_MS } else { 0 };
    use_effect_with(state.revision, move |_| {
        let timeout = Timeout::new(delay, move || post(&engine, &request));
        move || drop(timeout)
    });
}

fn post(engine: &Engine, request: &Request) {
    let (Some(worker), Ok(json)) = (&engine.worker, serde_json::to_string(request)) else {
        return;
    };
    if engine.outbox.ready.get() {
        let _ = worker.post_message(&JsValue::from_str(&json));
    } else {
        engine.outbox.waiting.replace(Some(json));
    }
}
