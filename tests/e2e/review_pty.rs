//! A review session in the real binary: work handed in with mistakes, the clock moved on
//! two days, missed tasks reviewed one at a time with the day's count in view, and the
//! hand-in the teacher receives unchanged.

#![cfg(feature = "tui")]

use crate::common;

use std::path::Path;
use std::process::Command;

use classwork::time::CLOCK_SHIFT_ENV;
use common::pty::{SIZES, Terminal, key};

const ARGS: &[&str] = &["--profile", "Ada", "--seed", "3"];
/// The categorize, sixth in the bundled unit.
const CATEGORIZE_AT: usize = 5;
/// Two days, in seconds.
const TWO_DAYS: &str = "172800";

fn start(data: &Path, shift: &str, (width, height): (u16, u16)) -> Terminal {
    let dir = data.to_string_lossy().to_string();
    let env = [
        ("CLASSWORK_DATA_DIR", dir.as_str()),
        (CLOCK_SHIFT_ENV, shift),
    ];
    let term = Terminal::spawn(ARGS, &env, width, height);
    term.wait_for("Unit progress", 20);
    term
}

/// Runs `classwork ARGS… --profile Ada` on the data in `data`, the clock moved by `shift`.
fn classwork(data: &Path, shift: &str, args: &[&str]) -> String {
    let done = Command::new(env!("CARGO_BIN_EXE_classwork"))
        .args(args)
        .args(["--profile", "Ada"])
        .env("CLASSWORK_DATA_DIR", data)
        .env(CLOCK_SHIFT_ENV, shift)
        .output()
        .expect("classwork runs");
    assert!(done.status.success(), "{done:?}");
    String::from_utf8_lossy(&done.stdout).into_owned()
}

/// Every sheet `classwork export answers` hands in, as text, in file name order, without
/// the time of the export.
fn handed_in(data: &Path, out: &Path) -> Vec<String> {
    let done = Command::new(env!("CARGO_BIN_EXE_classwork"))
        .args(["export", "answers", "--profile", "Ada", "--out"])
        .arg(out)
        .env("CLASSWORK_DATA_DIR", data)
        .output()
        .expect("export runs");
    assert!(done.status.success(), "{done:?}");
    let mut files: Vec<_> = std::fs::read_dir(out)
        .expect("the sheets")
        .map(|e| e.expect("an entry").path())
        .collect();
    files.sort();
    files
        .iter()
        .map(|f| {
            let text = std::fs::read_to_string(f).expect("a sheet");
            let kept: Vec<&str> = text
                .lines()
                .filter(|l| !l.starts_with("exported_at ="))
                .collect();
            kept.join("\n")
        })
        .collect()
}

/// From the home screen: submits the review opened by `v`, as it stands.
fn review_one(term: &mut Terminal, n: usize) -> String {
    term.send("v");
    let opened = term.wait_for(&format!("Review {n} of"), 10);
    // The task reviewed is named first, and the cursor is on it.
    let label: String = opened
        .split_once(" today: “")
        .map(|(_, rest)| rest.chars().take(10).collect())
        .expect("the task reviewed is named");
    let selected = opened.lines().find(|l| l.contains('▶')).unwrap_or_default();
    assert!(
        selected.contains(&label),
        "{label:?} not selected:\n{opened}"
    );
    term.send("s");
    term.send("y");
    // The verdict and the next key first: on a narrow window the rest may be cut.
    let screen = term.wait_for(" · v for the next · your hand", 10);
    term.send(key::ESC);
    term.wait_for("Unit progress", 10);
    screen
}

#[test]
fn missed_tasks_come_back_one_at_a_time_days_later_and_the_hand_in_stays() {
    for size in SIZES {
        missed_tasks_come_back_at(size);
    }
}

/// The review, on a window of `size` (columns, rows).
fn missed_tasks_come_back_at(size: (u16, u16)) {
    let data = tempfile::tempdir().expect("a temp dir");
    let temp = tempfile::tempdir().expect("a temp dir");
    // The categorize handed in with two cards placed: the others are missed.
    let mut term = start(data.path(), "0", size);
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
    term.send(key::ESC);
    let home = term.wait_for("Review: 0 of 20 today", 10);
    assert!(home.contains("due"), "{home}");
    term.send("q");
    assert_eq!(term.wait_exit(10), Some(0));
    let first = handed_in(data.path(), &temp.path().join("first"));
    assert!(!first.is_empty());

    // Two days on, the missed tasks are listed with their recall in words.
    let listed = classwork(data.path(), TWO_DAYS, &["review"]);
    assert!(listed.contains("due for review for Ada"), "{listed}");
    assert!(listed.contains("missed once;"), "{listed}");
    assert!(listed.contains("Today: 0 of 20 reviewed."), "{listed}");

    // Reviewed one at a time: each is right or wrong at once, and counted.
    let mut term = start(data.path(), TWO_DAYS, size);
    for n in 1..=2 {
        let checked = review_one(&mut term, n);
        assert!(
            ["✓ Right", "~ Partly right", "✗ Not yet"]
                .iter()
                .any(|v| checked.contains(v)),
            "{checked}"
        );
        term.wait_for(&format!("Review: {n} of 20 today"), 10);
    }
    term.send("q");
    assert_eq!(term.wait_exit(10), Some(0));
    let listed = classwork(data.path(), TWO_DAYS, &["review"]);
    assert!(listed.contains("Today: 2 of 20 reviewed."), "{listed}");
    // Practice never changes what the teacher receives.
    assert_eq!(handed_in(data.path(), &temp.path().join("after")), first);
}
