//! Turns pasted or opened documents into plain article text: HTML from a news site, Markdown.
//!
//! Pure and natively tested. HTML is read with a small tolerant tokenizer, never a DOM, so
//! nothing in it can run or load: scripts, styles, navigation and other page furniture are
//! dropped with their contents, block elements become paragraph breaks and character
//! references are decoded. It is not a sanitiser that returns HTML; the output is text only.

/// Elements dropped together with everything inside them.
const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "button", "select", "svg", "iframe", "object", "canvas", "figure", "menu", "head", "title",
];

/// Elements that start and end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "article",
    "section",
    "main",
    "tr",
    "table",
    "pre",
    "hr",
    "dd",
    "dt",
    "dl",
    "figcaption",
    "address",
    "body",
    "html",
];

/// Whether `text` looks like an HTML document or fragment rather than plain text.
pub fn looks_like_html(text: &str) -> bool {
    let lower = text
        .trim_start()
        .get(..200.min(text.trim_start().len()))
        .map(str::to_ascii_lowercase);
    lower.is_some_and(|head| {
        head.starts_with("<!doctype html") || head.starts_with("<html") || head.starts_with('<')
    })
}

/// The text of an HTML document: one paragraph per block, separated by blank lines.
pub fn html_to_text(html: &str) -> String {
    let mut out = Text::default();
    let mut skipping: Option<String> = None;
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        if skipping.is_none() {
            out.push_text(&decode_entities(&rest[..lt]));
        }
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        let Some(gt) = rest.find('>') else {
            rest = "";
            break;
        };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        match &skipping {
            Some(open) => {
                if closing && *open == name {
                    skipping = None;
                }
            }
            None => {
                let self_closing = tag.ends_with('/');
                if !closing && !self_closing && DROPPED.contains(&name.as_str()) {
                    skipping = Some(name);
                } else if BLOCKS.contains(&name.as_str()) {
                    out.break_paragraph();
                }
            }
        }
    }
    if skipping.is_none() {
        out.push_text(&decode_entities(rest));
    }
    out.finish()
}

/// Plain text with paragraphs, built from runs of inline text.
#[derive(Default)]
struct Text {
    paragraphs: Vec<String>,
    current: String,
    /// Whether whitespace came since the last word.
    space: bool,
}

impl Text {
    fn push_text(&mut self, text: &str) {
        if text.starts_with(char::is_whitespace) {
            self.space = true;
        }
        for (i, word) in text.split_whitespace().enumerate() {
            if !self.current.is_empty() && (i > 0 || self.space) {
                self.current.push(' ');
            }
            self.current.push_str(word);
            self.space = false;
        }
        if text.ends_with(char::is_whitespace) {
            self.space = true;
        }
    }

    fn break_paragraph(&mut self) {
        let paragraph = self.current.trim().to_string();
        if !paragraph.is_empty() {
            self.paragraphs.push(paragraph);
        }
        self.current.clear();
        self.space = false;
    }

    fn finish(mut self) -> String {
        self.break_paragraph();
        self.paragraphs.join("\n\n")
    }
}

/// Decodes character references: numeric ones and the named ones news sites use.
pub fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let decoded = rest
            .find(';')
            .filter(|&semi| semi <= 12)
            .and_then(|semi| reference(&rest[1..semi]).map(|c| (c, semi)));
        match decoded {
            Some((c, semi)) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn reference(name: &str) -> Option<char> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "mdash" => '—',
        "ndash" => '–',
        "hellip" => '…',
        "eacute" => 'é',
        "pound" => '£',
        "euro" => '€',
        "copy" => '©',
        _ => return None,
    };
    Some(c)
}

/// The text of a Markdown document: headings, emphasis, links and list markers reduced to text.
pub fn markdown_to_text(markdown: &str) -> String {
    markdown
        .lines()
        .map(|line| {
            let line = line.trim_start();
            let line = line.trim_start_matches('#').trim_start();
            let line = line.strip_prefix("> ").unwrap_or(line);
            let line = ["- ", "* ", "+ "]
                .iter()
                .find_map(|m| line.strip_prefix(m))
                .unwrap_or(line);
            strip_inline_markdown(line)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn strip_inline_markdown(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        let link = rest[open..].find("](").and_then(|mid| {
            let close = rest[open + mid..].find(')')?;
            Some((open + mid, open + mid + close))
        });
        match link {
            Some((mid, close)) => {
                out.push_str(&rest[..open]);
                out.push_str(&rest[open + 1..mid]);
                rest = &rest[close + 1..];
            }
            None => {
                out.push_str(&rest[..=open]);
                rest = &rest[open + 1..];
            }
        }
    }
    out.push_str(rest);
    out.replace("**", "").replace("__", "").replace('`', "")
}

/// The article text made from a file's contents, by its name.
pub fn text_of_file(name: &str, contents: &str) -> String {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".html") || lower.ends_with(".htm") || looks_like_html(contents) {
        html_to_text(contents)
    } else if lower.ends_with(".md") || lower.ends_with(".markdown") {
        markdown_to_text(contents)
    } else {
        contents.replace("\r\n", "\n")
    }
}

/// A title made from a file's name.
pub fn title_of_file(name: &str) -> String {
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    stem.replace(['-', '_'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn news_page_html_keeps_paragraphs_and_drops_furniture() {
        let html = r#"<!DOCTYPE html><html><head><title>T</title><style>p{color:red}</style>
            <script>alert("x")</script></head><body><nav><a href="/">Home</a> | World</nav>
            <article><h1>Ferries   stay</h1><p>The council <b>voted</b> on&nbsp;Tuesday.</p>
            <p>&ldquo;We listened,&rdquo; said the mayor &amp; her team.<br>Next line</p></article>
            <footer>&copy; Example News</footer></body></html>"#;
        assert_eq!(
            html_to_text(html),
            "Ferries stay\n\nThe council voted on Tuesday.\n\n“We listened,” said the mayor & her team.\n\nNext line"
        );
    }

    #[test]
    fn html_that_would_run_script_becomes_inert_text_or_nothing() {
        let text =
            html_to_text(r#"<p>Hi<img src=x onerror="alert(1)"> there</p><script>bad()</script>"#);
        assert_eq!(text, "Hi there");
        assert_eq!(html_to_text("<p>unclosed <script>evil()"), "unclosed");
    }

    #[test]
    fn comments_and_broken_tags_do_not_leak() {
        assert_eq!(
            html_to_text("<p>a<!-- hidden -->b</p><p>c <unterminated"),
            "ab\n\nc"
        );
    }

    #[test]
    fn character_references_are_decoded_and_unknown_ones_kept() {
        assert_eq!(
            decode_entities("&#8220;Q&#x201D; &bogus; AT&T &#0;"),
            "“Q” &bogus; AT&T &#0;"
        );
    }

    #[test]
    fn html_is_recognised_by_its_first_tag() {
        assert!(looks_like_html("  <!doctype html><p>x"));
        assert!(looks_like_html("<p>x</p>"));
        assert!(!looks_like_html("Plain text with a < sign"));
    }

    #[test]
    fn markdown_is_reduced_to_its_text() {
        let md = "# Ferries stay\n\nThe **council** voted, [reports](https://x.example) say.\n- one\n> quoted `code`";
        assert_eq!(
            markdown_to_text(md),
            "Ferries stay\n\nThe council voted, reports say.\none\nquoted code"
        );
    }

    #[test]
    fn files_are_read_by_their_kind() {
        assert_eq!(text_of_file("a.HTML", "<p>x</p><p>y</p>"), "x\n\ny");
        assert_eq!(text_of_file("a.md", "# T\nbody"), "T\nbody");
        assert_eq!(text_of_file("a.txt", "a\r\nb"), "a\nb");
        assert_eq!(title_of_file("ferry-vote_2025.txt"), "ferry vote 2025");
    }
}
