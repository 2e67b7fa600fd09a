//! Answers kept as answer-sheet text: drafts and attempts are written with
//! [`write_sheet`] and read back with [`restore`], so a person (or `classwork grade`) can
//! read what the database holds.

use super::{Profile, Store, StoreError};
use crate::activity::Activity;
use crate::answer::Answer;
use crate::answer::sheet::{AnswerSheet, write_sheet};
use crate::scoring::Score;
use crate::time::{now, rfc3339};

/// The answer-sheet text of `student`'s answer to `activity` as it is now; `submitted_at`
/// (seconds since the epoch) stamps a submission.
pub fn sheet_text(
    activity: &Activity,
    answer: &Answer,
    student: &str,
    submitted_at: Option<i64>,
) -> String {
    let mut sheet = AnswerSheet::new(activity, answer.clone());
    sheet.student = Some(student.to_string());
    sheet.submitted = submitted_at.map(rfc3339);
    write_sheet(&sheet)
}

impl Store {
    /// Saves an answer in progress as a draft (see [`Store::save_draft`]).
    pub fn save_answer_draft(
        &self,
        profile: &Profile,
        unit: &str,
        activity: &Activity,
        answer: &Answer,
    ) -> Result<(), StoreError> {
        let text = sheet_text(activity, answer, &profile.name, None);
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
        let text = sheet_text(activity, answer, &profile.name, Some(submitted_at));
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
        let text = sheet_text(activity, answer, &profile.name, Some(now()));
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
