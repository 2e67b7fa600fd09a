//! The runner's side of progress that lasts: the progress database opened, the profile
//! chosen, and the drafts and attempts the UI asks for written, each in its own
//! transaction.
//!
//! Reading never depends on writing: a database on a read-only or full disk is opened to
//! read, and the saved work shown. A database that cannot be read or written never stops
//! the UI: the write waits in memory, the student is told why
//! ([`Progress::problem`](super::progress::Progress)), and it is tried again every
//! [`RETRY_AFTER`] (opening the database again if need be) until it goes through. Saved
//! work that could not be read is read then, before anything is written, and joined with
//! what was done meanwhile ([`App::merge_saved`]).
//!
//! Each draft is saved only over the draft this window last read or wrote (its revision):
//! one that another window changed since is joined with this one
//! ([`Store::save_draft_joined`]), so no typing is lost, and the student is told.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

mod write;

use super::action::Effect;
use super::app::App;
use super::progress::SavedWork;
use crate::answer::Answer;
use crate::export::write_report;
use crate::scoring::Score;
use crate::store::{self, KnownDraft, Profile, Queued, ReviewQueue, SaveQueue, Store, StoreError};
use crate::teacher::from_store::keep_work;
use crate::text::clean;
use crate::time::now;

/// How long a write that failed (or a database that could not be used) waits before it is
/// tried again.
pub const RETRY_AFTER: Duration = Duration::from_secs(2);

/// The folder of the data folder where a deleted profile's work is kept.
pub const KEPT_FOLDER: &str = "deleted-profiles";

/// One write waiting to reach the database, with what it writes as it was when asked.
#[derive(Debug, Clone)]
struct Write {
    /// Whose work it is.
    student: String,
    /// Position of the activity in the unit.
    activity: usize,
    /// The answer.
    answer: Answer,
    /// Whether it is practice (review, a retry), not work to hand in.
    practice: bool,
    /// The task a review submission reviewed: only its answer counts in the schedule.
    reviewed: Option<String>,
    /// For a submission: its score, how many scores the activity had with it, and when.
    submitted: Option<(Score, usize, i64)>,
}

impl Queued for Write {
    fn is_draft(&self) -> bool {
        self.submitted.is_none()
    }
}

/// An attempt written this run: how many scores the activity had, its id and time.
type Recorded = (usize, i64, i64);

/// The progress database as the runner uses it.
#[derive(Debug)]
pub struct Persistence {
    dir: Result<PathBuf, StoreError>,
    store: Result<Store, StoreError>,
    profiles: HashMap<String, Profile>,
    queue: SaveQueue<Write>,
    recorded: HashMap<(String, usize), Recorded>,
    known: HashMap<(String, usize), KnownDraft>,
    /// The student whose saved work could not be read yet.
    unread: Option<String>,
    /// Whether the connection is opened again before the next write (one failed on disk).
    reconnect: bool,
    retry_at: Option<Instant>,
}

impl Persistence {
    /// Opens the database in the data folder (`data`, else `$CLASSWORK_DATA_DIR`, else the
    /// platform's), to read only if it cannot be written. A failure is kept, to be shown
    /// and tried again.
    pub fn open(data: Option<&Path>) -> Self {
        let dir = store::data_dir(data);
        let store = dir.clone().and_then(|d| Store::open_for_reading_in(&d));
        let mut persist = Persistence {
            dir,
            store,
            profiles: HashMap::new(),
            queue: SaveQueue::default(),
            recorded: HashMap::new(),
            known: HashMap::new(),
            unread: None,
            reconnect: false,
            retry_at: None,
        };
        if persist.problem().is_some() {
            persist.retry_at = Some(Instant::now() + RETRY_AFTER);
        }
        persist
    }

    /// What is wrong with the database, if it could not be opened, or only to read.
    pub fn problem(&self) -> Option<String> {
        match &self.store {
            Err(e) => Some(e.to_string()),
            Ok(store) => store.read_only().map(ToString::to_string),
        }
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

    /// Whether every write asked for has reached the database (saved work not read yet
    /// is kept as it was).
    pub fn all_saved(&self) -> bool {
        self.queue.is_empty()
    }

    /// When a write that failed, or a database that could not be used, is next tried.
    pub fn next_retry(&self) -> Option<Instant> {
        let waiting = !self.queue.is_empty() || self.unread.is_some() || self.problem().is_some();
        self.retry_at.filter(|_| waiting)
    }

    /// Opens the database again if it could not be before, could only be read, or a
    /// write failed on its disk.
    fn reopen(&mut self) {
        let usable = self.store.as_ref().is_ok_and(|s| s.read_only().is_none());
        if usable && !self.reconnect {
            return;
        }
        let again = self
            .dir
            .clone()
            .and_then(|d| Store::open_for_reading_in(&d));
        if again.is_ok() || self.store.is_err() {
            self.store = again;
            self.profiles.clear();
            self.reconnect = false;
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
        let _ = store.set_last_profile(&p);
        self.profiles.insert(student.to_string(), p.clone());
        Ok(p)
    }

    /// Opens `student`'s work in `app`. When it cannot be read, the UI starts afresh and
    /// knows the saved work is not read yet: it is read as soon as it can be, before
    /// anything is written, and joined with what was done meanwhile.
    pub fn choose(&mut self, app: &mut App, student: &str) {
        let student = student.trim().to_string();
        self.unread = None;
        match self.saved_work(&*app, &student) {
            Ok(saved) => {
                self.note_saved(app, &saved);
                app.load_progress(saved);
                self.know_all(app, &student);
            }
            Err(e) => {
                app.progress.problem = Some(e.to_string());
                app.load_progress(SavedWork {
                    student: student.clone(),
                    profiles: self.profile_names(),
                    ..SavedWork::default()
                });
                app.progress.unread = true;
                self.unread = Some(student);
                self.retry_at = Some(Instant::now() + RETRY_AFTER);
            }
        }
    }

    /// What `student` has saved in the unit, read without writing anything (a student the
    /// database does not know yet has nothing saved).
    fn saved_work(&mut self, app: &App, student: &str) -> Result<SavedWork, StoreError> {
        self.reopen();
        let store = self.store.as_ref().map_err(Clone::clone)?;
        let Some(profile) = store.find_profile(student)? else {
            // A new student: made now if the database can be written, else at the first save.
            if let Ok(p) = store.profile(student) {
                let _ = store.set_last_profile(&p);
                self.profiles.insert(student.to_string(), p);
            }
            let profiles = store.profiles()?.into_iter().map(|p| p.name).collect();
            return Ok(SavedWork {
                student: student.to_string(),
                profiles,
                ..SavedWork::default()
            });
        };
        let _ = store.set_last_profile(&profile);
        let profiles = store.profiles()?.into_iter().map(|p| p.name).collect();
        let unit = &app.unit.id;
        let saved = SavedWork {
            student: profile.name.clone(),
            profiles,
            summary: store.unit_summary(&profile, unit)?,
            reviews: reviews_of(store, &profile, app)?,
            drafts: store.unit_drafts(&profile, unit)?,
            latest: store.latest_attempts(&profile, unit)?,
        };
        self.profiles.insert(student.to_string(), profile);
        Ok(saved)
    }

    /// Remembers the attempts and drafts `saved` holds, before `app` takes it.
    fn note_saved(&mut self, app: &App, saved: &SavedWork) {
        for (i, a) in app.unit.activities.iter().enumerate() {
            let key = (saved.student.clone(), i);
            if let Some(t) = saved.latest.get(&a.id) {
                self.recorded.insert(key.clone(), (1, t.id, t.submitted_at));
            }
            let revision = saved.drafts.get(&a.id).map(|d| d.revision);
            let answer = Answer::default();
            self.known.insert(key, KnownDraft { revision, answer });
        }
    }

    /// Takes each activity's answer as `app` shows it, just loaded, as the draft known.
    fn know_all(&mut self, app: &App, student: &str) {
        for (i, w) in app.work.iter().enumerate() {
            if let Some(k) = self.known.get_mut(&(student.to_string(), i)) {
                k.answer = w.answer.clone();
            }
        }
    }

    /// Reads the saved work that could not be read before: `None` when it still cannot,
    /// else whether the student was told of work joined with it.
    fn read_unread(&mut self, app: &mut App) -> Option<bool> {
        let Some(student) = self.unread.clone() else {
            return Some(false);
        };
        let saved = match self.saved_work(&*app, &student) {
            Ok(saved) => saved,
            Err(e) => {
                app.progress.problem = Some(e.to_string());
                return None;
            }
        };
        self.unread = None;
        self.note_saved(app, &saved);
        if app.progress.student.as_deref() != Some(student.as_str()) {
            return Some(false);
        }
        let joined = app.merge_saved(saved);
        for (i, answer) in joined.saved.into_iter().enumerate() {
            if let Some(k) = self.known.get_mut(&(student.clone(), i)) {
                k.answer = answer;
            }
        }
        // What waits to be written was done before the saved work was read: the drafts
        // are written as they now are, joined with it.
        for write in self.queue.iter_mut() {
            if write.student == student
                && write.submitted.is_none()
                && let Some(w) = app.work.get(write.activity)
            {
                write.answer = w.answer.clone();
            }
        }
        if joined.titles.is_empty() {
            return Some(false);
        }
        app.notice = Some(format!(
            "Saved work read now, kept with what you did meanwhile: {}",
            joined.titles.join(", ")
        ));
        Some(true)
    }

    /// Renames the profile `from` to `to`, telling the student how it went.
    fn rename(&mut self, app: &mut App, from: &str, to: &str) {
        let renamed = self
            .store
            .as_ref()
            .map_err(ToString::to_string)
            .and_then(|store| {
                let profile = store
                    .find_profile(from)
                    .map_err(|e| e.to_string())?
                    .ok_or_else(|| format!("there is no profile named {from}"))?;
                store
                    .rename_profile(&profile, to)
                    .map_err(|e| e.to_string())
            });
        app.notice = Some(match renamed {
            Ok(p) => {
                if app.progress.student.as_deref() == Some(from) {
                    app.progress.student = Some(p.name.clone());
                }
                self.profiles.remove(from);
                format!("{} is now {}.", clean(from), clean(&p.name))
            }
            Err(e) => format!("Not renamed: {e}"),
        });
        app.progress.profiles = self.profile_names();
    }

    /// Deletes the profile `name` with its work, first keeping a copy of the work in a
    /// folder of the data folder when `keep` (and not deleting when that fails), telling
    /// the student how it went.
    fn delete(&mut self, app: &mut App, name: &str, keep: bool) {
        let deleted = self
            .store
            .as_ref()
            .map_err(ToString::to_string)
            .and_then(|store| {
                let profile = store
                    .find_profile(name)
                    .map_err(|e| e.to_string())?
                    .ok_or_else(|| format!("there is no profile named {name}"))?;
                let kept = match (keep, &self.dir) {
                    (false, _) => None,
                    (true, Ok(dir)) => keep_work(store, &profile, &dir.join(KEPT_FOLDER), now())?,
                    (true, Err(e)) => return Err(format!("its work could not be kept: {e}")),
                };
                store.delete_profile(&profile).map_err(|e| e.to_string())?;
                Ok(kept)
            });
        let shown = clean(name);
        app.notice = Some(match deleted {
            Ok(kept) => {
                self.profiles.remove(name);
                let name = shown;
                match kept {
                    Some(folder) => format!(
                        "The profile {name} is deleted; a copy of its work is in {}",
                        clean(&folder.display().to_string())
                    ),
                    None if keep => format!("The profile {name} is deleted (it had no work)."),
                    None => format!("The profile {name} and its work are deleted."),
                }
            }
            Err(e) => format!("Not deleted: {e}"),
        });
        app.progress.profiles = self.profile_names();
    }

    /// Does what an effect asks, telling the student how it went.
    pub fn perform(&mut self, app: &mut App, effect: &Effect, now: Instant) {
        match effect {
            Effect::SaveDraft { activity } => self.queue_write(app, *activity, false, now),
            Effect::SaveAnswer { activity } => self.queue_write(app, *activity, true, now),
            Effect::ChooseProfile(name) => self.choose(app, name),
            Effect::RenameProfile { from, to } => self.rename(app, from, to),
            Effect::DeleteProfile { name, keep } => self.delete(app, name, *keep),
            Effect::OpenReturned(path) => crate::tui::screen::returned::open(app, path),
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
}

/// The review queue of `profile` now, with the exam date of the unit `app` shows.
fn reviews_of(store: &Store, profile: &Profile, app: &App) -> Result<ReviewQueue, StoreError> {
    let exam = |unit: &str| app.unit.exam.filter(|_| unit == app.unit.id);
    store.review_queue(profile, now(), &exam)
}
