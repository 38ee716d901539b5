//! The Yew UI (placeholder until the UI lands).
