//! Golden files for the text layer on real articles.
//!
//! Articles come from `../shared` at test time and are never copied here: a golden file
//! records each sentence's code-point range, its kind and a short excerpt (first and last
//! words) so a reviewer can check the boundaries by eye. `UPDATE_EXPECT=1 cargo test`
//! rewrites the files; review the diff before committing.

use gloss::engine::text::{analyze, Sentence};

use crate::fixtures::{check_golden, shared_text};

/// The articles pinned by golden files: `(path under ../shared, golden file name)`.
const ARTICLES: &[(&str, &str)] = &[
    ("samples/pakistan-us-talks.txt", "pakistan-us-talks"),
    (
        "data/news-articles/bbc/business/001.txt",
        "bbc-business-001",
    ),
    (
        "data/news-articles/bbc/entertainment/010.txt",
        "bbc-entertainment-010",
    ),
    (
        "data/news-articles/bbc/politics/020.txt",
        "bbc-politics-020",
    ),
    ("data/news-articles/bbc/sport/030.txt", "bbc-sport-030"),
    ("data/news-articles/bbc/tech/040.txt", "bbc-tech-040"),
];

fn excerpt(surface: &str) -> String {
    let words: Vec<&str> = surface.split_whitespace().collect();
    if words.len() <= 6 {
        words.join(" ")
    } else {
        format!(
            "{} … {}",
            words[..3].join(" "),
            words[words.len() - 2..].join(" ")
        )
    }
}

fn render(text: &str) -> String {
    let doc = analyze(text);
    let to_chars = |byte: usize| text[..byte].chars().count();
    let line = |s: &Sentence| {
        let surface = s.span.of(text);
        format!(
            "{}..{} {:?} {}\n",
            to_chars(s.span.start),
            to_chars(s.span.end),
            s.kind,
            excerpt(surface)
        )
    };
    doc.sentences.iter().map(line).collect()
}

#[test]
fn sentences_of_real_articles_match_their_golden_files() {
    for (rel, name) in ARTICLES {
        let Some(text) = shared_text(rel) else {
            continue;
        };
        check_golden(&format!("text/{name}.sentences"), &render(&text));
    }
}

#[test]
fn the_sample_article_splits_at_the_dateline_and_around_the_quote() {
    let Some(text) = shared_text("samples/pakistan-us-talks.txt") else {
        return;
    };
    let doc = analyze(&text);
    let surfaces: Vec<&str> = doc.sentences.iter().map(|s| s.span.of(&text)).collect();
    assert!(surfaces.contains(&"WASHINGTON/ISLAMABAD:"));
    assert!(surfaces
        .iter()
        .any(|s| s.starts_with("“We have Pakistan") && s.ends_with("as well.”")));
    assert!(surfaces
        .iter()
        .any(|s| s.ends_with("so-called “terrorist infrastructure.”")));
    assert!(surfaces
        .iter()
        .any(|s| s.starts_with("When asked") && s.ends_with("saying:")));
    assert_eq!(surfaces.len(), 19);
}
