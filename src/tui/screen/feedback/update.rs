//! What the keys do on the marks of a submission: scroll, retry, mark (a teacher), go on.

use super::geometry::max_scroll;
use crate::tui::action::Action;
use crate::tui::app::{App, Screen};
use crate::tui::review;
use crate::tui::screen::marking;

/// Applies an action to the marks of activity `i`.
pub fn update(app: &mut App, i: usize, action: Action) -> Option<Action> {
    let max = max_scroll(app, i);
    let Screen::Feedback { scroll, .. } = &mut app.screen else {
        return None;
    };
    match action {
        Action::Up => *scroll = scroll.saturating_sub(1),
        Action::Down => *scroll = scroll.saturating_add(1).min(max),
        Action::PageUp => *scroll = scroll.saturating_sub(10),
        Action::PageDown => *scroll = scroll.saturating_add(10).min(max),
        Action::Retry => app.retry(i, false),
        Action::RetryWrong => app.retry(i, true),
        Action::MarkMode => marking::update::start(app, i),
        Action::Back | Action::Activate => review::leave_feedback(app, i),
        _ => {}
    }
    None
}
