//! Drafts (answers in progress) and submitted attempts.

use std::collections::HashMap;

use rusqlite::{OptionalExtension, params};

use super::{Profile, Store, StoreError};
use crate::scoring::Score;
use crate::time::now;

/// An answer in progress, saved so it can be resumed.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// Hash of the activity version it was made against.
    pub activity_hash: String,
    /// The answer, as answer-sheet text.
    pub answer: String,
    /// When it was saved (seconds since the epoch).
    pub updated_at: i64,
    /// A number drawn afresh at each save: a window that saves over a draft finds out
    /// whether it is still the one it read.
    pub revision: i64,
    /// Whether it is practice (review, retrying what was wrong), not work to hand in.
    pub practice: bool,
}

/// How a checked draft save went ([`Store::save_draft_if`]).
#[derive(Debug, Clone, PartialEq)]
pub enum DraftWrite {
    /// Saved, with its new revision.
    Saved(i64),
    /// Not saved: the draft is no longer the one read; here it is as it is now.
    Changed(Draft),
}

/// A submitted attempt to record ([`Store::record`]).
#[derive(Debug, Clone, Copy)]
pub struct NewAttempt<'a> {
    /// Unit id.
    pub unit: &'a str,
    /// Activity id.
    pub activity: &'a str,
    /// Hash of the activity version it was made against.
    pub activity_hash: &'a str,
    /// The answer, as answer-sheet text.
    pub answer: &'a str,
    /// Its score.
    pub score: &'a Score,
    /// Whether it is practice (made from review or a retry): the hand-in stays as it was.
    pub practice: bool,
    /// In a review, the tasks reviewed: only their answers count in the review schedule
    /// (`None`: every task's does).
    pub reviewed: Option<&'a [String]>,
    /// The draft it ends: `None` ends whatever draft there is; `Some(revision)` only the
    /// draft of that revision (`Some(None)`: none), so a draft saved since by another
    /// window stays.
    pub draft: Option<Option<i64>>,
}

/// A submitted attempt.
#[derive(Debug, Clone, PartialEq)]
pub struct Attempt {
    /// Row id.
    pub id: i64,
    /// Activity id.
    pub activity_id: String,
    /// Hash of the activity version it was made against.
    pub activity_hash: String,
    /// The answer, as answer-sheet text.
    pub answer: String,
    /// Marks earned.
    pub marks: f64,
    /// Most marks.
    pub max: f64,
    /// Whether part of the mark waited for a teacher.
    pub provisional: bool,
    /// The explanation, as JSON (`[{"task", "marks", "reason"}]`).
    pub explanation: String,
    /// When it was submitted (seconds since the epoch).
    pub submitted_at: i64,
    /// Whether it was practice (made from review or a retry), not a hand-in.
    pub practice: bool,
}

/// What the home screen shows for one activity.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ActivitySummary {
    /// Submitted attempts.
    pub attempts: usize,
    /// Best share of the marks, 0 to 1.
    pub best: Option<f64>,
    /// Each attempt's share of the marks, oldest first (for the chart).
    pub history: Vec<f64>,
    /// Whether there is a draft in progress.
    pub has_draft: bool,
}

/// The columns an [`Attempt`] is read from, in order.
const ATTEMPT_COLUMNS: &str = "id, activity_id, activity_hash, answer, marks, max, provisional, \
     explanation, submitted_at, practice";

/// The columns a [`Draft`] is read from, in order.
const DRAFT_COLUMNS: &str = "activity_hash, answer, updated_at, revision, practice";

fn draft_from_row(r: &rusqlite::Row<'_>, first: usize) -> rusqlite::Result<Draft> {
    Ok(Draft {
        activity_hash: r.get(first)?,
        answer: r.get(first + 1)?,
        updated_at: r.get(first + 2)?,
        revision: r.get(first + 3)?,
        practice: r.get(first + 4)?,
    })
}

fn attempt_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Attempt> {
    Ok(Attempt {
        id: r.get(0)?,
        activity_id: r.get(1)?,
        activity_hash: r.get(2)?,
        answer: r.get(3)?,
        marks: r.get(4)?,
        max: r.get(5)?,
        provisional: r.get(6)?,
        explanation: r.get(7)?,
        submitted_at: r.get(8)?,
        practice: r.get(9)?,
    })
}

/// Inserts or replaces a draft (`[unit, activity, activity_hash, answer]`) with a new
/// revision, which it returns.
fn upsert_draft(
    conn: &rusqlite::Connection,
    profile: &Profile,
    [unit, activity, activity_hash, answer]: [&str; 4],
    practice: bool,
) -> rusqlite::Result<i64> {
    conn.query_row(
        "INSERT INTO drafts (profile_id, unit_id, activity_id, activity_hash, answer, updated_at,
                             revision, practice)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, random(), ?7)
         ON CONFLICT(profile_id, unit_id, activity_id) DO UPDATE SET
           activity_hash = excluded.activity_hash, answer = excluded.answer,
           updated_at = excluded.updated_at, revision = excluded.revision,
           practice = excluded.practice
         RETURNING revision",
        params![
            profile.id,
            unit,
            activity,
            activity_hash,
            answer,
            now(),
            practice
        ],
        |r| r.get(0),
    )
}

/// A score's explanation as the database keeps it: `[{"task", "marks", "reason"}]`.
fn explanation(score: &Score) -> String {
    serde_json::Value::Array(
        score
            .entries
            .iter()
            .map(|e| serde_json::json!({ "task": e.task, "marks": e.marks, "reason": e.reason }))
            .collect(),
    )
    .to_string()
}

impl Store {
    /// Replaces the answer and score of attempt `id` (a teacher marked it); its time and
    /// the review queue stay as they were.
    pub fn amend_attempt(&self, id: i64, answer: &str, score: &Score) -> Result<(), StoreError> {
        self.conn
            .execute(
                "UPDATE attempts SET answer = ?2, marks = ?3, max = ?4, provisional = ?5,
                   explanation = ?6 WHERE id = ?1",
                params![
                    id,
                    answer,
                    score.marks,
                    score.max,
                    score.is_provisional(),
                    explanation(score)
                ],
            )
            .map(|_| ())
            .map_err(|e| self.err(&e))
    }

    /// Saves a draft, replacing the previous one, in one transaction.
    pub fn save_draft(
        &self,
        profile: &Profile,
        unit: &str,
        activity: &str,
        activity_hash: &str,
        answer: &str,
    ) -> Result<(), StoreError> {
        upsert_draft(
            &self.conn,
            profile,
            [unit, activity, activity_hash, answer],
            false,
        )
        .map(|_| ())
        .map_err(|e| self.err(&e))
    }

    /// Saves a draft only if the draft there is still the one read: of revision
    /// `expected`, or none when `expected` is `None` (a draft ended by a submission since
    /// counts as none). Otherwise nothing is written and the draft as it is now comes back.
    pub fn save_draft_if(
        &self,
        profile: &Profile,
        [unit, activity, activity_hash, answer]: [&str; 4],
        practice: bool,
        expected: Option<i64>,
    ) -> Result<DraftWrite, StoreError> {
        let tx = rusqlite::Transaction::new_unchecked(
            &self.conn,
            rusqlite::TransactionBehavior::Immediate,
        )
        .map_err(|e| self.err(&e))?;
        let now = tx
            .query_row(
                &format!(
                    "SELECT {DRAFT_COLUMNS} FROM drafts
                     WHERE profile_id = ?1 AND unit_id = ?2 AND activity_id = ?3"
                ),
                params![profile.id, unit, activity],
                |r| draft_from_row(r, 0),
            )
            .optional()
            .map_err(|e| self.err(&e))?;
        if let Some(now) = now.filter(|d| Some(d.revision) != expected) {
            return Ok(DraftWrite::Changed(now));
        }
        let revision = upsert_draft(
            &tx,
            profile,
            [unit, activity, activity_hash, answer],
            practice,
        )
        .map_err(|e| self.err(&e))?;
        tx.commit().map_err(|e| self.err(&e))?;
        Ok(DraftWrite::Saved(revision))
    }

    /// The draft of an activity, if any.
    pub fn draft(
        &self,
        profile: &Profile,
        unit: &str,
        activity: &str,
    ) -> Result<Option<Draft>, StoreError> {
        self.conn
            .query_row(
                &format!(
                    "SELECT {DRAFT_COLUMNS} FROM drafts
                     WHERE profile_id = ?1 AND unit_id = ?2 AND activity_id = ?3"
                ),
                params![profile.id, unit, activity],
                |r| draft_from_row(r, 0),
            )
            .optional()
            .map_err(|e| self.err(&e))
    }

    /// Records a submitted attempt and clears the draft, in one transaction; the review
    /// queue is updated from the score's tasks. Returns the attempt's id.
    pub fn record_attempt(
        &self,
        profile: &Profile,
        unit: &str,
        activity: &str,
        activity_hash: &str,
        answer: &str,
        score: &Score,
    ) -> Result<i64, StoreError> {
        self.record(
            profile,
            &NewAttempt {
                unit,
                activity,
                activity_hash,
                answer,
                score,
                practice: false,
                reviewed: None,
                draft: None,
            },
        )
    }

    /// Records a submitted attempt and how each of its tasks went, and ends the draft it
    /// names, in one transaction. Returns the attempt's id.
    pub fn record(&self, profile: &Profile, new: &NewAttempt<'_>) -> Result<i64, StoreError> {
        let score = new.score;
        let tx = self
            .conn
            .unchecked_transaction()
            .map_err(|e| self.err(&e))?;
        let at = now();
        tx.execute(
            "INSERT INTO attempts (profile_id, unit_id, activity_id, activity_hash, answer, marks, max,
                                   provisional, explanation, submitted_at, practice)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![
                profile.id,
                new.unit,
                new.activity,
                new.activity_hash,
                new.answer,
                score.marks,
                score.max,
                score.is_provisional(),
                explanation(score),
                at,
                new.practice
            ],
        )
        .map_err(|e| self.err(&e))?;
        let id = tx.last_insert_rowid();
        let ends = "DELETE FROM drafts WHERE profile_id = ?1 AND unit_id = ?2 AND activity_id = ?3";
        match new.draft {
            None => tx.execute(ends, params![profile.id, new.unit, new.activity]),
            Some(revision) => tx.execute(
                &format!("{ends} AND revision IS ?4"),
                params![profile.id, new.unit, new.activity, revision],
            ),
        }
        .map_err(|e| self.err(&e))?;
        super::review::record_outcomes(&tx, id, score, new.reviewed).map_err(|e| self.err(&e))?;
        tx.commit().map_err(|e| self.err(&e))?;
        Ok(id)
    }

    /// Every attempt at an activity, oldest first.
    pub fn attempts(
        &self,
        profile: &Profile,
        unit: &str,
        activity: &str,
    ) -> Result<Vec<Attempt>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!(
                "SELECT {ATTEMPT_COLUMNS} FROM attempts
                 WHERE profile_id = ?1 AND unit_id = ?2 AND activity_id = ?3
                 ORDER BY submitted_at, id"
            ))
            .map_err(|e| self.err(&e))?;
        let rows = stmt
            .query_map(params![profile.id, unit, activity], attempt_from_row)
            .map_err(|e| self.err(&e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(&e))
    }

    /// The drafts of every activity of a unit that has one, by activity id.
    pub fn unit_drafts(
        &self,
        profile: &Profile,
        unit: &str,
    ) -> Result<HashMap<String, Draft>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!(
                "SELECT activity_id, {DRAFT_COLUMNS} FROM drafts
                 WHERE profile_id = ?1 AND unit_id = ?2"
            ))
            .map_err(|e| self.err(&e))?;
        let rows = stmt
            .query_map(params![profile.id, unit], |r| {
                Ok((r.get(0)?, draft_from_row(r, 1)?))
            })
            .map_err(|e| self.err(&e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(&e))
    }

    /// The latest attempt at each activity of a unit that has one, by activity id.
    pub fn latest_attempts(
        &self,
        profile: &Profile,
        unit: &str,
    ) -> Result<HashMap<String, Attempt>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!(
                "SELECT {ATTEMPT_COLUMNS} FROM attempts WHERE id IN (
                   SELECT max(id) FROM attempts WHERE profile_id = ?1 AND unit_id = ?2
                   GROUP BY activity_id)"
            ))
            .map_err(|e| self.err(&e))?;
        let rows = stmt
            .query_map(params![profile.id, unit], |r| {
                attempt_from_row(r).map(|a| (a.activity_id.clone(), a))
            })
            .map_err(|e| self.err(&e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(&e))
    }

    /// The units a profile has attempts or drafts in, by id.
    pub fn profile_units(&self, profile: &Profile) -> Result<Vec<String>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT unit_id FROM attempts WHERE profile_id = ?1
                 UNION SELECT unit_id FROM drafts WHERE profile_id = ?1 ORDER BY 1",
            )
            .map_err(|e| self.err(&e))?;
        let rows = stmt
            .query_map(params![profile.id], |r| r.get(0))
            .map_err(|e| self.err(&e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(&e))
    }

    /// Every attempt of a profile in a unit, oldest first, practice included.
    pub fn unit_attempts(&self, profile: &Profile, unit: &str) -> Result<Vec<Attempt>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!(
                "SELECT {ATTEMPT_COLUMNS} FROM attempts
                 WHERE profile_id = ?1 AND unit_id = ?2 ORDER BY submitted_at, id"
            ))
            .map_err(|e| self.err(&e))?;
        let rows = stmt
            .query_map(params![profile.id, unit], attempt_from_row)
            .map_err(|e| self.err(&e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(&e))
    }

    /// Attempts, best score, score history and draft for every activity of a unit: what
    /// the home screen needs, in two queries.
    pub fn unit_summary(
        &self,
        profile: &Profile,
        unit: &str,
    ) -> Result<HashMap<String, ActivitySummary>, StoreError> {
        let mut out: HashMap<String, ActivitySummary> = HashMap::new();
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT activity_id, marks, max FROM attempts
                 WHERE profile_id = ?1 AND unit_id = ?2 ORDER BY submitted_at, id",
            )
            .map_err(|e| self.err(&e))?;
        let mut rows = stmt
            .query(params![profile.id, unit])
            .map_err(|e| self.err(&e))?;
        while let Some(row) = rows.next().map_err(|e| self.err(&e))? {
            let id = row
                .get_ref(0)
                .and_then(|v| v.as_str().map_err(Into::into))
                .map_err(|e| self.err(&e))?;
            let marks: f64 = row.get(1).map_err(|e| self.err(&e))?;
            let max: f64 = row.get(2).map_err(|e| self.err(&e))?;
            let share = if max > 0.0 { marks / max } else { 0.0 };
            // Look the activity up by the row's text; a new one is the rare case.
            if !out.contains_key(id) {
                out.insert(id.to_string(), ActivitySummary::default());
            }
            let Some(s) = out.get_mut(id) else { continue };
            s.attempts += 1;
            s.best = Some(s.best.map_or(share, |b: f64| b.max(share)));
            s.history.push(share);
        }
        let mut stmt = self
            .conn
            .prepare_cached("SELECT activity_id FROM drafts WHERE profile_id = ?1 AND unit_id = ?2")
            .map_err(|e| self.err(&e))?;
        let drafts = stmt
            .query_map(params![profile.id, unit], |r| r.get::<_, String>(0))
            .map_err(|e| self.err(&e))?;
        for id in drafts {
            out.entry(id.map_err(|e| self.err(&e))?)
                .or_default()
                .has_draft = true;
        }
        Ok(out)
    }
}
