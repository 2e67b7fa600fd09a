//! The student opens marked work the teacher returned, in a terminal: `classwork open FILE`
//! shows the marks screen (the teacher's comments, the final mark in its parts, what the
//! teacher changed); the same file dropped onto the home screen (a terminal pastes its
//! path) or typed after `o` opens it too; `--plain` prints it as text.

#![cfg(feature = "tui")]

use crate::common;

use std::path::Path;

use common::pty::{Terminal, key};

/// Runs classwork in `root` (no terminal) and checks it succeeded.
fn classwork(root: &Path, args: &[&str]) {
    let out = common::process::Reaped::spawn(
        std::process::Command::new(env!("CARGO_BIN_EXE_classwork"))
            .args(args)
            .current_dir(root)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped()),
    )
    .wait_with_output();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A practice unit (the starter `short` activity), Ada's and Bo's hand-ins, Ada's marked
/// with an override and comments, and the class's marked work returned into `back/`.
fn returned(root: &Path) {
    let unit = root.join("activities").join("practice");
    std::fs::create_dir_all(&unit).expect("mkdir");
    std::fs::write(
        unit.join("unit.toml"),
        "schema_version = 1\nid = \"practice\"\ntitle = \"Practice\"\nactivities = [\n]\n",
    )
    .expect("write");
    classwork(root, &["new", "short", "--unit", "activities/practice"]);
    for (folder, student, who, why) in [
        ("ada", "Ada", "A wrong answer", "A keyword and some text."),
        ("bo", "Bo", "Right answer", "Nothing."),
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
            format!("schema_version = 1\nstudent = \"{student}\"\nactivity = \"short\"\nactivity_hash = \"x\"\n\n[responses.answers]\nwho = \"{who}\"\nwhy = \"{why}\"\n"),
        )
        .expect("write");
    }
    classwork(
        root,
        &[
            "mark",
            "class/ada",
            "--unit",
            "activities/practice",
            "why/second-point=1",
            "--comment",
            "why=Name the second point yourself.",
            "--hand-in-comment",
            "Good work.",
        ],
    );
    classwork(
        root,
        &[
            "class",
            "class",
            "--unit",
            "activities/practice",
            "--format",
            "csv",
            "--return",
            "back",
        ],
    );
}

const FINAL_MARK: &str =
    "Short questions (short): 1 automatic + 0 from the teacher + 1 changed by the teacher = 2/3";

/// The marks screen of Ada's returned work is on `screen`.
fn shows_adas_marks(screen: &str) {
    assert!(screen.contains("Marked work · practice"), "{screen}");
    assert!(screen.contains("Your teacher: “Good work.”"), "{screen}");
    assert!(screen.contains(FINAL_MARK), "{screen}");
    assert!(screen.contains("(second-point): 0 → 1"), "{screen}");
    assert!(screen.contains(": “Name the second"), "{screen}");
}

#[test]
fn the_student_opens_returned_work_and_sees_the_comments_and_the_final_mark() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    returned(root);
    let ada = root.join("back").join("ada.toml");
    let args = [
        "open",
        "back/ada.toml",
        "--unit",
        "activities/practice",
        "--profile",
        "Ada",
        "--data-dir",
        "data",
    ];
    let mut term = Terminal::spawn_in(root, &args, &[("NO_COLOR", "1")], 100, 30);
    shows_adas_marks(&term.wait_for("Your teacher: “Good work.”", 20));

    // Back home; the file dropped onto the window opens it again.
    term.send(key::ESC);
    term.wait_for("Activities", 10);
    term.send(&format!("\x1b[200~'{}'\x1b[201~", ada.display()));
    shows_adas_marks(&term.wait_for("Your teacher: “Good work.”", 10));

    // `o` asks for the path; something that is no marked work is said, and the path fixed.
    term.send(key::ESC);
    term.wait_for("Activities", 10);
    term.send("o");
    term.wait_for("Open marked work", 10);
    term.send("back/nothing.toml");
    term.send(key::ENTER);
    term.wait_for("cannot be opened", 10);
    for _ in "nothing.toml".chars() {
        term.send("\x7f");
    }
    term.send("bo.toml");
    term.send(key::ENTER);
    let screen = term.wait_for("Marked work of Bo", 10);
    assert!(screen.contains("= 1/3"), "{screen}");
    term.send("q");
    assert_eq!(term.wait_exit(10), Some(0));
}

#[test]
fn returned_work_opens_before_a_profile_is_chosen_and_prints_with_plain() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    returned(root);
    let args = ["open", "back/ada.toml", "--data-dir", "data"];
    let mut term = Terminal::spawn_in(root, &args, &[("NO_COLOR", "1")], 100, 30);
    shows_adas_marks(&term.wait_for("Your teacher: “Good work.”", 20));
    // No profile yet: leaving the marks asks the student's name.
    term.send(key::ESC);
    term.wait_for("What is your name", 10);
    term.send(key::CTRL_C);
    assert_eq!(term.wait_exit(10), Some(0));

    let args = ["open", "back/ada.toml", "--plain"];
    let mut term = Terminal::spawn_in(root, &args, &[("NO_COLOR", "1")], 100, 30);
    term.wait_for("Your teacher: “Good work.”", 20);
    assert_eq!(term.wait_exit(10), Some(0));
    let printed = String::from_utf8_lossy(&term.output()).into_owned();
    assert!(printed.contains(FINAL_MARK), "{printed}");
    assert!(
        !printed.contains("\x1b[?1049h"),
        "printed as text, no full screen: {printed}"
    );
}
