//! Plain text, for a terminal: underlined headings, indented sources, aligned tables.

use std::borrow::Cow;

use unicode_width::UnicodeWidthStr;

use super::{Block, Doc};
use crate::text::clean;

/// `text` padded with spaces to `width` terminal columns.
pub fn pad(text: &str, width: usize) -> String {
    let shown = UnicodeWidthStr::width(text);
    format!("{text}{}", " ".repeat(width.saturating_sub(shown)))
}

/// A cell cleaned, on one line, with its width in terminal columns.
fn flat_cell(text: &str) -> (Cow<'_, str>, usize) {
    let mut cell = clean(text);
    if cell.contains(['\n', '\t']) {
        cell = Cow::Owned(cell.replace(['\n', '\t'], " "));
    }
    let width = UnicodeWidthStr::width(cell.as_ref());
    (cell, width)
}

/// A table as aligned columns, a rule under the header. Cells are cleaned and their line
/// breaks turned into spaces.
pub fn table(header: &[String], rows: &[Vec<String>]) -> String {
    let header: Vec<_> = header.iter().map(|c| flat_cell(c)).collect();
    let rows: Vec<Vec<_>> = rows
        .iter()
        .map(|r| r.iter().map(|c| flat_cell(c)).collect())
        .collect();
    // The widest cell of each column, header included.
    let mut widths = vec![0; header.len()];
    for row in std::iter::once(&header).chain(&rows) {
        for ((_, width), widest) in row.iter().zip(&mut widths) {
            *widest = (*widest).max(*width);
        }
    }
    let mut out = String::new();
    let mut line = |cells: &[(Cow<'_, str>, usize)]| {
        let start = out.len();
        for (i, ((cell, width), widest)) in cells.iter().zip(&widths).enumerate() {
            if i > 0 {
                out.push_str("  ");
            }
            out.push_str(cell);
            out.extend(std::iter::repeat_n(' ', widest.saturating_sub(*width)));
        }
        let kept = out[start..].trim_end().len();
        out.truncate(start + kept);
        out.push('\n');
    };
    line(&header);
    let rule: Vec<_> = widths
        .iter()
        .map(|&w| (Cow::Owned("-".repeat(w)), w))
        .collect();
    line(&rule);
    for row in &rows {
        line(row);
    }
    out
}

fn indented(text: &str, prefix: &str) -> String {
    text.lines().map(|l| format!("{prefix}{l}\n")).collect()
}

/// The document as plain text.
pub fn render(doc: &Doc) -> String {
    let mut out = String::new();
    let title = clean(&doc.title);
    out.push_str(&format!(
        "{title}\n{}\n",
        "=".repeat(UnicodeWidthStr::width(title.as_ref()))
    ));
    for block in &doc.blocks {
        out.push('\n');
        match block {
            Block::Heading { level, text } => {
                let text = clean(text);
                let rule = if *level <= 2 { '=' } else { '-' };
                if *level <= 3 {
                    let width = UnicodeWidthStr::width(text.as_ref());
                    out.push_str(&format!("{text}\n{}\n", rule.to_string().repeat(width)));
                } else {
                    out.push_str(&format!("{text}\n"));
                }
            }
            Block::Paragraph(text) => out.push_str(&format!("{}\n", clean(text).trim_end())),
            Block::Note(text) => out.push_str(&format!("({})\n", clean(text).trim_end())),
            Block::Quote { heading, text } => {
                out.push_str(&format!("  {}\n", clean(heading)));
                out.push_str(&indented(clean(text).trim_end(), "    "));
            }
            Block::List(items) => {
                for item in items {
                    let item = clean(item);
                    let mut lines = item.trim_end().lines();
                    out.push_str(&format!("  - {}\n", lines.next().unwrap_or_default()));
                    for l in lines {
                        out.push_str(&format!("    {l}\n"));
                    }
                }
            }
            Block::Table { header, rows } => out.push_str(&table(header, rows)),
            Block::Lines(n) => {
                for _ in 0..*n {
                    out.push_str(&format!("  {}\n", "_".repeat(60)));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_align_and_clean() {
        let t = table(
            &["name".into(), "marks".into()],
            &[
                vec!["李 Ada".into(), "3".into()],
                vec!["Bo\u{1b}b".into(), "10".into()],
            ],
        );
        assert_eq!(
            t,
            "name    marks\n------  -----\n李 Ada  3\nBo\u{FFFD}b    10\n"
        );
    }
}
