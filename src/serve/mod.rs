//! `classwork serve`: a live class over SSH. Students run `ssh -p PORT NAME@HOST`, type
//! the class code, and get the same student UI as the local one (or, with `plain` as the
//! command, the line-by-line dialogue), their work kept in the teacher's progress
//! database under their SSH user name.
//!
//! The async runtime stays at the edge ([`ssh`]): each connection's UI runs the same
//! synchronous code as the local UI on a thread of its own ([`session`], [`screen`]), fed
//! its keys as bytes ([`keys`] turns them into key events) through [`channel`].

pub mod channel;
pub mod control;
pub mod keys;
pub mod screen;
pub mod session;
pub mod ssh;
pub mod students;
pub mod watch;

use std::io::{self, BufReader};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use rand::RngExt;

use crate::activity::Unit;
use crate::plain::Dialogue;
use crate::tui::app::Scorer;
use channel::{Lines, Output};
use students::{Capacity, Doing, RateLimit, Students};

/// The plain dialogue over a connection, with the student's work kept: the class, the
/// student's name, the dialogue on the channel, the flag set when the teacher calls pens
/// down (which ends the dialogue's input), and where to say what the student is doing
/// (for the teacher's view).
pub type PlainMode = fn(
    &Class,
    &str,
    &mut Dialogue<BufReader<Lines<'_>>, Output>,
    Arc<AtomicBool>,
    &dyn Fn(Doing),
) -> io::Result<()>;

/// A class being served: what every connection shares.
pub struct Class {
    /// The unit the students do.
    pub unit: Unit,
    /// The code a student types before anything else.
    pub code: String,
    /// The folder of the progress database and of the host key (`None`: the usual one).
    pub data_dir: Option<PathBuf>,
    /// How answers are scored.
    pub scorer: Scorer,
    /// Fixes the shuffles, as `--seed` does locally.
    pub seed: Option<u64>,
    /// The plain dialogue, for `ssh HOST plain`.
    pub plain: PlainMode,
    /// How long a student may type nothing before their connection is closed (work saved).
    pub idle: Duration,
    /// Who is connected, and what each is doing (shared with the teacher's view).
    pub students: Arc<Students>,
    /// How often one address may connect.
    pub limit: RateLimit,
    /// How many connections may be open at once.
    pub capacity: Capacity,
    /// Which activities the teacher has closed (shared with the serving terminal).
    pub control: Arc<control::Control>,
}

/// The letters of a class code: no 0/O, 1/I/L to mix up.
const CODE_LETTERS: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/// A new class code of six letters and digits.
pub fn new_code() -> String {
    let mut rng = rand::rng();
    (0..6)
        .map(|_| char::from(CODE_LETTERS[rng.random_range(0..CODE_LETTERS.len())]))
        .collect()
}

/// The longest SSH user name taken as a student's name.
pub const LONGEST_NAME: usize = 64;

/// Whether `user` can be a student's name: not empty, not too long, no control
/// characters.
pub fn is_student_name(user: &str) -> bool {
    let name = user.trim();
    !name.is_empty() && name.chars().count() <= LONGEST_NAME && !name.chars().any(char::is_control)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_six_clear_letters() {
        let code = new_code();
        assert_eq!(code.len(), 6);
        assert!(code.bytes().all(|b| CODE_LETTERS.contains(&b)), "{code}");
    }

    #[test]
    fn student_names_are_checked() {
        assert!(is_student_name("ada"));
        assert!(is_student_name("Ada Lovelace"));
        assert!(!is_student_name("  "));
        assert!(!is_student_name("a\u{1b}[2J"));
        assert!(!is_student_name(&"x".repeat(LONGEST_NAME + 1)));
    }
}
