//! The article's quotes as Markdown: each quote a block quote, followed by its speaker,
//! kind and cue.
//!
//! Article text is escaped so that a Markdown renderer shows it as written: no HTML tag,
//! link, emphasis, heading or list can come out of it. It is not a Markdown renderer.

use crate::engine::output::QuoteOut;
use crate::engine::Annotations;

/// Characters escaped wherever they are (CommonMark backslash escapes).
const ALWAYS: &str = "\\`*_{}[]<>#|~&!$";

/// Characters escaped when they open a line (lists, headings, setext underlines).
const LINE_START: &str = "-+=";

/// The quotes as a Markdown document, titled "Quotes".
pub fn to_markdown(annotations: &Annotations, _text: &str) -> String {
    let mut out = String::from("# Quotes\n");
    if annotations.quotes.is_empty() {
        out.push_str("\nNo quotes found.\n");
    }
    for quote in &annotations.quotes {
        out.push('\n');
        for line in quote.text.lines() {
            let line = escape(line.trim());
            if line.is_empty() {
                out.push_str(">\n");
            } else {
                out.push_str(&format!("> {line}\n"));
            }
        }
        out.push_str(&format!("\n— {}\n", attribution(annotations, quote)));
    }
    out
}

/// "**Ishaq Dar** (direct; said)" or "unattributed (scare)".
fn attribution(annotations: &Annotations, quote: &QuoteOut) -> String {
    let speaker = quote
        .entity
        .and_then(|e| annotations.entities.get(e))
        .map(|e| e.name.as_str())
        .or(quote.speaker.as_ref().map(|s| s.text.as_str()));
    let who = speaker.map_or_else(
        || "unattributed".to_string(),
        |s| format!("**{}**", escape(s)),
    );
    match &quote.cue {
        Some(cue) => format!("{who} ({}; {})", escape(&quote.kind), escape(&cue.text)),
        None => format!("{who} ({})", escape(&quote.kind)),
    }
}

/// `line` with every Markdown special escaped, so it renders as the same text.
pub fn escape(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut chars = line.chars().peekable();
    if let Some(&first) = chars.peek() {
        if LINE_START.contains(first) {
            out.push('\\');
            out.push(first);
            chars.next();
        } else if first.is_ascii_digit() {
            escape_list_number(&mut chars, &mut out);
        }
    }
    for c in chars {
        if ALWAYS.contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Copies a leading number, escaping the `.` or `)` after it that would open a list.
fn escape_list_number(chars: &mut std::iter::Peekable<std::str::Chars<'_>>, out: &mut String) {
    while let Some(&d) = chars.peek().filter(|c| c.is_ascii_digit()) {
        out.push(d);
        chars.next();
    }
    if let Some(&mark) = chars.peek().filter(|c| matches!(c, '.' | ')')) {
        out.push('\\');
        out.push(mark);
        chars.next();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_defuses_html_links_emphasis_and_line_openers() {
        assert_eq!(escape("<script>x</script>"), "\\<script\\>x\\</script\\>");
        assert_eq!(
            escape("[a](javascript:x) *b* _c_"),
            "\\[a\\](javascript:x) \\*b\\* \\_c\\_"
        );
        assert_eq!(escape("# not a heading"), "\\# not a heading");
        assert_eq!(escape("- not a list"), "\\- not a list");
        assert_eq!(escape("1. not a list"), "1\\. not a list");
        assert_eq!(escape("2025) no"), "2025\\) no");
        assert_eq!(escape("a - b. 3.5%"), "a - b. 3.5%");
        assert_eq!(escape("&lt;"), "\\&lt;");
    }
}
