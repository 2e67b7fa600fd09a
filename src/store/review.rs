//! The review queue: tasks answered wrongly come back, on a Leitner schedule.
//!
//! The rule: a task answered wrongly (or partly, or not at all) goes to box 1 and is due at
//! once, and its lapse count goes up. Each time it is then answered right it moves up a box
//! and is due again after that box's interval: 1, 3, 7 and 14 days for boxes 2 to 5. Right
//! in box 5, it leaves the queue. Due tasks come lowest box first, then most lapses, so a
//! learner sees first what they keep getting wrong.

use rusqlite::{Transaction, params};

use super::{Profile, Store, StoreError};
use crate::scoring::Score;

/// Days before a task in box N (index N−1) is due again after a right answer.
pub const LEITNER_INTERVALS_DAYS: [i64; 5] = [0, 1, 3, 7, 14];

const DAY: i64 = 24 * 60 * 60;

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

/// Updates the queue from a submitted score.
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
        let current: Option<(i64, i64)> = tx
            .query_row(
                "SELECT box, lapses FROM reviews
                 WHERE profile_id = ?1 AND unit_id = ?2 AND activity_id = ?3 AND task_id = ?4",
                key,
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .ok();
        if task.outcome.needs_retry() {
            let lapses = current.map_or(0, |c| c.1) + 1;
            tx.execute(
                "INSERT INTO reviews (profile_id, unit_id, activity_id, task_id, box, lapses, due_at)
                 VALUES (?1, ?2, ?3, ?4, 1, ?5, ?6)
                 ON CONFLICT(profile_id, unit_id, activity_id, task_id)
                 DO UPDATE SET box = 1, lapses = excluded.lapses, due_at = excluded.due_at",
                params![profile.id, unit, activity, task.id, lapses, at],
            )?;
        } else if let Some((current_box, _)) = current {
            if task.outcome != crate::scoring::Outcome::Right {
                continue;
            }
            let next = current_box + 1;
            if next as usize > LEITNER_INTERVALS_DAYS.len() {
                tx.execute(
                    "DELETE FROM reviews
                     WHERE profile_id = ?1 AND unit_id = ?2 AND activity_id = ?3 AND task_id = ?4",
                    key,
                )?;
            } else {
                let due = at + LEITNER_INTERVALS_DAYS[(next - 1) as usize] * DAY;
                tx.execute(
                    "UPDATE reviews SET box = ?5, due_at = ?6
                     WHERE profile_id = ?1 AND unit_id = ?2 AND activity_id = ?3 AND task_id = ?4",
                    params![profile.id, unit, activity, task.id, next, due],
                )?;
            }
        }
    }
    Ok(())
}

impl Store {
    /// Tasks due at `now`, lowest box first, then most lapses, then earliest due.
    pub fn due_reviews(&self, profile: &Profile, now: i64) -> Result<Vec<ReviewItem>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT unit_id, activity_id, task_id, box, lapses, due_at FROM reviews
                 WHERE profile_id = ?1 AND due_at <= ?2
                 ORDER BY box, lapses DESC, due_at, activity_id, task_id",
            )
            .map_err(|e| self.err(&e))?;
        let rows = stmt
            .query_map(params![profile.id, now], |r| {
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
        rows.collect::<Result<_, _>>().map_err(|e| self.err(&e))
    }
}
