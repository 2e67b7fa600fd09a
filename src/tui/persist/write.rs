//! Writing what the UI asks for: drafts over the one last read (joined with another
//! window's when it changed), attempts, and, at the end, what could not be saved as
//! answer sheets.

use std::time::Instant;

use super::{Persistence, RETRY_AFTER, Write, reviews_of};
use crate::answer::sheet::sheet_text;
use crate::store::sheet_file::{Unsaved, keep_unsaved, sheet_folders};
use crate::store::{DraftOf, KnownDraft, NewAttempt, Profile, StoreError};
use crate::tui::app::App;

impl Persistence {
    /// Queues the draft (or, `submitted`, the attempt) of activity `i` as it is now, and
    /// writes what waits.
    pub(super) fn queue_write(&mut self, app: &mut App, i: usize, submitted: bool, now: Instant) {
        let (Some(student), Some(w)) = (app.progress.student.clone(), app.work.get(i)) else {
            return;
        };
        let submitted = if submitted {
            let Some(score) = w.scores.last() else {
                return;
            };
            Some((score.clone(), w.scores.len(), crate::time::now()))
        } else {
            None
        };
        let write = Write {
            student,
            activity: i,
            answer: w.answer.clone(),
            practice: if submitted.is_some() {
                w.submitted_practice
            } else {
                w.practice
            },
            reviewed: submitted.as_ref().and(w.reviewed.clone()),
            submitted,
        };
        // A newer draft replaces one still waiting (after the activity's last submission).
        let same = |q: &Write| q.activity == write.activity && q.student == write.student;
        match self.queue.waiting_draft(same) {
            Some(waiting) if write.submitted.is_none() => *waiting = write,
            _ => self.queue.push(write),
        }
        self.flush(app, now);
    }

    /// The time is `now`: writes that failed, and a database that could not be used, are
    /// tried again when their time comes.
    pub fn tick(&mut self, app: &mut App, now: Instant) {
        if self.next_retry().is_some_and(|at| at <= now) {
            self.flush(app, now);
        }
    }

    /// Reads the saved work not read yet, then writes what waits, oldest first, stopping
    /// at the first failure; the banner then says what is still wrong, if anything.
    fn flush(&mut self, app: &mut App, now: Instant) {
        self.reopen();
        let had_problem = app.progress.problem.is_some();
        let was_unread = self.unread.is_some();
        let Some(told) = self.read_unread(app) else {
            self.retry_at = Some(now + RETRY_AFTER);
            return;
        };
        app.progress.unread = false;
        let mut queue = std::mem::take(&mut self.queue);
        let written = queue.flush(|write| match self.write(app, &write) {
            Err(e) => Err((write, e)),
            // A draft saved as it was: this window knows it now.
            Ok(Some(revision)) => {
                let known = KnownDraft {
                    revision: Some(revision),
                    answer: write.answer,
                };
                self.known.insert((write.student, write.activity), known);
                Ok(())
            }
            Ok(None) => Ok(()),
        });
        self.queue = queue;
        if let Err(e) = written {
            self.reconnect |= matches!(e, StoreError::Io { .. } | StoreError::Corrupt { .. });
            app.progress.problem = Some(e.to_string());
            self.retry_at = Some(now + RETRY_AFTER);
            return;
        }
        if was_unread {
            self.refresh_summary(app);
        }
        app.progress.problem = self.problem();
        self.retry_at = app.progress.problem.as_ref().map(|_| now + RETRY_AFTER);
        if had_problem && app.progress.problem.is_none() && !told {
            app.notice = Some("The progress database works again: your work is saved.".into());
        }
    }

    /// Reads the history and review queue again, once work done before they could be
    /// read is written.
    fn refresh_summary(&mut self, app: &mut App) {
        let Some(student) = app.progress.student.clone() else {
            return;
        };
        let Ok(profile) = self.profile(&student) else {
            return;
        };
        let Ok(store) = &self.store else { return };
        let unit = &app.unit.id;
        if let Ok(summary) = store.unit_summary(&profile, unit) {
            app.progress.summary = summary;
        }
        if let Ok(queue) = reviews_of(store, &profile, app) {
            app.take_reviews(queue);
        }
    }

    /// Writes `write`; for a draft saved as it was (not joined), its new revision.
    fn write(&mut self, app: &mut App, write: &Write) -> Result<Option<i64>, StoreError> {
        let Some(a) = app.unit.activities.get(write.activity) else {
            return Ok(None);
        };
        let profile = self.profile(&write.student)?;
        let key = (write.student.clone(), write.activity);
        let Some((score, scores, at)) = &write.submitted else {
            return self.write_draft(app, write, &profile);
        };
        let recorded = self.recorded.get(&key).copied();
        let store = self.store.as_ref().map_err(Clone::clone)?;
        let unit = &app.unit.id;
        match recorded {
            // The same submission, scored again (a teacher marked it).
            Some((n, id, at)) if n == *scores => {
                store.amend_answer(id, &profile, a, &write.answer, score, at)?;
            }
            _ => {
                let text = sheet_text(a, &write.answer, Some(&profile.name), Some(*at));
                let known = self.known.get(&key).map(|k| k.revision);
                let id = store.record(
                    &profile,
                    &NewAttempt {
                        unit,
                        activity: &a.id,
                        activity_hash: &a.content_hash,
                        answer: &text,
                        score,
                        practice: write.practice,
                        reviewed: write.reviewed.as_ref().map(std::slice::from_ref),
                        draft: Some(known.flatten()),
                    },
                )?;
                let queue = reviews_of(store, &profile, app)?;
                self.recorded.insert(key.clone(), (*scores, id, *at));
                let answer = write.answer.clone();
                self.known.insert(
                    key,
                    KnownDraft {
                        revision: None,
                        answer,
                    },
                );
                if app.progress.student.as_deref() == Some(write.student.as_str()) {
                    app.take_reviews(queue);
                }
            }
        }
        Ok(None)
    }

    /// Writes a draft over the one this window last read or wrote (one never read is
    /// made from the answer written); a draft another window changed since is joined with
    /// it first, and the student told. Returns the new revision when it was saved as it
    /// was, for the caller to know it.
    fn write_draft(
        &mut self,
        app: &mut App,
        write: &Write,
        profile: &Profile,
    ) -> Result<Option<i64>, StoreError> {
        let i = write.activity;
        let (Some(a), Some(w)) = (app.unit.activities.get(i), app.work.get(i)) else {
            return Ok(None);
        };
        let store = self.store.as_ref().map_err(Clone::clone)?;
        let key = (write.student.clone(), i);
        let of = DraftOf {
            unit: &app.unit.id,
            activity: a,
            practice: write.practice,
        };
        let fit = |answer| w.fit(a, answer);
        let known = self.known.get(&key);
        let saved = store.save_draft_joined(profile, of, known, &write.answer, &fit)?;
        let Some(joined) = saved.joined else {
            return Ok(Some(saved.revision));
        };
        app.joined_elsewhere(&write.answer, i, &joined.answer, joined.clashes);
        let known = KnownDraft {
            revision: Some(saved.revision),
            answer: joined.answer,
        };
        self.known.insert(key, known);
        Ok(None)
    }

    /// Writes what could not be saved as answer sheets (in the current folder, else the
    /// system's temporary folder), as the plain mode does when it ends; returns what to
    /// tell the student, or nothing when all is saved.
    pub fn keep_unsaved(&self, app: &App) -> Vec<String> {
        if self.all_saved() {
            return Vec::new();
        }
        let unsaved: Vec<Unsaved<'_>> = self
            .queue
            .iter()
            .filter_map(|w| {
                Some(Unsaved {
                    activity: app.unit.activities.get(w.activity)?,
                    answer: &w.answer,
                    submitted: w.submitted.as_ref().map(|(s, _, at)| (s, *at)),
                })
            })
            .collect();
        let student = app.progress.student.as_deref();
        keep_unsaved(&sheet_folders(), student, &unsaved)
    }
}
