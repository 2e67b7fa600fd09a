//! The runner's side of progress that lasts: the progress database opened, the profile
//! chosen, and the drafts and attempts the UI asks for written, each in its own
//! transaction.
//!
//! A database that is locked, read-only or damaged never stops the UI: the write waits in
//! memory, the student is told why ([`Progress::problem`](super::progress::Progress)), and
//! it is tried again every [`RETRY_AFTER`] (opening the database again if need be) until
//! it goes through.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::action::Effect;
use super::app::App;
use super::progress::SavedWork;
use crate::answer::Answer;
use crate::export::write_report;
use crate::scoring::Score;
use crate::store::{self, Profile, Store, StoreError};
use crate::text::clean;

/// How long a write that failed waits before it is tried again.
pub const RETRY_AFTER: Duration = Duration::from_secs(5);

/// One write waiting to reach the database, with what it writes as it was when asked.
#[derive(Debug, Clone)]
struct Write {
    /// Whose work it is.
    student: String,
    /// Position of the activity in the unit.
    activity: usize,
    /// The answer.
    answer: Answer,
    /// For a submission: its score, and how many scores the activity had with it.
    submitted: Option<(Score, usize)>,
}

/// An attempt written this run: how many scores the activity had, its id and time.
type Recorded = (usize, i64, i64);

/// The progress database as the runner uses it.
#[derive(Debug)]
pub struct Persistence {
    dir: Result<PathBuf, StoreError>,
    store: Result<Store, StoreError>,
    profiles: HashMap<String, Profile>,
    queue: Vec<Write>,
    recorded: HashMap<(String, usize), Recorded>,
    retry_at: Option<Instant>,
}

impl Persistence {
    /// Opens the database in the data folder (`data`, else `$CLASSWORK_DATA_DIR`, else the
    /// platform's). A failure is kept, to be shown and tried again.
    pub fn open(data: Option<&Path>) -> Self {
        let dir = store::data_dir(data);
        let store = dir.clone().and_then(|d| Store::open_in(&d));
        Persistence {
            dir,
            store,
            profiles: HashMap::new(),
            queue: Vec::new(),
            recorded: HashMap::new(),
            retry_at: None,
        }
    }

    /// What is wrong with the database, if it could not be opened.
    pub fn problem(&self) -> Option<String> {
        self.store.as_ref().err().map(ToString::to_string)
    }

    /// The name of the profile used last, if the database knows it.
    pub fn last_profile(&self) -> Option<String> {
        let store = self.store.as_ref().ok()?;
        store.last_profile().ok().flatten().map(|p| p.name)
    }

    /// Every profile's name (none when the database cannot be read).
    pub fn profile_names(&self) -> Vec<String> {
        let Ok(store) = &self.store else {
            return Vec::new();
        };
        store
            .profiles()
            .map(|all| all.into_iter().map(|p| p.name).collect())
            .unwrap_or_default()
    }

    /// Whether every write asked for has reached the database.
    pub fn all_saved(&self) -> bool {
        self.queue.is_empty()
    }

    /// When a write that failed is next tried, if one waits.
    pub fn next_retry(&self) -> Option<Instant> {
        self.retry_at.filter(|_| !self.queue.is_empty())
    }

    /// Opens the database again if it could not be before.
    fn reopen(&mut self) {
        if self.store.is_err() {
            self.store = self.dir.clone().and_then(|d| Store::open_in(&d));
        }
    }

    /// The profile of `student`, created and remembered as the last one used.
    fn profile(&mut self, student: &str) -> Result<Profile, StoreError> {
        if let Some(p) = self.profiles.get(student) {
            return Ok(p.clone());
        }
        self.reopen();
        let store = self.store.as_ref().map_err(Clone::clone)?;
        let p = store.profile(student)?;
        store.set_last_profile(&p)?;
        self.profiles.insert(student.to_string(), p.clone());
        Ok(p)
    }

    /// Opens `student`'s work in `app` (afresh, with nothing saved, when the database
    /// cannot be read: the work is kept in memory and saved when it can be).
    pub fn choose(&mut self, app: &mut App, student: &str) {
        let student = student.trim().to_string();
        let saved = self.saved_work(&*app, &student);
        if let Err(e) = &saved {
            app.progress.problem = Some(e.to_string());
        }
        let saved = saved.unwrap_or_else(|_| SavedWork {
            student: student.clone(),
            profiles: self.profile_names(),
            ..SavedWork::default()
        });
        for (i, a) in app.unit.activities.iter().enumerate() {
            if let Some(t) = saved.latest.get(&a.id) {
                let key = (student.clone(), i);
                self.recorded.insert(key, (1, t.id, t.submitted_at));
            }
        }
        app.load_progress(saved);
    }

    fn saved_work(&mut self, app: &App, student: &str) -> Result<SavedWork, StoreError> {
        let profile = self.profile(student)?;
        let store = self.store.as_ref().map_err(Clone::clone)?;
        let unit = &app.unit.id;
        Ok(SavedWork {
            student: profile.name.clone(),
            profiles: store.profiles()?.into_iter().map(|p| p.name).collect(),
            summary: store.unit_summary(&profile, unit)?,
            due: store.due_reviews(&profile, crate::time::now())?,
            drafts: store.unit_drafts(&profile, unit)?,
            latest: store.latest_attempts(&profile, unit)?,
        })
    }

    /// Does what an effect asks, telling the student how it went.
    pub fn perform(&mut self, app: &mut App, effect: &Effect, now: Instant) {
        match effect {
            Effect::SaveDraft { activity } => self.queue_write(app, *activity, false, now),
            Effect::SaveAnswer { activity } => self.queue_write(app, *activity, true, now),
            Effect::ChooseProfile(name) => self.choose(app, name),
            Effect::ExportReport { activity } => {
                let (Some(a), Some(w)) =
                    (app.unit.activities.get(*activity), app.work.get(*activity))
                else {
                    return;
                };
                let written = self
                    .dir
                    .as_ref()
                    .map_err(ToString::to_string)
                    .and_then(|dir| write_report(a, &w.answer, dir).map_err(|e| e.to_string()));
                app.notice = Some(match written {
                    Ok(path) => format!("Exported to {}", clean(&path.display().to_string())),
                    Err(e) => format!("The report was not exported: {e}"),
                });
            }
        }
    }

    /// Queues the draft (or, `submitted`, the attempt) of activity `i` as it is now, and
    /// writes what waits.
    fn queue_write(&mut self, app: &mut App, i: usize, submitted: bool, now: Instant) {
        let (Some(student), Some(w)) = (app.progress.student.clone(), app.work.get(i)) else {
            return;
        };
        let submitted = if submitted {
            let Some(score) = w.scores.last() else {
                return;
            };
            Some((score.clone(), w.scores.len()))
        } else {
            None
        };
        let write = Write {
            student,
            activity: i,
            answer: w.answer.clone(),
            submitted,
        };
        // A newer draft replaces one still waiting (after the activity's last submission).
        if write.submitted.is_none()
            && let Some(waiting) = self
                .queue
                .iter_mut()
                .rev()
                .find(|q| q.activity == write.activity && q.student == write.student)
            && waiting.submitted.is_none()
        {
            *waiting = write;
        } else {
            self.queue.push(write);
        }
        self.flush(app, now);
    }

    /// The time is `now`: writes that failed are tried again when their time comes.
    pub fn tick(&mut self, app: &mut App, now: Instant) {
        if self.next_retry().is_some_and(|at| at <= now) {
            self.flush(app, now);
        }
    }

    /// Writes what waits, oldest first, stopping at the first failure.
    fn flush(&mut self, app: &mut App, now: Instant) {
        while let Some(write) = self.queue.first().cloned() {
            if let Err(e) = self.write(app, &write) {
                app.progress.problem = Some(e.to_string());
                self.retry_at = Some(now + RETRY_AFTER);
                return;
            }
            self.queue.remove(0);
        }
        self.retry_at = None;
        if app.progress.problem.take().is_some() {
            app.notice = Some("The progress database works again: your work is saved.".into());
        }
    }

    fn write(&mut self, app: &mut App, write: &Write) -> Result<(), StoreError> {
        let Some(a) = app.unit.activities.get(write.activity) else {
            return Ok(());
        };
        let profile = self.profile(&write.student)?;
        let key = (write.student.clone(), write.activity);
        let recorded = self.recorded.get(&key).copied();
        let store = self.store.as_ref().map_err(Clone::clone)?;
        let unit = &app.unit.id;
        let Some((score, scores)) = &write.submitted else {
            return store.save_answer_draft(&profile, unit, a, &write.answer);
        };
        match recorded {
            // The same submission, scored again (a teacher marked it).
            Some((n, id, at)) if n == *scores => {
                store.amend_answer(id, &profile, a, &write.answer, score, at)?;
            }
            _ => {
                let at = crate::time::now();
                let id = store.record_answer(&profile, unit, a, &write.answer, score)?;
                let due = store.due_reviews(&profile, at)?;
                self.recorded.insert(key, (*scores, id, at));
                if app.progress.student.as_deref() == Some(write.student.as_str()) {
                    app.progress.due = due.into_iter().filter(|d| &d.unit_id == unit).collect();
                }
            }
        }
        Ok(())
    }
}
