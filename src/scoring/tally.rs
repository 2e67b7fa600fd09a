//! Building a score: tasks, their explanation lines and what awaits a teacher.
//!
//! Every mark given or taken goes through [`TaskMarks::give`], so a task's marks are by
//! construction the sum of its explanation lines, and a score's marks the sum of all of them.

use std::ops::Range;
use std::sync::Arc;

use super::score::{Entry, Found, Highlight, Outcome, PointScore, TaskScore};

/// Marks closer together than this are the same (sums of thirds, say).
pub(crate) const EPSILON: f64 = 1e-9;

/// Rounds away the noise of floating-point sums (to a billionth of a mark).
pub(crate) fn tidy(marks: f64) -> f64 {
    // Adding 0.0 turns -0.0 into 0.0.
    (marks * 1e9).round() / 1e9 + 0.0
}

/// The words of an explanation line, written only when the score is explained: a text, or
/// a closure that writes one.
pub(crate) trait Reason {
    /// The words.
    fn write(self) -> Arc<str>;
}

impl Reason for &str {
    fn write(self) -> Arc<str> {
        Arc::from(self)
    }
}

impl Reason for Arc<str> {
    fn write(self) -> Arc<str> {
        self
    }
}

impl<F: FnOnce() -> String> Reason for F {
    fn write(self) -> Arc<str> {
        Arc::from(self())
    }
}

/// A task's id or label: shared with the activity that has it (`&Arc<str>`), or made here
/// for one that is worked out (`&str`, `String`).
pub(crate) trait TaskName {
    /// The name as a score holds it.
    fn name(self) -> Arc<str>;
}

impl TaskName for &Arc<str> {
    fn name(self) -> Arc<str> {
        Arc::clone(self)
    }
}

impl TaskName for &str {
    fn name(self) -> Arc<str> {
        Arc::from(self)
    }
}

impl TaskName for String {
    fn name(self) -> Arc<str> {
        Arc::from(self)
    }
}

/// One task being marked: its explanation lines, feedback and state.
#[derive(Debug)]
pub(crate) struct TaskMarks {
    id: Arc<str>,
    label: Arc<str>,
    max: f64,
    entries: Vec<Entry>,
    feedback: Vec<Arc<str>>,
    model_answer: Option<Arc<str>>,
    points: Vec<PointScore>,
    answered: bool,
    awaiting_teacher: bool,
    outcome: Option<Outcome>,
    highlights: Vec<Highlight>,
    flagged: Option<Arc<str>>,
    /// Whether its words are written (the lines' reasons, highlights, feedback and model
    /// answer); when not, its lines carry only their marks.
    explain: bool,
}

impl TaskMarks {
    /// A task with nothing given yet, explained when `explain` says.
    pub(crate) fn new(id: impl TaskName, label: impl TaskName, max: f64, explain: bool) -> Self {
        Self {
            id: id.name(),
            label: label.name(),
            max,
            entries: Vec::new(),
            feedback: Vec::new(),
            model_answer: None,
            points: Vec::new(),
            answered: false,
            awaiting_teacher: false,
            outcome: None,
            highlights: Vec::new(),
            flagged: None,
            explain,
        }
    }

    /// Gives (or, when negative, takes) marks, with the reason.
    pub(crate) fn give(&mut self, marks: f64, reason: impl Reason) {
        self.entries.push(Entry {
            task: Arc::clone(&self.id),
            marks,
            reason: if self.explain {
                reason.write()
            } else {
                Arc::default()
            },
        });
    }

    /// Records what the keyword point `id` earned, of the most it can, and why a phrase
    /// of it found earned nothing (replacing what was recorded of it before).
    pub(crate) fn point(&mut self, id: &Arc<str>, marks: f64, max: f64, flagged: Option<&str>) {
        let flagged = flagged.map(Arc::from);
        match self.points.iter_mut().find(|p| p.id == *id) {
            Some(point) => {
                point.marks = marks;
                point.flagged = flagged;
            }
            None => self.points.push(PointScore {
                id: Arc::clone(id),
                marks,
                max,
                flagged,
            }),
        }
    }

    /// Flags the task's mark for the teacher to judge, saying why.
    pub(crate) fn flag(&mut self, why: impl Into<Arc<str>>) {
        self.flagged = Some(why.into());
    }

    /// Whether a phrase of a keyword point was found and earned nothing, or nearly made the
    /// point (see [`PointScore::flagged`]).
    pub(crate) fn points_flagged(&self) -> bool {
        self.points.iter().any(|p| p.flagged.is_some())
    }

    /// Why the task is flagged, if it is.
    #[cfg(test)]
    pub(crate) fn flagged(&self) -> Option<&str> {
        self.flagged.as_deref()
    }

    /// A line of explanation that changes no marks; none when the task is not explained,
    /// or already has a line in the same words (an accepted answer and its keyword both
    /// denied say it once).
    pub(crate) fn note(&mut self, reason: impl Reason) {
        if !self.explain {
            return;
        }
        let reason = reason.write();
        if self.entries.iter().all(|e| e.reason != reason) {
            self.give(0.0, reason);
        }
    }

    /// Adds feedback text from the activity file, if there is any.
    pub(crate) fn feedback(&mut self, text: Option<&str>) {
        if !self.explain {
            return;
        }
        if let Some(text) = text.filter(|t| !t.trim().is_empty()) {
            self.feedback.push(Arc::from(text));
        }
    }

    /// Sets the model answer (callers check that the activity shows model answers).
    pub(crate) fn model_answer(&mut self, text: Option<&str>) {
        if self.explain {
            self.model_answer = text.map(Arc::from);
        }
    }

    /// Sets a model answer worked out by `write`, which is called only when the activity
    /// shows model answers.
    pub(crate) fn model_answer_from(&mut self, shown: bool, write: impl FnOnce() -> String) {
        if shown && self.explain {
            self.model_answer = Some(Arc::from(write()));
        }
    }

    /// Records a phrase of the student's text where a point was looked for: the phrase
    /// and its sentence (byte ranges of the text), what it did for the point, and why.
    pub(crate) fn highlight(
        &mut self,
        range: Range<usize>,
        sentence: Range<usize>,
        found: Found,
        reason: impl Reason,
    ) {
        if self.explain {
            self.highlights.push(Highlight {
                range,
                sentence,
                found,
                reason: reason.write(),
            });
        }
    }

    /// Records that the student gave something for this task.
    pub(crate) fn answered(&mut self) {
        self.answered = true;
    }

    /// Records that the task's marks are for a teacher to give.
    pub(crate) fn awaiting_teacher(&mut self) {
        self.awaiting_teacher = true;
    }

    /// Overrides the outcome worked out from the marks.
    pub(crate) fn set_outcome(&mut self, outcome: Outcome) {
        self.outcome = Some(outcome);
    }

    /// Marks given so far.
    pub(crate) fn marks(&self) -> f64 {
        self.entries.iter().map(|e| e.marks).sum()
    }

    /// Most marks the task can earn.
    pub(crate) fn max(&self) -> f64 {
        self.max
    }

    /// Takes off whatever is above `cap`, saying why.
    pub(crate) fn cap(&mut self, cap: f64, reason: impl Reason) {
        let over = self.marks() - cap;
        if over > EPSILON {
            self.give(-over, reason);
        }
    }

    /// How the task went: awaiting a teacher, unmarked (nothing to earn), right (full
    /// marks), not answered, partly right (some marks) or wrong.
    fn outcome(&self) -> Outcome {
        let marks = self.marks();
        if let Some(outcome) = self.outcome {
            outcome
        } else if self.awaiting_teacher {
            Outcome::AwaitingTeacher
        } else if self.max <= 0.0 {
            Outcome::Unmarked
        } else if marks >= self.max - EPSILON {
            Outcome::Right
        } else if !self.answered {
            Outcome::Unanswered
        } else if marks > EPSILON {
            Outcome::Partial
        } else {
            Outcome::Wrong
        }
    }
}

/// The tasks and explanation of a whole answer, built up part by part.
#[derive(Debug, Default)]
pub(crate) struct Tally {
    /// The tasks, in the activity's order.
    pub(crate) tasks: Vec<TaskScore>,
    /// The explanation lines, task by task.
    pub(crate) entries: Vec<Entry>,
    /// Marks a teacher still has to give.
    pub(crate) awaiting_teacher: f64,
}

impl Tally {
    /// Adds a finished task and its lines.
    pub(crate) fn push(&mut self, task: TaskMarks) {
        let outcome = task.outcome();
        if outcome == Outcome::AwaitingTeacher {
            self.awaiting_teacher += task.max;
        }
        self.tasks.push(TaskScore {
            marks: tidy(task.marks()),
            id: task.id,
            label: task.label,
            max: task.max,
            outcome,
            feedback: task.feedback,
            model_answer: task.model_answer,
            points: task.points,
            highlights: {
                let mut highlights = task.highlights;
                highlights.sort_by_key(|h| (h.range.start, h.range.end));
                highlights
            },
            flagged: task.flagged,
        });
        self.entries.extend(task.entries);
    }

    /// Adds a line about the whole answer rather than one task (a cap or a floor).
    pub(crate) fn adjust(&mut self, task: &str, marks: f64, reason: impl Into<Arc<str>>) {
        self.entries.push(Entry {
            task: Arc::from(task),
            marks,
            reason: reason.into(),
        });
    }

    /// Marks given so far: the sum of the explanation lines.
    pub(crate) fn marks(&self) -> f64 {
        self.entries.iter().map(|e| e.marks).sum()
    }

    /// Raises the marks to 0 if penalties took them below, saying why.
    pub(crate) fn floor_at_zero(&mut self, task: &str, reason: impl Into<Arc<str>>) {
        let marks = self.marks();
        if marks < -EPSILON {
            self.adjust(task, -marks, reason);
        }
    }

    /// Lowers the marks to `cap` if they are above it, saying why.
    pub(crate) fn cap(&mut self, task: &str, cap: f64, reason: impl Into<Arc<str>>) {
        let over = self.marks() - cap;
        if over > EPSILON {
            self.adjust(task, -over, reason);
        }
    }

    /// Appends another part's tasks and lines.
    pub(crate) fn append(&mut self, other: Tally) {
        self.tasks.extend(other.tasks);
        self.entries.extend(other.entries);
        self.awaiting_teacher += other.awaiting_teacher;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcome_follows_the_marks() {
        let mut task = TaskMarks::new("t", "T", 2.0, true);
        assert_eq!(task.outcome(), Outcome::Unanswered);
        task.answered();
        assert_eq!(task.outcome(), Outcome::Wrong);
        task.give(1.0, "half");
        assert_eq!(task.outcome(), Outcome::Partial);
        task.give(1.0, "the rest");
        assert_eq!(task.outcome(), Outcome::Right);
        task.cap(1.5, "capped");
        assert!((task.marks() - 1.5).abs() < EPSILON);
    }

    #[test]
    fn a_task_not_explained_keeps_its_marks_without_words() {
        let mut task = TaskMarks::new("t", "T", 2.0, false);
        task.answered();
        task.give(1.5, || panic!("the words are never written"));
        task.note("a note");
        task.feedback(Some("feedback"));
        task.model_answer(Some("model"));
        task.highlight(0..1, 0..1, Found::Earned, || {
            panic!("nor are a highlight's")
        });
        task.cap(1.0, || panic!("nor a cap's"));
        assert!((task.marks() - 1.0).abs() < EPSILON);
        assert_eq!(task.outcome(), Outcome::Partial);
        assert!(task.entries.iter().all(|e| e.reason.is_empty()));
        assert!(task.feedback.is_empty() && task.model_answer.is_none());
        assert!(task.highlights.is_empty());
    }

    #[test]
    fn a_note_is_given_once() {
        let mut task = TaskMarks::new("t", "T", 1.0, true);
        task.note("no mark for “1914”: you said the opposite");
        task.note(|| "no mark for “1914”: you said the opposite".to_string());
        task.note("missed the point “1914”");
        assert_eq!(task.entries.len(), 2);
    }

    #[test]
    fn floors_and_caps_add_a_line() {
        let mut tally = Tally::default();
        let mut task = TaskMarks::new("t", "T", 1.0, true);
        task.give(-2.0, "penalty");
        tally.push(task);
        tally.floor_at_zero("a", "never below 0");
        assert_eq!(tally.entries.len(), 2);
        assert!(tally.marks().abs() < EPSILON);
        assert_eq!(tidy(-0.0).to_string(), "0");
        assert_eq!(tidy(0.999_999_999_999_9), 1.0);
    }
}
