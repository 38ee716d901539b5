//! Evidence that a name is a titled work or a band, whatever the tagger called it: a noun
//! right before a mention, on its line, that only works take ("the film The Aviator", "the
//! comedy Sideways", "her album Confessions") or that only bands take ("the band Doves",
//! "rockers Fightstar"); never after "best" ("the best film Oscar" is an award). A name
//! opening with a given name ("the comedy Sean Penn starred in") is read as a person's and
//! gets no evidence here (`pipeline` checks).
//!
//! It reads the token before each mention and types nothing itself: `pipeline` decides. It
//! knows no titles.

use std::ops::Range;

use crate::engine::text::Document;

/// Nouns that, right before a name, make it a work. Nouns that also come before people,
/// places or teams ("show", "play", "game", "hit", "single", "book", "series") are not among
/// them.
const WORK_NOUNS: &[&str] = &[
    "film",
    "movie",
    "biopic",
    "documentary",
    "album",
    "novel",
    "sitcom",
    "musical",
    "opera",
    "thriller",
    "drama",
    "comedy",
    "soap",
];

/// Nouns that, right before a name, make it a band.
const BAND_NOUNS: &[&str] = &["band", "rockers"];

/// The noun and first mention showing the entity is a work ("film The Aviator").
pub(super) fn work_evidence(
    text: &str,
    doc: &Document,
    mentions: &[Range<usize>],
) -> Option<String> {
    noun_before(text, doc, mentions, WORK_NOUNS)
}

/// The noun and first mention showing the entity is a band ("band Doves").
pub(super) fn band_evidence(
    text: &str,
    doc: &Document,
    mentions: &[Range<usize>],
) -> Option<String> {
    noun_before(text, doc, mentions, BAND_NOUNS)
}

fn noun_before(
    text: &str,
    doc: &Document,
    mentions: &[Range<usize>],
    nouns: &[&str],
) -> Option<String> {
    let word = |i: usize| doc.tokens[i].span.of(text).to_lowercase();
    mentions.iter().find_map(|m| {
        let noun = m.start.checked_sub(1)?;
        let gap = text.get(doc.tokens[noun].span.end..doc.tokens[m.start].span.start)?;
        let same_line = !gap.contains('\n') && gap.trim().is_empty();
        let award = noun.checked_sub(1).is_some_and(|b| word(b) == "best");
        (same_line && !award && nouns.contains(&word(noun).as_str())).then(|| {
            doc.tokens[noun]
                .span
                .cover(doc.tokens[m.end - 1].span)
                .of(text)
                .to_string()
        })
    })
}

#[cfg(test)]
mod tests {
    use super::super::mentions_of;
    use super::*;
    use crate::engine::text::analyze;

    #[test]
    fn a_work_noun_before_a_name_makes_it_a_work() {
        let text = "Scorsese's film The Aviator leads. The Aviator won.";
        let doc = analyze(text);
        let found = work_evidence(text, &doc, &mentions_of(text, &doc, "The Aviator"));
        assert_eq!(found.as_deref(), Some("film The Aviator"));
    }

    #[test]
    fn a_noun_that_also_comes_before_people_or_teams_is_no_evidence() {
        let text = "Arsenal play Chelsea on Sunday in the show Friends.";
        let doc = analyze(text);
        assert_eq!(
            work_evidence(text, &doc, &mentions_of(text, &doc, "Chelsea")),
            None
        );
        assert_eq!(
            work_evidence(text, &doc, &mentions_of(text, &doc, "Friends")),
            None
        );
    }

    #[test]
    fn an_award_or_a_noun_on_the_line_before_is_no_evidence() {
        let text = "It won the best film Oscar. Her new sitcom\n\nHollywood is calling.";
        let doc = analyze(text);
        assert_eq!(
            work_evidence(text, &doc, &mentions_of(text, &doc, "Oscar")),
            None
        );
        assert_eq!(
            work_evidence(text, &doc, &mentions_of(text, &doc, "Hollywood")),
            None
        );
    }

    #[test]
    fn a_band_noun_before_a_name_makes_it_a_band() {
        let text = "The band Doves played Manchester.";
        let doc = analyze(text);
        let found = band_evidence(text, &doc, &mentions_of(text, &doc, "Doves"));
        assert_eq!(found.as_deref(), Some("band Doves"));
    }
}
