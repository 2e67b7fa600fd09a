//! Item analysis: how hard each task was and how well it told stronger students from
//! weaker ones, as Moodle's quiz statistics report measures them.
//!
//! An *item* is one task of one activity (a sort row, a card, a match or rank item, a
//! question, a grid cell, a report section, a rubric criterion…). For item `p`, over the
//! `n` students whose hand-in has a mark for it (tasks still awaiting the teacher, and
//! activities not handed in, are left out, as Moodle leaves out questions not attempted):
//!
//! - **facility** `F = x̄ / max`: the mean share of the task's marks earned (Moodle's
//!   *facility index*, there ×100);
//! - **discrimination** `D = r(x, X)`: the Pearson correlation between the item score `x`
//!   and the rest of the test `X = T − x`, where `T` is the student's total over the unit
//!   (Moodle's *discrimination index*, there ×100: "the correlation coefficient between the
//!   scores for this item and the rest of the test", MoodleDocs, *Quiz statistics
//!   calculations*). `r = Σ(x − x̄)(X − X̄) / √(Σ(x − x̄)² · Σ(X − X̄)²)`; it is undefined
//!   (`None`) when fewer than 3 students have the item or either score does not vary.
//!
//! An item is flagged as possibly keyed wrongly when `D < 0` (students who did better
//! elsewhere did worse here), or when `F < 0.2` and the strongest third of the class by
//! total also earned under a fifth of its marks.

use super::class::Class;
use crate::activity::{Activity, Unit};
use crate::scoring::{Outcome, Score, TaskScore, perfect_answer_with_sources, score_with_sources};

/// Facility below which an item is very hard.
pub const LOW_FACILITY: f64 = 0.2;

/// Fewest students for a discrimination index.
pub const MIN_STUDENTS: usize = 3;

/// Why an item may be keyed wrongly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flag {
    /// Students who did better on the rest of the unit did worse on this item.
    NegativeDiscrimination,
    /// Almost no one earned the marks, not even the strongest third of the class.
    StrongStudentsFail,
}

impl Flag {
    /// The flag in words, for a teacher.
    pub fn describe(self) -> &'static str {
        match self {
            Flag::NegativeDiscrimination => {
                "negative discrimination: stronger students did worse here; check the key"
            }
            Flag::StrongStudentsFail => {
                "very hard even for the strongest third of the class; check the key"
            }
        }
    }
}

/// The statistics of one item.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemStats {
    /// Id of the activity.
    pub activity: String,
    /// Id of the task.
    pub task: String,
    /// What kind of task it is: `row`, `card`, `item`, `event`, `order`, `cell`,
    /// `question`, `text`, `section`, `decision`, `criterion` or `justification`.
    pub what: &'static str,
    /// What students see it called.
    pub label: String,
    /// Most marks it gives.
    pub max: f64,
    /// Students with a mark for it.
    pub n: usize,
    /// Mean marks earned.
    pub mean: f64,
    /// Mean share of its marks earned, 0 to 1; `None` when no one has a mark.
    pub facility: Option<f64>,
    /// Correlation with the rest of the test, −1 to 1 (see the module documentation).
    pub discrimination: Option<f64>,
    /// Facility among the strongest third of the class by total.
    pub upper_facility: Option<f64>,
    /// Reasons to check the key.
    pub flags: Vec<Flag>,
}

/// Pearson's correlation of two equally long series; `None` when shorter than 2 or when
/// either does not vary.
pub fn pearson(xs: &[f64], ys: &[f64]) -> Option<f64> {
    let n = xs.len();
    if n < 2 || ys.len() != n {
        return None;
    }
    let mean = |v: &[f64]| v.iter().sum::<f64>() / n as f64;
    let (mx, my) = (mean(xs), mean(ys));
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (x, y) in xs.iter().zip(ys) {
        sxy += (x - mx) * (y - my);
        sxx += (x - mx) * (x - mx);
        syy += (y - my) * (y - my);
    }
    const TINY: f64 = 1e-12;
    (sxx > TINY && syy > TINY).then(|| sxy / (sxx * syy).sqrt())
}

/// Moodle's discrimination index of an item (as a correlation, not ×100): `r(x, T − x)`
/// over students with item scores `items` and totals `totals`; `None` under
/// [`MIN_STUDENTS`] students or without variation.
pub fn discrimination(items: &[f64], totals: &[f64]) -> Option<f64> {
    if items.len() < MIN_STUDENTS {
        return None;
    }
    let rest: Vec<f64> = totals.iter().zip(items).map(|(t, x)| t - x).collect();
    pearson(items, &rest)
}

/// What kind of task `task` is in `activity`.
pub fn task_kind(activity: &Activity, task: &str) -> &'static str {
    if activity.follow_up.iter().any(|q| *q.id == *task) {
        return "question";
    }
    activity.body.task_noun(task)
}

/// Item analysis of every task of every activity of the unit, in the unit's order.
pub fn item_analysis(class: &Class, unit: &Unit) -> Vec<ItemStats> {
    let totals: Vec<f64> = class.hand_ins.iter().map(|h| h.total()).collect();
    let upper = upper_third(&totals);
    let mut out = Vec::new();
    for activity in &unit.activities {
        let perfect = score_with_sources(
            activity,
            &perfect_answer_with_sources(activity, &unit.sources),
            &unit.sources,
        );
        let tasks: Vec<(usize, &TaskScore)> = perfect
            .tasks
            .iter()
            .enumerate()
            .filter(|(_, t)| t.max > 0.0)
            .collect();
        // Each task's marks, the totals of the students who have them, and the marks of
        // those in the strongest third, gathered sheet by sheet: a sheet's tasks lie
        // together in memory, the same task of a thousand sheets does not.
        let mut marks: Vec<Marks> = vec![Marks::default(); tasks.len()];
        for (i, hand_in) in class.hand_ins.iter().enumerate() {
            let Some(sheet) = hand_in.sheet(&activity.id) else {
                continue;
            };
            for (&(k, task), found) in tasks.iter().zip(&mut marks) {
                let mark = task_at(&sheet.score, k, &task.id)
                    .filter(|t| t.outcome != Outcome::AwaitingTeacher);
                if let Some(t) = mark {
                    found.items.push(t.marks);
                    found.totals.push(totals[i]);
                    if upper[i] {
                        found.upper.push(t.marks);
                    }
                }
            }
        }
        for (&(_, task), found) in tasks.iter().zip(marks) {
            let Marks {
                items,
                totals: student_totals,
                upper: upper_items,
            } = found;
            let share = |v: &[f64]| {
                (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64 / task.max)
            };
            let facility = share(&items);
            let upper_facility = share(&upper_items);
            let discrimination = discrimination(&items, &student_totals);
            let mut flags = Vec::new();
            if discrimination.is_some_and(|d| d < 0.0) {
                flags.push(Flag::NegativeDiscrimination);
            }
            if facility.is_some_and(|f| f < LOW_FACILITY)
                && upper_facility.is_some_and(|f| f < LOW_FACILITY)
            {
                flags.push(Flag::StrongStudentsFail);
            }
            out.push(ItemStats {
                activity: activity.id.clone(),
                task: task.id.to_string(),
                what: task_kind(activity, &task.id),
                label: task.label.to_string(),
                max: task.max,
                n: items.len(),
                mean: if items.is_empty() {
                    0.0
                } else {
                    items.iter().sum::<f64>() / items.len() as f64
                },
                facility,
                discrimination,
                upper_facility,
                flags,
            });
        }
    }
    out
}

/// One task's marks over a class, student by student.
#[derive(Debug, Clone, Default)]
struct Marks {
    /// The marks of the students who have one.
    items: Vec<f64>,
    /// Those students' totals over the unit.
    totals: Vec<f64>,
    /// The marks of those among them in the strongest third.
    upper: Vec<f64>,
}

/// The task `id` of a score, looked for first at `k`, where it stands when the sheet answers
/// the activity as it is now.
fn task_at<'a>(score: &'a Score, k: usize, id: &str) -> Option<&'a TaskScore> {
    score
        .tasks
        .get(k)
        .filter(|t| &*t.id == id)
        .or_else(|| score.tasks.iter().find(|t| &*t.id == id))
}

/// Which students are in the strongest third by total (⌈n / 3⌉ of them; ties at the edge
/// go to the earlier student by name).
fn upper_third(totals: &[f64]) -> Vec<bool> {
    let mut order: Vec<usize> = (0..totals.len()).collect();
    order.sort_by(|&a, &b| totals[b].total_cmp(&totals[a]).then(a.cmp(&b)));
    let mut upper = vec![false; totals.len()];
    for &i in order.iter().take(totals.len().div_ceil(3)) {
        upper[i] = true;
    }
    upper
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pearson_by_hand() {
        // x = 1, 2, 3; y = 2, 4, 7: x̄ = 2, ȳ = 13/3.
        // Σ(x−x̄)(y−ȳ) = (−1)(−7/3) + 0 + (1)(8/3) = 5; Σ(x−x̄)² = 2;
        // Σ(y−ȳ)² = 49/9 + 1/9 + 64/9 = 114/9. r = 5 / √(2 · 114/9) = 15 / √228.
        let r = pearson(&[1.0, 2.0, 3.0], &[2.0, 4.0, 7.0]).expect("defined");
        assert!((r - 15.0 / 228f64.sqrt()).abs() < 1e-12);
        assert_eq!(pearson(&[1.0, 1.0], &[2.0, 3.0]), None);
    }

    #[test]
    fn discrimination_uses_the_rest_of_the_test() {
        // Items 1, 0, 1, 0 with totals 5, 1, 2, 4: rests 4, 1, 1, 4, which do not follow
        // the item at all: r = 0.
        let d = discrimination(&[1.0, 0.0, 1.0, 0.0], &[5.0, 1.0, 2.0, 4.0]).expect("defined");
        assert!(d.abs() < 1e-12);
        assert_eq!(discrimination(&[1.0, 0.0], &[2.0, 1.0]), None);
    }

    #[test]
    fn upper_third_rounds_up() {
        assert_eq!(
            upper_third(&[1.0, 5.0, 3.0, 4.0]),
            vec![false, true, false, true]
        );
    }
}
