//! The attribution and kind rules, as data: each has an id (reported as a quote's `why`)
//! and the reason it exists, with an example of the text it reads.
//!
//! This is the catalogue only; the code applying each rule lives beside the reading it does
//! (`attribute`, `kinds`, `indirect`).

/// One rule: what it is called and why it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Stable id, shown as the quote's `why`.
    pub id: &'static str,
    /// Why the rule attributes or classifies as it does.
    pub reason: &'static str,
}

/// “…,” he said / “…” Smith told CNN.
pub const AFTER_SOURCE_CUE: Rule = Rule {
    id: "quote.after.source-cue",
    reason: "source and speech verb right after the quote: “…,” he said",
};
/// “…,” Hannity started.
pub const AFTER_SOURCE_VERB: Rule = Rule {
    id: "quote.after.source-verb",
    reason: "a quote trailing off in a comma, then a source and a verb closing the clause: “…,” Hannity started.",
};
/// “…,” said Smith.
pub const AFTER_CUE_SOURCE: Rule = Rule {
    id: "quote.after.cue-source",
    reason: "speech verb then source right after the quote: “…,” said Smith",
};
/// “…,” according to Smith.
pub const AFTER_ACCORDING: Rule = Rule {
    id: "quote.after.according-to",
    reason: "a source introduced by a preposition after the quote: “…,” according to Smith",
};
/// “…” ― Sonya Herridge
pub const AFTER_DASH_SIGNATURE: Rule = Rule {
    id: "quote.after.dash-signature",
    reason: "a dash right after the quote and a name closing the paragraph sign it, as a byline signs a reader's comment: “…” ― Sonya Herridge",
};
/// “…” for the EU, said Geert Wilders.
pub const SENTENCE_END: Rule = Rule {
    id: "quote.sentence-end",
    reason: "source and cue closing the quote's sentence after a comma: “the beginning of the end” for the EU, said Geert Wilders.",
};
/// "PENCE: Well, look, …
pub const TRANSCRIPT_LABEL: Rule = Rule {
    id: "quote.transcript-label",
    reason: "a quoted paragraph of a transcript opens with its speaker's name in capitals and a colon: \"PENCE: Well, look, …",
};
/// “…” Smith said.
pub const NEXT_SENTENCE: Rule = Rule {
    id: "quote.after.next-sentence",
    reason:
        "a quote ending its sentence, the next one opening with source and verb: “…” Smith said.",
};
/// Smith said: “…” / Smith called it “a disaster”.
pub const BEFORE_SOURCE_CUE: Rule = Rule {
    id: "quote.before.source-cue",
    reason: "the nearest speech verb before the quote, its subject before it: Smith said: “…”",
};
/// Said Smith: “…”.
pub const BEFORE_CUE_SOURCE: Rule = Rule {
    id: "quote.before.cue-source",
    reason:
        "the nearest speech verb before the quote, inverted, its source after it: said Smith, “…”",
};
/// Bruce gave a response, saying: “…”.
pub const BEFORE_PARTICIPLE: Rule = Rule {
    id: "quote.before.participle",
    reason: "a participle cue takes the subject of its clause: Bruce gave a response, saying: “…”",
};
/// She noted that … and called the president “weak”.
pub const BEFORE_CLAUSE_SUBJECT: Rule = Rule {
    id: "quote.before.clause-subject",
    reason: "a speech verb before the quote without its own source takes the subject of its clause: She noted … and called him “weak”",
};
/// According to Smith, “…”.
pub const BEFORE_ACCORDING: Rule = Rule {
    id: "quote.before.according-to",
    reason: "a source introduced by a preposition before the quote: according to Smith, “…”",
};
/// Smith on Twitter: “…”.
pub const BEFORE_COLON: Rule = Rule {
    id: "quote.before.colon",
    reason:
        "a clause ending in a colon introduces the quote; its subject speaks: Smith on Twitter: “…”",
};
/// Lynch said she recalled: “…”.
pub const REPORTED_SPEAKER: Rule = Rule {
    id: "quote.reported-speaker",
    reason: "a source whose clause is itself reported by a speech verb right before it gives way to that verb's source, the outer attribution: Lynch said she recalled thinking, “…”",
};
/// Ban Ki-moon condemned what he called a “brazen breach”.
pub const SENTENCE_SUBJECT: Rule = Rule {
    id: "quote.sentence-subject",
    reason: "a pronoun source in a free relative clause (what he called) stands for the subject of its sentence before it: Ban Ki-moon condemned what he called a “brazen breach”",
};
/// “…,” Sanders said, according to CNN.
pub const THROUGH_ACCORDING: Rule = Rule {
    id: "quote.through-according-to",
    reason: "speech reported through another source is that source's: “…,” Sanders said, according to CNN / According to ProPublica, Clinton praised her “wonderful donors”",
};
/// Smith said:¶“…”.
pub const PREVIOUS_SENTENCE: Rule = Rule {
    id: "quote.previous-sentence",
    reason:
        "a quote opening its sentence after one that ends in a colon takes that sentence's source",
};
/// “…,” he said. “…”
pub const PREVIOUS_QUOTE: Rule = Rule {
    id: "quote.previous-quote",
    reason: "an unattributed quote opening its sentence continues the quote before it in the same or the previous paragraph",
};
/// “…¶“…¶“…,” he said.
pub const SAME_QUOTATION: Rule = Rule {
    id: "quote.same-quotation",
    reason: "the paragraphs of one quotation running over several paragraphs share its speaker",
};
/// Valastro praised Christie.¶“We need someone who …”
pub const PREVIOUS_SUBJECT: Rule = Rule {
    id: "quote.previous-subject",
    reason: "a quote standing as its own sentence, with no cue anywhere near, is the words of whoever the sentence before it is about: Valastro praised Christie.¶“We need …”",
};
/// He voiced a wish for a “strong Mexico”.
pub const CLAUSE_SUBJECT: Rule = Rule {
    id: "quote.clause-subject",
    reason: "a quote inside a sentence with no speech verb is the words of the clause's subject: He voiced a wish for a “strong Mexico”",
};
/// A sentence quoted with nobody named.
pub const UNATTRIBUTED: Rule = Rule {
    id: "quote.unattributed",
    reason: "a quoted clause with no speech verb or source near it: shown as unattributed, never guessed",
};
/// so-called “terrorist infrastructure”.
pub const SCARE_MARKER: Rule = Rule {
    id: "scare.marker",
    reason: "a quoted term after so-called, dubbed or the term distances the writer from it",
};
/// Robert C. "Bobby" Scott.
pub const SCARE_NICKNAME: Rule = Rule {
    id: "scare.nickname",
    reason: "one or two capitalised words quoted between the parts of a name are a nickname: Robert C. \"Bobby\" Scott",
};
/// CNN’s “State of the Union”.
pub const SCARE_TITLE: Rule = Rule {
    id: "scare.title",
    reason: "a title-cased quote after a capitalised possessive or a noun for a show or work, or before such a noun (or one word before it), or after told or interview with, names that work: CNN’s “State of the Union”, the documentary “13th”, the “Avatar” star, the “Keepin' It Real” radio program, told “Fox and Friends”",
};
/// “Met accused of whitewashing baby Jesus,” by Post's Kathianne Boniello.
pub const SCARE_BYLINE: Rule = Rule {
    id: "scare.byline",
    reason: "a quote ending in a comma and followed by by and a name is a headline with its byline, as news digests list pieces, nobody's words: “Met accused of whitewashing baby Jesus,” by Post's Kathianne Boniello",
};
/// “DIVISIVE, STUPID AND WRONG” alone on its line.
pub const SCARE_HEADING: Rule = Rule {
    id: "scare.heading",
    reason: "a quote in capitals standing alone on its line is a heading or a stage direction, nobody's words: “DIVISIVE, STUPID AND WRONG”, \"(CROSSTALK.)\"",
};
/// a “reset” with nobody saying it.
pub const SCARE_TERM: Rule = Rule {
    id: "scare.term",
    reason: "a short quoted term with no speech verb around it is nobody's words",
};
/// Sources say the agenda will include …
pub const INDIRECT_SOURCE_CUE: Rule = Rule {
    id: "indirect.source-cue",
    reason: "a source and a speech verb opening a clause report speech: Sources say the agenda …",
};
/// According to X, …
pub const INDIRECT_ACCORDING: Rule = Rule {
    id: "indirect.according-to",
    reason: "according to X marks the rest of the sentence as X's claim",
};
/// …, officials said.
pub const INDIRECT_TRAILING: Rule = Rule {
    id: "indirect.trailing",
    reason: "a clause followed by a comma, source and speech verb at the sentence end: …, officials said.",
};

/// Fields tweeted a photograph and said she had been pushed.
pub const INDIRECT_COORDINATED: Rule = Rule {
    id: "indirect.coordinated",
    reason: "a clause after a speech verb joined by and or but to an earlier verb, whose subject is the source: Fields tweeted a photograph and said she had been pushed.",
};
/// Dar spoke briefly, saying talks would resume.
pub const INDIRECT_PARTICIPLE: Rule = Rule {
    id: "indirect.participle",
    reason: "a clause after a comma and a speech participle, whose source is the main clause's subject: Dar spoke briefly, saying talks would resume.",
};

/// "a cut which he said would be the deepest"
pub const INDIRECT_RELATIVE: Rule = Rule {
    id: "indirect.relative",
    reason: "a relative clause holding a source and speech verb before its own verb: a cut which he said would be the deepest.",
};

/// "The plan, he said, would fail."
pub const INDIRECT_PARENTHETICAL: Rule = Rule {
    id: "indirect.parenthetical",
    reason: "a source and speech verb set off by commas inside the reported sentence: The plan, he said, would fail.",
};

/// Every rule, for documentation and `--explain`.
pub const RULES: &[Rule] = &[
    AFTER_SOURCE_CUE,
    AFTER_SOURCE_VERB,
    AFTER_CUE_SOURCE,
    AFTER_ACCORDING,
    AFTER_DASH_SIGNATURE,
    TRANSCRIPT_LABEL,
    SENTENCE_END,
    NEXT_SENTENCE,
    BEFORE_SOURCE_CUE,
    BEFORE_CUE_SOURCE,
    BEFORE_PARTICIPLE,
    BEFORE_CLAUSE_SUBJECT,
    BEFORE_ACCORDING,
    BEFORE_COLON,
    REPORTED_SPEAKER,
    SENTENCE_SUBJECT,
    THROUGH_ACCORDING,
    PREVIOUS_SENTENCE,
    PREVIOUS_QUOTE,
    SAME_QUOTATION,
    PREVIOUS_SUBJECT,
    CLAUSE_SUBJECT,
    UNATTRIBUTED,
    SCARE_MARKER,
    SCARE_NICKNAME,
    SCARE_TITLE,
    SCARE_BYLINE,
    SCARE_HEADING,
    SCARE_TERM,
    INDIRECT_SOURCE_CUE,
    INDIRECT_ACCORDING,
    INDIRECT_TRAILING,
    INDIRECT_PARENTHETICAL,
    INDIRECT_PARTICIPLE,
    INDIRECT_COORDINATED,
    INDIRECT_RELATIVE,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_ids_are_unique_and_reasons_given() {
        for (i, rule) in RULES.iter().enumerate() {
            assert!(!rule.reason.is_empty());
            assert!(RULES[..i].iter().all(|r| r.id != rule.id), "{}", rule.id);
        }
    }
}
