//! A teacher marking in the terminal: each rubric criterion (and unkeyed question) of a
//! submitted activity is given one of its levels; when the teacher is done the mark is
//! worked out again and the answer sheet written with the teacher's marks. Its state
//! ([`MarkState`]), its bindings in the key table ([`KEYS`]), what its keys do
//! ([`update`](mod@update)) and how it is drawn ([`view`]).

pub mod update;
pub mod view;

use ratatui::crossterm::event::KeyCode::{Backspace, Char, Down, Enter, Esc, Up};

use crate::activity::Markable;
use crate::tui::action::Action;
use crate::tui::keymap::{KeyBinding, LEFT_RIGHT, N, Scope};
use crate::tui::keys::Key::Is;
use crate::tui::keys::kb;
use Action as Do;

/// Its bindings in the key table: each key with the action it asks for.
#[rustfmt::skip]
pub static KEYS: &[KeyBinding] = &[
    kb("↑↓", &[Is(Up, N, Do::Up), Is(Down, N, Do::Down), Is(Char('k'), N, Do::Up), Is(Char('j'), N, Do::Down)], "criterion", Scope::Marking, true),
    kb("←→", LEFT_RIGHT, "level", Scope::Marking, true),
    kb("⌫", &[Is(Backspace, N, Do::Backspace)], "clear the mark", Scope::Marking, false),
    kb("Esc", &[Is(Esc, N, Do::Back), Is(Enter, N, Do::Activate)], "done", Scope::Marking, true),
];

/// Where the teacher is in the criteria.
#[derive(Debug, Clone, PartialEq)]
pub struct MarkState {
    /// Position of the activity in the unit.
    pub activity: usize,
    /// The criterion under the cursor.
    pub row: usize,
    /// Whether a mark was changed.
    pub changed: bool,
}

/// The marks a criterion can be given: its levels, or whole marks up to its most.
pub fn steps(m: &Markable) -> Vec<f64> {
    if m.levels.is_empty() {
        let top = m.max.floor() as u32;
        let mut out: Vec<f64> = (0..=top).map(f64::from).collect();
        if m.max > f64::from(top) {
            out.push(m.max);
        }
        out
    } else {
        m.levels.iter().map(|l| l.points).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::activity::Level;

    #[test]
    fn steps_are_the_levels_or_whole_marks() {
        let level = |points| Level {
            points,
            description: String::new(),
        };
        let m = Markable {
            key: "k".into(),
            label: "K".into(),
            max: 4.0,
            levels: vec![level(0.0), level(2.0), level(4.0)],
        };
        assert_eq!(steps(&m), [0.0, 2.0, 4.0]);
        let q = Markable {
            levels: Vec::new(),
            max: 2.5,
            ..m
        };
        assert_eq!(steps(&q), [0.0, 1.0, 2.0, 2.5]);
    }
}
