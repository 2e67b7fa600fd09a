//! What the keys do on the marks of a submission: scroll, show only what was missed,
//! retry, mark (a teacher), go on.

use super::geometry::scroll_limits;
use crate::tui::action::Action;
use crate::tui::app::{App, Screen};
use crate::tui::review;
use crate::tui::screen::marking;

/// Applies an action to the marks of activity `i`.
pub fn update(app: &mut App, i: usize, action: Action) -> Option<Action> {
    let Screen::Feedback { missed_only, .. } = app.screen else {
        return None;
    };
    let (max, page) = scroll_limits(app, i, missed_only);
    let Screen::Feedback {
        scroll,
        missed_only,
        ..
    } = &mut app.screen
    else {
        return None;
    };
    if let Some(to) = action.scrolled(*scroll, max, page) {
        *scroll = to;
        return None;
    }
    match action {
        Action::Toggle => {
            *missed_only = !*missed_only;
            *scroll = 0;
        }
        Action::Retry => app.retry(i, false),
        Action::RetryWrong => app.retry(i, true),
        Action::MarkMode => marking::update::start(app, i),
        Action::Back | Action::Activate => review::leave_feedback(app, i),
        _ => {}
    }
    None
}
