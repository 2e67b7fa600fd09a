//! The review queue: tasks answered wrongly come back, on a Leitner schedule.
//!
//! The rule: a task answered wrongly (or partly, or not at all) goes to box 1 and is due at
//! once, and its lapse count goes up. Each time it is then answered right it moves up a box
//! and is due again after that box's interval: 1, 3, 7 and 14 days for boxes 2 to 5. Right
//! in box 5, it leaves the queue. Due tasks come lowest box first, then most lapses, so a
//! learner sees first what they keep getting wrong.
//!
//! The schedule is pure ([`next_place`], [`due_first`]); the database only keeps each
//! task's place.

use std::cmp::Ordering;

use rusqlite::{Transaction, params};

use super::{Profile, Store, StoreError};
use crate::scoring::{Outcome, Score};

/// Days before a task in box N (index N−1) is due again after a right answer.
pub const LEITNER_INTERVALS_DAYS: [i64; 5] = [0, 1, 3, 7, 14];

const DAY: i64 = 24 * 60 * 60;

/// Where a task stands in the review queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    /// Leitner box, 1 to 5.
    pub leitner_box: i64,
    /// How many times it was answered wrongly.
    pub lapses: i64,
    /// When it is due (seconds since the epoch).
    pub due_at: i64,
}

/// Where a task stands after it was answered with `outcome` at `at` (seconds since the
/// epoch), from `current` (`None`: not in the queue). `None`: it is not in the queue after.
pub fn next_place(current: Option<Place>, outcome: Outcome, at: i64) -> Option<Place> {
    if outcome.needs_retry() {
        return Some(Place {
            leitner_box: 1,
            lapses: current.map_or(0, |c| c.lapses) + 1,
            due_at: at,
        });
    }
    let current = current?;
    if outcome != Outcome::Right {
        return Some(current);
    }
    let next = current.leitner_box + 1;
    let interval = usize::try_from(next - 1)
        .ok()
        .and_then(|i| LEITNER_INTERVALS_DAYS.get(i))?;
    Some(Place {
        leitner_box: next,
        due_at: at + interval * DAY,
        ..current
    })
}

/// The order due tasks are reviewed in: lowest box first, then most lapses, then the
/// earliest due, then by activity and task.
pub fn due_first(a: &ReviewItem, b: &ReviewItem) -> Ordering {
    (
        a.leitner_box,
        b.lapses,
        a.due_at,
        &a.activity_id,
        &a.task_id,
    )
        .cmp(&(
            b.leitner_box,
            a.lapses,
            b.due_at,
            &b.activity_id,
            &b.task_id,
        ))
}

/// A task due for review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewItem {
    /// Unit id.
    pub unit_id: String,
    /// Activity id.
    pub activity_id: String,
    /// Task id (row, card, item, question, …).
    pub task_id: String,
    /// Leitner box, 1 to 5.
    pub leitner_box: i64,
    /// How many times it was answered wrongly.
    pub lapses: i64,
    /// When it is due (seconds since the epoch).
    pub due_at: i64,
}

/// Updates the queue from a submitted score: each task's place is read, moved on by
/// [`next_place`] and kept.
pub(super) fn update_queue(
    tx: &Transaction<'_>,
    profile: &Profile,
    unit: &str,
    activity: &str,
    score: &Score,
    at: i64,
) -> rusqlite::Result<()> {
    for task in &score.tasks {
        let key = params![profile.id, unit, activity, task.id];
        let current = tx
            .query_row(
                "SELECT box, lapses, due_at FROM reviews
                 WHERE profile_id = ?1 AND unit_id = ?2 AND activity_id = ?3 AND task_id = ?4",
                key,
                |r| {
                    Ok(Place {
                        leitner_box: r.get(0)?,
                        lapses: r.get(1)?,
                        due_at: r.get(2)?,
                    })
                },
            )
            .ok();
        let next = next_place(current, task.outcome, at);
        if next == current {
            continue;
        }
        match next {
            Some(place) => {
                tx.execute(
                    "INSERT INTO reviews (profile_id, unit_id, activity_id, task_id, box, lapses, due_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                     ON CONFLICT(profile_id, unit_id, activity_id, task_id)
                     DO UPDATE SET box = excluded.box, lapses = excluded.lapses,
                                   due_at = excluded.due_at",
                    params![
                        profile.id,
                        unit,
                        activity,
                        task.id,
                        place.leitner_box,
                        place.lapses,
                        place.due_at
                    ],
                )?;
            }
            None => {
                tx.execute(
                    "DELETE FROM reviews
                     WHERE profile_id = ?1 AND unit_id = ?2 AND activity_id = ?3 AND task_id = ?4",
                    key,
                )?;
            }
        }
    }
    Ok(())
}

impl Store {
    /// Tasks due at `now`, in the order [`due_first`] gives.
    pub fn due_reviews(&self, profile: &Profile, now: i64) -> Result<Vec<ReviewItem>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT unit_id, activity_id, task_id, box, lapses, due_at FROM reviews
                 WHERE profile_id = ?1",
            )
            .map_err(|e| self.err(&e))?;
        let rows = stmt
            .query_map(params![profile.id], |r| {
                Ok(ReviewItem {
                    unit_id: r.get(0)?,
                    activity_id: r.get(1)?,
                    task_id: r.get(2)?,
                    leitner_box: r.get(3)?,
                    lapses: r.get(4)?,
                    due_at: r.get(5)?,
                })
            })
            .map_err(|e| self.err(&e))?;
        let all: Vec<ReviewItem> = rows.collect::<Result<_, _>>().map_err(|e| self.err(&e))?;
        let mut due: Vec<ReviewItem> = all.into_iter().filter(|r| r.due_at <= now).collect();
        due.sort_by(due_first);
        Ok(due)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(leitner_box: i64, lapses: i64, due_at: i64) -> Option<Place> {
        Some(Place {
            leitner_box,
            lapses,
            due_at,
        })
    }

    #[test]
    fn a_miss_goes_to_box_one_due_at_once_with_one_more_lapse() {
        for miss in [Outcome::Wrong, Outcome::Partial, Outcome::Unanswered] {
            assert_eq!(next_place(None, miss, 100), place(1, 1, 100));
            assert_eq!(next_place(place(4, 2, 900), miss, 100), place(1, 3, 100));
        }
    }

    #[test]
    fn a_right_answer_moves_up_a_box_and_waits_its_interval_then_leaves() {
        assert_eq!(next_place(None, Outcome::Right, 100), None);
        let mut at = place(1, 1, 0);
        for (n, days) in LEITNER_INTERVALS_DAYS.iter().enumerate().skip(1) {
            at = next_place(at, Outcome::Right, 100);
            let box_ = i64::try_from(n).expect("small") + 1;
            assert_eq!(at, place(box_, 1, 100 + days * DAY));
        }
        assert_eq!(next_place(at, Outcome::Right, 100), None, "right in box 5");
    }

    #[test]
    fn an_answer_not_marked_yet_leaves_the_place_as_it_was() {
        for unmarked in [Outcome::AwaitingTeacher, Outcome::Unmarked] {
            assert_eq!(next_place(place(3, 2, 50), unmarked, 100), place(3, 2, 50));
            assert_eq!(next_place(None, unmarked, 100), None);
        }
    }

    #[test]
    fn due_tasks_come_lowest_box_then_most_lapses_then_earliest() {
        let item = |task: &str, leitner_box, lapses, due_at| ReviewItem {
            unit_id: "u".into(),
            activity_id: "a".into(),
            task_id: task.into(),
            leitner_box,
            lapses,
            due_at,
        };
        let mut due = [
            item("late", 1, 1, 9),
            item("box2", 2, 9, 0),
            item("lapses", 1, 3, 9),
            item("early", 1, 1, 1),
        ];
        due.sort_by(due_first);
        let order: Vec<&str> = due.iter().map(|d| d.task_id.as_str()).collect();
        assert_eq!(order, ["lapses", "early", "late", "box2"]);
    }
}
