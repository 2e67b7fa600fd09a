//! Changing the marks of one answer in a marks file, with `toml_edit`: the teacher's
//! comments and layout are kept, and the file is replaced atomically.

use std::collections::BTreeMap;
use std::path::Path;

use toml_edit::{DocumentMut, Item, Table, value};

use super::{read_source, student_key};
use crate::diagnostic::{Diagnostic, SourceFile};

/// What a new marks file starts with.
const HEADER: &str = "\
# The teacher's marks. classwork reads marks only from here, never from a student's files;
# `classwork mark` and the class view's marking write them (comments are kept).
schema_version = 1
";

/// Why marks were not written; the file is then as it was.
#[derive(Debug)]
pub enum WriteError {
    /// The marks file is not TOML laid out as a marks file.
    Refused(String),
    /// With the marks, the file would no longer read; its problems.
    WouldNotRead(Vec<Diagnostic>),
    /// The file could not be read or written.
    Io(std::io::Error),
}

/// A table of `parent` under `key`, made (implicit, so it has no header of its own) when
/// missing; `None` when `key` holds something else.
fn table<'a>(parent: &'a mut Table, key: &str) -> Option<&'a mut Table> {
    parent
        .entry(key)
        .or_insert_with(|| {
            let mut t = Table::new();
            t.set_implicit(true);
            Item::Table(t)
        })
        .as_table_mut()
}

/// The marks file text `text` with `student`'s marks of `activity` changed: each mark
/// given set, each `None` taken out, and `digest` recorded as the answer marked. Marks
/// recorded for another answer are dropped first. Returns the text and the marks now kept.
pub fn edit_marks(
    text: &str,
    student: &str,
    activity: &str,
    digest: &str,
    changes: &[(String, Option<f64>)],
) -> Result<(String, BTreeMap<String, f64>), String> {
    let mut doc = if text.trim().is_empty() {
        HEADER.parse::<DocumentMut>()
    } else {
        text.parse::<DocumentMut>()
    }
    .map_err(|e| e.message().to_string())?;
    let not_a_table = |what: &str| format!("`{what}` is not a table");
    let students = table(doc.as_table_mut(), "students").ok_or_else(|| not_a_table("students"))?;
    // The student's name as the file already spells it, else as handed in.
    let name = students
        .iter()
        .map(|(k, _)| k.to_string())
        .find(|k| student_key(k) == student_key(student))
        .unwrap_or_else(|| student.trim().to_string());
    let mine = table(students, &name).ok_or_else(|| not_a_table(&name))?;
    let entry = mine
        .entry(activity)
        .or_insert_with(|| Item::Table(Table::new()))
        .as_table_mut()
        .ok_or_else(|| not_a_table(activity))?;
    let same_answer = entry.get("answer").and_then(Item::as_str) == Some(digest);
    entry.insert("answer", value(digest));
    let marks = table(entry, "marks").ok_or_else(|| not_a_table("marks"))?;
    marks.set_implicit(false);
    if !same_answer {
        marks.clear();
    }
    for (key, mark) in changes {
        match mark {
            Some(mark) if mark.fract() == 0.0 && mark.abs() < 1e15 => {
                marks.insert(key, value(*mark as i64));
            }
            Some(mark) => {
                marks.insert(key, value(*mark));
            }
            None => {
                marks.remove(key);
            }
        }
    }
    let kept = marks
        .iter()
        .filter_map(|(k, v)| {
            let v = v.as_float().or_else(|| v.as_integer().map(|n| n as f64))?;
            Some((k.to_string(), v))
        })
        .collect();
    Ok((doc.to_string(), kept))
}

/// Changes `student`'s marks of `activity` in the marks file at `path` (made when
/// missing), as [`edit_marks`] does, and replaces the file atomically once the new text is
/// sure to read. Returns the marks now kept for that answer.
pub fn set_marks(
    path: &Path,
    student: &str,
    activity: &str,
    digest: &str,
    changes: &[(String, Option<f64>)],
) -> Result<BTreeMap<String, f64>, WriteError> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(WriteError::Io(e)),
    };
    let (text, kept) = edit_marks(&text, student, activity, digest, changes)
        .map_err(|why| WriteError::Refused(format!("`{}`: {why}", path.display())))?;
    let file = SourceFile::new(path.display().to_string(), text.clone());
    let (_, problems) = read_source(path, file);
    if !problems.is_empty() {
        return Err(WriteError::WouldNotRead(problems));
    }
    super::super::mark::write_atomically(path, &text).map_err(WriteError::Io)?;
    Ok(kept)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_are_set_taken_back_and_comments_kept() {
        let (text, kept) = edit_marks(
            "",
            "Ada Lovelace",
            "final_essay",
            "d1",
            &[("argument".into(), Some(6.0)), ("style".into(), Some(0.5))],
        )
        .expect("edits");
        assert!(text.starts_with("# The teacher's marks."), "{text}");
        assert_eq!(
            kept,
            BTreeMap::from([("argument".into(), 6.0), ("style".into(), 0.5)])
        );
        let commented = text.replace("argument = 6", "argument = 6 # a clear line");
        let (again, kept) = edit_marks(
            &commented,
            "ada lovelace ",
            "final_essay",
            "d1",
            &[("style".into(), None)],
        )
        .expect("edits");
        assert!(again.contains("argument = 6 # a clear line"), "{again}");
        assert_eq!(kept, BTreeMap::from([("argument".into(), 6.0)]));
        let table: toml::Table = toml::from_str(&again).expect("toml");
        let entry = &table["students"]["Ada Lovelace"]["final_essay"];
        assert_eq!(entry["answer"].as_str(), Some("d1"));
        assert!(entry["marks"].get("style").is_none(), "{again}");
    }

    #[test]
    fn marks_of_another_answer_are_dropped_when_it_is_marked_again() {
        let (text, _) = edit_marks(
            "",
            "Ada",
            "final_essay",
            "old",
            &[("argument".into(), Some(6.0)), ("style".into(), Some(1.0))],
        )
        .expect("edits");
        let (_, kept) = edit_marks(
            &text,
            "Ada",
            "final_essay",
            "new",
            &[("style".into(), Some(2.0))],
        )
        .expect("edits");
        assert_eq!(kept, BTreeMap::from([("style".into(), 2.0)]));
    }

    #[test]
    fn a_file_that_is_not_a_marks_file_is_refused() {
        assert!(edit_marks("students = 3\n", "Ada", "a", "d", &[]).is_err());
        assert!(edit_marks("not [toml", "Ada", "a", "d", &[]).is_err());
    }
}
