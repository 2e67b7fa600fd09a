//! The runner of the class results: the terminal set up, keys turned into actions, the
//! marks saved, the terminal put back.

use std::io;

use std::time::Duration;

use ratatui::crossterm::event::{Event, MouseButton, MouseEventKind};
use ratatui::layout::Rect;

use super::action::ClassAction;
use super::app::{ClassApp, update};
use super::keymap::action_for;
use super::save::perform;
use crate::tui::input::{Input, Wait};
use crate::tui::terminal::FullScreen;

/// How long one wait for a key lasts before it is begun again (nothing is due meanwhile).
const IDLE: Duration = Duration::from_secs(60);

/// Shows the class results until the teacher quits, a signal asks the UI to end, or the
/// terminal is gone. Every mark is saved as it is given, so nothing is left to save then.
pub fn run(app: &mut ClassApp) -> io::Result<()> {
    let mut input = Input::start()?;
    let mut screen = FullScreen::enter()?;
    let size = screen.terminal().size()?;
    app.area = Rect::new(0, 0, size.width, size.height);
    while !app.quit {
        if let Err(e) = screen.terminal().draw(|f| f.render_widget(&*app, f.area())) {
            // A terminal that closed meanwhile ends the UI as the hang-up itself would.
            return if input.hung_up() { Ok(()) } else { Err(e) };
        }
        let event = match input.wait(IDLE) {
            Wait::Event(event) => event,
            Wait::TimedOut => continue,
            Wait::End => break,
        };
        let action = match event {
            Event::Key(k) => action_for(k, app.mode()),
            Event::Mouse(m) => match m.kind {
                MouseEventKind::Down(MouseButton::Left) => Some(ClassAction::Click {
                    col: m.column,
                    row: m.row,
                }),
                MouseEventKind::ScrollUp => Some(ClassAction::Up),
                MouseEventKind::ScrollDown => Some(ClassAction::Down),
                _ => None,
            },
            Event::Resize(width, height) => Some(ClassAction::Resize { width, height }),
            // Nothing here takes text: a paste does nothing.
            _ => None,
        };
        if let Some(action) = action {
            update(app, action);
            perform(app);
        }
    }
    Ok(())
}
