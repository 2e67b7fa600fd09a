//! Marking by hand: the rubric criteria and unkeyed questions of a sheet, the teacher's
//! marks written into its `[teacher]` table (the rest of the file kept as it is), and the
//! mark split into its automatic and teacher parts.
//!
//! [`mark_file`] is the one way marks reach a sheet on disk: `classwork mark` and the class
//! results in the terminal both go through it.

use std::io::Write;
use std::path::Path;

use crate::activity::{Activity, Body, Criterion, Level, Question, QuestionAnswer, Source};
use crate::answer::sheet::{AnswerSheet, load_sheet};
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::scoring::{Score, score_with_sources};

/// Something a teacher marks in an activity.
#[derive(Debug, Clone, PartialEq)]
pub struct Markable {
    /// The key in `[teacher]`: `criterion`, `section.criterion` or a question id.
    pub key: String,
    /// What is judged.
    pub label: String,
    /// Most marks.
    pub max: f64,
    /// The rubric's levels, lowest first (none for a question).
    pub levels: Vec<Level>,
}

fn criterion(key: String, c: &Criterion) -> Markable {
    Markable {
        key,
        label: c.criterion.clone(),
        max: c.max_points(),
        levels: c.levels.clone(),
    }
}

fn unkeyed(q: &Question) -> Option<Markable> {
    matches!(&q.answer, QuestionAnswer::Written { accept, keywords, .. }
        if accept.is_empty() && keywords.is_empty())
    .then(|| Markable {
        key: q.id.clone(),
        label: q.prompt.clone(),
        max: q.points,
        levels: Vec::new(),
    })
}

/// What a teacher marks in `activity`, in the activity's order: rubric criteria (a
/// report's sections' first, then its own) and written questions with no key.
pub fn markable(activity: &Activity) -> Vec<Markable> {
    let mut out = Vec::new();
    match &activity.body {
        Body::Essay(e) => out.extend(e.rubric.iter().map(|c| criterion(c.id.clone(), c))),
        Body::Report(r) => {
            for s in &r.sections {
                out.extend(
                    s.rubric
                        .iter()
                        .map(|c| criterion(format!("{}.{}", s.id, c.id), c)),
                );
            }
            out.extend(r.rubric.iter().map(|c| criterion(c.id.clone(), c)));
        }
        Body::Short(quiz) => out.extend(quiz.questions.iter().filter_map(unkeyed)),
        _ => {}
    }
    out.extend(activity.follow_up.iter().filter_map(unkeyed));
    out
}

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
            crate::scoring::fmt_marks(m.max)
        ));
    }
    Ok(())
}

/// The sheet text with `marks` set in its `[teacher]` table (made if missing), a mark of
/// `None` taken out (and the table with it once it is empty); every other line, comment
/// and mark stays as it was.
pub fn set_teacher_marks(sheet: &str, marks: &[(String, Option<f64>)]) -> Result<String, String> {
    let mut doc = sheet
        .parse::<toml_edit::DocumentMut>()
        .map_err(|e| e.message().to_string())?;
    let table = doc
        .entry("teacher")
        .or_insert_with(toml_edit::table)
        .as_table_mut()
        .ok_or("`teacher` is not a table")?;
    for (key, mark) in marks {
        match mark {
            Some(mark) if mark.fract() == 0.0 && mark.abs() < 1e15 => {
                table.insert(key, toml_edit::value(*mark as i64));
            }
            Some(mark) => {
                table.insert(key, toml_edit::value(*mark));
            }
            None => {
                table.remove(key);
            }
        }
    }
    if table.is_empty() {
        doc.remove("teacher");
    }
    Ok(doc.to_string())
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
}

/// The parts of `score`, an answer to `activity`.
pub fn parts(activity: &Activity, score: &Score) -> MarkParts {
    let keys = markable(activity);
    let teacher: f64 = score
        .tasks
        .iter()
        .filter(|t| keys.iter().any(|k| *k.key == *t.id))
        .map(|t| t.marks)
        .sum();
    MarkParts {
        automatic: score.marks - teacher,
        teacher,
        total: score.marks,
        awaiting: score.awaiting_teacher,
    }
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

/// A sheet after the teacher's marks were written into it.
#[derive(Debug, Clone, PartialEq)]
pub struct Marked {
    /// The sheet as it now is on disk.
    pub sheet: AnswerSheet,
    /// Its score with the new marks.
    pub score: Score,
}

/// Why marks were not written; the file is then as it was.
#[derive(Debug)]
pub enum MarkError {
    /// A mark the activity does not take (see [`check_mark`]), or a sheet whose text is
    /// not TOML with a `[teacher]` table.
    Refused(String),
    /// With the marks, the sheet would no longer load; its problems.
    WouldNotLoad(Vec<Diagnostic>),
    /// The sheet could not be read or written.
    Io(std::io::Error),
}

/// Writes `marks` into the `[teacher]` table of the sheet at `path`, an answer to
/// `activity`: each mark is checked, the sheet as it is now on disk is read, the marks set,
/// the result loaded again to be sure it still reads, and the file replaced atomically. A
/// mark of `None` is taken back: the criterion waits for the teacher again. Returns the
/// sheet as written, scored.
pub fn mark_file(
    path: &Path,
    activity: &Activity,
    sources: &[Source],
    marks: &[(String, Option<f64>)],
) -> Result<Marked, MarkError> {
    let keys = markable(activity);
    for (key, mark) in marks {
        // A mark taken back need only name something the teacher marks.
        check_mark(&keys, key, mark.unwrap_or(0.0)).map_err(MarkError::Refused)?;
    }
    let text = std::fs::read_to_string(path).map_err(MarkError::Io)?;
    let text = set_teacher_marks(&text, marks).map_err(MarkError::Refused)?;
    let file = SourceFile::new(path.display().to_string(), text.clone());
    let mut diagnostics = Vec::new();
    let Some(sheet) = load_sheet(&file, &[activity], &mut diagnostics) else {
        return Err(MarkError::WouldNotLoad(diagnostics));
    };
    write_atomically(path, &text).map_err(MarkError::Io)?;
    let score = score_with_sources(activity, &sheet.answer, sources);
    Ok(Marked { sheet, score })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_go_into_the_teacher_table() {
        let sheet = "schema_version = 1\nactivity = \"r\" # kept\n\n[responses]\ntext = \"x\"\n";
        let marked = set_teacher_marks(
            sheet,
            &[
                ("advice.argument".into(), Some(2.0)),
                ("style".into(), Some(0.5)),
            ],
        )
        .expect("sets");
        assert!(marked.contains("activity = \"r\" # kept"), "{marked}");
        let table: toml::Table = toml::from_str(&marked).expect("toml");
        assert_eq!(table["teacher"]["advice.argument"].as_integer(), Some(2));
        assert_eq!(table["teacher"]["style"].as_float(), Some(0.5));
        let again = set_teacher_marks(&marked, &[("style".into(), Some(1.0))]).expect("sets");
        let table: toml::Table = toml::from_str(&again).expect("toml");
        assert_eq!(table["teacher"]["style"].as_integer(), Some(1));
        assert_eq!(table["teacher"]["advice.argument"].as_integer(), Some(2));
    }

    #[test]
    fn a_mark_taken_back_leaves_the_teacher_table_and_then_the_table_goes() {
        let sheet =
            "schema_version = 1\nactivity = \"r\" # kept\n\n[teacher]\nstyle = 1\nargument = 2\n";
        let one = set_teacher_marks(sheet, &[("style".into(), None)]).expect("sets");
        assert_eq!(
            one,
            "schema_version = 1\nactivity = \"r\" # kept\n\n[teacher]\nargument = 2\n"
        );
        let none = set_teacher_marks(&one, &[("argument".into(), None)]).expect("sets");
        assert_eq!(none, "schema_version = 1\nactivity = \"r\" # kept\n");
        // Taking back a mark never given changes nothing.
        let same = set_teacher_marks(&none, &[("argument".into(), None)]).expect("sets");
        assert_eq!(same, none);
    }

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
