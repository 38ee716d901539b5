//! Entities: the sample article's people, organisations, places and other names with their
//! roles (and nothing else), news formatting that trips taggers, and a golden file of the
//! sample's entities (`UPDATE_EXPECT=1` rewrites it).

use gloss::engine::entities::{extract, Entity, EntityType, Model};
use gloss::engine::text::analyze;

use crate::fixtures::shared_text;

fn entities(model: &Model, text: &str) -> Vec<Entity> {
    let found = extract(model, text, &analyze(text));
    for entity in &found {
        for span in &entity.mentions {
            assert!(
                text.get(span.range()).is_some(),
                "span {span:?} is not on char boundaries"
            );
        }
    }
    found
}

fn find<'a>(found: &'a [Entity], name: &str) -> Option<&'a Entity> {
    found.iter().find(|e| e.name == name)
}

fn render(text: &str, found: &[Entity]) -> String {
    let mut out = String::new();
    for e in found {
        let mentions: Vec<&str> = e.mentions.iter().map(|s| &text[s.range()]).collect();
        out.push_str(&format!(
            "{} | {} | roles: {} | mentions: {}\n",
            e.kind.label(),
            e.name,
            e.roles.join("; "),
            mentions.join(", ")
        ));
    }
    out
}

#[test]
fn the_sample_article_has_its_people_orgs_places_and_misc_and_nothing_else() {
    let Some(text) = shared_text("samples/pakistan-us-talks.txt") else {
        return;
    };
    let model = Model::builtin();
    let found = entities(&model, &text);
    let mut got: Vec<(EntityType, &str)> =
        found.iter().map(|e| (e.kind, e.name.as_str())).collect();
    got.sort();
    let mut expected = vec![
        (EntityType::Person, "Ishaq Dar"),
        (EntityType::Person, "Marco Rubio"),
        (EntityType::Person, "Tammy Bruce"),
        (EntityType::Person, "Donald Trump"),
        (EntityType::Org, "State Department"),
        (EntityType::Org, "Indian Air Force"),
        (EntityType::Org, "Pakistan Air Force"),
        (EntityType::Gpe, "Pakistan"),
        (EntityType::Gpe, "India"),
        (EntityType::Gpe, "U.S."),
        (EntityType::Gpe, "Washington"),
        (EntityType::Gpe, "Islamabad"),
        (EntityType::Gpe, "New Delhi"),
        (EntityType::Loc, "Kashmir"),
        (EntityType::Law, "Indus Waters Treaty"),
        (EntityType::Misc, "Nobel Peace Prize"),
        (EntityType::Product, "Rafale"),
        (EntityType::Norp, "Indian"),
    ];
    expected.sort();
    assert_eq!(got, expected, "\n{}", render(&text, &found));

    let roles = |name: &str| {
        find(&found, name)
            .map(|e| e.roles.clone())
            .unwrap_or_default()
    };
    assert_eq!(
        roles("Ishaq Dar"),
        vec!["Deputy Prime Minister and Foreign Minister"]
    );
    assert_eq!(roles("Marco Rubio"), vec!["U.S. Secretary of State"]);
    assert_eq!(
        roles("Tammy Bruce"),
        vec!["U.S. State Department spokesperson"]
    );
    assert_eq!(roles("Donald Trump"), vec!["President"]);

    let surfaces = |name: &str| -> Vec<&str> {
        find(&found, name).map_or(Vec::new(), |e| {
            e.mentions.iter().map(|s| &text[s.range()]).collect()
        })
    };
    assert_eq!(
        surfaces("Ishaq Dar"),
        vec!["Ishaq Dar", "Dar"],
        "possessive 's stays out"
    );
    assert!(
        surfaces("U.S.").contains(&"US"),
        "the headline's Pakistan-US names the U.S."
    );
    assert!(
        surfaces("Washington").contains(&"WASHINGTON"),
        "the dateline in capitals"
    );
    for e in &found {
        assert!(!e.why.is_empty(), "{} has no explanation", e.name);
    }
}

#[test]
fn the_sample_article_matches_its_golden_entities() {
    let Some(text) = shared_text("samples/pakistan-us-talks.txt") else {
        return;
    };
    let got = render(&text, &entities(&Model::builtin(), &text));
    crate::fixtures::check_golden("entities/pakistan-us-talks.entities", &got);
}

#[test]
fn acronyms_join_their_expansion_and_country_names_join() {
    let text = "The Pakistan Air Force said on Monday that its jets were ready. A PAF spokesman \
                later said the United States had been told. US officials agreed.";
    let found = entities(&Model::builtin(), text);
    let paf = find(&found, "Pakistan Air Force").expect("the air force");
    let surfaces: Vec<&str> = paf.mentions.iter().map(|s| &text[s.range()]).collect();
    assert_eq!(surfaces, vec!["Pakistan Air Force", "PAF"]);
    let us = find(&found, "United States").expect("the United States");
    assert_eq!(us.kind, EntityType::Gpe);
    assert_eq!(us.mentions.len(), 2);
}

#[test]
fn headlines_in_capitals_and_sentence_initial_names_are_found() {
    let text =
        "PAKISTAN AND INDIA AGREE TO TALKS\n\nMerkel said on Tuesday that Germany would help. \
                Trump's envoy flew to Berlin.";
    let found = entities(&Model::builtin(), text);
    let names: Vec<&str> = found.iter().map(|e| e.name.as_str()).collect();
    for expected in ["Pakistan", "India", "Merkel", "Germany", "Trump", "Berlin"] {
        assert!(
            names.contains(&expected),
            "{expected} missing from {names:?}"
        );
    }
    let trump = find(&found, "Trump").expect("Trump");
    assert_eq!(&text[trump.mentions[0].range()], "Trump");
    assert_eq!(trump.kind, EntityType::Person);
}

#[test]
fn two_people_sharing_a_surname_were_merged_into_one() {
    let text = "Michael Jackson denies the charges. Jackson was in court on Monday. His mother \
                Katherine Jackson said he was innocent. Gen Pervez Musharraf spoke. Pervez \
                Musharraf said more.";
    let found = entities(&Model::builtin(), text);
    let michael = find(&found, "Michael Jackson").expect("Michael Jackson");
    let surfaces: Vec<&str> = michael.mentions.iter().map(|s| &text[s.range()]).collect();
    assert_eq!(surfaces, vec!["Michael Jackson", "Jackson"]);
    let katherine = find(&found, "Katherine Jackson").expect("Katherine Jackson");
    assert_eq!(katherine.mentions.len(), 1);
    let musharraf: Vec<&Entity> = found
        .iter()
        .filter(|e| e.name.contains("Musharraf"))
        .collect();
    assert_eq!(musharraf.len(), 1, "{found:?}");
}

#[test]
fn a_peer_after_his_party_was_one_misc_name_with_it_and_is_known_by_his_title() {
    let text = "Former Labour MP Lord Janner, who is a high profile member of Britain's Jewish \
                community, branded Harry's actions \"stupid and evil\". Liberal Democrat peer \
                Lord Greaves said so too.";
    let found = entities(&Model::builtin(), text);
    let janner = find(&found, "Lord Janner").expect("Lord Janner");
    assert_eq!(janner.kind, EntityType::Person);
    assert_eq!(janner.roles, ["Former Labour MP"]);
    let greaves = find(&found, "Lord Greaves").expect("Lord Greaves");
    assert_eq!(greaves.roles, ["Liberal Democrat peer"]);
    assert!(
        found.iter().all(|e| !e.name.contains("MP Lord")),
        "{found:?}"
    );
    let offices = "The Lord Chief Justice met DR Congo's envoy.";
    let found = entities(&Model::builtin(), offices);
    assert!(
        found.iter().all(|e| e.kind != EntityType::Person),
        "{found:?}"
    );
}

#[test]
fn a_member_title_after_a_party_was_taken_into_its_name() {
    let text = "Veteran Labour MP Tam Dalyell spoke. Many Labour MPs and two Tory MPs agreed \
                on Veteran's Day.";
    let found = entities(&Model::builtin(), text);
    let names: Vec<&str> = found.iter().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"Labour"), "{names:?}");
    assert!(names.contains(&"Tam Dalyell"), "{names:?}");
    assert!(
        names
            .iter()
            .all(|n| !n.ends_with("MP") && !n.ends_with("MPs")),
        "{names:?}"
    );
    assert!(names.iter().all(|n| !n.starts_with('\'')), "{names:?}");
}

#[test]
fn a_hyphenated_adjective_was_taken_for_the_name() {
    let text = "The Montreal-based firm and Paris-based IEA hired an Oscar-nominated actor. \
                Tony Blair defended Blair-era policies.";
    let found = entities(&Model::builtin(), text);
    let montreal = find(&found, "Montreal").expect("Montreal");
    assert_eq!(montreal.kind, EntityType::Gpe);
    assert_eq!(text[montreal.mentions[0].range()].to_string(), "Montreal");
    assert!(find(&found, "Paris").is_some(), "{found:?}");
    assert!(find(&found, "IEA").is_some(), "{found:?}");
    assert!(find(&found, "Oscar").is_some(), "{found:?}");
    assert!(found.iter().all(|e| !e.name.contains('-')), "{found:?}");
    let blair: Vec<&Entity> = found.iter().filter(|e| e.name.contains("Blair")).collect();
    assert_eq!(blair.len(), 1, "{blair:?}");
}

#[test]
fn a_common_word_opening_its_sentence_was_taken_for_a_name() {
    let text = "Growth slowed to 0.3% in the quarter. Analysts expect growth to pick up. \
                Banks were more likely to worry, he said, as banks hold the cash.";
    let found = entities(&Model::builtin(), text);
    assert!(
        found
            .iter()
            .all(|e| e.name != "Growth" && e.name != "Banks"),
        "{found:?}"
    );
}

#[test]
fn an_amount_in_a_foreign_currency_was_taken_for_a_name() {
    let text = "Qantas made a profit of A$431m, and the prize was US$40,000.";
    let found = entities(&Model::builtin(), text);
    assert!(found.iter().all(|e| !e.name.contains('$')), "{found:?}");
}

#[test]
fn award_ceremonies_and_the_olympics_were_misc() {
    let text = "She won at the Brit Awards before the Oscars, and he ran at the Olympics.";
    let found = entities(&Model::builtin(), text);
    for name in ["Brit Awards", "Oscars", "Olympics"] {
        let event = find(&found, name).expect(name);
        assert_eq!(event.kind, EntityType::Event, "{name}");
    }
}

#[test]
fn a_title_alone_is_not_a_person() {
    let text = "The President said the Secretary of State would travel. The Minister agreed.";
    let found = entities(&Model::builtin(), text);
    assert!(
        found.iter().all(|e| e.kind != EntityType::Person),
        "{found:?}"
    );
}

#[test]
fn odd_and_long_inputs_do_not_panic() {
    let model = Model::builtin();
    let long = "Ishaq Dar met Marco Rubio in Washington. ".repeat(2000);
    let found = entities(&model, &long);
    assert_eq!(
        find(&found, "Ishaq Dar").map(|e| e.mentions.len()),
        Some(2000)
    );
    for text in [
        "",
        " ",
        "-",
        "'s",
        "U.S.-",
        "-US-",
        "A-B-C-D",
        "é’s",
        "\u{0}\u{301}Dar",
        "ＵＳ Pakistan-",
    ] {
        entities(&model, text);
    }
    entities(&model, &"x".repeat(100_000));
    entities(&model, &"Ab-".repeat(10_000));
}

#[test]
fn eval_ner_prints_json_fractions_and_writes_conlleval_lines() {
    let dir = std::env::temp_dir().join(format!("gloss-eval-ner-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let conll = "-DOCSTART- -X- O O\n\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\n\
                 visited VBD I-VP O\nGermany NNP I-NP I-LOC\n. . O O\n";
    let file = dir.join("tiny.conll");
    let predictions = dir.join("tiny.pred");
    std::fs::write(&file, conll).expect("write conll");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_gloss"))
        .args(["eval", "ner", "--json", "--predictions"])
        .arg(&predictions)
        .arg(&file)
        .output()
        .expect("run gloss");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("one JSON object");
    for field in ["precision", "recall", "f1"] {
        let v = json[field].as_f64().expect(field);
        assert!((0.0..=1.0).contains(&v), "{field} = {v}");
    }
    assert!(json["per_type"]["PER"]["f1"].as_f64().is_some());
    let lines = std::fs::read_to_string(&predictions).expect("predictions");
    assert!(lines.starts_with("Peter I-PER "), "{lines}");
    assert_eq!(lines.lines().filter(|l| !l.is_empty()).count(), 5);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_sentence_adverb_was_taken_into_a_name() {
    let text = "Andy Roddick lost in Memphis. However Roddick said he would be back.";
    let found = entities(&Model::builtin(), text);
    let roddick = find(&found, "Andy Roddick").expect("Andy Roddick");
    let surfaces: Vec<&str> = roddick.mentions.iter().map(|s| &text[s.range()]).collect();
    assert_eq!(surfaces, vec!["Andy Roddick", "Roddick"]);
}

#[test]
fn a_sentence_adverb_alone_was_taken_for_a_person() {
    let Some(text) = shared_text("data/news-articles/bbc/politics/089.txt") else {
        return;
    };
    let found = entities(&Model::builtin(), &text);
    assert!(find(&found, "However").is_none());
    assert!(find(&found, "David McLetchie").is_some());
}
