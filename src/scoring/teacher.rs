//! Marks a teacher gives: rubric criteria, and written questions with no key.
//!
//! The teacher's marks are in [`crate::answer::Answer::teacher`], under the criterion id
//! (`criterion` for an essay's or report's own rubric, `section.criterion` for a report
//! section's) or the question id. A mark is kept within 0 and the most the task gives.
//! Until the teacher has marked a task the student wrote something for, the task is
//! awaiting the teacher: it earns nothing yet, its marks count in
//! [`crate::scoring::Score::awaiting_teacher`], and the score is provisional. A task with
//! nothing written earns nothing and awaits no one.

use super::context::{Context, marks, quoted};
use super::tally::{Tally, TaskMarks};
use crate::activity::Criterion;

/// Gives the teacher's mark under `key`, described by `describe`, or records that the task
/// awaits one.
pub(crate) fn teacher_mark(
    ctx: &Context<'_>,
    task: &mut TaskMarks,
    key: &str,
    written: &str,
    describe: impl Fn(f64) -> String,
) {
    let max = task.max();
    match ctx.teacher(key) {
        Some(mark) => {
            task.answered();
            let mark = mark.clamp(0.0, max);
            task.give(mark, || describe(mark));
        }
        None if written.trim().is_empty() => task.note("nothing written to mark"),
        None => {
            task.answered();
            task.awaiting_teacher();
            task.note(|| format!("awaiting your teacher's mark (up to {})", marks(max)));
        }
    }
}

/// One task per rubric criterion, keyed `prefix` + criterion id.
pub(crate) fn score_rubric(
    ctx: &Context<'_>,
    criteria: &[Criterion],
    prefix: &str,
    written: &str,
) -> Tally {
    let mut tally = Tally::default();
    for criterion in criteria {
        let key = format!("{prefix}{}", criterion.id);
        let mut task = ctx.task(
            key.as_str(),
            criterion.criterion.as_str(),
            criterion.max_points(),
        );
        teacher_mark(ctx, &mut task, &key, written, |mark| {
            match criterion.levels.iter().find(|l| l.points == mark) {
                Some(level) => format!("your teacher's mark: {}", quoted(&level.description)),
                None => "your teacher's mark".to_string(),
            }
        });
        tally.push(task);
    }
    tally
}
