//! Marking by hand: the rubric criteria and unkeyed questions of a sheet, the teacher's
//! marks written into the teacher's marks file ([`super::marks`]), and the mark split into
//! its automatic and teacher parts.
//!
//! [`mark_answer`] is the one way marks reach the marks file: `classwork mark` and the class
//! results in the terminal both go through it.

use std::io::Write;
use std::path::Path;

use super::marks::write::WriteError;
use super::marks::write::{Edit, set_answer};
use super::marks::{Final, answer_digest};
use super::moderation::override_max;
use crate::activity::Markable;
use crate::activity::{Activity, Source};
use crate::answer::sheet::AnswerSheet;
use crate::diagnostic::Diagnostic;
use crate::scoring::{Detail, Score, score_with_sources};
use crate::text::fmt_marks;

/// A mark checked against what it marks: known, and from 0 to the most it gives.
pub fn check_mark(markable: &[Markable], key: &str, mark: f64) -> Result<(), String> {
    let Some(m) = markable.iter().find(|m| m.key == key) else {
        let known: Vec<&str> = markable.iter().map(|m| m.key.as_str()).collect();
        return Err(if known.is_empty() {
            format!("nothing here is marked by the teacher, so `{key}` cannot be")
        } else {
            format!(
                "`{key}` is not marked by the teacher here; these are: {}",
                known.join(", ")
            )
        });
    };
    if !mark.is_finite() || mark < 0.0 || mark > m.max {
        return Err(format!(
            "`{key}` takes a mark from 0 to {}",
            fmt_marks(m.max)
        ));
    }
    Ok(())
}

/// A score split into the marks given automatically and those a teacher gave.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MarkParts {
    /// Marks from the key.
    pub automatic: f64,
    /// Marks from the teacher.
    pub teacher: f64,
    /// The whole mark (the activity's cap may make it less than the two parts).
    pub total: f64,
    /// Marks still to be given by the teacher.
    pub awaiting: f64,
    /// Marks the teacher's overrides gave (negative when they took marks away); part of
    /// `total`, not of `automatic`.
    pub changed: f64,
}

/// The parts of `score`, an answer to `activity`.
pub fn parts(activity: &Activity, score: &Score) -> MarkParts {
    let keys = activity.markable();
    let teacher: f64 = score
        .tasks
        .iter()
        .filter(|t| keys.iter().any(|k| *k.key == *t.id))
        .map(|t| t.marks)
        .sum::<f64>()
        + 0.0;
    MarkParts {
        automatic: score.marks - teacher,
        teacher,
        total: score.marks,
        awaiting: score.awaiting_teacher,
        changed: 0.0,
    }
}

/// The parts of a final mark, the teacher's overrides apart from the automatic marks.
pub fn final_parts(activity: &Activity, fin: &Final) -> MarkParts {
    let p = parts(activity, &fin.score);
    MarkParts {
        automatic: p.automatic - fin.changed + 0.0,
        changed: fin.changed,
        ..p
    }
}

/// A final mark in words: `12 automatic + 18 from the teacher + 1 changed by the teacher =
/// 31/42`, saying what is still to mark.
pub fn describe_parts(p: &MarkParts, max: f64) -> String {
    let changed = if p.changed.abs() > 1e-9 {
        let sign = if p.changed < 0.0 { "−" } else { "+" };
        format!(
            " {sign} {} changed by the teacher",
            fmt_marks(p.changed.abs())
        )
    } else {
        String::new()
    };
    let mut line = format!(
        "{} automatic + {} from the teacher{changed} = {}/{}",
        fmt_marks(p.automatic),
        fmt_marks(p.teacher),
        fmt_marks(p.total),
        fmt_marks(max)
    );
    if p.awaiting > 0.0 {
        line.push_str(&format!(
            " (provisional: {} still to mark)",
            fmt_marks(p.awaiting)
        ));
    }
    line
}

/// Writes `text` to `path` so that a reader sees the old file or the new one, never half
/// of one: into a temporary file beside it, flushed to disk, then renamed over it.
pub fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    let name = path
        .file_name()
        .map_or_else(|| "file".into(), |n| n.to_string_lossy().into_owned());
    let temp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
        std::fs::rename(&temp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

/// A sheet after the teacher's marks of it were written.
#[derive(Debug, Clone, PartialEq)]
pub struct Marked {
    /// The sheet with the teacher's marks now kept for it.
    pub sheet: AnswerSheet,
    /// Its score with those marks.
    pub score: Score,
}

/// Why marks were not written; the marks file is then as it was.
#[derive(Debug)]
pub enum MarkError {
    /// A mark the activity does not take (see [`check_mark`]), or a marks file that is not
    /// laid out as one.
    Refused(String),
    /// With the marks, the marks file would no longer read; its problems.
    WouldNotLoad(Vec<Diagnostic>),
    /// The marks file could not be read or written.
    Io(std::io::Error),
}

/// Writes `marks` for `student`'s `sheet`, an answer to `activity`, into the marks file at
/// `marks_file`: each mark is checked, the file as it is now on disk is read, the marks set
/// with the digest of the answer marked, and the file replaced atomically. A mark of
/// `None` is taken back: the criterion waits for the teacher again. Returns the sheet with
/// the marks now kept for it, scored.
pub fn mark_answer(
    marks_file: &Path,
    student: &str,
    sheet: &AnswerSheet,
    activity: &Activity,
    sources: &[Source],
    marks: &[(String, Option<f64>)],
) -> Result<Marked, MarkError> {
    let edits: Vec<Edit> = marks
        .iter()
        .map(|(k, v)| Edit::Mark(k.clone(), *v))
        .collect();
    let (sheet, fin) = moderate_answer(marks_file, student, sheet, activity, sources, &edits)?;
    Ok(Marked {
        sheet,
        score: fin.score,
    })
}

/// Checks one edit of what the teacher keeps of an answer to `activity` scored `score`: a
/// mark for something the teacher marks, an override of a task or keyword point within
/// what it gives, a comment on either.
pub fn check_edit(activity: &Activity, score: &Score, edit: &Edit) -> Result<(), String> {
    let keys = activity.markable();
    match edit {
        // A mark taken back need only name something the teacher marks.
        Edit::Mark(key, mark) => check_mark(&keys, key, mark.unwrap_or(0.0)),
        Edit::Override(key, mark) => {
            let max = override_max(score, &keys, key)?;
            match mark {
                Some(m) if !m.is_finite() || *m < 0.0 || *m > max => {
                    Err(format!("`{key}` takes a mark from 0 to {}", fmt_marks(max)))
                }
                _ => Ok(()),
            }
        }
        Edit::Comment(key, _) => {
            if keys.iter().any(|m| m.key == *key) {
                Ok(())
            } else {
                override_max(score, &keys, key).map(|_| ())
            }
        }
    }
}

/// Makes `edits` (marks, overrides, comments) to what the teacher keeps of `student`'s
/// `sheet`, an answer to `activity`, in the marks file at `marks_file`, as
/// [`mark_answer`] does for marks: each checked first, the file replaced atomically.
/// Returns the sheet with the marks now kept for it, and its final mark.
pub fn moderate_answer(
    marks_file: &Path,
    student: &str,
    sheet: &AnswerSheet,
    activity: &Activity,
    sources: &[Source],
    edits: &[Edit],
) -> Result<(AnswerSheet, Final), MarkError> {
    let score = score_with_sources(activity, &sheet.answer, sources);
    for edit in edits {
        check_edit(activity, &score, edit).map_err(MarkError::Refused)?;
    }
    let digest = answer_digest(&activity.id, &sheet.answer);
    set_answer(marks_file, student, &activity.id, &digest, edits).map_err(|e| match e {
        WriteError::Refused(why) => MarkError::Refused(why),
        WriteError::WouldNotRead(problems) => MarkError::WouldNotLoad(problems),
        WriteError::Io(e) => MarkError::Io(e),
    })?;
    let (written, _) = super::marks::read(marks_file);
    let mut sheet = sheet.clone();
    let fin = written.final_score(
        student,
        activity,
        &mut sheet.answer,
        sources,
        Detail::Explained,
        &mut Vec::new(),
    );
    Ok((sheet, fin))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_the_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("sheet.toml");
        std::fs::write(&path, "old").expect("write");
        write_atomically(&path, "new").expect("writes");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "new");
        assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 1);
    }
}
