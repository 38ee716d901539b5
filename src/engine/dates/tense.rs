//! The tense around a time expression, read from the nearest verb marker of its clause.
//!
//! A heuristic, not a parser: the closest tense marker before the expression in the same
//! clause wins, else the closest one after it; clause punctuation (dashes, semicolons,
//! colons, and a comma after an expression that does not open its sentence) stops the
//! search. It only decides which May or
//! which Wednesday an underspecified date means.

use crate::engine::text::TokenKind;

use super::grammar::Tok;

/// The tense of a clause, as far as dates care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// Reported events: "said", "launched", "was".
    Past,
    /// Present or unknown: the nearest occurrence wins.
    Present,
    /// Plans: "will", "is scheduled to".
    Future,
}

/// The tense around tokens `start..end` of a sentence. A possessive expression
/// ("Wednesday's ruling") names an event already known: in TBAQ every possessive weekday
/// is on or before the creation date, so it reads as past whatever the verbs say. After
/// "since" the date is the start of a stretch up to now, so past too ("the carrier, which
/// will be replaced, has been on patrol since March").
pub fn around(toks: &[Tok], start: usize, end: usize) -> Tense {
    if toks
        .get(end)
        .is_some_and(|t| matches!(t.key.as_str(), "'s" | "’s"))
    {
        return Tense::Past;
    }
    let opener = start.checked_sub(1).map(|j| toks[j].key.as_str());
    if opener == Some("since") {
        return Tense::Past;
    }
    let bounded = start
        .checked_sub(1)
        .is_some_and(|j| matches!(toks[j].key.as_str(), "through" | "until" | "till"));
    let mut fronted = toks.first().is_some_and(|t| {
        matches!(
            t.key.as_str(),
            "in" | "at" | "on" | "during" | "after" | "before" | "from" | "with" | "speaking"
        )
    });
    for i in (0..start).rev() {
        if is_clause_break(&toks[i], false) {
            fronted = false;
            break;
        }
        if let Some(t) = marker(toks, i, true) {
            return if t == Tense::Past && bounded && is_perfect(toks, i) {
                Tense::Present
            } else {
                t
            };
        }
    }
    let mut commas = 0;
    for i in end..toks.len() {
        if toks[i].key == "," {
            commas += 1;
        }
        let comma_breaks = start > 1 && (!fronted || commas > 1);
        if is_clause_break(&toks[i], comma_breaks) {
            break;
        }
        if let Some(t) = marker(toks, i, false) {
            return t;
        }
    }
    Tense::Present
}

/// A present perfect ("has extended"): with "through January" after it, the stretch runs
/// from the past into the present, so the nearest January is meant.
fn is_perfect(toks: &[Tok], i: usize) -> bool {
    i.checked_sub(1)
        .is_some_and(|j| matches!(toks[j].key.as_str(), "has" | "have"))
}

fn is_clause_break(t: &Tok, comma_breaks: bool) -> bool {
    t.kind == TokenKind::Punct
        && (matches!(t.key.as_str(), "—" | "–" | ";" | ":" | "--" | "(" | ")")
            || (comma_breaks && t.key == ","))
}

/// A marker in its context: a participle after "be" is a plan ("will be named") unless
/// "could" makes it a past ability ("could be located"); "is to" ("is to resume trading
/// Tuesday"), or an
/// arrangement before the expression ("planned to leave on Thursday", "postponed until
/// Tuesday"), points forward. An arrangement after it is dated by it ("On Friday, the
/// government planned to pay"), and one after "had been" was superseded ("had been due to
/// expire Friday": the Friday gone, and so is the scheduled verb after it).
fn marker(toks: &[Tok], i: usize, before_expression: bool) -> Option<Tense> {
    let found = plain_marker(toks, i)?;
    let before = |n: usize| {
        i.checked_sub(n)
            .and_then(|j| toks.get(j))
            .map(|t| t.key.as_str())
    };
    let after_be = before(1) == Some("be") && before(2) != Some("could");
    let next = toks.get(i + 1).map(|t| t.key.as_str());
    let is_to = matches!(toks[i].key.as_str(), "is" | "are") && next == Some("to");
    let forward = before_expression && is_arrangement(toks, i) || is_to;
    let had_been = |n: usize| before(n) == Some("been") && before(n + 1) == Some("had");
    let superseded = had_been(1) || (before(1) == Some("to") && had_been(3));
    Some(if superseded {
        Tense::Past
    } else if found == Tense::Past && after_be || forward {
        Tense::Future
    } else {
        found
    })
}

/// "planned to", "scheduled a vote", "postponed until": an arrangement for later, whatever
/// the tense of the report.
fn is_arrangement(toks: &[Tok], i: usize) -> bool {
    let next = toks.get(i + 1).map(|t| t.key.as_str());
    match toks[i].key.as_str() {
        "planned" | "planning" | "scheduled" => matches!(next, Some("to" | "a" | "an" | "the")),
        "postponed" | "delayed" | "deferred" | "adjourned" => {
            matches!(next, Some("until" | "till"))
        }
        _ => false,
    }
}

/// The tense a word marks on its own: "plans" and "set" only before "to" (the noun "plans"
/// and the past "set" mark nothing), "set" or "slated" before "for" a plan ("is set for
/// Tuesday morning"), "planned" is a past like any "-ed" word; "effective"
/// announces a change to come ("a new chairman, effective Feb. 1"). "Than expected" and "as
/// expected" compare with a forecast and mark nothing.
fn plain_marker(toks: &[Tok], i: usize) -> Option<Tense> {
    let k = toks[i].key.as_str();
    let next = toks.get(i + 1).map(|t| t.key.as_str());
    let previous = i.checked_sub(1).map(|j| toks[j].key.as_str());
    if k == "expected" && matches!(previous, Some("than" | "as")) {
        return None;
    }
    match k {
        "will" | "'ll" | "’ll" | "shall" | "wo" | "upcoming" | "scheduled" | "expected" | "due"
        | "would" | "expects" | "expect" | "intends" | "aims" | "hopes" | "planning"
        | "effective" => Some(Tense::Future),
        "going" | "plans" | "plan" | "set" if next == Some("to") => Some(Tense::Future),
        "set" | "slated" if next == Some("for") => Some(Tense::Future),
        _ if is_schedule_verb(k) => Some(Tense::Future),
        "take" | "takes" if next == Some("effect") => Some(Tense::Future),
        "was" | "were" | "had" | "did" | "said" | "told" | "took" | "gave" | "came" | "went"
        | "made" | "saw" | "began" | "held" | "met" | "won" | "lost" | "rose" | "fell" | "sold"
        | "bought" | "paid" | "led" | "left" | "ago" | "earlier" | "last" | "yesterday"
        | "spoke" | "wrote" | "became" | "got" | "struck" | "shot" | "hit" | "fought" | "felt"
        | "thought" | "brought" | "sent" | "spent" | "built" | "ran" | "broke" | "chose"
        | "drove" | "flew" | "grew" | "knew" | "rang" | "sank" | "stood" | "swore" | "threw"
        | "woke" | "wore" => Some(Tense::Past),
        "is" | "are" | "says" | "am" | "now" => Some(Tense::Present),
        _ if is_past_participle_like(k) && !is_attributive(toks, i) => Some(Tense::Past),
        _ => None,
    }
}

/// Verbs of a timetable in the bare present or infinitive ("Arafat and Netanyahu meet
/// separately Monday", "agreed to meet Tuesday", "the exhibit opens Friday", and "takes
/// effect" in [`plain_marker`]): news uses
/// them for what is scheduled, not for what happened. Base forms that are as often nouns
/// ("a visit", "the start", "an open market") are left out.
fn is_schedule_verb(k: &str) -> bool {
    matches!(
        k,
        "meet"
            | "meets"
            | "begin"
            | "begins"
            | "starts"
            | "opens"
            | "resume"
            | "resumes"
            | "convene"
            | "convenes"
            | "arrive"
            | "arrives"
            | "leaves"
            | "depart"
            | "departs"
            | "travels"
            | "visits"
            | "votes"
            | "expire"
            | "expires"
    )
}

/// An "-ed" word after an article or "still" qualifies a noun ("a still unspecified date",
/// "an undisclosed sum"): an adjective, not a past.
fn is_attributive(toks: &[Tok], i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|j| toks.get(j))
        .is_some_and(|t| matches!(t.key.as_str(), "a" | "an" | "the" | "still"))
}

fn is_past_participle_like(k: &str) -> bool {
    const NOT_VERBS: &[&str] = &[
        "need",
        "speed",
        "feed",
        "seed",
        "indeed",
        "hundred",
        "united",
        "red",
        "bed",
        "shed",
        "limited",
        "based",
        "related",
        "proceed",
        "exceed",
        "succeed",
        "breed",
        "greed",
        "weed",
        "creed",
        "deed",
        "embed",
        "naked",
        "wicked",
        "sacred",
        "kindred",
        "interested",
        "concerned",
        "supposed",
        "used",
        "aged",
        "advanced",
        "detailed",
        "armed",
        "united",
    ];
    k.len() >= 5 && k.ends_with("ed") && k.is_ascii() && !NOT_VERBS.contains(&k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::span::Span;

    fn toks(words: &str) -> Vec<Tok> {
        words
            .split(' ')
            .map(|w| Tok {
                span: Span::new(0, 0),
                key: w.into(),
                kind: if w.chars().any(char::is_alphabetic) {
                    TokenKind::Word
                } else {
                    TokenKind::Punct
                },
                capital: false,
            })
            .collect()
    }

    #[test]
    fn the_nearest_marker_before_wins() {
        let t = toks("officials confirmed on wednesday");
        assert_eq!(around(&t, 3, 4), Tense::Past);
        let t = toks("dar will hold a meeting on july 25 , officials confirmed");
        assert_eq!(around(&t, 6, 8), Tense::Future);
    }

    #[test]
    fn a_marker_after_counts_when_none_before() {
        let t = toks("on may 7 the air force launched a strike");
        assert_eq!(around(&t, 1, 3), Tense::Past);
        let t = toks("on may 7 , the air force launched a strike");
        assert_eq!(around(&t, 1, 3), Tense::Past);
        let t = toks("they met and on may 7 , the force will strike");
        assert_eq!(around(&t, 4, 6), Tense::Past);
    }

    #[test]
    fn plans_the_noun_and_planned_are_not_future() {
        let t = toks("on friday when albright set aside vacation plans");
        assert_eq!(around(&t, 1, 2), Tense::Present);
        let t = toks("a service planned for saturday was canceled");
        assert_eq!(around(&t, 4, 5), Tense::Past);
        let t = toks("talks set to resume monday");
        assert_eq!(around(&t, 4, 5), Tense::Future);
    }

    #[test]
    fn a_timetable_verb_in_the_present_is_a_plan_unless_superseded() {
        let t = toks("he and arafat meet separately monday with albright");
        assert_eq!(around(&t, 4, 5), Tense::Future);
        let t = toks("it had been due to expire friday evening");
        assert_eq!(around(&t, 6, 7), Tense::Past);
    }

    #[test]
    fn since_a_date_looks_back_whatever_the_verbs() {
        let t = toks("it will replace the carrier which has been on patrol since march");
        assert_eq!(around(&t, 11, 12), Tense::Past);
    }

    #[test]
    fn a_possessive_expression_is_past() {
        let t = toks("they would look for ways around wednesday 's ruling");
        assert_eq!(around(&t, 6, 7), Tense::Past);
    }

    #[test]
    fn a_participle_after_be_is_future() {
        let t = toks("collins will be named commander for a mission in december");
        assert_eq!(around(&t, 8, 9), Tense::Future);
        let t = toks("it would be paid in january");
        assert_eq!(around(&t, 5, 6), Tense::Future);
    }
}
