//! Start to first frame, and peak memory, of the real binary in a pseudo-terminal.
//!
//! Starts `classwork` on the bundled unit in an 80×24 pseudo-terminal 30 times; each run is
//! timed from just before the process is spawned to the moment the terminal first shows
//! text, then the process's peak resident memory (`VmHWM` in `/proc/PID/status`) is read
//! and it is killed. Prints the median, fastest and slowest times and the largest peak.
//! Each run is paired with one of `classwork --version` started the same way: the floor
//! that starting a process and reading its first output costs on the machine, whatever
//! classwork does.
//! Run with `cargo bench --bench startup` (release build).

use std::io::Read;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const RUNS: usize = 30;

/// One run: (time to first frame, peak memory in KiB).
fn run_once(data_dir: &std::path::Path, args: &[&str]) -> (Duration, u64) {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("open a pseudo-terminal");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_classwork"));
    cmd.args(args);
    cmd.env("TERM", "xterm-256color");
    cmd.env("CLASSWORK_DATA_DIR", data_dir);
    cmd.env("CLASSWORK_PROFILE", "Bench");
    let mut reader = pty.master.try_clone_reader().expect("read the terminal");
    let started = Instant::now();
    let mut child = pty.slave.spawn_command(cmd).expect("start classwork");
    drop(pty.slave);
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let size = |n| std::num::NonZeroU16::new(n).expect("non-zero size");
        let mut parser = vt100::Parser::new(size(24), size(80), 0);
        let mut buf = [0u8; 16384];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            parser.process(&buf[..n]);
            if parser
                .screen()
                .contents()
                .chars()
                .any(char::is_alphanumeric)
            {
                let _ = tx.send(Instant::now());
                break;
            }
        }
    });
    let first = rx
        .recv_timeout(Duration::from_secs(20))
        .expect("a first frame within 20 s");
    let pid = child.process_id().expect("the child's pid");
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let peak_kib = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0);
    let _ = child.kill();
    let _ = child.wait();
    drop(pty.master);
    (first - started, peak_kib)
}

fn main() {
    // `cargo bench` passes `--bench`; any other argument (such as a filter) is ignored.
    let data = tempfile::tempdir().expect("a temporary data folder");
    // One untimed run creates the database, as a returning student's start would find it.
    run_once(data.path(), &[]);
    let mut times = Vec::with_capacity(RUNS);
    let mut floor = Vec::with_capacity(RUNS);
    let mut peak = 0;
    for _ in 0..RUNS {
        let (time, kib) = run_once(data.path(), &[]);
        times.push(time);
        peak = peak.max(kib);
        // The floor: the same binary started the same way, printing only its version.
        floor.push(run_once(data.path(), &["--version"]).0);
    }
    times.sort();
    floor.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("startup: {RUNS} runs of `classwork` on the bundled unit in an 80×24 pseudo-terminal");
    println!(
        "first frame: median {:.2} ms, fastest {:.2} ms, slowest {:.2} ms",
        ms(times[RUNS / 2]),
        ms(times[0]),
        ms(times[RUNS - 1])
    );
    println!(
        "floor (`classwork --version`, started the same way): median {:.2} ms, fastest {:.2} ms",
        ms(floor[RUNS / 2]),
        ms(floor[0])
    );
    println!(
        "peak memory (VmHWM at first frame): {:.1} MB",
        peak as f64 / 1024.0
    );
}
