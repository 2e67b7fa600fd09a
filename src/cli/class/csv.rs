//! The gradebook as CSV for a learning platform's gradebook import: one row per student.
//!
//! Columns: `Student`; one column per activity, headed by its id, holding the marks (empty
//! when nothing was handed in); `Total`; `Needs marking`, the ids of activities whose
//! mark waits for the teacher, separated by spaces. Numbers use a `.` and no thousands
//! separator.

use crate::teacher::gradebook::Gradebook;
use crate::text::csv_field;
use crate::text::fmt_marks;

/// The gradebook as CSV.
pub(super) fn gradebook(book: &Gradebook) -> String {
    let mut header = vec!["Student".to_string()];
    header.extend(book.columns.iter().map(|c| csv_field(&c.id)));
    header.push("Total".into());
    header.push("Needs marking".into());
    let mut out = header.join(",");
    out.push('\n');
    for row in &book.rows {
        let mut cells = vec![csv_field(&row.student)];
        cells.extend(
            row.cells
                .iter()
                .map(|c| c.map_or_else(String::new, |c| fmt_marks(c.marks))),
        );
        cells.push(fmt_marks(row.total));
        cells.push(csv_field(&row.provisional.join(" ")));
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}
