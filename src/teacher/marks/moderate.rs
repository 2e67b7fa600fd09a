//! An answer's final mark: the automatic marks, the teacher's marks, the teacher's
//! overrides of any task or keyword point, and the teacher's comments, all as kept in the
//! marks file for the answer handed in now.

use std::collections::BTreeMap;

use super::Marks;
use crate::activity::validate::{Ctx, SourceIds};
use crate::activity::{Activity, Source};
use crate::answer::Answer;
use crate::diagnostic::Diagnostic;
use crate::scoring::{Detail, Score, score_with_detail};
use crate::teacher::moderation::{Change, apply, override_max};
use crate::text::fmt_marks;

/// An answer's final mark and what the teacher said of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Final {
    /// The score with the teacher's marks and overrides.
    pub score: Score,
    /// Each mark the teacher changed, in the score's order of tasks.
    pub changes: Vec<Change>,
    /// The marks the changes gave in all (negative when they took marks away).
    pub changed: f64,
    /// Task id (or `task/point`) → the teacher's comment.
    pub comments: BTreeMap<String, String>,
}

impl Marks {
    /// The final mark of `student`'s `answer` to `activity`: the teacher's marks set into
    /// the answer (as [`Marks::of`] gives them), the answer scored (with as much of the
    /// explanation as `detail` asks), then the teacher's
    /// overrides applied, with the comments. Overrides and comments kept for another answer
    /// (the student's changed since) are not given, like marks. An override of nothing the
    /// score has, or above what it marks, is reported at its place in the marks file and
    /// not counted.
    pub fn final_score(
        &self,
        student: &str,
        activity: &Activity,
        answer: &mut Answer,
        sources: &[Source],
        detail: Detail,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Final {
        answer.teacher = self.of(student, activity, answer, diagnostics);
        let score = score_with_detail(activity, answer, sources, detail);
        let Some(entry) = self.current(student, activity, answer) else {
            return Final {
                score,
                changes: Vec::new(),
                changed: 0.0,
                comments: BTreeMap::new(),
            };
        };
        let mut overrides = BTreeMap::new();
        if let Some(file) = &self.file {
            let no_sources = SourceIds::new();
            let mut ctx = Ctx::new(file, &no_sources);
            let keys = activity.markable();
            for (key, given) in entry.overrides.iter().flat_map(|o| &o.0) {
                let value = *given.get();
                match override_max(&score, &keys, key.get()) {
                    Err(why) => ctx.push(
                        Diagnostic::error("unknown-override", why)
                            .at(key.span())
                            .label("not overridden"),
                    ),
                    Ok(max) if !value.is_finite() || value < 0.0 || value > max => ctx.push(
                        Diagnostic::error(
                            "mark-above-max",
                            format!("`{}` takes a mark from 0 to {}", key.get(), fmt_marks(max)),
                        )
                        .at(given.span()),
                    ),
                    Ok(_) => {
                        overrides.insert(key.get().clone(), value);
                    }
                }
            }
            diagnostics.extend(ctx.finish());
        }
        let before = score.marks;
        let (score, changes) = apply(score, &overrides);
        let score = match detail {
            Detail::Explained => score,
            // Without the lines the teacher's marks added either.
            Detail::MarksOnly => score.marks_only(),
        };
        let comments = entry
            .comments
            .iter()
            .flat_map(|c| &c.0)
            .map(|(k, v)| (k.get().clone(), v.get().clone()))
            .collect();
        Final {
            changed: score.marks - before,
            score,
            changes,
            comments,
        }
    }
}
