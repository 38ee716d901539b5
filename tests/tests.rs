//! The one integration-test binary. Add a module for a new area; keep fixtures in `fixtures`.

// Shared articles and paths to ../shared (tests that need it skip with a message).
mod fixtures;
// Golden files: the text layer on real articles; `UPDATE_EXPECT=1` rewrites them.
mod golden;
// The `gloss` binary: arguments, errors, exit codes.
mod cli;
// `gloss annotate --jsonl`: order, error records, exit codes.
mod batch;
// The built site's gzipped first load against its budget (needs `trunk build --release`).
mod size_budget;
// Property tests: any string annotates without panicking, every span in bounds.
mod props;
// Corrections over engine output: each edit, consistency, survival across text edits.
mod corrections;
// Exports: Web Annotation, CSV, Markdown; injection and inert HTML.
mod export;
// Share links: round trips, sizes, every kind of broken link.
mod share;
// Dates and the timeline: grammar families, reference date, the sample's golden file.
mod dates;
// Words and numbers that look like dates but are not.
mod false_positives;
// Entities: the sample's people, organisations, places and roles; news formatting.
mod entities;
// Quotes and speakers: attribution orders, mark styles, apostrophes, the sample's golden file.
mod quotes;
// Pronoun speakers linked to entities, against hand labels on BBC articles.
mod speaker_links;
// Entity types the article-level rules give, against hand labels on BBC articles.
mod entity_types;
// Architecture invariants: module docs, a pure engine.
mod tidy;
