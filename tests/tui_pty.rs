//! The terminal UI run as a student runs it: the real binary in a pseudo-terminal.

#![cfg(feature = "tui")]

mod common;

use common::pty::{Terminal, key};

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn a_student_ticks_submits_and_quits_and_the_terminal_is_restored() {
    let data = tempfile::tempdir().expect("a temp dir");
    let dir = data.path().to_string_lossy().to_string();
    let mut term = Terminal::spawn(&[], &[("CLASSWORK_DATA_DIR", &dir)], 80, 24);
    term.wait_for("Activities", 20);
    term.send("?");
    term.wait_for("any key closes", 10);
    term.send(key::ESC);
    term.send(key::ENTER);
    term.wait_for("rows answered", 10);
    term.send(" ");
    term.wait_for("1 of 10 rows answered", 10);
    term.send("s");
    term.wait_for("Submit?", 10);
    term.send("y");
    term.wait_for("Total:", 10);
    term.send(key::ESC);
    term.wait_for("submitted", 10);
    term.send(key::DOWN);
    term.send(key::ENTER);
    term.send(key::ENTER);
    term.send("x");
    term.send(key::ESC);
    term.send(key::ESC);
    term.send("q");
    term.wait_for("Your answers in progress will be lost", 10);
    term.send("y");
    assert_eq!(term.wait_exit(10), Some(0));
    let out = term.output();
    assert!(contains(&out, b"\x1b[?1049l"), "the main screen is back");
    assert!(contains(&out, b"\x1b[?1000l"), "mouse capture is off");
    assert!(contains(&out, b"\x1b[?25h"), "the cursor is shown");
    let sheet = data.path().join("soviet-foreign-policy").join("aims.toml");
    let text = std::fs::read_to_string(&sheet).expect("the answer sheet was written");
    assert!(text.contains("activity = \"aims\""), "{text}");
}

#[test]
fn a_tiny_window_is_asked_to_grow() {
    let mut term = Terminal::spawn(&[], &[], 50, 12);
    term.wait_for("make the window bigger (need 60×16, have 50×12)", 20);
    term.send("q");
    assert_eq!(term.wait_exit(10), Some(0));
}
