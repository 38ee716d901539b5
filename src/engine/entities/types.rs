//! Fine entity types from the tagger's coarse ones: gazetteers and head words decide
//! whether a location is a GPE, a facility or a plain place, and whether a MISC name is a
//! nationality, an event, a law, a product or a work.
//!
//! Every decision is a [`Rule`] with an id and a reason (shown by `--explain`). This module
//! does not find mentions: it types the ones the tagger found.

use super::lexicon::{GazList, Lexicon};
use super::tagger::Coarse;
use super::EntityType;

/// A typing rule: its id, what it concludes and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Stable id, e.g. `loc-gazetteer-country`.
    pub id: &'static str,
    /// The type it gives.
    pub kind: EntityType,
    /// Why, in words.
    pub reason: &'static str,
}

const fn rule(id: &'static str, kind: EntityType, reason: &'static str) -> Rule {
    Rule { id, kind, reason }
}

/// Last words that make a name a law or treaty.
const LAW_HEADS: &[&str] = &[
    "treaty",
    "act",
    "accord",
    "accords",
    "agreement",
    "convention",
    "law",
    "constitution",
    "charter",
    "protocol",
    "bill",
    "amendment",
    "code",
    "directive",
    "resolution",
];
/// Events known by one word.
const EVENT_NAMES: &[&str] = &[
    "olympics",
    "paralympics",
    "oscars",
    "baftas",
    "grammys",
    "emmys",
    "brits",
];

/// Whether the words name an event: an event head closing two words or more ("Brit
/// Awards", "World Cup"), or an event known by one word ("Oscars").
fn is_event(words: &[&str], last: &str) -> bool {
    EVENT_HEADS.contains(&last) && words.len() > 1
        || EVENT_NAMES.contains(&last) && words.len() == 1
}

/// Last words that make a name an event.
const EVENT_HEADS: &[&str] = &[
    "awards",
    "expo",
    "war",
    "summit",
    "games",
    "olympics",
    "cup",
    "championship",
    "championships",
    "election",
    "elections",
    "conference",
    "festival",
    "revolution",
    "crisis",
    "tournament",
    "open",
    "marathon",
    "grand prix",
    "world cup",
    "massacre",
    "uprising",
    "talks",
    "forum",
];
/// Last words that make a location a facility.
const FAC_HEADS: &[&str] = &[
    "airport",
    "bridge",
    "street",
    "road",
    "avenue",
    "stadium",
    "square",
    "hospital",
    "palace",
    "tower",
    "hall",
    "station",
    "prison",
    "dam",
    "highway",
    "building",
    "centre",
    "center",
    "cathedral",
    "mosque",
    "temple",
    "church",
    "port",
    "base",
    "park",
    "arena",
    "embassy",
];
/// Last words that make a location a natural or regional place, not a GPE.
const LOC_HEADS: &[&str] = &[
    "river",
    "mountains",
    "mountain",
    "sea",
    "ocean",
    "valley",
    "lake",
    "island",
    "islands",
    "gulf",
    "desert",
    "peninsula",
    "mount",
    "strait",
    "straits",
    "bay",
    "coast",
    "region",
    "basin",
    "plateau",
    "forest",
    "canal",
];
/// Lower-case words after a name that make it a product ("Rafale jets", "Boeing 737 planes").
const PRODUCT_NOUNS: &[&str] = &[
    "jet",
    "jets",
    "aircraft",
    "fighter",
    "fighters",
    "plane",
    "planes",
    "missile",
    "missiles",
    "drone",
    "drones",
    "tank",
    "tanks",
    "helicopter",
    "helicopters",
    "car",
    "cars",
    "phone",
    "phones",
    "smartphone",
    "smartphones",
    "console",
    "laptop",
    "laptops",
    "vaccine",
    "app",
    "software",
    "rifle",
    "rifles",
    "engine",
    "engines",
    "system",
    "systems",
];
/// Nationalities the country gazetteer lacks (nations inside states).
const NATIONS: &[&str] = &[
    "scottish",
    "scots",
    "welsh",
    "english",
    "irish",
    "northern irish",
    "catalan",
    "basque",
    "flemish",
    "kashmiri",
    "kashmiris",
    "tibetan",
    "tibetans",
    "palestinian",
    "kurd",
];

/// Religious and political groups (NORP beyond nationalities).
const GROUP_WORDS: &[&str] = &[
    "muslim",
    "muslims",
    "christian",
    "christians",
    "jewish",
    "jews",
    "jew",
    "hindu",
    "hindus",
    "sikh",
    "sikhs",
    "buddhist",
    "buddhists",
    "catholic",
    "catholics",
    "protestant",
    "protestants",
    "sunni",
    "sunnis",
    "shia",
    "shias",
    "shiite",
    "shiites",
    "islamic",
    "arab",
    "arabs",
    "democrat",
    "democrats",
    "republican",
    "republicans",
    "socialist",
    "socialists",
    "communist",
    "communists",
    "conservative",
    "conservatives",
    "labour",
    "liberal",
    "liberals",
    "tory",
    "tories",
    "kurdish",
    "kurds",
    "palestinians",
    "european",
    "europeans",
    "western",
    "latino",
    "hispanic",
    "african",
    "asian",
];

/// Last words that make a name an organisation, never a person's (in CoNLL-2003 train, one
/// gold person of 6,600 ends in one: "Domingo Hospital").
const ORG_HEADS: &[&str] = &[
    "labs",
    "laboratories",
    "pharmaceuticals",
    "pharma",
    "group",
    "holdings",
    "corp",
    "corporation",
    "inc",
    "ltd",
    "plc",
    "llc",
    "motors",
    "airlines",
    "airways",
    "bank",
    "bancorp",
    "energy",
    "networks",
    "systems",
    "technologies",
    "media",
    "communications",
    "entertainment",
    "industries",
    "partners",
    "capital",
    "securities",
    "insurance",
    "telecom",
    "telecommunications",
    "foods",
    "studios",
    "records",
    "foundation",
    "institute",
    "association",
    "council",
    "university",
    "college",
    "hospital",
    "party",
    "union",
    "ventures",
    "enterprises",
    "investments",
    "resources",
    "petroleum",
    "chemicals",
    "electronics",
    "software",
    "solutions",
    "services",
    "company",
];

/// Entity-level rules: `pipeline` applies them to a whole entity from what the article says
/// of a name that opens with no given name, after the vote of its mentions.
pub(super) const CONTEXT_COMPANY: Rule = rule(
    "per-context-org",
    EntityType::Org,
    "voted PER, but the article writes of a company (oil giant Yukos, Yukos said its)",
);
pub(super) const CONTEXT_WORK: Rule = rule(
    "context-work",
    EntityType::Work,
    "a noun only works take stands right before it (the film The Aviator)",
);
pub(super) const CONTEXT_BAND: Rule = rule(
    "context-band",
    EntityType::Org,
    "a noun only bands take stands right before it (the band Doves)",
);

pub(crate) const PERSON: Rule = rule("per", EntityType::Person, "tagged PER");
const PER_ORG: Rule = rule(
    "per-head-org",
    EntityType::Org,
    "tagged PER but ends in an organisation word (Labs, Pharmaceuticals, Group...)",
);
const ORG: Rule = rule("org", EntityType::Org, "tagged ORG");
const ORG_EVENT: Rule = rule(
    "org-head-event",
    EntityType::Event,
    "tagged ORG but ends in an event word (Games, Summit...)",
);
/// Whether a last word makes a name tagged ORG a place ("Gull Point", "Botany Bay"): a
/// geographic word, but not "forest", which ends club names ("Nottingham Forest"), nor
/// "mount", which opens names.
fn ends_in_place(last: &str) -> bool {
    last == "point" || (LOC_HEADS.contains(&last) && !matches!(last, "forest" | "mount"))
}

const ORG_PLACE_END: Rule = rule(
    "org-end-place",
    EntityType::Loc,
    "tagged ORG but ends in a geographic word (Point, Bay, Island...)",
);
const ORG_PLACE: Rule = rule(
    "org-head-place",
    EntityType::Loc,
    "tagged ORG but opens with a geographic word (River, Lake...)",
);
const ORG_LAW: Rule = rule(
    "org-head-law",
    EntityType::Law,
    "tagged ORG but ends in a law word (Treaty, Act...)",
);
const LOC_COUNTRY: Rule = rule(
    "loc-gazetteer-country",
    EntityType::Gpe,
    "a country in the gazetteer",
);
const LOC_CITY: Rule = rule(
    "loc-gazetteer-city",
    EntityType::Gpe,
    "a city or subdivision in the gazetteer",
);
const LOC_HEAD_FAC: Rule = rule(
    "loc-head-facility",
    EntityType::Fac,
    "ends in a facility word",
);
const LOC_HEAD_PLACE: Rule = rule(
    "loc-head-place",
    EntityType::Loc,
    "ends in a geographic word (river, sea, valley...)",
);
const LOC_CONTINENT: Rule = rule(
    "loc-gazetteer-continent",
    EntityType::Loc,
    "a continent or world region",
);
const LOC_DEFAULT: Rule = rule(
    "loc-default-gpe",
    EntityType::Gpe,
    "a single-word place not known as natural: likely a town or state",
);
const LOC_OTHER: Rule = rule("loc-other", EntityType::Loc, "a place not in the gazetteer");
const MISC_NATIONALITY: Rule = rule(
    "misc-nationality",
    EntityType::Norp,
    "a nationality or demonym in the gazetteer",
);
const MISC_GROUP: Rule = rule(
    "misc-group",
    EntityType::Norp,
    "a religious or political group",
);
const MISC_LAW: Rule = rule(
    "misc-head-law",
    EntityType::Law,
    "ends in a law word (Treaty, Act...)",
);
const MISC_EVENT: Rule = rule(
    "misc-head-event",
    EntityType::Event,
    "ends in an event word (War, Games...)",
);
const MISC_PRODUCT: Rule = rule(
    "misc-product-noun",
    EntityType::Product,
    "followed by a product noun (jets, phones...)",
);
const MISC_PLACE: Rule = rule(
    "misc-gazetteer-place",
    EntityType::Loc,
    "tagged MISC but the whole name is a continent or world region",
);
const MISC_OTHER: Rule = rule("misc", EntityType::Misc, "tagged MISC");

/// The fine type of a mention: `words` are its tokens, `next` the token after it.
pub fn fine_type(lexicon: &Lexicon, coarse: Coarse, words: &[&str], next: Option<&str>) -> Rule {
    let lowers: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let last = lowers.last().map_or("", String::as_str);
    let hit = lexicon.lookup(super::lexicon::phrase_hash(
        lowers.iter().map(String::as_str),
    ));
    let on = |list| hit.is_some_and(|h| h.has(list));
    match coarse {
        Coarse::Per if words.len() > 1 && ORG_HEADS.contains(&last) => PER_ORG,
        Coarse::Per => PERSON,
        Coarse::Org if LAW_HEADS.contains(&last) && words.len() > 2 => ORG_LAW,
        Coarse::Org if is_event(words, last) => ORG_EVENT,
        Coarse::Org
            if words.len() > 1
                && ends_in_place(last)
                && !lowers.iter().any(|w| ORG_HEADS.contains(&w.as_str())) =>
        {
            ORG_PLACE_END
        }
        Coarse::Org
            if lowers
                .first()
                .is_some_and(|w| LOC_HEADS.contains(&w.as_str())) =>
        {
            ORG_PLACE
        }
        Coarse::Org => ORG,
        Coarse::Loc => {
            if on(GazList::Country) {
                LOC_COUNTRY
            } else if FAC_HEADS.contains(&last) && words.len() > 1 {
                LOC_HEAD_FAC
            } else if LOC_HEADS.contains(&last)
                || lowers
                    .first()
                    .is_some_and(|w| LOC_HEADS.contains(&w.as_str()))
            {
                LOC_HEAD_PLACE
            } else if on(GazList::Continent) {
                LOC_CONTINENT
            } else if on(GazList::City) || on(GazList::Region) {
                LOC_CITY
            } else if words.len() == 1 {
                LOC_DEFAULT
            } else {
                LOC_OTHER
            }
        }
        Coarse::Misc => {
            let next = next.map(str::to_lowercase);
            if on(GazList::Nationality) || NATIONS.contains(&lowers.join(" ").as_str()) {
                MISC_NATIONALITY
            } else if on(GazList::Continent) {
                MISC_PLACE
            } else if words.len() == 1 && GROUP_WORDS.contains(&last) {
                MISC_GROUP
            } else if LAW_HEADS.contains(&last) && words.len() > 1 {
                MISC_LAW
            } else if is_event(words, last) {
                MISC_EVENT
            } else if next.is_some_and(|n| PRODUCT_NOUNS.contains(&n.as_str())) {
                MISC_PRODUCT
            } else {
                MISC_OTHER
            }
        }
    }
}

/// The CoNLL type a fine type is scored as.
pub fn coarse_of(kind: EntityType) -> Coarse {
    match kind {
        EntityType::Person => Coarse::Per,
        EntityType::Org => Coarse::Org,
        EntityType::Gpe | EntityType::Loc | EntityType::Fac => Coarse::Loc,
        _ => Coarse::Misc,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn head_words_type_misc_names() {
        let lexicon = Lexicon::default();
        let ty = |words: &[&str], next| fine_type(&lexicon, Coarse::Misc, words, next).kind;
        assert_eq!(ty(&["Indus", "Waters", "Treaty"], None), EntityType::Law);
        assert_eq!(ty(&["Rafale"], Some("jets")), EntityType::Product);
        assert_eq!(ty(&["Muslims"], None), EntityType::Norp);
        assert_eq!(ty(&["Nobel", "Peace", "Prize"], None), EntityType::Misc);
        assert_eq!(ty(&["Olympic", "Games"], None), EntityType::Event);
    }

    #[test]
    fn a_company_name_tagged_as_a_person_is_an_organisation() {
        let lexicon = Lexicon::default();
        let ty = |words: &[&str]| fine_type(&lexicon, Coarse::Per, words, None).kind;
        assert_eq!(ty(&["Teva", "Pharmaceuticals"]), EntityType::Org);
        assert_eq!(ty(&["Eon", "Labs"]), EntityType::Org);
        assert_eq!(ty(&["Birgit", "Kuhlhoff"]), EntityType::Person);
        assert_eq!(ty(&["Group"]), EntityType::Person);
    }

    #[test]
    fn an_organisation_ending_in_a_geographic_word_is_a_place() {
        let lexicon = Lexicon::default();
        let ty = |words: &[&str]| fine_type(&lexicon, Coarse::Org, words, None).kind;
        assert_eq!(ty(&["Gull", "Point"]), EntityType::Loc);
        assert_eq!(ty(&["Botany", "Bay"]), EntityType::Loc);
        assert_eq!(ty(&["Nottingham", "Forest"]), EntityType::Org);
        assert_eq!(ty(&["Point"]), EntityType::Org);
        assert_eq!(
            ty(&["University", "of", "the", "Highlands", "and", "Islands"]),
            EntityType::Org
        );
    }

    #[test]
    fn places_split_into_gpe_loc_fac() {
        let lexicon = Lexicon::default();
        let ty = |words: &[&str]| fine_type(&lexicon, Coarse::Loc, words, None).kind;
        assert_eq!(ty(&["Jinnah", "International", "Airport"]), EntityType::Fac);
        assert_eq!(ty(&["Indus", "River"]), EntityType::Loc);
        assert_eq!(ty(&["Lahore"]), EntityType::Gpe);
    }

    #[test]
    fn fine_types_map_back_to_conll() {
        assert_eq!(coarse_of(EntityType::Fac), Coarse::Loc);
        assert_eq!(coarse_of(EntityType::Norp), Coarse::Misc);
        assert_eq!(coarse_of(EntityType::Person), Coarse::Per);
    }
}
