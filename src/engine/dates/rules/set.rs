//! Recurrences (TIMEX3 SET): "every Monday", "each day", "weekly", "Tuesday nights",
//! "twice a week".

use crate::engine::text::TokenKind;

use super::super::grammar::Amount;
use super::super::grammar::{follows_quantity, is, key, unit_at, Match, Rule, Tok};
use super::super::lexicon::{self, Unit};
use super::super::normalise::{duration_value, Sem};

/// "every Monday", "each day", "every other week", "each July", "every summer".
pub static EVERY: Rule = Rule {
    id: "set.every",
    reason: "every/each before a unit, weekday, month or season",
    takes_the: false,
    parse: every,
};

/// "daily", "weekly", "annually".
pub static ADVERB: Rule = Rule {
    id: "set.adverb",
    reason: "frequency adverbs; \"annually\" after a quantity is a growth rate (\"8.5% \
             annually\"), and \"daily\" before a plural or after average a rate (\"daily \
             flights\"), not a recurrence",
    takes_the: false,
    parse: adverb,
};

/// "Mondays", "Tuesday nights".
pub static PLURAL_WEEKDAY: Rule = Rule {
    id: "set.plural_weekday",
    reason: "a capitalised plural weekday is a weekly recurrence",
    takes_the: false,
    parse: plural_weekday,
};

/// "twice a week", "three times a year".
pub static FREQUENCY: Rule = Rule {
    id: "set.frequency",
    reason: "once/twice/N times a/per unit",
    takes_the: false,
    parse: frequency,
};

fn every(toks: &[Tok], i: usize) -> Option<Match> {
    if !matches!(key(toks, i)?, "every" | "each") {
        return None;
    }
    let other = usize::from(is(toks, i + 1, "other"));
    let j = i + 1 + other;
    let t = toks.get(j)?;
    if let Some(w) = lexicon::weekday(&t.key).filter(|_| t.capital) {
        return Some(Match {
            end: j + 1,
            sem: Sem::Set(format!("XXXX-WXX-{}", w.index() + 1)),
        });
    }
    if let Some(month) = lexicon::month(&t.key).filter(|_| t.capital && other == 0) {
        return Some(Match {
            end: j + 1,
            sem: Sem::Set(format!("XXXX-{month:02}")),
        });
    }
    if let Some((code, _)) = lexicon::season(&t.key).filter(|_| other == 0) {
        return Some(Match {
            end: j + 1,
            sem: Sem::Set(format!("XXXX-{code}")),
        });
    }
    let (unit, plural) = unit_at(toks, j)?;
    if plural {
        return None;
    }
    let n = if other == 1 { 2 } else { 1 };
    Some(Match {
        end: j + 1,
        sem: Sem::Set(duration_value(Amount::Exact(n), unit)),
    })
}

fn adverb(toks: &[Tok], i: usize) -> Option<Match> {
    let value = match key(toks, i)? {
        "daily" if is_attributive_daily(toks, i) => return None,
        "daily" | "nightly" => "P1D",
        "weekly" => "P1W",
        "monthly" => "P1M",
        "annually" | "yearly" if follows_quantity(toks, i) => return None,
        "annually" | "yearly" => "P1Y",
        "hourly" => "PT1H",
        _ => return None,
    };
    Some(Match {
        end: i + 1,
        sem: Sem::Set(value.to_string()),
    })
}

/// "daily" qualifying a count or measure ("daily flights", "average daily volume"): a
/// rate, not a recurrence to date ("on a daily basis" is one: "basis" is no plural).
fn is_attributive_daily(toks: &[Tok], i: usize) -> bool {
    let averaged = i.checked_sub(1).is_some_and(|j| is(toks, j, "average"));
    let before_plural = toks.get(i + 1).is_some_and(|t| {
        let plural = t.key.ends_with('s') && !t.key.ends_with("ss") && !t.key.ends_with("is");
        t.kind == TokenKind::Word && t.key.len() > 3 && plural && !t.capital
    });
    averaged || before_plural
}

fn plural_weekday(toks: &[Tok], i: usize) -> Option<Match> {
    let t = toks.get(i)?;
    if !t.capital || t.kind != TokenKind::Word {
        return None;
    }
    let (w, part, end) = match lexicon::weekday_plural(&t.key) {
        Some(w) => (w, None, i + 1),
        None => {
            let w = lexicon::weekday(&t.key)?;
            let part = key(toks, i + 1)
                .and_then(|k| k.strip_suffix('s'))
                .and_then(lexicon::part_of_day)?;
            (w, Some(part), i + 2)
        }
    };
    let suffix = part.map(|p| format!("T{p}")).unwrap_or_default();
    Some(Match {
        end,
        sem: Sem::Set(format!("XXXX-WXX-{}{suffix}", w.index() + 1)),
    })
}

fn frequency(toks: &[Tok], i: usize) -> Option<Match> {
    let j = match key(toks, i)? {
        "once" | "twice" => i + 1,
        _ if is(toks, i + 1, "times") => i + 2,
        _ => return None,
    };
    if !matches!(key(toks, j), Some("a" | "an" | "per" | "each" | "every")) {
        return None;
    }
    let (unit, plural) = unit_at(toks, j + 1)?;
    if plural || unit == Unit::Second {
        return None;
    }
    Some(Match {
        end: j + 2,
        sem: Sem::Set(duration_value(Amount::Exact(1), unit)),
    })
}
