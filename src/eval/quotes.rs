//! Scoring of the quotes extractor (filled in by its issue).
