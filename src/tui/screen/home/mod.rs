//! The home screen, the unit's activities: its bindings in the key table ([`KEYS`]), what
//! its keys do ([`update`](mod@update)), where its rows are ([`geometry`](mod@geometry))
//! and how it is drawn, with the chart of the selected activity's marks ([`view`]).

pub mod about;
pub mod geometry;
pub mod update;
pub mod view;

use ratatui::crossterm::event::KeyCode::{Char, Enter, Right};

use crate::tui::action::Action;
use crate::tui::keymap::{KeyBinding, N, Scope};
use crate::tui::keys::Key::Is;
use crate::tui::keys::kb;
use Action as Do;

/// The home screen's own state: which activity is selected. It is kept while other screens
/// are shown, so that coming back from an activity selects it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HomeState {
    /// The activity selected, by its place in the unit.
    pub selected: usize,
}

impl HomeState {
    /// Moves the selection `by` rows (up when negative), staying among `n` activities.
    pub fn move_by(&mut self, by: isize, n: usize) {
        let last = n.saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(by).min(last);
    }
}

/// Its bindings in the key table: each key with the action it asks for.
#[rustfmt::skip]
pub static KEYS: &[KeyBinding] = &[
    kb("Enter", &[Is(Enter, N, Do::Activate), Is(Right, N, Do::Activate), Is(Char('l'), N, Do::Activate), Is(Char(' '), N, Do::Toggle)], "open", Scope::Home, true),
    kb("v", &[Is(Char('v'), N, Do::Review)], "review due tasks", Scope::Home, true),
    kb("i", &[Is(Char('i'), N, Do::About)], "about this unit", Scope::Home, false),
    kb("p", &[Is(Char('p'), N, Do::SwitchProfile)], "switch profile", Scope::Switching, true),
    kb("m", &[Is(Char('m'), N, Do::ShowMarks)], "see the last marks", Scope::Home, false),
    kb("r", &[Is(Char('r'), N, Do::Revisit)], "revisit a ranking", Scope::Home, false),
    kb("o", &[Is(Char('o'), N, Do::OpenMarked)], "open marked work (or drop its file here)", Scope::Home, false),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_selection_stays_among_the_activities() {
        let mut home = HomeState::default();
        home.move_by(-1, 5);
        assert_eq!(home.selected, 0);
        home.move_by(10, 5);
        assert_eq!(home.selected, 4);
        home.move_by(-2, 5);
        assert_eq!(home.selected, 2);
        home.move_by(1, 0);
        assert_eq!(home.selected, 0);
    }
}
