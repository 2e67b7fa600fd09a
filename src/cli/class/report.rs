//! The class report as a document: printed as plain tables, Markdown or HTML.

use crate::activity::Unit;
use crate::teacher::doc::Doc;
use crate::teacher::gradebook::{Gradebook, Listed};
use crate::teacher::heatmap::{KeyMark, Positions, SortHeatMap};
use crate::teacher::items::ItemStats;
use crate::text::{count, fmt_marks};

/// "45%".
pub(super) fn percent(share: f64) -> String {
    format!("{}%", (share * 100.0).round())
}

/// "0.32", or "—" when undefined.
pub(super) fn signed(value: Option<f64>) -> String {
    value.map_or_else(|| "—".into(), |v| format!("{:.2}", v + 0.0))
}

fn gradebook_table(doc: &mut Doc, book: &Gradebook) {
    let mut header = vec!["Student".to_string()];
    header.extend(
        book.columns
            .iter()
            .map(|c| format!("{} ({})", c.id, fmt_marks(c.max))),
    );
    header.push(format!("Total ({})", fmt_marks(book.max)));
    let mut rows: Vec<Vec<String>> = book
        .rows
        .iter()
        .map(|r| {
            let mut cells = vec![match r.listed {
                Listed::HandedIn => r.student.clone(),
                listed => format!("{} ({})", r.student, listed.word()),
            }];
            cells.extend(r.cells.iter().map(|c| match c {
                None => "—".to_string(),
                Some(c) if c.is_provisional() => format!("{}*", fmt_marks(c.marks)),
                Some(c) => fmt_marks(c.marks),
            }));
            let star = if r.provisional.is_empty() { "" } else { "*" };
            cells.push(format!("{}{star}", fmt_marks(r.total)));
            cells
        })
        .collect();
    let mut means = vec!["Class mean".to_string()];
    means.extend(
        book.column_means()
            .into_iter()
            .map(|m| m.map_or_else(|| "—".into(), fmt_marks)),
    );
    let totals: Vec<f64> = book
        .rows
        .iter()
        .filter(|r| r.listed != Listed::Missing)
        .map(|r| r.total)
        .collect();
    means.push(if totals.is_empty() {
        "—".into()
    } else {
        fmt_marks(totals.iter().sum::<f64>() / totals.len() as f64)
    });
    rows.push(means);
    doc.table(header, rows);
    doc.note("— nothing handed in; * provisional: part of the mark waits for the teacher's rubric marks (`classwork mark`).");
}

fn needs_marking(doc: &mut Doc, book: &Gradebook) {
    let waiting: Vec<String> = book
        .rows
        .iter()
        .filter(|r| !r.provisional.is_empty())
        .map(|r| format!("{}: {}", r.student, r.provisional.join(", ")))
        .collect();
    doc.heading(2, "Needs marking");
    if waiting.is_empty() {
        doc.paragraph("Nothing: every mark is final.");
    } else {
        doc.list(waiting);
    }
}

fn flags_text(item: &ItemStats) -> String {
    item.flags
        .iter()
        .map(|f| match f {
            crate::teacher::items::Flag::NegativeDiscrimination => "D < 0",
            crate::teacher::items::Flag::StrongStudentsFail => "hard for all",
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn items_table(doc: &mut Doc, items: &[ItemStats]) {
    doc.heading(2, "Item analysis");
    doc.note("Facility: mean share of the task's marks earned. Discrimination: correlation of the task's marks with the rest of the unit (Moodle's discrimination index ÷ 100); — under 3 students or no variation.");
    let rows = items
        .iter()
        .map(|i| {
            vec![
                i.activity.clone(),
                i.task.clone(),
                i.what.to_string(),
                fmt_marks(i.max),
                i.n.to_string(),
                i.facility.map_or_else(|| "—".into(), percent),
                signed(i.discrimination),
                flags_text(i),
            ]
        })
        .collect();
    doc.table(
        [
            "Activity",
            "Task",
            "What",
            "Max",
            "n",
            "Facility",
            "Discrimination",
            "Check",
        ]
        .map(String::from)
        .to_vec(),
        rows,
    );
    let flagged: Vec<String> = items
        .iter()
        .flat_map(|i| {
            i.flags.iter().map(move |f| {
                format!(
                    "{} / {} ({}, “{}”): {}",
                    i.activity,
                    i.task,
                    i.what,
                    i.label,
                    f.describe()
                )
            })
        })
        .collect();
    doc.heading(3, "Possibly keyed wrongly");
    if flagged.is_empty() {
        doc.paragraph("No task was flagged.");
    } else {
        doc.list(flagged);
    }
}

fn heat_map(doc: &mut Doc, map: &SortHeatMap) {
    doc.heading(2, format!("How the class sorted: {}", map.title));
    let mut header = vec!["Row".to_string()];
    header.extend(map.columns.iter().cloned());
    let rows = map
        .rows
        .iter()
        .map(|r| {
            let mut cells = vec![r.label.clone()];
            cells.extend(r.cells.iter().map(|c| {
                let sign = match c.key {
                    KeyMark::Right => "✓",
                    KeyMark::Accepted => "~",
                    KeyMark::Wrong => "✗",
                };
                format!("{} {sign}", c.ticked)
            }));
            cells
        })
        .collect();
    doc.table(header, rows);
    doc.note(format!(
        "Students who ticked each cell, of {} who handed it in; the key: ✓ right, ~ accepted either way, ✗ wrong.",
        map.students
    ));
}

fn positions(doc: &mut Doc, p: &Positions) {
    doc.heading(2, format!("How the class ordered: {}", p.title));
    let rows = p
        .items
        .iter()
        .map(|i| {
            vec![
                i.label.clone(),
                i.mean.map_or_else(|| "—".into(), |m| format!("{m:.2}")),
                i.placed.to_string(),
                match i.key {
                    Some((lo, hi)) if lo == hi => lo.to_string(),
                    Some((lo, hi)) => format!("{lo}–{hi}"),
                    None => "—".into(),
                },
            ]
        })
        .collect();
    doc.table(
        ["Item", "Mean position", "Placed by", "Key position"]
            .map(String::from)
            .to_vec(),
        rows,
    );
    doc.note(format!(
        "Of {} students who handed it in; position 1 is first.",
        p.students
    ));
}

/// The whole report: gradebook, marking still to do, item analysis, heat maps and
/// positions. `problems` is the number of diagnostics printed about the class's files.
pub(super) fn document(
    unit: &Unit,
    book: &Gradebook,
    items: &[ItemStats],
    maps: &[SortHeatMap],
    orders: &[Positions],
    problems: usize,
) -> Doc {
    let mut doc = Doc::new(format!("Class results: {}", unit.title));
    let mut summary = count(book.rows.len(), "student");
    if problems > 0 {
        summary.push_str(&format!(
            "; {} with the files (printed on stderr)",
            count(problems, "problem")
        ));
    }
    doc.note(summary);
    doc.heading(2, "Gradebook");
    gradebook_table(&mut doc, book);
    needs_marking(&mut doc, book);
    items_table(&mut doc, items);
    for map in maps {
        heat_map(&mut doc, map);
    }
    for order in orders {
        positions(&mut doc, order);
    }
    doc
}
