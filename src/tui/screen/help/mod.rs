//! The help over any screen: every key of the screen below, from the key table. Its
//! bindings ([`KEYS`]), what they do ([`update`]), what it says ([`content`]), where its
//! box and columns go ([`geometry`]) and how it is drawn ([`view`]): the arrows and pages scroll a help longer
//! than the window, any other key closes it.

pub mod content;
pub mod geometry;
pub mod view;

use ratatui::crossterm::event::KeyCode::Char;

use crate::tui::action::Action;
use crate::tui::app::{App, Overlay};
use crate::tui::keymap::{C, KeyBinding, PAGES, Scope, UP_DOWN};
use crate::tui::keys::Key::{Any, Is};
use crate::tui::keys::kb;
use Action as Do;

/// Its bindings in the key table: each key with the action it asks for.
#[rustfmt::skip]
pub static KEYS: &[KeyBinding] = &[
    kb("↑↓", UP_DOWN, "scroll", Scope::Help, true),
    kb("PgUp/PgDn", PAGES, "scroll a page", Scope::Help, false),
    kb("any key", &[Is(Char('c'), C, Do::Quit), Any(Do::Help)], "closes the help", Scope::Help, true),
];

/// Whether the help has more lines than it shows, and so scrolls.
pub fn scrolls(app: &App) -> bool {
    geometry::geometry(app, app.area).max_scroll() > 0
}

/// Applies a key to the help scrolled down `scroll` lines: what is shown over the screen
/// next (nothing once it closes).
pub fn update(app: &App, scroll: u16, action: Action) -> Option<Overlay> {
    let most = geometry::geometry(app, app.area).max_scroll();
    let scroll = action.scrolled(scroll, most, 10)?;
    Some(Overlay::Help(scroll))
}
