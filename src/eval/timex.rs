//! Scoring of the timex extractor (filled in by its issue).
