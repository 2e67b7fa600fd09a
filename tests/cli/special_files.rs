//! Named pipes where files are expected: in a class folder, in a unit folder and on the
//! command line. Each is left out with a warning naming it, and every command ends: none
//! waits for a writer that never comes.
#![cfg(unix)]

use crate::common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long a command may take before it counts as blocked (a debug build on a busy
/// machine reads a unit and a class in well under a second).
const PATIENCE: Duration = Duration::from_secs(30);

/// A running classwork, killed and reaped when dropped, so a blocked one never outlives
/// its test.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Runs classwork with `args` in `dir`, stdin closed; its stdout and stderr together once
/// it has ended. Fails if it is still running after [`PATIENCE`].
fn run(dir: &Path, args: &[&str]) -> String {
    let logs = tempfile::tempdir().expect("a folder for the output");
    let out = logs.path().join("out");
    let err = logs.path().join("err");
    let file = |p: &Path| std::fs::File::create(p).expect("an output file");
    let mut running = Running(
        Command::new(env!("CARGO_BIN_EXE_classwork"))
            .args(args)
            .current_dir(dir)
            .env("CLASSWORK_DATA_DIR", logs.path().join("data"))
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .stdout(file(&out))
            .stderr(file(&err))
            .spawn()
            .expect("classwork starts"),
    );
    let started = Instant::now();
    while running
        .0
        .try_wait()
        .expect("classwork is waited for")
        .is_none()
    {
        assert!(
            started.elapsed() < PATIENCE,
            "`classwork {}` was still running after {PATIENCE:?}",
            args.join(" ")
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let read = |p: &Path| std::fs::read_to_string(p).expect("the output");
    format!("{}{}", read(&out), read(&err))
}

/// Makes a named pipe at `path`.
fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(status.success(), "mkfifo {}", path.display());
}

/// What classwork says of the pipe `name`.
fn left_out(name: &str) -> String {
    format!("`{name}` is not a regular file; left out")
}

/// A unit folder `unit` in `dir` with one activity, `quiz.toml`, that also lists
/// `factors.toml`.
fn unit(dir: &Path) -> PathBuf {
    let unit = dir.join("unit");
    std::fs::create_dir_all(&unit).expect("the unit folder");
    std::fs::write(
        unit.join("unit.toml"),
        "schema_version = 1\nid = \"u\"\ntitle = \"U\"\nactivities = [\"quiz.toml\", \"factors.toml\"]\n",
    )
    .expect("written");
    std::fs::write(
        unit.join("quiz.toml"),
        "schema_version = 1\nid = \"quiz\"\nkind = \"choice\"\ntitle = \"Quiz\"\n\n\
         [[questions]]\nid = \"q\"\nprompt = \"Which?\"\n\n\
         [[questions.options]]\nid = \"a\"\ntext = \"Right\"\ncorrect = true\n\n\
         [[questions.options]]\nid = \"b\"\ntext = \"Wrong\"\n",
    )
    .expect("written");
    unit
}

#[test]
fn a_pipe_in_a_hand_in_is_left_out_of_the_class() {
    let temp = tempfile::tempdir().expect("a temp dir");
    let bundled = classwork::bundled::default_unit()
        .into_unit("bundled")
        .expect("the bundled unit");
    let class = temp.path().join("class");
    common::class::hand_in(
        &class.join("ada"),
        &bundled,
        "Ada",
        "2026-11-21T10:20:00Z",
        |_| None,
    );
    mkfifo(&class.join("ada/factors.toml"));
    mkfifo(&class.join("stray.toml"));
    let out = run(temp.path(), &["class", "class", "--format", "csv"]);
    assert!(out.contains(&left_out("class/ada/factors.toml")), "{out}");
    assert!(
        out.contains("class/stray.toml` is not part of a hand-in"),
        "{out}"
    );
    assert!(out.contains("Ada"), "the hand-in is still read:\n{out}");
}

#[test]
fn pipes_in_a_unit_folder_are_left_out() {
    let temp = tempfile::tempdir().expect("a temp dir");
    let unit = unit(temp.path());
    mkfifo(&unit.join("factors.toml"));
    mkfifo(&unit.join("sources.toml"));
    mkfifo(&unit.join("unlisted.toml"));
    let out = run(temp.path(), &["validate", "unit"]);
    assert!(out.contains(&left_out("unit/factors.toml")), "{out}");
    assert!(out.contains(&left_out("unit/sources.toml")), "{out}");
    assert!(out.contains("`unlisted.toml` is in the unit folder but not listed"));
    assert!(out.contains("1 activity loaded"), "{out}");
    // A folder of units and loose files is listed too.
    let out = run(temp.path(), &["validate", "."]);
    assert!(out.contains(&left_out("./unit/factors.toml")), "{out}");
}

#[test]
fn a_pipe_given_on_the_command_line_is_left_out() {
    let temp = tempfile::tempdir().expect("a temp dir");
    unit(temp.path());
    mkfifo(&temp.path().join("sheet.toml"));
    for args in [
        &["validate", "sheet.toml"][..],
        &["check", "sheet.toml"],
        &["print", "sheet.toml"],
        &["list", "sheet.toml"],
        &["grade", "unit", "sheet.toml"],
        &["grade", "unit", "."],
        &["mark", "sheet.toml", "--unit", "unit", "q=1"],
        &["export", "report", "unit", "sheet.toml"],
        &["--plain", "sheet.toml"],
        &["class", ".", "--unit", "sheet.toml"],
        &["grade", "sheet.toml", "unit/quiz.toml"],
        &["mark", "unit/quiz.toml", "--unit", "sheet.toml", "q=1"],
        &["export", "report", "sheet.toml", "unit/quiz.toml"],
    ] {
        let out = run(temp.path(), args);
        assert!(
            out.contains(&left_out("sheet.toml")) || out.contains(&left_out("./sheet.toml")),
            "classwork {}:\n{out}",
            args.join(" ")
        );
    }
    let out = run(temp.path(), &["class", "sheet.toml"]);
    assert!(
        out.contains("cannot open the class folder `sheet.toml`: it is not a folder"),
        "{out}"
    );
}
