//! Answers kept as answer-sheet text: drafts and attempts are written with
//! [`sheet_text`] and read back with [`restore`](crate::answer::sheet::restore()), so a
//! person (or `classwork grade`) can read what the database holds.

use super::{Profile, Store, StoreError};
use crate::activity::Activity;
use crate::answer::Answer;
use crate::answer::sheet::sheet_text;
use crate::scoring::Score;
use crate::time::now;

impl Store {
    /// Saves an answer in progress as a draft (see [`Store::save_draft`]).
    pub fn save_answer_draft(
        &self,
        profile: &Profile,
        unit: &str,
        activity: &Activity,
        answer: &Answer,
    ) -> Result<(), StoreError> {
        let text = sheet_text(activity, answer, Some(&profile.name), None);
        self.save_draft(profile, unit, &activity.id, &activity.content_hash, &text)
    }

    /// Replaces the answer and score of attempt `id` (see [`Store::amend_attempt`]),
    /// keeping the time it was submitted.
    pub fn amend_answer(
        &self,
        id: i64,
        profile: &Profile,
        activity: &Activity,
        answer: &Answer,
        score: &Score,
        submitted_at: i64,
    ) -> Result<(), StoreError> {
        let text = sheet_text(activity, answer, Some(&profile.name), Some(submitted_at));
        self.amend_attempt(id, &text, score)
    }

    /// Records a submitted answer and its score (see [`Store::record_attempt`]).
    pub fn record_answer(
        &self,
        profile: &Profile,
        unit: &str,
        activity: &Activity,
        answer: &Answer,
        score: &Score,
    ) -> Result<i64, StoreError> {
        let text = sheet_text(activity, answer, Some(&profile.name), Some(now()));
        self.record_attempt(
            profile,
            unit,
            &activity.id,
            &activity.content_hash,
            &text,
            score,
        )
    }
}
