//! The source viewer: the source the cursor is on (who and when, then its words, or what a
//! picture shows), or the instructions and hints. Wrapped and scrollable.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{draw_lines, pane};
use crate::tui::app::{App, Focus, TaskState};
use crate::tui::content::sources::lines;

/// Draws the viewer.
pub fn render(app: &App, st: &TaskState, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let focused = st.focus == Focus::Viewer && app.editor.is_none();
    let inner_area = super::inner(area);
    let (title, lines) = lines(app, st, inner_area.width as usize);
    let max = lines.len().saturating_sub(inner_area.height as usize) as u16;
    let scroll = st.scroll.min(max);
    let mut block = pane(Span::styled(format!(" {title} "), t.heading), focused, t);
    if max > 0 {
        let more = match (scroll > 0, scroll < max) {
            (true, true) => " ↑↓ more ",
            (false, true) => " ↓ more ",
            _ => " ↑ more ",
        };
        block = block.title_bottom(Line::styled(more, t.muted).right_aligned());
    }
    block.render(area, buf);
    draw_lines(&lines, scroll as usize, inner_area, buf);
}
