//! The help overlay: the keys of the screen underneath, from the same table as the footer.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget};

use super::geometry::geometry;
use crate::tui::app::App;

/// Draws the help over the screen, scrolled down `scroll` lines, in two columns when one
/// does not fit.
pub fn render(app: &App, scroll: u16, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let g = geometry(app, area);
    let closes = if g.max_scroll() > 0 {
        " ↑↓ scroll · any key closes "
    } else {
        " any key closes "
    };
    Clear.render(g.popup, buf);
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .border_style(t.focus)
        .title(Span::styled(" Keys ", t.heading))
        .title_bottom(Line::styled(closes, t.muted).right_aligned());
    let inner = block.inner(g.popup);
    block.render(g.popup, buf);
    Paragraph::new(g.left).scroll((scroll, 0)).render(
        Rect {
            width: g.column.min(inner.width),
            ..inner
        },
        buf,
    );
    if g.two {
        let x = inner.x + g.column + 1;
        Paragraph::new(g.right)
            .scroll((scroll, 0))
            .render(Rect::new(x, inner.y, inner.right() - x, inner.height), buf);
    }
}
