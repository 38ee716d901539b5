//! The Web Worker running the engine (placeholder).
