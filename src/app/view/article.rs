//! The annotated article: the legend (which doubles as per-type toggles), progress, the
//! friendly prompt for empty input, and the paragraphs with their marks.
//!
//! Marks are plain elements holding text nodes; one delegated handler on the article turns
//! clicks, keys, pointer and focus moves into actions, so a long article does not create a
//! closure per mention. A long article is marked progressively: every paragraph's text is in the
//! page at once, but only the first screenful shows its marks at once; a timer marks the rest a
//! step at a time, in blocks of paragraphs, and the paragraph holding the selection is marked
//! out of turn so that it can be scrolled to. It is not the layout logic (see
//! `crate::app::layout` and `crate::app::progressive`).

use std::cell::Cell;
use std::collections::BTreeSet;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::app::layout::{layout, unannotated, Highlight, Mark, Paragraph, Piece};
use crate::app::progressive::{first_selected, is_marked, with_selection, Progress, BLOCK};
use crate::app::state::{Action, Focus, Notice, Selection, View, Work};
use crate::corrections::{Correction, ENTITY_TYPES};

/// A type's readable name.
pub fn type_name(kind: &str) -> &'static str {
    match kind {
        "PERSON" => "Person",
        "ORG" => "Organisation",
        "GPE" => "Place",
        "LOC" => "Location",
        "NORP" => "Group",
        "FAC" => "Facility",
        "EVENT" => "Event",
        "LAW" => "Law",
        "PRODUCT" => "Product",
        "WORK" => "Work",
        "DATE" => "Date",
        "TIME" => "Time",
        "DURATION" => "Duration",
        "SET" => "Recurring",
        "QUOTE" => "Quote",
        _ => "Other",
    }
}

/// A type's short label, shown next to each mark so types differ without colour.
pub fn type_abbr(kind: &str) -> &'static str {
    match kind {
        "PERSON" => "PER",
        "ORG" => "ORG",
        "GPE" => "GPE",
        "LOC" => "LOC",
        "NORP" => "NORP",
        "FAC" => "FAC",
        "EVENT" => "EVT",
        "LAW" => "LAW",
        "PRODUCT" => "PROD",
        "WORK" => "WORK",
        "DATE" => "DATE",
        "QUOTE" => "“ ”",
        _ => "MISC",
    }
}

/// The CSS class of a type.
pub fn type_class(kind: &str) -> String {
    format!("t-{}", kind.to_ascii_lowercase())
}

/// Properties of [`ArticleView`].
#[derive(Properties, PartialEq)]
pub struct ArticleProps {
    /// The latest annotations and their text.
    pub view: Option<View>,
    /// The text to show unmarked until the first annotations arrive.
    pub pending_text: Option<Rc<str>>,
    /// The work's title.
    pub title: String,
    /// Whether there is no text at all.
    pub empty: bool,
    /// Whether annotations for the latest text are still to come.
    pub annotating: bool,
    /// Hidden legend keys.
    pub hidden: BTreeSet<String>,
    /// Legend keys present.
    pub legend: Vec<String>,
    /// What to highlight.
    pub highlight: Highlight,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// The article with its marks.
#[function_component(ArticleView)]
pub fn article_view(props: &ArticleProps) -> Html {
    let plain = {
        let deps = (
            props.view.clone(),
            props.pending_text.clone(),
            props.hidden.clone(),
        );
        use_memo(deps, |(view, pending, hidden)| {
            let laid = match (view, pending) {
                (Some(v), _) => layout(&v.text, &v.annotations, hidden, Highlight::default()),
                (None, Some(text)) => unannotated(text),
                (None, None) => Vec::new(),
            };
            laid.into_iter().map(Rc::new).collect::<Vec<_>>()
        })
    };
    // The selection re-lays only the paragraphs it touches; the others stay the same `Rc`s.
    let paragraphs = {
        let deps = (plain.clone(), props.highlight);
        let view = props.view.clone();
        let hidden = props.hidden.clone();
        use_memo(deps, move |(plain, highlight)| match view {
            Some(v) if *highlight != Highlight::default() => {
                with_selection(plain, layout(&v.text, &v.annotations, &hidden, *highlight))
            }
            _ => plain.to_vec(),
        })
    };
    let (marked, needed) = use_progress(props, &paragraphs);
    let last_focus = use_mut_ref(|| Cell::new(None::<Focus>));
    let focus_to = {
        let dispatch = props.dispatch.clone();
        let last_focus = last_focus.clone();
        Rc::new(move |focus: Option<Focus>| {
            if last_focus.borrow().replace(focus) != focus {
                dispatch.emit(Action::Focus(focus));
            }
        })
    };
    let on_over = {
        let focus_to = focus_to.clone();
        Callback::from(move |e: MouseEvent| focus_to(focus_of(mark_of(e.target()).as_ref())))
    };
    let on_focus_in = {
        let focus_to = focus_to.clone();
        Callback::from(move |e: FocusEvent| focus_to(focus_of(mark_of(e.target()).as_ref())))
    };
    let on_leave = {
        let focus_to = focus_to.clone();
        Callback::from(move |_: MouseEvent| focus_to(None))
    };
    let on_click = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(selection) = selection_of(mark_of(e.target()).as_ref()) {
                dispatch.emit(Action::Select(selection));
            }
        })
    };
    let on_key = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() != "Enter" && e.key() != " " {
                return;
            }
            if let Some(selection) = selection_of(mark_of(e.target()).as_ref()) {
                e.prevent_default();
                dispatch.emit(Action::Select(selection));
            }
        })
    };
    let title = props.title.trim();
    html! {
        <article id="article" class="article" role="region" aria-label="Article" tabindex="-1"
            onmouseover={on_over} onmouseleave={on_leave} onfocusin={on_focus_in}
            onclick={on_click} onkeydown={on_key}>
            { legend(props) }
            if props.annotating && !props.empty {
                <p class="progress" role="status"><span class="spinner" aria-hidden="true"></span>{ "Annotating…" }</p>
            }
            if !title.is_empty() {
                <h2 class="article-title">{ title.to_string() }</h2>
            }
            if let (Some(view), false) = (&props.view, props.empty) {
                <AddEntityBar text={view.text.clone()} dispatch={props.dispatch.clone()} />
            }
            if props.empty {
                { prompt(&props.dispatch) }
            } else {
                <div class="paragraphs">
                    { for (0..paragraphs.len()).step_by(BLOCK).map(|from| {
                        let to = (from + BLOCK).min(paragraphs.len());
                        html! {
                            <BlockView paragraphs={paragraphs[from..to].to_vec()} {from}
                                marked={marked.clamp(from, to)}
                                needed={needed.filter(|n| (from..to).contains(n))} />
                        }
                    }) }
                </div>
            }
        </article>
    }
}

/// Properties of [`AddEntityBar`].
#[derive(Properties, PartialEq)]
struct AddEntityProps {
    /// The annotated text.
    text: Rc<str>,
    /// Where the correction goes.
    dispatch: Callback<Action>,
}

/// "Add the selected words as an entity of type…".
#[function_component(AddEntityBar)]
fn add_entity_bar(props: &AddEntityProps) -> Html {
    let kind = use_state_eq(|| "PERSON".to_string());
    let on_kind = {
        let kind = kind.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            {
                kind.set(select.value());
            }
        })
    };
    let add = {
        let dispatch = props.dispatch.clone();
        let text = props.text.clone();
        let kind = kind.clone();
        Callback::from(move |_: MouseEvent| {
            let correction = selected_range()
                .and_then(|(start, end)| Correction::add_entity(&text, start, end, &kind));
            dispatch.emit(match correction {
                Some(correction) => Action::Correct(correction),
                None => Action::Notify(Notice::error(
                    "Select some words in the article first, then choose “Add entity”.",
                )),
            });
        })
    };
    html! {
        <div class="add-entity" role="group" aria-label="Add an entity">
            <label>{ "Selected words are a " }
                <select id="add-type" onchange={on_kind}>
                    { for ENTITY_TYPES.iter().map(|k| html! {
                        <option value={*k} selected={**k == *kind}>{ type_name(k) }</option>
                    }) }
                </select>
            </label>
            <button type="button" id="add-entity" onmousedown={Callback::from(|e: MouseEvent| e.prevent_default())} onclick={add}>{ "Add entity" }</button>
        </div>
    }
}

/// The code-point range of the reader's text selection in the article, if any.
fn selected_range() -> Option<(usize, usize)> {
    let selection = gloo::utils::window().get_selection().ok()??;
    if selection.is_collapsed() || selection.range_count() == 0 {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let start = offset_of(&range.start_container().ok()?, range.start_offset().ok()?)?;
    let end = offset_of(&range.end_container().ok()?, range.end_offset().ok()?)?;
    (start < end).then_some((start, end))
}

/// The code-point offset in the article of a DOM position inside a paragraph.
fn offset_of(node: &web_sys::Node, offset: u32) -> Option<usize> {
    let element = match node.dyn_ref::<Element>() {
        Some(e) => e.clone(),
        None => node.parent_element()?,
    };
    let paragraph = element.closest(".paragraphs > p").ok()??;
    let start: usize = paragraph.get_attribute("data-start")?.parse().ok()?;
    let before = gloo::utils::document().create_range().ok()?;
    before.set_start(&paragraph, 0).ok()?;
    before.set_end(node, offset).ok()?;
    let prefix: String = before.to_string().into();
    Some(start + prefix.chars().count())
}

fn prompt(dispatch: &Callback<Action>) -> Html {
    let demo = dispatch.reform(|_: MouseEvent| Action::Open(Work::demo()));
    html! {
        <div class="prompt" id="prompt">
            <h2>{ "Nothing to read yet" }</h2>
            <p>{ "Paste a news article into the text box, drop a .txt, .html or .md file on it, or use “Open file…”. The people, organisations, places, dates and quotes in it will be marked here." }</p>
            <p><button type="button" onclick={demo}>{ "Show me the demo article" }</button></p>
        </div>
    }
}

fn legend(props: &ArticleProps) -> Html {
    if props.legend.is_empty() {
        return html! {};
    }
    html! {
        <div class="legend" role="group" aria-label="Types shown">
            { for props.legend.iter().map(|key| {
                let shown = !props.hidden.contains(key);
                let toggle = {
                    let key = key.clone();
                    props.dispatch.reform(move |_: MouseEvent| Action::ToggleType(key.clone()))
                };
                html! {
                    <button type="button" class={classes!("chip", type_class(key), (!shown).then_some("off"))}
                        aria-pressed={shown.to_string()} onclick={toggle} data-key={key.clone()}>
                        <span class="abbr" aria-hidden="true">{ type_abbr(key) }</span>
                        { type_name(key) }
                    </button>
                }
            }) }
        </div>
    }
}

/// How many leading paragraphs show their marks, and the one the selection needs marked: the
/// count restarts for another text and grows a step per timer tick until all are marked, or at
/// once when the page is about to be printed.
#[hook]
fn use_progress(
    props: &ArticleProps,
    paragraphs: &Rc<Vec<Rc<Paragraph>>>,
) -> (usize, Option<usize>) {
    let progress = use_mut_ref(Progress::default);
    let refresh = use_force_update();
    let text = match (&props.view, &props.pending_text) {
        (Some(view), _) => Some(view.text.clone()),
        (None, pending) => pending.clone(),
    };
    let marked = match &text {
        Some(text) => progress.borrow_mut().follow(text, paragraphs),
        None => 0,
    };
    let annotated = props.view.is_some();
    let needed = if annotated {
        first_selected(paragraphs)
    } else {
        None
    };
    {
        let progress = progress.clone();
        let refresh = refresh.clone();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let listener = gloo::events::EventListener::new(&window, "beforeprint", move |_| {
                progress.borrow_mut().finish();
                refresh.force_update();
            });
            move || drop(listener)
        });
    }
    let deps = (marked, Rc::as_ptr(paragraphs) as usize, annotated);
    let paragraphs = paragraphs.clone();
    use_effect_with(deps, move |_| {
        let tick = (annotated && marked < paragraphs.len()).then(|| {
            gloo::timers::callback::Timeout::new(0, move || {
                progress.borrow_mut().step(&paragraphs);
                refresh.force_update();
            })
        });
        move || drop(tick)
    });
    (marked, needed)
}

/// Properties of [`BlockView`].
#[derive(Properties, PartialEq)]
struct BlockProps {
    /// The block's paragraphs.
    paragraphs: Vec<Rc<Paragraph>>,
    /// The index of its first paragraph in the article.
    from: usize,
    /// Paragraphs before this one show their marks (clamped to the block).
    marked: usize,
    /// A paragraph of the block marked out of turn.
    needed: Option<usize>,
}

/// A run of paragraphs; a component so that a marking step re-renders only the blocks it
/// reaches.
#[function_component(BlockView)]
fn block_view(props: &BlockProps) -> Html {
    html! {
        { for props.paragraphs.iter().enumerate().map(|(i, paragraph)| html! {
            <ParagraphView paragraph={paragraph.clone()}
                marked={is_marked(props.from + i, props.marked, props.needed)} />
        }) }
    }
}

/// Properties of [`ParagraphView`].
#[derive(Properties, PartialEq)]
struct ParagraphProps {
    paragraph: Rc<Paragraph>,
    /// Whether to show its marks yet (else its text alone).
    marked: bool,
}

/// One paragraph; a component so that unchanged paragraphs are not re-rendered while the
/// reader types in a long article.
#[function_component(ParagraphView)]
fn paragraph_view(props: &ParagraphProps) -> Html {
    let paragraph = &props.paragraph;
    if !props.marked {
        let text: String = paragraph.pieces.iter().map(|p| p.text.as_str()).collect();
        return html! { <p class="plain" data-start={paragraph.start.to_string()}>{ text }</p> };
    }
    html! {
        <p data-start={paragraph.start.to_string()}>{ for paragraph.pieces.iter().map(piece_view) }</p>
    }
}

fn piece_view(piece: &Piece) -> Html {
    let flags = (
        piece.in_quote.then_some("q"),
        piece.selected.then_some("sel"),
    );
    match &piece.mark {
        Some(Mark::Entity { id, kind, .. }) => html! {
            <mark class={classes!("m", type_class(kind), flags.0, flags.1)} tabindex="0"
                data-e={id.to_string()} data-abbr={type_abbr(kind)} data-start={piece.start.to_string()}>
                { piece.text.clone() }
            </mark>
        },
        Some(Mark::Date { index }) => html! {
            <mark class={classes!("m", "t-date", flags.0, flags.1)} tabindex="0"
                data-d={index.to_string()} data-abbr="DATE" data-start={piece.start.to_string()}>
                { piece.text.clone() }
            </mark>
        },
        None if piece.in_quote || piece.selected => html! {
            <span class={classes!(flags.0, flags.1)} data-start={piece.start.to_string()}>{ piece.text.clone() }</span>
        },
        None => html! { { piece.text.clone() } },
    }
}

/// The mark element an event happened in, if any.
fn mark_of(target: Option<web_sys::EventTarget>) -> Option<Element> {
    target?
        .dyn_into::<Element>()
        .ok()?
        .closest("mark.m")
        .ok()
        .flatten()
}

fn attr_index(element: &Element, name: &str) -> Option<usize> {
    element.get_attribute(name)?.parse().ok()
}

fn focus_of(mark: Option<&Element>) -> Option<Focus> {
    let mark = mark?;
    attr_index(mark, "data-e")
        .map(Focus::Entity)
        .or_else(|| attr_index(mark, "data-d").map(Focus::Date))
}

fn selection_of(mark: Option<&Element>) -> Option<Selection> {
    let mark = mark?;
    attr_index(mark, "data-e")
        .map(Selection::Entity)
        .or_else(|| attr_index(mark, "data-d").map(Selection::Date))
}
