//! What the keys do on the home screen: move through the activities and open one, read
//! about the unit, see the marks of the last submission, redo the tasks due for review, revisit a ranking, open
//! marked work the teacher returned, or switch profile.

use crate::tui::action::Action;
use crate::tui::app::{App, Overlay, Screen};
use crate::tui::review;
use crate::tui::screen::profile;
use crate::tui::screen::returned;

/// Applies an action on the home screen.
pub fn update(app: &mut App, action: Action) -> Option<Action> {
    let n = app.unit.activities.len();
    let last = n.saturating_sub(1);
    match action {
        Action::Up => app.home_cursor = app.home_cursor.saturating_sub(1),
        Action::Down => app.home_cursor = (app.home_cursor + 1).min(last),
        Action::PageUp => app.home_cursor = app.home_cursor.saturating_sub(10),
        Action::PageDown => app.home_cursor = (app.home_cursor + 10).min(last),
        Action::Activate | Action::Right | Action::Toggle => {
            return Some(Action::Open(app.home_cursor));
        }
        Action::ShowMarks => {
            let i = app.home_cursor;
            if app.work.get(i).is_some_and(|w| !w.scores.is_empty()) {
                app.screen = Screen::marks_of(i);
            } else {
                app.notice = Some("Not submitted yet: there are no marks to see.".into());
            }
        }
        Action::About => app.overlay = Some(Overlay::About(0)),
        Action::Review => return review::start(app),
        Action::Revisit => return review::revisit(app),
        Action::SwitchProfile => profile::update::switch(app),
        Action::OpenMarked => returned::ask(app),
        _ => {}
    }
    None
}
