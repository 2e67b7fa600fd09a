//! A score and its explanation. Its texts are `Arc<str>`: a task's id and label, and a
//! keyword point's id, are the activity's own, shared by every score of it rather than
//! copied into each (a class of a thousand holds tens of thousands of them).

use std::ops::Range;
use std::sync::Arc;

/// How one task (row, card, item, question, cell, section) went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Full marks.
    Right,
    /// Some of the marks.
    Partial,
    /// No marks, though answered.
    Wrong,
    /// Not answered.
    Unanswered,
    /// Marked by a teacher, who has not marked it yet.
    AwaitingTeacher,
    /// Not marked at all (for example a grid cell with only a model answer).
    Unmarked,
}

impl Outcome {
    /// Whether a task with this outcome is asked again by a retry or a review: what was
    /// wrong or left out; what was partly right stays, to be improved.
    pub fn asked_again(self) -> bool {
        matches!(self, Outcome::Wrong | Outcome::Unanswered)
    }

    /// `✓`, `✗`, `~`, `·`, `…` or blank: a sign that does not rely on colour.
    pub fn sign(self) -> &'static str {
        match self {
            Outcome::Right => "✓",
            Outcome::Partial => "~",
            Outcome::Wrong => "✗",
            Outcome::Unanswered => "·",
            Outcome::AwaitingTeacher => "…",
            Outcome::Unmarked => " ",
        }
    }

    /// The outcome in words.
    pub fn word(self) -> &'static str {
        match self {
            Outcome::Right => "right",
            Outcome::Partial => "partly right",
            Outcome::Wrong => "wrong",
            Outcome::Unanswered => "not answered",
            Outcome::AwaitingTeacher => "awaiting the teacher",
            Outcome::Unmarked => "not marked",
        }
    }

    /// Whether "retry only what was wrong" should ask this task again.
    pub fn needs_retry(self) -> bool {
        matches!(
            self,
            Outcome::Partial | Outcome::Wrong | Outcome::Unanswered
        )
    }
}

/// One line of an explanation: marks given or taken, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Id of the task the line is about.
    pub task: Arc<str>,
    /// Marks given (positive) or taken (negative); 0 for a note.
    pub marks: f64,
    /// Why, in words a student can read.
    pub reason: Arc<str>,
}

impl Entry {
    /// The marks with their sign, as shown beside a reason: `+1`, `−0.5`, `0`.
    pub fn signed_marks(&self) -> String {
        let text = crate::text::fmt_marks(self.marks.abs());
        if text == "0" {
            text
        } else if self.marks > 0.0 {
            format!("+{text}")
        } else {
            format!("−{text}")
        }
    }
}

/// A phrase of a student's written answer where a point was looked for: the words that
/// earned it, or that would have but for a flaw (a list, a negation, a copy, a repeat).
#[derive(Debug, Clone, PartialEq)]
pub struct Highlight {
    /// The phrase: a byte range of the task's text (the answer, cell or section).
    pub range: Range<usize>,
    /// The sentence it is in: a byte range of the same text.
    pub sentence: Range<usize>,
    /// What the phrase did for its point.
    pub found: Found,
    /// The point it earned, or why it earned nothing, as guidance.
    pub reason: Arc<str>,
}

/// What a phrase where a point was found did for it (see [`Highlight`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// It earned the point.
    Earned,
    /// It made the point again, after the point had counted as often as it may: no fault.
    Again,
    /// It earned nothing, for the reason the highlight gives (a list, a negation, a copy).
    Refused,
}

/// The result of one task.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskScore {
    /// Id of the task (row, card, item, question, `row.column` cell, section, criterion).
    pub id: Arc<str>,
    /// What students see it called.
    pub label: Arc<str>,
    /// Marks earned.
    pub marks: f64,
    /// Most marks it can earn.
    pub max: f64,
    /// How it went.
    pub outcome: Outcome,
    /// Feedback from the activity file for this task (explanation, keyword feedback, …).
    pub feedback: Vec<Arc<str>>,
    /// The model answer, where the author gave one and allows it to be shown.
    pub model_answer: Option<Arc<str>>,
    /// The keyword points of a written task, each with the marks it earned (empty for a
    /// task with none).
    pub points: Vec<PointScore>,
    /// For a written task marked by its keywords, the phrases of the student's text where
    /// points were found, in the order written.
    pub highlights: Vec<Highlight>,
    /// Why the marker doubts the task's mark, for the teacher to judge (a decision its
    /// report's text contradicts); `None` when it has no doubt.
    pub flagged: Option<Arc<str>>,
}

/// What one keyword point of a written task earned, before the task's cap.
#[derive(Debug, Clone, PartialEq)]
pub struct PointScore {
    /// The keyword group's id.
    pub id: Arc<str>,
    /// Marks it earned.
    pub marks: f64,
    /// Most it can earn.
    pub max: f64,
    /// Why a phrase of the point that was found earned nothing (negated, in a list,
    /// repeated, copied), or a phrase that almost made the point (a near miss), for the
    /// teacher to judge; `None` when the point earned or nothing like it was found.
    pub flagged: Option<Arc<str>>,
}

/// The score of one answer to one activity, with every reason.
#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    /// Marks earned, automatic and teacher's together.
    pub marks: f64,
    /// Most marks the activity gives.
    pub max: f64,
    /// Each task's result, in the activity's order.
    pub tasks: Vec<TaskScore>,
    /// The explanation: its marks add up to `marks`.
    pub entries: Vec<Entry>,
    /// The activity's general feedback.
    pub feedback: Option<Arc<str>>,
    /// Marks still to be given by a teacher; the score is provisional while this is not 0.
    pub awaiting_teacher: f64,
}

impl Score {
    /// The score without its words, as [`super::Detail::MarksOnly`] gives it: the same
    /// marks, tasks (with their labels), outcomes, points and flags, but no explanation
    /// lines, highlights, feedback or model answers.
    pub(crate) fn marks_only(mut self) -> Self {
        self.entries = Vec::new();
        self.feedback = None;
        for task in &mut self.tasks {
            task.feedback = Vec::new();
            task.model_answer = None;
            task.highlights = Vec::new();
        }
        self
    }

    /// Whether part of the mark still waits for a teacher.
    pub fn is_provisional(&self) -> bool {
        self.awaiting_teacher > 0.0
    }

    /// The explanation as lines a student reads: `Source 3: +1 Working relationships — right`
    /// (lines about the whole activity have no task label).
    pub fn explanation(&self) -> Vec<String> {
        self.entries
            .iter()
            .map(|e| {
                let marks = e.signed_marks();
                match self.tasks.iter().find(|t| t.id == e.task) {
                    Some(task) => format!("{}: {marks} {}", task.label, e.reason),
                    None => format!("{marks} {}", e.reason),
                }
            })
            .collect()
    }

    /// The share of the marks earned, 0 to 1.
    pub fn fraction(&self) -> f64 {
        if self.max > 0.0 {
            self.marks / self.max
        } else {
            0.0
        }
    }
}
