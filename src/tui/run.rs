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
use crate::bundled;
use crate::cli::{EXIT_USAGE, stdout_style};
use crate::diagnostic::{Severity, render_all};
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
            app.notice = save_answer(app, *activity)
                .err()
                .map(|e| format!("answer not saved: {e}"));
        }
    }
}

/// Writes the answer sheet of an activity to the data folder.
fn save_answer(app: &App, i: usize) -> io::Result<()> {
    let _ = (app, i, data_dir());
    Ok(())
}
