//! Every printing command, run with its stdout already closed (as `classwork … | head -1`
//! leaves it once `head` has read its line): nothing panics, and the exit status is the
//! command's own.

use std::path::Path;
use std::process::{Command, Stdio};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the binary with `args`, stdout a pipe whose reader has gone; returns the exit code
/// and stderr.
fn run_closed(args: &[&str], data: &Path) -> (Option<i32>, String) {
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    let output = Command::new(env!("CARGO_BIN_EXE_classwork"))
        .args(args)
        .current_dir(root())
        .env("CLASSWORK_DATA_DIR", data)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .expect("classwork runs");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// A hand-in folder with one sheet, for `class` and `grade`.
fn hand_in(dir: &Path) {
    let unit = classwork::bundled::default_unit();
    let unit = &unit.units[0];
    let activity = &unit.activities[0];
    let answer = classwork::scoring::perfect_answer_with_sources(activity, &unit.sources);
    let mut sheet = classwork::answer::sheet::AnswerSheet::new(activity, answer);
    sheet.student = Some("Ada".into());
    sheet.submitted = Some("2026-11-21T10:00:00Z".into());
    let manifest = classwork::teacher::Manifest {
        student: "Ada".into(),
        unit: unit.id.clone(),
        exported_at: "2026-11-21T10:20:00Z".into(),
        classwork: env!("CARGO_PKG_VERSION").into(),
    };
    let text = classwork::answer::sheet::write_sheet(&sheet);
    classwork::teacher::write_handin(dir, &manifest, &[(activity.id.clone(), text)])
        .expect("the hand-in is written");
}

#[test]
fn no_command_panics_when_its_reader_has_gone() {
    let temp = tempfile::tempdir().expect("a temp dir");
    let data = temp.path().join("data");
    let class = temp.path().join("class");
    let ada = class.join("ada");
    hand_in(&ada);
    let ada = ada.to_string_lossy().into_owned();
    let class = class.to_string_lossy().into_owned();
    let unit = "activities/soviet-foreign-policy";
    let sheet = format!("{ada}/aims.toml");
    let commands: Vec<(Vec<&str>, i32)> = vec![
        (vec!["validate", unit], 0),
        (vec!["validate", "--format", "json", unit], 0),
        (
            vec!["validate", "tests/fixtures/invalid/unknown-key.toml"],
            1,
        ),
        (vec!["check", unit], 0),
        (vec!["list"], 0),
        (vec!["print"], 0),
        (vec!["print", "--format", "html", "--answers"], 0),
        (vec!["grade", unit, &sheet], 0),
        (vec!["grade", "--format", "json", unit, &sheet], 0),
        (vec!["grade", "--format", "csv", unit, &sheet], 0),
        (vec!["class", &class], 0),
        (vec!["class", "--format", "json", &class], 0),
        (vec!["class", "--format", "html", &class], 0),
        (vec!["store"], 0),
        (vec!["--plain", "--profile", "Ada"], 0),
        (vec!["--help"], 0),
    ];
    for (args, expected) in commands {
        let (code, stderr) = run_closed(&args, &data);
        assert!(
            !stderr.contains("panicked"),
            "`classwork {}` panicked:\n{stderr}",
            args.join(" ")
        );
        assert_eq!(
            code,
            Some(expected),
            "`classwork {}` exited so:\n{stderr}",
            args.join(" ")
        );
    }
}

#[test]
fn a_closed_stdout_does_not_stop_the_work() {
    let temp = tempfile::tempdir().expect("a temp dir");
    let class = temp.path().join("class");
    hand_in(&class.join("ada"));
    let xapi = temp.path().join("statements.json");
    let (code, stderr) = run_closed(
        &[
            "class",
            &class.to_string_lossy(),
            "--xapi",
            &xapi.to_string_lossy(),
        ],
        temp.path(),
    );
    assert_eq!(code, Some(0), "{stderr}");
    let statements = std::fs::read_to_string(&xapi).expect("the statements are written");
    assert!(statements.contains("Ada"), "{statements}");
}
