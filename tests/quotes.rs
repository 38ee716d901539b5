//! Quotes and their speakers: every attribution order and mark style, apostrophes that must
//! not open quotes, quotes over several paragraphs, broken marks, a 1 MB input, linking
//! speakers to hand-built entities, and the sample article's golden file
//! (`UPDATE_EXPECT=1` rewrites it).

use gloss::engine::entities::{Entity, EntityType};
use gloss::engine::quotes::{extract, Quote, QuoteKind};
use gloss::engine::span::Span;
use gloss::engine::text::analyze;
use gloss::engine::{annotate, Options};

use crate::fixtures::shared_text;

// Regression tests, each named after what broke.
mod regressions;

/// A quote as the tests read it: surfaces instead of spans.
#[derive(Debug, PartialEq, Eq)]
struct Seen<'a> {
    text: &'a str,
    kind: QuoteKind,
    speaker: Option<&'a str>,
    cue: Option<&'a str>,
}

fn quotes_with(text: &str, entities: &[Entity]) -> Vec<Quote> {
    let found = extract(text, &analyze(text), entities);
    for q in &found {
        for span in [Some(q.span), q.speaker, q.cue].into_iter().flatten() {
            assert!(
                text.get(span.range()).is_some(),
                "span {span:?} is on char boundaries"
            );
        }
    }
    found
}

fn seen(text: &str) -> Vec<Seen<'_>> {
    quotes_with(text, &[])
        .into_iter()
        .map(|q| Seen {
            text: &text[q.span.range()],
            kind: q.kind,
            speaker: q.speaker.map(|s| &text[s.range()]),
            cue: q.cue.map(|s| &text[s.range()]),
        })
        .collect()
}

fn marked(text: &str) -> Vec<Seen<'_>> {
    seen(text)
        .into_iter()
        .filter(|q| q.kind != QuoteKind::Indirect)
        .collect()
}

/// The speaker mention of each marked quote, through the whole engine: entity mentions
/// bear on which subjects may speak.
fn annotated_speakers(text: &str) -> Vec<Option<String>> {
    annotate(text, &Options::default())
        .quotes
        .into_iter()
        .filter(|q| q.kind != QuoteKind::Indirect.label())
        .map(|q| q.speaker.map(|s| s.text))
        .collect()
}

fn direct<'a>(text: &'a str, speaker: &'a str, cue: &'a str) -> Seen<'a> {
    Seen {
        text,
        kind: QuoteKind::Direct,
        speaker: Some(speaker),
        cue: Some(cue),
    }
}

#[test]
fn quote_then_source_then_cue() {
    let text = "“We will win the vote,” he said.";
    assert_eq!(
        marked(text),
        [direct("“We will win the vote,”", "he", "said")]
    );
}

#[test]
fn quote_then_cue_then_source() {
    let text = "“We will win the vote,” said Sen. Ted Cruz.";
    assert_eq!(
        marked(text),
        [direct("“We will win the vote,”", "Sen. Ted Cruz", "said")]
    );
}

#[test]
fn source_and_cue_then_colon_and_quote() {
    let text = "The minister told reporters: “Talks will resume in July.”";
    assert_eq!(
        marked(text),
        [direct(
            "“Talks will resume in July.”",
            "The minister",
            "told"
        )]
    );
}

#[test]
fn source_then_participle_cue_then_quote() {
    let text = "Bruce gave a reserved response, saying: “We look forward to the talks.”";
    assert_eq!(
        marked(text),
        [direct("“We look forward to the talks.”", "Bruce", "saying")]
    );
}

#[test]
fn a_quote_interrupted_by_its_attribution_is_two_quotes_with_one_speaker() {
    let text = "“We will talk,” Dar said, “and we will listen to every side.”";
    assert_eq!(
        marked(text),
        [
            direct("“We will talk,”", "Dar", "said"),
            direct("“and we will listen to every side.”", "Dar", "said"),
        ]
    );
}

#[test]
fn according_to_before_and_after_a_quote() {
    let before = "According to the ministry, “the talks were productive and frank.”";
    let after = "“The talks were productive and frank,” according to the ministry.";
    for text in [before, after] {
        let found = marked(text);
        assert_eq!(found.len(), 1, "{text}");
        assert_eq!(found[0].speaker, Some("the ministry"), "{text}");
        assert_eq!(
            found[0].cue.map(str::to_lowercase).as_deref(),
            Some("according to")
        );
    }
}

#[test]
fn a_speaker_named_in_the_previous_paragraph_speaks_the_next_one() {
    let text = "Bruce gave a reserved response, saying:\n\n“We have Pakistan here for a bilat.”";
    assert_eq!(
        marked(text),
        [direct(
            "“We have Pakistan here for a bilat.”",
            "Bruce",
            "saying"
        )]
    );
}

#[test]
fn a_relative_clause_closed_before_the_cue_gives_way_to_its_antecedent() {
    let text = "Sanders, who has represented Vermont for decades, called the economy “rigged to the core.”";
    let found = marked(text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].speaker, Some("Sanders"));
}

#[test]
fn a_relative_clause_holding_the_cue_keeps_who_as_speaker() {
    let text = "Beck, who described Trump as “a narcissist” on air, spoke next.";
    let found = marked(text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].speaker, Some("who"));
}

#[test]
fn a_quote_standing_alone_after_a_sentence_about_someone_is_theirs() {
    let text =
        "Buddy Valastro spent the whole day beside the governor.\n\n“We need someone who gets things done.”";
    assert_eq!(
        annotated_speakers(text),
        [Some("Buddy Valastro".to_string())]
    );
}

#[test]
fn a_quote_standing_alone_after_a_sentence_about_it_has_no_speaker() {
    let text = "It was a long day in the capital.\n\n“We need someone who gets things done.”";
    let found = marked(text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].speaker, None);
}

#[test]
fn a_source_closing_the_sentence_outranks_the_subject_before_an_embedded_quote() {
    let text = "The rejection of the treaty signals “the beginning of the end” for the EU, said Geert Wilders.";
    let found = marked(text);
    assert_eq!(found.len(), 1);
    assert_eq!(
        (found[0].speaker, found[0].cue),
        (Some("Geert Wilders"), Some("said"))
    );
}

#[test]
fn a_cue_without_a_source_gives_way_to_a_colon_naming_one() {
    let text = "Asked which county was his favorite, he demurred: “Whichever one I’m in.”";
    let found = marked(text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].speaker, Some("he"));
}

#[test]
fn a_quote_after_an_attributed_quote_continues_it() {
    let text = "“We will win,” Trump said. “Believe me, we will win big.”";
    let found = marked(text);
    assert_eq!(found.len(), 2);
    assert_eq!(
        (found[1].speaker, found[1].cue),
        (Some("Trump"), Some("said"))
    );
}

#[test]
fn a_quote_ending_its_sentence_takes_the_source_of_the_next() {
    let text = "Nobody expected it.\n\n“This is a scandal.” Smith said so on Monday.";
    let found = marked(text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].speaker, Some("Smith"));
}

#[test]
fn a_quote_on_its_own_line_signed_with_a_dash_and_a_name_was_unattributed() {
    let text = "“He represents our greatest shame.” ― Sonya Herridge\n“He is ignorant of our culture.”― Pamela Padilla.\n\nRajoy insisted his party was \"still the No. 1 force.\"--Kim Hjelmgaard.";
    let found = marked(text);
    assert_eq!(
        found[..2],
        [
            direct("“He represents our greatest shame.”", "Sonya Herridge", "―"),
            direct("“He is ignorant of our culture.”", "Pamela Padilla", "―"),
        ]
    );
    assert_eq!(
        found[2].speaker,
        Some("Rajoy"),
        "a byline after a quote inside a sentence signs nothing"
    );
}

#[test]
fn a_speaker_reported_by_an_outer_speech_verb_took_the_quote_from_its_reporter() {
    let text = "Lynch said she recalled thinking, “This is what people have talked about.”";
    assert_eq!(
        marked(text),
        [direct(
            "“This is what people have talked about.”",
            "Lynch",
            "said"
        )]
    );
}

#[test]
fn a_show_named_after_its_network_was_a_direct_quote() {
    let text = "“Donald Trump is a fraud,” Perez said Sunday on NBC's “Meet the Press.” The “Avatar” star posted a message about the documentary “13th.”";
    let found = marked(text);
    assert_eq!(
        found[0],
        direct("“Donald Trump is a fraud,”", "Perez", "said")
    );
    for title in ["“Meet the Press.”", "“Avatar”", "“13th.”"] {
        let quote = found.iter().find(|q| q.text == title).expect(title);
        assert_eq!(
            (quote.kind, quote.speaker),
            (QuoteKind::Scare, None),
            "{title}"
        );
    }
}

#[test]
fn a_nickname_inside_a_name_was_a_quote_and_hid_the_source() {
    let text = "“The nation is watching,” Rep. Marcia “Cia” Price shouted to the crowd.";
    let found = marked(text);
    assert_eq!(
        found[0],
        direct("“The nation is watching,”", "Rep. Marcia", "shouted")
    );
    assert_eq!((found[1].text, found[1].kind), ("“Cia”", QuoteKind::Scare));
}

#[test]
fn speech_reported_through_an_according_to_source_was_given_to_the_inner_speaker() {
    let text = "“I ask you not to protest,” Sanders said, according to CNN. “It matters.”\n\nAccording to ProPublica, Clinton praised her “wonderful donors” in the audience.";
    let found = marked(text);
    assert_eq!(
        found[0],
        direct("“I ask you not to protest,”", "CNN", "according to")
    );
    assert_eq!(found[1].speaker, Some("CNN"), "the quote continuing it");
    let donors = found
        .iter()
        .find(|q| q.text == "“wonderful donors”")
        .unwrap();
    assert_eq!(
        (donors.speaker, donors.cue),
        (Some("ProPublica"), Some("According to"))
    );
}

#[test]
fn a_term_someone_used_was_a_scare_quote_of_nobody() {
    let text = "Trump has used the phrase “Islamic terrorism” often in his campaign.";
    let found = marked(text);
    assert_eq!(found.len(), 1);
    assert_ne!(found[0].kind, QuoteKind::Scare);
    assert_eq!(found[0].speaker, Some("Trump"));
}

#[test]
fn a_lone_determiner_as_source_left_the_quote_unattributed() {
    let text = "One user was angry. Another said, “Rubio is in a five-person battle.”";
    assert_eq!(
        marked(text),
        [direct(
            "“Rubio is in a five-person battle.”",
            "Another",
            "said"
        )]
    );
}

#[test]
fn a_pronoun_in_what_he_called_took_the_quote_from_the_sentence_subject() {
    let text =
        "Secretary General Ban Ki-moon condemned what he called a “brazen breach” of resolutions.";
    let found = marked(text);
    assert_eq!(found[0].speaker, Some("Secretary General Ban Ki-moon"));
    assert_eq!(found[0].cue, Some("called"));
}

#[test]
fn an_abbreviated_state_after_the_source_ended_its_sentence() {
    let text = "“Let me make it clear,” Senate Majority Leader Mitch McConnell, R-Ky., said.";
    assert_eq!(
        marked(text),
        [direct(
            "“Let me make it clear,”",
            "Senate Majority Leader Mitch McConnell",
            "said"
        )]
    );
}

#[test]
fn every_mark_style_delimits_quotes() {
    for (text, quote) in [
        (r#"He said, "The vote is over.""#, r#""The vote is over.""#),
        ("He said, “The vote is over.”", "“The vote is over.”"),
        ("He said, « The vote is over. »", "« The vote is over. »"),
        ("He said, ‘The vote is over.’", "‘The vote is over.’"),
        ("He said, 'The vote is over.'", "'The vote is over.'"),
        ("He said, ''The vote is over.''", "''The vote is over.''"),
    ] {
        assert_eq!(marked(text), [direct(quote, "He", "said")], "{text}");
    }
}

#[test]
fn apostrophes_never_open_quotes() {
    for text in [
        "Officials don't expect a deal.",
        "It was like the '90s again.",
        "Pakistan's minister and Pakistan’s envoy met.",
        "The officials’ view and the officials' view differ.",
        "Rock ’n’ roll aside, nothing happened.",
        "Trump‘s comments drew criticism.",
    ] {
        assert_eq!(marked(text), [], "{text}");
    }
}

#[test]
fn a_nested_quote_lies_inside_its_quote() {
    let text = "“He told me ‘never again’ last year,” she said.";
    let found = marked(text);
    assert_eq!(
        found[0],
        direct("“He told me ‘never again’ last year,”", "she", "said")
    );
    assert_eq!(found[1].text, "‘never again’");
}

#[test]
fn a_transcript_quoted_paragraph_by_paragraph_is_its_labelled_speakers() {
    let text = "Partial transcript as follows:\n\n\"WALLACE: Will she be there?\n\n\"PENCE: She will not.\n\n\"But the truth is simple.\n\n\"VIDEO: Crowds cheer.\"";
    let speakers: Vec<(Option<&str>, Option<&str>)> =
        marked(text).iter().map(|q| (q.speaker, q.cue)).collect();
    assert_eq!(
        speakers,
        [
            (Some("WALLACE"), Some(":")),
            (Some("PENCE"), Some(":")),
            (Some("PENCE"), Some(":")),
            (None, Some(":")),
        ]
    );
}

#[test]
fn a_transcript_label_links_to_the_person_of_that_surname() {
    let text = "Mike Pence met Chris Wallace.\n\n\"PENCE: We will win.\"";
    let found = annotate(text, &Options::default());
    let entity = found.quotes[0]
        .entity
        .map(|id| found.entities[id].name.as_str());
    assert_eq!(entity, Some("Mike Pence"));
}

#[test]
fn a_quote_over_several_paragraphs_is_one_quote_per_paragraph_with_one_speaker() {
    let text =
        "“We came here to talk.\n\n“We stayed to listen.\n\n“And we will come back,” Dar said.";
    let found = marked(text);
    let texts: Vec<&str> = found.iter().map(|q| q.text).collect();
    assert_eq!(
        texts,
        [
            "“We came here to talk.",
            "“We stayed to listen.",
            "“And we will come back,”"
        ]
    );
    assert!(found.iter().all(|q| q.speaker == Some("Dar")), "{found:?}");
}

#[test]
fn an_unclosed_quote_at_the_end_of_the_text_runs_to_its_end() {
    let text = "The talks ended.\n\n“We will return next month and";
    assert_eq!(marked(text)[0].text, "“We will return next month and");
}

#[test]
fn a_stray_mark_does_not_swallow_the_rest_of_the_article() {
    let text =
        "A 12\" pipe and a stray “ mark.\n\nLater, Dar said: “We are ready.”\n\n“Fine,” she said.";
    let texts: Vec<&str> = marked(text).iter().map(|q| q.text).collect();
    assert_eq!(texts, ["“We are ready.”", "“Fine,”"]);
}

#[test]
fn a_quoted_fragment_in_reported_speech_is_partial() {
    let text = "Trump called the deal “a total disaster” on Monday.";
    let found = marked(text);
    assert_eq!(found[0].kind, QuoteKind::Partial);
    assert_eq!(
        (found[0].speaker, found[0].cue),
        (Some("Trump"), Some("called"))
    );
}

#[test]
fn a_so_called_term_is_a_scare_quote() {
    let text = "The army claimed to hit so-called “terrorist infrastructure.”";
    assert_eq!(marked(text)[0].kind, QuoteKind::Scare);
}

#[test]
fn the_so_called_phrase_opening_a_sentence_was_taken_for_the_speaker() {
    let text = "The so-called “peace plan” was everywhere.";
    let found = marked(text);
    assert_eq!(found[0].kind, QuoteKind::Scare);
    assert_eq!(found[0].speaker, None);
}

#[test]
fn a_short_term_nobody_says_is_a_scare_quote_without_speaker() {
    let text = "The “reset” never came.";
    let found = marked(text);
    assert_eq!(found[0].kind, QuoteKind::Scare);
    assert_eq!(found[0].speaker, None);
}

#[test]
fn reported_speech_without_marks_is_indirect() {
    for (text, content, speaker) in [
        (
            "Sources say the agenda will include trade.",
            "the agenda will include trade",
            "Sources",
        ),
        (
            "Dar said that the talks would resume soon.",
            "the talks would resume soon",
            "Dar",
        ),
        (
            "According to officials, the talks will resume in July.",
            "the talks will resume in July",
            "officials",
        ),
    ] {
        let found = seen(text);
        assert_eq!(found.len(), 1, "{text}");
        assert_eq!(found[0].kind, QuoteKind::Indirect);
        assert_eq!((found[0].text, found[0].speaker), (content, Some(speaker)));
    }
}

#[test]
fn a_megabyte_of_quote_marks_is_read_to_the_end() {
    let unit = "“Yes,” he said. ‘No’ don't 'x \" „ « » ’ ‘ “ the '90s ”\n\n";
    let text = unit.repeat(1_000_000 / unit.len() + 1);
    let found = quotes_with(&text, &[]);
    assert!(found.len() > 10_000);
    let last = found.last().expect("quotes");
    assert!(
        last.span.start > text.len() - 2 * unit.len(),
        "quotes found up to the end"
    );
}

fn entity(kind: EntityType, name: &str, roles: &[&str], mentions: Vec<Span>) -> Entity {
    Entity {
        kind,
        name: name.to_string(),
        roles: roles.iter().map(|r| r.to_string()).collect(),
        mentions,
        why: String::new(),
    }
}

fn spans_of(text: &str, surface: &str) -> Vec<Span> {
    text.match_indices(surface)
        .map(|(at, s)| Span::new(at, at + s.len()))
        .collect()
}

#[test]
fn speakers_link_to_entities_by_name_pronoun_and_role() {
    let text = "Spokesperson Tammy Bruce met Ishaq Dar.\n\n\
        “We have Pakistan here,” Bruce said.\n\n\
        “We are ready,” he said.\n\n\
        “The talks went well,” the spokesperson said.\n\n\
        “Nothing is agreed,” officials said.";
    let mut bruce = spans_of(text, "Tammy Bruce");
    bruce.extend(
        spans_of(text, "Bruce said")
            .iter()
            .map(|s| Span::new(s.start, s.start + 5)),
    );
    let entities = [
        entity(
            EntityType::Person,
            "Tammy Bruce",
            &["State Department spokesperson"],
            bruce,
        ),
        entity(
            EntityType::Person,
            "Ishaq Dar",
            &["Foreign Minister"],
            spans_of(text, "Ishaq Dar"),
        ),
    ];
    let found = quotes_with(text, &entities);
    let linked: Vec<(&str, Option<usize>)> = found
        .iter()
        .map(|q| (&text[q.speaker.expect("speaker").range()], q.entity))
        .collect();
    assert_eq!(
        linked,
        [
            ("Bruce", Some(0)),
            ("he", Some(0)),
            ("the spokesperson", Some(0)),
            ("officials", None)
        ]
    );
}

#[test]
fn the_sample_article_quotes_bruce_and_scare_quotes_the_indian_claim() {
    let Some(text) = shared_text("samples/pakistan-us-talks.txt") else {
        return;
    };
    let bruce = spans_of(&text, "Tammy Bruce")
        .into_iter()
        .chain(
            spans_of(&text, "—Bruce")
                .iter()
                .map(|s| Span::new(s.end - 5, s.end)),
        )
        .collect();
    let entities = [entity(
        EntityType::Person,
        "Tammy Bruce",
        &["spokesperson"],
        bruce,
    )];
    let found = quotes_with(&text, &entities);
    let of = |prefix: &str| {
        found
            .iter()
            .find(|q| text[q.span.range()].starts_with(prefix))
            .unwrap_or_else(|| panic!("a quote starting {prefix}"))
    };
    let we_have = of("“We have Pakistan");
    assert_eq!(we_have.kind, QuoteKind::Direct);
    assert_eq!(we_have.speaker.map(|s| &text[s.range()]), Some("Bruce"));
    assert_eq!(we_have.entity, Some(0));
    let scare = of("“terrorist infrastructure");
    assert!(matches!(scare.kind, QuoteKind::Scare | QuoteKind::Partial));
    assert_eq!(
        scare.entity, None,
        "the claim is the Indian side's, not a person's"
    );
    assert_eq!(scare.cue.map(|s| &text[s.range()]), Some("claiming"));
    let sources = of("the agenda will include");
    assert_eq!(sources.kind, QuoteKind::Indirect);
    assert_eq!(sources.speaker.map(|s| &text[s.range()]), Some("Sources"));
    assert_golden(&text, &found);
}

/// One line per quote: code points, kind, rule, speaker, cue and an excerpt.
fn render(text: &str, found: &[Quote]) -> String {
    let chars = |byte: usize| text[..byte].chars().count();
    let surface = |span: Option<Span>| span.map_or("-", |s| &text[s.range()]).to_string();
    found
        .iter()
        .map(|q| {
            let words: Vec<&str> = text[q.span.range()].split_whitespace().collect();
            let excerpt = if words.len() > 8 {
                format!(
                    "{} … {}",
                    words[..4].join(" "),
                    words[words.len() - 2..].join(" ")
                )
            } else {
                words.join(" ")
            };
            format!(
                "{}..{} {} {} speaker={} cue={} entity={:?} {}\n",
                chars(q.span.start),
                chars(q.span.end),
                q.kind.label(),
                q.rule,
                surface(q.speaker),
                surface(q.cue),
                q.entity,
                excerpt
            )
        })
        .collect()
}

fn assert_golden(text: &str, found: &[Quote]) {
    let got = render(text, found);
    crate::fixtures::check_golden("quotes/pakistan-us-talks.quotes", &got);
}
