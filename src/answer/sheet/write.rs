//! Writing an answer sheet as TOML.
//!
//! The response is written in its kind's shape even when empty (`[responses.ticks]` with no
//! rows, `order = []`, `text = ""`), so that reading the sheet back gives the same
//! [`Response`]; [`Response::Empty`] writes no `[responses]` at all.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::AnswerSheet;
use crate::activity::{Activity, SCHEMA_VERSION};
use crate::answer::{Answer, Response};
use crate::time::rfc3339;

/// What a sheet file holds, in the order it is written.
#[derive(Serialize)]
struct SheetFile<'a> {
    schema_version: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    student: Option<&'a str>,
    activity: &'a str,
    activity_hash: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    started: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    submitted: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    responses: Option<ResponsesFile<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    follow_up: Option<&'a BTreeMap<String, String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    teacher: Option<&'a BTreeMap<String, f64>>,
}

type Texts<'a> = &'a BTreeMap<String, String>;
type Sets<'a> = &'a BTreeMap<String, BTreeSet<String>>;

/// The `[responses]` table: only the keys of the response's kind are set.
#[derive(Default, Serialize)]
struct ResponsesFile<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    order: Option<&'a [String]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    justification: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    decision: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ticks: Option<Sets<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    evidence: Option<Texts<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    placements: Option<Texts<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    choices: Option<Texts<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cells: Option<Texts<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    chosen: Option<Sets<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    answers: Option<Texts<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cover: Option<Texts<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sections: Option<Texts<'a>>,
}

impl<'a> ResponsesFile<'a> {
    fn of(response: &'a Response) -> Option<Self> {
        let none = Self::default();
        Some(match response {
            Response::Empty => return None,
            Response::Sort { ticks, evidence } => Self {
                ticks: Some(ticks),
                evidence: Some(evidence),
                ..none
            },
            Response::Categorize(placements) => Self {
                placements: Some(placements),
                ..none
            },
            Response::Match(choices) => Self {
                choices: Some(choices),
                ..none
            },
            Response::Order {
                order,
                justification,
            } => Self {
                order: Some(order),
                justification: Some(justification.as_str()).filter(|j| !j.is_empty()),
                ..none
            },
            Response::Grid(cells) => Self {
                cells: Some(cells),
                ..none
            },
            Response::Choice(chosen) => Self {
                chosen: Some(chosen),
                ..none
            },
            Response::Short(answers) => Self {
                answers: Some(answers),
                ..none
            },
            Response::Essay(text) => Self {
                text: Some(text),
                ..none
            },
            Response::Report {
                cover,
                sections,
                decision,
            } => Self {
                cover: Some(cover),
                sections: Some(sections),
                decision: decision.as_deref(),
                ..none
            },
        })
    }
}

/// The sheet as TOML text, which [`super::load_sheet`] reads back to the same answer.
pub fn write_sheet(sheet: &AnswerSheet) -> String {
    let head = Head {
        student: sheet.student.as_deref(),
        activity: &sheet.activity,
        activity_hash: &sheet.activity_hash,
        started: sheet.started.as_deref(),
        submitted: sheet.submitted.as_deref(),
    };
    write_parts(&head, &sheet.answer)
}

/// The answer-sheet text of `student`'s `answer` to `activity` as it is now, with no
/// start time; `submitted` (seconds since the epoch) stamps a submission. The same text
/// as [`write_sheet`] of such a sheet, written without copying the answer.
pub fn sheet_text(
    activity: &Activity,
    answer: &Answer,
    student: Option<&str>,
    submitted: Option<i64>,
) -> String {
    let submitted = submitted.map(rfc3339);
    let head = Head {
        student,
        activity: &activity.id,
        activity_hash: &activity.content_hash,
        started: None,
        submitted: submitted.as_deref(),
    };
    write_parts(&head, answer)
}

/// What a sheet says before its answer.
struct Head<'a> {
    student: Option<&'a str>,
    activity: &'a str,
    activity_hash: &'a str,
    started: Option<&'a str>,
    submitted: Option<&'a str>,
}

/// The sheet of `answer` under `head`, as TOML text.
fn write_parts(head: &Head<'_>, answer: &Answer) -> String {
    let file = SheetFile {
        schema_version: SCHEMA_VERSION,
        student: head.student,
        activity: head.activity,
        activity_hash: head.activity_hash,
        started: head.started,
        submitted: head.submitted,
        responses: ResponsesFile::of(&answer.response),
        follow_up: Some(&answer.follow_up).filter(|f| !f.is_empty()),
        teacher: Some(&answer.teacher).filter(|t| !t.is_empty()),
    };
    toml::to_string(&file)
        .expect("a sheet is strings, numbers, and lists and tables of them, which TOML holds")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_text_is_the_sheet_written_with_its_name_and_time() {
        let unit = crate::bundled::default_unit().units.remove(0);
        for activity in &unit.activities {
            let answer = crate::scoring::perfect_answer(activity);
            for (student, submitted) in [(None, None), (Some("Ada"), Some(86_400))] {
                let sheet = AnswerSheet {
                    student: student.map(str::to_string),
                    submitted: submitted.map(rfc3339),
                    ..AnswerSheet::new(activity, answer.clone())
                };
                assert_eq!(
                    sheet_text(activity, &answer, student, submitted),
                    write_sheet(&sheet)
                );
            }
        }
    }
}
