//! A grid: a table of written cells; Enter opens the selected cell for writing.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

use super::{sel, status_line};
use crate::activity::{Body, Grid};
use crate::tui::app::{App, TaskState};
use crate::tui::form::{self, TextTarget};
use crate::tui::layout::{Target, scroll_to};
use crate::tui::wrap::{pad, truncate, width, wrap_clipped};

struct Geometry {
    header: Rect,
    label_w: u16,
    col_w: u16,
    row_h: u16,
    /// (row index, top line) of each row shown.
    rows: Vec<(usize, u16)>,
    info: Rect,
}

fn grid_of<'a>(app: &'a App, st: &TaskState) -> Option<&'a Grid> {
    match &app.unit.activities[st.activity].body {
        Body::Grid(g) => Some(g),
        _ => None,
    }
}

fn geometry(g: &Grid, st: &TaskState, area: Rect) -> Geometry {
    let header = Rect {
        height: 2.min(area.height),
        ..area
    };
    let info = Rect::new(
        area.x,
        area.bottom().saturating_sub(2),
        area.width,
        2.min(area.height),
    );
    let avail = area.height.saturating_sub(4);
    let n = g.rows.len().max(1) as u16;
    let row_h = (avail.saturating_sub(n) / n).clamp(1, 4);
    let fit = (avail / (row_h + 1)).max(1) as usize;
    let first = scroll_to(st.row, fit, g.rows.len());
    let rows = (first..g.rows.len())
        .take(fit)
        .enumerate()
        .map(|(k, r)| (r, area.y + 2 + k as u16 * (row_h + 1)))
        .collect();
    let longest = g.rows.iter().map(|r| width(&r.label)).max().unwrap_or(0) as u16;
    let label_w = (longest + 3).min((area.width / 4).max(12));
    let col_w = (area.width.saturating_sub(label_w) / g.columns.len().max(1) as u16).max(4);
    Geometry {
        header,
        label_w,
        col_w,
        row_h,
        rows,
        info,
    }
}

fn cell_rect(geo: &Geometry, area: Rect, top: u16, col: usize) -> Rect {
    Rect::new(
        area.x + geo.label_w + col as u16 * geo.col_w,
        top,
        geo.col_w.saturating_sub(1),
        geo.row_h,
    )
}

/// The selected cell, for the text box to open over it.
pub fn anchor(app: &App, st: &TaskState, area: Rect) -> Option<Rect> {
    let g = grid_of(app, st)?;
    let geo = geometry(g, st, area);
    let &(_, top) = geo.rows.iter().find(|(r, _)| *r == st.row)?;
    Some(cell_rect(&geo, area, top, st.col))
}

/// The clickable cells.
pub fn targets(app: &App, st: &TaskState, area: Rect, out: &mut Vec<(Rect, Target)>) {
    let Some(g) = grid_of(app, st) else { return };
    let geo = geometry(g, st, area);
    for &(row, top) in &geo.rows {
        for col in 0..g.columns.len() {
            out.push((
                cell_rect(&geo, area, top, col),
                Target::GridCell { row, col },
            ));
        }
    }
}

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
