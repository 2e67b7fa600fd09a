//! Scoring a `sort`: the columns ticked for each row, and the evidence quoted.
//!
//! For a row with `total` right columns, `right` of them ticked and `wrong` ticked columns
//! that are neither right nor in `also_accept`:
//!
//! - **partial** (the default, Moodle's OU matrix): `max(min(right, total − wrong), 0) /
//!   total × row.points`. Each right column ticked earns `row.points / total`; a wrong tick
//!   costs as much, but only once the ticks outnumber the right columns (a wrong tick in
//!   place of a missed right column costs nothing more than the miss).
//! - **all or nothing**: `row.points` when every right column is ticked and no wrong one.
//! - A row with **no right column** earns `row.points` when no wrong column is ticked.
//!
//! `also_accept` columns never cost or earn. With `require_evidence`, each row with right
//! columns also earns `evidence_points` for a good quote (see [`super::evidence`]).

use std::collections::{BTreeMap, BTreeSet};

use super::context::{Context, quoted};
use super::evidence::{self, Verdict};
use super::tally::{Tally, TaskMarks};
use crate::activity::{Label, Sort, SortRow, SortRule};
use crate::answer::Response;
use crate::text::count;

/// Scores the rows of a `sort`.
pub(crate) fn score_sort(ctx: &Context<'_>, sort: &Sort) -> Tally {
    let none = BTreeMap::new();
    let (ticks, quotes) = match &ctx.answer.response {
        Response::Sort { ticks, evidence } => (ticks, evidence),
        _ => (&none, &BTreeMap::new()),
    };
    let empty = BTreeSet::new();
    let mut tally = Tally::default();
    for row in &sort.rows {
        let ticked = ticks.get(&*row.id).unwrap_or(&empty);
        let asks_evidence = sort.require_evidence && !row.right.is_empty();
        let evidence_max = if asks_evidence {
            sort.evidence_points
        } else {
            0.0
        };
        let label = ctx.shown(&row.label, row.source.as_deref());
        let mut task = ctx.task(&row.id, label, row.points + evidence_max);
        if !ticked.is_empty() {
            task.answered();
        }
        let columns = Columns::of(sort, row, ticked);
        if row.right.is_empty() {
            mark_row_without_key(&mut task, row, &columns);
        } else {
            match sort.rule {
                SortRule::Partial => mark_partial(&mut task, row, &columns),
                SortRule::AllOrNothing => mark_all_or_nothing(&mut task, row, &columns),
            }
        }
        for c in &columns.also {
            task.note(|| {
                format!(
                    "{} ticked: defensible either way, so it neither gains nor costs a mark",
                    c.label
                )
            });
        }
        if asks_evidence {
            let quote = quotes.get(&*row.id).map_or("", String::as_str);
            if !quote.trim().is_empty() {
                task.answered();
            }
            mark_evidence(ctx, &mut task, row, quote, sort.evidence_points);
        }
        task.feedback(row.explanation.as_deref());
        task.model_answer_from(ctx.activity.show_model_answer, || key_text(sort, row));
        tally.push(task);
    }
    tally
}

/// A row's ticked columns, sorted by how the key sees them, in column order.
struct Columns<'a> {
    /// Right columns, each with whether it was ticked.
    right: Vec<(&'a Label, bool)>,
    /// Ticked columns that are also accepted.
    also: Vec<&'a Label>,
    /// Ticked columns that are neither right nor also accepted.
    wrong: Vec<&'a Label>,
}

impl<'a> Columns<'a> {
    fn of(sort: &'a Sort, row: &SortRow, ticked: &BTreeSet<String>) -> Self {
        let mut columns = Columns {
            right: Vec::new(),
            also: Vec::new(),
            wrong: Vec::new(),
        };
        for c in &sort.columns {
            let is_ticked = ticked.contains(&c.id);
            if row.right.contains(&c.id) {
                columns.right.push((c, is_ticked));
            } else if is_ticked && row.also_accept.contains(&c.id) {
                columns.also.push(c);
            } else if is_ticked {
                columns.wrong.push(c);
            }
        }
        columns
    }

    fn right_ticked(&self) -> usize {
        self.right.iter().filter(|(_, t)| *t).count()
    }
}

fn mark_partial(task: &mut TaskMarks, row: &SortRow, columns: &Columns<'_>) {
    let total = columns.right.len();
    let share = row.points / total as f64;
    for (c, ticked) in &columns.right {
        if *ticked {
            task.give(share, || format!("{} — right", c.label));
        } else {
            task.note(|| format!("{} not ticked: this source shows it", c.label));
        }
    }
    // Wrong ticks in place of missed right columns cost nothing more than the misses.
    let free = total - columns.right_ticked();
    for (n, c) in columns.wrong.iter().enumerate() {
        if n < free {
            task.note(|| {
                format!(
                    "{} ticked: not supported by this source (no extra mark off: the column you \
                 missed already cost it)",
                    c.label
                )
            });
        } else {
            task.give(-share, || {
                format!("{} ticked: not supported by this source", c.label)
            });
        }
    }
    let marks = task.marks();
    if marks < 0.0 {
        task.give(-marks, "a row never scores below 0");
    }
}

fn mark_all_or_nothing(task: &mut TaskMarks, row: &SortRow, columns: &Columns<'_>) {
    if columns.right_ticked() == columns.right.len() && columns.wrong.is_empty() {
        task.give(row.points, || {
            let labels: Vec<&str> = columns
                .right
                .iter()
                .map(|(c, _)| c.label.as_str())
                .collect();
            format!("{} — right, and nothing wrong ticked", labels.join(", "))
        });
        return;
    }
    for (c, ticked) in &columns.right {
        if !ticked {
            task.note(|| format!("{} not ticked: this source shows it", c.label));
        }
    }
    for c in &columns.wrong {
        task.note(|| format!("{} ticked: not supported by this source", c.label));
    }
    task.note("no marks: this row is marked all or nothing");
}

fn mark_row_without_key(task: &mut TaskMarks, row: &SortRow, columns: &Columns<'_>) {
    if columns.wrong.is_empty() {
        task.give(
            row.points,
            "no column fits this source, and you ticked none that does not — right",
        );
        return;
    }
    for c in &columns.wrong {
        task.note(|| format!("{} ticked: no column fits this source", c.label));
    }
    task.note("no marks: this row earns its marks only when no column is ticked");
}

fn mark_evidence(ctx: &Context<'_>, task: &mut TaskMarks, row: &SortRow, quote: &str, max: f64) {
    let (source_text, source_name) = match &row.source {
        Some(id) => (
            ctx.source(id).map(|s| s.body()),
            ctx.source(id).map_or(id.as_str(), |s| &*s.label),
        ),
        None => (row.text.as_deref(), "the statement"),
    };
    let verdict = evidence::check(quote, source_text, &row.evidence);
    let reason = || match verdict {
        Verdict::Missing => "evidence: no quote given".to_string(),
        Verdict::TooShort => format!(
            "evidence: {} is too short to show anything (quote at least {})",
            quoted(quote),
            count(evidence::MIN_QUOTE_WORDS, "word")
        ),
        Verdict::NotInSource => format!("evidence: {} is not in {source_name}", quoted(quote)),
        Verdict::NotTheEvidence => format!(
            "evidence: {} is not the part of {source_name} that shows this",
            quoted(quote)
        ),
        Verdict::Good => format!("evidence: {} is from {source_name}", quoted(quote)),
        Verdict::Unchecked => format!(
            "evidence: {} accepted (the source text was not at hand to check it)",
            quoted(quote)
        ),
    };
    if verdict.earns() {
        task.give(max, reason);
    } else {
        task.note(reason);
    }
}

/// "Right: Spreading revolution. Also accepted: Defence of Soviet interests."
fn key_text(sort: &Sort, row: &SortRow) -> String {
    let labels = |ids: &[String]| -> Vec<String> {
        sort.columns
            .iter()
            .filter(|c| ids.contains(&c.id))
            .map(|c| c.label.clone())
            .collect()
    };
    let right = labels(&row.right);
    let mut text = if right.is_empty() {
        "No column fits.".to_string()
    } else {
        format!("Right: {}.", right.join(", "))
    };
    let also = labels(&row.also_accept);
    if !also.is_empty() {
        text.push_str(&format!(" Also accepted: {}.", also.join(", ")));
    }
    text
}
