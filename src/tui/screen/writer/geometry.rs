//! Where the writer's parts go, and how far its side pane scrolls.

use ratatui::layout::{Constraint, Layout, Rect};

use crate::tui::app::App;
use crate::tui::geometry::inner;
use crate::tui::geometry::{Target, scroll_to};
use crate::tui::screen::writer::WriterState;
use crate::tui::screen::writer::content::list_lines;
use crate::tui::screen::writer::content::side::side_lines;
use crate::tui::screen::writer::page::{self, Entry};
use crate::tui::wrap::wrap;
use ratatui::text::Line;

/// The parts of the writer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    /// The cover fields (empty for an essay).
    pub cover: Rect,
    /// The list of sections (empty for an essay).
    pub list: Rect,
    /// The section being written.
    pub editor: Rect,
    /// Guidance, notes or instructions.
    pub side: Rect,
}

/// Where each part of the writer goes in `area`.
pub fn areas(app: &App, st: &WriterState, area: Rect) -> Areas {
    let a = &app.unit.activities[st.activity];
    let cover_n = page::report(a).map_or(0, |r| r.cover.len());
    let cover_h = cover_n.div_ceil(2) as u16;
    let [cover, rest] =
        Layout::vertical([Constraint::Length(cover_h), Constraint::Min(1)]).areas(area);
    let list_w = if page::entries(a).len() > 1 {
        (area.width * 7 / 25).clamp(18, 32)
    } else {
        0
    };
    let side_w = (area.width * 7 / 25).clamp(22, 48);
    let [list, editor, side] = Layout::horizontal([
        Constraint::Length(list_w),
        Constraint::Min(20),
        Constraint::Length(side_w),
    ])
    .areas(rest);
    Areas {
        cover,
        list,
        editor,
        side,
    }
}

/// The furthest the side pane can scroll.
pub fn max_side_scroll(app: &App, st: &WriterState, area: Rect) -> u16 {
    let side = inner(areas(app, st, area).side);
    let n = side_lines(app, st, side.width as usize).len();
    n.saturating_sub(side.height as usize) as u16
}

/// The cover fields' cells, each with the entry it is (`None` for a fixed field).
pub fn cover_cells(app: &App, st: &WriterState, area: Rect) -> Vec<(Rect, usize, Option<usize>)> {
    let a = &app.unit.activities[st.activity];
    let entries = page::entries(a);
    let Some(r) = page::report(a) else {
        return Vec::new();
    };
    let half = area.width / 2;
    (0..r.cover.len())
        .map(|k| {
            let x = area.x + if k % 2 == 0 { 0 } else { half };
            let w = if k % 2 == 0 { half } else { area.width - half };
            let rect = Rect::new(x, area.y + (k / 2) as u16, w, 1);
            (rect, k, entries.iter().position(|e| *e == Entry::Cover(k)))
        })
        .collect()
}

/// The list's lines shown: (line rect, entry, line).
pub fn visible_list(app: &App, st: &WriterState, inner: Rect) -> Vec<(Rect, usize, Line<'static>)> {
    let lines = list_lines(app, st, inner.width as usize);
    let at = lines.iter().position(|(n, _)| *n == st.entry).unwrap_or(0);
    let first = scroll_to(at, inner.height as usize, lines.len());
    lines
        .into_iter()
        .skip(first)
        .take(inner.height as usize)
        .enumerate()
        .map(|(y, (n, l))| (Rect::new(inner.x, inner.y + y as u16, inner.width, 1), n, l))
        .collect()
}

/// The clickable parts of the writer.
pub fn targets(app: &App, st: &WriterState, area: Rect, out: &mut Vec<(Rect, Target)>) {
    let parts = areas(app, st, area);
    for (rect, _, entry) in cover_cells(app, st, parts.cover) {
        if let Some(n) = entry {
            out.push((rect, Target::Row(n)));
        }
    }
    if parts.list.width > 0 {
        let inner = inner(parts.list);
        for (rect, n, _) in visible_list(app, st, inner) {
            out.push((rect, Target::Row(n)));
        }
    }
    let editor = inner(parts.editor);
    out.push((editor, Target::Editor));
    if st.current(app) == Some(Entry::Decision) {
        let a = &app.unit.activities[st.activity];
        let w = editor.width as usize;
        let options = page::decision(a, &app.work[st.activity].answer)
            .map_or(0, |(asked, _)| asked.options.len());
        let top = page::decision(a, &app.work[st.activity].answer)
            .map_or(0, |(asked, _)| wrap(&asked.prompt, w).len() + 1);
        for k in 0..options {
            let y = editor.y + (top + k) as u16;
            if y < editor.bottom() {
                out.push((
                    Rect::new(editor.x, y, editor.width, 1),
                    Target::MatchOption(k),
                ));
            }
        }
    }
}
