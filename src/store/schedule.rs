//! The review schedule: FSRS (the model Anki uses) with its default parameters, replayed
//! over a task's marked answers.
//!
//! A task joins the queue the first time it is missed (wrong, partly right or left
//! blank) and stays in it; a task only ever answered right never joins. Each answer is a
//! review: a miss rates "again", a right answer "good". A miss is due again at once; after
//! a right answer the task is due when FSRS says (its long-term scheduler: whole days,
//! as reviews are a daily habit; default weights, target recall 90%).
//! When the unit has an exam date the schedule is kept going until then: a task FSRS
//! would bring back after the exam comes back the day before it, and once the exam day
//! is over nothing of the unit is due (see [`super::Store::review_queue`]).
//!
//! Everything here is pure: the same answers and clock give the same schedule.

use std::cmp::Ordering;

use chrono::{DateTime, Utc};
use rs_fsrs::{Card, FSRS, Parameters, Rating, State};

use crate::scoring::Outcome;

/// Seconds in a day.
pub const DAY: i64 = 24 * 60 * 60;

/// How many due tasks a day's review offers.
pub const DAILY_LIMIT: usize = 20;

/// One marked answer to a task: when, and whether it was right.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Recall {
    /// When it was submitted (seconds since the epoch).
    pub at: i64,
    /// Whether it was right (`false`: missed, to be reviewed).
    pub right: bool,
}

impl Recall {
    /// The review an outcome counts as, at `at`; `None` for an outcome not marked yet.
    pub fn of(outcome: Outcome, at: i64) -> Option<Self> {
        match outcome {
            Outcome::Right => Some(Self { at, right: true }),
            Outcome::Partial | Outcome::Wrong | Outcome::Unanswered => {
                Some(Self { at, right: false })
            }
            Outcome::AwaitingTeacher | Outcome::Unmarked => None,
        }
    }
}

/// Where a task stands in the review queue.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Memory {
    /// How many times it was missed.
    pub lapses: i64,
    /// When it is due (seconds since the epoch).
    pub due_at: i64,
    /// When it was last answered.
    pub last_at: i64,
    /// FSRS stability: days until the chance of recall falls to 90%.
    pub stability: f64,
}

impl Memory {
    /// The chance (0 to 1) of recalling the task at `at`, by the FSRS forgetting curve.
    pub fn recall_at(&self, at: i64) -> f64 {
        let days = ((at - self.last_at).max(0) as f64) / DAY as f64;
        Parameters::forgetting_curve(days, self.stability.max(0.01))
    }
}

fn time(seconds: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(seconds, 0).unwrap_or_default()
}

/// Where a task stands after `answers` (oldest first), for a unit whose exam is at
/// `exam` (the start of its day, seconds since the epoch), if any. `None`: not in the
/// queue (never missed, or the exam is over).
pub fn replay(answers: &[Recall], exam: Option<i64>) -> Option<Memory> {
    let first_miss = answers.iter().position(|a| !a.right)?;
    let fsrs = FSRS::new(Parameters {
        enable_short_term: false,
        ..Parameters::default()
    });
    let mut card = Card {
        due: time(answers[first_miss].at),
        last_review: time(answers[first_miss].at),
        ..Card::default()
    };
    let mut lapses = 0;
    for answer in &answers[first_miss..] {
        let rating = if answer.right {
            Rating::Good
        } else {
            lapses += 1;
            Rating::Again
        };
        card = fsrs.next(card, time(answer.at), rating).card;
    }
    let (last_at, missed) = answers.last().map_or((0, false), |a| (a.at, !a.right));
    let mut memory = Memory {
        lapses,
        due_at: if missed {
            last_at
        } else {
            card.due.timestamp()
        },
        last_at,
        stability: if card.state == State::New {
            0.0
        } else {
            card.stability
        },
    };
    if let Some(exam) = exam {
        let eve = exam - DAY;
        if last_at >= exam || (memory.due_at > eve && last_at >= eve) {
            return None;
        }
        memory.due_at = memory.due_at.min(eve);
    }
    Some(memory)
}

/// The predicted recall in words: at the exam when there is one ahead of `now`, else now
/// (or, when the last answer was a miss, that it was missed).
pub fn recall_words(memory: &Memory, now: i64, exam: Option<i64>) -> &'static str {
    match exam.filter(|&e| e > now) {
        Some(exam) => match memory.recall_at(exam) {
            r if r >= 0.9 => "you will probably remember this by the exam",
            r if r >= 0.7 => "may slip by the exam",
            _ => "likely to slip by the exam",
        },
        // Just missed: a high chance of recall straight after seeing the answer says
        // nothing of what will stay.
        None if memory.due_at <= memory.last_at => "not learnt yet: worth another go",
        None => match memory.recall_at(now) {
            r if r >= 0.9 => "you will probably remember this",
            r if r >= 0.7 => "starting to slip",
            _ => "probably forgotten: worth another go",
        },
    }
}

/// What a reviewed task's outcome means for its schedule, in words, with a sign that does
/// not rely on colour.
pub fn review_verdict(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Right => "✓ Right: it comes back later",
        Outcome::Partial => "~ Partly right: it comes back soon",
        Outcome::Wrong | Outcome::Unanswered => "✗ Not yet: it comes back soon",
        Outcome::AwaitingTeacher | Outcome::Unmarked => "… Waits for your teacher's mark",
    }
}

/// The order due tasks are reviewed in: the least likely to be recalled now first, then
/// the most missed, then the earliest due, then by unit, activity and task.
pub fn due_first(a: &ReviewItem, b: &ReviewItem) -> Ordering {
    a.recall
        .total_cmp(&b.recall)
        .then(b.lapses.cmp(&a.lapses))
        .then(a.due_at.cmp(&b.due_at))
        .then_with(|| {
            (&a.unit_id, &a.activity_id, &a.task_id).cmp(&(&b.unit_id, &b.activity_id, &b.task_id))
        })
}

/// A task due for review.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewItem {
    /// Unit id.
    pub unit_id: String,
    /// Activity id.
    pub activity_id: String,
    /// Task id (row, card, item, question, …).
    pub task_id: String,
    /// How many times it was missed.
    pub lapses: i64,
    /// When it is due (seconds since the epoch).
    pub due_at: i64,
    /// The chance of recalling it now, 0 to 1.
    pub recall: f64,
    /// The predicted recall in words ([`recall_words`]).
    pub recall_words: &'static str,
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_800_000_000;

    fn miss(at: i64) -> Recall {
        Recall { at, right: false }
    }

    fn right(at: i64) -> Recall {
        Recall { at, right: true }
    }

    #[test]
    fn a_task_never_missed_is_not_in_the_queue() {
        assert_eq!(replay(&[], None), None);
        assert_eq!(replay(&[right(NOW), right(NOW + DAY)], None), None);
    }

    #[test]
    fn outcomes_count_as_misses_or_right_and_unmarked_ones_not_at_all() {
        for missed in [Outcome::Partial, Outcome::Wrong, Outcome::Unanswered] {
            assert_eq!(Recall::of(missed, 5), Some(miss(5)));
        }
        assert_eq!(Recall::of(Outcome::Right, 5), Some(right(5)));
        for unmarked in [Outcome::AwaitingTeacher, Outcome::Unmarked] {
            assert_eq!(Recall::of(unmarked, 5), None);
        }
    }

    #[test]
    fn a_miss_is_due_at_once_and_counts_a_lapse() {
        let m = replay(&[right(NOW - DAY), miss(NOW)], None).expect("in the queue");
        assert_eq!(m.lapses, 1);
        assert_eq!(m.due_at, NOW);
        assert_eq!(m.last_at, NOW);
    }

    #[test]
    fn right_answers_space_the_reviews_out_ever_more() {
        let mut answers = vec![miss(NOW)];
        let mut gaps = Vec::new();
        for _ in 0..6 {
            let m = replay(&answers, None).expect("stays in the queue");
            gaps.push(m.due_at - m.last_at);
            answers.push(right(m.due_at));
        }
        assert!(gaps.windows(2).all(|g| g[0] < g[1]), "{gaps:?}");
        assert!(gaps[5] > 30 * DAY, "reviews go on past a month: {gaps:?}");
    }

    #[test]
    fn a_new_miss_brings_a_well_known_task_back_soon() {
        let mut answers = vec![miss(NOW)];
        for _ in 0..5 {
            let m = replay(&answers, None).expect("in the queue");
            answers.push(right(m.due_at));
        }
        let known = replay(&answers, None).expect("in the queue");
        let at = known.due_at;
        answers.push(miss(at));
        let lapsed = replay(&answers, None).expect("in the queue");
        assert_eq!(lapsed.lapses, 2);
        assert_eq!(lapsed.due_at, at);
        answers.push(right(at + 60));
        let relearnt = replay(&answers, None).expect("in the queue");
        assert!(relearnt.due_at - relearnt.last_at < known.due_at - known.last_at);
    }

    #[test]
    fn the_schedule_is_a_function_of_the_answers() {
        let answers = [miss(NOW), right(NOW + 600), right(NOW + 3 * DAY)];
        assert_eq!(replay(&answers, None), replay(&answers, None));
    }

    #[test]
    fn with_an_exam_a_task_comes_back_the_day_before_and_not_after() {
        let mut answers = vec![miss(NOW)];
        for _ in 0..6 {
            let m = replay(&answers, None).expect("in the queue");
            answers.push(right(m.due_at));
        }
        let free = replay(&answers, None).expect("in the queue");
        let exam = free.last_at + 10 * DAY;
        assert!(free.due_at > exam, "{free:?}");
        let kept = replay(&answers, Some(exam)).expect("still before the exam");
        assert_eq!(kept.due_at, exam - DAY);
        answers.push(right(exam - DAY));
        assert_eq!(replay(&answers, Some(exam)), None, "reviewed on the eve");
        assert_eq!(replay(&[miss(exam + 60)], Some(exam)), None, "after it");
    }

    #[test]
    fn predicted_recall_is_told_in_words() {
        let fresh = replay(&[miss(NOW), right(NOW + 600)], None).expect("in the queue");
        assert_eq!(
            recall_words(&fresh, fresh.last_at, None),
            "you will probably remember this"
        );
        assert_eq!(
            recall_words(&fresh, fresh.last_at, Some(fresh.last_at + 200 * DAY)),
            "likely to slip by the exam"
        );
        assert_eq!(
            recall_words(&fresh, fresh.last_at + 200 * DAY, None),
            "probably forgotten: worth another go"
        );
        // Just missed: a fresh memory of the answer is not a sign it was learnt.
        let missed = replay(&[miss(NOW)], None).expect("in the queue");
        assert_eq!(
            recall_words(&missed, NOW + 60, None),
            "not learnt yet: worth another go"
        );
    }

    #[test]
    fn due_tasks_come_least_recalled_then_most_missed_then_earliest() {
        let item = |task: &str, recall, lapses, due_at| ReviewItem {
            unit_id: "u".into(),
            activity_id: "a".into(),
            task_id: task.into(),
            lapses,
            due_at,
            recall,
            recall_words: "",
        };
        let mut due = [
            item("late", 0.5, 1, 9),
            item("known", 0.9, 9, 0),
            item("lapses", 0.5, 3, 9),
            item("early", 0.5, 1, 1),
        ];
        due.sort_by(due_first);
        let order: Vec<&str> = due.iter().map(|d| d.task_id.as_str()).collect();
        assert_eq!(order, ["lapses", "early", "late", "known"]);
    }
}
