//! Named entities: mentions found by a trained tagger, typed finely, merged into one entity
//! per real thing, with the roles the article gives them.
//!
//! The stage runs: tokens → features ([`features`]) → BILOU tags ([`tagger`], weights from
//! [`model`]) → mentions → fine types ([`types`]) → entities ([`resolve`]) → roles
//! ([`roles`]). It never does IO: the model arrives as bytes.

mod codec;
mod company;
pub mod features;
mod hash;
pub mod lexicon;
pub mod model;
mod pipeline;
mod repeats;

mod resolve;
mod roles;
pub mod tagger;
mod tidy;
pub mod types;
mod works;

pub use model::Model;
pub use pipeline::tag_tokens;

use crate::engine::span::Span;
use crate::engine::text::Document;

/// The fine-grained entity types Gloss reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityType {
    /// People, real or fictional.
    Person,
    /// Companies, agencies, institutions, teams, parties.
    Org,
    /// Countries, cities, states: places with a government.
    Gpe,
    /// Other places: regions, rivers, mountains.
    Loc,
    /// Nationalities, religious and political groups.
    Norp,
    /// Buildings, airports, roads, bridges.
    Fac,
    /// Named events: wars, summits, games.
    Event,
    /// Named laws, treaties and acts.
    Law,
    /// Vehicles, weapons, devices and other products.
    Product,
    /// Books, films, songs and other titled works.
    Work,
    /// Any other named thing.
    Misc,
}

impl EntityType {
    /// The label used in `gloss/1` output.
    pub fn label(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Org => "ORG",
            EntityType::Gpe => "GPE",
            EntityType::Loc => "LOC",
            EntityType::Norp => "NORP",
            EntityType::Fac => "FAC",
            EntityType::Event => "EVENT",
            EntityType::Law => "LAW",
            EntityType::Product => "PRODUCT",
            EntityType::Work => "WORK",
            EntityType::Misc => "MISC",
        }
    }
}

/// One real thing the article names, with all its mentions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Its type.
    pub kind: EntityType,
    /// The canonical (fullest) name.
    pub name: String,
    /// Titles and descriptions the article gives it.
    pub roles: Vec<String>,
    /// Every mention, in text order.
    pub mentions: Vec<Span>,
    /// Why it got its type (features or rule ids), for `--explain`; empty from
    /// [`extract_with`] without explaining.
    pub why: String,
}

/// Magic bytes opening every entity model file.
pub const MAGIC: &[u8; 8] = b"GLOSSNER";

/// Finds the entities of the document, each with why it got its type.
pub fn extract(model: &Model, text: &str, doc: &Document) -> Vec<Entity> {
    pipeline::extract(model, text, doc, true)
}

/// Finds the entities of the document; without `explain`, [`Entity::why`] is left empty,
/// which saves the work of explaining when nobody reads it.
pub fn extract_with(model: &Model, text: &str, doc: &Document, explain: bool) -> Vec<Entity> {
    pipeline::extract(model, text, doc, explain)
}

/// The token ranges of every occurrence of `name` in `text`, as mention tokens, for tests of
/// the evidence readers.
#[cfg(test)]
fn mentions_of(text: &str, doc: &Document, name: &str) -> Vec<std::ops::Range<usize>> {
    text.match_indices(name)
        .map(|(at, _)| {
            let first = doc.tokens.partition_point(|t| t.span.start < at);
            let end = doc
                .tokens
                .partition_point(|t| t.span.end <= at + name.len());
            first..end
        })
        .collect()
}
