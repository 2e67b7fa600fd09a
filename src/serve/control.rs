//! What the teacher controls from the serving terminal: which activities are open, and
//! "pens down". Commands are typed a line at a time: `close 3`, `open 3`, `close all`,
//! `open all`, `pens down`, `help`.

use std::collections::BTreeSet;
use std::sync::{Mutex, PoisonError};

/// A command typed at the serving terminal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Open these activities (positions from 0).
    Open(Vec<usize>),
    /// Close these activities (positions from 0).
    Close(Vec<usize>),
    /// Hand in every student's work in progress as it is.
    PensDown,
    /// Say what can be typed.
    Help,
}

/// What can be typed, as the teacher is told.
pub const HELP: &str = "Type: close N (or close all), open N (or open all), pens down, help. \
N is an activity's number in the list; several may be given (close 3 4).";

/// Reads a line typed at the serving terminal, for a unit of `activities` activities.
pub fn parse(line: &str, activities: usize) -> Result<Command, String> {
    let words: Vec<String> = line.split_whitespace().map(str::to_lowercase).collect();
    let numbers = |rest: &[String]| -> Result<Vec<usize>, String> {
        if rest == ["all"] {
            return Ok((0..activities).collect());
        }
        if rest.is_empty() {
            return Err("which activities? give their numbers, or `all`".into());
        }
        rest.iter()
            .map(|w| match w.parse::<usize>() {
                Ok(n) if (1..=activities).contains(&n) => Ok(n - 1),
                _ => Err(format!(
                    "there is no activity {w}: the activities are 1 to {activities}"
                )),
            })
            .collect()
    };
    match words
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["open", ..] => numbers(&words[1..]).map(Command::Open),
        ["close", ..] => numbers(&words[1..]).map(Command::Close),
        ["pens", "down"] | ["pensdown"] => Ok(Command::PensDown),
        ["help"] | ["?"] => Ok(Command::Help),
        [] => Err(String::new()),
        _ => Err(format!("not a command: {}", line.trim())),
    }
}

/// Which activities the teacher has closed.
#[derive(Debug, Default)]
pub struct Control {
    closed: Mutex<BTreeSet<usize>>,
}

impl Control {
    /// The activities closed now, by position.
    pub fn closed(&self) -> BTreeSet<usize> {
        self.closed
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Opens or closes activities; whether anything changed.
    pub fn set(&self, which: &[usize], open: bool) -> bool {
        let mut closed = self.closed.lock().unwrap_or_else(PoisonError::into_inner);
        let before = closed.clone();
        for &i in which {
            if open {
                closed.remove(&i);
            } else {
                closed.insert(i);
            }
        }
        *closed != before
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_are_read_as_a_teacher_types_them() {
        assert_eq!(parse("close 3", 15), Ok(Command::Close(vec![2])));
        assert_eq!(parse("  Open 1 15 ", 15), Ok(Command::Open(vec![0, 14])));
        assert_eq!(parse("close all", 3), Ok(Command::Close(vec![0, 1, 2])));
        assert_eq!(parse("Pens down", 3), Ok(Command::PensDown));
        assert_eq!(parse("?", 3), Ok(Command::Help));
        assert!(parse("close 16", 15).is_err_and(|e| e.contains("1 to 15")));
        assert!(parse("close", 15).is_err());
        assert!(parse("shutdown", 15).is_err_and(|e| e.contains("not a command")));
    }

    #[test]
    fn closing_and_opening_change_what_is_closed() {
        let control = Control::default();
        assert!(control.set(&[1, 2], false));
        assert_eq!(control.closed(), [1, 2].into());
        assert!(!control.set(&[1], false), "already closed");
        assert!(control.set(&[1], true));
        assert_eq!(control.closed(), [2].into());
    }
}
