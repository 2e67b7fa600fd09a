//! Marked work returned to a student: one file per student, written by `classwork class
//! --return DIR`, that the student opens in classwork (`classwork open FILE`) to see each
//! activity's final mark in its parts, what the teacher changed, and the teacher's
//! comments on each task and on the whole hand-in.
//!
//! ```toml
//! schema_version = 1
//! student = "Ada Lovelace"
//! unit = "soviet-foreign-policy"
//! returned = "2026-12-02T16:00:00Z"
//! comment = "A strong hand-in."
//!
//! [[activities]]
//! id = "short"
//! title = "Short questions"
//! marks = 3.0
//! max = 3.0
//! automatic = 1.0
//! teacher = 0.0
//! changed = 2.0
//! awaiting = 0.0
//! explanation = ["Who: +1 your teacher changed the mark from 0 to 1", "…"]
//!
//! [[activities.changes]]
//! task = "why/second-point"
//! label = "Why … (second-point)"
//! automatic = 0.0
//! given = 1.0
//!
//! [[activities.comments]]
//! task = "why"
//! label = "Why …"
//! text = "Name the second point yourself."
//! ```

use std::path::Path;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::class::HandIn;
use super::mark::{MarkParts, describe_parts, final_parts};
use super::marks::Marks;
use crate::activity::Unit;
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::load::{Disk, Files};
use crate::scoring::Detail;
use crate::text::clean;

/// One student's marked work.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarkedWork {
    /// Format version: 1.
    pub schema_version: i64,
    /// Whose work it is.
    pub student: String,
    /// The unit it was for.
    pub unit: String,
    /// When it was returned (RFC 3339).
    pub returned: String,
    /// The teacher's comment on the whole hand-in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// Each activity handed in, in the unit's order.
    #[serde(default)]
    pub activities: Vec<MarkedActivity>,
}

/// One activity's final mark and what the teacher said of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarkedActivity {
    /// The activity's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// The final mark.
    pub marks: f64,
    /// The most it gives.
    pub max: f64,
    /// Marks from the key.
    pub automatic: f64,
    /// Marks the teacher gave (rubric criteria, unkeyed questions).
    pub teacher: f64,
    /// Marks the teacher's changes gave (negative when they took marks away).
    pub changed: f64,
    /// Marks still to be given by the teacher.
    pub awaiting: f64,
    /// Each mark the teacher changed.
    #[serde(default)]
    pub changes: Vec<ReturnedChange>,
    /// The teacher's comments on tasks.
    #[serde(default)]
    pub comments: Vec<ReturnedComment>,
    /// The explanation of the mark, line by line.
    #[serde(default)]
    pub explanation: Vec<String>,
}

/// A mark the teacher changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReturnedChange {
    /// `task` or `task/point`.
    pub task: String,
    /// What it is called.
    pub label: String,
    /// What the marker gave.
    pub automatic: f64,
    /// What the teacher gave.
    pub given: f64,
}

/// A comment of the teacher's on a task.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReturnedComment {
    /// `task` or `task/point`.
    pub task: String,
    /// What it is called.
    pub label: String,
    /// The comment.
    pub text: String,
}

/// The marked work of `hand_in` (read with its answers whole), with the teacher's `marks`,
/// returned at `returned`.
pub fn marked_work(hand_in: &HandIn, unit: &Unit, marks: &Marks, returned: &str) -> MarkedWork {
    let student = &hand_in.manifest.student;
    let activities = hand_in
        .sheets
        .iter()
        .filter_map(|s| {
            let activity = unit.activity(&s.sheet.activity)?;
            let mut answer = s.sheet.answer.clone();
            let fin = marks.final_score(
                student,
                activity,
                &mut answer,
                &unit.sources,
                Detail::Explained,
                &mut Vec::new(),
            );
            let MarkParts {
                automatic,
                teacher,
                changed,
                awaiting,
                ..
            } = final_parts(activity, &fin);
            let label = |key: &str| {
                let task = key.split('/').next().unwrap_or(key);
                let point = key.split_once('/').map(|(_, p)| format!(" ({p})"));
                fin.score.tasks.iter().find(|t| *t.id == *task).map_or_else(
                    || key.to_string(),
                    |t| format!("{}{}", t.label, point.unwrap_or_default()),
                )
            };
            Some(MarkedActivity {
                id: activity.id.clone(),
                title: activity.title.clone(),
                marks: fin.score.marks,
                max: fin.score.max,
                automatic,
                teacher,
                changed,
                awaiting,
                changes: fin
                    .changes
                    .iter()
                    .map(|c| ReturnedChange {
                        task: c.key.clone(),
                        label: c.label.clone(),
                        automatic: c.automatic,
                        given: c.given,
                    })
                    .collect(),
                comments: fin
                    .comments
                    .iter()
                    .map(|(k, v)| ReturnedComment {
                        task: k.clone(),
                        label: label(k),
                        text: v.clone(),
                    })
                    .collect(),
                explanation: fin.score.explanation(),
            })
        })
        .collect();
    MarkedWork {
        schema_version: 1,
        student: student.clone(),
        unit: unit.id.clone(),
        returned: returned.to_string(),
        comment: marks.hand_in_comment(student).map(str::to_string),
        activities,
    }
}

/// The marked work as the file returned.
pub fn to_toml(work: &MarkedWork) -> String {
    let body = toml::to_string(work).unwrap_or_default();
    format!("# Marked work returned by your teacher: open it with `classwork open FILE`.\n{body}")
}

/// A file name for `student`'s marked work: letters and digits, the rest as `-`.
pub fn file_name(student: &str) -> String {
    let mut name = String::new();
    for c in student.trim().chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            name.push(c);
        } else if !name.ends_with('-') {
            name.push('-');
        }
    }
    let name = name.trim_matches('-');
    if name.is_empty() {
        "student.toml".to_string()
    } else {
        format!("{name}.toml")
    }
}

/// Reads a returned file: every problem placed at its line and column.
pub fn read(path: &Path) -> Result<MarkedWork, Diagnostic> {
    let file: Arc<SourceFile> = Disk.read(path)?;
    let work: MarkedWork = toml::from_str(&file.text).map_err(|e| {
        let d = Diagnostic::error(
            "not-marked-work",
            format!(
                "this is not marked work classwork can open: {}",
                e.message()
            ),
        )
        .in_file(&file);
        match e.span() {
            Some(span) => d.at(span),
            None => d,
        }
    })?;
    if work.schema_version != 1 {
        return Err(Diagnostic::error(
            "schema-version",
            format!(
                "marked work of version {} is not read by this classwork, which reads version 1",
                work.schema_version
            ),
        )
        .in_file(&file));
    }
    Ok(work)
}

/// What a line of marked work, as a student reads it, says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// Whose work it is, and when it was returned.
    Title,
    /// The teacher's comment on the whole hand-in.
    Comment,
    /// An activity and its final mark in its parts.
    Activity,
    /// A mark the teacher changed.
    Change,
    /// The teacher's comment on a task.
    TaskComment,
    /// A line of the explanation of the mark.
    Explanation,
    /// A line left empty between activities.
    Gap,
}

/// The marked work as a student reads it, line by line, each said what it is: each
/// activity's final mark and its parts, what the teacher changed, the teacher's comments,
/// and the explanation. Every text is cleaned of what could drive a terminal.
pub fn lines(work: &MarkedWork) -> Vec<(LineKind, String)> {
    let mut out = vec![(
        LineKind::Title,
        format!(
            "Marked work of {} — {} (returned {})",
            clean(&work.student),
            clean(&work.unit),
            clean(&work.returned)
        ),
    )];
    if let Some(comment) = &work.comment {
        out.push((
            LineKind::Comment,
            format!("Your teacher: “{}”", clean(comment)),
        ));
    }
    for a in &work.activities {
        let parts = MarkParts {
            automatic: a.automatic,
            teacher: a.teacher,
            total: a.marks,
            awaiting: a.awaiting,
            changed: a.changed,
        };
        out.push((LineKind::Gap, String::new()));
        out.push((
            LineKind::Activity,
            format!(
                "{} ({}): {}",
                clean(&a.title),
                clean(&a.id),
                describe_parts(&parts, a.max)
            ),
        ));
        for c in &a.changes {
            // An override that gives what the marker gave confirms the mark: nothing changed.
            let line = if (c.given - c.automatic).abs() < 1e-9 {
                format!(
                    "Your teacher confirmed {}: {}",
                    clean(&c.label),
                    crate::text::fmt_marks(c.given)
                )
            } else {
                format!(
                    "Your teacher changed {}: {} → {}",
                    clean(&c.label),
                    crate::text::fmt_marks(c.automatic),
                    crate::text::fmt_marks(c.given)
                )
            };
            out.push((LineKind::Change, line));
        }
        for c in &a.comments {
            out.push((
                LineKind::TaskComment,
                format!("Your teacher on {}: “{}”", clean(&c.label), clean(&c.text)),
            ));
        }
        for line in &a.explanation {
            out.push((LineKind::Explanation, format!("· {}", clean(line))));
        }
    }
    out
}

/// The marked work as a student reads it, as text (see [`lines`]): what an activity says
/// is indented under it.
pub fn render(work: &MarkedWork) -> String {
    let mut out = String::new();
    for (kind, line) in lines(work) {
        let indent = match kind {
            LineKind::Title | LineKind::Comment | LineKind::Activity | LineKind::Gap => "",
            LineKind::Change | LineKind::TaskComment | LineKind::Explanation => "  ",
        };
        out.push_str(indent);
        out.push_str(&line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_override_that_gives_the_markers_mark_reads_as_confirmed() {
        let change = |automatic, given| ReturnedChange {
            task: "q/p".into(),
            label: "the point".into(),
            automatic,
            given,
        };
        let activity = MarkedActivity {
            id: "a".into(),
            title: "A".into(),
            marks: 1.0,
            max: 2.0,
            automatic: 1.0,
            teacher: 0.0,
            changed: 0.0,
            awaiting: 0.0,
            changes: vec![change(0.0, 0.0), change(0.0, 1.0)],
            comments: Vec::new(),
            explanation: Vec::new(),
        };
        let work = MarkedWork {
            schema_version: 1,
            student: "Ada".into(),
            unit: "u".into(),
            returned: "now".into(),
            comment: None,
            activities: vec![activity],
        };
        let said: Vec<String> = lines(&work).into_iter().map(|(_, l)| l).collect();
        assert!(
            said.contains(&"Your teacher confirmed the point: 0".to_string()),
            "{said:?}"
        );
        assert!(
            said.contains(&"Your teacher changed the point: 0 → 1".to_string()),
            "{said:?}"
        );
    }

    #[test]
    fn names_are_safe_file_names() {
        assert_eq!(file_name("Ada Lovelace"), "ada-lovelace.toml");
        assert_eq!(file_name("../../etc/passwd"), "etc-passwd.toml");
        assert_eq!(file_name("  "), "student.toml");
    }

    #[test]
    fn a_file_that_is_not_marked_work_is_placed() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("w.toml");
        std::fs::write(&path, "schema_version = 1\nstudent = 3\n").expect("write");
        let d = read(&path).expect_err("refused");
        assert_eq!(d.code, "not-marked-work");
    }
}
