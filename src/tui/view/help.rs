//! The help overlay: the keys of the screen underneath, from the same table as the footer.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget};

use crate::tui::app::App;
use crate::tui::keymap::bindings;
use crate::tui::wrap::{pad, truncate};

/// The help's lines for the screen underneath.
pub fn lines(app: &App, width: usize) -> Vec<Line<'static>> {
    let t = &app.theme;
    let mode = app.base_mode();
    let mut out: Vec<Line> = Vec::new();
    let mut scope = None;
    for b in bindings(&mode) {
        if scope != Some(b.scope) {
            if scope.is_some() {
                out.push(Line::default());
            }
            out.push(Line::styled(b.scope.heading(), t.heading));
            scope = Some(b.scope);
        }
        out.push(Line::from(vec![
            Span::styled(format!("  {}", pad(b.keys, 11)), t.key),
            Span::raw(truncate(b.does, width.saturating_sub(13))),
        ]));
    }
    out
}

/// Draws the help over the screen.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let w = 52.min(area.width.saturating_sub(2));
    let lines = lines(app, w.saturating_sub(2) as usize);
    let h = (lines.len() as u16 + 2).min(area.height.saturating_sub(2));
    let popup = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height.saturating_sub(h)) / 2,
        w,
        h,
    );
    Clear.render(popup, buf);
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .border_style(t.focus)
        .title(Span::styled(" Keys ", t.heading))
        .title_bottom(Line::styled(" any key closes ", t.muted).right_aligned());
    let inner = block.inner(popup);
    block.render(popup, buf);
    Paragraph::new(lines).render(inner, buf);
}
