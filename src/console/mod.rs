//! Where classwork meets the shell, for the command line and the terminal UI alike: the
//! exit code of a usage error, colour for what goes to stdout and stderr, printing that
//! survives a closed pipe ([`out`]), and opening the unit a command works on.

pub mod out;

use std::io::IsTerminal;
use std::process::ExitCode;

use crate::diagnostic::Style;

/// Exit code for a usage or I/O error.
pub const EXIT_USAGE: u8 = 2;

/// What a student works on, and a teacher marks: as [`open`], an activity file of a unit
/// opened as that unit with this activity alone ([`crate::load::load_to_work_on`]).
pub fn open_to_work_on(path: Option<&std::path::Path>) -> Result<crate::load::Loaded, ExitCode> {
    match path {
        Some(p) if p.is_file() => Ok(crate::load::load_to_work_on(p)),
        _ => open(path),
    }
}

/// What a command works on: `path` loaded, or the bundled unit when there is none. A path
/// that does not exist is said on stderr and ends the command as a usage error.
pub fn open(path: Option<&std::path::Path>) -> Result<crate::load::Loaded, ExitCode> {
    match path {
        Some(p) if !p.exists() => {
            out::eprintln(&format!(
                "error: cannot open `{}`: no such file or folder",
                crate::text::clean(&p.display().to_string())
            ));
            Err(ExitCode::from(EXIT_USAGE))
        }
        Some(p) => Ok(crate::load::load_path(p)),
        None => Ok(crate::bundled::default_unit()),
    }
}

/// The width of the terminal stdout writes to, in columns; `None` when stdout is piped or
/// the width cannot be told (then `COLUMNS`, when set, is taken).
pub fn stdout_width() -> Option<usize> {
    if !std::io::stdout().is_terminal() {
        return None;
    }
    #[cfg(feature = "tui")]
    if let Ok((columns, _)) = ratatui::crossterm::terminal::size() {
        return Some(usize::from(columns));
    }
    std::env::var("COLUMNS").ok()?.trim().parse().ok()
}

/// Colour for output to stdout, unless it is piped or `NO_COLOR` is set.
pub fn stdout_style() -> Style {
    style(std::io::stdout().is_terminal())
}

/// Colour for diagnostics on stderr, unless it is piped or `NO_COLOR` is set.
pub fn stderr_style() -> Style {
    style(std::io::stderr().is_terminal())
}

/// Colour on a `terminal` when `NO_COLOR` is not set; plain text otherwise.
fn style(terminal: bool) -> Style {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    if terminal && !no_color {
        Style::Color
    } else {
        Style::Plain
    }
}
