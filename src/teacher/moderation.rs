//! The teacher's last word on an automatically marked answer: overrides of any task or
//! keyword point, up or down, applied to a score so that the final mark shows what the
//! marker gave, what the teacher gave, and what changed.
//!
//! An override is keyed by what it marks, never by the marks the marker gave: `task` (a
//! question, section, row, card, cell … by the id its score carries) or `task/point` (a
//! keyword point of a written task, by the keyword group's id). It sets that task's or
//! point's marks to the teacher's number, so it still holds after the answer is marked
//! again with other rules or a changed key: whatever the marker gives, the teacher's number
//! stands. A point's override changes its task by the difference, the task kept between 0
//! and its most; a task's override sets the task outright (after its points').

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::activity::Markable;
use crate::scoring::{Entry, Outcome, Score, TaskScore};
use crate::text::fmt_marks;

/// Marks closer than this are the same.
const EPSILON: f64 = 1e-9;

/// One mark the teacher changed.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// `task` or `task/point`.
    pub key: String,
    /// What it is called: the task's label, with the point's id.
    pub label: String,
    /// What the marker gave.
    pub automatic: f64,
    /// What the teacher gives instead.
    pub given: f64,
}

impl Change {
    /// `why/first-point: 0 → 1`.
    pub fn describe(&self) -> String {
        format!(
            "{}: {} → {}",
            self.key,
            fmt_marks(self.automatic),
            fmt_marks(self.given)
        )
    }
}

/// `key` split into its task and, for a keyword point, the point: `why/first-point`.
pub fn split_key(key: &str) -> (&str, Option<&str>) {
    match key.split_once('/') {
        Some((task, point)) => (task, Some(point)),
        None => (key, None),
    }
}

/// The most an override of `key` can give in `score`, or why `key` cannot be overridden:
/// it must name a task of the score that the teacher does not already mark (`markable`),
/// or a keyword point of one.
pub fn override_max(score: &Score, markable: &[Markable], key: &str) -> Result<f64, String> {
    let (task_id, point) = split_key(key);
    let Some(task) = score.tasks.iter().find(|t| *t.id == *task_id) else {
        let known: Vec<&str> = score.tasks.iter().map(|t| &*t.id).collect();
        return Err(format!(
            "`{task_id}` is no task of this activity; its tasks are: {}",
            known.join(", ")
        ));
    };
    if markable.iter().any(|m| m.key == task_id) {
        return Err(format!(
            "`{task_id}` is the teacher's to mark already: give it a mark, not an override"
        ));
    }
    match point {
        None => Ok(task.max),
        Some(point) => task
            .points
            .iter()
            .find(|p| *p.id == *point)
            .map(|p| p.max)
            .ok_or_else(|| {
                let known: Vec<&str> = task.points.iter().map(|p| &*p.id).collect();
                if known.is_empty() {
                    format!("`{task_id}` has no keyword points")
                } else {
                    format!(
                        "`{point}` is no keyword point of `{task_id}`; its points are: {}",
                        known.join(", ")
                    )
                }
            }),
    }
}

/// `score` with the teacher's `overrides` (key → marks) applied, and each change made. Keys
/// that name nothing in the score are passed over (check them with [`override_max`]); marks
/// are kept between 0 and the most the task or point gives. Each change is a line of the
/// explanation, so the lines still add up to the mark.
pub fn apply(mut score: Score, overrides: &BTreeMap<String, f64>) -> (Score, Vec<Change>) {
    let mut changes = Vec::new();
    let mut entries = Vec::new();
    for task in &mut score.tasks {
        let before = task.marks;
        let mut after = before;
        for (key, given) in overrides {
            let (task_id, Some(point_id)) = split_key(key) else {
                continue;
            };
            if task_id != &*task.id {
                continue;
            }
            if let Some(point) = task.points.iter_mut().find(|p| *p.id == *point_id) {
                let given = given.clamp(0.0, point.max);
                changes.push(Change {
                    key: key.clone(),
                    label: format!("{} ({point_id})", task.label),
                    automatic: point.marks,
                    given,
                });
                after += given - point.marks;
                point.marks = given;
                // The teacher has judged it: it is flagged no more.
                point.flagged = None;
            }
        }
        after = after.clamp(0.0, task.max);
        if let Some(given) = overrides.get(&*task.id) {
            let given = given.clamp(0.0, task.max);
            changes.push(Change {
                key: task.id.to_string(),
                label: task.label.to_string(),
                automatic: before,
                given,
            });
            after = given;
            task.flagged = None;
        }
        if (after - before).abs() > EPSILON {
            entries.push(Entry {
                task: Arc::clone(&task.id),
                marks: after - before,
                reason: Arc::from(format!(
                    "your teacher changed the mark from {} to {}",
                    fmt_marks(before),
                    fmt_marks(after)
                )),
            });
            task.marks = after;
            task.outcome = outcome(task);
        }
    }
    let change: f64 = entries.iter().map(|e| e.marks).sum();
    let total = (score.marks + change).clamp(0.0, score.max);
    let capped = score.marks + change - total;
    score.entries.extend(entries);
    if capped.abs() > EPSILON {
        score.entries.push(Entry {
            task: Arc::from("activity"),
            marks: -capped,
            reason: Arc::from(format!(
                "kept within the activity's {}",
                fmt_marks(score.max)
            )),
        });
    }
    score.marks = total;
    (score, changes)
}

/// How a task went once the teacher changed its marks.
fn outcome(task: &TaskScore) -> Outcome {
    if task.marks >= task.max - EPSILON {
        Outcome::Right
    } else if task.marks > EPSILON {
        Outcome::Partial
    } else if task.outcome == Outcome::Unanswered {
        Outcome::Unanswered
    } else {
        Outcome::Wrong
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::PointScore;

    fn score() -> Score {
        let task = TaskScore {
            id: "why".into(),
            label: "Why".into(),
            marks: 1.0,
            max: 2.0,
            outcome: Outcome::Partial,
            feedback: Vec::new(),
            model_answer: None,
            highlights: Vec::new(),
            flagged: None,
            points: vec![
                PointScore {
                    id: "first".into(),
                    marks: 1.0,
                    max: 1.0,
                    flagged: None,
                },
                PointScore {
                    id: "second".into(),
                    marks: 0.0,
                    max: 1.0,
                    flagged: None,
                },
            ],
        };
        Score {
            marks: 1.0,
            max: 2.0,
            tasks: vec![task],
            entries: vec![Entry {
                task: "why".into(),
                marks: 1.0,
                reason: "mentioned".into(),
            }],
            feedback: None,
            awaiting_teacher: 0.0,
        }
    }

    fn sum(score: &Score) -> f64 {
        score.entries.iter().map(|e| e.marks).sum()
    }

    #[test]
    fn a_point_raised_or_lowered_moves_its_task_and_the_lines_still_add_up() {
        let up = BTreeMap::from([("why/second".to_string(), 1.0)]);
        let (raised, changes) = apply(score(), &up);
        assert_eq!(raised.marks, 2.0);
        assert_eq!(raised.tasks[0].outcome, Outcome::Right);
        assert_eq!(changes[0].describe(), "why/second: 0 → 1");
        assert_eq!(changes[0].label, "Why (second)");
        assert!((sum(&raised) - raised.marks).abs() < EPSILON);
        let down = BTreeMap::from([("why/first".to_string(), 0.0)]);
        let (lowered, _) = apply(score(), &down);
        assert_eq!(lowered.marks, 0.0);
        assert_eq!(lowered.tasks[0].outcome, Outcome::Wrong);
        assert!((sum(&lowered) - lowered.marks).abs() < EPSILON);
    }

    #[test]
    fn a_task_override_sets_the_task_and_stays_within_its_most() {
        let given = BTreeMap::from([("why".to_string(), 7.0)]);
        let (score, changes) = apply(score(), &given);
        assert_eq!(score.marks, 2.0);
        assert_eq!(changes[0].given, 2.0);
        let unknown = BTreeMap::from([("nothing".to_string(), 1.0)]);
        let (same, changes) = apply(self::score(), &unknown);
        assert_eq!(same, self::score());
        assert!(changes.is_empty());
    }

    #[test]
    fn only_tasks_and_points_of_the_score_can_be_overridden() {
        let s = score();
        assert_eq!(override_max(&s, &[], "why"), Ok(2.0));
        assert_eq!(override_max(&s, &[], "why/second"), Ok(1.0));
        assert!(override_max(&s, &[], "why/third").is_err());
        assert!(override_max(&s, &[], "who").is_err());
        let rubric = Markable {
            key: "why".into(),
            label: "Why".into(),
            max: 2.0,
            levels: Vec::new(),
        };
        assert!(override_max(&s, &[rubric], "why").is_err());
    }
}
