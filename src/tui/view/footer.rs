//! The footer: the main keys of the current screen, from the key table.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::tui::app::App;
use crate::tui::keymap::bindings;
use crate::tui::keys::{draw_footer, hints as hints_of};

/// The hints shown for the current mode: (keys, what they do), the most specific first.
pub fn hints(app: &App) -> Vec<(&'static str, &'static str)> {
    hints_of(&bindings(&app.mode()))
}

/// Draws the notice, or as many hints as fit; help and quit always have a place.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    draw_footer(&hints(app), app.notice.as_deref(), &app.theme, area, buf);
}
