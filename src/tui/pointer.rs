//! The mouse: a click or a drag lands on what is drawn there ([`geometry::hit`]), and the
//! wheel scrolls the source viewer or moves the cursor.

use super::action::Action;
use super::app::{App, Overlay, Screen};
use super::geometry::{self, Target};
use super::screen::writer::update as writer;
use super::task;

/// What the wheel does, turned up or down over a cell.
pub fn wheel(app: &mut App, action: Action) -> Option<Action> {
    let (col, row, up) = match action {
        Action::WheelUp { col, row } => (col, row, true),
        Action::WheelDown { col, row } => (col, row, false),
        _ => return None,
    };
    // The help and the about box scroll as their arrow keys do.
    if matches!(app.overlay, Some(Overlay::Help(_) | Overlay::About(_))) {
        return Some(if up { Action::Up } else { Action::Down });
    }
    if app.overlay.is_some() || app.editor.is_some() {
        return None;
    }
    let in_viewer = matches!(app.screen, Screen::Task(_))
        && geometry::regions(app)
            .viewer
            .is_some_and(|v| v.contains((col, row).into()));
    if in_viewer {
        if let Screen::Task(st) = &mut app.screen {
            st.scroll = if up {
                st.scroll.saturating_sub(2)
            } else {
                st.scroll.saturating_add(2)
            };
        }
        return None;
    }
    Some(if up { Action::Up } else { Action::Down })
}

/// What a click (or, `drag`, a drag with the button held) at a cell does.
pub fn click(app: &mut App, col: u16, row: u16, drag: bool) -> Option<Action> {
    let target = geometry::hit(app, col, row);
    if app.editor.is_some() {
        if drag || target == Some(Target::Editor) {
            return None;
        }
        app.editor = None;
        return Some(Action::Click { col, row });
    }
    let target = target?;
    match target {
        Target::Yes => return Some(Action::Yes),
        Target::No => return Some(Action::No),
        _ if matches!(app.overlay, Some(Overlay::Help(_) | Overlay::About(_))) => {
            app.overlay = None;
            return None;
        }
        _ if app.overlay.is_some() => return None,
        Target::Activity(i) => {
            app.home.selected = i;
            return (!drag).then_some(Action::Open(i));
        }
        Target::Review => return (!drag).then_some(Action::Review),
        _ => {}
    }
    if matches!(app.screen, Screen::Writer(_)) {
        return writer::click(app, target, drag);
    }
    task::click(app, target, drag)
}
