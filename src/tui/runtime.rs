//! The one event loop of both terminal UIs (the student's and the class results): draw,
//! wait for an event or for work that falls due, let the UI act on it, do the work it
//! leaves, and stop when it is done, a signal asks the UI to end, or the terminal is gone.

use std::io;
use std::time::{Duration, Instant};

use ratatui::Frame;
use ratatui::crossterm::event::Event;
use ratatui::layout::Rect;

use super::input::{Input, Wait};
use super::terminal::FullScreen;

/// How long one wait lasts when nothing falls due (it is then begun again).
pub const IDLE: Duration = Duration::from_secs(60);

/// A UI the loop runs: its state, its update and its effects behind one face.
pub trait Program {
    /// The screen is this size (before the first frame).
    fn resize(&mut self, area: Rect);
    /// Draws the whole screen.
    fn draw(&self, frame: &mut Frame);
    /// When work falls due without an event (a draft to save, a write to try again).
    fn due(&self) -> Option<Instant>;
    /// Acts on an event of the terminal: a key, a click, a paste or a new size.
    fn event(&mut self, event: Event);
    /// The time is now `now`: does the work left by the last event and what fell due.
    fn tick(&mut self, now: Instant);
    /// Whether the UI should close now (it may ask first, and stay open).
    fn done(&mut self) -> bool;
}

/// Runs `program` on the terminal until it is done, a signal asks the UI to end, or the
/// terminal is gone. A terminal that closes while the frame is drawn ends the UI as the
/// hang-up itself would: `Ok`.
pub fn run(
    program: &mut impl Program,
    input: &mut Input,
    screen: &mut FullScreen,
) -> io::Result<()> {
    let terminal = screen.terminal();
    let size = terminal.size()?;
    program.resize(Rect::new(0, 0, size.width, size.height));
    loop {
        if let Err(e) = terminal.draw(|f| program.draw(f)) {
            return if input.hung_up() { Ok(()) } else { Err(e) };
        }
        let timeout = program
            .due()
            .map_or(IDLE, |at| at.saturating_duration_since(Instant::now()));
        match input.wait(timeout) {
            Wait::End => return Ok(()),
            Wait::TimedOut => program.tick(Instant::now()),
            Wait::Event(event) => {
                program.event(event);
                program.tick(Instant::now());
            }
        }
        if program.done() {
            return Ok(());
        }
    }
}
