//! Waiting for what the terminal sends, in a way that cannot spin.
//!
//! Keys, clicks, pastes and resizes are read on a thread of their own; the UI's thread
//! waits for them, for a signal asking it to end (SIGTERM, SIGHUP, SIGINT), and for the
//! terminal to hang up (a closed window, a dropped SSH connection, a killed session). A
//! terminal that has hung up reads as endless end-of-input, which crossterm's reader takes
//! for more input to come and loops on; so the hang-up is watched for here, with `poll`, and
//! ends the UI like SIGHUP, whatever the reader is doing.

use std::fs::File;
use std::io::{self, IsTerminal, PipeReader, PipeWriter, Read, Write};
use std::os::fd::{AsFd, OwnedFd};
use std::os::unix::net::UnixStream;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread;
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{self, Event};
use ratatui::crossterm::terminal;
use rustix::event::{PollFd, PollFlags, Timespec, poll};

/// Longest wait between looks at whether a signal asked the UI to end.
const SIGNAL_CHECK: Duration = Duration::from_millis(200);

/// What came first while waiting.
#[derive(Debug)]
pub enum Wait {
    /// A key, a click, a paste or a resize.
    Event(Event),
    /// The time ran out.
    TimedOut,
    /// The UI should end: a signal asked it to, or the terminal is gone.
    End,
}

/// What the reading thread passes on.
enum Message {
    /// crossterm is listening: events and resizes will be passed on.
    Started,
    /// An event read.
    Event(Event),
    /// The terminal hung up, or could no longer be read: nothing more will come.
    Gone,
}

/// The terminal's input, read on its own thread, and the signals that end a UI.
pub struct Input {
    /// The terminal read from (a duplicate of its descriptor), watched for a hang-up.
    tty: OwnedFd,
    /// One byte for each message sent, so `poll` can wait for messages and the terminal
    /// together.
    ready: PipeReader,
    /// What the reading thread read.
    events: Receiver<Message>,
    /// Set when SIGTERM, SIGHUP or SIGINT arrives (the handler does nothing else).
    ended: Arc<AtomicBool>,
}

impl Input {
    /// Starts reading the terminal (standard input, else `/dev/tty`, as crossterm does)
    /// and listening for the signals that end a UI.
    pub fn start() -> io::Result<Self> {
        let ended = Arc::new(AtomicBool::new(false));
        for signal in [
            signal_hook::consts::SIGTERM,
            signal_hook::consts::SIGHUP,
            signal_hook::consts::SIGINT,
        ] {
            signal_hook::flag::register(signal, Arc::clone(&ended))?;
        }
        let tty: OwnedFd = if io::stdin().is_terminal() {
            io::stdin().as_fd().try_clone_to_owned()?
        } else {
            File::open("/dev/tty")?.into()
        };
        // crossterm loops without end reading a terminal that has hung up: a terminal closed
        // while the program was starting (its hang-up signal ignored) must not get that far.
        let mut fds = [PollFd::new(&tty, PollFlags::empty())];
        if poll(&mut fds, Some(&Timespec::default())).is_ok_and(|_| hung_up(fds[0].revents())) {
            return Err(io::ErrorKind::BrokenPipe.into());
        }
        let (ready, signal) = io::pipe()?;
        let (send, events) = channel();
        let (mut resized, on_resize) = UnixStream::pair()?;
        resized.set_nonblocking(true)?;
        on_resize.set_nonblocking(true)?;
        let watched = tty.try_clone()?;
        thread::Builder::new()
            .name("terminal input".into())
            .spawn(move || read_events(&watched, &mut resized, &send, signal))?;
        let input = Input {
            tty,
            ready,
            events,
            ended,
        };
        // The reading thread first has crossterm start listening (for resizes among other
        // things), which reads the terminal: should it hang up just then, crossterm loops on
        // that thread, never on this one, which sees the hang-up.
        loop {
            match input.poll(SIGNAL_CHECK) {
                Ready::HungUp => return Err(io::ErrorKind::BrokenPipe.into()),
                Ready::Message => match input.take() {
                    Some(Message::Started) => break,
                    Some(Message::Event(_)) | Some(Message::Gone) | None => {
                        return Err(io::ErrorKind::BrokenPipe.into());
                    }
                },
                Ready::Nothing if input.ended.load(Ordering::Relaxed) => {
                    return Err(io::ErrorKind::Interrupted.into());
                }
                Ready::Nothing => {}
            }
        }
        // crossterm's own resize signal is in by now, so that this one, waking the reading
        // thread, finds both at once (left waiting, crossterm's would arrive with the next
        // key and could hide it). A resize wakes the reading thread, which passes it on.
        signal_hook::low_level::pipe::register(signal_hook::consts::SIGWINCH, on_resize)?;
        Ok(input)
    }

    /// The message the reading thread sent, whose byte `poll` found waiting.
    fn take(&self) -> Option<Message> {
        // One byte stands for one message, already sent.
        let mut byte = [0u8];
        (&self.ready).read_exact(&mut byte).ok()?;
        self.events.recv().ok()
    }

    /// Waits up to `timeout` for an event, a signal asking the UI to end, or a hang-up.
    pub fn wait(&mut self, timeout: Duration) -> Wait {
        let deadline = Instant::now() + timeout;
        loop {
            if self.ended.load(Ordering::Relaxed) {
                return Wait::End;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            match self.poll(left.min(SIGNAL_CHECK)) {
                Ready::HungUp => return Wait::End,
                Ready::Message => {
                    return match self.take() {
                        Some(Message::Event(event)) => Wait::Event(event),
                        Some(Message::Started) => continue,
                        Some(Message::Gone) | None => Wait::End,
                    };
                }
                Ready::Nothing if left.is_zero() => return Wait::TimedOut,
                Ready::Nothing => {}
            }
        }
    }

    /// Whether the terminal has hung up (so a failure to draw on it is no fault of the UI's).
    pub fn hung_up(&self) -> bool {
        let mut fds = [PollFd::new(&self.tty, PollFlags::empty())];
        poll(&mut fds, Some(&Timespec::default())).is_ok_and(|_| hung_up(fds[0].revents()))
    }

    /// Waits up to `timeout` for a message from the reading thread or a hang-up.
    fn poll(&self, timeout: Duration) -> Ready {
        // No events asked of the terminal: `poll` reports a hang-up and an error anyway.
        let mut fds = [
            PollFd::new(&self.tty, PollFlags::empty()),
            PollFd::new(&self.ready, PollFlags::IN),
        ];
        let timeout = Timespec::try_from(timeout).ok();
        match poll(&mut fds, timeout.as_ref()) {
            Ok(_) if hung_up(fds[0].revents()) => Ready::HungUp,
            Ok(_) if fds[1].revents().contains(PollFlags::IN) => Ready::Message,
            Ok(_) if hung_up(fds[1].revents()) => Ready::HungUp,
            Ok(_) => Ready::Nothing,
            Err(e) if e == rustix::io::Errno::INTR => Ready::Nothing,
            Err(_) => Ready::HungUp,
        }
    }
}

/// What `poll` found.
enum Ready {
    /// The terminal hung up (or the reading thread is gone).
    HungUp,
    /// The reading thread sent a message.
    Message,
    /// Nothing yet.
    Nothing,
}

/// Whether `poll`'s answer for a descriptor says it is closed or broken.
fn hung_up(revents: PollFlags) -> bool {
    revents.intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL)
}

/// The reading thread: passes on every event crossterm makes of the input, then waits
/// (with `poll`) until the terminal has more or was resized; stops when the terminal hangs
/// up, a read fails, or nobody listens any more.
fn read_events(
    tty: &OwnedFd,
    resized: &mut UnixStream,
    send: &Sender<Message>,
    mut signal: PipeWriter,
) {
    let mut pass = |message| send.send(message).is_ok() && signal.write_all(&[1]).is_ok();
    // Should the terminal hang up while crossterm starts, crossterm loops here (see `start`).
    if event::poll(Duration::ZERO).is_err() {
        pass(Message::Gone);
        return;
    }
    if !pass(Message::Started) {
        return;
    }
    // Passes on one event read; `false` when reading should stop.
    let mut forward = |event: io::Result<Event>| match event {
        Ok(event) => pass(Message::Event(event)),
        Err(_) => {
            pass(Message::Gone);
            false
        }
    };
    // Whether the last wake was for input alone.
    let mut input = false;
    loop {
        // Every event crossterm can make of what came is passed on before waiting again,
        // as one read can hold several.
        let mut passed = false;
        loop {
            match event::poll(Duration::ZERO) {
                Ok(false) => break,
                Ok(true) if forward(event::read()) => passed = true,
                Ok(true) => return,
                Err(e) => {
                    forward(Err(e));
                    return;
                }
            }
        }
        // Input crossterm was not woken for (it wakes only for new input) comes with the
        // next: wait for that in crossterm rather than go round again at once. (Should the
        // terminal hang up meanwhile, crossterm loops, but the UI's thread sees the hang-up
        // and ends the program.)
        if input && !passed && !forward(event::read()) {
            return;
        }
        let mut fds = [
            PollFd::new(tty, PollFlags::IN),
            PollFd::new(resized, PollFlags::IN),
        ];
        match poll(&mut fds, None) {
            Ok(_) if hung_up(fds[0].revents()) => {
                forward(Err(io::ErrorKind::BrokenPipe.into()));
                return;
            }
            Ok(_) => {}
            Err(e) if e == rustix::io::Errno::INTR => {
                input = false;
                continue;
            }
            Err(e) => {
                forward(Err(e.into()));
                return;
            }
        }
        let had_input = fds[0].revents().contains(PollFlags::IN);
        // A resize is passed on with the size read now, after the signal: crossterm reports
        // it too, but may report the last of a quick run of resizes with a size read before.
        let mut drained = [0u8; 64];
        let mut was_resized = false;
        while resized.read(&mut drained).is_ok_and(|n| n > 0) {
            was_resized = true;
        }
        if was_resized
            && let Ok((width, height)) = terminal::size()
            && !forward(Ok(Event::Resize(width, height)))
        {
            return;
        }
        input = had_input && !was_resized;
    }
}
