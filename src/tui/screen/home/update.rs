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
    match action {
        Action::Up => app.home.move_by(-1, n),
        Action::Down => app.home.move_by(1, n),
        Action::PageUp => app.home.move_by(-10, n),
        Action::PageDown => app.home.move_by(10, n),
        Action::Activate | Action::Right | Action::Toggle => {
            return Some(Action::Open(app.home.selected));
        }
        Action::ShowMarks => {
            let i = app.home.selected;
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
