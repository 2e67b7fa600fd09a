//! `grid`: rows against columns, a written answer in each cell.

use super::Ctx;
use super::questions::validate_keywords;
use super::tables::{labels, required};
use crate::activity::model::{Grid, GridCell, Label};
use crate::activity::raw::{RawActivity, Spanned, Text};
use crate::diagnostic::Diagnostic;

/// A `grid` of written cells.
pub(super) fn validate_grid(ctx: &mut Ctx<'_>, raw: &RawActivity) -> Option<Grid> {
    let raw_rows = required(ctx, raw, "rows", raw.rows.as_ref())?;
    let mut rows = Vec::new();
    for row in raw_rows {
        let (Some(id), Some(label)) = (&row.id, &row.label) else {
            let at = row
                .id
                .as_ref()
                .or(row.label.as_ref())
                .map_or(raw.rows.as_ref().map_or(0..0, Spanned::span), Spanned::span);
            ctx.push(
                Diagnostic::error("missing-key", "a grid row needs an `id` and a `label`").at(at),
            );
            continue;
        };
        for (key, present) in [
            ("source", row.source.is_some()),
            ("right", row.right.is_some()),
            ("explanation", row.explanation.is_some()),
        ] {
            if present {
                ctx.push(
                    Diagnostic::error(
                        "key-not-for-kind",
                        format!("`{key}` is not used by a grid row"),
                    )
                    .at(id.span())
                    .help("a grid row has only `id` and `label`; put model answers in `[[cells]]`"),
                );
            }
        }
        ctx.not_blank("row label", label);
        rows.push(Label {
            id: id.get().clone(),
            label: label.get().clone(),
            description: None,
        });
    }
    let row_ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
    let row_texts: Vec<&Text> = raw_rows.iter().filter_map(|r| r.id.as_ref()).collect();
    ctx.unique_ids("row", row_texts);
    let raw_columns = required(ctx, raw, "columns", raw.columns.as_ref())?;
    let columns = labels(ctx, "column", raw_columns);
    let column_ids: Vec<String> = columns.iter().map(|c| c.id.clone()).collect();
    let raw_cells = raw
        .cells
        .as_ref()
        .map(|c| c.get().as_slice())
        .unwrap_or_default();
    let mut cells: Vec<GridCell> = Vec::new();
    for cell in raw_cells {
        let ok = ctx.reference("row", &cell.row, &row_ids)
            & ctx.reference("column", &cell.column, &column_ids);
        if !ok {
            continue;
        }
        if cells
            .iter()
            .any(|c| &c.row == cell.row.get() && &c.column == cell.column.get())
        {
            ctx.push(
                Diagnostic::error(
                    "duplicate-id",
                    format!(
                        "two cells for `{}` × `{}`",
                        cell.row.get(),
                        cell.column.get()
                    ),
                )
                .at(cell.row.span())
                .help("merge them into one `[[cells]]` table"),
            );
            continue;
        }
        if cell.model_answer.is_none() && cell.keywords.is_empty() && cell.given.is_none() {
            ctx.push(
                Diagnostic::warning(
                    "no-key",
                    format!(
                        "cell `{}` × `{}` has no model answer and no keywords",
                        cell.row.get(),
                        cell.column.get()
                    ),
                )
                .at(cell.row.span())
                .help("add `model_answer` so students can compare, or `given` to fill the cell in"),
            );
        }
        cells.push(GridCell {
            row: cell.row.get().clone(),
            column: cell.column.get().clone(),
            model_answer: cell.model_answer.as_ref().map(|m| m.get().clone()),
            keywords: validate_keywords(ctx, &cell.keywords),
            given: cell.given.as_ref().map(|g| g.get().clone()),
        });
    }
    for row in &rows {
        for column in &columns {
            if !cells
                .iter()
                .any(|c| c.row == row.id && c.column == column.id)
            {
                cells.push(GridCell {
                    row: row.id.clone(),
                    column: column.id.clone(),
                    model_answer: None,
                    keywords: Vec::new(),
                    given: None,
                });
            }
        }
    }
    // Keep cells in row-major order, whatever order the file lists them in.
    cells.sort_by_key(|c| {
        (
            row_ids.iter().position(|r| r == &c.row),
            column_ids.iter().position(|k| k == &c.column),
        )
    });
    Some(Grid {
        rows,
        columns,
        cells,
    })
}
