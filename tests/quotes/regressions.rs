//! Quote regressions found on PolNeAR's train split, each test named after what broke:
//! marks that opened or closed nothing, cues and sources taken from the wrong words, kinds
//! given to headings and titles. The attribution orders and mark styles themselves are
//! tested in the parent module.

use gloss::engine::quotes::QuoteKind;
use gloss::engine::{annotate, Options};

use super::{annotated_speakers, direct, marked};

#[test]
fn a_closing_mark_opening_a_paragraph_opened_nothing() {
    let text = "She was critical.\n\n” … they are so not like him,” she said in December.";
    assert_eq!(
        marked(text),
        [direct("” … they are so not like him,”", "she", "said")]
    );
}

#[test]
fn an_opening_mark_spaced_off_its_words_opened_nothing() {
    let text = "As Politico reported, “ … Trump would win, and handily.”";
    let found = marked(text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].text, "“ … Trump would win, and handily.”");
    assert_eq!(found[0].speaker, Some("Politico"));
}

#[test]
fn a_stray_opener_nested_the_quotes_after_it() {
    let text = "A stray “ mark. “We will win,” Dar said. “And soon.”\n\nNothing else.";
    let texts: Vec<(&str, Option<&str>)> =
        marked(text).iter().map(|q| (q.text, q.speaker)).collect();
    assert_eq!(
        texts,
        [
            ("“We will win,”", Some("Dar")),
            ("“And soon.”", Some("Dar"))
        ]
    );
}

#[test]
fn a_quote_in_capitals_alone_on_its_line_was_taken_for_the_previous_speaker() {
    let text = "“We will stay,” the spokesman said.\n“DIVISIVE, STUPID AND WRONG”\nHe left.";
    let found = marked(text);
    assert_eq!(found[1].text, "“DIVISIVE, STUPID AND WRONG”");
    assert_eq!(found[1].kind, QuoteKind::Scare);
    assert_eq!(found[1].speaker, None);
    let crosstalk = "“I will win,” he said.\n\n\"(CROSSTALK.)\n\n\"We agree.\"";
    assert_eq!(marked(crosstalk)[1].kind, QuoteKind::Scare);
}

#[test]
fn a_plural_noun_after_a_determiner_was_taken_for_a_cue() {
    let text = "Wasserman Schultz said in her opening remarks that they were “stalwart allies.”";
    let found = marked(text);
    assert_eq!(
        (found[0].speaker, found[0].cue),
        (Some("Wasserman Schultz"), Some("said"))
    );
}

#[test]
fn an_attribution_closing_the_sentence_before_an_apposition_was_missed() {
    let text = "\"It seems extremely unlikely\" that Sanders can catch Clinton, said Steve \
                Elmendorf, deputy campaign manager for John Kerry.";
    let found = marked(text);
    assert_eq!(
        (found[0].speaker, found[0].cue),
        (Some("Steve Elmendorf"), Some("said"))
    );
}

#[test]
fn the_cue_of_an_attribution_closing_the_sentence_was_taken_for_an_outer_report() {
    let text = "That would create a \"summer of agony\" for Clinton before the convention, \
                forcing her to fend off Trump, said Brad Bannon, a Democratic pollster.";
    let found = marked(text);
    assert_eq!(
        (found[0].kind, found[0].speaker),
        (QuoteKind::Partial, Some("Brad Bannon"))
    );
}

#[test]
fn a_comma_after_a_cue_far_from_its_source_is_no_apposition() {
    let text = "The front-runner complained that the contest had been \"rigged\" against him, \
                a charge that party leaders strongly denied, noting that the rules were old.";
    assert_eq!(marked(text)[0].speaker, Some("The front-runner"));
}

#[test]
fn a_title_one_word_before_a_noun_for_a_work_was_taken_for_someones_words() {
    for text in [
        "Al Sharpton took calls from listeners to his \"Keepin' It Real\" radio program.",
        "The offices were used for \"The Apprentice\" TV show, which starred Trump.",
    ] {
        assert_eq!(marked(text)[0].kind, QuoteKind::Scare, "{text}");
    }
}

#[test]
fn a_participle_opening_its_sentence_found_no_speaker() {
    let text = "Acknowledging that Trump “says a lot of stupid stuff,” though, Allen did \
                suggest that his wealth helps.";
    let found = marked(text);
    assert_eq!(
        (found[0].speaker, found[0].cue),
        (Some("Allen"), Some("Acknowledging"))
    );
}

#[test]
fn a_straight_mark_spaced_off_the_quote_it_closes_closed_nothing() {
    let text = "\"I think it's a disgrace that he is doing this, \" Trump said. Then came \
                \"Lyin' \" Ted Cruz.";
    let found = marked(text);
    assert_eq!(
        found[0],
        direct(
            "\"I think it's a disgrace that he is doing this, \"",
            "Trump",
            "said"
        )
    );
    assert_eq!(found[1].text, "\"Lyin' \"");
}

#[test]
fn a_quote_left_unclosed_to_the_end_of_its_paragraph_was_dropped() {
    let text = "“It was fine,” said Baron. “His candidacy defied all conventions.\n\nHe \
                continued at length.";
    let found = marked(text);
    assert_eq!(
        found[1],
        direct("“His candidacy defied all conventions.", "Baron", "said")
    );
}

#[test]
fn a_sentence_adverb_was_taken_for_the_subject() {
    let text = "Maybe he figures that a second gig on “Saturday Night Live” was a reward.";
    assert_eq!(marked(text)[0].speaker, Some("he"));
}

#[test]
fn less_common_speech_verbs_are_cues() {
    for (text, cue) in [
        ("“This is fantastic!” beamed Donald Hartley.", "beamed"),
        (
            "\"Leave your weapons at home,\" opined the Plain Dealer.",
            "opined",
        ),
        ("“Who will pay?” he exclaimed.", "exclaimed"),
    ] {
        assert_eq!(marked(text)[0].cue, Some(cue), "{text}");
    }
}

#[test]
fn a_participle_after_with_and_a_source_was_given_the_clause_subject() {
    let text = "Republicans were quick to chime in, with Donald Trump tweeting that it was a \
                \"disaster\" for Clinton.";
    let found = marked(text);
    assert_eq!(
        (found[0].speaker, found[0].cue),
        (Some("Donald Trump"), Some("tweeting"))
    );
}

#[test]
fn a_verb_phrase_was_taken_for_the_subject_of_a_participle() {
    let text = "Tracy Martin, Trayvon's father, issued a statement Thursday, saying the \
                foundation \"has no comment on the actions of that person.\"";
    assert_eq!(marked(text)[0].speaker, Some("Trayvon's father"));
}

#[test]
fn a_participle_after_the_quote_was_taken_for_its_source() {
    let text = "Miller called the plan the “best of both worlds,” giving states more power.";
    let found = marked(text);
    assert_eq!(
        (found[0].speaker, found[0].cue),
        (Some("Miller"), Some("called"))
    );
}

#[test]
fn a_name_signing_a_quote_from_the_line_below_was_missed() {
    for (text, name) in [
        (
            "\"It needs to stop.\"\n\n-Michelle Marks, Philadelphia.",
            "Michelle Marks",
        ),
        (
            "\"Wealth goes to the top 1 percent.\"\n\n- Bernie Sanders.",
            "Bernie Sanders",
        ),
    ] {
        assert_eq!(marked(text)[0].speaker, Some(name), "{text}");
    }
}

#[test]
fn an_adverb_before_the_cue_was_taken_for_the_source() {
    let text = "Thomas Massie used to support Rand Paul, but now said Trump had “the \
                opportunity to bring us together.”";
    assert_eq!(marked(text)[0].speaker, Some("Thomas Massie"));
}

#[test]
fn a_participle_naming_a_thing_was_taken_for_a_cue() {
    let text = "His campaign shelled out to broadcast a short film called \"Tenemos Familias\" \
                on Univision.";
    assert_eq!(marked(text)[0].speaker, Some("His campaign"));
}

#[test]
fn a_plural_noun_after_a_preposition_was_taken_for_a_cue() {
    let text = "Her wins in states across the country undercut the claim that she is just a \
                “regional” candidate.";
    let found = marked(text);
    assert_eq!(found[0].text, "“regional”");
    assert_ne!(found[0].cue, Some("states"));
}

#[test]
fn a_percentage_before_its_cue_was_no_source() {
    let text = "“The economy comes first,” 42% of voters said in the poll.";
    let found = marked(text);
    assert_eq!(found[0].speaker, Some("42% of voters"));
}

#[test]
fn a_source_and_verb_before_a_colon_left_the_quote_unattributed() {
    let text = "Article 33 affirms: “No state shall expel a refugee.”";
    assert_eq!(marked(text)[0].speaker, Some("Article 33"));
    let text = "The law affirms: “No state shall expel a refugee.”";
    assert_eq!(marked(text)[0].speaker, Some("The law"));
}

#[test]
fn a_term_quoted_inside_a_quote_was_given_the_clause_subject_as_speaker() {
    let text = "“I can’t yell too much. It comes across as ‘too loud’ or ‘too shrill’,” she said.";
    let found = marked(text);
    assert_eq!(found[0].speaker, Some("she"));
    let inner: Vec<(&str, QuoteKind, Option<&str>)> = found[1..]
        .iter()
        .map(|q| (q.text, q.kind, q.speaker))
        .collect();
    assert_eq!(
        inner,
        [
            ("‘too loud’", QuoteKind::Scare, None),
            ("‘too shrill’", QuoteKind::Scare, None)
        ]
    );
}

#[test]
fn a_year_between_source_and_cue_was_taken_for_the_source() {
    let text = "Scott clashed with McConnell, who in 2010 said the party's goal was to make \
                Obama a \"one-term president.\"";
    assert_eq!(marked(text)[0].speaker, Some("who"));
    let text = "I hope in 2017 America says, \"Thank you for a lifetime of public service.\"";
    assert_eq!(marked(text)[0].speaker, Some("America"));
}

#[test]
fn the_programme_a_source_spoke_to_was_taken_for_a_quote() {
    let text = "\"He is fair game,\" Fiorina told \"Fox and Friends,\" reminding the hosts.";
    let found = marked(text);
    assert_eq!(found[0].speaker, Some("Fiorina"));
    assert_eq!(
        (found[1].text, found[1].kind),
        ("\"Fox and Friends,\"", QuoteKind::Scare)
    );
    let text = "\"We will not back down,\" Clinton said in an interview with “Fox News Sunday.”";
    assert_eq!(marked(text)[1].kind, QuoteKind::Scare);
}

#[test]
fn a_digest_headline_with_its_byline_was_taken_for_a_quote() {
    let text = "MUSEUMS—\"Met accused of whitewashing baby Jesus,\" by Post's Kathianne Boniello: \
                \"A Manhattan artist says the museum erred.\"";
    let found = marked(text);
    assert_eq!(found[0].kind, QuoteKind::Scare);
    assert_eq!(found[0].speaker, None);
    let text = "\"All Right Now,\" by the band Free, blared from the speakers.";
    assert_ne!(marked(text)[0].kind, QuoteKind::Scare);
}

#[test]
fn a_subordinator_was_taken_into_the_source() {
    let text = "She said she talks about race because \"you talk about the issues in front of \
                you,\" though she said it was hard.";
    assert_eq!(marked(text)[0].speaker, Some("She"));
    let text = "Ms Robinson revealed that he was \"much loved by women\" - although she denied \
                knowing it.";
    assert_ne!(marked(text)[0].speaker, Some("although she"));
}

#[test]
fn a_linking_adverb_was_taken_into_the_source() {
    let text = "Meanwhile Michael Jackson's mother said: \"He is innocent.\"";
    assert_eq!(marked(text)[0].speaker, Some("Michael Jackson's mother"));
}

#[test]
fn an_inserted_says_name_lost_the_quote_to_the_sentence_subject() {
    let text = "The paradox of Nancy, says Carl Anthony, a historian, is that she was \"one of the most powerful first ladies.\"";
    let found = marked(text);
    assert_eq!(
        (found[0].speaker, found[0].cue),
        (Some("Carl Anthony"), Some("says"))
    );
    let fronted = "But, said Solovey, \"I don't want to drum up conflict.\"";
    assert_eq!(marked(fronted)[0].speaker, Some("Solovey"));
}

#[test]
fn a_clause_after_said_and_a_comma_was_not_taken_for_an_inserted_source() {
    let text = "Rawlings, who watched the ceremony, said the event brought back memories of her father, and of \"all the people who weren't here.\"";
    assert_eq!(marked(text)[0].speaker, Some("Rawlings"));
}

#[test]
fn an_age_between_commas_was_taken_for_the_speaker() {
    let text = "Ramil Carr, 31, a Philadelphia photographer, said the convention was the \"perfect opportunity.\"";
    assert_eq!(marked(text)[0].speaker, Some("Ramil Carr"));
    let place =
        "Rawlings, 59, of Ashton, who watched the ceremony, said it was \"a long time coming.\"";
    assert_eq!(marked(place)[0].speaker, Some("Rawlings"));
    let of_phrase =
        "Of Carson, Levine, who has given money to Rubio, said, \"He is a circus act.\"";
    assert_eq!(marked(of_phrase)[0].speaker, Some("Levine"));
}

#[test]
fn a_line_opening_with_a_verb_was_taken_for_the_speaker_of_the_quote_after_it() {
    let text = "Trump has to do the following:\n\nStop lying\nShow humility\nFill in the gaps in his policy proposals.\n\n\"I've learned that I can't be quite so passionate.\"";
    assert_eq!(annotated_speakers(text), [None]);
    let preposition = "Based upon an interview he gave to Fox News, it’s an open question.\n\n“You don’t win the nomination by how many states you win.”";
    assert_eq!(annotated_speakers(preposition), [None]);
}

#[test]
fn a_surname_the_tagger_missed_left_its_quotes_without_an_entity() {
    let text =
        "Richard Viguerie backs Cruz.\n\n“He can win,” Viguerie says.\n\nViguerie is upbeat.";
    let annotation = annotate(text, &Options::default());
    let quote = &annotation.quotes[0];
    let entity = quote.entity.map(|e| annotation.entities[e].name.as_str());
    assert_eq!(entity, Some("Richard Viguerie"));
}

#[test]
fn a_dummy_it_was_linked_to_an_organisation() {
    let text = "Fox News released a statement on Friday.\n\nIt is “unacceptable” to many viewers.\n\nFox News said it would look again, and it said “we hear you.”";
    let annotation = annotate(text, &Options::default());
    let linked: Vec<(Option<String>, Option<&str>)> = annotation
        .quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Indirect.label())
        .map(|q| {
            let entity = q.entity.map(|e| annotation.entities[e].name.as_str());
            (q.speaker.as_ref().map(|s| s.text.clone()), entity)
        })
        .collect();
    assert_eq!(linked[0], (Some("It".to_string()), None));
    assert_eq!(linked[1], (Some("it".to_string()), Some("Fox News")));
}
