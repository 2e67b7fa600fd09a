//! A full-screen terminal for a UI: raw mode, the alternate screen, mouse capture and
//! bracketed paste on the way in, all of it undone on the way out — when dropped, and on a panic before the
//! panic message is printed.

use std::io::{self, Stdout, stdout};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{EnableBracketedPaste, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{EnterAlternateScreen, enable_raw_mode};

use super::run::{install_panic_hook, restore_terminal};

/// Puts the terminal back when dropped, on return and while unwinding alike.
struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        restore_terminal();
    }
}

/// The terminal, set up for a full-screen UI until dropped.
pub struct FullScreen {
    /// What is drawn on; given up before the terminal is put back (always there till then).
    terminal: Option<Terminal<CrosstermBackend<Stdout>>>,
    /// Puts the terminal back.
    _restore: Restore,
}

impl FullScreen {
    /// Sets the terminal up: a panic puts it back first, then raw mode, the alternate
    /// screen, mouse capture and bracketed paste. A failure part way puts back what was done.
    pub fn enter() -> io::Result<Self> {
        install_panic_hook();
        enable_raw_mode()?;
        let restore = Restore;
        // Pasted text comes whole, so the keys it holds are never taken for commands.
        execute!(
            stdout(),
            EnterAlternateScreen,
            EnableMouseCapture,
            EnableBracketedPaste
        )?;
        Ok(FullScreen {
            terminal: Some(Terminal::new(CrosstermBackend::new(stdout()))?),
            _restore: restore,
        })
    }

    /// The terminal to draw on.
    pub fn terminal(&mut self) -> &mut Terminal<CrosstermBackend<Stdout>> {
        self.terminal
            .as_mut()
            .expect("the terminal is there until dropped")
    }
}

impl Drop for FullScreen {
    /// Shows the cursor again; a terminal that has hung up cannot be written to, and is let
    /// go without the complaint ratatui would print (printing to it would panic).
    fn drop(&mut self) {
        if let Some(mut terminal) = self.terminal.take()
            && terminal.show_cursor().is_err()
        {
            std::mem::forget(terminal);
        }
    }
}
