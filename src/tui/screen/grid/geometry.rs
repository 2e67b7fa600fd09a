//! Where a grid's cells go, and the cells a click lands on.

use ratatui::layout::Rect;

use crate::activity::{Body, Grid};
use crate::tui::app::{App, TaskState};
use crate::tui::geometry::{Target, scroll_to};
use crate::tui::wrap::width;

/// Where the grid screen's parts go.
pub struct Geometry {
    /// The column headings.
    pub header: Rect,
    /// Width of the row labels.
    pub label_w: u16,
    /// Width of a column.
    pub col_w: u16,
    /// Lines of a row.
    pub row_h: u16,
    /// (row index, top line) of each row shown.
    pub rows: Vec<(usize, u16)>,
    /// The lines under the table.
    pub info: Rect,
}

/// The grid of the activity being done.
pub fn grid_of<'a>(app: &'a App, st: &TaskState) -> Option<&'a Grid> {
    match &app.unit.activities[st.activity].body {
        Body::Grid(g) => Some(g),
        _ => None,
    }
}

/// The grid's parts in `area`.
pub fn geometry(g: &Grid, st: &TaskState, area: Rect) -> Geometry {
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

/// Where the cell of column `col` of the row at line `top` is.
pub fn cell_rect(geo: &Geometry, area: Rect, top: u16, col: usize) -> Rect {
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
