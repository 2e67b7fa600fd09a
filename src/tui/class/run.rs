//! The runner of the class results: the terminal set up, keys turned into actions, the
//! marks saved, the terminal put back.

use std::io;
use std::time::Instant;

use ratatui::Frame;
use ratatui::crossterm::event::{Event, MouseButton, MouseEventKind};
use ratatui::layout::Rect;

use super::action::ClassAction;
use super::app::{ClassApp, update};
use super::keymap::action_for;
use super::save::perform;
use crate::tui::input::Input;
use crate::tui::runtime::{self, Program};
use crate::tui::terminal::FullScreen;

/// Shows the class results until the teacher quits, a signal asks the UI to end, or the
/// terminal is gone. Every mark is saved as it is given, so nothing is left to save then.
pub fn run(app: &mut ClassApp) -> io::Result<()> {
    // Raw mode before the reading starts: Ctrl-D typed meanwhile is a key, not an end of
    // input the reader would wait past.
    let mut screen = FullScreen::enter()?;
    let mut input = Input::start()?;
    runtime::run(app, &mut input, &mut screen)
}

impl Program for ClassApp {
    fn resize(&mut self, area: Rect) {
        self.area = area;
    }

    fn draw(&self, frame: &mut Frame) {
        frame.render_widget(self, frame.area());
    }

    /// Marks are saved as they are given; with `--live`, the class is read again.
    fn due(&self) -> Option<Instant> {
        self.live.as_ref().map(|live| live.next)
    }

    fn event(&mut self, event: Event) {
        let action = match event {
            Event::Key(k) => action_for(k, self.mode()),
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
            // Pasted text comes whole (bracketed paste): typed into a prompt, never keys.
            Event::Paste(text) => {
                super::queue::paste(self, &text);
                None
            }
            _ => None,
        };
        if let Some(action) = action {
            update(self, action);
        }
    }

    /// Writes the marks just given; with `--live`, reads the class again when it is time.
    fn tick(&mut self, now: Instant) {
        perform(self);
        self.bring_up_to_date(now);
    }

    fn done(&mut self) -> bool {
        self.quit
    }
}
