//! One self-contained HTML page: the styles inline, nothing fetched, every text escaped.

use super::{Block, Doc};
use crate::text::clean;

/// Text made safe inside HTML elements and quoted attributes.
pub fn escape(text: &str) -> String {
    let text = clean(text);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Escaped text with its line breaks as `<br>`.
fn lines(text: &str) -> String {
    escape(text.trim_end()).replace('\n', "<br>\n")
}

const STYLE: &str = "body{font-family:Georgia,serif;max-width:50em;margin:2em auto;padding:0 1em;line-height:1.45}\
table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #555;padding:.3em .6em;vertical-align:top;text-align:left}\
th{background:#eee}blockquote{border-left:3px solid #888;margin:.5em 0;padding:.2em 1em;background:#f7f7f7}\
.note{font-style:italic}.line{border-bottom:1px solid #777;height:2em}\
@media print{h2{page-break-before:auto}blockquote{background:none}}";

/// The document as a complete HTML page.
pub fn render(doc: &Doc) -> String {
    let title = escape(&doc.title);
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{title}</h1>\n"
    );
    for block in &doc.blocks {
        match block {
            Block::Heading { level, text } => {
                let level = (*level).clamp(1, 6);
                out.push_str(&format!("<h{level}>{}</h{level}>\n", escape(text)));
            }
            Block::Paragraph(text) => out.push_str(&format!("<p>{}</p>\n", lines(text))),
            Block::Note(text) => out.push_str(&format!("<p class=\"note\">{}</p>\n", lines(text))),
            Block::Quote { heading, text } => out.push_str(&format!(
                "<blockquote><p><strong>{}</strong></p><p>{}</p></blockquote>\n",
                escape(heading),
                lines(text)
            )),
            Block::List(items) => {
                out.push_str("<ul>\n");
                for item in items {
                    out.push_str(&format!("<li>{}</li>\n", lines(item)));
                }
                out.push_str("</ul>\n");
            }
            Block::Table { header, rows } => {
                out.push_str("<table>\n<tr>");
                for h in header {
                    out.push_str(&format!("<th>{}</th>", lines(h)));
                }
                out.push_str("</tr>\n");
                for row in rows {
                    out.push_str("<tr>");
                    for c in row {
                        out.push_str(&format!("<td>{}</td>", lines(c)));
                    }
                    out.push_str("</tr>\n");
                }
                out.push_str("</table>\n");
            }
            Block::Lines(n) => {
                for _ in 0..*n {
                    out.push_str("<div class=\"line\"></div>\n");
                }
            }
        }
    }
    out.push_str("</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_escaped_and_whole() {
        let mut doc = Doc::new("<script>alert('x')</script>");
        doc.paragraph("a & b\nc \u{1b}");
        let page = render(&doc);
        assert!(page.starts_with("<!DOCTYPE html>"));
        assert!(page.ends_with("</html>\n"));
        assert!(!page.contains("<script>"));
        assert!(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assert!(page.contains("<p>a &amp; b<br>\nc \u{FFFD}</p>"));
    }
}
