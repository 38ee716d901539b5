//! Training: builds the model files the engine embeds, from the data in `../shared/data`.
//!
//! Native only (feature `train`), reproducible for a given seed. Never compiled into the
//! browser build.
