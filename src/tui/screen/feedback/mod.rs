//! The marks of the last submission of an activity, each line explained (a report's or an
//! essay's section by section, from [`written`]): its bindings in the key table
//! ([`KEYS`]), what its keys do ([`update`](mod@update)), how far it scrolls
//! ([`geometry`](mod@geometry)), the lines both measure ([`content`]) and how it is drawn
//! ([`view`]).

pub mod content;
pub mod geometry;
pub mod update;
pub mod view;
pub mod written;

use ratatui::crossterm::event::KeyCode::{Char, End, Enter, Esc, Home};

use crate::tui::action::Action;
use crate::tui::keymap::{KeyBinding, N, Scope};
use crate::tui::keys::Key::Is;
use crate::tui::keys::kb;
use Action as Do;

/// Its bindings in the key table: each key with the action it asks for.
#[rustfmt::skip]
pub static KEYS: &[KeyBinding] = &[
    kb("Space", &[Is(Char(' '), N, Do::Toggle)], "missed only", Scope::Feedback, true),
    kb("Home/End", &[Is(Home, N, Do::Home), Is(End, N, Do::End)], "top/bottom", Scope::Feedback, false),
    kb("r", &[Is(Char('r'), N, Do::Retry)], "retry", Scope::Feedback, true),
    kb("w", &[Is(Char('w'), N, Do::RetryWrong)], "retry what was wrong", Scope::Feedback, true),
    kb("m", &[Is(Char('m'), N, Do::MarkMode)], "mark the rubric (teacher)", Scope::Feedback, false),
    kb("Enter", &[Is(Enter, N, Do::Activate)], "back", Scope::Feedback, false),
    kb("Esc", &[Is(Esc, N, Do::Back)], "back", Scope::Feedback, true),
];
