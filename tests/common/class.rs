//! Classes of hand-in folders written for tests, each student's answers built in code.

use std::collections::BTreeSet;
use std::path::Path;

use classwork::activity::{Activity, Unit};
use classwork::answer::sheet::{AnswerSheet, write_sheet};
use classwork::answer::{Answer, Response};
use classwork::teacher::{Manifest, write_handin};

/// When every sheet of a test hand-in was submitted.
pub const SUBMITTED: &str = "2026-11-20T09:00:00Z";

/// Writes `student`'s hand-in of `unit` into `dir`, exported at `exported_at`: one sheet,
/// submitted at [`SUBMITTED`], for each activity `answer` gives an answer to.
pub fn hand_in(
    dir: &Path,
    unit: &Unit,
    student: &str,
    exported_at: &str,
    answer: impl Fn(&Activity) -> Option<Answer>,
) {
    let sheets: Vec<(String, String)> = unit
        .activities
        .iter()
        .filter_map(|a| {
            let sheet = AnswerSheet {
                student: Some(student.to_string()),
                submitted: Some(SUBMITTED.into()),
                ..AnswerSheet::new(a, answer(a)?)
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
