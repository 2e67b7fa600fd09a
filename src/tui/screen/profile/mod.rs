//! The profile screen: "What is your name?" on first use, and the list of profiles to
//! switch to (with a new one at the end) from the home screen. Its state
//! ([`ProfileState`]), its bindings in the key table ([`KEYS`]), what its keys do
//! ([`update`](mod@update)) and how it is drawn ([`view`]).

pub mod update;
pub mod view;

use ratatui::crossterm::event::KeyCode::{Backspace, Delete, Down, Enter, Esc, F, Tab, Up};

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
    kb("F2", &[Is(F(2), N, Do::Rename)], "rename the profile chosen", Scope::Profile, true),
    kb("Del", &[Is(Delete, N, Do::Delete)], "delete the profile chosen (asks for its name)", Scope::Profile, true),
    kb("Tab", &[Is(Tab, N, Do::Toggle)], "deleting: keep a copy of the work, or not", Scope::Profile, false),
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
    /// The new name typed so far (or, renaming or deleting, the name typed for that).
    pub name: String,
    /// A rename or delete of a profile, waiting for its name to be typed and Enter.
    pub pending: Option<Pending>,
}

/// A change to a profile that waits for a name and Enter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pending {
    /// Renaming this profile: the new name is typed.
    Rename(String),
    /// Deleting this profile: its name is typed again to be sure.
    Delete {
        /// The profile.
        name: String,
        /// Whether a copy of its work is kept in a folder first (Tab changes it).
        keep: bool,
    },
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
            pending: None,
        }
    }
}
