//! Company evidence for names the tagger called people. A one-word company name ("Yukos",
//! "Sophos") often looks like a surname to the tagger, but the article gives it away: a
//! company noun right before a mention ("oil giant Yukos", "security firm Sophos") or its
//! shares ("shares in Ericsson", "Pernod's shares"). A title before any mention ("Mr Next")
//! keeps the name a person. A name never written with a given name or a title also gives
//! itself away by its possessions ("Boeing's profits", "Turkcell's chief executive") or by
//! "its" right after it ("Yukos said its"), which no person takes.
//!
//! It reads the tokens around an entity's mentions and types nothing itself: `pipeline`
//! decides. It knows no company names.

use std::ops::Range;

use crate::engine::text::Document;

/// Nouns that, right before a name, say it is a company. Nouns that also describe people
/// ("maker", "producer", "rival", "network") are not among them.
const COMPANY_NOUNS: &[&str] = &[
    "firm",
    "company",
    "giant",
    "carmaker",
    "drugmaker",
    "retailer",
    "bookmaker",
    "airline",
    "insurer",
    "lender",
    "brewer",
    "conglomerate",
    "supermarket",
    "bank",
];

/// Titles that, right before a mention, make the name a person's.
const PERSON_TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "lord",
    "lady",
    "dame",
    "prof",
    "professor",
];

/// The words of the article that show an entity with these mention tokens is a company
/// ("oil giant Yukos", "shares in Ericsson"), unless a title before one of them makes it a
/// person. `given_name` tells that one of the mentions opens with a given name ("Tony
/// Blair"): only a name without one is read for the weaker evidence ("Time Warner said its").
pub(super) fn company_evidence(
    text: &str,
    doc: &Document,
    mentions: &[Range<usize>],
    given_name: bool,
) -> Option<String> {
    let word = |i: usize| {
        doc.tokens
            .get(i)
            .map(|t| t.span.of(text).trim_end_matches('.').to_lowercase())
    };
    let before = |m: &Range<usize>, n: usize| m.start.checked_sub(n).and_then(word);
    if mentions
        .iter()
        .any(|m| before(m, 1).is_some_and(|w| PERSON_TITLES.contains(&w.as_str())))
    {
        return None;
    }
    let context = mentions.iter().find_map(|m| {
        let noun = before(m, 1).filter(|w| COMPANY_NOUNS.contains(&w.as_str()));
        let shares_in =
            before(m, 2).as_deref() == Some("shares") && before(m, 1).as_deref() == Some("in");
        let possessive = matches!(word(m.end).as_deref(), Some("'s" | "’s" | "'" | "’"));
        let shares_after = word(m.end + usize::from(possessive)).as_deref() == Some("shares");
        (noun.is_some() || shares_in || shares_after).then(|| {
            let first = if noun.is_some() || shares_in {
                m.start - if shares_in { 2 } else { 1 }
            } else {
                m.start
            };
            let last = if shares_after {
                m.end + usize::from(possessive)
            } else {
                m.end - 1
            };
            doc.tokens[first]
                .span
                .cover(doc.tokens[last].span)
                .of(text)
                .to_string()
        })
    });
    context.or_else(|| {
        (!given_name)
            .then(|| {
                mentions
                    .iter()
                    .find_map(|m| bare_name_evidence(text, doc, m))
            })
            .flatten()
    })
}

/// Business nouns that, after a bare name's possessive, say it is a company ("Boeing's
/// profits", "Yukos's chief executive").
const COMPANY_POSSESSIONS: &[&str] = &[
    "chief",
    "chairman",
    "shareholders",
    "shares",
    "profits",
    "profit",
    "sales",
    "revenues",
    "revenue",
    "earnings",
    "takeover",
    "subsidiary",
    "turnover",
    "headquarters",
    "assets",
    "debts",
    "bankruptcy",
    "factory",
    "factories",
];

/// Nouns that, right after a bare name, make it a company's ("Yukos boss Mikhail
/// Khodorkovsky", "the Siemens plant", "Citigroup economist Steven Wieting").
const COMPANY_MODIFIED: &[&str] = &[
    "boss",
    "bosses",
    "subsidiary",
    "unit",
    "shares",
    "shareholders",
    "plant",
    "factory",
    "economist",
    "analyst",
];

/// Words before "of", "in", "for" or "with" and a bare name that make it a company
/// ("the sale of Yugansk", "a stake in Yukos", "a bid for MCI", "a merger with Qwest").
const COMPANY_OBJECTS: &[(&str, &str)] = &[
    ("stake", "in"),
    ("shareholders", "in"),
    ("takeover", "of"),
    ("sale", "of"),
    ("acquisition", "of"),
    ("purchase", "of"),
    ("subsidiary", "of"),
    ("owner", "of"),
    ("bid", "for"),
    ("merger", "with"),
];

/// Prepositions that, before "its", leave it to another owner ("Kanye West and Beanie Sigel
/// on its roster").
const PREPOSITIONS: &[&str] = &[
    "on", "in", "at", "for", "with", "from", "of", "by", "into", "onto", "about", "under", "over",
];

/// How many words may stand between a bare name and "its" ("Citigroup said its").
const WORDS_BEFORE_ITS: usize = 2;

/// Evidence for a bare name, one never written with a given name or a title: "state-owned" or
/// "Rosneft-owned" before it, a business noun after it ("Yukos boss") or after its
/// possessive ("Boeing's profits"), a deal it is the object of ("the sale of Yugansk"), or
/// "its" right after it ("Yukos said its"), which no person takes.
fn bare_name_evidence(text: &str, doc: &Document, m: &Range<usize>) -> Option<String> {
    let word = |i: usize| doc.tokens.get(i).map(|t| t.span.of(text).to_lowercase());
    let before = |n: usize| m.start.checked_sub(n).and_then(word);
    let cover = |first: usize, last: usize| {
        doc.tokens[first]
            .span
            .cover(doc.tokens[last].span)
            .of(text)
            .to_string()
    };
    let owned_by = before(1).is_some_and(|w| w.ends_with("-owned") || w.ends_with("-run"));
    let object = COMPANY_OBJECTS.iter().any(|(noun, preposition)| {
        before(2).as_deref() == Some(noun) && before(1).as_deref() == Some(preposition)
    });
    if owned_by || object {
        return Some(cover(m.start - if object { 2 } else { 1 }, m.end - 1));
    }
    let possessive = matches!(word(m.end).as_deref(), Some("'s" | "’s"));
    let after = m.end + usize::from(possessive);
    let possessions = if possessive {
        COMPANY_POSSESSIONS
    } else {
        COMPANY_MODIFIED
    };
    if word(after).is_some_and(|w| possessions.contains(&w.as_str())) {
        return Some(cover(m.start, after));
    }
    let its = (m.end..m.end + WORDS_BEFORE_ITS + 1).find(|&i| {
        word(i).as_deref() == Some("its")
            && (m.end..i).all(|j| {
                let between = doc.tokens[j].span.of(text);
                between.starts_with(char::is_lowercase) && !PREPOSITIONS.contains(&between)
            })
    })?;
    Some(cover(m.start, its))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::text::analyze;

    fn evidence(text: &str, name: &str) -> Option<String> {
        let doc = analyze(text);
        let mentions = super::super::mentions_of(text, &doc, name);
        company_evidence(text, &doc, &mentions, name.contains(' '))
    }

    #[test]
    fn a_company_noun_or_shares_give_a_company_away() {
        assert_eq!(
            evidence("Oil giant Yukos said so. Yukos is fined.", "Yukos").as_deref(),
            Some("giant Yukos")
        );
        assert_eq!(
            evidence("Shares in Ericsson rose. Ericsson gained.", "Ericsson").as_deref(),
            Some("Shares in Ericsson")
        );
        assert_eq!(
            evidence("Pernod's shares fell 2%.", "Pernod").as_deref(),
            Some("Pernod's shares")
        );
    }

    #[test]
    fn a_name_without_a_given_name_taking_its_or_owning_profits_is_a_company() {
        assert_eq!(
            evidence("Yukos said its output fell.", "Yukos").as_deref(),
            Some("Yukos said its")
        );
        assert_eq!(
            evidence("Turkcell's chief executive left.", "Turkcell").as_deref(),
            Some("Turkcell's chief")
        );
        let text = "Time Warner said its profits rose.";
        let doc = analyze(text);
        assert_eq!(
            company_evidence(text, &doc, &[Range { start: 0, end: 2 }], false).as_deref(),
            Some("Time Warner said its")
        );
    }

    #[test]
    fn a_one_word_name_that_is_owned_sold_or_has_a_boss_is_a_company() {
        for (text, name, words) in [
            (
                "State-owned Rosneft bought it.",
                "Rosneft",
                "State-owned Rosneft",
            ),
            (
                "After the sale of Yugansk, prices fell.",
                "Yugansk",
                "sale of Yugansk",
            ),
            (
                "Yukos boss Mikhail Khodorkovsky is in jail.",
                "Yukos",
                "Yukos boss",
            ),
            (
                "Workers at the Siemens plant agreed.",
                "Siemens",
                "Siemens plant",
            ),
        ] {
            assert_eq!(evidence(text, name).as_deref(), Some(words), "{text}");
        }
    }

    #[test]
    fn its_after_a_full_name_or_far_from_the_name_is_no_evidence() {
        assert_eq!(
            evidence("John Browne said its output fell.", "John Browne"),
            None
        );
        assert_eq!(
            evidence("Smith said the firm and its staff agreed.", "Smith"),
            None
        );
        assert_eq!(evidence("Blair's speech won its audience.", "Blair"), None);
        assert_eq!(
            evidence("Blair aide Alastair Campbell spoke.", "Blair"),
            None
        );
    }

    #[test]
    fn a_title_or_a_noun_for_people_keeps_a_person() {
        assert_eq!(evidence("Mr Next spoke. The firm Next grew.", "Next"), None);
        assert_eq!(
            evidence("Film maker Michael Cockerell spoke.", "Michael Cockerell"),
            None
        );
        assert_eq!(
            evidence("Labour rival Alan Milburn spoke.", "Alan Milburn"),
            None
        );
    }
}
