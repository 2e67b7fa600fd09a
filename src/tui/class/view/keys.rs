//! The footer (the main keys of the tab, or a notice) and the key help, both from the one
//! key table.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget};

use crate::tui::class::action::ClassAction;
use crate::tui::class::app::ClassApp;
use crate::tui::class::geometry;
use crate::tui::class::keymap::{Mode, bindings};
use crate::tui::keys::{draw_footer, hints as hints_of};

/// The hints shown for the current mode: (keys, what they do), the most specific first.
/// Over a key help with nothing more to show, the keys that scroll it are left out.
pub fn hints(app: &ClassApp) -> Vec<(&'static str, &'static str)> {
    let mut shown = bindings(app.mode());
    if app.mode() == Mode::Help && geometry::help_max_scroll(app) == 0 {
        shown.retain(|b| !b.only(ClassAction::scrolls));
    }
    hints_of(&shown)
}

/// Draws the notice, or as many hints as fit; help and quit always have a place.
pub fn footer(app: &ClassApp, area: Rect, buf: &mut Buffer) {
    draw_footer(&hints(app), app.notice.as_deref(), &app.theme, area, buf);
}

/// Draws the keys of the tab underneath over it, scrolled down `scroll` lines.
pub fn help(app: &ClassApp, area: Rect, scroll: u16, buf: &mut Buffer) {
    let t = &app.theme;
    let (popup, lines) = geometry::help(app, area);
    let closes = if geometry::help_max_scroll(app) > 0 {
        " ↑↓ scroll · any key closes "
    } else {
        " any key closes "
    };
    Clear.render(popup, buf);
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .border_style(t.focus)
        .title(Span::styled(" Keys ", t.heading))
        .title_bottom(Line::styled(closes, t.muted).right_aligned());
    let inner = block.inner(popup);
    block.render(popup, buf);
    Paragraph::new(lines).scroll((scroll, 0)).render(inner, buf);
}
