//! The two ends of a student's SSH channel as the synchronous session sees them: what
//! comes in (bytes, a new window size, the end) and a `Write` that sends what is drawn.

use std::io::{self, Read, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Duration;

use tokio::sync::mpsc::Sender as AsyncSender;

/// The widest and tallest window a session draws (a client may claim any size).
pub const MOST_COLUMNS: u16 = 500;
/// See [`MOST_COLUMNS`].
pub const MOST_ROWS: u16 = 200;

/// A window size as a client gives it, made one the session can draw: 1 to the most.
pub fn clamp_size(columns: u32, rows: u32) -> (u16, u16) {
    let clamp = |n: u32, most: u16| u16::try_from(n).unwrap_or(most).clamp(1, most);
    (clamp(columns, MOST_COLUMNS), clamp(rows, MOST_ROWS))
}

/// What the SSH side tells a session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Incoming {
    /// Bytes the student's terminal sent.
    Bytes(Vec<u8>),
    /// The window is now this size (columns, rows), clamped.
    Resize(u16, u16),
    /// The connection ended (closed, dropped, or timed out).
    End,
    /// The same student connected again: this session saves and closes.
    TakenOver,
    /// The teacher called "pens down": work in progress is handed in as it is.
    PensDown,
    /// The teacher opened or closed activities: the screen is drawn again.
    Refresh,
}

/// What a session sends to the SSH side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outgoing {
    /// Bytes for the student's terminal.
    Data(Vec<u8>),
    /// The session is over: close the channel with this exit status.
    Close(u32),
}

/// How many writes may wait for a client that does not read: past them, the session waits
/// for the client (SSH's own flow control), so a client that stops reading holds at most
/// this much of the server's memory and slows only its own session.
pub const OUTGOING_WAITING: usize = 64;

/// The bytes a session writes, sent to the channel on each flush (waiting while
/// [`OUTGOING_WAITING`] writes are not yet sent).
#[derive(Debug, Clone)]
pub struct Output {
    sender: AsyncSender<Outgoing>,
    sink: Vec<u8>,
    /// Whether a line feed is sent as CR LF (the client's terminal is raw under a pty).
    crlf: bool,
}

impl Output {
    /// Writes to the channel behind `sender`, `\n` as `\r\n` when `crlf`.
    pub fn new(sender: AsyncSender<Outgoing>, crlf: bool) -> Self {
        Output {
            sender,
            sink: Vec::new(),
            crlf,
        }
    }

    /// Closes the channel, after what was written.
    pub fn close(&mut self, status: u32) {
        let _ = self.flush();
        let _ = self.sender.blocking_send(Outgoing::Close(status));
    }

    /// A writer of the same channel that turns no line feeds (for full-screen drawing).
    pub fn raw(&self) -> Self {
        Output::new(self.sender.clone(), false)
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.crlf {
            for &b in buf {
                if b == b'\n' {
                    self.sink.push(b'\r');
                }
                self.sink.push(b);
            }
        } else {
            self.sink.extend_from_slice(buf);
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.sink.is_empty() {
            return Ok(());
        }
        self.sender
            .blocking_send(Outgoing::Data(std::mem::take(&mut self.sink)))
            .map_err(|_| io::Error::new(io::ErrorKind::BrokenPipe, "the connection is closed"))
    }
}

/// What a wait for input gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Next {
    /// Something came.
    Got(Incoming),
    /// Nothing came in time.
    TimedOut,
}

/// Waits for what comes in, until `timeout`; a closed side is [`Incoming::End`].
pub fn next(inbox: &Receiver<Incoming>, timeout: Duration) -> Next {
    match inbox.recv_timeout(timeout) {
        Ok(incoming) => Next::Got(incoming),
        Err(RecvTimeoutError::Timeout) => Next::TimedOut,
        Err(RecvTimeoutError::Disconnected) => Next::Got(Incoming::End),
    }
}

/// The longest line read (longer lines are cut): the longest answer, and a little more.
pub const LONGEST_LINE: usize = 100_000 + 64;

/// Lines from the channel, as a terminal in cooked mode would give them: under a pty the
/// student's keys are echoed, Backspace and Ctrl+U edit the line, Ctrl+C and Ctrl+D end
/// the input; without one, bytes pass as they are. Lines are cut at [`LONGEST_LINE`].
pub struct Lines<'a> {
    inbox: &'a Receiver<Incoming>,
    echo: Option<Output>,
    line: Vec<u8>,
    ready: Vec<u8>,
    ended: bool,
    /// How long input may wait before the session is taken as gone.
    idle: Duration,
    /// The window's size, when it changed while lines were read.
    size: Option<(u16, u16)>,
    /// Set when the teacher calls pens down, which also ends the input.
    pens_down: Option<Arc<AtomicBool>>,
}

impl<'a> Lines<'a> {
    /// Reads `inbox`, echoing to `echo` (a pty), ending after `idle` without input.
    pub fn new(inbox: &'a Receiver<Incoming>, echo: Option<Output>, idle: Duration) -> Self {
        Lines {
            inbox,
            echo,
            line: Vec::new(),
            ready: Vec::new(),
            ended: false,
            idle,
            size: None,
            pens_down: None,
        }
    }

    /// Ends the input when the teacher calls pens down, and sets `flag` then (for the
    /// dialogue to hand in the work in progress).
    pub fn ending_at_pens_down(mut self, flag: Arc<AtomicBool>) -> Self {
        self.pens_down = Some(flag);
        self
    }

    /// The window's last size, if it changed while lines were read.
    pub fn size(&self) -> Option<(u16, u16)> {
        self.size
    }

    /// Takes in bytes typed under a pty.
    fn cooked(&mut self, bytes: &[u8]) {
        let mut echoed = Vec::new();
        for &b in bytes {
            match b {
                b'\r' | b'\n' => {
                    self.line.push(b'\n');
                    self.ready.append(&mut self.line);
                    echoed.extend_from_slice(b"\r\n");
                }
                0x7f | 0x08 => {
                    // Remove the whole last character, continuation bytes and all.
                    while let Some(last) = self.line.pop() {
                        if last & 0xc0 != 0x80 {
                            echoed.extend_from_slice(b"\x08 \x08");
                            break;
                        }
                    }
                }
                0x15 => {
                    self.line.clear();
                    echoed.extend_from_slice(b"\r\x1b[K");
                }
                0x03 | 0x04 => {
                    self.ended = true;
                    echoed.extend_from_slice(b"\r\n");
                }
                0x1b => {}
                b if b < 0x20 => {}
                b if self.line.len() < LONGEST_LINE => {
                    self.line.push(b);
                    echoed.push(b);
                }
                _ => {}
            }
        }
        if let Some(out) = &mut self.echo {
            let _ = out.write_all(&echoed);
            let _ = out.flush();
        }
    }

    /// At pens down, the line being typed is read as it is (Enter not pressed): it is work
    /// in progress, handed in with the rest. Under a pty the cursor goes to a new line.
    fn hand_in_line(&mut self) {
        if self.line.is_empty() {
            return;
        }
        self.ready.append(&mut self.line);
        if let Some(out) = &mut self.echo {
            let _ = out.write_all(b"\r\n");
            let _ = out.flush();
        }
    }

    /// Takes in bytes sent without a pty: lines as they are, cut when too long.
    fn plain(&mut self, bytes: &[u8]) {
        for &b in bytes {
            if b == b'\n' {
                self.line.push(b);
                self.ready.append(&mut self.line);
            } else if self.line.len() < LONGEST_LINE {
                self.line.push(b);
            }
        }
    }
}

impl Read for Lines<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.ready.is_empty() && !self.ended {
            match next(self.inbox, self.idle) {
                Next::Got(Incoming::Bytes(bytes)) if self.echo.is_some() => self.cooked(&bytes),
                Next::Got(Incoming::Bytes(bytes)) => self.plain(&bytes),
                Next::Got(Incoming::Resize(w, h)) => self.size = Some((w, h)),
                Next::Got(Incoming::PensDown) => {
                    if let Some(flag) = &self.pens_down {
                        flag.store(true, Ordering::SeqCst);
                        self.ended = true;
                        self.hand_in_line();
                    }
                }
                Next::Got(Incoming::Refresh) => {}
                Next::Got(Incoming::End | Incoming::TakenOver) | Next::TimedOut => {
                    self.ended = true;
                }
            }
        }
        if self.ready.is_empty() && self.ended && !self.line.is_empty() && self.echo.is_none() {
            self.ready.append(&mut self.line);
        }
        let n = buf.len().min(self.ready.len());
        buf[..n].copy_from_slice(&self.ready[..n]);
        self.ready.drain(..n);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{BufRead, BufReader};
    use std::sync::mpsc::channel;

    #[test]
    fn a_client_that_stops_reading_holds_back_only_its_own_writes() {
        let (tx, rx) = tokio::sync::mpsc::channel(OUTGOING_WAITING);
        let (done_tx, done) = channel();
        let writer = std::thread::spawn(move || {
            let mut out = Output::new(tx, false);
            let mut written = 0;
            let result = loop {
                if written == OUTGOING_WAITING * 4 {
                    break Ok(());
                }
                if let Err(e) = out.write_all(b"frame").and_then(|()| out.flush()) {
                    break Err(e);
                }
                written += 1;
                let _ = done_tx.send(written);
            };
            (written, result)
        });
        // Nothing reads: the writes stop once the waiting ones are full.
        let mut so_far = 0;
        while so_far < OUTGOING_WAITING {
            so_far = done
                .recv_timeout(Duration::from_secs(10))
                .expect("the writes that fit are made");
        }
        assert!(
            done.recv_timeout(Duration::from_millis(200)).is_err(),
            "no write past those waiting"
        );
        // The client goes: the session's writes fail, and it ends.
        drop(rx);
        let (written, result) = writer.join().expect("the writer ends");
        assert_eq!(written, OUTGOING_WAITING);
        assert_eq!(result.map_err(|e| e.kind()), Err(io::ErrorKind::BrokenPipe));
    }

    #[test]
    fn sizes_are_clamped() {
        assert_eq!(clamp_size(0, 0), (1, 1));
        assert_eq!(clamp_size(80, 24), (80, 24));
        assert_eq!(clamp_size(u32::MAX, 100_000), (MOST_COLUMNS, MOST_ROWS));
    }

    #[test]
    fn a_pty_line_is_echoed_and_edited() {
        let (tx, rx) = channel();
        let (out_tx, mut out_rx) = tokio::sync::mpsc::channel(OUTGOING_WAITING);
        tx.send(Incoming::Bytes(b"ab\x7fc\xc3\xa9\x7f\rnext".to_vec()))
            .expect("open");
        let mut lines = BufReader::new(Lines::new(
            &rx,
            Some(Output::new(out_tx, true)),
            Duration::from_secs(1),
        ));
        let mut line = String::new();
        lines.read_line(&mut line).expect("a line");
        assert_eq!(line, "ac\n");
        let Ok(Outgoing::Data(echo)) = out_rx.try_recv() else {
            panic!("echoed")
        };
        assert!(echo.starts_with(b"ab\x08 \x08c"), "{echo:?}");
    }

    #[test]
    fn without_a_pty_lines_pass_and_the_end_ends() {
        let (tx, rx) = channel();
        tx.send(Incoming::Bytes(b"1\nlast".to_vec())).expect("open");
        tx.send(Incoming::End).expect("open");
        let mut lines = BufReader::new(Lines::new(&rx, None, Duration::from_secs(1))).lines();
        assert_eq!(lines.next().map(Result::ok), Some(Some("1".into())));
        assert_eq!(lines.next().map(Result::ok), Some(Some("last".into())));
        assert!(lines.next().is_none());
    }

    #[test]
    fn at_pens_down_the_line_being_typed_is_read_as_it_is() {
        for pty in [true, false] {
            let (tx, rx) = channel();
            let (out_tx, _out_rx) = tokio::sync::mpsc::channel(OUTGOING_WAITING);
            let typed: &[u8] = if pty {
                b"done\rhalf typ"
            } else {
                b"done\nhalf typ"
            };
            tx.send(Incoming::Bytes(typed.to_vec())).expect("open");
            tx.send(Incoming::PensDown).expect("open");
            let flag = Arc::new(AtomicBool::new(false));
            let echo = pty.then(|| Output::new(out_tx, true));
            let mut lines = BufReader::new(
                Lines::new(&rx, echo, Duration::from_secs(5)).ending_at_pens_down(flag.clone()),
            );
            let mut read = || {
                let mut line = String::new();
                lines.read_line(&mut line).expect("read");
                line
            };
            assert_eq!(read(), "done\n");
            assert_eq!(read(), "half typ", "pty: {pty}");
            assert_eq!(read(), "", "then the input ends");
            assert!(flag.load(Ordering::SeqCst));
        }
    }

    #[test]
    fn ctrl_d_ends_a_pty_line_unsent() {
        let (tx, rx) = channel();
        let (out_tx, _out_rx) = tokio::sync::mpsc::channel(OUTGOING_WAITING);
        tx.send(Incoming::Bytes(b"half\x04".to_vec()))
            .expect("open");
        let mut line = String::new();
        let mut lines = BufReader::new(Lines::new(
            &rx,
            Some(Output::new(out_tx, true)),
            Duration::from_secs(5),
        ));
        assert_eq!(lines.read_line(&mut line).expect("read"), 0);
    }
}
