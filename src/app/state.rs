//! The UI's state and its one reducer: every change the page can make goes through [`State::apply`].
//!
//! Pure and natively tested; the Yew view holds it behind `use_reducer` (feature `web`). It
//! keeps the reader's work (text, title, reference date), which revision of it the engine has
//! annotated, what is hidden, selected and shown, and messages for the reader. It is not the
//! view and does no IO: saving, the worker and the clock live in the view's effects.

use std::collections::BTreeSet;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::layout::Highlight;
use super::speakers;
use crate::corrections::{self, Correction, History};
use crate::engine::output::Annotations;

/// The demo article, written for Gloss.
pub const DEMO_TEXT: &str = include_str!("../../www/demo.txt");
/// The demo article's title.
pub const DEMO_TITLE: &str = "Porthaven keeps its ferries";
/// The demo article's publication date.
pub const DEMO_DATE: &str = "2025-03-14";

/// What the reader is working on: everything needed to annotate it again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Work {
    /// The article text.
    pub text: String,
    /// Its title (may be empty).
    pub title: String,
    /// Its publication date, `YYYY-MM-DD`, or empty.
    pub reference_date: String,
}

impl Work {
    /// The demo article.
    pub fn demo() -> Work {
        Work {
            text: DEMO_TEXT.to_string(),
            title: DEMO_TITLE.to_string(),
            reference_date: DEMO_DATE.to_string(),
        }
    }

    /// Whether there is nothing to lose.
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty() && self.title.trim().is_empty()
    }

    /// Puts the reader's text in place. Text that keeps no paragraph of the demo is another
    /// article: the demo's title and publication date, still untouched, are cleared with it,
    /// so the pasted article's "Wednesday" is not read against the demo's date.
    fn replace_text(&mut self, text: String) {
        let demo_details = self.title == DEMO_TITLE && self.reference_date == DEMO_DATE;
        if demo_details && !keeps_a_demo_paragraph(&text) {
            self.title.clear();
            self.reference_date.clear();
        }
        self.text = text;
    }
}

/// Whether the text still holds one of the demo article's paragraphs, whole.
fn keeps_a_demo_paragraph(text: &str) -> bool {
    DEMO_TEXT
        .lines()
        .map(str::trim)
        .filter(|paragraph| paragraph.len() > 20)
        .any(|paragraph| text.contains(paragraph))
}

/// The engine's output for one revision of the work, with the text it was computed on.
#[derive(Debug, Clone)]
pub struct View {
    /// The revision annotated.
    pub revision: u64,
    /// The text of that revision.
    pub text: Rc<str>,
    /// What the engine found.
    pub engine: Rc<Annotations>,
    /// The engine's output with the reader's corrections applied: what is shown and exported.
    pub annotations: Rc<Annotations>,
    /// How many corrections no longer find what they correct.
    pub skipped: usize,
}

impl View {
    fn new(revision: u64, text: Rc<str>, engine: Rc<Annotations>, history: &History) -> View {
        let applied = corrections::apply(&engine, &text, history.corrections());
        View {
            revision,
            text,
            engine,
            annotations: Rc::new(applied.annotations),
            skipped: applied.skipped.len(),
        }
    }
}

/// Work with its reader settings, as restored from storage or opened from a share link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shared {
    /// The article, title and date.
    pub work: Work,
    /// Hidden legend keys.
    pub hidden: BTreeSet<String>,
    /// The reader's corrections.
    pub corrections: Vec<Correction>,
}

/// Views are equal when they are the same answer: cheap to compare on every render.
impl PartialEq for View {
    fn eq(&self, other: &View) -> bool {
        self.revision == other.revision
            && Rc::ptr_eq(&self.text, &other.text)
            && Rc::ptr_eq(&self.annotations, &other.annotations)
    }
}

/// A panel (a tab on phones).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Panel {
    /// People, organisations, places...
    #[default]
    Entities,
    /// Dated events.
    Timeline,
    /// Quotations.
    Quotes,
}

impl Panel {
    /// All panels, in display order.
    pub const ALL: [Panel; 3] = [Panel::Entities, Panel::Timeline, Panel::Quotes];

    /// The panel's accessible name and heading.
    pub fn name(self) -> &'static str {
        match self {
            Panel::Entities => "Entities",
            Panel::Timeline => "Timeline",
            Panel::Quotes => "Quotes",
        }
    }
}

/// An item picked in a panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selection {
    /// An entity, by id.
    Entity(usize),
    /// A time expression, by index in `dates`.
    Date(usize),
    /// A dated event, by index in `events`.
    Event(usize),
    /// A quotation, by index in `quotes`.
    Quote(usize),
}

/// A message for the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// Whether something went wrong.
    pub error: bool,
    /// What to say.
    pub text: String,
}

impl Notice {
    /// An informational message.
    pub fn info(text: impl Into<String>) -> Notice {
        Notice {
            error: false,
            text: text.into(),
        }
    }

    /// An error message.
    pub fn error(text: impl Into<String>) -> Notice {
        Notice {
            error: true,
            text: text.into(),
        }
    }
}

/// Everything the page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// The reader's work.
    pub work: Work,
    /// Increases with every change to the text or the reference date.
    pub revision: u64,
    /// The latest annotations received, if any.
    pub view: Option<View>,
    /// Legend keys (entity types, `DATE`, `QUOTE`) the reader has hidden.
    pub hidden: BTreeSet<String>,
    /// The item picked in a panel.
    pub selection: Option<Selection>,
    /// The panel shown on phones.
    pub panel: Panel,
    /// The mark under the pointer or the keyboard focus, as `(entity id, date index)`.
    pub focus: Option<Focus>,
    /// A message for the reader.
    pub notice: Option<Notice>,
    /// The reader's corrections, with undo and redo.
    pub history: History,
    /// A shared article waiting for the reader to say whether it may replace the work.
    pub offer: Option<Shared>,
    /// The share link last made, shown so it can be copied by hand.
    pub link: Option<String>,
    /// The speaker the Quotes panel shows quotes of (a [`speakers::Speaker`] key); `None`: all.
    pub quote_speaker: Option<String>,
    /// Panels whose every item is listed; the others list [`PANEL_PAGE`] (a long article's
    /// thousands of items would otherwise block the page while they render).
    pub listed_in_full: BTreeSet<Panel>,
}

/// How many items a panel lists before the reader asks for all of them.
pub const PANEL_PAGE: usize = 200;

/// The mention or date under the pointer or keyboard focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// A mention of this entity.
    Entity(usize),
    /// This date.
    Date(usize),
}

/// A change to the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The reader edited the text.
    EditText(String),
    /// The reader edited the title.
    EditTitle(String),
    /// The reader edited the publication date.
    EditDate(String),
    /// Replace the work (demo, file, restored or shared work).
    Open(Work),
    /// Start a new, empty article.
    NewArticle,
    /// The worker annotated a revision.
    Annotated {
        /// The revision the annotations are for.
        revision: u64,
        /// The engine's output.
        annotations: Annotations,
    },
    /// Show or hide a legend key.
    ToggleType(String),
    /// Pick an item in a panel.
    Select(Selection),
    /// Pick the next (`1`) or previous (`-1`) item of the shown panel.
    Step(i32),
    /// Drop the selection.
    ClearSelection,
    /// Show a panel (a tab on phones).
    ShowPanel(Panel),
    /// The pointer or focus moved onto (or off) a mark.
    Focus(Option<Focus>),
    /// Say something to the reader.
    Notify(Notice),
    /// Dismiss the message.
    Dismiss,
    /// Restore work with its settings and corrections (from local storage).
    Restore(Shared),
    /// A share link or file was opened: replace the work if nothing would be lost, else ask.
    Offer(Shared),
    /// The reader accepted the shared article.
    AcceptOffer,
    /// The reader kept their own work.
    DeclineOffer,
    /// Record a correction.
    Correct(Correction),
    /// Take back the last correction.
    Undo,
    /// Put back the last correction taken back.
    Redo,
    /// Show (or hide) a share link.
    ShowLink(Option<String>),
    /// Show only the quotes of one speaker (a [`speakers::Speaker`] key), or all of them.
    FilterQuotes(Option<String>),
    /// List every item of a panel, not only the first [`PANEL_PAGE`].
    ListAll(Panel),
}

impl Default for State {
    fn default() -> State {
        State::new(Work::default())
    }
}

impl State {
    /// A fresh state for `work`, not yet annotated.
    pub fn new(work: Work) -> State {
        State {
            work,
            revision: 1,
            view: None,
            hidden: BTreeSet::new(),
            selection: None,
            panel: Panel::default(),
            focus: None,
            notice: None,
            history: History::default(),
            offer: None,
            link: None,
            quote_speaker: None,
            listed_in_full: BTreeSet::new(),
        }
    }

    /// Applies one action.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::EditText(text) => {
                if text != self.work.text {
                    self.work.replace_text(text);
                    self.revision += 1;
                }
            }
            Action::EditTitle(title) => self.work.title = title,
            Action::EditDate(date) => {
                if date != self.work.reference_date {
                    self.work.reference_date = date;
                    self.revision += 1;
                }
            }
            Action::Open(work) => self.open(work),
            Action::NewArticle => self.open(Work::default()),
            Action::Annotated {
                revision,
                annotations,
            } => self.annotated(revision, annotations),
            Action::ToggleType(key) => {
                if !self.hidden.remove(&key) {
                    self.hidden.insert(key);
                }
            }
            Action::Select(selection) => {
                if matches!(selection, Selection::Quote(_)) && !self.exists(selection) {
                    self.quote_speaker = None;
                }
                self.selection = Some(selection);
                self.panel = panel_of(selection);
            }
            Action::Step(delta) => self.step(delta),
            Action::ClearSelection => self.selection = None,
            Action::ShowPanel(panel) => self.panel = panel,
            Action::Focus(focus) => self.focus = focus,
            Action::Notify(notice) => self.notice = Some(notice),
            Action::Dismiss => self.notice = None,
            Action::Restore(shared) => self.restore(shared),
            Action::Offer(shared) => self.offer_shared(shared),
            Action::AcceptOffer => {
                if let Some(shared) = self.offer.take() {
                    self.restore(shared);
                    self.notice = Some(Notice::info("The shared article is open."));
                }
            }
            Action::DeclineOffer => {
                if self.offer.take().is_some() {
                    self.notice = Some(Notice::info(
                        "Your work was kept; the shared article was not opened.",
                    ));
                }
            }
            Action::Correct(correction) => {
                self.history.push(correction);
                self.reapply();
            }
            Action::Undo => {
                if self.history.undo().is_some() {
                    self.reapply();
                }
            }
            Action::Redo => {
                if self.history.redo().is_some() {
                    self.reapply();
                }
            }
            Action::ShowLink(link) => self.link = link,
            Action::ListAll(panel) => {
                self.listed_in_full.insert(panel);
            }
            Action::FilterQuotes(speaker) => {
                self.quote_speaker = speaker;
                self.panel = Panel::Quotes;
                self.drop_stale_picks();
            }
        }
    }

    fn open(&mut self, work: Work) {
        self.work = work;
        self.revision += 1;
        self.view = None;
        self.selection = None;
        self.focus = None;
        self.history = History::default();
        self.offer = None;
        self.quote_speaker = None;
        self.listed_in_full.clear();
    }

    fn restore(&mut self, shared: Shared) {
        self.open(shared.work);
        self.hidden = shared.hidden;
        self.history = History::from_corrections(shared.corrections);
    }

    /// Whether opening `shared` would lose nothing: no work, the untouched demo, or the same work.
    fn can_replace_with(&self, shared: &Shared) -> bool {
        let untouched_demo = self.work == Work::demo() && self.history.corrections().is_empty();
        let same = self.work == shared.work && self.history.corrections() == shared.corrections;
        self.work.is_empty() || untouched_demo || same
    }

    fn offer_shared(&mut self, shared: Shared) {
        if self.can_replace_with(&shared) {
            self.restore(shared);
        } else {
            self.offer = Some(shared);
        }
    }

    fn reapply(&mut self) {
        if let Some(view) = &self.view {
            self.view = Some(View::new(
                view.revision,
                view.text.clone(),
                view.engine.clone(),
                &self.history,
            ));
        }
        self.drop_stale_picks();
    }

    /// Forgets a selection that is gone or filtered out, and a speaker filter that matches no
    /// quote any more (the reader would see an empty list without knowing why).
    fn drop_stale_picks(&mut self) {
        let filtered_out = self.annotations().is_some_and(|a| {
            self.quote_speaker.is_some()
                && speakers::quotes_by(a, self.quote_speaker.as_deref()).is_empty()
        });
        if filtered_out {
            self.quote_speaker = None;
        }
        if self.selection.is_some_and(|s| !self.exists(s)) {
            self.selection = None;
        }
    }

    fn annotated(&mut self, revision: u64, annotations: Annotations) {
        if revision != self.revision {
            return;
        }
        self.view = Some(View::new(
            revision,
            Rc::from(self.work.text.as_str()),
            Rc::new(annotations),
            &self.history,
        ));
        self.drop_stale_picks();
        self.focus = None;
    }

    /// Whether the engine's answer for the current revision is still to come.
    pub fn is_annotating(&self) -> bool {
        self.view
            .as_ref()
            .is_none_or(|v| v.revision != self.revision)
    }

    /// The annotations shown, if any.
    pub fn annotations(&self) -> Option<&Annotations> {
        self.view.as_ref().map(|v| v.annotations.as_ref())
    }

    fn exists(&self, selection: Selection) -> bool {
        let Some(a) = self.annotations() else {
            return false;
        };
        match selection {
            Selection::Entity(id) => a.entities.iter().any(|e| e.id == id),
            Selection::Date(i) => i < a.dates.len(),
            Selection::Event(i) => i < a.events.len(),
            Selection::Quote(i) => {
                speakers::quotes_by(a, self.quote_speaker.as_deref()).contains(&i)
            }
        }
    }

    /// The items of `panel`, in display order.
    pub fn items(&self, panel: Panel) -> Vec<Selection> {
        let Some(a) = self.annotations() else {
            return Vec::new();
        };
        match panel {
            Panel::Entities => a.entities.iter().map(|e| Selection::Entity(e.id)).collect(),
            Panel::Timeline if a.events.is_empty() => {
                (0..a.dates.len()).map(Selection::Date).collect()
            }
            Panel::Timeline => (0..a.events.len()).map(Selection::Event).collect(),
            Panel::Quotes => speakers::quotes_by(a, self.quote_speaker.as_deref())
                .into_iter()
                .map(Selection::Quote)
                .collect(),
        }
    }

    /// How many of `panel`'s items to list: all when the reader asked, else the first
    /// [`PANEL_PAGE`], or more to reach the selected item.
    pub fn listed(&self, panel: Panel) -> usize {
        let items = self.items(panel);
        if self.listed_in_full.contains(&panel) {
            return items.len();
        }
        let selected = self
            .selection
            .and_then(|s| items.iter().position(|&i| i == s))
            .map_or(0, |at| at + 1);
        items.len().min(PANEL_PAGE.max(selected))
    }

    fn step(&mut self, delta: i32) {
        let items = self.items(self.panel);
        if items.is_empty() {
            return;
        }
        let len = items.len() as i64;
        let next = match self
            .selection
            .and_then(|s| items.iter().position(|&i| i == s))
        {
            Some(at) => (at as i64 + i64::from(delta)).rem_euclid(len),
            None if delta < 0 => len - 1,
            None => 0,
        };
        self.selection = Some(items[next as usize]);
    }

    /// What the article view highlights for the current selection.
    pub fn highlight(&self) -> Highlight {
        let (Some(selection), Some(a)) = (self.selection, self.annotations()) else {
            return Highlight::default();
        };
        match selection {
            Selection::Entity(id) => Highlight {
                entity: Some(id),
                ..Highlight::default()
            },
            Selection::Date(i) => Highlight {
                date: Some(i),
                ..Highlight::default()
            },
            Selection::Quote(i) => Highlight {
                range: a.quotes.get(i).map(|q| (q.start, q.end)),
                ..Highlight::default()
            },
            Selection::Event(i) => Highlight {
                range: a
                    .events
                    .get(i)
                    .and_then(|e| a.sentences.get(e.sentence))
                    .map(|s| (s.start, s.end)),
                ..Highlight::default()
            },
        }
    }

    /// The legend keys present in the annotations, in a stable order.
    pub fn legend(&self) -> Vec<String> {
        let Some(a) = self.annotations() else {
            return Vec::new();
        };
        let mut keys: BTreeSet<String> = a.entities.iter().map(|e| e.kind.clone()).collect();
        let mut out: Vec<String> = Vec::new();
        for kind in ["PERSON", "ORG", "GPE", "LOC"] {
            if keys.remove(kind) {
                out.push(kind.to_string());
            }
        }
        out.extend(keys);
        if !a.dates.is_empty() {
            out.push(super::layout::DATE_KEY.to_string());
        }
        if !a.quotes.is_empty() {
            out.push(super::layout::QUOTE_KEY.to_string());
        }
        out
    }
}

fn panel_of(selection: Selection) -> Panel {
    match selection {
        Selection::Entity(_) => Panel::Entities,
        Selection::Date(_) | Selection::Event(_) => Panel::Timeline,
        Selection::Quote(_) => Panel::Quotes,
    }
}

#[cfg(feature = "web")]
impl yew::Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests;
