//! Checking a parsed sheet against the activity it answers: which activity, which version,
//! the times, the follow-up answers and the teacher's marks. Every problem is collected.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::AnswerSheet;
use super::raw::{Entries, RawSheet};
use super::responses::check_responses;
use crate::activity::raw::{Spanned, Text};
use crate::activity::validate::{Ctx, MAX_ANSWER_CHARS, SourceIds};
use crate::activity::{Activity, QuestionAnswer};
use crate::answer::{Answer, MARKS_FILE};
use crate::diagnostic::{Diagnostic, SourceFile};

/// Builds the sheet from its raw form, pushing every problem into `diagnostics`; `None`
/// when an error makes it unusable.
pub(super) fn check_sheet(
    raw: RawSheet,
    file: &Arc<SourceFile>,
    activities: &[&Activity],
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<AnswerSheet> {
    let (sheet, failed) = read_sheet(raw, file, activities, TeacherTable::Ignored, diagnostics)?;
    (!failed).then_some(sheet)
}

/// What reading a sheet does with a `[teacher]` table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum TeacherTable {
    /// Reads its marks: the sheet is the student's own progress, where the marks given in
    /// the student's terminal UI are kept.
    Kept,
    /// Warns of it and leaves it out: the sheet comes from a file a student could write.
    Ignored,
}

/// Builds the sheet from what of its raw form fits the activity, pushing every problem into
/// `diagnostics`, with whether there was an error; `None` when no activity has its id.
pub(super) fn read_sheet(
    mut raw: RawSheet,
    file: &Arc<SourceFile>,
    activities: &[&Activity],
    teacher: TeacherTable,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<(AnswerSheet, bool)> {
    let no_sources = SourceIds::new();
    let mut ctx = Ctx::new(file, &no_sources);
    let known: Vec<&str> = activities.iter().map(|a| a.id.as_str()).collect();
    let found = ctx
        .reference("activity", &raw.activity, &known)
        .then(|| activities.iter().find(|a| a.id == *raw.activity.get()))
        .flatten();
    let Some(activity) = found else {
        diagnostics.extend(ctx.finish());
        return None;
    };
    if raw.activity_hash.get() != &activity.content_hash {
        ctx.push(
            Diagnostic::warning(
                "stale-answer",
                "answered against an earlier version of the activity",
            )
            .at(raw.activity_hash.span())
            .label(format!(
                "the activity's file now has the hash `{}`",
                activity.content_hash
            ))
            .help("check that the answers still fit the activity as it is now"),
        );
    }
    check_lengths(&mut ctx, &raw);
    for time in [&raw.started, &raw.submitted].into_iter().flatten() {
        if let Some(d) =
            crate::time::parse_rfc3339(time.get()).and_then(|at| in_the_future(at, time))
        {
            ctx.push(d);
        }
        if !is_rfc3339(time.get()) {
            ctx.push(
                Diagnostic::error("bad-time", format!("`{}` is not a time", time.get()))
                    .at(time.span())
                    .help("write an RFC 3339 time, such as \"2026-11-21T10:00:00Z\""),
            );
        }
    }
    let response = check_responses(&mut ctx, activity, raw.responses.take());
    let follow_up = check_follow_up(&mut ctx, activity, raw.follow_up.take());
    let teacher = teacher_marks(&mut ctx, activity, raw.teacher.take(), teacher);
    let failed = ctx.failed();
    diagnostics.extend(ctx.finish());
    let sheet = AnswerSheet {
        student: raw.student.map(Spanned::into_inner),
        activity: raw.activity.into_inner(),
        activity_hash: raw.activity_hash.into_inner(),
        started: raw.started.map(Spanned::into_inner),
        submitted: raw.submitted.map(Spanned::into_inner),
        answer: Answer {
            response,
            follow_up,
            teacher,
        },
    };
    Some((sheet, failed))
}

/// Refuses a text longer than [`MAX_ANSWER_CHARS`].
fn check_lengths(ctx: &mut Ctx<'_>, raw: &RawSheet) {
    for text in raw.texts() {
        let chars = text.get().chars().count();
        if chars > MAX_ANSWER_CHARS {
            let start = text.span().start;
            ctx.push(
                Diagnostic::error(
                    "answer-too-long",
                    format!("an answer of {chars} characters; classwork takes at most {MAX_ANSWER_CHARS}"),
                )
                .at(start..start + 1)
                .label("this answer starts here")
                .help("an answer this long is not a student's: is the sheet damaged?"),
            );
        }
    }
}

/// Follow-up answers: each under a follow-up question's id; for a question with options,
/// the ids of options chosen.
fn check_follow_up(
    ctx: &mut Ctx<'_>,
    activity: &Activity,
    follow_up: Option<Entries<Text>>,
) -> BTreeMap<String, String> {
    let known: Vec<&str> = activity.follow_up.iter().map(|q| &*q.id).collect();
    let mut answers = BTreeMap::new();
    for (id, text) in follow_up.map_or_else(Vec::new, |f| f.0) {
        if !ctx.reference("follow-up question", &id, &known) {
            continue;
        }
        let question = activity.follow_up.iter().find(|q| *q.id == **id.get());
        if let Some(QuestionAnswer::Choice { options, .. }) = question.map(|q| &q.answer) {
            let options: Vec<&str> = options.iter().map(|o| o.id.as_str()).collect();
            for chosen in text.get().split(|c: char| c == ',' || c.is_whitespace()) {
                if !chosen.is_empty() && !options.contains(&chosen) {
                    let at = Spanned::new(text.span(), chosen.to_string());
                    ctx.reference("option", &at, &options);
                }
            }
        }
        answers.insert(id.into_inner(), text.into_inner());
    }
    answers
}

/// Marks a `[teacher]` table gives that fit: each for something a teacher marks, a number
/// from 0 to its most. `None` when the table holds anything else.
fn trusted_marks(activity: &Activity, table: &toml::Value) -> Option<BTreeMap<String, f64>> {
    let markable = activity.markable();
    let mut marks = BTreeMap::new();
    for (key, value) in table.as_table()? {
        let value = match value {
            toml::Value::Integer(n) => *n as f64,
            toml::Value::Float(x) => *x,
            _ => return None,
        };
        let max = markable.iter().find(|m| m.key == *key)?.max;
        if !(value.is_finite() && (0.0..=max).contains(&value)) {
            return None;
        }
        marks.insert(key.clone(), value);
    }
    Some(marks)
}

/// The `[teacher]` table of a sheet: read as it is in the student's own progress
/// ([`TeacherTable::Kept`]), or reported and left out of a file handed in
/// ([`TeacherTable::Ignored`]), whose marks only the teacher's marks file gives.
fn teacher_marks(
    ctx: &mut Ctx<'_>,
    activity: &Activity,
    table: Option<Spanned<toml::Value>>,
    teacher: TeacherTable,
) -> BTreeMap<String, f64> {
    let Some(table) = table else {
        return BTreeMap::new();
    };
    match teacher {
        TeacherTable::Kept => trusted_marks(activity, table.get()).unwrap_or_else(|| {
            ctx.push(
                Diagnostic::error("bad-teacher-marks", "these marks do not fit the activity")
                    .at(table.span()),
            );
            BTreeMap::new()
        }),
        TeacherTable::Ignored => {
            let start = table.span().start;
            ctx.push(
                Diagnostic::warning(
                    "teacher-marks-in-sheet",
                    "an answer sheet cannot carry a teacher's marks; this `[teacher]` table is not read",
                )
                .at(start..start + 1)
                .label("left out")
                .help(format!(
                    "a teacher's marks are kept in the class's `{MARKS_FILE}`, which only the teacher writes (`classwork mark`)"
                )),
            );
            BTreeMap::new()
        }
    }
}

/// How far ahead of this computer's clock a time may be before it is flagged: clocks
/// differ a little.
const CLOCK_SLACK: i64 = 3600;

/// A warning when `time` (`at` seconds since the epoch) in a sheet or hand-in is later than
/// now: a date a student's computer or hand wrote, which says nothing sure about when the
/// work was done.
pub fn in_the_future(at: i64, time: &Text) -> Option<Diagnostic> {
    (at > crate::time::now().saturating_add(CLOCK_SLACK)).then(|| {
        Diagnostic::warning("future-date", format!("`{}` is in the future", time.get()))
            .at(time.span())
            .label("later than this computer's clock")
            .help("the date was written by the student's computer or by hand: do not trust it")
    })
}

/// Whether `text` is an RFC 3339 date-time: `2026-11-21T10:00:00Z`, with optional
/// fractions of a second and a `Z` or `±hh:mm` offset, on a day the month has.
fn is_rfc3339(text: &str) -> bool {
    crate::time::parse_rfc3339(text).is_some()
}

#[cfg(test)]
mod tests {
    use super::is_rfc3339;

    #[test]
    fn times_are_rfc3339() {
        assert!(is_rfc3339("2026-11-21T10:00:00Z"));
        assert!(is_rfc3339("2026-11-21t10:00:00.250+01:00"));
        assert!(is_rfc3339("2026-11-21 23:59:60-05:30"));
        assert!(!is_rfc3339("2026-11-21"));
        assert!(!is_rfc3339("2026-13-21T10:00:00Z"));
        assert!(!is_rfc3339("1939-02-30T10:00:00Z"));
        assert!(!is_rfc3339("1939-02-29T10:00:00Z"));
        assert!(is_rfc3339("1940-02-29T10:00:00Z"));
        assert!(!is_rfc3339("2026-11-21T10:00:00"));
        assert!(!is_rfc3339("2026-11-21T10:00:00.Z"));
        assert!(!is_rfc3339("21/11/2026 10:00"));
        assert!(!is_rfc3339("2026-11-21T10:00:00Zé"));
    }
}
