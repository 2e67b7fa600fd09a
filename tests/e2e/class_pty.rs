//! `classwork class` as a teacher runs it, on a class of two hand-ins of the bundled unit
//! whose essays wait for the teacher: in a terminal the class results open, an essay is
//! marked and the mark written into the class's marks file; piped, the table is printed as
//! before.

#![cfg(feature = "tui")]

use crate::common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use classwork::activity::Unit;
use classwork::answer::Answer;
use classwork::scoring::perfect_answer_with_sources;
use common::class::hand_in;
use common::pty::{Terminal, key};

fn unit() -> Unit {
    classwork::bundled::default_unit()
        .units
        .into_iter()
        .next()
        .expect("the bundled unit loads")
}

/// Two students who answered everything as the key says; their essays are not marked.
fn generate(root: &Path) {
    let unit = unit();
    for (folder, name) in [("ada", "Ada Lovelace"), ("ben", "Ben Carter")] {
        hand_in(
            &root.join(folder),
            &unit,
            name,
            "2026-11-21T10:00:00Z",
            |a| {
                let perfect = perfect_answer_with_sources(a, &unit.sources);
                Some(if a.id == "final_essay" {
                    Answer {
                        teacher: BTreeMap::new(),
                        ..perfect
                    }
                } else {
                    perfect
                })
            },
        );
    }
    std::fs::write(root.join("notes.txt"), "mark the essays").expect("write");
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn in_a_terminal_the_class_opens_and_an_essay_is_marked() {
    let dir = tempfile::tempdir().expect("tempdir");
    generate(dir.path());
    let class = dir.path().to_string_lossy().to_string();
    let mut term = Terminal::spawn(&["class", &class], &[], 100, 30);
    term.wait_for("Gradebook · 2 students", 20);
    term.wait_for("Needs marking (2)", 5);
    // The marking tab opens Ada's essay, the work that waits; → gives the first
    // criterion its lowest level, → again the next one up.
    term.send("4");
    term.wait_for("still to mark", 10);
    term.send(key::RIGHT);
    term.send(key::RIGHT);
    term.send(key::ESC);
    term.wait_for("Needs marking (2)", 10);
    term.send("q");
    // A stray file is only a warning: the exit status is 0.
    assert_eq!(term.wait_exit(10), Some(0));
    let out = term.output();
    assert!(contains(&out, b"\x1b[?1049l"), "the main screen is back");
    assert!(
        contains(&out, b"foreign-file"),
        "the problems are printed after"
    );
    let sheet = std::fs::read_to_string(dir.path().join("ada").join("final_essay.toml"))
        .expect("the essay's sheet");
    assert!(!sheet.contains("[teacher]"), "{sheet}");
    let marks = std::fs::read_to_string(dir.path().join("marks.toml")).expect("the marks file");
    let table: toml::Table = toml::from_str(&marks).expect("still TOML");
    let given = table["students"]["Ada Lovelace"]["final_essay"]["marks"]
        .as_table()
        .expect("the essay's marks");
    assert_eq!(given.len(), 1, "{marks}");
}

#[test]
fn piped_the_table_is_printed() {
    let dir = tempfile::tempdir().expect("tempdir");
    generate(dir.path());
    let out = Command::new(env!("CARGO_BIN_EXE_classwork"))
        .arg("class")
        .arg(dir.path())
        .env("NO_COLOR", "1")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(text.contains("Needs marking"), "{text}");
    assert!(text.contains("Ada Lovelace: final_essay"), "{text}");
}
