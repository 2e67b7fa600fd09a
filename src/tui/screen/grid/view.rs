//! A grid: a table of written cells; Enter opens the selected cell for writing.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

use super::super::RowShown;
use super::geometry::{cell_rect, geometry, grid_of};
use crate::activity::{Body, Grid};
use crate::answer::Answer;
use crate::answer::Response;
use crate::tui::app::{App, TaskState};
use crate::tui::form::{self, TextTarget};
use crate::tui::view::{sel, status_line};
use crate::tui::wrap::{pad, truncate, wrap_clipped};

/// Draws the grid.
pub fn render(app: &App, st: &TaskState, area: Rect, buf: &mut Buffer) {
    let Some(g) = grid_of(app, st) else { return };
    let t = &app.theme;
    let answer = &app.work[st.activity].answer;
    let geo = geometry(g, st, area);
    for (c, col) in g.columns.iter().enumerate() {
        let x = area.x + geo.label_w + c as u16 * geo.col_w;
        let style = if c == st.col { t.heading } else { t.muted };
        let w = geo.col_w.saturating_sub(1) as usize;
        for (k, l) in wrap_clipped(&col.label, w, 2).iter().enumerate() {
            buf.set_string(x, geo.header.y + k as u16, l, style);
        }
    }
    for &(r, top) in &geo.rows {
        let row = &g.rows[r];
        let here = r == st.row;
        let label = wrap_clipped(
            &row.label,
            geo.label_w.saturating_sub(2) as usize,
            geo.row_h as usize,
        );
        for (k, l) in label.iter().take(geo.row_h as usize).enumerate() {
            let style = if here { t.heading } else { Style::new() };
            let prefix = if here && k == 0 { "▶ " } else { "  " };
            buf.set_string(area.x, top + k as u16, format!("{prefix}{l}"), style);
        }
        for (c, col) in g.columns.iter().enumerate() {
            let rect = cell_rect(&geo, area, top, c);
            let cell = g.cell(&row.id, &col.id);
            let given = cell.and_then(|x| x.given.as_deref());
            let target = TextTarget::Cell(format!("{}.{}", row.id, col.id));
            let (text, style) = match given {
                Some(gv) => (gv.to_string(), t.muted.add_modifier(Modifier::ITALIC)),
                None => match form::text(answer, &target) {
                    "" => ("·".to_string(), t.muted),
                    s => (s.to_string(), Style::new()),
                },
            };
            let selected = here && c == st.col;
            if selected {
                buf.set_style(rect, t.cursor);
            }
            for (k, l) in wrap_clipped(&text, rect.width as usize, rect.height as usize)
                .iter()
                .enumerate()
            {
                buf.set_string(
                    rect.x,
                    rect.y + k as u16,
                    pad(l, rect.width as usize),
                    sel(t, selected, style),
                );
            }
        }
        let sep = top + geo.row_h;
        if sep < geo.info.y {
            buf.set_string(area.x, sep, "─".repeat(area.width as usize), t.border);
        }
    }
    if let (Some(row), Some(col)) = (g.rows.get(st.row), g.columns.get(st.col)) {
        let given = g.cell(&row.id, &col.id).is_some_and(|c| c.given.is_some());
        let what = if given { "given" } else { "Enter to write" };
        let line = format!("{} — {} ({what})", row.label, col.label);
        buf.set_string(
            geo.info.x,
            geo.info.y,
            truncate(&line, geo.info.width as usize),
            t.heading,
        );
    }
    buf.set_string(
        geo.info.x,
        geo.info.y + 1,
        status_line(app, st.activity),
        t.muted,
    );
}

/// "7 of 10 …": how much of the activity at `i` has an answer.
pub fn status(app: &App, i: usize) -> String {
    let (a, w) = (&app.unit.activities[i], &app.work[i]);
    if let (Body::Grid(g), Response::Grid(x)) = (&a.body, &w.answer.response) {
        let open = g.cells.iter().filter(|c| c.given.is_none()).count();
        return format!("{} of {} cells written.", x.len(), open.max(x.len()));
    }
    crate::tui::screen::questions::view::status(app, i)
}

/// The grid cell at the cursor: "row — column", then the column's description and what is
/// written (or given) in the cell.
pub fn cell_shown<'a>(g: &'a Grid, answer: &Answer, st: &TaskState) -> Option<RowShown<'a>> {
    let (row, column) = (g.rows.get(st.row)?, g.columns.get(st.col)?);
    let given = g.cell(&row.id, &column.id).and_then(|c| c.given.as_deref());
    let target = TextTarget::Cell(format!("{}.{}", row.id, column.id));
    let written = match given {
        Some(given) => format!("Given: {given}"),
        None => match form::text(answer, &target) {
            "" => "Nothing written yet: Enter to write.".to_string(),
            text => text.to_string(),
        },
    };
    let text = match &column.description {
        Some(about) => format!("{about}\n\n{written}"),
        None => written,
    };
    Some(RowShown::Statement(
        format!("{} — {}", row.label, column.label).into(),
        Some(text.into()),
    ))
}
