//! Child processes that cannot outlive their test: killed and waited for when dropped,
//! on a failing test's unwinding as on its success.

use std::io::Write;
use std::ops::{Deref, DerefMut};
use std::process::{Child, Command, Output};

/// A running child process, killed and waited for when dropped.
pub struct Reaped(Option<Child>);

impl Reaped {
    /// Starts `command`.
    pub fn spawn(command: &mut Command) -> Self {
        Reaped(Some(command.spawn().expect("the program starts")))
    }

    /// Writes `input` to the child's standard input (if piped), closes it, and waits for
    /// the child to end, collecting what it wrote.
    pub fn output_with(mut self, input: &[u8]) -> Output {
        if let Some(mut stdin) = self.stdin.take() {
            stdin.write_all(input).expect("input written");
        }
        self.wait_with_output()
    }

    /// Waits for the child to end, collecting what it wrote.
    pub fn wait_with_output(mut self) -> Output {
        let child = self.0.take().expect("the child is there until it ends");
        child.wait_with_output().expect("the program runs")
    }
}

impl Deref for Reaped {
    type Target = Child;

    fn deref(&self) -> &Child {
        self.0.as_ref().expect("the child is there until it ends")
    }
}

impl DerefMut for Reaped {
    fn deref_mut(&mut self) -> &mut Child {
        self.0.as_mut().expect("the child is there until it ends")
    }
}

impl Drop for Reaped {
    /// Kills the child if it still runs and waits for it; a child that cannot be waited
    /// for fails the test (unless it is failing already).
    fn drop(&mut self) {
        let Some(mut child) = self.0.take() else {
            return;
        };
        if let Ok(None) = child.try_wait() {
            let _ = child.kill();
        }
        if child.wait().is_err() && !std::thread::panicking() {
            panic!("process {} could not be waited for", child.id());
        }
    }
}
