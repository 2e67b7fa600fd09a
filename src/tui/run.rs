//! The runner: sets the terminal up, turns events into actions, draws, performs effects, and
//! puts the terminal back as it was on exit and on panic.

use std::io::{self, IsTerminal, Write, stdout};
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use ratatui::Frame;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, Event, MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{LeaveAlternateScreen, disable_raw_mode};
use ratatui::layout::Rect;

use super::action::Action;
use super::app::{App, Scorer, Screen, update};
use super::input::Input;
use super::keymap::action_for;
use super::paste::paste;
use super::persist::Persistence;
use super::runtime::{self, IDLE, Program};
use super::screen::profile::ProfileState;
use super::terminal::FullScreen;
use crate::bundled;
use crate::console::{EXIT_USAGE, stdout_style};
use crate::diagnostic::{Severity, render_all};
use crate::teacher::returned::MarkedWork;
use crate::text::clean;

/// What is printed when stdout is not a terminal.
pub const NOT_A_TERMINAL: &str =
    "classwork needs a terminal; use `classwork --plain` for a line-by-line mode";

/// Writes the escape sequences that undo the UI's set-up: mouse capture off, the main
/// screen back, the cursor shown.
pub fn restore_sequence(out: &mut impl Write) -> io::Result<()> {
    execute!(
        out,
        DisableBracketedPaste,
        DisableMouseCapture,
        LeaveAlternateScreen,
        Show
    )
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

/// How the UI is started (from the command line).
#[derive(Debug, Clone, Copy, Default)]
pub struct Options<'a> {
    /// A unit folder or activity file (default: the bundled unit).
    pub path: Option<&'a Path>,
    /// `--seed`: fixes the shuffles.
    pub seed: Option<u64>,
    /// `--profile`: whose work it is (default: the one used last, else asked).
    pub profile: Option<&'a str>,
    /// `--data-dir`: the folder of the progress database.
    pub data_dir: Option<&'a Path>,
    /// Marked work the teacher returned, shown first (`classwork open FILE`).
    pub returned: Option<&'a MarkedWork>,
}

/// Opens the UI on the unit at `options.path` (or the bundled one) for the student's
/// profile and runs it until the student quits.
pub fn run(options: &Options<'_>, scorer: Scorer) -> ExitCode {
    let path = options.path;
    if !stdout().is_terminal() {
        eprintln!("{NOT_A_TERMINAL}");
        return ExitCode::from(EXIT_USAGE);
    }
    // The database opens on the second core while the unit loads on this one.
    let data_dir = options.data_dir.map(Path::to_path_buf);
    let opening = std::thread::spawn(move || Persistence::open(data_dir.as_deref()));
    let loaded = match crate::console::open_to_work_on(path) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let name = path.map_or_else(
        || bundled::DEFAULT_UNIT.to_string(),
        |p| p.display().to_string(),
    );
    let diagnostics = render_all(&loaded.diagnostics, stdout_style());
    let problems = loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let Some(unit) = loaded.into_unit(&name) else {
        eprint!("{diagnostics}");
        eprintln!("error: no activity could be loaded from `{}`", clean(&name));
        return ExitCode::FAILURE;
    };
    let mut app = App::new(unit, scorer, options.seed);
    app.problems = problems;
    // The terminal is set up while the database finishes opening: raw mode before the
    // reading starts, so that Ctrl-D typed meanwhile is a key, not an end of input the
    // reader would wait past.
    let terminal = FullScreen::enter().and_then(|screen| Ok((Input::start()?, screen)));
    let mut persist = opening
        .join()
        .unwrap_or_else(|_| Persistence::open(options.data_dir));
    app.progress.problem = persist.problem();
    app.progress.profiles = persist.profile_names();
    let student = options
        .profile
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(String::from)
        .or_else(|| persist.last_profile());
    match student {
        Some(name) => persist.choose(&mut app, &name),
        None => app.screen = Screen::Profile(ProfileState::new(&app)),
    }
    if let Some(work) = options.returned {
        // Leaving it goes home, or asks the student's name first.
        super::screen::returned::show(&mut app, work.clone());
    }
    // The terminal may be gone (closed, hung up): what is said after the UI is said if it
    // can be, never at the cost of a panic.
    match terminal.and_then(|(input, screen)| run_app(&mut app, &mut persist, input, screen)) {
        Ok(()) => {
            // One last try, then what still cannot be saved goes to answer sheets.
            persist.tick(&mut app, Instant::now() + IDLE);
            match (&app.progress.student, &app.progress.problem) {
                (Some(_), _) if persist.all_saved() => {
                    let _ = writeln!(stdout(), "Your work is saved.");
                }
                (Some(_), problem) => {
                    let why = problem
                        .as_deref()
                        .unwrap_or("the progress database cannot be used");
                    let mut err = io::stderr();
                    let _ = writeln!(err, "Some of your work was not saved: {}", clean(why));
                    for line in persist.keep_unsaved(&app) {
                        let _ = writeln!(err, "{line}");
                    }
                }
                _ => {}
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            let _ = writeln!(io::stderr(), "error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Runs the UI on the terminal set up (`input` and `screen`) until it ends, then saves
/// every draft and puts the terminal back.
fn run_app(
    app: &mut App,
    persist: &mut Persistence,
    mut input: Input,
    mut screen: FullScreen,
) -> io::Result<()> {
    let shown = runtime::run(&mut Student { app, persist }, &mut input, &mut screen);
    // However the UI ends (quit, a signal, a closed terminal, a failure to draw), every
    // draft is saved before anything else is tried.
    let later = Instant::now() + IDLE;
    update(app, Action::Tick(later));
    perform_all(app, persist, later);
    drop(screen);
    shown
}

/// The student's UI as the runtime runs it: the state and where its work is saved.
struct Student<'a> {
    app: &'a mut App,
    persist: &'a mut Persistence,
}

impl Program for Student<'_> {
    fn resize(&mut self, area: Rect) {
        self.app.area = area;
    }

    fn draw(&self, frame: &mut Frame) {
        frame.render_widget(&*self.app, frame.area());
    }

    /// A draft that waited long enough, or a failed write to try again.
    fn due(&self) -> Option<Instant> {
        [self.app.next_save(), self.persist.next_retry()]
            .into_iter()
            .flatten()
            .min()
    }

    fn event(&mut self, event: Event) {
        // Pasted text comes whole (bracketed paste), not as keys that could be commands.
        if let Event::Paste(text) = &event {
            paste(self.app, text);
            return;
        }
        let mut next = action_of(event, self.app);
        while let Some(a) = next {
            next = update(self.app, a);
        }
    }

    fn tick(&mut self, now: Instant) {
        update(self.app, Action::Tick(now));
        perform_all(self.app, self.persist, now);
    }

    /// Quitting with work that could not be saved asks first.
    fn done(&mut self) -> bool {
        if self.app.quit && !self.persist.all_saved() {
            self.app.confirm_quit_unsaved();
        }
        self.app.quit
    }
}

/// What a key, a click or a resize asks for (the local UI's and a served session's).
pub(crate) fn action_of(event: Event, app: &App) -> Option<Action> {
    match event {
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
    }
}

/// Does what the effects ask, then retries the writes that are due.
fn perform_all(app: &mut App, persist: &mut Persistence, now: Instant) {
    for effect in std::mem::take(&mut app.effects) {
        persist.perform(app, &effect, now);
    }
    persist.tick(app, now);
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!(
            text.contains("\x1b[?2004l"),
            "stops bracketed paste: {text:?}"
        );
    }
}
