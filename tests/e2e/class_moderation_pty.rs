//! Moderating a class in the class results, in a terminal: the flagged answer comes first
//! and is accepted with one key, a keyword point is overridden with a comment (pasted), and a
//! phrasing is accepted for everyone after a regrade preview; the gradebook follows and
//! the marks file and the activity file (its comments kept) hold what was done.

#![cfg(feature = "tui")]

use crate::common;

use std::path::Path;

use common::pty::{Terminal, key};

/// A practice unit holding the starter `short` activity (`who`: 1 mark; `why`: keyword
/// points `first-point` and `second-point`, 1 mark each), and a class of three.
fn practice(root: &Path) {
    let unit = root.join("activities").join("practice");
    std::fs::create_dir_all(&unit).expect("mkdir");
    std::fs::write(
        unit.join("unit.toml"),
        "schema_version = 1\nid = \"practice\"\ntitle = \"Practice\"\nactivities = [\n]\n",
    )
    .expect("write");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_classwork"))
        .args(["new", "short", "--unit", "activities/practice"])
        .current_dir(root)
        .output()
        .expect("runs");
    assert!(out.status.success(), "{out:?}");
    for (folder, student, why) in [
        ("ada", "Ada", "It is not a keyword, but the other idea."),
        ("bo", "Bo", "Only the other idea."),
        ("cy", "Cy", "Nothing at all."),
    ] {
        let dir = root.join("class").join(folder);
        std::fs::create_dir_all(&dir).expect("mkdir");
        std::fs::write(
            dir.join("handin.toml"),
            format!("schema_version = 1\nstudent = \"{student}\"\nunit = \"practice\"\nexported_at = \"2026-11-21T10:00:00Z\"\nclasswork = \"0.1.0\"\n"),
        )
        .expect("write");
        std::fs::write(
            dir.join("short.toml"),
            format!("schema_version = 1\nstudent = \"{student}\"\nactivity = \"short\"\nactivity_hash = \"x\"\n\n[responses.answers]\nwho = \"Right answer\"\nwhy = \"{why}\"\n"),
        )
        .expect("write");
    }
}

/// The gradebook's row of `student` on the screen, as its words.
fn row(screen: &str, student: &str) -> Vec<String> {
    let line = screen
        .lines()
        .find(|l| l.split_whitespace().any(|w| w == student) && l.contains('│'))
        .unwrap_or_else(|| panic!("no row of {student} in\n{screen}"));
    line.split(['│', '▶', ' '])
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn a_class_is_moderated_in_the_queue_and_a_phrasing_accepted_for_everyone() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    practice(root);
    let unit_file = root.join("activities/practice/short.toml");
    let mut term = Terminal::spawn_in(
        root,
        &["class", "class", "--unit", "activities/practice"],
        &[("NO_COLOR", "1")],
        100,
        30,
    );
    let screen = term.wait_for("Gradebook · 3 students", 20);
    assert_eq!(row(&screen, "Ada"), ["Ada", "1", "1"]);
    assert_eq!(row(&screen, "Bo"), ["Bo", "1", "1"]);

    // The queue: Ada's negated keyword comes first; `a` accepts it.
    term.send("6");
    term.wait_for("1 flagged", 10);
    let screen = term.wait_for("Ada's answer to why/first-point", 10);
    assert!(screen.contains("you said the opposite"), "{screen}");
    term.send("a");
    term.wait_for("0 flagged", 10);

    // Bo's first point, overridden up with a comment; a mark above the point's is refused.
    for _ in 0..4 {
        term.send(key::DOWN);
    }
    term.wait_for("Bo's answer to why/first-point", 10);
    term.send("o");
    term.wait_for("Mark for why/first-point (0 to 1)", 10);
    term.send("5");
    term.send(key::ENTER);
    term.wait_for("is no mark: give a number from 0 to 1", 10);
    term.send("\x7f1");
    term.send(key::ENTER);
    term.wait_for("Comment on why/first-point", 10);
    // Pasted (bracketed paste): typed in whole, on one line, control characters left out.
    term.send("\x1b[200~Same idea\x07 in other\r\nwords\x1b[201~");
    term.wait_for("Same idea in other words", 10);
    term.send(key::ENTER);
    term.wait_for("Bo's answer to why/first-point", 10);

    // Ada's second point: her phrasing accepted for everyone, previewed first.
    term.send(key::UP);
    term.send(key::UP);
    term.wait_for("Ada's answer to why/second-point", 10);
    term.send("e");
    term.wait_for("Phrasing to accept for why/second-point", 10);
    term.send("other idea");
    term.send(key::ENTER);
    let screen = term.wait_for("Regrade preview", 10);
    assert!(screen.contains("Ada: 2 → 3 (+1)"), "{screen}");
    assert!(screen.contains("Bo: 2 → 3 (+1)"), "{screen}");
    assert!(
        screen.contains("2 of 3 students' marks change."),
        "{screen}"
    );
    assert!(
        !std::fs::read_to_string(&unit_file)
            .expect("read")
            .contains("other idea"),
        "nothing is written before the teacher confirms"
    );
    term.send("y");
    term.wait_for("the class is marked again", 10);

    // The gradebook shows it.
    term.send("1");
    let screen = term.wait_for("Gradebook · 3 students", 10);
    assert_eq!(row(&screen, "Ada"), ["Ada", "3", "3"]);
    assert_eq!(row(&screen, "Bo"), ["Bo", "3", "3"]);
    assert_eq!(row(&screen, "Cy"), ["Cy", "1", "1"]);
    term.send("q");
    assert_eq!(term.wait_exit(10), Some(0));

    let marks = std::fs::read_to_string(root.join("class/marks.toml")).expect("marks");
    let marks: toml::Table = toml::from_str(&marks).expect("TOML");
    let ada = &marks["students"]["Ada"]["short"];
    assert_eq!(ada["overrides"]["why/first-point"].as_integer(), Some(1));
    let bo = &marks["students"]["Bo"]["short"];
    assert_eq!(bo["overrides"]["why/first-point"].as_integer(), Some(1));
    assert_eq!(
        bo["comments"]["why/first-point"].as_str(),
        Some("Same idea in other words")
    );
    let after = std::fs::read_to_string(&unit_file).expect("read");
    assert!(
        after.contains("alternatives = [\"keyword two\", \"other idea\"]"),
        "{after}"
    );
    assert!(
        after.contains("# "),
        "the author's comments are kept: {after}"
    );
}
