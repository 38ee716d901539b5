//! Lays out an annotated article for display: paragraphs made of pieces of plain or marked text.
//!
//! Pure and natively tested. It turns the `gloss/1` code-point spans into runs of text that the
//! view renders as text nodes (never as HTML). Marks (entity mentions and dates) are atomic and
//! never overlap: when two overlap, the earlier (then the longer) wins. Quotes and the selected
//! stretch are ranges that only set flags on the pieces they cover. It is not the view: it knows
//! no DOM and no Yew.

use std::collections::BTreeSet;

use crate::engine::output::Annotations;

/// The legend key of time expressions.
pub const DATE_KEY: &str = "DATE";
/// The legend key of quotations.
pub const QUOTE_KEY: &str = "QUOTE";

/// What a marked piece stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mark {
    /// The `mention`-th mention of entity `id`, whose type is `kind`.
    Entity {
        /// The entity's id.
        id: usize,
        /// The entity's type (`PERSON`, `ORG`...).
        kind: String,
        /// The index of this mention among the entity's mentions.
        mention: usize,
    },
    /// The time expression at `index` in `dates`.
    Date {
        /// Its index in `dates`.
        index: usize,
    },
}

/// A run of text with one look.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The text of `start..end`.
    pub text: String,
    /// The mention or date it shows, if any.
    pub mark: Option<Mark>,
    /// Whether a (shown) quotation covers it.
    pub in_quote: bool,
    /// Whether it is part of the current selection.
    pub selected: bool,
}

/// One paragraph of the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// Its pieces, in order, covering `start..end` exactly.
    pub pieces: Vec<Piece>,
}

/// What the reader has picked in a panel, as the layout needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Highlight {
    /// Every mention of this entity is selected.
    pub entity: Option<usize>,
    /// This date is selected.
    pub date: Option<usize>,
    /// This code-point range (a quote or a sentence) is selected.
    pub range: Option<(usize, usize)>,
}

/// Code-point to byte offsets of one text.
struct Offsets<'a> {
    text: &'a str,
    bytes: Vec<usize>,
}

impl<'a> Offsets<'a> {
    fn new(text: &'a str) -> Offsets<'a> {
        let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        bytes.push(text.len());
        Offsets { text, bytes }
    }

    fn len(&self) -> usize {
        self.bytes.len() - 1
    }

    fn slice(&self, start: usize, end: usize) -> &'a str {
        &self.text[self.bytes[start]..self.bytes[end]]
    }
}

/// A mark with its extent.
#[derive(Debug, Clone)]
struct Placed {
    start: usize,
    end: usize,
    mark: Mark,
}

/// The non-blank lines of `text`, as code-point ranges without their surrounding spaces.
pub fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut first_visible: Option<usize> = None;
    let mut last_visible = 0;
    for (i, c) in text.chars().enumerate() {
        if c == '\n' {
            if let Some(first) = first_visible.take() {
                out.push((first, last_visible + 1));
            }
        } else if !c.is_whitespace() {
            first_visible.get_or_insert(i);
            last_visible = i;
        }
    }
    if let Some(first) = first_visible {
        out.push((first, last_visible + 1));
    }
    out
}

/// The marks to show: mentions of entities whose type is not hidden, and dates unless hidden,
/// sorted, in bounds and without overlaps.
fn marks(annotations: &Annotations, hidden: &BTreeSet<String>, len: usize) -> Vec<Placed> {
    let mut all = Vec::new();
    for entity in annotations
        .entities
        .iter()
        .filter(|e| !hidden.contains(&e.kind))
    {
        for (i, m) in entity.mentions.iter().enumerate() {
            all.push(Placed {
                start: m.start,
                end: m.end,
                mark: Mark::Entity {
                    id: entity.id,
                    kind: entity.kind.clone(),
                    mention: i,
                },
            });
        }
    }
    if !hidden.contains(DATE_KEY) {
        for (index, d) in annotations.dates.iter().enumerate() {
            all.push(Placed {
                start: d.start,
                end: d.end,
                mark: Mark::Date { index },
            });
        }
    }
    all.retain(|p| p.start < p.end && p.end <= len);
    all.sort_by_key(|p| (p.start, std::cmp::Reverse(p.end)));
    let mut kept: Vec<Placed> = Vec::with_capacity(all.len());
    for placed in all {
        if kept.last().is_none_or(|last| last.end <= placed.start) {
            kept.push(placed);
        }
    }
    kept
}

/// Lays out `text` with its annotations, hiding the types in `hidden` (entity types, [`DATE_KEY`],
/// [`QUOTE_KEY`]) and flagging what `highlight` selects.
pub fn layout(
    text: &str,
    annotations: &Annotations,
    hidden: &BTreeSet<String>,
    highlight: Highlight,
) -> Vec<Paragraph> {
    let offsets = Offsets::new(text);
    let marks = marks(annotations, hidden, offsets.len());
    let quotes = Quotes::new(if hidden.contains(QUOTE_KEY) {
        Vec::new()
    } else {
        annotations
            .quotes
            .iter()
            .map(|q| (q.start, q.end))
            .collect()
    });
    let builder = Builder {
        offsets: &offsets,
        quotes: &quotes,
        highlight,
    };
    let mut next_mark = 0;
    paragraphs(text)
        .into_iter()
        .map(|(start, end)| {
            while next_mark < marks.len() && marks[next_mark].start < start {
                next_mark += 1;
            }
            let mut pieces = Vec::new();
            let mut pos = start;
            while next_mark < marks.len() && marks[next_mark].start < end {
                let placed = &marks[next_mark];
                next_mark += 1;
                if placed.end > end {
                    continue;
                }
                builder.plain(pos, placed.start, &mut pieces);
                pieces.push(builder.marked(placed));
                pos = placed.end;
            }
            builder.plain(pos, end, &mut pieces);
            Paragraph { start, end, pieces }
        })
        .collect()
}

/// Lays out `text` without annotations: one plain piece per paragraph.
pub fn unannotated(text: &str) -> Vec<Paragraph> {
    let offsets = Offsets::new(text);
    paragraphs(text)
        .into_iter()
        .map(|(start, end)| Paragraph {
            start,
            end,
            pieces: vec![Piece {
                start,
                end,
                text: offsets.slice(start, end).to_string(),
                mark: None,
                in_quote: false,
                selected: false,
            }],
        })
        .collect()
}

/// The quotations of one layout, indexed so that each lookup is a binary search.
struct Quotes {
    /// Quote ranges sorted by start.
    ranges: Vec<(usize, usize)>,
    /// `reach[i]`: the furthest end among `ranges[..=i]`.
    reach: Vec<usize>,
    /// Every start and end, sorted.
    bounds: Vec<usize>,
}

impl Quotes {
    fn new(mut ranges: Vec<(usize, usize)>) -> Quotes {
        ranges.sort_unstable();
        let reach = ranges
            .iter()
            .scan(0, |far, &(_, end)| {
                *far = end.max(*far);
                Some(*far)
            })
            .collect();
        let mut bounds: Vec<usize> = ranges.iter().flat_map(|&(s, e)| [s, e]).collect();
        bounds.sort_unstable();
        Quotes {
            ranges,
            reach,
            bounds,
        }
    }

    fn covers(&self, at: usize) -> bool {
        let started = self.ranges.partition_point(|&(s, _)| s <= at);
        started > 0 && self.reach[started - 1] > at
    }

    /// The quote boundaries strictly inside `start..end`.
    fn bounds_within(&self, start: usize, end: usize) -> &[usize] {
        let from = self.bounds.partition_point(|&b| b <= start);
        let to = self.bounds.partition_point(|&b| b < end);
        &self.bounds[from..to.max(from)]
    }
}

/// Builds pieces of one layout.
struct Builder<'a> {
    offsets: &'a Offsets<'a>,
    quotes: &'a Quotes,
    highlight: Highlight,
}

impl Builder<'_> {
    fn in_quote(&self, at: usize) -> bool {
        self.quotes.covers(at)
    }

    fn in_range(&self, at: usize) -> bool {
        self.highlight.range.is_some_and(|(s, e)| s <= at && at < e)
    }

    fn marked(&self, placed: &Placed) -> Piece {
        let chosen = match placed.mark {
            Mark::Entity { id, .. } => self.highlight.entity == Some(id),
            Mark::Date { index } => self.highlight.date == Some(index),
        };
        Piece {
            start: placed.start,
            end: placed.end,
            text: self.offsets.slice(placed.start, placed.end).to_string(),
            mark: Some(placed.mark.clone()),
            in_quote: self.in_quote(placed.start),
            selected: chosen || self.in_range(placed.start),
        }
    }

    /// Unmarked text from `start` to `end`, cut where a quote or the selected range begins or ends.
    fn plain(&self, start: usize, end: usize, pieces: &mut Vec<Piece>) {
        if start >= end {
            return;
        }
        let mut cuts: Vec<usize> = self.quotes.bounds_within(start, end).to_vec();
        cuts.extend(
            self.highlight
                .range
                .into_iter()
                .flat_map(|(s, e)| [s, e])
                .filter(|&c| start < c && c < end),
        );
        cuts.push(end);
        cuts.sort_unstable();
        cuts.dedup();
        let mut from = start;
        for to in cuts {
            pieces.push(Piece {
                start: from,
                end: to,
                text: self.offsets.slice(from, to).to_string(),
                mark: None,
                in_quote: self.in_quote(from),
                selected: self.in_range(from),
            });
            from = to;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::output::{DateOut, EntityOut, Mention, QuoteOut, ReferenceDate};

    fn mention(text: &str, surface: &str) -> Mention {
        let byte = text.find(surface).unwrap();
        let start = text[..byte].chars().count();
        Mention {
            start,
            end: start + surface.chars().count(),
            text: surface.to_string(),
        }
    }

    fn sample() -> (String, Annotations) {
        let text =
            "Héllo from Porthaven.\n\n“Boats win,” said Elena Vasquez on Tuesday.\n".to_string();
        let vasquez = mention(&text, "Elena Vasquez");
        let porthaven = mention(&text, "Porthaven");
        let tuesday = mention(&text, "Tuesday");
        let quote = mention(&text, "“Boats win,”");
        let annotations = Annotations {
            schema: "gloss/1".into(),
            reference_date: ReferenceDate {
                value: None,
                source: "missing".into(),
            },
            sentences: Vec::new(),
            entities: vec![
                EntityOut {
                    id: 0,
                    kind: "PERSON".into(),
                    name: "Elena Vasquez".into(),
                    roles: vec![],
                    mentions: vec![vasquez.clone()],
                    why: None,
                },
                EntityOut {
                    id: 1,
                    kind: "GPE".into(),
                    name: "Porthaven".into(),
                    roles: vec![],
                    mentions: vec![porthaven],
                    why: None,
                },
            ],
            dates: vec![DateOut {
                start: tuesday.start,
                end: tuesday.end,
                text: tuesday.text,
                kind: "DATE".into(),
                value: "2025-03-11".into(),
                why: None,
            }],
            quotes: vec![QuoteOut {
                start: quote.start,
                end: quote.end,
                text: quote.text,
                kind: "direct".into(),
                speaker: Some(vasquez),
                entity: Some(0),
                cue: None,
                why: None,
            }],
            events: Vec::new(),
        };
        (text, annotations)
    }

    fn joined(paragraph: &Paragraph) -> String {
        paragraph.pieces.iter().map(|p| p.text.as_str()).collect()
    }

    #[test]
    fn paragraphs_are_non_blank_lines_trimmed() {
        assert_eq!(paragraphs("  a b \n\n\n c\n \n"), vec![(2, 5), (10, 11)]);
        assert_eq!(paragraphs(""), Vec::<(usize, usize)>::new());
        assert_eq!(paragraphs("é\r\nü"), vec![(0, 1), (3, 4)]);
    }

    #[test]
    fn pieces_cover_each_paragraph_exactly_in_code_points() {
        let (text, annotations) = sample();
        let laid = layout(&text, &annotations, &BTreeSet::new(), Highlight::default());
        assert_eq!(laid.len(), 2);
        assert_eq!(joined(&laid[0]), "Héllo from Porthaven.");
        assert_eq!(
            joined(&laid[1]),
            "“Boats win,” said Elena Vasquez on Tuesday."
        );
        for paragraph in &laid {
            let mut at = paragraph.start;
            for piece in &paragraph.pieces {
                assert_eq!(piece.start, at);
                at = piece.end;
            }
            assert_eq!(at, paragraph.end);
        }
    }

    #[test]
    fn mentions_dates_and_quotes_are_marked() {
        let (text, annotations) = sample();
        let laid = layout(&text, &annotations, &BTreeSet::new(), Highlight::default());
        let marked: Vec<(&str, &Mark)> = laid
            .iter()
            .flat_map(|p| &p.pieces)
            .filter_map(|p| p.mark.as_ref().map(|m| (p.text.as_str(), m)))
            .collect();
        assert_eq!(marked.len(), 3);
        assert_eq!(marked[0].0, "Porthaven");
        assert_eq!(marked[1].0, "Elena Vasquez");
        assert_eq!(marked[2], ("Tuesday", &Mark::Date { index: 0 }));
        let quoted: String = laid[1]
            .pieces
            .iter()
            .filter(|p| p.in_quote)
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(quoted, "“Boats win,”");
    }

    #[test]
    fn hidden_types_are_not_marked() {
        let (text, annotations) = sample();
        let hidden: BTreeSet<String> = ["PERSON", DATE_KEY, QUOTE_KEY]
            .into_iter()
            .map(String::from)
            .collect();
        let laid = layout(&text, &annotations, &hidden, Highlight::default());
        let pieces: Vec<&Piece> = laid.iter().flat_map(|p| &p.pieces).collect();
        assert_eq!(pieces.iter().filter(|p| p.mark.is_some()).count(), 1);
        assert!(pieces.iter().all(|p| !p.in_quote));
    }

    #[test]
    fn selecting_an_entity_or_a_range_flags_its_pieces() {
        let (text, annotations) = sample();
        let by_entity = Highlight {
            entity: Some(0),
            ..Highlight::default()
        };
        let laid = layout(&text, &annotations, &BTreeSet::new(), by_entity);
        let selected: Vec<&str> = laid
            .iter()
            .flat_map(|p| &p.pieces)
            .filter(|p| p.selected)
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(selected, vec!["Elena Vasquez"]);

        let by_range = Highlight {
            range: Some((annotations.quotes[0].start, annotations.quotes[0].end)),
            ..Highlight::default()
        };
        let laid = layout(&text, &annotations, &BTreeSet::new(), by_range);
        let selected: String = laid
            .iter()
            .flat_map(|p| &p.pieces)
            .filter(|p| p.selected)
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(selected, "“Boats win,”");
    }

    #[test]
    fn quote_lookups_handle_nested_and_adjacent_quotes() {
        let quotes = Quotes::new(vec![(10, 20), (0, 30), (30, 35)]);
        assert!(quotes.covers(0) && quotes.covers(25) && quotes.covers(30));
        assert!(!quotes.covers(35));
        assert_eq!(quotes.bounds_within(0, 30), &[10, 20]);
        assert_eq!(quotes.bounds_within(31, 40), &[35]);
    }

    #[test]
    fn unannotated_text_is_one_plain_piece_per_paragraph() {
        let laid = unannotated("Title\n\n“Quoted” text.");
        assert_eq!(laid.len(), 2);
        assert_eq!(laid[1].pieces.len(), 1);
        assert_eq!(laid[1].pieces[0].text, "“Quoted” text.");
        assert_eq!((laid[1].start, laid[1].end), (7, 21));
    }

    #[test]
    fn overlapping_and_out_of_bounds_marks_are_dropped() {
        let (text, mut annotations) = sample();
        annotations.dates[0].start = annotations.entities[0].mentions[0].start + 2;
        annotations.entities[1].mentions[0].end = 10_000;
        let laid = layout(&text, &annotations, &BTreeSet::new(), Highlight::default());
        let marked: Vec<&str> = laid
            .iter()
            .flat_map(|p| &p.pieces)
            .filter(|p| p.mark.is_some())
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(marked, vec!["Elena Vasquez"]);
    }
}
