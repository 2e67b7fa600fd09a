//! What the commands print, to stdout and stderr.
//!
//! `println!` panics when the reader has gone (`classwork validate | head -1`). These writers
//! do not: once a stream is closed, what is left to print on it is dropped and the command
//! carries on, so files it writes are still written and its exit status is still its own.
//! Any other failure to write (a full disk behind a redirection) is said once on stderr and
//! makes the command exit 1 ([`failed`]).

use std::io::{ErrorKind, Write};
use std::sync::atomic::{AtomicBool, Ordering};

/// Whether stdout's reader has gone.
static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);
/// Whether stderr's reader has gone.
static STDERR_CLOSED: AtomicBool = AtomicBool::new(false);
/// Whether a write failed for a reason other than a closed pipe.
static FAILED: AtomicBool = AtomicBool::new(false);

/// Writes `text` to stdout as it is.
pub fn print(text: &str) {
    let mut out = std::io::stdout().lock();
    if let Err(e) = write(&mut out, &STDOUT_CLOSED, text) {
        FAILED.store(true, Ordering::Relaxed);
        eprint(&format!("error: cannot write the output: {e}\n"));
    }
}

/// Writes `text` and a line break to stdout.
pub fn println(text: &str) {
    print(&format!("{text}\n"));
}

/// Writes `text` to stderr as it is.
pub fn eprint(text: &str) {
    let mut err = std::io::stderr().lock();
    if write(&mut err, &STDERR_CLOSED, text).is_err() {
        // Nowhere is left to say it; the exit status still tells.
        FAILED.store(true, Ordering::Relaxed);
    }
}

/// Writes `text` and a line break to stderr.
pub fn eprintln(text: &str) {
    eprint(&format!("{text}\n"));
}

/// Whether printing failed for a reason other than the reader going away.
pub fn failed() -> bool {
    FAILED.load(Ordering::Relaxed)
}

/// Writes `text` to `stream` unless it is `closed`; a broken pipe closes it quietly.
fn write(stream: &mut impl Write, closed: &AtomicBool, text: &str) -> std::io::Result<()> {
    if closed.load(Ordering::Relaxed) {
        return Ok(());
    }
    match stream
        .write_all(text.as_bytes())
        .and_then(|()| stream.flush())
    {
        Err(e) if e.kind() == ErrorKind::BrokenPipe => {
            closed.store(true, Ordering::Relaxed);
            Ok(())
        }
        Err(e) => {
            closed.store(true, Ordering::Relaxed);
            Err(e)
        }
        Ok(()) => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A stream whose reader has gone.
    struct Gone;

    impl Write for Gone {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(ErrorKind::BrokenPipe.into())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_broken_pipe_closes_the_stream_quietly() {
        let closed = AtomicBool::new(false);
        assert!(write(&mut Gone, &closed, "x").is_ok());
        assert!(closed.load(Ordering::Relaxed));
        let mut sink = Vec::new();
        assert!(write(&mut sink, &closed, "dropped").is_ok());
        assert!(sink.is_empty(), "nothing is written once closed");
    }

    #[test]
    fn other_errors_are_errors() {
        struct Full;
        impl Write for Full {
            fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
                Err(std::io::Error::from(ErrorKind::StorageFull))
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let closed = AtomicBool::new(false);
        assert!(write(&mut Full, &closed, "x").is_err());
        let mut sink = Vec::new();
        let open = AtomicBool::new(false);
        assert!(write(&mut sink, &open, "kept").is_ok());
        assert_eq!(sink, b"kept");
    }
}
