//! Faults around the student's work: a data folder that cannot be written, a database held
//! by a second classwork, and Ctrl+C in the terminal UI. Each gives a clear message, keeps
//! the work where it can, and never crashes.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};

use classwork::store::{DATABASE_FILE, Store};

/// A one-question unit, so the plain dialogue is short: `1`, `1`, `y` submits it.
fn unit(dir: &Path) {
    std::fs::create_dir_all(dir).expect("made");
    std::fs::write(
        dir.join("unit.toml"),
        "schema_version = 1\nid = \"quiz-unit\"\ntitle = \"Quiz\"\nactivities = [\"quiz.toml\"]\n",
    )
    .expect("written");
    std::fs::write(
        dir.join("quiz.toml"),
        "schema_version = 1\nid = \"quiz\"\nkind = \"choice\"\ntitle = \"Railways\"\n\n\
         [[questions]]\nid = \"first\"\nprompt = \"Which line opened first?\"\n\n\
         [[questions.options]]\nid = \"stockton\"\ntext = \"Stockton and Darlington\"\ncorrect = true\n\n\
         [[questions.options]]\nid = \"liverpool\"\ntext = \"Liverpool and Manchester\"\n",
    )
    .expect("written");
}

/// Runs classwork with `args`, the data folder `data` and `input`.
fn classwork(args: &[&str], data: &Path, input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_classwork"))
        .args(args)
        .env("CLASSWORK_DATA_DIR", data)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("classwork starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("input written");
    child.wait_with_output().expect("classwork runs")
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// The plain dialogue over a data folder that cannot be made: it says so, scores the work,
/// and exits normally; `review` says why it cannot read it.
fn unwritable(data: &Path, unit_dir: &Path) {
    let unit = unit_dir.to_string_lossy();
    let output = classwork(
        &["--plain", &unit, "--profile", "Ada"],
        data,
        "1\n1\ny\nq\n",
    );
    let said = text(&output);
    assert_eq!(output.status.code(), Some(0), "{said}");
    assert!(said.contains("Your work cannot be saved for now"), "{said}");
    assert!(
        said.contains("Score: 1 out of 1"),
        "the work goes on:\n{said}"
    );
    assert!(said.contains("Your answer could not be saved"), "{said}");
    assert!(!said.contains("panicked"), "{said}");
    let output = classwork(&["review", &unit, "--profile", "Ada"], data, "");
    let said = text(&output);
    assert_eq!(output.status.code(), Some(2), "{said}");
    assert!(said.starts_with("error: "), "{said}");
    assert!(!said.contains("panicked"), "{said}");
}

#[test]
fn a_data_folder_under_a_file_is_reported_and_the_work_goes_on() {
    let temp = tempfile::tempdir().expect("a temp dir");
    unit(&temp.path().join("unit"));
    let file = temp.path().join("a-file");
    std::fs::write(&file, "not a folder").expect("written");
    unwritable(&file.join("data"), &temp.path().join("unit"));
}

#[cfg(unix)]
#[test]
fn a_read_only_data_folder_is_reported_and_the_work_goes_on() {
    use std::os::unix::fs::PermissionsExt;
    let temp = tempfile::tempdir().expect("a temp dir");
    unit(&temp.path().join("unit"));
    let data = temp.path().join("data");
    std::fs::create_dir(&data).expect("made");
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o555)).expect("read-only");
    if std::fs::write(data.join("probe"), "").is_ok() {
        // Root writes through permissions; the folder under a file above covers this case.
        println!("skipped: running as root, so a read-only folder can still be written");
        return;
    }
    unwritable(&data, &temp.path().join("unit"));
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).expect("restored");
}

#[test]
fn a_database_held_by_another_classwork_keeps_the_work_once_it_is_free() {
    let temp = tempfile::tempdir().expect("a temp dir");
    let unit_dir = temp.path().join("unit");
    unit(&unit_dir);
    let data = temp.path().join("data");
    let store = Store::open_in(&data).expect("the database");
    store.profile("Ada").expect("Ada");
    drop(store);
    // A second classwork holds the write lock while the student submits.
    let holder = rusqlite::Connection::open(data.join(DATABASE_FILE)).expect("a connection");
    holder
        .execute_batch("BEGIN IMMEDIATE")
        .expect("the write lock");
    let mut child = Command::new(env!("CARGO_BIN_EXE_classwork"))
        .args(["--plain", &unit_dir.to_string_lossy(), "--profile", "Ada"])
        .env("CLASSWORK_DATA_DIR", &data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("classwork starts");
    let mut input = child.stdin.take().expect("stdin");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    input.write_all(b"1\n1\ny\n").expect("input written");
    let mut said = String::new();
    for line in lines.by_ref() {
        let line = line.expect("a line");
        said.push_str(&line);
        said.push('\n');
        if line.contains("could not be saved") {
            break;
        }
    }
    assert!(said.contains("in use by another classwork"), "{said}");
    // The other classwork lets go; the student does it again, and it is kept.
    drop(holder);
    input.write_all(b"1\n1\ny\nq\n").expect("input written");
    drop(input);
    for line in lines {
        said.push_str(&line.expect("a line"));
        said.push('\n');
    }
    let status = child.wait().expect("classwork ends");
    assert_eq!(status.code(), Some(0), "{said}");
    assert!(said.contains("Your answer is saved."), "{said}");
    let store = Store::open_in(&data).expect("the database");
    let ada = store.profile("Ada").expect("Ada");
    let attempts = store.attempts(&ada, "quiz-unit", "quiz").expect("attempts");
    assert_eq!(attempts.len(), 1, "{said}");
}

#[cfg(feature = "tui")]
#[test]
fn ctrl_c_in_the_terminal_ui_restores_the_terminal() {
    use common::pty::key;
    let (_temp, mut term) = start_as_ada();
    term.send(key::ENTER);
    term.send(key::CTRL_C);
    assert_eq!(term.wait_exit(10), Some(0));
    assert_restored(&term, "Ctrl+C");
}

/// The terminal UI started as Ada with an empty data folder, on its home screen.
#[cfg(feature = "tui")]
fn start_as_ada() -> (tempfile::TempDir, common::pty::Terminal) {
    let temp = tempfile::tempdir().expect("a temp dir");
    let data = temp.path().to_string_lossy().into_owned();
    let term = common::pty::Terminal::spawn(
        &["--profile", "Ada"],
        &[("CLASSWORK_DATA_DIR", &data)],
        80,
        24,
    );
    term.wait_for("Activities", 20);
    (temp, term)
}

/// The last thing the program wrote left the alternate screen and then showed the cursor.
#[cfg(feature = "tui")]
fn assert_restored(term: &common::pty::Terminal, after: &str) {
    let out = term.output();
    let end = out.len().saturating_sub(300);
    let tail = String::from_utf8_lossy(&out[end..]).into_owned();
    let left = tail
        .rfind("\u{1b}[?1049l")
        .unwrap_or_else(|| panic!("the main screen is back after {after}: {tail:?}"));
    let shown = tail.rfind("\u{1b}[?25h").expect("the cursor is shown");
    assert!(
        shown > left,
        "the cursor is shown after the screen is restored ({after}): {tail:?}"
    );
}

#[cfg(feature = "tui")]
#[test]
fn sigterm_and_sighup_save_the_work_and_restore_the_terminal() {
    use common::pty::key;
    for signal in ["-TERM", "-HUP"] {
        let (temp, mut term) = start_as_ada();
        term.send(key::ENTER);
        term.wait_for("rows answered", 10);
        term.send(" ");
        term.wait_for("1 of 10 rows answered", 10);
        let pid = term.pid().expect("the child's pid").to_string();
        let sent = Command::new("kill")
            .args([signal, &pid])
            .status()
            .expect("kill runs");
        assert!(sent.success());
        assert!(term.wait_exit(10).is_some(), "classwork ended on {signal}");
        assert_restored(&term, signal);
        // The tick given just before the signal was saved as a draft.
        let store = Store::open_in(temp.path()).expect("the database");
        let ada = store.profile("Ada").expect("Ada");
        let unit = classwork::bundled::default_unit().units.remove(0);
        let draft = store
            .draft(&ada, &unit.id, &unit.activities[0].id)
            .expect("reading drafts")
            .unwrap_or_else(|| panic!("no draft was saved on {signal}"));
        assert!(draft.answer.contains("source_1"), "{}", draft.answer);
    }
}

#[cfg(feature = "tui")]
#[test]
fn a_resize_storm_down_to_ten_by_three_leaves_a_working_screen() {
    let (_temp, mut term) = start_as_ada();
    // Sizes a window passes through while dragged, tiny ones included, fast.
    let sizes = [
        (200, 60),
        (10, 3),
        (1, 1),
        (59, 15),
        (120, 40),
        (10, 3),
        (80, 24),
        (33, 7),
    ];
    for round in 0..10 {
        for &(cols, rows) in &sizes {
            term.resize(cols + round, rows);
        }
    }
    term.resize(10, 3);
    let tiny = term.wait_for("bigger", 10);
    assert!(!tiny.contains("Activities"), "{tiny}");
    term.resize(80, 24);
    term.wait_for("Activities", 10);
    term.send("q");
    assert_eq!(
        term.wait_exit(10),
        Some(0),
        "classwork ended normally after the storm"
    );
    let out = String::from_utf8_lossy(&term.output()).into_owned();
    assert!(!out.contains("panicked"), "{out}");
}
