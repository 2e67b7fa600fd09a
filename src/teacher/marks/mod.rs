//! The teacher's marks file, `marks.toml`: every mark a teacher gave, kept in a file the
//! teacher owns — at the top of the class folder — and never in a student's sheet or
//! hand-in, so that no student can give themselves marks.
//!
//! ```toml
//! schema_version = 1
//!
//! # Which folder counts when a student handed in more than once.
//! [hand_ins."Ada Lovelace"]
//! folder = "ada-second-try"
//!
//! # The answer marked (its digest), then the marks, by criterion or question id.
//! [students."Ada Lovelace".final_essay]
//! answer = "3f2a9c0d1e4b5a67"
//!
//! [students."Ada Lovelace".final_essay.marks]
//! argument = 6
//! knowledge = 4
//! ```
//!
//! Students are named as they handed in (compared without case or surrounding spaces);
//! each activity's table records the digest of the answer marked ([`answer_digest`]), so
//! a changed answer is flagged and waits to be marked again. An activity's table is the
//! place for what a teacher may later say of that answer beyond rubric marks, and a
//! student's `hand_ins` table for what concerns the whole hand-in. [`read`] reads the
//! file, [`Marks::of`] gives one answer's marks, and [`write::set_marks`] changes them,
//! keeping the teacher's comments and layout.

mod moderate;
mod raw;
pub mod write;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::activity::raw::Text;
use crate::activity::validate::{Ctx, SourceIds, content_hash};
use crate::activity::{Activity, Unit};
use crate::answer::sheet::{AnswerSheet, write_sheet};
use crate::answer::{Answer, MARKS_FILE};
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::load::{Disk, Files, parse};
use crate::text::clean;
use crate::text::fmt_marks;
use raw::{RawEntry, RawMarks};

pub use moderate::Final;
pub use write::set_marks;

/// How many folders above a piece of work its marks file is looked for: as deep as hand-ins
/// are looked for under a class folder.
const SEARCH_UP: usize = 4;

/// A student's name as marks are kept by it: without case or surrounding spaces.
pub fn student_key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// The digest of an answer as marked: a hash of what the student answered (the response
/// and the follow-up answers) to the activity `activity`, never of who or when.
pub fn answer_digest(activity: &str, answer: &Answer) -> String {
    let sheet = AnswerSheet {
        student: None,
        activity: activity.to_string(),
        activity_hash: String::new(),
        started: None,
        submitted: None,
        answer: Answer {
            teacher: BTreeMap::new(),
            ..answer.clone()
        },
    };
    content_hash(write_sheet(&sheet).as_bytes())
}

/// The marks file of a class folder: `marks.toml` at its top, or, when the folder is
/// itself one hand-in, the one beside it (see [`marks_beside`]).
pub fn class_marks(dir: &Path) -> PathBuf {
    if dir.join(super::HANDIN_FILE).is_file() {
        marks_beside(dir)
    } else {
        dir.join(MARKS_FILE)
    }
}

/// The marks file of a piece of work (a hand-in folder, or a sheet not in one): the
/// nearest `marks.toml` in the folders above it — never inside it, nor inside any hand-in
/// — else a new one beside it.
pub fn marks_beside(work: &Path) -> PathBuf {
    let work = std::fs::canonicalize(work).unwrap_or_else(|_| work.to_path_buf());
    let Some(start) = work.parent() else {
        return PathBuf::from(MARKS_FILE);
    };
    start
        .ancestors()
        .take(SEARCH_UP)
        .filter(|dir| !dir.join(super::HANDIN_FILE).is_file())
        .map(|dir| dir.join(MARKS_FILE))
        .find(|path| path.is_file())
        .unwrap_or_else(|| start.join(MARKS_FILE))
}

/// The teacher's marks, as read from a marks file.
#[derive(Debug, Default)]
pub struct Marks {
    /// The file they were read from, or will be written to.
    pub path: PathBuf,
    /// Its text, to point at its lines (none when there is no file yet).
    file: Option<Arc<SourceFile>>,
    /// Student key → activity id → the table as written.
    students: BTreeMap<String, BTreeMap<String, RawEntry>>,
    /// Student key → the folder chosen among the student's hand-ins.
    hand_ins: BTreeMap<String, Text>,
    /// Student key → the teacher's comment on the whole hand-in.
    hand_in_comments: BTreeMap<String, String>,
}

/// Reads the marks file at `path`; a missing file is no marks yet. A file that does not
/// read is reported (an error) and gives no marks.
pub fn read(path: &Path) -> (Marks, Vec<Diagnostic>) {
    if !path.exists() {
        let marks = Marks {
            path: path.to_path_buf(),
            ..Marks::default()
        };
        return (marks, Vec::new());
    }
    match Disk.read(path) {
        Ok(file) => read_source(path, file),
        Err(d) => {
            let marks = Marks {
                path: path.to_path_buf(),
                ..Marks::default()
            };
            (marks, vec![d])
        }
    }
}

/// Reads the text of the marks file at `path`.
fn read_source(path: &Path, file: Arc<SourceFile>) -> (Marks, Vec<Diagnostic>) {
    let mut marks = Marks {
        path: path.to_path_buf(),
        ..Marks::default()
    };
    let mut problems = Vec::new();
    match parse::<RawMarks>(&file) {
        Ok(raw) => {
            for (name, activities) in raw.students.map_or_else(Vec::new, |s| s.0) {
                let entry = marks.students.entry(student_key(name.get())).or_default();
                for (activity, table) in activities.0 {
                    entry.insert(activity.into_inner(), table);
                }
            }
            for (name, choice) in raw.hand_ins.map_or_else(Vec::new, |h| h.0) {
                let key = student_key(name.get());
                if let Some(comment) = choice.comment {
                    marks
                        .hand_in_comments
                        .insert(key.clone(), comment.into_inner());
                }
                if let Some(folder) = choice.folder {
                    marks.hand_ins.insert(key, folder);
                }
            }
        }
        Err(d) => problems.push(d),
    }
    marks.file = Some(file);
    (marks, problems)
}

impl Marks {
    /// The teacher's marks of `student`'s `answer` to `activity`: each for something the
    /// teacher marks, from 0 to its most. Marks for another answer than this one (the
    /// student's answer changed since) are not given: the answer waits to be marked again.
    /// Every problem is pushed into `diagnostics`, placed in the marks file.
    pub fn of(
        &self,
        student: &str,
        activity: &Activity,
        answer: &Answer,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> BTreeMap<String, f64> {
        let Some(entry) = self
            .students
            .get(&student_key(student))
            .and_then(|s| s.get(&activity.id))
        else {
            return BTreeMap::new();
        };
        let digest = answer_digest(&activity.id, answer);
        match &entry.answer {
            Some(marked) if *marked.get() == digest => self.checked(entry, activity, diagnostics),
            marked => {
                let first = [&entry.marks, &entry.overrides]
                    .into_iter()
                    .flatten()
                    .find_map(|m| m.0.first().map(|(k, _)| k.span()))
                    .or_else(|| {
                        entry
                            .comments
                            .as_ref()
                            .and_then(|c| c.0.first().map(|(k, _)| k.span()))
                    });
                if let Some(first) = first {
                    let span = marked.as_ref().map_or(first, Text::span);
                    let changed = Diagnostic::warning(
                        "answer-changed",
                        format!(
                            "{}'s answer to `{}` is not the one marked; its marks wait to be given again",
                            clean(student),
                            activity.id
                        ),
                    )
                    .label(format!("the answer handed in now has the digest `{digest}`"))
                    .help(format!(
                        "mark it again (`classwork mark`, or the class view's marking), or, if these marks still fit it, write `answer = \"{digest}\"`"
                    ));
                    diagnostics.push(self.placed(changed, span));
                }
                BTreeMap::new()
            }
        }
    }

    /// The marks of one activity's table that fit it, every other reported.
    fn checked(
        &self,
        entry: &RawEntry,
        activity: &Activity,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> BTreeMap<String, f64> {
        let mut given = BTreeMap::new();
        let Some(file) = &self.file else {
            return given;
        };
        let markable = activity.markable();
        let known: Vec<&str> = markable.iter().map(|m| m.key.as_str()).collect();
        let no_sources = SourceIds::new();
        let mut ctx = Ctx::new(file, &no_sources);
        for (key, mark) in entry.marks.iter().flat_map(|m| &m.0) {
            if !ctx.reference("teacher-marked task", key, &known) {
                continue;
            }
            let Some(m) = markable.iter().find(|m| m.key == *key.get()) else {
                continue;
            };
            let value = *mark.get();
            if !value.is_finite() || value < 0.0 {
                ctx.push(
                    Diagnostic::error("bad-number", "a mark is a number of 0 or more")
                        .at(mark.span()),
                );
            } else if value > m.max {
                ctx.push(
                    Diagnostic::error(
                        "mark-above-max",
                        format!("{} is more than `{}` can give", fmt_marks(value), m.key),
                    )
                    .at(mark.span())
                    .label(format!("at most {}", fmt_marks(m.max))),
                );
            } else {
                given.insert(m.key.clone(), value);
            }
        }
        diagnostics.extend(ctx.finish());
        given
    }

    /// Every mark of the file checked against `unit`, as [`Marks::of`] checks those of
    /// the answers it is given: for reading a marks file on its own.
    pub fn check(&self, unit: &Unit, diagnostics: &mut Vec<Diagnostic>) {
        for activities in self.students.values() {
            for (id, entry) in activities {
                if let Some(activity) = unit.activity(id) {
                    self.checked(entry, activity, diagnostics);
                }
            }
        }
    }

    /// The teacher's comment on `student`'s whole hand-in.
    pub fn hand_in_comment(&self, student: &str) -> Option<&str> {
        self.hand_in_comments
            .get(&student_key(student))
            .map(String::as_str)
    }

    /// The table of `student`'s answer to `activity` when it is for `answer` as handed in
    /// now (its digest recorded), else `None`.
    fn current(&self, student: &str, activity: &Activity, answer: &Answer) -> Option<&RawEntry> {
        let entry = self
            .students
            .get(&student_key(student))
            .and_then(|s| s.get(&activity.id))?;
        let digest = answer_digest(&activity.id, answer);
        entry
            .answer
            .as_ref()
            .is_some_and(|marked| *marked.get() == digest)
            .then_some(entry)
    }

    /// The folder the teacher chose among `student`'s hand-ins: a path from the class
    /// folder, with its place in the marks file.
    pub fn chosen_hand_in(&self, student: &str) -> Option<&Text> {
        self.hand_ins.get(&student_key(student))
    }

    /// `diagnostic` placed at `span` of the marks file.
    pub fn placed(&self, diagnostic: Diagnostic, span: std::ops::Range<usize>) -> Diagnostic {
        match &self.file {
            Some(file) => diagnostic.in_file(file).at(span),
            None => diagnostic,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_marks_file_is_the_nearest_above_the_work_and_never_in_a_hand_in() {
        let root = tempfile::tempdir().expect("tempdir");
        let class = root.path().join("class");
        let ada = class.join("group").join("ada");
        std::fs::create_dir_all(&ada).expect("mkdir");
        std::fs::write(ada.join(super::super::HANDIN_FILE), "").expect("write");
        let canonical = std::fs::canonicalize(&class).expect("canonical");
        // None yet: a new one beside the hand-in.
        assert_eq!(marks_beside(&ada), canonical.join("group").join(MARKS_FILE));
        // The class's, further up.
        std::fs::write(class.join(MARKS_FILE), "").expect("write");
        assert_eq!(marks_beside(&ada), canonical.join(MARKS_FILE));
        // One in a hand-in is passed over, for a sheet in it as for a hand-in in it.
        std::fs::write(ada.join(MARKS_FILE), "").expect("write");
        let inner = ada.join("bob");
        std::fs::create_dir_all(&inner).expect("mkdir");
        assert_eq!(marks_beside(&inner), canonical.join(MARKS_FILE));
        assert_eq!(class_marks(&class), class.join(MARKS_FILE));
        assert_eq!(class_marks(&ada), canonical.join(MARKS_FILE));
    }
}
