//! Progress that lasts, as the UI holds it: the student, their history and review queue,
//! and the bookkeeping of drafts.
//!
//! Everything here is pure: the runner reads the database ([`SavedWork`]) and hands it to
//! [`App::load_progress`]; drafts are asked for as [`Effect::SaveDraft`], on every move
//! between activities or their parts and once a change has waited [`AUTOSAVE_AFTER`]
//! ([`Action::Tick`](super::action::Action::Tick) brings the time).

use std::collections::HashMap;
use std::time::{Duration, Instant};

use super::action::Effect;
use super::app::initial_answer;
use super::app::{App, Overlay, Screen};
use super::form::Part;
use super::work::Work;
use crate::activity::shuffle::{orders, seed_for};
use crate::answer::Answer;
use crate::answer::merge::merge;
use crate::answer::sheet::restore;
use crate::store::{ActivitySummary, Attempt, Draft, ReviewItem, ReviewQueue};

/// How long a change waits before its draft is saved (the runner wakes up for it).
pub const AUTOSAVE_AFTER: Duration = Duration::from_secs(1);

/// The student's progress in the UI.
#[derive(Debug, Clone, Default)]
pub struct Progress {
    /// The student's name (their profile), once known.
    pub student: Option<String>,
    /// Every profile's name, for the profile screen.
    pub profiles: Vec<String>,
    /// Attempts, best share and history of each activity, by id: loaded once, then kept up
    /// to date on each submission.
    pub summary: HashMap<String, ActivitySummary>,
    /// The unit's tasks due for review, the least likely to be recalled first.
    pub due: Vec<ReviewItem>,
    /// Tasks reviewed today (of any unit), against the daily limit.
    pub done_today: usize,
    /// The activity and task being reviewed (`v`), until it is submitted.
    pub reviewing: Option<(usize, String)>,
    /// What is wrong with the progress database, shown until saving works again.
    pub problem: Option<String>,
    /// Whether the student's saved work could not be read yet (the UI shows what is done
    /// meanwhile, to be joined with it once it is read).
    pub unread: bool,
    /// When the oldest change not yet saved was first seen.
    pub dirty_since: Option<Instant>,
    /// Whether the student chose to quit though some work could not be saved.
    pub quit_anyway: bool,
    /// Whether a ranking was already offered again at the end of the unit.
    pub revisit_offered: bool,
}

/// What the progress database holds for a student and a unit.
#[derive(Debug, Clone, Default)]
pub struct SavedWork {
    /// The student's name.
    pub student: String,
    /// Every profile's name.
    pub profiles: Vec<String>,
    /// Attempts, best share and history by activity id.
    pub summary: HashMap<String, ActivitySummary>,
    /// The review queue (every unit's tasks due, and today's count).
    pub reviews: ReviewQueue,
    /// Drafts by activity id.
    pub drafts: HashMap<String, Draft>,
    /// The latest attempt by activity id.
    pub latest: HashMap<String, Attempt>,
}

/// Saved work read late and joined with what was done meanwhile ([`App::merge_saved`]).
#[derive(Debug, Clone, Default)]
pub struct Joined {
    /// The saved answer of each activity, by position.
    pub saved: Vec<Answer>,
    /// The titles of the activities whose work done meanwhile was joined with saved work.
    pub titles: Vec<String>,
}

/// Where the student is, as far as drafts go: the activity on screen and the part of it.
pub fn place(app: &App) -> Option<(usize, usize)> {
    match &app.screen {
        Screen::Task(st) => Some((st.activity, usize::from(st.part == Part::FollowUp))),
        Screen::Writer(w) => Some((w.activity, w.entry)),
        _ => None,
    }
}

impl App {
    /// The work on activity `i` as `saved` holds it: shuffled for the student, with the
    /// answer last submitted (and its score) and any draft on top.
    fn saved_work(&self, i: usize, saved: &SavedWork) -> Work {
        let a = &self.unit.activities[i];
        let seed = seed_for(self.seed, Some(&saved.student), &self.unit.id, &a.id);
        let mut w = Work::new(a, orders(a, seed));
        let latest = saved.latest.get(&a.id);
        let done = latest.and_then(|t| restore(a, &t.answer));
        if let Some(done) = done {
            let answer = w.fit(a, done.answer);
            w.scores.push((self.scorer)(a, &answer, &self.unit.sources));
            w.last = Some(answer.clone());
            w.answer = answer;
            w.submitted_practice = latest.is_some_and(|t| t.practice);
        }
        if let Some(draft) = saved.drafts.get(&a.id) {
            w.practice = draft.practice;
            match restore(a, &draft.answer) {
                Some(back) => {
                    w.changed = back.changed || draft.activity_hash != a.content_hash;
                    w.answer = w.fit(a, back.answer);
                    w.dirty = w.last.as_ref() != Some(&w.answer);
                }
                None => w.changed = true,
            }
        }
        w
    }

    /// Starts afresh on a student's saved work: each activity shuffled for them, with the
    /// answer last submitted (and its score) and any draft on top; then the home screen.
    pub fn load_progress(&mut self, saved: SavedWork) {
        for i in 0..self.unit.activities.len() {
            self.work[i] = self.saved_work(i, &saved);
        }
        self.take_history(saved);
        self.progress.unread = false;
        self.progress.dirty_since = None;
        self.editor = None;
        self.overlay = None;
        self.screen = Screen::Home;
    }

    /// Takes the review queue: this unit's tasks due, and today's count.
    pub fn take_reviews(&mut self, queue: ReviewQueue) {
        let queue = queue.of_unit(&self.unit.id);
        self.progress.due = queue.due;
        self.progress.done_today = queue.done_today;
    }

    fn take_history(&mut self, saved: SavedWork) {
        self.take_reviews(saved.reviews);
        self.progress.student = Some(saved.student);
        self.progress.profiles = saved.profiles;
        self.progress.summary = saved.summary;
    }

    /// The student's saved work, read late (it could not be read when the UI started),
    /// joined with what they did meanwhile, where they are: an activity not touched
    /// since takes the saved work; one worked on keeps that work, joined with the saved
    /// answer ([`merge`]), to be saved as its draft.
    pub fn merge_saved(&mut self, saved: SavedWork) -> Joined {
        let mut joined = Joined::default();
        for i in 0..self.unit.activities.len() {
            let fresh = self.saved_work(i, &saved);
            joined.saved.push(fresh.answer.clone());
            let a = &self.unit.activities[i];
            let w = &mut self.work[i];
            if !w.dirty && !w.unsaved && w.scores.is_empty() {
                *w = fresh;
                continue;
            }
            let base = initial_answer(a, &w.order);
            if fresh.answer != base {
                let merged = merge(&base, &w.answer, &fresh.answer).answer;
                w.answer = w.fit(a, merged);
                w.dirty = true;
                w.unsaved = true;
                joined.titles.push(format!("“{}”", a.title));
            }
            if w.scores.is_empty() {
                w.scores = fresh.scores;
                w.last = fresh.last;
            }
        }
        let summary = std::mem::take(&mut self.progress.summary);
        self.take_history(saved);
        for (id, s) in summary {
            let all = self.progress.summary.entry(id).or_default();
            all.attempts += s.attempts;
            all.best = match (all.best, s.best) {
                (Some(a), Some(b)) => Some(a.max(b)),
                (a, b) => a.or(b),
            };
            all.history.extend(s.history);
        }
        self.progress.unread = false;
        joined
    }

    /// The draft of activity `i` that `write` saved was changed in another window too:
    /// both were joined into `joined` (with `clashes` choices where this one's was kept),
    /// which the screen now shows, with what the student did since on top.
    pub fn joined_elsewhere(
        &mut self,
        written: &Answer,
        i: usize,
        joined: &Answer,
        clashes: usize,
    ) {
        let (Some(a), Some(w)) = (self.unit.activities.get(i), self.work.get_mut(i)) else {
            return;
        };
        w.answer = w.fit(a, merge(written, &w.answer, joined).answer);
        w.dirty = true;
        // The title comes last: on a narrow screen it is what is cut.
        let kept = if clashes > 0 {
            "both kept, your choices here first"
        } else {
            "both versions kept"
        };
        self.notice = Some(format!(
            "Another window changed this too, {kept}: “{}”",
            a.title
        ));
    }

    /// Records that the answer to activity `i` changed and is not saved yet.
    pub fn mark_unsaved(&mut self, i: usize) {
        if let Some(w) = self.work.get_mut(i) {
            w.unsaved = true;
        }
    }

    /// The activities whose answers changed since their drafts were saved.
    pub fn unsaved_work(&self) -> Vec<usize> {
        (0..self.work.len())
            .filter(|&i| self.work[i].unsaved)
            .collect()
    }

    /// Asks for the drafts of those of `activities` not saved yet.
    pub fn save_drafts(&mut self, activities: &[usize]) {
        for &i in activities {
            if let Some(w) = self.work.get_mut(i).filter(|w| w.unsaved) {
                w.unsaved = false;
                self.effects.push(Effect::SaveDraft { activity: i });
            }
        }
        if self.unsaved_work().is_empty() {
            self.progress.dirty_since = None;
        }
    }

    /// The time is `now`: drafts that waited [`AUTOSAVE_AFTER`] are saved.
    pub fn tick(&mut self, now: Instant) {
        let unsaved = self.unsaved_work();
        if unsaved.is_empty() {
            self.progress.dirty_since = None;
            return;
        }
        let since = *self.progress.dirty_since.get_or_insert(now);
        if now.saturating_duration_since(since) >= AUTOSAVE_AFTER {
            self.save_drafts(&unsaved);
        }
    }

    /// When drafts are next due to be saved, if any wait.
    pub fn next_save(&self) -> Option<Instant> {
        self.progress
            .dirty_since
            .map(|since| since + AUTOSAVE_AFTER)
    }

    /// After an action that moved from `before`: the draft of what was left is saved at
    /// once, and a draft that no longer fully fits its activity is owned up to.
    pub fn moved_from(&mut self, before: Option<(usize, usize)>) {
        let now = place(self);
        if now == before {
            return;
        }
        if let Some((i, _)) = before {
            self.save_drafts(&[i]);
        }
        if let Some(w) = now.and_then(|(i, _)| self.work.get_mut(i))
            && w.changed
        {
            w.changed = false;
            self.notice = Some(
                "This activity has changed since you last worked on it: what still fits is restored."
                    .into(),
            );
        }
    }

    /// Quits, saving every draft first.
    pub fn quit_saving(&mut self) {
        let all = self.unsaved_work();
        self.save_drafts(&all);
        self.quit = true;
    }

    /// The runner could not save everything as the student quit: ask before losing it.
    pub fn confirm_quit_unsaved(&mut self) {
        if self.quit && !self.progress.quit_anyway {
            self.quit = false;
            self.overlay = Some(Overlay::ConfirmQuit);
        }
    }

    /// Activity `i` was just submitted with the share `share` of its marks: the history
    /// is brought up to date without asking the database again.
    pub fn note_submission(&mut self, i: usize, share: f64) {
        let (Some(a), Some(w)) = (self.unit.activities.get(i), self.work.get_mut(i)) else {
            return;
        };
        w.previous = w.last.replace(w.answer.clone());
        w.unsaved = false;
        let s = self.progress.summary.entry(a.id.clone()).or_default();
        s.attempts += 1;
        s.best = Some(s.best.map_or(share, |b| b.max(share)));
        s.history.push(share);
        s.has_draft = false;
    }
}
