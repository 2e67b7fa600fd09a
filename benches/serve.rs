//! A served class under load: 60 students at once, each typing a report over SSH.
//!
//! Starts the real `classwork serve` on loopback (a temporary progress database), then:
//! - **session start**: five students one after another, each timed from the TCP connect
//!   to the first frame of the list of activities (the class code typed at once);
//! - **a class of 60**: 60 students connect together, open the report, start writing its
//!   first section, then each types 50 keys, one every 100 ms; each key is timed from
//!   being sent to the first bytes of the screen's update, and the bytes of the update
//!   are counted;
//! - **memory**: the server's resident memory before anyone connects and with all 60
//!   writing, from `/proc/PID/status`.
//!
//! Prints the figures; targets (in BENCHMARKS.md): p99 keystroke to update ≤ 30 ms,
//! ≤ 4 MB a session, a session's start ≤ 100 ms. Bounded: every wait has a time limit,
//! and the server is killed and reaped at the end, or if the benchmark fails.
//! Run with `cargo bench --bench serve` (release build).

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use russh::ChannelMsg;
use russh::client::{self, Handle, Msg};
use russh::keys::PublicKeyOrCertificate;
use tokio::sync::Barrier;
use tokio::time::timeout;

/// Students in the class.
const STUDENTS: usize = 60;
/// Keys each student types.
const KEYS: usize = 50;
/// Time between one student's keys.
const PACE: Duration = Duration::from_millis(100);
/// The class code the server is started with.
const CODE: &str = "BENCH7";
/// The longest any one step may take before the benchmark gives up.
const STEP: Duration = Duration::from_secs(30);

/// The server, killed and reaped when dropped (the benchmark's end, or a panic).
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Accepts the server's key: it is the one just started here.
struct Student;

impl client::Handler for Student {
    type Error = russh::Error;

    async fn check_server_key(&mut self, _: &PublicKeyOrCertificate) -> Result<bool, Self::Error> {
        Ok(true)
    }
}

/// A student's connection: the session and its one channel.
struct Connection {
    _session: Handle<Student>,
    channel: russh::Channel<Msg>,
}

impl Connection {
    /// Connects as `name` with a 100×30 pty and waits for the class code's prompt.
    async fn open(port: u16, name: &str) -> Connection {
        let config = Arc::new(client::Config {
            nodelay: true,
            ..client::Config::default()
        });
        let mut session = client::connect(config, ("127.0.0.1", port), Student)
            .await
            .expect("connect to the server");
        let auth = session.authenticate_none(name).await.expect("authenticate");
        assert!(auth.success(), "{name} was refused");
        let channel = session.channel_open_session().await.expect("a channel");
        channel
            .request_pty(false, "xterm-256color", 100, 30, 0, 0, &[])
            .await
            .expect("a pty");
        channel.request_shell(false).await.expect("a shell");
        let mut c = Connection {
            _session: session,
            channel,
        };
        c.read_until("Class code:").await;
        c
    }

    /// Sends `bytes` as typed.
    async fn send(&self, bytes: &[u8]) {
        self.channel.data(bytes).await.expect("send keys");
    }

    /// Reads until the output holds `text` (within [`STEP`]); returns the bytes read.
    async fn read_until(&mut self, text: &str) -> usize {
        let mut seen = Vec::new();
        let found = timeout(STEP, async {
            while let Some(msg) = self.channel.wait().await {
                if let ChannelMsg::Data { data } = msg {
                    seen.extend_from_slice(&data);
                    if String::from_utf8_lossy(&seen).contains(text) {
                        return true;
                    }
                }
            }
            false
        })
        .await;
        assert!(
            found == Ok(true),
            "the server did not show {text:?} within {STEP:?}"
        );
        seen.len()
    }

    /// Bytes that arrive within `within`: (time to the first, all of them).
    async fn read_for(&mut self, within: Duration) -> (Option<Duration>, usize) {
        let started = Instant::now();
        let mut first = None;
        let mut bytes = 0;
        loop {
            let left = within.saturating_sub(started.elapsed());
            match timeout(left, self.channel.wait()).await {
                Ok(Some(ChannelMsg::Data { data })) => {
                    first.get_or_insert(started.elapsed());
                    bytes += data.len();
                }
                Ok(Some(_)) => {}
                Ok(None) | Err(_) => return (first, bytes),
            }
        }
    }
}

/// Starts the server on any free port; returns it and the port.
fn start_server(data: &std::path::Path) -> (Server, u16) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_classwork"))
        .args([
            "serve",
            "--port",
            "0",
            "--listen",
            "127.0.0.1",
            "--code",
            CODE,
        ])
        .args(["--max-connections", "200"])
        .env("CLASSWORK_DATA_DIR", data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start classwork serve");
    let stdout = child.stdout.take().expect("piped");
    let server = Server(child);
    let mut lines = BufReader::new(stdout).lines();
    let port = loop {
        let line = lines
            .next()
            .expect("the server said where it listens")
            .expect("the server's output");
        if let Some(rest) = line.split("127.0.0.1:").nth(1) {
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            if let Ok(port) = digits.parse() {
                break port;
            }
        }
    };
    // The server goes on printing its view of the class: read it, so it never blocks.
    std::thread::spawn(move || for _ in lines {});
    (server, port)
}

/// The server's resident memory now, in KiB.
fn resident_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

/// The value at `q` (0–1) of sorted `values`.
fn quantile(values: &[Duration], q: f64) -> Duration {
    let at = ((values.len() as f64 - 1.0) * q).round() as usize;
    values.get(at).copied().unwrap_or_default()
}

/// One student of the class of 60: in, into the report's first section, then typing.
async fn student(port: u16, n: usize, ready: Arc<Barrier>) -> (Vec<Duration>, Vec<usize>) {
    let name = format!("student{n:02}");
    let mut c = Connection::open(port, &name).await;
    c.send(format!("{CODE}\r").as_bytes()).await;
    c.read_until("Activities").await;
    // The report is the eleventh activity of the bundled unit.
    c.send(&[b'j'; 10]).await;
    c.send(b"\r").await;
    c.read_until("Sections").await;
    c.send(b"\r").await;
    c.read_for(Duration::from_millis(300)).await;
    ready.wait().await;
    let words = b"the pact with germany buys time and land in the west ";
    let mut latencies = Vec::with_capacity(KEYS);
    let mut bytes = Vec::with_capacity(KEYS);
    for k in 0..KEYS {
        c.send(&[words[k % words.len()]]).await;
        let (first, n) = c.read_for(PACE).await;
        if let Some(first) = first {
            latencies.push(first);
        }
        bytes.push(n);
    }
    ready.wait().await;
    (latencies, bytes)
}

fn main() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let (server, port) = start_server(data.path());
    let pid = server.0.id();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    runtime.block_on(async {
        // Session start, one at a time.
        let mut starts = Vec::new();
        for n in 0..5 {
            let began = Instant::now();
            let mut c = Connection::open(port, &format!("first{n}")).await;
            c.send(format!("{CODE}\r").as_bytes()).await;
            c.read_until("Activities").await;
            starts.push(began.elapsed());
        }
        starts.sort();
        tokio::time::sleep(Duration::from_millis(500)).await;
        let before = resident_kib(pid);

        // The class of 60, writing together.
        let ready = Arc::new(Barrier::new(STUDENTS + 1));
        let tasks: Vec<_> = (0..STUDENTS)
            .map(|n| tokio::spawn(student(port, n, Arc::clone(&ready))))
            .collect();
        timeout(STEP * 2, ready.wait())
            .await
            .expect("every student reached the report in time");
        let writing = resident_kib(pid);
        ready.wait().await;
        let mut latencies = Vec::new();
        let mut bytes = Vec::new();
        for t in tasks {
            let (l, b) = t.await.expect("a student's task");
            latencies.extend(l);
            bytes.extend(b);
        }
        latencies.sort();
        let keys = STUDENTS * KEYS;
        let answered = latencies.len();
        let mean_bytes = bytes.iter().sum::<usize>() as f64 / bytes.len().max(1) as f64;
        bytes.sort_unstable();
        println!(
            "serve: {STUDENTS} students over SSH on loopback, {KEYS} keys each, one every {} ms",
            PACE.as_millis()
        );
        println!(
            "session start (connect, code, first frame), alone: median {:.1} ms, slowest {:.1} ms",
            quantile(&starts, 0.5).as_secs_f64() * 1e3,
            quantile(&starts, 1.0).as_secs_f64() * 1e3
        );
        println!(
            "keystroke to screen update: median {:.1} ms, p99 {:.1} ms, slowest {:.1} ms ({answered} of {keys} keys answered within {} ms)",
            quantile(&latencies, 0.5).as_secs_f64() * 1e3,
            quantile(&latencies, 0.99).as_secs_f64() * 1e3,
            quantile(&latencies, 1.0).as_secs_f64() * 1e3,
            PACE.as_millis()
        );
        println!(
            "bytes sent per keystroke: mean {mean_bytes:.0}, median {}",
            bytes.get(bytes.len() / 2).copied().unwrap_or(0)
        );
        println!(
            "server memory: {:.1} MB before, {:.1} MB with {STUDENTS} writing: {:.2} MB a session",
            before as f64 / 1024.0,
            writing as f64 / 1024.0,
            writing.saturating_sub(before) as f64 / 1024.0 / STUDENTS as f64
        );
    });
    drop(server);
}
