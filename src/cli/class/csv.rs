//! The gradebook as CSV for a learning platform's gradebook import: one row per student.
//!
//! Columns: `Student`; one column per activity, headed by its id, holding the marks (empty
//! when nothing was handed in); `Total`; `Needs marking`, the ids of activities whose
//! mark waits for the teacher, separated by spaces. Numbers use a `.` and no thousands
//! separator.

use crate::scoring::fmt_marks;
use crate::teacher::gradebook::Gradebook;
use crate::text::clean;

/// A text field: cleaned, kept from being read as a spreadsheet formula, and quoted when
/// it holds a comma, quote or line break.
pub(super) fn field(text: &str) -> String {
    let mut field = clean(text).into_owned();
    if field.starts_with(['=', '+', '-', '@']) {
        field.insert(0, '\'');
    }
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field
    }
}

/// The gradebook as CSV.
pub(super) fn gradebook(book: &Gradebook) -> String {
    let mut header = vec!["Student".to_string()];
    header.extend(book.columns.iter().map(|c| field(&c.id)));
    header.push("Total".into());
    header.push("Needs marking".into());
    let mut out = header.join(",");
    out.push('\n');
    for row in &book.rows {
        let mut cells = vec![field(&row.student)];
        cells.extend(
            row.cells
                .iter()
                .map(|c| c.map_or_else(String::new, |c| fmt_marks(c.marks))),
        );
        cells.push(fmt_marks(row.total));
        cells.push(field(&row.provisional.join(" ")));
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::field;

    #[test]
    fn fields_are_quoted_and_defused() {
        assert_eq!(field("Lovelace, Ada"), "\"Lovelace, Ada\"");
        assert_eq!(field("=1+1"), "'=1+1");
        assert_eq!(field("a\"b"), "\"a\"\"b\"");
    }
}
