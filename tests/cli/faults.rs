//! Faults around the student's work: a data folder under a file, on a read-only disk or on a
//! full one (a small tmpfs, mounted in a user namespace so that even root meets them), a
//! database held by a second classwork, and Ctrl+C, signals and resizes in the terminal UI.
//! Each gives a clear message, keeps the work where it can, and never crashes.

use crate::common;

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use classwork::store::{DATABASE_FILE, Store};
use common::process::Reaped;

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

/// Runs classwork in the folder `cwd` with `args`, the data folder `data` and `input`.
fn classwork(cwd: &Path, args: &[&str], data: &Path, input: &str) -> Output {
    Reaped::spawn(
        Command::new(env!("CARGO_BIN_EXE_classwork"))
            .args(args)
            .current_dir(cwd)
            .env("CLASSWORK_DATA_DIR", data)
            .env("NO_COLOR", "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped()),
    )
    .output_with(input.as_bytes())
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// The plain dialogue (run in `cwd`) over a data folder that cannot be made: it says so,
/// scores the work, writes it to an answer sheet in `cwd` and exits normally; `review` says
/// why it cannot read it.
fn unwritable(cwd: &Path, data: &Path, unit_dir: &Path) {
    let unit = unit_dir.to_string_lossy();
    let dialogue = classwork(
        cwd,
        &["--plain", &unit, "--profile", "Ada"],
        data,
        "1\n1\ny\nq\n",
    );
    let review = classwork(cwd, &["review", &unit, "--profile", "Ada"], data, "");
    let said = text(&dialogue);
    not_saved(
        (&said, dialogue.status.code()),
        (&text(&review), review.status.code()),
    );
    let sheet = sheet_written(&said, unit_dir);
    assert_eq!(sheet.parent(), Some(cwd), "{said}");
}

/// What the plain dialogue and `review` say (with their exit codes) when the work cannot be
/// saved: a clear message, the score all the same, the work written to an answer sheet at
/// the end, a normal exit, no panic.
fn not_saved(dialogue: (&str, Option<i32>), review: (&str, Option<i32>)) {
    let (said, code) = dialogue;
    assert_eq!(code, Some(0), "{said}");
    assert!(said.contains("Your work cannot be saved for now"), "{said}");
    assert!(
        said.contains("Score: 1 out of 1"),
        "the work goes on:\n{said}"
    );
    assert!(said.contains("Your answer could not be saved"), "{said}");
    assert!(
        said.contains("classwork keeps this work and tries again to save it"),
        "{said}"
    );
    assert!(said.contains("Some of your work was not saved: "), "{said}");
    assert!(
        said.contains("Hand the answer sheet in to your teacher: `classwork grade` scores it."),
        "{said}"
    );
    assert!(!said.contains("panicked"), "{said}");
    let (said, code) = review;
    assert_eq!(code, Some(2), "{said}");
    assert!(said.starts_with("error: "), "{said}");
    assert!(!said.contains("panicked"), "{said}");
}

/// The answer sheet the plain dialogue said it wrote the quiz's unsaved attempt to: it is
/// there, and `classwork grade` reads it as a valid sheet, submitted, and scores it 1 of 1.
fn sheet_written(said: &str, unit_dir: &Path) -> PathBuf {
    const WRITTEN: &str =
        "Your answers to Railways (submitted, 1 of 1 marks) are in the answer sheet ";
    let path = said
        .lines()
        .find_map(|l| l.strip_prefix(WRITTEN))
        .map(PathBuf::from)
        .unwrap_or_else(|| panic!("no answer sheet is named:\n{said}"));
    let graded = Command::new(env!("CARGO_BIN_EXE_classwork"))
        .arg("grade")
        .arg(unit_dir)
        .arg(&path)
        .args(["--format", "json"])
        .output()
        .expect("classwork grade runs");
    assert_eq!(graded.status.code(), Some(0), "{}", text(&graded));
    let grades: serde_json::Value = serde_json::from_slice(&graded.stdout).expect("JSON");
    let grade = &grades["grades"][0];
    assert_eq!(grade["file"], path.to_string_lossy().as_ref(), "{grades}");
    assert_eq!(grade["activity"], "quiz", "{grades}");
    assert_eq!(
        grade["student"], "Ada",
        "the sheet carries the student's name: {grades}"
    );
    assert!(grade["submitted"].is_string(), "{grades}");
    assert_eq!((&grade["marks"], &grade["max"]), (&1.0.into(), &1.0.into()));
    path
}

#[test]
fn a_data_folder_under_a_file_is_reported_and_the_work_goes_on() {
    let temp = tempfile::tempdir().expect("a temp dir");
    unit(&temp.path().join("unit"));
    let file = temp.path().join("a-file");
    std::fs::write(&file, "not a folder").expect("written");
    unwritable(temp.path(), &file.join("data"), &temp.path().join("unit"));
}

/// Shell functions for the scripts run by [`in_namespace`].
const SCRIPT_HELPERS: &str = r#"
set -u
export CLASSWORK_DATA_DIR="$DATA" NO_COLOR=1
# A phase of the script, for the test to find its output.
phase() { echo "=== $1"; }
# The plain dialogue as Ada with the input $1, then its exit code.
dialogue() { printf "$1" | "$CLASSWORK" --plain "$UNIT" --profile Ada 2>&1; echo "exit $?"; }
review() { "$CLASSWORK" review "$UNIT" --profile Ada 2>&1; echo "exit $?"; }
# Fills the data folder's disk to the last byte.
fill() { dd if=/dev/zero of="$DATA/filler" bs=4k 2>/dev/null; [ -s "$DATA/filler" ] || exit 1; }
# Waits (10 s at most) for the classwork running in the background to say $1.
wait_for() {
    n=0
    until grep -q "$1" "$OUT/said"; do
        n=$((n + 1))
        if [ "$n" -gt 200 ]; then echo "never said: $1"; cat "$OUT/said"; exit 1; fi
        sleep 0.05
    done
}
mount -t tmpfs -o size=1m tmpfs "$DATA" || exit 1
# Answer sheets written for work that could not be saved land outside the tmpfs.
cd "$OUT" || exit 1
"#;

/// Runs `script` (after [`SCRIPT_HELPERS`]) with `sh` as root in a new user and mount
/// namespace, where it can mount a tmpfs on `temp/data` and fill it or make it read-only,
/// even when the tests run as root. The script sees `$CLASSWORK`, `$UNIT` (a one-question
/// unit), `$DATA` (the data folder, a tmpfs) and `$OUT` (`temp`, outside the tmpfs, where it
/// runs). Returns
/// the script's output cut into its phases, or `None` when no namespace can be made here.
fn in_namespace(temp: &Path, script: &str) -> Option<Vec<(String, String)>> {
    let namespace = ["--user", "--map-root-user", "--mount"];
    match Command::new("unshare").args(namespace).arg("true").output() {
        Ok(output) if output.status.success() => {}
        Ok(output) => {
            println!(
                "skipped: unshare cannot make a user and mount namespace here: {}",
                text(&output)
            );
            return None;
        }
        Err(e) => {
            println!("skipped: unshare cannot be run here: {e}");
            return None;
        }
    }
    unit(&temp.join("unit"));
    std::fs::create_dir(temp.join("data")).expect("made");
    let output = Command::new("unshare")
        .args(namespace)
        .args(["sh", "-c", &format!("{SCRIPT_HELPERS}{script}")])
        .env("CLASSWORK", env!("CARGO_BIN_EXE_classwork"))
        .env("UNIT", temp.join("unit"))
        .env("DATA", temp.join("data"))
        .env("OUT", temp)
        .stdin(Stdio::null())
        .output()
        .expect("unshare runs");
    let said = text(&output);
    assert!(output.status.success(), "the script failed:\n{said}");
    let mut phases: Vec<(String, String)> = Vec::new();
    for line in said.lines() {
        match (line.strip_prefix("=== "), phases.last_mut()) {
            (Some(name), _) => phases.push((name.to_string(), String::new())),
            (None, Some((_, text))) => {
                text.push_str(line);
                text.push('\n');
            }
            (None, None) => panic!("output before the first phase:\n{said}"),
        }
    }
    Some(phases)
}

/// The output of the phase `name` and the exit code on its last line.
fn phase<'a>(phases: &'a [(String, String)], name: &str) -> (&'a str, Option<i32>) {
    let (_, said) = phases
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("no phase {name} in {phases:#?}"));
    let code = said
        .lines()
        .last()
        .and_then(|l| l.strip_prefix("exit "))
        .and_then(|c| c.parse().ok());
    (said, code)
}

#[test]
fn a_read_only_data_folder_is_reported_and_the_work_goes_on() {
    let temp = tempfile::tempdir().expect("a temp dir");
    // Ada's database is made, then its disk becomes read-only; then a read-only disk with
    // no database on it at all.
    let script = r#"
        phase made; dialogue 'q\n'
        mount -o remount,ro "$DATA" || exit 1
        phase read-only; dialogue '1\n1\ny\nq\n'
        phase review; review
        umount "$DATA" && mount -t tmpfs -o ro tmpfs "$DATA" || exit 1
        phase empty; dialogue '1\n1\ny\nq\n'
        phase review-empty; review
    "#;
    let Some(phases) = in_namespace(temp.path(), script) else {
        return;
    };
    let (said, code) = phase(&phases, "made");
    assert_eq!(code, Some(0), "{said}");
    assert!(
        said.contains("Your work is kept under the name Ada."),
        "{said}"
    );
    let mut sheets = Vec::new();
    for (dialogue, review) in [("read-only", "review"), ("empty", "review-empty")] {
        let dialogue = phase(&phases, dialogue);
        let review = phase(&phases, review);
        not_saved(dialogue, review);
        for said in [dialogue.0, review.0] {
            assert!(
                said.contains("on a read-only disk"),
                "a clear reason:\n{said}"
            );
        }
        sheets.push(sheet_written(dialogue.0, &temp.path().join("unit")));
    }
    assert_ne!(sheets[0], sheets[1], "each sheet has a file of its own");
}

#[test]
fn a_full_data_folder_is_reported_and_the_work_is_saved_once_there_is_room() {
    let temp = tempfile::tempdir().expect("a temp dir");
    // Ada's database is made; the disk is full when classwork starts and stays full, so
    // the work ends in an answer sheet. Then it fills while classwork runs: the student
    // submits (right), space is freed, and the student submits again (wrong).
    let script = r#"
        phase made; dialogue 'q\n'
        fill
        phase full; dialogue '1\n1\ny\nq\n'
        phase review; review
        rm "$DATA/filler"
        mkfifo "$OUT/in"
        "$CLASSWORK" --plain "$UNIT" --profile Ada <"$OUT/in" >"$OUT/said" 2>&1 &
        running=$!
        exec 3>"$OUT/in"
        wait_for "kept under"
        fill
        printf '1\n1\ny\n' >&3
        wait_for "could not be saved"
        rm "$DATA/filler"
        printf '1\n2\ny\nq\n' >&3
        exec 3>&-
        wait "$running"
        code=$?
        phase filled-while-running; cat "$OUT/said"; echo "exit $code"
        mkdir "$OUT/kept" && cp "$DATA"/progress.db* "$OUT/kept/" || exit 1
    "#;
    let Some(phases) = in_namespace(temp.path(), script) else {
        return;
    };
    let (said, code) = phase(&phases, "made");
    assert_eq!(code, Some(0), "{said}");
    let dialogue = phase(&phases, "full");
    let review = phase(&phases, "review");
    not_saved(dialogue, review);
    for said in [dialogue.0, review.0] {
        assert!(said.contains("the disk is full"), "a clear reason:\n{said}");
    }
    let sheet = sheet_written(dialogue.0, &temp.path().join("unit"));
    assert_eq!(sheet.parent(), Some(temp.path()), "{}", dialogue.0);
    let (said, code) = phase(&phases, "filled-while-running");
    assert_eq!(code, Some(0), "{said}");
    assert!(!said.contains("panicked"), "{said}");
    assert!(
        said.contains("Your work is kept under the name Ada."),
        "{said}"
    );
    let failed = said
        .find("Your answer could not be saved")
        .unwrap_or_else(|| panic!("the first submission fails:\n{said}"));
    assert!(
        said[failed..]
            .lines()
            .next()
            .is_some_and(|l| l.contains("the disk is full")),
        "{said}"
    );
    // The first attempt is saved once there is room, before the second.
    let saved_late = said[failed..]
        .find("Your earlier answers to Railways are now saved.")
        .unwrap_or_else(|| panic!("kept once there is room:\n{said}"));
    assert!(
        said[failed + saved_late..].contains("Your answer is saved."),
        "{said}"
    );
    assert!(!said.contains("was not saved"), "{said}");
    assert_eq!(said.matches("Score: 1 out of 1").count(), 1, "{said}");
    assert_eq!(said.matches("Score: 0 out of 1").count(), 1, "{said}");
    let store = Store::open_in(&temp.path().join("kept")).expect("the database");
    let ada = store.profile("Ada").expect("Ada");
    let attempts = store.attempts(&ada, "quiz-unit", "quiz").expect("attempts");
    let marks: Vec<f64> = attempts.iter().map(|a| a.marks).collect();
    assert_eq!(marks, [1.0, 0.0], "saved in the order submitted:\n{said}");
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
    let mut child = Reaped::spawn(
        Command::new(env!("CARGO_BIN_EXE_classwork"))
            .args(["--plain", &unit_dir.to_string_lossy(), "--profile", "Ada"])
            .current_dir(temp.path())
            .env("CLASSWORK_DATA_DIR", &data)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped()),
    );
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
    // The other classwork lets go; the student quits, and the attempt is kept on the way.
    drop(holder);
    input.write_all(b"q\n").expect("input written");
    drop(input);
    for line in lines {
        said.push_str(&line.expect("a line"));
        said.push('\n');
    }
    let status = child.wait().expect("classwork ends");
    assert_eq!(status.code(), Some(0), "{said}");
    assert!(
        said.contains("Your earlier answers to Railways are now saved."),
        "{said}"
    );
    assert!(!said.contains("was not saved"), "{said}");
    assert!(said.ends_with("Goodbye.\n"), "{said}");
    let store = Store::open_in(&data).expect("the database");
    let ada = store.profile("Ada").expect("Ada");
    let attempts = store.attempts(&ada, "quiz-unit", "quiz").expect("attempts");
    assert_eq!(attempts.len(), 1, "{said}");
    assert_eq!(attempts[0].marks, 1.0, "{said}");
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
