//! The footer (the main keys of the tab, or a notice) and the key help, both from the one
//! key table.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget};

use crate::tui::class::app::ClassApp;
use crate::tui::class::keymap::{Mode, Scope, bindings};
use crate::tui::keys::{draw_footer, help_lines, hints as hints_of};

/// The hints shown for the current mode: (keys, what they do), the most specific first.
pub fn hints(app: &ClassApp) -> Vec<(&'static str, &'static str)> {
    hints_of(&bindings(app.mode()))
}

/// Draws the notice, or as many hints as fit; help and quit always have a place.
pub fn footer(app: &ClassApp, area: Rect, buf: &mut Buffer) {
    draw_footer(&hints(app), app.notice.as_deref(), &app.theme, area, buf);
}

/// Draws the keys of the tab underneath, over it.
pub fn help(app: &ClassApp, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let w = 54.min(area.width.saturating_sub(2));
    let lines = help_lines(
        &bindings(Mode::Tab(app.tab)),
        Scope::heading,
        t,
        (w as usize).saturating_sub(2),
    );
    let h = (lines.len() as u16 + 2).min(area.height.saturating_sub(2));
    let popup = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + area.height.saturating_sub(h) / 2,
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
