//! `classwork serve` with the real OpenSSH client over loopback, in a pseudo-terminal:
//! the class code first, the student UI, work kept across a dropped connection, one
//! student's work hidden from another, a second connection taking over, plain mode, and
//! hostile clients that do not bring the server down. Every process is reaped.

#![cfg(feature = "serve")]

use crate::common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use classwork::activity::Body;
use common::process::Reaped;
use common::pty::{Terminal, key};

const CODE: &str = "K7WQ2P";

/// A running `classwork serve`, killed and waited for when dropped.
struct Server {
    process: Reaped,
    port: u16,
    /// What it printed as it started.
    said: String,
    /// What it prints after that, line by line.
    later: std::sync::mpsc::Receiver<String>,
    /// Where the teacher types commands.
    commands: std::process::ChildStdin,
}

impl Server {
    /// Serves the bundled unit on a free loopback port, its data in `data`.
    fn start(data: &Path) -> Server {
        Server::start_with(data, &[])
    }

    /// [`Server::start`], with more arguments to `serve`.
    fn start_with(data: &Path, more: &[&str]) -> Server {
        let mut process = Reaped::spawn(
            Command::new(env!("CARGO_BIN_EXE_classwork"))
                .args(["serve", "--port", "0", "--listen", "127.0.0.1"])
                .args(["--code", CODE, "--seed", "3"])
                .args(more)
                .env("CLASSWORK_DATA_DIR", data)
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::inherit()),
        );
        let commands = process.stdin.take().expect("piped");
        let mut stdout = BufReader::new(process.stdout.take().expect("piped"));
        let mut said = String::new();
        while !said.contains("Class code:") {
            if stdout.read_line(&mut said).expect("the server's output") == 0 {
                panic!("the server stopped before serving:\n{said}");
            }
        }
        let port = said
            .split("on 127.0.0.1:")
            .nth(1)
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("no port in:\n{said}"));
        let (lines, later) = std::sync::mpsc::channel();
        // Read as it comes (the reader ends when the server is killed).
        std::thread::spawn(move || {
            for line in stdout.lines().map_while(Result::ok) {
                if lines.send(line).is_err() {
                    break;
                }
            }
        });
        Server {
            process,
            port,
            said,
            later,
            commands,
        }
    }

    /// What the server prints next, up to a line holding `text` (within `secs` seconds).
    fn wait_said(&self, text: &str, secs: u64) -> String {
        let until = std::time::Instant::now() + Duration::from_secs(secs);
        let mut said = String::new();
        while let Some(left) = until.checked_duration_since(std::time::Instant::now()) {
            match self.later.recv_timeout(left) {
                Ok(line) => {
                    said.push_str(&line);
                    said.push('\n');
                    if line.contains(text) {
                        return said;
                    }
                }
                Err(_) => break,
            }
        }
        panic!("the server did not say {text:?}; it said:\n{said}");
    }

    /// Types a command at the serving terminal.
    fn command(&mut self, line: &str) {
        writeln!(self.commands, "{line}").expect("the server reads its commands");
        self.commands.flush().expect("sent");
    }

    /// Whether the server still runs.
    fn running(&mut self) -> bool {
        matches!(self.process.try_wait(), Ok(None))
    }

    /// The `ssh` arguments that reach this server as `user`, then `extra`.
    fn ssh_args(&self, user: &str, extra: &[&str]) -> Vec<String> {
        let mut args: Vec<String> = [
            "-F",
            "/dev/null",
            "-o",
            "StrictHostKeyChecking=no",
            "-o",
            "UserKnownHostsFile=/dev/null",
            "-o",
            "LogLevel=ERROR",
            "-o",
            "BatchMode=yes",
            "-p",
        ]
        .map(String::from)
        .to_vec();
        args.push(self.port.to_string());
        args.extend(extra.iter().map(|s| s.to_string()));
        args.push(format!("{user}@127.0.0.1"));
        args
    }

    /// `ssh` as `user` in a pseudo-terminal of 100×30, at the class code's prompt.
    fn connect(&self, user: &str) -> Terminal {
        self.connect_to(user, &[])
    }

    /// The same, asking the server for `command` (`plain`).
    fn connect_to(&self, user: &str, command: &[&str]) -> Terminal {
        let mut args = self.ssh_args(user, &["-tt"]);
        args.extend(command.iter().map(|c| c.to_string()));
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let here = Path::new(env!("CARGO_MANIFEST_DIR"));
        let term = Terminal::spawn_program("ssh", here, &args, &[], (100, 30));
        term.wait_for("Class code:", 20);
        term
    }

    /// [`Server::connect`], then the code given: at the list of activities.
    fn join(&self, user: &str) -> Terminal {
        let mut term = self.connect(user);
        term.send(CODE);
        term.send(key::ENTER);
        term.wait_for("Activities", 20);
        term
    }

    /// [`Server::join`] in plain mode: at the question of which activity.
    fn join_plain(&self, user: &str) -> Terminal {
        let mut term = self.connect_to(user, &["plain"]);
        term.send(CODE);
        term.send(key::ENTER);
        term.wait_for("Type an activity number", 20);
        term
    }
}

/// Opens the second activity of the home screen, then its first cell for writing.
fn start_writing(term: &mut Terminal) {
    term.send("j");
    term.send(key::ENTER);
    term.wait_for("cells written", 10);
    term.send("j");
    term.send(key::ENTER);
}

#[test]
fn the_server_says_where_to_connect_and_the_code() {
    let data = tempfile::tempdir().expect("a temp dir");
    let server = Server::start(data.path());
    assert!(
        server.said.contains(&format!("Class code: {CODE}")),
        "{}",
        server.said
    );
    assert!(
        server
            .said
            .contains(&format!("ssh -p {} NAME@127.0.0.1", server.port)),
        "{}",
        server.said
    );
    // The host key is made once and kept.
    let key = data.path().join("ssh_host_ed25519_key");
    let made = std::fs::read(&key).expect("the host key is kept");
    drop(server);
    let mut again = Server::start(data.path());
    assert_eq!(std::fs::read(&key).expect("still there"), made);
    assert!(again.running());
}

#[test]
fn a_wrong_code_is_refused_and_the_connection_closes() {
    let data = tempfile::tempdir().expect("a temp dir");
    let mut server = Server::start(data.path());
    let mut term = server.connect("ada");
    for _ in 0..3 {
        term.send("nope");
        term.send(key::ENTER);
    }
    term.wait_for("Ask your teacher for the class code", 10);
    assert!(term.wait_exit(10).is_some(), "{}", term.screen());
    assert!(!term.screen().contains("Activities"));
    assert!(server.running());
}

#[test]
fn work_typed_before_the_connection_drops_is_there_on_reconnecting() {
    let data = tempfile::tempdir().expect("a temp dir");
    let mut server = Server::start(data.path());
    let mut term = server.join("ada");
    start_writing(&mut term);
    term.send("Chicherin made Rapallo");
    term.wait_for("Rapallo", 10);
    // Still typing when the connection drops: the ssh client is killed outright.
    term.kill();
    drop(term);

    let mut term = server.join("ada");
    assert!(term.screen().contains("in progress"), "{}", term.screen());
    term.send("j");
    term.send(key::ENTER);
    let screen = term.wait_for("1 of 12 cells written", 10);
    assert!(screen.contains("Rapallo"), "{screen}");

    // Another student sees none of it.
    let mut other = server.join("grace");
    assert!(
        !other.screen().contains("in progress"),
        "{}",
        other.screen()
    );
    other.send("j");
    other.send(key::ENTER);
    let screen = other.wait_for("0 of 12 cells written", 10);
    assert!(!screen.contains("Rapallo"), "{screen}");
    // Nor can the other switch to the first student's profile.
    other.send(key::ESC);
    other.wait_for("Activities", 10);
    other.send("p");
    std::thread::sleep(Duration::from_millis(300));
    assert!(!other.screen().contains("ada"), "{}", other.screen());

    for t in [&mut term, &mut other] {
        t.send(key::ESC);
        t.send("q");
        assert!(t.wait_exit(10).is_some(), "{}", t.screen());
    }
    assert!(server.running());
}

#[test]
fn a_second_connection_of_the_same_student_takes_over() {
    let data = tempfile::tempdir().expect("a temp dir");
    let mut server = Server::start(data.path());
    let mut first = server.join("ada");
    start_writing(&mut first);
    first.send("Litvinov sought allies");
    first.wait_for("allies", 10);

    let mut second = server.join("Ada");
    let said = first.wait_for("You connected again elsewhere", 10);
    assert!(said.contains("Your work is saved"), "{said}");
    assert!(first.wait_exit(10).is_some(), "{}", first.screen());
    second.send("j");
    second.send(key::ENTER);
    let screen = second.wait_for("1 of 12 cells written", 10);
    assert!(screen.contains("allies"), "{screen}");
    second.send(key::ESC);
    second.send("q");
    assert!(second.wait_exit(10).is_some());
    assert!(server.running());
}

#[test]
fn the_screen_follows_the_window_through_a_flood_of_resizes() {
    let data = tempfile::tempdir().expect("a temp dir");
    let mut server = Server::start(data.path());
    let mut term = server.join("ada");
    for i in 0..60 {
        let (cols, rows) = if i % 2 == 0 { (120, 40) } else { (70, 20) };
        term.resize(cols, rows);
    }
    term.resize(90, 28);
    std::thread::sleep(Duration::from_millis(500));
    term.send("j");
    let screen = term.wait_for("Activities", 10);
    assert!(screen.lines().count() <= 28, "{screen}");
    term.send("q");
    assert!(term.wait_exit(10).is_some());
    assert!(server.running());
}

#[test]
fn plain_mode_works_over_ssh_without_a_terminal() {
    let data = tempfile::tempdir().expect("a temp dir");
    let mut server = Server::start(data.path());
    let args = server.ssh_args("pat", &["-T"]);
    let out = Reaped::spawn(
        Command::new("ssh")
            .args(&args)
            .arg("plain")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped()),
    )
    .output_with(format!("{CODE}\nq\n").as_bytes());
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{said}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        said.contains("Your work is kept under the name pat"),
        "{said}"
    );
    assert!(said.contains("Activities:"), "{said}");
    assert!(said.trim_end().ends_with("Goodbye."), "{said}");
    assert!(!said.contains('\u{1b}'), "{said}");

    // Any other command is refused.
    let out = Reaped::spawn(
        Command::new("ssh")
            .args(&args)
            .arg("sh -c id")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped()),
    )
    .wait_with_output();
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("the only command is `plain`"), "{said}");
    assert!(server.running());
}

#[test]
fn forwarding_is_refused() {
    let data = tempfile::tempdir().expect("a temp dir");
    let mut server = Server::start(data.path());
    let args = server.ssh_args(
        "ada",
        &["-o", "ExitOnForwardFailure=yes", "-R", "0:127.0.0.1:9"],
    );
    let out = Reaped::spawn(
        Command::new("ssh")
            .args(&args)
            .arg("plain")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped()),
    )
    .wait_with_output();
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("forward"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(server.running());
}

#[test]
fn garbage_from_clients_does_not_bring_the_server_down() {
    let data = tempfile::tempdir().expect("a temp dir");
    let mut server = Server::start(data.path());

    // Not SSH at all: bytes thrown at the port.
    for seed in 0..5u32 {
        let mut stream = TcpStream::connect(("127.0.0.1", server.port)).expect("connects");
        stream
            .set_read_timeout(Some(Duration::from_secs(2)))
            .expect("a timeout");
        let garbage: Vec<u8> = (0..4096u32)
            .map(|i| (i.wrapping_mul(2_654_435_761).wrapping_add(seed) >> 13) as u8)
            .collect();
        let _ = stream.write_all(b"SSH-2.0-hostile\r\n");
        let _ = stream.write_all(&garbage);
        let mut sink = Vec::new();
        let _ = stream.read_to_end(&mut sink);
    }
    assert!(server.running());

    // A student whose terminal sends garbage: escape sequences cut short, bad UTF-8,
    // a paste that never ends.
    let mut term = server.join("ada");
    let garbage: String = (0..2000u32)
        .map(|i| char::from_u32((i.wrapping_mul(40_503) >> 3) % 0x250).unwrap_or('?'))
        .collect();
    term.send("\x1b[");
    term.send("\x1b[<999;999;");
    term.send(&garbage);
    term.send("\x1b[200~");
    term.send(&"x".repeat(20_000));
    term.kill();
    drop(term);
    assert!(server.running());

    // Others are still served.
    let mut other = server.join("grace");
    other.send("q");
    assert!(other.wait_exit(10).is_some());
    assert!(server.running());
}

#[test]
fn a_connection_past_the_most_is_refused_with_a_message() {
    let data = tempfile::tempdir().expect("a temp dir");
    let mut server = Server::start_with(data.path(), &["--max-connections", "1"]);
    let mut first = server.join("ada");
    // The refused client is told why (the banner shows at the INFO log level).
    let args: Vec<String> = server
        .ssh_args("bea", &["-T"])
        .into_iter()
        .map(|a| {
            if a == "LogLevel=ERROR" {
                "LogLevel=INFO".into()
            } else {
                a
            }
        })
        .collect();
    let refused = Command::new("ssh")
        .args(&args)
        .stdin(Stdio::null())
        .output()
        .expect("ssh runs");
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(!refused.status.success());
    assert!(said.contains("The class is full"), "{said}");
    // The student already in goes on working, and once they leave there is room again.
    first.send("q");
    first.wait_exit(10);
    let mut again = server.join("bea");
    again.send("q");
    again.wait_exit(10);
    assert!(server.running());
}

#[test]
fn the_serving_terminal_shows_who_is_on_what_and_what_is_submitted() {
    let data = tempfile::tempdir().expect("a temp dir");
    let server = Server::start(data.path());
    let mut ada = server.join("ada");
    let view = server.wait_said("  ada", 20);
    assert!(view.contains("1 student connected"), "{view}");
    assert!(view.contains("(the list of activities)"), "{view}");
    // Into the first activity: the view follows.
    ada.send(key::ENTER);
    ada.wait_for("rows answered", 10);
    let unit = classwork::bundled::default_unit().units.remove(0);
    let first = &unit.activities[0].title;
    server.wait_said(&format!("  ada  {first}"), 20);
    // Submitted: counted under the activity.
    ada.send("s");
    ada.wait_for("Submit?", 10);
    ada.send("y");
    ada.wait_for("Total:", 10);
    server.wait_said(&format!("Submitted: 1. {first}: 1"), 20);
    ada.send("q");
    ada.wait_exit(10);
    server.wait_said("no student connected", 20);
}

#[test]
fn the_serving_terminal_shows_plain_mode_students_too() {
    let data = tempfile::tempdir().expect("a temp dir");
    let server = Server::start(data.path());
    let mut bea = server.join_plain("bea");
    server.wait_said("  bea  (the list of activities)", 20);
    // Into a quiz: the view follows.
    let unit = classwork::bundled::default_unit().units.remove(0);
    let (n, quiz) = (unit.activities.iter().enumerate())
        .find_map(|(n, a)| match &a.body {
            Body::Choice(quiz) => Some((n + 1, (a, quiz))),
            _ => None,
        })
        .expect("the unit has a quiz");
    let (activity, questions) = quiz;
    bea.send(&n.to_string());
    bea.send(key::ENTER);
    server.wait_said(&format!("  bea  {}", activity.title), 20);
    // Answered and submitted: counted under the activity, and back at the list.
    for q in 1..=questions.questions.len() {
        bea.wait_for(&format!("Question {q} of"), 10);
        bea.send("1");
        bea.send(key::ENTER);
    }
    for q in 1..=activity.follow_up.len() {
        bea.wait_for(&format!("Follow-up question {q} of"), 10);
        bea.send("A short answer.");
        bea.send(key::ENTER);
        bea.send(".");
        bea.send(key::ENTER);
    }
    bea.wait_for("Submit your answers?", 10);
    bea.send("y");
    bea.send(key::ENTER);
    let said = server.wait_said(&format!("Submitted: {n}. {}: 1", activity.title), 20);
    assert!(said.contains("  bea  (the list of activities)"), "{said}");
    bea.send("q");
    bea.send(key::ENTER);
    bea.wait_exit(10);
    server.wait_said("no student connected", 20);
}

#[test]
fn the_teacher_closes_and_opens_activities_and_calls_pens_down() {
    let data = tempfile::tempdir().expect("a temp dir");
    let mut server = Server::start(data.path());
    let mut ada = server.join("ada");
    server.command("close 1");
    server.wait_said("Closed: 1.", 10);
    ada.wait_for("× closed", 10);
    ada.send(key::ENTER);
    ada.wait_for("Your teacher has closed this activity", 10);
    server.command("open all");
    server.wait_said("Every activity is open.", 10);
    // The student's screen hears of it a moment later: Enter once the list shows it open.
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while ada.screen().contains("× closed") && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(!ada.screen().contains("× closed"), "{}", ada.screen());
    ada.send(key::ENTER);
    ada.wait_for("rows answered", 10);
    ada.send(" ");
    ada.wait_for("1 of 10 rows answered", 10);
    // Pens down: the work in progress is handed in as it is.
    server.command("pens down");
    ada.wait_for("Pens down", 10);
    let unit = classwork::bundled::default_unit().units.remove(0);
    let first = &unit.activities[0].title;
    server.wait_said(&format!("Submitted: 1. {first}: 1"), 20);
    server.command("nonsense");
    server.wait_said("not a command", 10);
    ada.send("q");
    ada.wait_exit(10);
    assert!(server.running());
}

#[test]
fn plain_mode_keeps_to_closed_activities_and_hands_in_at_pens_down() {
    let data = tempfile::tempdir().expect("a temp dir");
    let mut server = Server::start(data.path());
    let mut bea = server.join_plain("bea");
    server.command("close 2");
    server.wait_said("Closed: 2.", 10);
    bea.send("2");
    bea.send(key::ENTER);
    bea.wait_for("Your teacher has closed this activity", 10);
    // Into the first activity; one row answered, the next being typed, then pens down.
    bea.send("1");
    bea.send(key::ENTER);
    bea.wait_for("Row 1 of 10", 10);
    bea.send("1 2");
    bea.send(key::ENTER);
    bea.wait_for("Row 2 of 10", 10);
    bea.send("3");
    bea.wait_until(10, "the 3 echoed", |s| {
        s.lines().any(|l| l.trim_end() == "> 3")
    });
    server.command("pens down");
    let unit = classwork::bundled::default_unit().units.remove(0);
    let first = &unit.activities[0].title;
    bea.wait_for(&format!("Handed in as it is: {first}."), 10);
    assert!(
        bea.wait_exit(10).is_some(),
        "the dialogue ends at pens down"
    );
    let store = classwork::store::Store::open_in(data.path()).expect("the class's database");
    let profile = store.profile("bea").expect("bea's profile");
    let attempts = store
        .attempts(&profile, &unit.id, &unit.activities[0].id)
        .expect("bea's attempts");
    assert_eq!(attempts.len(), 1, "the work in progress is handed in once");
    // The row being typed when the teacher called pens down is handed in as typed.
    let sheet: toml::Table = attempts[0].answer.parse().expect("an answer sheet");
    let ticks = sheet["responses"]["ticks"].as_table().expect("ticks");
    assert_eq!(ticks.len(), 2, "{ticks:?}");
    let third: toml::Value = vec!["defence"].into();
    assert!(ticks.values().any(|t| *t == third), "{ticks:?}");
    assert!(server.running());
}
