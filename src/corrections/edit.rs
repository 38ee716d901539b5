//! Applying one correction to `gloss/1` output: finding what its anchors point at, then
//! editing entities, quotes, dates and events while keeping every id reference consistent.
//!
//! It is not the replay loop nor the validation of a correction (see the parent module).

use crate::codepoints::CodePoints;
use crate::engine::output::{EntityOut, EventOut, Mention};
use crate::engine::timeline::period_of;
use crate::engine::Annotations;

use super::{Anchor, Correction, SkipReason};

/// Applies `correction` to `out`, or says why it does not anchor.
pub(super) fn apply_one(
    out: &mut Annotations,
    cp: &CodePoints<'_>,
    correction: &Correction,
) -> Result<(), SkipReason> {
    match correction {
        Correction::SetType { entity, kind } => {
            let (e, _) = find_mention(out, entity)?;
            out.entities[e].kind = kind.clone();
        }
        Correction::RemoveMention { mention } => {
            let (e, m) = find_mention(out, mention)?;
            take_mention(out, e, m);
        }
        Correction::RemoveEntity { entity } => {
            let (e, _) = find_mention(out, entity)?;
            remove_entity(out, e);
        }
        Correction::AddEntity { span, kind } => {
            let mention = find_in_text(cp, span)?;
            add_entity(out, mention, kind);
        }
        Correction::Merge { into, from } => {
            let (keep, _) = find_mention(out, into)?;
            let (gone, _) = find_mention(out, from)?;
            merge(out, keep, gone);
        }
        Correction::Split { mention } => {
            let (e, m) = find_mention(out, mention)?;
            split(out, e, m);
        }
        Correction::SetSpeaker { quote, speaker } => {
            let q = find_nearest(out.quotes.iter().map(|q| (q.start, q.text.as_str())), quote)?;
            let speaker = speaker.as_ref().map(|s| find_in_text(cp, s)).transpose()?;
            let entity = speaker
                .as_ref()
                .and_then(|s| entity_with_mention_at(out, s));
            out.quotes[q].speaker = speaker;
            out.quotes[q].entity = entity;
        }
        Correction::SetDate { date, value } => {
            let d = find_nearest(out.dates.iter().map(|d| (d.start, d.text.as_str())), date)?;
            out.dates[d].value = value.clone();
            redate_events(out, d, value);
        }
    }
    Ok(())
}

fn not_found(anchor: &Anchor) -> SkipReason {
    SkipReason::NotFound(anchor.text.clone())
}

/// The index of the item with the anchor's text starting nearest to the anchor.
fn find_nearest<'a>(
    items: impl Iterator<Item = (usize, &'a str)>,
    anchor: &Anchor,
) -> Result<usize, SkipReason> {
    items
        .enumerate()
        .filter(|(_, (_, text))| *text == anchor.text)
        .min_by_key(|(i, (start, _))| (start.abs_diff(anchor.start), *start, *i))
        .map(|(i, _)| i)
        .ok_or_else(|| not_found(anchor))
}

/// The (entity, mention) indices of the mention the anchor points at.
fn find_mention(out: &Annotations, anchor: &Anchor) -> Result<(usize, usize), SkipReason> {
    let all: Vec<(usize, usize, &Mention)> = out
        .entities
        .iter()
        .enumerate()
        .flat_map(|(e, ent)| ent.mentions.iter().enumerate().map(move |(m, x)| (e, m, x)))
        .collect();
    let nearest = find_nearest(
        all.iter().map(|(_, _, x)| (x.start, x.text.as_str())),
        anchor,
    )?;
    let (e, m, _) = all[nearest];
    Ok((e, m))
}

/// The stretch of the article the anchor points at.
fn find_in_text(cp: &CodePoints<'_>, anchor: &Anchor) -> Result<Mention, SkipReason> {
    let start = cp
        .nearest(&anchor.text, anchor.start)
        .ok_or_else(|| not_found(anchor))?;
    Ok(Mention {
        start,
        end: start + anchor.text.chars().count(),
        text: anchor.text.clone(),
    })
}

fn same_span(a: &Mention, b: &Mention) -> bool {
    a.start == b.start && a.end == b.end
}

fn overlap(a: &Mention, b: &Mention) -> bool {
    a.start < b.end && b.start < a.end
}

fn entity_with_mention_at(out: &Annotations, span: &Mention) -> Option<usize> {
    out.entities
        .iter()
        .position(|e| e.mentions.iter().any(|m| same_span(m, span)))
}

/// Removes mention `m` of entity `e`, unlinking quotes it was the speaker of, and drops
/// the entity when it has no mention left.
fn take_mention(out: &mut Annotations, e: usize, m: usize) -> Mention {
    let mention = out.entities[e].mentions.remove(m);
    for quote in &mut out.quotes {
        let spoken = quote
            .speaker
            .as_ref()
            .is_some_and(|s| same_span(s, &mention));
        if spoken && quote.entity == Some(e) {
            quote.entity = None;
        }
    }
    if out.entities[e].mentions.is_empty() {
        remove_entity(out, e);
    } else {
        refresh_name(&mut out.entities[e], &mention.text);
    }
    mention
}

/// After losing a mention with `removed` text, an entity named by it takes the name of its
/// longest remaining mention.
fn refresh_name(entity: &mut EntityOut, removed: &str) {
    if entity.name != removed || entity.mentions.iter().any(|m| m.text == removed) {
        return;
    }
    let longest = entity
        .mentions
        .iter()
        .rev()
        .max_by_key(|m| m.text.chars().count());
    if let Some(m) = longest {
        entity.name = m.text.clone();
    }
}

/// Removes entity `e`, renumbering the later ones and every reference to them.
fn remove_entity(out: &mut Annotations, e: usize) {
    out.entities.remove(e);
    for (id, entity) in out.entities.iter_mut().enumerate() {
        entity.id = id;
    }
    let shift = |id: usize| match id.cmp(&e) {
        std::cmp::Ordering::Less => Some(id),
        std::cmp::Ordering::Equal => None,
        std::cmp::Ordering::Greater => Some(id - 1),
    };
    for quote in &mut out.quotes {
        quote.entity = quote.entity.and_then(shift);
    }
    for event in &mut out.events {
        event.entities = event.entities.iter().filter_map(|&id| shift(id)).collect();
    }
}

/// Appends a new entity with one mention, and links quotes spoken by exactly that mention.
fn push_entity(out: &mut Annotations, kind: &str, mention: Mention) {
    let id = out.entities.len();
    for quote in &mut out.quotes {
        let spoken = quote
            .speaker
            .as_ref()
            .is_some_and(|s| same_span(s, &mention));
        if spoken && quote.entity.is_none() {
            quote.entity = Some(id);
        }
    }
    out.entities.push(EntityOut {
        id,
        kind: kind.to_string(),
        name: mention.text.clone(),
        roles: Vec::new(),
        mentions: vec![mention],
        why: None,
    });
}

fn add_entity(out: &mut Annotations, mention: Mention, kind: &str) {
    while let Some((e, m)) = out.entities.iter().enumerate().find_map(|(e, ent)| {
        let m = ent.mentions.iter().position(|x| overlap(x, &mention))?;
        Some((e, m))
    }) {
        take_mention(out, e, m);
    }
    push_entity(out, kind, mention);
}

fn merge(out: &mut Annotations, keep: usize, gone: usize) {
    if keep == gone {
        return;
    }
    let absorbed = out.entities[gone].clone();
    let target = &mut out.entities[keep];
    target.mentions.extend(absorbed.mentions);
    target.mentions.sort_by_key(|m| (m.start, m.end));
    target.mentions.dedup_by(|a, b| same_span(a, b));
    for role in absorbed.roles {
        if !target.roles.contains(&role) {
            target.roles.push(role);
        }
    }
    if absorbed.name.chars().count() > target.name.chars().count() {
        target.name = absorbed.name;
    }
    for quote in out.quotes.iter_mut().filter(|q| q.entity == Some(gone)) {
        quote.entity = Some(keep);
    }
    for event in &mut out.events {
        let mut ids = Vec::with_capacity(event.entities.len());
        for id in event
            .entities
            .iter()
            .map(|&id| if id == gone { keep } else { id })
        {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        event.entities = ids;
    }
    remove_entity(out, gone);
}

fn split(out: &mut Annotations, e: usize, m: usize) {
    if out.entities[e].mentions.len() < 2 {
        return;
    }
    let kind = out.entities[e].kind.clone();
    let mention = take_mention(out, e, m);
    push_entity(out, &kind, mention);
}

/// Gives the events of date `d` their new value and moves them to their place in time.
fn redate_events(out: &mut Annotations, d: usize, value: &str) {
    let (moved, kept): (Vec<EventOut>, Vec<EventOut>) =
        out.events.drain(..).partition(|ev| ev.date == d);
    out.events = kept;
    for mut event in moved {
        event.value = value.to_string();
        let key = timeline_key(out, &event);
        let at = out
            .events
            .iter()
            .position(|ev| timeline_key(out, ev) > key)
            .unwrap_or(out.events.len());
        out.events.insert(at, event);
    }
}

/// The timeline's order: dated periods by last day, then length (finer first), then
/// position; events with no calendar value last, in text order.
fn timeline_key(out: &Annotations, event: &EventOut) -> (bool, i64, i64, usize) {
    let position = out.dates.get(event.date).map_or(usize::MAX, |d| d.start);
    match period_of(&event.value) {
        Some(p) => (false, p.last, p.last - p.first, position),
        None => (true, 0, 0, position),
    }
}
