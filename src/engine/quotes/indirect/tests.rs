//! Tests of the reported-speech shapes, each named after what it used to miss or take.

use super::*;
use crate::engine::text::analyze;

fn reported(text: &str) -> Vec<(&str, &str, &str)> {
    let doc = analyze(text);
    let quoted = vec![false; doc.tokens.len()];
    find(text, &doc, &quoted)
        .iter()
        .map(|r| (r.content.of(text), r.speaker.of(text), r.cue.of(text)))
        .collect()
}

#[test]
fn a_source_and_cue_report_the_clause_after_them() {
    assert_eq!(
        reported("Sources say the agenda will include a review of ties."),
        [("the agenda will include a review of ties", "Sources", "say")]
    );
    assert_eq!(
        reported("Dar told reporters on Monday that talks would resume soon."),
        [("talks would resume soon", "Dar", "told")]
    );
}

#[test]
fn according_to_reports_the_rest_of_the_sentence() {
    assert_eq!(
        reported("According to officials, the talks will resume in July."),
        [("the talks will resume in July", "officials", "According to")]
    );
    assert_eq!(
        reported("The talks will resume in July, according to officials."),
        [("The talks will resume in July", "officials", "according to")]
    );
}

#[test]
fn a_trailing_source_reports_the_clause_before_it() {
    assert_eq!(
        reported("The meeting will take place on Friday, officials said."),
        [("The meeting will take place on Friday", "officials", "said")]
    );
}

#[test]
fn a_trailing_source_in_apposition_or_a_long_according_to_phrase_was_missed() {
    assert_eq!(
        reported("The race will be tight, said Dan Gerstein, director of a firm in New York."),
        [("The race will be tight", "Dan Gerstein", "said")]
    );
    assert_eq!(
        reported("Coin flips decided six counties, according to officials in the state party."),
        [(
            "Coin flips decided six counties",
            "officials",
            "according to"
        )]
    );
}

#[test]
fn a_fronted_phrase_before_a_source_is_no_content() {
    assert_eq!(
        reported("In a scathing opinion piece, Smith said the plan would fail badly."),
        [("the plan would fail badly", "Smith", "said")]
    );
}

#[test]
fn a_source_opening_a_subordinate_clause_reports_up_to_its_comma() {
    assert_eq!(
        reported("Though she says she will not vote for him, she applauds his message."),
        [("she will not vote for him", "she", "says")]
    );
    assert_eq!(
        reported("The firm filed in Richmond, where experts say judges move cases quickly."),
        [("judges move cases quickly", "experts", "say")]
    );
}

#[test]
fn a_source_set_off_by_commas_inside_the_sentence_was_missed() {
    assert_eq!(
        reported("Survival, Mr. VandeHei says, depends on giving readers what they want."),
        [(
            "Survival, Mr. VandeHei says, depends on giving readers what they want",
            "Mr. VandeHei",
            "says"
        )]
    );
}

#[test]
fn a_verb_with_an_object_after_a_comma_is_no_trailing_source() {
    let text = "Tammy Bruce, who will attend, confirmed the meeting and praised it.";
    assert!(reported(text).is_empty(), "{:?}", reported(text));
}

#[test]
fn a_phrase_after_the_cue_was_reported_as_a_clause() {
    assert!(reported("She said on Twitter on Monday night.").is_empty());
    assert!(reported("He said to a crowd of about 500 people.").is_empty());
    assert_eq!(
        reported("She said in a statement released by her campaign that she would stay."),
        [("she would stay", "She", "said")]
    );
}

#[test]
fn a_hearer_before_a_clause_without_that_was_missed() {
    assert_eq!(
        reported("Podesta told the AP his firm worked closely with Gates."),
        [("his firm worked closely with Gates", "Podesta", "told")]
    );
    assert!(reported("Podesta told the AP the story of his firm.").is_empty());
}

#[test]
fn a_contrasting_clause_after_the_report_was_reported_too() {
    assert_eq!(
        reported("Cook said Carter stopped the practice, but Cook did not say when."),
        [("Carter stopped the practice", "Cook", "said")]
    );
}

#[test]
fn a_source_with_a_complement_was_cut_to_its_complement() {
    assert_eq!(
        reported("Experts on North Korea said the latest nuclear test could change that."),
        [(
            "the latest nuclear test could change that",
            "Experts on North Korea",
            "said"
        )]
    );
}

#[test]
fn a_participle_reports_the_clause_after_it_for_the_main_subject() {
    assert_eq!(
        reported("Dar spoke briefly on Monday, saying the talks would resume soon."),
        [("the talks would resume soon", "Dar", "saying")]
    );
    assert_eq!(
        reported("Dar spoke briefly on Monday, adding that he was hopeful."),
        [("he was hopeful", "Dar", "adding")]
    );
    assert!(reported("Dar left the room, saying goodbye to everyone there.").is_empty());
}

#[test]
fn a_reported_question_keeps_its_question_word() {
    assert_eq!(
        reported("Reporters asked whether the talks would resume."),
        [("whether the talks would resume", "Reporters", "asked")]
    );
    assert!(reported("Reporters asked the minister to stay for the talks.").is_empty());
}

#[test]
fn a_subject_pronoun_opens_a_clause_after_any_speech_verb() {
    assert_eq!(
        reported("Smith announced he would run for the Senate seat."),
        [("he would run for the Senate seat", "Smith", "announced")]
    );
    assert!(reported("Police announced the arrest of a man on Friday.").is_empty());
}

#[test]
fn an_as_aside_reports_the_main_clause_after_it() {
    assert_eq!(
        reported("As Comey noted, people involved could still face sanctions."),
        [(
            "people involved could still face sanctions",
            "Comey",
            "noted"
        )]
    );
}

#[test]
fn a_comparison_or_a_new_report_after_a_comma_was_reported_too() {
    assert_eq!(
        reported("Most Democrats say they are paying attention, compared with few others."),
        [("they are paying attention", "Most Democrats", "say")]
    );
    assert_eq!(
        reported("Lewandowski said the candidate was consistent, noting that most gave less."),
        [("the candidate was consistent", "Lewandowski", "said")]
    );
}

#[test]
fn a_share_of_people_as_source_was_missed() {
    assert_eq!(
        reported("About four out of 10 voters said life would be worse than today."),
        [(
            "life would be worse than today",
            "four out of 10 voters",
            "said"
        )]
    );
    assert_eq!(
        reported("Nearly 42% say they are liberal on social issues."),
        [("they are liberal on social issues", "Nearly 42%", "say")]
    );
}

#[test]
fn a_relative_clause_holding_a_source_was_missed() {
    assert_eq!(
        reported("Spending will fall to 1.08 percent, which he said would be its lowest ever."),
        [("which he said would be its lowest ever", "he", "said")]
    );
    assert!(reported("The book that he wrote was a bestseller in Germany.").is_empty());
}

#[test]
fn a_cue_without_a_clause_reports_nothing() {
    assert!(reported("He said so.").is_empty());
    assert!(reported("Dar told reporters about it.").is_empty());
}

#[test]
fn a_speech_verb_joined_to_an_earlier_verb_reported_nothing() {
    assert_eq!(
        reported("Fields later tweeted a photograph of her arm and said she had been pushed."),
        [("she had been pushed", "Fields", "said")]
    );
    assert_eq!(
        reported("Wealth-X keeps its finances a secret but says its business has tripled."),
        [("its business has tripled", "Wealth-X", "says")]
    );
    assert_eq!(
        reported("Schilling shared the post and added his own comment to it."),
        []
    );
}

#[test]
fn an_irregular_verb_was_taken_into_the_subject() {
    assert_eq!(
        reported("The bank gave no details of the deal but said it would grow."),
        [("it would grow", "The bank", "said")]
    );
}

#[test]
fn a_phrase_between_the_cue_and_the_clause_lost_the_report() {
    assert_eq!(
        reported("Trump said after the convention he would not accept the endorsement."),
        [("he would not accept the endorsement", "Trump", "said")]
    );
    assert_eq!(
        reported("I take her to the doctor and take notes about what she should be doing."),
        []
    );
}

#[test]
fn a_how_or_why_clause_after_the_cue_was_no_report() {
    assert_eq!(
        reported("Cyril explained how important it is to combat this narrative."),
        [(
            "how important it is to combat this narrative",
            "Cyril",
            "explained"
        )]
    );
}

#[test]
fn an_aside_after_that_lost_the_report() {
    assert_eq!(
        reported("He noted that, like him, Mrs. Clinton had been pilloried in coal country."),
        [(
            "like him, Mrs. Clinton had been pilloried in coal country",
            "He",
            "noted"
        )]
    );
}

#[test]
fn a_second_report_joined_by_and_ran_into_the_first() {
    let found =
        reported("Trump said he would order a review of defences and warned against hackers.");
    assert_eq!(
        found[0],
        ("he would order a review of defences", "Trump", "said")
    );
}

#[test]
fn a_report_after_after_or_before_was_lost() {
    assert_eq!(
        reported("Shares in Cairn jumped 6% after the firm said an Indian oilfield was larger."),
        [("an Indian oilfield was larger", "the firm", "said")]
    );
}

#[test]
fn a_second_report_after_but_was_lost() {
    assert_eq!(
        reported("Putney told CNN that the video was unclear, but he said witnesses saw a gun."),
        [
            ("the video was unclear", "Putney", "told"),
            ("witnesses saw a gun", "he", "said")
        ]
    );
}
