//! The state of the terminal UI and [`update`], the only place it changes.
//!
//! `update` does no I/O: what must happen outside (saving a draft, recording an attempt) is
//! queued in [`App::effects`] for the runner; even the time comes in as an action
//! ([`Action::Tick`]).

use ratatui::layout::Rect;

use super::action::{Action, Effect};
use super::editor::{self, Editor};
use super::keymap::Mode;
use super::progress::{self, Progress};
use super::screen::home::HomeState;
use super::screen::marking::MarkState;
use super::screen::profile::ProfileState;
use super::screen::returned::{self, ReturnedState};
use super::screen::writer::{self, WriterState};
use super::screen::{compare, feedback, help, home, marking, profile};
use super::task;
use super::theme::Theme;
use super::{pointer, review};
use crate::activity::shuffle::{orders, seed_for};
use crate::activity::{Activity, Source, Unit};
use crate::answer::Answer;
use crate::scoring::Score;

pub use super::cursor::{Focus, TaskState};
pub use super::work::{Status, Work, initial_answer};

/// The function that marks an answer.
pub type Scorer = fn(&Activity, &Answer, &[Source]) -> Score;

/// The screen shown.
#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    /// The unit's activities.
    Home,
    /// Doing an activity.
    Task(TaskState),
    /// The marks of the last submission of an activity.
    Feedback {
        /// Position of the activity in the unit.
        activity: usize,
        /// How far it is scrolled, in lines.
        scroll: u16,
        /// Whether only the tasks not fully right are shown.
        missed_only: bool,
    },
    /// Writing a report or an essay.
    Writer(WriterState),
    /// A teacher marking the rubric of a submitted activity.
    Mark(MarkState),
    /// "What is your name?", or another profile to switch to.
    Profile(ProfileState),
    /// A ranking asked again beside the one before, with each item's move.
    Compare {
        /// Position of the rank in the unit.
        activity: usize,
    },
    /// Marked work the teacher returned, or the path of its file asked for.
    Returned(ReturnedState),
}

impl Screen {
    /// The marks of activity `i`, from the top, every task shown.
    pub fn marks_of(i: usize) -> Self {
        Screen::Feedback {
            activity: i,
            scroll: 0,
            missed_only: false,
        }
    }
}

/// Something shown over the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    /// The keys, scrolled down this many lines.
    Help(u16),
    /// The unit's title and description in full, and the selected activity's title,
    /// scrolled down this many lines.
    About(u16),
    /// "Quit? Your work could not be saved" (asked only when saving fails).
    ConfirmQuit,
    /// "Submit for marking?".
    ConfirmSubmit,
    /// "Revisit your ranking of …?", for the rank at this position.
    ConfirmRevisit(usize),
}

/// Everything the terminal UI knows.
pub struct App {
    /// The unit being worked through.
    pub unit: Unit,
    /// The work on each activity, by position in the unit.
    pub work: Vec<Work>,
    /// The screen shown.
    pub screen: Screen,
    /// What is shown over it.
    pub overlay: Option<Overlay>,
    /// The text box being typed into.
    pub editor: Option<Editor>,
    /// The styles.
    pub theme: Theme,
    /// The size of the screen last drawn (clicks are placed against it).
    pub area: Rect,
    /// The home screen's own state, kept while other screens are shown.
    pub home: HomeState,
    /// How many files of the unit could not be loaded.
    pub problems: usize,
    /// Work for the runner, oldest first.
    pub effects: Vec<Effect>,
    /// Whether the UI should close.
    pub quit: bool,
    /// A message for the student (an answer that could not be saved), until the next key.
    pub notice: Option<String>,
    /// The student, their history and the state of saving.
    pub progress: Progress,
    /// `--seed`, from which shuffles are made (see [`crate::activity::shuffle`]).
    pub(super) seed: Option<u64>,
    pub(super) scorer: Scorer,
    /// Whether this is one student's UI served over SSH, which keeps to that student's
    /// profile.
    pub served: bool,
    /// The activities the teacher has closed, by position: they cannot be opened.
    pub closed: std::collections::BTreeSet<usize>,
}

impl App {
    /// A new UI on a unit: `seed` fixes the shuffles (of activities that allow them).
    pub fn new(unit: Unit, scorer: Scorer, seed: Option<u64>) -> Self {
        let work = unit
            .activities
            .iter()
            .map(|a| Work::new(a, orders(a, seed_for(seed, None, &unit.id, &a.id))))
            .collect();
        App {
            unit,
            work,
            screen: Screen::Home,
            overlay: None,
            editor: None,
            theme: Theme::from_env(),
            area: Rect::new(0, 0, 80, 24),
            home: HomeState::default(),
            problems: 0,
            effects: Vec::new(),
            quit: false,
            notice: None,
            progress: Progress::default(),
            seed,
            scorer,
            served: false,
            closed: std::collections::BTreeSet::new(),
        }
    }

    /// What the keys act on now.
    pub fn mode(&self) -> Mode {
        // Keys act on nothing hidden: a window too small to draw in only quits (a size of
        // nothing is a window not measured yet).
        if self.area.area() > 0 && super::geometry::too_small(self.area) {
            return Mode::TooSmall;
        }
        match self.overlay {
            Some(Overlay::Help(_)) => Mode::Help,
            Some(Overlay::About(_)) => Mode::About,
            Some(_) => Mode::Confirm,
            None => self.base_mode(),
        }
    }

    /// What the keys would act on without the overlay.
    pub fn base_mode(&self) -> Mode {
        match &self.screen {
            Screen::Writer(_) if self.editor.is_some() => Mode::Writing,
            Screen::Writer(_) => Mode::Writer,
            Screen::Mark(_) => Mode::Marking,
            Screen::Returned(ReturnedState::Asking { .. }) => Mode::OpenPath,
            Screen::Returned(ReturnedState::Showing { .. }) => Mode::Returned,
            _ if self.editor.is_some() => Mode::Editing,
            Screen::Home if self.served => Mode::ServedHome,
            Screen::Home => Mode::Home,
            Screen::Profile(_) => Mode::Profile,
            Screen::Compare { .. } => Mode::Compare,
            Screen::Feedback { .. } => Mode::Feedback,
            Screen::Task(st) => {
                let keys = super::screen::task_keys(&self.unit.activities[st.activity], st.part);
                match st.focus {
                    Focus::Task => Mode::Task(keys),
                    Focus::Viewer => Mode::Viewer(keys),
                }
            }
        }
    }

    /// The activity on screen (a task or its feedback), with its position.
    pub fn current(&self) -> Option<(usize, &Activity)> {
        let i = match &self.screen {
            Screen::Home | Screen::Profile(_) | Screen::Returned(_) => return None,
            Screen::Compare { activity } => *activity,
            Screen::Task(st) => st.activity,
            Screen::Feedback { activity, .. } => *activity,
            Screen::Writer(w) => w.activity,
            Screen::Mark(m) => m.activity,
        };
        self.unit.activities.get(i).map(|a| (i, a))
    }

    /// Records that the answer to activity `i` changed: the one signal every kind gives.
    /// What the writer shows of the answer's decision is found again here.
    pub fn touch(&mut self, i: usize) {
        let Some(w) = self.work.get_mut(i) else {
            return;
        };
        w.dirty = true;
        w.unsaved = true;
        if let Screen::Writer(st) = &mut self.screen
            && st.activity == i
            && let Some(a) = self.unit.activities.get(i)
        {
            st.argued = writer::page::decision_argued(a, &self.work[i].answer);
        }
    }

    /// Scores activity `i` again in place of its last score (once a teacher has marked
    /// it), and has the attempt recorded again.
    pub fn rescore(&mut self, i: usize) {
        let (Some(a), Some(w)) = (self.unit.activities.get(i), self.work.get(i)) else {
            return;
        };
        let score = (self.scorer)(a, &w.answer, &self.unit.sources);
        if let Some(last) = self.work[i].scores.last_mut() {
            *last = score;
            self.effects.push(Effect::SaveAnswer { activity: i });
        }
    }

    /// Scores the current activity's answer, keeps the score and shows the feedback.
    fn score(&mut self) {
        let Some((i, _)) = self.current() else {
            return;
        };
        self.hand_in(i);
        self.screen = review::after_submit(self, i);
    }

    /// "Pens down": every activity in progress is handed in as it is, and the student is
    /// taken to the list of activities and told.
    fn pens_down(&mut self) {
        let open: Vec<usize> = (0..self.work.len())
            .filter(|&i| self.work[i].status() == Status::InProgress)
            .collect();
        for &i in &open {
            self.hand_in(i);
        }
        self.editor = None;
        self.overlay = None;
        self.screen = Screen::Home;
        self.notice = Some(match open.len() {
            0 => "Pens down: your teacher has stopped the work.".to_string(),
            1 => "Pens down: your work in progress was handed in as it is.".to_string(),
            n => {
                format!("Pens down: your work in progress ({n} activities) was handed in as it is.")
            }
        });
    }

    /// Scores activity `i`'s answer and keeps the score, to be saved.
    fn hand_in(&mut self, i: usize) {
        let Some(a) = self.unit.activities.get(i) else {
            return;
        };
        let w = &self.work[i];
        let score = (self.scorer)(a, &w.answer, &self.unit.sources);
        self.note_submission(i, score.fraction());
        let w = &mut self.work[i];
        let again = !w.scores.is_empty();
        w.scores.push(score);
        w.dirty = false;
        w.submitted_practice = std::mem::take(&mut w.practice);
        w.reviewed = self
            .progress
            .reviewing
            .take()
            .filter(|(a, _)| *a == i && w.submitted_practice)
            .map(|(_, task)| task);
        self.notice = if let Some(notice) = review::checked(self, i) {
            Some(notice)
        } else if self.work[i].submitted_practice {
            Some("Practice: the work your teacher receives stays as you handed it in.".into())
        } else if again {
            Some("Handed in again: this replaces the work your teacher receives.".into())
        } else {
            None
        };
        self.editor = None;
        self.effects.push(Effect::SaveAnswer { activity: i });
    }

    /// Leaves the activity open on screen if the teacher has closed it: the work stays as
    /// it is (saved as a draft, not handed in).
    fn leave_closed(&mut self) {
        let here = match &self.screen {
            Screen::Task(st) => st.activity,
            Screen::Writer(st) => st.activity,
            Screen::Home
            | Screen::Profile(_)
            | Screen::Compare { .. }
            | Screen::Mark(_)
            | Screen::Returned(_)
            | Screen::Feedback { .. } => return,
        };
        if !self.closed.contains(&here) {
            return;
        }
        self.editor = None;
        self.overlay = None;
        self.go_home(here);
        self.notice = Some(
            "Your teacher has closed this activity for now: your work is kept as it is.".into(),
        );
    }

    /// Shows the home screen with activity `i` selected.
    pub fn go_home(&mut self, i: usize) {
        self.home.selected = i;
        self.screen = Screen::Home;
    }

    /// Opens an activity where the student left it (not one the teacher closed).
    fn open(&mut self, i: usize) {
        if self.closed.contains(&i) {
            self.notice = Some("Your teacher has closed this activity for now.".into());
            return;
        }
        if i < self.unit.activities.len() {
            self.home.selected = i;
            self.editor = None;
            let reviewed = match &self.progress.reviewing {
                Some((at, task)) if *at == i => Some(task.as_str()),
                _ => None,
            };
            let written = writer::page::is_written(&self.unit.activities[i]);
            self.screen = match (written, reviewed) {
                (true, Some(task)) => Screen::Writer(WriterState::on_task(self, i, task)),
                (true, None) => Screen::Writer(WriterState::new(self, i)),
                (false, Some(task)) => Screen::Task(TaskState::on_task(self, i, task)),
                (false, None) => Screen::Task(TaskState::opened(self, i)),
            };
        }
    }

    /// Starts activity `i` again; with `keep_right`, only the choices of the last score's
    /// wrong or unanswered tasks are cleared: what was right or partly right, and every
    /// word written, stay to be improved. A report or essay keeps its text, to be revised.
    /// Either way it is practice once the activity was handed in.
    pub(crate) fn retry(&mut self, i: usize, keep_right: bool) {
        let a = &self.unit.activities[i];
        let w = &mut self.work[i];
        if writer::page::is_written(a) {
            // Writing is revised, never thrown away; the teacher marks the new version.
            w.answer.teacher.clear();
        } else if keep_right {
            if let Some(score) = w.scores.last() {
                let wrong: Vec<&str> = score
                    .tasks
                    .iter()
                    .filter(|t| t.outcome.asked_again())
                    .map(|t| &*t.id)
                    .collect();
                crate::answer::retry::clear_to_retry(&mut w.answer, &wrong);
            }
        } else {
            w.answer = initial_answer(a, &w.order);
        }
        w.dirty = false;
        w.unsaved = true;
        w.practice = !w.scores.is_empty();
        self.progress.reviewing = None;
        self.open(i);
    }
}

/// Applies an action to the state; a returned action should be applied next. Moving off
/// an activity (or a part of it) asks for its draft to be saved.
pub fn update(app: &mut App, action: Action) -> Option<Action> {
    let before = progress::place(app);
    let next = dispatch(app, action);
    app.moved_from(before);
    next
}

fn dispatch(app: &mut App, action: Action) -> Option<Action> {
    match action {
        Action::Tick(now) => {
            app.tick(now);
            return None;
        }
        Action::Resize { width, height } => {
            app.area = Rect::new(0, 0, width, height);
            return None;
        }
        Action::Click { col, row } | Action::Drag { col, row } => {
            return pointer::click(app, col, row, matches!(action, Action::Drag { .. }));
        }
        Action::WheelUp { .. } | Action::WheelDown { .. } => return pointer::wheel(app, action),
        // Opening keeps what the step before it said (a review, an activity that changed).
        Action::Open(_) => {}
        _ => app.notice = None,
    }
    if let Some(overlay) = app.overlay {
        return match (overlay, action) {
            (Overlay::About(scroll), _) => {
                app.overlay = home::about::update(app, scroll, action);
                None
            }
            (Overlay::Help(scroll), _) => {
                app.overlay = help::update(app, scroll, action);
                None
            }
            (Overlay::ConfirmQuit, Action::Yes) => {
                app.overlay = None;
                app.progress.quit_anyway = true;
                app.quit = true;
                None
            }
            (Overlay::ConfirmRevisit(_), Action::Yes) => {
                app.overlay = None;
                Some(Action::Revisit)
            }
            (Overlay::ConfirmSubmit, Action::Yes) => {
                app.overlay = None;
                Some(Action::Score)
            }
            (_, Action::No | Action::Back | Action::Quit) => {
                app.overlay = None;
                None
            }
            _ => None,
        };
    }
    // Quitting works from an open text box too: what was typed is already in the answer,
    // and every draft is saved on the way out.
    if action == Action::Quit {
        app.quit_saving();
        return None;
    }
    if app.editor.is_some() && !matches!(app.screen, Screen::Writer(_)) {
        return editor::update(app, action);
    }
    match action {
        Action::Help => {
            app.overlay = Some(Overlay::Help(0));
            return None;
        }
        Action::ToggleTheme => {
            app.theme = app.theme.toggled();
            return None;
        }
        Action::Open(i) => {
            app.open(i);
            return None;
        }
        Action::Score => {
            app.score();
            return None;
        }
        Action::PensDown => {
            app.pens_down();
            return None;
        }
        Action::ClosedChanged => {
            app.leave_closed();
            return None;
        }
        _ => {}
    }
    match &mut app.screen {
        Screen::Home => home::update::update(app, action),
        Screen::Profile(_) => profile::update::update(app, action),
        &mut Screen::Compare { activity } => compare::update::update(app, activity, action),
        Screen::Task(_) => task::update(app, action),
        Screen::Writer(_) => writer::update::update(app, action),
        Screen::Mark(_) => marking::update::update(app, action),
        Screen::Returned(_) => returned::update::update(app, action),
        &mut Screen::Feedback { activity, .. } => feedback::update::update(app, activity, action),
    }
}
