//! A ranking asked again beside the one before, with each item's move: its bindings in the
//! key table ([`KEYS`]), what its keys do ([`update`](mod@update)) and how it is drawn
//! ([`view`]).

pub mod update;
pub mod view;

use ratatui::crossterm::event::KeyCode::Enter;

use crate::tui::action::Action;
use crate::tui::keymap::{KeyBinding, N, Scope};
use crate::tui::keys::Key::Is;
use crate::tui::keys::kb;
use Action as Do;

/// Its bindings in the key table: each key with the action it asks for.
#[rustfmt::skip]
pub static KEYS: &[KeyBinding] = &[
    kb("Enter", &[Is(Enter, N, Do::Activate)], "see the marks", Scope::Compare, true),
];
