//! The profile screen: "What is your name?" on first use, and the list of profiles to
//! switch to (with a new one at the end) from the home screen. Its state
//! ([`ProfileState`]), its bindings in the key table ([`KEYS`]), what its keys do
//! ([`update`](mod@update)) and how it is drawn ([`view`]).

pub mod update;
pub mod view;

use ratatui::crossterm::event::KeyCode::{Backspace, Down, Enter, Esc, Up};

use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::{KeyBinding, N, QUIT, Scope};
use crate::tui::keys::Key::{Is, Typed};
use crate::tui::keys::kb;
use Action as Do;

/// Its bindings in the key table: each key with the action it asks for.
#[rustfmt::skip]
pub static KEYS: &[KeyBinding] = &[
    kb("↑↓", &[Is(Up, N, Do::Up), Is(Down, N, Do::Down)], "choose", Scope::Profile, true),
    kb("Enter", &[Is(Enter, N, Do::Activate)], "open", Scope::Profile, true),
    kb("a–z", &[Typed(Do::Char)], "type a new name", Scope::Profile, true),
    kb("⌫", &[Is(Backspace, N, Do::Backspace)], "delete a letter", Scope::Profile, false),
    kb("Esc", &[Is(Esc, N, Do::Back)], "back", Scope::Profile, true),
    kb("Ctrl+C", QUIT, "quit", Scope::Profile, true),
];

/// The longest name a profile takes, in characters.
pub const MAX_NAME: usize = 40;

/// Where the student is on the profile screen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProfileState {
    /// The row under the cursor: a profile's position, or one past the last for a new one.
    pub cursor: usize,
    /// The new name typed so far.
    pub name: String,
}

impl ProfileState {
    /// The screen with the cursor on the profile in use, else on a new name.
    pub fn new(app: &App) -> Self {
        let names = &app.progress.profiles;
        let current = app.progress.student.as_ref();
        ProfileState {
            cursor: current
                .and_then(|s| names.iter().position(|n| n == s))
                .unwrap_or(names.len()),
            name: String::new(),
        }
    }
}
