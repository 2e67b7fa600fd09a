//! What the keys do on the marks of a submission: scroll, show only what was missed,
//! retry, mark (a teacher), go on.

use super::geometry::scroll_limits;
use crate::tui::action::Action;
use crate::tui::app::{App, Screen};
use crate::tui::review;
use crate::tui::screen::marking;
use crate::tui::screen::writer::page::is_written;

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
        Action::RetryWrong if nothing_wrong(app, i) => {
            app.notice = Some("All right: nothing to retry. r starts it again.".into());
        }
        Action::RetryWrong => app.retry(i, true),
        Action::MarkMode => marking::update::start(app, i),
        Action::Back | Action::Activate => review::leave_feedback(app, i),
        _ => {}
    }
    None
}

/// Whether the last marks of activity `i` leave nothing to retry: no task to answer again,
/// in an activity that is not written (writing is always open to revision).
fn nothing_wrong(app: &App, i: usize) -> bool {
    let written = app.unit.activities.get(i).is_some_and(is_written);
    !written
        && app
            .work
            .get(i)
            .and_then(|w| w.scores.last())
            .is_some_and(|score| !score.tasks.iter().any(|t| t.outcome.asked_again()))
}
