//! `classwork grade` run as a real process on the bundled unit: a perfect and an empty sheet
//! for every activity that loads, written with `write_sheet` (the perfect one's teacher's
//! marks in the marks file beside them), must print full marks and 0.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use classwork::activity::{Activity, Body, Unit};
use classwork::answer::Answer;
use classwork::answer::sheet::{AnswerSheet, write_sheet};
use classwork::load::{Loaded, load_path};
use classwork::scoring::perfect_answer_with_sources;
use classwork::text::fmt_marks;
use serde_json::Value;

fn unit_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("activities/soviet-foreign-policy")
}

fn grade(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_classwork"))
        .arg("grade")
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

fn loaded_unit() -> (Loaded, Unit) {
    let mut loaded = load_path(&unit_dir());
    assert!(!loaded.units.is_empty(), "the bundled unit does not load");
    let unit = loaded.units.remove(0);
    assert!(!unit.activities.is_empty(), "no activity of the unit loads");
    (loaded, unit)
}

/// Marks the rules give an empty answer: only sort rows with no right column earn any.
fn empty_marks(activity: &Activity) -> f64 {
    match &activity.body {
        Body::Sort(sort) => sort
            .rows
            .iter()
            .filter(|r| r.right.is_empty())
            .map(|r| r.points)
            .sum(),
        _ => 0.0,
    }
}

fn named(activity: &Activity, who: &str, answer: Answer) -> String {
    write_sheet(&AnswerSheet {
        student: Some(format!("{who} {}", activity.id)),
        ..AnswerSheet::new(activity, answer)
    })
}

/// Writes a perfect and an empty sheet for every activity into `dir`, and the teacher's
/// marks of the perfect ones into `dir/marks.toml`.
fn write_sheets(unit: &Unit, dir: &Path) {
    use classwork::teacher::marks::{answer_digest, set_marks};
    for a in &unit.activities {
        let mut perfect = perfect_answer_with_sources(a, &unit.sources);
        let given: Vec<(String, Option<f64>)> = std::mem::take(&mut perfect.teacher)
            .into_iter()
            .map(|(k, v)| (k, Some(v)))
            .collect();
        if !given.is_empty() {
            let digest = answer_digest(&a.id, &perfect);
            let student = format!("perfect {}", a.id);
            set_marks(&dir.join("marks.toml"), &student, &a.id, &digest, &given)
                .expect("marks written");
        }
        std::fs::write(
            dir.join(format!("{}-perfect.toml", a.id)),
            named(a, "perfect", perfect),
        )
        .expect("writes");
        std::fs::write(
            dir.join(format!("{}-empty.toml", a.id)),
            named(a, "empty", Answer::default()),
        )
        .expect("writes");
    }
}

#[test]
fn perfect_sheets_print_full_marks_and_empty_ones_zero() {
    let (loaded, unit) = loaded_unit();
    let dir = tempfile::tempdir().expect("temp dir");
    write_sheets(&unit, dir.path());

    let out = grade(&[unit_dir().as_os_str(), dir.path().as_os_str()]);
    let table = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !loaded.has_errors() {
        assert!(out.status.success(), "{stderr}\n{table}");
    }
    for a in &unit.activities {
        let full = format!("{}/{}", fmt_marks(a.points), fmt_marks(a.points));
        let empty = format!("{}/{}", fmt_marks(empty_marks(a)), fmt_marks(a.points));
        for (who, marks) in [("perfect", &full), ("empty", &empty)] {
            let student = format!("{who} {}", a.id);
            let line = table
                .lines()
                .find(|l| l.starts_with(&format!("{student} ")))
                .unwrap_or_else(|| panic!("no line for {student}:\n{table}\n{stderr}"));
            let columns: Vec<&str> = line.split_whitespace().collect();
            assert_eq!(columns[2], a.id, "{line}");
            assert_eq!(columns[3], marks.as_str(), "{line}");
            assert!(!line.contains("provisional"), "{line}");
        }
    }
    let count = format!("{} sheets graded", 2 * unit.activities.len());
    assert!(table.trim_end().ends_with(&count), "{table}");

    let out = grade(&[
        unit_dir().as_os_str(),
        dir.path().as_os_str(),
        "--format".as_ref(),
        "json".as_ref(),
    ]);
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    let grades = doc["grades"].as_array().expect("grades");
    assert_eq!(grades.len(), 2 * unit.activities.len());
    for g in grades {
        let student = g["student"].as_str().expect("student");
        let expected = if student.starts_with("perfect") {
            g["max"].as_f64().expect("max")
        } else {
            let id = g["activity"].as_str().expect("activity");
            unit.activity(id)
                .map(empty_marks)
                .expect("activity of the unit")
        };
        assert_eq!(g["marks"].as_f64(), Some(expected), "{student}");
        let lines = g["explanation"].as_array().expect("explanation");
        let entries = g["entries"].as_array().expect("entries");
        assert_eq!(lines.len(), entries.len());
    }
}

/// The table is scored without explanations and JSON with them: on answers with partial
/// marks, flags and denials (the adversarial sheets of the bundled unit), each sheet's marks
/// are the same in both.
#[test]
fn the_table_and_json_give_the_same_marks() {
    let sheets = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/adversarial");
    let out = grade(&[unit_dir().as_os_str(), sheets.as_os_str()]);
    let table = String::from_utf8_lossy(&out.stdout);
    let out = grade(&[
        unit_dir().as_os_str(),
        sheets.as_os_str(),
        "--format".as_ref(),
        "json".as_ref(),
    ]);
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    let grades = doc["grades"].as_array().expect("grades");
    assert!(grades.len() >= 20, "{} sheets graded", grades.len());
    let partial = grades
        .iter()
        .filter(|g| g["marks"].as_f64() != g["max"].as_f64() && g["marks"].as_f64() != Some(0.0))
        .count();
    assert!(partial >= 5, "only {partial} sheets with partial marks");
    for g in grades {
        let student = g["student"].as_str().expect("student");
        let marks = format!(
            "{}/{}",
            fmt_marks(g["marks"].as_f64().expect("marks")),
            fmt_marks(g["max"].as_f64().expect("max"))
        );
        let row = table
            .lines()
            .find(|l| l.split_whitespace().next() == Some(student))
            .unwrap_or_else(|| panic!("no row for {student} in\n{table}"));
        assert!(
            row.split_whitespace().any(|w| w == marks),
            "{student}: JSON {marks}, table `{row}`"
        );
    }
}

#[test]
fn csv_has_a_row_per_student_and_task() {
    let (_, unit) = loaded_unit();
    let dir = tempfile::tempdir().expect("temp dir");
    let activity = &unit.activities[0];
    let path = dir.path().join("one.toml");
    let perfect = perfect_answer_with_sources(activity, &unit.sources);
    std::fs::write(&path, named(activity, "perfect", perfect)).expect("writes");
    let out = grade(&[
        unit_dir().as_os_str(),
        path.as_os_str(),
        "--format".as_ref(),
        "csv".as_ref(),
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("student,activity,task,marks,max,outcome")
    );
    let rows: Vec<&str> = lines.collect();
    assert!(!rows.is_empty());
    for row in rows {
        let fields: Vec<&str> = row.split(',').collect();
        assert_eq!(fields.len(), 6, "{row}");
        assert_eq!(fields[0], format!("perfect {}", activity.id));
        assert_eq!(fields[1], activity.id);
        assert_eq!(fields[5], "right", "{row}");
    }
}

#[test]
fn an_invalid_sheet_is_reported_and_the_others_still_graded() {
    let (_, unit) = loaded_unit();
    let activity = &unit.activities[0];
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("a-good.toml"),
        named(activity, "good", Answer::default()),
    )
    .expect("writes");
    let bad = format!(
        "schema_version = 1\nactivity = \"{}x\"\nactivity_hash = \"0\"\n",
        activity.id
    );
    std::fs::write(dir.path().join("b-bad.toml"), bad).expect("writes");
    let out = grade(&[unit_dir().as_os_str(), dir.path().as_os_str()]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stdout.contains(&format!("good {}", activity.id)),
        "{stdout}"
    );
    assert!(stdout.contains("1 invalid"), "{stdout}");
    assert!(stderr.contains("error[unknown-reference]"), "{stderr}");
    assert!(stderr.contains("b-bad.toml:2:"), "{stderr}");
    assert!(
        stderr.contains(&format!("did you mean `{}`?", activity.id)),
        "{stderr}"
    );
}

#[test]
fn a_missing_path_is_a_usage_error() {
    let out = grade(&[unit_dir().as_os_str(), "no/such/sheets".as_ref()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such/sheets"));
    let out = grade(&["no/such/unit".as_ref(), unit_dir().as_os_str()]);
    assert_eq!(out.status.code(), Some(2));
}
