//! The review queue, kept as the marked answers of each task: every attempt records how
//! each of its tasks went, and the schedule ([`super::schedule`]) is replayed from them.
//! The database keeps no schedule of its own.

use std::collections::BTreeMap;

use rusqlite::{Transaction, params};

use super::schedule::{DAY, Recall, ReviewItem, due_first, recall_words, replay};
use super::{Profile, Store, StoreError};
use crate::scoring::Score;

/// Records how each task of attempt `attempt` went. `reviewed`: only those tasks count
/// (a review of some tasks, counted against the daily limit); `None`: every task does.
pub(super) fn record_outcomes(
    tx: &Transaction<'_>,
    attempt: i64,
    score: &Score,
    reviewed: Option<&[String]>,
) -> rusqlite::Result<()> {
    let mut insert = tx.prepare_cached(
        "INSERT INTO task_outcomes (attempt_id, task_id, right, review) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for task in &score.tasks {
        if reviewed.is_some_and(|r| !r.iter().any(|id| **id == *task.id)) {
            continue;
        }
        if let Some(recall) = Recall::of(task.outcome, 0) {
            insert.execute(params![
                attempt,
                &*task.id,
                recall.right,
                reviewed.is_some()
            ])?;
        }
    }
    Ok(())
}

/// A profile's review queue at `now`: what is due, and how many tasks were reviewed today.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReviewQueue {
    /// Tasks due, in the order [`due_first`] gives.
    pub due: Vec<ReviewItem>,
    /// Tasks reviewed since the student's midnight (the computer's time zone).
    pub done_today: usize,
}

impl ReviewQueue {
    /// The queue with only the tasks of unit `unit` due (today's count is every unit's).
    pub fn of_unit(mut self, unit: &str) -> Self {
        self.due.retain(|d| d.unit_id == unit);
        self
    }

    /// How many more tasks today's review offers.
    pub fn left_today(&self) -> usize {
        super::schedule::DAILY_LIMIT
            .saturating_sub(self.done_today)
            .min(self.due.len())
    }
}

/// The start of the day `now` is in, for a time zone `offset` seconds east of UTC.
fn start_of_day(now: i64, offset: i64) -> i64 {
    now - (now + offset).rem_euclid(DAY)
}

/// How far east of UTC the computer's time zone is at `now`, in seconds (0 when unknown).
fn local_offset(now: i64) -> i64 {
    use chrono::{Local, Offset, TimeZone};
    Local
        .timestamp_opt(now, 0)
        .single()
        .map_or(0, |t| i64::from(t.offset().fix().local_minus_utc()))
}

impl Store {
    /// The review queue at `now`, each unit's exam date given by `exam` (the start of the
    /// day, seconds since the epoch).
    pub fn review_queue(
        &self,
        profile: &Profile,
        now: i64,
        exam: &dyn Fn(&str) -> Option<i64>,
    ) -> Result<ReviewQueue, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT a.unit_id, a.activity_id, t.task_id, t.right, a.submitted_at, t.review
                 FROM task_outcomes t JOIN attempts a ON a.id = t.attempt_id
                 WHERE a.profile_id = ?1 ORDER BY a.submitted_at, a.id",
            )
            .map_err(|e| self.err(&e))?;
        let rows = stmt
            .query_map(params![profile.id], |r| {
                Ok((
                    (r.get(0)?, r.get(1)?, r.get(2)?),
                    Recall {
                        right: r.get(3)?,
                        at: r.get(4)?,
                    },
                    r.get::<_, bool>(5)?,
                ))
            })
            .map_err(|e| self.err(&e))?;
        let today = start_of_day(now, local_offset(now));
        let mut tasks: BTreeMap<(String, String, String), Vec<Recall>> = BTreeMap::new();
        let mut done_today = 0;
        for row in rows {
            let (key, recall, review) = row.map_err(|e| self.err(&e))?;
            done_today += usize::from(review && recall.at >= today && recall.at <= now);
            tasks.entry(key).or_default().push(recall);
        }
        let mut due: Vec<ReviewItem> = tasks
            .into_iter()
            .filter_map(|((unit_id, activity_id, task_id), answers)| {
                let exam = exam(&unit_id);
                if exam.is_some_and(|e| now >= e + DAY) {
                    return None;
                }
                let memory = replay(&answers, exam)?;
                (memory.due_at <= now).then(|| ReviewItem {
                    recall: memory.recall_at(now),
                    recall_words: recall_words(&memory, now, exam),
                    lapses: memory.lapses,
                    due_at: memory.due_at,
                    unit_id,
                    activity_id,
                    task_id,
                })
            })
            .collect();
        due.sort_by(due_first);
        Ok(ReviewQueue { due, done_today })
    }

    /// Tasks due at `now`, in the order [`due_first`] gives, with no exam dates.
    pub fn due_reviews(&self, profile: &Profile, now: i64) -> Result<Vec<ReviewItem>, StoreError> {
        Ok(self.review_queue(profile, now, &|_| None)?.due)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_starts_at_the_students_midnight() {
        let hour = 3600;
        // 23:00 UTC is 01:00 the next day two hours east: that day began at 22:00 UTC.
        assert_eq!(
            start_of_day(10 * DAY + 23 * hour, 2 * hour),
            10 * DAY + 22 * hour
        );
        // 03:00 UTC is 22:00 the day before five hours west: it began at 05:00 UTC then.
        assert_eq!(
            start_of_day(10 * DAY + 3 * hour, -5 * hour),
            9 * DAY + 5 * hour
        );
        assert_eq!(start_of_day(10 * DAY + hour, 0), 10 * DAY);
    }
}
