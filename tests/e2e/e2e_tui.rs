//! End to end: the real binary in a pseudo-terminal, driven by keystrokes, read off the screen.

use crate::common;

use classwork::activity::Body;
use classwork::text::fmt_marks;
use common::pty::{SIZES, Terminal, key};

fn data_dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary folder")
}

/// Starts classwork with `args` on a window of `size`, its progress in a folder of its own
/// (kept while the terminal is used).
fn start(args: &[&str], (width, height): (u16, u16)) -> (tempfile::TempDir, Terminal) {
    let data = data_dir();
    let dir = data.path().to_str().expect("a UTF-8 path").to_string();
    let term = Terminal::spawn(args, &[("CLASSWORK_DATA_DIR", &dir)], width, height);
    (data, term)
}

/// From the home screen, opens the activity at `position` and waits for `shows`.
fn open(term: &mut Terminal, position: usize, shows: &str) -> String {
    for _ in 0..position {
        term.send("j");
    }
    term.send(key::ENTER);
    term.wait_for(shows, 10)
}

#[test]
fn the_sorting_activity_is_completed_with_keys_and_scored_on_screen() {
    let unit = classwork::bundled::default_unit().units.remove(0);
    let (position, sort_activity) = unit
        .activities
        .iter()
        .enumerate()
        .find(|(_, a)| matches!(a.body, Body::Sort(_)))
        .unwrap();
    let Body::Sort(sort) = &sort_activity.body else {
        unreachable!()
    };
    for (width, height) in SIZES {
        let (_data, mut term) = start(&["--profile", "Ada"], (width, height));
        term.wait_for("Activities", 20);
        open(&mut term, position, "rows answered");
        // Tick each row's right columns, moving the cursor as a student would.
        let mut column = 0usize;
        for (n, row) in sort.rows.iter().enumerate() {
            for right in &row.right {
                let target = sort.columns.iter().position(|c| &c.id == right).unwrap();
                while column < target {
                    term.send("l");
                    column += 1;
                }
                while column > target {
                    term.send("h");
                    column -= 1;
                }
                term.send(" ");
            }
            if n + 1 < sort.rows.len() {
                term.send("j");
            }
        }
        let rows = sort.rows.len();
        term.wait_for(&format!("{rows} of {rows} rows answered"), 10);
        term.send("s");
        // The question counts the follow-up questions as well as the rows.
        let asked = term.wait_for("Submit?", 10);
        let words: String = asked.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(words.contains("follow-up"), "{asked}");
        term.send("y");
        // Every row is right; the follow-up questions were left unanswered.
        let earned: f64 = sort.rows.iter().map(|r| r.points).sum();
        let total = format!(
            "Total: {} of {} marks",
            fmt_marks(earned),
            fmt_marks(sort_activity.points)
        );
        let screen = term.wait_for(&total, 10);
        assert!(screen.contains("✓ 1/1 right  Source 1"), "{screen}");
        // Space shows only what was missed: here the follow-up questions, every row hidden.
        term.send(" ");
        let missed = term.wait_for("fully right hidden", 10);
        assert!(
            missed.contains("nly what you missed"),
            "{width}×{height}:\n{missed}"
        );
        assert!(!missed.contains("right  Source 1"), "{missed}");
        term.send(" ");
        term.wait_for("✓ 1/1 right  Source 1", 10);
        // Quitting asks nothing once the work is submitted, and restores the terminal.
        term.send(key::ESC);
        term.wait_for("Activities", 10);
        term.send("q");
        assert_eq!(term.wait_exit(10), Some(0));
        let output = String::from_utf8_lossy(&term.output()).into_owned();
        assert!(
            output.contains("\u{1b}[?1049l"),
            "the alternate screen was left"
        );
    }
}

#[test]
fn a_tiny_terminal_gets_a_message_not_a_broken_layout() {
    let (_data, mut term) = start(&["--profile", "Ada"], (40, 10));
    let screen = term.wait_for("bigger", 20);
    assert!(!screen.contains("Activities"), "{screen}");
    // Keys act on nothing hidden: grown again, the window shows the list as it was.
    term.send(key::ENTER);
    term.send("?");
    term.send("j");
    // Let the keys be read before the window grows.
    std::thread::sleep(std::time::Duration::from_millis(300));
    term.resize(80, 24);
    let grown = term.wait_for("Activities", 10);
    assert!(!grown.contains("Keys"), "{grown}");
    assert!(!grown.contains("rows answered"), "{grown}");
    assert!(grown.contains("▶  1 "), "{grown}");
    term.resize(40, 10);
    term.wait_for("bigger", 10);
    term.send("q");
    assert_eq!(term.wait_exit(10), Some(0));
}

#[test]
fn output_that_is_not_a_terminal_is_refused_politely() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_classwork"))
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--plain"), "{stderr}");
}

#[test]
fn a_timeline_event_moves_to_a_typed_position() {
    let unit = classwork::bundled::default_unit().units.remove(0);
    let (position, timeline) = unit
        .activities
        .iter()
        .enumerate()
        .find(|(_, a)| matches!(a.body, Body::Timeline(_)))
        .expect("the bundled unit has a timeline");
    let Body::Timeline(t) = &timeline.body else {
        unreachable!("found as a timeline")
    };
    assert!(t.events.len() >= 5);
    for (width, height) in SIZES {
        let (_data, mut term) = start(&["--profile", "Ada", "--seed", "1"], (width, height));
        term.wait_for("Activities", 20);
        let screen = open(&mut term, position, " 1. ");
        // The event listed first, as shown.
        let first = screen
            .lines()
            .find_map(|l| l.split_once(" 1. ").map(|(_, rest)| rest))
            .map(|rest| rest.split('┃').next().unwrap_or(rest).trim().to_string())
            .expect("the first event is listed");
        let short: String = first.chars().take(12).collect();
        term.send("5");
        term.wait_for("position 5_", 10);
        term.send(key::ENTER);
        let moved = term.wait_for(&format!(" 5. {short}"), 10);
        assert!(!moved.contains("position 5_"), "{width}×{height}:\n{moved}");
        term.send("q");
        assert!(term.wait_exit(10).is_some(), "{width}×{height}: quits");
    }
}

#[test]
fn at_each_size_the_lists_show_what_tells_their_rows_apart() {
    let unit = classwork::bundled::default_unit().units.remove(0);
    let at = |kind: classwork::activity::Kind| {
        unit.activities
            .iter()
            .position(|a| a.kind() == kind)
            .expect("the kind in the bundled unit")
    };
    let (sort_at, match_at) = (
        at(classwork::activity::Kind::Sort),
        at(classwork::activity::Kind::Match),
    );
    let Body::Match(m) = &unit.activities[match_at].body else {
        unreachable!("a match")
    };
    for (width, height) in SIZES {
        let (_data, mut term) = start(&["--profile", "Ada"], (width, height));
        let home = term.wait_for("Activities", 20);
        assert!(home.contains("? help"), "{width}×{height}:\n{home}");
        // The unit's description, cut on the home screen, reads to its end in the box
        // `i` opens; any key closes it.
        term.send("i");
        term.wait_for("About this unit", 10);
        for _ in 0..20 {
            term.send("j");
        }
        let about = term.wait_for("Selected", 10);
        assert!(
            about.contains("chose Germany."),
            "{width}×{height}:\n{about}"
        );
        term.send("x");
        let back = term.wait_for("Unit progress", 10);
        assert!(
            !back.contains("About this unit"),
            "{width}×{height}:\n{back}"
        );
        // The sort's rows: each shows what sets it apart (its source's number at
        // least), never a cut-off `Source…`.
        let sort = open(&mut term, sort_at, "rows answered");
        assert!(!sort.contains("Source…"), "{width}×{height}:\n{sort}");
        let rows: Vec<&str> = sort.lines().filter(|l| l.contains("[ ]")).collect();
        let distinct: std::collections::BTreeSet<&str> = rows.iter().copied().collect();
        assert!(
            rows.len() >= 2 && distinct.len() == rows.len(),
            "{width}×{height}:\n{sort}"
        );
        // Where the footer has the room, it says how to read the instructions again.
        if width >= 80 {
            assert!(sort.contains("i instructions"), "{width}×{height}:\n{sort}");
        }
        // The help reads to its end, scrolled where the window is short; then it closes.
        term.send("?");
        term.wait_for("Keys", 10);
        for _ in 0..40 {
            term.send("j");
        }
        // Its last words, at the end of the marking paragraphs, however they wrap (the
        // screen beside the box may come between them).
        let flat = |screen: String| {
            let words: Vec<&str> = screen
                .split(|c: char| c.is_whitespace() || c == '║')
                .filter(|w| !w.is_empty())
                .collect();
            words.join(" ")
        };
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        let at_end = |flat: String| {
            flat.split_once("(✗) did")
                .is_some_and(|(_, after)| after.contains("not."))
        };
        while !at_end(flat(term.screen())) {
            assert!(
                std::time::Instant::now() < deadline,
                "{width}×{height}: the help's end never shown:\n{}",
                term.screen()
            );
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        term.send("x");
        let closed = term.wait_for("rows answered", 10);
        assert!(!closed.contains("Keys"), "{width}×{height}:\n{closed}");
        term.send(key::ESC);
        term.wait_for("Activities", 10);
        // The match's options: every one in view where the screen has the lines for them.
        let screen = open(&mut term, match_at - sort_at, "items matched");
        if height >= 24 {
            let options = &screen[screen.find("Options").expect("the options")..];
            for o in &m.options {
                let start: String = o.label.chars().take(12).collect();
                assert!(
                    options.contains(&start),
                    "{width}×{height}: {start}\n{screen}"
                );
            }
        }
        term.send(key::ESC);
        term.wait_for("Activities", 10);
        term.send("q");
        assert!(term.wait_exit(10).is_some(), "{width}×{height}: quits");
    }
}

#[test]
fn a_grid_cell_reads_in_full_wherever_it_is_selected() {
    let unit = classwork::bundled::default_unit().units.remove(0);
    let grid_at = unit
        .activities
        .iter()
        .position(|a| a.kind() == classwork::activity::Kind::Grid)
        .expect("the bundled unit has a grid");
    let written = "He favoured the German connection and signed the Treaty of Rapallo in 1922";
    for (width, height) in SIZES {
        let (_data, mut term) = start(&["--profile", "Ada"], (width, height));
        term.wait_for("Activities", 20);
        open(&mut term, grid_at, "cells written");
        term.send(key::ENTER);
        term.send(written);
        term.send(key::ESC);
        term.wait_for("1 of", 10);
        // The cell shows a few words of it; the panel beside the grid, where there is one,
        // all of it once the cursor comes back to the cell.
        term.send(key::RIGHT);
        term.send(key::LEFT);
        let flat = |screen: String| screen.split_whitespace().collect::<Vec<_>>().join(" ");
        if width >= 80 {
            let screen = term.wait_for("Details", 10);
            let panel: String = screen
                .lines()
                .filter_map(|l| {
                    l.rsplit_once('│')
                        .and_then(|(left, _)| left.rsplit_once('│'))
                })
                .map(|(_, inside)| format!("{inside} "))
                .collect();
            assert!(
                flat(panel).contains(written),
                "{width}×{height}: the cell in full beside the grid:\n{screen}"
            );
        }
        // Everywhere, Enter shows it in full to be changed.
        term.send(key::ENTER);
        let editing = term.wait_for("Esc", 10);
        let box_text: String = editing
            .lines()
            .filter_map(|l| l.strip_prefix('┃').and_then(|l| l.split('┃').next()))
            .map(|l| format!("{l} "))
            .collect();
        assert!(
            flat(box_text).contains(written),
            "{width}×{height}: the cell in full in its box:\n{editing}"
        );
        term.send(key::ESC);
        term.send("q");
        assert!(term.wait_exit(10).is_some(), "{width}×{height}: quits");
    }
}
