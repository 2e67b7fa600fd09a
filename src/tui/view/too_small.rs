//! The message shown instead of a broken layout when the terminal is too small.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::tui::app::App;
use crate::tui::geometry::{MIN_HEIGHT, MIN_WIDTH};

/// Draws "make the window bigger".
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let text = format!(
        "make the window bigger (need {MIN_WIDTH}×{MIN_HEIGHT}, have {}×{})\n\nq quits",
        area.width, area.height
    );
    let y = area.height.saturating_sub(3) / 2;
    let rect = Rect::new(area.x, area.y + y, area.width, area.height - y);
    Paragraph::new(text)
        .alignment(Alignment::Center)
        .wrap(Wrap { trim: true })
        .style(app.theme.warning)
        .render(rect, buf);
}
