//! The gradebook as CSV for a learning platform's gradebook import: one row per student.
//!
//! Columns: `Student`; one column per activity, headed by its id, holding the marks (empty
//! when nothing was handed in); `Total`; `Needs marking`, the ids of activities whose
//! mark waits for the teacher, separated by spaces. Numbers use a `.` and no thousands
//! separator. With a class list, a `Student ID` column follows `Student`, every student on
//! the list has a row (handed in or not), and a last `Status` column says `missing` or `not
//! on the class list`.

use crate::teacher::gradebook::Gradebook;
use crate::text::csv_field;
use crate::text::fmt_marks;

/// The gradebook as CSV.
pub(super) fn gradebook(book: &Gradebook) -> String {
    let mut header = vec!["Student".to_string()];
    if book.roster {
        header.push("Student ID".into());
    }
    header.extend(book.columns.iter().map(|c| csv_field(&c.id)));
    header.push("Total".into());
    header.push("Needs marking".into());
    if book.roster {
        header.push("Status".into());
    }
    let mut out = header.join(",");
    out.push('\n');
    for row in &book.rows {
        let mut cells = vec![csv_field(&row.student)];
        if book.roster {
            cells.push(csv_field(row.id.as_deref().unwrap_or("")));
        }
        cells.extend(
            row.cells
                .iter()
                .map(|c| c.map_or_else(String::new, |c| fmt_marks(c.marks))),
        );
        cells.push(fmt_marks(row.total));
        cells.push(csv_field(&row.provisional.join(" ")));
        if book.roster {
            cells.push(row.listed.word().to_string());
        }
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}
