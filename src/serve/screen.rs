//! The student UI of one connection: the same [`App`], [`update`] and views as the local
//! UI, drawn by ratatui over the channel, with the same saving of drafts. It runs on its
//! own thread, as the local UI's event loop does, fed by the SSH side.

use std::io::{self, Write};
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::Instant;

use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{EnableBracketedPaste, EnableMouseCapture, Event};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::EnterAlternateScreen;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

use super::Class;
use super::channel::{Incoming, Next, Output, next};
use super::keys::{Decoder, ESCAPE_WAIT};
use super::students::{Claim, Doing};
use crate::text::clean;
use crate::tui::action::{Action, Effect};
use crate::tui::app::{App, update};
use crate::tui::paste::paste;
use crate::tui::persist::Persistence;
use crate::tui::run::{action_of, restore_sequence};
use crate::tui::runtime::IDLE;

/// The most messages taken in before the screen is drawn again (a flood of resizes or
/// keys is drawn once, yet drawn).
const MOST_AT_ONCE: usize = 256;

/// How the screen ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// The student quit.
    Quit,
    /// The connection ended.
    Gone,
    /// The same student connected again.
    TakenOver,
    /// Nothing was typed for the class's idle time.
    Idle,
}

/// Runs the student UI for `student` on a window of `size` until the student quits, the
/// connection ends, another connection takes over, or the student is idle too long. Every
/// draft is saved before it returns; what is said then is written to `out`.
pub fn run(
    class: &Class,
    (student, claim): (&str, &Claim<'_>),
    inbox: &Receiver<Incoming>,
    out: &Output,
    size: (u16, u16),
) -> io::Result<Ended> {
    let mut app = App::new(class.unit.clone(), class.scorer, class.seed);
    app.served = true;
    let mut persist = Persistence::open(class.data_dir.as_deref());
    app.progress.problem = persist.problem();
    persist.choose(&mut app, student);

    let mut raw = out.raw();
    execute!(
        raw,
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste
    )?;
    let area = Rect::new(0, 0, size.0, size.1);
    let mut terminal = Terminal::with_options(
        CrosstermBackend::new(out.raw()),
        TerminalOptions {
            viewport: Viewport::Fixed(area),
        },
    )?;
    app.area = area;
    let mut decoder = Decoder::default();
    let mut typed_at = Instant::now();
    // When an Escape arrived with nothing after it: the key, unless more comes soon.
    let mut escape_at: Option<Instant> = None;
    // What the teacher's view was last told the student is doing.
    let mut reported = Doing::default();
    let ended = loop {
        let closed = class.control.closed();
        if closed != app.closed {
            app.closed = closed;
            update(&mut app, Action::ClosedChanged);
        }
        if terminal.draw(|f| f.render_widget(&app, f.area())).is_err() {
            break Ended::Gone;
        }
        let now = Instant::now();
        let idle_at = typed_at + class.idle;
        let escape_due = escape_at.map(|at| at + ESCAPE_WAIT);
        let due = [
            app.next_save(),
            persist.next_retry(),
            Some(idle_at),
            escape_due,
        ]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(now + IDLE);
        let mut incoming = match next(inbox, due.saturating_duration_since(now)) {
            Next::TimedOut if Instant::now() >= idle_at => break Ended::Idle,
            Next::TimedOut => None,
            Next::Got(first) => Some(first),
        };
        if incoming.is_none() && escape_due.is_some_and(|due| Instant::now() >= due) {
            escape_at = None;
            for event in decoder.flush() {
                on_event(&mut app, event);
            }
        }
        let mut taken = 0;
        let mut stop = None;
        while let Some(message) = incoming.take() {
            match message {
                Incoming::Bytes(bytes) => {
                    typed_at = Instant::now();
                    for event in decoder.feed(&bytes) {
                        on_event(&mut app, event);
                    }
                    escape_at = decoder.escape_waits().then_some(typed_at);
                }
                Incoming::Resize(width, height) => {
                    let area = Rect::new(0, 0, width, height);
                    if terminal.resize(area).is_err() {
                        stop = Some(Ended::Gone);
                        break;
                    }
                    on_event(&mut app, Event::Resize(width, height));
                }
                Incoming::End => stop = Some(Ended::Gone),
                Incoming::TakenOver => stop = Some(Ended::TakenOver),
                Incoming::PensDown => {
                    update(&mut app, Action::PensDown);
                }
                Incoming::Refresh => {}
            }
            taken += 1;
            if stop.is_some() || taken >= MOST_AT_ONCE {
                break;
            }
            incoming = match inbox.try_recv() {
                Ok(m) => Some(m),
                Err(TryRecvError::Empty) => None,
                Err(TryRecvError::Disconnected) => Some(Incoming::End),
            };
        }
        perform_all(&mut app, &mut persist, Instant::now());
        let now_doing = doing(&app);
        if now_doing != reported {
            claim.report(now_doing.clone());
            reported = now_doing;
        }
        if let Some(stop) = stop {
            break stop;
        }
        if app.quit && !persist.all_saved() {
            app.confirm_quit_unsaved();
        }
        if app.quit {
            break Ended::Quit;
        }
    };
    // However the screen ends, every draft is saved before anything else is tried.
    let later = Instant::now() + IDLE;
    update(&mut app, Action::Tick(later));
    perform_all(&mut app, &mut persist, later);
    drop(terminal);
    if ended != Ended::Gone {
        let _ = restore_sequence(&mut raw);
        let _ = raw.flush();
        let mut said = out.clone();
        let _ = writeln!(said, "{}", farewell(ended, &app, &persist));
        let _ = said.flush();
    }
    if !persist.all_saved() {
        for line in persist.keep_unsaved(&app) {
            eprintln!("{}: {line}", clean(student));
        }
    }
    Ok(ended)
}

/// What the student is doing, for the teacher's view: the activity on screen, and the
/// activities submitted.
fn doing(app: &App) -> Doing {
    Doing {
        activity: app.current().map(|(_, a)| a.title.clone()),
        submitted: app
            .unit
            .activities
            .iter()
            .zip(&app.work)
            .filter(|(_, w)| !w.scores.is_empty())
            .map(|(a, _)| a.title.clone())
            .collect(),
    }
}

/// What the student is told as the screen closes.
fn farewell(ended: Ended, app: &App, persist: &Persistence) -> String {
    let saved = if persist.all_saved() {
        "Your work is saved.".to_string()
    } else {
        let why = app
            .progress
            .problem
            .as_deref()
            .unwrap_or("the progress database cannot be used");
        format!(
            "Some of your work could not be saved ({}); your teacher keeps it as an answer sheet.",
            clean(why)
        )
    };
    match ended {
        Ended::TakenOver => {
            format!("You connected again elsewhere: your work goes on there. {saved}")
        }
        Ended::Idle => format!("Closed after a long time without typing. {saved}"),
        Ended::Quit | Ended::Gone => saved,
    }
}

/// Acts on one event of the student's terminal, as the local UI does. Switching to
/// another student's profile is not offered over SSH: each connection is its student's.
fn on_event(app: &mut App, event: Event) {
    if let Event::Paste(text) = &event {
        paste(app, text);
        return;
    }
    let mut next = action_of(event, app);
    while let Some(action) = next {
        if action == Action::SwitchProfile {
            return;
        }
        next = update(app, action);
    }
}

/// Does what the effects ask (but never opens another profile), then retries the writes
/// that are due.
fn perform_all(app: &mut App, persist: &mut Persistence, now: Instant) {
    update(app, Action::Tick(now));
    for effect in std::mem::take(&mut app.effects) {
        let profiles = matches!(
            effect,
            Effect::ChooseProfile(_) | Effect::RenameProfile { .. } | Effect::DeleteProfile { .. }
        );
        if !profiles {
            persist.perform(app, &effect, now);
        }
    }
    persist.tick(app, now);
}
