//! The terminal UI run as a student runs it: the real binary in a pseudo-terminal.

#![cfg(feature = "tui")]

use crate::common;

use common::pty::{Terminal, key};

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn a_student_ticks_submits_and_quits_and_the_terminal_is_restored() {
    let data = tempfile::tempdir().expect("a temp dir");
    let dir = data.path().to_string_lossy().to_string();
    let mut term = Terminal::spawn(
        &["--profile", "Ada"],
        &[("CLASSWORK_DATA_DIR", &dir)],
        80,
        24,
    );
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
    // Quitting asks nothing: the work in progress is saved.
    term.send("q");
    assert_eq!(term.wait_exit(10), Some(0));
    let out = term.output();
    assert!(contains(&out, b"\x1b[?1049l"), "the main screen is back");
    assert!(contains(&out, b"\x1b[?1000l"), "mouse capture is off");
    assert!(contains(&out, b"\x1b[?25h"), "the cursor is shown");
    assert!(
        String::from_utf8_lossy(&out).contains("Your work is saved."),
        "said on the way out"
    );
    let store = classwork::store::Store::open_in(data.path()).expect("the progress database");
    let ada = store.profile("Ada").expect("Ada");
    let attempts = store
        .attempts(&ada, "soviet-foreign-policy", "aims")
        .expect("attempts");
    assert_eq!(attempts.len(), 1);
    assert!(attempts[0].answer.contains("activity = \"aims\""));
    let draft = store
        .draft(&ada, "soviet-foreign-policy", "commissars")
        .expect("read");
    let draft = draft.expect("the grid's draft").answer;
    assert!(draft.contains("= \"x\""), "{draft}");
}

#[test]
fn a_tiny_window_is_asked_to_grow() {
    let data = tempfile::tempdir().expect("a temp dir");
    let dir = data.path().to_string_lossy().to_string();
    let mut term = Terminal::spawn(
        &["--profile", "Ada"],
        &[("CLASSWORK_DATA_DIR", &dir)],
        50,
        12,
    );
    term.wait_for("make the window bigger (need 60×16, have 50×12)", 20);
    term.send("q");
    assert_eq!(term.wait_exit(10), Some(0));
}
