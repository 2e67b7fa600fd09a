//! The help over any screen: every key of the screen below, from the key table. Its
//! bindings ([`KEYS`]) and how it is drawn ([`view`]); any key closes it.

pub mod view;

use ratatui::crossterm::event::KeyCode::Char;

use crate::tui::action::Action;
use crate::tui::keymap::{C, KeyBinding, Scope};
use crate::tui::keys::Key::{Any, Is};
use crate::tui::keys::kb;
use Action as Do;

/// Its bindings in the key table: each key with the action it asks for.
#[rustfmt::skip]
pub static KEYS: &[KeyBinding] = &[
    kb("any key", &[Is(Char('c'), C, Do::Quit), Any(Do::Help)], "closes the help", Scope::Help, true),
];
