//! `classwork mark` on a report: a section's criterion is `section.criterion`, the report's
//! own is its id; the sheet keeps everything else and the new mark shows both parts.

use std::path::Path;
use std::process::{Command, Output};

const UNIT: &str =
    "schema_version = 1\nid = \"writing\"\ntitle = \"Writing\"\nactivities = [\"report.toml\"]\n";

const REPORT: &str = r#"schema_version = 1
id = "report"
kind = "report"
title = "Report to Stalin"
instructions = "Advise Stalin."

[[sections]]
id = "munich"
heading = "The Munich Conference"

[[sections.keywords]]
alternatives = ["left out", "not invited"]

[[sections.rubric]]
id = "lesson"
criterion = "Draws a lesson from Munich"

[[sections.rubric.levels]]
points = 0
description = "No lesson drawn."

[[sections.rubric.levels]]
points = 2
description = "A clear lesson for the USSR."

[[rubric]]
id = "judgement"
criterion = "A clear recommendation"

[[rubric.levels]]
points = 0
description = "None."

[[rubric.levels]]
points = 4
description = "Clear and well argued."
"#;

const SHEET: &str = "schema_version = 1\n# Ada's report\nstudent = \"Ada\"\nactivity = \"report\"\nactivity_hash = \"x\"\n\n[responses.sections]\nmunich = \"We were left out at Munich: the West will not fight.\"\n";

fn classwork(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_classwork"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn a_sections_criterion_is_marked_by_section_and_criterion() {
    let dir = tempfile::tempdir().expect("tempdir");
    let unit = dir.path().join("unit");
    std::fs::create_dir_all(&unit).expect("mkdir");
    std::fs::write(unit.join("unit.toml"), UNIT).expect("write");
    std::fs::write(unit.join("report.toml"), REPORT).expect("write");
    let sheet = dir.path().join("ada.toml");
    std::fs::write(&sheet, SHEET).expect("write");

    let out = classwork(
        &["mark", "ada.toml", "--unit", "unit", "munich.lesson=2"],
        dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    // 1 automatic (the keyword) + 2 from the teacher; the report's criterion (4) waits.
    let line = text(&out.stdout);
    assert!(
        line.contains(
            "Ada — report: 1 automatic + 2 from the teacher = 3/7 (provisional: 4 still to mark)"
        ),
        "{line}"
    );
    // The sheet is as it was; the mark is in the marks file beside it.
    assert_eq!(std::fs::read_to_string(&sheet).expect("read"), SHEET);
    let marks = std::fs::read_to_string(dir.path().join("marks.toml")).expect("marks");
    assert!(
        marks.ends_with("[students.Ada.report.marks]\n\"munich.lesson\" = 2\n"),
        "{marks}"
    );

    let out = classwork(
        &["mark", "ada.toml", "--unit", "unit", "judgement=4"],
        dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("= 7/7"), "{}", text(&out.stdout));

    // A criterion of another section, or the section's criterion by its bare id: refused,
    // with the keys there are.
    for wrong in ["lesson=1", "intro.lesson=1"] {
        let out = classwork(&["mark", "ada.toml", "--unit", "unit", wrong], dir.path());
        assert_eq!(out.status.code(), Some(2), "{wrong}");
        let err = text(&out.stderr);
        assert!(err.contains("munich.lesson, judgement"), "{wrong}: {err}");
    }
}
