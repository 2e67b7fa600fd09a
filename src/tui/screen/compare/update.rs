//! What the keys do on two rankings compared: see the marks, or go on.

use crate::tui::action::Action;
use crate::tui::app::{App, Screen};
use crate::tui::review;

/// Applies an action on the comparison of two rankings.
pub fn update(app: &mut App, i: usize, action: Action) -> Option<Action> {
    match action {
        Action::Activate => app.screen = Screen::marks_of(i),
        Action::Back => review::leave_feedback(app, i),
        _ => {}
    }
    None
}
