//! The runner: sets the terminal up, turns events into actions, draws, performs effects, and
//! puts the terminal back as it was on exit and on panic.

use std::io::{self, IsTerminal, Write, stdout};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::layout::Rect;

use super::action::{Action, Effect};
use super::app::{App, Scorer, update};
use super::keymap::action_for;
use crate::activity::Unit;
use crate::answer::sheet::{AnswerSheet, write_sheet};
use crate::bundled;
use crate::cli::{EXIT_USAGE, stdout_style};
use crate::diagnostic::{Severity, render_all};
use crate::export::write_report;
use crate::load::{Loaded, load_path};
use crate::text::clean;

/// What is printed when stdout is not a terminal.
pub const NOT_A_TERMINAL: &str =
    "classwork needs a terminal; use `classwork --plain` for a line-by-line mode";

/// Writes the escape sequences that undo the UI's set-up: mouse capture off, the main
/// screen back, the cursor shown.
pub fn restore_sequence(out: &mut impl Write) -> io::Result<()> {
    execute!(out, DisableMouseCapture, LeaveAlternateScreen, Show)
}

/// Puts the terminal back as it was. Safe to call more than once.
pub fn restore_terminal() {
    let _ = disable_raw_mode();
    let _ = restore_sequence(&mut stdout());
}

/// Makes a panic restore the terminal before the panic message is printed.
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        previous(info);
    }));
}

/// Restores the terminal when dropped, on return and while unwinding alike.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore_terminal();
    }
}

/// The unit to open: the first unit found at `path` (or the bundled one), else the loose
/// activities found there; with the number of errors found loading it.
pub fn unit_from(loaded: Loaded, name: &str) -> Option<(Unit, usize)> {
    let errors = loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    if let Some(unit) = loaded.units.into_iter().next() {
        return Some((unit, errors));
    }
    if loaded.activities.is_empty() {
        return None;
    }
    let title = match loaded.activities.as_slice() {
        [one] => one.title.clone(),
        _ => name.to_string(),
    };
    let unit = Unit {
        id: "activities".into(),
        title,
        description: None,
        activities: loaded.activities,
        sources: Vec::new(),
    };
    Some((unit, errors))
}

/// Where answer sheets are written: `$CLASSWORK_DATA_DIR`, else `./classwork-answers/`.
pub fn data_dir() -> PathBuf {
    std::env::var_os("CLASSWORK_DATA_DIR")
        .filter(|v| !v.is_empty())
        .map_or_else(|| PathBuf::from("classwork-answers"), PathBuf::from)
}

/// Opens the UI on `path` (or the bundled unit) and runs it until the student quits.
pub fn run(path: Option<&Path>, seed: Option<u64>, scorer: Scorer) -> ExitCode {
    if !stdout().is_terminal() {
        eprintln!("{NOT_A_TERMINAL}");
        return ExitCode::from(EXIT_USAGE);
    }
    let loaded = match path {
        Some(p) if !p.exists() => {
            eprintln!(
                "error: cannot open `{}`: no such file or folder",
                clean(&p.display().to_string())
            );
            return ExitCode::from(EXIT_USAGE);
        }
        Some(p) => load_path(p),
        None => bundled::default_unit(),
    };
    let name = path.map_or_else(
        || bundled::DEFAULT_UNIT.to_string(),
        |p| p.display().to_string(),
    );
    let diagnostics = render_all(&loaded.diagnostics, stdout_style());
    let Some((unit, problems)) = unit_from(loaded, &name) else {
        eprint!("{diagnostics}");
        eprintln!("error: no activity could be loaded from `{}`", clean(&name));
        return ExitCode::FAILURE;
    };
    let mut app = App::new(unit, scorer, seed);
    app.problems = problems;
    match run_app(&mut app) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run_app(app: &mut App) -> io::Result<()> {
    install_panic_hook();
    let guard = Guard;
    enable_raw_mode()?;
    execute!(stdout(), EnterAlternateScreen, EnableMouseCapture)?;
    let mut terminal = Terminal::new(CrosstermBackend::new(stdout()))?;
    let size = terminal.size()?;
    app.area = Rect::new(0, 0, size.width, size.height);
    loop {
        terminal.draw(|f| f.render_widget(&*app, f.area()))?;
        let action = match event::read()? {
            Event::Key(k) => action_for(k, &app.mode()),
            Event::Mouse(m) => match m.kind {
                MouseEventKind::Down(MouseButton::Left) => Some(Action::Click {
                    col: m.column,
                    row: m.row,
                }),
                MouseEventKind::Drag(MouseButton::Left) => Some(Action::Drag {
                    col: m.column,
                    row: m.row,
                }),
                MouseEventKind::ScrollUp => Some(Action::WheelUp {
                    col: m.column,
                    row: m.row,
                }),
                MouseEventKind::ScrollDown => Some(Action::WheelDown {
                    col: m.column,
                    row: m.row,
                }),
                _ => None,
            },
            Event::Resize(width, height) => Some(Action::Resize { width, height }),
            _ => None,
        };
        let mut next = action;
        while let Some(a) = next {
            next = update(app, a);
        }
        for effect in std::mem::take(&mut app.effects) {
            perform(app, &effect);
        }
        if app.quit {
            break;
        }
    }
    drop(terminal);
    drop(guard);
    Ok(())
}

/// Does what an effect asks, telling the student how it went.
fn perform(app: &mut App, effect: &Effect) {
    match effect {
        Effect::SaveAnswer { activity } => {
            app.notice = save_answer(app, *activity, &data_dir())
                .err()
                .map(|e| format!("Your answer was not saved: {e}"));
        }
        Effect::ExportReport { activity } => {
            let (Some(a), Some(w)) = (app.unit.activities.get(*activity), app.work.get(*activity))
            else {
                return;
            };
            app.notice = Some(match write_report(a, &w.answer, &data_dir()) {
                Ok(path) => format!("Exported to {}", clean(&path.display().to_string())),
                Err(e) => format!("The report was not exported: {e}"),
            });
        }
    }
}

/// Writes the answer sheet of activity `i` (stamped as submitted now) to
/// `dir/<unit>/<activity>.toml`, returning the path written.
pub fn save_answer(app: &App, i: usize, dir: &Path) -> io::Result<PathBuf> {
    let (Some(a), Some(w)) = (app.unit.activities.get(i), app.work.get(i)) else {
        return Err(io::Error::other("no such activity"));
    };
    let mut sheet = AnswerSheet::new(a, w.answer.clone());
    sheet.submitted = Some(now_rfc3339());
    let folder = dir.join(safe_name(&app.unit.id));
    std::fs::create_dir_all(&folder)?;
    let path = folder.join(format!("{}.toml", safe_name(&a.id)));
    std::fs::write(&path, write_sheet(&sheet))?;
    Ok(path)
}

/// An id made safe as a file name.
fn safe_name(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// The time now as RFC 3339 text in UTC (`2026-11-21T10:20:00Z`).
pub fn now_rfc3339() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    rfc3339(secs)
}

/// Seconds since 1970 as RFC 3339 text in UTC.
pub fn rfc3339(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_print_as_rfc3339() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339(1_790_000_000), "2026-09-21T14:13:20Z");
    }

    #[test]
    fn the_restore_sequence_undoes_the_set_up() {
        let mut out = Vec::new();
        restore_sequence(&mut out).expect("writing to a Vec cannot fail");
        let text = String::from_utf8_lossy(&out);
        assert!(
            text.contains("\x1b[?1049l"),
            "leaves the alternate screen: {text:?}"
        );
        assert!(
            text.contains("\x1b[?1000l"),
            "stops mouse capture: {text:?}"
        );
        assert!(text.contains("\x1b[?25h"), "shows the cursor: {text:?}");
    }
}
