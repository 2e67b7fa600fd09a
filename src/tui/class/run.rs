//! The runner of the class results: the terminal set up, keys turned into actions, the
//! marks saved, the terminal put back.

use std::io;

use ratatui::crossterm::event::{self, Event, MouseButton, MouseEventKind};
use ratatui::layout::Rect;

use super::action::ClassAction;
use super::app::{ClassApp, update};
use super::keymap::action_for;
use super::save::perform;
use crate::tui::terminal::FullScreen;

/// Shows the class results until the teacher quits.
pub fn run(app: &mut ClassApp) -> io::Result<()> {
    let mut screen = FullScreen::enter()?;
    let size = screen.terminal().size()?;
    app.area = Rect::new(0, 0, size.width, size.height);
    while !app.quit {
        screen
            .terminal()
            .draw(|f| f.render_widget(&*app, f.area()))?;
        let action = match event::read()? {
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
