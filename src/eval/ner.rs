//! Scoring of the ner extractor (filled in by its issue).
