//! Drives the real `classwork` binary in a pseudo-terminal and reads its screen.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// A running `classwork` in a pseudo-terminal, with a VT100 model of its screen.
pub struct Terminal {
    parser: Arc<Mutex<vt100::Parser>>,
    /// Keys go in here (from a thread of each [`Terminal::send`]); `None` once the
    /// terminal is closed.
    writer: Option<Arc<Mutex<Box<dyn Write + Send>>>>,
    child: Box<dyn Child + Send + Sync>,
    raw: Arc<Mutex<Vec<u8>>>,
    /// The terminal's own side; `None` once it is closed.
    master: Option<Arc<Mutex<Box<dyn MasterPty + Send>>>>,
    /// Tells the reading thread to let go of the terminal after its next read.
    closing: Arc<AtomicBool>,
    /// The thread reading the screen; `None` once it has finished.
    reading: Option<JoinHandle<()>>,
}

/// Keys as the terminal sends them.
pub mod key {
    /// Arrow up.
    pub const UP: &str = "\x1b[A";
    /// Arrow down.
    pub const DOWN: &str = "\x1b[B";
    /// Arrow right.
    pub const RIGHT: &str = "\x1b[C";
    /// Arrow left.
    pub const LEFT: &str = "\x1b[D";
    /// Enter.
    pub const ENTER: &str = "\r";
    /// Escape.
    pub const ESC: &str = "\x1b";
    /// Tab.
    pub const TAB: &str = "\t";
    /// Ctrl+C.
    pub const CTRL_C: &str = "\x03";
    /// F2.
    pub const F2: &str = "\x1bOQ";
    /// Delete.
    pub const DELETE: &str = "\x1b[3~";
}

/// The window sizes the screens are read at: small, usual and larger.
pub const SIZES: [(u16, u16); 3] = [(60, 16), (80, 24), (100, 30)];

impl Terminal {
    /// Starts the binary with `args` in a `cols`×`rows` terminal, with extra environment.
    pub fn spawn(args: &[&str], env: &[(&str, &str)], cols: u16, rows: u16) -> Self {
        Self::spawn_in(Path::new(env!("CARGO_MANIFEST_DIR")), args, env, cols, rows)
    }

    /// [`Terminal::spawn`], run in the folder `cwd` (where answer sheets of work that
    /// could not be saved are written).
    pub fn spawn_in(cwd: &Path, args: &[&str], env: &[(&str, &str)], cols: u16, rows: u16) -> Self {
        let program = env!("CARGO_BIN_EXE_classwork");
        Self::spawn_program(program, cwd, args, env, (cols, rows))
    }

    /// Starts `program` (a script that ends by running classwork, say) with `args` in the
    /// folder `cwd`, in a terminal of `(cols, rows)`, with extra environment.
    pub fn spawn_program(
        program: &str,
        cwd: &Path,
        args: &[&str],
        env: &[(&str, &str)],
        (cols, rows): (u16, u16),
    ) -> Self {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pseudo-terminal");
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.cwd(cwd);
        let child = pty.slave.spawn_command(cmd).expect("start classwork");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("read the terminal");
        let writer = pty.master.take_writer().expect("write to the terminal");
        let size = |n| std::num::NonZeroU16::new(n).expect("a terminal of at least 1×1");
        let parser = Arc::new(Mutex::new(vt100::Parser::new(size(rows), size(cols), 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (p, r) = (Arc::clone(&parser), Arc::clone(&raw));
        // Keep the master open for the life of the reader thread, and for resizing.
        let master = Arc::new(Mutex::new(pty.master));
        let kept = Arc::clone(&master);
        let closing = Arc::new(AtomicBool::new(false));
        let close = Arc::clone(&closing);
        let reading = thread::spawn(move || {
            let _master = kept;
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || close.load(Ordering::SeqCst) {
                    break;
                }
                p.lock().expect("parser lock").process(&buf[..n]);
                r.lock().expect("raw lock").extend_from_slice(&buf[..n]);
            }
        });
        Self {
            parser,
            writer: Some(Arc::new(Mutex::new(writer))),
            child,
            raw,
            master: Some(master),
            closing,
            reading: Some(reading),
        }
    }

    /// Closes the terminal, as closing its window or killing its tmux session does: every
    /// descriptor of its side is closed, so the program's side hangs up.
    pub fn hang_up(&mut self) {
        self.closing.store(true, Ordering::SeqCst);
        // The reading thread lets go after its next read: a resize makes the program draw.
        if let Some(master) = &self.master {
            let master = master.lock().expect("master lock");
            if let Ok(size) = master.get_size() {
                let _ = master.resize(PtySize {
                    rows: size.rows + 1,
                    ..size
                });
            }
        }
        drop(self.writer.take());
        if let Some(reading) = self.reading.take() {
            let deadline = Instant::now() + Duration::from_secs(10);
            while !reading.is_finished() {
                assert!(
                    Instant::now() < deadline,
                    "the screen was still being read 10 s after the terminal was closed"
                );
                thread::sleep(Duration::from_millis(10));
            }
            let _ = reading.join();
        }
        drop(self.master.take());
    }

    /// Resizes the terminal, as dragging the window's corner does. The screen model takes
    /// the new size first, so that whatever the program draws after it is read at that size.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        let n = |n| std::num::NonZeroU16::new(n).expect("a terminal of at least 1×1");
        self.parser
            .lock()
            .expect("parser lock")
            .set_size(n(rows), n(cols));
        let size = PtySize {
            rows,
            cols,
            pixel_width: 0,
            pixel_height: 0,
        };
        self.master
            .as_ref()
            .expect("the terminal is open")
            .lock()
            .expect("master lock")
            .resize(size)
            .expect("resize");
    }

    /// Types text or a key sequence.
    pub fn send(&mut self, keys: &str) {
        let writer = Arc::clone(self.writer.as_ref().expect("the terminal is open"));
        let bytes = keys.as_bytes().to_vec();
        let writing = thread::spawn(move || {
            let mut writer = writer.lock().expect("writer lock");
            writer.write_all(&bytes).and_then(|()| writer.flush())
        });
        // A program that has ended reads nothing more, and a write into a full terminal
        // nobody reads never returns: what it did not read is dropped, not waited for.
        let deadline = Instant::now() + Duration::from_secs(30);
        let mut ended = false;
        while !writing.is_finished() && !ended {
            ended = matches!(self.child.try_wait(), Ok(Some(_)));
            assert!(
                Instant::now() < deadline,
                "the program did not read what was typed within 30 s"
            );
            thread::sleep(Duration::from_millis(5));
        }
        if writing.is_finished() {
            let written = writing.join().expect("the writing thread");
            if !ended && !matches!(self.child.try_wait(), Ok(Some(_))) {
                written.expect("write keys");
            }
        }
        // Give the app a moment to handle each key, as a person would. A lone Esc waits
        // longer: a key that follows it too soon is read with it as Alt+key, as a real
        // terminal would read it.
        let pause = if keys == key::ESC { 200 } else { 40 };
        thread::sleep(Duration::from_millis(pause));
    }

    /// The screen as text, one line per row, without the blanks at the end of each row:
    /// a cell the program cleared and one it never wrote look the same to the user, so
    /// they compare the same here.
    pub fn screen(&self) -> String {
        let contents = self.parser.lock().expect("parser lock").screen().contents();
        let rows: Vec<&str> = contents.lines().map(str::trim_end).collect();
        rows.join("\n")
    }

    /// Everything the program wrote, raw.
    pub fn output(&self) -> Vec<u8> {
        self.raw.lock().expect("raw lock").clone()
    }

    /// Waits until the screen shows `text`; panics with the screen after `secs` seconds.
    pub fn wait_for(&self, text: &str, secs: u64) -> String {
        self.wait_until(secs, &format!("{text:?}"), |screen| screen.contains(text))
    }

    /// Waits until the screen is as `ready` says (`what`, for the message), and stays the
    /// same for a moment, so that a frame is not read half drawn; panics with the screen
    /// after `secs` seconds.
    pub fn wait_until(&self, secs: u64, what: &str, ready: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(secs);
        loop {
            let screen = self.screen();
            if ready(&screen) {
                thread::sleep(Duration::from_millis(30));
                // A screen that keeps changing (a clock) is taken as it is at the deadline.
                if self.screen() == screen || Instant::now() > deadline {
                    return screen;
                }
                continue;
            }
            if Instant::now() > deadline {
                panic!("waited {secs}s for {what}; the screen shows:\n{screen}");
            }
            thread::sleep(Duration::from_millis(30));
        }
    }

    /// Waits for the program to exit; returns its exit code, or `None` on timeout.
    pub fn wait_exit(&mut self, secs: u64) -> Option<u32> {
        let deadline = Instant::now() + Duration::from_secs(secs);
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Some(status.exit_code());
            }
            thread::sleep(Duration::from_millis(30));
        }
        None
    }

    /// The program's process id, to send it signals.
    pub fn pid(&self) -> Option<u32> {
        self.child.process_id()
    }

    /// Kills the program at once (as SIGKILL would) and waits for it to be gone.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Terminal {
    /// Leaves no process behind, even when a test fails: the program is killed and waited
    /// for, and a program that outlives that fails the test (unless it is failing already).
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            self.kill();
        }
        let gone = matches!(self.child.try_wait(), Ok(Some(_)));
        if !gone && !thread::panicking() {
            panic!(
                "classwork (pid {:?}) is still running",
                self.child.process_id()
            );
        }
    }
}
