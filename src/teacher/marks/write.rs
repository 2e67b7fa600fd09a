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

/// One change to what the teacher keeps of an answer: `None` takes it out.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// A rubric criterion's or unkeyed question's mark.
    Mark(String, Option<f64>),
    /// An override of a task or keyword point (`task/point`).
    Override(String, Option<f64>),
    /// A comment on a task (or keyword point).
    Comment(String, Option<String>),
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
    let edits: Vec<Edit> = changes
        .iter()
        .map(|(k, v)| Edit::Mark(k.clone(), *v))
        .collect();
    edit_answer(text, student, activity, digest, &edits)
}

/// The document of a marks file's text (a new file's header when it is empty).
fn document(text: &str) -> Result<DocumentMut, String> {
    if text.trim().is_empty() {
        HEADER.parse::<DocumentMut>()
    } else {
        text.parse::<DocumentMut>()
    }
    .map_err(|e| e.message().to_string())
}

/// `what` is not a table.
fn not_a_table(what: &str) -> String {
    format!("`{what}` is not a table")
}

/// The table of `student` under `parent` (`students` or `hand_ins`), spelt as the file
/// already spells the name, else as handed in.
fn student_table<'a>(parent: &'a mut Table, student: &str) -> Result<&'a mut Table, String> {
    let name = parent
        .iter()
        .map(|(k, _)| k.to_string())
        .find(|k| student_key(k) == student_key(student))
        .unwrap_or_else(|| student.trim().to_string());
    table(parent, &name).ok_or_else(|| not_a_table(&name))
}

/// A number as TOML: whole numbers without a point.
fn number(mark: f64) -> Item {
    if mark.fract() == 0.0 && mark.abs() < 1e15 {
        value(mark as i64)
    } else {
        value(mark)
    }
}

/// The marks file text `text` with `edits` made to what the teacher keeps of `student`'s
/// answer to `activity`, and `digest` recorded as the answer marked. What was kept for
/// another answer (marks, overrides, comments) is dropped first. Returns the text and the
/// marks now kept.
pub fn edit_answer(
    text: &str,
    student: &str,
    activity: &str,
    digest: &str,
    edits: &[Edit],
) -> Result<(String, BTreeMap<String, f64>), String> {
    let mut doc = document(text)?;
    let students = table(doc.as_table_mut(), "students").ok_or_else(|| not_a_table("students"))?;
    let mine = student_table(students, student)?;
    let entry = mine
        .entry(activity)
        .or_insert_with(|| Item::Table(Table::new()))
        .as_table_mut()
        .ok_or_else(|| not_a_table(activity))?;
    let same_answer = entry.get("answer").and_then(Item::as_str) == Some(digest);
    entry.insert("answer", value(digest));
    for name in ["marks", "overrides", "comments"] {
        let part = table(entry, name).ok_or_else(|| not_a_table(name))?;
        if !same_answer {
            part.clear();
        }
    }
    for edit in edits {
        let (name, key, item) = match edit {
            Edit::Mark(key, mark) => ("marks", key, mark.map(number)),
            Edit::Override(key, mark) => ("overrides", key, mark.map(number)),
            Edit::Comment(key, text) => ("comments", key, text.as_deref().map(value)),
        };
        let part = table(entry, name).ok_or_else(|| not_a_table(name))?;
        part.set_implicit(false);
        match item {
            Some(item) => {
                part.insert(key, item);
            }
            None => {
                part.remove(key);
            }
        }
    }
    // A part left empty is no table of its own.
    for name in ["overrides", "comments"] {
        if entry
            .get(name)
            .and_then(Item::as_table)
            .is_some_and(Table::is_empty)
        {
            entry.remove(name);
        }
    }
    let marks = table(entry, "marks").ok_or_else(|| not_a_table("marks"))?;
    marks.set_implicit(false);
    let kept = marks
        .iter()
        .filter_map(|(k, v)| {
            let v = v.as_float().or_else(|| v.as_integer().map(|n| n as f64))?;
            Some((k.to_string(), v))
        })
        .collect();
    Ok((doc.to_string(), kept))
}

/// The marks file text `text` with the teacher's comment on `student`'s whole hand-in set
/// (or, with `None`, taken out).
pub fn edit_hand_in_comment(
    text: &str,
    student: &str,
    comment: Option<&str>,
) -> Result<String, String> {
    let mut doc = document(text)?;
    let hand_ins = table(doc.as_table_mut(), "hand_ins").ok_or_else(|| not_a_table("hand_ins"))?;
    let mine = student_table(hand_ins, student)?;
    mine.set_implicit(false);
    match comment {
        Some(comment) => {
            mine.insert("comment", value(comment));
        }
        None => {
            mine.remove("comment");
        }
    }
    Ok(doc.to_string())
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
    let edits: Vec<Edit> = changes
        .iter()
        .map(|(k, v)| Edit::Mark(k.clone(), *v))
        .collect();
    set_answer(path, student, activity, digest, &edits)
}

/// Makes `edits` to what the teacher keeps of `student`'s answer to `activity` in the marks
/// file at `path` (made when missing), as [`edit_answer`] does, and replaces the file
/// atomically once the new text is sure to read. Returns the marks now kept for it.
pub fn set_answer(
    path: &Path,
    student: &str,
    activity: &str,
    digest: &str,
    edits: &[Edit],
) -> Result<BTreeMap<String, f64>, WriteError> {
    let mut kept = BTreeMap::new();
    rewrite(path, |text| {
        let (text, marks) = edit_answer(text, student, activity, digest, edits)?;
        kept = marks;
        Ok(text)
    })?;
    Ok(kept)
}

/// Sets (or with `None` takes out) the teacher's comment on `student`'s whole hand-in in
/// the marks file at `path`, replacing it atomically.
pub fn set_hand_in_comment(
    path: &Path,
    student: &str,
    comment: Option<&str>,
) -> Result<(), WriteError> {
    rewrite(path, |text| edit_hand_in_comment(text, student, comment))
}

/// Replaces the marks file at `path` with `edit` of its text, once the new text is sure to
/// read.
fn rewrite(
    path: &Path,
    edit: impl FnOnce(&str) -> Result<String, String>,
) -> Result<(), WriteError> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(WriteError::Io(e)),
    };
    let text =
        edit(&text).map_err(|why| WriteError::Refused(format!("`{}`: {why}", path.display())))?;
    let file = SourceFile::new(path.display().to_string(), text.clone());
    let (_, problems) = read_source(path, file);
    if !problems.is_empty() {
        return Err(WriteError::WouldNotRead(problems));
    }
    super::super::mark::write_atomically(path, &text).map_err(WriteError::Io)
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
    fn overrides_and_comments_are_kept_beside_the_marks_and_go_with_the_answer() {
        let edits = [
            Edit::Override("why/first".into(), Some(1.0)),
            Edit::Comment("why".into(), Some("Say why, not only what.".into())),
        ];
        let (text, _) = edit_answer("", "Ada", "short", "d1", &edits).expect("edits");
        let table: toml::Table = toml::from_str(&text).expect("toml");
        let entry = &table["students"]["Ada"]["short"];
        assert_eq!(entry["overrides"]["why/first"].as_integer(), Some(1));
        assert_eq!(
            entry["comments"]["why"].as_str(),
            Some("Say why, not only what.")
        );
        // Taking the override back leaves no empty table; the comment stays.
        let back = [Edit::Override("why/first".into(), None)];
        let (again, _) = edit_answer(&text, "Ada", "short", "d1", &back).expect("edits");
        assert!(!again.contains("overrides"), "{again}");
        assert!(again.contains("Say why"), "{again}");
        // Another answer starts afresh.
        let (other, _) = edit_answer(&again, "Ada", "short", "d2", &[]).expect("edits");
        assert!(!other.contains("Say why"), "{other}");
        let commented = edit_hand_in_comment(&other, "Ada", Some("Well argued.")).expect("edits");
        let table: toml::Table = toml::from_str(&commented).expect("toml");
        assert_eq!(
            table["hand_ins"]["Ada"]["comment"].as_str(),
            Some("Well argued.")
        );
    }

    #[test]
    fn a_file_that_is_not_a_marks_file_is_refused() {
        assert!(edit_marks("students = 3\n", "Ada", "a", "d", &[]).is_err());
        assert!(edit_marks("not [toml", "Ada", "a", "d", &[]).is_err());
    }
}
