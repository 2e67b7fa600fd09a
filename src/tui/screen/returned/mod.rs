//! Marked work returned by the teacher, in the student's UI: opened by `classwork open
//! FILE`, by dropping the file onto the window (a terminal pastes a dropped file's path),
//! or with `o` on the home screen, which asks for its path. It is shown as a marks screen:
//! each activity's final mark in its parts, what the teacher changed, and the teacher's
//! comments. Its state ([`ReturnedState`]), what its keys do ([`update`](mod@update)), the lines it
//! shows ([`content`]) and how it is drawn ([`view`]).

pub mod content;
pub mod update;
pub mod view;

use std::path::{Path, PathBuf};

use ratatui::crossterm::event::KeyCode::{Backspace, Enter, Esc};

use crate::tui::action::{Action, Effect};
use crate::tui::app::{App, Screen};
use crate::tui::keymap::{KeyBinding, N, QUIT, Scope};
use crate::tui::keys::Key::{Is, Typed};
use crate::tui::keys::kb;
use Action as Do;

/// Its bindings in the key table: the marked work shown, and its path asked for.
#[rustfmt::skip]
pub static KEYS: &[KeyBinding] = &[
    kb("Enter", &[Is(Enter, N, Do::Activate)], "back", Scope::Returned, false),
    kb("Enter", &[Is(Enter, N, Do::Activate)], "open", Scope::OpenPath, true),
    kb("Esc", &[Is(Esc, N, Do::Back)], "back", Scope::OpenPath, true),
    kb("⌫", &[Is(Backspace, N, Do::Backspace)], "delete a letter", Scope::OpenPath, false),
    kb("Ctrl+C", QUIT, "quit", Scope::OpenPath, false),
    kb("a–z", &[Typed(Do::Char)], "type the path (or drop the file here)", Scope::OpenPath, true),
];
use crate::teacher::returned::{self, MarkedWork};
use crate::text::clean;

/// The longest path taken, in characters.
pub const MAX_PATH: usize = 4096;

/// The marked-work screen: asking for the file, or showing what it holds.
#[derive(Debug, Clone, PartialEq)]
pub enum ReturnedState {
    /// The path of the file, as typed so far.
    Asking {
        /// What has been typed.
        path: String,
    },
    /// The marked work, scrolled this many lines.
    Showing {
        /// What the file holds.
        work: Box<MarkedWork>,
        /// How far it is scrolled, in lines.
        scroll: u16,
    },
}

/// Shows `work` on the marks screen.
pub fn show(app: &mut App, work: MarkedWork) {
    app.editor = None;
    app.screen = Screen::Returned(ReturnedState::Showing {
        work: Box::new(work),
        scroll: 0,
    });
}

/// Reads the file at `path` and shows it; when it is no marked work, says why and stays
/// where the student was. The runner calls it for [`Effect::OpenReturned`].
pub fn open(app: &mut App, path: &Path) {
    match returned::read(path) {
        Ok(work) => show(app, work),
        Err(d) => {
            app.notice = Some(format!(
                "{} cannot be opened: {}",
                clean(&path.display().to_string()),
                clean(&d.message)
            ));
        }
    }
}

/// The path a paste gives: its first line without the quotes, `file://` or backslashes a
/// terminal adds around a dropped file's path; `None` when there is none.
pub fn path_of(text: &str) -> Option<PathBuf> {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    let line = ['\'', '"']
        .iter()
        .find_map(|&q| line.strip_prefix(q).and_then(|l| l.strip_suffix(q)))
        .unwrap_or(line);
    let path = match line.strip_prefix("file://") {
        Some(uri) => percent_decoded(uri.strip_prefix("localhost").unwrap_or(uri)),
        None => unescaped(line),
    };
    (!path.is_empty()).then(|| PathBuf::from(path))
}

/// `\ `, `\(` and the like as the characters they escape (a letter or digit after a
/// backslash is kept with it, as in a Windows path).
fn unescaped(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match chars.peek() {
            Some(&next) if c == '\\' && !next.is_alphanumeric() => {
                out.push(next);
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

/// A URI's path with its `%20`-style escapes decoded (an escape that is not one is kept).
fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let byte = (bytes[i] == b'%')
            .then(|| text.get(i + 1..i + 3))
            .flatten()
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match byte {
            Some(b) => {
                out.push(b);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Pasted text on the home screen or the marks screen: a dropped file, opened; while the
/// path is asked for, it is typed in (on one line).
pub fn paste(app: &mut App, text: &str) {
    if let Screen::Returned(ReturnedState::Asking { path }) = &mut app.screen {
        let line = text.replace(['\n', '\r', '\t'], " ");
        let room = MAX_PATH.saturating_sub(path.chars().count());
        path.extend(line.chars().filter(|c| !c.is_control()).take(room));
        return;
    }
    match path_of(text) {
        Some(path) => app.effects.push(Effect::OpenReturned(path)),
        None => app.notice = Some(DROP_HINT.into()),
    }
}

/// What the student is told of opening marked work.
pub const DROP_HINT: &str =
    "To see marked work your teacher returned, drop its file onto this window or type its path.";

/// Asks for the path of a returned file (from the home screen).
pub fn ask(app: &mut App) {
    app.screen = Screen::Returned(ReturnedState::Asking {
        path: String::new(),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dropped_files_path_is_read_as_terminals_paste_it() {
        let p = |text: &str| path_of(text).map(|p| p.display().to_string());
        assert_eq!(p("/home/ada/ada.toml\n"), Some("/home/ada/ada.toml".into()));
        assert_eq!(
            p("'/tmp/my marks.toml' "),
            Some("/tmp/my marks.toml".into())
        );
        assert_eq!(p("/tmp/my\\ marks.toml"), Some("/tmp/my marks.toml".into()));
        assert_eq!(
            p("file:///tmp/my%20marks.toml"),
            Some("/tmp/my marks.toml".into())
        );
        assert_eq!(p("C:\\Users\\ada.toml"), Some("C:\\Users\\ada.toml".into()));
        assert_eq!(p("  \n "), None);
    }
}
