//! Where questions' lines go, which are shown, and what a click lands on.

use ratatui::layout::Rect;

use super::content::{QLine, lines};
use crate::tui::app::{App, TaskState};
use crate::tui::geometry::Target;
use crate::tui::shuffle::shown_fields;

/// Where the questions' parts go.
pub struct Geometry {
    /// The questions.
    pub list: Rect,
    /// The progress line.
    pub status: Rect,
    /// The first line shown, so the cursor's question is in view.
    pub first: usize,
    /// All the lines.
    pub lines: Vec<QLine>,
}

/// The questions' parts in `area`.
pub fn geometry(app: &App, st: &TaskState, area: Rect) -> Geometry {
    let fields = shown_fields(
        &app.unit.activities[st.activity],
        st.part,
        &app.work[st.activity].options,
    );
    let list = Rect {
        height: area.height.saturating_sub(1),
        ..area
    };
    let status = Rect::new(area.x, area.bottom().saturating_sub(1), area.width, 1);
    let lines = lines(app, st, &fields, list.width as usize);
    let h = list.height as usize;
    let stop_at: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.stop == Some(st.row))
        .map(|(k, _)| k)
        .collect();
    let first = match (stop_at.first(), stop_at.last()) {
        (Some(&s), Some(&e)) => {
            let field = lines[s].field;
            let start = lines.iter().position(|l| l.field == field).unwrap_or(s);
            let top = if e + 1 - start > h { s } else { start };
            let mut first = top.min(lines.len().saturating_sub(h));
            if e >= first + h {
                first = e + 1 - h;
            }
            first
        }
        _ => 0,
    };
    Geometry {
        list,
        status,
        first,
        lines,
    }
}

/// The lines shown, each with its rect.
pub fn visible(g: &Geometry) -> impl Iterator<Item = (Rect, &QLine)> {
    g.lines
        .iter()
        .skip(g.first)
        .take(g.list.height as usize)
        .enumerate()
        .map(|(y, l)| (Rect::new(g.list.x, g.list.y + y as u16, g.list.width, 1), l))
}

/// The text box under the cursor, for the editor to open over it.
pub fn anchor(app: &App, st: &TaskState, area: Rect) -> Option<Rect> {
    box_at(&geometry(app, st, area), st.row)
}

/// Where the text box at the stop `row` is shown, in a layout.
pub fn box_at(g: &Geometry, row: usize) -> Option<Rect> {
    let rows: Vec<Rect> = visible(g)
        .filter(|(_, l)| l.stop == Some(row))
        .map(|(r, _)| r)
        .collect();
    let first = rows.first()?;
    Some(Rect {
        height: rows.len() as u16,
        ..*first
    })
}

/// The clickable options and text boxes.
pub fn targets(app: &App, st: &TaskState, area: Rect, out: &mut Vec<(Rect, Target)>) {
    let g = geometry(app, st, area);
    out.extend(visible(&g).filter_map(|(r, l)| l.stop.map(|s| (r, Target::Stop(s)))));
}
