//! End to end, in a pseudo-terminal: work left in the middle of an activity comes back
//! exactly after quitting, and after the process is killed; the name asked on first use
//! is remembered; a damaged database is shown, not a crash.

#![cfg(feature = "tui")]

use crate::common;

use std::path::Path;

use common::pty::{SIZES, Terminal, key};

const ARGS: &[&str] = &["--profile", "Ada", "--seed", "3"];

fn start(data: &Path, args: &[&str], (width, height): (u16, u16)) -> Terminal {
    let dir = data.to_string_lossy().to_string();
    let term = Terminal::spawn(args, &[("CLASSWORK_DATA_DIR", &dir)], width, height);
    term.wait_for("Activities", 20);
    term
}

/// Opens the activity at `position` from the home screen and returns its screen once
/// `shows` is on it.
fn open(term: &mut Terminal, position: usize, shows: &str) -> String {
    for _ in 0..position {
        term.send("j");
    }
    term.send(key::ENTER);
    term.wait_for(shows, 10)
}

/// Where the bundled unit lists the activity `id`, from 0.
fn position(id: &str) -> usize {
    classwork::bundled::default_unit().units[0]
        .activities
        .iter()
        .position(|a| a.id == id)
        .expect("a bundled activity")
}

/// Back to the home screen, with the cursor on the first activity.
fn home(term: &mut Terminal) {
    term.send(key::ESC);
    term.wait_for("Unit progress", 10);
    for _ in 0..15 {
        term.send("k");
    }
}

/// Leaves the activity and opens it again, so the screen starts where a new run would,
/// and returns that screen.
fn reopened(term: &mut Terminal, position: usize, shows: &str) -> String {
    home(term);
    let screen = open(term, position, shows);
    // Let a redraw settle before reading it.
    std::thread::sleep(std::time::Duration::from_millis(150));
    let again = term.screen();
    assert!(again.contains(shows), "{screen}");
    again
}

/// Reopens the grid (second in the unit) and selects the cell written in its second row,
/// which the panel beside the grid shows in full; returns the screen once `shows` is on it.
fn cell_read(term: &mut Terminal, shows: &str) -> String {
    reopened(term, 1, "cells written");
    term.send("j");
    term.wait_for(shows, 10);
    std::thread::sleep(std::time::Duration::from_millis(150));
    term.screen()
}

#[test]
fn work_left_in_the_middle_comes_back_exactly_after_quitting() {
    for size in SIZES {
        comes_back_exactly_after_quitting(size);
    }
}

fn comes_back_exactly_after_quitting(size: (u16, u16)) {
    let data = tempfile::tempdir().expect("a temp dir");
    let mut term = start(data.path(), ARGS, size);
    // 1. The sort: two ticks.
    open(&mut term, 0, "rows answered");
    term.send(" ");
    term.send("j");
    term.send("l");
    term.send(" ");
    term.wait_for("2 of 10 rows answered", 10);
    let sort = reopened(&mut term, 0, "2 of 10 rows answered");
    // 2. The grid: a cell written.
    home(&mut term);
    open(&mut term, 1, "cells written");
    term.send("j");
    term.send(key::ENTER);
    term.send("Litvinov sought allies");
    term.send(key::ESC);
    term.wait_for("1 of", 10);
    let grid = cell_read(&mut term, "sought");
    // 3. The rank: an item moved down twice.
    home(&mut term);
    let before = open(&mut term, 2, "Most important first");
    term.send("J");
    term.send("J");
    let rank = reopened(&mut term, 2, "Most important first");
    assert_ne!(before, rank, "the order changed");
    // 4. The categorize: two cards placed.
    let categorize = position("britain_germany");
    home(&mut term);
    open(&mut term, categorize, "cards placed");
    term.send("1");
    term.send("2");
    term.wait_for("2 of", 10);
    let cards = reopened(&mut term, categorize, "cards placed");
    home(&mut term);
    term.send("q");
    assert_eq!(term.wait_exit(10), Some(0));
    assert!(String::from_utf8_lossy(&term.output()).contains("Your work is saved."));

    let mut term = start(data.path(), ARGS, size);
    let screen = term.screen();
    assert_eq!(screen.matches("in progress").count(), 4, "{screen}");
    assert_eq!(reopened(&mut term, 0, "rows answered"), sort);
    home(&mut term);
    assert_eq!(cell_read(&mut term, "sought"), grid);
    home(&mut term);
    assert_eq!(reopened(&mut term, 2, "Most important first"), rank);
    home(&mut term);
    assert_eq!(reopened(&mut term, categorize, "cards placed"), cards);
    term.send("q");
    assert_eq!(term.wait_exit(10), Some(0));
}

#[test]
fn a_draft_survives_the_process_being_killed() {
    for size in SIZES {
        survives_the_process_being_killed(size);
    }
}

fn survives_the_process_being_killed(size: (u16, u16)) {
    let data = tempfile::tempdir().expect("a temp dir");
    let mut term = start(data.path(), ARGS, size);
    open(&mut term, 1, "cells written");
    term.send("j");
    term.send(key::ENTER);
    term.send("Chicherin made Rapallo");
    term.wait_for("Rapallo", 10);
    // Still typing, the text box open: the draft is saved within two seconds anyway.
    std::thread::sleep(std::time::Duration::from_millis(2500));
    term.kill();

    let mut term = start(data.path(), ARGS, size);
    assert!(term.screen().contains("in progress"), "{}", term.screen());
    open(&mut term, 1, "1 of 12 cells written");
    // The cell written, selected, reads in full beside the grid at every size.
    term.send("j");
    let screen = term.wait_for("Rapallo", 10);
    assert!(
        screen.contains("Chicherin made Rapallo"),
        "{size:?}:\n{screen}"
    );
    term.send("q");
    assert_eq!(term.wait_exit(10), Some(0));
}

#[test]
fn the_first_run_asks_a_name_and_the_next_remembers_it() {
    let data = tempfile::tempdir().expect("a temp dir");
    let dir = data.path().to_string_lossy().to_string();
    let mut term = Terminal::spawn(&[], &[("CLASSWORK_DATA_DIR", &dir)], 80, 24);
    term.wait_for("What is your name?", 20);
    term.send("Grace");
    term.wait_for("Grace▏", 10);
    term.send(key::ENTER);
    let screen = term.wait_for("Activities", 10);
    assert!(
        screen.lines().next().unwrap_or("").contains("Grace"),
        "{screen}"
    );
    term.send("q");
    assert_eq!(term.wait_exit(10), Some(0));

    let mut term = Terminal::spawn(&[], &[("CLASSWORK_DATA_DIR", &dir)], 80, 24);
    let screen = term.wait_for("Activities", 20);
    assert!(!screen.contains("What is your name?"));
    assert!(
        screen.lines().next().unwrap_or("").contains("Grace"),
        "{screen}"
    );
    // p switches: the list has Grace, and a new name can be typed.
    term.send("p");
    term.wait_for("Grace  (in use)", 10);
    term.send("Alan");
    term.send(key::ENTER);
    let screen = term.wait_for("Activities", 10);
    assert!(
        screen.lines().next().unwrap_or("").contains("Alan"),
        "{screen}"
    );
    term.send("q");
    assert_eq!(term.wait_exit(10), Some(0));
}

#[test]
fn a_damaged_database_is_a_banner_not_a_crash() {
    let data = tempfile::tempdir().expect("a temp dir");
    let db = data.path().join(classwork::store::DATABASE_FILE);
    std::fs::write(&db, b"not a database ".repeat(500)).expect("written");
    // Run in the data folder, where the work that cannot be saved is written at the end.
    let dir = data.path().to_string_lossy().to_string();
    let env = [("CLASSWORK_DATA_DIR", dir.as_str())];
    let mut term = Terminal::spawn_in(data.path(), ARGS, &env, 80, 24);
    let screen = term.wait_for("damaged", 10);
    assert!(
        screen.contains("Your saved work cannot be read yet"),
        "{screen}"
    );
    open(&mut term, 0, "rows answered");
    term.send(" ");
    term.wait_for("1 of 10 rows answered", 10);
    term.send(key::ESC);
    // The work cannot be saved, so quitting asks first.
    term.send("q");
    term.wait_for("Quit anyway", 10);
    term.send("y");
    assert_eq!(term.wait_exit(10), Some(0));
    let said = String::from_utf8_lossy(&term.output()).into_owned();
    assert!(said.contains("are in the answer sheet"), "{said}");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_classwork"))
        .args(["store", "--move-aside"])
        .env("CLASSWORK_DATA_DIR", data.path())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let mut term = start(data.path(), ARGS, (80, 24));
    let screen = term.screen();
    assert!(!screen.contains("damaged"), "{screen}");
    term.send("q");
    assert_eq!(term.wait_exit(10), Some(0));
}
