//! One student's connection, from the class code to the end: the code asked first, then
//! the student's place claimed (taking over another connection of theirs), then the
//! screen or the plain dialogue, then the channel closed.

use std::io::{BufRead, BufReader, Write};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::sync::mpsc::{Receiver, Sender};
use std::time::Duration;

use super::Class;
use super::channel::{Incoming, Lines, Output};
use super::screen;
use crate::plain::Dialogue;
use crate::text::clean;

/// How a student asked to work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The full-screen UI, on a pty of this size (columns, rows).
    Screen(u16, u16),
    /// The line-by-line dialogue (`ssh HOST plain`); `pty` when the client gave one.
    Plain {
        /// Whether the client's terminal is raw (keys echoed here, CR LF sent).
        pty: bool,
    },
}

/// How many times a wrong class code may be given before the connection closes.
pub const CODE_TRIES: usize = 3;
/// How long the class code may take to be typed.
pub const CODE_WAIT: Duration = Duration::from_secs(120);

/// Runs the connection of `student` in `mode`: what the SSH side says comes through
/// `inbox` (`tell` is its sending end, for a later connection to take this one over),
/// and everything drawn or said goes to `out`, closed at the end.
pub fn run(
    class: &Class,
    student: &str,
    mode: Mode,
    inbox: &Receiver<Incoming>,
    tell: Sender<Incoming>,
    mut out: Output,
) {
    let pty = !matches!(mode, Mode::Plain { pty: false });
    let code_given = {
        let echo = pty.then(|| out.clone());
        let mut lines = BufReader::new(Lines::new(inbox, echo, CODE_WAIT));
        ask_code(class, &mut lines, &mut out)
    };
    let mut status = 1;
    if let Ok(Some(size)) = code_given {
        let claim = class.students.claim(student, tell);
        status = match mode {
            Mode::Screen(w, h) => {
                let size = size.unwrap_or((w, h));
                match screen::run(class, (student, &claim), inbox, &out, size) {
                    Ok(_) => 0,
                    Err(e) => {
                        eprintln!("{}: {e}", clean(student));
                        1
                    }
                }
            }
            Mode::Plain { pty } => {
                let echo = pty.then(|| out.clone());
                let pens_down = Arc::new(AtomicBool::new(false));
                let lines =
                    Lines::new(inbox, echo, class.idle).ending_at_pens_down(Arc::clone(&pens_down));
                let mut dialogue = Dialogue::new(BufReader::new(lines), out.clone());
                let report = |doing| claim.report(doing);
                match (class.plain)(class, student, &mut dialogue, pens_down, &report) {
                    Ok(()) => 0,
                    Err(e) => {
                        eprintln!("{}: {e}", clean(student));
                        1
                    }
                }
            }
        };
        drop(claim);
    }
    out.close(status);
}

/// Asks for the class code until it is given, [`CODE_TRIES`] times at most.
/// `Ok(Some(size))` when it was given (with the window's last size, if it changed
/// meanwhile), `Ok(None)` when it was not.
fn ask_code(
    class: &Class,
    lines: &mut BufReader<Lines<'_>>,
    out: &mut Output,
) -> std::io::Result<Option<Option<(u16, u16)>>> {
    writeln!(out, "classwork: {}", clean(&class.unit.title))?;
    for _ in 0..CODE_TRIES {
        write!(out, "Class code: ")?;
        out.flush()?;
        let mut line = String::new();
        if lines.read_line(&mut line)? == 0 {
            writeln!(out)?;
            out.flush()?;
            return Ok(None);
        }
        if line.trim().eq_ignore_ascii_case(&class.code) {
            return Ok(Some(lines.get_ref().size()));
        }
        writeln!(out, "That is not the class code.")?;
    }
    writeln!(
        out,
        "Ask your teacher for the class code, then connect again."
    )?;
    out.flush()?;
    Ok(None)
}
