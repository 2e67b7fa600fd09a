//! The moderation queue of the class results: the answers the marker flagged first (in
//! [`crate::teacher::queue::flagged`]'s order), then every other automatically marked
//! keyword point or task, each to accept (all its marks), reject (none), override with a
//! mark and a comment, or comment on. A phrasing can be accepted for everyone: a regrade
//! preview comes first, and nothing is written until the teacher confirms.

use std::path::PathBuf;

use super::action::{ClassAction, Effect};
use super::app::ClassApp;
use crate::activity::Activity;
use crate::answer::summary::task_answer;
use crate::teacher::marks::write::Edit;
use crate::teacher::moderation::split_key;
use crate::teacher::queue::flagged;
use crate::teacher::rekey::KeyChange;
use crate::text::fmt_marks;

/// How many rows a page key moves.
const PAGE: usize = 10;

/// One automatically marked keyword point or task of a student's answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Position of the hand-in in the class.
    pub hand_in: usize,
    /// Position of the activity in the unit.
    pub activity: usize,
    /// `task` or `task/point`.
    pub key: String,
    /// The marks it has now.
    pub marks: f64,
    /// The most it gives.
    pub max: f64,
    /// Why the marker flagged it, when it did.
    pub flagged: Option<String>,
}

/// The queue: flagged answers first, then every other point or task the marker marked.
pub fn rows(app: &ClassApp) -> Vec<Row> {
    let mut all = Vec::new();
    for (h, hand_in) in app.class.hand_ins.iter().enumerate() {
        for (a, activity) in app.unit.activities.iter().enumerate() {
            let Some(sheet) = hand_in.sheet(&activity.id) else {
                continue;
            };
            let teachers = activity.markable();
            for task in &sheet.score.tasks {
                if teachers.iter().any(|m| *m.key == *task.id) {
                    continue;
                }
                let row = |key: String, marks, max| Row {
                    hand_in: h,
                    activity: a,
                    key,
                    marks,
                    max,
                    flagged: None,
                };
                if task.points.is_empty() {
                    all.push(row(task.id.to_string(), task.marks, task.max));
                }
                for p in &task.points {
                    all.push(row(format!("{}/{}", task.id, p.id), p.marks, p.max));
                }
            }
        }
    }
    let mut first = Vec::new();
    for f in flagged(&app.class, &app.unit) {
        let at = all.iter().position(|r| {
            r.hand_in == f.hand_in
                && r.key == f.key
                && app.unit.activities[r.activity].id == f.activity
        });
        if let Some(at) = at {
            let mut row = all.remove(at);
            row.flagged = Some(f.reason);
            first.push(row);
        }
    }
    first.extend(all);
    first
}

/// What a prompt asks the teacher to type.
#[derive(Debug, Clone, PartialEq)]
pub enum Asking {
    /// The mark to give.
    Mark,
    /// A comment (optional), with the mark given just before, if any.
    Comment(Option<f64>),
    /// A phrasing to accept for everyone.
    Phrase,
}

/// A line the teacher types, about one row of the queue.
#[derive(Debug, Clone, PartialEq)]
pub struct Prompt {
    /// What is asked.
    pub asking: Asking,
    /// The point or task it is about.
    pub row: Row,
    /// What has been typed.
    pub text: String,
}

impl Prompt {
    /// The question, as shown above what is typed.
    pub fn question(&self) -> String {
        match self.asking {
            Asking::Mark => format!(
                "Mark for {} (0 to {})",
                self.row.key,
                fmt_marks(self.row.max)
            ),
            Asking::Comment(_) => format!("Comment on {} (Enter for none)", self.row.key),
            Asking::Phrase => format!("Phrasing to accept for {} for everyone", self.row.key),
        }
    }
}

/// A change of key worked out and waiting for the teacher's word.
#[derive(Debug, Clone)]
pub struct Preview {
    /// Position of the activity in the unit.
    pub activity: usize,
    /// What the change is, in a sentence.
    pub title: String,
    /// Each student whose mark changes, with the marks before and after.
    pub lines: Vec<String>,
    /// The activity file to write.
    pub file: PathBuf,
    /// Its text with the change made.
    pub edited: String,
    /// The activity as that text gives it.
    pub new: Activity,
}

/// What the student gave for the task of `row`, in words ([`task_answer`]).
pub fn answer_text(app: &ClassApp, row: &Row) -> Option<String> {
    let a = app.unit.activities.get(row.activity)?;
    let sheet = app.class.hand_ins.get(row.hand_in)?.sheet(&a.id)?;
    let (task, _) = split_key(&row.key);
    task_answer(a, &sheet.sheet.answer, task)
}

/// Applies an action to the queue tab.
pub fn update(app: &mut ClassApp, action: ClassAction) {
    let rows = rows(app);
    let last = rows.len().saturating_sub(1);
    let Some(row) = rows.get(app.queue.min(last)).cloned() else {
        return;
    };
    let edit = |app: &mut ClassApp, edits: Vec<Edit>| {
        app.effects.push(Effect::Moderate {
            hand_in: row.hand_in,
            activity: row.activity,
            edits,
        })
    };
    let ask = |app: &mut ClassApp, asking| {
        app.prompt = Some(Prompt {
            asking,
            row: row.clone(),
            text: String::new(),
        })
    };
    match action {
        ClassAction::Up => app.queue = app.queue.min(last).saturating_sub(1),
        ClassAction::Down => app.queue = (app.queue + 1).min(last),
        ClassAction::PageUp => app.queue = app.queue.min(last).saturating_sub(PAGE),
        ClassAction::PageDown => app.queue = (app.queue + PAGE).min(last),
        ClassAction::Accept => edit(app, vec![Edit::Override(row.key.clone(), Some(row.max))]),
        ClassAction::Reject => edit(app, vec![Edit::Override(row.key.clone(), Some(0.0))]),
        ClassAction::TakeBack => edit(app, vec![Edit::Override(row.key.clone(), None)]),
        ClassAction::Override => ask(app, Asking::Mark),
        ClassAction::Comment => ask(app, Asking::Comment(None)),
        ClassAction::AcceptForAll => {
            if app.unit_dir.is_some() {
                ask(app, Asking::Phrase)
            } else {
                app.notice = Some(
                    "The bundled unit cannot be changed: open the class with --unit FOLDER.".into(),
                )
            }
        }
        _ => {}
    }
}

/// Applies an action to the prompt shown.
pub fn prompt(app: &mut ClassApp, action: ClassAction) {
    let Some(p) = app.prompt.as_mut() else {
        return;
    };
    match action {
        ClassAction::Type(c) => p.text.push(c),
        ClassAction::Erase => {
            p.text.pop();
        }
        ClassAction::Cancel => app.prompt = None,
        ClassAction::Confirm => {
            let Some(p) = app.prompt.take() else {
                return;
            };
            confirm(app, p);
        }
        _ => {}
    }
}

/// Puts pasted text (bracketed paste) into the prompt shown, as one line: line breaks and
/// tabs become spaces, other control characters and bidirectional controls are left out.
/// Without a prompt a paste does nothing, so it is never taken for keys.
pub fn paste(app: &mut ClassApp, text: &str) {
    let Some(p) = app.prompt.as_mut() else {
        return;
    };
    let text = text.replace("\r\n", "\n");
    p.text.extend(text.chars().filter_map(|c| match c {
        '\n' | '\r' | '\t' => Some(' '),
        c if crate::text::is_unsafe(c) => None,
        c => Some(c),
    }));
}

/// What the teacher typed, acted on.
fn confirm(app: &mut ClassApp, p: Prompt) {
    let text = p.text.trim().to_string();
    let row = &p.row;
    match p.asking {
        Asking::Mark => match text.replace(',', ".").parse::<f64>() {
            Ok(m) if m.is_finite() && (0.0..=row.max).contains(&m) => {
                app.prompt = Some(Prompt {
                    asking: Asking::Comment(Some(m)),
                    text: String::new(),
                    ..p
                });
            }
            _ => {
                app.notice = Some(format!(
                    "“{text}” is no mark: give a number from 0 to {}.",
                    fmt_marks(row.max)
                ));
                app.prompt = Some(p);
            }
        },
        Asking::Comment(mark) => {
            let mut edits: Vec<Edit> = mark
                .map(|m| Edit::Override(row.key.clone(), Some(m)))
                .into_iter()
                .collect();
            if !text.is_empty() {
                edits.push(Edit::Comment(row.key.clone(), Some(text)));
            }
            if !edits.is_empty() {
                app.effects.push(Effect::Moderate {
                    hand_in: row.hand_in,
                    activity: row.activity,
                    edits,
                });
            }
        }
        Asking::Phrase if text.is_empty() => {}
        Asking::Phrase => app.effects.push(Effect::Preview {
            activity: row.activity,
            change: KeyChange::Accept {
                target: row.key.clone(),
                phrase: text,
            },
        }),
    }
}

/// Applies an action to the regrade preview shown: confirmed, the change is written.
pub fn preview(app: &mut ClassApp, action: ClassAction) {
    match action {
        ClassAction::Confirm => app.effects.push(Effect::WriteKey),
        ClassAction::Cancel => {
            app.preview = None;
            app.notice = Some("Nothing written.".into());
        }
        _ => {}
    }
}
