//! The footer: the main keys of the current screen, from the key table.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::tui::action::Action;
use crate::tui::app::{App, Overlay};
use crate::tui::keymap::bindings;
use crate::tui::keys::{draw_footer, hints as hints_of};
use crate::tui::screen::{help, home::about};

/// The hints shown for the current mode: (keys, what they do), the most specific first.
/// Over a help or about box with nothing more to show, the keys that scroll it are left
/// out.
pub fn hints(app: &App) -> Vec<(&'static str, &'static str)> {
    let mut shown = bindings(&app.mode());
    let fits = match app.overlay {
        Some(Overlay::Help(_)) => !help::scrolls(app),
        Some(Overlay::About(_)) => !about::scrolls(app),
        _ => false,
    };
    if fits {
        shown.retain(|b| !b.only(Action::scrolls));
    }
    hints_of(&shown)
}

/// Draws the notice, or as many hints as fit; help and quit always have a place.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    draw_footer(&hints(app), app.notice.as_deref(), &app.theme, area, buf);
}
