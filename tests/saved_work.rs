//! Saved work, end to end in a pseudo-terminal: never written over unread, never hidden,
//! never split between two windows, and never replaced by practice. The database is held
//! by another connection, or sits on a read-only or full disk (a small tmpfs in a user and
//! mount namespace, so that even root meets them).

#![cfg(feature = "tui")]

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use classwork::activity::Unit;
use classwork::answer::{Answer, Response};
use classwork::store::{DATABASE_FILE, Store};
use common::pty::{Terminal, key};

const ARGS: &[&str] = &["--profile", "Ada", "--seed", "3"];
/// The grid, second in the bundled unit.
const GRID_AT: usize = 1;
/// The categorize, fourth.
const CATEGORIZE_AT: usize = 3;
/// What an earlier run left in a cell of the grid.
const SAVED: &str = "Saved-earlier";

fn unit() -> Unit {
    classwork::bundled::default_unit().units.remove(0)
}

/// Ada's draft of the grid with [`SAVED`] in its last cell, saved in `data` as an earlier
/// run would have.
fn saved_grid_draft(data: &Path) {
    let store = Store::open_in(data).expect("the database");
    let ada = store.profile("Ada").expect("Ada");
    let unit = unit();
    let cells = BTreeMap::from([("molotov.other".to_string(), SAVED.to_string())]);
    let answer = Answer {
        response: Response::Grid(cells),
        ..Answer::default()
    };
    store
        .save_answer_draft(&ada, &unit.id, &unit.activities[GRID_AT], &answer)
        .expect("saved");
}

/// Ada's draft of the grid in the database in `data`.
fn grid_draft(data: &Path) -> String {
    let store = Store::open_in(data).expect("the database");
    let ada = store.profile("Ada").expect("Ada");
    let unit = unit();
    store
        .draft(&ada, &unit.id, &unit.activities[GRID_AT].id)
        .expect("read")
        .expect("a draft of the grid")
        .answer
}

fn start(data: &Path) -> Terminal {
    let dir = data.to_string_lossy().to_string();
    let term = Terminal::spawn(ARGS, &[("CLASSWORK_DATA_DIR", &dir)], 80, 24);
    term.wait_for("Activities", 20);
    term
}

/// The home screen's line of the activity at `position`.
fn line_of(screen: &str, position: usize) -> String {
    let title = &unit().activities[position].title;
    let short: String = title.chars().take(12).collect();
    screen
        .lines()
        .find(|l| l.contains(&short))
        .unwrap_or_else(|| panic!("no line for {title}:\n{screen}"))
        .to_string()
}

/// From the home screen (cursor on the first activity): opens the grid, writes `text` in
/// its second row's first cell, and goes back home (the cursor left on the grid).
fn write_in_grid(term: &mut Terminal, text: &str) {
    term.send("j");
    term.send(key::ENTER);
    term.wait_for("cells written", 10);
    term.send("j");
    term.send(key::ENTER);
    term.send(text);
    term.send(key::ESC);
    term.wait_for("cells written", 10);
    term.send(key::ESC);
    term.wait_for("Unit progress", 10);
}

/// Waits until the screen no longer shows `text`; panics with the screen after `secs`.
fn wait_gone(term: &Terminal, text: &str, secs: u64) -> String {
    let deadline = Instant::now() + Duration::from_secs(secs);
    loop {
        let screen = term.screen();
        if !screen.contains(text) {
            return screen;
        }
        assert!(
            Instant::now() < deadline,
            "{text:?} still shown after {secs}s:\n{screen}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Quits from the home screen; returns all the program wrote.
fn quit(term: &mut Terminal) -> String {
    term.send("q");
    assert_eq!(term.wait_exit(10), Some(0));
    String::from_utf8_lossy(&term.output()).into_owned()
}

#[test]
fn a_write_locked_database_at_start_shows_the_saved_draft_and_keeps_it() {
    let data = tempfile::tempdir().expect("a temp dir");
    saved_grid_draft(data.path());
    let holder = rusqlite::Connection::open(data.path().join(DATABASE_FILE)).expect("opened");
    holder
        .execute_batch("BEGIN IMMEDIATE")
        .expect("the write lock");
    let mut term = start(data.path());
    let home = term.screen();
    assert!(
        line_of(&home, GRID_AT).contains("in progress"),
        "the saved draft is read though the database cannot be written:\n{home}"
    );
    write_in_grid(&mut term, "Typed-now");
    term.wait_for("in use by another", 10);
    drop(holder);
    wait_gone(&term, "in use by another", 6);
    let said = quit(&mut term);
    assert!(said.contains("Your work is saved."), "{said}");
    let draft = grid_draft(data.path());
    assert!(
        draft.contains(SAVED) && draft.contains("Typed-now"),
        "{draft}"
    );
}

#[test]
fn saved_work_that_cannot_be_read_yet_is_not_called_not_started_and_is_joined_once_read() {
    let data = tempfile::tempdir().expect("a temp dir");
    saved_grid_draft(data.path());
    // Another program holds the database so that it cannot even be read.
    let holder = rusqlite::Connection::open(data.path().join(DATABASE_FILE)).expect("opened");
    holder
        .execute_batch("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;")
        .expect("the lock");
    let mut term = start(data.path());
    let home = term.screen();
    assert!(home.contains("cannot be read yet"), "{home}");
    assert!(
        line_of(&home, GRID_AT).contains("not read yet") && !home.contains("not started"),
        "{home}"
    );
    write_in_grid(&mut term, "Typed-meanwhile");
    // The draft waits: nothing is written over the saved one it has not read.
    std::thread::sleep(Duration::from_millis(1500));
    drop(holder);
    term.wait_for("Saved work read now, kept with what you did meanwhile", 8);
    wait_gone(&term, "cannot be read yet", 6);
    let said = quit(&mut term);
    assert!(said.contains("Your work is saved."), "{said}");
    let draft = grid_draft(data.path());
    assert!(
        draft.contains(SAVED) && draft.contains("Typed-meanwhile"),
        "both are kept:\n{draft}"
    );
}

#[test]
fn two_windows_on_one_profile_keep_what_each_typed() {
    let data = tempfile::tempdir().expect("a temp dir");
    let mut a = start(data.path());
    let mut b = start(data.path());
    write_in_grid(&mut a, "Alpha-typed");
    // A's draft is saved within two seconds, before B types.
    std::thread::sleep(Duration::from_millis(2500));
    write_in_grid(&mut b, "Bravo-typed");
    b.wait_for("Another window changed this too, both versions kept", 8);
    let said_a = quit(&mut a);
    let said_b = quit(&mut b);
    for said in [&said_a, &said_b] {
        assert!(said.contains("Your work is saved."), "{said}");
    }
    let draft = grid_draft(data.path());
    assert!(
        draft.contains("Alpha-typed") && draft.contains("Bravo-typed"),
        "no typing is lost:\n{draft}"
    );
}

/// The sheet `classwork export answers` hands in for the categorize, as a table.
fn handed_in(data: &Path, temp: &Path, name: &str) -> toml::Table {
    let out = temp.join(name);
    let done = Command::new(env!("CARGO_BIN_EXE_classwork"))
        .args(["export", "answers", "--profile", "Ada", "--out"])
        .arg(&out)
        .env("CLASSWORK_DATA_DIR", data)
        .output()
        .expect("export runs");
    assert!(done.status.success(), "{done:?}");
    let id = &unit().activities[CATEGORIZE_AT].id;
    let text = std::fs::read_to_string(out.join(format!("{id}.toml"))).expect("the sheet");
    toml::from_str(&text).expect("TOML")
}

#[test]
fn practice_from_review_and_retry_never_replaces_the_hand_in() {
    let data = tempfile::tempdir().expect("a temp dir");
    let temp = tempfile::tempdir().expect("a temp dir");
    let mut term = start(data.path());
    // The categorize, two cards placed, handed in.
    for _ in 0..CATEGORIZE_AT {
        term.send("j");
    }
    term.send(key::ENTER);
    term.wait_for("cards placed", 10);
    term.send("1");
    term.send("2");
    term.wait_for("2 of", 10);
    term.send("s");
    term.send("y");
    term.wait_for("Marks ·", 10);
    let first = handed_in(data.path(), temp.path(), "first");
    // Retrying what was wrong, then submitting: practice.
    term.send("w");
    term.wait_for("cards placed", 10);
    term.send("2");
    term.send("s");
    term.send("y");
    term.wait_for("Practice: the work your teacher receives stays", 10);
    assert_eq!(handed_in(data.path(), temp.path(), "after-retry"), first);
    // Review from the list, then submitting: practice too.
    term.send(key::ESC);
    term.wait_for("Unit progress", 10);
    term.send("v");
    term.wait_for("to do again", 10);
    term.send("1");
    term.send("s");
    term.send("y");
    term.wait_for("Practice: the work your teacher receives stays", 10);
    assert_eq!(handed_in(data.path(), temp.path(), "after-review"), first);
    // Opened from the list and submitted again on purpose: it replaces the hand-in, and
    // says so.
    term.send(key::ESC);
    term.wait_for("Unit progress", 10);
    term.send(key::ENTER);
    term.wait_for("cards placed", 10);
    term.send("s");
    term.send("y");
    term.wait_for(
        "Handed in again: this replaces the work your teacher receives",
        10,
    );
    assert_ne!(handed_in(data.path(), temp.path(), "again"), first);
    term.send(key::ESC);
    quit(&mut term);
}
