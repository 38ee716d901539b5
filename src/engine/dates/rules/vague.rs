//! Vague references to the present, past and future: "now", "recently", "the past",
//! "the future", "recent years", "coming months", "these days" (TimeML `PRESENT_REF`, `PAST_REF`,
//! `FUTURE_REF`).

use crate::engine::text::TokenKind;

use super::super::grammar::{amount, is, key, unit_at, Amount, Match, Rule, Tok};
use super::super::lexicon::Unit;
use super::super::normalise::{Dir, Sem};
use super::super::tense::{self, Tense};

/// "now", "currently", "recently", "soon".
pub static WORD: Rule = Rule {
    id: "vague.word",
    reason: "adverbs and adjectives that point at the present, past or future; \"Now,\" or \
             \"Currently,\" opening a sentence turns the argument, it does not date anything; \
             \"soon\" is the future (\"may soon seek\") except in past talk (\"was soon \
             released\"), before after (\"soon after\") or in \"as soon as\" (a condition, \
             not a time, unless \"as soon as possible\")",
    takes_the: false,
    parse: word,
};

/// "the past", "the future", "the near future", "the short term", "these days", "at present".
pub static PHRASE: Rule = Rule {
    id: "vague.phrase",
    reason: "noun phrases that point at the present, past or future",
    takes_the: true,
    parse: phrase,
};

/// "recent years", "recent weeks", "coming months", "future quarters", "past years".
pub static PLURAL: Rule = Rule {
    id: "vague.plural",
    reason: "recent/past/coming/future before a bare plural unit: an unspecified stretch \
             before or after the present. TimeBank reads recent months and weeks as vague \
             durations (PXM, PXW) and recent years and days as PAST_REF; a leading \"the\" \
             stays out, as with other vague references",
    takes_the: false,
    parse: plural,
};

/// "the weeks ahead", "the months ahead".
pub static AHEAD: Rule = Rule {
    id: "vague.ahead",
    reason: "the before a plural unit before ahead: an unspecified length from now on",
    takes_the: true,
    parse: plural_ahead,
};

/// "over the years", "the early years", "in the years that followed".
pub static THE_YEARS: Rule = Rule {
    id: "vague.the_years",
    reason: "the (early/later/intervening) years or decades with no number: an unspecified \
             length (PXY), as TimeBank tags \"over the years\"; not \"the years before\" or \
             \"the years of\", which name a time of their own",
    takes_the: true,
    parse: the_years,
};

fn the_years(toks: &[Tok], i: usize) -> Option<Match> {
    let (unit, is_plural) = unit_at(toks, i)?;
    if !is_plural || !matches!(unit, Unit::Year | Unit::Decade) {
        return None;
    }
    let before = |n: usize| i.checked_sub(n).and_then(|j| key(toks, j));
    let adjective = matches!(before(1), Some("early" | "later" | "intervening"));
    let the = before(1 + usize::from(adjective)) == Some("the");
    let names_its_own_time = toks.get(i + 1).is_some_and(|t| {
        t.kind == TokenKind::Number
            || matches!(
                t.key.as_str(),
                "of" | "before" | "after" | "ago" | "ahead" | "-" | "old" | "to"
            )
    });
    (the && !names_its_own_time).then_some(Match {
        end: i + 1,
        sem: Sem::Duration {
            amount: Amount::Vague,
            unit,
        },
    })
}

fn plural(toks: &[Tok], i: usize) -> Option<Match> {
    let k = key(toks, i)?;
    let (unit, is_plural) = unit_at(toks, i + 1)?;
    if !is_plural || matches!(unit, Unit::Second | Unit::Minute) {
        return None;
    }
    let sem = match k {
        "recent" if matches!(unit, Unit::Month | Unit::Week) => Sem::Duration {
            amount: Amount::Vague,
            unit,
        },
        "recent" | "past" => Sem::Ref("PAST_REF"),
        "coming" | "future" => Sem::Ref("FUTURE_REF"),
        _ => return None,
    };
    Some(Match { end: i + 2, sem })
}

fn word(toks: &[Tok], i: usize) -> Option<Match> {
    let value = match key(toks, i)? {
        "now" | "currently" if opens_sentence(toks, i) && is(toks, i + 1, ",") => return None,
        "now" | "currently" | "nowadays" => "PRESENT_REF",
        "current" if !matches!(key(toks, i + 1), Some("account" | "affairs" | "events")) => {
            "PRESENT_REF"
        }
        "recently" | "lately" => "PAST_REF",
        "soon" if points_ahead(toks, i) => "FUTURE_REF",
        _ => return None,
    };
    Some(Match {
        end: i + 1,
        sem: Sem::Ref(value),
    })
}

/// Whether "soon" at `i` is a time to come: not "as soon as", "soon after" or past talk,
/// unless a modal or "to" just before it looks ahead ("told him they may soon seek").
fn points_ahead(toks: &[Tok], i: usize) -> bool {
    let before = i.checked_sub(1).and_then(|j| key(toks, j));
    let after = key(toks, i + 1);
    let modal = matches!(
        before,
        Some("will" | "may" | "might" | "could" | "would" | "should" | "to")
    );
    before != Some("as")
        && !matches!(
            after,
            Some("after" | "afterward" | "afterwards" | "thereafter")
        )
        && (modal || tense::around(toks, i, i + 1) != Tense::Past)
}

/// "the weeks ahead": an unspecified stretch from now on.
fn plural_ahead(toks: &[Tok], i: usize) -> Option<Match> {
    let (unit, is_plural) = unit_at(toks, i)?;
    let the_before = i.checked_sub(1).is_some_and(|j| is(toks, j, "the"));
    (is_plural && the_before && is(toks, i + 1, "ahead")).then_some(Match {
        end: i + 2,
        sem: Sem::Duration {
            amount: Amount::Vague,
            unit,
        },
    })
}

/// Whether token `i` opens its sentence, maybe after opening quotes.
fn opens_sentence(toks: &[Tok], i: usize) -> bool {
    toks[..i]
        .iter()
        .all(|t| matches!(t.key.as_str(), "``" | "`" | "\"" | "“" | "'" | "‘"))
}

fn phrase(toks: &[Tok], i: usize) -> Option<Match> {
    let k = key(toks, i)?;
    let the_before = i > 0 && is(toks, i - 1, "the");
    let (value, end) = match k {
        "past" if the_before && !followed_by_amount(toks, i + 1) => ("PAST_REF", i + 1),
        "weekend" if the_before => {
            return Some(Match {
                end: i + 1,
                sem: Sem::Weekend { dir: Dir::Tense },
            })
        }
        "future" if the_before || is(toks, i + 1, "of") => ("FUTURE_REF", i + 1),
        "near" if the_before && matches!(key(toks, i + 1), Some("future" | "term")) => {
            ("FUTURE_REF", i + 2)
        }
        "short" if the_before && is(toks, i + 1, "term") => ("FUTURE_REF", i + 2),
        "these" if is(toks, i + 1, "days") => ("PRESENT_REF", i + 2),
        "at" if is(toks, i + 1, "present") => ("PRESENT_REF", i + 2),
        "as" if is(toks, i + 1, "soon") && is(toks, i + 2, "as") && is(toks, i + 3, "possible") => {
            ("FUTURE_REF", i + 4)
        }
        _ => return None,
    };
    Some(Match {
        end,
        sem: Sem::Ref(value),
    })
}

fn followed_by_amount(toks: &[Tok], i: usize) -> bool {
    unit_at(toks, i).is_some() || amount(toks, i).is_some()
}
