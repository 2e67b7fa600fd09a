//! What the marked-work screen's keys do: type the file's path and open it, scroll the
//! marked work, leave.

use super::content::lines;
use super::{DROP_HINT, MAX_PATH, ReturnedState, path_of};
use crate::teacher::returned::MarkedWork;
use crate::tui::action::{Action, Effect};
use crate::tui::app::{App, Screen};
use crate::tui::geometry::{self, inner};
use crate::tui::screen::profile::ProfileState;

/// Leaves the screen: home, or the profile screen when no profile is open yet.
fn leave(app: &mut App) {
    app.screen = if app.progress.student.is_some() {
        Screen::Home
    } else {
        Screen::Profile(ProfileState::new(app))
    };
}

/// The furthest the marked work can scroll on the screen as it is now.
fn max_scroll(app: &App, work: &MarkedWork) -> u16 {
    let area = inner(geometry::regions(app).body);
    let shown = lines(work, &app.theme, area.width as usize).len();
    u16::try_from(shown.saturating_sub(area.height as usize)).unwrap_or(u16::MAX)
}

/// Applies an action on the marked-work screen.
pub fn update(app: &mut App, action: Action) -> Option<Action> {
    let max = match &app.screen {
        Screen::Returned(ReturnedState::Showing { work, .. }) => max_scroll(app, work),
        _ => 0,
    };
    let Screen::Returned(st) = &mut app.screen else {
        return None;
    };
    match (st, action) {
        (_, Action::Back) => leave(app),
        (ReturnedState::Asking { path }, Action::Char(c)) if !c.is_control() => {
            if path.chars().count() < MAX_PATH {
                path.push(c);
            }
        }
        (ReturnedState::Asking { path }, Action::Backspace) => {
            path.pop();
        }
        (ReturnedState::Asking { path }, Action::Activate) => match path_of(path) {
            Some(file) => app.effects.push(Effect::OpenReturned(file)),
            None => app.notice = Some(DROP_HINT.into()),
        },
        (ReturnedState::Asking { .. }, _) => {}
        (ReturnedState::Showing { scroll, .. }, action) => match action {
            Action::Up => *scroll = scroll.saturating_sub(1),
            Action::Down => *scroll = scroll.saturating_add(1).min(max),
            Action::PageUp => *scroll = scroll.saturating_sub(10),
            Action::PageDown => *scroll = scroll.saturating_add(10).min(max),
            Action::Activate => leave(app),
            _ => {}
        },
    }
    None
}
