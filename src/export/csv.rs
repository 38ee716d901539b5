//! CSV of entities and their mentions: one row per mention, RFC 4180 (CRLF, fields quoted
//! when they hold a comma, quote or line break, quotes doubled).
//!
//! Cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab
//! or carriage return) are prefixed with an apostrophe, as OWASP advises against CSV
//! injection. It is not a general CSV writer and reads no CSV.

use crate::engine::Annotations;

/// The header row's cells.
pub const HEADER: [&str; 7] = [
    "entity_id",
    "type",
    "name",
    "roles",
    "mention_start",
    "mention_end",
    "mention_text",
];

/// Every mention of every entity, with its entity's id, type, name and roles (`; `-joined).
pub fn to_csv(annotations: &Annotations, _text: &str) -> String {
    let mut out = row(HEADER.iter().map(|h| h.to_string()));
    for entity in &annotations.entities {
        for mention in &entity.mentions {
            out.push_str(&row([
                entity.id.to_string(),
                entity.kind.clone(),
                entity.name.clone(),
                entity.roles.join("; "),
                mention.start.to_string(),
                mention.end.to_string(),
                mention.text.clone(),
            ]));
        }
    }
    out
}

fn row(cells: impl IntoIterator<Item = String>) -> String {
    let cells: Vec<String> = cells.into_iter().map(|c| cell(&c)).collect();
    format!("{}\r\n", cells.join(","))
}

/// One cell: defused against formulas, then quoted if needed.
pub fn cell(value: &str) -> String {
    let defused = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if defused.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_per_rfc_4180_and_defused() {
        assert_eq!(cell("Dar"), "Dar");
        assert_eq!(cell("Dar, Ishaq"), "\"Dar, Ishaq\"");
        assert_eq!(cell("the \"deal\""), "\"the \"\"deal\"\"\"");
        assert_eq!(cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(cell("=1+2"), "'=1+2");
        assert_eq!(cell("-2+3,x"), "\"'-2+3,x\"");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("\tx"), "'\tx");
        assert_eq!(cell("a=b"), "a=b");
    }
}
