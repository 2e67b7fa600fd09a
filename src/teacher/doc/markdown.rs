//! Markdown (CommonMark with GitHub's pipe tables).

use super::{Block, Doc};
use crate::text::clean;

/// Text made literal in Markdown: punctuation that could start emphasis, links, code, HTML
/// or a table cell is backslash-escaped, and a line that would start a heading, list or
/// quote is defused.
pub fn escape(text: &str) -> String {
    let text = clean(text);
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        out.push_str(indent);
        // "1. " or "1) " would start a numbered list.
        let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
        let numbered = digits > 0
            && matches!(trimmed.as_bytes().get(digits), Some(b'.' | b')'))
            && trimmed
                .as_bytes()
                .get(digits + 1)
                .is_none_or(u8::is_ascii_whitespace);
        for (j, c) in trimmed.chars().enumerate() {
            let starts_block = j == 0 && matches!(c, '-' | '+' | '=' | '#' | '>');
            if numbered && j == digits {
                out.push('\\');
            }
            match c {
                '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '!' => {
                    out.push('\\');
                    out.push(c);
                }
                '<' => out.push_str("&lt;"),
                '>' if !starts_block => out.push_str("&gt;"),
                '&' => out.push_str("&amp;"),
                _ if starts_block => {
                    out.push('\\');
                    out.push(c);
                }
                _ => out.push(c),
            }
        }
    }
    out
}

/// A table cell: escaped, its line breaks as `<br>`.
fn cell(text: &str) -> String {
    escape(text).replace('\n', "<br>")
}

/// The document as Markdown.
pub fn render(doc: &Doc) -> String {
    let mut out = format!("# {}\n", escape(&doc.title).replace('\n', " "));
    for block in &doc.blocks {
        out.push('\n');
        match block {
            Block::Heading { level, text } => {
                let hashes = "#".repeat(usize::from((*level).clamp(1, 6)));
                out.push_str(&format!("{hashes} {}\n", escape(text).replace('\n', " ")));
            }
            Block::Paragraph(text) => {
                out.push_str(&escape(text.trim_end()).replace('\n', "  \n"));
                out.push('\n');
            }
            Block::Note(text) => {
                out.push_str(&format!("*{}*\n", escape(text.trim()).replace('\n', " ")))
            }
            Block::Quote { heading, text } => {
                out.push_str(&format!(
                    "> **{}**\n>\n",
                    escape(heading).replace('\n', " ")
                ));
                for line in escape(text.trim_end()).lines() {
                    out.push_str(&format!("> {line}\n"));
                }
            }
            Block::List(items) => {
                for item in items {
                    out.push_str(&format!(
                        "- {}\n",
                        escape(item.trim_end()).replace('\n', "  \n  ")
                    ));
                }
            }
            Block::Table { header, rows } => {
                let line = |cells: &[String]| {
                    let cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
                    format!("| {} |\n", cells.join(" | "))
                };
                out.push_str(&line(header));
                out.push_str(&format!("|{}\n", " --- |".repeat(header.len())));
                for row in rows {
                    out.push_str(&line(row));
                }
            }
            Block::Lines(n) => {
                let rule = "\\_".repeat(40);
                let lines: Vec<String> = (0..*n).map(|_| rule.clone()).collect();
                out.push_str(&lines.join("  \n"));
                out.push('\n');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_is_escaped() {
        assert_eq!(escape("a *b* <i> | c"), "a \\*b\\* &lt;i&gt; \\| c");
        assert_eq!(
            escape("# not a heading\n- nor a list\n1. nor this"),
            "\\# not a heading\n\\- nor a list\n1\\. nor this"
        );
        assert_eq!(escape("x\u{1b}[31m"), "x\u{FFFD}\\[31m");
        assert_eq!(escape("1.5 marks"), "1.5 marks");
    }
}
