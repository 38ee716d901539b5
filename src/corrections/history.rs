//! The undo/redo history of corrections that the UI's reducer holds.
//!
//! The corrections in force are the applied stack; undo moves the last one to the redo
//! stack, redo moves it back, and a new correction clears the redo stack. It is not the
//! replay: the page re-runs [`super::apply`] over [`History::corrections`] after each move.

use serde::{Deserialize, Serialize};

use super::Correction;

/// Corrections in force, and those undone that can be redone.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct History {
    done: Vec<Correction>,
    undone: Vec<Correction>,
}

impl History {
    /// A history whose corrections in force are `corrections` (from a share link or
    /// local storage), with nothing to redo.
    pub fn from_corrections(corrections: Vec<Correction>) -> History {
        History {
            done: corrections,
            undone: Vec::new(),
        }
    }

    /// The corrections in force, oldest first.
    pub fn corrections(&self) -> &[Correction] {
        &self.done
    }

    /// Records a new correction; what was undone can no longer be redone.
    pub fn push(&mut self, correction: Correction) {
        self.done.push(correction);
        self.undone.clear();
    }

    /// Takes back the last correction and returns it, if any.
    pub fn undo(&mut self) -> Option<&Correction> {
        let last = self.done.pop()?;
        self.undone.push(last);
        self.undone.last()
    }

    /// Puts back the last undone correction and returns it, if any.
    pub fn redo(&mut self) -> Option<&Correction> {
        let last = self.undone.pop()?;
        self.done.push(last);
        self.done.last()
    }

    /// The correction [`History::undo`] would take back.
    pub fn next_undo(&self) -> Option<&Correction> {
        self.done.last()
    }

    /// The correction [`History::redo`] would put back.
    pub fn next_redo(&self) -> Option<&Correction> {
        self.undone.last()
    }

    /// Forgets every correction (a new article).
    pub fn clear(&mut self) {
        self.done.clear();
        self.undone.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corrections::Anchor;

    fn remove(text: &str) -> Correction {
        Correction::RemoveEntity {
            entity: Anchor {
                start: 0,
                end: text.chars().count(),
                text: text.to_string(),
            },
        }
    }

    #[test]
    fn undo_redo_and_a_new_edit_clears_redo() {
        let mut h = History::default();
        assert_eq!(h.undo(), None);
        h.push(remove("A"));
        h.push(remove("B"));
        assert_eq!(h.undo(), Some(&remove("B")));
        assert_eq!(h.corrections(), &[remove("A")]);
        assert_eq!(h.next_redo(), Some(&remove("B")));
        assert_eq!(h.redo(), Some(&remove("B")));
        assert_eq!(h.corrections(), &[remove("A"), remove("B")]);
        assert_eq!(h.redo(), None);
        h.undo();
        h.push(remove("C"));
        assert_eq!(h.next_redo(), None);
        assert_eq!(h.corrections(), &[remove("A"), remove("C")]);
        h.clear();
        assert_eq!(h, History::default());
    }
}
