//! Where a sort's table, its rows and its evidence go, and the cells a click lands on.

use ratatui::layout::Rect;

use crate::activity::{Body, Sort};
use crate::tui::app::{App, TaskState};
use crate::tui::geometry::{Target, scroll_to};
use crate::tui::wrap::width;

/// Where the sort screen's parts go.
pub struct Geometry {
    /// The column headings.
    pub header: Rect,
    /// The rows shown.
    pub rows: Rect,
    /// Below the rows: the focused column, the evidence, the progress.
    pub info: Rect,
    /// Width of the row labels.
    pub label_w: u16,
    /// Width of a column.
    pub col_w: u16,
    /// The first row shown.
    pub first: usize,
}

/// The sort's parts in `area`.
pub fn geometry(s: &Sort, st: &TaskState, area: Rect) -> Geometry {
    let info_min = 3 + u16::from(s.require_evidence);
    let header = Rect {
        height: 2.min(area.height),
        ..area
    };
    let rows_h = area
        .height
        .saturating_sub(2 + info_min)
        .min(s.rows.len() as u16 + 1);
    let rows = Rect::new(area.x, area.y + 2, area.width, rows_h);
    let info = Rect::new(
        area.x,
        rows.bottom(),
        area.width,
        area.height.saturating_sub(2 + rows_h),
    );
    let longest = s.rows.iter().map(|r| width(&r.label)).max().unwrap_or(4) as u16;
    let label_w = (longest + 3).min(area.width / 3).max(8);
    let n = s.columns.len().max(1) as u16;
    let col_w = (area.width.saturating_sub(label_w) / n).max(3);
    let first = scroll_to(st.row, rows_h as usize, s.rows.len());
    Geometry {
        header,
        rows,
        info,
        label_w,
        col_w,
        first,
    }
}

/// The sort of the activity being done.
pub fn sort_of<'a>(app: &'a App, st: &TaskState) -> Option<&'a Sort> {
    match &app.unit.activities[st.activity].body {
        Body::Sort(s) => Some(s),
        _ => None,
    }
}

/// The clickable cells and row labels.
pub fn targets(app: &App, st: &TaskState, area: Rect, out: &mut Vec<(Rect, Target)>) {
    let Some(s) = sort_of(app, st) else { return };
    let g = geometry(s, st, area);
    for (k, pos) in (g.first..s.rows.len())
        .take(g.rows.height as usize)
        .enumerate()
    {
        let y = g.rows.y + k as u16;
        out.push((Rect::new(g.rows.x, y, g.label_w, 1), Target::Row(pos)));
        for c in 0..s.columns.len() {
            let x = g.rows.x + g.label_w + c as u16 * g.col_w;
            out.push((
                Rect::new(x, y, g.col_w, 1),
                Target::SortCell { row: pos, col: c },
            ));
        }
    }
}
