//! Classes of hand-in folders written for tests, each student's answers built in code.

use std::collections::BTreeSet;
use std::path::Path;

use classwork::activity::{Activity, Unit};
use classwork::answer::sheet::{AnswerSheet, write_sheet};
use classwork::answer::{Answer, Response};
use classwork::teacher::marks::{answer_digest, marks_beside, set_marks};
use classwork::teacher::{Manifest, write_handin};

/// When every sheet of a test hand-in was submitted.
pub const SUBMITTED: &str = "2026-11-20T09:00:00Z";

/// Writes `student`'s hand-in of `unit` into `dir`, exported at `exported_at`: one sheet,
/// submitted at [`SUBMITTED`], for each activity `answer` gives an answer to. The teacher's
/// marks of an answer go into the marks file beside the hand-in, as `classwork mark` would
/// write them; the sheets carry none.
pub fn hand_in(
    dir: &Path,
    unit: &Unit,
    student: &str,
    exported_at: &str,
    answer: impl Fn(&Activity) -> Option<Answer>,
) {
    std::fs::create_dir_all(dir).expect("mkdir");
    let marks_file = marks_beside(dir);
    let sheets: Vec<(String, String)> = unit
        .activities
        .iter()
        .filter_map(|a| {
            let mut answer = answer(a)?;
            let teacher = std::mem::take(&mut answer.teacher);
            if !teacher.is_empty() {
                let given: Vec<(String, Option<f64>)> =
                    teacher.into_iter().map(|(k, v)| (k, Some(v))).collect();
                let digest = answer_digest(&a.id, &answer);
                set_marks(&marks_file, student, &a.id, &digest, &given).expect("marks written");
            }
            let sheet = AnswerSheet {
                student: Some(student.to_string()),
                submitted: Some(SUBMITTED.into()),
                ..AnswerSheet::new(a, answer)
            };
            Some((a.id.clone(), write_sheet(&sheet)))
        })
        .collect();
    let manifest = Manifest {
        student: student.to_string(),
        unit: unit.id.clone(),
        exported_at: exported_at.to_string(),
        classwork: "0.1.0".into(),
    };
    write_handin(dir, &manifest, &sheets).expect("writes a hand-in");
}

/// A `choice` answer: one option for each question, as `(question, option)`.
pub fn choice(picks: &[(&str, &str)]) -> Answer {
    Answer {
        response: Response::Choice(
            picks
                .iter()
                .map(|(q, o)| (q.to_string(), BTreeSet::from([o.to_string()])))
                .collect(),
        ),
        ..Answer::default()
    }
}

/// `answer` to `activity` as a class reads it: through a sheet, which carries no marks, and
/// the teacher's marks of it given in a marks file.
pub fn through_sheet_and_marks(activity: &Activity, answer: &Answer) -> Answer {
    use classwork::answer::sheet::load_sheet;
    use classwork::diagnostic::SourceFile;
    use classwork::teacher::marks::read;
    let mut handed_in = answer.clone();
    let given = std::mem::take(&mut handed_in.teacher);
    let text = write_sheet(&AnswerSheet::new(activity, handed_in));
    let file = SourceFile::new("sheet.toml", text);
    let mut diagnostics = Vec::new();
    let sheet = load_sheet(&file, &[activity], &mut diagnostics);
    assert!(diagnostics.is_empty(), "{diagnostics:#?}\n{}", file.text);
    let mut back = sheet.expect("the sheet loads").answer;
    let dir = tempfile::tempdir().expect("tempdir");
    let marks_file = dir.path().join("marks.toml");
    if !given.is_empty() {
        let given: Vec<(String, Option<f64>)> =
            given.into_iter().map(|(k, v)| (k, Some(v))).collect();
        let digest = answer_digest(&activity.id, &back);
        set_marks(&marks_file, "Ada", &activity.id, &digest, &given).expect("marks written");
    }
    let (marks, mut diagnostics) = read(&marks_file);
    back.teacher = marks.of("Ada", activity, &back, &mut diagnostics);
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    back
}
