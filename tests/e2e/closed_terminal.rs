//! A closed terminal (a closed window, a dropped SSH connection, a killed tmux session)
//! ends the UIs at once: the student's last words saved, no process left spinning.

#![cfg(feature = "tui")]

use crate::common;

use std::time::{Duration, Instant};

use classwork::scoring::perfect_answer_with_sources;
use classwork::store::Store;
use common::class::hand_in;
use common::pty::{Terminal, key};

/// How long a UI may take to end once its terminal is closed.
const EXIT_WITHIN: Duration = Duration::from_secs(2);

/// The most CPU time it may use meanwhile, in clock ticks (100 a second on Linux).
const MOST_TICKS: u64 = 50;

/// The state letter and CPU time (user and system, in clock ticks) of process `pid`, from
/// `/proc`; `None` once the process is gone.
fn cpu(pid: u32) -> Option<(char, u64)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The name in parentheses may hold spaces; the fields after it do not.
    let fields: Vec<&str> = stat[stat.rfind(')')? + 1..].split_whitespace().collect();
    let state = fields.first()?.chars().next()?;
    let ticks = |i: usize| fields.get(i)?.parse::<u64>().ok();
    Some((state, ticks(11)? + ticks(12)?))
}

/// Closes the terminal and watches the program: whether it ended within [`EXIT_WITHIN`],
/// and the CPU time it used after the close.
fn close_and_watch(term: &mut Terminal) -> (bool, u64) {
    let pid = term.pid().expect("the child's pid");
    let (_, before) = cpu(pid).expect("the program is running");
    let closed = Instant::now();
    term.hang_up();
    let mut used = 0;
    while closed.elapsed() < EXIT_WITHIN {
        match cpu(pid) {
            // A zombie has ended; its times are final until it is reaped.
            Some(('Z', ticks)) => return (true, ticks - before),
            Some((_, ticks)) => used = ticks - before,
            None => return (true, used),
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    (false, used)
}

/// The bundled unit.
fn unit() -> classwork::activity::Unit {
    classwork::bundled::default_unit().units.remove(0)
}

#[test]
fn a_closed_terminal_saves_the_last_words_of_a_report_and_ends_the_ui() {
    let data = tempfile::tempdir().expect("a temp dir");
    let dir = data.path().to_string_lossy().to_string();
    let unit = unit();
    let position = unit
        .activities
        .iter()
        .position(|a| a.id == "report_to_stalin")
        .expect("the bundled report");
    let mut term = Terminal::spawn(
        &["--profile", "Ada"],
        &[("CLASSWORK_DATA_DIR", &dir)],
        100,
        30,
    );
    term.wait_for("Activities", 20);
    for _ in 0..position {
        term.send("j");
    }
    term.send(key::ENTER);
    term.wait_for("Sections", 10);
    term.send(key::ENTER);
    let words = "Litvinov is gone and Molotov holds the pen";
    term.send(words);
    term.wait_for("Molotov holds", 10);
    // Typed a moment ago: not saved yet (drafts wait a second after the last change).
    let store = Store::open_in(data.path()).expect("the database");
    let ada = store.profile("Ada").expect("Ada");
    let saved = |store: &Store| {
        store
            .draft(&ada, &unit.id, "report_to_stalin")
            .expect("reading drafts")
            .is_some_and(|d| d.answer.contains(words))
    };
    assert!(!saved(&store), "the words were saved before the close");

    let (ended, ticks) = close_and_watch(&mut term);
    assert!(
        ended,
        "classwork still runs {EXIT_WITHIN:?} after its terminal closed"
    );
    assert!(
        ticks < MOST_TICKS,
        "classwork used {ticks} ticks of CPU after its terminal closed"
    );
    assert_eq!(
        term.wait_exit(5),
        Some(0),
        "a closed terminal is a clean end"
    );
    assert!(saved(&store), "the last words typed are kept");
}

#[test]
fn a_closed_terminal_ends_the_class_results() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let unit = unit();
    hand_in(
        &dir.path().join("ada"),
        &unit,
        "Ada Lovelace",
        "2026-11-21T10:00:00Z",
        |a| Some(perfect_answer_with_sources(a, &unit.sources)),
    );
    let class = dir.path().to_string_lossy().to_string();
    let mut term = Terminal::spawn(&["class", &class], &[], 100, 30);
    term.wait_for("Gradebook", 20);
    let (ended, ticks) = close_and_watch(&mut term);
    assert!(
        ended,
        "classwork class still runs {EXIT_WITHIN:?} after its terminal closed"
    );
    assert!(
        ticks < MOST_TICKS,
        "classwork class used {ticks} ticks of CPU after its terminal closed"
    );
    // Ended by the program itself, not killed by the hang-up's signal.
    assert_eq!(
        term.wait_exit(5),
        Some(0),
        "a closed terminal is a clean end"
    );
}

/// classwork started for Ada with its data in `dir`, `after_ms` milliseconds ago.
fn starting(dir: &str, after_ms: u64) -> Terminal {
    let term = Terminal::spawn(
        &["--profile", "Ada"],
        &[("CLASSWORK_DATA_DIR", dir)],
        80,
        24,
    );
    std::thread::sleep(Duration::from_millis(after_ms));
    term
}

#[test]
fn a_terminal_closed_while_classwork_starts_ends_it() {
    // Closed at many moments of starting up (loading the unit, opening the database,
    // starting to read the terminal): whichever it was, nothing is left running or spinning.
    let data = tempfile::tempdir().expect("a temp dir");
    let dir = data.path().to_string_lossy().to_string();
    for after_ms in (0..60).step_by(3) {
        let mut term = starting(&dir, after_ms);
        let (ended, ticks) = close_and_watch(&mut term);
        assert!(
            ended,
            "classwork still runs {EXIT_WITHIN:?} after its terminal closed {after_ms} ms into starting"
        );
        assert!(
            ticks < MOST_TICKS,
            "classwork used {ticks} ticks of CPU after its terminal closed {after_ms} ms into starting"
        );
    }
}

#[test]
fn end_of_input_typed_while_classwork_starts_is_only_a_key() {
    // Ctrl-D in a terminal not yet in raw mode is end-of-input, which the terminal's
    // reader would wait past for ever: the UI still comes up, and quits as asked.
    let data = tempfile::tempdir().expect("a temp dir");
    let dir = data.path().to_string_lossy().to_string();
    for after_ms in (0..15).step_by(3) {
        let mut term = starting(&dir, after_ms);
        term.send("\u{4}");
        term.wait_for("Activities", 5);
        term.send("q");
        assert_eq!(
            term.wait_exit(5),
            Some(0),
            "Ctrl-D {after_ms} ms into starting"
        );
    }
}
