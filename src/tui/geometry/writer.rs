//! Where the writer's parts go, and how far its side pane scrolls.

use ratatui::layout::{Constraint, Layout, Rect};

use super::inner;
use crate::tui::app::App;
use crate::tui::content::side::side_lines;
use crate::tui::writer::WriterState;
use crate::tui::writer::page;

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
