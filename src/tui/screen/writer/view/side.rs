//! The pane beside the section being written: its guidance, the notes from the earlier
//! activities it links, or the activity's instructions, hints and sources.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::tui::app::App;
use crate::tui::screen::writer::content::side::side_lines;
use crate::tui::screen::writer::{SidePane, WriterState};
use crate::tui::view::pane;

/// Draws the side pane.
pub(super) fn render_side(app: &App, st: &WriterState, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let title = match st.pane {
        SidePane::Guidance => " Guidance ",
        SidePane::Notes => " Notes ",
        SidePane::Instructions => " Instructions ",
    };
    let block = pane(Span::styled(title, t.heading), false, t)
        .title_bottom(Line::styled(" n notes · i task ", t.muted).right_aligned());
    let inner = block.inner(area);
    block.render(area, buf);
    let lines = side_lines(app, st, inner.width as usize);
    let max = lines.len().saturating_sub(inner.height as usize) as u16;
    Paragraph::new(lines)
        .scroll((st.scroll.min(max), 0))
        .render(inner, buf);
}
